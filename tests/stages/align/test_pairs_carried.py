"""An incremental run keeps the earlier run's record of a pair whose passages and relation
are unchanged (everything the record says is read from them and the two articles)."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from pathlib import Path

import pytest

import newstrace
from newstrace.config import Settings
from newstrace.records import RecordSet, ReusePair
from newstrace.stages import align, dedup

ROOT = Path(__file__).resolve().parents[3]
CORPUS, MORE = ROOT / "examples" / "corpus", ROOT / "examples" / "more"


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory) -> RecordSet:
    with newstrace.open(tmp_path_factory.mktemp("pairs") / "c.db") as c:
        c.add(CORPUS)
        c.add(MORE)
        records = RecordSet(articles=tuple(c.articles()))
    return align.run(dedup.run(records, Settings()), Settings())


def _relations(pairs: tuple[ReusePair, ...], kind: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for p in pairs:
        if p.relation == kind:
            out[p.source_id].add(p.target_id)
    return out


def _again(records: RecordSet, before: RecordSet | None) -> tuple[ReusePair, ...]:
    unseen = _relations(records.pairs, "unseen_source")
    related = _relations(records.pairs, "related")
    return align.reuse_pairs(records.articles, records.alignments, unseen, related, before)


def test_the_records_are_read_again_the_same(analysed: RecordSet) -> None:
    assert len(analysed.pairs) >= 5
    assert _again(analysed, None) == analysed.pairs


def test_a_pair_with_the_same_passages_keeps_its_earlier_record(analysed: RecordSet) -> None:
    first = analysed.pairs[0]
    marked = dataclasses.replace(first, evidence="marked")
    before = dataclasses.replace(analysed, pairs=(marked, *analysed.pairs[1:]))
    assert _again(analysed, before) == (marked, *analysed.pairs[1:])


def test_changed_passages_or_relation_read_the_pair_again(analysed: RecordSet) -> None:
    first = analysed.pairs[0]
    marked = dataclasses.replace(first, evidence="marked")
    ends = (first.source_id, first.target_id)
    moved = tuple(
        dataclasses.replace(x, score=x.score / 2)
        if (x.source.article_id, x.target.article_id) == ends
        else x
        for x in analysed.alignments
    )
    before = dataclasses.replace(analysed, alignments=moved, pairs=(marked, *analysed.pairs[1:]))
    assert _again(analysed, before) == analysed.pairs
    other = "related" if first.relation != "related" else "derived"
    relabelled = dataclasses.replace(marked, relation=other)
    before = dataclasses.replace(analysed, pairs=(relabelled, *analysed.pairs[1:]))
    assert _again(analysed, before) == analysed.pairs
