"""Which of two undated texts is the press release, from the marks only a release carries."""

from __future__ import annotations

from newstrace.stages.align.provenance import direction, press_signals
from newstrace.stages.ingest.article import make_article

RELEASE = (
    "One in four people over 75 goes a week without a real conversation, a study by the "
    "University of Elmbridge has found.\n\n"
    'Lead author Professor Daniel Whitcombe said: "Loneliness is a health risk."\n\n'
    "The study was funded by the Halcyon Trust.\n\n"
    "Notes to editors\n"
    "Professor Whitcombe is available for interview."
)
STORY = (
    "A quarter of people over 75 spend a week without a proper conversation, researchers at "
    "the University of Elmbridge say.\n\n"
    'Professor Daniel Whitcombe, who led the study, said: "Loneliness is a health risk."\n\n'
    'Ruth Ames of the charity Age Compass said: "Councils must act."\n\n'
    "The charity wants every council to name a loneliness lead."
)


def test_a_quote_on_the_line_of_its_said_is_no_release_heading() -> None:
    """A release's quote heading is a line ending "said:" with the quote below it; a news
    story's 'X said: "..."' on one line is no release mark (a review: with the quote blanked
    the line ended in "said:", and a story quoting two people counted two marks)."""
    assert press_signals(STORY) == 0
    assert press_signals('Lead author Professor Whitcombe said:\n"Loneliness is a risk."') == 1


def test_a_release_with_one_mark_of_its_own_is_the_source() -> None:
    """One "Notes to editors" line, short of the press margin, still tells the release from
    the story, whose shares alone said the two shared an unseen source."""
    release = make_article(RELEASE, id="r", source="University of Elmbridge")
    story = make_article(STORY, id="s", source="Daily Record")
    assert direction(story, release, 0.5, 0.5).source == 1
    assert direction(release, story, 0.5, 0.5).source == 0
    assert direction(release, story, 0.5, 0.5).evidence == "press-release"
    # both carrying the line (a lazy copy of the release): no mark tells them apart
    copy = make_article(STORY + "\n\nNotes to editors\nCall the press office.", id="c")
    assert direction(release, copy, 0.5, 0.5).evidence != "press-release"


def test_a_reader_service_line_makes_no_release() -> None:
    """ "For more information, contact the library service on ..." closes news stories too:
    one such line is no release of the story's own (a review: an undated story ending so was
    made the source of the council's release)."""
    story = make_article(
        STORY + "\n\nFor more information, contact the library on 01632 960.", id="s"
    )
    release = make_article(STORY.replace("researchers", "scientists"), id="r")
    assert direction(story, release, 0.5, 0.5).evidence != "press-release"


def test_of_two_versions_no_time_tells_apart_the_corrected_one_is_later() -> None:
    """A version opening "Correction: An earlier version of this article ..." and the first
    version, of one time: the first is the source (a review: by containment the correction
    was the original's source)."""
    body = STORY + "\n\nThe study will be repeated next year."
    first = make_article(body, id="a", source="Daily Record", published="2026-03-10T09:00Z")
    fixed = make_article(
        "Correction: An earlier version of this article misstated the size of the study.\n\n"
        + body.replace("A quarter", "One in four"),
        id="b", source="Daily Record", published="2026-03-10T09:00Z",
    )  # fmt: skip
    got = direction(fixed, first, 0.9, 0.95)
    assert (got.source, got.evidence) == (1, "inferred-date")


def test_a_correction_note_orders_an_outlets_own_versions_only() -> None:
    """Between two outlets the note says nothing of the other: an agency's corrected story
    stays the source of a paper's undated reprint by the wire rule (a review)."""
    body = STORY + "\n\nThe study will be repeated next year."
    fixed = make_article(
        body + "\n\nCorrection: An earlier version of this story misstated the study's size.",
        id="a", source="Northern News Agency",
    )  # fmt: skip
    reprint = make_article(body, id="b", source="Daily Record")
    assert direction(fixed, reprint, 0.95, 0.99).evidence != "inferred-date"


FILING = (
    "Quarrow Minerals plc announces its unaudited results for the six months to 30 June 2026."
    "\n\nRevenue rose 11 per cent to £1,284.6m and copper output reached 94,300 tonnes.\n\n"
    "The interim dividend of 12.0 pence will be paid on 18 September 2026.\n\n"
    "This announcement contains inside information for the purposes of Article 7 of the "
    "Market Abuse Regulation.\n\n"
    "For further information: Investor relations contact: Damon Yeo, +44 20 7946 0311"
)
WIRE_STORY = (
    "Quarrow Minerals' revenue rose 11 per cent to £1,284.6m in the first half, the miner said "
    "on Thursday, as copper output reached 94,300 tonnes.\n\n"
    "The company will pay an interim dividend of 12.0 pence on 18 September."
)


def test_a_listed_company_s_announcement_carries_release_marks() -> None:
    """A regulatory announcement's "This announcement contains inside information ..." line,
    its "Enquiries:" block and "For further information: Investor relations contact:" are a
    release's marks (a review of business news: a half-year report carried none and was made
    the copy of the agency story written from it); news mentioning enquiries or inside
    information is none."""
    assert press_signals(FILING) >= 2
    assert press_signals("Results.\n\nEnquiries:\nQuarrow Minerals, Jane Doe +44 20 7000") == 1
    assert press_signals("Text.\n\nLEI: 213800ABCDEFGHIJKL12") == 1
    for news in (
        "Enquiries into the crash continue, police said.",
        "The inquiry heard the announcement contained inside information about the deal.",
    ):
        assert press_signals(news) == 0
    filing = make_article(FILING, id="f", source="Quarrow Minerals plc")
    story = make_article(WIRE_STORY, id="w", source="Meridian Wire")
    assert direction(story, filing, 0.4, 0.6).source == 1
    assert direction(story, filing, 0.4, 0.6).evidence == "press-release"


def test_a_press_release_heading_line_is_a_release_s_own_mark() -> None:
    """A release headed "PRESS RELEASE" on a line of its own, with no "Ends" line, is the
    source of an undated story written from it (a review of travel pages); a story saying
    the company "said in a press release" carries no such mark."""
    from newstrace.stages.align.provenance import own_release_marks

    body = RELEASE.replace(
        "\n\nNotes to editors\nProfessor Whitcombe is available for interview.", ""
    )
    assert own_release_marks("PRESS RELEASE\n\n" + body) == 1
    assert own_release_marks("News release:\n" + body) == 1
    told = "The university said in a press release that the study was funded by a trust."
    assert own_release_marks(told) == 0
    release = make_article("PRESS RELEASE\n\n" + body, id="r", source="University of Elmbridge")
    story = make_article(STORY, id="s", source="Elmbridge Echo")
    for a, b, src in ((release, story, 0), (story, release, 1)):
        assert direction(a, b, 0.5, 0.5).source == src
