"""A story reprinted word for word by more outlets than the document-frequency cap still
links its partial reprints and rewrites to the original."""

from __future__ import annotations

import dataclasses

from newstrace.config import Settings
from newstrace.records import Article, RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.align import MASS_COPIES
from newstrace.stages.ingest.article import make_article

PARAGRAPHS = [
    "The Harwick county council voted on Tuesday to close the old Mill Road bridge to all "
    "traffic from March, after engineers found deep cracks in two of its stone arches.",
    "Council leader Ada Fenwick said the decision had been taken with great reluctance, but "
    "that the safety of the people who cross the river every day had to come first.",
    "A temporary footbridge will be built beside the old crossing within six weeks, and a "
    "shuttle bus will carry passengers between the two banks every twenty minutes.",
    "Traders on the north bank fear the closure will cost them a third of their customers, "
    "and the chamber of commerce has asked the council for a rebate on business rates.",
    "Repairs are expected to take at least two years and to cost about eleven million "
    "pounds, most of it from a national fund for historic bridges, the council said.",
]
WIRE = "\n\n".join(PARAGRAPHS)
TRIMMED = "\n\n".join(PARAGRAPHS[:3]) + (
    "\n\nThe Gazette will follow the works on its website and in Friday's print edition, "
    "with a map of the new bus stops on both banks of the river."
)
REWRITE = (
    "Harwick's old Mill Road bridge will be shut to every vehicle from March: councillors "
    "decided on Tuesday, once engineers had discovered deep cracks in two stone arches.\n\n"
    "It was a reluctant decision, said Ada Fenwick, who leads the council, yet the safety of "
    "those crossing the river each day had to come first.\n\n"
    "Within six weeks a temporary footbridge is to go up next to the old crossing, and a "
    "shuttle bus is to link the two banks every twenty minutes."
)


def _run(copies: int, max_df: int) -> RecordSet:
    arts: list[Article] = [
        make_article(WIRE, id="wire", source="Harwick Press Agency", published="2026-03-02T06:00Z")
    ]
    arts += [
        make_article(WIRE, id=f"copy{i}", source=f"Paper {i}", published="2026-03-02T09:00Z")
        for i in range(copies)
    ]
    arts += [
        make_article(TRIMMED, id="trimmed", source="Gazette", published="2026-03-02T10:00Z"),
        make_article(REWRITE, id="rewrite", source="Courier", published="2026-03-02T11:00Z"),
    ]
    settings = Settings()
    settings = dataclasses.replace(
        settings, reuse=dataclasses.replace(settings.reuse, align_candidate_max_df=max_df)
    )
    records = dedup.run(RecordSet(articles=tuple(arts)), settings)
    return align.run(records, settings)


def _sources(out: RecordSet, article_id: str) -> set[str]:
    (prov,) = [p for p in out.provenance if p.article_id == article_id]
    return set(prov.sources)


def test_partial_reprint_and_rewrite_link_to_the_original_past_the_df_cap() -> None:
    out = _run(copies=MASS_COPIES + 2, max_df=6)  # every wire n-gram is in 13 articles
    (group,) = out.duplicates
    assert group.canonical == "wire" and len(group.members) == MASS_COPIES + 3
    assert _sources(out, "trimmed") == {"wire"}
    assert _sources(out, "rewrite") == {"wire"}


def test_a_small_group_keeps_each_copys_own_links() -> None:
    out = _run(copies=2, max_df=100)
    assert _sources(out, "trimmed") == {"wire"}
    assert {"wire"} <= _sources(out, "copy0")
    linked = {(p.source_id, p.target_id) for p in out.pairs}
    assert ("wire", "trimmed") in linked
