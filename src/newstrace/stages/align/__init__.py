"""Reuse engine stage: candidate pairs, passage alignment, boilerplate and provenance.

``run(records, settings)`` fills ``RecordSet.alignments`` and ``RecordSet.provenance``:

1. sentence data of the whole corpus in one compact table (:class:`.sentences.SentenceTable`,
   flat int32 arrays, one shared vocabulary); an article's :class:`.sentences.DocSentences`
   is built from it when one of its pairs is aligned, and a bounded number are kept;
2. candidate pairs from the inverted indexes of :mod:`.candidates` (no all-pairs; the
   sentence index keeps each article's best partners only, and pairs inside one duplicate
   group take no place among them);
3. each pair is aligned once (:func:`align_pair`), the direction decided by
   :func:`.provenance.direction` (date, press-release signals, containment); a pair with no
   direction evidence where both keep unique text is recorded as sharing an unseen source
   (its alignments are kept, ``source`` being the article that comes first in the corpus);
4. boilerplate passages are flagged (:mod:`.boilerplate`);
5. one Provenance per article.

Articles in one ``records.duplicates`` group are not aligned with each other: every member
other than the canonical one is counted as wholly derived from the canonical article (share
1.0, no Alignment records).  With ``records.new_ids`` set, only pairs touching a new article
are searched for (the indexes cover the corpus, only the new articles' postings and sentences
are queried) and aligned, and older alignments between old articles are kept.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from newstrace.config import Settings
from newstrace.config.reuse import ReuseSettings
from newstrace.records import Alignment, Article, RecordSet, Span
from newstrace.stages.align.align import AlignParams, Detection, align_texts
from newstrace.stages.align.boilerplate import MIN_ARTICLES, flag
from newstrace.stages.align.candidates import (
    CandidateParams,
    key_pairs,
    ngram_candidates,
    sentence_candidates,
)
from newstrace.stages.align.provenance import covered, direction, provenance
from newstrace.stages.align.sentences import (
    DocCache,
    SentenceCache,
    SentenceTable,
    repeated_sentences,
)

NAME = "align"
log = logging.getLogger(__name__)

__all__ = [
    "NAME",
    "AlignStats",
    "run",
    "run_with_stats",
    "align_pair",
    "align_params",
    "candidate_params",
]


@dataclasses.dataclass(frozen=True, slots=True)
class AlignStats:
    """What one run of the stage did."""

    candidate_pairs: int  # candidate pairs aligned (those touching a new article)
    aligned_pairs: int  # of them, pairs with at least one detection
    sentences: int  # sentences in the corpus table
    table_bytes: int  # bytes of the table's arrays
    docs_built: int  # per-article sentence data built for alignment (cache misses)


def align_params(cfg: ReuseSettings) -> AlignParams:
    """Aligner parameters from the reuse settings."""
    return AlignParams(
        seed_cosine=cfg.align_seed_cosine,
        seed_dice=cfg.align_seed_dice,
        gap=cfg.align_gap,
        min_chars=cfg.align_min_chars,
        paraphrase=cfg.align_paraphrase,
        embed=cfg.align_mode == "embed",
        widen=False,  # widening every detection is an experiment (PAN13 --widen)
        widen_scattered=cfg.align_widen_summaries,
    )


def candidate_params(cfg: ReuseSettings) -> CandidateParams:
    """Candidate-index parameters from the reuse settings."""
    return CandidateParams(
        ngram=cfg.align_candidate_ngram,
        max_df=cfg.align_candidate_max_df,
        min_shared=cfg.align_candidate_min_shared,
        sentences=cfg.align_sentence_candidates,
        window_days=cfg.align_window_days,
        top_k=cfg.align_candidate_top_k,
    )


def _to_alignments(a: Article, b: Article, dets: list[Detection]) -> list[Alignment]:
    return [
        Alignment(
            Span(a.id, d.src_start, d.src_end), Span(b.id, d.tgt_start, d.tgt_end), d.kind, d.score
        )
        for d in dets
    ]


def align_pair(
    a: Article, b: Article, settings: Settings, cache: SentenceCache | None = None
) -> list[Alignment]:
    """Reused passages with ``a`` as source and ``b`` as target (no direction decision)."""
    cache = cache or SentenceCache()
    da, db = cache.get(a.id, a.text), cache.get(b.id, b.text)
    return _to_alignments(a, b, align_texts(a.text, da, b.text, db, align_params(settings.reuse)))


def _flip(al: Alignment) -> Alignment:
    return dataclasses.replace(al, source=al.target, target=al.source)


def _directed(
    a: Article, b: Article, als: list[Alignment], unseen: dict[str, set[str]]
) -> list[Alignment]:
    """Orient the alignments of pair (a, b); record an unseen shared source if undecided."""
    a_share = covered((x.source.start, x.source.end) for x in als) / max(len(a.text), 1)
    b_share = covered((x.target.start, x.target.end) for x in als) / max(len(b.text), 1)
    d = direction(a, b, a_share, b_share)
    if d.source is None:
        unseen[a.id].add(b.id)
        unseen[b.id].add(a.id)
        return als
    return als if d.source == 0 else [_flip(x) for x in als]


def _carry_unseen(records: RecordSet, found: list[Alignment], unseen: dict[str, set[str]]) -> None:
    """Keep earlier shared-unseen-source marks between old articles, unless one of the two now
    has a source among the new articles: then the common source has (probably) arrived, and
    the passages the two shared are dropped from ``found``."""
    new = records.new_ids
    gained = {
        x.target.article_id for x in found if x.source.article_id in new and not x.boilerplate
    }
    resolved: set[frozenset[str]] = set()
    for p in records.provenance:
        if p.article_id in new:
            continue
        for other in p.unseen_source_with:
            if other in new:
                continue
            if p.article_id in gained or other in gained:
                resolved.add(frozenset((p.article_id, other)))
            else:
                unseen[p.article_id].add(other)
                unseen[other].add(p.article_id)
    # text the two shared came from the source that has now arrived: it is not reuse between them
    found[:] = [
        x for x in found
        if frozenset((x.source.article_id, x.target.article_id)) not in resolved
    ]  # fmt: skip


def _duplicate_map(records: RecordSet) -> tuple[dict[str, str], dict[str, str]]:
    """(article id -> group id, duplicate id -> canonical id)."""
    group: dict[str, str] = {}
    wholly: dict[str, str] = {}
    for g in records.duplicates:
        for m in g.members:
            group[m] = g.id
            if m != g.canonical:
                wholly[m] = g.canonical
    return group, wholly


def _group_numbers(arts: Sequence[Article], group: dict[str, str]) -> np.ndarray:
    """A number per article for its duplicate group (-1 when in none)."""
    number: dict[str, int] = {}
    return np.array(
        [number.setdefault(group[a.id], len(number)) if a.id in group else -1 for a in arts],
        dtype=np.int64,
    )


def _boilerplate(arts: Sequence[Article], table: SentenceTable) -> dict[str, list[tuple[int, int]]]:
    """Spans of boilerplate sentences per article id (as :func:`.boilerplate.boilerplate_spans`:
    a sentence repeated in :data:`.boilerplate.MIN_ARTICLES` articles of one outlet)."""
    outlet: dict[str, int] = {}
    groups = np.array([outlet.setdefault(a.source or "", len(outlet)) for a in arts], np.int64)
    hit = np.flatnonzero(repeated_sentences(table, groups, MIN_ARTICLES))
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    owner = table.owner[hit].tolist()
    for d, span in zip(owner, table.spans[hit].tolist(), strict=True):
        out[arts[d].id].append((span[0], span[1]))
    return dict(out)


def _query(arts: Sequence[Article], new: frozenset[str]) -> np.ndarray | None:
    """Mask of the new articles, or None when every article is to be paired (no new ids,
    or all of them new)."""
    if not new:
        return None
    mask = np.array([a.id in new for a in arts], dtype=bool)
    return None if mask.all() else mask


def run(records: RecordSet, settings: Settings) -> RecordSet:
    """Fill ``alignments`` and ``provenance`` of ``records``."""
    return run_with_stats(records, settings)[0]


def run_with_stats(records: RecordSet, settings: Settings) -> tuple[RecordSet, AlignStats | None]:
    """:func:`run`, also returning what it did (None when the stage did not run)."""
    cfg = settings.reuse
    arts = records.articles
    if not cfg.enabled or not arts:
        return records, None
    group, wholly = _duplicate_map(records)
    new = records.new_ids
    cparams, groups, query = candidate_params(cfg), _group_numbers(arts, group), _query(arts, new)
    ngram_keys = ngram_candidates(arts, cparams, groups, query)  # before the table: lower peak
    table = SentenceTable.build([a.text for a in arts])
    pairs = key_pairs(ngram_keys, sentence_candidates(arts, table, cparams, groups, query))
    params = align_params(cfg)
    docs = DocCache(table)
    unseen: dict[str, set[str]] = defaultdict(set)
    found: list[Alignment] = []
    aligned = 0
    for i, j in pairs:
        a, b = arts[i], arts[j]  # never two members of one duplicate group (candidate_pairs)
        dets = align_texts(a.text, docs[i], b.text, docs[j], params)
        if dets:
            aligned += 1
            found.extend(_directed(a, b, _to_alignments(a, b, dets), unseen))
    if new:
        found.extend(
            x
            for x in records.alignments
            if x.source.article_id not in new and x.target.article_id not in new
        )
        _carry_unseen(records, found, unseen)
    found = flag(found, _boilerplate(arts, table))
    found.sort(key=lambda x: (x.target.article_id, x.target.start, x.source.article_id))
    log.info("align: %d candidate pairs, %d alignments", len(pairs), len(found))
    stats = AlignStats(len(pairs), aligned, len(table.spans), table.nbytes, docs.built)
    out = dataclasses.replace(
        records, alignments=tuple(found), provenance=provenance(arts, found, unseen, wholly)
    )
    return out, stats
