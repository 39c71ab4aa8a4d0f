"""The command line, end to end on small corpora written in the tests."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newstrace.cli import main

STORY = (
    "Council approves riverside flood barrier after years of delay\n\n"
    "The Ashford council voted on Tuesday to build a flood barrier along the river, "
    "ending a decade of argument about who should pay for it. The barrier will cost "
    "£12m and protect nearly 3,000 homes, the council said.\n\n"
    "Residents welcomed the decision but warned that work must start before winter."
)
OTHER = (
    "Library reopens with longer hours\n\n"
    "The central library reopened on Saturday after a six-month refurbishment, with new "
    "study rooms, a children's corner and opening hours extended to nine in the evening."
)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "flood.txt").write_text(STORY, encoding="utf-8")
    (folder / "library.txt").write_text(OTHER, encoding="utf-8")
    return folder


def invoke(db: Path, *args: str, input: bytes | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--db", str(db), "-q", *args], input=input)
    return result.exit_code, result.output


def test_ingest_twice_adds_nothing_the_second_time(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "n.db"
    code, output = invoke(db, "ingest", str(corpus))
    assert code == 0 and "added 2 articles" in output
    code, output = invoke(db, "ingest", str(corpus))
    assert code == 0 and "added 0 articles" in output and "unchanged" in output


def test_a_record_repeated_within_one_ingest_is_not_called_already_present(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    record = json.dumps({"id": "s1", "text": STORY, "source": "Ashford Post"}) + "\n"
    (folder / "a.jsonl").write_text(record, "utf-8")
    (folder / "b.jsonl").write_text(record, "utf-8")  # the same record in another file
    db = tmp_path / "n.db"
    code, output = invoke(db, "ingest", str(folder))
    assert code == 0 and "added 1 article" in output
    assert "1 repeated in this ingest" in output and "already in the database" not in output
    (folder / "c.jsonl").write_text(record, "utf-8")
    code, output = invoke(db, "ingest", str(folder))
    assert code == 0 and "1 already in the database" in output and "repeated" not in output


def test_run_twice_into_the_corpus_folder_does_not_ingest_its_own_outputs(
    tmp_path: Path, corpus: Path
) -> None:
    db = tmp_path / "n.db"
    out = corpus / "out"  # `newstrace run . -o out` from inside the corpus folder
    assert invoke(db, "run", str(corpus), "-o", str(out))[0] == 0
    code, output = invoke(db, "run", str(corpus), "-o", str(out))
    assert code == 0 and "added 0 articles" in output
    assert "report.html: a newstrace report" in output
    assert "analysis.json: a newstrace export" in output
    code, output = invoke(db, "stats")
    assert code == 0 and re.search(r"^\s*articles\s+2\s*$", output, re.MULTILINE)


def test_source_flag_names_the_outlet_of_plain_files(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "n.db"
    code, _ = invoke(db, "ingest", str(corpus), "--source", "Ashford Post")
    assert code == 0
    code, output = invoke(db, "stats")
    assert code == 0 and re.search(r"sources\s+Ashford Post 2\b", output), output


def test_a_folder_of_plain_files_naming_no_outlet_is_told_about_source(tmp_path: Path) -> None:
    from newstrace.cli import UNNAMED_HINT

    folder = tmp_path / "echo"
    folder.mkdir()
    for k in range(UNNAMED_HINT):
        (folder / f"story_{k}.txt").write_text(f"Story {k}. " + OTHER, "utf-8")
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "a.db"), "ingest", str(folder)])
    assert result.exit_code == 0 and "--source NAME" in result.output
    (folder / "story_0.txt").write_text("Another text. " + OTHER, "utf-8")
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "b.db"), "ingest", str(folder),
                                       "--source", "Riverton Echo"])  # fmt: skip
    assert result.exit_code == 0 and "--source NAME" not in result.output


def test_incremental_add_only_reads_new_files(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "n.db"
    invoke(db, "ingest", str(corpus))
    (corpus / "late.txt").write_text(STORY.replace("Tuesday", "Wednesday") + " More.", "utf-8")
    code, output = invoke(db, "ingest", str(corpus))
    assert code == 0
    assert "added 1 article" in output and "2 input(s) unchanged" in output


def test_bad_inputs_are_reported_and_strict_fails(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "n.db"
    (corpus / "broken.bin.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (corpus / "feed.jsonl").write_text(
        json.dumps({"text": OTHER.replace("library", "museum"), "source": "Gazette"})
        + "\n{not json\n",
        encoding="utf-8",
    )
    code, output = invoke(db, "ingest", str(corpus))
    assert code == 0
    assert "skipped" in output and "broken.bin.txt" in output and "feed.jsonl:2" in output
    assert "added 3 articles" in output
    code, output = invoke(tmp_path / "other.db", "--strict", "ingest", str(corpus))
    assert code == 3


def test_ingest_names_the_files_of_unknown_type_it_passed_over(
    tmp_path: Path, corpus: Path
) -> None:
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4")
    (corpus / "memo.pdf").write_bytes(b"%PDF-1.4")
    (corpus / "notes.docx").write_bytes(b"PK")
    code, output = invoke(tmp_path / "n.db", "ingest", str(corpus))
    assert code == 0 and "added 2 articles" in output
    assert "ignored 3 files (.pdf 2, .docx 1)" in " ".join(output.split())


def test_stdin_ingest(tmp_path: Path) -> None:
    code, output = invoke(tmp_path / "n.db", "ingest", "-", input=STORY.encode())
    assert code == 0 and "added 1 article" in output


def test_search_show_stats_export(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "n.db"
    invoke(db, "ingest", str(corpus))
    code, output = invoke(db, "search", "barrier")
    assert code == 0 and "flood" in output.lower()
    article_id = output.split()[0]
    code, output = invoke(db, "show", article_id[:6])
    assert code == 0 and "£12m" in output
    code, output = invoke(db, "show", "ffffffffffff")
    assert code == 5 and "no article" in output
    code, output = invoke(db, "stats", "--json")
    assert code == 0 and json.loads(output)["articles"] == 2
    out = tmp_path / "x.jsonl"
    code, _ = invoke(db, "export", "--format", "jsonl", "-o", str(out))
    assert code == 0
    kinds = [json.loads(line)["type"] for line in out.read_text().splitlines()]
    assert kinds.count("article") == 2


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    code, output = invoke(tmp_path / "n.db", "ingest", str(tmp_path / "nope"))
    flat = " ".join(output.split())  # the console may wrap long paths
    assert code == 3 and "nope" in flat and "no such file" in flat


def test_unusable_database_exit_code(tmp_path: Path, corpus: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 200)
    code, output = invoke(bad, "ingest", str(corpus))
    assert code == 4 and "not a newstrace database" in output


def test_unknown_mode_is_a_clear_error(tmp_path: Path, corpus: Path) -> None:
    import newstrace
    from newstrace.config import Settings
    from newstrace.errors import ConfigError

    settings = Settings().with_overrides({"reuse.align_mode": "telepathy"})
    with newstrace.open(tmp_path / "n.db", settings) as c:
        c.add(corpus)
        with pytest.raises(ConfigError, match="align_mode"):
            c.analyze()


@pytest.mark.parametrize("flag", ["--embed", "--embed-stories"])
def test_embed_flag_without_the_extra_says_how_to_install(
    tmp_path: Path, corpus: Path, flag: str
) -> None:
    from newstrace.stages.align import embed

    if embed.available():
        pytest.skip("the embed extra is installed here")
    invoke(tmp_path / "n.db", "ingest", str(corpus))
    code, output = invoke(tmp_path / "n.db", "analyze", flag)
    assert code == 2 and "newstrace[embed]" in output


def test_synonyms_flag_without_wordnet_says_how_to_install(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newstrace.stages.align import synonyms

    monkeypatch.setattr(synonyms, "wordnet_dir", lambda: None)
    invoke(tmp_path / "n.db", "ingest", str(corpus))
    code, output = invoke(tmp_path / "n.db", "analyze", "--synonyms")
    assert code == 2 and "newstrace[synonyms]" in output


def test_synonyms_without_paraphrase_seeds_is_a_clear_error(tmp_path: Path, corpus: Path) -> None:
    import newstrace
    from newstrace.config import Settings
    from newstrace.errors import ConfigError

    overrides = {"reuse.align_synonyms": True, "reuse.align_paraphrase": False}
    with newstrace.open(tmp_path / "n.db", Settings().with_overrides(overrides)) as c:
        c.add(corpus)
        with pytest.raises(ConfigError, match="align_paraphrase"):
            c.analyze()


def test_synonyms_flag_reaches_the_aligner(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newstrace.stages.align import synonyms

    calls: list[int] = []
    real = synonyms.relabel

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(synonyms, "wordnet_dir", lambda: tmp_path)  # passes the install check
    monkeypatch.setattr(synonyms, "synonym_map", lambda *a, **k: {"harbour": frozenset({"port"})})
    monkeypatch.setattr(synonyms, "relabel", counted)
    (corpus / "reprint.txt").write_text(
        "Barrier approved\n\n" + STORY.split("\n\n")[1] + "\n\nShopkeepers on the quay, "
        "flooded three times in five years, plan a street party when the work begins. The "
        "mayor is expected to attend, and the brass band has offered to play on the day.",
        encoding="utf-8",
    )  # shares a paragraph with STORY
    invoke(tmp_path / "n.db", "ingest", str(corpus))
    assert invoke(tmp_path / "n.db", "analyze")[0] == 0 and not calls
    assert invoke(tmp_path / "n.db", "analyze", "--force", "--synonyms")[0] == 0 and calls


def test_output_shows_text_with_brackets_literally(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    text = "Budget row [updated] as the council [bold]cuts[/bold] spending on parks by a third."
    code, _ = invoke(db, "ingest", "-", input=text.encode())
    assert code == 0
    code, output = invoke(db, "search", "parks")
    assert code == 0 and "[parks]" in output  # FTS highlight markers survive
    code, output = invoke(db, "show", output.split()[0])
    assert "[updated]" in output and "[bold]cuts[/bold]" in output


def test_run_then_listing_commands(tmp_path: Path, corpus: Path) -> None:
    (corpus / "reprint.txt").write_text(
        "Barrier approved\n\n" + STORY.split("\n\n")[1] + "\n\nShopkeepers on the quay, "
        "flooded three times in five years, plan a street party when the work begins. A local "
        "reader said: \u201cIt is about time.\u201d The mayor is expected to attend, and the "
        "brass band has offered to play on the day.", encoding="utf-8",
    )  # fmt: skip
    out = tmp_path / "out"
    code, output = invoke(tmp_path / "x.db", "run", str(corpus), "-o", str(out))
    assert code == 0 and (out / "report.html").exists() and (out / "analysis.json").exists()
    db = tmp_path / "x.db"
    for command in ("reuse", "stories", "quotes", "claims"):
        code, output = invoke(db, command, "--json")
        assert code == 0, output
        rows = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
        assert rows, command
    code, output = invoke(db, "quotes", "--speaker", "reader")
    assert code == 0 and "It is about time" in output
    code, output = invoke(db, "claims")
    assert "12m" in output or "12,000,000" in output


def test_analyze_with_a_missing_spacy_model_says_why(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "n.db"
    invoke(db, "ingest", str(corpus))
    code, output = invoke(db, "analyze", "--spacy-model", str(tmp_path / "no-such-pipeline"))
    assert code == 2
    assert "no-such-pipeline" in output.replace("\n", "")  # a long temp path wraps at 80 columns


def _related(tmp_path: Path, with_pair: bool = False) -> tuple[Path, Any, Any]:
    """A store of two articles sharing a paraphrased passage with no direction (related),
    optionally with their pair record; the store and the two articles."""
    from newstrace import records as R
    from newstrace.stages.ingest import make_article
    from newstrace.store import Store

    a = make_article("Overnight beds on the ward will close from 1 July.", source="Times")
    b = make_article("From 1 July no child will stay on the ward overnight.", source="Chronicle")
    al = R.Alignment(R.Span(a.id, 0, 50), R.Span(b.id, 0, 53), "paraphrase", 0.55)
    prov = (
        R.Provenance(a.id, 0.0, "non", {}, related_with=(b.id,)),
        R.Provenance(b.id, 0.0, "non", {}, related_with=(a.id,)),
    )
    pairs = (R.ReusePair(a.id, b.id, "related", "none", 0.42, 0.37, 1, ("paraphrase",)),)
    db = tmp_path / "u.db"
    with Store(db) as store:
        store.add_articles([a, b])
        store.save_records(
            R.RecordSet(alignments=(al,), provenance=prov, pairs=pairs if with_pair else ()),
            ["alignments", "provenance", "pairs"], [],
        )  # fmt: skip
    return db, a, b


def test_reuse_shows_undirected_pairs_without_a_direction(tmp_path: Path) -> None:
    """Pairs with no evidence of direction are listed as sharing an unseen source or as
    related, and their passages are not shown as "source" and "reused in"."""
    db, _, _ = _related(tmp_path)
    code, output = invoke(db, "reuse")
    assert code == 0, output
    assert "no evidence of who drew on whom" in output
    assert "shared by: Times" in output and "reused in" not in output


def test_reuse_names_each_article_with_an_id_prefix_that_reuse_and_show_accept(
    tmp_path: Path,
) -> None:
    from newstrace import records as R
    from newstrace.stages.ingest import make_article
    from newstrace.store import Store

    a = make_article("Overnight beds on the ward will close from 1 July.", source="Times")
    b = make_article("Overnight beds on the ward will close from 1 July, a nurse said.",
                     source="Chronicle")  # fmt: skip
    al = R.Alignment(R.Span(a.id, 0, 50), R.Span(b.id, 0, 50), "verbatim", 1.0)
    db = tmp_path / "u.db"
    with Store(db) as store:
        store.add_articles([a, b])
        store.save_records(R.RecordSet(alignments=(al,)), ["alignments"], [])
    result = CliRunner().invoke(main, ["--db", str(db), "-q", "reuse"], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    assert f"id {a.id[:8]}" in result.output and f"id {b.id[:8]}" in result.output
    for given in (a.id[:8], f"#{a.id[:8]}"):  # as printed, or as a "#" reference
        code, output = invoke(db, "show", given)
        assert code == 0 and "Overnight beds" in output


def test_an_ambiguous_id_prefix_is_answered_with_the_ids_it_matches(tmp_path: Path) -> None:
    from newstrace.stages.ingest import make_article
    from newstrace.store import Store

    # 17 articles: two of them share their first hex digit
    arts = [make_article(f"Story number {n} about the harbour and its ferries.", source="P")
            for n in range(17)]  # fmt: skip
    by_digit: dict[str, list[str]] = {}
    for art in arts:
        by_digit.setdefault(art.id[0], []).append(art.id)
    digit, ids = next((d, i) for d, i in sorted(by_digit.items()) if len(i) > 1)
    db = tmp_path / "u.db"
    with Store(db) as store:
        store.add_articles(arts)
    code, output = invoke(db, "reuse", digit)
    assert code == 5
    assert "more than one article" in output and "give more of the id" in output
    flat = "".join(output.split())  # the console wraps long lines
    assert all(i in flat for i in ids[:3])


def test_a_library_warning_does_not_shadow_our_message_about_an_input(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><body></body></html>", encoding="utf-8")
    code, output = invoke(tmp_path / "n.db", "ingest", str(page))
    assert code == 0 and "no main text found" in output
    assert not [r for r in caplog.records if r.name.startswith("trafilatura")]


def test_reuse_gives_the_share_an_article_has_in_common_with_an_undirected_partner(
    tmp_path: Path,
) -> None:
    db, a, _ = _related(tmp_path, with_pair=True)
    code, output = invoke(db, "reuse", a.id[:8])
    flat = " ".join(output.split())
    assert code == 0 and "42% with Chronicle" in flat


def test_an_undirected_pair_lists_its_articles_in_corpus_order_with_their_shares(
    tmp_path: Path,
) -> None:
    from newstrace import records as R
    from newstrace.stages.ingest import make_article
    from newstrace.store import Store

    a = make_article("Overnight beds on the ward will close from 1 July.", source="Times")
    b = make_article("From 1 July no child will stay on the ward overnight.", source="Chronicle")
    # the record names the later article first, as a pair with no direction may
    pair = R.ReusePair(b.id, a.id, "related", "none", 0.42, 0.37, 1, ("paraphrase",))
    db = tmp_path / "u.db"
    with Store(db) as store:
        store.add_articles([a, b])
        store.save_records(R.RecordSet(pairs=(pair,)), ["pairs"], [])
    code, output = invoke(db, "reuse", "--pairs")
    flat = " ".join(output.split())
    assert code == 0 and flat.index("Times ·") < flat.index("Chronicle ·")
    assert "37% / 42%" in flat


def test_every_option_of_every_command_says_what_it_does() -> None:
    import click

    missing = [
        f"{name} {'/'.join(p.opts)}"
        for name, cmd in main.commands.items()
        for p in cmd.params
        if isinstance(p, click.Option) and not p.help and p.name != "help"
    ]
    assert missing == []


def test_a_search_query_fts_cannot_read_says_how_to_write_it(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "n.db"
    invoke(db, "ingest", str(corpus))
    code, output = invoke(db, "search", "e-mail")
    flat = " ".join(output.split())
    assert code != 0 and "bad search query" in flat and "in double quotes" in flat


def test_listings_in_json_give_the_text_each_span_covers(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "n.db"
    invoke(db, "ingest", str(corpus))
    invoke(db, "analyze")
    result = CliRunner().invoke(main, ["--db", str(db), "-q", "claims", "--json"])
    rows = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert result.exit_code == 0 and rows
    assert "£12m" in {row["span"]["text"] for row in rows}


def test_db_is_taken_after_the_command_name_too(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "after.db"
    result = CliRunner().invoke(main, ["-q", "ingest", str(corpus), "--db", str(db)])
    assert result.exit_code == 0 and db.exists()
    result = CliRunner().invoke(main, ["stats", "--json", "--db", str(db)])
    assert result.exit_code == 0 and json.loads(result.output)["articles"] == 2
