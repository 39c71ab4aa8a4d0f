"""The web app's story page, ``/story/{id}``: the story's label and days, its storyline with
the other stories linked, its articles linked to their pages, its quotes by speaker with
their articles, its numbers, and its reuse pairs linked to their pair pages; the overview
and each article's page link it, a missing story gets the HTML 404 page, and
``/api/stories/{id}`` answers the same as JSON.  All text is escaped."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402

from newstrace import records as R  # noqa: E402
from newstrace.report.web.app import create_app  # noqa: E402
from newstrace.stages.ingest import make_article  # noqa: E402
from newstrace.store import Store  # noqa: E402

WIRE = "The Skerrin Island ferry will stay in port for three weeks after an engine failure."
QUOTE = "We are sorry for the <b>disruption</b> to islanders"
TEXT_A = f"{WIRE} \u201c{QUOTE},\u201d said Moira Dunn. About 340 passengers were stranded."
TEXT_B = f"{WIRE} Harbour master Ian Brae said a spare part would take 21 days to arrive."
TEXT_C = "The Skerrin Island ferry is back in service after repairs costing 80,000 pounds."
LABEL = "Ferry <script>alert(1)</script> halted for three weeks"


def _span(a: R.Article, part: str) -> R.Span:
    start = a.text.index(part)
    return R.Span(a.id, start, start + len(part))


@pytest.fixture()
def client(tmp_path: Path) -> tuple[TestClient, dict[str, R.Article], tuple[R.Story, ...]]:
    a = make_article(
        TEXT_A, source="Island Times", title="Ferry halted", published="2026-05-21T08:00:00+01:00"
    )
    b = make_article(
        TEXT_B,
        source="Coast Herald",
        title="Ferry out for three weeks",
        published="2026-05-22T11:00:00+01:00",
    )
    c = make_article(
        TEXT_C,
        source="Island Times",
        title="Ferry back in service",
        published="2026-06-12T08:00:00+01:00",
    )
    stories = (
        R.Story(
            "s3dcded3f1a00",
            LABEL,
            (a.id, b.id),
            "2026-05-21T08:00:00+01:00",
            "2026-05-22T11:00:00+01:00",
            ("Skerrin Island",),
            "l11093098aaaa",
        ),
        R.Story(
            "s3dd00000000b",
            "Ferry back in service",
            (c.id,),
            "2026-06-12T08:00:00+01:00",
            "2026-06-12T08:00:00+01:00",
            (),
            "l11093098aaaa",
        ),
    )
    line = R.Storyline("l11093098aaaa", "Skerrin Island, ferry", tuple(s.id for s in stories))
    records = R.RecordSet(
        stories=stories, storylines=(line,),
        quotes=(R.Quote(a.id, _span(a, QUOTE), "direct", speaker="Moira Dunn"),
                R.Quote(b.id, _span(b, "a spare part would take 21 days to arrive"),
                        "indirect", speaker="Ian Brae")),
        claims=(R.Claim(a.id, _span(a, "340"), 340.0, counts=_span(a, "passengers")),
                R.Claim(c.id, _span(c, "80,000 pounds"), 80000.0, unit="GBP")),
        alignments=(R.Alignment(_span(a, WIRE), _span(b, WIRE), "verbatim", 1.0),),
        pairs=(R.ReusePair(a.id, b.id, "derived", "date", 0.5, 0.5, 1, ("verbatim",)),),
    )  # fmt: skip
    with Store(tmp_path / "w.db") as store:
        store.add_articles([a, b, c])
        store.save_records(records, ["stories", "storylines", "quotes", "claims", "alignments",
                                     "pairs"], [a.id, b.id, c.id])  # fmt: skip
    return TestClient(create_app(tmp_path / "w.db")), {"a": a, "b": b, "c": c}, stories


def test_the_story_page_shows_its_sections(
    client: tuple[TestClient, dict[str, R.Article], tuple[R.Story, ...]],
) -> None:
    c, arts, stories = client
    got = c.get(f"/story/{stories[0].id[:6]}")
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/html")
    page = got.text
    assert "2026-05-21 to 2026-05-22" in page and "Skerrin Island, ferry" in page
    assert f'<a href="/story/{stories[1].id}">Ferry back in service</a>' in page
    for a in (arts["a"], arts["b"]):
        assert f'<a href="/article/{a.id}">{a.title}</a>' in page
    assert "<h4>Moira Dunn" in page and "<h4>Ian Brae" in page
    assert "a spare part would take 21 days to arrive" in page
    assert f'<a href="/article/{arts["b"].id}">Coast Herald — Ferry out for three weeks</a>' in page
    assert "340" in page and "passengers" in page and "80,000" not in page
    assert f'<a href="/pair/{arts["a"].id}/{arts["b"].id}">Island Times → Coast Herald</a>' in page


def test_every_text_is_escaped(
    client: tuple[TestClient, dict[str, R.Article], tuple[R.Story, ...]],
) -> None:
    c, _, stories = client
    page = c.get(f"/story/{stories[0].id}").text
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>disruption</b>" not in page and "&lt;b&gt;disruption&lt;/b&gt;" in page


def test_the_overview_and_the_article_pages_link_the_story(
    client: tuple[TestClient, dict[str, R.Article], tuple[R.Story, ...]],
) -> None:
    c, arts, stories = client
    href = f'href="/story/{stories[0].id}"'
    assert href in c.get("/").text
    assert href in c.get(f"/article/{arts['b'].id}").text
    assert f'href="/story/{stories[1].id}"' in c.get(f"/article/{arts['c'].id}").text


def test_a_missing_story_gets_the_html_404_page(
    client: tuple[TestClient, dict[str, R.Article], tuple[R.Story, ...]],
) -> None:
    c, _, stories = client
    got = c.get("/story/nope")
    assert got.status_code == 404 and got.headers["content-type"].startswith("text/html")
    assert "No story has the id <code>nope</code>" in got.text and '"detail"' not in got.text
    got = c.get("/story/s3d")
    assert got.status_code == 404 and "More than one story has an id starting with" in got.text
    assert all(f'<a href="/story/{s.id}">' in got.text for s in stories)


def test_the_json_api_answers_one_story(
    client: tuple[TestClient, dict[str, R.Article], tuple[R.Story, ...]],
) -> None:
    c, arts, stories = client
    got = c.get(f"/api/stories/{stories[0].id[:6]}").json()
    assert got["story"]["id"] == stories[0].id and got["storyline"]["id"] == "l11093098aaaa"
    assert [a["id"] for a in got["articles"]] == [arts["a"].id, arts["b"].id]
    assert "text" not in got["articles"][0]
    assert [q["speaker"] for q in got["quotes"]] == ["Moira Dunn", "Ian Brae"]
    assert got["quotes"][0]["content"]["original_start"] is not None
    assert len(got["claims"]) == 1 and len(got["passages"]) == 1 and len(got["pairs"]) == 1
    missing = c.get("/api/stories/nope")
    assert missing.status_code == 404 and "no story with id" in missing.json()["detail"]
    assert "/api/stories/{story_id}" in c.get("/api").text
