"""The batch candidate indexes against literal reference computations."""

from __future__ import annotations

import random
import re
from collections import Counter
from itertools import combinations

import numpy as np
import pytest

from newstrace.records import Article
from newstrace.stages.align import candidates
from newstrace.stages.align.candidates import (
    CandidateParams,
    candidate_pairs,
    ngram_pairs,
    sentence_pairs,
    sentence_scores,
    top_k,
)
from newstrace.stages.align.sentences import SentenceCache
from newstrace.stages.ingest.article import make_article

WORDS = ["harbour", "comet", "sapling", "tapestry", "stadium", "flour", "minister", "bridge"]


def _texts(seed: int, n: int) -> list[str]:
    """Random texts; some copy a run of words from an earlier one (shared n-grams)."""
    rng = random.Random(seed)
    texts: list[str] = []
    for i in range(n):
        words = [rng.choice(WORDS) + str(rng.randrange(40)) for _ in range(rng.randrange(3, 60))]
        if texts and rng.random() < 0.5:
            src = rng.choice(texts).split()
            k = rng.randrange(len(src))
            words[rng.randrange(len(words)) :] = src[k : k + rng.randrange(4, 15)]
        texts.append(" ".join(words) + (" Same ending for all." if i % 7 == 0 else ""))
    return texts


def _reference_ngram_pairs(texts: list[str], p: CandidateParams) -> Counter[tuple[int, int]]:
    """The definition, one n-gram at a time."""
    grams = []
    for t in texts:
        w = re.findall(r"\w+", t.casefold())
        grams.append({tuple(w[i : i + p.ngram]) for i in range(len(w) - p.ngram + 1)})
    df = Counter(g for gs in grams for g in gs)
    out: Counter[tuple[int, int]] = Counter()
    for i, j in combinations(range(len(texts)), 2):
        k = sum(1 for g in grams[i] & grams[j] if df[g] <= p.max_df)
        if k >= p.min_shared:
            out[(i, j)] = k
    return out


def test_ngram_pairs_match_the_definition() -> None:
    texts = _texts(1, 120)
    for p in (CandidateParams(), CandidateParams(max_df=3, min_shared=1, ngram=3)):
        got = ngram_pairs(texts, p)
        assert got == _reference_ngram_pairs(texts, p)
    assert len(ngram_pairs(texts, CandidateParams(min_shared=1))) > 20


@pytest.mark.parametrize("bits", [24, 4])  # 4: the bitmap lets most n-grams through
def test_ngram_pairs_of_a_few_query_documents_match_the_definition(
    bits: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With few query documents only their n-grams are indexed; the pairs touching one and
    their counts are still the whole index's (the document frequencies included)."""
    monkeypatch.setattr(candidates, "_WANTED_BITS", bits)
    monkeypatch.setattr(candidates, "_WANTED_MASK", (1 << bits) - 1)
    texts = _texts(2, 160)
    used: list[int] = []
    real = candidates._Wanted.of
    monkeypatch.setattr(candidates._Wanted, "of", lambda h: used.append(len(h)) or real(h))
    for p in (CandidateParams(), CandidateParams(max_df=3, min_shared=1, ngram=3)):
        want = _reference_ngram_pairs(texts, p)
        for seed in range(3):
            query = np.random.default_rng(seed).random(len(texts)) < 0.15
            got = ngram_pairs(texts, p, query)
            assert got == Counter({k: v for k, v in want.items() if query[k[0]] or query[k[1]]})
    assert len(used) == 6 and min(used) > 0  # the filtered path ran each time


def test_top_k_keeps_the_best_partners_of_either_end() -> None:
    rng = np.random.default_rng(3)
    a = rng.integers(0, 30, 400)
    b = rng.integers(0, 30, 400)
    keys = np.unique(np.minimum(a, b) * 100 + np.maximum(a, b))
    keys = keys[keys // 100 != keys % 100]
    a, b = keys // 100, keys % 100
    score = rng.random(len(a))
    for k in (1, 3):
        got = set(top_k(a, b, score, k).tolist())
        want = set()
        for node in range(30):
            mine = [i for i in range(len(a)) if node in (a[i], b[i])]
            mine.sort(key=lambda i: (-score[i], int(a[i] + b[i] - node)))
            want |= set(mine[:k])
        assert got == want
        assert len(got) <= k * 30


def _story_articles() -> list[Article]:
    base = (
        "Councillor Amberly Quistgaard opened the Vellmoor footbridge on Tuesday. "
        "The footbridge cost Vellmoor taxpayers four million pounds. "
        "Engineers from Brackwater designed the span over the Tarrow river."
    )
    rewrite = (
        "The Tarrow river span was designed by Brackwater engineers. "
        "Amberly Quistgaard, a councillor, opened Vellmoor's new footbridge this Tuesday. "
        "Vellmoor taxpayers paid four million pounds for it."
    )
    other = "Astronomers watched a faint comet pass Jupiter. The orbit surprised the observers."
    return [
        make_article(base, id="a", published="2024-05-01"),
        make_article(rewrite, id="b", published="2024-05-09"),
        make_article(other, id="c", published="2024-05-01"),
    ]


def test_sentence_index_pairs_a_rewrite_and_respects_window_and_groups() -> None:
    arts = _story_articles()
    cache = SentenceCache()
    docs = [cache.get(a.id, a.text) for a in arts]
    n_stop = cache.vocab.n_stop
    p = CandidateParams(max_df=5)
    i, j, score = sentence_scores(docs, n_stop, p)
    assert list(zip(i.tolist(), j.tolist(), strict=True)) == [(0, 1)]
    assert score[0] > 1.0  # several sentences each matched once
    assert sentence_pairs(docs, n_stop, p) == {(0, 1)}
    assert candidate_pairs(arts, docs, n_stop, p) == [(0, 1)]
    assert candidate_pairs(arts, docs, n_stop, CandidateParams(max_df=5, window_days=7)) == []
    assert candidate_pairs(arts, docs, n_stop, CandidateParams(max_df=5, window_days=8)) == [(0, 1)]
    grouped = np.array([4, 4, -1])
    assert candidate_pairs(arts, docs, n_stop, p, grouped) == []
    assert candidate_pairs(arts, docs, n_stop, p, np.array([-1, -1, -1])) == [(0, 1)]


def test_chunked_paths_give_the_same_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tiny text chunks, pair chunks and sentence blocks (an article larger than a block
    included) must not change the candidates."""
    from newstrace.stages.align import candidates

    texts = _texts(2, 80)
    arts = [make_article(t, id=f"t{k}") for k, t in enumerate(texts)] + _story_articles()
    cache = SentenceCache()
    docs = [cache.get(a.id, a.text) for a in arts]
    p = CandidateParams(max_df=5, min_shared=1)
    whole_ngrams = ngram_pairs(texts, p)
    whole_scores = sentence_scores(docs, cache.vocab.n_stop, p)
    whole = candidate_pairs(arts, docs, cache.vocab.n_stop, p)
    monkeypatch.setattr(candidates, "_TEXT_CHUNK", 7)
    monkeypatch.setattr(candidates, "_PAIR_CHUNK", 5)
    monkeypatch.setattr(candidates, "_BLOCK", 2)
    assert ngram_pairs(texts, p) == whole_ngrams
    i, j, score = sentence_scores(docs, cache.vocab.n_stop, p)
    assert (i.tolist(), j.tolist()) == (whole_scores[0].tolist(), whole_scores[1].tolist())
    assert np.allclose(score, whole_scores[2])
    assert candidate_pairs(arts, docs, cache.vocab.n_stop, p) == whole
    assert whole  # the corpus does produce candidates


def test_table_and_per_article_data_give_the_same_candidates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The sentence index built from the compact table (in row steps) equals the one built
    from per-article sentence data, to the bit."""
    from newstrace.stages.align import candidates
    from newstrace.stages.align.sentences import SentenceTable

    texts = _texts(4, 90)
    arts = [make_article(t, id=f"t{k}") for k, t in enumerate(texts)] + _story_articles()
    cache = SentenceCache()
    docs = [cache.get(a.id, a.text) for a in arts]
    table = SentenceTable.build([a.text for a in arts])
    p = CandidateParams(max_df=5, min_shared=1)
    want = sentence_scores(docs, cache.vocab.n_stop, p)
    monkeypatch.setattr(candidates, "_ROWS", 4)
    got = sentence_scores(table, None, p)
    for x, y in zip(got, want, strict=True):
        assert np.array_equal(x, y)
    assert len(want[0]) > 5
    assert candidate_pairs(arts, table, params=p) == candidate_pairs(
        arts, docs, cache.vocab.n_stop, p
    )
