"""The local web app serves pages and JSON read-only over a database."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402

from newstrace import records as R  # noqa: E402
from newstrace.report.web.app import create_app  # noqa: E402
from newstrace.stages.ingest import make_article  # noqa: E402
from newstrace.store import Store  # noqa: E402


@pytest.fixture()
def client(tmp_path: Path) -> tuple[TestClient, R.Article, R.Article]:
    a = make_article("The mayor said the tram line would open in May next year.", source="A")
    b = make_article("Readers learned that the tram line would open in May next year.", source="B")
    al = R.Alignment(R.Span(a.id, 15, 57), R.Span(b.id, 20, 62), "verbatim", 0.99)
    with Store(tmp_path / "w.db") as store:
        store.add_articles([a, b])
        store.save_records(R.RecordSet(alignments=(al,)), ["alignments"], [a.id, b.id])
    return TestClient(create_app(tmp_path / "w.db")), a, b


def test_pages_render(client: tuple[TestClient, R.Article, R.Article]) -> None:
    c, a, b = client
    assert c.get("/").status_code == 200
    page = c.get(f"/article/{b.id}")
    assert page.status_code == 200 and "tram line" in page.text and f"/pair/{a.id}" in page.text
    pair = c.get(f"/pair/{a.id}/{b.id}")
    assert pair.status_code == 200
    assert pair.text.count('class="reuse verbatim p1"') == 2


def test_api_and_missing_ids(client: tuple[TestClient, R.Article, R.Article]) -> None:
    c, a, _ = client
    assert len(c.get("/api/articles").json()["items"]) == 2
    assert c.get(f"/api/articles/{a.id[:6]}").json()["source"] == "A"
    assert c.get(f"/api/articles/{a.id[:6].upper()}").json()["source"] == "A"
    assert c.get("/api/alignments").json()["items"][0]["kind"] == "verbatim"
    assert c.get("/api/nonsense").status_code == 404
    assert c.get("/article/ffffff").status_code == 404


def test_readonly_store_refuses_writes_and_missing_files(tmp_path: Path) -> None:
    import sqlite3

    from newstrace.errors import StoreError

    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "absent.db", readonly=True)
    Store(tmp_path / "w.db").close()
    ro = Store(tmp_path / "w.db", readonly=True)
    with pytest.raises(sqlite3.OperationalError):
        ro.add_articles([make_article("Some text that is long enough to store.", source="x")])
    ro.close()


def test_article_page_lists_related_and_unseen_peers(tmp_path: Path) -> None:
    a = make_article("Beds on the ward will close from 1 July, the trust said.", source="A")
    b = make_article("From 1 July no child will stay on the ward overnight.", source="B")
    c = make_article("The ferry was suspended after an engine failure on Monday.", source="C")
    prov = (R.Provenance(a.id, 0.0, "non", {}, unseen_source_with=(c.id,), related_with=(b.id,)),)
    with Store(tmp_path / "p.db") as store:
        store.add_articles([a, b, c])
        store.save_records(R.RecordSet(provenance=prov), ["provenance"], [a.id])
    page = TestClient(create_app(tmp_path / "p.db")).get(f"/article/{a.id}")
    assert page.status_code == 200
    assert "Related to (paraphrased passages, direction unknown)" in page.text
    assert f"/pair/{b.id}/{a.id}" in page.text and f"/pair/{c.id}/{a.id}" in page.text
    assert "Shares an unseen source" in page.text


def test_pair_page_says_which_way_and_why(tmp_path: Path) -> None:
    a = make_article("The mayor said the tram line would open in May next year.", source="A")
    b = make_article("Readers learned that the tram line would open in May next year.", source="B")
    al = R.Alignment(R.Span(a.id, 15, 57), R.Span(b.id, 20, 62), "verbatim", 0.99)
    for relation, evidence, expect in (
        ("derived", "date", f"B: {b.title or b.id} derives from A: {a.title or a.id} "
                            '(direction from: <span title="the source was published first">'
                            "date</span>)"),
        ("related", "none", "No direction: related"),
    ):  # fmt: skip
        pair = R.ReusePair(a.id, b.id, relation, evidence, 0.7, 0.6, 1, ("verbatim",))
        db = tmp_path / f"{relation}.db"
        with Store(db) as store:
            store.add_articles([a, b])
            store.save_records(
                R.RecordSet(alignments=(al,), pairs=(pair,)), ["alignments", "pairs"], []
            )
        page = TestClient(create_app(db)).get(f"/pair/{b.id}/{a.id}").text
        assert expect in page, relation
        assert ("←" if relation == "derived" else "↔") in page.split("</title>")[0]


def test_pair_page_shows_boilerplate_apart_and_shares_rounded_down(tmp_path: Path) -> None:
    a = make_article("The mayor said the tram line would open in May. Follow us on Mastodon.",
                     source="A")  # fmt: skip
    b = make_article("Readers heard the tram line would open in May. Follow us on Mastodon.",
                     source="B")  # fmt: skip
    foot_a, foot_b = a.text.index("Follow"), b.text.index("Follow")
    als = (
        R.Alignment(R.Span(a.id, 15, foot_a - 1), R.Span(b.id, 15, foot_b - 1), "edited", 0.9),
        R.Alignment(R.Span(a.id, foot_a, len(a.text)), R.Span(b.id, foot_b, len(b.text)),
                    "verbatim", 1.0, boilerplate=True),
    )  # fmt: skip
    pair = R.ReusePair(a.id, b.id, "derived", "date", 0.6, 0.997, 1, ("edited",))
    db = tmp_path / "w.db"
    with Store(db) as store:
        store.add_articles([a, b])
        store.save_records(R.RecordSet(alignments=als, pairs=(pair,)), ["alignments", "pairs"], [])
    page = TestClient(create_app(db)).get(f"/pair/{a.id}/{b.id}").text
    assert "<h2>1 shared passage</h2>" in page
    assert page.count('class="reuse edited p1"') == 2 and page.count('class="boilerplate"') == 2
    assert "verbatim p2" not in page
    assert "99% of B" in page and "100% of B" not in page  # as the report and `reuse` say


def test_api_article_filter_matches_ids_not_substrings(
    client: tuple[TestClient, R.Article, R.Article],
) -> None:
    c, a, b = client
    assert len(c.get(f"/api/alignments?article={a.id}").json()["items"]) == 1
    assert len(c.get(f"/api/alignments?article={b.id}").json()["items"]) == 1
    assert len(c.get(f"/api/alignments?article={a.id[:8]}").json()["items"]) == 1  # a prefix
    assert c.get("/api/alignments?article=verbatim").status_code == 404  # not an article


def test_the_overview_is_read_once_and_again_after_a_write(
    client: tuple[TestClient, R.Article, R.Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c, a, b = client
    reads = []
    original = Store.reused_provenance

    def counted(self: Store, *args: Any, **kwargs: Any) -> tuple[int, list[R.Provenance]]:
        reads.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Store, "reused_provenance", counted)
    for path in ("/", f"/article/{b.id}", "/", "/api/articles", f"/pair/{a.id}/{b.id}", "/"):
        assert c.get(path).status_code == 200
    assert len(reads) == 1  # one read serves every request while the database is unchanged
    with Store(tmp_path / "w.db") as store:  # another process adds an article
        store.add_articles([make_article("A new article about the harbour ferry timetable.")])
    assert c.get("/api/articles").json()["total"] == 3
    page = c.get("/").text
    assert len(reads) == 2 and "<h2>3 articles</h2>" in page


def test_the_index_of_a_large_corpus_shows_its_largest_parts(
    client: tuple[TestClient, R.Article, R.Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    from newstrace.report import html
    from newstrace.report.web import app as web

    tight = html.Limits(full_texts=1, passages=1, rows=1, per_story=1, stories=1)
    monkeypatch.setattr(web, "Limits", lambda: tight)
    c, _, b = client
    page = c.get("/").text
    assert "(1 of 2, those with reuse first" in page and 'href="/api/articles"' in page
    assert page.count('<li><a href="/article/') == 1
    assert c.get(f"/article/{b.id}").status_code == 200  # article pages are not limited


@pytest.mark.parametrize("host", ["localhost:8750", "127.0.0.1:8750", "[::1]:8750"])
def test_a_loopback_server_answers_its_own_host_names(tmp_path: Path, host: str) -> None:
    from newstrace.report.web.app import LOOPBACK_HOSTS

    with Store(tmp_path / "w.db") as store:
        store.add_articles([make_article("The tram line opens in May.", source="A")])
    c = TestClient(create_app(tmp_path / "w.db", LOOPBACK_HOSTS))
    assert c.get("/api/articles", headers={"host": host}).status_code == 200


def test_a_loopback_server_refuses_other_host_names(tmp_path: Path) -> None:
    """A page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) gets nothing."""
    from newstrace.report.web.app import LOOPBACK_HOSTS

    with Store(tmp_path / "w.db") as store:
        store.add_articles([make_article("The tram line opens in May.", source="A")])
    c = TestClient(create_app(tmp_path / "w.db", LOOPBACK_HOSTS))
    got = c.get("/api/articles", headers={"host": "rebind.example:8750"})
    assert got.status_code == 400 and "tram" not in got.text


# The web app needs no network: FastAPI's Swagger UI loads its scripts and styles from
# cdn.jsdelivr.net (offline the "API" link showed a blank page, online it made a request to
# another site); the API page is the app's own.
# an address of another site in a page's links, scripts, styles or images
OUTSIDE = re.compile(r"""(?:src|href|url)\s*[=(]\s*["']?(?:https?:)?//""", re.IGNORECASE)


def test_no_page_loads_anything_from_another_site(
    client: tuple[TestClient, R.Article, R.Article],
) -> None:
    c, a, b = client
    for path in ("/", "/api", f"/article/{a.id}", f"/pair/{a.id}/{b.id}"):
        page = c.get(path)
        assert page.status_code == 200, path
        assert '<a href="/api">API</a>' in page.text, path
        assert not OUTSIDE.search(page.text), (path, OUTSIDE.search(page.text))


def test_the_cdn_pages_are_gone_and_the_schema_stays(
    client: tuple[TestClient, R.Article, R.Article],
) -> None:
    c, _, _ = client
    for path in ("/api/docs", "/docs", "/redoc", "/docs/oauth2-redirect"):
        assert c.get(path).status_code == 404, path
    schema = c.get("/openapi.json").json()
    assert {"/api/articles", "/api/articles/{article_id}", "/api/{kind}"} <= set(schema["paths"])


def test_the_api_page_lists_the_endpoints_their_parameters_and_paging(
    client: tuple[TestClient, R.Article, R.Article],
) -> None:
    c, _, _ = client
    page = c.get("/api").text
    for endpoint in ("GET /api/articles", "GET /api/articles/{article_id}", "GET /api/{kind}"):
        assert f"<code>{endpoint}</code>" in page, endpoint
    rows = re.findall(r"<tr><td><code>(\w+)</code></td><td>(\w+)[^<]*</td><td>(\w+)</td>"
                      r"<td>(\w*)</td><td>([^<]*)</td>", page)  # fmt: skip
    assert ("limit", "query", "integer", "100", "1 to 1000") in rows
    assert ("after", "query", "integer", "0", "from 0") in rows
    assert ("article", "query", "string", "", "") in rows
    assert ("kind", "path", "string", "", "") in rows
    assert "<code>next</code>" in page and "<code>after</code>" in page  # how to page
    assert 'href="/api/alignments"' in page and 'href="/openapi.json"' in page


def test_the_api_page_follows_the_routes(
    client: tuple[TestClient, R.Article, R.Article], tmp_path: Path
) -> None:
    """A new endpoint is listed without writing it into the page."""
    app = create_app(tmp_path / "w.db")

    @app.get("/api/extra")
    def extra(n: int = 3) -> dict[str, int]:
        """An endpoint added later."""
        return {"n": n}

    page = TestClient(app).get("/api").text
    assert "<code>GET /api/extra</code>" in page and "An endpoint added later." in page
