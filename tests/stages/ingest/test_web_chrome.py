"""Page chrome inside an article's element is not article text, and a page that names its
site only in its <title> is of that site, whether read from a file or from a WARC record."""

from __future__ import annotations

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
