"""A command that reads results never invents an empty database, and says when nothing was
analysed yet, so that "no reused passages" always means the analysis found none."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newstrace.cli import main

STORY = (
    "Council approves riverside flood barrier after years of delay\n\n"
    "The Ashford council voted on Tuesday to build a flood barrier along the river, "
    "ending a decade of argument about who should pay for it. The barrier will cost "
    "£12m and protect nearly 3,000 homes, the council said."
)

READERS = [
    ["reuse"],
    ["reuse", "--pairs"],
    ["stats"],
    ["analyze"],
    ["stories"],
    ["quotes"],
    ["claims"],
    ["entities"],
    ["search", "flood"],
    ["show", "abcd"],
    ["export", "--format", "json", "-o", "OUT/x.json"],
    ["report", "--html", "OUT/r.html"],
]


def invoke(db: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--db", str(db), "-q", *args])
    return result.exit_code, " ".join(result.output.split())


@pytest.mark.parametrize("args", READERS, ids=lambda a: " ".join(a[:2]))
def test_a_mistyped_database_path_is_an_error_not_an_empty_database(
    tmp_path: Path, args: list[str]
) -> None:
    db = tmp_path / "typo.db"
    args = [a.replace("OUT", str(tmp_path / "out")) for a in args]
    code, output = invoke(db, *args)
    assert code == 4, output
    assert "no database" in output and "typo.db" in output and "ingest" in output
    assert not db.exists()
    assert not (tmp_path / "out").exists()


def test_ingest_and_run_still_create_the_database(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "flood.txt").write_text(STORY, encoding="utf-8")
    code, _ = invoke(tmp_path / "a.db", "ingest", str(src))
    assert code == 0 and (tmp_path / "a.db").exists()
    code, _ = invoke(tmp_path / "b.db", "run", str(src), "-o", str(tmp_path / "out"))
    assert code == 0 and (tmp_path / "b.db").exists()


def test_reuse_before_analyze_says_to_analyse(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "flood.txt").write_text(STORY, encoding="utf-8")
    (src / "copy.txt").write_text(STORY.replace("Ashford", "Ashby"), encoding="utf-8")
    db = tmp_path / "n.db"
    assert invoke(db, "ingest", str(src))[0] == 0
    page = tmp_path / "r.html"
    for args in (["reuse"], ["reuse", "--pairs"], ["report", "--html", str(page)],
                 ["export", "--format", "json", "-o", str(tmp_path / "x.json")]):  # fmt: skip
        code, output = invoke(db, *args)
        assert code == 0 and "2 articles not analysed yet" in output, output
        assert "newstrace analyze" in output
    assert "2 articles not analysed yet" in page.read_text(encoding="utf-8")
    assert invoke(db, "analyze")[0] == 0
    code, output = invoke(db, "reuse")
    assert code == 0 and "not analysed" not in output


def test_reuse_of_an_empty_database_says_it_is_empty(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    db = tmp_path / "e.db"
    assert invoke(db, "ingest", str(tmp_path / "in"))[0] == 0
    for args in (["reuse"], ["reuse", "--pairs"], ["reuse", "--json"]):
        code, output = invoke(db, *args)
        assert code == 0 and "holds no articles" in output and "ingest" in output, output
