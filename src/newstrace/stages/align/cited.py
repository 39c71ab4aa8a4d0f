"""Words of one text quoted by another (pure text, character offsets).

The sentence aligner weighs whole sentences, so a short run of one text's words quoted inside
a sentence of another goes unseen when the sentences around it differ: a fact-check's "The
Evening Sentinel reported on Monday that "youth unemployment has halved since 2024, falling
to 9 per cent"" shares one clause with the paper's sentence, and the two sentences' cosine
stays under the seed threshold.  Such a quote is the plainest evidence of reuse there is: a
run of at least :data:`MIN_WORDS` words inside one text's quotation marks that the other text
holds *outside* its own quotation marks (the other is where the words were written, not a
fellow quoter of a speaker) is a verbatim passage, whatever the sentences around it.

Two texts quoting one speaker hold the words inside quotation marks on both sides, so they
are not matched here (the sentence aligner finds them when the sentences agree, and the
pair's relation is then ``quotation``).  The quoting text's share of such a passage is not
counted as reuse (its passages inside quotation marks are quotes, see provenance), so a
fact-check is linked to the report it checks without being called derived from it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from newstrace.text.marks import may_quote, quoted_spans

# Shortest quoted run matched, in words.  Eight words of one text, in order, inside another's
# quotation marks are not chance (a common phrase such as "said in a statement on Monday that"
# is seven); chosen by reasoning, not tuned, and the benchmarks do not move with it.
MIN_WORDS = 8
# The cheap test before the word index is built: a quote's runs of _PROBE words starting at
# every _STEP-th word are looked for in the other text (lower case); a run of MIN_WORDS
# words holds one of them.
_PROBE = 4
_STEP = MIN_WORDS - _PROBE + 1
_WORD = re.compile(r"\w+")

# Quotations the origin may hold in marks :mod:`newstrace.text.marks` does not pair: ‚…‘
# (German single), ‹…›, 「…」 and 『…』, and 'straight single quotes' (opening at the start of
# a word, closing after one; an apostrophe inside a word or before one does not close), each
# within a line and at most _OTHER_MAX characters.  Words inside them are the origin's quote
# of a speaker, not its own text: a text quoting that speaker in double marks did not quote
# the origin.  Read on the origin's side only, where reading too many words as quoted only
# loses a match.
_OTHER_MAX = 1000
_OTHER_QUOTES = re.compile(
    rf"\u201a[^\u201a\u2018\u2019\n]{{1,{_OTHER_MAX}}}[\u2018\u2019]"
    rf"|\u2039[^\u2039\u203a\n]{{1,{_OTHER_MAX}}}\u203a"
    rf"|\u300c[^\u300c\u300d\n]{{1,{_OTHER_MAX}}}\u300d"
    rf"|\u300e[^\u300e\u300f\n]{{1,{_OTHER_MAX}}}\u300f"
    rf"|(?<![\w'\u2019])'(?=\w)(?:[^'\n]|(?<=\w)'(?=\w)){{1,{_OTHER_MAX}}}?'(?!\w)"
)  # no opener inside its own quotation: a line of openers costs linear time

Run = tuple[int, int, int, int]  # (quoting start, end, origin start, end)


def quoted_runs(
    quoting: str,
    origin: str,
    min_chars: int,
    taken: Sequence[tuple[int, int]] = (),
) -> list[Run]:
    """Runs of at least :data:`MIN_WORDS` words (and ``min_chars`` characters) inside the
    quotation marks of ``quoting`` that ``origin`` holds outside its own, as character spans
    of both; a run overlapping a ``taken`` span of ``quoting`` (a passage found already) is
    left out."""
    if not may_quote(quoting):
        return []
    flat = flat_words(origin)
    quotes = [words for words, probes in _long_quotes(quoting) if any(p in flat for p in probes)]
    if not quotes:
        return []
    index, o_words = _index(origin)
    out: list[Run] = []
    for words in quotes:
        out.extend(_runs(words, o_words, index, min_chars))
    return [r for r in out if not any(r[0] < e and s < r[1] for s, e in taken)]


@lru_cache(maxsize=4096)  # a text is asked for once per candidate pair it is in
def _long_quotes(text: str) -> tuple[tuple[list[tuple[int, int, str]], tuple[str, ...]], ...]:
    """The words of each quoted passage of ``text`` of at least MIN_WORDS words, with its
    probes: its runs of _PROBE words at every _STEP-th word, as :func:`flat_words` writes them (a
    run of MIN_WORDS words of the quote holds one, so a quote none of whose probes is in the
    other text shares no run with it: a cheap necessary test)."""
    out = []
    for s, e in quoted_spans(text):
        words = _words(text, s, e)
        if len(words) >= MIN_WORDS:
            probes = tuple(
                " " + " ".join(w for _, _, w in words[i : i + _PROBE]) + " "
                for i in range(0, len(words) - _PROBE + 1, _STEP)
            )
            out.append((words, probes))
    return tuple(out)


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text, start, end)]


@lru_cache(maxsize=4096)  # a text is asked for once per candidate pair it is in
def flat_words(text: str) -> str:
    """The words of ``text`` in lower case, one space between, one before and after."""
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def _index(
    origin: str,
) -> tuple[dict[tuple[str, ...], list[int]], list[tuple[int, int, str]]]:
    """Where each MIN_WORDS-word run outside the quotation marks of ``origin`` (those of
    :func:`.marks.quoted_spans` and :data:`_OTHER_QUOTES`) starts."""
    words = _words(origin, 0, len(origin))
    spans = _merged([*quoted_spans(origin), *_other_quotes(origin)])
    starts = [s for s, _ in spans]

    def quoted(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and pos < spans[k][1]

    outside = [not quoted(s) for s, _, _ in words]
    index: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(words) - MIN_WORDS + 1):
        if all(outside[i : i + MIN_WORDS]):
            index.setdefault(tuple(w for _, _, w in words[i : i + MIN_WORDS]), []).append(i)
    return index, words


def _other_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of the quotations of :data:`_OTHER_QUOTES` in ``text``."""
    if not any(m in text for m in _OTHER_MARKS):
        return []
    return [m.span() for m in _OTHER_QUOTES.finditer(text)]


_OTHER_MARKS = ("\u201a", "\u2039", "\u300c", "\u300e", "'")


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, overlapping ones joined (for a search by start)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _runs(
    words: list[tuple[int, int, str]],
    o_words: list[tuple[int, int, str]],
    index: dict[tuple[str, ...], list[int]],
    min_chars: int,
) -> list[Run]:
    """The maximal runs of ``words`` (one quote) found in the index, left to right."""
    out: list[Run] = []
    i = 0
    while i <= len(words) - MIN_WORDS:
        hits = index.get(tuple(w for _, _, w in words[i : i + MIN_WORDS]))
        if not hits:
            i += 1
            continue
        j = hits[0]
        k = MIN_WORDS
        while i + k < len(words) and j + k < len(o_words) and words[i + k][2] == o_words[j + k][2]:
            k += 1
        run = (words[i][0], words[i + k - 1][1], o_words[j][0], o_words[j + k - 1][1])
        if min(run[1] - run[0], run[3] - run[2]) >= min_chars:
            out.append(run)
        i += k
    return out
