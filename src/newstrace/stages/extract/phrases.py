"""Word tokens with offsets, reporting-verb cues and speaker noun phrases (rule based)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newstrace.stages.extract import lexicon
from newstrace.stages.extract.lexicon import word_set

_TOKEN = re.compile(r"\w+(?:[’'\-]\w+)*(?:[’']s)?|[^\w\s]")

# Words that cannot be inside a speaker noun phrase: a backwards walk from a cue stops there.
BOUNDARY = word_set("""
    and but or nor that which who whom whose when where while because if as since although though
    so than then to in on at for with by from into onto about after before over under between
    through during without against within upon like unlike despite is are was were be been being
    has have had do does did will would can could should may might must shall not also however
    meanwhile yet even still just only now already there here what how why it's there's this
    these those once again too very more most less least all both each every either neither no
    yes say says said saying told tell added adding
    monday tuesday wednesday thursday friday saturday sunday january february march april june
    july august september october november december today yesterday tonight tomorrow week month
    year morning afternoon evening night
    """)
TIME_WORDS = word_set("""
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday tonight tomorrow week
    month year morning afternoon evening night weekend
    """)
# Auxiliaries and adverbs that may stand between a speaker and a reporting verb; they belong
# to the cue ("has said", "also said", "is expected to say").
AUX = word_set("""
    has have had will would is are was were be been did does do also previously later then again
    once not never recently repeatedly reportedly publicly privately later already often
    frequently further shall should could can may might must just specifically
    """)
DETERMINERS = word_set("the a an his her their its our my your this that some one")
PRONOUNS = word_set("he she they it we i you who")
ABBREV = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Prof", "Rev", "St"})
MAX_NP = 8
MAX_APPOSITIVE = 16  # tokens between the commas of "NAME, a spokesman for X, said"
# Words before "to" + reporting verb that keep it a cue ("is expected to announce").
_TO_HEADS = word_set("expected set going due likely planning poised about able wants")


@dataclass(frozen=True, slots=True)
class Tok:
    """A word or punctuation token with its offsets."""

    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of ``text[start:end]`` with absolute offsets."""
    stop = len(text) if end is None else end
    return [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, stop)]


def _np_word(tok: Tok, prev: Tok | None) -> bool:
    """Whether ``tok`` can be part of a speaker noun phrase."""
    if tok.text == ".":
        return prev is not None and prev.text in ABBREV
    if tok.text in {"-", "’s", "'s"}:
        return True
    if not (tok.text[0].isalnum()):
        return False
    return tok.low not in BOUNDARY or tok.low == "that" and False


def speaker_before(toks: list[Tok], idx: int) -> tuple[int, int] | None:
    """Token range ``[i, idx)`` of the noun phrase ending right before ``toks[idx]``.

    An appositive or relative clause between commas is part of it ("Steve Coll, the dean of
    the journalism school, said"), as PolNeAR annotates sources.
    """
    if idx <= 0:
        return None
    if toks[idx - 1].text == ",":
        return _appositive(toks, idx)
    last = toks[idx - 1]
    if last.low in PRONOUNS:
        return (idx - 1, idx) if last.low != "who" else None
    idx = _skip_time(toks, idx)
    if idx <= 0:
        return None
    last = toks[idx - 1]
    if last.low in PRONOUNS:
        return (idx - 1, idx) if last.low != "who" else None
    i = idx
    while i > 0 and idx - i < MAX_NP:
        tok = toks[i - 1]
        prev = toks[i - 2] if i >= 2 else None
        if tok.text == ")":  # "Bernie Sanders (I-Vt.) said": keep the parenthesis
            opening = _opening_paren(toks, i - 1)
            if opening is None or opening == 0:
                break
            i = opening
            continue
        if tok.low in PRONOUNS or not _np_word(tok, prev):
            break
        i -= 1
        if tok.low in DETERMINERS and not (prev is not None and prev.low == "of"):
            break  # a determiner starts the noun phrase ("a gathering", not "use a gathering")
    while i < idx and toks[i].low in {"of", "-", "and"}:
        i += 1
    if i >= idx or toks[idx - 1].low in DETERMINERS or toks[idx - 1].low == "of":
        return None
    return i, idx


def _opening_paren(toks: list[Tok], close: int) -> int | None:
    """Index of the "(" matching the ")" at ``close``, within six tokens."""
    for k in range(close - 1, max(-1, close - 7), -1):
        if toks[k].text == "(":
            return k
    return None


def _appositive(toks: list[Tok], idx: int) -> tuple[int, int] | None:
    """``NAME, APPOSITIVE,`` right before ``toks[idx]`` (the closing comma at idx - 1)."""
    k = idx - 2
    while k >= 0 and idx - k <= MAX_APPOSITIVE and toks[k].text != ",":
        if toks[k].text in {".", ";", ":", "“", "”", '"', "''", "(", ")"}:
            return None
        k -= 1
    if k <= 0 or toks[k].text != "," or k + 1 >= idx - 1:
        return None
    inner = toks[k + 1]
    if not (inner.low in DETERMINERS or inner.low in {"who", "which"} or inner.text[0].isupper()):
        return None
    head = speaker_before(toks, k)
    if head is None or not toks[head[0]].text[0].isupper() or toks[head[0]].low in PRONOUNS:
        return None
    return head[0], idx


def _skip_time(toks: list[Tok], idx: int) -> int:
    """Step back over a time phrase between subject and verb ("James Cleverly in March")."""
    if idx >= 2 and toks[idx - 1].low in TIME_WORDS:
        j = idx - 1
        while j > 0 and toks[j - 1].low in {"last", "this", "next", "on", "in", "early", "late"}:
            j -= 1
        if j < idx - 1:
            return j
    return idx


def speaker_after(toks: list[Tok], idx: int) -> tuple[int, int] | None:
    """Token range ``[idx, j)`` of the noun phrase starting at ``toks[idx]``."""
    if idx >= len(toks):
        return None
    first = toks[idx]
    if first.low in PRONOUNS:
        return (idx, idx + 1) if first.low != "who" else None
    j = idx
    while j < len(toks) and j - idx < MAX_NP:
        tok = toks[j]
        prev = toks[j - 1] if j > idx else None
        if not _np_word(tok, prev) and not (tok.low == "the" or tok.low == "of"):
            break
        if tok.low in BOUNDARY:
            break
        j += 1
    while j > idx and toks[j - 1].low in DETERMINERS | {"of", "-"}:
        j -= 1
    return (idx, j) if j > idx else None


def cue_start(toks: list[Tok], verb: int) -> int:
    """Extend a reporting verb at ``toks[verb]`` backwards over auxiliaries ("has also said")."""
    i = verb
    while i > 0 and (toks[i - 1].low in AUX or toks[i - 1].low in {"n't", "to", "set", "expected"}):
        i -= 1
    return i


def is_cue(toks: list[Tok], k: int, strong: bool) -> bool:
    """Whether ``toks[k]`` is a reporting verb (``strong``: safe without quote marks).

    Not when passive after "be" ("to be admitted") or followed by an infinitive ("is
    expected to announce": the cue is the later verb).
    """
    verbs = lexicon.reporting_verbs() if strong else lexicon.quote_verbs()
    if toks[k].low not in verbs:
        return False
    if k > 0 and toks[k - 1].low in {"be", "been", "being"}:
        return False
    if k > 1 and toks[k - 1].low == "to" and toks[k - 2].low not in _TO_HEADS:
        return False  # a purpose infinitive ("a gathering ... to urge")
    return not (k + 1 < len(toks) and toks[k + 1].low == "to" and toks[k].low.endswith("ed"))
