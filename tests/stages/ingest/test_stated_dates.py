"""A publication date stated in a header line of the text, or in a page's <time> element.

A plain text without front matter that says "Published: 12 March 2026, 09:14 GMT", a press
release headed "EMBARGOED UNTIL 00:01 14 March 2026", and a web page whose metadata give
only the day but whose header line or ``<time>`` element gives the time: each had no date, or
a day only, so two same-day reports could not be ordered and the copy could be named the
source (by containment) or the direction was lost.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_helpers import BODY, BODY2, articles, news_html, read_path

import newstrace
from newstrace.stages.ingest.stated import stated_date


def _one(tmp_path: Path, name: str, content: str) -> newstrace.Article:
    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    (a,) = articles(read_path(p))
    return a


def test_plain_text_published_line_gives_date_and_time(tmp_path: Path) -> None:
    a = _one(
        tmp_path,
        "standard.txt",
        "Pump failure leaves homes without water\n\nBy Anna Reid\n\n"
        f"Published: 12 March 2026, 09:14 GMT | Updated 3 hours ago\n\n{BODY}\n\n{BODY2}\n",
    )
    assert a.published == "2026-03-12T09:14:00+00:00"
    assert a.metadata["published_line"].startswith("Published: 12 March 2026")
    assert "Published: 12 March 2026" in a.text  # the line stays in the text


def test_press_release_embargo_header_dates_the_release(tmp_path: Path) -> None:
    a = _one(
        tmp_path,
        "release.txt",
        f"PRESS RELEASE\nEMBARGOED UNTIL 00:01 14 March 2026\n\n{BODY}\n\nEnds\n",
    )
    assert a.published == "2026-03-14T00:01:00"


def test_front_matter_date_wins_over_a_stated_line(tmp_path: Path) -> None:
    a = _one(
        tmp_path,
        "a.txt",
        f"---\npublished: 2026-03-13\n---\nPublished: 12 March 2026, 09:14 GMT\n\n{BODY}\n",
    )
    assert a.published == "2026-03-13"
    assert "published_line" not in a.metadata


@pytest.mark.parametrize(
    "head",
    [
        "Updated: 14 March 2026, 18:00 GMT",  # a modified stamp is not the publication
        "Last updated 14 March 2026",
        "Published 12/03/2026 09:14",  # day and month order unknown
        "The report was published on 12 March 2026.",  # a sentence of the body
        "Date: to be confirmed",
        "Dates for the diary in March 2026",
    ],
)
def test_lines_that_are_not_a_stated_publication_date(head: str) -> None:
    assert stated_date(f"{head}\n\n{BODY}") is None


def test_stated_line_below_the_header_lines_is_not_read() -> None:
    body = "\n\n".join([BODY] * 9)
    assert stated_date(f"{body}\n\nPublished: 12 March 2026, 09:14 GMT") is None


def _page(tmp_path: Path, html: str) -> newstrace.Article:
    return _one(tmp_path, "page.html", html)


def test_page_with_day_only_metadata_keeps_the_time_of_its_published_line(
    tmp_path: Path,
) -> None:
    html = news_html(
        "Council backs plan",
        ["Published: 12 March 2026, 09:14 GMT | Updated 3 hours ago", BODY, BODY2],
        date="2026-03-12",
    )
    a = _page(tmp_path, html)
    assert a.published == "2026-03-12T09:14:00+00:00"
    assert a.metadata["published_line"].startswith("Published:")


def test_page_published_line_of_another_day_is_not_taken(tmp_path: Path) -> None:
    html = news_html(
        "Council backs plan", ["Published: 9 March 2026, 09:14 GMT", BODY, BODY2], date="2026-03-12"
    )
    assert _page(tmp_path, html).published == "2026-03-12"


def _with_time(tag: str) -> str:
    html = news_html("Council backs plan", [BODY, BODY2], date="2026-03-12")
    return html.replace("<h1>", f"<p>By Anna Reid, {tag}</p><h1>")


def test_page_time_element_marked_published_gives_the_time(tmp_path: Path) -> None:
    html = _with_time('<time datetime="2026-03-12T09:14:00+00:00" pubdate>12 March, 09:14</time>')
    assert _page(tmp_path, html).published == "2026-03-12T09:14:00+00:00"


def test_page_lone_time_element_gives_the_time(tmp_path: Path) -> None:
    html = _with_time('<time datetime="2026-03-12T13:05:00+00:00">12 March 2026, 1.05pm</time>')
    assert _page(tmp_path, html).published == "2026-03-12T13:05:00+00:00"


def test_page_time_element_marked_updated_is_not_taken(tmp_path: Path) -> None:
    html = _with_time('<time class="updated" datetime="2026-03-12T17:00:00+00:00">5pm</time>')
    assert _page(tmp_path, html).published == "2026-03-12"


SOURCE = (
    "Around 12,000 homes in Harwick were left without running water on Thursday morning "
    "after a pump failed at the Colby Lane treatment works, the water company said. Engineers "
    "were called to the site shortly after 4am when alarms showed that pressure in the main "
    "feeding the northern half of the town had dropped sharply. The company said a "
    "replacement motor was being brought from its depot in Kelford and that supplies should "
    "return to most homes by late afternoon."
)
OWN = (
    "Residents of Ostley's northern villages who rely on the Harwick supply are being urged "
    "to check on elderly neighbours and anyone living alone."
)


def test_reuse_direction_follows_the_stated_time(tmp_path: Path) -> None:
    """The original states its time only in a header line; the reprint (own intro, same
    day, later) has front matter.  Before, the original had no date and the pair had no
    direction."""
    (tmp_path / "standard.txt").write_text(
        f"By Anna Reid\n\nPublished: 12 March 2026, 09:14 GMT\n\n{SOURCE}\n\n{BODY}\n",
        encoding="utf-8",
    )
    (tmp_path / "observer.txt").write_text(
        "---\nsource: Ostley Observer\npublished: 2026-03-12T13:05:00+00:00\n---\n"
        f"{OWN}\n\n{SOURCE}\n\n{BODY2}\n",
        encoding="utf-8",
    )
    with newstrace.open(tmp_path / "x.db") as corpus:
        corpus.add(tmp_path / "standard.txt", tmp_path / "observer.txt")
        corpus.analyze()
        by_id = {a.id: a for a in corpus.articles()}
        (pair,) = corpus.pairs()
    assert by_id[pair.source_id].source == "standard"
    assert (pair.relation, pair.evidence) == ("derived", "date")


def test_page_time_element_marked_published_and_updated_gives_the_time(tmp_path: Path) -> None:
    """WordPress marks a post never modified "entry-date published updated"."""
    html = _with_time(
        '<time class="entry-date published updated" datetime="2026-03-12T09:14:00+00:00">'
        "12 March 2026</time>"
    )
    assert _page(tmp_path, html).published == "2026-03-12T09:14:00+00:00"


@pytest.mark.parametrize(("line", "iso"), [
    ("Veröffentlicht am 3. Jänner 2027, 08:15", "2027-01-03T08:15:00"),
    ("Publié le 4 décembre 2026", "2026-12-04"),
    ("Publicado el 3 de enero de 2027", "2027-01-03"),
    ("Pubblicato il 3 gennaio 2027", "2027-01-03"),
    ("Gepubliceerd op 3 januari 2027", "2027-01-03"),
    ("Published: 3. März 2027", "2027-03-03"),
])  # fmt: skip
def test_header_lines_in_other_languages_state_the_date(line: str, iso: str) -> None:
    assert stated_date(line + "\n\nDie Stadtwerke erhöhen die Preise.") == iso


def test_a_body_sentence_with_the_word_is_not_a_header_line() -> None:
    assert stated_date("Die Firma hat veröffentlicht, dass 2026 ein gutes Jahr war.") is None
