"""An HTML page's publication time is kept, not only its day.

The extractor reports the day a page was published; the direction of reuse compares two
timed articles as instants, so a time the page states (article:published_time, a JSON-LD
datePublished) must survive, or two same-day pages cannot be ordered.
"""

from __future__ import annotations

from pathlib import Path

from ingest_helpers import BODY, BODY2, articles, news_html, read_path


def _published(tmp_path: Path, html: str) -> str | None:
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    (a,) = articles(read_path(p))
    return a.published


def test_meta_published_time_keeps_time_and_zone(tmp_path: Path) -> None:
    html = news_html("Council backs plan", [BODY, BODY2], date="2024-11-07T10:30:00+01:00")
    assert _published(tmp_path, html) == "2024-11-07T10:30:00+01:00"


def test_content_before_property_and_utc_z(tmp_path: Path) -> None:
    html = news_html("Council backs plan", [BODY, BODY2]).replace(
        "<title>", '<meta content="2024-11-07T06:05:00Z" property="article:published_time"><title>'
    )
    assert _published(tmp_path, html) == "2024-11-07T06:05:00+00:00"


def test_json_ld_date_published(tmp_path: Path) -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"dateModified": "2024-11-08T09:00:00+00:00", '
        '"datePublished": "2024-11-07T18:45:00-05:00"}</script>'
    )
    html = news_html("Council backs plan", [BODY, BODY2]).replace("</head>", ld + "</head>")
    assert _published(tmp_path, html) == "2024-11-07T18:45:00-05:00"


def test_day_only_stays_a_day(tmp_path: Path) -> None:
    """No midnight is invented for a page that states only its day."""
    html = news_html("Council backs plan", [BODY, BODY2], date="2024-11-07")
    assert _published(tmp_path, html) == "2024-11-07"


def test_time_of_another_day_is_not_taken(tmp_path: Path) -> None:
    """A timed value on another day than the page's date (say, a modified time) is not used."""
    html = news_html("Council backs plan", [BODY, BODY2], date="2024-11-07").replace(
        "</head>", '<meta name="date" content="2024-11-09T08:00:00+00:00"></head>'
    )
    assert _published(tmp_path, html) == "2024-11-07"
