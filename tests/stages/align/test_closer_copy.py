"""A paper that copied the corrected version of a story is traced to the correction, not to
the first version (the canonical copy of their duplicate group), and the corrected figure is
not shown as its own edit."""

from __future__ import annotations

import pytest

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.ingest.article import make_article

FIRST = (
    "Kelford council will demolish 340 homes on the Marsh estate next spring to make way for "
    "a flood barrier, the council's housing committee decided on Tuesday evening.\n\n"
    "Residents will be offered new homes on the Tanner Street site, which the council bought "
    "in 2024, and tenants who want to stay in the area will be given priority.\n\n"
    "The barrier is expected to cost 18 million pounds and should protect about 2,000 "
    "further homes along the river from the floods that hit the town two winters ago.\n\n"
    "Councillor Ada Brennan said the decision had been the hardest of her time in office."
)
MORE = (
    "\n\nThe estate was built in the 1950s for workers at the old Kelford brickworks, which "
    "closed in 1983. Many of the families who live there today are the grandchildren of the "
    "first tenants, and the residents' association has collected more than 900 signatures "
    "against the plan since it was first proposed last summer.\n\n"
    "Work on the barrier itself is due to begin in the autumn and to take three years. The "
    "Environment Agency, which will pay for a third of it, said the design had been changed "
    "twice after public meetings to keep the riverside path open to walkers and cyclists."
)
NOTE = (
    "\n\nCorrection: an earlier version of this story misstated the number of homes to be "
    "demolished. It is 430, not 340."
)
CORRECTED = FIRST.replace("340 homes", "430 homes") + NOTE
THIRD = (
    "Families on the Marsh estate face an anxious winter.\n\n"
    + CORRECTED.split("\n\nCorrection:")[0]
    + "\n\nA public meeting will be held at the Vale community hall next week."
)


def _run(with_correction: bool, more: str = "") -> RecordSet:
    first = FIRST + more
    corrected = first.replace("340 homes", "430 homes") + NOTE
    arts = [make_article(first, id="v1", source="Kelford Gazette", published="2026-03-10T09:00Z")]
    if with_correction:
        arts.append(make_article(corrected, id="v2", source="Kelford Gazette",
                                 published="2026-03-10T15:30Z"))  # fmt: skip
    arts.append(make_article(THIRD, id="m", source="Vale Messenger", published="2026-03-10T18:00Z"))
    records = dedup.run(RecordSet(articles=tuple(arts)), Settings())
    return align.run(records, Settings())


@pytest.mark.parametrize("more", ["", MORE])  # with MORE, v1 and v2 are near duplicates
def test_a_copy_of_the_correction_is_traced_to_the_correction(more: str) -> None:
    out = _run(with_correction=True, more=more)
    # near duplicates: the first version is the canonical copy, as documented
    assert [g.canonical for g in out.duplicates] == (["v1"] if more else [])
    (prov,) = [p for p in out.provenance if p.article_id == "m"]
    assert set(prov.sources) == {"v2"}
    passages = [a for a in out.alignments if a.target.article_id == "m"]
    assert passages and all(a.source.article_id == "v2" for a in passages)
    assert {a.kind for a in passages} == {"verbatim"}


def test_without_the_correction_the_first_version_stays_the_source() -> None:
    out = _run(with_correction=False)
    (prov,) = [p for p in out.provenance if p.article_id == "m"]
    assert set(prov.sources) == {"v1"}
