"""`newstrace story ID` shows a story in sections: its articles (numbered), its storyline with
the other stories in it, its quotes by speaker with the article each came from, its numbers,
and the passages reused inside it; each section holds at most -n rows and says how to see
the rest.  `--json` prints it all as one object, each span with its text.  A wrong or
ambiguous id is answered as `show` answers one for an article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstrace import records as R
from newstrace.cli import main
from newstrace.report.export import record_dict
from newstrace.stages.ingest import make_article
from newstrace.store import Store

WIRE = "The Skerrin Island ferry will stay in port for three weeks after an engine failure."
QUOTE = "We are sorry for the disruption to islanders"
TEXT_A = f"{WIRE} \u201c{QUOTE},\u201d said Moira Dunn. About 340 passengers were stranded."
TEXT_B = f"{WIRE} Harbour master Ian Brae said a spare part would take 21 days to arrive."
TEXT_C = "The Skerrin Island ferry is back in service after repairs costing 80,000 pounds."


def _span(a: R.Article, part: str) -> R.Span:
    start = a.text.index(part)
    return R.Span(a.id, start, start + len(part))


@pytest.fixture()
def db(tmp_path: Path) -> tuple[Path, dict[str, R.Article], tuple[R.Story, ...]]:
    a = make_article(
        TEXT_A,
        source="Island Times",
        title="Ferry halted by engine failure",
        published="2026-05-21T08:00:00+01:00",
    )
    b = make_article(
        TEXT_B,
        source="Coast Herald",
        title="Ferry out for three weeks",
        published="2026-05-21T11:00:00+01:00",
    )
    c = make_article(TEXT_C, source="Island Times", title="Ferry back in service",
                     published="2026-06-12T08:00:00+01:00")  # fmt: skip
    stories = (
        R.Story("s3dcded3f1a00", "Skerrin Island ferry halted for three weeks", (a.id, b.id),
                "2026-05-21T08:00:00+01:00", "2026-05-21T11:00:00+01:00", ("Skerrin Island",),
                "l11093098aaaa"),
        R.Story("s3dd00000000b", "Skerrin Island ferry back in service", (c.id,),
                "2026-06-12T08:00:00+01:00", "2026-06-12T08:00:00+01:00", (), "l11093098aaaa"),
    )  # fmt: skip
    line = R.Storyline("l11093098aaaa", "Skerrin Island, ferry", tuple(s.id for s in stories))
    records = R.RecordSet(
        stories=stories, storylines=(line,),
        quotes=(R.Quote(a.id, _span(a, QUOTE), "direct", speaker="Moira Dunn"),
                R.Quote(b.id, _span(b, "a spare part would take 21 days to arrive"),
                        "indirect", speaker="Ian Brae")),
        claims=(R.Claim(a.id, _span(a, "340"), 340.0, counts=_span(a, "passengers")),
                R.Claim(b.id, _span(b, "21 days"), 21.0, unit="day"),
                R.Claim(c.id, _span(c, "80,000 pounds"), 80000.0, unit="GBP")),
        alignments=(R.Alignment(_span(a, WIRE), _span(b, WIRE), "verbatim", 1.0),),
        pairs=(R.ReusePair(a.id, b.id, "derived", "date", 0.5, 0.5, 1, ("verbatim",)),),
    )  # fmt: skip
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add_articles([a, b, c])
        store.save_records(records, ["stories", "storylines", "quotes", "claims", "alignments",
                                     "pairs"], [a.id, b.id, c.id])  # fmt: skip
    return path, {"a": a, "b": b, "c": c}, stories


def _story(db: Path, *args: str, columns: int = 80) -> tuple[int, str, str]:
    result = CliRunner(env={"COLUMNS": str(columns)}).invoke(
        main, ["--db", str(db), "-q", "story", *args]
    )
    return result.exit_code, result.stdout, result.stderr


def test_a_story_is_shown_in_sections(db: tuple[Path, dict[str, R.Article], tuple]) -> None:
    path, arts, stories = db
    code, text, _ = _story(path, stories[0].id[:6])
    assert code == 0, text
    flat = " ".join(text.split())
    titles = [
        "Articles (2)",
        "Storyline: Skerrin Island, ferry (2 stories)",
        "Quotes by speaker (2)",
        "Numbers (2)",
        "Reused passages inside the story (1)",
    ]
    assert [t for t in titles if t in text] == titles  # each section, in this order
    assert [text.index(t) for t in titles] == sorted(text.index(t) for t in titles)
    assert "[1] Island Times · Ferry halted by engine failure" in flat
    assert "(this story)" in flat and "Skerrin Island ferry back in service" in flat
    assert f"Moira Dunn (1) {QUOTE} — [1] Island Times" in flat  # the quote and its article
    assert "Ian Brae (1)" in flat and "— [2] Coast Herald" in flat
    assert "340 (340; counts: passengers) — [1] Island Times" in flat
    assert "80,000" not in flat  # a number of the other story
    assert "[1] Island Times → [2] Coast Herald [verbatim 1.00]" in flat and WIRE in flat
    assert all(len(line) <= 80 for line in text.splitlines())


def test_long_sections_are_capped_with_a_hint(
    db: tuple[Path, dict[str, R.Article], tuple],
) -> None:
    path, _, stories = db
    code, text, hints = _story(path, stories[0].id, "-n", "1")
    assert code == 0
    assert "Coast Herald · Ferry out for three weeks" not in text
    assert "… 1 more articles (use -n, or --json for all)" in hints
    assert f"… 1 more quotes (use -n, or `newstrace quotes --story {stories[0].id}`)" in hints
    assert f"… 1 more numbers (use -n, or `newstrace claims --story {stories[0].id}`)" in hints
    assert ("Ian Brae" in text) != ("Moira Dunn" in text)  # one quote of the two


def test_json_is_one_object_with_every_span_s_text(
    db: tuple[Path, dict[str, R.Article], tuple],
) -> None:
    path, arts, stories = db
    code, text, _ = _story(path, stories[0].id, "--json", "-n", "1")
    assert code == 0
    got = json.loads(text)
    assert got["story"] == record_dict(stories[0], {})
    assert got["storyline"]["stories"] == [s.id for s in stories]
    assert [a["id"] for a in got["articles"]] == [arts["a"].id, arts["b"].id]
    assert "text" not in got["articles"][0] and got["articles"][0]["source"] == "Island Times"
    assert [q["content"]["text"] for q in got["quotes"]] == [
        QUOTE,
        "a spare part would take 21 days to arrive",
    ]
    a = arts["a"]
    claim = R.Claim(a.id, _span(a, "340"), 340.0, counts=_span(a, "passengers"))
    assert got["claims"][0] == record_dict(claim, {a.id: a}, with_text=True)
    assert len(got["claims"]) == 2  # -n does not cap --json
    assert got["passages"][0]["target"]["text"] == WIRE
    assert got["pairs"][0]["relation"] == "derived"


def test_a_wrong_or_ambiguous_id_says_so(db: tuple[Path, dict[str, R.Article], tuple]) -> None:
    path, _, stories = db
    code, text, err = _story(path, "nope")
    assert code == 5 and "no story with id 'nope'" in err and not text
    code, text, err = _story(path, "s3d", columns=300)
    assert code == 5 and "more than one story with id 's3d'" in err
    assert stories[0].id in err and stories[1].id in err and "give more of the id" in err
    assert _story(path, "s3dd")[0] == 0  # a unique prefix
