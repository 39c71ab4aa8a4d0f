"""Pairing quotation marks into quoted passages (pure text, character offsets).

Handles curly (“ ” ‘ ’), straight ("), guillemet (« ») and tokenised-corpus (`` '') marks;
quotes running over several paragraphs; the British convention where each new paragraph of a
quotation re-opens the quote without closing the previous paragraph; and unclosed quotes, which
end at the end of their paragraph.  Single quotes only count inside no double quote, and ’ only
closes a ‘ (otherwise it is an apostrophe).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# (the ‘ not after a word character nor an apostrophe is tested after it, so that every
# alternative starts with a mark: the pattern then skips to the next mark character, three
# times faster than trying each place of a text)
_MARK = re.compile(r"``|''|[“”«»„\"]|‘(?<![\w’']‘)|’(?![\w])")
_OPENERS = {"“": "”", "«": "»", "„": "“", "``": "''", '"': '"', "‘": "’", "''": "''"}
# Closers accepted for each opener (typography in news is often mixed).
_CLOSERS = {
    "“": {"”", '"', "''"},
    "«": {"»"},
    "„": {"“", "”"},
    "``": {"''", "”"},
    '"': {'"', "”"},
    "''": {"''", "”"},  # some corpora (NYT in PolNeAR) open and close with two apostrophes
    "‘": {"’"},
}
# A quote still open after this many characters without a closing mark is cut at its
# paragraph end (longest closed quotes in PolNeAR train are ~1,500 chars; chosen by eye).
MAX_QUOTE = 3000


@dataclass(frozen=True, slots=True)
class Quoted:
    """A quoted passage: marks at ``open_at`` / ``close_at`` (None when unclosed)."""

    open_at: int
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    close_end: int  # one past the closing mark (== end when unclosed)
    closed: bool
    paragraphs: int  # how many paragraphs the quote runs over


def _opens(text: str, m: re.Match[str]) -> bool:
    """Whether a mark opens a quote here (straight double quotes decided by context)."""
    mark = m.group()
    if mark not in {'"', "''"}:
        return mark in _OPENERS and mark not in {"”", "»"}
    before = text[m.start() - 1] if m.start() else " "
    after = text[m.end()] if m.end() < len(text) else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def _line_break(text: str, start: int, stop: int) -> int:
    """Position of the first line break in ``text[start:stop]`` or -1."""
    return text.find("\n", start, stop)


def _continues(text: str, nl: int) -> tuple[str, int]:
    """What follows a line break inside an open quote.

    Returns ("reopen", position after the re-opening mark), ("wrap", nl) for a hard-wrapped
    line inside a paragraph, or ("close", nl).
    """
    j = nl
    while j < len(text) and text[j].isspace():
        j += 1
    blank = text.count("\n", nl, j) > 1
    for opener in ("“", "``", "''", '"', "«", "‘"):
        if text.startswith(opener, j):
            return "reopen", j + len(opener)
    prev = text[:nl].rstrip()
    ends_sentence = bool(prev) and prev[-1] in ".!?:;"
    if blank or ends_sentence or j >= len(text):
        return "close", nl
    return "wrap", nl


def find_quoted(text: str) -> list[Quoted]:
    """All quoted passages of ``text`` in order."""
    out: list[Quoted] = []
    marks = list(_MARK.finditer(text))
    i = 0
    while i < len(marks):
        m = marks[i]
        if not _opens(text, m):
            i += 1
            continue
        quoted, i = _follow(text, marks, i)
        if quoted is not None and quoted.end > quoted.start:
            out.append(quoted)
    return out


# The marks a quote can open with (:func:`_opens`: the closing ” and » never do)
_OPENING = ("“", "«", "„", "``", "‘", '"', "''")


@lru_cache(maxsize=4096)  # the align stage asks once per candidate pair an article is in
def may_quote(text: str) -> bool:
    """Whether ``text`` holds a mark a quote can open with: without one :func:`find_quoted`
    finds nothing (a quick test, a few substring scans)."""
    return any(m in text for m in _OPENING)


@lru_cache(maxsize=1024)
def quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the quoted passages of ``text``, their marks included, in order (cached: an
    article's quotes are asked for once per linked pair)."""
    return tuple((q.open_at, q.close_end) for q in find_quoted(text))


def _follow(text: str, marks: list[re.Match[str]], i: int) -> tuple[Quoted | None, int]:
    """Follow the quote opened by ``marks[i]``; return it and the index of the next mark."""
    opener = marks[i].group()
    start = pos = marks[i].end()
    paragraphs = 1
    j = i + 1
    while True:
        nxt = marks[j] if j < len(marks) else None
        limit = nxt.start() if nxt is not None else len(text)
        nl = _line_break(text, pos, limit)
        if nl >= 0:
            what, where = _continues(text, nl)
            if what == "close" or where - start > MAX_QUOTE:
                end = _rstrip(text, start, nl)
                return Quoted(marks[i].start(), start, end, end, False, paragraphs), _skip(
                    marks, j, nl
                )
            if what == "reopen":
                paragraphs += 1
                while j < len(marks) and marks[j].start() < where:
                    j += 1
            pos = where if what == "reopen" else nl + 1
            continue
        if nxt is None:
            end = _rstrip(text, start, len(text))
            return Quoted(marks[i].start(), start, end, end, False, paragraphs), j
        mark = nxt.group()
        ambiguous = mark in {'"', "''"}
        if mark in _CLOSERS.get(opener, set()) and not (ambiguous and _opens(text, nxt)):
            return Quoted(marks[i].start(), start, nxt.start(), nxt.end(), True, paragraphs), j + 1
        if ambiguous and opener == mark:  # a straight quote that looks like an opener
            return Quoted(marks[i].start(), start, nxt.start(), nxt.end(), True, paragraphs), j + 1
        if opener == "‘" or mark in {"‘", "’"}:
            if opener == "‘" and mark in {"“", '"', "``"}:  # a single quote never closed
                return None, j
            j += 1
            pos = nxt.end()
            continue
        if _opens(text, nxt) and opener != "‘":
            # A new quote opens before this one closed: cut this one before it.
            end = _rstrip(text, start, nxt.start())
            return Quoted(marks[i].start(), start, end, end, False, paragraphs), j
        j += 1
        pos = nxt.end()


def _skip(marks: list[re.Match[str]], j: int, pos: int) -> int:
    while j < len(marks) and marks[j].start() < pos:
        j += 1
    return j


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
