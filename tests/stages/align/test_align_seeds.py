"""The align stage on the five seed articles (read from ../shared at run time)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstrace.config import Settings
from newstrace.records import Article, Provenance, RecordSet
from newstrace.stages import align
from newstrace.stages.ingest.article import make_article
from newstrace.text.sentences import sentence_spans


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> dict[str, Article]:
    out = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        key = path.name[:3]
        out[key] = make_article(path.read_text(encoding="utf-8"), id=key)
    return out


@pytest.fixture(scope="module")
def result(seeds: dict[str, Article]) -> RecordSet:
    return align.run(RecordSet(articles=tuple(seeds.values())), Settings())


def _prov(rs: RecordSet, key: str) -> Provenance:
    return next(p for p in rs.provenance if p.article_id == key)


def test_wire_copies_share_an_unseen_source(result: RecordSet) -> None:
    links = [
        a for a in result.alignments if {a.source.article_id, a.target.article_id} == {"000", "001"}
    ]
    assert len(links) >= 2
    assert any(a.kind == "verbatim" for a in links)
    assert "001" in _prov(result, "000").unseen_source_with
    assert "000" in _prov(result, "001").unseen_source_with
    for key in ("000", "001"):
        p = _prov(result, key)
        assert p.sources == {} and p.label == "non"  # neither derives from the other


def test_rewrite_is_derived_from_press_release(
    result: RecordSet, seeds: dict[str, Article]
) -> None:
    links = [a for a in result.alignments if a.target.article_id == "002"]
    assert links and all(a.source.article_id == "003" for a in links)
    assert any(a.kind == "paraphrase" for a in links)
    p = _prov(result, "002")
    assert p.label in {"partially", "wholly"}
    assert p.sources["003"] >= 0.4
    assert _prov(result, "003").reused_share == 0.0
    # most of 002's quoted sentences are aligned to 003
    text = seeds["002"].text
    quoted = [(s, e) for s, e in sentence_spans(text) if "“" in text[s:e]]
    hit = [q for q in quoted if any(a.target.start <= q[0] < a.target.end for a in links)]
    assert len(quoted) >= 2
    assert len(hit) / len(quoted) > 0.5


def test_unrelated_article_has_no_source(result: RecordSet) -> None:
    assert not [a for a in result.alignments if "004" in {a.source.article_id, a.target.article_id}]
    p = _prov(result, "004")
    assert p.label == "non" and p.reused_share == 0.0 and not p.unseen_source_with
    assert not p.related_with


def test_offsets_point_into_clean_text(result: RecordSet, seeds: dict[str, Article]) -> None:
    for a in result.alignments:
        for span in (a.source, a.target):
            text = seeds[span.article_id].text
            assert 0 <= span.start < span.end <= len(text)
            assert not text[span.start].isspace() and not text[span.end - 1].isspace()
