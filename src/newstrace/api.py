"""The Python API: ``newstrace.open(path)`` returns a :class:`Corpus`.

>>> import newstrace
>>> with newstrace.open("news.db") as corpus:          # doctest: +SKIP
...     corpus.add("articles/")
...     corpus.analyze()
...     for story in corpus.stories():
...         print(story.label, len(story.articles))
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, BinaryIO

from newstrace import pipeline
from newstrace.config import Settings
from newstrace.records import (
    Alignment,
    Article,
    Claim,
    DuplicateGroup,
    Mention,
    Provenance,
    Quote,
    RecordSet,
    ReusePair,
    Story,
)
from newstrace.report import export as export_mod
from newstrace.report import html
from newstrace.store import IngestReport, Store

# The stories an ambiguous story id prefix matches that its error names (then ", and more"),
# each with its label cut to this many characters, as an article's error names three.
MATCHES_NAMED = 3
MATCH_LABEL_CHARS = 40


class Corpus:
    """A corpus of articles in a newstrace database, with its analysis."""

    def __init__(self, path: str | Path | None = None, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        if path is not None:
            self.settings = dataclasses.replace(self.settings, db=Path(path))
        self.store = Store(self.settings.db)

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database (``with newstrace.open(...)`` does it for you)."""
        self.store.close()

    # -- building ----------------------------------------------------------------------------
    def add(
        self,
        *paths: str | Path,
        progress: pipeline.Progress | None = None,
        stdin: BinaryIO | None = None,
    ) -> IngestReport:
        """Ingest files, directories, globs (``"-"`` reads stdin); returns what happened."""
        return pipeline.ingest(self.store, list(paths), self.settings, progress, stdin)

    def analyze(
        self, force: bool = False, progress: pipeline.Progress | None = None
    ) -> pipeline.AnalyzeReport:
        """Run the analysis stages over articles added since the last analysis."""
        return pipeline.analyze(self.store, self.settings, progress, force=force)

    # -- reading -----------------------------------------------------------------------------
    def __len__(self) -> int:
        return self.store.article_count()

    def articles(self) -> list[Article]:
        """Every article, in ingest order."""
        return self.store.articles()

    def article(self, article_id: str) -> Article:
        """An article by id or unique id prefix."""
        return self.store.article(article_id)

    def search(self, query: str, limit: int = 20) -> list[tuple[Article, str]]:
        """Full-text search (SQLite FTS5 syntax): the best ``limit`` articles, each with a
        snippet."""
        return self.store.search(query, limit)

    def records(self) -> RecordSet:
        """Every article and analysis record, as one :class:`~newstrace.records.RecordSet`."""
        return self.store.record_set()

    def duplicates(self) -> tuple[DuplicateGroup, ...]:
        """Exact and near-duplicate groups, each with its canonical member."""
        return self.store.load_records("duplicates")

    def alignments(self, article_id: str | None = None) -> tuple[Alignment, ...]:
        """Reused passages (all, or one article's: an id or unique id prefix)."""
        found: tuple[Alignment, ...] = self.store.load_records("alignments")
        if article_id is None:
            return found
        full = self.article(article_id).id  # a prefix resolves; an unknown id raises
        return tuple(a for a in found if full in (a.source.article_id, a.target.article_id))

    def provenance(self) -> tuple[Provenance, ...]:
        """Per article: the share reused, its label (wholly / partially / non) and its sources
        with their shares."""
        return self.store.load_records("provenance")

    def pairs(self, article_id: str | None = None) -> tuple[ReusePair, ...]:
        """Linked article pairs: relation, direction evidence, shares (all, or one article's:
        an id or unique id prefix)."""
        found: tuple[ReusePair, ...] = self.store.load_records("pairs")
        if article_id is None:
            return found
        full = self.article(article_id).id  # a prefix resolves; an unknown id raises
        return tuple(p for p in found if full in (p.source_id, p.target_id))

    def stories(self) -> tuple[Story, ...]:
        """Stories (articles about one event), each with its storyline."""
        return self.store.load_records("stories")

    def story(self, story_id: str) -> Story:
        """A story by id or unique id prefix (:class:`~newstrace.errors.NotFoundError` else,
        naming the stories an ambiguous prefix matches, as :meth:`article` does)."""
        found = self.store.find_stories(story_id, limit=MATCHES_NAMED + 1)
        if len(found) == 1:
            return found[0]
        from newstrace.errors import NotFoundError

        if not found:
            raise NotFoundError(f"no story with id {story_id!r}")
        named = "; ".join(
            f"{s.id} ({html.elide(s.label, MATCH_LABEL_CHARS)})" for s in found[:MATCHES_NAMED]
        )
        more = ", and more" if len(found) > MATCHES_NAMED else ""
        raise NotFoundError(
            f"more than one story with id {story_id!r}: {named}{more} (give more of the id)"
        )

    def quotes(self, speaker: str | None = None, story: str | None = None) -> tuple[Quote, ...]:
        """Quotes with their speakers; ``speaker`` keeps those whose speaker name contains it
        (any case), ``story`` those in one story's articles."""
        found: tuple[Quote, ...] = self.store.load_records("quotes")
        if speaker:
            needle = speaker.casefold()
            found = tuple(q for q in found if q.speaker and needle in q.speaker.casefold())
        if story:
            members = set(self.story(story).articles)
            found = tuple(q for q in found if q.article_id in members)
        return found

    def claims(self, story: str | None = None) -> tuple[Claim, ...]:
        """Numeric claims (all, or those in one story's articles)."""
        found: tuple[Claim, ...] = self.store.load_records("claims")
        if story:
            members = set(self.story(story).articles)
            found = tuple(c for c in found if c.article_id in members)
        return found

    def mentions(self, kind: str | None = None) -> tuple[Mention, ...]:
        """Entity mentions (all, or of one kind: person, org, place, role, date)."""
        found: tuple[Mention, ...] = self.store.load_records("mentions")
        return tuple(m for m in found if kind is None or m.kind == kind)

    def stats(self) -> dict[str, Any]:
        """Counts of articles, inputs, records and more, as ``newstrace stats`` shows them."""
        return self.store.stats()

    # -- output ------------------------------------------------------------------------------
    def export(self, path: str | Path, format: str = "json", with_text: bool = True) -> Path:
        """Write the analysis as ``json``, ``jsonl`` (files) or ``parquet`` (a directory)."""
        out = Path(path)
        export_mod.check_target(out, format)
        records = self.records()
        if format == "parquet":
            export_mod.write_parquet(records, out, with_text)
            return out
        return export_mod.write_file(records, out, format, with_text)

    def report(self, path: str | Path, complete: bool = False) -> Path:
        """Write the self-contained HTML report; a large corpus is shown within
        :class:`newstrace.report.html.Limits` (the largest reuse, the first items of each
        list) unless ``complete``."""
        export_mod.check_target(Path(path), "html")
        limits = html.NO_LIMITS if complete else html.Limits()
        pending = len(self.store.unanalyzed_ids())
        return html.write(self.records(), Path(path), self.store.skips(), limits, pending)


def open(path: str | Path = "newstrace.db", settings: Settings | None = None) -> Corpus:  # noqa: A001
    """Open (or create) the newstrace database at ``path``."""
    return Corpus(path, settings)


__all__ = ["Corpus", "open"]
