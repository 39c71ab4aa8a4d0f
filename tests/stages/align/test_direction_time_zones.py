"""A time without a zone is read in the zone of the time it is compared with."""

from __future__ import annotations

import pytest

from newstrace.stages.align.provenance import direction
from newstrace.stages.ingest.article import make_article

TEXT = "The ferry was suspended after an engine fault left it drifting for two hours. " * 3


@pytest.mark.parametrize(("first", "second", "evidence", "source"), [
    # 09:00 EST is 14:00Z; a copy's CMS time 13:30 with no zone (local EST) is later, though
    # read as UTC it was earlier
    ("2026-11-22T09:00:00-05:00", "2026-11-22T13:30:00", "date", 0),
    ("2026-11-22T09:00:00-05:00", "2026-11-22T08:30:00", "date", 1),
    ("2026-11-22T09:00:00-05:00", "2026-11-21T12:00:00", "date", 1),
    ("2026-11-22T09:00:00", "2026-11-22T13:30:00", "date", 0),  # both local: same clock
    ("2026-11-22T09:00:00-05:00", "2026-11-22T13:30:00+00:00", "date", 1),  # both zoned
])  # fmt: skip
def test_a_naive_time_is_read_in_the_other_zone(
    first: str, second: str, evidence: str, source: int | None
) -> None:
    a = make_article(TEXT, id="a", source="Ledger", published=first)
    b = make_article(TEXT + " More.", id="b", source="Northgate", published=second)
    got = direction(a, b, 0.5, 0.9)
    assert got.evidence == evidence
    if source is not None:
        assert got.source == source
