"""The web app's article page says where a wholly reused copy comes from.

A duplicate has no passages of its own (members of a duplicate group are not aligned with each
other), so the page must name its group and its sources, not just "100% reused"."""

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

TEXT = "The mayor said the tram line would open in May next year, two years late."


def _client(tmp_path: Path) -> tuple[TestClient, R.Article, R.Article]:
    first = make_article(TEXT, source="Daily Post", title="Tram delayed")
    copy = make_article(TEXT, source="Weekly Echo", title="Tram line late")
    group = R.DuplicateGroup("dup-1", "exact", first.id, (first.id, copy.id), 1.0)
    prov = (
        R.Provenance(first.id, 0.0, "non", {}, (), ()),
        R.Provenance(copy.id, 1.0, "wholly", {first.id: 1.0}, (), ()),
    )
    with Store(tmp_path / "w.db") as store:
        store.add_articles([first, copy])
        store.save_records(
            R.RecordSet(duplicates=(group,), provenance=prov),
            ["duplicates", "provenance"],
            [first.id, copy.id],
        )
    return TestClient(create_app(tmp_path / "w.db")), first, copy


def test_a_duplicates_page_names_its_canonical_copy_and_sources(tmp_path: Path) -> None:
    c, first, copy = _client(tmp_path)
    page = c.get(f"/article/{copy.id}")
    assert page.status_code == 200
    assert "exact duplicate of" in page.text.lower()
    assert f'href="/article/{first.id}"' in page.text
    assert "Derived from" in page.text and "Daily Post" in page.text


def test_the_canonical_page_lists_its_copies(tmp_path: Path) -> None:
    c, first, copy = _client(tmp_path)
    page = c.get(f"/article/{first.id}")
    assert page.status_code == 200
    assert "copies" in page.text and f'href="/article/{copy.id}"' in page.text
    assert "Derived from" not in page.text  # it has no source
