"""Stage ``cluster``: stories (articles about one event) and storylines (stories on one
subject over time), clustered online in publication order.

Entry points: :func:`run` (the stage), :func:`cluster_incremental` (add articles to a saved
:class:`ClusterState`), :func:`stories_from_state` / :func:`storylines_from_state` (records).
"""

from __future__ import annotations

import dataclasses
import heapq
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from newstrace.config import Settings
from newstrace.config.stories import StorySettings
from newstrace.records import (
    Alignment,
    Article,
    DuplicateGroup,
    Mention,
    Provenance,
    RecordSet,
    ReusePair,
    Story,
    Storyline,
    of_articles,
)
from newstrace.stages.cluster.features import ENTITY_KINDS, article_features
from newstrace.stages.cluster.online import Clusterer, _days
from newstrace.stages.cluster.state import ClusterState, MergeEvent, StoryState
from newstrace.text.credits import tagline
from newstrace.text.offsets import blanked

NAME = "cluster"

LABEL_TERMS = 5  # terms in a label made of top terms (when no member has a title)
STORY_ENTITIES = 5  # key entities listed on a Story


__all__ = [
    "NAME",
    "verbatim_boilerplate",
    "ClusterState",
    "MergeEvent",
    "Storyline",
    "cluster_incremental",
    "publication_order",
    "reuse_links",
    "whole_copies",
    "run",
    "stories_from_state",
    "storylines_from_state",
    "update",
]


def publication_order(articles: Sequence[Article]) -> list[Article]:
    """Dated articles by date, undated ones after them; ingest order breaks ties."""

    def key(item: tuple[int, Article]) -> tuple[int, float, int]:
        i, a = item
        d = _days(a.published) if a.published else None
        return (0, d, i) if d is not None else (1, 0.0, i)

    return [a for _, a in sorted(enumerate(articles), key=key)]


# A reuse link joins two articles' stories when its passages hold at least this share of one
# of them: a stock sentence of two obituaries ("He is survived by ...", 0.065), a release's
# dateline line ("BRACKFORD, Ohio, March 3, 2026 -- Veltrana Robotics Inc.", 0.02-0.03) are
# no evidence of one event, and each pulled an unrelated article into a story (a review of
# obituaries and of companies' releases).  Below it, similarity alone decides.  Set a priori
# between those (under 0.07) and what a day-two follow-up keeping one background paragraph of
# the first report shares (0.1-0.2 in the reviews' corpora), two thirds of the "partially
# derived" share (COPY_SHARE 0.15): such a follow-up still joins its story.
LINK_MIN_SHARE = 0.1


def reuse_links(
    duplicates: Iterable[DuplicateGroup] = (),
    alignments: Iterable[Alignment] = (),
    pairs: Iterable[ReusePair] | None = None,
) -> dict[str, set[str]]:
    """Article id -> articles it is linked to by copying: duplicates and both ends of every
    non-boilerplate alignment, in both directions; with ``pairs``, of those pairs only that
    hold :data:`LINK_MIN_SHARE` of one of their articles and share more than one stock line
    (evidence ``stock-sentence``: a review of police appeals, where a force's closing line
    made four papers' stories of unrelated crimes one story).

    Both directions, because clustering runs in publication order and an undated source (a
    press release, an agency copy) is clustered *after* its dated reprints: it must be able to
    join their story just as a later reprint joins its source's."""
    links = _group_links(duplicates)
    weak = (
        set()
        if pairs is None
        else {
            frozenset((p.source_id, p.target_id))
            for p in pairs
            if max(p.source_share, p.target_share) < LINK_MIN_SHARE
            or p.evidence == "stock-sentence"  # one stock line: no sign of one story
        }
    )
    for al in alignments:
        src, dst = al.source.article_id, al.target.article_id
        if not al.boilerplate and src != dst and frozenset((src, dst)) not in weak:
            links[dst].add(src)
            links[src].add(dst)
    return dict(links)


# An article derived from a source by at least this share of its characters is a *copy* of it
# (the reuse engine's METER "partially derived" share, ``align.provenance.PARTIAL_SHARE``).
COPY_SHARE = 0.15


def whole_copies(
    duplicates: Iterable[DuplicateGroup] = (), provenance: Iterable[Provenance] = ()
) -> dict[str, set[str]]:
    """Article id -> the articles it duplicates or is wholly derived from, and those that
    duplicate it or wholly derive from it: one event's text, whose story a copy joins however
    long after (a magazine's reprint weeks later), where a follow-up reusing a paragraph
    starts a new story of the storyline."""
    out = _group_links(duplicates)
    for p in provenance:
        if p.label == "wholly":
            for src, share in p.sources.items():
                if src != p.article_id and share >= COPY_SHARE:  # not a background paragraph
                    out[p.article_id].add(src)
                    out[src].add(p.article_id)
    return dict(out)


def _group_links(duplicates: Iterable[DuplicateGroup]) -> defaultdict[str, set[str]]:
    """Article id -> the other members of its duplicate groups."""
    out: defaultdict[str, set[str]] = defaultdict(set)
    for group in duplicates:
        for m in group.members:
            out[m].update(x for x in group.members if x != m)
    return out


def copies_of(provenance: Iterable[Provenance]) -> dict[str, set[str]]:
    """Source article id -> the articles derived from it (share >= :data:`COPY_SHARE`).

    Copies of one source are one story: a source clustered after copies that landed in
    different stories (an undated press release behind two rewrites) merges those stories.
    An article drawing that much on several sources counts as a copy of them only when they
    hold the *same* text (a reprint whose sibling reprints are listed beside the wire copy:
    their shares add up to more than its reused share by at least :data:`COPY_SHARE`); a
    roundup quoting separate parts of several sources is a copy of none, as it would merge
    the unrelated stories it quotes."""
    out: dict[str, set[str]] = defaultdict(set)
    for p in provenance:
        main = {s: v for s, v in p.sources.items() if v >= COPY_SHARE and s != p.article_id}
        if len(main) == 1 or sum(main.values()) >= p.reused_share + COPY_SHARE:
            for src in main:
                out[src].add(p.article_id)
    return dict(out)


def cluster_incremental(
    state: ClusterState,
    new_articles: Sequence[Article],
    settings: StorySettings | None = None,
    *,
    mentions: Iterable[Mention] = (),
    links: Mapping[str, Iterable[str]] | None = None,
    copies: Mapping[str, Iterable[str]] | None = None,
    copied: Mapping[str, set[str]] | None = None,
    boilerplate: Mapping[str, Sequence[tuple[int, int]]] | None = None,
) -> ClusterState:
    """Add ``new_articles`` (in publication order) to ``state`` in place and return it.

    Articles already clustered are skipped.  ``mentions`` (person/org/place, from the
    extract stage) give entities, with the capitalised-word runs they do not cover (see
    :func:`~newstrace.stages.cluster.features.entity_names`).  In embed mode
    (``settings.mode == "embed"``) the articles' lead embeddings are computed first.
    ``links`` maps an article id to articles it was derived from or duplicates (see
    :func:`reuse_links`); ``copies`` a source to the articles derived from it (see
    :func:`copies_of`); ``copied`` an article to those it duplicates or wholly copies, or
    that do it (see :func:`whole_copies`); ``boilerplate`` an article to its spans of
    boilerplate, whose run closing the article is left out of its features (see
    :func:`verbatim_boilerplate`).
    """
    cfg = settings or StorySettings()
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.kind in ENTITY_KINDS:
            by_article[m.article_id].append(m)
    links = (links or {}) if cfg.reuse_links else {}
    copies = (copies or {}) if cfg.reuse_links else {}
    copied = (copied or {}) if cfg.reuse_links else {}
    todo = [
        _without(a, by_article.get(a.id, ()), (boilerplate or {}).get(a.id, ()))
        for a in publication_order(new_articles)
        if a.id not in state.assignment
    ]
    dense = _embeddings([a for a, _ in todo], cfg)
    clusterer = Clusterer(state, cfg)
    for article, mentions_of in todo:
        feats = article_features(article, mentions_of, cfg.lead_chars, dense.get(article.id))
        ends = links.get(article.id, ()), copies.get(article.id, ())
        clusterer.add(feats, *ends, copied.get(article.id, set()))
    if todo:
        clusterer.refine()  # re-assign / split inside the stories this run touched
    return state


# A boilerplate passage this close to word for word (a league table with this weekend's
# rows moved, 0.92-0.96) is the outlet's standard text; a refilled sentence scores lower
# ("The result leaves X in fifth place ...", 0.5-0.7 in the review's reports).  A priori.
BLANK_MIN_SCORE = 0.9


def verbatim_boilerplate(alignments: Iterable[Alignment]) -> dict[str, list[tuple[int, int]]]:
    """Article id -> the spans of its word-for-word boilerplate passages: a company's "About"
    box and legal disclaimer under each of its releases, a league table under each match
    report.  They are no part of the event: left in an article's features, three unrelated
    releases of one company a week apart (two fifths of each text its standard paragraphs)
    were one story (a review of companies' releases), and so were four match reports under
    one league table (a review of sports copy).  A refilled template's passage (scoring under
    :data:`BLANK_MIN_SCORE`) holds the article's own names and figures: it stays."""
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for al in alignments:
        if al.boilerplate and (al.kind == "verbatim" or al.score >= BLANK_MIN_SCORE):
            for span in (al.source, al.target):
                out[span.article_id].append((span.start, span.end))
    return dict(out)


# A boilerplate run closes an article when each passage of it ends within this many
# characters of the next one (or of the text's end): a contact line or a byline between an
# About box and a disclaimer.  A priori: one line (a report's last paragraph is longer).
TAIL_SLACK = 120


def _trailing(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the boilerplate run that closes ``text`` (see :data:`TAIL_SLACK`): a
    company's standard paragraphs, a league table under a report.  A background paragraph an
    outlet repeats in each report of a running story is boilerplate by repetition but stands
    in the body: blanked, a trial's four daily reports were four stories (a review)."""
    out: list[tuple[int, int]] = []
    edge = len(text.rstrip())
    for s, e in sorted(spans, key=lambda x: x[1], reverse=True):
        if e < edge - TAIL_SLACK:
            break
        out.append((s, e))
        edge = min(edge, s)
    return out


def _without(
    article: Article, mentions: Sequence[Mention], spans: Sequence[tuple[int, int]]
) -> tuple[Article, list[Mention]]:
    """``article`` with the boilerplate run closing it (:func:`_trailing` of ``spans``) and
    a column's closing line about its writer (:func:`.credits.tagline`: "Owen Stacke writes
    every Tuesday." put a columnist's unrelated columns on one storyline by his name, a
    review of opinion pages) blanked, offsets kept, and the mentions outside them."""
    spans = _trailing(article.text, spans)
    line = tagline(article.text)  # a column's closing line about its writer
    if line is not None:
        spans.append(line)
    if not spans:
        return article, list(mentions)
    text = blanked(article.text, spans)
    if text.strip() == "":
        return article, list(mentions)  # all boilerplate: nothing else to cluster it by
    kept = [m for m in mentions if not any(s < m.span.end and m.span.start < e for s, e in spans)]
    return dataclasses.replace(article, text=text), kept


def _embeddings(articles: Sequence[Article], cfg: StorySettings) -> Mapping[str, np.ndarray]:
    """Lead embeddings of ``articles`` in embed mode (imports the model lazily), else none."""
    if cfg.mode == "lexical" or not articles:
        return {}
    if cfg.mode != "embed":
        raise ValueError(f"stories.mode must be 'lexical' or 'embed', not {cfg.mode!r}")
    from newstrace.stages.cluster import dense

    return dense.lead_embeddings(articles, cfg.embed_sentences)


def _top_terms(s: StoryState, state: ClusterState, n: int) -> list[str]:
    return heapq.nlargest(n, s.body, key=lambda t: s.body[t] * state.idf_body(t))


def _key_entities(s: StoryState, state: ClusterState, n: int) -> tuple[str, ...]:
    named = [k for k in s.entities if k in s.names]
    top = heapq.nlargest(n, named, key=lambda k: s.entities[k] * state.idf_entity(k))
    return tuple(s.names[k] for k in top)


def _order_key(s: StoryState) -> tuple[float, int]:
    d = _days(s.first_seen) if s.first_seen else None
    return (d if d is not None else float("inf"), s.first_step)


def stories_from_state(state: ClusterState) -> tuple[Story, ...]:
    """Story records, oldest first."""
    out = []
    for s in sorted(state.stories.values(), key=_order_key):
        label = s.label or " ".join(_top_terms(s, state, LABEL_TERMS))
        out.append(
            Story(
                id=s.id,
                label=label,
                articles=tuple(s.articles),
                first_seen=s.first_seen,
                last_seen=s.last_seen,
                entities=_key_entities(s, state, STORY_ENTITIES),
                storyline=s.storyline,
            )
        )
    return tuple(out)


def storylines_from_state(state: ClusterState) -> tuple[Storyline, ...]:
    """Storyline records: label = top entities and terms, stories in chronological order."""
    out = []
    for line in sorted(state.storylines.values(), key=lambda x: x.first_step):
        ents = heapq.nlargest(
            3, line.entities, key=lambda k: line.entities[k] * state.idf_entity(k)
        )
        terms = heapq.nlargest(3, line.body, key=lambda t: line.body[t] * state.idf_body(t))
        names: dict[str, str] = {}
        for sid in line.stories:
            names.update(state.stories[sid].names)
        label = _label_parts([names.get(k, k) for k in ents] + terms)
        stories = sorted((state.stories[sid] for sid in line.stories), key=_order_key)
        out.append(Storyline(line.id, label, tuple(s.id for s in stories)))
    return tuple(out)


def _label_parts(parts: Sequence[str]) -> str:
    """Join label parts, dropping repeats and terms already inside an earlier part."""
    kept: list[str] = []
    for part in parts:
        words = " ".join(k.casefold() for k in kept).split()
        if part.casefold() not in words and part.casefold() not in (k.casefold() for k in kept):
            kept.append(part)
    return ", ".join(kept)


def update(
    records: RecordSet, settings: Settings, state: ClusterState | None = None
) -> tuple[RecordSet, ClusterState]:
    """Add the articles of ``records`` that ``state`` has not seen (all, without a state) and
    return the records with ``stories`` rebuilt from the state, plus the state to persist.
    Earlier articles are not re-clustered."""
    state = state if state is not None else ClusterState()
    cfg = settings.stories
    if not cfg.enabled:
        return records, state
    new = [a for a in records.articles if a.id not in state.assignment]
    cluster_incremental(
        state,
        new,
        cfg,
        mentions=of_articles(records.mentions, {a.id for a in new}),
        links=reuse_links(records.duplicates, records.alignments, records.pairs),
        copies=copies_of(records.provenance),
        copied=whole_copies(records.duplicates, records.provenance),
        boilerplate=verbatim_boilerplate(records.alignments),
    )
    out = dataclasses.replace(
        records, stories=stories_from_state(state), storylines=storylines_from_state(state)
    )
    return out, state


def run(records: RecordSet, settings: Settings) -> RecordSet:
    """Cluster the whole corpus from scratch and fill ``records.stories``."""
    return update(records, settings)[0]
