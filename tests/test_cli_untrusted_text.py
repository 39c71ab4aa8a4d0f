"""Article fields come from the web: the command line prints them as they are written, and
never lets them drive the terminal (escape sequences) or rich (markup, emoji codes)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newstrace.cli import main

BODY = (
    "The harbour board said on Tuesday that the new ferry terminal would open in spring after "
    "two years of delays, and that fares would stay the same for people living on the island. "
    "The old pier is to become a park with a small museum about the fishing boats that once "
    "sailed from it, the board added."
)


def invoke(db: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--db", str(db), "-q", *args])
    return result.exit_code, result.output


def ingest(tmp_path: Path, *records: dict[str, str]) -> Path:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "n.db"
    code, output = invoke(db, "ingest", str(feed))
    assert code == 0, output
    return db


def test_show_prints_fields_literally_without_escape_sequences(tmp_path: Path) -> None:
    db = ingest(tmp_path, {
        "title": "Ferry news \x1b]0;owned\x07\x1b[2J[bold]now[/bold]",
        "source": "Harbour [red]Times[/red] \x9b31m",
        "text": "A :fire: sale [link=https://example.invalid]here[/link]. " + BODY,
    })  # fmt: skip
    code, output = invoke(db, "search", "ferry")  # the id, to show the article
    article_id = output.split()[0]
    code, output = invoke(db, "show", article_id)
    assert code == 0, output
    assert not any(c in output for c in "\x1b\x07\x9b")  # nothing reaches the terminal raw
    assert "[2J[bold]now[/bold]" in output and "Harbour [red]Times[/red] 31m" in output
    assert "A :fire: sale [link=https://example.invalid]here[/link]." in output


def test_reuse_tables_print_titles_literally(tmp_path: Path) -> None:
    db = ingest(
        tmp_path,
        {"title": "Terminal \x1b[31m:thumbs_up:", "source": "Isle Post",
         "published": "2026-03-01", "text": BODY},
        {"title": "Copy [blink]x", "source": "Mainland News", "published": "2026-03-02",
         "text": BODY + " Ticket offices open at seven."},
    )  # fmt: skip
    assert invoke(db, "analyze")[0] == 0
    code, output = invoke(db, "reuse")
    assert code == 0, output
    assert "\x1b" not in output
    assert "Terminal [31m:thumbs_up:" in output and "Copy [blink]x" in output
    code, output = invoke(db, "stories", "--json")  # JSON lines, as they were written
    assert code == 0 and ":thumbs_up:" in json.loads(output.splitlines()[0])["label"], output


def test_a_skipped_file_name_and_an_ignored_ending_print_literally(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad\x1b[2J.json").write_text("{not json", encoding="utf-8")
    (folder / "notes.[red]").write_text(BODY, encoding="utf-8")
    code, output = invoke(tmp_path / "n.db", "ingest", str(folder))
    assert code == 0, output
    assert "\x1b" not in output and "bad[2J.json" in output
    assert ".[red] 1" in output


def test_a_lone_surrogate_escape_spoils_one_character_not_the_file(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [  # "\\ud83d": half of an emoji's escape, cut by a scraper
        '{"title": "Cut \\ud83d", "source": "Isle Post", "text": "Fares \\udc00 stay. '
        + BODY + '"}',
        json.dumps({"source": "Mainland News", "text": "Ticket offices open at seven. " + BODY}),
    ]  # fmt: skip
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "n.db"
    code, output = invoke(db, "ingest", str(feed))
    assert code == 0 and "added 2 articles" in output, output
    out = tmp_path / "x.json"
    assert invoke(db, "export", "-o", str(out))[0] == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    titles = {a["title"] for a in data["articles"]}
    assert "Cut \ufffd" in titles


def test_bidi_overrides_do_not_reach_the_terminal(tmp_path: Path) -> None:
    # a right-to-left override would show the rest of the line reversed ("gnp.exe" as
    # "exe.png"); an isolate would move the next columns' text
    db = ingest(tmp_path, {
        "title": "Ferry \u202egnp.exe\u202c news \u2067\u05de\u05e2\u05d1\u05d5\u05e8\u2069",
        "source": "Harbour Times",
        "text": BODY,
    })  # fmt: skip
    code, output = invoke(db, "search", "ferry")
    assert code == 0, output
    article_id = output.split()[0]
    code, output = invoke(db, "show", article_id)
    assert code == 0, output
    assert not any(c in output for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert "Ferry gnp.exe news \u05de\u05e2\u05d1\u05d5\u05e8" in output  # the text itself stays
