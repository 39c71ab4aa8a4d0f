"""A duplicate's link that its canonical copy's undirected link explains is withdrawn.

Two papers print one wire story that is not in the corpus (an unseen source, no direction),
and a third paper reprints the first one word for word a day later (a duplicate of it).  What
the reprint shares with the second paper is the wire text its canonical copy shares with it:
the reprint did not copy the second paper, so no "derived by date" link may join them.
"""

from __future__ import annotations

from pathlib import Path

import newstrace
from newstrace.records import Alignment, Span
from newstrace.stages.align import COMMON_SOURCE_HOLDS, _withdraw_explained

WIRE = [
    "Northline Rail will cut 40 weekday services between Hallam and Drayfield from May, "
    "blaming a shortage of drivers and the late delivery of new trains.",
    "The operator said the reduced timetable would run for at least six months while 28 "
    "trainee drivers complete their qualifications.",
    "Passenger groups reacted angrily, saying commuters had already endured two years of "
    "cancellations on the route.",
    "Margaret Fell, of the Hallam Rail Users' Group, said: \"People have planned their lives "
    "around these trains. Cutting them with eight weeks' notice is not acceptable.\"",
    "Northline said the first of 14 new four-carriage units would enter service in July, two "
    "years later than planned, after the maker ran into problems with software for the doors.",
    "A spokesperson for the Department for Transport said ministers expected the operator to "
    "restore the full timetable as quickly as possible.",
    "Northline carried 31 million passengers last year, up 6% on the year before, but its "
    "punctuality fell to 81%, the lowest of any regional operator.",
]


# each paper's own intro: the wire text is under 80% of each (else containment decides)
POST_INTRO = (
    "Commuters in the north of the county face months of disruption after the region's main "
    "rail operator announced cuts to one of its busiest lines. Season-ticket holders said they "
    "would ask for refunds, and the county council called an urgent meeting with the company."
)
TIMES_INTRO = (
    "Hallam's commuters were dealt another blow yesterday as yet more trains were axed from a "
    "line already notorious for delays. Traders in the town centre said fewer visitors would "
    "come in by train, and the chamber of commerce asked for a replacement bus service."
)


def _al(src: str, s: tuple[int, int], tgt: str, t: tuple[int, int]) -> Alignment:
    return Alignment(Span(src, *s), Span(tgt, *t), "verbatim", 1.0)


def _twins() -> list[Alignment]:
    """C and X share C[0:100] ~ X[0:100] (undirected); D, a duplicate of C, shares it too."""
    return [_al("C", (0, 100), "X", (0, 100)), _al("X", (0, 100), "D", (0, 100))]


def test_a_duplicates_link_mirroring_its_canonicals_undirected_link_is_withdrawn() -> None:
    found, marks = _twins(), {"C": {"X"}, "X": {"C"}}
    _withdraw_explained(found, marks, copies={"D": ("C", 300)})
    assert [(x.source.article_id, x.target.article_id) for x in found] == [("C", "X")]
    assert marks == {"C": {"X"}, "X": {"C"}}


def test_text_the_canonical_does_not_share_keeps_the_duplicates_link() -> None:
    # X shares 60 more characters with D than with C (D's own additions): 100 of 160 held
    assert COMMON_SOURCE_HOLDS > 100 / 160
    found = [_al("C", (0, 100), "X", (0, 100)), _al("X", (0, 160), "D", (0, 160))]
    _withdraw_explained(found, {"C": {"X"}, "X": {"C"}}, copies={"D": ("C", 300)})
    assert len(found) == 2


def test_without_a_mark_on_the_canonical_pair_the_rule_does_not_apply() -> None:
    # X -> C derived (X is C's source): X is D's source too, the link stays
    found = [_al("X", (0, 100), "C", (0, 100)), _al("X", (0, 100), "D", (0, 100))]
    _withdraw_explained(found, {}, copies={"D": ("C", 300)})
    assert len(found) == 2


def _paper(path: Path, source: str, published: str, intro: str, paras: list[str]) -> None:
    head = f"---\ntitle: Rail cuts\nsource: {source}\npublished: {published}\n---\n"
    path.write_text(head + "\n\n".join([intro, *paras]) + "\n", encoding="utf-8")


def test_a_reprint_of_one_wire_copy_is_not_derived_from_the_other(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    post = [WIRE[0], WIRE[1], WIRE[2], WIRE[3], WIRE[4], WIRE[6]]
    times = [WIRE[0], WIRE[1], WIRE[3], WIRE[4], WIRE[5], WIRE[6]]
    _paper(folder / "post.txt", "Northern Post", "2026-03-10", POST_INTRO, post)
    _paper(folder / "times.txt", "Coastal Times", "2026-03-10", TIMES_INTRO, times)
    _paper(folder / "reprint.txt", "Brenn Valley Advertiser", "2026-03-11", POST_INTRO, post)
    with newstrace.open(tmp_path / "t.db") as c:
        c.add(folder)
        c.analyze()
        by_source = {a.source: a.id for a in c.articles()}
        post_id, times_id = by_source["Northern Post"], by_source["Coastal Times"]
        reprint_id = by_source["Brenn Valley Advertiser"]
        groups = [set(g.members) for g in c.duplicates()]
        pairs = {frozenset((p.source_id, p.target_id)): p.relation for p in c.pairs()}
        prov = {p.article_id: p for p in c.provenance()}
    assert {post_id, reprint_id} in groups
    assert pairs.get(frozenset((post_id, times_id))) == "unseen_source"
    assert frozenset((reprint_id, times_id)) not in pairs, pairs
    assert set(prov[reprint_id].sources) == {post_id}
    assert times_id not in prov[reprint_id].sources
