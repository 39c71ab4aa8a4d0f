"""Cross-article speaker resolution: seed 003's roles named through seed 002 of its story."""

from __future__ import annotations

from pathlib import Path

from newstrace.config import Settings
from newstrace.records import Article, Mention, Quote, RecordSet, Span, Story
from newstrace.stages import extract, resolve
from newstrace.stages.ingest.article import make_article


def _seed(seeds_dir: Path, prefix: str) -> Article:
    (path,) = sorted(seeds_dir.glob(f"{prefix}_*.txt"))
    return make_article(path.read_text(encoding="utf-8"), id=f"seed{prefix}")


def _find(records: RecordSet, article: Article, needle: str) -> Quote:
    for q in records.quotes:
        text = " ".join(article.text[q.content.start : q.content.end].split())
        if q.article_id == article.id and needle in text:
            return q
    raise AssertionError(needle)


def _records(*articles: Article, stories: tuple[Story, ...]) -> RecordSet:
    records = RecordSet(articles=articles, new_ids=frozenset(a.id for a in articles))
    records = extract.run(records, Settings())
    return resolve.run(RecordSet(**{**_fields(records), "stories": stories}), Settings())


def _fields(records: RecordSet) -> dict[str, object]:
    return {name: getattr(records, name) for name in RecordSet.__dataclass_fields__}


def test_roles_named_through_the_story(seeds_dir: Path) -> None:
    a002, a003 = _seed(seeds_dir, "002"), _seed(seeds_dir, "003")
    story = Story("s1", "EPC Budapest", (a002.id, a003.id))
    records = _records(a002, a003, stories=(story,))
    pm = _find(records, a003, "There is a criminal empire")
    assert pm.speaker == "Keir Starmer"
    assert pm.evidence is not None and a002.id in pm.evidence
    home = _find(records, a003, "Our work with our partners")
    assert home.speaker == "Yvette Cooper"
    assert home.evidence is not None and a002.id in home.evidence
    # Quotes already named in 002 are left alone.
    assert _find(records, a002, "We will work more closely").speaker == "Yvette Cooper"


def test_role_holder_used_when_quotes_differ(seeds_dir: Path) -> None:
    a001, a004 = _seed(seeds_dir, "001"), _seed(seeds_dir, "004")
    story = Story("s2", "Sunak", (a001.id, a004.id))
    records = _records(a001, a004, stories=(story,))
    q = _find(records, a004, "Every single point on each route")
    assert q.speaker == "Rishi Sunak"
    # With a quote-match threshold no pair of these quotes reaches, the role holder names it.
    strict = Settings().with_overrides({"extract.quote_match": 95})
    base = extract.run(
        RecordSet(articles=(a001, a004), new_ids=frozenset({a001.id, a004.id})), Settings()
    )
    records = resolve.run(RecordSet(**{**_fields(base), "stories": (story,)}), strict)
    q = _find(records, a004, "Every single point on each route")
    assert q.speaker == "Rishi Sunak"
    assert q.evidence == f"role 'Prime Minister' named in article {a001.id}"


def test_no_story_no_change(seeds_dir: Path) -> None:
    a002, a003 = _seed(seeds_dir, "002"), _seed(seeds_dir, "003")
    records = _records(a002, a003, stories=(Story("s1", "only 003", (a003.id,)),))
    assert _find(records, a003, "There is a criminal empire").speaker == "Prime Minister"


def test_disabled_by_settings(seeds_dir: Path) -> None:
    a002, a003 = _seed(seeds_dir, "002"), _seed(seeds_dir, "003")
    records = RecordSet(articles=(a002, a003), new_ids=frozenset({a002.id, a003.id}))
    records = extract.run(records, Settings())
    records = RecordSet(**{**_fields(records), "stories": (Story("s", "x", (a002.id, a003.id)),)})
    off = Settings().with_overrides({"extract.resolve_speakers": False})
    assert resolve.run(records, off) is records


def _story_records(*stories: Story, articles: tuple[Article, ...]) -> RecordSet:
    return _records(*articles, stories=stories)


def test_role_named_in_an_earlier_story_of_the_storyline() -> None:
    first = make_article(
        "Transport Secretary Alan Hughes announced the new rail fund on Monday.",
        id="old",
        published="2026-03-01",
    )
    other = make_article(
        "Transport Secretary Gail Morton announced a bus review.",
        id="older",
        published="2026-01-01",
    )
    later = make_article(
        "The first trains ran on the line on Tuesday.\n\n"
        "The Transport Secretary said the service was “a promise kept to the valley”.",
        id="new",
        published="2026-04-15",
    )
    stories = (
        Story("s-old", "rail fund", ("old",), first_seen="2026-03-01", storyline="L"),
        Story("s-older", "bus review", ("older",), first_seen="2026-01-01", storyline="L"),
        Story("s-new", "first trains", ("new",), first_seen="2026-04-15", storyline="L"),
    )
    records = _story_records(*stories, articles=(first, other, later))
    q = _find(records, later, "a promise kept")
    assert q.speaker == "Alan Hughes"  # the nearest story in time wins
    assert q.evidence is not None
    assert "named in article old" in q.evidence
    assert "story s-old of the same storyline, 45 days earlier" in q.evidence


def test_other_storylines_are_not_searched() -> None:
    first = make_article("Transport Secretary Alan Hughes spoke.", id="a")
    later = make_article("The Transport Secretary said it was “a promise kept to all”.", id="b")
    stories = (
        Story("s1", "x", ("a",), storyline="L1"),
        Story("s2", "y", ("b",), storyline="L2"),
    )
    records = _story_records(*stories, articles=(first, later))
    assert _find(records, later, "a promise kept").speaker == "Transport Secretary"


def test_a_tie_of_role_holders_goes_to_the_first_named_in_the_records() -> None:
    # Two other articles name different holders of the role, once each.  The tie goes to the
    # mention first in the records (here in article "b"), not to the first article by id:
    # the stage looks mentions up by article, and must keep the records' order when it does.
    texts = {
        "a": "Prime Minister Yann Roe visited the port on Monday.",
        "b": "Prime Minister Xavier Doe opened the bridge on Monday.",
        "c": 'The Prime Minister said: "We will build more ferries."',
    }
    arts = tuple(make_article(v, id=k) for k, v in texts.items())
    start = texts["c"].index("We")
    quote = Quote("c", Span("c", start, len(texts["c"]) - 1), "direct", speaker="Prime Minister")
    mentions = (
        Mention("b", Span("b", 0, 29), "role", "Prime Minister", "holder: Xavier Doe"),
        Mention("a", Span("a", 0, 27), "role", "Prime Minister", "holder: Yann Roe"),
        Mention("a", Span("a", 15, 27), "person", "Yann Roe"),
    )
    story = Story("s", "ferries", ("a", "b", "c"))
    records = RecordSet(articles=arts, quotes=(quote,), mentions=mentions, stories=(story,))
    (named,) = resolve.run(records, Settings()).quotes
    assert named.speaker == "Xavier Doe"
    assert named.evidence == "role 'Prime Minister' named in article b"
    swapped = RecordSet(**{**_fields(records), "mentions": (mentions[1], mentions[0])})
    assert resolve.run(swapped, Settings()).quotes[0].speaker == "Yann Roe"


def test_each_story_names_only_from_its_own_articles_and_storyline() -> None:
    texts = {
        "a": "Prime Minister Yann Roe visited the port on Monday.",
        "c": 'The Prime Minister said: "We will build more ferries."',
        "d": 'The Prime Minister said: "Taxes will fall next year."',
    }
    arts = tuple(make_article(v, id=k) for k, v in texts.items())
    quotes = tuple(
        Quote(
            k,
            Span(k, texts[k].index('"') + 1, len(texts[k]) - 1),
            "direct",
            speaker="Prime Minister",
        )
        for k in ("c", "d")
    )
    mentions = (Mention("a", Span("a", 0, 23), "role", "Prime Minister", "holder: Yann Roe"),)
    stories = (Story("s1", "port", ("a", "c")), Story("s2", "taxes", ("d",)))
    records = RecordSet(articles=arts, quotes=quotes, mentions=mentions, stories=stories)
    c, d = resolve.run(records, Settings()).quotes
    assert (c.speaker, d.speaker) == ("Yann Roe", "Prime Minister")
