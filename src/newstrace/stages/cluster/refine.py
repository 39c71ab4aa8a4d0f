"""Refinement of the stories touched by a batch of articles (online clustering).

The online step decides once per article, on the story centroids of that moment.  At the end
of each batch (:meth:`Clusterer.refine`; inside a long batch also every ``refine_every``
articles) the stories the batch touched are revisited with the features of its articles,
which are kept until then (older members are known only through the story centroids):

* **split**: a story whose members fall into two groups that share the topic but not the
  event (ECB+: two signings of one player, two arrests of players of one team) is split when
  the holders of one name or year (among the batch's members) and the rest of the story have
  centroids less similar than ``split_threshold``; the split is logged in
  ``ClusterState.merges`` with kind ``"split"``;
* **re-assignment** (k-means-like, one pass): a batch article whose best other story beats
  its own story (centroid without it) by ``move_margin`` and reaches the join threshold moves
  there; an article still alone ``single_age`` articles after it came moves to its best story
  when that reaches the join threshold minus ``single_slack`` (a younger one may be opening
  an event whose next articles have not come yet).  Articles joined through reuse links stay.

The cost is bounded by the batch: only its stories and articles are revisited, each article
compared with its index candidates as in the online step.
"""

from __future__ import annotations

import math
import re
import threading
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from newstrace.stages.cluster.features import ArticleFeatures, Vector
from newstrace.stages.cluster.online import Clusterer, _add, _normalise, _weigh, _Weighted
from newstrace.stages.cluster.state import MergeEvent, StoryState

# A number token that reads as a year; years and names are the split keys.
_YEAR = re.compile(r"(?:19|20)\d\d$")
# At most this many split keys (distinct holder groups) are tried per story, those whose
# support is nearest to half the story: bounds the cost on large stories.  ECB+ (5 orders):
# 24 -> event B3 F1 0.9242, refinement 2.5 s per 982 articles; 12 -> 0.9236, 1.9 s.
SPLIT_KEYS = 24
# An article whose own story (without it) still scores this much stays (skips the candidate
# search for most articles; ECB+ scores identical to re-scoring every article, 5 orders).
SETTLED = 0.5
_EPS = 1e-9
# article id -> normalised sub-vectors, for the length of one refinement (per thread)
_LOCAL = threading.local()


def _cache() -> dict[str, tuple[Vector, ...]]:
    cache: dict[str, tuple[Vector, ...]] = _LOCAL.__dict__.setdefault("raw", {})
    return cache


def split_keys(f: ArticleFeatures) -> set[str]:
    """Keys that can tell two events of one topic apart: entity names and years."""
    return {"e:" + k for k in f.entities} | {"y:" + t for t in f.numbers if _YEAR.match(t)}


def refine(c: Clusterer, chunk: Mapping[str, ArticleFeatures]) -> None:
    """Split and re-assign the stories touched by ``chunk`` (article id -> features, the
    articles of the last ``len(chunk)`` steps), then re-assign the lone articles that have
    waited ``single_age`` steps."""
    try:
        _refine(c, chunk)
    finally:
        _cache().clear()


def _refine(c: Clusterer, chunk: Mapping[str, ArticleFeatures]) -> None:
    st = c.st
    since = st.step - len(chunk)
    known = {aid: f for aid, f in chunk.items() if aid in st.assignment}
    for story in _stories_of(c, known):
        if story.id in st.stories:
            _split_check(c, story, known)
    for aid in sorted(known, key=lambda x: st.stories[st.assignment[x]].first_step):
        if len(st.stories[st.assignment[aid]].articles) > 1:
            _reassign(c, known[aid])
    for lone in _lone(c, since):
        _reassign(c, known.get(lone.articles[0]) or _as_article(lone))


def _lone(c: Clusterer, since: int) -> list[StoryState]:
    """Stories of one article started ``single_age`` steps ago or more, and not checked by
    an earlier refinement (started after ``since - single_age``): the newest lone articles
    may open an event whose next articles have not come yet.  Stories are kept in the order
    they were started, so this reads only the tail of ``ClusterState.stories``."""
    st, age = c.st, c.cfg.single_age
    out = []
    for sid in reversed(st.stories):
        s = st.stories[sid]
        if s.first_step <= since - age:
            break
        if len(s.articles) == 1 and s.first_step <= st.step - age:
            out.append(s)
    return out[::-1]


def _as_article(s: StoryState) -> ArticleFeatures:
    """The features of a story's only article, read back from its centroid (a sum of one
    normalised vector; the weighting re-normalises, so nothing is lost)."""
    return ArticleFeatures(
        article_id=s.articles[0],
        body=dict(s.body),
        lead=dict(s.lead),
        entities=dict(s.entities),
        numbers=dict(s.numbers),
        names=dict(s.names),
        title=s.label,
        published=s.first_seen,
        dense=np.asarray(s.dense, dtype=np.float32) if s.dense else None,
    )


def _stories_of(c: Clusterer, known: Mapping[str, ArticleFeatures]) -> list[StoryState]:
    sids = {c.st.assignment[aid] for aid in known}
    return sorted((c.st.stories[s] for s in sids), key=lambda s: s.first_step)


# -- vectors -----------------------------------------------------------------------------------


def _raw(f: ArticleFeatures) -> tuple[Vector, ...]:
    """An article's contribution to a story centroid (L2-normalised sub-vectors); cached by
    article id for the length of one refinement (it depends on the article alone)."""
    cache = _cache()
    raw = cache.get(f.article_id)
    if raw is None:
        raw = cache[f.article_id] = tuple(
            _normalise(v) for v in (f.body, f.lead, f.entities, f.numbers)
        )
    return raw


def _sum(members: Iterable[ArticleFeatures]) -> tuple[Vector, ...]:
    out: tuple[Vector, ...] = ({}, {}, {}, {})
    for f in members:
        for total, vec in zip(out, _raw(f), strict=True):
            _add(total, vec)
    return out


def _minus(whole: Sequence[Mapping[str, float]], part: Sequence[Vector]) -> tuple[Vector, ...]:
    """``whole - part`` per sub-vector (terms pruned from ``whole`` stay absent)."""
    out = []
    for w, p in zip(whole, part, strict=True):
        out.append({t: v - p.get(t, 0.0) for t, v in w.items() if v - p.get(t, 0.0) > _EPS})
    return tuple(out)


def _weighted(c: Clusterer, raw: Sequence[Mapping[str, float]]) -> tuple[Vector, ...]:
    st = c.st
    dfs = (st.df_body, st.df_body, st.df_entities, st.df_body)
    return tuple(_weigh(v, df, st.n_docs) for v, df in zip(raw, dfs, strict=True))


def _centroid(s: StoryState) -> tuple[Vector, ...]:
    return (s.body, s.lead, s.entities, s.numbers)


def _article(c: Clusterer, f: ArticleFeatures) -> _Weighted:
    st = c.st
    return _Weighted(
        _weigh(f.body, st.df_body, st.n_docs),
        _weigh(f.lead, st.df_body, st.n_docs),
        _weigh(f.entities, st.df_entities, st.n_docs),
        _weigh(f.numbers, st.df_body, st.n_docs),
        f.dense,
    )


# -- state edits -------------------------------------------------------------------------------


def _remove(c: Clusterer, s: StoryState, f: ArticleFeatures) -> None:
    """Take article ``f`` out of story ``s`` (and out of its storyline's centroid)."""
    st = c.st
    raw = _raw(f)
    for vec, part in zip(_centroid(s), raw, strict=True):
        _subtract(vec, part)
    if f.dense is not None and s.dense:
        s.dense = [float(x) for x in np.asarray(s.dense, dtype=np.float32) - f.dense]
    s.articles.remove(f.article_id)
    c._forget(s.id)
    if s.storyline is not None:
        line = st.storylines[s.storyline]
        _subtract(line.body, raw[0])
        _subtract(line.entities, raw[2])
        line.size -= 1
        c._line_cache.pop(line.id, None)
    if not s.articles:
        _drop_story(c, s)


def _subtract(vec: Vector, part: Mapping[str, float]) -> None:
    for t, v in part.items():
        if t in vec:
            left = vec[t] - v
            if left > _EPS:
                vec[t] = left
            else:
                del vec[t]


def _drop_story(c: Clusterer, s: StoryState) -> None:
    st = c.st
    c._unindex(st.story_index, s.keys, s.id)
    del st.stories[s.id]
    c._loose.discard(s.id)
    if s.storyline is None:
        return
    line = st.storylines[s.storyline]
    line.stories.remove(s.id)
    if not line.stories:
        c._unindex(st.line_index, line.keys, line.id)
        del st.storylines[line.id]
        c._line_cache.pop(line.id, None)


def _move(c: Clusterer, f: ArticleFeatures, t: StoryState) -> None:
    """Move article ``f`` from its story to story ``t``."""
    st = c.st
    _remove(c, st.stories[st.assignment[f.article_id]], f)
    c._join(t, f, _article(c, f))
    c._reindex_story(t)


# -- split -------------------------------------------------------------------------------------


def _split_check(c: Clusterer, s: StoryState, known: Mapping[str, ArticleFeatures]) -> None:
    """Split ``s`` on the key whose holders (among the chunk's members) and the rest of the
    story are least similar, when that similarity is below ``split_threshold``."""
    cfg = c.cfg
    n = len(s.articles)
    side = max(cfg.split_min_side, math.ceil(cfg.split_min_share * n))
    members = [known[a] for a in s.articles if a in known]
    if n < 2 * side or len(members) < side:
        return
    groups = _key_groups(members, side, n - side)
    best: tuple[float, tuple[ArticleFeatures, ...]] | None = None
    whole = _centroid(s)
    for group in groups:
        part = _sum(group)
        sim = c._similarity(_weighted(c, part), _weighted(c, _minus(whole, part)), None)
        if best is None or sim < best[0]:
            best = (sim, group)
    if best is not None and best[0] < cfg.split_threshold:
        _split(c, s, best[1], best[0])


def _key_groups(
    members: Sequence[ArticleFeatures], low: int, high: int
) -> list[tuple[ArticleFeatures, ...]]:
    """The distinct groups of ``members`` that hold one split key, of ``low`` to ``high``
    articles; at most :data:`SPLIT_KEYS`, those nearest to half first (ties by key)."""
    holders: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(members):
        for key in split_keys(f):
            holders[key].append(i)
    seen: dict[tuple[int, ...], str] = {}
    for key, idx in sorted(holders.items()):
        if low <= len(idx) <= high:
            seen.setdefault(tuple(idx), key)
    middle = (low + high) / 2
    ranked = sorted(seen, key=lambda g: (abs(len(g) - middle), seen[g]))[:SPLIT_KEYS]
    return [tuple(members[i] for i in g) for g in ranked]


def _split(c: Clusterer, s: StoryState, group: Sequence[ArticleFeatures], sim: float) -> None:
    """Move ``group`` out of ``s`` into a new story of the same storyline; log the split."""
    st = c.st
    for f in group:
        _remove(c, s, f)
    new = c._new_story(group[0])
    new.storyline = s.storyline
    if s.storyline is not None:
        st.storylines[s.storyline].stories.append(new.id)
    for f in group:
        c._join(new, f, _article(c, f))
        if s.storyline is not None:
            st.storylines[s.storyline].size += 1
    c._reindex_story(s)
    c._reindex_story(new)
    st.merges.append(MergeEvent(st.step, "split", s.id, new.id, round(sim, 4)))


# -- re-assignment -----------------------------------------------------------------------------


def _reassign(c: Clusterer, f: ArticleFeatures) -> None:
    """Move ``f`` to its best other candidate story when that one fits it clearly better than
    its own story without it; an article alone in its story moves when the best one comes
    within ``single_slack`` of the join threshold."""
    st, cfg = c.st, c.cfg
    s = st.stories[st.assignment[f.article_id]]
    a = _article(c, f)
    own = None
    if len(s.articles) > 1:
        own = _own_similarity(c, s, f, a)
        if own >= SETTLED:
            return
    scores = c._score(a, f)
    ranked = sorted(
        ((sim, st.stories[sid].first_step, sid) for sid, sim in scores.items() if sid != s.id),
        key=lambda x: (-x[0], x[1]),
    )
    if not ranked:
        return
    sim, _, sid = ranked[0]
    t = st.stories[sid]
    if own is None:
        floor = c._threshold(a, t) - cfg.single_slack
    else:
        floor = max(own + cfg.move_margin, c._threshold(a, t))
    if sim >= floor:
        _move(c, f, t)


def _own_similarity(c: Clusterer, s: StoryState, f: ArticleFeatures, a: _Weighted) -> float:
    """Similarity of article ``f`` to its story ``s`` without it (embedding included in
    embed mode, as in the online step)."""
    rest = _weighted(c, _minus(_centroid(s), _raw(f)))
    dense = None
    if a.dense is not None and s.dense:
        vec = np.asarray(s.dense, dtype=np.float32) - a.dense
        norm = float(np.linalg.norm(vec))
        if norm > _EPS:
            mine = a.dense / max(float(np.linalg.norm(a.dense)), _EPS)
            dense = c._embed_sim(mine, vec / norm)
    return c._similarity((a.body, a.lead, a.entities, a.numbers), rest, dense)
