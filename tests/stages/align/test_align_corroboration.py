"""Pairs linked only by weak paraphrase passages are dropped (align.corroborated)."""

from __future__ import annotations

from dataclasses import replace

from newstrace.stages.align.align import (
    WEAK_COVER,
    WEAK_PARAPHRASE,
    AlignParams,
    Detection,
    corroborated,
)

PARAMS = AlignParams()
LEN = 10_000  # both texts


def _det(kind: str, score: float, length: int = 200) -> Detection:
    return Detection(0, length, 500, 500 + length, kind, score)


def test_a_lone_weak_paraphrase_is_not_enough() -> None:
    assert not corroborated([_det("paraphrase", WEAK_PARAPHRASE - 0.05)], LEN, LEN, PARAMS)
    weak = [_det("paraphrase", WEAK_PARAPHRASE - 0.05)] * 3
    assert not corroborated(weak, LEN, LEN, PARAMS)


def test_one_strong_passage_corroborates_the_weak_ones() -> None:
    weak = _det("paraphrase", WEAK_PARAPHRASE - 0.05)
    assert corroborated([weak, _det("paraphrase", WEAK_PARAPHRASE + 0.01)], LEN, LEN, PARAMS)
    assert corroborated([weak, _det("edited", 0.2)], LEN, LEN, PARAMS)
    assert corroborated([weak, _det("verbatim", 1.0)], LEN, LEN, PARAMS)


def test_a_weak_passage_covering_most_of_both_texts_stands() -> None:
    n = int(LEN * WEAK_COVER) + 1
    det = _det("paraphrase", WEAK_PARAPHRASE - 0.1, length=n)
    assert corroborated([det], LEN, LEN, PARAMS)
    # covering most of the target but little of a long source is not enough
    assert not corroborated([det], LEN * 10, LEN, PARAMS)


def test_the_threshold_follows_the_parameter() -> None:
    det = _det("paraphrase", 0.3)
    assert not corroborated([det], LEN, LEN, PARAMS)
    assert corroborated([det], LEN, LEN, replace(PARAMS, weak_paraphrase=0.25))
