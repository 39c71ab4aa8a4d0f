"""Undated pairs: what a text says of the other tells which is the source.  An organisation
the other names in what the two share ("IsleLink Ferries said ..."), a text pasted under the
other's lead-in line ("The full warning reads:"), a release's one strong mark against an
agency, a warning's own update line; and a live page's sign-off is no release's voice
(reviews of weather coverage and live blogs).  The texts are invented."""

from __future__ import annotations

from newstrace.stages.align.provenance import (
    direction,
    later_version,
    live_page,
    longest_gap,
    notice_update,
    own_paragraphs,
    press_signals,
)
from newstrace.stages.ingest.article import make_article

NOTICE = (
    "All IsleLink sailings on Thursday are cancelled, with the exception of the 06:15 Port "
    "Ardle to Kilbrannan crossing, which will sail as planned."
)
REPORT = (
    "IsleLink Ferries said all its sailings on Thursday are cancelled, with the exception of "
    "the 06:15 Port Ardle to Kilbrannan crossing, which will sail as planned."
)


def _spans(text: str, part: str) -> list[tuple[int, int]]:
    at = text.index(part)
    return [(at, at + len(part))]


def _pair(report_source: str) -> tuple[object, object, tuple[list[tuple[int, int]], ...]]:
    notice = make_article(NOTICE + "\n\nWe apologise for the disruption.", id="n",
                          source="IsleLink Ferries")  # fmt: skip
    report = make_article(
        "Storm Orla has closed the Skerran Bridge.\n\n" + REPORT + "\n\nMore wind is coming. "
        "Forecasters expect gusts of 90mph on exposed coasts and heavy rain inland.",
        id="r",
        source=report_source,
    )
    shared = "all its sailings on Thursday are cancelled"
    passages = (_spans(notice.text, NOTICE), _spans(report.text, REPORT[REPORT.index(shared) :]))
    return notice, report, passages


def test_an_organisation_named_in_the_shared_text_is_the_source() -> None:
    for outlet in ("Northern Press Association", "Tarrow Gazette"):  # an agency, a paper
        notice, report, passages = _pair(outlet)
        got = direction(notice, report, 0.9, 0.4, False, passages, ((), ()))  # type: ignore[arg-type]
        assert (got.source, got.evidence) == (0, "credit"), outlet


def test_an_organisation_named_elsewhere_in_the_text_names_no_source() -> None:
    notice, report, passages = _pair("Tarrow Gazette")
    far = make_article(
        report.text.replace("IsleLink Ferries said all", "All") + " IsleLink Ferries had warned.",  # type: ignore[attr-defined]
        id="r",
        source="Tarrow Gazette",
    )
    shared = (passages[0], _spans(far.text, REPORT[REPORT.index("its sailings") :]))
    got = direction(notice, far, 0.9, 0.4, False, shared, ((), ()))  # type: ignore[arg-type]
    assert got.evidence != "credit"


WARNING = (
    "Yellow warning of wind. Strong winds are likely to bring some disruption to travel. "
    "Some delays to road, rail, air and ferry transport are likely."
)


def test_a_text_pasted_under_a_lead_in_is_the_copy() -> None:
    warning = make_article(WARNING, id="w", source="Caledon Met Service")
    paper = make_article(
        "Forecasters have warned of gales on Thursday.\n\nThe full warning reads:\n\n"
        + WARNING
        + "\n\nFerry passengers are advised to check before they travel.",
        id="p",
        source="Tarrow Gazette",
    )
    passages = (_spans(warning.text, WARNING), _spans(paper.text, WARNING))
    got = direction(warning, paper, 1.0, 0.6, False, passages, passages)  # type: ignore[arg-type]
    assert got.source == 0
    # without the lead-in line, the paper covering all of the warning is its source
    plain = make_article(paper.text.replace("The full warning reads:\n\n", ""), id="p",
                         source="Tarrow Gazette")  # fmt: skip
    passages = (passages[0], _spans(plain.text, WARNING))
    assert direction(warning, plain, 1.0, 0.6, False, passages, passages).source == 1


def test_one_strong_release_mark_outranks_an_agency() -> None:
    body = "A former finance director was convicted of defrauding the council of 1.3 million."
    release = make_article(body + "\n\nNotes to editors: sentencing is on Friday.", id="r",
                           source="Crown Prosecution Service")  # fmt: skip
    agency = make_article("KINGSFORD, March 12 (APA) - " + body + " He denied it.", id="a",
                          source="Albion Press Agency")  # fmt: skip
    passages = (_spans(release.text, body), _spans(agency.text, body))
    got = direction(release, agency, 0.7, 0.8, False, passages, passages)
    assert (got.source, got.evidence) == (0, "press-release")


def test_a_warning_replacing_another_is_the_later_of_one_outlet_s_two() -> None:
    service = "Caledon Met Service"
    yellow = make_article(WARNING, id="y", source=service)
    amber = make_article(
        WARNING.replace("Yellow", "Amber")
        + " This warning has been upgraded from yellow to amber.",
        id="a",
        source=service,
    )
    passages = (_spans(yellow.text, WARNING[6:]), _spans(amber.text, WARNING[6:]))
    got = direction(amber, yellow, 0.6, 1.0, False, passages, passages)
    assert (got.source, got.evidence) == (1, "inferred-date")
    assert notice_update(amber) and not notice_update(yellow)


def test_only_a_done_upgrade_is_a_warning_s_update_line() -> None:
    def said(text: str) -> int:
        return notice_update(make_article(text, source="Caledon Met Service"))

    assert said("The warning was upgraded from yellow to amber on Tuesday.") == 1
    assert said("The warning could be upgraded from yellow to amber tomorrow.") == 0
    assert said("This warning has been updated to extend it until 18:00.") == 0
    # no version of the article itself: a paper's reprint lacking the line is no earlier one
    assert later_version("This warning has been upgraded from yellow to amber.") == 0


def test_a_live_page_s_sign_off_is_no_release_voice() -> None:
    assert press_signals("16:40 - We are closing this live page now. Thanks for reading.") == 0
    assert press_signals("We will be pausing our live coverage shortly.") == 0
    assert press_signals("We will continue to support the families affected.") == 1


def test_a_paper_mentioned_in_another_role_is_no_source() -> None:
    """A council's page on "the Harwick Courier's Save Our Library campaign" and a firm's
    rebuttal of "the article published in the Harwick Courier" name the paper as their
    subject, not as the speaker of what the paper shares with them (a second review)."""
    shared = "The library on Mill Street will stay open on Saturdays until at least next March."
    for mention in (
        "Following the Harwick Courier's campaign, ",
        "As published in the Harwick Courier, ",
    ):
        council = make_article(mention + shared.lower(), id="c", source="Harwick Council")
        paper = make_article("Good news for readers. " + shared + " Our campaign goes on.", id="p",
                             source="Harwick Courier")  # fmt: skip
        passages = (_spans(council.text, shared.lower()[4:]), _spans(paper.text, shared[4:]))
        got = direction(council, paper, 0.9, 0.5, False, passages, passages)
        assert got.evidence != "credit", mention


def test_two_papers_pasting_one_statement_under_two_lead_ins_are_not_ordered() -> None:
    tribute = "He was a loving father and a proud grandfather who lit up every room he entered."
    one = make_article("A man died in the crash.\n\nIn a statement issued through police, his "
                       "family said:\n\n" + tribute + "\n\nThe road was closed.", id="one",
                       source="Harwick Courier")  # fmt: skip
    two = make_article(
        "Tributes have been paid.\n\nThe family said in a statement:\n\n" + tribute
        + "\n\nAn inquest will open.", id="two", source="Tarrow Gazette",
    )  # fmt: skip
    passages = (_spans(one.text, tribute), _spans(two.text, tribute))
    got = direction(one, two, 0.4, 0.4, False, passages, passages)
    assert got.evidence != "record"


def test_a_notice_s_update_this_page_is_still_its_voice() -> None:
    assert press_signals("We will update this page when the road reopens.") == 1


def test_a_live_page_s_own_entries_count_together() -> None:
    """A live page whose own entries, each short, lie between entries lifted from an agency
    is partially derived; a story's own lead and closing lines around a copy are not summed
    (a review of live blogs: the blog was "wholly" derived)."""
    lifted = [
        "Power is off in 48,000 homes across the county, the grid operator said today. " * 2
    ] * 4
    own = ["Our reporter on the seafront saw waves breaking over the promenade wall."] * 3
    entries = [lifted[0], own[0], lifted[1], own[1], lifted[2], own[2], lifted[3]]
    stamps = [f"{17 - i}:{10 * i % 60:02d} GMT - " for i in range(len(entries))]
    blog = "\n\n".join(s + e for s, e in zip(stamps, entries, strict=True))
    spans = [(m, m + len(stamps[i]) + len(e)) for i, e in enumerate(entries) if e in lifted
             for m in [blog.index(stamps[i])]]  # fmt: skip
    assert live_page(blog) and not live_page(blog.replace(" GMT - ", " "))
    ownmost = own_paragraphs(blog, spans) / len(blog)
    assert ownmost >= 0.15 and longest_gap(spans, len(blog)) / len(blog) < 0.15
    story = "\n\n".join(e for e in entries)  # no times: a story's paragraphs
    assert not live_page(story)


def test_a_release_still_outranks_an_agency_copy_keeping_its_notes_line() -> None:
    """Both carry a strong mark (the agency kept the "Notes to editors" line): the release's
    lead of PRESS_MARGIN signals still makes it the source (a code review)."""
    body = "A former finance director was convicted of defrauding Harwick council of 1.3 million."
    notes = "Notes to editors: sentencing is on Friday at Harwick Crown Court."
    release = make_article(body + "\n\n" + notes + "\n\nEnds\n\nMedia enquiries: press office.",
                           id="r", source="Crown Prosecution Service")  # fmt: skip
    agency = make_article("KINGSFORD, March 12 (APA) - " + body + "\n\n" + notes, id="a",
                          source="Albion Press Agency")  # fmt: skip
    shared = body + "\n\n" + notes
    passages = (_spans(release.text, shared), _spans(agency.text, shared))
    got = direction(release, agency, 0.6, 0.9, False, passages, passages)
    assert (got.source, got.evidence) == (0, "press-release")


def test_a_timetable_s_own_lines_are_no_live_entries() -> None:
    rows = "\n\n".join(f"{h}:15 - Port Ardle to Kilbrannan, sails as planned." for h in (6, 9, 12))
    text = "Sailings today.\n\n" + rows + "\n\nCheck before you travel, the operator says."
    lifted = [(text.index(rows), text.index(rows) + len(rows))]
    assert live_page(text) and own_paragraphs(text, lifted) == 0


def test_an_organisation_whose_name_opens_with_the_is_named_by_any_the() -> None:
    """ "The Met Office" is named by "the Met Office said" (a code review: the whole name,
    capital "The" and all, was looked for)."""
    notice = make_article(NOTICE + "\n\nWe apologise for the disruption.", id="n",
                          source="The IsleLink Ferry Company")  # fmt: skip
    said = REPORT.replace("IsleLink Ferries said", "the IsleLink Ferry Company said")
    report = make_article(
        "Storm Orla has closed the Skerran Bridge. On Wednesday " + said + "\n\nMore wind is "
        "coming. Forecasters expect gusts of 90mph on exposed coasts and heavy rain inland.",
        id="r",
        source="Tarrow Gazette",
    )
    shared = "all its sailings on Thursday are cancelled"
    passages = (_spans(notice.text, NOTICE), _spans(report.text, said[said.index(shared) :]))
    got = direction(notice, report, 0.9, 0.4, False, passages, ((), ()))  # type: ignore[arg-type]
    assert (got.source, got.evidence) == (0, "credit")
