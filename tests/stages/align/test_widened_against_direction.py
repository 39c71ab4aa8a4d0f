"""A summary's source side, widened by the aligner, is not the copy's side: a 3,000-word
investigation that quotes a company's statement, whose last paragraphs sum up what the
investigation says, was 'wholly' the statement's copy (share 1.0) once the statement, dated
after it, was read as the record of the words both give (a review of investigations).  The
corpus is invented (tests/data/investigation/statement.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

from newstrace.config import Settings
from newstrace.records import Alignment, RecordSet, Span
from newstrace.stages import align, dedup
from newstrace.stages.align import _expanded
from newstrace.stages.ingest.article import make_article

CORPUS = Path(__file__).parents[2] / "data" / "investigation" / "statement.jsonl"


def _run(dated: bool = True) -> RecordSet:
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    arts = tuple(
        make_article(
            r["text"], id=r["id"], source=r["source"], published=r["published"] if dated else None
        )
        for r in rows
    )
    out = align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())
    return out


def test_the_investigation_is_not_the_later_statement_s_copy() -> None:
    out = _run()
    prov = {p.article_id: p for p in out.provenance}
    inv = prov["inv"]
    # the statement's quoted paragraph only (about 400 of 18,000 characters)
    assert inv.sources.get("stmt", 0.0) < 0.05, inv
    assert inv.label == "non", inv
    (pair,) = [p for p in out.pairs if {p.source_id, p.target_id} == {"inv", "stmt"}]
    assert pair.target_share < 0.05, pair


def test_a_paraphrase_wider_on_its_target_side_is_an_expansion() -> None:
    wide = Alignment(Span("a", 0, 400), Span("b", 0, 4000), "paraphrase", 0.5)
    assert _expanded(wide)
    assert not _expanded(Alignment(Span("a", 0, 400), Span("b", 0, 4000), "verbatim", 1.0))
    assert not _expanded(Alignment(Span("a", 0, 4000), Span("b", 0, 400), "paraphrase", 0.5))


def test_an_undated_expansion_crediting_its_brief_keeps_its_link() -> None:
    """An undated explainer expanding a brief ("as first reported by the Harbour Daily"): the
    aligner reads the longer as the source and widens it as a summary's; the credit turns
    the pair round, and the pair aligned again that way keeps its link at the share of the
    brief's sentences (a second review: dropping the widened passage left no pair)."""
    path = Path(__file__).parents[2] / "data" / "updates" / "expansion_undated.jsonl"
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    arts = tuple(make_article(r["text"], id=r["id"], source=r["source"]) for r in rows)
    out = align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())
    (pair,) = out.pairs
    assert (pair.source_id, pair.target_id, pair.relation) == ("b1", "x1", "derived")
    assert 0.1 < pair.target_share < 0.5, pair
