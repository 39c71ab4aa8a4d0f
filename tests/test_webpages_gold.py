"""The reuse engine on news as it arrives from the web: the invented HTML pages of
tests/data/webpages (four news sites and a company, each with its own page chrome: menus,
cookie banners, share buttons, "Most read" / "Related stories" lists naming other articles'
headlines, newsletter boxes, author bios, comment counts, footers) and a WARC holding twelve
of the same pages.

A wire story reprinted verbatim, trimmed and with a local paragraph; a press release and two
rewrites; the sites' own follow-ups; unrelated articles of each site.  Checked: the main text
(no chrome), titles, outlets, publication dates, that a page read from a file and from the
WARC is one article, and the reuse results against the gold, in particular that leftover
chrome never links two unrelated articles.  The gold's "links", "originals" and "duplicates"
are standard checks (tests/test_gold.py); the checks of this corpus only are here.
"""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest

from goldkit import DATA, Analysed, gold
from newstrace.records import Article

CORPUS = "webpages"
GOLD = gold(CORPUS)


def _written() -> list[dict[str, Any]]:
    spec = importlib.util.spec_from_file_location(
        "webpages_articles", DATA / CORPUS / "articles.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.ARTICLES)


WRITTEN = {a["id"]: a for a in _written()}


def test_a_page_in_the_warc_and_in_a_file_is_one_article(an: Analysed) -> None:
    # the WARC's request records, its CSS, robots.txt and 404 responses are no articles
    assert an.report is not None
    assert len(an.records.articles) == GOLD["articles"]
    assert an.report.repeated == GOLD["warc_pages"]
    assert all("crawl.warc.gz" not in (a.input or "") for a in an.records.articles)


def _paragraphs(article: Article) -> list[str]:
    return [line.strip() for line in article.text.split("\n") if line.strip()]


@pytest.mark.parametrize("key", list(WRITTEN))
def test_text_is_the_article_without_chrome(an: Analysed, key: str) -> None:
    assert _paragraphs(an.article[key]) == WRITTEN[key]["paras"]


@pytest.mark.parametrize("chrome", GOLD["chrome"])
def test_no_chrome_left_in_any_text(an: Analysed, chrome: str) -> None:
    left = [k for k, a in an.article.items() if chrome in a.text]
    assert not left


@pytest.mark.parametrize("key", list(WRITTEN))
def test_title_and_outlet(an: Analysed, key: str) -> None:
    article, want = an.article[key], WRITTEN[key]
    assert article.title == want["title"]
    assert article.source in GOLD["outlets"][want["site"]]


def test_each_site_is_one_outlet(an: Analysed) -> None:
    for site in GOLD["outlets"]:
        names = {an.article[k].source for k, a in WRITTEN.items() if a["site"] == site}
        assert len(names) == 1, (site, names)


@pytest.mark.parametrize("key", list(WRITTEN))
def test_published(an: Analysed, key: str) -> None:
    got, want = an.article[key].published or "", WRITTEN[key]["published"]
    if key in GOLD["published_day_only"]:
        assert got == want[:10]
    else:
        assert got[:16] == want[:16], got


def test_no_other_link(an: Analysed) -> None:
    """Chrome ("Read more: <headline>", a bio in two articles, a copyright line) and sibling
    copies link nothing beyond the gold's links."""
    want = {(x["source"], x["target"]) for x in GOLD["links"]}
    got = {(an.key[p.source_id], an.key[p.target_id]) for p in an.records.pairs}
    assert got == want


def test_reuse_between_stories_is_only_boilerplate(an: Analysed) -> None:
    related = {frozenset((x["source"], x["target"])) for x in GOLD["links"]}
    related |= {frozenset(d["members"]) for d in GOLD["duplicates"]}
    stray = [
        (an.key[x.source.article_id], an.key[x.target.article_id])
        for x in an.records.alignments
        if not x.boilerplate
        and frozenset((an.key[x.source.article_id], an.key[x.target.article_id])) not in related
    ]
    assert not stray


def test_no_duplicate_group_beyond_the_gold(an: Analysed) -> None:
    # (each gold group is a standard check: tests/test_gold.py, "duplicates")
    assert len(an.records.duplicates) == len(GOLD["duplicates"])
