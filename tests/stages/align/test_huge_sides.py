"""A passage side stretched over a huge text (a site dump holding hundreds of articles) is not
compared character by character with the other side: the character-level steps of the
aligner narrow it first or leave the passage as it is, with the same answers on normal ones."""

from __future__ import annotations

import pytest

from newstrace.stages.align import align as A

COPY = (
    "The ferry operator said on Friday that crossings to Kestrel Bay would resume on Monday "
    "after a week of repairs to the linkspan, and that tickets already bought stay valid."
)
FILLER = " ".join(f"Item {k}: the parish council met and noted the minutes." for k in range(2000))


def _boom(*_: object, **__: object) -> object:
    raise AssertionError("compared a huge side character by character")


def test_refine_narrows_a_long_side_to_the_copy() -> None:
    long = FILLER + " " + COPY + " " + FILLER
    lo, hi = A._refine_window(COPY, long)
    assert hi - lo <= 3 * len(COPY)
    assert long.index(COPY) >= lo and long.index(COPY) + len(COPY) <= hi
    assert A._refine_window(COPY, FILLER) is None  # no piece of it occurs: no near copy
    short_long = "Earlier: " + COPY + " Later."
    assert A._refine_window(COPY, short_long) == (0, len(short_long))  # not narrowed


def test_refine_finds_the_copy_inside_a_huge_side() -> None:
    src = FILLER + " " + COPY + " " + FILLER
    d = (0, len(src), 0, len(COPY), 1.0)
    a, b, *_ = A._refine(src, COPY, d)
    assert src[a:b] == COPY


def test_peel_and_edge_trim_leave_a_lopsided_passage(monkeypatch: pytest.MonkeyPatch) -> None:
    src = FILLER + " " + COPY
    d = (0, len(src), 0, len(COPY), 0.5)
    monkeypatch.setattr(A.LCSseq, "opcodes", _boom)
    monkeypatch.setattr(A.fuzz, "partial_ratio", _boom)
    assert A._trim_edges(src, COPY, d) == d
    assert A._peel(src, None, COPY, None, d, 40) == d  # type: ignore[arg-type]


def test_kind_skips_the_ratio_it_cannot_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    src = FILLER + " " + COPY
    monkeypatch.setattr(A.fuzz, "ratio", _boom)
    kind = A._kind(src, COPY, (0, len(src), 0, len(COPY), 0.42))
    assert (kind.kind, kind.score) == ("paraphrase", 0.42)


REPORT = " ".join(f"Clause {k}: {COPY}" for k in range(60))


def test_refine_leaves_a_huge_passage_as_found(monkeypatch: pytest.MonkeyPatch) -> None:
    # partial ratio costs the product of the lengths (a 600 KB quotation of a 1.2 MB text as
    # one passage: over ten minutes): above REFINE_MAX_CELLS the longer side is not trimmed
    src = "The harbour board met on Tuesday to talk about dredging and berths. " + COPY
    d = (0, len(src), 0, len(COPY), 0.9)
    assert A._refine(src, COPY, d)[:2] == (src.index(COPY), len(src))  # trimmed
    monkeypatch.setattr(A, "REFINE_MAX_CELLS", len(COPY) * len(src) - 1)
    monkeypatch.setattr(A.fuzz, "partial_ratio_alignment", _boom)
    assert A._refine(src, COPY, d) == d


def test_edge_trim_leaves_a_huge_near_copy_as_found(monkeypatch: pytest.MonkeyPatch) -> None:
    # the character LCS keeps a bit per pair of characters (two 600 KB sides: std::bad_alloc,
    # and the analysis ended): above EDGE_MAX_CELLS the passage is kept as found
    src = "Unrelated opening about the weather in the hills today. " + REPORT
    tgt = "A different opening line about a sports club and its fans. " + REPORT
    d = (0, len(src), 0, len(tgt), 0.9)
    trimmed = A._trim_edges(src, tgt, d)
    assert trimmed != d and src[trimmed[0] : trimmed[1]].endswith(REPORT)
    monkeypatch.setattr(A, "EDGE_MAX_CELLS", len(src) * len(tgt) - 1)
    monkeypatch.setattr(A.LCSseq, "opcodes", _boom)
    assert A._trim_edges(src, tgt, d) == d


def test_kind_of_a_huge_passage_weighs_words(monkeypatch: pytest.MonkeyPatch) -> None:
    # the character ratio of two 600 KB sides took 8 s: above KIND_MAX_CELLS it is the ratio
    # of their words, with the same kinds on a copy and an edited copy
    edited = REPORT.replace("Clause 7:", "Clause 70:").replace("Friday", "Thursday", 3)
    want = [A._kind(REPORT, t, (0, len(REPORT), 0, len(t), 0.5)).kind for t in (REPORT, edited)]
    assert want == ["verbatim", "edited"]
    real = A.fuzz.ratio

    def words_only(a: object, b: object) -> float:
        assert isinstance(a, list), "a character ratio of a huge passage"
        return float(real(a, b))

    monkeypatch.setattr(A, "KIND_MAX_CELLS", len(REPORT) ** 2 - 1)
    monkeypatch.setattr(A.fuzz, "ratio", words_only)
    got = [A._kind(REPORT, t, (0, len(REPORT), 0, len(t), 0.5)).kind for t in (REPORT, edited)]
    assert got == want


def test_a_repeated_line_keeps_its_best_seeds_only(monkeypatch: pytest.MonkeyPatch) -> None:
    # two tables of 50,000 three-word rows made over 20 million seeds (22 GB, killed): a
    # sentence keeps at most SEED_MAX_PER_SENTENCE seeds, those of the highest cosine
    import numpy as np

    monkeypatch.setattr(A, "SEED_MAX_PER_SENTENCE", 2)
    cos = np.array([[0.5, 0.9, 0.7, 0.9], [0.4, 0.8, 0.1, 0.2]])
    hit = np.array([[True, True, True, True], [False, True, False, True]])
    A._few_per_row(hit, cos)
    assert hit.tolist() == [[False, True, False, True], [False, True, False, True]]
