"""`claims`, `quotes` and `stories` on a large corpus: the table shows the first N rows (-n)
and says how many it left out, instead of printing tens of thousands of rows; --json still
prints every record."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstrace.cli import SHORT_STORY_ID, main

NUMBERS = " ".join(
    f"Ward {i} recorded {100 + i} complaints about potholes in {2000 + i}." for i in range(1, 13)
)
QUOTES = " ".join(
    f"\u201cThe road on ward {i} is a disgrace,\u201d said councillor Mara Venn."
    for i in range(1, 9)
)
TOPICS = ("harbour", "library", "bypass", "hospital", "school")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    roads = f"Pothole complaints soar\n\n{NUMBERS}\n\n{QUOTES}\n"
    (folder / "roads.txt").write_text(roads, "utf-8")
    for i, topic in enumerate(TOPICS):
        text = (
            f"The {topic} plan for Dunmore was approved on Monday by the county board. "
            f"Work on the {topic} starts in spring and will cost {i + 2} million pounds."
        )
        (folder / f"{topic}.txt").write_text(f"{topic.title()} plan approved\n\n{text}\n", "utf-8")
    path = folder / "n.db"
    assert CliRunner().invoke(main, ["--db", str(path), "-q", "run", str(folder), "-o",
                                     str(folder / "out")]).exit_code == 0  # fmt: skip
    return path


def _invoke(db: Path, *args: str) -> tuple[str, str]:
    result = CliRunner().invoke(main, ["--db", str(db), "-q", *args])
    assert result.exit_code == 0, result.output
    return result.stdout, result.stderr


def _rows(stdout: str) -> int:
    return sum(1 for line in stdout.splitlines() if line.startswith("│ ") and line[2] != " ")


@pytest.mark.parametrize("command", ["claims", "quotes"])
def test_a_listing_shows_at_most_n_rows_and_says_how_many_more(db: Path, command: str) -> None:
    every = [json.loads(x) for x in _invoke(db, command, "--json")[0].splitlines() if x]
    assert len(every) > 3
    stdout, stderr = _invoke(db, command, "-n", "3")
    assert _rows(stdout) == 3
    assert f"{len(every) - 3} more" in stderr and "-n" in stderr


def test_stories_shows_the_largest_n(db: Path) -> None:
    every = [json.loads(x) for x in _invoke(db, "stories", "--json")[0].splitlines() if x]
    assert len(every) > 1
    stdout, stderr = _invoke(db, "stories", "-n", "1")
    shown = [s for s in every if s["id"][:SHORT_STORY_ID] in stdout]
    assert len(shown) == 1
    assert min(len(s["articles"]) for s in shown) >= max(
        len(s["articles"]) for s in every if s not in shown
    )
    assert f"{len(every) - 1} more" in stderr


def test_json_is_not_limited(db: Path) -> None:
    every = [x for x in _invoke(db, "claims", "--json")[0].splitlines() if x]
    limited = _invoke(db, "claims", "--json", "-n", "3")[0]
    assert len([x for x in limited.splitlines() if x]) == len(every)


def test_reuse_limits_each_table_not_only_the_passages(db: Path) -> None:
    pairs = [x for x in _invoke(db, "reuse", "--pairs", "--json")[0].splitlines() if x]
    assert len(pairs) > 2
    stdout, stderr = _invoke(db, "reuse", "--pairs", "-n", "2")
    assert len(re.findall(r"\d+% / \d+%", stdout)) == 2  # a row's shares (src / tgt)
    assert f"{len(pairs) - 2} more pairs" in stderr
    stdout, stderr = _invoke(db, "reuse", "-n", "1")
    assert "more pairs" in stderr and "more articles" in stderr


def test_pairs_say_what_their_direction_evidence_means(db: Path) -> None:
    every = [json.loads(x) for x in _invoke(db, "reuse", "--pairs", "--json")[0].splitlines() if x]
    stdout, _ = _invoke(db, "reuse", "--pairs", "-n", "100")
    flat = " ".join(stdout.split())
    for evidence in {p["evidence"] for p in every}:
        assert f"{evidence}: " in flat, evidence


@pytest.mark.parametrize("command", ["reuse", "stories", "quotes", "claims", "entities"])
def test_a_negative_n_is_bad_usage(db: Path, command: str) -> None:
    # a negative count would slice from the end and say "3 more" of a list of two
    result = CliRunner().invoke(main, ["--db", str(db), "-q", command, "-n", "-1"])
    assert result.exit_code == 2 and "-1 is not in the range" in result.output


def test_an_empty_article_id_is_a_usage_error(db: Path) -> None:
    # an empty shell variable printed the whole corpus (a review)
    result = CliRunner().invoke(main, ["--db", str(db), "reuse", ""])
    assert result.exit_code == 2 and "article id is empty" in result.output
