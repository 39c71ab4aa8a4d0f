"""A page dated only by its URL path says so, and such a day does not order two articles a day
apart (a slug's day is often the draft's: an audit saw a reprint made the source by it)."""

from __future__ import annotations

from newstrace.config.ingest import IngestSettings
from newstrace.records import Article
from newstrace.stages.align.provenance import direction
from newstrace.stages.ingest.web import html_article

BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "Around 12,000 homes in Harwick were left without running water on Thursday morning "
        "after a pump failed at the Colby Lane treatment works, the water company said.",
        "Engineers were called to the site shortly after 4am when alarms showed that pressure "
        "in the main feeding the northern half of the town had dropped sharply.",
        "The company said a replacement motor was being brought from its depot in Kelford and "
        "that supplies should return to most homes by late afternoon.",
    )
)


def _page(url: str, head: str = "") -> Article:
    html = (
        f'<html><head><meta property="og:url" content="{url}">{head}'
        f"<title>Pump fails</title></head><body><article><h1>Pump fails</h1>{BODY}"
        "</article></body></html>"
    )
    got = html_article(html.encode(), "page.html", IngestSettings(), "page")
    assert isinstance(got, Article)
    return got


def test_a_day_read_off_the_url_is_marked_and_gives_no_order_a_day_apart() -> None:
    a = _page("https://standard.example/news/2026/03/12/pump-fails")
    b = _page("https://observer.example/2026/03/11/pump-fails")
    assert (a.published, b.published) == ("2026-03-12", "2026-03-11")
    assert a.metadata.get("published_from") == b.metadata.get("published_from") == "url"
    assert direction(a, b, 0.8, 0.8).evidence != "date"


def test_a_stated_date_is_not_marked_and_a_week_apart_still_orders() -> None:
    stated = '<meta property="article:published_time" content="2026-03-12T09:14:00Z">'
    a = _page("https://standard.example/news/2026/03/12/pump-fails", stated)
    assert "published_from" not in a.metadata
    b = _page("https://observer.example/2026/03/19/pump-fails")
    assert direction(a, b, 0.8, 0.8).source == 0
    assert direction(a, b, 0.8, 0.8).evidence == "date"


def test_a_day_any_meta_tag_states_is_not_read_off_the_url() -> None:
    """A meta name the reader does not list ("dc.date", "citation_publication_date") still
    states the day: it is the page's, not only its slug's."""
    for name in ("dc.date", "citation_publication_date"):
        a = _page(
            "https://standard.example/news/2026/03/12/pump-fails",
            f'<meta name="{name}" content="2026-03-12">',
        )
        assert a.published == "2026-03-12"
        assert "published_from" not in a.metadata, name
