"""One story with what its articles hold, read from the store by its articles' index: for
``newstrace story`` and the web app's story page (read-only)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newstrace.records import Alignment, Article, Claim, Quote, ReusePair, Story, Storyline
from newstrace.report.export import article_dict, record_dict
from newstrace.store import Store

# The speaker of a quote no speaker was found for, in the lists by speaker.
NO_SPEAKER = "?"


@dataclass(frozen=True)
class StoryRecords:
    """A story, its articles (in the story's order) and their quotes and numbers, the reused
    passages and linked pairs with both ends inside the story, and its storyline with the
    storyline's stories in order (this one among them)."""

    story: Story
    articles: tuple[Article, ...]
    quotes: tuple[Quote, ...]
    claims: tuple[Claim, ...]
    passages: tuple[Alignment, ...]
    pairs: tuple[ReusePair, ...]
    storyline: Storyline | None
    line_stories: tuple[Story, ...]

    @property
    def arts(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}


def story_records(store: Store, story: Story) -> StoryRecords:
    """What ``story``'s page shows, read by its articles' ids (not the whole corpus): quotes
    and numbers in the story's article order, passages (boilerplate aside) and pairs in the
    order they were saved."""
    members = set(story.articles)
    articles = store.articles(story.articles)
    place = {aid: n for n, aid in enumerate(story.articles)}
    articles.sort(key=lambda a: place[a.id])
    own = {name: _own(store, name, story.articles) for name in ("quotes", "claims")}
    passages = [
        al for al in _naming(store, "alignments", story.articles)
        if not al.boilerplate and {al.source.article_id, al.target.article_id} <= members
    ]  # fmt: skip
    pairs = [
        p for p in _naming(store, "pairs", story.articles) if {p.source_id, p.target_id} <= members
    ]
    line = store.records_with_ids("storylines", [story.storyline]) if story.storyline else []
    storyline = line[0] if line else None
    in_line = store.records_with_ids("stories", storyline.stories) if storyline else [story]
    order = {sid: n for n, sid in enumerate(storyline.stories if storyline else [story.id])}
    return StoryRecords(
        story=story, articles=tuple(articles), quotes=tuple(own["quotes"]),
        claims=tuple(own["claims"]), passages=tuple(passages), pairs=tuple(pairs),
        storyline=storyline,
        line_stories=tuple(sorted(in_line, key=lambda s: order.get(s.id, len(order)))),
    )  # fmt: skip


def _own(store: Store, name: str, article_ids: Sequence[str]) -> list[Any]:
    """The per-article records of field ``name`` (quotes, claims) of these articles, article
    by article."""
    return [r for aid in article_ids for _, r in store.record_list(name, article_id=aid)]


def _naming(store: Store, name: str, article_ids: Sequence[str]) -> list[Any]:
    """The records of field ``name`` naming any of these articles, each once, in the order
    they were saved."""
    found = {rid: r for aid in article_ids for rid, r in store.record_list(name, article_id=aid)}
    return [found[rid] for rid in sorted(found)]


def by_speaker(quotes: Sequence[Quote]) -> list[tuple[str, list[Quote]]]:
    """Quotes grouped by speaker, the speaker quoted most first (then by name; no speaker
    last), each speaker's quotes in the order given."""
    groups: dict[str, list[Quote]] = {}
    for q in quotes:
        groups.setdefault(q.speaker or NO_SPEAKER, []).append(q)
    return sorted(groups.items(), key=lambda kv: (kv[0] == NO_SPEAKER, -len(kv[1]), kv[0]))


def story_dict(found: StoryRecords, with_text: bool = True) -> dict[str, Any]:
    """One JSON object: the story and storyline records, the articles' metadata (no texts),
    and the quotes, claims, passages and pairs as the listings' ``--json`` gives them
    (:func:`~newstrace.report.export.record_dict`; each span with its ``text`` when
    ``with_text``)."""
    arts = found.arts

    def records(items: Sequence[Any]) -> list[dict[str, Any]]:
        return [record_dict(r, arts, with_text=with_text) for r in items]

    return {
        "story": record_dict(found.story, arts),
        "storyline": record_dict(found.storyline, arts) if found.storyline else None,
        "articles": [article_dict(a, with_text=False) for a in found.articles],
        "quotes": records(found.quotes),
        "claims": records(found.claims),
        "passages": records(found.passages),
        "pairs": records(found.pairs),
    }
