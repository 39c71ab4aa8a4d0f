"""Sentences that name another outlet as their source, aligned with that outlet's articles.

A briefing or an aggregator retells other outlets' stories in a sentence each and names them:
"Harwick General Hospital has opened a £9 million urgent treatment centre for minor injuries,
reports the Harwick Standard."  Retold in other words, such a sentence shares too few words
with any sentence of the story to seed a passage, and the two texts too few rare word runs to
be a candidate pair at all.  But it names its source (:func:`.credits.attributions`), and the
corpus may hold that outlet's article: the sentence is paired with the one of the outlet's
articles published within :data:`WINDOW_DAYS` of it (or as far back as its words of when say:
"reported last week", :func:`window_days`) that shares the most of its content stems
(:func:`candidates`, through an index of the outlet's stems) and aligned with the one or two
consecutive sentences of it that share the most (:func:`passages`), when they share enough.
Without such an article the sentence stays unlinked, as before.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from newstrace.records import Article
from newstrace.stages.align.align import Detection
from newstrace.stages.align.sentences import DocSentences, SentenceTable
from newstrace.text.credits import outlet_names, source_attributions

# How far apart in days an attributed sentence and the outlet's article may be published (a
# briefing retells the last days' stories; undated articles are paired regardless).  Chosen
# by reasoning, not tuned.
WINDOW_DAYS = 3
# ... or as far back as the sentence says the outlet reported: "last week" up to two weeks,
# "this week" one, "this month" / "last month" two months (a feature citing a week-old story
# by name was linked to nothing: a review).  Read from the words, not tuned.
_WHEN_DAYS = (
    (re.compile(r"\b(?:last|this|earlier this)[ \t]+month\b"), 62.0),
    (re.compile(r"\blast[ \t]+week\b"), 14.0),
    (re.compile(r"\b(?:this|earlier this)[ \t]+week\b"), 7.0),
)
# Stems in more than this many of the outlet's articles are not looked up (they pick no
# article out, and their posting lists are what would cost at scale: "said" in every wire
# story); chosen by reasoning.
MAX_POSTINGS = 2000
# What the sentence and the outlet's one or two sentences must share: at least this many
# content stems, and this share of the attributed sentence's.  Set by reasoning on the
# briefing of an invented aggregator corpus, where the retold sentences share 6-9 stems
# with their story's lead and 1-2 with the same outlet's other stories; not tuned on any
# benchmark (no benchmark text names an outlet this way).
MIN_SHARED = 4
MIN_SHARE = 0.3

Docs = Callable[[int], DocSentences]
# an article's attributed sentences with the article chosen for each: (start, end, source)
Chosen = tuple[tuple[int, int, int], ...]
# by pair key, the old sentences that chose the pair's other end again in an incremental run:
# (article, start, end, whether the choice may differ from the earlier run's)
Rechosen = dict[int, list[tuple[int, int, int, bool]]]


def candidates(
    arts: Sequence[Article],
    docs: Docs,
    published: Sequence[float | None],
    allowed: Callable[[np.ndarray, np.ndarray], np.ndarray],
    query: np.ndarray | None = None,
    table: SentenceTable | None = None,
    rechosen: Rechosen | None = None,
    naming: dict[int, set[str]] | None = None,
    read: Read | None = None,
) -> tuple[np.ndarray, dict[int, Chosen]]:
    """Pair keys ``min(i, j) << 32 | max(i, j)`` of each article ``j`` with an attributed
    sentence and the named outlet's article ``i`` sharing the most content stems with it
    (published within :data:`WINDOW_DAYS`; the nearer in time on a tie), and those choices by
    article (for :func:`passages`); ``published``: each article's time (POSIX seconds, None:
    undated); ``allowed``: the candidate filter of the other indexes (window, duplicate
    groups); ``query``: the new articles' mask (a pair must hold one); ``table``: the sentence
    table ``docs`` reads, if any (the outlets' articles' stems are then read from its arrays
    instead of building each article's sentence data, :func:`_postings`); ``rechosen``, in an
    incremental run: gets the pairs of two old articles chosen again (an old sentence naming
    an outlet with a new article), whatever the filters say, with the sentences (:data:`
    Rechosen`; a choice may differ from the earlier run's when a stem of the sentence is one
    the batch took past :data:`MAX_POSTINGS` of the outlet's articles); ``naming``, in an
    incremental run: gets, for each old article with such a sentence, the outlet keys named;
    ``read``: the attributions of the corpus's articles, found by the first call of a run and
    read from there by the next (:class:`Read`).

    The sentences are read first and grouped by the outlet they name; each outlet's index
    (:class:`_Postings`: the stems of those sentences only) is built when its sentences are
    read and dropped after, one at a time, once for the keys that name the same articles
    (an agency's name and its initials)."""
    by_outlet: dict[str, list[int]] = defaultdict(list)
    fresh: set[str] = set()  # the outlets with a new article
    for i, art in enumerate(arts):
        for key in outlet_names(art.source):
            by_outlet[key].append(i)
            if query is None or query[i]:
                fresh.add(key)
    named = _named(arts, docs, frozenset(by_outlet), fresh, query, read)
    if naming is not None and query is not None:
        for outlet, sentences in named.items():
            for j, *_ in sentences:
                if not query[j] and outlet in fresh:
                    naming.setdefault(j, set()).add(outlet)
    shared: dict[tuple[int, ...], list[tuple[int, int, int, frozenset[int]]]] = defaultdict(list)
    for outlet, sentences in named.items():
        shared[tuple(by_outlet[outlet])] += sentences
    when = np.array([np.nan if t is None else t for t in published], dtype=np.float64)
    chosen: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for members, sentences in shared.items():
        wanted = frozenset().union(*(words for *_, words in sentences))
        index = _postings(np.asarray(members, dtype=np.int64), wanted, docs, table)
        crossed = _crossed(index, query) if rechosen is not None else frozenset()
        for j, start, end, words in sentences:
            src = _best(j, words, index, when, window_days(arts[j].text[start:end]))
            if src is not None and (query is None or query[src] or query[j]):
                chosen[j].append((start, end, src))
            elif src is not None and rechosen is not None:
                pair = min(src, j) << 32 | max(src, j)
                rechosen.setdefault(pair, []).append((j, start, end, bool(words & crossed)))
    keys = [min(i, j) << 32 | max(i, j) for j, found in chosen.items() for _, _, i in found]
    if not keys:
        return np.zeros(0, dtype=np.int64), {}
    out = np.unique(np.asarray(keys, dtype=np.int64))
    ok = out[allowed(out >> 32, out & 0xFFFFFFFF)]
    kept = set(ok.tolist())
    return ok, {
        j: found
        for j, sentences in sorted(chosen.items())
        if (
            found := tuple(
                x for x in sorted(sentences) if min(x[2], j) << 32 | max(x[2], j) in kept
            )
        )
    }


@dataclass(slots=True)
class Read:
    """Per article (by position) with any, its :func:`.credits.source_attributions` among the outlet
    keys ``known``: a run asks for them more than once (the credited sentences of old pairs
    aligned again), and reading every article's text again cost about as much as the first
    reading (3 s per 100,000 synthetic articles)."""

    known: frozenset[str] = frozenset()
    found: dict[int, tuple[tuple[int, int, str], ...]] | None = None

    def of(
        self, arts: Sequence[Article], known: frozenset[str]
    ) -> dict[int, tuple[tuple[int, int, str], ...]]:
        if self.found is None or self.known != known:
            self.known, self.found = known, {}
            for j, art in enumerate(arts):
                if got := source_attributions(art.text, known, outlet_names(art.source)):
                    self.found[j] = got
        return self.found


def _named(
    arts: Sequence[Article],
    docs: Docs,
    known: frozenset[str],
    fresh: set[str],
    query: np.ndarray | None,
    read: Read | None = None,
) -> dict[str, list[tuple[int, int, int, frozenset[int]]]]:
    """By outlet key: ``(j, start, end, stems)`` of each sentence of an article ``j`` naming
    it (:func:`.credits.attributions`) with at least :data:`MIN_SHARED` content stems (one
    with fewer picks no article out); in an incremental run (``query``) not an old sentence
    naming an outlet without a new article (that pair was made before)."""
    out: dict[str, list[tuple[int, int, int, frozenset[int]]]] = defaultdict(list)
    for j, found in (read or Read()).of(arts, known).items():
        for start, end, outlet in found:
            if query is not None and not query[j] and outlet not in fresh:
                continue  # an old sentence and the outlet's old articles: paired before
            words = _stems(docs(j), start, end)
            if len(words) >= MIN_SHARED:
                out[outlet].append((j, start, end, words))
    return out


@dataclass(frozen=True, slots=True)
class _Postings:
    """Which of an outlet's articles hold each stem: ``docs[ptr[k]:ptr[k + 1]]`` (ascending)
    for ``stems[k]`` (ascending); ``stems`` holds only those that some sentence naming the
    outlet has, with their full posting lists (so :data:`MAX_POSTINGS` counts all the
    outlet's articles, as a whole index would)."""

    stems: np.ndarray  # int64
    ptr: np.ndarray  # int64, len(stems) + 1
    docs: np.ndarray  # int32


def _postings(
    members: np.ndarray, wanted: frozenset[int], docs: Docs, table: SentenceTable | None
) -> _Postings:
    """The :class:`_Postings` of the content stems in ``wanted`` over the articles
    ``members`` (ascending), from ``table``'s arrays when given, else from ``docs``.  Built
    per article as Python lists of each stem's holders, the index of an agency (every stem of
    each of its stories) cost 3.6 s per 10,000 synthetic articles and rebuilt every story's
    sentence data; see docs/performance.md."""
    want = np.fromiter(wanted, dtype=np.int64, count=len(wanted))
    want.sort()
    parts = []
    for lo in range(0, len(members), _CHUNK):
        chunk = members[lo : lo + _CHUNK]
        stems, owner = _table_stems(table, chunk) if table is not None else _doc_stems(docs, chunk)
        keep = np.isin(stems, want)
        parts.append(np.unique(stems[keep] << 32 | owner[keep]))
    keys = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
    del parts
    keys.sort()  # by stem, then article (the chunks' articles do not overlap)
    held = keys >> 32
    starts = np.flatnonzero(np.concatenate(([len(held) > 0], held[1:] != held[:-1])))
    stems = held[starts]
    del held
    ptr = np.append(starts, len(keys)).astype(np.int64)
    return _Postings(stems, ptr, (keys & 0xFFFFFFFF).astype(np.int32))


# Articles read at a time by :func:`_postings` (bounds its temporary arrays: about 40 MB for
# 4,096 synthetic articles of 400 words); not tuned.
_CHUNK = 4096


def _table_stems(table: SentenceTable, members: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The content stems of the sentences of the documents ``members`` of ``table`` (as
    :attr:`DocSentences.content` holds them) and the document of each, as int64 arrays
    (repeats included)."""
    a = table.row_ptr[table.doc_ptr[members]]
    b = table.row_ptr[table.doc_ptr[members + 1]]
    lengths = b - a
    starts = np.repeat(a - np.cumsum(lengths) + lengths, lengths)
    stems = table.stems[starts + np.arange(int(lengths.sum()), dtype=np.int64)].astype(np.int64)
    owner = np.repeat(members, lengths)
    content = stems >= table.vocab.n_stop
    return stems[content], owner[content]


def _doc_stems(docs: Docs, members: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_table_stems` read from each member's :attr:`DocSentences.content`."""
    rows = [np.fromiter(frozenset().union(*docs(i).content), dtype=np.int64) for i in members]
    stems = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    return stems, np.repeat(members, [len(r) for r in rows])


def window_days(sentence: str) -> float:
    """How many days from an attributed ``sentence`` the named outlet's article may be:
    :data:`WINDOW_DAYS`, or as far back as its words of when say (:data:`_WHEN_DAYS`)."""
    for pattern, days in _WHEN_DAYS:
        if pattern.search(sentence):
            return days
    return float(WINDOW_DAYS)


def _best(
    j: int, words: frozenset[int], index: _Postings, when: np.ndarray, days: float = WINDOW_DAYS
) -> int | None:
    """The article of ``index`` (not ``j``, published within ``days`` of it: ``when``, POSIX
    seconds, NaN when undated) sharing the most of ``words`` (at least :data:`MIN_SHARED`),
    the nearer in time on a tie, then the first; None if there is none.  Stems held by more
    than :data:`MAX_POSTINGS` of the outlet's articles are not counted."""
    if len(words) < MIN_SHARED or not len(index.stems):
        return None
    q = np.fromiter(words, dtype=np.int64, count=len(words))
    at = np.searchsorted(index.stems, q)
    hit = at < len(index.stems)
    hit[hit] = index.stems[at[hit]] == q[hit]
    at = at[hit]
    lo, hi = index.ptr[at], index.ptr[at + 1]
    small = hi - lo <= MAX_POSTINGS
    runs = [index.docs[x:y] for x, y in zip(lo[small].tolist(), hi[small].tolist(), strict=True)]
    if not runs:
        return None
    ids, counts = np.unique(np.concatenate(runs), return_counts=True)
    t, w = when[ids], when[j]
    near = np.isnan(t) | np.isnan(w) | (np.abs(t - w) <= days * 86400.0)
    ok = (ids != j) & (counts >= MIN_SHARED) & near
    if not ok.any():
        return None
    ids, counts, t = ids[ok], counts[ok], t[ok]
    gap = np.abs(np.nan_to_num(t, nan=0.0) - (0.0 if np.isnan(w) else w))
    return int(ids[np.lexsort((ids, gap, -counts))[0]])


def _crossed(index: _Postings, query: np.ndarray | None) -> frozenset[int]:
    """The stems of ``index`` that the new articles (``query``) took past
    :data:`MAX_POSTINGS`: no longer counted, they may change an old sentence's choice."""
    if query is None or not len(index.stems):
        return frozenset()
    held = np.diff(index.ptr)
    fresh = np.add.reduceat(query[index.docs].astype(np.int64), index.ptr[:-1])
    past = (held > MAX_POSTINGS) & (held - fresh <= MAX_POSTINGS)
    return frozenset(index.stems[past].tolist())


def _stems(doc: DocSentences, start: int, end: int) -> frozenset[int]:
    """The content stems of the sentences of ``doc`` inside ``[start, end)``."""
    return frozenset().union(
        *(c for (s, e), c in zip(doc.spans, doc.content, strict=True) if s >= start and e <= end)
    )


def passages(
    src_doc: DocSentences,
    tgt_doc: DocSentences,
    found: Sequence[Detection],
    chosen: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]],
) -> list[Detection]:
    """Paraphrase passages of the attributed sentences of either text whose chosen source is
    the other (``chosen``: the sentence spans of the source's and of the target's,
    :func:`candidates`) that the passages ``found`` do not hold already, each with the one
    or two consecutive sentences of the other that share the most stems with it (see
    :data:`MIN_SHARED`)."""
    out = []
    for a_doc, b_doc, spans, flip in ((src_doc, tgt_doc, chosen[1], False),
                                      (tgt_doc, src_doc, chosen[0], True)):  # fmt: skip
        taken = [(d.src_start, d.src_end) if flip else (d.tgt_start, d.tgt_end) for d in found]
        for start, end in (x for span in spans for x in _untaken(b_doc, *span, taken)):
            match = _window(_stems(b_doc, start, end), a_doc)
            if match is not None:
                (a0, a1), score = match
                d = Detection(a0, a1, start, end, "paraphrase", score)
                out.append(Detection(start, end, a0, a1, d.kind, d.score) if flip else d)
    return out


def _untaken(
    doc: DocSentences, start: int, end: int, taken: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The runs of consecutive sentences of ``doc`` inside ``[start, end)`` that no span of
    ``taken`` overlaps: an attributed sentence, or the part of a newsletter's credited item
    (its heading, retold) that the passages found do not hold already."""
    out: list[tuple[int, int]] = []
    last = -1
    for k, (s, e) in enumerate(doc.spans):
        if s < start or e > end or any(s < b and a < e for a, b in taken):
            continue
        if out and last == k - 1:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
        last = k
    return out


def _window(words: frozenset[int], doc: DocSentences) -> tuple[tuple[int, int], float] | None:
    """The span of the one or two consecutive sentences of ``doc`` sharing the most of
    ``words`` (the fewer sentences on a tie), and the share of ``words`` they hold; None when
    they share too little."""
    if not words:
        return None
    best: tuple[int, int, tuple[int, int]] | None = None
    content = doc.content
    for k in range(len(doc.spans)):
        for n in (1, 2):
            if k + n > len(doc.spans):
                break
            shared = len(words & frozenset().union(*content[k : k + n]))
            if best is None or (shared, -n) > (best[0], -best[1]):
                best = (shared, n, (doc.spans[k][0], doc.spans[k + n - 1][1]))
    if best is None or best[0] < MIN_SHARED or best[0] < MIN_SHARE * len(words):
        return None
    return best[2], round(best[0] / len(words), 4)
