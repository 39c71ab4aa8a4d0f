"""Frozen records that flow through the pipeline.

Every record produced after ingest points into an :class:`Article` by id and character
offsets into its *clean* text (``Article.text``); :meth:`Article.to_original` maps such
offsets back to the text as it was read.  Records never copy article text.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar, overload

from newstrace.text.normalize import past_marks
from newstrace.text.offsets import OffsetMap


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as ingested.

    ``original`` is the text as read (decoded, or the main text trafilatura extracted from
    HTML); ``text`` is the cleaned text every stage works on; ``offsets`` maps positions in
    ``text`` to positions in ``original``.
    """

    id: str
    text: str
    original: str
    offsets: OffsetMap
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as known from metadata
    language: str | None = None
    input: str | None = None  # where it came from: "path", "path:line" or "path#record"
    format: str = "txt"
    metadata: Mapping[str, str] = field(default_factory=dict)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean-text span ``[start, end)`` to the original text; the end covers the
        combining marks that follow the last character there (which NFC may have composed
        into it), so the original span never splits a character."""
        o_start, o_end = self.offsets.span(start, end)
        return o_start, past_marks(self.original, o_end) if end > start else o_end


@dataclass(frozen=True, slots=True)
class Span:
    """A character span ``[start, end)`` in the clean text of one article."""

    article_id: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end}) in {self.article_id}")

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Articles that are exact or near copies of each other; the copies are tagged."""

    id: str
    kind: str  # "exact" or "near"
    canonical: str  # article id of the canonical member
    members: tuple[str, ...]
    similarity: float
    # whether the canonical member is known to come first (it is credited by the others, or
    # published before all of them; an exact group that took its near group's canonical
    # member: by the near group's members); False: chosen by length or id, so the copies
    # are of one text with no known order (often reprints of a source not in the corpus)
    ordered: bool = True


@dataclass(frozen=True, slots=True)
class Alignment:
    """One reused passage: ``target`` was (probably) derived from ``source``."""

    source: Span
    target: Span
    kind: str  # "verbatim" | "edited" | "paraphrase"
    score: float
    boilerplate: bool = False


@dataclass(frozen=True, slots=True)
class Provenance:
    """How much of one article is reused, and from where."""

    article_id: str
    reused_share: float
    label: str  # "wholly" | "partially" | "non" derived
    sources: Mapping[str, float]  # source article id -> share of this article's characters
    unseen_source_with: tuple[str, ...] = ()  # articles sharing a common source not in corpus
    # articles sharing only paraphrased passages with this one, with no evidence of who drew
    # on whom: a rewrite either way, a common source, or independent reports of the same facts
    related_with: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReusePair:
    """Two articles linked by reused passages, and what the engine concluded about them."""

    source_id: str  # the source; for a pair with no direction, the article first in the corpus
    target_id: str
    relation: str  # "derived" | "unseen_source" | "related" (see Provenance)
    evidence: str  # why the source is the source: "credit" | "date" | "inferred-date" |
    #                "wire" | "press-release" | "record" | "summary" |
    #                "containment"; with no direction claimed: "quotation" (the passages
    #                are mostly quotes, which both can have taken from the speaker),
    #                "stock-sentence" (one short stock line, refilled or cut where its
    #                figures begin) or "none"
    source_share: float  # share of the source's characters in the pair's passages
    target_share: float  # the same for the target (boilerplate passages aside in both)
    passages: int  # passages that are not boilerplate
    kinds: tuple[str, ...]  # their kinds, distinct, sorted ("edited", "paraphrase", "verbatim")


@dataclass(frozen=True, slots=True)
class Story:
    """Articles about one real-world event or announcement."""

    id: str
    label: str
    articles: tuple[str, ...]
    first_seen: str | None = None
    last_seen: str | None = None
    entities: tuple[str, ...] = ()
    storyline: str | None = None


@dataclass(frozen=True, slots=True)
class Storyline:
    """Stories linked by subject over time, in chronological (else discovery) order."""

    id: str
    label: str  # top entities and terms
    stories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct, mixed or indirect quote with its cue and speaker."""

    article_id: str
    content: Span
    kind: str  # "direct" | "mixed" | "indirect"
    cue: Span | None = None
    speaker_span: Span | None = None
    speaker: str | None = None  # resolved name
    evidence: str | None = None  # how the speaker was resolved


@dataclass(frozen=True, slots=True)
class Claim:
    """A numeric claim: a value with its unit and what it counts."""

    article_id: str
    span: Span
    value: float
    unit: str | None = None
    hedge: str | None = None
    counts: Span | None = None
    upper: float | None = None  # for ranges
    period: Span | None = None  # the time the number refers to, when stated ("last year")


@dataclass(frozen=True, slots=True)
class Finding:
    """A comparison result for a story (what a source adds, omits or alters)."""

    story_id: str
    kind: str
    article_ids: tuple[str, ...]
    spans: tuple[Span, ...] = ()
    detail: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Mention:
    """A person, organisation, place or date mentioned in an article."""

    article_id: str
    span: Span
    kind: str  # "person" | "org" | "place" | "date" | "role"
    name: str  # canonical form, e.g. "Keir Starmer", "United Kingdom", "2024-11-07"
    evidence: str | None = None


@dataclass(frozen=True, slots=True)
class RecordSet:
    """The container that flows through the stages.

    ``articles`` is the whole corpus in ingest order; ``new_ids`` the articles added since the
    last analysis (stages that work per article only need to look at those).  Each stage
    returns a new RecordSet with its own fields replaced (``dataclasses.replace``).
    """

    articles: tuple[Article, ...] = ()
    new_ids: frozenset[str] = frozenset()
    duplicates: tuple[DuplicateGroup, ...] = ()
    alignments: tuple[Alignment, ...] = ()
    provenance: tuple[Provenance, ...] = ()
    pairs: tuple[ReusePair, ...] = ()
    stories: tuple[Story, ...] = ()
    storylines: tuple[Storyline, ...] = ()
    quotes: tuple[Quote, ...] = ()
    # per-article records that a stage may leave in the store (:class:`Stored`) until one
    # goes through them all: most analyses only add those of the new articles
    claims: Sequence[Claim] = ()
    mentions: Sequence[Mention] = ()
    findings: tuple[Finding, ...] = ()

    def undirected_pairs(self) -> set[frozenset[str]]:
        """Article pairs linked with no direction (a shared unseen source, or related): their
        alignments' source and target are a convention, not a claim."""
        return {
            frozenset((p.article_id, other))
            for p in self.provenance
            for other in (*p.unseen_source_with, *p.related_with)
        }

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)


class _OfArticle(Protocol):
    @property
    def article_id(self) -> str: ...


R = TypeVar("R", bound=_OfArticle)


class StoredSource(Protocol[R]):
    """Where :class:`Stored` reads the records an earlier analysis kept (the store)."""

    count: int  # how many

    def load(self) -> tuple[R, ...]:
        """All of them, in stored order (read once, then kept)."""
        ...

    def of(self, article_ids: Collection[str]) -> list[R]:
        """Those of the given articles, in stored order."""
        ...

    def held(self, article_ids: Collection[str]) -> bool:
        """Whether any belongs to one of the given articles."""
        ...


class Stored(Sequence[R]):
    """The records of one kind an earlier analysis kept, read from the store only when a
    stage goes through them all, followed by those this analysis ``added``.

    At 100,000 articles an analysis that adds 100 read 1.2 million claims and mentions it
    only carried forward: a third of its time.  A stage that needs some of them asks for
    those of some articles (:func:`of_articles`); the store then appends the added ones
    alone (:meth:`tail_after`).
    """

    __slots__ = ("_source", "_added")

    def __init__(self, source: StoredSource[R], added: Sequence[R] = ()) -> None:
        self._source = source
        self._added = tuple(added)

    def __len__(self) -> int:
        return self._source.count + len(self._added)

    @overload
    def __getitem__(self, index: int) -> R: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[R]: ...
    def __getitem__(self, index: int | slice) -> R | Sequence[R]:
        return self._all()[index]

    def __iter__(self) -> Iterator[R]:
        return iter(self._all())

    def _all(self) -> tuple[R, ...]:
        return self._source.load() + self._added

    def plus(self, more: Sequence[R]) -> Stored[R]:
        """These records and then ``more``, still unread."""
        return Stored(self._source, self._added + tuple(more))

    def of(self, article_ids: Collection[str]) -> list[R]:
        """The records of the given articles, in order."""
        added = [r for r in self._added if r.article_id in article_ids]
        return self._source.of(article_ids) + added

    def held(self, article_ids: Collection[str]) -> bool:
        """Whether a record belongs to one of the given articles."""
        return self._source.held(article_ids) or any(
            r.article_id in article_ids for r in self._added
        )

    def tail_after(self, before: Sequence[R]) -> tuple[R, ...] | None:
        """The records added after ``before`` when these are ``before`` and then more (as the
        same stored records, unread), else None."""
        if not isinstance(before, Stored) or before._source is not self._source:
            return None
        n = len(before._added)
        return self._added[n:] if self._added[:n] == before._added else None


def of_articles(records: Sequence[R], article_ids: Collection[str]) -> list[R]:
    """The records of the given articles, in order, without reading the others from the
    store when they are :class:`Stored`."""
    if isinstance(records, Stored):
        return records.of(article_ids)
    return [r for r in records if r.article_id in article_ids]


def holds_any(records: Sequence[R], article_ids: Collection[str]) -> bool:
    """Whether a record belongs to one of the given articles (unread, when stored)."""
    if isinstance(records, Stored):
        return records.held(article_ids)
    return any(r.article_id in article_ids for r in records)


def extended(records: Sequence[R], more: Sequence[R]) -> Sequence[R]:
    """``records`` then ``more``; stored records stay unread."""
    if isinstance(records, Stored):
        return records.plus(more)
    return (*records, *more)
