"""Sentences that name another outlet as their source, aligned with that outlet's articles.

A briefing or an aggregator retells other outlets' stories in a sentence each and names them:
"Harwick General Hospital has opened a £9 million urgent treatment centre for minor injuries,
reports the Harwick Standard."  Retold in other words, such a sentence shares too few words
with any sentence of the story to seed a passage, and the two texts too few rare word runs to
be a candidate pair at all.  But it names its source (:func:`.credits.attributions`), and the
corpus may hold that outlet's article: the sentence is paired with the outlet's articles
published within :data:`WINDOW_DAYS` of it (:func:`candidates`) and aligned with the one or
two consecutive sentences of each that share the most of its words (:func:`passages`), when
they share enough of them.  Without such an article the sentence stays unlinked, as before.
"""

from __future__ import annotations

from collections import defaultdict
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
# The outlet's articles paired with one attributed sentence: the best this many by the
# stems they share with it (an outlet publishes many articles a day).
TOP = 3
# What the sentence and the outlet's one or two sentences must share: at least this many
# content stems, and this share of the attributed sentence's.  Set by reasoning on the
# briefing of an invented aggregator corpus, where the retold sentences share 6-9 stems
# with their story's lead and 1-2 with the same outlet's other stories; not tuned on any
# benchmark (no benchmark text names an outlet this way).
MIN_SHARED = 4
MIN_SHARE = 0.3

Docs = Callable[[int], DocSentences]
Named = tuple[tuple[int, int, str], ...]  # attributed sentences: (start, end, outlet key)


def candidates(
    arts: Sequence[Article],
    docs: Docs,
    published: Sequence[float | None],
    allowed: Callable[[np.ndarray, np.ndarray], np.ndarray],
    query: np.ndarray | None = None,
) -> tuple[np.ndarray, dict[int, Named]]:
    """Pair keys ``i << 32 | j`` (i < j) of each article with an attributed sentence and the
    named outlet's articles that share the most with it (see :data:`TOP`), and the
    attributed sentences of each article that name an outlet of the corpus (by index, for
    :func:`passages`); ``published``: each article's time (POSIX seconds, None: undated);
    ``allowed``: the candidate filter of the other indexes (window, duplicate groups);
    ``query``: the new articles' mask (a pair must hold one)."""
    by_outlet: dict[str, list[int]] = defaultdict(list)
    for i, art in enumerate(arts):
        for key in outlet_names(art.source):
            by_outlet[key].append(i)
    keys: list[int] = []
    named: dict[int, Named] = {}
    for j, art in enumerate(arts):
        mine = tuple(x for x in attributions(art.text) if x[2] in by_outlet)
        if mine:
            named[j] = mine
        for start, end, outlet in mine:
            found = [i for i in by_outlet[outlet] if i != j]
            found = [i for i in found if _near(published[i], published[j])]
            if query is not None:
                found = [i for i in found if query[i] or query[j]]
            if found:
                keys.extend(_best(j, start, end, found, docs))
    if not keys:
        return np.zeros(0, dtype=np.int64), named
    out = np.unique(np.asarray(keys, dtype=np.int64))
    return out[allowed(out >> 32, out & 0xFFFFFFFF)], named


def _near(a: float | None, b: float | None) -> bool:
    return a is None or b is None or abs(a - b) <= WINDOW_DAYS * 86400.0


def _best(j: int, start: int, end: int, found: list[int], docs: Docs) -> list[int]:
    """Keys of ``j`` and the best :data:`TOP` of ``found`` for its sentence ``[start, end)``."""
    words = _stems(docs(j), start, end)
    if len(words) < MIN_SHARED:
        return []
    scored = []
    for i in found:
        shared = len(words & frozenset().union(*docs(i).content))
        if shared >= MIN_SHARED:
            scored.append((-shared, i))
    return [min(i, j) << 32 | max(i, j) for _, i in sorted(scored)[:TOP]]


def _stems(doc: DocSentences, start: int, end: int) -> frozenset[int]:
    """The content stems of the sentences of ``doc`` inside ``[start, end)``."""
    return frozenset().union(
        *(c for (s, e), c in zip(doc.spans, doc.content, strict=True) if s >= start and e <= end)
    )


def passages(
    src: Article,
    src_doc: DocSentences,
    tgt: Article,
    tgt_doc: DocSentences,
    found: Sequence[Detection],
    named: tuple[Named, Named] = ((), ()),
) -> list[Detection]:
    """Paraphrase passages of the sentences of either text attributed to the other's outlet
    (``named``: the attributed sentences of ``src`` and ``tgt``, :func:`candidates`) that the
    passages ``found`` do not hold already, each with the one or two consecutive sentences of
    the other that share the most stems with it (see :data:`MIN_SHARED`)."""
    out = []
    for a, a_doc, b_named, b_doc, flip in ((src, src_doc, named[1], tgt_doc, False),
                                           (tgt, tgt_doc, named[0], src_doc, True)):  # fmt: skip
        if not b_named:
            continue
        names = outlet_names(a.source)
        taken = [(d.src_start, d.src_end) if flip else (d.tgt_start, d.tgt_end) for d in found]
        for start, end, outlet in b_named:
            if outlet not in names or any(start < e and s < end for s, e in taken):
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
