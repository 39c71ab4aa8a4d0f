"""Indirect speech whose attribution follows its content: ``CONTENT, a source said.``,
``CONTENT, X said, CONTENT`` and ``Rubio: I still believe ...``."""

from __future__ import annotations

from newstrace.stages.extract.lexicon import word_set
from newstrace.stages.extract.phrases import (
    BOUNDARY,
    Tok,
    cue_last,
    cue_start,
    is_cue,
    speaker_before,
    speaker_with_appositive,
)
from newstrace.stages.extract.quotes import rules
from newstrace.stages.extract.quotes.base import (
    ADJUNCT_START,
    MAX_CUE_ADJUNCT,
    MAX_POSTPOSED,
    MIN_INDIRECT_WORDS,
    RawQuote,
    span,
    trim_content,
)

# Most words before the colon of "Bernie Sanders: I'm not much of a socialist".
MAX_COLON_SPEAKER = 4


def indirect_postposed(text: str, toks: list[Tok], s: int) -> RawQuote | None:
    """``CONTENT, a source said.`` / ``CONTENT, said Smith.``"""
    commas = [i for i, t in enumerate(toks) if t.text == ","]
    for c in reversed(commas[-3:]):
        found = _postposed_at(text, toks, s, c)
        if found is not None:
            return found
    return None


def _postposed_at(text: str, toks: list[Tok], s: int, c: int) -> RawQuote | None:
    """Speaker and cue right after the comma at ``toks[c]``."""
    tail = [t for t in toks[c + 1 :] if t.text not in {".", "!", "?"}]
    rel = c + 1
    if not tail or (len(tail) > MAX_POSTPOSED and not is_cue(toks, rel, strong=True)):
        return None
    if is_cue(toks, rel, strong=True):
        sp = speaker_with_appositive(toks, rel + 1)
        if sp and (sp[1] >= rel + len(tail) - 1 or toks[sp[1]].text == ","):
            cue = (toks[rel].start, toks[rel].end)
            return _postposed(text, s, toks[c].start, cue, span(toks, sp))
    for k in range(rel + 1, len(toks)):
        if is_cue(toks, k, strong=True):
            c0 = cue_start(toks, k)
            sp = speaker_before(toks, c0)
            if rules.POSTPOSED_ENDS and not _ends_after(toks, cue_last(toks, k)):
                return None  # "..., she said she can't ...": a new attribution, not postposed
            if sp and sp[0] == rel and toks[rel].low != "who":
                cue = (toks[c0].start, toks[cue_last(toks, k)].end)
                return _postposed(text, s, toks[c].start, cue, span(toks, sp))
            return None
    return None


# Fewest tokens before the comma of "Otherwise, she said, CONTENT".  PolNeAR train content
# exact F1: 3 (the first version) 0.4925, 2 0.4932, 1 0.4942 ("Now, she said, ...").
MIN_PARENTHETICAL_LEAD = 1


def parenthetical(text: str, toks: list[Tok], s: int, e: int) -> RawQuote | None:
    """``CONTENT, X said, CONTENT``: (content envelope, cue, speaker)."""
    for c, t in enumerate(toks):
        if t.text != "," or c < MIN_PARENTHETICAL_LEAD:
            continue
        for k in range(c + 2, min(len(toks) - 3, c + 2 + MAX_POSTPOSED)):
            if toks[k].text in {",", ";", ".", ":"}:
                break
            if not is_cue(toks, k, strong=True) or toks[cue_last(toks, k) + 1].text != ",":
                continue
            c0 = cue_start(toks, k)
            sp = speaker_before(toks, c0)
            if sp is None or sp[0] != c + 1 or toks[c + 1].low == "who":
                break
            c_start, c_end = trim_content(text, s, e)
            cue = (toks[c0].start, toks[cue_last(toks, k)].end)
            return RawQuote(c_start, c_end, "indirect", cue, span(toks, sp))
    return None


def _ends_after(toks: list[Tok], last: int) -> bool:
    """Whether nothing but a short adjunct follows the cue ending at ``toks[last]``."""
    rest = [t for t in toks[last + 1 :] if t.text not in {".", "!", "?"}]
    if not rest:
        return True
    if rest[0].text == ",":  # "..., X said, adding ...", not "..., X said, is to ..."
        return len(rest) == 1 or rest[1].low.endswith("ing")
    return len(rest) <= MAX_CUE_ADJUNCT and (
        rest[0].low in ADJUNCT_START or rest[0].low in {"of", "about", "with", "after"}
    )


_LABELS = word_set(
    "note update photo source watch related correction disclosure latest plus contributing notice "
    "poll goal conclusion remember"
)


def colon_line(text: str, toks: list[Tok], e: int) -> RawQuote | None:
    """``Rubio: I still believe ...`` (headlines, transcripts): a name, a colon, the words."""
    k = next((i for i, t in enumerate(toks[: MAX_COLON_SPEAKER + 1]) if t.text == ":"), None)
    if k is None or k == 0 or not toks[0].text[0].isupper():
        return None
    if any(not t.text[0].isalpha() or t.low in BOUNDARY for t in toks[:k]):
        return None
    if toks[k - 1].low in _LABELS:
        return None  # "Editor's note:", "UPDATE:": a label, not a speaker
    c_start, c_end = trim_content(text, toks[k].end, e)
    if len(text[c_start:c_end].split()) < 3:
        return None
    colon = (toks[k].start, toks[k].end)
    return RawQuote(c_start, c_end, "indirect", colon, (toks[0].start, toks[k - 1].end))


def transcript_turn(text: str, toks: list[Tok]) -> RawQuote | None:
    """``FALLIN: Well, I think ...`` or ``Q: ...`` opening a paragraph: a turn of a transcript,
    whose content is the rest of the paragraph, however many sentences it has."""
    if not rules.TRANSCRIPT_TURNS or not toks or not _paragraph_start(text, toks[0].start):
        return None
    k = next((i for i, t in enumerate(toks[: MAX_COLON_SPEAKER + 1]) if t.text == ":"), None)
    if k is None or k == 0 or not all(t.text.isupper() for t in toks[:k]):
        return None
    end = text.find("\n", toks[k].end)
    return colon_line(text, toks, len(text) if end < 0 else end)


def _paragraph_start(text: str, pos: int) -> bool:
    """Whether only spaces stand between the start of the line and ``pos``."""
    line = text.rfind("\n", 0, pos) + 1
    return not text[line:pos].strip()


def _postposed(
    text: str, s: int, comma: int, cue: tuple[int, int], speaker: tuple[int, int]
) -> RawQuote | None:
    c_start, c_end = trim_content(text, s, comma)
    if len(text[c_start:c_end].split()) < MIN_INDIRECT_WORDS:
        return None
    return RawQuote(c_start, c_end, "indirect", cue, speaker)
