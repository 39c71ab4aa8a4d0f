"""A byte-identical reprint is in an exact group and, with the near copies of the same text,
in a near group too: the report and the web app call it an exact copy of its canonical
(similarity 1.00), not a near copy at the near group's lowest similarity."""

from __future__ import annotations

from newstrace import records as R
from newstrace.report import html
from newstrace.stages.ingest import make_article

WIRE = "A footbridge over the River Marrow collapsed on Friday night, police said."


def _records() -> R.RecordSet:
    wire = make_article(WIRE, source="Agency", published="2026-10-03T06:00:00+00:00")
    reprint = make_article(WIRE, source="Times", published="2026-10-03T09:00:00+00:00")
    update = make_article(WIRE.replace("night", "evening"), source="Times",
                          published="2026-10-03T16:00:00+00:00")  # fmt: skip
    exact = R.DuplicateGroup("dup-e", "exact", wire.id, (reprint.id, wire.id), 1.0)
    near = R.DuplicateGroup("dup-n", "near", wire.id, (reprint.id, update.id, wire.id), 0.8)
    return R.RecordSet(articles=(wire, reprint, update), duplicates=(exact, near))


def test_an_exact_copy_is_shown_as_exact_whatever_the_group_order() -> None:
    rs = _records()
    reprint = rs.articles[1].id
    for groups in (rs.duplicates, rs.duplicates[::-1]):
        ctx = html.build_context(R.RecordSet(articles=rs.articles, duplicates=groups))
        assert ctx["dup_of"][reprint].kind == "exact"
        assert ctx["dup_of"][rs.articles[2].id].kind == "near"
