"""An undated article keeps the publication range its text implies, for readers and exports."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newstrace.cli import main
from newstrace.report.html import dated
from newstrace.stages.ingest.article import make_article

FOLLOW_UP = (
    "Four months on, the council met on 13 July 2026 to hear why the Colby pumps failed. "
    "Engineers will report to it again on 2 December 2026."
)


def test_an_undated_article_keeps_the_range_its_text_implies() -> None:
    art = make_article(FOLLOW_UP)
    assert art.metadata["published_after"] == "2026-07-13"
    assert art.metadata["published_before"] == "2026-12-02"
    assert "13 July 2026" in art.metadata["published_inferred_from"]
    assert dated(art) == "no date; between 2026-07-13 and 2026-12-02 by its text"


def test_a_dated_article_or_one_with_no_dates_in_its_text_gets_no_range() -> None:
    assert "published_after" not in make_article(FOLLOW_UP, published="2026-07-20").metadata
    plain = make_article("The pumps failed again, the council said.")
    assert not plain.metadata and dated(plain) == "no date"


def test_show_prints_the_inferred_range(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "followup.txt").write_text(FOLLOW_UP, encoding="utf-8")
    db = str(tmp_path / "x.db")
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db, "-q", "ingest", str(tmp_path / "c")]).exit_code == 0
    art = make_article(FOLLOW_UP, source="followup")
    got = runner.invoke(main, ["--db", db, "show", art.id[:8]])
    assert got.exit_code == 0, got.output
    assert "unknown; between 2026-07-13 and 2026-12-02 by its text" in got.output


def test_the_report_shows_the_inferred_range() -> None:
    from newstrace.records import RecordSet
    from newstrace.report.html import render

    page = render(RecordSet(articles=(make_article(FOLLOW_UP, source="Courier"),)))
    assert "no date; between 2026-07-13 and 2026-12-02 by its text" in page


def test_a_feed_field_of_the_same_name_is_not_shown_as_the_texts_range(tmp_path: Path) -> None:
    """A feed's own ``published_after`` field (a crawler's query bound) is kept as it is, and
    neither the CLI nor the report says the text implies it."""
    import json

    record = {"text": FOLLOW_UP, "source": "Courier", "published_after": "2020-01-01"}
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = str(tmp_path / "x.db")
    runner = CliRunner()
    got = runner.invoke(main, ["--db", db, "-q", "ingest", str(tmp_path / "feed.jsonl")])
    assert got.exit_code == 0, got.output
    art = make_article(FOLLOW_UP, metadata={"published_after": "2020-01-01"})
    assert art.metadata == {"published_after": "2020-01-01"}  # the feed's field, untouched
    assert dated(art) == "no date"
    out = tmp_path / "x.json"
    assert runner.invoke(main, ["--db", db, "export", "-o", str(out)]).exit_code == 0
    (stored,) = json.loads(out.read_text(encoding="utf-8"))["articles"]
    assert stored["metadata"]["published_after"] == "2020-01-01"
    shown = runner.invoke(main, ["--db", db, "show", stored["id"][:8]])
    assert shown.exit_code == 0, shown.output
    assert "by its text" not in shown.output
