"""A copy whose sentences were moved about is an edited passage, not a paraphrase: its
words are the source's though its character order is not."""

from __future__ import annotations

from newstrace.stages.align.align import _kind

SENTENCES = [
    "The water company said the new reservoir at Hollin Edge would hold 4.2 million cubic "
    "metres when it opens in 2029.",
    "Work on the embankment starts in the spring and will employ about 300 people.",
    '"This is the largest investment in our network for a generation," said chief executive '
    "Maren Oduya.",
    "Walkers' groups have asked for the footpath along the valley floor to stay open.",
]


def _passage(order: list[int]) -> str:
    return " ".join(SENTENCES[i] for i in order)


def test_reordered_sentences_are_an_edited_copy() -> None:
    src, tgt = _passage([0, 1, 2, 3]), _passage([2, 0, 3, 1])
    d = _kind(src, tgt, (0, len(src), 0, len(tgt), 0.61))
    assert (d.kind, d.score >= 0.95) == ("edited", True)


def test_a_rewrite_stays_a_paraphrase() -> None:
    src = _passage([0, 1])
    tgt = (
        "Once finished in 2029, the Hollin Edge reservoir will store 4.2 million cubic metres, "
        "according to the company, and building the dam from spring will need some 300 staff."
    )
    d = _kind(src, tgt, (0, len(src), 0, len(tgt), 0.61))
    assert (d.kind, d.score) == ("paraphrase", 0.61)
