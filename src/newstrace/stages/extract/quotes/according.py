"""Attributions by a fixed frame rather than a speaker and verb: ``according to X``, ``In a
new CNN poll, ...``, and (off in the product) sourceless ``seems`` / ``is expected to`` and
a leading ``Asked about X,``."""

from __future__ import annotations

import re

from newstrace.stages.extract.lexicon import word_set
from newstrace.stages.extract.phrases import Tok, cue_start, is_cue, speaker_after, speaker_before
from newstrace.stages.extract.quotes import rules
from newstrace.stages.extract.quotes.base import (
    MAX_POSTPOSED,
    MIN_INDIRECT_WORDS,
    RawQuote,
    span,
    trim_content,
)

_ACCORDING = re.compile(r"\b[Aa]ccording to\b")


def according_to(text: str, toks: list[Tok], s: int, e: int) -> RawQuote | None:
    """``According to X, CONTENT`` or ``CONTENT, according to X.``"""
    m = _ACCORDING.search(text, s, e)
    if not m:
        return None
    idx = next((i for i, t in enumerate(toks) if t.start >= m.end()), None)
    if idx is None:
        return None
    sp = speaker_after(toks, idx)
    if sp is None:
        return None
    speaker = span(toks, sp)
    cue = (m.start(), m.end())
    before = text[s : m.start()].strip()
    if not before:
        comma = text.find(",", speaker[1], e)
        if comma < 0:
            return None
        c_start, c_end = trim_content(text, comma + 1, e)
    else:
        c_start, c_end = trim_content(text, s, m.start())
        if rules.ACCORDING_TO_END:
            speaker = _according_tail(text, speaker, m.end(), e)
    if len(text[c_start:c_end].split()) < MIN_INDIRECT_WORDS:
        return None
    return RawQuote(c_start, c_end, "indirect", cue, speaker)


def _according_tail(text: str, speaker: tuple[int, int], after: int, e: int) -> tuple[int, int]:
    """The source of ``according to`` after the content: to the next comma or the end."""
    comma = text.find(",", speaker[1], e)
    if comma >= 0:
        return speaker[0], comma
    _, end = trim_content(text, after, e)
    return speaker[0], max(speaker[1], end)


# Nouns of evidence that make "In <noun phrase>, CONTENT" an attribution ("In a new Fox News
# poll released Thursday, Trump had 45 percent"), as PolNeAR annotates it (cue "In").
_EVIDENCE_NOUNS = word_set("poll polls survey surveys study report analysis census")


def _own_attribution(toks: list[Tok], first: int) -> bool:
    """Whether a cue with a named speaker of its own follows ``toks[first]`` ("In an online
    poll of 800 voters, Democracy Corp found that ...": Democracy Corp is the source, not the
    poll; in "..., most residents backed the plan" the poll still is)."""
    for k in range(first, len(toks)):
        if not is_cue(toks, k, strong=True):
            continue
        sp = speaker_before(toks, cue_start(toks, k))
        if sp is not None and toks[sp[0]].text[0].isupper():
            return True
    return False


def in_a_poll(text: str, toks: list[Tok], e: int) -> RawQuote | None:
    """``In a CNN poll, CONTENT``: cue "In", source the noun phrase, content after the comma."""
    if not rules.IN_A_POLL or len(toks) < 5 or toks[0].low != "in":
        return None
    comma = next((i for i, t in enumerate(toks[:MAX_POSTPOSED]) if t.text == ","), None)
    if comma is None or comma < 2 or not any(t.low in _EVIDENCE_NOUNS for t in toks[1:comma]):
        return None
    if _own_attribution(toks, comma + 1):
        return None
    c_start, c_end = trim_content(text, toks[comma].end, e)
    if len(text[c_start:c_end].split()) < MIN_INDIRECT_WORDS:
        return None
    cue = (toks[0].start, toks[0].end)
    return RawQuote(c_start, c_end, "indirect", cue, (toks[1].start, toks[comma - 1].end))


_SEEM = word_set("seem seems seemed appear appears appeared")

_BE = word_set("is are was were")

_NOT_SEEM = word_set("on at in with before alongside onstage onscreen together as")


def sourceless(text: str, toks: list[Tok], e: int) -> list[RawQuote]:
    """A sentence with "seems"/"appears" or "is expected to" and no other attribution."""
    for k in range(1, len(toks) - 2):
        low, nxt = toks[k].low, toks[k + 1].low
        if low in _SEEM and nxt not in _NOT_SEEM and toks[k - 1].low not in _BE:
            cue = (toks[k].start, toks[k].end)
        elif low == "expected" and toks[k - 1].low in _BE and nxt == "to" and k >= 2:
            cue = (toks[k - 1].start, toks[k].end)
        else:
            continue
        first = _clause_start(toks, k)
        c_start, c_end = trim_content(text, toks[first].start, e)
        return [RawQuote(c_start, c_end, "indirect", cue, None)]
    return []


def _clause_start(toks: list[Tok], k: int) -> int:
    """First token of the clause holding ``toks[k]``: after a leading adjunct's comma."""
    commas = [j for j in range(k) if toks[j].text == ","]
    if len(commas) == 1 and toks[0].low not in {"but", "and"}:
        return commas[0] + 1
    return 0


def asked_clause(text: str, toks: list[Tok]) -> RawQuote | None:
    """``Asked about X,`` / ``When asked whether X,`` opening a sentence."""
    k = 1 if toks[0].low == "when" else 0
    if len(toks) <= k + 2 or toks[k].low != "asked" or not toks[k].text[0].isupper() and k == 0:
        return None
    comma = next((j for j in range(k + 2, len(toks)) if toks[j].text == ","), None)
    if comma is None:
        return None
    c_start, c_end = trim_content(text, toks[k].end, toks[comma].start)
    return RawQuote(c_start, c_end, "indirect", (toks[k].start, toks[k].end), None)
