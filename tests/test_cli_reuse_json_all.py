"""`reuse --json` prints every reused passage, like `reuse --pairs --json` prints every pair
and `--json` of the other listings prints every record: a script reading it must not get
the first 50 in silence.  An explicit `-n` still limits it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from newstrace import records as R
from newstrace.cli import main
from newstrace.stages.ingest import make_article
from newstrace.store import Store

PASSAGES = 60  # more than the default -n (50)


def _db(tmp_path: Path) -> Path:
    a = make_article(" ".join(f"Sentence {i} of the wire story." for i in range(PASSAGES)),
                     source="Wire", published="2026-10-01")  # fmt: skip
    b = make_article(a.text, source="Paper", published="2026-10-02")
    spans = [(m.start(), m.end()) for m in re.finditer(r"Sentence \d+ of the wire story\.", a.text)]
    als = tuple(
        R.Alignment(R.Span(a.id, s, e), R.Span(b.id, s, e), "verbatim", 1.0) for s, e in spans
    )
    path = tmp_path / "n.db"
    with Store(path) as store:
        store.add_articles([a, b])
        store.save_records(R.RecordSet(alignments=als), ["alignments"], [a.id, b.id])
    return path


def _lines(db: Path, *args: str) -> list[dict]:
    result = CliRunner().invoke(main, ["--db", str(db), "-q", "reuse", "--json", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(x) for x in result.stdout.splitlines() if x.strip()]


def test_reuse_json_prints_every_passage(tmp_path: Path) -> None:
    db = _db(tmp_path)
    with Store(db) as store:
        stored = len(store.load_records("alignments"))
    assert stored > 50
    assert len(_lines(db)) == stored
    assert len(_lines(db, "-n", "5")) == 5


def test_reuse_n_picks_the_largest_passages_and_pairs(tmp_path: Path) -> None:
    a = make_article("Short one. " + "A much longer sentence of the wire story, told at length.",
                     source="Wire", published="2026-10-01")  # fmt: skip
    b = make_article(a.text, source="Paper", published="2026-10-02")
    c = make_article("Short one. Another paper.", source="Other", published="2026-10-03")
    cut = a.text.index(" A much")
    als = (
        R.Alignment(R.Span(a.id, 0, cut), R.Span(c.id, 0, cut), "verbatim", 1.0),
        R.Alignment(R.Span(a.id, cut + 1, len(a.text)), R.Span(b.id, cut + 1, len(b.text)),
                    "verbatim", 1.0),
    )  # fmt: skip
    pairs = (
        R.ReusePair(a.id, c.id, "derived", "date", 0.1, 0.4, 1, ("verbatim",)),
        R.ReusePair(a.id, b.id, "derived", "date", 0.9, 0.9, 1, ("verbatim",)),
    )
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.add_articles([a, b, c])
        store.save_records(R.RecordSet(alignments=als, pairs=pairs), ["alignments", "pairs"],
                           [a.id, b.id, c.id])  # fmt: skip
    (largest,) = _lines(db, "-n", "1")
    assert largest["target"]["article_id"] == b.id
    (pair,) = _lines(db, "--pairs", "-n", "1")
    assert pair["target_id"] == b.id
    table = CliRunner().invoke(main, ["--db", str(db), "-q", "reuse", "-n", "1"])
    assert "A much longer sentence" in table.stdout and "1 more passages" in table.stderr


def test_json_of_an_article_with_no_reuse_says_so_on_stderr(tmp_path: Path) -> None:
    a = make_article("A story of its own about the harbour wall and its repair.", source="X")
    path = tmp_path / "e.db"
    with Store(path) as store:
        store.add_articles([a])
        store.save_records(R.RecordSet(), ["alignments", "pairs"], [a.id])
    for extra in ([], ["--pairs"]):
        result = CliRunner().invoke(main, ["--db", str(path), "reuse", a.id[:8], "--json", *extra])
        assert result.exit_code == 0, result.output
        assert result.stdout == ""  # a script reading JSON lines gets none
        assert "for this article" in result.stderr and "no " in result.stderr
