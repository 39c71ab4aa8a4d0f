"""The web app shows what a direction "by date" rests on, and filters records by every id.

A pair page that says "derives from … (direction from: date)" must show both dates, or a
reader cannot check it, nor tell an article from its own updated version (same outlet, same
headline).  ``/api/provenance?article=ID`` must also return the records that name ID as a
source (a key of ``sources``), not only the article's own record."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402

from newstrace import records as R  # noqa: E402
from newstrace.report.web.app import create_app  # noqa: E402
from newstrace.stages.ingest import make_article  # noqa: E402
from versions import store_versions  # noqa: E402

V1 = "The ferry was suspended after an engine fault; 340 passengers were brought back to the quay."
V2 = V1.replace("340", "430") + " The operator said a fuel pump had failed."
TITLE = "Ferry suspended after engine fault"


def _client(tmp_path: Path) -> tuple[TestClient, R.Article, R.Article]:
    v1 = make_article(V1, source="Gazette", title=TITLE, published="2026-11-20T08:05:00+00:00")
    v2 = make_article(V2, source="Gazette", title=TITLE, published="2026-11-20T11:40:00+00:00")
    store_versions(tmp_path / "w.db", v1, v2, 0.99)
    return TestClient(create_app(tmp_path / "w.db")), v1, v2


def test_pair_page_shows_both_dates(tmp_path: Path) -> None:
    c, v1, v2 = _client(tmp_path)
    page = c.get(f"/pair/{v1.id}/{v2.id}")
    assert page.status_code == 200
    assert "direction from: <span" in page.text and ">date</span>" in page.text
    assert 'title="the source was published first"' in page.text  # what "date" rests on
    assert "2026-11-20 08:05" in page.text and "2026-11-20 11:40" in page.text


def test_provenance_filter_finds_records_naming_a_source(tmp_path: Path) -> None:
    c, v1, v2 = _client(tmp_path)
    found = c.get(f"/api/provenance?article={v1.id[:8]}").json()["items"]
    assert sorted(r["article_id"] for r in found) == sorted([v1.id, v2.id])
