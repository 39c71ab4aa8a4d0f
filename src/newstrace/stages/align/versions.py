"""Which member of a near-duplicate group a copy was taken from.

A near group holds one text and its copies; every member is derived from the group's
canonical copy (the earliest, when the dates say so).  But an outlet often issues its text
again: a release re-issued with a corrected figure, a report updated during the day.  A copy
of such a version is that version's copy, not the first one's: an investor site posting a
corrected release has the corrected figure.  :func:`version_sources` names, for each member
of an ordered group, the version of the canonical copy's outlet published before it whose
words it keeps most closely (the longest common word sequence), the canonical copy when none
is closer.
Versions are the outlet's own: two papers reprinting a wire story that trimmed it alike are
closer to each other than to the wire, and the wire is still the source of both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import tzinfo

from rapidfuzz.distance import Indel, LCSseq, Levenshtein

from newstrace.records import Article, DuplicateGroup
from newstrace.text.times import common_zone, earlier

# Groups of more members keep their canonical copy as every member's source: versions of
# one text are a handful (the write-thru and correction corpora have four or five), and a
# group of hundreds is a mass reprint, whose members would cost a comparison each with
# every earlier version.  Set by reasoning, not tuned.
VERSION_GROUP_MAX = 20
_WORD = re.compile(r"\w+")


def version_sources(
    articles: Sequence[Article], groups: Sequence[DuplicateGroup], sources: dict[str, str]
) -> dict[str, str]:
    """``sources`` (a duplicate's id -> its canonical copy's id) with each member of an
    ordered near group of up to :data:`VERSION_GROUP_MAX` members traced to its closest
    earlier version instead (see the module)."""
    by_id = {a.id: a for a in articles}
    out = dict(sources)
    for g in groups:
        if g.kind != "near" or not g.ordered or len(g.members) > VERSION_GROUP_MAX:
            continue
        canon = by_id.get(g.canonical)
        if canon is None:
            continue
        versions = [by_id[m] for m in g.members if m in by_id and _same_outlet(by_id[m], canon)]
        # a time without a zone is read as the group's ordering read it (stages.dedup), and
        # a date alone is a day, not its midnight
        zone = common_zone(by_id[m].published for m in g.members if m in by_id)

        def before(a: Article, b: Article, zone: tzinfo = zone) -> bool:
            return earlier(a.published, b.published, zone)

        for m in g.members:
            if out.get(m) == g.canonical and m in by_id:
                out[m] = _closest_before(by_id[m], canon, versions, before)
    return out


def _same_outlet(a: Article, b: Article) -> bool:
    return bool(a.source) and a.source == b.source


def _closest_before(
    member: Article,
    canon: Article,
    versions: Sequence[Article],
    before: Callable[[Article, Article], bool],
) -> str:
    """The version published ``before`` ``member`` that holds most of its words in their
    order (a copy leaves out what it likes, but its words are its source's); the canonical
    copy on a tie or when nothing else is earlier (the earliest version wins a tie)."""
    first = [v for v in versions if v.id not in (member.id, canon.id) and before(v, member)]
    if not first:
        return canon.id
    words = _words(member.text)
    best, kept = canon.id, LCSseq.similarity(_words(canon.text), words)
    for v in sorted(first, key=lambda v: (sum(before(o, v) for o in first), v.id)):
        n = LCSseq.similarity(_words(v.text), words)
        if n > kept:
            best, kept = v.id, n
    return best


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def changed_words(old: str, new: str) -> set[str]:
    """The words (lower case) that ``new`` put in ``old``'s place or added to it: what an
    update or a correction changed ("Three" of "Three workers were injured" for "Two")."""
    a, b = _words(old), _words(new)
    return {
        w for op in Indel.opcodes(a, b) if op.tag != "equal" for w in b[op.dest_start : op.dest_end]
    }


def words_in(
    text: str, inside: Sequence[tuple[int, int]], outside: Sequence[tuple[int, int]]
) -> set[str]:
    """The words (lower case) of ``text`` lying in spans of ``inside`` and in none of
    ``outside``."""
    out: set[str] = set()
    for start, end in inside:
        for m in _WORD.finditer(text, start, end):
            if not any(s <= m.start() and m.end() <= e for s, e in outside):
                out.add(m.group().lower())
    return out


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_NEXT_WORD = re.compile(r"[^\w\n]{0,3}([^\W\d_]+)")  # the word after a figure ("$44.2 million")


def changed_figures(old_text: str, new_text: str) -> list[tuple[str, str, frozenset[str]]]:
    """The figures ``new_text`` put in the place of ``old_text``'s, as (old, new, words after
    the new one in ``new_text``): a corrected re-issue's "$44.2 million" for "$41.2 million"
    gives ("41.2", "44.2", {"million"}).  Only a figure new to ``new_text`` replacing one it
    no longer gives: a figure both print ("44 shops") is no correction (a review)."""
    a, b = _FIGURE.findall(old_text), _FIGURE.findall(new_text)
    gone, added = set(a) - set(b), set(b) - set(a)
    out: list[tuple[str, str, frozenset[str]]] = []
    for op in Levenshtein.opcodes(a, b):
        if op.tag != "replace":
            continue
        olds, news = a[op.src_start : op.src_end], b[op.dest_start : op.dest_end]
        for old, new in zip(olds, news, strict=False):
            if old in gone and new in added:
                out.append((old, new, _words_after(new_text, new)))
    return out


def holds_corrected_figure(text: str, changes: Sequence[tuple[str, str, frozenset[str]]]) -> bool:
    """Whether ``text`` gives a corrected figure of ``changes`` with a word that follows it in
    the correcting version ("$44.2 million"; a worker's age "47, said" is not "47 jobs"), and
    not the figure it replaced."""
    figures = set(_FIGURE.findall(text))
    return any(
        new in figures and old not in figures and _words_after(text, new) & after
        for old, new, after in changes
    )


def _words_after(text: str, figure: str) -> frozenset[str]:
    """The words (lower case) right after each place ``text`` gives ``figure``."""
    out = set()
    for m in re.finditer(r"(?<![\d.,])" + re.escape(figure) + r"(?![\d]|[.,]\d)", text):
        n = _NEXT_WORD.match(text, m.end())
        if n:
            out.add(n.group(1).lower())
    return frozenset(out)
