"""The overview links the articles a row's article has no direction with.

Articles that share a source not in the corpus (wire copy both reprint) or are related
(paraphrased passages, no direction) showed "non 0%" with an empty "From" cell on ``/``, while
the report said "shares an unseen source (wire copy?) with ..." / "related to ...".  The
overview reads its parts by query: it must name those articles without reading every one."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402

from newstrace import records as R  # noqa: E402
from newstrace.report.html import Limits  # noqa: E402
from newstrace.report.web import app as web  # noqa: E402
from newstrace.report.web.app import create_app  # noqa: E402
from newstrace.stages.ingest import make_article  # noqa: E402
from newstrace.store import Store  # noqa: E402


def _store(tmp_path: Path, arts: Sequence[R.Article], prov: Sequence[R.Provenance]) -> Path:
    db = tmp_path / "w.db"
    with Store(db) as store:
        store.add_articles(arts)
        store.save_records(R.RecordSet(provenance=tuple(prov)), ["provenance"], [])
    return db


def _refuse_whole_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make reading every record or whole articles fail; return the ids whose heads are read."""

    def refused(*args: object, **kwargs: object) -> Any:
        raise AssertionError("read every record, or whole articles")

    for name in ("record_set", "load_records", "articles"):
        monkeypatch.setattr(Store, name, refused)
    heads: list[str] = []
    original = Store.article_heads

    def counted(self: Store, ids: Sequence[str], chars: int) -> list[R.Article]:
        heads.extend(ids)
        return original(self, ids, chars)

    monkeypatch.setattr(Store, "article_heads", counted)
    return heads


def test_unseen_source_and_related_partners_link_to_their_pair_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = make_article("The ferry to Skerrin was halted after an engine failure.", source="Times")
    b = make_article("Skerrin's ferry was halted by an engine failure, islanders heard.",
                     source="Mail")  # fmt: skip
    c = make_article("Beds on the children's ward will close overnight from July.", source="Post")
    d = make_article("From July no child will stay on the ward overnight.", source="",
                     title="Ward closure")  # fmt: skip
    prov = [
        R.Provenance(a.id, 0.0, "non", {}, unseen_source_with=(b.id,)),
        R.Provenance(b.id, 0.0, "non", {}, unseen_source_with=(a.id,)),
        R.Provenance(c.id, 0.0, "non", {}, related_with=(d.id,)),
    ]
    db = _store(tmp_path, [a, b, c, d], prov)
    monkeypatch.setattr(web, "Limits", lambda: Limits(full_texts=0))  # no list of articles
    heads = _refuse_whole_reads(monkeypatch)
    page = TestClient(create_app(db)).get("/").text
    row = {p.article_id: page.split(f'<a href="/article/{p.article_id}">')[1].split("</tr>")[0]
           for p in prov}  # fmt: skip
    assert "shares an unseen source (wire copy?) with" in row[a.id]
    assert f'<a href="/pair/{b.id}/{a.id}">Mail</a>' in row[a.id]
    assert f'<a href="/pair/{a.id}/{b.id}">Times</a>' in row[b.id]
    assert "related to (paraphrased passages, direction unknown)" in row[c.id]
    assert f'<a href="/pair/{d.id}/{c.id}">Ward closure</a>' in row[c.id]  # no outlet: its title
    assert d.id in heads  # read for its label, though no row of its own names it


def test_a_row_links_a_bounded_number_of_partners(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    arts = [make_article(f"Reprint {i} of the wire story on the ferry strike.", source=f"P{i}")
            for i in range(6)]  # fmt: skip
    first, others = arts[0], [x.id for x in arts[1:]]
    prov = [R.Provenance(first.id, 0.0, "non", {}, related_with=tuple(others))]
    db = _store(tmp_path, arts, prov)
    monkeypatch.setattr(web, "PEERS_SHOWN", 2)
    monkeypatch.setattr(web, "Limits", lambda: Limits(full_texts=1))  # lists the first only
    heads = _refuse_whole_reads(monkeypatch)
    page = TestClient(create_app(db)).get("/").text
    assert [f"/pair/{o}/{first.id}" in page for o in others] == [True, True, False, False, False]
    assert f'<a href="/article/{first.id}">… 3 more</a>' in page  # its page lists them all
    assert not set(others[2:]) & set(heads)  # the others' labels are not read
