"""Saving records after an analysis that only added some at the end writes only those: the
stored rows are the ones a rewrite gives, and the rows kept keep their ids."""

from __future__ import annotations

from pathlib import Path

from newstrace.records import Provenance, RecordSet, ReusePair
from newstrace.stages.ingest import make_article
from newstrace.store import Store

ARTS = [make_article(f"Story {i}: the council approved plan {i} on Monday.") for i in range(6)]


def _provenance(i: int, share: float = 0.0) -> Provenance:
    sources = {ARTS[i - 1].id: share} if share else {}
    return Provenance(ARTS[i].id, share, "non" if share < 0.2 else "partially", sources, (), ())


def _pair(i: int) -> ReusePair:
    return ReusePair(ARTS[i - 1].id, ARTS[i].id, "derived", "date", 0.3, 0.4, 1, ("edited",))


def _rows(store: Store) -> list[tuple[int, str, str | None, str]]:
    return [tuple(r) for r in store.db.execute(
        "SELECT id, kind, article_id, payload FROM records ORDER BY id"
    )]  # fmt: skip


def _named(store: Store) -> set[tuple[str, str, int]]:
    return {tuple(r) for r in store.db.execute("SELECT * FROM record_articles")}


def _saved(path: Path, *steps: RecordSet) -> Store:
    store = Store(path)
    store.add_articles(ARTS)
    fields = ["provenance", "pairs"]
    for records in steps:
        before = store.record_set()
        store.save_records(records, fields, [], before=before)
    return store


def test_records_added_at_the_end_are_appended(tmp_path: Path) -> None:
    first = RecordSet(provenance=tuple(_provenance(i, 0.1 * (i % 2)) for i in range(1, 4)),
                      pairs=(_pair(2),))  # fmt: skip
    later = RecordSet(provenance=(*first.provenance, _provenance(4, 0.5), _provenance(5)),
                      pairs=(_pair(2), _pair(4)))  # fmt: skip
    with _saved(tmp_path / "a.db", first) as store:
        kept = _rows(store)
        store.save_records(later, ["provenance", "pairs"], [], before=store.record_set())
        rows = _rows(store)
        assert rows[: len(kept)] == kept  # not written again: same ids
        assert store.record_set().provenance == later.provenance
        assert store.record_set().pairs == later.pairs
        named = _named(store)
    with Store(tmp_path / "b.db") as rewritten:  # the same records written in one go
        rewritten.add_articles(ARTS)
        rewritten.save_records(later, ["provenance", "pairs"], [])
        assert [r[1:] for r in _rows(rewritten) if r[1] == "provenance"] == [
            r[1:] for r in rows if r[1] == "provenance"
        ]
        ids, mine = _positions(_rows(rewritten)), _positions(rows)
        same = {(a, k, mine[i]) for a, k, i in named}
        assert same == {(a, k, ids[i]) for a, k, i in _named(rewritten)} and same


def _positions(rows: list[tuple[int, str, str | None, str]]) -> dict[int, int]:
    """Record id -> its position among the records of its kind."""
    seen: dict[str, int] = {}
    out = {}
    for rid, kind, *_ in rows:
        out[rid] = seen[kind] = seen.get(kind, -1) + 1
    return out


def test_a_changed_record_rewrites_its_kind(tmp_path: Path) -> None:
    first = RecordSet(provenance=(_provenance(1), _provenance(2, 0.5)), pairs=(_pair(2),))
    changed = RecordSet(provenance=(_provenance(1), _provenance(2, 0.6), _provenance(3)),
                        pairs=(_pair(2), _pair(3)))  # fmt: skip
    with _saved(tmp_path / "a.db", first) as store:
        kept = _rows(store)
        store.save_records(changed, ["provenance", "pairs"], [], before=store.record_set())
        assert store.record_set().provenance == changed.provenance
        assert store.record_set().pairs == changed.pairs
        pair_ids = [r[0] for r in _rows(store) if r[1] == "reuse_pair"]
        old_pair = [r[0] for r in kept if r[1] == "reuse_pair"]
        assert pair_ids[0] == old_pair[0]  # pairs only appended
        old_prov = {r[0] for r in kept if r[1] == "provenance"}
        assert not old_prov & {r[0] for r in _rows(store) if r[1] == "provenance"}  # rewritten


def test_records_read_before_another_write_are_not_trusted(tmp_path: Path) -> None:
    first = RecordSet(provenance=(_provenance(1),))
    with _saved(tmp_path / "a.db", first) as store:
        stale = store.record_set()
        store.save_records(RecordSet(provenance=(_provenance(1), _provenance(2))),
                           ["provenance"], [])  # fmt: skip
        store.save_records(RecordSet(provenance=(_provenance(1), _provenance(3))),
                           ["provenance"], [], before=stale)  # fmt: skip
        assert store.record_set().provenance == (_provenance(1), _provenance(3))
