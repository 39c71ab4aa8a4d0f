"""`newstrace stories` prints one line per story on an 80-column terminal: its short id, its
first and last day in full (YYYY-MM-DD), its number of articles and its label, cut with "…"
where the line ends; a wider terminal adds the number of sources and the storyline.  Before,
the label got an 8-character column, one word per line, and the dates were cut to "2026-05…".
`--json` prints the story records as they are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstrace import records as R
from newstrace.cli import NARROW, SHORT_STORY_ID, STORYLINE_COLUMNS, main
from newstrace.report.export import record_dict
from newstrace.stages.ingest import make_article
from newstrace.store import Store

LONG = "Nearly 12,000 North Fenshire homes to get free insulation in £2bn scheme as winter nears"


def _db(tmp_path: Path) -> tuple[Path, list[R.Story]]:
    arts = [
        make_article(f"Article {i} on the insulation scheme and the ferry.",
                     source=f"Outlet {i % 2}", published=f"2026-05-1{i}T09:30:00+01:00")
        for i in range(4)
    ]  # fmt: skip
    stories = [
        R.Story("s20d72ac79223", LONG, (arts[0].id, arts[1].id, arts[2].id),
                "2026-05-10T09:30:00+01:00", "2026-05-12T09:30:00+01:00", ("North Fenshire",),
                "l9214b81fc900"),
        R.Story("sd1b95d90d001", "First homes insulated", (arts[3].id,),
                "2026-06-10T08:00:00+01:00", "2026-06-10T08:00:00+01:00", (), "l9214b81fc900"),
    ]  # fmt: skip
    line = R.Storyline("l9214b81fc900", "insulation", tuple(s.id for s in stories))
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add_articles(arts)
        store.save_records(R.RecordSet(stories=tuple(stories), storylines=(line,)),
                           ["stories", "storylines"], [a.id for a in arts])  # fmt: skip
    return path, stories


def _stories(db: Path, columns: int, *args: str) -> str:
    result = CliRunner(env={"COLUMNS": str(columns)}).invoke(
        main, ["--db", str(db), "-q", "stories", *args]
    )
    assert result.exit_code == 0, result.output
    return result.stdout


def _line_of(text: str, story: R.Story) -> str:
    lines = [line for line in text.splitlines() if story.id[:SHORT_STORY_ID] in line]
    assert len(lines) == 1, text
    return lines[0]


def test_80_columns_give_one_readable_line_per_story(tmp_path: Path) -> None:
    db, stories = _db(tmp_path)
    text = _stories(db, 80)
    assert len(text.splitlines()) == 1 + len(stories)  # the header and one line each
    assert all(len(line.rstrip()) <= 80 for line in text.splitlines())
    first = _line_of(text, stories[0])
    assert "2026-05-10" in first and "2026-05-12" in first and "…" in first
    assert stories[0].id[: SHORT_STORY_ID + 1] not in first  # the short id
    assert "Nearly 12,000 North Fenshire homes" in first  # the label has the room
    assert "First homes insulated" in _line_of(text, stories[1])


def test_wider_terminals_show_sources_then_the_storyline(tmp_path: Path) -> None:
    db, stories = _db(tmp_path)
    header = _stories(db, 80).splitlines()[0]
    assert "sources" not in header and "storyline" not in header
    text = _stories(db, NARROW)
    assert "sources" in text.splitlines()[0] and "storyline" not in text.splitlines()[0]
    text = _stories(db, STORYLINE_COLUMNS + 60)
    first = _line_of(text, stories[0])
    assert LONG in first and "l9214b81f (2 stories)" in first
    assert " 2 " in first  # two sources


@pytest.mark.parametrize("columns", [40, 80, 200])
def test_json_prints_the_story_records_as_they_are(tmp_path: Path, columns: int) -> None:
    db, stories = _db(tmp_path)
    got = [json.loads(line) for line in _stories(db, columns, "--json").splitlines()]
    assert got == [record_dict(s, {}, with_text=True) for s in stories]
    assert set(got[0]) == {"id", "label", "articles", "first_seen", "last_seen", "entities",
                           "storyline"}  # fmt: skip
