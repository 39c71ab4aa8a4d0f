"""Online story clustering (after Miranda et al., EMNLP 2018) and storyline linking.

Each article, in publication order, is compared with the open stories found through an
inverted index of their top terms and entities; it joins the best one whose combined
similarity reaches ``story_threshold`` or starts a new story.  After a join the grown story is
compared with the other candidates and merged with any that reach ``merge_threshold``.  A new
story joins the most similar storyline (entities and body terms, longer time window) or starts
one.  Per-article cost is bounded by the index caps, not by the corpus size.

In embed mode each article and story also carries a sentence embedding whose cosine enters the
weighted mean (candidates still come from the lexical index).  Every ``compact_every``
articles, stories out of the time window are compacted (centroids cut to their heaviest
terms), and so are storylines whose stories are all closed.
"""

from __future__ import annotations

import heapq
import math
import operator
from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from itertools import repeat

import numpy as np
import xxhash

from newstrace.config.stories import StorySettings
from newstrace.stages.cluster.features import ArticleFeatures, Vector
from newstrace.stages.cluster.state import (
    ClusterState,
    MergeEvent,
    StorylineState,
    StoryState,
)

# Each index key lists at most this many stories (the most recently updated); keeps the cost
# of one look-up bounded on undated corpora where no story ever closes.  Not tuned: large
# enough that ECB+ results equal an exhaustive scan.
POSTING_CAP = 64
# A grown story is checked for merging with at most this many other top candidates.
MERGE_CANDIDATES = 3
# Weighted story/storyline vectors are cached until the document count has grown by this
# share (IDF moves by at most ~log(1.02) in between): re-weighting every candidate's centroid
# for every article was the largest cost growing with the corpus (bench_cluster profile at 10k:
# _weigh 25 of 54 s).  ECB+ event / topic B3 F1 with 0.02 vs exact per-article weights: see
# docs/results.md.
IDF_EPOCH = 0.02
# A storyline whose stories are all closed keeps LINE_COMPACT times ``compact_terms`` terms per
# sub-vector (it still attracts new stories for ``storyline_window_days``).  Not tuned (no
# dated evaluation data); storyline placement uses the heaviest terms.
LINE_COMPACT = 2
_SECONDS_PER_DAY = 86400.0

Idf = Callable[[str], float]


@dataclass(frozen=True, slots=True)
class _Weighted:
    """An article's IDF-weighted, L2-normalised sub-vectors."""

    body: Vector
    lead: Vector
    entities: Vector
    numbers: Vector
    dense: np.ndarray | None = None


def _normalise(vec: Mapping[str, float]) -> Vector:
    values = vec.values()
    norm = math.sqrt(sum(map(operator.mul, values, values)))
    return {t: v / norm for t, v in vec.items()} if norm > 0 else {}


def _weigh(vec: Mapping[str, float], df: Mapping[str, int], n_docs: int) -> Vector:
    """TF-IDF weights (smoothed IDF from ``df``), L2-normalised; the IDF formula of
    :meth:`ClusterState.idf_body`, inlined because this is the hot loop."""
    base = math.log(n_docs + 1) + 1.0
    log, get = math.log, df.get
    return _normalise({t: v * (base - log(get(t, 0) + 1)) for t, v in vec.items()})


def _dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two sparse vectors (the shorter one's terms looked up in the other;
    the products summed in its order, as a generator would: ``map`` only saves the frames
    of this hot loop)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(map(operator.mul, a.values(), map(b.get, a.keys(), repeat(0.0))))


def _add(target: Vector, vec: Mapping[str, float], scale: float = 1.0) -> None:
    for t, v in vec.items():
        target[t] = target.get(t, 0.0) + v * scale


def _prune(vec: Vector, keep: int, idf: Idf) -> None:
    """Cut ``vec`` to its ``keep`` heaviest terms once it holds twice as many."""
    if len(vec) > 2 * keep:
        _keep_top(vec, keep, idf)


def _keep_top(vec: Vector, keep: int, idf: Idf) -> None:
    """Keep the ``keep`` terms of ``vec`` with the largest TF-IDF weight, in place."""
    if len(vec) <= keep:
        return
    top = heapq.nlargest(keep, vec.items(), key=lambda kv: (kv[1] * idf(kv[0]), kv[0]))
    vec.clear()
    vec.update(top)


def _add_dense(total: list[float], vec: np.ndarray) -> list[float]:
    """``total + vec`` as a plain list (JSON-able state); ``vec`` when ``total`` is empty."""
    if not total:
        return [float(x) for x in vec]
    return [float(x) for x in np.asarray(total, dtype=np.float32) + vec]


def _heaviest(vec: Mapping[str, float], df: Mapping[str, int], n_docs: int, k: int) -> list[str]:
    """The ``k`` terms of ``vec`` with the largest TF-IDF weight (ties broken by the term, so
    the choice does not depend on dict order)."""
    base = math.log(n_docs + 1) + 1.0
    log, get = math.log, df.get
    weighted = [(v * (base - log(get(t, 0) + 1)), t) for t, v in vec.items()]
    return [t for _, t in heapq.nlargest(k, weighted)]


def _top_keys(
    body: Mapping[str, float], ents: Mapping[str, float], n: int, st: ClusterState
) -> list[str]:
    """Index keys: the top ``n`` body terms and top ``n // 2`` entities by TF-IDF weight."""
    terms = _heaviest(body, st.df_body, st.n_docs, n)
    names = _heaviest(ents, st.df_entities, st.n_docs, max(1, n // 2))
    return terms + ["e:" + k for k in names]


def _refresh_due(size: int) -> bool:
    """Whether a story or storyline of ``size`` articles is re-indexed (and re-checked for
    merges) after growing to that size: at every size up to 4, then every 4th article; its
    top terms move little between refreshes and this keeps the per-article cost down."""
    return size <= 4 or size % 4 == 0


@lru_cache(maxsize=65536)
def _days(date: str) -> float | None:
    """Days since the epoch of an ISO date/datetime, or None when unparseable."""
    try:
        dt = datetime.fromisoformat(date.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return (dt - datetime(1970, 1, 1)).total_seconds() / _SECONDS_PER_DAY


def _gap(a: str | None, b: str | None) -> float | None:
    if a is None or b is None:
        return None
    da, db = _days(a), _days(b)
    return None if da is None or db is None else abs(da - db)


# A duplicate or a wholly derived copy joins its source's story up to this many days after it
# (a magazine's or a quarterly's reprint weeks later tells the same event: 78 days, a review);
# an archive re-run a year later, on an anniversary, is a new story of the storyline (a
# review).  A priori: a quarter.
COPY_JOIN_DAYS = 92.0


def _span_gap(date: str | None, first: str | None, last: str | None) -> float | None:
    """Days from ``date`` to the span ``[first, last]`` (0 inside it); None when undated."""
    to_first, to_last = _gap(date, first), _gap(date, last)
    if to_first is None or to_last is None:
        return to_last if to_first is None else to_first
    span = _gap(first, last) or 0.0
    return 0.0 if to_first <= span and to_last <= span else min(to_first, to_last)


def _later(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    da, db = _days(a), _days(b)
    if da is None or db is None:
        return a if db is None else b
    return a if da >= db else b


def _earlier(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return b if _later(a, b) == a and a != b else a


def _new_id(prefix: str, seed: str) -> str:
    return prefix + xxhash.xxh3_64_hexdigest(seed.encode("utf-8"))[:12]


class Clusterer:
    """Applies articles to a :class:`ClusterState` in place."""

    def __init__(self, state: ClusterState, settings: StorySettings) -> None:
        self.st = state
        self.cfg = settings
        self._cache: dict[str, tuple[Vector, ...]] = {}  # story id -> weighted sub-vectors
        self._line_cache: dict[str, tuple[Vector, Vector]] = {}  # storyline id -> weighted
        self._epoch_docs = 0  # document count when the weighted caches were last emptied
        self._dense: dict[str, np.ndarray | None] = {}  # story id -> normalised embedding
        # stories not compacted yet (dated ones leave the set when compacted; an undated one
        # when first checked, as it cannot close): compaction scans these, not every story
        self._loose = {sid for sid, story in state.stories.items() if not story.compact}
        self._backdated = False  # the current article may reach closed stories
        self._chunk: dict[str, ArticleFeatures] = {}  # articles since the last refinement

    # -- similarity -------------------------------------------------------------------------

    def _combine(self, sims: tuple[float, ...], has: tuple[bool, ...]) -> float:
        """Weighted mean of sub-vector cosines over the sub-vectors both sides have (the
        fifth, optional, is the embedding similarity)."""
        cfg = self.cfg
        weights = (cfg.w_body, cfg.w_lead, cfg.w_entities, cfg.w_numbers, cfg.w_embed)
        used = sum(w for w, h in zip(weights, has, strict=True) if h)
        if used <= 0:
            return 0.0
        return sum(w * s for w, s in zip(weights, sims, strict=True)) / used

    def _story_weighted(self, s: StoryState) -> tuple[Vector, ...]:
        """A story's weighted sub-vectors, cached until the story or the step changes."""
        cached = self._cache.get(s.id)
        if cached is None:
            st = self.st
            n = st.n_docs
            cached = (
                _weigh(s.body, st.df_body, n),
                _weigh(s.lead, st.df_body, n),
                _weigh(s.entities, st.df_entities, n),
                _weigh(s.numbers, st.df_body, n),
            )
            self._cache[s.id] = cached
        return cached

    def _story_dense(self, s: StoryState) -> np.ndarray | None:
        """A story's normalised mean embedding (None outside embed mode), cached."""
        if s.id not in self._dense:
            vec = np.asarray(s.dense, dtype=np.float32) if s.dense else None
            norm = float(np.linalg.norm(vec)) if vec is not None else 0.0
            self._dense[s.id] = vec / norm if vec is not None and norm > 0 else None
        return self._dense[s.id]

    def _embed_sim(self, a: np.ndarray | None, b: np.ndarray | None) -> float | None:
        """Rescaled embedding cosine, or None when either side has no embedding."""
        if a is None or b is None or self.cfg.w_embed <= 0:
            return None
        floor = self.cfg.embed_floor
        return max(0.0, (float(a @ b) - floor) / (1.0 - floor))

    def _similarity(
        self,
        mine: tuple[Vector, ...],
        theirs: tuple[Vector, ...],
        dense: float | None,
    ) -> float:
        sims = tuple(_dot(x, c) for x, c in zip(mine, theirs, strict=True))
        has = tuple(bool(x and c) for x, c in zip(mine, theirs, strict=True))
        return self._combine(sims + (dense or 0.0,), has + (dense is not None,))

    def _article_to_story(self, a: _Weighted, s: StoryState) -> float:
        dense = self._embed_sim(a.dense, self._story_dense(s))
        mine = (a.body, a.lead, a.entities, a.numbers)
        return self._similarity(mine, self._story_weighted(s), dense)

    def _story_to_story(self, s: StoryState, t: StoryState) -> float:
        """Lexical only, in both modes: with the embedding, sibling events of one topic
        reached the merge threshold (ECB+ embed mode: 13 merges per order instead of 5,
        event B3 F1 0.894 instead of 0.900)."""
        return self._similarity(self._story_weighted(s), self._story_weighted(t), None)

    def _line_weighted(self, line: StorylineState) -> tuple[Vector, Vector]:
        """A storyline's weighted body and entity vectors, cached like the stories'."""
        cached = self._line_cache.get(line.id)
        if cached is None:
            st, n = self.st, self.st.n_docs
            cached = (_weigh(line.body, st.df_body, n), _weigh(line.entities, st.df_entities, n))
            self._line_cache[line.id] = cached
        return cached

    def _to_storyline(self, body: Vector, ents: Vector, line: StorylineState) -> float:
        """Similarity of weighted ``body`` / ``ents`` vectors to a storyline."""
        return self._line_sims(body, ents, line)[1]

    def _line_sims(self, body: Vector, ents: Vector, line: StorylineState) -> tuple[float, float]:
        """The bodies' similarity and :meth:`_to_storyline`'s, computed once."""
        lb, le = self._line_weighted(line)
        b = _dot(body, lb)
        if not ents or not line.entities:
            return b, b
        wb, we = self.cfg.w_body, self.cfg.w_entities
        return b, (wb * b + we * _dot(ents, le)) / (wb + we)

    def _threshold(self, a: _Weighted, s: StoryState) -> float:
        """The join threshold for ``a`` and story ``s``: the embed-mode one only when the
        score used an embedding (both sides have one; a story from a lexical run has none)."""
        if a.dense is not None and s.dense and self.cfg.w_embed > 0:
            return self.cfg.embed_story_threshold
        return self.cfg.story_threshold

    def _decay(self, date: str | None, last: str | None) -> float:
        gap = _gap(date, last)
        if gap is None:
            return 1.0
        w = self.cfg.decay_weight
        return (1.0 - w) + w * math.exp(-gap / self.cfg.decay_days)

    def _forget(self, sid: str) -> None:
        """Drop the cached weighted vectors of a story that changed."""
        self._cache.pop(sid, None)
        self._dense.pop(sid, None)

    def _compact_closed(self) -> None:
        """Prune the centroids of stories out of the time window (closed: no dated article
        can join them) to their ``compact_terms`` heaviest terms per sub-vector.  Their
        labels and key entities come from those terms, so the records do not change."""
        st, keep = self.st, self.cfg.compact_terms
        lines: set[str] = set()
        for sid in sorted(self._loose):  # a set: in id order, so runs index alike
            s = st.stories.get(sid)
            if s is None or s.compact or s.last_seen is None:
                self._loose.discard(sid)  # gone, done, or undated (a dated join re-adds it)
                continue
            if self._is_open(s.last_seen, None, self.cfg.story_window_days):
                continue
            for vec in (s.body, s.lead, s.numbers):
                _keep_top(vec, keep, st.idf_body)
            _keep_top(s.entities, keep, st.idf_entity)
            s.names = {k: v for k, v in s.names.items() if k in s.entities}
            s.compact = True
            self._loose.discard(sid)
            self._forget(s.id)
            # the candidate index lists open stories; closed ones move to the index that only
            # backdated articles consult (no other article can join them)
            self._unindex(st.story_index, s.keys, s.id)
            self._unindex(st.closed_index, s.keys, s.id)
            self._index(st.closed_index, s.keys, s.id)
            if s.storyline is not None:
                lines.add(s.storyline)
        for lid in lines:
            line = st.storylines.get(lid)
            if line and not line.compact and all(st.stories[x].compact for x in line.stories):
                # only new stories can still join it: its heaviest terms are enough for that
                _keep_top(line.body, LINE_COMPACT * keep, st.idf_body)
                _keep_top(line.entities, LINE_COMPACT * keep, st.idf_entity)
                line.compact = True
                self._line_cache.pop(line.id, None)

    # -- candidate index --------------------------------------------------------------------

    def _candidates(self, index: Mapping[str, list[str]], keys: Iterable[str]) -> list[str]:
        """The ids listed under most of ``keys`` (at most ``max_candidates``); for stories
        and a backdated article, closed stories count too."""
        hits: dict[str, int] = {}
        keys = list(keys)
        for key in keys:
            for sid in index.get(key, ()):
                hits[sid] = hits.get(sid, 0) + 1
        if self._backdated and index is self.st.story_index:
            self._closed_hits(keys, hits)
        ranked = sorted(hits, key=lambda s: -hits[s])
        return ranked[: self.cfg.max_candidates]

    def _closed_hits(self, keys: Iterable[str], hits: dict[str, int]) -> None:
        """Add the hits of ``keys`` in the index of closed stories (entries of stories since
        re-opened or merged away are skipped)."""
        stories = self.st.stories
        for key in keys:
            for sid in self.st.closed_index.get(key, ()):
                if sid in stories and stories[sid].compact:
                    hits[sid] = hits.get(sid, 0) + 1

    @staticmethod
    def _unindex(index: dict[str, list[str]], keys: Iterable[str], item: str) -> None:
        for key in keys:
            posting = index.get(key)
            if posting is not None and item in posting:
                posting.remove(item)
                if not posting:
                    del index[key]

    @staticmethod
    def _index(index: dict[str, list[str]], keys: Iterable[str], item: str) -> None:
        for key in keys:
            posting = index.setdefault(key, [])
            posting.append(item)
            if len(posting) > POSTING_CAP:
                del posting[0]

    def _reindex_story(self, s: StoryState) -> None:
        self._unindex(self.st.story_index, s.keys, s.id)
        s.keys = _top_keys(s.body, s.entities, self.cfg.index_terms, self.st)
        self._index(self.st.story_index, s.keys, s.id)

    def _reindex_line(self, line: StorylineState) -> None:
        self._unindex(self.st.line_index, line.keys, line.id)
        line.keys = _top_keys(line.body, line.entities, self.cfg.index_terms, self.st)
        self._index(self.st.line_index, line.keys, line.id)

    def _is_open(self, last: str | None, date: str | None, window: float) -> bool:
        gap = _gap(date or self.st.now, last)
        return gap is None or gap <= window

    # -- the online step --------------------------------------------------------------------

    def add(
        self,
        f: ArticleFeatures,
        links: Iterable[str] = (),
        copies: Iterable[str] = (),
        copied: Container[str] = (),
    ) -> str:
        """Cluster one article; returns its story id.  ``links``: articles it copies, is
        copied by or duplicates (it joins the story of one of them, while that story is open
        at its date); ``copies``: articles derived from it (their stories are merged into its
        story); ``copied``: those of ``links`` it duplicates or wholly copies, or that do it
        (:func:`.whole_copies`), whose story it joins whatever the dates."""
        st = self.st
        if f.article_id in st.assignment:
            return st.assignment[f.article_id]
        st.step += 1
        if self.cfg.compact_every > 0 and st.step % self.cfg.compact_every == 0:
            self._compact_closed()
        st.now = _later(st.now, f.published)
        self._backdated = self._before_now(f.published)
        self._count(f)
        if st.n_docs > self._epoch_docs * (1.0 + IDF_EPOCH):
            self._cache.clear()  # weights of stories and storylines under the new IDF
            self._line_cache.clear()
            self._epoch_docs = st.n_docs
        a = _Weighted(
            _weigh(f.body, st.df_body, st.n_docs),
            _weigh(f.lead, st.df_body, st.n_docs),
            _weigh(f.entities, st.df_entities, st.n_docs),
            _weigh(f.numbers, st.df_body, st.n_docs),
            f.dense,
        )
        scores = self._score(a, f)
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], st.stories[kv[0]].first_step))
        links = tuple(links)
        open_links, closed_links = self._linked_stories(links, f, copied)
        linked = self._linked_story(open_links, scores)
        if linked is not None:
            story = linked
        elif ranked and ranked[0][1] >= self._threshold(a, st.stories[ranked[0][0]]):
            story = st.stories[ranked[0][0]]
        else:
            story = self._new_story(f)
        reopened = story.compact
        self._join(story, f, a)
        story = self._gather_copies(story, copies)
        if linked is not None:  # a copy stays with its source: neither is refined
            for aid in (f.article_id, *links):
                self._chunk.pop(aid, None)
        others = [sid for sid, _ in ranked if sid != story.id][:MERGE_CANDIDATES]
        for other in others:
            if other in st.stories and other != story.id:
                story = self._maybe_merge(story, st.stories[other])
        self._place_in_storyline(story, f, ranked, closed_links)
        line = st.storylines[story.storyline or ""]
        line.size += 1
        if _refresh_due(line.size):
            self._reindex_line(line)
            self._merge_storylines(line)
        if _refresh_due(len(story.articles)) or story.first_step == st.step or reopened:
            self._reindex_story(story)
        if self.cfg.refine_every > 0 and len(self._chunk) >= self.cfg.refine_every:
            self.refine()
        return st.assignment[f.article_id]

    def refine(self) -> None:
        """Revisit the stories touched by the articles added since the last refinement
        (split and re-assign, :mod:`newstrace.stages.cluster.refine`); called at the end of
        each batch, and every ``refine_every`` articles inside a long one."""
        from newstrace.stages.cluster.refine import refine

        if self._chunk and self.cfg.refine:
            refine(self, self._chunk)
        self._chunk = {}

    def _before_now(self, date: str | None) -> bool:
        """Whether an article of ``date`` may join a closed story: dated before the latest
        date seen, or with a date that does not parse (no time window applies to it)."""
        if date is None:
            return False
        days, now = _days(date), _days(self.st.now or date)
        return days is None or now is None or days < now

    def _count(self, f: ArticleFeatures) -> None:
        st = self.st
        st.n_docs += 1
        for t in set(f.body) | set(f.lead):
            st.df_body[t] = st.df_body.get(t, 0) + 1
        for k in f.entities:
            st.df_entities[k] = st.df_entities.get(k, 0) + 1

    def _score(self, a: _Weighted, f: ArticleFeatures) -> dict[str, float]:
        """Similarity to each open candidate story, time decay applied."""
        st = self.st
        if self.cfg.exhaustive:
            cands = list(st.stories)
        else:
            keys = _top_keys(f.body, f.entities, self.cfg.index_terms, st)
            cands = self._candidates(st.story_index, keys)
        scores: dict[str, float] = {}
        for sid in cands:
            s = st.stories[sid]
            if self._is_open(s.last_seen, f.published, self.cfg.story_window_days):
                sim = self._article_to_story(a, s)
                scores[sid] = sim * self._decay(f.published, s.last_seen)
        return scores

    def _linked_stories(
        self, links: Iterable[str], f: ArticleFeatures, copied: Container[str] = ()
    ) -> tuple[set[str], set[str]]:
        """The stories of the articles this one copies, derives from or duplicates: those
        open at its date (within ``story_window_days`` of their first to last article; all of
        them for an undated article, which joins the story of its dated copies, and those of
        the articles it is a copy of, ``copied``, within :data:`COPY_JOIN_DAYS`: a duplicate
        or a wholly derived reprint weeks later tells the same event), and the others.  A
        follow-up months later reusing a background paragraph of the first report is a new
        event of the same storyline, not the first event's story (a review: a council
        plan's consultation, vote and anniversary, a year apart, were one story through
        their reused background paragraphs)."""
        st = self.st
        window = self.cfg.story_window_days
        open_: set[str] = set()
        closed: set[str] = set()
        for x in links:
            sid = st.assignment.get(x)
            if sid is None:
                continue
            gap = _span_gap(f.published, st.stories[sid].first_seen, st.stories[sid].last_seen)
            near = gap is None or gap <= (COPY_JOIN_DAYS if x in copied else window)
            (open_ if near else closed).add(sid)
        return open_, closed - open_

    def _linked_story(self, sids: set[str], scores: Mapping[str, float]) -> StoryState | None:
        """The story of an article this one copies or derives from (a derived article belongs
        with its source, whatever its wording); the most similar one if several."""
        if not sids:
            return None
        best = max(sorted(sids), key=lambda sid: scores.get(sid, 0.0))
        return self.st.stories[best]

    def _new_story(self, f: ArticleFeatures) -> StoryState:
        sid = _new_id("s", f.article_id)
        while sid in self.st.stories:
            sid = _new_id("s", sid)
        story = StoryState(id=sid, articles=[], first_step=self.st.step)
        self.st.stories[sid] = story
        return story

    def _join(self, s: StoryState, f: ArticleFeatures, a: _Weighted) -> None:
        st = self.st
        self._forget(s.id)
        s.compact = False  # open again (an out-of-order article); re-compacted once closed
        self._loose.add(s.id)
        s.articles.append(f.article_id)
        st.assignment[f.article_id] = s.id
        if self.cfg.refine:
            self._chunk[f.article_id] = f
        _add(s.body, _normalise(f.body))
        _add(s.lead, _normalise(f.lead))
        _add(s.entities, _normalise(f.entities))
        _add(s.numbers, _normalise(f.numbers))
        if f.dense is not None:
            s.dense = _add_dense(s.dense, f.dense)
        for space, idf in ((s.body, st.idf_body), (s.lead, st.idf_body), (s.numbers, st.idf_body)):
            _prune(space, self.cfg.centroid_terms, idf)
        _prune(s.entities, self.cfg.centroid_terms, st.idf_entity)
        for key, name in f.names.items():
            s.names.setdefault(key, name)
        if len(s.names) > 2 * self.cfg.centroid_terms:
            s.names = {k: v for k, v in s.names.items() if k in s.entities}
        s.first_seen = _earlier(s.first_seen, f.published)
        s.last_seen = _later(s.last_seen, f.published)
        if f.title:
            centrality = _dot(a.lead, _weigh(s.lead, st.df_body, st.n_docs)) if a.lead else 0.0
            if centrality > s.label_score:
                s.label, s.label_score = f.title, centrality
        if s.storyline is not None:
            line = st.storylines[s.storyline]
            line.compact = False  # re-compacted with its stories
            self._line_cache.pop(line.id, None)
            _add(line.body, _normalise(f.body))
            _add(line.entities, _normalise(f.entities))
            _prune(line.body, self.cfg.centroid_terms, st.idf_body)
            _prune(line.entities, self.cfg.centroid_terms, st.idf_entity)
            line.last_seen = _later(line.last_seen, f.published)

    # -- merges -----------------------------------------------------------------------------

    def _gather_copies(self, story: StoryState, copies: Iterable[str]) -> StoryState:
        """Merge into ``story`` every other story holding an article derived from the one
        just added: copies of one source are one story, whatever their wording (a source
        clustered after its copies, e.g. an undated press release, finds them split)."""
        st = self.st
        for sid in sorted({st.assignment[x] for x in copies if x in st.assignment}):
            if sid != story.id and sid in st.stories:
                other = st.stories[sid]
                kept, gone = (
                    (story, other) if story.first_step <= other.first_step else (other, story)
                )
                st.merges.append(MergeEvent(st.step, "copies", kept.id, gone.id, 1.0))
                self._absorb_story(kept, gone, 1.0)
                story = kept
        return story

    def _maybe_merge(self, s: StoryState, t: StoryState) -> StoryState:
        if not self._is_open(t.last_seen, s.last_seen, self.cfg.story_window_days):
            return s
        sim = self._story_to_story(s, t)
        if sim < self.cfg.merge_threshold:
            return s
        kept, gone = (s, t) if s.first_step <= t.first_step else (t, s)
        self.st.merges.append(MergeEvent(self.st.step, "story", kept.id, gone.id, round(sim, 4)))
        self._absorb_story(kept, gone, sim)
        return kept

    def _absorb_story(self, kept: StoryState, gone: StoryState, sim: float) -> None:
        """Move ``gone`` into ``kept``; their storylines are merged too if they differ (logged
        with the story similarity that caused it)."""
        st = self.st
        self._forget(kept.id)
        self._forget(gone.id)
        self._unindex(st.story_index, gone.keys, gone.id)
        for aid in gone.articles:
            st.assignment[aid] = kept.id
        kept.articles.extend(gone.articles)
        for mine, theirs in (
            (kept.body, gone.body),
            (kept.lead, gone.lead),
            (kept.entities, gone.entities),
            (kept.numbers, gone.numbers),
        ):
            _add(mine, theirs)
        if gone.dense:
            kept.dense = _add_dense(kept.dense, np.asarray(gone.dense, dtype=np.float32))
        for key, name in gone.names.items():
            kept.names.setdefault(key, name)
        kept.first_seen = _earlier(kept.first_seen, gone.first_seen)
        kept.last_seen = _later(kept.last_seen, gone.last_seen)
        kept.compact = False  # grown: re-compacted once closed
        self._loose.add(kept.id)
        self._loose.discard(gone.id)
        if gone.label_score > kept.label_score:
            kept.label, kept.label_score = gone.label, gone.label_score
        del st.stories[gone.id]
        if gone.storyline is not None:
            line = st.storylines[gone.storyline]
            line.stories.remove(gone.id)
            if kept.storyline is not None and kept.storyline != line.id:
                self._merge_lines(st.storylines[kept.storyline], line, sim)
            elif kept.storyline is None:
                kept.storyline = line.id
                line.stories.append(kept.id)
        self._reindex_story(kept)

    def _merge_lines(self, a: StorylineState, b: StorylineState, sim: float) -> StorylineState:
        st = self.st
        kept, gone = (a, b) if a.first_step <= b.first_step else (b, a)
        self._unindex(st.line_index, gone.keys, gone.id)
        for sid in gone.stories:
            st.stories[sid].storyline = kept.id
        kept.stories.extend(gone.stories)
        kept.size += gone.size
        kept.compact = False  # grown: re-compacted once closed
        _add(kept.body, gone.body)
        _add(kept.entities, gone.entities)
        self._line_cache.pop(kept.id, None)
        self._line_cache.pop(gone.id, None)
        kept.last_seen = _later(kept.last_seen, gone.last_seen)
        del st.storylines[gone.id]
        st.merges.append(MergeEvent(st.step, "storyline", kept.id, gone.id, round(sim, 4)))
        self._reindex_line(kept)
        return kept

    # -- storylines -------------------------------------------------------------------------

    def _place_in_storyline(
        self,
        s: StoryState,
        f: ArticleFeatures,
        ranked: list[tuple[str, float]],
        linked: Iterable[str] = (),
    ) -> None:
        """Put a new story into a storyline: that of a closed story the article reuses
        (``linked``, the latest of them), else that of the most similar other story when the
        article came close to it (a near miss), else the most similar open storyline, else a
        new one."""
        st = self.st
        if s.storyline is not None:
            return
        best = (
            self._linked_line(linked) or self._near_miss_line(s, ranked) or self._closest_line(s, f)
        )
        if best is None:
            lid = _new_id("l", s.id)
            while lid in st.storylines:
                lid = _new_id("l", lid)
            best = StorylineState(id=lid, stories=[], first_step=st.step)
            st.storylines[lid] = best
        s.storyline = best.id
        best.stories.append(s.id)
        best.compact = False
        self._line_cache.pop(best.id, None)
        _add(best.body, s.body)
        _add(best.entities, s.entities)
        best.last_seen = _later(best.last_seen, s.last_seen)
        self._reindex_line(best)

    def _linked_line(self, linked: Iterable[str]) -> StorylineState | None:
        """The storyline of the latest of the ``linked`` stories that has one."""
        st = self.st
        lines = [
            (st.stories[sid].first_step, st.stories[sid].storyline)
            for sid in linked
            if sid in st.stories and st.stories[sid].storyline in st.storylines
        ]
        if not lines:
            return None
        return st.storylines[max(lines, key=lambda x: x[0])[1] or ""]

    def _near_miss_line(
        self, s: StoryState, ranked: list[tuple[str, float]]
    ) -> StorylineState | None:
        st = self.st
        near = [(sid, sim) for sid, sim in ranked if sid != s.id and sid in st.stories]
        if not near or near[0][1] < self.cfg.storyline_link_threshold:
            return None
        line_id = st.stories[near[0][0]].storyline
        return st.storylines[line_id] if line_id is not None else None

    def _closest_line(self, s: StoryState, f: ArticleFeatures) -> StorylineState | None:
        st = self.st
        keys = _top_keys(s.body, s.entities, self.cfg.index_terms, st)
        cands = (
            list(st.storylines) if self.cfg.exhaustive else self._candidates(st.line_index, keys)
        )
        best, best_sim = None, self.cfg.storyline_threshold
        weighted = self._story_weighted(s)
        for lid in cands:
            line = st.storylines[lid]
            if not self._is_open(line.last_seen, f.published, self.cfg.storyline_window_days):
                continue
            body, sim = self._line_sims(weighted[0], weighted[2], line)
            if body < self.cfg.storyline_body_floor:
                continue  # names alone make no storyline
            if sim >= best_sim and (best is None or sim > best_sim):
                best, best_sim = line, sim
        return best

    def _merge_storylines(self, line: StorylineState) -> None:
        """Merge the open storylines whose centroids reach ``storyline_merge_threshold``
        with ``line`` (checked against its top index candidates only)."""
        st = self.st
        cands = self._candidates(st.line_index, line.keys)
        for lid in [x for x in cands if x != line.id][:MERGE_CANDIDATES]:
            other = st.storylines.get(lid)
            if other is None or line.id not in st.storylines:
                continue
            if not self._is_open(other.last_seen, line.last_seen, self.cfg.storyline_window_days):
                continue
            sim = self._to_storyline(*self._line_weighted(line), other)
            if sim >= self.cfg.storyline_merge_threshold:
                kept = self._merge_lines(line, other, sim)
                line = kept
