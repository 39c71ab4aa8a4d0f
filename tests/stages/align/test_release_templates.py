"""Companies' results releases filled in from one form (one law firm's safe-harbour paragraph,
"Revenue rose X% to $Y million") and an agency's results stories reprinted by papers: the
form is no reuse between two companies' texts; a copy of one release still is."""

from __future__ import annotations

import json
from pathlib import Path

import newstrace
from newstrace.config import Settings
from newstrace.records import Article, RecordSet
from newstrace.stages import align
from newstrace.stages.align.boilerplate import numbers, release_paragraph, template_like
from newstrace.stages.ingest.article import make_article

# (company, city, revenue growth, revenue, last year's, EBITDA, margin, last year's, guidance)
FIRMS = [
    ("Corvane Systems", "COLUMBUS", "12", "412.6", "368.4", "96.8", "23.5", "79.1", "1.62", "1.65"),
    ("Brightwater Logistics", "ATLANTA", "9", "286.4", "262.8", "41.7", "14.6", "36.2", "1.10",
     "1.13"),
]  # fmt: skip


def _release(firm: tuple[str, ...], dated: bool = False) -> str:
    name, city, growth, rev, prior, ebitda, margin, prior_e, low, high = firm
    when, ended, last = (" October 28, 2026", " ended September 30, 2026", "2025")
    if not dated:
        when, ended, last = "", "", "last year"
    return (
        f"{name} Reports Third Quarter Results\n\n"
        f"{city},{when} -- {name}, Inc. today reported financial results for its third "
        f"quarter{ended}.\n\n"
        f"Revenue rose {growth}% to ${rev} million, compared with ${prior} million in the third "
        f"quarter of {last}. Adjusted EBITDA was ${ebitda} million, or {margin}% of revenue, "
        f"compared with ${prior_e} million a year earlier.\n\n"
        f"{name} reaffirms full-year guidance: it expects revenue of ${low} billion to ${high} "
        f"billion for the year.\n\n"
        f"Media contact: press office, +1 614 555 0{len(name)}"
    )


def _align(texts: list[str], outlets: list[str]) -> RecordSet:
    arts: list[Article] = [
        make_article(t, id=f"r{i}", source=o, published=f"2026-10-28T1{i}:00:00+00:00")
        for i, (t, o) in enumerate(zip(texts, outlets, strict=True))
    ]
    return align.run(RecordSet(articles=tuple(arts)), Settings())


def test_two_companies_releases_in_one_form_are_not_linked() -> None:
    out = _align([_release(f) for f in FIRMS], [f[0] for f in FIRMS])
    assert out.alignments, "the common form is still aligned (and shown)"
    assert all(a.boilerplate for a in out.alignments), out.alignments
    assert not out.pairs, out.pairs


def test_a_release_posted_by_another_outlet_is_still_its_copy() -> None:
    text = _release(FIRMS[0])
    edited = text.replace("Inc. today reported", "Inc. on Wednesday reported")
    out = _align([text, edited], [FIRMS[0][0], "InvestorDesk"])
    assert [(p.source_id, p.target_id, p.relation) for p in out.pairs] == [("r0", "r1", "derived")]


def test_dates_are_no_figures_of_two_organisations_form() -> None:
    a, b = (_release(f, dated=True).split("\n\n")[1] for f in FIRMS)
    a += " Revenue rose 12% to $412.6 million."
    b += " Revenue rose 9% to $286.4 million."
    assert template_like(a, b, dates=False)
    # where dates count, a full date is one figure (the day and its year were two, and the
    # two dates shared made half the numbers, a copy's share): one of four shared
    assert template_like(a, b)


def test_a_safe_harbour_heading_opens_the_release_tail() -> None:
    text = (
        "Corvane Systems Reports Results\n\nRevenue rose 12% to $412.6 million.\n\n"
        "Forward-looking statements\n"
        "This press release contains forward-looking statements about Corvane's outlook."
    )
    start = text.index("This press release")
    assert release_paragraph(text, (start, start + 40))
    assert not release_paragraph(text, (text.index("Revenue"), text.index("Revenue") + 20))


AGENCY = "Continental Press Agency"


def _story(firm: tuple[str, ...]) -> str:
    name, _, growth, rev, prior, *_ = firm
    return (
        f"NEW YORK (CPA) - {name} Inc reported a {growth}% rise in third-quarter revenue on "
        f"Wednesday, and the company stood by its full-year forecast.\n\n"
        f"Revenue rose to ${rev} million from ${prior} million a year earlier, against the "
        f"average analyst estimate compiled by Fairlane Analytics."
    )


def test_papers_reprinting_an_agencys_stories_on_two_companies_are_not_linked(
    tmp_path: Path,
) -> None:
    # each paper prints one of the agency's two results stories whole: the two papers share
    # the agency's form, not each other's text
    rows = [
        ("cpa-a", AGENCY, _story(FIRMS[0]), "10:00"),
        ("cpa-b", AGENCY, _story(FIRMS[1]), "10:05"),
        ("paper-a", "Harbourside Herald", _story(FIRMS[0]), "12:00"),
        ("paper-b", "Midland Post", _story(FIRMS[1]).replace("Wednesday", "Wednesday."), "13:00"),
    ]
    path = tmp_path / "c.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": k, "source": s, "text": t, "published": f"2026-10-28T{h}:00Z"}) + "\n"
            for k, s, t, h in rows
        ),
        "utf-8",
    )
    with newstrace.open(tmp_path / "n.db") as opened:
        opened.add(path)
        opened.analyze()
        rec = opened.records()
    key = {a.id: a.metadata["id"] for a in rec.articles}
    ends = {frozenset((key[p.source_id], key[p.target_id])) for p in rec.pairs}
    assert frozenset(("paper-a", "paper-b")) not in ends, rec.pairs
    assert {key[m] for g in rec.duplicates for m in g.members} >= {"cpa-a", "paper-a"}


def _fire_story(hurt: str, taken: str, when: str, close: str) -> str:
    return (
        "Fire at Kestle chemicals plant injures workers\n\n"
        f"A fire at the Orrin Chemicals plant in Kestle on Monday night injured {hurt} workers, "
        f"{taken} of whom were taken to hospital with burns, the company said in a press "
        f"release on {when}.\n\n"
        "Firefighters from three stations spent most of the night bringing the blaze under "
        "control, and residents of nearby streets were told to keep their windows closed.\n\n"
        f"{close}"
    )


def test_two_papers_naming_a_press_release_are_no_two_releases() -> None:
    # "press release" in a news story's prose, or a paper's "X said:" line before a quote, is
    # no release's mark: the later paper's rewrite, casualty figures updated, is still reuse
    first = _fire_story("4", "2", "Tuesday", "The plant employs about 300 people.")
    later = _fire_story(
        "6", "3", "Wednesday", 'A union official said:\n"Staff raised this last year."'
    )
    out = _align([first, later], ["Kestle Courier", "Valley Evening News"])
    assert [(p.source_id, p.target_id) for p in out.pairs] == [("r0", "r1")], out.alignments


def test_a_wire_edit_of_a_release_writing_figures_its_own_way_is_still_its_copy() -> None:
    # both carry a release's contact lines, and the wire writes the figures its way: the
    # same values, so the same figures, not the form refilled
    text = _release(FIRMS[0])
    revenue = text.split("\n\n")[2]
    wire = (
        "Corvane third-quarter revenue up\n\n"
        + revenue.replace("12%", "12.0%")
        .replace("$412.6 million", "$412,600,000")
        .replace("$368.4 million", "$368.4m")
        .replace("$96.8 million", "$96,800,000")
        .replace("23.5%", "23.50%")
        .replace("$79.1 million", "$79.1m")
        + "\n\nThe company did not hold a call with analysts this quarter.\n\n"
        + "For more information, contact: Lumen Release Wire newsdesk"
    )
    out = _align([text, wire], [FIRMS[0][0], "Lumen Release Wire"])
    assert [(p.source_id, p.target_id, p.relation) for p in out.pairs] == [("r0", "r1", "derived")]


def test_figures_are_weighed_by_value() -> None:
    assert numbers("rose 12.0% to $4.2 million and $18.6m, up from 3,750,000") == [
        ("rose", "12"),
        ("to", "4200000"),
        ("and", "18600000"),
        ("from", "3750000"),
    ]
    assert numbers("version 1.2.3") == [("version", "1.2.3")]


def test_a_safe_harbour_subheading_in_a_news_story_opens_no_tail() -> None:
    # an explainer on the data-transfer scheme: no release's mark, so the section under its
    # "Safe Harbour" subheading is news, and a copy of it is reuse
    text = (
        "Data rules explained\n\nSmall shops will have to check their contracts again.\n\n"
        "Safe Harbour\n"
        "For fifteen years the scheme let companies move personal data abroad on a promise."
    )
    start = text.index("For fifteen")
    assert not release_paragraph(text, (start, start + 40))
    released = text + "\n\nMedia contact: press office"
    assert release_paragraph(released, (start, start + 40))


RULE = (
    "broadband operators must report any outage affecting more than 5,000 homes to the "
    "regulator within 24 hours, and operators that fail to do so face fines of up to £50,000 "
    "per incident"
)


def test_a_body_quoting_anothers_release_with_its_dates_and_figures_reworded_is_reuse() -> None:
    # two organisations' releases (contact lines both): the regulator's edit of the
    # ministry's rule, "3 March 2026" as "March 3, 2026", "£50,000" as "£50k", is a copy
    ministry = (
        "Ministry sets outage rules\n\n"
        f"From 3 March 2026, {RULE}, the Ministry of Digital Affairs announced today.\n\n"
        "Minister Alan Reeve said households would get faster answers.\n\n"
        "Media enquiries: Ministry of Digital Affairs press office, 020 7946 0555"
    )
    rule = RULE.replace("24 hours", "a day").replace("£50,000", "£50k")
    regulator = (
        "Regulator publishes guidance on outage duty\n\n"
        "The Communications Standards Board today published guidance for operators. As the "
        f"Ministry of Digital Affairs set out, from March 3, 2026 {rule}.\n\n"
        "The guidance explains how reports are submitted through the Board's portal.\n\n"
        "Media enquiries: CSB press office, 020 7946 0777"
    )
    out = _align([ministry, regulator], ["Ministry of Digital Affairs", "Standards Board"])
    assert [(p.source_id, p.target_id) for p in out.pairs] == [("r0", "r1")], out.alignments


def test_a_day_before_its_month_is_a_date_too() -> None:
    assert numbers("From 3 March 2026, fines of £50k", dates=False) == [("of", "50000")]
    assert numbers("From 3 March 2026", dates=True) == [("from", "20260303")]


def test_a_storys_fact_box_is_no_tail_a_releases_about_paragraph_is() -> None:
    # a paper's "About the Lowe Valley Trust" box mid-story, its interviews after it: the
    # interviews were read as the release's tail, boilerplate (a review)
    from newstrace.stages.align.boilerplate import release_tail

    about = (
        "About the Lowe Valley Trust\n\nThe Lowe Valley Trust was founded in 1987 and looks "
        "after 40 miles of river bank between Harwick and the sea."
    )
    story = (
        "The trust will plant 5,000 trees along the river this winter.\n\n"
        + about
        + "\n\n"
        + "Farmer Tom Greaves said the planting would help his fields, he told the Courier. " * 8
    )
    assert release_tail(story) == len(story)
    release = (
        "The trust will plant 5,000 trees along the river this winter.\n\n"
        + about
        + "\n\nMedia enquiries: press@lowevalley.example, 01632 960 222."
    )
    assert release_tail(release) == release.index("About the Lowe") + len(
        "About the Lowe Valley Trust"
    )
