"""The align stage's marks and withheld passages kept between analyses (align.heldlinks)."""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

import numpy as np

import newstrace
from newstrace.pipeline import HELD_LINKS
from newstrace.records import Alignment, Span
from newstrace.stages.align.heldlinks import HeldLinks, pair_hashes

ROOT = Path(__file__).resolve().parents[3]
CITING = ROOT / "tests" / "data" / "citing" / "corpus.jsonl"


def _passage(src: str, tgt: str) -> Alignment:
    return Alignment(Span(src, 0, 40), Span(tgt, 10, 50), "edited", 0.8, boilerplate=True)


def test_kept_data_reads_back_and_is_filtered_to_old_pairs() -> None:
    marks = {frozenset(("a", "b")), frozenset(("b", "c"))}
    held = HeldLinks(marks, [_passage("a", "b"), _passage("c", "a")])
    held.later = {frozenset(("a", "c"))}
    back = HeldLinks.from_bytes(held.to_bytes())
    assert back == held
    marks, dropped = back.between(["a", "b"])
    assert marks == {frozenset(("a", "b"))} and dropped == [_passage("a", "b")]


def test_the_pairs_aligned_with_no_passage_read_back_and_update() -> None:
    h = pair_hashes(["a", "c", "b"], ["b", "d", "a"])
    assert h[0] == h[2] != h[1]  # either order
    none = np.zeros(0, np.uint64)
    held = HeldLinks()
    held.update_empty(h[:2], none, complete=False)
    assert held.empty is None  # an incremental run does not make them known
    assert held.never_empty(h).all()
    held.update_empty(h[:2], none, complete=True)
    back = HeldLinks.from_bytes(held.to_bytes())
    assert back is not None and back.empty is not None
    assert back.never_empty(h).tolist() == [False, False, False]
    back.update_empty(none, h[1:2], complete=False)  # (c, d) gave a passage now
    assert back.never_empty(h).tolist() == [False, True, False]
    back.update_empty(h[1:2], none, complete=True)  # a full run: only its own pairs
    assert back.never_empty(h).tolist() == [True, False, True]


def test_data_of_another_version_is_not_used() -> None:
    other = zlib.compress(json.dumps({"format": 0, "marks": [], "dropped": []}).encode())
    assert HeldLinks.from_bytes(other) is None
    assert HeldLinks.from_bytes(b"not compressed") is None


def _lines(tmp: Path, name: str, lines: list[str]) -> Path:
    path = tmp / name
    path.write_text("".join(lines), "utf-8")
    return path


def test_a_store_analysed_before_the_data_was_kept_is_analysed_on(tmp_path: Path) -> None:
    """Without the kept data (a store of an earlier version) the next batch carries what the
    records show, and keeps the data from then on."""
    lines = CITING.read_text("utf-8").splitlines(keepends=True)
    half = len(lines) // 2
    db = tmp_path / "n.db"
    with newstrace.open(db) as opened:
        opened.add(_lines(tmp_path, "a.jsonl", lines[:half]))
        opened.analyze()
    with sqlite3.connect(db) as con:
        con.execute("DELETE FROM stage_state WHERE stage=?", (HELD_LINKS,))
    with newstrace.open(db) as opened:
        opened.add(_lines(tmp_path, "b.jsonl", lines[half:]))
        opened.analyze()
        pairs = opened.records().pairs
        blob = opened.store.get_state(HELD_LINKS)
    assert blob is not None
    held = HeldLinks.from_bytes(blob)
    undirected = {frozenset((p.source_id, p.target_id)) for p in pairs if p.relation != "derived"}
    assert held is not None and held.known and undirected and undirected <= held.marks


NEWSROOM = ROOT / "tests" / "data" / "newsroom" / "corpus.jsonl"
_UNSEEN = ("kbn-ferry-strike", "pt-ferry-strike")  # share a source not in the corpus


def _pairs_after_batches(tmp: Path, stale: bool) -> set[tuple[str, str, str]]:
    """newsroom in three batches, the unseen-source pair's two articles in the second; with
    ``stale`` the kept data is left as it was before the second batch, as an earlier version
    analysing the store leaves it."""
    text = NEWSROOM.read_text("utf-8").splitlines(keepends=True)
    lines = {json.loads(x)["id"]: x for x in text if x.strip()}
    rest = [k for k in lines if k not in _UNSEEN]
    half = len(rest) // 2
    with newstrace.open(tmp / "n.db") as opened:
        for i, keys in enumerate([rest[:half], list(_UNSEEN), rest[half:]]):
            before = opened.store.get_state(HELD_LINKS)
            opened.add(_lines(tmp, f"{i}.jsonl", [lines[k] for k in keys]))
            opened.analyze()
            if stale and i == 1 and before is not None:
                opened.store.set_state(HELD_LINKS, before)
        records = opened.records()
    rid = {a.id: str(a.metadata["id"]) for a in records.articles}
    return {(rid[p.source_id], rid[p.target_id], p.relation) for p in records.pairs}


def test_marks_the_kept_data_lacks_are_carried_from_the_records(tmp_path: Path) -> None:
    """A pair whose mark is in the records but not in the kept data (an earlier version
    analysed its batch) keeps its mark, rather than its passages reading as derived."""
    fresh = _pairs_after_batches(tmp_path / "fresh", stale=False)
    stale = _pairs_after_batches(tmp_path / "stale", stale=True)
    assert (*_UNSEEN, "unseen_source") in fresh
    assert stale == fresh
