"""Fillings of one outlet's form: the names and figures three fillings all hold (an
admissions round's deadlines, an election night's date, a ratings scheme's name) are the
form's, no evidence that one filling copied another.  A review of forms in other domains
found two schools' admission notices read as copies through the round's four dates, two
wards' results linked by the election's date, and two takeaways' ratings reports linked by
a rating of 1 out of 5.  The corpora in ``tests/data/forms`` are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from goldkit import aligned, run_batches
from newstrace.records import Alignment, Article, Provenance, Span
from newstrace.stages.align.boilerplate import (
    _CALENDAR,
    _subjects,
    numbers,
    template_like,
)
from newstrace.stages.align.fillings import NO_CONSTANTS, Constants, Fillings
from newstrace.stages.ingest.article import make_article

DATA = Path(__file__).parents[2] / "data" / "forms"

NOTICE = (
    "Applications for reception places at {school} for September 2025 open on 1 November "
    "and close on 15 January. {school} has {places} places in its reception year. Parents "
    "can apply online through the Penmarsh Borough Council admissions portal. Offers will "
    "be sent on 16 April."
)


def _notice(key: str, school: str, places: int) -> Article:
    text = NOTICE.format(school=school, places=places)
    return make_article(text, id=key, source="Penmarsh Borough Council")


def _linked(*arts: Article) -> list[Alignment]:
    """An alignment between every two of ``arts`` (the fillings are aligned to each other)."""
    out = []
    for i, a in enumerate(arts):
        for b in arts[i + 1 :]:
            out.append(
                Alignment(Span(a.id, 0, len(a.text)), Span(b.id, 0, len(b.text)), "edited", 0.9)
            )
    return out


def _fillings(*arts: Article) -> Fillings:
    return Fillings(
        _linked(*arts),
        {a.id: a for a in arts},
        lambda text: _subjects(text, frozenset()) - _CALENDAR,
        lambda text: {v for _, v in numbers(text)},
    )


def test_what_three_fillings_hold_is_the_form_s() -> None:
    one = _notice("a", "Fenwick Primary School", 60)
    two = _notice("b", "St Anne's CE Primary", 30)
    three = _notice("c", "Moorside Academy", 90)
    form = _fillings(one, two, three).constants(one, two)
    assert {"2025", "1", "15", "16"} <= form.figures  # the round's dates
    assert "60" not in form.figures and "30" not in form.figures
    assert "penmarsh" in form.names and "fenwick" not in form.names
    # two fillings and no third: nothing is the form's yet
    assert _fillings(one, two).constants(one, two) == NO_CONSTANTS


def test_versions_of_one_story_are_no_fillings() -> None:
    """Three versions of one story name its subject in every lead: what they all hold is
    the story's, not a form's."""
    lead = "A fire at a warehouse on Canal Street in Kestle has injured {n} people."
    arts = [
        make_article(lead.format(n=n) + rest, id=k, source="Kestle Gazette")
        for k, n, rest in (
            ("v1", 2, " Crews from Kestle and Harnley attended."),
            ("v2", 3, " Crews from Kestle, Harnley and Dunmere attended."),
            ("v3", 4, " The owner, Brenmoor Storage, said it was shocked."),
        )
    ]
    assert _fillings(*arts).constants(arts[0], arts[1]) == NO_CONSTANTS


def test_the_form_s_figures_and_names_weigh_nothing() -> None:
    a = (
        "Applications for reception places at Fenwick Primary School for September 2025 open "
        "on 1 November and close on 15 January. It has 60 places and last year received 142 "
        "applications."
    )
    b = (
        "Applications for reception places at St Anne's CE Primary for September 2025 open "
        "on 1 November and close on 15 January. It has 30 places and last year received 88 "
        "applications."
    )
    assert not template_like(a, b)  # 3 of 5 figures shared: a copy with two corrected
    form = Constants(frozenset({"penmarsh"}), frozenset({"2025", "1", "15"}))
    assert template_like(a, b, form=form)  # beyond the round's dates, none shared


def test_a_small_figure_shared_between_other_subjects_is_no_copy() -> None:
    a = "Golden Dragon on Bridge Street, Lowbridge, has been given a rating of 1 out of 5."
    b = "Fenwick Fish Bar on Fenwick Street, Penmarsh, has been given a rating of 1 out of 5."
    assert not template_like(a, b)
    form = Constants(frozenset(), frozenset({"5"}))
    assert template_like(a, b, form=form)
    # the same takeaway's report with its rating moved is its update, not the form refilled
    c = "Golden Dragon on Bridge Street, Lowbridge, has been given a rating of 3 out of 5."
    assert not template_like(a, c, form=form)


def _provenance(name: str) -> dict[str, Provenance]:
    return {p.article_id: p for p in aligned(DATA / name).provenance}


@pytest.mark.parametrize(
    ("name", "prefix", "paper", "printed"),
    [
        # four schools' admission notices of one round (same dates, own places and
        # applications): two were 'wholly' the first one's copies
        ("school_admissions.jsonl", "sch", "pp", "sch2"),
        # a council's results for four wards of one election night: one ward's result was
        # 'partially' another's copy through the night's date
        ("ward_results.jsonl", "ward", "gaz", "ward3"),
        # a data desk's reports on four takeaways' hygiene ratings: the fourth, rated 1 out
        # of 5 like the first, was 'wholly' its copy
        ("hygiene_ratings.jsonl", "hyg", "kadv", "hyg3"),
        # a markets desk's share moves of three companies, each opening on the company's
        # name ("Wendle Foods shares moved ..."), two quoting one analyst: read as any
        # sentence's first word, the name was no subject, and the moves were 'wholly'
        # each other's copies
        ("share_moves.jsonl", "m", "mp", "m2"),
        # a club's match previews, two home games at one ground: 'wholly' copies (1.0)
        ("match_previews.jsonl", "f", "fp", "f2"),
        # a planning desk's appeal decisions, two before one inspector
        ("planning_appeals.jsonl", "p", "pp", "p2"),
    ],
)
def test_one_outlet_s_fillings_are_not_copies(
    name: str, prefix: str, paper: str, printed: str
) -> None:
    """No filling of the form is another's copy, and the paper's story of one filling is
    traced to it alone."""
    prov = _provenance(name)
    for key in (f"{prefix}{i}" for i in range(1, 5) if f"{prefix}{i}" in prov):
        assert not prov[key].sources, prov[key]
    assert set(prov[paper].sources) == {printed}, prov[paper]


def test_undated_a_paper_printing_one_filling_is_tied_to_it_alone() -> None:
    """Undated, a paper that printed one of a form's fillings was linked to every other
    filling ('related' or sharing an unseen source): its copy of the filling, verbatim or
    edited (quote marks changed, paragraphs moved), was recorded as the filling's copy of
    the paper, so the paper was never weighed as the form's."""
    for name, paper, filling in (
        ("road_closures_undated.jsonl", "post", "road3"),
        ("funeral_notices_undated.jsonl", "news", "fun3"),
        ("school_admissions_undated.jsonl", "pp", "sch2"),
    ):
        prov = _provenance(name)
        p = prov[paper]
        assert set(p.unseen_source_with) | set(p.sources) == {filling}, (name, p)
        assert not p.related_with, (name, p)
        for key, other in prov.items():
            if key not in (paper, filling):
                assert not other.unseen_source_with and not other.related_with, (name, other)


def test_a_paper_s_copy_of_one_sentencing_release_is_no_kin_of_another() -> None:
    """A force's sentencing releases name one court: a paper's story of one sentence was
    marked 'related' to another release through the court's name in a stock sentence."""
    prov = _provenance("sentencing_releases.jsonl")
    assert set(prov["echo"].sources) == {"pol2"}, prov["echo"]
    assert not prov["echo"].related_with, prov["echo"]


def test_follow_ups_opening_on_their_own_news_are_no_fillings() -> None:
    """A paper's follow-ups of one fire, each opening on its own news (the owner named, a
    man charged, a firefighter's award) and repeating the story's background, a named
    officer added: read as three fillings of a form, the background's names and figures
    were the form's, and the second follow-up lost its link to the first."""
    prov = _provenance("followups_own_leads.jsonl")
    assert set(prov["f3"].sources) == {"f1", "f2"}, prov["f3"]
    assert set(prov["f4"].sources) == {"f2"}, prov["f4"]


def test_a_charity_s_appeals_and_the_papers_printing_them() -> None:
    """A charity's appeals for three crises (its chief executive's quote and donation line
    refilled, its stock sentence of need word for word) and papers printing one each: the
    appeals were traced to each other and the papers marked 'related' to the other appeals
    through the stock lines; undated, three papers printing three appeals shared an unseen
    source through the charity's stock quote."""
    papers = {
        "a4_courier_flood": "a1_flood_rel",
        "a6_herald_famine": "a2_famine_rel",
        "a7_post_quake": "a3_quake_rel",
    }
    prov = _provenance("charity_appeals.jsonl")
    for key in ("a1_flood_rel", "a2_famine_rel", "a3_quake_rel"):
        assert not prov[key].sources and not prov[key].related_with, prov[key]
    for paper, appeal in papers.items():
        p = prov[paper]
        assert set(p.sources) == {appeal} and not p.related_with, p
    prov = _provenance("charity_appeals_undated.jsonl")
    for paper, appeal in papers.items():
        p = prov[paper]
        assert set(p.sources) | set(p.unseen_source_with) == {appeal}, p
        assert not p.related_with, p


def test_updated_background_keeps_a_follow_up_linked() -> None:
    """A paper's three follow-ups of a bridge collapse, each opening on a new person, repeat
    its background with the toll updated (12, 15, 18 dead): the changed figures made the
    three read as fillings of a form, the background the form's, and the second follow-up
    lost its link to the first (an attack review)."""
    prov = _provenance("followups_updated_toll.jsonl")
    assert "b1" in prov["b2"].sources, prov["b2"]


def test_a_council_s_releases_reusing_one_policy_paragraph_stay_linked() -> None:
    """A council's releases on three topics repeat one policy paragraph with its progress
    figures updated: they are the first release's reuse, not a form refilled."""
    prov = _provenance("council_policy_paragraph.jsonl")
    assert "c1" in prov["c2"].sources and "c1" in prov["c3"].sources, prov


@pytest.mark.parametrize(
    ("name", "batches"),
    [
        # the paper comes with the first order, its filling and the others later
        ("road_closures_undated.jsonl", [["road1", "post"], ["road2", "road3"], ["road4"]]),
        # each appeal with the paper printing it
        (
            "charity_appeals.jsonl",
            [
                ["a1_flood_rel", "a4_courier_flood", "a5_gazette_fundraiser"],
                ["a2_famine_rel", "a6_herald_famine"],
                ["a3_quake_rel", "a7_post_quake"],
            ],
        ),
    ],
)
def test_fillings_in_batches_give_one_run_s_records(
    name: str, batches: list[list[str]], tmp_path: Path
) -> None:
    """Fillings known only once the third comes, and a paper's print of one, give the
    records of one run when the corpus comes in batches."""
    one = run_batches(DATA / name, [[k for b in batches for k in b]], tmp_path / "a")
    got = run_batches(DATA / name, batches, tmp_path / "b")
    assert got.summary() == one.summary()
