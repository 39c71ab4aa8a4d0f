"""A duplicate group says whether its canonical copy is known to come first; the CLI says so
when it is not (identical same-day reprints: which came first is not known)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newstrace.cli import main
from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import dedup
from newstrace.stages.ingest.article import make_article

STORY = (
    "The harbour authority in Kessington said on Tuesday it would close the old ferry "
    "terminal for eighteen months while engineers replace its crumbling sea wall. Officials "
    "said the work would cost about 42 million and that ferries would use a temporary berth."
)


@pytest.mark.parametrize(("dates", "ordered"), [
    (("2026-03-10", "2026-03-10", "2026-03-10"), False),  # one day, no times: no order
    ((None, None, None), False),
    (("2026-03-09", "2026-03-10", "2026-03-10"), True),  # the first a day earlier
    (("2026-03-10T06:00Z", "2026-03-10T09:00Z", "2026-03-10T11:30Z"), True),
    (("2026-03-10T06:00Z", "2026-03-10T06:00Z", "2026-03-10T11:30Z"), False),  # a tie
    (("2026-03-10", None, "2026-03-11"), False),  # an undated member
])  # fmt: skip
def test_a_group_knows_whether_its_canonical_copy_came_first(
    dates: tuple[str | None, ...], ordered: bool
) -> None:
    arts = tuple(
        make_article(STORY, id=f"p{i}", source=f"Paper {i}", published=d)
        for i, d in enumerate(dates)
    )
    (group,) = dedup.run(RecordSet(articles=arts), Settings()).duplicates
    assert group.ordered is ordered


def test_an_agency_first_on_the_day_and_a_credited_copy_are_ordered() -> None:
    wire = make_article(STORY, id="w", source="Albion News Agency", published="2026-03-10")
    paper = make_article(STORY, id="p", source="Paper", published="2026-03-10")
    (group,) = dedup.run(RecordSet(articles=(paper, wire)), Settings()).duplicates
    assert (group.canonical, group.ordered) == ("w", True)


def test_reuse_says_when_the_order_of_copies_is_not_known(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    for i in range(3):
        (tmp_path / "c" / f"p{i}.md").write_text(
            f"---\ntitle: Terminal to close\nsource: Paper {i}\npublished: 2026-03-10\n---\n"
            + STORY, encoding="utf-8",
        )  # fmt: skip
    db = str(tmp_path / "x.db")
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db, "-q", "ingest", str(tmp_path / "c")]).exit_code == 0
    assert runner.invoke(main, ["--db", db, "-q", "analyze"]).exit_code == 0
    got = runner.invoke(main, ["--db", db, "reuse"], env={"COLUMNS": "200"})
    assert "which copy came first is not known" in got.output
    assert got.output.count("(copy; order not known)") == 2


def test_the_report_says_when_the_order_of_copies_is_not_known() -> None:
    from newstrace.report.html import render

    arts = tuple(
        make_article(STORY, id=f"p{i}", source=f"Paper {i}", published="2026-03-10")
        for i in range(2)
    )
    records = dedup.run(RecordSet(articles=arts), Settings())
    assert "which copy came first is not known" in render(records)
    dated = tuple(
        make_article(STORY, id=f"p{i}", source=f"Paper {i}", published=f"2026-03-1{i}")
        for i in range(2)
    )
    assert "which copy came first is not known" not in render(
        dedup.run(RecordSet(articles=dated), Settings())
    )


# the story at more length (a note appended keeps it a near copy), and as the harbour
# authority's own release with its "About" paragraph
LONG_STORY = STORY + (
    "\n\nThe terminal, opened in 1968, handles about 900,000 passengers a year on routes "
    "to the islands of Varn and Ostrey, and the authority agreed to keep the car park open "
    "throughout the work, councillors said after a meeting with local traders."
)
RELEASE = STORY.replace("The harbour authority in Kessington", "Kessington Harbour Authority")
ABOUT = (
    "\n\nAbout Kessington Harbour Authority\n\nKessington Harbour Authority runs the port "
    "of Kessington and its ferry terminals, and employs 420 people."
)


@pytest.mark.parametrize("note", [
    "Correction: An earlier version of this article said the work would cost 24 million.",
    "An earlier version of this story misstated the cost of the work.",
    "This article was amended on 12 March 2026 to correct the cost of the work.",
])  # fmt: skip
def test_an_undated_version_saying_it_was_corrected_is_not_the_original(note: str) -> None:
    # the corrected version is the longer (its note): the longest would be the original
    story = STORY + (
        "\n\nThe terminal, opened in 1968, handles about 900,000 passengers a year on routes "
        "to the islands of Varn and Ostrey. Councillors said local traders had asked for the "
        "work to be done in winter, when fewer visitors travel, and the authority agreed to "
        "keep the car park open throughout.\n\nA public meeting on the plans will be held at "
        "the town hall on 24 March."
    )
    first = make_article(story, id="first", source="Kessington Post")
    fixed = make_article(story + "\n\n" + note, id="fixed", source="Kessington Post")
    records = dedup.run(RecordSet(articles=(fixed, first)), Settings())
    (group,) = records.duplicates
    assert group.canonical == first.id
    # without the note the longer text is the original, as before
    longer = make_article(story + "\n\nThe ferry company welcomed the plan.", id="l", source="K")
    (group,) = dedup.run(RecordSet(articles=(longer, first)), Settings()).duplicates
    assert group.canonical == longer.id


def test_a_corrected_version_with_the_originals_time_is_not_the_original() -> None:
    """A CMS keeps the first datePublished, or one URL is crawled twice: two versions of one
    time, the longer saying it was corrected, are ordered as undated ones (a review: the
    corrected version was the original, and an aggregator that printed the first version's
    wrong figure was traced to it)."""
    story = STORY + "\n\nA public meeting on the plans will be held at the town hall on 24 March."
    when = "2026-03-10T09:00:00+00:00"
    first = make_article(story, id="first", source="Kessington Post", published=when)
    note = "\n\nCorrection: An earlier version of this article said the work would cost 24 million."
    fixed = make_article(story + note, id="fixed", source="Kessington Post", published=when)
    (group,) = dedup.run(RecordSet(articles=(fixed, first)), Settings()).duplicates
    assert group.canonical == first.id


def test_the_issuers_own_copy_of_a_release_is_the_original_whatever_the_minutes() -> None:
    # a distributor's copy filed ten minutes before the company's own page (a review: the
    # company's release was called wholly derived from the distributor's)
    body, about = RELEASE, ABOUT
    own = make_article(body + about, id="own", source="Kessington Harbour Authority",
                       published="2026-03-10T07:00:00+00:00")  # fmt: skip
    wire = make_article("KESSINGTON, March 10, 2026 /Portwire/ -- " + body + about, id="wire",
                        source="Portwire", published="2026-03-10T06:50:00+00:00")  # fmt: skip
    (group,) = dedup.run(RecordSet(articles=(wire, own)), Settings()).duplicates
    assert group.canonical == own.id and group.ordered
    # without the issuer's paragraph the earlier copy is the original, as before
    own, wire = (
        make_article(body, id="own", source="Kessington Harbour Authority",
                     published="2026-03-10T07:00:00+00:00"),
        make_article("KESSINGTON, March 10, 2026 /Portwire/ -- " + body, id="wire",
                     source="Portwire", published="2026-03-10T06:50:00+00:00"),
    )  # fmt: skip
    (group,) = dedup.run(RecordSet(articles=(wire, own)), Settings()).duplicates
    assert group.canonical == wire.id


@pytest.mark.parametrize("note", [
    # a content warning opens the original, and an original's "updated" line is left out of
    # reprints: neither says the text was corrected (a review)
    "Editor's note: This article contains details some readers may find distressing.",
    "This story was updated at 14:10 with comment from the harbour authority.",
])  # fmt: skip
def test_a_note_that_says_no_correction_does_not_demote_the_original(note: str) -> None:
    story = LONG_STORY
    original = make_article(story + "\n\n" + note, id="o", source="Kessington Post")
    reprint = make_article(story, id="r", source="Varn Gazette")
    (group,) = dedup.run(RecordSet(articles=(reprint, original)), Settings()).duplicates
    assert group.canonical == original.id


def test_a_company_reposting_a_papers_story_with_its_about_paragraph_is_no_issuer() -> None:
    body, about = RELEASE, ABOUT
    paper = make_article(body, id="paper", source="Kessington Post",
                         published="2026-03-10T07:00:00+00:00")  # fmt: skip
    repost = make_article(body + about, id="repost", source="Kessington Harbour Authority",
                          published="2026-03-11T09:00:00+00:00")  # fmt: skip
    groups = dedup.run(RecordSet(articles=(repost, paper)), Settings()).duplicates
    assert all(g.canonical == paper.id for g in groups)


def test_undated_copies_put_the_agency_and_the_lower_update_first() -> None:
    # a paper's copy of an undated agency story, longer by a local paragraph, was made the
    # original; of an agency's undated updates the longer, "UPDATE 2", was (a review)
    wire = make_article(LONG_STORY, id="w", source="Albion News Agency")
    paper = make_article(LONG_STORY + "\n\nLocal traders met on Friday.", id="p", source="Post")
    (group,) = dedup.run(RecordSet(articles=(paper, wire)), Settings()).duplicates
    assert group.canonical == wire.id
    one = make_article(LONG_STORY, id="u1", source="Albion News Agency",
                       title="UPDATE 1-Kessington terminal to close")  # fmt: skip
    two = make_article(LONG_STORY + " Ferries will run as normal.", id="u2",
                       source="Albion News Agency", title="UPDATE 2-Terminal to close")  # fmt: skip
    (group,) = dedup.run(RecordSet(articles=(two, one)), Settings()).duplicates
    assert group.canonical == one.id


def test_an_undated_paper_naming_itself_in_its_scoop_stays_the_original() -> None:
    # an agency's uncredited copy of a paper's undated scoop, the paper's self-references
    # left out: the agency-first order made the agency the original (a second review)
    scoop = LONG_STORY.replace(
        "The harbour authority in Kessington said",
        "The harbour authority in Kessington will say, the Kessington Post can reveal,",
    )
    paper = make_article(scoop, id="paper", source="Kessington Post")
    agency = make_article(LONG_STORY, id="agency", source="Albion News Agency")
    (group,) = dedup.run(RecordSet(articles=(agency, paper)), Settings()).duplicates
    assert group.canonical == paper.id


def test_an_undated_copy_naming_its_distributor_is_not_the_original() -> None:
    # a syndicated column: the copy whose editor's note names the syndicate, the longest, was
    # made the original of the column's home paper (a review of opinion pages); the FLASH
    # alert comes before the lead
    note = "Editor's note: Dervla Macken's column is distributed by Halden Features Syndicate."
    home = make_article(LONG_STORY, id="home", source="Harwick Standard")
    copy = make_article(note + "\n\n" + LONG_STORY, id="copy", source="Corran Herald")
    bio = make_article(
        LONG_STORY + "\n\nHer column is syndicated by Halden Features.", id="bio", source="Post"
    )
    (group,) = dedup.run(RecordSet(articles=(copy, bio, home)), Settings()).duplicates
    assert group.canonical == home.id


def test_an_undated_release_is_the_original_of_its_reprint() -> None:
    # a paper printing a company's statement "in full", its "Ends" line left out and an
    # introduction added, was the statement's original (a review of investigations); an
    # agency's copy of a release is not its original either
    body = LONG_STORY + "\n\n" + STORY
    release = make_article(body + "\n\nEnds", id="r", source="Kessington Port Authority")
    paper = make_article(
        "The port authority issued the following statement on Monday evening. We print it in "
        "full.\n\n" + body, id="p", source="Post",
    )  # fmt: skip
    wire = make_article(body, id="w", source="Albion News Agency")
    for arts in ((paper, release), (release, paper), (wire, release)):
        (group,) = dedup.run(RecordSet(articles=arts), Settings()).duplicates
        assert group.canonical == release.id


def test_a_home_column_or_a_paper_s_enquiries_line_keeps_the_original() -> None:
    # the home paper's column naming its own outlet beside its distributor line stays the
    # original; a paper's "Enquiries: ..." listing line or reader-service line is no
    # release's mark, so the agency's undated story stays first (a second review)
    home = make_article(
        LONG_STORY + "\n\nDervla Macken is the Gazette's rural affairs columnist. Her column "
        "is syndicated by Halden Features.", id="home", source="Gazette",
    )  # fmt: skip
    reprint = make_article(LONG_STORY + "\n\nDervla Macken is a writer.", id="r", source="Ledger")
    (group,) = dedup.run(RecordSet(articles=(reprint, home)), Settings()).duplicates
    assert group.canonical == home.id
    wire = make_article(LONG_STORY, id="w", source="Albion News Agency")
    lines = (
        "Enquiries: Tolbridge Hospice fundraising team, 01632 960555.",
        "For more information, contact the Harwick helpline on 0800 123 456.",
    )
    for line in lines:
        paper = make_article(LONG_STORY + "\n\n" + line, id="p", source="Courier")
        (group,) = dedup.run(RecordSet(articles=(paper, wire)), Settings()).duplicates
        assert group.canonical == wire.id, line


@pytest.mark.parametrize("note", [
    "Editor's note: This article was first published on 10 March 2024. We are republishing "
    "it in memory of the ferryman.",
    "From the archive: the Kessington Post's report of the terminal's closure.",
])  # fmt: skip
@pytest.mark.parametrize("when", [None, "2025-03-12T08:00:00+00:00"])
def test_a_republication_note_makes_the_undated_copy_the_original(
    note: str, when: str | None
) -> None:
    """An outlet republishing its own article with a note ("This article was first
    published on ...", "From the archive") is the later copy, dated or not, of the undated
    original (a review of archive pieces: the original was its republication's copy)."""
    longer = STORY + (
        " The old terminal opened in 1968 and handles about 900,000 passengers a year on "
        "routes to the islands of Varn and Ostrey. Councillors said local traders had asked "
        "for the work to be done in winter, when fewer visitors travel, and the authority "
        "agreed to keep the car park open throughout. A public meeting on the plans will be "
        "held at the town hall, and the harbour master will answer questions from islanders "
        "who rely on the morning crossing to reach work and school on the mainland."
    )
    original = make_article(longer, id="orig", source="Kessington Post")
    repub = make_article(
        note + "\n\n" + longer, id="repub", source="Kessington Post", published=when
    )
    for arts in ((original, repub), (repub, original)):
        (group,) = dedup.run(RecordSet(articles=arts), Settings()).duplicates
        assert group.canonical == "orig"
    # a dated member with no note stays the original of an undated one (the earliest known)
    plain = make_article(longer + " More soon.", id="plain", source="K", published=when)
    if when is not None:
        (group,) = dedup.run(RecordSet(articles=(original, plain)), Settings()).duplicates
        assert group.canonical == "plain"


def test_a_quoted_reprint_or_an_archive_in_prose_is_no_republication_note() -> None:
    """ "We reprint the map every spring," said the warden; "From the archives of the museum,
    ..." opens a news paragraph: no later-version mark, and the dated paper stays the original
    of an undated cut copy (a second review)."""
    from newstrace.stages.align.provenance import later_version

    quoted = STORY + '\n\n"We reprint the map every spring," the harbour master said.'
    prose = STORY + "\n\nFrom the archives of the town museum, a plan of 1968 shows the berth."
    assert later_version(quoted) == later_version(prose) == 0


def test_an_outlet_named_inside_a_longer_name_does_not_name_itself() -> None:
    """ "Metro" in "the Metropolitan Police", "Harwick Post" in "Harwick Post Office", "Sun" in
    "Sunday": no outlet naming itself, which would make the undated copy the original (a
    second review)."""
    from newstrace.stages.dedup import _names_itself_whole

    text = "The Metropolitan Police said on Sunday that the Harwick Post Office was closed."
    for outlet in ("Metro", "Sun", "Harwick Post"):
        assert not _names_itself_whole(make_article(text, id="x", source=outlet))
    named = make_article("Call Eastmoor Police on 101.", id="y", source="Eastmoor Police")
    assert _names_itself_whole(named)


def test_an_outlet_called_the_x_names_itself_as_the_x() -> None:
    from newstrace.stages.dedup import _names_itself_whole

    art = make_article("Documents seen by the Guardian show it.", id="g", source="The Guardian")
    assert _names_itself_whole(art)
    owned = make_article("The Guardian's investigation found it.", id="o", source="The Guardian")
    assert _names_itself_whole(owned)
    guardian = make_article("A legal guardian must sign.", id="h", source="The Guardian")
    assert not _names_itself_whole(guardian)
