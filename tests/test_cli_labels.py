"""``newstrace reuse`` names articles so that a reader can check a direction "by date".

An article and its updated version (same outlet, same headline) must be told apart, the date
a direction rests on must be shown, a headline is cut between words, and a passage that is
not identical is never shown with a score of 1.00.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from click.testing import CliRunner

from newstrace import records as R
from newstrace.cli import main
from newstrace.stages.ingest import make_article
from newstrace.store import Store
from versions import store_versions

V1 = (
    "The Kellby ferry was suspended after an engine fault left it drifting for two hours; "
    "340 passengers were brought back to the quay shortly before eight in the evening, and "
    "the operator said engineers would inspect the vessel overnight before any decision."
)
V2 = V1.replace("340", "430") + " A fuel pump had failed, the operator said on Friday."
TITLE = "Ferry suspended after engine fault leaves passengers stranded"


def _db(tmp_path: Path) -> Path:
    v1 = make_article(V1, source="Gazette", title=TITLE, published="2026-11-20T08:05:00+00:00")
    v2 = make_article(V2, source="Gazette", title=TITLE, published="2026-11-20T11:40:00")
    store_versions(tmp_path / "x.db", v1, v2, 0.998)
    return tmp_path / "x.db"


def _reuse(db: Path) -> str:
    result = CliRunner(env={"COLUMNS": "400"}).invoke(main, ["--db", str(db), "-q", "reuse"])
    assert result.exit_code == 0, result.output
    return result.output


def test_versions_are_told_apart_by_their_dates(tmp_path: Path) -> None:
    text = _reuse(_db(tmp_path))
    assert "2026-11-20 08:05 +00:00" in text
    assert "2026-11-20 11:40 (no time zone)" in text


def test_headline_cut_between_words(tmp_path: Path) -> None:
    text = _reuse(_db(tmp_path))
    words = set(TITLE.split())
    shown = [w for line in text.splitlines() if "Gazette ·" in line for w in line.split()]
    assert shown
    cut = [w for w in shown if w.isalpha() and w not in words and w.lower() in TITLE.lower()]
    assert not cut, cut


def test_an_edited_passage_is_not_scored_1_00(tmp_path: Path) -> None:
    text = _reuse(_db(tmp_path))
    assert "[edited 0.99]" in text and "[edited 1.00]" not in text


def test_html_report_scores_round_down(tmp_path: Path) -> None:
    import newstrace

    with newstrace.open(_db(tmp_path)) as corpus:
        html = corpus.report(tmp_path / "r.html").read_text(encoding="utf-8")
    assert "edited</span> 0.99" in html and "edited</span> 1.00" not in html


def test_duplicates_only_is_not_reported_as_no_reuse(tmp_path: Path) -> None:
    """A near-duplicate group (an article and its corrected version) is reuse: the closing
    line must not say "no reused passages" without naming the groups shown above it."""
    v1 = make_article(V1, source="Gazette", title=TITLE, published="2026-11-20T08:05:00+00:00")
    v2 = make_article(V1.replace("340", "430"), source="Gazette", title=TITLE)
    group = R.DuplicateGroup("dup-1", "near", v1.id, (v1.id, v2.id), 0.91)
    prov = (
        R.Provenance(v1.id, 0.0, "non", {}, (), ()),
        R.Provenance(v2.id, 1.0, "wholly", {v1.id: 1.0}, (), ()),
    )
    db = tmp_path / "d.db"
    with Store(db) as store:
        store.add_articles([v1, v2])
        store.save_records(
            R.RecordSet(duplicates=(group,), provenance=prov),
            ["duplicates", "provenance"],
            [v1.id, v2.id],
        )
    text = _reuse(db)
    assert "Duplicate groups" in text
    assert "no reused passages" not in text or "duplicate" in text.split("no reused passages")[1]
    assert "340 → 430" in text  # the corrected figure of the update is shown


def test_a_near_duplicates_changes_are_in_the_report_and_the_web_page(tmp_path: Path) -> None:
    import newstrace

    v1 = make_article(V1, source="Gazette", title=TITLE, published="2026-11-20T08:05:00+00:00")
    v2 = make_article(V1.replace("340", "430") + " Repairs will take a week.", source="Gazette")
    group = R.DuplicateGroup("dup-1", "near", v1.id, (v1.id, v2.id), 0.91)
    db = tmp_path / "d.db"
    with Store(db) as store:
        store.add_articles([v1, v2])
        store.save_records(R.RecordSet(duplicates=(group,)), ["duplicates"], [v1.id, v2.id])
    with newstrace.open(db) as corpus:
        page = corpus.report(tmp_path / "r.html").read_text(encoding="utf-8")
    assert "340 → 430; + “Repairs will take a week.”" in page


def test_an_edited_passage_lists_its_edits(tmp_path: Path) -> None:
    import newstrace

    text = _reuse(_db(tmp_path))
    assert "changed: 340 → 430" in text  # the middle of a long passage is elided above
    with newstrace.open(tmp_path / "x.db") as corpus:
        page = corpus.report(tmp_path / "r.html").read_text(encoding="utf-8")
    assert "changed: 340 → 430" in page


def test_shares_round_down_and_a_small_share_is_not_zero() -> None:
    from newstrace.report.html import share_text

    assert share_text(0.9969) == "99%" and share_text(1.0) == "100%"
    assert share_text(0.29) == "29%"  # 28.999999... in binary floating point
    assert share_text(0.004) == "<1%" and share_text(0.0) == "0%"


def test_an_untitled_article_is_named_by_its_first_words() -> None:
    from newstrace.cli import _source

    a = make_article("The ferry to Skerrin was cancelled again on Monday after a storm.", id="u")
    b = make_article("The council has approved the new bus lane on Mill Road.", id="v")
    arts = {"u": dataclasses.replace(a, title=None), "v": dataclasses.replace(b, title=None)}
    named = _source(arts, "u")
    assert "“The ferry to Skerrin was cancelled again …”" in named
    assert named != _source(arts, "v")


def test_reuse_lists_at_most_n_copies_of_a_group(tmp_path: Path) -> None:
    wire = make_article(V1, source="Agency", title=TITLE, published="2026-11-20T08:05:00+00:00")
    copies = [make_article(V1, source=f"Paper {i}", title=TITLE) for i in range(5)]
    members = (wire.id, *(c.id for c in copies))
    group = R.DuplicateGroup("dup-1", "exact", wire.id, members, 1.0)
    db = tmp_path / "d.db"
    with Store(db) as store:
        store.add_articles([wire, *copies])
        store.save_records(R.RecordSet(duplicates=(group,)), ["duplicates"], list(members))
    result = CliRunner().invoke(main, ["--db", str(db), "reuse", "-n", "2"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Paper 1" in result.output and "Paper 3" not in result.output
    assert "3 more copies" in result.output


def test_a_change_across_a_paragraph_break_is_shown_on_one_line() -> None:
    from newstrace.report.html import changes_text

    canonical = "The plan starts this summer.\n\nNearly 12,000 homes will be offered help."
    copy = "The plan starts on Thursday.\n\nSome 9,000 homes will be offered help."
    shown = changes_text(canonical, copy)
    assert "\n" not in shown
    assert "summer. ¶ Nearly 12,000" in shown and "Thursday. ¶ Some 9,000" in shown


def test_claim_values_are_written_out_not_in_scientific_notation() -> None:
    from newstrace.report.html import number_text

    assert number_text(2e9) == "2,000,000,000" and number_text(4.5e6) == "4,500,000"
    assert number_text(27.5) == "27.5" and number_text(1 / 3) == "0.333333"
    assert number_text(1234.5678) == "1,234.57" and number_text(-3.0) == "-3"
