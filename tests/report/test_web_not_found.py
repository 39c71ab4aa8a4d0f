"""A browser asking the web app for a missing article gets a page saying what is missing.

Before, ``/article/7`` (an ambiguous prefix or an unknown id) and ``/pair/x/y`` answered
``{"detail": ...}``, raw JSON in the browser.  The pages now answer an HTML page (404) that
names each id that found no single article and, for an ambiguous prefix, links the articles
it matches; the JSON API keeps its JSON errors."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402

from newstrace import records as R  # noqa: E402
from newstrace.report.web.app import create_app  # noqa: E402
from newstrace.stages.ingest import make_article  # noqa: E402
from newstrace.store import Store  # noqa: E402


@pytest.fixture()
def corpus(tmp_path: Path) -> tuple[TestClient, str, list[R.Article], R.Article]:
    """A client, an id prefix two or more articles share, those articles, and one other."""
    # 17 articles: two of them share the first hex digit of their ids
    arts = [
        make_article(f"Harbour report {i}: berth {i} reopens after repairs.", source=f"S{i}",
                     title=f"Berth {i} reopens")
        for i in range(17)
    ]  # fmt: skip
    by_digit: dict[str, list[R.Article]] = defaultdict(list)
    for a in arts:
        by_digit[a.id[0]].append(a)
    prefix, shared = next((d, group) for d, group in sorted(by_digit.items()) if len(group) > 1)
    other = next(a for a in arts if a.id[0] != prefix)
    with Store(tmp_path / "w.db") as store:
        store.add_articles(arts)
    return TestClient(create_app(tmp_path / "w.db")), prefix, shared, other


def _html_404(c: TestClient, path: str) -> str:
    """The page answering ``path``: HTML, status 404."""
    got = c.get(path)
    assert got.status_code == 404 and got.headers["content-type"].startswith("text/html"), path
    return got.text


def test_an_ambiguous_prefix_lists_the_articles_it_matches(
    corpus: tuple[TestClient, str, list[R.Article], R.Article],
) -> None:
    c, prefix, shared, _ = corpus
    page = _html_404(c, f"/article/{prefix}")
    assert "More than one article has an id starting with <code>" + prefix in page
    listed = [a for a in shared if f'<a href="/article/{a.id}">{a.title}</a>' in page]
    assert len(listed) >= 2  # at least two of them, each linked by its title


def test_an_unknown_id_is_named_on_a_page(
    corpus: tuple[TestClient, str, list[R.Article], R.Article],
) -> None:
    c, _, _, _ = corpus
    page = _html_404(c, "/article/nope")
    assert "No article has the id <code>nope</code>" in page and '"detail"' not in page
    assert "There is no page at <code>/no/such/page</code>" in _html_404(c, "/no/such/page")


def test_a_pair_page_names_each_missing_end_and_links_the_pair_for_each_match(
    corpus: tuple[TestClient, str, list[R.Article], R.Article],
) -> None:
    c, prefix, shared, other = corpus
    page = _html_404(c, "/pair/x/y")
    assert "<code>x</code>" in page and "<code>y</code>" in page
    page = _html_404(c, f"/pair/{prefix}/{other.id}")
    assert sum(f'href="/pair/{a.id}/{other.id}"' in page for a in shared) >= 2


def test_the_json_api_keeps_json_errors(
    corpus: tuple[TestClient, str, list[R.Article], R.Article],
) -> None:
    c, prefix, shared, _ = corpus
    for path in (f"/api/articles/{prefix}", f"/api/alignments?article={prefix}"):
        got = c.get(path)
        assert got.status_code == 404 and got.headers["content-type"] == "application/json"
        assert "more than one article" in got.json()["detail"]
        assert sum(a.id in got.json()["detail"] for a in shared) >= 2  # the ids it matches
    for path in ("/api/articles/nope", "/api/nonsense", "/api/no/such"):
        got = c.get(path)
        assert got.status_code == 404 and "detail" in got.json(), path
