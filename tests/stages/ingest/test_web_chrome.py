"""Page chrome inside an article's element is not article text (a bio box, "Read more" links,
a copyright notice closing the body, a label above the headline), a dateline the extractor
leaves out still times the page, and a page that names its site only in its <title> is of
that site, whether read from a file or from a WARC record."""

from __future__ import annotations

import pytest

from newstrace.config.ingest import IngestSettings
from newstrace.records import Article
from newstrace.stages.ingest.web import html_article

BODY = [
    "A Quay Street bakery has won the national sourdough award with a loaf made from rye "
    "grown ten kilometres away.",
    "Baker Siobhan Dunne, who opened the shop three years ago, said she had entered for a "
    "laugh and was stunned to win.",
    "The shop now plans to open on Sundays to meet demand, and the council's measures for "
    "small traders, set out on <a href='/x'>its website</a>, helped it to grow.",
    "The award's judges listed what they liked:",
]
PAGE = """<html><head><title>Quay Street bakery wins award | Northfield Post</title></head>
<body><div id="header"><a href="/">Northfield Post</a></div>
<div id="content"><div class="headline"><h1>Quay Street bakery wins award</h1></div>
<div class="text">
<p>BODY0</p>
<p>BODY1</p>
<p>Read more: <a href="/index.php?story=gallery">Gallery show celebrates the net menders</a></p>
<p>BODY2</p>
<p>BODY3</p>
<ul><li>a dark crust</li><li>an open crumb</li></ul>
<div class="bio">Lorcan Fee is the Post's arts reporter and a historian of the quay.</div>
<p><b>Related stories:</b></p>
<ul><li><a href="/a">Rovers reach county cup semi-final</a></li>
<li><a href="/b">Route 14 bus to skip Harbour Road</a></li></ul>
</div></div></body></html>
"""
for _i, _p in enumerate(BODY):
    PAGE = PAGE.replace(f"BODY{_i}", _p)
URL = "https://www.northfieldpost.example/index.php?story=bakery"


def _read(url: str | None = None) -> Article:
    found = html_article(PAGE.encode(), "bakery.html", IngestSettings(), "bakery", url=url)
    assert isinstance(found, Article)
    return found


def test_bio_read_more_link_and_related_label_are_not_text() -> None:
    text = _read().text
    assert "Read more" not in text and "Gallery show" not in text
    assert "Lorcan Fee" not in text
    assert "Related stories" not in text
    # a sentence holding a link, a list's lead-in and the list's own items stay
    assert "helped it to grow" in text
    assert "what they liked:" in text and "an open crumb" in text


def test_the_title_names_the_site_of_a_file_and_of_a_warc_record() -> None:
    assert _read().source == "Northfield Post"  # was the file name: "bakery"
    assert _read(URL).source == "Northfield Post"  # was the URL's host name
    assert _read(URL).title == "Quay Street bakery wins award"


def test_a_site_name_meta_tag_still_comes_first() -> None:
    page = PAGE.replace("<head>", '<head><meta property="og:site_name" content="The Post">')
    found = html_article(page.encode(), "bakery.html", IngestSettings(), "bakery")
    assert isinstance(found, Article) and found.source == "The Post"


def test_a_short_news_paragraph_with_one_link_stays() -> None:
    news = "<p>Shares of <a href='/q'>Quay</a> fell 5%.</p>"
    page = PAGE.replace(f"<p>{BODY[0]}</p>", f"{news}<p>{BODY[0]}</p>")
    found = html_article(page.encode(), "bakery.html", IngestSettings(), "bakery")
    assert isinstance(found, Article) and "Shares of Quay fell 5%." in found.text
    assert "Gallery show" not in found.text  # the "Read more" link still goes


def test_a_headline_holding_a_separator_still_gives_the_site() -> None:
    title = "Quay Street bakery wins award"
    page = PAGE.replace(title, f"{title} \u2013 Part 2")
    found = html_article(page.encode(), "bakery.html", IngestSettings(), "bakery")
    assert isinstance(found, Article) and found.source == "Northfield Post"


# An agency's page: the headline under a label, the copyright notice closing the body.
AGENCY = """<html><head><title>Ferry fares to rise in April | Norland Press Agency</title>
</head><body><nav><a href="/">Home</a> <a href="/wire">Wire</a></nav>
<article><span class="kicker">LABEL</span>
<h1>Ferry fares to rise in April</h1>
<p>BODY0</p><p>BODY1</p><p>BODY2</p>
<p class="legal">NOTICE</p>
</article><footer>Norland Press Agency, 4 Quay Road</footer></body></html>
"""
FERRY = [
    "Ferry fares between the islands will rise by six percent in April, the operator said "
    "on Tuesday, blaming higher fuel and crew costs.",
    "A return ticket for a car and two passengers will cost 84 euros, up from 79, while "
    "foot passengers will pay 1.20 euros more.",
    "Island councillors said the rise would hit families and small businesses hardest and "
    "asked the ministry to restore the fuel subsidy cut last year.",
]


def _agency(label: str = "", notice: str = "", last: str | None = None) -> Article:
    page = AGENCY.replace("LABEL", label).replace("NOTICE", notice)
    for i, p in enumerate(FERRY):
        page = page.replace(f"BODY{i}", p)
    if last is not None:
        page = page.replace(f"<p>{FERRY[2]}</p>", f"<p>{FERRY[2]}</p><p>{last}</p>")
    if not notice:
        page = page.replace('<p class="legal"></p>', "")
    found = html_article(page.encode(), "ferry.html", IngestSettings(), "ferry")
    assert isinstance(found, Article)
    return found


def _paras(article: Article) -> list[str]:
    return [line.strip() for line in article.text.split("\n") if line.strip()]


@pytest.mark.parametrize("notice", [
    "(c) 2026 Norland Press Agency. All rights reserved. This material may not be "
    "published, broadcast or redistributed without a licence.",
    "\u00a9 Norland Press Agency 2026",
    "Copyright 2026 Norland Press Agency",
    "\u00a9 2026 Norland Presseagentur. Alle Rechte vorbehalten.",
    "Tous droits r\u00e9serv\u00e9s.",
    "Copyright Norland Press Agency",
    "(c) Norland Press Agency. All rights reserved.",
])  # fmt: skip
def test_a_copyright_notice_closing_the_body_is_not_text(notice: str) -> None:
    assert _paras(_agency(notice=notice)) == FERRY


@pytest.mark.parametrize("news", [
    "Copyright holders will be paid for the ferry's music licence from 2026, the operator "
    "added.",
    "(c) the ferry's timetable for 2026 will be published in May, the operator said.",
    "Copyright Office officials said the operator's music licence would be reviewed.",
    "Copyright, the judge wrote, protects the crew's recordings, not the timetable.",
    "All rights reserved under the 1998 charter stay with the island council, she said.",
    "(c) The operator shall publish the timetable within 30 days, the draft says.",
])  # fmt: skip
def test_a_news_paragraph_opening_like_a_notice_stays(news: str) -> None:
    assert _paras(_agency(last=news)) == [*FERRY, news]


def test_a_label_above_the_headline_is_not_text_and_neither_is_the_headline() -> None:
    article = _agency(label="Press release")
    assert _paras(article) == FERRY  # was "Press release", the headline, then the body
    assert article.title == "Ferry fares to rise in April"
    assert article.metadata["kicker"] == "Press release"
    assert "Press release" in article.original  # the extracted text keeps it


def test_a_sentence_above_the_headline_is_no_label() -> None:
    sentence = "The islands' ferry operator has raised its fares for the second year running."
    article = _agency(label=sentence)
    assert _paras(article)[:2] == [sentence, "Ferry fares to rise in April"]
    assert "kicker" not in article.metadata


# A site that shows its dateline in a block of its own, outside the body the extractor keeps,
# and gives the day only in its metadata.
DATELINE = """<html><head><title>Ferry fares to rise in April | Island Times</title>
<meta property="article:published_time" content="2026-03-10"></head><body>
<div id="header"><a href="/">Island Times</a> | <a href="/news">News</a></div>
<div id="content"><div class="headline"><h1>Ferry fares to rise in April</h1></div>
<div class="dateline">LINE</div><div class="author">By Ewan Rask</div>
<div class="text"><p>BODY0</p><p>BODY1</p><p>BODY2</p></div></div>
<div id="footer">Island Times, Harbour Street</div></body></html>
"""


def _dated(line: str) -> Article:
    page = DATELINE.replace("LINE", line)
    for i, p in enumerate(FERRY):
        page = page.replace(f"BODY{i}", p)
    found = html_article(page.encode(), "ferry.html", IngestSettings(), "ferry")
    assert isinstance(found, Article)
    assert _paras(found) == FERRY  # the dateline is not in the text
    return found


@pytest.mark.parametrize("line", [
    "Published: 10 March 2026, 12:40",
    "Ver\u00f6ffentlicht am 10. M\u00e4rz 2026, 12:40",
    "Publi\u00e9 le 10 mars 2026 \u00e0 12:40 | Mis \u00e0 jour le 11 mars 2026",
])  # fmt: skip
def test_a_dateline_outside_the_text_gives_the_time(line: str) -> None:
    article = _dated(line)
    assert (article.published or "")[:16] == "2026-03-10T12:40"  # was the day only
    assert article.metadata["published_line"] == line


@pytest.mark.parametrize("line", [
    "Updated: 10 March 2026, 17:05",  # an update's time is not the publication's
    "Published: 9 March 2026, 12:40",  # another day than the page's
])  # fmt: skip
def test_a_dateline_that_is_not_the_publication_time_is_not_taken(line: str) -> None:
    assert _dated(line).published == "2026-03-10"


def test_the_dateline_nearest_the_body_is_the_page_s_not_a_listed_story_s() -> None:
    # a list of the latest stories above the article shows their own publication times
    latest = (
        '<ul class="latest"><li><a href="/crane">Harbour crane back in service</a></li>'
        "<li>Published: 10 March 2026, 07:05</li></ul>"
    )
    page = DATELINE.replace("LINE", "Published: 10 March 2026, 12:40")
    page = page.replace('<div id="content">', latest + '<div id="content">')
    for i, p in enumerate(FERRY):
        page = page.replace(f"BODY{i}", p)
    article = html_article(page.encode(), "ferry.html", IngestSettings(), "ferry")
    assert isinstance(article, Article)
    assert (article.published or "")[:16] == "2026-03-10T12:40"  # was 07:05
