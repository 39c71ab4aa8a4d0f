"""The summary trigger: widen summaries of a long source, leave copied passages alone."""

from __future__ import annotations

from dataclasses import replace
from itertools import product

from newstrace.stages.align.align import AlignParams, Detection, align_texts
from newstrace.stages.align.sentences import SentenceCache
from newstrace.stages.align.summary import target_groups

_SYLLABLES = ["ba", "ke", "lo", "mu", "ri", "sa", "to", "vi", "ne", "po"]
_WORDS = ["".join(p) for p in product(_SYLLABLES, repeat=4)]  # 10,000 made-up words


def _words(k: int, words: int = 40) -> list[str]:
    """The words of sentence ``k``: made-up words no other sentence index uses."""
    return [_WORDS[(k * words + i) % len(_WORDS)] for i in range(words)]


_COMMON = ["and", "the", "of", "to", "in", "it", "was", "that", "with", "for", "on", "as"]


def _sentence(words: list[str]) -> str:
    """A sentence of ``words`` interleaved with common words every text shares."""
    mixed = [w for i, word in enumerate(words) for w in (word, _COMMON[i % len(_COMMON)])]
    return " ".join(mixed).capitalize() + "."


SOURCE = [_sentence(_words(k)) for k in range(30)]  # a source document of 30 sentences
FILLER = [_sentence(_words(k)) for k in range(30, 40)]  # unrelated target text


def _align(src_text: str, tgt_text: str, params: AlignParams | None = None) -> list[Detection]:
    cache = SentenceCache()
    src, tgt = cache.get("s", src_text), cache.get("t", tgt_text)
    return align_texts(src_text, src, tgt_text, tgt, params or AlignParams(paraphrase=False))


def _summary_pair() -> tuple[str, str, str]:
    """Source, target, and the summary inside the target (one sentence per 6 source sentences).

    Summary sentence ``j`` keeps half the words of source sentence ``6j`` (a first-pass seed)
    and a few words of each source sentence around it, like a condensed paragraph; consecutive
    summary sentences thus match source sentences six apart.
    """
    parts = []
    for k in range(0, 30, 6):
        words = _words(k)[:20]
        for near in range(max(0, k - 3), min(30, k + 9)):
            words += _words(near)[30:35] if near != k else []
        parts.append(_sentence(words))
    summary = " ".join(parts)
    target = " ".join(FILLER[:5]) + " " + summary + " " + " ".join(FILLER[5:])
    return " ".join(SOURCE), target, summary


def test_summary_of_whole_source_gets_a_wide_source_side() -> None:
    src_text, tgt_text, summary = _summary_pair()
    dets = _align(src_text, tgt_text)
    assert len(dets) == 1
    d = dets[0]
    assert d.src_end - d.src_start >= 0.8 * len(src_text)
    start = tgt_text.index(summary)
    assert d.tgt_start <= start + 50 and d.tgt_end >= start + len(summary) - 50


def test_summary_is_not_widened_when_the_trigger_is_off() -> None:
    src_text, tgt_text, _ = _summary_pair()
    params = replace(AlignParams(paraphrase=False), widen_scattered=False)
    dets = _align(src_text, tgt_text, params)
    assert dets
    assert all(d.src_end - d.src_start < 0.5 * len(src_text) for d in dets)


def test_copied_passage_keeps_its_own_source_length() -> None:
    copied = " ".join(SOURCE[10:15])
    tgt_text = " ".join(FILLER[:5]) + " " + copied + " " + " ".join(FILLER[5:])
    src_text = " ".join(SOURCE)
    dets = _align(src_text, tgt_text)
    assert len(dets) == 1
    d = dets[0]
    assert src_text[d.src_start : d.src_end] == copied
    assert tgt_text[d.tgt_start : d.tgt_end] == copied


def test_target_groups_split_at_large_target_gaps() -> None:
    dets = [(0, 10, 800, 900, 0.5), (50, 60, 0, 200, 0.5), (90, 99, 250, 400, 0.5)]
    groups = target_groups(dets)
    assert [[d[2] for d in g] for g in groups] == [[0, 250], [800]]
