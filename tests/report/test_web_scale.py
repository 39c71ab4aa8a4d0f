"""The web app at corpus scale: list endpoints answer in pages, and an article's or a pair's
page reads that article's records from the store, not the whole corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402

from newstrace import records as R  # noqa: E402
from newstrace.report.web import app as web  # noqa: E402
from newstrace.report.web.app import create_app  # noqa: E402
from newstrace.stages.ingest import make_article  # noqa: E402
from newstrace.store import Store  # noqa: E402


def _articles(n: int) -> list[R.Article]:
    return [
        make_article(f"Report {i}: the council met on day {i} and approved plan {i}.", source="S")
        for i in range(n)
    ]


def _chain(tmp_path: Path, n: int) -> tuple[Path, list[R.Article], list[R.Alignment]]:
    """``n`` articles, each aligned with the next (alignment i: article i -> article i+1)."""
    arts = _articles(n)
    als = [
        R.Alignment(R.Span(a.id, 0, 20), R.Span(b.id, 0, 20), "verbatim", 1.0)
        for a, b in zip(arts, arts[1:], strict=False)
    ]
    db = tmp_path / "w.db"
    with Store(db) as store:
        store.add_articles(arts)
        store.save_records(R.RecordSet(alignments=tuple(als)), ["alignments"], [])
    return db, arts, als


def test_lists_answer_in_pages_with_a_link_to_the_next(tmp_path: Path) -> None:
    db, arts, _ = _chain(tmp_path, 7)
    c = TestClient(create_app(db))
    got, seen = c.get("/api/articles?limit=3").json(), []
    assert got["total"] == 7 and got["limit"] == 3 and len(got["items"]) == 3
    while True:
        seen += [a["id"] for a in got["items"]]
        if got["next"] is None:
            break
        got = c.get(got["next"]).json()
        assert len(got["items"]) <= 3
    assert seen == [a.id for a in arts]  # every article once, in ingest order
    page = c.get("/api/alignments?limit=4").json()
    assert len(page["items"]) == 4 and page["total"] == 6 and page["next"]
    rest = c.get(page["next"]).json()
    assert len(rest["items"]) == 2 and rest["next"] is None
    assert rest["items"][0]["source"]["article_id"] == arts[4].id


def test_a_page_is_at_most_the_largest_size_and_has_a_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _, _ = _chain(tmp_path, 5)
    c = TestClient(create_app(db))
    assert c.get(f"/api/articles?limit={web.MAX_PAGE_SIZE + 1}").status_code == 422
    assert c.get("/api/alignments?limit=0").status_code == 422
    monkeypatch.setattr(web, "PAGE_SIZE", 2)  # read when the app is made
    got = TestClient(create_app(db)).get("/api/articles").json()
    assert len(got["items"]) == 2 and got["next"] == "/api/articles?limit=2&after=2"


def test_an_article_filter_pages_the_records_naming_it(tmp_path: Path) -> None:
    db, arts, _ = _chain(tmp_path, 4)
    c = TestClient(create_app(db))
    got = c.get(f"/api/alignments?article={arts[1].id[:10]}&limit=1").json()
    assert got["total"] == 2 and len(got["items"]) == 1  # as target of one, source of the next
    assert got["next"] == f"/api/alignments?article={arts[1].id}&limit=1&after=1"
    last = c.get(got["next"]).json()
    assert [r["source"]["article_id"] for r in last["items"]] == [arts[1].id]
    assert last["next"] is None


def test_article_and_pair_pages_and_the_api_do_not_read_the_whole_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, arts, _ = _chain(tmp_path, 3)

    def refused(*args: object, **kwargs: object) -> R.RecordSet:
        raise AssertionError("read every record")

    monkeypatch.setattr(Store, "record_set", refused)
    c = TestClient(create_app(db))
    for path in (
        f"/article/{arts[1].id}", f"/pair/{arts[0].id}/{arts[1].id}", "/api/articles",
        f"/api/articles/{arts[0].id}", "/api/alignments", f"/api/alignments?article={arts[2].id}",
    ):  # fmt: skip
        assert c.get(path).status_code == 200, path


def test_an_article_page_numbers_its_passages_as_the_overview_does(tmp_path: Path) -> None:
    db, arts, _ = _chain(tmp_path, 4)
    page = TestClient(create_app(db)).get(f"/article/{arts[3].id}").text
    assert 'title="#3 verbatim from' in page and "#1 verbatim" not in page
    assert f'href="/pair/{arts[2].id}/{arts[3].id}"' in page


def test_a_new_analysis_is_seen_by_the_next_request(tmp_path: Path) -> None:
    db, arts, als = _chain(tmp_path, 3)
    c = TestClient(create_app(db))
    assert 'title="#2 verbatim' in c.get(f"/article/{arts[2].id}").text
    with Store(db) as store:  # another process writes a new analysis: the first link is gone
        store.save_records(R.RecordSet(alignments=(als[1],)), ["alignments"], [])
    assert 'title="#1 verbatim' in c.get(f"/article/{arts[2].id}").text
    assert c.get(f"/api/alignments?article={arts[0].id}").json()["total"] == 0
