"""A credit line in the text decides the direction before the dates: a reprint that says
where it came from is its copy, and two papers carrying one agency's story share it."""

from __future__ import annotations

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.ingest.article import make_article

STORY = (
    "Fenmoor Building Society raised its standard variable mortgage rate by half a point on "
    "Thursday, the third rise this year, citing higher funding costs.\n\n"
    "The society said about 84,000 borrowers would pay on average 38 pounds more a month "
    "from the start of April, and that savers would see rates rise from the same date.\n\n"
    "Analysts at Carrow Capital said other lenders were likely to follow within weeks as "
    "the cost of wholesale money kept climbing after the central bank's last meeting."
)
WIRE = "LONDON, March 12 (Reuters) - " + STORY + "\n\nAdditional reporting by Tom Askew."
# each paper's own text, enough that the two are not near duplicates
COURANT = (
    "Homeowners across the county face higher bills again. The Courant spoke to three "
    "families in Lessing Road who said the last two rises had already stretched their "
    "budgets, and one couple said they were now looking at selling the house they bought "
    "in 2019 after their monthly payment rose by more than a fifth in a year.\n\n"
)
WESTGATE = (
    "\n\nIn Westgate, brokers said the news would push more buyers towards fixed deals. "
    "Marta Oduya of Harbour Mortgages said her phone had not stopped ringing since the "
    "announcement, and that first-time buyers were the most worried about what comes next, "
    "with many now asking whether to wait until the autumn before they commit."
)


def _run(*arts: tuple[str, str, str, str | None]) -> RecordSet:
    records = RecordSet(
        articles=tuple(make_article(text, id=i, source=s, published=p) for i, text, s, p in arts)
    )
    records = dedup.run(records, Settings())
    return align.run(records, Settings())


def test_two_papers_carrying_one_agency_story_share_an_unseen_source() -> None:
    out = _run(
        ("c", COURANT + WIRE, "Daily Courant", "2026-03-12T11:00Z"),
        ("w", WIRE + WESTGATE, "Westgate Post", "2026-03-12T15:00Z"),
    )
    (pair,) = out.pairs
    assert (pair.relation, pair.evidence) == ("unseen_source", "credit")
    assert all(p.label == "non" for p in out.provenance)


def test_a_reprint_crediting_the_original_is_its_copy_whatever_its_date() -> None:
    reprint = STORY + "\n\nThis article originally appeared in The Harwick Standard."
    out = _run(
        ("s", COURANT + STORY, "Harwick Standard", "2026-03-12T09:14Z"),
        ("o", reprint + WESTGATE, "Ostley Observer", "2026-03-11"),  # dated a day early
    )
    (pair,) = out.pairs
    assert (pair.source_id, pair.target_id, pair.evidence) == ("s", "o", "credit")


def test_an_agency_in_the_corpus_is_the_canonical_copy_of_a_paper_that_credits_it() -> None:
    paper = WIRE + "\n\nThe Courant will follow the story."
    records = dedup.run(
        RecordSet(articles=(
            make_article(paper, id="c", source="Daily Courant", published="2026-03-12T08:00Z"),
            make_article(WIRE, id="r", source="Reuters", published="2026-03-12T09:30Z"),
        )),
        Settings(),
    )  # fmt: skip
    (group,) = records.duplicates
    assert group.canonical == "r"


def test_a_credit_names_an_outlet_not_its_later_story() -> None:
    from newstrace.stages.align.provenance import direction

    reprint = make_article(
        STORY + "\n\nThis article originally appeared in The Harwick Standard.",
        id="o", source="Ostley Observer", published="2026-03-12",
    )  # fmt: skip
    follow_up = make_article(
        "A week on, " + STORY, id="s", source="Harwick Standard", published="2026-03-19"
    )
    got = direction(follow_up, reprint, 0.8, 0.8)
    assert (got.source, got.evidence) == (1, "date")  # the Standard's story of the 19th is later
    same_day = make_article(STORY, id="s2", source="Harwick Standard", published="2026-03-13")
    assert direction(same_day, reprint, 0.8, 0.8).evidence == "credit"  # a day's slack


def test_an_agency_named_by_its_initials_is_the_canonical_copy_of_a_paper_crediting_it() -> None:
    text = (
        "PARIS (AFP) - Prices rose by two percent in March, the statistics office said on "
        "Thursday, the fastest pace in a year.\n\nEconomists had expected a smaller rise."
    )
    paper = make_article(text + " More later.", id="p", source="Le Courrier",
                         published="2026-03-12T08:00Z")  # fmt: skip
    agency = make_article(text, id="a", source="Agence France-Presse",
                          published="2026-03-12T09:00Z")  # fmt: skip
    assert dedup.canonical([paper, agency]).id == "a"


def test_an_agencys_own_dateline_under_an_unmatched_name_still_makes_it_the_source() -> None:
    from newstrace.stages.align.provenance import direction

    text = "LONDON (MPX) - " + STORY
    wire = make_article(text, id="w", source="Meridian News Agency", published="2026-03-12T11:00Z")
    paper = make_article(COURANT + text, id="c", source="Daily Courant",
                         published="2026-03-12T09:00Z")  # fmt: skip
    got = direction(wire, paper, 0.8, 0.6)
    assert (got.source, got.evidence) == (0, "credit")
