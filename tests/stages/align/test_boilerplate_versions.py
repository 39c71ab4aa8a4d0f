"""Versions of one story count once when an outlet's repeated news sentence is weighed; without
versions the plain count decides as before (3+ articles, or 2 when footer-like), in both the
per-article and the table path; the sentence weighed is no evidence of versions; a flag an
incremental run carries is weighed anew."""

from __future__ import annotations

from collections import defaultdict

from newstrace.records import Alignment, Article, Span
from newstrace.stages.align.boilerplate import (
    MIN_ARTICLES,
    MIN_ARTICLES_MARKED,
    VERSIONS_CAP,
    boilerplate_spans,
    flag,
    footer_paragraph,
    table_spans,
)
from newstrace.stages.align.sentences import DocSentences, SentenceCache, SentenceTable
from newstrace.stages.ingest.article import make_article

WORDS = [
    "harbour",
    "orchard",
    "lantern",
    "meadow",
    "quarry",
    "bridge",
    "tannery",
    "mill",
    "ferry",
    "chapel",
    "granary",
    "forge",
    "hedgerow",
    "causeway",
    "weir",
    "beacon",
    "pasture",
    "spinney",
    "cobbler",
    "saddler",
]
TAIL = "Ends\n\nPictures with this report may be used without charge by any newspaper.\n\n"


def _unique(i: int, j: int) -> str:
    """An invented news sentence found in one article only."""
    a, b, c = WORDS[(i + j) % 20], WORDS[(3 * i + j + 7) % 20], WORDS[(5 * j + i + 11) % 20]
    return f"Story {i} part {j}: the {a} near the {b} was sold to a {c} dealer for {i * 97 + j}."


def _stock(k: int) -> str:
    return f"Stock line {WORDS[k]}: the editors of this paper checked line {k} again on Friday."


def _plain(arts: list[Article], docs: list[DocSentences]) -> dict[str, list[tuple[int, int]]]:
    """The definition before versions were weighed: articles of the outlet holding the key."""
    seen: dict[tuple[str, object], set[int]] = defaultdict(set)
    for i, (a, d) in enumerate(zip(arts, docs, strict=True)):
        for k in d.terms:
            if k:
                seen[(a.source or "", k)].add(i)
    out: dict[str, list[tuple[int, int]]] = {}
    for a, d in zip(arts, docs, strict=True):
        spans = []
        for span, k in zip(d.spans, d.terms, strict=True):
            n = len(seen[(a.source or "", k)]) if k else 0
            if n >= MIN_ARTICLES or (n >= MIN_ARTICLES_MARKED and footer_paragraph(a.text, span)):
                spans.append(span)
        if spans:
            out[a.id] = sorted(spans)
    return out


def _both(arts: list[Article]) -> tuple[dict, dict, list[DocSentences]]:
    cache = SentenceCache()
    docs = [cache.get(a.id, a.text) for a in arts]
    per_doc = boilerplate_spans(arts, docs)
    return per_doc, table_spans(arts, SentenceTable.build([a.text for a in arts])), docs


def _corpus() -> list[Article]:
    """Distinct stories; stock lines in exactly 2, 3, 10 and 11 articles of an outlet, one of
    two in a press release's tail once; an unnamed outlet, a one-article outlet, an empty text."""
    arts: list[Article] = []
    for outlet in ("Kelport Gazette", None):
        for i in range(12):
            paras = [_unique(i, j) for j in range(4)]
            stock = [_stock(k) for k, n in enumerate((2, 3, 10, 11)) if i < n]
            moved = {1: 1, 2: 2}.get(i)  # the line in 3 (10) articles in a tail once
            tail = [TAIL + stock[moved]] if moved is not None else []
            paras += [s for k, s in enumerate(stock) if k != moved]
            text = "\n\n".join(paras + tail)
            arts.append(make_article(text, id=f"{outlet}-{i}", source=outlet))
    arts.append(make_article(_unique(50, 1) + "\n\n" + _stock(1), id="lone", source="Rhu Post"))
    arts.append(make_article("", id="empty", source="Kelport Gazette"))
    return arts


def test_without_versions_the_plain_count_decides_in_both_paths() -> None:
    arts = _corpus()
    per_doc, table, docs = _both(arts)
    assert per_doc == table == _plain(arts, docs)
    assert len(per_doc) > 20  # the stock lines in 3, 10 and 11 articles of both outlets


def test_a_repeated_line_in_a_release_tail_in_one_article_is_boilerplate_in_all() -> None:
    # three distinct stories hold the line; in one it follows "Ends": the other two must not
    # lose it for being counted only among themselves
    line = _stock(4)
    texts = [
        "\n\n".join([_unique(1, 0), _unique(1, 1), line]),
        "\n\n".join([_unique(2, 0), _unique(2, 1), line]),
        "\n\n".join([_unique(3, 0), _unique(3, 1), TAIL + line]),
    ]
    arts = [make_article(t, id=f"a{i}", source="Kelport Gazette") for i, t in enumerate(texts)]
    per_doc, table, docs = _both(arts)
    assert per_doc == table == _plain(arts, docs)
    assert set(per_doc) == {"a0", "a1", "a2"}


def test_three_briefs_sharing_only_a_stock_line_are_three_stories() -> None:
    line = "The district council did not reply to a request for comment on Friday."
    arts = [
        make_article(f"A goat named Bramble{i} escaped in Oxley{i} this week.\n\n{line}",
                     id=f"b{i}", source="Kelport Gazette")
        for i in range(3)
    ]  # fmt: skip
    per_doc, table, _ = _both(arts)
    assert per_doc == table
    assert set(per_doc) == {"b0", "b1", "b2"}


def _versions(n: int) -> list[Article]:
    lead = "Engineers were checking the Callow Edge dam above Brenmoor on Monday after rain."
    body = [_unique(7, j) for j in range(3)]
    return [
        make_article("\n\n".join([lead, *body, _unique(100 + i, 0)]), id=f"v{i}", source="NNA")
        for i in range(n)
    ]


def test_versions_of_one_story_keep_their_lead_as_news_up_to_the_cap() -> None:
    per_doc, table, _ = _both(_versions(VERSIONS_CAP))
    assert per_doc == table == {}
    # above the cap a sentence is not examined: boilerplate by the plain count
    per_doc, table, _ = _both(_versions(VERSIONS_CAP + 1))
    assert per_doc == table
    assert len(per_doc) == VERSIONS_CAP + 1


def test_a_carried_boilerplate_flag_is_cleared_when_its_sentences_are_news_now() -> None:
    carried = Alignment(Span("a", 0, 50), Span("b", 0, 50), "verbatim", 1.0, boilerplate=True)
    assert flag([carried], {}) == [Alignment(Span("a", 0, 50), Span("b", 0, 50), "verbatim", 1.0)]
    assert flag([carried], {"b": [(0, 50)]}) == [carried]


def test_an_excerpt_of_one_sentence_is_a_version_of_its_story() -> None:
    # a story, its paywall stub (the lead only) and its RSS item (the lead and a cut-off
    # fragment): one story, so the lead is news; a third story with the lead is another story
    lead = "Hollins Lane Primary School in Eastbrook will close next summer after a vote."
    story = "\n\n".join([lead, _unique(1, 0), _unique(1, 1), _unique(1, 2)])
    texts = [story, lead, lead + " The school h..."]
    arts = [make_article(t, id=f"e{i}", source="Kelport Gazette") for i, t in enumerate(texts)]
    per_doc, table, _ = _both(arts)
    assert per_doc == table == {}
    other = "\n\n".join([lead, _unique(2, 0), _unique(2, 1)])
    arts.append(make_article(other, id="e3", source="Kelport Gazette"))
    arts.append(make_article("\n\n".join([lead, _unique(3, 0)]), id="e4", source="Kelport Gazette"))
    per_doc, table, _ = _both(arts)
    assert per_doc == table
    assert set(per_doc) == {"e0", "e1", "e2", "e3", "e4"}  # three stories hold it
