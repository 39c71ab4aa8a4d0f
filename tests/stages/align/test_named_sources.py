"""Undated pairs: what a text says of the other tells which is the source.  An organisation
the other names in what the two share ("IsleLink Ferries said ..."), a text pasted under the
other's lead-in line ("The full warning reads:"), a release's one strong mark against an
agency, a warning's own update line; and a live page's sign-off is no release's voice
(reviews of weather coverage and live blogs).  The texts are invented."""

from __future__ import annotations

from newstrace.stages.align.provenance import direction, later_version, press_signals
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


def test_a_warning_s_update_line_marks_the_later_version() -> None:
    assert later_version("This warning has been upgraded from yellow to amber.") == 1
    assert later_version("The warning was upgraded from yellow to amber on Tuesday.") == 1
    assert later_version("This notice has been extended until 18:00.") == 1
    assert later_version("Forecasters upgraded their outlook from last week.") == 0
    assert later_version("This article has been amended.") == 2  # a correction still


def test_a_live_page_s_sign_off_is_no_release_voice() -> None:
    assert press_signals("16:40 - We are closing this live page now. Thanks for reading.") == 0
    assert press_signals("We will be pausing our live coverage shortly.") == 0
    assert press_signals("We will continue to support the families affected.") == 1
