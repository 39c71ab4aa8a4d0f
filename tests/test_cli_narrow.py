"""On a narrow terminal `newstrace reuse` prints each row of its tables as a block of
"column: value" lines: a table of six columns in 60 columns broke words ("relatio n")."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newstrace import records as R
from newstrace.cli import NARROW, main
from newstrace.stages.ingest import make_article
from newstrace.store import Store

STORY = (
    "Heavy rain closed the coast road near Tallow Point on Monday after a slope gave way, "
    "and engineers said the road would stay shut for at least a week while they checked "
    "the cliff above it."
)


def _db(tmp_path: Path) -> Path:
    a = make_article(STORY, source="Calloway Press Association", published="2026-10-01")
    b = make_article(STORY + " Buses use the inland route.", source="Harrow Vale Record",
                     published="2026-10-02")  # fmt: skip
    span = (0, len(STORY))
    al = R.Alignment(R.Span(a.id, *span), R.Span(b.id, *span), "verbatim", 1.0)
    pair = R.ReusePair(a.id, b.id, "derived", "date", 1.0, round(len(STORY) / len(b.text), 4),
                       1, ("verbatim",))  # fmt: skip
    path = tmp_path / "n.db"
    with Store(path) as store:
        store.add_articles([a, b])
        store.save_records(R.RecordSet(alignments=(al,), pairs=(pair,)),
                           ["alignments", "pairs"], [a.id, b.id])  # fmt: skip
    return path


def _reuse(db: Path, columns: int) -> str:
    result = CliRunner(env={"COLUMNS": str(columns)}).invoke(
        main, ["--db", str(db), "-q", "reuse", "--pairs"]
    )
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("columns", [40, 60, NARROW - 1])
def test_narrow_terminal_prints_blocks_without_breaking_words(tmp_path: Path, columns: int) -> None:
    text = _reuse(_db(tmp_path), columns)
    assert "  relation:" in text and "derived" in text.split("relation:")[1].split("\n")[0]
    assert "  direction by:" in text
    assert all(len(line.rstrip()) <= columns for line in text.splitlines())
    for word in ("Calloway", "Association", "Harrow", "Record", "verbatim"):
        assert word in text


def test_wide_terminal_keeps_the_table(tmp_path: Path) -> None:
    text = _reuse(_db(tmp_path), NARROW + 40)
    assert "┃ source" in text and "relation:" not in text
