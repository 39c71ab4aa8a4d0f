"""Incremental candidate search: querying only new articles finds exactly the pairs touching
them that a full search finds."""

from __future__ import annotations

import random

import numpy as np
import pytest

from newstrace.config import Settings
from newstrace.records import Article, RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.align import candidates
from newstrace.stages.align.candidates import CandidateParams, candidate_pairs, top_k
from newstrace.stages.align.sentences import SentenceTable
from newstrace.stages.ingest.article import make_article

NAMES = ["Quistgaard", "Vellmoor", "Brackwater", "Tarrow", "Amberly", "Oskarine", "Pellow"]
WORDS = "harbour comet sapling tapestry stadium flour minister bridge council budget storm river"
WORDS += " engineer school orchard lantern"


def _corpus(seed: int, n: int) -> list[Article]:
    """Articles of random sentences over a small vocabulary with rare names (sentence-index
    pairs), some copying a sentence run of an earlier one (n-gram pairs)."""
    rng = random.Random(seed)
    texts: list[str] = []
    for _ in range(n):
        sents = []
        for _ in range(rng.randrange(2, 7)):
            words = [rng.choice(WORDS.split()) for _ in range(rng.randrange(5, 12))]
            words.insert(rng.randrange(len(words)), rng.choice(NAMES) + str(rng.randrange(30)))
            sents.append(" ".join(words).capitalize() + ".")
        if texts and rng.random() < 0.3:
            src = rng.choice(texts).split(". ")
            sents[rng.randrange(len(sents))] = src[0].rstrip(".") + "."
        texts.append(" ".join(sents))
    return [
        make_article(t, id=f"n{k:03d}", published=f"2024-01-{1 + k % 28:02d}")
        for k, t in enumerate(texts)
    ]


PARAMS = [
    CandidateParams(max_df=8, top_k=1),
    CandidateParams(max_df=8, top_k=3, min_shared=1),
    CandidateParams(max_df=8, top_k=2, window_days=5),
]


@pytest.mark.parametrize("params", PARAMS)
@pytest.mark.parametrize("pick", ["last", "random"])
def test_query_finds_exactly_the_pairs_of_a_full_run(params: CandidateParams, pick: str) -> None:
    arts = _corpus(7, 150)
    table = SentenceTable.build([a.text for a in arts])
    groups = np.full(len(arts), -1)
    groups[[3, 40, 90]] = 0  # one duplicate group
    full = candidate_pairs(arts, table, params=params, groups=groups)
    assert len(full) > 100
    rng = np.random.default_rng(1)
    new = np.arange(140, 150) if pick == "last" else rng.choice(len(arts), 10, replace=False)
    query = np.zeros(len(arts), dtype=bool)
    query[new] = True
    got = candidate_pairs(arts, table, params=params, groups=groups, query=query)
    want = [(i, j) for i, j in full if query[i] or query[j]]
    assert want and got == want


def test_query_with_tiny_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    arts = _corpus(3, 120)
    table = SentenceTable.build([a.text for a in arts])
    params = CandidateParams(max_df=8, top_k=2, min_shared=1)
    full = candidate_pairs(arts, table, params=params)
    query = np.zeros(len(arts), dtype=bool)
    query[::17] = True
    monkeypatch.setattr(candidates, "_BLOCK", 3)
    monkeypatch.setattr(candidates, "_ROWS", 5)
    monkeypatch.setattr(candidates, "_SORT_ENTRIES", 50)
    monkeypatch.setattr(candidates, "_TEXT_CHUNK", 9)
    assert candidate_pairs(arts, table, params=params) == full
    got = candidate_pairs(arts, table, params=params, query=query)
    assert got == [(i, j) for i, j in full if query[i] or query[j]]


def test_incremental_stage_aligns_only_pairs_touching_new_articles() -> None:
    arts = _corpus(5, 80)
    settings = Settings()
    whole = dedup.run(RecordSet(articles=tuple(arts), new_ids=frozenset()), settings)
    _, full_stats = align.run_with_stats(whole, settings)
    new = frozenset(a.id for a in arts[-8:])
    old = RecordSet(articles=tuple(arts[:-8]), new_ids=frozenset(a.id for a in arts[:-8]))
    first = align.run(dedup.run(old, settings), settings)
    later = dedup.run(RecordSet(
        articles=tuple(arts), new_ids=new, alignments=first.alignments,
        provenance=first.provenance,
    ), settings)  # fmt: skip
    _, stats = align.run_with_stats(later, settings)
    assert full_stats is not None and stats is not None
    table = SentenceTable.build([a.text for a in arts])
    pairs = candidate_pairs(arts, table, params=align.candidate_params(settings.reuse))
    touching = [p for p in pairs if arts[p[0]].id in new or arts[p[1]].id in new]
    assert full_stats.candidate_pairs == len(pairs) > stats.candidate_pairs == len(touching) > 0


def _random_pairs(seed: int, nodes: int, draws: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    keys = np.unique(rng.integers(0, nodes, (draws, 2)) @ np.array([1 << 32, 1]))
    a, b = keys >> 32, keys & 0xFFFFFFFF
    return a[a < b], b[a < b]


def _assert_streamed_equals_all_at_once(
    a: np.ndarray, b: np.ndarray, score: np.ndarray, ks: tuple[int, ...], limit: int, step: int
) -> None:
    """Fed ``step`` pairs at a time into a ``_TopK`` that ranks whenever it holds more than
    ``limit`` entries, the kept pairs are those :func:`top_k` keeps from all pairs at once."""
    for k in ks:
        pick = top_k(a, b, score, k)
        want = np.unique(a[pick] << 32 | b[pick])
        ranks = np.arange(int(max(a.max(), b.max())) + 1)  # ties to the lower index, as top_k
        best = candidates._TopK(k, limit=limit, rank=ranks)
        for lo in range(0, len(a), step):
            best.add(a[lo : lo + step], b[lo : lo + step], score[lo : lo + step])
        assert np.array_equal(best.keys(), want)


def test_streamed_ranking_equals_ranking_all_pairs_at_once() -> None:
    a, b = _random_pairs(5, 60, 900)
    score = np.random.default_rng(5).integers(0, 20, len(a)) / 7.0  # ties included
    _assert_streamed_equals_all_at_once(a, b, score, (1, 3), limit=50, step=37)


def test_streamed_ranking_with_scores_float32_cannot_tell_apart() -> None:
    """The packed pre-selection rounds scores to float32; pairs whose scores differ below
    that precision must still be ranked on the exact scores (then on the partner)."""
    a, b = _random_pairs(9, 40, 700)
    # one float32 value, four float64 ones
    score = 0.5 + np.random.default_rng(9).integers(0, 4, len(a)) * 1e-12
    score[::7] = 0.0
    _assert_streamed_equals_all_at_once(a, b, score, (1, 2, 5), limit=40, step=29)


@pytest.mark.parametrize("special", [np.nan, -0.0])
def test_streamed_ranking_with_nan_and_negative_zero_scores(special: float) -> None:
    """The packed pre-selection orders float32 bits: -0.0 and NaN must rank as the exact
    ranking ranks them (-0.0 as 0.0, NaN after every number), not by their sign bit."""
    a, b = _random_pairs(11, 30, 600)
    score = np.random.default_rng(11).random(len(a))
    score[::5] = special
    _assert_streamed_equals_all_at_once(a, b, score, (1, 2, 4), limit=40, step=23)
