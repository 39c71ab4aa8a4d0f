"""Cross-article speaker resolution within a story (runs after story clustering).

A quote whose speaker is only a role ("Prime Minister said:") or a weak in-article guess gets
a name from the other articles of its story: first from a quote there with matching content
(fuzzy, rapidfuzz), then from a mention naming the role's holder ("Home Secretary Yvette
Cooper"); when the story has neither, the other stories of its storyline are searched the
same way, nearest in time first.  ``Quote.evidence`` says which article (and story) supplied
the name.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date

from rapidfuzz import fuzz

from newstrace.config import Settings
from newstrace.config.extract import DEFAULT_QUOTE_MATCH
from newstrace.records import Article, Mention, Quote, RecordSet, Story, of_articles
from newstrace.stages.extract.entities import HOME_QUALIFIERS
from newstrace.stages.extract.speakers import ROLE_ONLY, WEAK, role_of

NAME = "resolve"

# Minimum rapidfuzz token_set_ratio between two quotes' contents to take the speaker of one
# for the other.  Derived from data (docs/results.md has the script): the false-match
# null is every pair of two different direct quotes (>= 8 words) of one PolNeAR train article
# (11,858 pairs, same story and vocabulary: median 41, 99th percentile 56.9); 57 is the lowest
# integer with <= 1 % false matches (0.97 %).  At 57, Webis-CPC-11 "Yes" paraphrase pairs are
# kept 88.4 % (whole passages) / 78.2 % (first 25 words), and Webis passages randomly
# re-paired match < 1 % (their 99th percentile is 51.8).  The old hand-set 68 kept 53 % / 40 %.
QUOTE_MATCH = DEFAULT_QUOTE_MATCH
_ROLE_IN_EVIDENCE = re.compile(r"role '([^']+)'")
_HOLDER = re.compile(r"holder: ([^;]+)(?:; qualifier: (.+))?")


def _role_of(quote: Quote) -> str | None:
    """The role a quote's speaker stands for, when it still needs a name."""
    ev = quote.evidence or ""
    if ev.startswith(WEAK) or ev.startswith(ROLE_ONLY):
        m = _ROLE_IN_EVIDENCE.search(ev)
        if m:
            return m.group(1)
    return role_of(quote.speaker) if quote.speaker else None


def _needs_name(quote: Quote) -> bool:
    return _role_of(quote) is not None


def _holders(mentions: Iterable[Mention], role: str, articles: set[str]) -> Counter[str]:
    """How often each person is named as holder of ``role`` in ``articles``."""
    out: Counter[str] = Counter()
    for m in mentions:
        if m.kind != "role" or m.article_id not in articles or m.name.lower() != role.lower():
            continue
        h = _HOLDER.match(m.evidence or "")
        if h and (h.group(2) is None or h.group(2) in HOME_QUALIFIERS):
            out[h.group(1)] += 1
    return out


@dataclasses.dataclass(frozen=True)
class _Index:
    """Quotes and role mentions by article, so a story reads only its own articles' records.

    Without it every story scanned every quote and every role quote every mention: stories x
    quotes, about 8 million steps at 10k articles and 800 million at 100k.
    """

    quotes: dict[str, list[int]]  # article id -> positions in the quote list, ascending
    roles: dict[str, list[tuple[int, Mention]]]  # article id -> (position, role mention)

    @classmethod
    def of(cls, quotes: Sequence[Quote], mentions: Sequence[Mention]) -> _Index:
        by_article: dict[str, list[int]] = {}
        for n, q in enumerate(quotes):
            by_article.setdefault(q.article_id, []).append(n)
        roles: dict[str, list[tuple[int, Mention]]] = {}
        for n, m in enumerate(mentions):
            if m.kind == "role":
                roles.setdefault(m.article_id, []).append((n, m))
        return cls(by_article, roles)

    def quotes_of(self, articles: Iterable[str]) -> list[int]:
        """Positions of the quotes of ``articles``, in list order."""
        return sorted(n for a in articles for n in self.quotes.get(a, ()))

    def roles_of(self, articles: Iterable[str]) -> list[Mention]:
        """The role mentions of ``articles``, in list order (ties of the count go to the first)."""
        found = sorted((pair for a in articles for pair in self.roles.get(a, ())), key=_first)
        return [m for _, m in found]


def _first(pair: tuple[int, Mention]) -> int:
    return pair[0]


def _content(articles: dict[str, Article], q: Quote) -> str:
    return articles[q.article_id].text[q.content.start : q.content.end]


def _best_match(
    articles: dict[str, Article], q: Quote, named: list[Quote], threshold: float
) -> tuple[Quote, float] | None:
    text = _content(articles, q)
    best: tuple[Quote, float] | None = None
    for other in named:
        if other.article_id == q.article_id:
            continue
        score = fuzz.token_set_ratio(text, _content(articles, other))
        if score >= threshold and (best is None or score > best[1]):
            best = (other, score)
    return best


def resolve_story(
    story: Story,
    articles: dict[str, Article],
    quotes: list[Quote],
    mentions: list[Mention],
    threshold: float = QUOTE_MATCH,
    storyline: Sequence[Story] = (),
    named: dict[str, list[Quote]] | None = None,
    index: _Index | None = None,
) -> dict[int, Quote]:
    """Updated quotes (by index into ``quotes``) for one story.

    A role-only speaker is named from the story's other articles first; failing that, from
    the other stories of its storyline (``storyline``, nearest in time first), and the
    evidence then names the story and how far apart the two are.  ``index`` (built from
    ``quotes`` and ``mentions`` when not given) spares a scan of every record per story.
    """
    members = set(story.articles)
    named = named if named is not None else named_quotes(quotes)
    index = index if index is not None else _Index.of(quotes, mentions)
    out: dict[int, Quote] = {}
    for n in index.quotes_of(members):
        q = quotes[n]
        role = _role_of(q)
        if role is None:
            continue
        found = _name_from(q, role, members - {q.article_id}, articles, named, index, threshold)
        for other in _by_distance(story, storyline):
            if found is not None:
                break
            pool = set(other.articles)
            found = _name_from(q, role, pool, articles, named, index, threshold)
            if found is not None:
                where = f"story {other.id} of the same storyline{_gap(story, other)}"
                found = (found[0], f"{found[1]} ({where})")
        if found is not None:
            out[n] = dataclasses.replace(q, speaker=found[0], evidence=found[1])
    return out


def named_quotes(quotes: Iterable[Quote]) -> dict[str, list[Quote]]:
    """Direct and mixed quotes whose speaker is a name, by article: the ones to match."""
    out: dict[str, list[Quote]] = {}
    for q in quotes:
        if q.speaker and not _needs_name(q) and q.kind != "indirect":
            out.setdefault(q.article_id, []).append(q)
    return out


def _name_from(
    q: Quote,
    role: str,
    pool: set[str],
    articles: dict[str, Article],
    named_by_article: dict[str, list[Quote]],
    index: _Index,
    threshold: float,
) -> tuple[str, str] | None:
    """A name for ``q`` from the articles in ``pool``: a matching quote, else a role holder."""
    named = [o for a in sorted(pool) for o in named_by_article.get(a, [])]
    match = _best_match(articles, q, named, threshold) if q.article_id in articles else None
    if match is not None and match[0].speaker:
        return match[0].speaker, f"quote matches article {match[0].article_id} ({match[1]:.0f}%)"
    mentions = index.roles_of(pool)
    holders = _holders(mentions, role, pool)
    if not holders:
        return None
    name, _ = holders.most_common(1)[0]
    where = sorted(
        m.article_id for m in mentions if (m.evidence or "").startswith(f"holder: {name}")
    )
    return name, f"role '{role}' named in article {where[0]}"


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def _by_distance(story: Story, storyline: Sequence[Story]) -> list[Story]:
    """The other stories of ``story``'s storyline, nearest in time first (undated last)."""
    here = _day(story.first_seen)

    def key(other: Story) -> tuple[int, str]:
        there = _day(other.first_seen)
        if here is None or there is None:
            return 1_000_000, other.id
        return abs((here - there).days), other.id

    others = [s for s in storyline if s.id != story.id and story.storyline == s.storyline]
    return sorted(others, key=key) if story.storyline else []


def _pools(stories: Sequence[Story], lines: dict[str, list[Story]], asking: set[str]) -> set[str]:
    """The articles a name can come from: those of the stories with a quote that needs one
    (in ``asking``), and of the other stories of their storylines."""
    out: set[str] = set()
    for story in stories:
        if asking.isdisjoint(story.articles):
            continue
        out.update(story.articles)
        for other in lines.get(story.storyline or "", []) if story.storyline else []:
            out.update(other.articles)
    return out


def _gap(story: Story, other: Story) -> str:
    here, there = _day(story.first_seen), _day(other.first_seen)
    if here is None or there is None:
        return ""
    days = (here - there).days
    if days == 0:
        return ", same day"
    return f", {abs(days)} days {'earlier' if days > 0 else 'later'}"


def run(records: RecordSet, settings: Settings) -> RecordSet:
    """Name role-only speakers from the other articles of their story, then storyline."""
    if not settings.extract.resolve_speakers or not records.stories:
        return records
    articles = {a.id: a for a in records.articles}
    quotes = list(records.quotes)
    named = named_quotes(quotes)  # speakers named before this stage (not resolved roles)
    lines: dict[str, list[Story]] = {}
    for story in records.stories:
        if story.storyline:
            lines.setdefault(story.storyline, []).append(story)
    pools = _pools(records.stories, lines, {q.article_id for q in quotes if _needs_name(q)})
    mentions = of_articles(records.mentions, pools)
    index = _Index.of(quotes, mentions)
    for story in records.stories:
        line = lines.get(story.storyline or "", [])
        found = resolve_story(
            story, articles, quotes, mentions, settings.extract.quote_match, line, named, index
        )
        for n, q in found.items():
            quotes[n] = q
    return dataclasses.replace(records, quotes=tuple(quotes))
