"""Claims and mentions an analysis of new articles only carries forward stay in the store
unread (:class:`newstrace.records.Stored`): the stages ask for those of some articles, the
new ones are appended, and the stored result is the one reading them all gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newstrace
from newstrace.records import Claim, Mention, Span, Stored, extended, holds_any, of_articles
from newstrace.stages.ingest import make_article
from newstrace.store import Store
from newstrace.store.sqlite import _StoredKind

ARTS = [make_article(f"Story {i}: the council approved plan {i} on Monday.") for i in range(4)]


def _mention(i: int, start: int = 0) -> Mention:
    return Mention(ARTS[i].id, Span(ARTS[i].id, start, start + 5), "org", f"Org {i}")


def _store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "d.db")
    store.add_articles(ARTS)
    from newstrace.records import RecordSet

    kept = (_mention(0), _mention(1), _mention(0, 6), _mention(2))
    store.save_records(RecordSet(mentions=kept), ["mentions"], [])
    return store


def _unread(store: Store) -> Stored[Mention]:
    found = store.record_set(deferred=("mentions",)).mentions
    assert isinstance(found, Stored)
    return found


def test_a_stored_kind_answers_its_length_and_some_articles_without_reading_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _store(tmp_path)
    found = _unread(store)

    def no_full_read(self: _StoredKind) -> None:
        raise AssertionError("read every record")

    monkeypatch.setattr(_StoredKind, "load", no_full_read)
    assert len(found) == 4
    assert of_articles(found, {ARTS[0].id}) == [_mention(0), _mention(0, 6)]  # stored order
    assert holds_any(found, {ARTS[2].id}) and not holds_any(found, {ARTS[3].id})
    more = extended(found, [_mention(3)])
    assert isinstance(more, Stored) and len(more) == 5
    assert of_articles(more, {ARTS[3].id, ARTS[1].id}) == [_mention(1), _mention(3)]
    assert more.tail_after(found) == (_mention(3),)
    assert found.tail_after(()) is None


def test_read_in_full_a_stored_kind_is_the_records_then_those_added(tmp_path: Path) -> None:
    store = _store(tmp_path)
    found = extended(_unread(store), [_mention(3)])
    assert list(found) == [_mention(0), _mention(1), _mention(0, 6), _mention(2), _mention(3)]
    assert found[-1] == _mention(3) and found[1:3] == (_mention(1), _mention(0, 6))


def test_saving_appends_only_the_added_records_and_keeps_the_stored_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newstrace.records import RecordSet

    store = _store(tmp_path)
    rows = store.db.execute("SELECT id, payload FROM records ORDER BY id").fetchall()
    before = store.record_set(deferred=("mentions",))
    after = RecordSet(mentions=extended(before.mentions, [_mention(3)]))
    monkeypatch.setattr(_StoredKind, "load", lambda self: pytest.fail("read every record"))
    store.save_records(after, ["mentions"], [], before=before)
    now = store.db.execute("SELECT id, payload FROM records ORDER BY id").fetchall()
    assert [tuple(r) for r in now[:4]] == [tuple(r) for r in rows]  # same ids, same rows
    assert json.loads(now[4][1])["article_id"] == ARTS[3].id and len(now) == 5


def test_records_replaced_in_the_middle_are_read_before_their_rows_go(tmp_path: Path) -> None:
    from newstrace.records import RecordSet

    store = _store(tmp_path)
    before = store.record_set(deferred=("mentions",))
    # what an extract of article 1 again does: its records leave, the new ones follow
    kept = tuple(m for m in before.mentions if m.article_id != ARTS[1].id)
    store.save_records(RecordSet(mentions=(*kept, _mention(1, 9))), ["mentions"], [], before)
    assert store.load_records("mentions") == (
        _mention(0),
        _mention(0, 6),
        _mention(2),
        _mention(1, 9),
    )


def test_stored_records_saved_without_the_records_read_are_read_before_the_rewrite(
    tmp_path: Path,
) -> None:
    from newstrace.records import RecordSet

    store = _store(tmp_path)
    unread = extended(_unread(store), [_mention(3)])
    # no ``before``: the kind is rewritten, so its stored rows must be read before they go
    store.save_records(RecordSet(mentions=unread), ["mentions"], [], before=RecordSet())
    assert store.load_records("mentions") == (
        _mention(0),
        _mention(1),
        _mention(0, 6),
        _mention(2),
        _mention(3),
    )


STORY = (
    "The harbour authority approved a second ferry berth on Monday, Mayor Ann Reyes said, "
    "after talks with the Island Council. It will cost £4m and open in 2027, officials said."
)


def test_an_analysis_of_new_articles_leaves_the_stored_claims_and_mentions_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(STORY, encoding="utf-8")
    second.write_text(STORY.replace("second", "third").replace("£4m", "£6m"), encoding="utf-8")
    with newstrace.open(tmp_path / "n.db") as corpus:
        corpus.add(first)
        corpus.analyze()
        claims, mentions = len(corpus.records().claims), len(corpus.records().mentions)
        assert claims and mentions
        corpus.add(second)
        read = Store.load_records

        def no_full_read(self: Store, name: str) -> tuple[object, ...]:
            assert name not in ("claims", "mentions"), f"read every record of {name}"
            return read(self, name)

        monkeypatch.setattr(Store, "load_records", no_full_read)
        corpus.analyze()
        monkeypatch.undo()
        records = corpus.records()
    assert len(records.claims) == 2 * claims and len(records.mentions) == 2 * mentions
    assert {c.article_id for c in records.claims[:claims]} == {records.articles[0].id}


def test_claims_and_mentions_after_batches_are_those_of_one_analysis(tmp_path: Path) -> None:
    texts = [STORY.replace("second", w).replace("£4m", f"£{n}m")
             for n, w in enumerate(("second", "third", "fourth", "fifth"), 4)]  # fmt: skip
    paths = []
    for n, text in enumerate(texts):
        paths.append(tmp_path / f"{n}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    with newstrace.open(tmp_path / "one.db") as corpus:
        for p in paths:
            corpus.add(p)
        corpus.analyze()
        one = corpus.records()
    with newstrace.open(tmp_path / "batches.db") as corpus:
        for p in paths:
            corpus.add(p)
            corpus.analyze()
        batches = corpus.records()
    assert batches.claims == one.claims and batches.mentions == one.mentions
    assert batches.quotes == one.quotes


def test_a_claim_of_a_stored_kind_is_a_claim() -> None:
    # the helpers take plain tuples too, as the stages' callers give them
    c = Claim(ARTS[0].id, Span(ARTS[0].id, 0, 3), 4.0)
    assert of_articles((c,), {ARTS[0].id}) == [c] and extended((c,), [c]) == (c, c)
    assert holds_any((c,), {ARTS[0].id}) and not holds_any((c,), {ARTS[1].id})
