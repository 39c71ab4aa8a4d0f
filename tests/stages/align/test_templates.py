"""An outlet's template filled with other figures is boilerplate, not reuse; a copy with a
figure corrected, or the same form in another outlet, is still reuse."""

from __future__ import annotations

import json
from pathlib import Path

import newstrace
from newstrace.config import Settings
from newstrace.records import Article, RecordSet
from newstrace.stages import align
from newstrace.stages.align.boilerplate import _table_heading, numbers, template_like
from newstrace.stages.ingest.article import make_article

FORMS = Path(__file__).parents[2] / "data" / "forms"


def _aligned_form(name: str) -> RecordSet:
    from goldkit import aligned

    return aligned(FORMS / name)


MONDAY = (
    "Shares in Dunmore rose on Monday as traders waited for the harbour authority's annual "
    "results, due later in the week.\n\n"
    "Dunmore index up 0.4% at 7,512, its highest close since the spring, with 214 shares "
    "rising and 86 falling. Turnover was 1.2 billion across the day's trading session.\n\n"
    "Harbour stocks led the gains after freight volumes rose for a third month. Kessel "
    "Shipping rose 3.1% and Arnholt Docks added 2.4% in busy trading before the close.\n\n"
    "Elsewhere, regional markets were mixed: the Carrow index closed up 0.2% and the Tarn 40 "
    "was flat, while the currency gained 0.3% against the dollar at 1.2718 by the close."
)
WEDNESDAY = (
    "Dunmore shares slipped on Wednesday after the harbour authority's results showed "
    "a sharp fall in passenger traffic over the winter.\n\n"
    "Dunmore index down 0.6% at 7,468, its lowest close since the spring, with 97 shares "
    "rising and 203 falling. Turnover was 1.6 billion across the day's trading session.\n\n"
    "Ferry operators fell furthest after the traffic figures. Pellan Ferries lost 4.2% and "
    "Osterby Lines dropped 2.9% as analysts cut their forecasts for the coming year.\n\n"
    "Elsewhere, regional markets were mixed: the Carrow index closed down 0.5% and the Tarn 40 "
    "was flat, while the currency lost 0.1% against the dollar at 1.2702 by the close."
)


def _run(texts: list[str], outlets: list[str | None]) -> RecordSet:
    arts: list[Article] = [
        make_article(t, id=f"m{i}", source=o, published=f"2026-03-0{2 * i + 2}")
        for i, (t, o) in enumerate(zip(texts, outlets, strict=True))
    ]
    return align.run(RecordSet(articles=tuple(arts)), Settings())


def test_numbers_are_read_with_the_word_before_them() -> None:
    assert numbers("FTSE 100 up 0.4% at 7,512") == [("ftse", "100"), ("up", "0.4"), ("at", "7512")]
    assert template_like("Town 2 Rovers 1, Athletic 0", "Town 0 Rovers 3, Athletic 2")
    assert not template_like("Town 2 Rovers 1, Athletic 0", "Town 2 Rovers 1, Athletic 1")
    assert not template_like("up 4% at noon", "down 2% at noon")  # one number: no evidence


def test_a_list_of_names_refilled_is_a_template_a_sentence_with_a_name_corrected_is_not() -> None:
    week1 = "Next Saturday: Fenwick Town v Mardale, Oxley United v Westfield, Ashby v Eastbrook."
    week2 = "Next Saturday: Mardale v Oxley United, Westfield v Fenwick Town, Eastbrook v Ashby."
    assert template_like(week1, week2)
    said = "Mr Smith told the Harwick council on Monday that the Mill Road bridge would close."
    assert not template_like(said, said.replace("Smith", "Smyth"))


def test_an_outlets_report_with_other_figures_is_not_reuse() -> None:
    out = _run([MONDAY, WEDNESDAY], ["Dunmore Market Desk"] * 2)
    assert out.alignments, "the shared frames are still aligned (and shown)"
    assert all(a.boilerplate for a in out.alignments)
    assert not out.pairs
    assert all(p.reused_share == 0 for p in out.provenance)


def test_the_same_form_in_another_outlet_is_still_reuse() -> None:
    out = _run([MONDAY, WEDNESDAY], ["Dunmore Market Desk", "Carrow Evening Post"])
    assert out.pairs and not all(a.boilerplate for a in out.alignments)


def test_a_copy_with_one_figure_corrected_is_still_reuse() -> None:
    corrected = MONDAY.replace("Kessel Shipping rose 3.1%", "Kessel Shipping rose 3.4%")
    follow = corrected + (
        "\n\nThe harbour authority publishes its results on Thursday morning, and analysts "
        "expect freight income to have risen for the first time in four years."
    )
    out = _run([MONDAY, follow], ["Dunmore Market Desk"] * 2)
    assert out.pairs
    assert not any(a.boilerplate for a in out.alignments)


def test_an_all_caps_passage_edited_is_not_a_list_of_names() -> None:
    # every word of an all-caps text is capitalised: that says nothing of names
    a = "THE COUNCIL VOTED ON MONDAY TO CLOSE THE LIBRARY, SAYING IT COULD NOT AFFORD REPAIRS."
    b = "THE COUNCIL VOTED ON TUESDAY TO CLOSE THE OLD LIBRARY: IT COULD NO LONGER AFFORD REPAIRS."
    assert not template_like(a, b)


def test_numbers_shared_count_each_occurrence_once() -> None:
    # the shared numbers are a multiset intersection (a linear count: a table of 20,000
    # numbers took 23 s with a count per distinct number)
    a = "Town 1 Rovers 1, Town 1 City 2, Oxley 3"
    b = "Town 1 Rovers 0, Town 2 City 2, Oxley 4"
    # shared: (town, 1) once, (city, 2) once: 2 of 5, under half
    assert template_like(a, b)
    assert not template_like(a, "Town 1 Rovers 1, Town 1 City 2, Oxley 4")
    many = " ".join(f"lot {k}" for k in range(20000))
    assert not template_like(many, many + " lot 1")


CLOSE = (
    "Calder shares {move} on {day}, with the Calder 100 index closing {pct} per cent {way} at "
    "{level} points.\n\n{sector} led the {trend}, with {stock} {verb} {change} per cent to "
    "{price}p after {why}."
)


def test_a_template_passage_ending_where_its_figures_begin_is_still_a_template() -> None:
    # the aligner ends the shared frame where the figures start ("... index closing" |
    # "0.8 per cent higher at 7,412.6"), so the passage alone holds one number: the figures
    # of the rest of its sentence say it is the outlet's form
    monday = CLOSE.format(
        move="rose", day="Monday", pct="0.8", way="higher", level="7,412.6", sector="Banks",
        trend="gains", stock="Harrowgate Bank", verb="climbed", change="2.1", price="412",
        why="a broker upgraded its rating",
    )  # fmt: skip
    tuesday = CLOSE.format(
        move="fell", day="Tuesday", pct="1.1", way="lower", level="7,331.0", sector="Miners",
        trend="declines", stock="Kestrel Resources", verb="dropped", change="3.6", price="1,085",
        why="copper prices weakened",
    )  # fmt: skip
    out = _run([monday, tuesday], ["Calder Business Daily"] * 2)
    assert out.alignments, "the shared frame is still aligned (and shown)"
    assert all(a.boilerplate for a in out.alignments)
    assert not out.pairs
    assert all(p.reused_share == 0 for p in out.provenance)


def test_a_live_blog_entry_time_is_no_figure_of_a_template() -> None:
    blog = (
        "10:05 A rest centre has opened at the leisure centre. It has room for 200 people.\n\n"
        "11:30 Police have closed Bridge Road between the roundabout and the canal."
    )
    story = (
        "A rest centre has opened at the leisure centre. It has room for 200 people.\n\n"
        "The river has reached 3.9 metres, the highest since 1968.\n\n"
        "Police have closed Bridge Road between the roundabout and the canal."
    )
    assert numbers(blog) == [("for", "200")]
    assert numbers("8.40am Police say\n9 pm Roads shut") == []
    assert not template_like(blog, story)


def test_a_stock_sentence_refilled_with_other_names_is_a_template() -> None:
    # an automated story's prose with the company's town and trade filled in: no figure to
    # tell it by, but not a name in common
    a = "The company, based in Kestle, makes camping gear and outdoor clothing."
    b = "The company, based in Westby, makes natural gas and power generation."
    assert template_like(a, b)
    # one name corrected, the others kept: a copy
    said = "Mr Smith told the Harwick council on Monday that the Mill Road bridge would close."
    assert not template_like(said, said.replace("Mill Road", "Mill Lane"))
    # a name changed but a figure kept: not a refill either
    assert not template_like("Kestle sold 4,100 homes.", "The Westby firm sold 4,100 homes.")


def _reprint(report: str) -> str:
    return report + "\n\nRepublished by the Carrow Evening Post under a content partnership."


def test_a_reprint_of_one_report_is_not_linked_to_the_outlets_other_reports() -> None:
    # the paper reprints Wednesday's report; Monday's shares with the reprint what it shares
    # with Wednesday's, the desk's form, which is no reuse there either
    desk = "Dunmore Market Desk"
    out = _run([MONDAY, WEDNESDAY, _reprint(WEDNESDAY)], [desk, desk, "Carrow Evening Post"])
    ends = {frozenset((p.source_id, p.target_id)) for p in out.pairs}
    assert frozenset(("m1", "m2")) in ends
    assert frozenset(("m0", "m2")) not in ends, out.pairs


ENDING = (
    "Market close reports are compiled by the Dunmore Market Desk from exchange data at 4:30 p.m."
)


def test_a_template_sentence_running_into_the_outlets_closing_line_is_a_template() -> None:
    # three reports end with one closing line (the desk's boilerplate, figures "4:30" and
    # all); the sentence before it is the form refilled, and the passage holding both shared
    # the closing line's figures
    days = [("Monday", "78.40", "4.12"), ("Tuesday", "77.15", "4.19"), ("Friday", "76.90", "4.10")]
    texts = [
        f"Dunmore shares closed mixed on {day} in quiet trading.\n\n"
        f"Brent crude settled at ${oil} a barrel, and the yield on the ten-year government bond "
        f"was {bond}%.\n\n{ENDING}"
        for day, oil, bond in days
    ]
    out = _run(texts, ["Dunmore Market Desk"] * 3)
    assert out.alignments
    assert not out.pairs, out.pairs


def test_a_reprint_in_a_duplicate_group_takes_no_closing_line_from_the_outlets_others(
    tmp_path: Path,
) -> None:
    # the agency's stock closing line, repeated in its stories, is boilerplate for a paper's
    # word-for-word reprint of one of them (a duplicate): it came with the copy, not from
    # the agency's other stories
    line = "This story was generated automatically by Harwick Financial Wire from the results."
    stories = [
        f"{co} reported third-quarter net income of ${ni} million, compared with ${p} million a "
        f"year earlier, as sales of its {what} rose.\n\n{line}"
        for co, ni, p, what in [
            ("Veltro Systems", "412", "355", "factory sensors"),
            ("Amsel Logistics", "96", "118", "warehouse services"),
            ("Pendry Bancorp", "231", "214", "business loans"),
        ]
    ]
    recs = [
        {"id": f"s{i}", "source": "Harwick Financial Wire", "text": t,
         "published": f"2026-10-22T16:0{i}:00"}
        for i, t in enumerate(stories)
    ]  # fmt: skip
    recs.append(
        {"id": "copy", "source": "Dunmore Courier", "text": stories[0],
         "published": "2026-10-22T18:00:00"}
    )  # fmt: skip
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), "utf-8")
    with newstrace.open(tmp_path / "c.db") as c:
        c.add(path)
        c.analyze()
        key = {a.id: a.metadata["id"] for a in c.articles()}
        prov = {key[p.article_id]: {key[s] for s in p.sources} for p in c.provenance()}
    assert prov["copy"] == {"s0"}, prov


def test_a_table_heading_with_the_period_changed_is_an_outlets_form() -> None:
    # two quarters' results releases of one company: the table rows hold other figures, and
    # the heading row, no figures, only the period changed (a review: the two releases were
    # related through it)
    def release(period: str, rows: list[str]) -> str:
        return (
            f"Halvern Robotics today reported its {period} results, with orders from grocery "
            "warehouses growing and the new sorting arm selling in four more countries.\n\n"
            "Financial summary\n\n"
            f"| | {period} | Prior year | Change |\n" + "\n".join(rows)
        )

    q1 = release("first quarter", ["| Revenue | 151.2 | 128.4 | +17.8% |",
                                   "| Operating profit | 21.3 | 17.0 | +25.3% |"])  # fmt: skip
    q2 = release("second quarter", ["| Revenue | 178.8 | 151.2 | +18.3% |",
                                    "| Operating profit | 26.9 | 21.3 | +26.3% |"])  # fmt: skip
    out = _run([q1, q2], ["Halvern Robotics"] * 2)
    assert not out.pairs
    assert _table_heading("| | first quarter | Prior year | Change |")
    assert not _table_heading("| Revenue | 151.2 | 128.4 |")
    assert not _table_heading("Financial summary")


def test_a_summary_with_the_figures_rounded_is_no_refilled_form() -> None:
    """An organisation's release restates its report with the figures rounded ("31 per
    cent" for 31.4, "almost 1,200" for 1,184) and fewer of them: no form refilled (a review of
    NGO reports: the report and its release were not linked).  Figures that differ stay a
    refill, and a small count is no rounding of another."""
    report = (
        "Our survey of 1,184 households found that 31.4 per cent of children under 16 went "
        "without food in the previous month, up from 24.8 per cent in 2024."
    )
    release = (
        "The charity's survey of almost 1,200 families found that 31 per cent of children "
        "had gone without food in the past month, up from a quarter two years ago."
    )
    assert not template_like(report, release)
    refilled = release.replace("1,200", "900").replace("31 per", "18 per")
    assert template_like(report, refilled)
    # "12.0" is read as "12": no rounding of another day's 12.3 without a word saying so
    assert template_like("Shares rose 12.3% to 410p.", "Shares rose 12.0% to 380p.")
    prov = {p.article_id: p for p in _aligned_form("ngo_report_release.jsonl").provenance}
    assert prov["release"].sources.get("report", 0) > 0.1  # the report first, by date


def test_next_week_s_round_figure_is_no_rounding_unless_the_text_says_so() -> None:
    """An outlet's weekly report refilled: this week's "1,200 patients" is no rounding of last
    week's 1,184, nor "20" of "21", nor a year of another; "almost 1,200" is (a second
    review: the rounding rule made next week's report the copy of this week's)."""
    from newstrace.stages.align.boilerplate import _rounds_to

    assert not _rounds_to("1184", "1200") and _rounds_to("1184", "1200", told=True)
    assert not _rounds_to("12.3", "12") and _rounds_to("31.4", "31", told=True)
    assert not _rounds_to("21", "20") and _rounds_to("21", "20", told=True)  # "about 20"
    assert not _rounds_to("2024", "2020", told=True)
    assert not _rounds_to("4.12", "4.1", told=True)  # "4.10" is read "4.1": no whole number
    week1 = "In all 1,184 patients attended A&E this week and 71 waited more than 12 hours."
    week2 = "In all 1,200 patients attended A&E this week and 64 waited more than 12 hours."
    assert template_like(week1, week2)


def test_a_release_announcing_its_report_is_its_copy() -> None:
    """A release telling of "a new report ... published today" is the report's copy, undated
    or issued at the report's own minute, whatever its release marks (a review of NGO
    reports and of a committee's report and its press notice); a release with no such line
    keeps its marks' direction (tests/stages/align/test_release_marks.py)."""
    for name, release in (
        ("ngo_report_release_undated.jsonl", "release"),
        ("committee_report_notice.jsonl", "notice"),
    ):
        pairs = {(p.source_id, p.target_id) for p in _aligned_form(name).pairs}
        assert ("report", release) in pairs and (release, "report") not in pairs, name


def test_a_report_not_published_today_is_not_announced() -> None:
    from newstrace.stages.align.provenance import _REPORT_OUT

    assert _REPORT_OUT.search("according to a new report from the charity published today")
    assert not _REPORT_OUT.search("The full report was not published today, the charity said.")


def test_a_form_s_codes_are_no_figures_and_a_clock_time_is_one() -> None:
    """A postcode, a statute's year and section and a telephone number stand the same in
    every filling of a form; "06:00" is one figure, not "6" and an "00" every time on the
    hour shares (a review of local government notices)."""
    codes = (
        "under Section 14(1) of the Road Traffic Regulation Act 1984, Town Hall, Larkhill "
        "LK2 7PW, telephone 01632 960 418 or (555) 123-4567"
    )
    assert numbers(codes) == []
    # opening hours and a dotted date are figures, no telephone number (an attack review)
    assert numbers("open 09.30 - 16.30, from 05.06.2024") == [
        ("open", "9.3"),
        ("", "16.3"),
        ("from", "05.06.2024"),
    ]
    assert numbers("open from 06:00 to 02:00 on 24 May") == [
        ("from", "6:00"),
        ("to", "2:00"),
        ("on", "24"),
    ]
    # a full date is one figure, however written: two dates of one year share no figure
    assert numbers("valid from 8 March 2024 until March 22, 2024") == [
        ("from", "20240308"),
        ("until", "20240322"),
    ]
    assert numbers("on 8 March 2024", dates=False) == []
    # a shop open 06:00 to 02:00 and a club open 12:00 to 01:00, on one council's form
    shop = "Monday to Sunday from 06:00 to 02:00, no later than 10 June 2025. Dated 13 May 2025."
    club = "Friday and Saturday from 12:00 to 01:00, no later than 13 June 2025. Dated 16 May 2025."
    assert template_like(shop, club)
    assert not template_like(shop, shop.replace("02:00", "01:00"))  # one figure corrected


def test_a_code_only_one_side_gives_is_a_figure_the_other_lacks() -> None:
    """A force's round-up line ends with a telephone number a paper's one-incident line
    lacks: left out of the figures, the two shared their one other figure and read as a
    copy (the sweep of earlier review corpora)."""
    roundup = (
        "Anyone with information about any of these incidents is asked to call Eastmoor "
        "Police on 101 quoting the log number, or Crimestoppers anonymously on 0800 555 111."
    )
    story = (
        "Anyone with information is asked to call Eastmoor Police on 101 quoting log 61 of 8 June."
    )
    assert template_like(roundup, story)
    # a telephone number both give is no figure shared, nor one of either side's
    a = "Call 0800 555 111 to report the 3 dead and 12 hurt on 14 June."
    assert not template_like(a, a.replace("12 hurt", "14 hurt"))


def test_a_notice_re_issued_with_its_dates_moved_is_no_form_refilled() -> None:
    """A council's road closure postponed a week: both closure dates and the issue date
    new, every name the same. A full date is one figure, so two of five figures were shared
    and the re-issue read as the form refilled (an attack review)."""
    first = (
        "The Order will prohibit vehicles from Kiln Lane, Oakbridge, between Mill Street and "
        "Pound Road from 6 July 2026 until 17 July 2026 for resurfacing. Reference 141. "
        "Dated 19 June 2026."
    )
    moved = first
    for day, later in (("6 July", "13 July"), ("17 July", "24 July"), ("19 June", "23 June")):
        moved = moved.replace(f"{day} 2026", f"{later} 2026")
    assert not template_like(first, moved)
    # the same form filled in for another street is still its form
    other = moved.replace("Kiln Lane", "Tanyard Row").replace("Mill Street", "Cobb Close")
    assert template_like(first, other)
    # two planning entries of one case officer cut before their wards share no figure but
    # their dates: no notice re-issued (the session's sweep)
    entry = "Date valid: {} March 2024. Expiry date: {} April 2024. Case officer: Priya Dhanoa."
    assert template_like(entry.format(8, 11), entry.format(15, 16))
