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


def _mixed_corpus(tmp_path: Path) -> tuple[Path, list[R.Article]]:
    """Twelve articles (titled or not, long or short, with an outlet or none) and records of
    every kind the overview shows, with ties in share and in story size."""
    arts = [
        make_article(
            f"Item {i}: the harbour board reviewed berth {i} and the ferry timetable. " * (i % 3)
            + f"Berth {i} reopens.",
            title=f"Berth {i}" if i % 2 else None,
            source=["A", "B", None, ""][i % 4],
            published=f"2026-03-{i + 1:02d}" if i % 5 else None,
        )
        for i in range(1, 13)
    ]
    ids = [a.id for a in arts]
    span = lambda k: R.Span(ids[k], 0, 10)  # noqa: E731
    records = R.RecordSet(
        alignments=(
            R.Alignment(span(0), span(1), "verbatim", 1.0),
            R.Alignment(span(2), span(3), "edited", 0.9, boilerplate=True),
            R.Alignment(span(4), span(1), "paraphrase", 0.7),
        ),
        duplicates=(R.DuplicateGroup("g1", "exact", ids[6], (ids[6], ids[7]), 1.0),),
        provenance=tuple(
            R.Provenance(
                ids[k],
                share,
                "partially",
                {ids[0]: share} if share else {},
                related_with=(ids[2],) if k == 5 else (),
            )
            for k, share in enumerate((0.0, 0.5, 0.25, 0.5, 0.0, 0.0, 0.75, 0.25, 0.0, 0.0))
        ),  # fmt: skip
        stories=tuple(
            R.Story(f"s{k}", f"Story {k}", tuple(ids[k : k + size]), first_seen=seen)
            for k, (size, seen) in enumerate(
                ((2, "2026-03-04"), (3, None), (2, "2026-03-01"), (3, "2026-03-02"), (1, None))
            )
        ),
    )
    db = tmp_path / "w.db"
    with Store(db) as store:
        store.add_articles(arts)
        store.save_records(records, ["alignments", "duplicates", "provenance", "stories"], ids)
    return db, arts


@pytest.mark.parametrize("rows, stories, shown", [(3, 3, 4), (100, 100, 100)])
def test_the_overview_reads_its_parts_by_query_as_from_every_record(
    tmp_path: Path, rows: int, stories: int, shown: int
) -> None:
    from newstrace.report.html import Limits, build_context

    db, _ = _mixed_corpus(tmp_path)
    limits = Limits(full_texts=shown, rows=rows, stories=stories, per_story=2)
    with Store(db) as store:
        want = build_context(store.record_set(), limits=limits)
        got = web.overview_context(store, limits)
    assert got["provenance"] == want["provenance"] and len(got["provenance"]) == min(rows, 6)
    assert got["provenance_total"] == want["provenance_total"] == 6  # one with a related article
    assert got["shown_stories"] == want["shown_stories"]
    assert [a.id for a in got["shown_articles"]] == [a.id for a in want["shown_articles"]]
    assert [got["label"](a) for a in got["shown_articles"]] == [
        want["label"](a) for a in want["shown_articles"]
    ]
    counts = ("article_count", "source_count", "duplicate_count", "passage_count", "story_count")
    assert [got[k] for k in counts] == [12, 3, 1, 2, 5]
    assert (len(want["articles"]), len(want["sources"]), len(want["alignments"])) == (12, 3, 2)


def test_the_overview_does_not_read_the_whole_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, arts = _mixed_corpus(tmp_path)

    def refused(*args: object, **kwargs: object) -> R.RecordSet:
        raise AssertionError("read every record")

    monkeypatch.setattr(Store, "record_set", refused)
    monkeypatch.setattr(Store, "load_records", refused)
    monkeypatch.setattr(Store, "articles", refused)
    page = TestClient(create_app(db)).get("/")
    assert page.status_code == 200
    assert "<h2>12 articles</h2>" in page.text and "<b>2</b>reused passages" in page.text
    assert f'<a href="/article/{arts[6].id}">Berth 7</a>' in page.text
