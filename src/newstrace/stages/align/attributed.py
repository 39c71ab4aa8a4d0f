"""Sentences that name another outlet as their source, aligned with that outlet's articles.

A briefing or an aggregator retells other outlets' stories in a sentence each and names them:
"Harwick General Hospital has opened a £9 million urgent treatment centre for minor injuries,
reports the Harwick Standard."  Retold in other words, such a sentence shares too few words
with any sentence of the story to seed a passage, and the two texts too few rare word runs to
be a candidate pair at all.  But it names its source (:func:`.credits.attributions`), and the
corpus may hold that outlet's article: the sentence is paired with the one of the outlet's
articles published within :data:`WINDOW_DAYS` of it that shares the most of its content stems
(:func:`candidates`, through an index of the outlet's stems) and aligned with the one or two
consecutive sentences of it that share the most (:func:`passages`), when they share enough.
Without such an article the sentence stays unlinked, as before.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

import numpy as np

from newstrace.records import Article
from newstrace.stages.align.align import Detection
from newstrace.stages.align.sentences import DocSentences
from newstrace.text.credits import attributions, outlet_names

# How far apart in days an attributed sentence and the outlet's article may be published (a
# briefing retells the last days' stories; undated articles are paired regardless).  Chosen
# by reasoning, not tuned.
WINDOW_DAYS = 3
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


def candidates(
    arts: Sequence[Article],
    docs: Docs,
    published: Sequence[float | None],
    allowed: Callable[[np.ndarray, np.ndarray], np.ndarray],
    query: np.ndarray | None = None,
) -> tuple[np.ndarray, dict[int, Chosen]]:
    """Pair keys ``i << 32 | j`` (i < j) of each article ``j`` with an attributed sentence
    and the named outlet's article ``i`` sharing the most content stems with it (published
    within :data:`WINDOW_DAYS`; the nearer in time on a tie), and those choices by article
    (for :func:`passages`); ``published``: each article's time (POSIX seconds, None:
    undated); ``allowed``: the candidate filter of the other indexes (window, duplicate
    groups); ``query``: the new articles' mask (a pair must hold one)."""
    by_outlet: dict[str, list[int]] = defaultdict(list)
    fresh: set[str] = set()  # the outlets with a new article
    for i, art in enumerate(arts):
        for key in outlet_names(art.source):
            by_outlet[key].append(i)
            if query is None or query[i]:
                fresh.add(key)
    indexes: dict[str, dict[int, list[int]]] = {}
    chosen: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    known = frozenset(by_outlet)
    for j, art in enumerate(arts):
        for start, end, outlet in attributions(art.text, known, outlet_names(art.source)):
            if query is not None and not query[j] and outlet not in fresh:
                continue  # an old sentence and the outlet's old articles: paired before
            if outlet not in indexes:
                indexes[outlet] = _index(by_outlet[outlet], docs)
            src = _best(j, _stems(docs(j), start, end), indexes[outlet], published)
            if src is not None and (query is None or query[src] or query[j]):
                chosen[j].append((start, end, src))
    keys = [min(i, j) << 32 | max(i, j) for j, found in chosen.items() for _, _, i in found]
    if not keys:
        return np.zeros(0, dtype=np.int64), {}
    out = np.unique(np.asarray(keys, dtype=np.int64))
    ok = out[allowed(out >> 32, out & 0xFFFFFFFF)]
    kept = set(ok.tolist())
    return ok, {
        j: found
        for j, sentences in chosen.items()
        if (found := tuple(x for x in sentences if min(x[2], j) << 32 | max(x[2], j) in kept))
    }


def _index(members: list[int], docs: Docs) -> dict[int, list[int]]:
    """Which of an outlet's articles (``members``) hold each content stem."""
    out: dict[int, list[int]] = defaultdict(list)
    for i in members:
        for stem in frozenset().union(*docs(i).content):
            out[stem].append(i)
    return out


def _near(a: float | None, b: float | None) -> bool:
    return a is None or b is None or abs(a - b) <= WINDOW_DAYS * 86400.0


def _best(
    j: int,
    words: frozenset[int],
    index: dict[int, list[int]],
    published: Sequence[float | None],
) -> int | None:
    """The article of ``index`` (not ``j``, published near it) sharing the most of ``words``
    (at least :data:`MIN_SHARED`), the nearer in time on a tie; None if there is none."""
    if len(words) < MIN_SHARED:
        return None
    counts: Counter[int] = Counter()
    for stem in words:
        holders = index.get(stem, ())
        if len(holders) <= MAX_POSTINGS:
            counts.update(holders)
    when = published[j]
    best = [
        (-n, abs((published[i] or 0.0) - (when or 0.0)), i)
        for i, n in counts.items()
        if i != j and n >= MIN_SHARED and _near(published[i], when)
    ]
    return min(best)[2] if best else None


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
        for start, end in spans:
            if any(start < e and s < end for s, e in taken):
                continue
            match = _window(_stems(b_doc, start, end), a_doc)
            if match is not None:
                (a0, a1), score = match
                d = Detection(a0, a1, start, end, "paraphrase", score)
                out.append(Detection(start, end, a0, a1, d.kind, d.score) if flip else d)
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
