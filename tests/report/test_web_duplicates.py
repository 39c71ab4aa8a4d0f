"""The web app's article page says where a wholly reused copy comes from, and the pair page
of two copies says they are duplicates and what the copy changed.

A duplicate has no passages of its own (members of a duplicate group are not aligned with each
other), so the page must name its group and its sources, not just "100% reused"."""

from __future__ import annotations

import re
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


# A near duplicate's pair page (the overview links a copy's "98% <canonical's outlet>" to it)
# said "0 shared passages" with nothing highlighted: members of a group are not aligned.
NEAR = "The ferry was suspended after an engine fault; 340 passengers were brought back."
EDITED = NEAR.replace("340", "430") + " The operator apologised."


def _near_group(tmp_path: Path) -> tuple[TestClient, R.Article, R.Article, R.Article]:
    """A near group: its canonical copy, a copy that changed a figure and added a sentence,
    and a third copy with the figure changed only."""
    canonical = make_article(NEAR, source="Gazette", title="Ferry suspended")
    copy = make_article(EDITED, source="Echo", title="Ferry halted")
    third = make_article(NEAR.replace("340", "350"), source="Mail", title="Ferry stops")
    ids = (canonical.id, copy.id, third.id)
    group = R.DuplicateGroup("dup-1", "near", canonical.id, ids, 0.934, ordered=True)
    with Store(tmp_path / "w.db") as store:
        store.add_articles([canonical, copy, third])
        store.save_records(R.RecordSet(duplicates=(group,)), ["duplicates"], list(ids))
    return TestClient(create_app(tmp_path / "w.db")), canonical, copy, third


def _marks(side: str) -> list[str]:
    """The texts of the changed words marked in one side's column."""
    return re.findall(r'<mark class="edited change p\d+" title="[^"]*">([^<]*)</mark>', side)


@pytest.mark.parametrize("flip", [False, True])
def test_a_near_duplicates_pair_page_shows_the_group_and_what_the_copy_changed(
    tmp_path: Path, flip: bool
) -> None:
    c, canonical, copy, _ = _near_group(tmp_path)
    left, right = (copy, canonical) if flip else (canonical, copy)
    page = c.get(f"/pair/{left.id}/{right.id}")
    assert page.status_code == 200
    assert "<h2>Near duplicates</h2>" in page.text and "similarity 0.93" in page.text
    assert "Gazette: Ferry suspended is its canonical copy, Echo: Ferry halted a copy" in page.text
    assert (
        "What the copy changed, word by word: 340 → 430; + “The operator apologised.”" in page.text
    )
    cols = page.text.split('<div class="col">')[1:]
    canonical_col, copy_col = (cols[1], cols[0]) if flip else (cols[0], cols[1])
    assert _marks(canonical_col) == ["340"]  # the figure on both sides, the addition on one
    assert _marks(copy_col) == ["430", "The operator apologised."]


def test_two_copies_pair_page_names_the_canonical_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c, canonical, copy, third = _near_group(tmp_path)

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("read every record")

    monkeypatch.setattr(Store, "record_set", refused)  # the group is read for the article
    monkeypatch.setattr(Store, "load_records", refused)
    page = c.get(f"/pair/{third.id}/{copy.id}").text
    assert f'both are copies of its canonical copy, <a href="/article/{canonical.id}">' in page
    cols = page.split('<div class="col">')[1:]
    assert _marks(cols[0]) == ["350"] and _marks(cols[1])[0] == "430"


def test_exact_duplicates_pair_page_says_the_texts_are_the_same(tmp_path: Path) -> None:
    c, first, copy = _client(tmp_path)
    page = c.get(f"/pair/{first.id}/{copy.id}").text
    assert "<h2>Exact duplicates</h2>" in page and "similarity 1.00" in page
    assert "The two texts are the same, word for word." in page and not _marks(page)
