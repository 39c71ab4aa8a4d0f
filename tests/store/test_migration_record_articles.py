"""Schema 3 (the articles each record names): an older store's records are indexed by the
migration as ``save_records`` indexes them, and the web app's reads find them by article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newstrace import records as R
from newstrace.serialize import FIELD_KINDS, to_dict
from newstrace.stages.ingest import make_article
from newstrace.store import Store, sqlite
from newstrace.store.migrations import MIGRATIONS


def _records() -> tuple[list[R.Article], R.RecordSet]:
    a, b, c = (
        make_article(f"Item {i}: the ferry to the island ran late on day {i}.") for i in "abc"
    )
    rs = R.RecordSet(
        duplicates=(R.DuplicateGroup("g1", "near", a.id, (a.id, c.id), 0.97),),
        alignments=(R.Alignment(R.Span(a.id, 0, 9), R.Span(b.id, 0, 9), "edited", 0.8),),
        provenance=(R.Provenance(b.id, 0.4, "partially", {a.id: 0.4}, (), (c.id,)),),
        pairs=(R.ReusePair(a.id, b.id, "derived", "date", 0.3, 0.4, 1, ("edited",)),),
        stories=(R.Story("s1", "ferry", (a.id, b.id, c.id)),),
        quotes=(R.Quote(b.id, R.Span(b.id, 0, 9), "direct"),),
    )
    return [a, b, c], rs


def _index(store: Store) -> list[tuple[str, str, int]]:
    rows = store.db.execute("SELECT article_id, kind, record_id FROM record_articles")
    return sorted((r[0], r[1], r[2]) for r in rows)


def test_the_migration_indexes_old_records_as_saving_them_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    arts, rs = _records()
    fields = [f for f in FIELD_KINDS if getattr(rs, f)]
    with Store(tmp_path / "new.db") as store:
        store.add_articles(arts)
        store.save_records(rs, fields, [])
        saved = _index(store)
    with monkeypatch.context() as m:
        m.setattr(sqlite, "MIGRATIONS", MIGRATIONS[:2])  # the store as version 2 wrote it
        with Store(tmp_path / "old.db") as store:
            store.add_articles(arts)
            for name in fields:  # as save_records wrote records then
                store.db.executemany(
                    "INSERT INTO records (kind, article_id, payload) VALUES (?,?,?)",
                    [
                        (FIELD_KINDS[name], sqlite._record_article(r), json.dumps(to_dict(r)))
                        for r in getattr(rs, name)
                    ],
                )
            assert store.schema_version == 2
    with Store(tmp_path / "old.db") as store:
        assert store.schema_version == len(MIGRATIONS) >= 3
        assert _index(store) == saved
    a, b, c = arts
    assert {(x, k) for x, k, _ in saved} == {
        (a.id, "duplicate_group"), (c.id, "duplicate_group"), (a.id, "alignment"),
        (a.id, "provenance"), (c.id, "provenance"), (a.id, "reuse_pair"), (a.id, "story"),
        (b.id, "story"), (c.id, "story"),
    }  # fmt: skip  # a record's own article (its article_id column) needs no row


def test_records_naming_an_article_are_read_by_it(tmp_path: Path) -> None:
    arts, rs = _records()
    a, b, c = arts
    with Store(tmp_path / "w.db") as store:
        store.add_articles(arts)
        store.save_records(rs, [f for f in FIELD_KINDS if getattr(rs, f)], [])
        assert [r for _, r in store.record_list("provenance", article_id=c.id)] == list(
            rs.provenance
        )  # a peer
        assert store.record_count("stories", b.id) == 1 and store.record_count("quotes", a.id) == 0
        assert [r for _, r in store.record_list("quotes", article_id=b.id)] == list(rs.quotes)
        assert store.find_article_ids(a.id[:6].upper()) == [a.id]
        assert store.find_article_ids("") == sorted(x.id for x in arts)[:2]  # ambiguous
        store.save_records(R.RecordSet(), ["stories"], [])  # replaced: its rows go too
        assert store.record_count("stories", b.id) == 0
        assert not [k for _, k, _ in _index(store) if k == "story"]
