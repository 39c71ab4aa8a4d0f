"""Reuse engine stage: candidate pairs, passage alignment, boilerplate and provenance.

``run(records, settings)`` fills ``RecordSet.alignments``, ``RecordSet.provenance`` and
``RecordSet.pairs``:

1. sentence data of the whole corpus in one compact table (:class:`.sentences.SentenceTable`,
   flat int32 arrays, one shared vocabulary; with ``kept`` data of earlier runs, as
   ``analyze`` keeps it in the store, only articles new to it are tokenised); an article's
   :class:`.sentences.DocSentences` is built from it when one of its pairs is aligned, and a
   bounded number are kept (pairs are aligned in :func:`locality_order` so that they are
   reused);
2. candidate pairs from the inverted indexes of :mod:`.candidates` (no all-pairs; the
   sentence index keeps each article's best partners only, and pairs inside one duplicate
   group take no place among them);
3. each pair is aligned once (:func:`align_pair`), the direction decided by
   :func:`.provenance.direction` (date, press-release signals, containment); a pair with no
   direction evidence where both keep unique text is marked *undirected* (its alignments are
   kept, ``source`` being the article that comes first in the corpus);
4. boilerplate passages (and an outlet's templates) are flagged (:mod:`.boilerplate`), then
   a link (directed or not) is withdrawn where other sources of both in the corpus (a
   duplicate's canonical copy counts as its source) hold what the two share, boilerplate
   aside (:func:`_withdraw_explained`: sibling copies are derived from those, not from each other);
5. the undirected marks left are split (:func:`_split_marks`): a pair sharing *wording*
   (verbatim and edited passages covering :data:`UNSEEN_MIN_WORDING` characters of each)
   shares an unseen source text (wire copy); a pair sharing only paraphrased facts is
   *related* (no source claimed: independent reports of one event look the same); a pair
   sharing only boilerplate keeps no mark;
6. one Provenance per article, and one ReusePair per linked article pair (:func:`reuse_pairs`:
   relation, the evidence for its direction, shares).

Articles in one ``records.duplicates`` group are not aligned with each other: every member
other than the canonical one is derived from the canonical article, or, in an ordered near
group, from the version of the canonical article's outlet it holds most of
(:func:`.versions.version_sources`: a copy of a corrected re-issue is the re-issue's) (no
Alignment records), its share being the part of its text it shares with that source word
for word (:func:`newstrace.text.diff.copied_spans`: a near copy's own paragraph is its own
text).
With ``records.new_ids`` set, only pairs touching a new article
are searched for (the indexes cover the corpus, only the new articles' postings and sentences
are queried) and aligned, and older alignments between old articles are kept; with the
undirected marks and withheld passages of earlier runs (:mod:`.heldlinks`, ``held``), steps
4-6 run over all of the corpus's pairs again, as in one analysis of it, and kept pairs of two
articles now in one duplicate group are dropped (:func:`_drop_grouped`).
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from datetime import UTC
from typing import NamedTuple

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import reverse_cuthill_mckee

from newstrace.config import Settings
from newstrace.config.reuse import ReuseSettings
from newstrace.records import Alignment, Article, DuplicateGroup, RecordSet, ReusePair, Span
from newstrace.stages.align import attributed
from newstrace.stages.align.align import (
    AlignParams,
    Detection,
    align_texts,
    blas_limited,
    corroborated,
)
from newstrace.stages.align.boilerplate import (
    copy_map,
    flag,
    flag_names,
    flag_templates,
    release_tail,
    table_spans,
)
from newstrace.stages.align.candidates import (
    CandidateParams,
    Copies,
    Recheck,
    id_rank,
    key_pairs,
    ngram_candidates,
    pair_filter,
    sentence_candidates,
    shared_ngrams,
)
from newstrace.stages.align.heldlinks import HeldLinks, pair_hashes
from newstrace.stages.align.provenance import (
    SUMMARY_SPREAD,
    Direction,
    covered,
    direction,
    lead_in_lines,
    mostly_quoted,
    parse_published,
    provenance,
    speech_tags,
    wire_name,
)
from newstrace.stages.align.sentences import (
    DocCache,
    KeptSentences,
    SentenceCache,
    SentenceTable,
    table_with_kept,
)
from newstrace.stages.align.versions import (
    changed_figures,
    changed_words,
    holds_corrected_figure,
    version_sources,
    words_in,
)
from newstrace.text.credits import (
    attributions,
    credits,
    names_outlet,
    outlet_key,
    outlet_names,
    shared_credits,
    source_attributions,
)
from newstrace.text.diff import copied_spans
from newstrace.text.stopwords import ENGLISH_STOP_WORDS

NAME = "align"
# A duplicate group of more than MASS_COPIES members (a story reprinted word for word by many
# outlets) counts once in the candidate indexes (:class:`.candidates.Copies`): otherwise its
# n-grams and stems pass the document-frequency cap (MAX_DF = 100) and its partial reprints and
# rewrites find no partner, not even the original (an audit: 90 reprints linked them, 110 did
# not).  Its copies are then linked to their canonical copy only, which also spares aligning
# every article of the story with every copy.  Smaller groups keep their own links (a sister
# paper's copy of a wire story is derived from the wire as well as a copy of its sister; the
# sample corpus's gold); chosen by hand, 10: far below the cap, far above the 2-3 copies of
# the synthetic bench, whose scores are unchanged (docs/results.md).
MASS_COPIES = 10
log = logging.getLogger(__name__)
_Spans = list[tuple[int, int]]

__all__ = [
    "NAME",
    "AlignStats",
    "run",
    "run_with_stats",
    "align_pair",
    "align_params",
    "reuse_pairs",
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
    # candidate pairs (article ids) whose alignment raised: logged, left unaligned, and kept
    # with ``held`` so that the next analysis aligns them again
    failed: tuple[tuple[str, str], ...] = ()
    # of them, pairs tried :data:`.heldlinks.ALIGN_ATTEMPTS` times: not tried again (but by
    # a forced analysis)
    given_up: tuple[tuple[str, str], ...] = ()

    @property
    def failed_pairs(self) -> int:
        return len(self.failed)


def align_params(cfg: ReuseSettings) -> AlignParams:
    """Aligner parameters from the reuse settings."""
    return AlignParams(
        seed_cosine=cfg.align_seed_cosine,
        seed_dice=cfg.align_seed_dice,
        gap=cfg.align_gap,
        min_chars=cfg.align_min_chars,
        paraphrase=cfg.align_paraphrase,
        use_synonyms=cfg.align_synonyms,
        embed=cfg.align_mode == "embed",
        widen=False,  # widening every detection is an experiment (PAN13 --widen)
        widen_scattered=cfg.align_widen_summaries,
        weak_paraphrase=cfg.align_weak_paraphrase,
        fill_gaps=cfg.align_fill_gaps,
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
    da, db = cache.get(a.id, a.text, a.language), cache.get(b.id, b.text, b.language)
    return _to_alignments(a, b, align_texts(a.text, da, b.text, db, align_params(settings.reuse)))


def _flip(al: Alignment) -> Alignment:
    return dataclasses.replace(al, source=al.target, target=al.source)


# A pair that shares nothing but one short edited sentence (under this many characters on
# either side, boilerplate aside) gets no direction from dates: one stock sentence refilled
# with other words ("Officers have asked anyone offered antique silver / cheap power tools to
# contact them") is as likely two desks' habit as a copy, so the pair is related, not
# derived.  A credit still directs it.  UNSEEN_MIN_WORDING's short news sentence; set by
# reasoning, not tuned (dropping such pairs at alignment cost Webis-CPC-11 true links).
STOCK_SENTENCE_CHARS = 84


def _stock_sentences_only(als: Sequence[Alignment], texts: Mapping[str, str] | None = None) -> bool:
    """Whether the pair's one passage other than boilerplate is a short edited sentence (see
    :data:`STOCK_SENTENCE_CHARS`), or a short verbatim one cut where figures follow in both
    texts (``texts``: the two articles' texts by id): a stock line word for word up to its
    refilled numbers ("Anyone with information is asked to call Eastmoor Police on 101
    quoting log" 12 / 56 ..., a review of police appeals: three papers' stories of unrelated
    crimes were each other's copies by it).  Several such passages are a rewrite's edited
    sentences (on the synthetic bench, counting them too cost 1.3% of the injected
    paraphrases their direction)."""
    real = [x for x in als if not x.boilerplate]
    if len(real) != 1 or min(real[0].source.length, real[0].target.length) >= STOCK_SENTENCE_CHARS:
        return False
    x = real[0]
    return x.kind == "edited" or (x.kind == "verbatim" and _cut_at_figures(x, texts or {}))


_FIGURE_NEXT = re.compile(r"[ \t]*\d")


def _cut_at_figures(x: Alignment, texts: Mapping[str, str]) -> bool:
    """Whether a figure follows ``x`` on both of its sides (see :func:`_stock_sentences_only`)."""
    return all(
        side.article_id in texts and _FIGURE_NEXT.match(texts[side.article_id], side.end)
        for side in (x.source, x.target)
    )


def _named_elsewhere(src: Article, tgt: Article, als: Sequence[Alignment], side: int) -> bool:
    """Whether the passages of ``tgt`` (their ``side`` of ``als``: 0 source, 1 target) are
    all paraphrase and all lie in sentences of ``tgt`` that name an outlet other than
    ``src``'s as their source (:func:`.credits.attributions`): ``tgt`` retells that outlet's
    news in its own words, and ``src`` is a fellow retelling, not its source (an audit: a
    follow-up's "..., the Ashby Herald revealed." was traced by date to a rival's follow-up
    retelling the same scoop).  The named outlet need not be in the corpus: the test reads
    the pair alone, so an incremental run, which does not direct its old pairs again when
    the outlet's first article comes, finds what a full run finds.  A word-for-word copy is
    ``src``'s wording and keeps its direction."""
    real = [x for x in als if not x.boilerplate]
    if not real or any(x.kind != "paraphrase" for x in real):
        return False
    own = outlet_names(src.source)
    told = attributions(tgt.text, own=outlet_names(tgt.source))
    named = [(s, e) for s, e, key in told if key not in own]
    spans = [x.target if side else x.source for x in real]
    return bool(named) and all(any(s <= p.start and p.end <= e for s, e in named) for p in spans)


def _directed(
    a: Article,
    b: Article,
    als: list[Alignment],
    undirected: dict[str, set[str]],
    realign: Callable[[Article, Article], list[Alignment]] | None = None,
) -> list[Alignment]:
    """Orient the alignments of pair (a, b); mark the pair undirected if undecided (its
    passages then run from the article the aligner reads as the source, :func:`_align_key`,
    not from the one ingested first: the records are the same in every order and batching),
    or if the one called the copy names a third outlet as the source of what they share
    (:func:`_named_elsewhere`).  A pair directed against the aligner's reading whose
    passages the aligner widened as a summary's (:func:`_expanded`) is aligned again the
    other way round (``realign``: the passages of two articles, the first read as the
    source)."""
    d = _direction(a, b, als, _quoted(als, a, b))
    elsewhere = (
        d.source is not None
        and d.evidence != "credit"
        and _named_elsewhere(*((a, b) if d.source == 0 else (b, a)), als, 1 - d.source)
    )
    stock = d.evidence != "credit" and _stock_sentences_only(als, {a.id: a.text, b.id: b.text})
    if elsewhere or d.source is None or stock:
        undirected[a.id].add(b.id)
        undirected[b.id].add(a.id)
        return als if _align_key(a) <= _align_key(b) else [_flip(x) for x in als]
    oriented = als if d.source == 0 else [_flip(x) for x in als]
    src, tgt = (a, b) if d.source == 0 else (b, a)
    if _align_key(src) <= _align_key(tgt):
        return oriented  # the aligner's own reading: its widened side is the source
    if realign is None or not any(map(_expanded, oriented)):
        return oriented
    # aligned again as the direction reads the pair, and directed again on those passages
    # (as the pair's record reads it), by every rule above
    again = realign(src, tgt)
    if not again:  # nothing that way round: no direction, in the aligner's reading
        undirected[a.id].add(b.id)
        undirected[b.id].add(a.id)
        return [_flip(x) for x in oriented]
    return _directed(src, tgt, again, undirected)


def _expanded(al: Alignment) -> bool:
    """Whether ``al``, turned to the pair's direction, is a paraphrase passage whose target
    side takes :data:`.provenance.SUMMARY_SPREAD` times the characters of its source side.
    Asked only of a pair whose direction (a record, a credit, a release's marks) goes
    against the aligner's reading (:func:`_align_key`): the aligner widened that side as a
    summary's source, reading the other text as the summary, and the direction made it the
    copy.  The copy of a short text is not all of a long text: a 3,000-word investigation
    quoting a company's statement, which the statement's last paragraphs sum up, was wholly
    the later statement's copy (a review), and an undated obituary the agency flash's.  Such
    a pair is aligned again the other way round (:func:`_directed`); dropping the passages
    instead lost undated pairs whose only passage it was (an explainer crediting the brief it
    expands: a second review), and dropping them in every pair, not only those turned round,
    also lost a heavy revision's expanded sentence in Clough's answers."""
    return al.kind == "paraphrase" and al.target.length >= SUMMARY_SPREAD * max(al.source.length, 1)


def _carry_held(
    records: RecordSet,
    held: HeldLinks | None,
    undirected: dict[str, set[str]],
    found: list[Alignment],
) -> None:
    """Carry the undirected marks of the pairs between old articles and, with ``held``, the
    passages the sibling and outclass rules withheld from the records: those rules then run
    over the whole corpus's pairs again, as in one analysis of it (a link withdrawn in an
    earlier batch still explains a pair of a later one, and comes back if it no longer is
    explained).  The marks the records show are carried in any case: the kept ones hold
    them when they were saved with the records, and a run that did not keep them (an
    earlier version analysing the store) leaves its pairs' marks only in the records.  But
    not those the kept data knows were marked after the boilerplate flags (``held.later``):
    the flags weigh those pairs as directed, as one analysis does, and mark them again."""
    _carry_unseen(records, undirected, held.later if held is not None and held.known else set())
    if held is None or not held.known:
        return
    new = records.new_ids
    marks, dropped = held.between(a.id for a in records.articles if a.id not in new)
    for a, b in map(sorted, marks):
        undirected[a].add(b)
        undirected[b].add(a)
    found.extend(dropped)


def _drop_grouped(
    found: list[Alignment], undirected: dict[str, set[str]], groups: Sequence[DuplicateGroup]
) -> None:
    """Drop the carried passages and marks of pairs that are now two members of one duplicate
    group (a later batch brought the copies that join them): the members of a group are not
    aligned with each other, each other member being derived from the canonical copy."""
    fellows: dict[str, set[str]] = defaultdict(set)
    for g in groups:
        for m in g.members:
            fellows[m].update(g.members)

    def grouped(a: str, b: str) -> bool:
        return b in fellows.get(a, ())

    found[:] = [x for x in found if not grouped(x.source.article_id, x.target.article_id)]
    for a, peers in undirected.items():
        peers -= {b for b in peers if grouped(a, b)}


def _recheck(
    arts: Sequence[Article],
    records: RecordSet,
    held: HeldLinks | None,
    query: np.ndarray | None,
    copies: Copies,
    cfg: ReuseSettings | None = None,
) -> Recheck | None:
    """The old pairs of an incremental run (those with carried passages, shown or withheld)
    for the sentence index to decide again (:class:`.candidates.Recheck`): a later batch
    brings articles that outrank an old pair among its ends' top partners, as one search of
    the whole corpus would rank them.  ``changed``: old articles a new copy of their mass
    copy group hides from the sentence index; ``hidden_before``: those hidden before the
    batch (:func:`_groups_before`; ``cfg``: the dedup settings that built them)."""
    if query is None:
        return None
    index = {a.id: i for i, a in enumerate(arts)}
    carried = [*records.alignments]
    if held is not None and held.known:
        carried += held.dropped
    keys = {
        min(i, j) << 32 | max(i, j)
        for x in carried
        if (i := index.get(x.source.article_id, -1)) >= 0
        and (j := index.get(x.target.article_id, -1)) >= 0
        and not query[i]
        and not query[j]
    }
    fresh = np.zeros(max(int(copies.group.max(initial=-1)) + 1, 1), dtype=bool)
    fresh[copies.group[query & (copies.group >= 0)]] = True
    changed = copies.hidden & ~query & fresh[np.maximum(copies.group, 0)]
    old_groups = _groups_before(arts, records, cfg)
    numbers = _group_numbers(arts, _duplicate_map(RecordSet(duplicates=tuple(old_groups)))[0])
    before = _mass_copies(numbers, arts, {g.canonical for g in old_groups})
    never = None
    if held is not None and held.known and held.empty is not None:
        kept = held

        def never(pairs: np.ndarray) -> np.ndarray:
            hashes = pair_hashes(
                [arts[i].id for i in (pairs >> 32).tolist()],
                [arts[j].id for j in (pairs & 0xFFFFFFFF).tolist()],
            )
            return kept.never_empty(hashes)

    old = np.array(sorted(keys), dtype=np.int64)
    return Recheck(old, changed, before=before, never_empty=never)


def _groups_before(
    arts: Sequence[Article], records: RecordSet, cfg: ReuseSettings | None = None
) -> list[DuplicateGroup]:
    """The duplicate groups of the old articles as the run before the batch built them: a
    group's old members, its canonical copy chosen from them as dedup chose (an
    earlier-dated new copy takes the place of the old canonical one, which the index showed
    until then; a new copy's credit may make another old copy the canonical one, of its
    exact group too).  A near group with a new member may have joined old groups (a near
    copy of two versions): its old members are grouped again by :func:`.dedup.find_duplicates`
    with ``cfg``, which pairs them as it did (each pair is decided by its two texts alone)."""
    from newstrace.stages.dedup import agreeing, find_duplicates, make_group  # dedup imports us

    index = {a.id: i for i, a in enumerate(arts)}
    new = records.new_ids
    before: dict[str, list[DuplicateGroup]] = {"exact": [], "near": []}
    # the members of near groups with a new member: an exact group among them may have
    # taken another canonical copy from its near group (dedup.agreeing)
    joined = {m for g in records.duplicates if g.kind == "near" and new & set(g.members)
              for m in g.members}  # fmt: skip
    for g in records.duplicates:
        old = [arts[index[m]] for m in g.members if m in index and m not in new]
        if len(old) == len(g.members) and (g.kind == "near" or g.canonical not in joined):
            before[g.kind].append(g)
        elif len(old) > 1 and g.kind == "near":
            found = find_duplicates(old, cfg)
            before["near"] += [x for x in found if x.kind == "near"]
        elif len(old) > 1:
            before[g.kind].append(make_group(g.kind, old, g.similarity))
    return [*agreeing(before["exact"], before["near"], arts), *before["near"]]


def _lapsed(
    arts: Sequence[Article],
    recheck: Recheck | None,
    params: CandidateParams,
    rechosen: Container[int],
    new: frozenset[str],
    copies: Copies | None = None,
    ngram_pairs: Callable[[np.ndarray], np.ndarray] | None = None,
    times: Sequence[float | None] | None = None,
) -> set[frozenset[str]]:
    """The old pairs no index would pair now: no longer among the sentence index's top
    partners of either end (:class:`.candidates.Recheck`), sharing fewer than ``min_shared``
    word n-grams (their document frequencies are not looked up: a pair is kept when in
    doubt; a pair with an end a mass copy group hides now is kept only when the n-gram
    index, which counts the group once, pairs it: ``ngram_pairs`` of a mask of ends), and
    not credited: an attributed sentence of one naming the other's outlet chose the other
    again in this run (``rechosen``, keys of article indices), or, if that outlet has no new
    article (its sentences were not chosen again), names it at all within
    :func:`.attributed.window_days` of it (``times``: POSIX publication times)."""
    if recheck is None or not len(recheck.lapsed):
        return set()
    fresh = frozenset().union(*(outlet_names(a.source) for a in arts if a.id in new))
    keys = recheck.lapsed
    hidden = np.zeros(len(arts), dtype=bool) if copies is None else copies.hidden
    behind = hidden[keys >> 32] | hidden[keys & 0xFFFFFFFF]
    paired: set[int] = set()
    if behind.any() and ngram_pairs is not None:
        ends = np.zeros(len(arts), dtype=bool)
        ends[keys[behind] >> 32] = ends[keys[behind] & 0xFFFFFFFF] = True
        paired = set(ngram_pairs(ends).tolist())
    out, floor = set(), params.min_shared
    for key, hid in zip(keys.tolist(), behind.tolist(), strict=True):
        i, j = key >> 32, key & 0xFFFFFFFF
        a, b = arts[i], arts[j]
        shared = key in paired if hid else shared_ngrams(a.text, b.text, params.ngram) >= floor
        if shared:
            continue
        gap = _gap_days(times, i, j)
        if key in rechosen or _credits(a, b, fresh, gap) or _credits(b, a, fresh, gap):
            continue
        out.add(frozenset((a.id, b.id)))
    return out


def _gap_days(times: Sequence[float | None] | None, i: int, j: int) -> float:
    """Days between the publication of articles ``i`` and ``j`` (0 when one is undated)."""
    if times is None:
        return 0.0
    a, b = times[i], times[j]
    return 0.0 if a is None or b is None else abs(a - b) / 86400.0


def _moved(
    arts: Sequence[Article],
    recheck: Recheck | None,
    rechosen: Container[int],
    naming: dict[int, set[str]],
) -> np.ndarray:
    """Keys of the old pairs to align again: one end has a sentence attributed to the other's
    outlet, that outlet has a new article (``naming``: old article -> the outlets with a new
    article its sentences name, :func:`.attributed.candidates`), and the sentence did not
    choose the other end again (``rechosen``): its credited passage now belongs to another
    pair, and whatever else the two share is weighed afresh, as one analysis of the whole
    corpus weighs it (its carried passages and marks are dropped, :func:`_carried`).  Only
    the old pairs of the articles in ``naming`` are looked at."""
    if recheck is None or not naming:
        return np.zeros(0, np.int64)
    ends = np.zeros(len(arts), dtype=bool)
    ends[list(naming)] = True
    out = []
    for key in recheck.touching(ends).tolist():
        i, j = key >> 32, key & 0xFFFFFFFF
        if key not in rechosen and (
            naming.get(i, set()) & outlet_names(arts[j].source)
            or naming.get(j, set()) & outlet_names(arts[i].source)
        ):
            out.append(key)
    return np.array(out, dtype=np.int64)


def _recredited(
    arts: Sequence[Article],
    records: RecordSet,
    held: HeldLinks | None,
    rechosen: attributed.Rechosen,
    allowed: Callable[[np.ndarray, np.ndarray], np.ndarray],
) -> tuple[np.ndarray, dict[int, attributed.Chosen]]:
    """Keys of the old pairs to align again with their credited sentences, and those
    sentences (as :func:`.attributed.candidates` chooses them): an old sentence naming an
    outlet with a new article chose another old article of it than before (a stem of the
    sentence is past the outlet's :data:`.attributed.MAX_POSTINGS` now), so its credited
    passage is not among the pair's carried passages (none when the pair was not aligned).
    One analysis of the whole corpus aligns the pair with the credit; an old pair so aligned
    again replaces its carried passages (it is among the run's ``gone``)."""
    maybe = {k: v for k, v in rechosen.items() if any(x[3] for x in v)}
    if not maybe:
        return np.zeros(0, np.int64), {}
    keys = np.array(sorted(maybe), dtype=np.int64)
    keys = keys[allowed(keys >> 32, keys & 0xFFFFFFFF)]
    taken = _carried_spans(arts, records, held, set(keys.tolist()))
    out, chosen = [], defaultdict(list)
    for key in keys.tolist():
        other = {key >> 32: key & 0xFFFFFFFF, key & 0xFFFFFFFF: key >> 32}
        spans = taken.get(key, [])
        if all(any(x == j and s < end and start < e for x, s, e in spans)
               for j, start, end, changed in maybe[key] if changed):  # fmt: skip
            continue  # the credit is carried already: chosen before as now
        out.append(key)
        for j, start, end, _ in maybe[key]:
            chosen[j].append((start, end, other[j]))
    return np.array(out, dtype=np.int64), {j: tuple(v) for j, v in chosen.items()}


def _carried_spans(
    arts: Sequence[Article], records: RecordSet, held: HeldLinks | None, keys: set[int]
) -> dict[int, list[tuple[int, int, int]]]:
    """For the pair ``keys``: the spans (article index, start, end) of both sides of their
    carried passages, shown or withheld."""
    if not keys:
        return {}
    index = {a.id: i for i, a in enumerate(arts)}
    carried = [*records.alignments]
    if held is not None and held.known:
        carried += held.dropped
    out: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for x in carried:
        i, j = index.get(x.source.article_id, -1), index.get(x.target.article_id, -1)
        key = min(i, j) << 32 | max(i, j)
        if i >= 0 and j >= 0 and key in keys:
            out[key] += [(i, x.source.start, x.source.end), (j, x.target.start, x.target.end)]
    return out


def _carried(
    records: RecordSet,
    held: HeldLinks | None,
    undirected: dict[str, set[str]],
    found: list[Alignment],
    gone: set[frozenset[str]],
) -> None:
    """Add to ``found`` and ``undirected`` the passages and marks of the pairs between old
    articles (the records' and, with ``held``, the withheld ones, :func:`_carry_held`), but
    those of the pairs in ``gone``: no longer candidates, or aligned again in this run."""
    new = records.new_ids
    carried = [
        x
        for x in records.alignments
        if x.source.article_id not in new and x.target.article_id not in new
    ]
    marks: dict[str, set[str]] = defaultdict(set)
    _carry_held(records, held, marks, carried)
    _drop_lapsed(carried, marks, gone)
    found.extend(carried)
    for a, peers in marks.items():
        undirected[a] |= peers


def _credits(a: Article, b: Article, fresh: frozenset[str], gap: float = 0.0) -> bool:
    """Whether ``a`` attributes a sentence to ``b``'s outlet, one without a new article
    (``fresh``: the names of those with one), published near enough for that sentence to
    pair them: ``gap`` days apart, within :func:`.attributed.window_days` of its words."""
    names = outlet_names(b.source)
    if not names or names & fresh:
        return False
    found = source_attributions(a.text, names, outlet_names(a.source))  # as the pairing reads
    return any(attributed.window_days(a.text[s:e]) >= gap for s, e, _ in found)


def _drop_lapsed(
    found: list[Alignment], undirected: dict[str, set[str]], lapsed: set[frozenset[str]]
) -> None:
    """Drop the carried passages and marks of the old pairs in ``lapsed``: no longer
    candidates (:func:`_lapsed`), which one analysis of the whole corpus would not have
    aligned, or aligned again in this run (:func:`_moved`)."""
    if not lapsed:
        return
    found[:] = [
        x for x in found if frozenset((x.source.article_id, x.target.article_id)) not in lapsed
    ]
    for pair in lapsed:
        a, b = sorted(pair)
        undirected[a].discard(b)
        undirected[b].discard(a)


def _mark_set(undirected: Mapping[str, set[str]]) -> set[frozenset[str]]:
    """The undirected marks as a set of pairs."""
    return {frozenset((a, b)) for a in undirected for b in undirected[a]}


def _carry_unseen(
    records: RecordSet,
    undirected: dict[str, set[str]],
    later: Container[frozenset[str]] = frozenset(),
) -> None:
    """Keep the undirected marks (unseen source or related) between old articles (their pair
    was not aligned again), but those of ``later`` (marked after the flags, see
    :func:`_carry_held`); :func:`_withdraw_explained` then drops those a new article
    explains, and :func:`_split_marks` sorts them again as a full run does."""
    new = records.new_ids
    for p in records.provenance:
        if p.article_id in new:
            continue
        for other in (*p.unseen_source_with, *p.related_with):
            if other not in new and frozenset((p.article_id, other)) not in later:
                undirected[p.article_id].add(other)
                undirected[other].add(p.article_id)


# An undirected pair shares an unseen source *text* only when it shares wording: verbatim or
# edited passages (boilerplate aside) covering at least this many characters of each article,
# about one short news sentence (84 characters is the lower quartile of sentence lengths in
# ECB+ news; the median is 128).  Two independent reports of one event restate its facts in
# paraphrased passages and may share a clause (examples/corpus, St Aldhelm's: 43 characters);
# the wire copies of the seeds and of examples/corpus share whole sentences (670 characters).
UNSEEN_MIN_WORDING = 84


def _reorient(
    found: list[Alignment], by_id: Mapping[str, Article], undirected: dict[str, set[str]]
) -> None:
    """Turn round the directed pairs whose passages left after the withdrawals make the other
    article the source (:func:`_direction` on all of them, as :func:`reuse_pairs` reads the
    pair record's evidence): the direction was read with all the passages, and one that a
    common source explains may have decided it (a review of speeches: a report was the
    "record" source of the transcript it quoted, by evidence naming the transcript)."""
    by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, x in enumerate(found):
        by_pair[(x.source.article_id, x.target.article_id)].append(i)
    for (s, t), members in by_pair.items():
        if t in undirected.get(s, ()) or s not in by_id or t not in by_id:
            continue
        als = [found[i] for i in members]
        if all(x.boilerplate for x in als):
            continue
        a, b = by_id[s], by_id[t]
        if _direction(a, b, als, _quoted(als, a, b)).source == 1:  # as reuse_pairs reads it
            for i in members:
                found[i] = _flip(found[i])


def _undirect_quotes_left(
    found: Sequence[Alignment], by_id: Mapping[str, Article], undirected: dict[str, set[str]]
) -> None:
    """Mark undirected a directed pair that boilerplate flags left with quotes only: its
    direction was read with all its passages (:func:`_directed`), and when the flags leave
    only passages inside quotation marks in both that the same call reads as quotes both
    can have taken from their speakers, there is no direction (an audit: two companies'
    results releases, their common form boilerplate, stayed 'derived' by date on one stock
    phrase of their chief executives' quotes), or with one short edited sentence
    (:func:`_stock_sentences_only`, as :func:`_directed` reads a pair that has nothing else:
    a police force's two statements on unrelated incidents, their contact lines boilerplate,
    stayed 'derived' by date on "...-year-old man has been arrested on suspicion of").  A
    pair with no passage flagged is left as :func:`_directed` read it."""
    by_pair: dict[frozenset[str], list[Alignment]] = defaultdict(list)
    for x in found:
        by_pair[frozenset((x.source.article_id, x.target.article_id))].append(x)
    for als in by_pair.values():
        s, t = als[0].source.article_id, als[0].target.article_id
        if t in undirected.get(s, ()) or not any(x.boilerplate for x in als):
            continue
        real = [x for x in als if not x.boilerplate]
        if not real or s not in by_id or t not in by_id:
            continue
        a, b = by_id[s], by_id[t]
        d = _direction(a, b, real, _quoted(real, a, b))
        stock = d.evidence != "credit" and _stock_sentences_only(als, {s: a.text, t: b.text})
        if stock or (d.source is None and d.evidence == "quotation"):
            undirected[s].add(t)
            undirected[t].add(s)


def _credit_shared(texts: Mapping[str, str] | None, a: str, b: str) -> bool:
    """Whether both texts credit one outlet (:func:`.credits.shared_credits`)."""
    return texts is not None and bool(shared_credits(texts[a]) & shared_credits(texts[b]))


def _split_marks(
    found: Sequence[Alignment],
    undirected: dict[str, set[str]],
    outlets: dict[str, str | None] | None = None,
    texts: Mapping[str, str] | None = None,
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(unseen source, related): the undirected marks that share wording, and those that
    share only paraphrased passages or are two articles of one outlet (``outlets``: an
    outlet's follow-up keeping its own background paragraphs, undated, shares no source
    beyond the two: a review found eight of an outlet's eleven pairs so marked); a pair
    sharing nothing but boilerplate keeps no mark."""
    marked = {frozenset((a, b)) for a, peers in undirected.items() for b in peers}
    shared: set[frozenset[str]] = set()
    wording: dict[frozenset[str], dict[str, _Spans]] = defaultdict(lambda: defaultdict(list))
    for x in found:
        key = frozenset((x.source.article_id, x.target.article_id))
        if x.boilerplate or key not in marked:
            continue
        shared.add(key)
        if x.kind != "paraphrase":
            for side in (x.source, x.target):
                wording[key][side.article_id].append((side.start, side.end))
    unseen: dict[str, set[str]] = defaultdict(set)
    related: dict[str, set[str]] = defaultdict(set)
    for key in shared:
        worded = all(covered(wording[key][art]) >= UNSEEN_MIN_WORDING for art in key)
        a, b = sorted(key)
        if outlets is not None and _same_outlet(outlets, a, b) and not _credit_shared(texts, a, b):
            worded = False  # (both crediting a third outlet, "(Gulfwire) -", share it)
        (unseen if worded else related)[a].add(b)
        (unseen if worded else related)[b].add(a)
    return unseen, related


# A link between two articles is withdrawn when articles of the corpus that are sources of
# both hold what the two share: at least this share of the characters each of the two shares
# with the other lies in its passages from those common sources (two reprints of a wire story
# that is itself in the corpus).  Set on examples/corpus: the reprints of one press release
# or wire story hold 0.95-1.0 of what they share in the common source; two papers that also
# share their own text (a later wire update, or one copying the other's additions) stay linked
# when that text is more than a fifth of what they share.  Coverage is compared, not wording:
# B copying A's lightly edited reprint of S word for word is traced to S alone, unless A is a
# later version of S by the same outlet (:func:`_closer_copies`: a correction).
COMMON_SOURCE_HOLDS = 0.8
# ... unless what the common sources lack is at least this many characters, a short sentence
# (84 and 128 characters are the lower quartile and median of ECB+ news sentences): a text
# that only the middle article has (its own added sentence) shows the other took it from
# there (a chain source -> A -> B where A is a near duplicate of the source).  First 120; an
# audit's 81-character added sentence was missed, so 60.  examples/corpus gold and the 10k
# bench are the same at 120 and 60.
UNHELD_KEEP = 60
# The intermediary's own text an article must hold around a source's text, in the passages
# that carry it, for the source's link to go (:func:`_through_intermediary`): a short
# paragraph, two median news sentences (2 x 128 characters, ECB+), more than a stock line
# (a review: a 137-character newsdesk footer two sister titles share made one the other's
# source of a release both printed).  The audited chains hold 445-678 characters there.
RELAY_OWN = 256
# Verbatim characters a near copy must give an article beyond what the group's canonical copy
# gives it, to be named its source instead (:func:`_closer_copies`): about one short sentence,
# the unseen-source wording floor (UNSEEN_MIN_WORDING below); chosen by reasoning, not tuned.
CLOSER_VERBATIM = 84


# A passage of a weaker source is dropped where better sources of the same target cover
# OUTCLASS_COVER of its target side, all but UNHELD_KEEP characters (a sentence only the weaker
# source gives stays its: a review), with a score higher by OUTCLASS_MARGIN or more: the target
# took those words from the better one (a multilingual audit: a paper's rewrite of a
# ministry's release opened with the release's stock sentence, which the ministry's older
# release also had, at 0.71 against 0.94, and the older release was called a source).  Only
# edited and paraphrased passages of directed pairs are weighed; two verbatim copies of one
# text tie and are left to the sibling rule.  Set a priori (the cover as in the sibling rule;
# the margin about the gap between an edited and a verbatim passage), not fitted.  A
# paraphrase is also outclassed by more literal passages (verbatim or edited) scoring within
# the margin of 1: the target has their words (the science corpus: a reprint of an agency
# story matched the university release the agency rewrote as a paraphrase of 0.86, under
# the agency's verbatim 1.0, and kept the release as a second source), where they leave
# less than UNHELD_KEEP of it (more is a sentence only this source gives: a review).  And an
# edited passage is outclassed by verbatim passages of another article of its own outlet at
# any score: the target prints that article, not this one (a review of local government
# notices: a paper's column printing two road-closure orders of one council word for word
# credited each order with both, the other filling of the form scoring 0.92).  Not across
# outlets: undated, the verbatim "source" may be the target's copy and the edited one its
# true source (an agency's rewrite of a release, a reprint of the agency's story).
OUTCLASS_COVER = 0.8
OUTCLASS_MARGIN = 0.15


# How literal a passage's kind is: a passage is outclassed only by passages at least as
# literal.  The kinds' scores are not on one scale (an edited or verbatim passage's is a
# character ratio, a paraphrase's the cosine of its best sentence pair): a paraphrase at 0.9
# is no better evidence than an edited passage at 0.7, whose words are the target's closer.
_LITERAL = {"paraphrase": 0, "edited": 1, "verbatim": 2}


def _drop_own_words_returned(
    found: list[Alignment], undirected: dict[str, set[str]], outlets: Mapping[str, str | None]
) -> None:
    """Remove from ``found`` every passage of a source P into a target T of another outlet
    where an earlier article X of T's own outlet gives T those words as its form (passages
    X -> T flagged as boilerplate hold T's side: :func:`_held_in`) and P took them from X
    (passages X -> P, not boilerplate, hold P's side): an outlet refilling its own form is no
    copy of another outlet's story of its earlier filling (the sweep of earlier review
    corpora: a rail operator's statement for the next strike, its March statement refilled,
    was traced to a paper's story of the March statement).  Not where X -> T is a copy: the
    other rules weigh it (a minister's delivered transcript keeps the report quoting the
    words she added to her advance text)."""
    form: dict[tuple[str, str], _Spans] = defaultdict(list)
    sources: dict[str, set[str]] = defaultdict(set)
    for x in found:
        src, tgt = x.source.article_id, x.target.article_id
        if x.boilerplate and _same_outlet(outlets, src, tgt) and src not in undirected.get(tgt, ()):
            form[(src, tgt)].append((x.target.start, x.target.end))
            sources[tgt].add(src)
    # two rounds: the passages that show P took the words from X are P's copies of X, not its
    # boilerplate, and not passages this rule drops itself (a sweep review: a wire's story
    # of one month's bulletin lost it as a source through the wire's earlier story, whose
    # passages into the bulletin the rule dropped in the same pass)
    gone = _own_words_returned(found, undirected, outlets, form, sources, set())
    if gone:
        gone = _own_words_returned(found, undirected, outlets, form, sources, gone)
        found[:] = [x for i, x in enumerate(found) if i not in gone]


def _own_words_returned(
    found: Sequence[Alignment],
    undirected: dict[str, set[str]],
    outlets: Mapping[str, str | None],
    form: Mapping[tuple[str, str], _Spans],
    sources: Mapping[str, set[str]],
    left_out: set[int],
) -> set[int]:
    """The indexes of ``found`` that :func:`_drop_own_words_returned` drops, the passages
    ``left_out`` read as no evidence that one article took words from another."""
    into: dict[tuple[str, str], _Spans] = defaultdict(list)
    for i, x in enumerate(found):
        src, tgt = x.source.article_id, x.target.article_id
        if not x.boilerplate and i not in left_out and src not in undirected.get(tgt, ()):
            into[(src, tgt)].append((x.target.start, x.target.end))
    gone: set[int] = set()
    for i, x in enumerate(found):
        p, t = x.source.article_id, x.target.article_id
        if x.boilerplate or _same_outlet(outlets, p, t) or p in undirected.get(t, ()):
            continue
        own = (s for s in sources.get(t, ()) if s != p and (s, p) in into)
        if any(
            _held_in([(x.target.start, x.target.end)], form[(s, t)])
            and _held_in([(x.source.start, x.source.end)], into[(s, p)])
            for s in own
        ):
            gone.add(i)
    return gone


def _drop_outclassed(
    found: list[Alignment],
    undirected: dict[str, set[str]],
    copies: Mapping[str, tuple[str, _Spans]] | None = None,
    outlets: Mapping[str, str | None] | None = None,
) -> None:
    """Remove from ``found`` the passages that better sources of their target outclass;
    ``copies``: duplicate -> (the copy it is traced to, the spans it copied); ``outlets``:
    article id -> outlet name (see :data:`OUTCLASS_MARGIN`: an outlet's verbatim passage
    outclasses its other articles' edited ones whatever their scores)."""
    by_target: dict[str, list[int]] = defaultdict(list)
    upstream: dict[str, dict[str, _Spans]] = defaultdict(lambda: defaultdict(list))
    for dup, (canonical, spans) in (copies or {}).items():
        upstream[dup][canonical].extend(spans)
    for i, x in enumerate(found):
        if not x.boilerplate and x.source.article_id not in undirected.get(x.target.article_id, ()):
            by_target[x.target.article_id].append(i)
            if x.kind != "paraphrase" and x.score >= 1.0 - OUTCLASS_MARGIN:  # a copy, not a rewrite
                upstream[x.target.article_id][x.source.article_id].append(
                    (x.target.start, x.target.end)
                )
    gone: set[int] = set()
    seen: dict[int, frozenset[str]] = {}  # by id(): a passage is weighed for several others

    def copied_from(x: Alignment) -> frozenset[str]:
        if id(x) not in seen:
            seen[id(x)] = _copied_from(x, upstream)
        return seen[id(x)]

    for members in by_target.values():
        if len(members) > 1:
            gone.update(_outclassed([found[i] for i in members], members, copied_from, outlets))
    found[:] = [x for i, x in enumerate(found) if i not in gone]


_QUOTE_FORMS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _plain(text: str) -> str:
    """``text`` with its runs of white space one space and curly quotes straight."""
    return " ".join(text.translate(_QUOTE_FORMS).split())


# an article's whole text is read for each pair it is in (pieces of it use the plain forms)
_plain_text = functools.lru_cache(maxsize=4096)(_plain)


def _drop_given_word_for_word(
    found: list[Alignment],
    undirected: dict[str, set[str]],
    copies: Mapping[str, tuple[str, _Spans]],
    texts: Mapping[str, str],
) -> None:
    """Remove from ``found`` every passage of a source S into a target T when all S gives T
    is given by one fuller source X too, word for word: X's passages with T (or, T a
    duplicate, the text T copied from X: ``copies``) cover each of S's passages
    (:data:`OUTCLASS_COVER`, all but :data:`UNHELD_KEEP`), X's text holds each passage's
    target words as they stand, and X gives T :data:`UNHELD_KEEP` characters or more besides.
    T took those words with the rest of X (a review of police appeals: a paper's copy of one
    appeal was traced to the force's appeal for a crash too, through the force's standard
    closing lines, cut where the log numbers differ, which score higher than the whole
    copy's merged passage).  Not passages of pairs with no direction."""
    regions: dict[str, dict[str, _Spans]] = defaultdict(lambda: defaultdict(list))
    for dup, (canonical, spans) in copies.items():
        regions[dup][canonical].extend(spans)
    mine: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, x in enumerate(found):
        src, tgt = x.source.article_id, x.target.article_id
        if x.boilerplate or src in undirected.get(tgt, ()):
            continue
        regions[tgt][src].append((x.target.start, x.target.end))
        mine[(src, tgt)].append(i)
    gone: set[int] = set()
    for (src, tgt), members in mine.items():
        # not a fuller source that took the words from S: a fact-check quoting a debate's
        # transcript kept the papers that printed the line and lost the transcript (a third
        # review)
        others = {
            k: v
            for k, v in regions[tgt].items()
            if k != src and k in texts and (src, k) not in mine
        }
        if not others or tgt not in texts:
            continue
        spans = [(found[i].target.start, found[i].target.end) for i in members]
        if any(_gives_all(spans, v, texts[tgt], texts[k]) for k, v in others.items()):
            gone.update(members)
    if gone:
        found[:] = [x for i, x in enumerate(found) if i not in gone]


def _gives_all(spans: _Spans, given: _Spans, target: str, text: str) -> bool:
    """Whether a source whose passages cover ``given`` of ``target`` (its text ``text``)
    gives every span of ``spans`` word for word, paragraph by paragraph (a copy may leave a
    paragraph out between two it keeps), and more (see :func:`_drop_given_word_for_word`)."""
    mine = covered(spans)
    if covered(list(given) + list(spans)) - mine < UNHELD_KEEP:
        return False
    plain = _plain_text(text)
    for s, e in spans:
        held = covered((max(a, s), min(b, e)) for a, b in given if a < e and b > s)
        if held < OUTCLASS_COVER * (e - s) or (e - s) - held >= UNHELD_KEEP:
            return False
        if any(_plain(part) not in plain for part in _PARAGRAPH_BREAK.split(target[s:e])):
            return False
    return True


def _copied_from(x: Alignment, upstream: dict[str, dict[str, _Spans]]) -> frozenset[str]:
    """The sources whose close passages with ``x``'s source article (verbatim or edited
    within :data:`OUTCLASS_MARGIN` of 1, or a duplicate's copied text) hold its side of
    ``x`` (:data:`COMMON_SOURCE_HOLDS`, under :data:`UNHELD_KEEP` characters outside):
    there its text is their copy (a rewrite's words are its own)."""
    side = [(x.source.start, x.source.end)]
    return frozenset(
        src for src, spans in upstream.get(x.source.article_id, {}).items() if _held_in(side, spans)
    )


def _outlet_codes(passages: Sequence[Alignment], outlets: Mapping[str, str | None]) -> np.ndarray:
    """A code per passage for its source's outlet (by :func:`outlet_key`; -1 when unnamed)."""
    codes: dict[str, int] = {}
    keys = (outlet_key(outlets.get(x.source.article_id)) for x in passages)
    return np.array([codes.setdefault(k, len(codes)) if k else -1 for k in keys], np.int64)


def _outclassed(
    passages: Sequence[Alignment],
    ids: Sequence[int],
    copied_from: Callable[[Alignment], frozenset[str]] | None = None,
    outlets: Mapping[str, str | None] | None = None,
) -> list[int]:
    """The ``ids`` of ``passages`` (all of one target) that :func:`_drop_outclassed` drops
    (and a source's only sentence that a fuller source gives as well, :func:`_tied`): each
    weighed against the overlapping passages at once (a target with thousands of passages
    made a pairwise loop take seconds).  A passage of an article whose text there is a copy
    of S (``copied_from``) never outclasses S's own passage: a paper's exact cut of an
    agency's write-thru outclassed the write-thru's looser passage with a paper mixing two
    versions, which then lost the write-thru as a source (a review)."""
    w = _Weighed.of(passages)
    starts, ends, scores, literal, src = w.starts, w.ends, w.scores, w.literal, w.src
    cover = w.cover
    outlet = None if outlets is None else _outlet_codes(passages, outlets)
    out: list[int] = []
    for k, x in enumerate(passages):
        s, e = x.target.start, x.target.end
        if x.kind == "verbatim" or e <= s:
            continue
        near = (starts < e) & (ends > s) & (src != src[k])
        if copied_from is not None:
            for j in np.flatnonzero(near).tolist():
                if x.source.article_id in copied_from(passages[j]):
                    near[j] = False
        better = scores >= x.score + OUTCLASS_MARGIN
        if outlet is not None and x.kind == "edited":
            better |= (literal == 2) & (outlet == outlet[k]) & (outlet >= 0)
        ok = near & (literal >= literal[k]) & better
        held = cover(ok, s, e) if ok.any() else 0
        if held >= OUTCLASS_COVER * (e - s) and (e - s) - held < UNHELD_KEEP:
            out.append(ids[k])
        elif x.kind == "paraphrase":
            # the target's words are another source's, word for word, all but a few: what is
            # left (UNHELD_KEEP) would be this source's own sentence (a review)
            ok = near & (literal > literal[k]) & (scores >= 1.0 - OUTCLASS_MARGIN)
            held = cover(ok, s, e) if ok.any() else 0
            if held >= OUTCLASS_COVER * (e - s) and (e - s) - held < UNHELD_KEEP:
                out.append(ids[k])
    return out + _tied(passages, ids, set(out), w)


@dataclasses.dataclass(frozen=True, slots=True)
class _Weighed:
    """The passages of one target as arrays: target spans, scores, how literal (:data:`
    _LITERAL`) and a code per source."""

    starts: np.ndarray
    ends: np.ndarray
    scores: np.ndarray
    literal: np.ndarray
    src: np.ndarray
    sources: int

    @classmethod
    def of(cls, passages: Sequence[Alignment]) -> _Weighed:
        codes: dict[str, int] = {}
        src = np.array([codes.setdefault(x.source.article_id, len(codes)) for x in passages])
        return cls(
            np.array([x.target.start for x in passages], dtype=np.int64),
            np.array([x.target.end for x in passages], dtype=np.int64),
            np.array([x.score for x in passages], dtype=np.float64),
            np.array([_LITERAL.get(x.kind, 0) for x in passages], dtype=np.int64),
            src,
            len(codes),
        )

    def cover(self, ok: np.ndarray, s: int, e: int) -> int:
        """Characters of ``[s, e)`` that the passages ``ok`` (a mask) cover."""
        clipped = zip(
            np.maximum(self.starts[ok], s).tolist(),
            np.minimum(self.ends[ok], e).tolist(),
            strict=True,
        )
        return covered(clipped)


def _tied(
    passages: Sequence[Alignment], ids: Sequence[int], gone: set[int], w: _Weighed
) -> list[int]:
    """The ``ids`` of the passages left (not ``gone``) that are their source's only text in
    the target and that a fuller source's passages give as well
    (:func:`_tie_to_a_fuller_source`); a verbatim one only under verbatim passages (a
    second agency's story gave a paper only the official's quote, which the paper printed
    inside the first agency's story word for word: a review)."""
    live = np.array([i not in gone for i in ids], dtype=bool)
    mine = (live & (w.src == c) for c in range(w.sources))
    given = [covered(zip(w.starts[m].tolist(), w.ends[m].tolist(), strict=True)) for m in mine]
    out: list[int] = []
    for k, x in enumerate(passages):
        s, e = x.target.start, x.target.end
        if not live[k] or e <= s or given[w.src[k]] - (e - s) >= UNHELD_KEEP:
            continue
        near = live & (w.starts < e) & (w.ends > s) & (w.src != w.src[k])
        ok = near & (w.literal >= w.literal[k]) & (w.scores >= x.score)
        if ok.any() and _tie_to_a_fuller_source(ok, w, given, e - s, s, e):
            out.append(ids[k])
    return out


def _tie_to_a_fuller_source(
    ok: np.ndarray, w: _Weighed, given: list[int], length: int, s: int, e: int
) -> bool:
    """Whether passages ``ok`` (as close or closer, as literal or more) of sources that give
    the target :data:`UNHELD_KEEP` characters or more besides cover the passage
    (:data:`OUTCLASS_COVER`, all but UNHELD_KEEP): a sentence two sources share, scoring
    alike, is the target's from the one it took other text from (a review: a rewrite of a
    company's second-quarter results was traced to the first quarter's release too, through
    the unchanged guidance sentence both give, 0.63 against 0.65)."""
    fuller = ok & np.array([given[c] - length >= UNHELD_KEEP for c in w.src.tolist()], dtype=bool)
    if not fuller.any():
        return False
    held = w.cover(fuller, s, e)
    return held >= OUTCLASS_COVER * length and length - held < UNHELD_KEEP


def _withdraw_explained(
    found: list[Alignment],
    undirected: dict[str, set[str]],
    copies: dict[str, tuple[str, int]] | None = None,
    outlets: dict[str, str | None] | None = None,
    copied: dict[str, _Spans] | None = None,
    later: frozenset[str] = frozenset(),
    texts: Mapping[str, str] | None = None,
) -> None:
    """Withdraw the links that a common source in the corpus explains: drop the two articles'
    mutual passages and any mark between them (their shared text is derived from that source,
    not from each other: sibling copies).  A directed link counts as a source of its target
    for other pairs, never for its own; ``copies`` maps a duplicate (a member of a duplicate
    group other than its canonical article) to (its source's id in the group, the canonical
    article or a version of it, :func:`.versions.version_sources`; text length): that
    article is the source of all of its text, or of the spans ``copied`` gives (a near copy's
    own paragraph is not held by its canonical copy: a third article that took it took it
    from the copy).  An article whose links would all go keeps them
    (:func:`_sole_sources`); ``later``: the duplicates dated after their canonical copy
    (an ordered group), which printed that copy (:func:`_through_canonical`); ``texts``: the
    articles' texts, for the words a version changed (:func:`_corrected_versions`) and the
    facts two paraphrasing articles share (:func:`_held_words`).  Same
    rule in full and incremental runs."""
    marked = {frozenset((a, b)) for a, peers in undirected.items() for b in peers}
    mutual: dict[frozenset[str], dict[str, _Spans]] = defaultdict(lambda: defaultdict(list))
    sources: dict[str, dict[str, _Spans]] = defaultdict(lambda: defaultdict(list))
    for dup, (canonical, length) in (copies or {}).items():
        sources[dup][canonical].extend((copied or {}).get(dup, [(0, length)]))
    tails: dict[str, int] = {}
    for x in found:
        if x.boilerplate:
            continue
        key = frozenset((x.source.article_id, x.target.article_id))
        for side in (x.source, x.target):
            mutual[key][side.article_id].append(_before_tail(side, texts, tails))
        if key not in marked:
            sources[x.target.article_id][x.source.article_id].append((x.target.start, x.target.end))
    reworded = _paraphrase_only(found)
    vocab: dict[str, set[str]] = {}  # a common source's words, read once a run
    resolved = {
        key for key in mutual
        if _held(mutual[key], sources, sorted(key), texts, outlets)
        or _copy_of_common(mutual[key], sources, key, key in marked, texts, outlets)
        or (key in reworded and _held_words(mutual[key], sources, sorted(key), texts, vocab))
    }  # fmt: skip
    resolved -= _own_words_given(found, marked, (copies or {}).keys(), outlets or {})
    resolved -= _credited_links(resolved, sources, texts, outlets or {})
    resolved |= _twin_links(mutual, marked, copies or {})
    links = _link_spans(found, marked)
    closer, farther = _closer_copies(links, copies or {}, outlets or {})
    if texts:
        newer, older = _corrected_versions(links, copies or {}, outlets or {}, texts)
        closer, farther = (closer - older) | newer, (farther - newer) | older
    later_copies = {d: c for d, c in (copies or {}).items() if d in later}
    through = _through_canonical(mutual, marked, sources, later_copies, outlets or {})
    resolved = (resolved - closer) | farther | through
    resolved |= _through_intermediary(found, marked, sources, resolved, copies or {})
    resolved -= _sole_sources(resolved, sources)
    for a, b in (sorted(k) for k in resolved & marked):
        undirected[a].discard(b)
        undirected[b].discard(a)
    found[:] = [
        x for x in found
        if frozenset((x.source.article_id, x.target.article_id)) not in resolved
    ]  # fmt: skip


def _credited_links(
    resolved: set[frozenset[str]],
    sources: dict[str, dict[str, _Spans]],
    texts: Mapping[str, str] | None,
    outlets: dict[str, str | None],
) -> set[frozenset[str]]:
    """The links S -> T of ``resolved`` that T credits: its text names S's outlet (a credit
    line, "(Meridian Press Agency) -", or a sentence inside what T took from S, "...,
    according to Meridian Press Agency."), no other source of T being of that outlet. The
    sibling rule weighs coverage alone: a rewrite of an agency story crediting the agency,
    whose passages all lie in the press release the agency rewrote, was traced to the
    release alone (a review)."""
    out: set[frozenset[str]] = set()
    if not texts:
        return out
    for key in resolved:
        for t, s in (sorted(key), sorted(key)[::-1]):
            outlet = outlets.get(s)
            if s not in sources.get(t, {}) or not outlet or t not in texts:
                continue
            if any(o != s and outlets.get(o) == outlet for o in sources[t]):
                continue  # the credit names the outlet, not which of its articles
            text = texts[t]
            named = attributions(text, outlet_names(outlet), outlet_names(outlets.get(t)))
            taken = sources[t][s]
            # a sentence naming the outlet counts where it lies in what T took from S (a
            # review: a paper crediting an agency for another fact, in the next paragraph,
            # was kept as the agency's copy of a council release)
            if names_outlet(credits(text), outlet) or any(
                a < e and s_ < b for a, b, _ in named for s_, e in taken
            ):
                out.add(key)
    return out


def _before_tail(
    side: Span, texts: Mapping[str, str] | None, tails: dict[str, int]
) -> tuple[int, int]:
    """A passage side's span, cut where its article's press-release tail starts
    (:func:`.boilerplate.release_tail`: "Ends", "About <Name>", contacts): a rewrite matched
    as one summary of a whole release reaches into its tail, and two copies of a joint
    release, each with its own organisation's tail, were then no siblings (a review: a paper
    was traced to both copies).  Unchanged without ``texts``."""
    if not texts or side.article_id not in texts:
        return side.start, side.end
    if side.article_id not in tails:
        tails[side.article_id] = release_tail(texts[side.article_id])
    return side.start, max(side.start, min(side.end, tails[side.article_id]))


def _withdraw_copied_only(
    found: list[Alignment],
    undirected: dict[str, set[str]],
    copied: dict[str, _Spans],
    mass: frozenset[str],
    by_id: dict[str, Article],
) -> None:
    """Withdraw the links of a mass copy group's duplicates (``mass``: the members other
    than the canonical copy) whose passages on each such end hold fewer than
    :data:`UNHELD_KEEP` characters outside the text it ``copied`` from its canonical copy.
    The candidate indexes pair such a copy through its own text only (a paragraph it
    added), and the canonical copy stands for the rest: a link through the copied text
    alone (a weak sentence match of the copy's own paragraph that led the aligner to a
    sentence of the story) repeats the canonical copy's link, and which copy it went to
    followed the weights of the moment, so batches and one run chose differently.  A link
    where one article names the other's outlet ("according to the Fenwick Star") stays: the
    credit chose that copy."""
    if not mass:
        return
    sides: dict[frozenset[str], dict[str, _Spans]] = defaultdict(lambda: defaultdict(list))
    for x in found:
        key = frozenset((x.source.article_id, x.target.article_id))
        for side in (x.source, x.target):
            if side.article_id in mass:
                sides[key][side.article_id].append((side.start, side.end))

    def own(article: str, spans: _Spans) -> int:
        held = copied.get(article, [])
        return covered(spans + held) - covered(held)

    def credited(key: frozenset[str]) -> bool:
        a, b = (by_id[x] for x in sorted(key))
        return _credits(a, b, frozenset()) or _credits(b, a, frozenset())

    gone = {
        key for key, by in sides.items()
        if all(own(a, spans) < UNHELD_KEEP for a, spans in by.items()) and not credited(key)
    }  # fmt: skip
    if not gone:
        return
    for a, b in (sorted(k) for k in gone):
        undirected.get(a, set()).discard(b)
        undirected.get(b, set()).discard(a)
    found[:] = [
        x for x in found if frozenset((x.source.article_id, x.target.article_id)) not in gone
    ]


class _LinkSpans(NamedTuple):
    """The target-side spans of each directed link's passages (boilerplate and undirected
    pairs aside): all of them, and the verbatim ones."""

    given: dict[tuple[str, str], _Spans]
    verbatim: dict[tuple[str, str], _Spans]


def _link_spans(found: Sequence[Alignment], marked: set[frozenset[str]]) -> _LinkSpans:
    """:class:`_LinkSpans` of ``found``, by (source, target); ``marked``: the undirected pairs."""
    given: dict[tuple[str, str], _Spans] = defaultdict(list)
    verbatim: dict[tuple[str, str], _Spans] = defaultdict(list)
    for x in found:
        link = (x.source.article_id, x.target.article_id)
        if x.boilerplate or frozenset(link) in marked:
            continue
        given[link].append((x.target.start, x.target.end))
        if x.kind == "verbatim":
            verbatim[link].append((x.target.start, x.target.end))
    return _LinkSpans(given, verbatim)


def _closer_copies(
    links: _LinkSpans,
    copies: dict[str, tuple[str, int]],
    outlets: dict[str, str | None],
) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    """(links kept, links withdrawn) where an article X took its text from a later version A
    of an article S of the same outlet (S is A's directed source, or the canonical copy of
    A's duplicate group) rather than from S itself: A gives X verbatim text that S gives it
    only edited (:data:`CLOSER_VERBATIM` characters more), and what S gives X lies in what A
    gives it.  A is then X's source, not S: a third paper that copied the corrected version
    of a story is traced to the correction, and the correction's new figures are not shown as
    its own edits (an audit).  The same holds when A and X are of one outlet, whatever S's
    outlet: an outlet's follow-up repeating its own rewrite of a press release is traced to
    the rewrite (an audit of web pages).  Between outlets the sibling rule traces X to S alone: two
    reprints of a wire story that trimmed it alike share more wording with each other than
    with the wire, and the wire is still the source of both (the sample corpus)."""
    given, verbatim = links
    upstream: dict[str, set[str]] = defaultdict(set)  # article -> its sources
    for src, tgt in given:
        upstream[tgt].add(src)
    for dup, (canon, _) in copies.items():
        upstream[dup].add(canon)
    keep: set[frozenset[str]] = set()
    drop: set[frozenset[str]] = set()
    # only a source of the same outlet can qualify: filtered once, not per link
    same = {c: {s for s in srcs if _same_outlet(outlets, s, c)} for c, srcs in upstream.items()}
    for (copy, target), spans in list(given.items()):
        # an outlet's own earlier wording, repeated in its follow-up, is the follow-up's
        # source whoever that wording came from (a paper's rewrite of a press release, its
        # background paragraph repeated word for word in the paper's follow-up)
        own = _same_outlet(outlets, copy, target)
        if _no_closer_than_canonical(copy, target, verbatim, copies):
            continue
        for origin in (upstream.get(copy, set()) if own else same.get(copy, set())) - {target}:
            from_origin = given.get((origin, target))
            if not from_origin:
                continue
            lead = covered(verbatim[(copy, target)]) - covered(verbatim[(origin, target)])
            # a paragraph only the origin gives (UNHELD_KEEP or more) keeps it a source: a
            # paper printing the write-thru's lead on the first version's body, with the
            # paragraph the write-thru dropped (a review)
            if lead >= CLOSER_VERBATIM and _held_in(from_origin, spans):
                keep.add(frozenset((copy, target)))
                drop.add(frozenset((origin, target)))
    return keep - drop, drop


def _corrected_versions(
    links: _LinkSpans,
    copies: dict[str, tuple[str, int]],
    outlets: dict[str, str | None],
    texts: Mapping[str, str],
) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    """(links kept, links withdrawn) where an article X quotes a version V of a text (a near
    copy of its outlet's earlier version, ``copies``) by a word V changed: V gives X verbatim
    text that each earlier version of the outlet with a passage to X does not give verbatim,
    holding a word V put in the earlier one's place, and what the earlier one gives X lies
    in what V gives it.  X is then V's copy, not the earlier version's, however short the
    change: an anniversary piece quoting an updated report's "Three workers were injured"
    (the first version said "Two") is traced to the update (the follow-up corpus).  A figure
    V corrected counts wherever X gives it, with the figure it replaced nowhere in X: an
    analyst citing a re-issued release's corrected free cash flow in his own sentence has
    the quote he shares with both versions from the re-issue (the earnings corpus).  The
    earliest such version is kept; a later one that changed nothing X holds is left to the
    sibling rule."""
    given, verbatim = links
    keep: set[frozenset[str]] = set()
    drop: set[frozenset[str]] = set()
    # (earlier, version) -> the words and figures the version changed, once per pair
    changed: dict[tuple[str, str], tuple[set[str], list[tuple[str, str, frozenset[str]]]]] = {}
    for (version, target), spans in list(given.items()):
        earlier = [o for o in _earlier_versions(version, copies, outlets) if (o, target) in given]
        if not earlier or version not in texts or target not in texts:
            continue
        beaten = []
        for origin in earlier:
            from_origin = given[(origin, target)]
            total = covered(from_origin)
            inside = total + covered(spans) - covered(from_origin + spans)
            lead = words_in(texts[target], verbatim[(version, target)], verbatim[(origin, target)])
            if inside < COMMON_SOURCE_HOLDS * total or origin not in texts:
                break
            if (origin, version) not in changed:
                changed[(origin, version)] = (
                    changed_words(texts[origin], texts[version]),
                    changed_figures(texts[origin], texts[version]),
                )
            words, figures = changed[(origin, version)]
            if not (lead & words or holds_corrected_figure(texts[target], figures)):
                break
            beaten.append(origin)
        else:
            keep.add(frozenset((version, target)))
            drop.update(frozenset((o, target)) for o in beaten)
    return keep - drop, drop


def _earlier_versions(
    article: str, copies: dict[str, tuple[str, int]], outlets: dict[str, str | None]
) -> list[str]:
    """The earlier versions of ``article`` by its outlet, nearest first: its source in its
    duplicate group, that one's, and so on while the outlet is the same."""
    out: list[str] = []
    at = article
    while at in copies and copies[at][0] not in out and copies[at][0] != article:
        at = copies[at][0]
        if not _same_outlet(outlets, at, article):
            break
        out.append(at)
    return out


def _no_closer_than_canonical(
    copy: str,
    target: str,
    verbatim: dict[tuple[str, str], _Spans],
    copies: dict[str, tuple[str, int]],
) -> bool:
    """Whether ``copy`` is a duplicate whose canonical copy gives ``target`` as much verbatim
    text (within :data:`CLOSER_VERBATIM`): then the copy is no closer source than its
    canonical, and the sibling rule decides between them (an audit of write-throughs: a web
    site's copy of an agency's update was kept as the source of the paper that printed the
    next update, because the site's own earlier copy gave the paper less)."""
    if copy not in copies:
        return False
    canon = copies[copy][0]
    mine = covered(verbatim.get((copy, target), []))
    return mine - covered(verbatim.get((canon, target), [])) < CLOSER_VERBATIM


def _same_outlet(outlets: Mapping[str, str | None], a: str, b: str) -> bool:
    name = outlets.get(a)
    return bool(name) and name == outlets.get(b)


def _through_canonical(
    mutual: dict[frozenset[str], dict[str, _Spans]],
    marked: set[frozenset[str]],
    sources: dict[str, dict[str, _Spans]],
    copies: dict[str, tuple[str, int]],
    outlets: dict[str, str | None],
) -> set[frozenset[str]]:
    """The directed links S -> D of a duplicate D (``copies``: those dated after their
    canonical copy C) where C is a later version of S by S's outlet (C derived from S) and
    what D shares with S lies (:data:`COMMON_SOURCE_HOLDS`, under :data:`UNHELD_KEEP`
    characters outside) in the text D copied from C: D printed that version, and has S's
    text from it (an audit of write-throughs: a paper printing an agency's corrected update
    was also traced to the update before it, whose paragraphs the correction kept).  Another
    outlet's C is no version of S: two aggregators carrying one excerpt of a story both took
    it from the story (the aggregators audit); an agency's C is: a paper reprinting an
    agency's rewrite of a press release has the release's sentences from the agency's story
    (an audit of science news: the reprint was also traced to the release)."""
    out: set[frozenset[str]] = set()
    for dup, (canon, _) in copies.items():
        from_canon = sources.get(dup, {}).get(canon, [])
        for src in set(sources.get(dup, {})) - {canon}:
            key = frozenset((src, dup))
            if key in marked or key not in mutual or src not in sources.get(canon, {}):
                continue
            if not (_same_outlet(outlets, src, canon) or wire_name(outlets.get(canon))):
                continue
            if _held_in(mutual[key].get(dup, []), from_canon):
                out.add(key)
    return out


def _own_words_given(
    found: Sequence[Alignment],
    marked: set[frozenset[str]],
    copies: Iterable[str],
    outlets: dict[str, str | None],
) -> set[frozenset[str]]:
    """The directed links M -> T that the sibling rule keeps: T gives :data:`RELAY_OWN`
    characters or more word for word from M (verbatim passages) where no other source of T
    matches it closely (a verbatim or edited passage scoring within :data:`OUTCLASS_MARGIN`
    of 1: a paraphrase or a loose edit of S over T gives T none of M's words; a review: a
    reprint of the rewrite that adds one of S's sentences word for word made S's passage one
    edit of 0.74, and T was traced to S alone), and where M's own words are not another
    source's word for word either. M reworded its source S and T has M's rewording, so T
    copied M; the sibling rule compares coverage, and S's paraphrase covers what M and T
    share (a review: a paper reprinting an agency's rewrite of a release with a line of its
    own was traced to the release alone). A copy of S's words by M is no rewording: B
    rewriting A's whole copy of S has S's text from S, even where B's own passages from S
    miss some. A duplicate (``copies``) at either end is left to the duplicate rules. M must
    be a news agency or T's own outlet: two papers printing one rewrite of S that is not in
    the corpus share its words with each other, and the later one is no copy of the earlier
    when it has sentences of the rewrite the earlier cut (a review)."""
    pairs: dict[str, dict[str, list[tuple[tuple[int, int], tuple[int, int]]]]]
    pairs = defaultdict(lambda: defaultdict(list))  # target -> source -> verbatim (src, tgt)
    ends_copied = frozenset(copies)
    literal: dict[str, _Spans] = defaultdict(list)  # target -> its non-paraphrase spans
    # target -> source -> its close spans from that source (non-paraphrase, >= 0.85)
    literal_from: dict[str, dict[str, _Spans]] = defaultdict(lambda: defaultdict(list))
    for x in found:
        link = frozenset((x.source.article_id, x.target.article_id))
        if x.boilerplate or link in marked or x.kind == "paraphrase":
            continue
        span = (x.target.start, x.target.end)
        if x.score >= 1.0 - OUTCLASS_MARGIN:
            literal_from[x.target.article_id][x.source.article_id].append(span)
        literal[x.target.article_id].append(span)
        relay = wire_name(outlets.get(x.source.article_id)) or _same_outlet(
            outlets, x.source.article_id, x.target.article_id
        )
        if x.kind == "verbatim" and relay and not link & ends_copied:
            pairs[x.target.article_id][x.source.article_id].append(
                ((x.source.start, x.source.end), span)
            )
    out: set[frozenset[str]] = set()
    for target, by_source in pairs.items():
        for mid, passages in by_source.items():
            others = [
                span for src, held in literal_from[target].items() if src != mid for span in held
            ]
            lead = _uncovered([t for _, t in passages], others)
            on_mid = [m for m, t in passages for m in _mapped(m, t, lead)]
            if _verbatim_lead(on_mid, literal[mid]) >= RELAY_OWN:
                out.add(frozenset((mid, target)))
    return out


def _uncovered(spans: _Spans, others: _Spans) -> _Spans:
    """The parts of ``spans`` that no span of ``others`` covers."""
    out: _Spans = []
    for s, e in spans:
        at = s
        for a, b in sorted(others):
            if b <= at or a >= e:
                continue
            if a > at:
                out.append((at, a))
            at = max(at, b)
        if at < e:
            out.append((at, e))
    return out


def _through_intermediary(
    found: Sequence[Alignment],
    marked: set[frozenset[str]],
    sources: dict[str, dict[str, _Spans]],
    resolved: set[frozenset[str]],
    copies: dict[str, tuple[str, int]],
) -> set[frozenset[str]]:
    """The directed links S -> T where T took S's text through an intermediary M: S is M's
    directed source, what T shares with S lies (:data:`COMMON_SOURCE_HOLDS`, under
    :data:`UNHELD_KEEP` characters outside) in T's passages from M, M's side of those
    passages lies as much in M's passages from S (M's text there is S's), and the same
    passages give T at least :data:`RELAY_OWN` characters of M's own around S's text (M is
    a source of T on its own, in the stretch T took), or T gives :data:`RELAY_OWN`
    characters of S's text in M's words (M's passage near-verbatim, S's a paraphrase: M's
    rewording of S is M's own, and T has it).  A paper printing an agency story that
    quotes a press release has the quote from the agency, not from the release (audits of
    science, police and earnings news).  S stays when it gives T text word for word (a
    verbatim or edited passage scoring within :data:`OUTCLASS_MARGIN` of 1) that M gives
    only reworded (no such passage of M there), :data:`CLOSER_VERBATIM` characters or more:
    T has S's wording, which M changed (a review); and M's own text elsewhere in T, or a
    line of it (a contact footer two sister titles share, under :data:`RELAY_OWN`), is no
    sign that T took S's text from M (a review).  The complement of the sibling rule
    (:func:`_held`): when M gives T nothing beyond S, S holds what M and T share and the
    M -> T link goes instead (two reprints of one wire story)."""
    paired: dict[tuple[str, str], list[tuple[tuple[int, int], tuple[int, int]]]]
    paired = defaultdict(list)  # (source, target) -> [(source span, target span)]
    close: dict[tuple[str, str], _Spans] = defaultdict(list)  # target side, near-verbatim
    for x in found:
        link = (x.source.article_id, x.target.article_id)
        if not x.boilerplate and frozenset(link) not in marked:
            paired[link].append(((x.source.start, x.source.end), (x.target.start, x.target.end)))
            if x.kind != "paraphrase" and x.score >= 1.0 - OUTCLASS_MARGIN:
                close[link].append((x.target.start, x.target.end))
    out: set[frozenset[str]] = set()
    for target, by_source in sources.items():
        for mid in by_source:
            if frozenset((mid, target)) in resolved or mid in copies:
                continue  # not a source of T, or a duplicate (the copy rules decide)
            for src in by_source.keys() & sources.get(mid, {}).keys() - {mid, target}:
                reworded = _verbatim_lead(close[(src, target)], close[(mid, target)])
                # T's wording of S's text is M's, word for word, where S's is not
                worded = _verbatim_lead(_clipped(close[(mid, target)], by_source[src]),
                                        close[(src, target)])  # fmt: skip
                if reworded < CLOSER_VERBATIM and _relayed(
                    by_source[src], paired[(mid, target)], sources[mid][src], worded >= RELAY_OWN
                ):
                    out.add(frozenset((src, target)))
    return out


def _clipped(spans: _Spans, within: _Spans) -> _Spans:
    """The parts of ``spans`` inside ``within``."""
    return [(max(s, a), min(e, b)) for s, e in spans for a, b in within if max(s, a) < min(e, b)]


def _verbatim_lead(mine: _Spans, other: _Spans) -> int:
    """Characters of ``mine`` that ``other`` does not cover."""
    return covered(mine + other) - covered(other)


def _relayed(
    from_src: _Spans,
    mid_pairs: list[tuple[tuple[int, int], tuple[int, int]]],
    mid_from_src: _Spans,
    worded: bool = False,
) -> bool:
    """Whether a target's spans ``from_src`` came through the intermediary (see
    :func:`_through_intermediary`): ``mid_pairs`` the (intermediary span, target span)
    pairs of the intermediary's passages with the target, ``mid_from_src`` the
    intermediary's spans from the source and ``worded`` whether the target gives the
    source's text in the intermediary's words (then no text of its own around is needed)."""
    carrying = [(m, t) for m, t in mid_pairs if any(s < t[1] and e > t[0] for s, e in from_src)]
    on_target = [t for _, t in carrying]
    if not _held_in(from_src, on_target):
        return False
    if not worded and covered(on_target + from_src) - covered(from_src) < RELAY_OWN:
        return False  # too little of the intermediary's own around it (the sibling rule's case)
    # where the source's text lies on the intermediary's side of the passages carrying it
    mapped = [m for m, t in carrying for m in _mapped(m, t, from_src)]
    mine = covered(mapped)
    held = mine + covered(mid_from_src) - covered(mapped + mid_from_src)
    return bool(mine) and held >= COMMON_SOURCE_HOLDS * mine


def _mapped(mid: tuple[int, int], tgt: tuple[int, int], spans: _Spans) -> _Spans:
    """The parts of ``spans`` inside a passage's target side ``tgt``, carried over to its
    intermediary side ``mid`` in proportion (a passage's two sides run alike)."""
    scale = (mid[1] - mid[0]) / max(1, tgt[1] - tgt[0])

    def at(pos: int) -> int:
        return mid[0] + round((pos - tgt[0]) * scale)

    return [(at(max(s, tgt[0])), at(min(e, tgt[1]))) for s, e in spans if s < tgt[1] and e > tgt[0]]


def _twin_links(
    mutual: dict[frozenset[str], dict[str, _Spans]],
    marked: set[frozenset[str]],
    copies: dict[str, tuple[str, int]],
) -> set[frozenset[str]]:
    """The links of a duplicate D with an article X that its canonical copy C's undirected
    link with X explains: C and X share an unseen source (or are related) and what X shares
    with D lies (:data:`COMMON_SOURCE_HOLDS`) in what X shares with C.  D's text is C's, so
    it shares no more with X than C does; oriented on its own (D is dated after C), the
    pair would read as D derived from X, a copy of the other reprint of the wire story."""
    out: set[frozenset[str]] = set()
    for key, shared in mutual.items():
        for dup in key & copies.keys():
            (other,) = key - {dup}
            twin = frozenset((copies[dup][0], other))
            if other == copies[dup][0] or twin not in marked or twin not in mutual:
                continue
            mine, held = shared.get(other, []), mutual[twin].get(other, [])
            total = covered(mine)
            inside = total + covered(held) - covered(mine + held)
            if total and inside >= COMMON_SOURCE_HOLDS * total:
                out.add(key)
    return out


def _held_in(mine: _Spans, held: _Spans) -> bool:
    """Whether spans ``held`` cover spans ``mine``: :data:`COMMON_SOURCE_HOLDS` of its
    characters, all but fewer than :data:`UNHELD_KEEP` (the test of every rule that reads
    one article's text as another's: the sibling rule, intermediaries, versions, copies)."""
    total = covered(mine)
    inside = total + covered(held) - covered(mine + held)
    return bool(total) and inside >= COMMON_SOURCE_HOLDS * total and total - inside < UNHELD_KEEP


def _sole_sources(
    resolved: set[frozenset[str]], sources: dict[str, dict[str, _Spans]]
) -> set[frozenset[str]]:
    """The withdrawn links of articles that would keep no source at all: all of them stay.

    In a corpus whose directions form no circle every article keeps a source (its earliest
    one cannot be held by another); but direction is decided pair by pair (date, wire outlet,
    press-release signals, containment), and with undated articles it can run in a circle
    (press release -> paper by its signals, paper -> wire by date, wire -> press release as a
    wire outlet), where each of a later reprint's links is held by another one of them."""
    kept: set[frozenset[str]] = set()
    for target, by_source in sources.items():
        links = {frozenset((target, s)) for s in by_source}
        if links and links <= resolved:
            kept |= links
    return kept


def _held(
    shared: dict[str, _Spans],
    sources: dict[str, dict[str, _Spans]],
    pair: list[str],
    texts: Mapping[str, str] | None = None,
    outlets: Mapping[str, str | None] | None = None,
) -> bool:
    """Whether sources of both articles of ``pair`` (other than the two) hold what they share;
    with ``texts``, the speech tags of the quotes they hold too (:func:`.provenance.speech_tags`:
    the quoting article's frame of a common source's words), and not where the two carry the
    same change of an earlier version of one of them (:func:`_changed_alike`, ``outlets``)."""
    a, b = pair
    common = (set(sources[a]) - {b}) & (set(sources[b]) - {a})
    if not common:
        return False
    for art in pair:
        held = [span for s in common for span in sources[art][s]]
        if texts is not None and art in texts and not _held_in(shared.get(art, []), held):
            held += speech_tags(texts[art], held) + lead_in_lines(texts[art], held)
        if not _held_in(shared.get(art, []), held):
            return False
    return texts is None or not _changed_alike(shared, common, texts, outlets or {})


# A piece of shared text (a sentence, or the part of one a passage holds) under this many
# characters is not weighed by :func:`_changed_alike`: a few words ("said on Monday.") are in
# any text.  Set by reasoning, not tuned.
CHANGED_PIECE_MIN = 20
_PIECE_BREAK = re.compile(r"(?<=[.!?:;])\s+|\n+")


def _unquoted_plain(text: str) -> str:
    """:func:`_plain` without double quotation marks: a quote of the source's words is no
    change of them."""
    return _plain(text).replace('"', "")


_unquoted_text = functools.lru_cache(maxsize=4096)(_unquoted_plain)  # whole texts, as above


def _changed_alike(
    shared: dict[str, _Spans],
    common: Iterable[str],
    texts: Mapping[str, str],
    outlets: Mapping[str, str | None],
) -> bool:
    """Whether two articles' shared text holds :data:`UNHELD_KEEP` characters or more, on
    each side, that the other article gives word for word and no common source's text
    (``common``: the sources' ids) does: both carry the same change of the source's words, so
    one took it from the other, or both from a later version (a review of service notices: a
    paper quoting the third update of a rail operator's notice was not traced to it, since
    the second update, a source of both, covered their passages with its older times and
    figures).  Two rewrites of one release, each in its own words, change nothing alike.
    Only where one of the two is of a common source's outlet (``outlets``): its later version;
    another outlet's copy carrying a change is no version of it (the change is from a later
    version the other credits, a review of versions); and not between two of one outlet (an
    operator's three undated notices: the first was made the copy of the third)."""
    if len(shared) != 2 or any(art not in texts for art in shared):
        return False
    if _same_outlet(outlets, *shared):
        return False  # an organisation's own versions (a third review)
    common = [c for c in common if c in texts]
    if not any(_same_outlet(outlets, c, art) for c in common for art in shared):
        return False
    plain = [_unquoted_text(texts[c]) for c in common]  # an agency's too
    first, second = shared
    for art, other in ((first, second), (second, first)):
        theirs = _unquoted_text(texts[other])
        unheld = 0
        for s, e in shared[art]:
            for piece in _PIECE_BREAK.split(texts[art][s:e]):
                flat = _unquoted_plain(piece)
                if len(flat) < CHANGED_PIECE_MIN or flat not in theirs:
                    continue
                if not any(flat in c for c in plain):
                    unheld += len(flat)
        if unheld < UNHELD_KEEP:
            return False
    return True


def _paraphrase_only(found: Sequence[Alignment]) -> set[frozenset[str]]:
    """The article pairs whose passages (boilerplate aside) are all paraphrase."""
    kinds: dict[frozenset[str], set[str]] = defaultdict(set)
    for x in found:
        if not x.boilerplate:
            kinds[frozenset((x.source.article_id, x.target.article_id))].add(x.kind)
    return {key for key, k in kinds.items() if k == {"paraphrase"}}


# Two articles sharing only paraphrase share their facts, not their words: when the facts they
# have in common (the content words and figures on both sides of their passages) are, for
# COMMON_SOURCE_HOLDS of them, in the text of a source both derive from, that source explains
# them, however far the passages reach and wherever each took them from it.  Launch stories
# of one product, minutes apart, each write the release's specifications their own way, and a
# summary's passage, widened over a whole rival story, was never held by the release's
# passages (a review of technology launches: three launch stories were one another's sources,
# 0.25-0.35; two affiliate lists pasting one maker's descriptions, 0.43).  Words of three
# letters or more and figures, stop words aside; only for paraphrase: a verbatim or edited
# passage is wording the two share, weighed by :func:`_held`.
_CONTENT_WORD = re.compile(r"[^\W_]{3,}|\d+(?:[.,]\d+)*")


# Numbers a date is written with: any number up to DAY_MAX (a day of the month; small counts
# go with them, the price of leaving the day out) and a year of four digits without a comma.
DAY_MAX = 31
_YEAR_WORD = re.compile(r"1[89]\d\d|2[01]\d\d")


def _figure(word: str) -> bool:
    """Whether a content word (:data:`_CONTENT_WORD`) is a figure of the news: holds a digit and
    is no year nor a number up to :data:`DAY_MAX`."""
    if not any(c.isdigit() for c in word):
        return False
    if _YEAR_WORD.fullmatch(word):
        return False
    return not (word.isdigit() and int(word) <= DAY_MAX)


def _held_words(
    shared: dict[str, _Spans],
    sources: dict[str, dict[str, _Spans]],
    pair: list[str],
    texts: Mapping[str, str] | None,
    vocab: dict[str, set[str]] | None = None,
) -> bool:
    """Whether the texts of common sources of both articles of ``pair`` hold the facts the two
    share (see _CONTENT_WORD); ``vocab``: the words of texts read before (filled here)."""
    if not texts:
        return False
    a, b = pair
    common = (set(sources[a]) - {b}) & (set(sources[b]) - {a})
    if not common or a not in texts or b not in texts:
        return False

    def words(art: str, spans: Iterable[tuple[int, int]]) -> set[str]:
        text = texts[art]
        return {
            w.lower()
            for s, e in spans
            for w in _CONTENT_WORD.findall(text, s, e)
            if w.lower() not in ENGLISH_STOP_WORDS
        }

    seen = {} if vocab is None else vocab

    def whole(art: str) -> set[str]:
        if art not in seen:
            seen[art] = words(art, [(0, len(texts[art]))])
        return seen[art]

    facts = words(a, shared.get(a, [])) & words(b, shared.get(b, []))
    known = set().union(*(whole(s) for s in common if s in texts))
    if not facts or len(facts & known) < COMMON_SOURCE_HOLDS * len(facts):
        return False
    # a figure the two share and no common source has is theirs (a third review: a rival's
    # paraphrase of a paper's own analysis, "£31m on agency nurses", shared 15 of its 17 words
    # with a 2,700-word report both quote, but not the figure); not a year or a day's number,
    # nor a name: launch stories all give the day, the venue and the chief executive on stage
    # that the release leaves out (a fourth review)
    return not {w for w in facts - known if _figure(w)}


def _copy_of_common(
    shared: dict[str, _Spans],
    sources: dict[str, dict[str, _Spans]],
    key: frozenset[str],
    undirected: bool = False,
    texts: Mapping[str, str] | None = None,
    outlets: Mapping[str, str | None] | None = None,
) -> bool:
    """Whether a directed link M -> T is a sibling link seen from M's side: what M shares with
    T lies (:data:`COMMON_SOURCE_HOLDS`, under :data:`UNHELD_KEEP` characters outside) in M's
    passages from a source S that T derives from too.  M's text there is S's, so T has it
    from S even where T's own passages from S miss part of it (a paraphrase found against
    M's lightly edited copy and not against S, whose first sentence carries a dateline): the
    wire, not its reprint, is the source of a rewrite of both (an audit).  An ``undirected``
    pair is read from either side (two papers quoting a release's statement, one of them in
    reported speech, that the aligner matched against the release in one paper only)."""
    for m, t in (sorted(key), sorted(key)[::-1]):
        of_m, of_t = sources.get(m, {}), sources.get(t, {})
        if m not in of_t and not undirected:
            continue  # not the link's source
        common = (set(of_m) - {t}) & (set(of_t) - {m})
        if _held_in(shared.get(m, []), [span for s in common for span in of_m[s]]):
            # not where both carry a change of S's words (M a later version of S)
            return texts is None or not _changed_alike(shared, common, texts, outlets or {})
    return False


def reuse_pairs(
    arts: Sequence[Article],
    found: Sequence[Alignment],
    unseen: dict[str, set[str]],
    related: dict[str, set[str]],
    before: RecordSet | None = None,
) -> tuple[ReusePair, ...]:
    """One record per article pair with passages other than boilerplate.

    The direction evidence is :func:`.provenance.direction` on the pair's passages, the same
    call that oriented them (:func:`_directed`: shares over all of the pair's passages, so the
    same evidence in full and incremental runs); the shares reported leave boilerplate out.
    ``before``: the records of the earlier run (an incremental run), whose record of a pair
    with the same passages and relation is kept as it is (everything it says is read from
    the two articles and those passages)."""
    by_id = {a.id: a for a in arts}
    by_pair = _by_pair(found)
    earlier = _earlier_pairs(before) if before is not None else {}
    out = []
    for (s, t), als in sorted(by_pair.items()):
        real = [x for x in als if not x.boilerplate]
        if not real or s not in by_id or t not in by_id:
            continue
        relation = "derived"
        if t in unseen.get(s, ()) or t in related.get(s, ()):
            relation = "unseen_source" if t in unseen.get(s, ()) else "related"
        old = earlier.get((s, t))
        if old is not None and old[1].relation == relation and old[0] == als:
            out.append(old[1])
            continue
        a, b = by_id[s], by_id[t]
        quoted = _quoted(als, a, b)
        if relation != "derived":
            # the credits in the text ("(Reuters) -") made the two share a source: say so
            by_credit = _direction(a, b, als, quoted).evidence
            evidence = "credit" if by_credit == "credit" else ("quotation" if quoted else "none")
            if evidence == "none" and _stock_sentences_only(als, {s: a.text, t: b.text}):
                evidence = "stock-sentence"  # one short stock line: no sign of one story
        else:
            evidence = _direction(a, b, als, quoted).evidence
            evidence = "none" if evidence in ("unseen-source", "quotation") else evidence
        kinds = tuple(sorted({x.kind for x in real}))
        shares = round(_share(real, a, 0), 4), round(_share(real, b, 1), 4)
        out.append(ReusePair(s, t, relation, evidence, *shares, len(real), kinds))
    return tuple(out)


def _by_pair(found: Iterable[Alignment]) -> dict[tuple[str, str], list[Alignment]]:
    """The alignments by (source, target), each pair's in the order given."""
    out: dict[tuple[str, str], list[Alignment]] = defaultdict(list)
    for x in found:
        out[(x.source.article_id, x.target.article_id)].append(x)
    return out


def _earlier_pairs(
    records: RecordSet,
) -> dict[tuple[str, str], tuple[list[Alignment], ReusePair]]:
    """The pair records of ``records`` with the alignments they were read from."""
    by_pair = _by_pair(records.alignments)
    return {
        (p.source_id, p.target_id): (by_pair[(p.source_id, p.target_id)], p)
        for p in records.pairs
        if (p.source_id, p.target_id) in by_pair
    }


def _direction(a: Article, b: Article, als: Sequence[Alignment], quoted: bool) -> Direction:
    """:func:`.provenance.direction` of pair (a, b) read from its passages ``als``."""
    shares = _share(als, a, 0), _share(als, b, 1)
    literal = _passages([x for x in als if x.kind != "paraphrase"])
    return direction(a, b, *shares, quoted, _passages(als), literal)


def _passages(als: Sequence[Alignment]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of the non-boilerplate passages of ``als`` in their source and in their target."""
    real = [x for x in als if not x.boilerplate]
    return [(x.source.start, x.source.end) for x in real], [
        (x.target.start, x.target.end) for x in real
    ]


def _quoted(als: Sequence[Alignment], a: Article, b: Article) -> bool:
    """Whether the passages of pair (a, b) lie mostly inside quotation marks in both."""
    a_spans, b_spans = _passages(als)
    return mostly_quoted(a, a_spans, b, b_spans)


def _share(als: Sequence[Alignment], art: Article, side: int) -> float:
    """Share of ``art``'s characters in the source (``side`` 0) or target (1) spans."""
    spans = (x.source if side == 0 else x.target for x in als)
    return covered((s.start, s.end) for s in spans) / max(len(art.text), 1)


def _duplicate_map(records: RecordSet) -> tuple[dict[str, str], dict[str, str]]:
    """(article id -> group id, duplicate id -> canonical id).  An exact copy that is also in
    a near group (with the near copies of its text) has its exact group's canonical copy as
    its source: its words are that article's, and the near group's canonical may lack some
    of them (it was measured against it and read under 1.0)."""
    group: dict[str, str] = {}
    wholly: dict[str, str] = {}
    exact: dict[str, str] = {}
    for g in records.duplicates:
        for m in g.members:
            group[m] = g.id
            if m != g.canonical:
                wholly[m] = g.canonical
                if g.kind == "exact":
                    exact[m] = g.canonical
    return group, {**wholly, **exact}


# Characters of its own (beyond the copy it is a duplicate of) that make an article a source
# of its exact copies: less is a sign-off or a changed mark ("— Meridian Press", 16); the
# review's papers' identical wire cuts had none, and a paper's 57-character local line printed
# by its sister paper made the sister the paper's copy (a second review).  By reasoning.
TWIN_OWN_MAX = 20


def _up_the_chain(
    wholly: dict[str, str], outlets: dict[str, str | None], texts: Mapping[str, str]
) -> dict[str, str]:
    """``wholly`` (duplicate -> the copy it is traced to) with a duplicate D of a copy C that is
    itself another outlet's duplicate of U (an exact group of two papers' identical cuts
    inside the near group of the wire story they cut) traced to U: D printed what C
    printed, U's text (a review: the second paper was traced to the first alone, and the
    wire vanished).  A version of C's own outlet stays C's, and so does a D of a C with
    :data:`TWIN_OWN_MAX` characters or more of its own beyond U (D has C's line)."""
    out = dict(wholly)
    for dup, canon in wholly.items():
        up = wholly.get(canon)
        if (
            up is not None
            and up != dup
            and not _same_outlet(outlets, dup, canon)
            and not _same_outlet(outlets, canon, up)
            and canon in texts
            and up in texts
        ):
            own = len(texts[canon]) - covered(copied_spans(texts[up], texts[canon]))
            if own < TWIN_OWN_MAX:
                out[dup] = up
    return out


def _twins_of_a_source(
    found: Sequence[Alignment],
    undirected: dict[str, set[str]],
    wholly: dict[str, str],
    outlets: dict[str, str | None],
    copied: dict[str, _Spans],
) -> dict[str, str]:
    """``wholly`` (duplicate -> the copy it is traced to) without the duplicates D whose copy C
    is another outlet's, where a directed source S of both holds what D copied
    (:data:`COMMON_SOURCE_HOLDS`, under :data:`UNHELD_KEEP` characters outside: a headline
    and a sign-off two sister papers share): D and C printed S alike, siblings, and D is S's
    copy, not C's (a review: two papers printing one cut of a wire story were traced to each
    other, and a third to the second alone)."""
    spans: dict[str, dict[str, _Spans]] = defaultdict(lambda: defaultdict(list))
    for x in found:
        src, tgt = x.source.article_id, x.target.article_id
        if not x.boilerplate and src not in undirected.get(tgt, ()):
            spans[tgt][src].append((x.target.start, x.target.end))
    out = dict(wholly)
    for dup, canon in wholly.items():
        if _same_outlet(outlets, dup, canon):
            continue  # a version of the outlet's own story
        mine = copied.get(dup, [])
        if any(
            _held_in(mine, spans[dup][src])
            for src in spans[dup].keys() & spans[canon].keys() - {dup, canon}
        ):
            del out[dup]
    return out


def _copied(
    arts: Sequence[Article], wholly: dict[str, str], exact: set[tuple[str, str]] | None = None
) -> dict[str, list[tuple[int, int]]]:
    """Spans of each duplicate's text copied from its canonical copy: a near copy's own
    paragraph or headline is not reused text.  An exact copy (``exact``: (member, canonical)
    of an exact group) is copied whole: its words are the canonical's, though a quotation
    mark, a dash or the case may differ (word by word those would be changes)."""
    text = {a.id: a.text for a in arts}
    return {
        m: [(0, len(text[m]))] if (m, c) in (exact or set()) else copied_spans(text[c], text[m])
        for m, c in wholly.items()
        if m in text and c in text
    }


def _group_numbers(arts: Sequence[Article], group: dict[str, str]) -> np.ndarray:
    """A number per article for its duplicate group (-1 when in none)."""
    number: dict[str, int] = {}
    return np.array(
        [number.setdefault(group[a.id], len(number)) if a.id in group else -1 for a in arts],
        dtype=np.int64,
    )


def _mass_copies(groups: np.ndarray, arts: Sequence[Article], canonical: set[str]) -> Copies:
    """The duplicate groups of more than :data:`MASS_COPIES` members, for the indexes."""
    sizes = np.bincount(groups[groups >= 0], minlength=1)
    big = (groups >= 0) & (sizes[np.maximum(groups, 0)] > MASS_COPIES)
    return Copies(
        np.where(big, groups, -1),
        np.array([a.id in canonical for a in arts], dtype=bool),
        id_rank(arts),
    )


def _query(arts: Sequence[Article], new: frozenset[str]) -> np.ndarray | None:
    """Mask of the new articles, or None when every article is to be paired (no new ids,
    or all of them new)."""
    if not new:
        return None
    mask = np.array([a.id in new for a in arts], dtype=bool)
    return None if mask.all() else mask


def _retried(
    arts: Sequence[Article], held: HeldLinks | None, groups: np.ndarray, query: np.ndarray | None
) -> np.ndarray:
    """Pair keys (``i << 32 | j``, ``i < j``) of the pairs between old articles whose
    alignment failed in an earlier run, to be aligned again (``held.to_retry``); none in a run
    of every pair (``query`` None: they are candidates again if they were) or when two
    articles left the corpus or joined one duplicate group."""
    if held is None or query is None or not held.failed:
        return np.zeros(0, dtype=np.int64)
    index = {a.id: n for n, a in enumerate(arts)}
    keys = []
    for pair in held.to_retry():
        ends = sorted(index.get(x, -1) for x in pair)
        if len(ends) == 2 and ends[0] >= 0 and not query[ends].any():
            i, j = ends
            if groups[i] < 0 or groups[i] != groups[j]:
                keys.append(i << 32 | j)
    return np.asarray(keys, dtype=np.int64)


def _with_retried_credits(
    chosen: dict[int, attributed.Chosen],
    arts: Sequence[Article],
    docs: DocCache,
    times: Sequence[float | None],
    allowed: Callable[[np.ndarray, np.ndarray], np.ndarray],
    retried: np.ndarray,
    read: attributed.Read | None = None,
) -> dict[int, attributed.Chosen]:
    """``chosen`` with the credited sentences of the ``retried`` pairs (old pairs aligned
    again: :func:`_retried`, :func:`_moved`, :func:`_recredited`), as a run of every pair
    chooses them: the choices of an incremental run hold a new article only, so a retried
    pair linked by credit alone would be aligned without its credit and never linked."""
    if not len(retried):
        return chosen
    ends = np.zeros(len(arts), dtype=bool)
    ends[retried >> 32] = ends[retried & 0xFFFFFFFF] = True
    keep = set(retried.tolist())
    out = dict(chosen)
    got = attributed.candidates(arts, docs.__getitem__, times, allowed, ends, read=read)[1]
    for j, found in got.items():
        mine = tuple(x for x in found if min(x[2], j) << 32 | max(x[2], j) in keep)
        if mine:
            out[j] = out.get(j, ()) + mine
    return out


def _merged_choices(
    chosen: dict[int, attributed.Chosen], more: dict[int, attributed.Chosen]
) -> dict[int, attributed.Chosen]:
    """``chosen`` with the sentences of ``more`` it does not hold."""
    if not more:
        return chosen
    out = dict(chosen)
    for j, found in more.items():
        have = out.get(j, ())
        out[j] = tuple(sorted({*have, *found}))
    return out


def locality_order(pairs: Sequence[tuple[int, int]], n: int) -> np.ndarray:
    """An order of ``pairs`` (indexes into it) in which each article's pairs come close
    together, so its sentence data is still in the :class:`.sentences.DocCache` when its next
    pair is aligned: articles numbered by reverse Cuthill-McKee on the candidate graph (a
    breadth-first order that keeps neighbours close), pairs sorted by their ends' numbers.
    On the synthetic corpora this halves the per-article builds (LRU of 4,096 articles,
    pairs in corpus order -> this order: 10k 31,576 -> 16,802; 30k 167,545 -> 89,343)."""
    if not len(pairs):
        return np.zeros(0, dtype=np.int64)
    ends = np.asarray(pairs, dtype=np.int64)
    graph = sp.csr_matrix(
        (np.ones(len(ends), dtype=np.int8), (ends[:, 0], ends[:, 1])), shape=(n, n)
    )
    perm = reverse_cuthill_mckee((graph + graph.T).tocsr(), symmetric_mode=True)
    rank = np.empty(n, dtype=np.int64)
    rank[perm] = np.arange(n)
    r = rank[ends]
    return np.lexsort((r.max(axis=1), r.min(axis=1)))


def _record_empty(
    arts: Sequence[Article],
    pairs: Sequence[tuple[int, int]],
    detected: Mapping[int, list[Detection]],
    failed: Sequence[tuple[str, str]],
    held: HeldLinks,
    complete: bool,
) -> None:
    """Keep which of this run's aligned ``pairs`` gave no passage (``held.empty``); a pair
    whose alignment raised (``failed``) is neither; ``complete``: every candidate pair of
    the corpus was aligned."""
    broke = {frozenset(p) for p in failed}
    ends = [(arts[i].id, arts[j].id) for i, j in pairs]
    tried = [k for k, e in enumerate(ends) if frozenset(e) not in broke]
    nothing = [ends[k] for k in tried if k not in detected]
    found = [ends[k] for k in tried if k in detected]
    held.update_empty(
        pair_hashes([a for a, _ in nothing], [b for _, b in nothing]),
        pair_hashes([a for a, _ in found], [b for _, b in found]),
        complete,
    )


def _align_all(
    arts: Sequence[Article],
    pairs: Sequence[tuple[int, int]],
    docs: DocCache,
    params: AlignParams,
    chosen: Mapping[int, attributed.Chosen] | None = None,
    failed: list[tuple[str, str]] | None = None,
) -> dict[int, list[Detection]]:
    """The detections of every pair with any (by index into ``pairs``, sides as in the pair),
    aligned in :func:`locality_order` (the result does not depend on the order), each pair
    read with :func:`_align_key`'s first article as the source; ``chosen``: the articles'
    sentences attributed to an outlet and the article of it chosen for each
    (:func:`.attributed.candidates`).  A pair whose alignment raises (a fault, or memory
    running out on a pathological text) is logged with both article ids, appended to
    ``failed`` and left unaligned: the rest of the corpus is still analysed."""
    chosen = chosen or {}
    failed = [] if failed is None else failed
    out: dict[int, list[Detection]] = {}
    keys: dict[int, tuple[int, float, str]] = {}  # each article's key, parsed once
    with blas_limited():
        for k in locality_order(pairs, len(arts)).tolist():
            i, j = pairs[k]
            for x in (i, j):
                if x not in keys:
                    keys[x] = _align_key(arts[x])
            swap = keys[j] < keys[i]
            if swap:
                i, j = j, i
            try:
                dets = _align_pair(arts, docs, i, j, params, chosen)
            except (Exception, MemoryError) as exc:  # one pair never ends the analysis
                failed.append((arts[i].id, arts[j].id))
                log.warning("align: pair %s / %s skipped, not aligned: %s: %s",
                            arts[i].id, arts[j].id, type(exc).__name__, exc)  # fmt: skip
                log.debug("align: pair failure", exc_info=True)
                continue
            if dets:
                out[k] = [_swapped(d) for d in dets] if swap else dets
    return out


def _align_pair(
    arts: Sequence[Article],
    docs: DocCache,
    i: int,
    j: int,
    params: AlignParams,
    chosen: Mapping[int, attributed.Chosen],
) -> list[Detection]:
    """The detections of articles ``i`` (read as the source) and ``j``."""
    dets = align_texts(arts[i].text, docs[i], arts[j].text, docs[j], params)
    if i in chosen or j in chosen:
        ends = (
            [(s, e) for s, e, x in chosen.get(i, ()) if x == j],
            [(s, e) for s, e, x in chosen.get(j, ()) if x == i],
        )
        dets += attributed.passages(docs[i], docs[j], dets, ends)
    return dets


def _weak_left(
    found: list[Alignment],
    by_id: Mapping[str, Article],
    params: AlignParams,
    sentences: Callable[[str], Sequence[tuple[int, int]]],
) -> list[Alignment]:
    """``found`` without the passages of pairs that the flags left with weak paraphrase
    passages only (:func:`.align.corroborated`): the passage that vouched for them when the
    pair was aligned is a template's or boilerplate (a review: a force's appeals on a crash
    and a fire, once their stock opening and closing lines were flagged, were still linked
    by "was taken to hospital with serious injuries" / "... with smoke inhalation").
    ``sentences``: an article's sentence spans by id, those the aligner weighed them by."""
    if not params.weak_paraphrase:
        return found
    weak: set[tuple[str, str]] = set()
    for (s, t), als in _by_pair(found).items():
        real = [x for x in als if not x.boilerplate]
        if not real or len(real) == len(als) or any(x.kind != "paraphrase" for x in real):
            continue
        lengths = len(by_id[s].text), len(by_id[t].text)
        dets = [_detection(x) for x in real]
        if not corroborated(dets, *lengths, params, (sentences(s), sentences(t))):
            weak.add((s, t))
    if not weak:
        return found
    return [
        x for x in found
        if x.boilerplate or (x.source.article_id, x.target.article_id) not in weak
    ]  # fmt: skip


def _detection(x: Alignment) -> Detection:
    return Detection(x.source.start, x.source.end, x.target.start, x.target.end, x.kind, x.score)


def _align_key(art: Article) -> tuple[int, float, str]:
    """Which article of a pair the aligner reads as the source: the earlier published, else
    (undated) the longer, else the one with the smaller id (the aligner's summary pass widens
    only the source side: with the shorter text read as the source, an undated summary of a
    long report was found or not by the order of the two ids).  The aligner is not symmetric
    (summaries, edge trimming, target relabelling), so taking the pair in corpus order made the
    passages, and whether a pair was linked at all, depend on the order the files were
    ingested in (an audit: 13 of 150 links of a 2,000-article synthetic corpus came and went
    with a shuffle).
    Ids are hashes of text and outlet, so the choice is the same in every order and batching."""
    when = parse_published(art.published)
    if when is None:
        return (1, -float(len(art.text)), art.id)
    return (0, (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp(), art.id)


def _swapped(d: Detection) -> Detection:
    """``d`` with its source and target sides exchanged."""
    return dataclasses.replace(
        d, src_start=d.tgt_start, src_end=d.tgt_end, tgt_start=d.src_start, tgt_end=d.src_end
    )


def _table(arts: Sequence[Article], kept: KeptSentences | None) -> SentenceTable:
    texts, languages = [a.text for a in arts], [a.language for a in arts]
    if kept is None:
        return SentenceTable.build(texts, languages=languages)
    return table_with_kept([a.id for a in arts], texts, kept, languages)


def run(records: RecordSet, settings: Settings) -> RecordSet:
    """Fill ``alignments`` and ``provenance`` of ``records``."""
    return run_with_stats(records, settings)[0]


def run_with_stats(
    records: RecordSet,
    settings: Settings,
    kept: KeptSentences | None = None,
    held: HeldLinks | None = None,
) -> tuple[RecordSet, AlignStats | None]:
    """:func:`run`, also returning what it did (None when the stage did not run).

    ``kept``: sentence data of an earlier run (the store keeps it), so that only the
    articles without it are tokenised; updated with what this run built
    (:func:`.sentences.table_with_kept`).  ``held``: the marks and withheld passages of the
    earlier runs' pairs (:mod:`.heldlinks`), replaced with this run's; without it an
    incremental run carries only what the records show (:func:`_carry_unseen`)."""
    cfg = settings.reuse
    arts = records.articles
    if not cfg.enabled or not arts:
        return records, None
    group, wholly = _duplicate_map(records)
    wholly = version_sources(arts, records.duplicates, wholly)
    wholly = _up_the_chain(wholly, {a.id: a.source for a in arts}, {a.id: a.text for a in arts})
    new = records.new_ids
    cparams, groups, query = candidate_params(cfg), _group_numbers(arts, group), _query(arts, new)
    dups = _mass_copies(groups, arts, {g.canonical for g in records.duplicates})
    recheck = _recheck(arts, records, held, query, dups, cfg)
    searched = query
    if recheck is not None and query is not None:
        # old copies shown now, and those of mass groups the batch changed (the member
        # standing for an n-gram may have changed), are searched too
        searched = query | recheck.shown_again(query, dups.hidden) | recheck.changed
    ngram_keys = ngram_candidates(arts, cparams, groups, searched, dups)  # before the table
    table = _table(arts, kept)
    sentence_keys = sentence_candidates(arts, table, cparams, groups, query, None, dups, recheck)
    docs = DocCache(table)
    times = [None if k[0] else k[1] for k in map(_align_key, arts)]
    allowed = pair_filter(arts, cparams.window_days, groups)
    rechosen: attributed.Rechosen = {}  # old pairs an attributed sentence chose again
    naming: dict[int, set[str]] = {}  # old articles naming an outlet with a new article
    read = attributed.Read()  # the articles' attributions, read once
    credited, chosen = attributed.candidates(
        arts, docs.__getitem__, times, allowed, query, table, rechosen, naming, read
    )
    retried = _retried(arts, held, groups, query)
    moved = _moved(arts, recheck, rechosen, naming)
    recredited, credits = _recredited(arts, records, held, rechosen, allowed)
    promoted = np.zeros(0, np.int64) if recheck is None else recheck.promoted
    # an old pair aligned again has all its credits, as one run chooses them: its carried
    # passages are replaced, those of a sentence naming an outlet with no new article too;
    # so has an old pair aligned for the first time (promoted: if it gave nothing, it is
    # kept as a pair that gives nothing, HeldLinks.empty)
    again = np.unique(np.concatenate([retried, moved, recredited, promoted]))
    chosen = _with_retried_credits(chosen, arts, docs, times, allowed, again, read)
    chosen = _merged_choices(chosen, credits)
    pairs = key_pairs(ngram_keys, sentence_keys, credited, retried, moved, promoted, recredited)
    failed: list[tuple[str, str]] = []
    params = align_params(cfg)
    detected = _align_all(arts, pairs, docs, params, chosen, failed)
    undirected: dict[str, set[str]] = defaultdict(set)
    found: list[Alignment] = []
    row = {a.id: i for i, a in enumerate(arts)}

    def realign(src: Article, tgt: Article) -> list[Alignment]:
        with blas_limited():
            dets = _align_pair(arts, docs, row[src.id], row[tgt.id], params, chosen)
        return _to_alignments(src, tgt, dets)

    for k in sorted(detected):  # corpus order, as before: the records do not depend on the order
        a, b = arts[pairs[k][0]], arts[pairs[k][1]]  # never two members of one duplicate group
        found.extend(_directed(a, b, _to_alignments(a, b, detected[k]), undirected, realign))
    if new:

        def ngram_pairs(ends: np.ndarray) -> np.ndarray:
            return ngram_candidates(arts, cparams, groups, ends, dups)

        gone = _lapsed(arts, recheck, cparams, rechosen, new, dups, ngram_pairs, times)
        # an old pair aligned in this run replaces its carried passages (moved or
        # recredited, or found again through an old copy the batch shows)
        ends = ({arts[i].id, arts[j].id} for i, j in pairs)
        gone |= {frozenset(both) for both in ends if not both & new}
        _carried(records, held, undirected, found, gone)
        _drop_grouped(found, undirected, records.duplicates)
    directed = _mark_set(undirected)  # the marks before the flags, kept for the next run
    # flags first: the carried alignments of an incremental run have theirs already, and a
    # full run must weigh the same evidence (each flag depends on its alignment alone, but
    # for the template networks, which only grow as articles come: an incremental run's
    # network weighs its carried alignments again)
    by_id = {a.id: a for a in arts}
    spans = table_spans(arts, table)
    members = {m: g.members for g in records.duplicates for m in g.members}
    found = flag(found, spans, by_id, undirected, lambda x: _align_key(by_id[x]), members)
    canon = {m: g.canonical for g in records.duplicates for m in g.members}
    found = flag_templates(found, by_id, copy_map(found, canon), spans)
    found = flag_names(found, by_id)
    found = _weak_left(found, by_id, params, lambda x: table.doc_spans(row[x]))
    _undirect_quotes_left(found, by_id, undirected)
    copies = {a.id: (wholly[a.id], len(a.text)) for a in arts if a.id in wholly}
    exact = {(m, g.canonical) for g in records.duplicates if g.kind == "exact" for m in g.members}
    copied = _copied(arts, wholly, exact)
    before, marks = list(found), _mark_set(undirected)
    traced = {d: (c, copied.get(d, [])) for d, c in wholly.items()}
    outlets, texts = {a.id: a.source for a in arts}, {a.id: a.text for a in arts}
    _drop_own_words_returned(found, undirected, outlets)
    _drop_outclassed(found, undirected, traced, outlets)
    later = frozenset(m for g in records.duplicates if g.ordered for m in g.members)
    mass = frozenset(arts[i].id for i in np.flatnonzero(dups.hidden))
    _withdraw_copied_only(found, undirected, copied, mass, by_id)
    _withdraw_explained(found, undirected, copies, outlets, copied, later, texts)
    # after the siblings are withdrawn: a source a fuller one outclasses still explains
    # what two of its copies share (a third review: two papers' copies of an agency's two
    # war reports were linked once its first report was no source of the second copy)
    _drop_given_word_for_word(found, undirected, traced, texts)
    wholly = _twins_of_a_source(found, undirected, wholly, outlets, copied)
    if held is not None:
        _record_empty(arts, pairs, detected, failed, held, query is None)
        left = {id(x) for x in found}
        held.marks, held.dropped = directed, [x for x in before if id(x) not in left]
        held.later = marks - directed
        held.known, given_up = True, held.record_failures(failed)
    else:
        given_up = []
    _reorient(found, by_id, undirected)
    unseen, related = _split_marks(found, undirected, outlets, texts)
    found.sort(key=lambda x: (x.target.article_id, x.target.start, x.source.article_id))
    log.info("align: %d candidate pairs, %d alignments", len(pairs), len(found))
    stats = AlignStats(
        len(pairs),
        len(detected),
        len(table.spans),
        table.nbytes,
        docs.built,
        tuple(failed),
        tuple(given_up),
    )
    out = dataclasses.replace(
        records,
        alignments=tuple(found),
        provenance=provenance(arts, found, unseen, wholly, related, copied),
        pairs=reuse_pairs(arts, found, unseen, related, None if query is None else records),
    )
    return out, stats
