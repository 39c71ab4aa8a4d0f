"""Texts of many repeated short lines (a results table, a long list): the aligner scores each
distinct sentence once, finds the best source match of target sentences a block at a time,
and gives the same seeds and passages as scoring every sentence pair."""

from __future__ import annotations

import random

import numpy as np
import pytest
import scipy.sparse as sp

from newstrace.stages.align import align as A
from newstrace.stages.align import summary
from newstrace.stages.align.sentences import Vocabulary, doc_sentences, row_classes

WARDS = ["Northgate", "Millbrook", "Ashfield", "Quarry Hill", "Riverside", "Elm Park",
         "Castleton", "Harbour", "Old Town", "Westfield", "Brambley", "Stonecross"]  # fmt: skip
PARTIES = ["Labour", "Green", "Liberal"]


def _table(seed: int, rows: int) -> str:
    r = random.Random(seed)
    lines = [f"{r.choice(WARDS)} | {r.randrange(100, 120)} votes | {r.choice(PARTIES)} hold"
             for _ in range(rows)]  # fmt: skip
    return "Results by ward\n\n" + "\n\n".join(lines)


TABLE = _table(1, 1200)
COPY = (
    "The count in the district finished shortly after three in the morning.\n\n"
    + TABLE
    + "\n\nTurnout was lower than at the last election, the returning officer said."
)


def _docs(a: str, b: str) -> tuple[A.DocSentences, A.DocSentences]:
    vocab = Vocabulary()
    return doc_sentences(a, vocab), doc_sentences(b, vocab)


def test_a_copied_table_is_one_verbatim_passage() -> None:
    src, tgt = _docs(TABLE, COPY)
    assert A._repeats(src, tgt, A._weights(src, tgt), A.AlignParams()) is not None
    dets = A.align_texts(TABLE, src, COPY, tgt)
    at = COPY.index(TABLE)
    assert [(d.src_start, d.src_end, d.tgt_start, d.tgt_end, d.kind) for d in dets] == [
        (0, len(TABLE), at, at + len(TABLE), "verbatim")
    ]


@pytest.mark.parametrize("params", [A.AlignParams(), A.AlignParams(paraphrase=False)])
def test_repeated_rows_are_scored_once(
    monkeypatch: pytest.MonkeyPatch, params: A.AlignParams
) -> None:
    other = _table(2, 1100)
    src, tgt = _docs(TABLE, other)
    with monkeypatch.context() as m:
        m.setattr(A, "COLLAPSE_MIN_CELLS", 10**18, raising=False)
        every = A._weights(src, tgt)
        expected = A._seeds(src, tgt, every, params)
    cells: list[int] = []
    array = A._array

    def counted(x: A._Matrix) -> np.ndarray:
        cells.append(x.shape[0] * x.shape[1])
        return array(x)

    monkeypatch.setattr(A, "_array", counted)
    pair = A._weights(src, tgt)
    seeds = A._seeds(src, tgt, pair, params)
    assert seeds == expected
    # the dense product of a row may differ in the last bit with its place in the block
    assert pair.seed_cos == pytest.approx(every.seed_cos, rel=1e-12, abs=0)
    assert len(seeds) > len(src)  # rows seed with several rows of the other table
    distinct = len(row_classes(pair.src)[0]) * len(row_classes(pair.tgt)[0])
    assert sum(cells) <= 2 * distinct < len(src) * len(tgt)  # cosines and Dice, distinct rows


def test_seed_cap_keeps_the_earliest_of_equal_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    line = "Northgate | 101 votes | Green hold"
    text = "\n\n".join([line] * 1200)
    src, tgt = _docs(text, text)
    seeds = A._seeds(src, tgt, A._weights(src, tgt), A.AlignParams())
    assert seeds == [(i, j) for i in range(1200) for j in range(A.SEED_MAX_PER_SENTENCE)]


def test_best_matches_are_found_a_block_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    r = np.random.default_rng(3)
    base = sp.random(40, 30, density=0.2, random_state=4, format="csr")
    src_w = sp.csr_matrix(base[r.integers(0, 40, 600)])  # repeated rows: ties on the maximum
    tgt_w = sp.csr_matrix(base[r.integers(0, 40, 500)]) + sp.random(500, 30, density=0.05,
                                                                   random_state=5)  # fmt: skip
    cols = list(range(20, 480))
    cos = (src_w @ sp.csr_matrix(tgt_w[cols]).T).toarray()  # the product scipy computes
    best = cos.argmax(axis=0)
    monkeypatch.setattr(summary, "BEST_BLOCK_CELLS", 400, raising=False)
    largest: list[int] = []
    toarray = sp.csr_matrix.toarray

    def guarded(m: sp.csr_matrix, *args: object, **kwargs: object) -> np.ndarray:
        largest.append(m.shape[0] * m.shape[1])
        return toarray(m, *args, **kwargs)

    monkeypatch.setattr(sp.csr_matrix, "toarray", guarded)
    found = summary._best_matches(src_w, tgt_w, cols)
    assert largest and max(largest) <= 400
    monkeypatch.setattr(sp.csr_matrix, "toarray", toarray)
    assert found and all(b == best[cols.index(t)] for t, b in found)
    got, top = summary._best_rows(src_w, sp.csr_matrix(tgt_w[cols]))
    assert got.tolist() == best.tolist()  # the first of equal rows, as argmax over all rows
    assert top.tolist() == cos[best, np.arange(len(cols))].tolist()


def test_overlap_resolution_keeps_what_a_scan_keeps() -> None:
    def scan(
        dets: list[tuple[int, int, int, int, float]],
    ) -> list[tuple[int, int, int, int, float]]:
        ordered = sorted(dets, key=lambda d: -(d[4] * (d[3] - d[2] + d[1] - d[0])))
        kept: list[tuple[int, int, int, int, float]] = []
        for d in ordered:
            if all(d[3] <= k[2] or d[2] >= k[3] for k in kept):
                kept.append(d)
        return sorted(kept, key=lambda d: d[2])

    r = random.Random(0)
    for _ in range(2000):
        dets = []
        for _ in range(r.randrange(1, 25)):
            a = r.randrange(80)
            b = a + r.choice([0, 1, 2, 5, 10, 30])
            dets.append((0, r.randrange(40), a, b, r.choice([0.5, 0.7, 1.0])))
        assert A._resolve_overlaps(dets) == scan(dets)


def test_row_sums_are_scipys() -> None:
    m = sp.random(300, 50, density=0.1, random_state=6, format="csr")
    for s0, s1 in [(0, 300), (10, 11), (40, 97), (299, 300), (5, 5)]:
        expected = np.asarray(m[s0:s1].sum(axis=0)).ravel()
        assert np.array_equal(A._row_sum(m, s0, s1), expected)


def test_seed_blocks_hold_a_bounded_number_of_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    other = _table(2, 1100)
    src, tgt = _docs(TABLE, other)
    monkeypatch.setattr(A, "COLLAPSE_MIN_CELLS", 10**18, raising=False)  # every row scored
    expected = A._seeds(src, tgt, A._weights(src, tgt), A.AlignParams())
    cells: list[int] = []
    array = A._array

    def counted(x: A._Matrix) -> np.ndarray:
        cells.append(x.shape[0] * x.shape[1])
        return array(x)

    monkeypatch.setattr(A, "_array", counted)
    monkeypatch.setattr(A, "SEED_BLOCK_CELLS", 5000, raising=False)
    assert A._seeds(src, tgt, A._weights(src, tgt), A.AlignParams()) == expected
    assert cells and max(cells) <= 5000
