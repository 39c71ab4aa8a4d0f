"""Sentence splitting with character offsets (pure, no I/O).

:func:`sentence_spans` returns ``(start, end)`` pairs into the text it is given, trimmed of
surrounding whitespace.  A boundary is a run of ``.``, ``!`` or ``?`` (optionally followed by
closing quotes or brackets) then whitespace and an opening character (capital letter, digit,
opening quote or bracket), or a blank line.  It is not a boundary after a known abbreviation
(``Mr.``, ``Dr.``, ``No.`` before a number), an initial (``J. Smith``, ``U.S.``), or inside a
number (``3.5``).  Single newlines inside a paragraph (hard-wrapped text) are treated as spaces.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Titles and abbreviations after which a full stop does not end a sentence.
_ABBREVIATION_WORDS = (
    "mr mrs ms dr prof sir rev hon gen col lt sgt capt cmdr gov sen rep st mt ft jr sr "
    "co corp inc ltd plc bros dept univ assn est approx vs etc al fig eg ie cf ca "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
    "no nos vol pp op art"
)
ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split(" "))
# Abbreviations that end a sentence when followed by a capitalised word anyway, but not by a
# bracket: "Veltrana Robotics Inc. (Nasdaq: VLTR) today announced ..." is one sentence (a
# review: a company's releases shared "<DATELINE> -- Veltrana Robotics Inc." cut off as one).
_SOFT = frozenset({"etc", "inc", "ltd", "plc", "co", "corp", "jr", "sr"})

# German (and Scandinavian) ordinal dates: "am 1. Januar 2027".  The full stop after the
# day is no sentence end before a month name that is not English, before an English-spelt
# month followed by a year, or after a word that introduces a date ("am", "vom", "bis" ...);
# "rose to 12. August is ..." still splits.
_DAY_BEFORE = re.compile(r"(?:^|(?<=\s))(?:(\w+)\s+)?(?:[1-9]|[12][0-9]|3[01])\.$")
_MONTH_AFTER = re.compile(r"""\s+['"‘“(\[]*(\w+)(\s+\d{4}\b)?""")
_NON_ENGLISH_MONTHS = frozenset(
    ["januar", "jänner", "februar", "feber", "märz", "mai", "juni", "juli", "oktober", "dezember"]
)
_ENGLISH_SPELT_MONTHS = frozenset(["april", "august", "september", "november"])
_DATE_WORDS = frozenset(["am", "vom", "zum", "bis", "ab", "seit", "dem", "den", "zwischen", "und"])

# A sentence ends at . ! or ? with closing marks after it: English ' " ’ ” ) ], German “ (of
# „…“), French, Spanish and Italian » (of «…», in French after a space) and Swiss « (of »…«);
# the next one starts with a capital or a figure after opening marks, German „ ‚ and « » too
# (French « with its space).  Without the other languages' marks a quoted sentence ran on
# into the article's own next one (an audit: quoted shares of 0.53 where 0.30 was quoted).
_CLOSERS = "'\"’”“»«)]"
_BOUNDARY = re.compile(r"""[.!?]+(?:[ \u00a0\u202f]?»)?['"’”“»«)\]]*(?=\s)|\n[ \t]*\n""")
_OPENER = re.compile(r"""\s+(?:['"‘“„‚(\[]|[«»][ \u00a0\u202f]?)*[A-Z0-9À-Þ]""")
_SPACES = " \u00a0\u202f"
_WORD_BEFORE = re.compile(r"""([A-Za-z][A-Za-z.]*)\.$""")


def _is_abbreviation(text: str, dot: int, nxt: str, bracket: bool = False) -> bool:
    """Whether the full stop at ``dot`` belongs to an abbreviation or initial (``bracket``:
    the next word opens a bracket, after which a soft abbreviation goes on, see _SOFT)."""
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot + 1)
    if not m:
        return False
    word = m.group(1)
    low = word.lower().replace(".", "")
    if "." in word:  # U.S., e.g., a.m.: dotted abbreviations rarely end a news sentence
        return True
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return True
    if low in ABBREVIATIONS:
        if low == "no":
            return nxt.isdigit()
        return low not in _SOFT or bracket
    return False


def _ordinal_date(text: str, dot: int, after: int) -> bool:
    """Whether the full stop at ``dot`` follows the day of an ordinal date ("1. Januar")."""
    if dot == 0 or not text[dot - 1].isdigit():
        return False
    day = _DAY_BEFORE.search(text, max(0, dot - 24), dot + 1)
    if not day:
        return False
    month = _MONTH_AFTER.match(text, after)
    if not month:
        return False
    name = month.group(1).lower()
    if name in _NON_ENGLISH_MONTHS:
        return True
    if name not in _ENGLISH_SPELT_MONTHS:
        return False
    before = (day.group(1) or "").lower()
    return month.group(2) is not None or before in _DATE_WORDS


# Texts whose spans are kept: an article's sentences are asked for by several extractors in
# turn (dates, numbers, quotes, speakers: four splits of each text, 15% of the extract stage
# on the 10k synthetic corpus).  Few, as a kept text may be megabytes long.
KEPT_TEXTS = 4


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the sentences of ``text``, in order, without blank edges."""
    return list(_kept_spans(text))


@lru_cache(maxsize=KEPT_TEXTS)
def _kept_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_split(text))


def _split(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group().startswith("\n"):
            _add(text, start, m.start(), spans)
            start = end
            continue
        opener = _OPENER.match(text, end)
        if not opener:
            continue
        nxt = opener.group()[-1]
        single_dot = m.group().startswith(".") and len(m.group().rstrip(_CLOSERS + _SPACES)) == 1
        if single_dot and (
            _is_abbreviation(text, m.start(), nxt, "(" in opener.group())
            or _ordinal_date(text, m.start(), end)
        ):
            continue
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append ``[start, end)`` trimmed of whitespace, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentences(text: str) -> list[str]:
    """The sentence strings of ``text`` (convenience for tests and scripts)."""
    return [text[s:e] for s, e in sentence_spans(text)]
