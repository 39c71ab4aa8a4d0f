"""Search-space correction of the paraphrase thresholds (off by default; docs/results.md)."""

from __future__ import annotations

import math

import pytest

from newstrace.stages.align import embed, paraphrase
from newstrace.stages.align.align import AlignParams, align_texts
from newstrace.stages.align.sentences import SentenceCache

A = "The city council approved money for a new flood barrier along the river on Monday evening."
B = (
    "On Monday evening, local councillors agreed to pay for a barrier that will protect the "
    "riverside from floods."
)
PARAMS = AlignParams(min_chars=40, gap=1)


@pytest.fixture
def correction(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thresholds loosened for one-sentence pairs, back at their base from 100 sentence pairs."""
    monkeypatch.setattr(paraphrase, "SIZE_REF", 100.0)
    monkeypatch.setattr(paraphrase, "SIZE_SLOPE_COSINE", 0.15 / math.log(100))
    monkeypatch.setattr(paraphrase, "SIZE_SLOPE_CONTAINMENT", 0.2 / math.log(100))
    monkeypatch.setattr(paraphrase, "SIZE_SLOPE_VALIDATE", 0.24 / math.log(100))


def _linked(src: str, tgt: str) -> bool:
    cache = SentenceCache()
    return bool(align_texts(src, cache.get("s", src), tgt, cache.get("t", tgt), PARAMS))


def test_off_by_default_leaves_thresholds_alone() -> None:
    for cells in (1, 4, 100, 10_000):
        assert paraphrase.para_thresholds(cells) == (
            paraphrase.PARA_COSINE,
            paraphrase.PARA_CONTAINMENT,
        )
        assert paraphrase.validate_threshold(0.34, cells) == 0.34
        assert embed.seed_threshold(cells) == embed.EMBED_SEED


def test_size_scaled_moves_with_log_cells_and_clips() -> None:
    assert paraphrase.size_scaled(0.5, 0.1, 10, ref=10.0, below=1.0, above=1.0) == 0.5
    low = paraphrase.size_scaled(0.5, 0.1, 1, ref=10.0, below=1.0, above=1.0)
    assert low == pytest.approx(0.5 - 0.1 * math.log(10))
    assert paraphrase.size_scaled(0.5, 0.1, 1, ref=10.0, below=0.1, above=1.0) == 0.4
    assert paraphrase.size_scaled(0.5, 0.1, 10**6, ref=10.0, below=1.0, above=0.0) == 0.5
    assert paraphrase.size_scaled(0.5, 0.1, 0, ref=10.0, below=1.0, above=1.0) == low


@pytest.mark.usefixtures("correction")
def test_thresholds_rise_with_the_search_space() -> None:
    small, large = paraphrase.para_thresholds(1), paraphrase.para_thresholds(400)
    assert small[0] < large[0] and small[1] < large[1]
    assert large == (paraphrase.PARA_COSINE, paraphrase.PARA_CONTAINMENT)  # clipped at base


def test_loose_rewrite_missed_at_the_defaults() -> None:
    assert not _linked(A, B)


@pytest.mark.usefixtures("correction")
def test_correction_links_a_short_loose_rewrite() -> None:
    assert _linked(A, B)
