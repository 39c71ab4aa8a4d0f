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


def test_sentences_spanned_counts_whole_target_sentences() -> None:
    from newstrace.stages.align.align import _sentences_spanned
    from newstrace.stages.align.sentences import Vocabulary, doc_sentences

    text = "One short sentence here. Another one follows it. And a third ends the text."
    doc = doc_sentences(text, Vocabulary())
    spans = doc.spans
    one = [(0, 10, spans[0][0], spans[0][1], 0.4)]
    three = [(0, 10, spans[0][0], spans[2][1], 0.4)]
    assert _sentences_spanned(one, doc) == 1
    assert _sentences_spanned(three, doc) == 3
    assert _sentences_spanned([], doc) == 0


def test_the_setting_maps_onto_the_aligner() -> None:
    from newstrace.config import Settings
    from newstrace.stages.align import align_params

    assert align_params(Settings().reuse).weak_paraphrase == WEAK_PARAPHRASE
    off = Settings().with_overrides({"reuse.align_weak_paraphrase": 0.0})
    assert align_params(off.reuse).weak_paraphrase == 0.0


def test_a_weak_passage_of_several_sentences_on_both_sides_stands() -> None:
    from newstrace.stages.align.align import WEAK_SENTENCES

    det = _det("paraphrase", WEAK_PARAPHRASE - 0.1, length=300)
    src = [(0, 100), (100, 200), (200, 300), (300, LEN)]  # three sentences inside [0, 300)
    tgt = [(0, 500), (500, 800), (800, LEN)]  # one sentence inside [500, 800)
    assert not corroborated([det], LEN, LEN, PARAMS, (src, tgt))
    many = [
        (500 + 300 * k // WEAK_SENTENCES, 500 + 300 * (k + 1) // WEAK_SENTENCES)
        for k in range(WEAK_SENTENCES)
    ]
    assert corroborated([det], LEN, LEN, PARAMS, (src, [(0, 500), *many, (800, LEN)]))
