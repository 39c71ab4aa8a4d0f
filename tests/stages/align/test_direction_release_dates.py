"""A press release dated just after the article that rewrites it is still its source."""

from __future__ import annotations

import pytest

from goldkit import DATA, aligned
from newstrace.stages.align.provenance import direction
from newstrace.stages.ingest.article import make_article

BODY = "The council approved a new flood barrier for Mill Lane on Monday evening. " * 3
RELEASE = (
    "PRESS RELEASE\n\n" + BODY + '\n\nCllr Jane Morrow said:\n"We listened."\n\nEnds\n\n'
    "Notes to editors\n\nFor media enquiries contact the press office."
)
PAPER = "Families on Mill Lane have been promised protection. " + BODY


@pytest.mark.parametrize(("release_day", "paper_day", "source"), [
    ("2026-03-04", "2026-03-03", "release"),  # posted the morning after the embargo
    ("2026-03-02", "2026-03-03", "release"),  # the usual order
    ("2026-03-06", "2026-03-03", "paper"),  # three days later: the date wins
    ("2026-03-04T09:00:00", "2026-03-03T18:00:00", "release"),
])  # fmt: skip
def test_release_signals_outrank_a_one_day_date_gap(
    release_day: str, paper_day: str, source: str
) -> None:
    release = make_article(RELEASE, id="r", source="Riverton Council", published=release_day)
    paper = make_article(PAPER, id="p", source="Riverton Echo", published=paper_day)
    got = direction(release, paper, 0.7, 0.8)
    assert ("release" if got.source == 0 else "paper") == source
    assert got.evidence == ("date" if source == "paper" or release_day < paper_day else
                            "press-release")  # fmt: skip


def test_two_papers_a_day_apart_keep_the_date() -> None:
    a = make_article(PAPER, id="a", source="Echo", published="2026-03-03")
    b = make_article(PAPER + " More.", id="b", source="Gazette", published="2026-03-04")
    assert direction(b, a, 0.8, 0.8).source == 1
    assert direction(b, a, 0.8, 0.8).evidence == "date"


@pytest.mark.parametrize(("embargo", "day", "source"), [
    ("00:01 14 March 2026", "2026-03-14", "release"),  # out on the paper's day, posted later
    ("00:01 13 March 2026", "2026-03-13", "release"),
    ("00:01 15 March 2026", "2026-03-15", "paper"),  # embargoed past the paper's day
])  # fmt: skip
def test_a_release_posted_days_after_its_embargo_is_still_the_source(
    embargo: str, day: str, source: str
) -> None:
    text = f"PRESS RELEASE\nEMBARGOED UNTIL {embargo}\n\n" + RELEASE.split("\n\n", 1)[1]
    release = make_article(text, id="r", source="Tarnside Trust", published="2026-03-16T10:00Z")
    paper = make_article(PAPER, id="p", source="Kelford Gazette", published="2026-03-14T06:00Z")
    assert release.metadata["embargoed_until"][:10] == day
    got = direction(release, paper, 0.7, 0.8)
    assert ("release" if got.source == 0 else "paper") == source
    assert got.evidence == ("press-release" if source == "release" else "date")


def test_a_live_blog_speaking_as_we_is_no_release_dated_after_the_story_it_quotes() -> None:
    story = make_article(PAPER, id="s", source="Riverton Echo", published="2026-03-03T06:30Z")
    blog = make_article(
        "08:05 Welcome to our live coverage. We will bring you updates all day.\n\n"
        "08:15 Here is what we reported earlier:\n\n" + PAPER + "\n\n"
        "13:00 We are pausing our live coverage here.",
        id="b", source="Riverton Echo", published="2026-03-03T08:05Z",
    )  # fmt: skip
    got = direction(story, blog, 0.9, 0.5)
    assert (got.source, got.evidence) == (0, "date")


def test_an_organisations_release_after_its_own_transcript_is_dated_after_it() -> None:
    # the office's release summarising its own speech transcript, released hours later: its
    # release signals do not make it the source of the transcript (no embargo between them)
    speech = make_article(BODY, id="s", source="Office of the Mayor", published="2026-03-03T10:00Z")
    release = make_article(RELEASE, id="r", source="Office of the Mayor",
                           published="2026-03-03T12:30Z")  # fmt: skip
    got = direction(release, speech, 0.7, 0.8)
    assert (got.source, got.evidence) == (1, "date")


@pytest.mark.parametrize(("kicker", "source"), [("Press release", "release"), (None, "paper")])
def test_a_release_page_label_left_out_of_the_text_still_marks_the_release(
    kicker: str | None, source: str
) -> None:
    # a company newsroom's page: "Press release" over the headline is page chrome, kept as
    # metadata.kicker, not text; the text itself has one mark of a release (its contact line)
    text = BODY + "\n\nMedia contact: Dara Quill, press@riverton.example"
    meta = {"kicker": kicker} if kicker else {}
    release = make_article(
        text, id="r", source="Riverton Water", published="2026-03-04", metadata=meta
    )
    paper = make_article(PAPER, id="p", source="Riverton Echo", published="2026-03-03")
    got = direction(release, paper, 0.7, 0.8)
    assert ("release" if got.source == 0 else "paper") == source


def test_a_statement_after_a_notice_is_not_its_embargoed_original() -> None:
    """A regulator's notice (its contact line a release's mark) and a company's apology out
    hours later, in the first person with a contact line of its own: the dates decide (a
    review of recalls: the apology was made the notice's source)."""
    notice = make_article(
        "Harwick Foods is recalling its pies. " * 4
        + "\n\nFor more information please contact Harwick Foods customer care on 0800 555 0192.",
        id="n",
        source="Food Safety Council",
        published="2024-03-04T09:00:00Z",
    )
    apology = make_article(
        "We are recalling our pies. " * 3
        + "Harwick Foods is recalling its pies. " * 4
        + "\n\nWe are sorry.\n\nFor media enquiries contact the press office on 0800 555 0100."
        + "\n\nEnds",
        id="a",
        source="Harwick Foods",
        published="2024-03-04T11:30:00Z",
    )
    got = direction(notice, apology, 0.6, 0.5)
    assert got.source == 0 and got.evidence == "date"


def test_a_paper_saying_press_release_is_still_the_release_s_copy() -> None:
    """A paper out at 00:05 rewriting an embargoed release ("..., the trust said in a press
    release.", a "Name said:" line) carries no release's own mark: the release posted at 09:30
    is still its source (a second review: it had been made the paper's copy)."""
    paper = make_article(
        PAPER + ' The council said in a press release.\n\nCllr Jane Morrow said:\n"We listened."',
        id="p",
        source="Riverton Echo",
        published="2026-03-03T00:05:00Z",
    )
    release = make_article(
        RELEASE, id="r", source="Riverton Council", published="2026-03-03T09:30:00Z"
    )
    got = direction(release, paper, 0.7, 0.8)
    assert got.source == 0 and got.evidence == "press-release"


def test_a_release_quoting_an_earlier_report_is_not_its_source() -> None:
    """A school's statement ("Ends", notes to editors) out hours after the inspection report
    and quoting it in quotation marks: the report is the record of those words and the
    earlier, and the statement names the inspectorate, so the embargo allowance does not turn
    the pair round (a review of education news: the statement was made the report's
    source).  The corpus is invented."""
    out = aligned(DATA / "forms" / "inspection.jsonl")
    pair = {(p.source_id, p.target_id): p for p in out.pairs}
    assert ("a1_report", "a4_school") in pair
    assert ("a4_school", "a1_report") not in pair


QUOTE = "She carried her grandson on her shoulders for three hours until a boat found them."


def _quoting(author: str, record_source: str) -> tuple[str, str, object, object]:
    record = make_article(
        "Hi everyone. " + QUOTE + " Please give what you can.",
        id="v",
        source=record_source,
        published="2026-03-06T19:00:00Z",
    )
    release = make_article(
        f"{author} has urged the public to support the appeal.\n\n"
        f'"{QUOTE}" she said.\n\nEnds\n\nNotes to editors\n\n'
        "For media enquiries contact press@hartwellaid.org.",
        id="r",
        source="Hartwell Aid",
        published="2026-03-07T09:00:00Z",
    )
    return record.text, release.text, record, release


@pytest.mark.parametrize(("author", "record_source", "source"), [
    # the release names the video's author: it quotes the video
    ("Ambassador Maya Rendell", "Maya Rendell (Instagram)", "v"),
    # a paper printing the embargoed release's quote as plain prose hours before the
    # release is posted: the release names no paper, it stays the source
    ("Ambassador Maya Rendell", "Riverton Echo", "r"),
    # an agency's interview the release names stays the source (the agency branch decides
    # it before the embargo allowance is asked)
    ("The Meridian Press Agency reported that Ambassador Maya Rendell",
     "Meridian Press Agency", "v"),
])  # fmt: skip
def test_a_release_naming_the_record_it_quotes_is_its_copy(
    author: str, record_source: str, source: str
) -> None:
    """A release quoting, the next morning, words another text gives plainly: the embargo
    allowance turns the pair round unless the release names that text's author (a review of
    charity appeals: a release quoting its ambassador's video was made the video's source)."""
    vt, rt, record, release = _quoting(author, record_source)
    literal = ([(vt.index(QUOTE), vt.index(QUOTE) + len(QUOTE))],
               [(rt.index(QUOTE), rt.index(QUOTE) + len(QUOTE))])  # fmt: skip
    got = direction(record, release, 0.3, 0.3, False, literal, literal)  # type: ignore[arg-type]
    assert ("v", "r")[got.source] == source
