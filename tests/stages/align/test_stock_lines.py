"""An outlet's stock lines, in two of its articles only: a live page's "We will bring you
updates as we get them.", a Q&A's "Where can I find out more?" cut where its answer begins.
They name nothing and count nothing: no news is shared by them (a review of structured
stories: two live pages of one outlet on a gas leak and a bonfire night were linked by one)."""

from __future__ import annotations

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.ingest.article import make_article

OUTLET = "Harwick Standard"


def _pairs(*texts: str) -> list[tuple[str, str]]:
    arts = tuple(
        make_article(t, id=f"a{k}", source=OUTLET, published=f"2026-0{k + 3}-10T09:00:00Z")
        for k, t in enumerate(texts)
    )
    out = align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())
    return [(p.source_id, p.target_id) for p in out.pairs]


def test_a_live_pages_stock_line_links_no_two_pages() -> None:
    gas = (
        "Live: gas leak closes streets in Northgate\n\n"
        "Hundreds of homes around Mill Lane were evacuated on Tuesday morning after workmen "
        "struck a gas main while digging a trench for new cables. We will bring you updates "
        "as we get them.\n\n"
        "Engineers from the gas network said the leak had been capped shortly after noon and "
        "that residents would be allowed home once readings in the houses were safe."
    )
    bonfire = (
        "Live: thousands gather for the bonfire at Castle Park\n\n"
        "The gates opened at five and the queue already stretched along the river path, with "
        "families bringing flasks and blankets against the cold. We will bring you updates as "
        "we get them.\n\n"
        "Organisers said the display would start at seven, after the lantern procession from "
        "the market square, and asked people to leave their cars at home."
    )
    assert _pairs(gas, bonfire) == []


def test_a_qas_stock_question_cut_at_its_answer_links_no_two_explainers() -> None:
    zone = (
        "Clean air zone: your questions answered\n\n"
        "Q: Which vehicles will have to pay?\n\nA: Older diesel vans and lorries that do not "
        "meet the emissions standard will pay a daily charge to enter the centre.\n\n"
        "Q: Where can I find out more?\n\nA: The council's website has a vehicle checker."
    )
    bins = (
        "Bin collections: what is changing\n\n"
        "Q: Will my collection day change?\n\nA: Most streets keep their day, but houses in "
        "the villages move to a fortnightly round from the spring.\n\n"
        "Q: Where can I find out more?\n\nA: The council's website has a collection day checker."
    )
    assert _pairs(zone, bins) == []


def test_a_follow_up_keeping_several_plain_paragraphs_stays_linked() -> None:
    """Short plain sentences, several of them kept word for word, are a story's text, not
    one stock line of a form (a review of the stock-line rule: the follow-up lost its link)."""
    kept = [
        "Nobody was hurt. Neighbours said they heard a loud bang shortly before the flames.",
        "The cause of the fire is not yet known. Investigators will return in the morning.",
        "The road was closed for most of the afternoon while crews damped down the roof.",
    ]
    morning = [
        "A fire destroyed a barn on the edge of the village early on Tuesday.",
        "Six crews were sent from three stations after a passing driver raised the alarm.",
        "The farmer said he had lost hay and two tractors worth several thousand pounds.",
    ]
    later = [
        "Police have opened an inquiry into the barn fire on Tuesday morning.",
        "Detectives want to trace a grey van seen on the farm track an hour earlier.",
        "The farmer has offered a reward for information that leads to an arrest.",
    ]

    def story(own: list[str]) -> str:  # own paragraphs between the kept ones
        return "\n\n".join(p for pair in zip(own, kept, strict=True) for p in pair)

    assert _pairs(story(morning), story(later))


def test_an_outlets_undated_follow_up_is_related_not_sharing_an_unseen_source() -> None:
    """Two undated articles of one outlet sharing background paragraphs word for word, with
    nothing to order them: related, not derived from a source beyond the two (a review of
    follow-ups: eight of an outlet's eleven pairs were marked so)."""
    background = (
        "The council first proposed the bridge in March, when it said the crossing would "
        "take lorries off the high street and cut journey times across the valley by half."
    )
    arts = tuple(
        make_article(f"{lead}\n\n{background}\n\n{tail}", id=key, source=OUTLET)
        for key, lead, tail in (
            ("vote", "Councillors voted by 31 to 12 to approve the Wendle bridge on Thursday.",
             "Work is due to start next spring and take two years."),
            ("poll", "Most residents back the Wendle bridge, a survey for the council shows.",
             "The survey of 1,200 households was carried out over the summer."),
        )
    )  # fmt: skip
    out = align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())
    assert [p.relation for p in out.pairs] == ["related"]


WEEK12 = """Tarnwell League table after week 12 (P W D L GD Pts)
1 Ashby Rovers 12 9 2 1 +18 29
2 Kelmouth Athletic 12 7 4 1 +11 25
3 Harwick United 12 7 2 3 +9 23
4 Dunmore Town 12 6 3 3 +4 21
5 Castlegate Wanderers 12 4 4 4 0 16
6 Brookmoor Colliery 12 3 2 7 -8 11
7 Elmstead Albion 12 2 3 7 -13 9
8 Furlong Park 12 1 2 9 -21 5"""
WEEK13 = """Tarnwell League table after week 13 (P W D L GD Pts)
1 Ashby Rovers 13 9 3 1 +18 30
2 Kelmouth Athletic 13 8 4 1 +13 28
3 Harwick United 13 7 2 4 +7 23
4 Dunmore Town 13 7 3 3 +6 24
5 Castlegate Wanderers 13 4 5 4 0 17
6 Brookmoor Colliery 13 3 3 7 -8 12
7 Elmstead Albion 13 2 3 8 -15 9
8 Furlong Park 13 2 2 9 -19 8"""


def test_two_weeks_of_one_league_table_are_its_form_and_a_corrected_copy_is_a_copy() -> None:
    """Every row of next week's table has other figures (each team has played once more):
    the form refilled, though positions and small counts match by chance (a review: 37 of
    59 figures were shared, and the two weeks were linked as a copy)."""
    from newstrace.stages.align.boilerplate import template_like

    assert template_like(WEEK12, WEEK13)
    corrected = WEEK12.replace("6 3 3 +4 21", "6 3 3 +5 21")  # one goal difference corrected
    assert not template_like(WEEK12, corrected)


def test_a_live_pages_wrap_up_is_not_widened_over_the_whole_page() -> None:
    """A live page runs newest entry first; its wrap-up retells some entries in time order,
    which jumps back along the page as a summary does (a review: widening made the whole
    page of seven entries its source, 100%, for a wrap-up using four)."""
    from newstrace.stages.align.align import _live_page

    page = "\n\n".join(
        f"{h}:{m:02d} - Entry {k}." for k, (h, m) in enumerate([(16, 45), (14, 5), (12, 10)])
    )
    assert _live_page(page)
    assert not _live_page("The meeting began at 10:30 - late - and ended at 12:15.")


def test_a_same_day_update_of_a_list_by_town_is_no_refilled_form() -> None:
    """One figure of each of four rows updated hours later is an update, not next week's
    table (a review of the row rule: the update lost its link)."""
    from newstrace.stages.align.boilerplate import template_like

    morning = "\n".join(
        f"{town}: {d} dead, {i} injured, {m} missing"
        for town, d, i, m in [("Harwick", 3, 12, 4), ("Oxley", 1, 5, 2), ("Dunmore", 0, 3, 1),
                              ("Kelmouth", 2, 7, 0), ("Ashby", 0, 2, 0), ("Brecc", 1, 1, 1)]
    )  # fmt: skip
    evening = morning.replace("3 dead", "4 dead").replace("5 injured", "6 injured")
    evening = evening.replace("3 injured", "4 injured").replace("7 injured", "9 injured")
    assert not template_like(morning, evening)


def test_a_transcripts_forward_times_are_no_live_page() -> None:
    from newstrace.stages.align.align import _live_page

    forward = "\n\n".join(
        f"{h}:{m:02d} - Item {k}." for k, (h, m) in enumerate([(9, 0), (9, 30), (10, 15)])
    )
    assert not _live_page(forward)


def test_one_outlets_two_prints_of_an_agency_story_share_the_agency() -> None:
    """Both credit the agency in their dateline: a source beyond the two, named (a review of
    the one-outlet rule: a paper's web and print editions were made merely related)."""
    body = (
        "ROTTERDAM, May 14 (Gulfwire) - Dock workers at the port of Rotterdam will strike for "
        "48 hours from Monday after talks on pay broke down, their union said on Wednesday, "
        "in a dispute that could delay container traffic across northern Europe.\n\n"
        "The union said its members had rejected an offer of a 4 percent rise over two years."
    )
    web = make_article(
        body + "\n\nShipping lines said they were drawing up contingency plans.",
        id="web",
        source=OUTLET,
    )
    paper = make_article(body + "\n\nThe port handled 13 million containers last year.",
                         id="print", source=OUTLET)  # fmt: skip
    out = align.run(dedup.run(RecordSet(articles=(web, paper)), Settings()), Settings())
    assert [p.relation for p in out.pairs] == ["unseen_source"]
