"""An agency's versions of one story (an audit of write-throughs).

* Two articles of one outlet credit nothing to each other: the agency's dateline in its lead
  does not make the day's advisory (no dateline, sent hours later) the lead's source.
* A copy of one version is no closer source than that version: a web site's copy of UPDATE 2
  is not kept as a source of a paper that printed UPDATE 3 (which holds UPDATE 2's
  paragraphs), beside UPDATE 3 itself.
* A paper printing a version is traced to that version, not also to the earlier versions of
  the same outlet whose paragraphs it kept.
"""

from __future__ import annotations

from newstrace.records import Alignment, Span
from newstrace.stages.align import _withdraw_explained
from newstrace.text.credits import credit_order

AGENCY = "Meridian Press Agency"
LEAD = "OSTREL, Oct 14 (MPA) - A road bridge over the Varn collapsed on Wednesday, police said."
ADVISORY = "ADVISORY - OSTREL - Road bridge over the Varn collapses, at least three dead."


def test_one_outlets_dateline_credits_none_of_its_other_articles() -> None:
    assert credit_order(AGENCY, ADVISORY, AGENCY, LEAD) == (None, False)
    # a paper carrying the agency's dateline is still the agency's copy
    assert credit_order(AGENCY, ADVISORY, "Dunmere Evening Post", LEAD) == (0, False)


def _al(src: str, s: tuple[int, int], tgt: str, t: tuple[int, int]) -> Alignment:
    return Alignment(Span(src, *s), Span(tgt, *t), "verbatim", 1.0)


OUTLETS = {"U1": AGENCY, "U2": AGENCY, "U3": AGENCY, "C": AGENCY, "W1": "Site", "W2": "Site",
           "P": "Paper"}  # fmt: skip


def test_a_copy_of_a_version_is_no_closer_source_than_that_version() -> None:
    # U3 (1,000 characters) keeps U2's paragraphs (U2[0:400] = U3[500:900]); W2 is the site's
    # copy of U2 (its duplicate), W1 the site's copy of U1, which gives P one paragraph; P
    # printed U3 whole.  W2 gives P no more than U2 does: it is no closer than U2, which U3
    # holds, so W2 is no source of P (before, W2 was kept for giving P more than W1 does).
    found = [
        _al("U2", (0, 400), "U3", (500, 900)),
        _al("U3", (0, 1000), "P", (0, 1000)),
        _al("U2", (0, 400), "P", (500, 900)),
        _al("W2", (0, 400), "P", (500, 900)),
        _al("W1", (0, 100), "P", (800, 900)),
        _al("W1", (0, 100), "W2", (300, 400)),
    ]
    copies = {"W2": ("U2", 420), "W1": ("U1", 120)}
    _withdraw_explained(found, {}, copies=copies, outlets=OUTLETS)
    assert "W2" not in {x.source.article_id for x in found if x.target.article_id == "P"}


def test_a_paper_printing_a_version_is_traced_to_that_version_only() -> None:
    # C is the agency's corrected U3 (a near copy, U3 canonical), P an exact copy of C dated
    # after it; U2's paragraphs are in U3, in C and in P
    found = [
        _al("U2", (0, 400), "U3", (500, 900)),
        _al("U2", (0, 400), "C", (500, 900)),
        _al("U2", (0, 400), "P", (500, 900)),
    ]
    copies = {"C": ("U3", 1000), "P": ("C", 1000)}
    copied = {"C": [(0, 1000)], "P": [(0, 1000)]}
    _withdraw_explained(found, {}, copies, OUTLETS, copied, later=frozenset({"C", "P"}))
    assert [(x.source.article_id, x.target.article_id) for x in found] == [("U2", "U3")]
    # a duplicate not dated after its canonical copy (an unordered group) keeps its links
    kept = [
        _al("U2", (0, 400), "U3", (500, 900)),
        _al("U2", (0, 400), "P", (500, 900)),
    ]
    _withdraw_explained(kept, {}, {"P": ("U3", 1000)}, OUTLETS, {"P": [(0, 1000)]})
    assert len(kept) == 2
    # nor when the canonical copy is another outlet's (two aggregators' one excerpt)
    other = [
        _al("U2", (0, 400), "W2", (0, 400)),
        _al("U2", (0, 400), "P", (0, 400)),
    ]
    _withdraw_explained(other, {}, {"P": ("W2", 400)}, OUTLETS, {"P": [(0, 400)]}, frozenset({"P"}))
    assert len(other) == 2
