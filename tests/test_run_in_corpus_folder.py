"""`newstrace run . -o out`, repeated in the corpus folder: its own outputs (the report, the
JSON export) are passed over without failing --strict or piling up skip records."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newstrace.cli import main
from newstrace.store import Store

STORY = (
    "Harbour works to close the east quay\n\n"
    "The east quay in Portlow will close for three weeks from Monday while divers repair the "
    "harbour wall. Fishing boats will moor at the west pontoon instead, the harbour master said.\n"
)


def _run(folder: Path, *extra: str) -> int:
    args = [*extra, "-q", "run", str(folder), "-o", str(folder / "out")]
    return CliRunner().invoke(main, args).exit_code


def test_strict_run_in_the_corpus_folder_passes_over_its_own_outputs(tmp_path: Path) -> None:
    (tmp_path / "quay.txt").write_text(STORY, "utf-8")
    assert _run(tmp_path, "--strict") == 0
    assert (tmp_path / "out" / "report.html").exists()  # now inside the folder being read
    assert _run(tmp_path, "--strict") == 0


def test_a_real_bad_input_still_fails_strict(tmp_path: Path) -> None:
    (tmp_path / "quay.txt").write_text(STORY, "utf-8")
    assert _run(tmp_path, "--strict") == 0
    (tmp_path / "empty.txt").write_text("", "utf-8")
    assert _run(tmp_path, "--strict") == 3


def test_repeated_runs_record_each_own_output_once(tmp_path: Path) -> None:
    (tmp_path / "quay.txt").write_text(STORY, "utf-8")
    for _ in range(4):
        assert _run(tmp_path) == 0
    with Store(tmp_path / "out" / "newstrace.db") as store:
        places = [location for location, _, _ in store.skips()]
    assert places, "the report and the export are still reported as passed over"
    assert len(places) == len(set(places))


def test_the_database_in_the_folder_is_not_listed_as_an_unreadable_file(tmp_path: Path) -> None:
    (tmp_path / "quay.txt").write_text(STORY, "utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    assert _run(tmp_path) == 0
    result = CliRunner().invoke(main, ["run", str(tmp_path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert "ignored 1 file (.pdf 1)" in " ".join(result.output.split())  # not its .db, .lock
