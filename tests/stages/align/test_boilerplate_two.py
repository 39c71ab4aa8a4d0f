"""A footer shared by only two articles of an outlet is boilerplate; a news sentence is not."""

from __future__ import annotations

import random

import pytest

from newstrace.config import Settings
from newstrace.records import Article, RecordSet
from newstrace.stages import align
from newstrace.stages.align.boilerplate import (
    boilerplate_spans,
    footer_like,
    release_paragraph,
    table_spans,
)
from newstrace.stages.align.sentences import SentenceCache, SentenceTable
from newstrace.stages.ingest.article import make_article

FOOTER = (
    "Support local journalism and sign up to the Valley Gazette morning newsletter for the "
    "top stories. Got a story? Contact our newsroom on 01632 960 777 or email "
    "news@valleygazette.example for breaking news from across the valley."
)
SHARED_NEWS = (
    "The council said the scheme would cost four million pounds and take two years to build, "
    "with work on the first section starting in the spring after the consultation closes."
)
STORIES = [
    "Pupils at Hollins Primary School opened a new garden on Friday, built with money raised "
    "by parents over three years of cake sales. The garden has raised beds for every class.",
    "A bus shelter on the Mill Road was replaced on Tuesday after months of complaints from "
    "passengers about the broken roof. The new shelter has a bench and a timetable board.",
]


def _articles(tail: str, outlet: str | None = "Valley Gazette") -> list[Article]:
    return [
        make_article(f"{story} {tail}", id=f"g{i}", source=outlet, published=f"2026-03-0{i + 1}")
        for i, story in enumerate(STORIES)
    ]


def _spans(arts: list[Article]) -> tuple[dict, dict]:
    cache = SentenceCache()
    per_doc = boilerplate_spans(arts, [cache.get(a.id, a.text) for a in arts])
    return per_doc, table_spans(arts, SentenceTable.build([a.text for a in arts]))


def test_footer_markers() -> None:
    assert footer_like(FOOTER)
    assert footer_like("Follow us on social media.") and footer_like("See www.example.org.")
    assert not footer_like(SHARED_NEWS)


def test_a_footer_in_two_articles_is_boilerplate_in_both_paths() -> None:
    per_doc, table = _spans(_articles(FOOTER))
    assert per_doc == table
    assert set(per_doc) == {"g0", "g1"}
    out = align.run(RecordSet(articles=tuple(_articles(FOOTER))), Settings())
    assert out.alignments and all(a.boilerplate for a in out.alignments)
    assert not out.pairs


def test_a_news_sentence_in_two_articles_is_not_boilerplate() -> None:
    per_doc, table = _spans(_articles(SHARED_NEWS))
    assert per_doc == table == {}


def test_a_footer_shared_across_outlets_is_not_boilerplate() -> None:
    arts = _articles(FOOTER)
    arts[1] = make_article(arts[1].text, id="g1", source="Hallam News")
    per_doc, table = _spans(arts)
    assert per_doc == table == {}


ABOUT = (
    "About Tarnside Water: Tarnside Water supplies drinking water to 1.2 million people and "
    "46,000 businesses across the valley, and treats wastewater from 880,000 homes. It "
    "maintains 9,400 kilometres of water mains and 31 reservoirs. Find out more at "
    "www.tarnsidewater.example."
)


def test_an_organisations_about_paragraph_in_two_releases_is_boilerplate_throughout() -> None:
    # only its last sentence carries a marker (a web address); the paragraph opens "About X"
    arts = _articles("\n\nEnds\n\n" + ABOUT, outlet="Tarnside Water")
    per_doc, table = _spans(arts)
    assert per_doc == table
    about = arts[0].text.index("About Tarnside")
    covered = sum(max(0, e - max(s, about)) for s, e in per_doc["g0"])
    assert covered >= 0.9 * (len(arts[0].text) - about)
    out = align.run(RecordSet(articles=tuple(arts)), Settings())
    assert not out.pairs


def test_news_paragraphs_around_a_marked_sentence_elsewhere_stay_news() -> None:
    # a marked sentence in its own paragraph does not make the news paragraph boilerplate
    arts = _articles("\n\n" + SHARED_NEWS + "\n\nFind out more at www.example.org.")
    per_doc, _ = _spans(arts)
    news = arts[0].text.index(SHARED_NEWS[:30])
    assert all(not (s <= news < e) for s, e in per_doc.get("g0", []))


HALF = (
    "About half of the homes in the lower valley were flooded in January, and about three "
    "hundred families spent the rest of the winter with relatives or in rented rooms."
)


def test_a_news_paragraph_opening_about_with_a_small_word_is_not_an_about_paragraph() -> None:
    # "About <Name>" needs a capital: "About half of ..." is news an update repeats
    arts = _articles("\n\n" + HALF)
    per_doc, table = _spans(arts)
    assert per_doc == table == {}


def test_a_text_without_line_breaks_is_not_one_footer_paragraph() -> None:
    # a feed's one-paragraph texts: the newsletter line is boilerplate, the news is not
    arts = _articles(SHARED_NEWS + " Sign up to the Valley Gazette newsletter for the top stories.")
    assert all("\n" not in a.text for a in arts)
    per_doc, table = _spans(arts)
    assert per_doc == table
    news = arts[0].text.index(SHARED_NEWS[:30])
    assert per_doc["g0"] and all(not (s <= news < e) for s, e in per_doc["g0"])
    out = align.run(RecordSet(articles=tuple(arts)), Settings())
    assert out.pairs


def test_a_news_paragraph_ending_with_a_web_address_stays_news() -> None:
    # an article and its update: the shared paragraph is news with a pointer at its end
    para = SHARED_NEWS + " Residents can follow the consultation at www.riverton.example/flood."
    arts = [
        make_article(f"{story}\n\n{para}\n\nMore news follows.", id=f"g{i}",
                     source="Valley Gazette", published=f"2026-03-0{i + 1}")
        for i, story in enumerate(STORIES)
    ]  # fmt: skip
    per_doc, table = _spans(arts)
    assert per_doc == table
    news = arts[0].text.index(SHARED_NEWS[:30])
    assert all(not (s <= news < e) for s, e in per_doc.get("g0", []))


def test_about_and_notes_to_editors_as_heading_lines_are_boilerplate() -> None:
    # the usual release layout: the headings on lines of their own, the text below them
    tail = (
        "\n\nEnds\n\nAbout Tarnside Water\n\n" + ABOUT.removeprefix("About Tarnside Water: ")
        + "\n\nNotes to editors\n\n1. The scheme was approved by the regulator in March after a "
        "public consultation on the new reservoir.\n\n2. Images of the site are available."
    )  # fmt: skip
    arts = _articles(tail, outlet="Tarnside Water")
    per_doc, table = _spans(arts)
    assert per_doc == table
    start = arts[0].text.index("Ends")
    covered = sum(max(0, e - max(s, start)) for s, e in per_doc["g0"])
    assert covered >= 0.9 * (len(arts[0].text) - start)
    assert not align.run(RecordSet(articles=tuple(arts)), Settings()).pairs


DISCLAIMER = (
    "Brightline Wire is a distribution service. The views in this release are those of the "
    "issuing organisation; the publisher of this page has not verified them."
)


def test_a_distributors_disclaimer_under_an_about_heading_is_part_of_the_tail() -> None:
    # a portal posting two releases of one company: the "About" paragraph and the PR wire's
    # disclaimer under it are the company's and the wire's text, not a link between the two
    tail = "\n\nAbout Tarnside Water\n" + ABOUT.removeprefix("About Tarnside Water: ")
    arts = _articles(tail + "\n\n" + DISCLAIMER, outlet="Hallam Business Portal")
    per_doc, table = _spans(arts)
    assert per_doc == table
    start = arts[0].text.index("Brightline")
    assert any(s <= start < e for s, e in per_doc["g0"])
    assert not align.run(RecordSet(articles=tuple(arts)), Settings()).pairs


def test_a_news_line_before_an_about_heading_stays_news() -> None:
    para = (
        "\n\n"
        + SHARED_NEWS
        + "\n\nAbout Tarnside Water\n"
        + ABOUT.removeprefix("About Tarnside Water: ")
    )
    per_doc, _ = _spans(_articles(para, outlet="Hallam Business Portal"))
    news = _articles(para)[0].text.index(SHARED_NEWS[:30])
    assert all(not (s <= news < e) for s, e in per_doc.get("g0", []))


def _two_outlets(tail: str) -> list[Article]:
    arts = _articles(tail, outlet="Hallam Business Portal")
    arts[1] = make_article(arts[1].text, id="g1", source="Tarnside Evening Post",
                           published="2026-03-02")  # fmt: skip
    return arts


def test_an_organisations_standard_paragraph_on_two_outlets_is_boilerplate() -> None:
    # two releases of one company, each posted by another outlet: the "About" paragraph and
    # the PR wire's disclaimer under its heading are standard text, not a link
    tail = "\n\nAbout Tarnside Water\n" + ABOUT.removeprefix("About Tarnside Water: ")
    arts = _two_outlets(tail + "\n\n" + DISCLAIMER)
    per_doc, table = _spans(arts)
    assert per_doc == table
    for art in arts:
        start = art.text.index("Tarnside Water supplies")
        assert any(s <= start < e for s, e in per_doc[art.id])
    assert not align.run(RecordSet(articles=tuple(arts)), Settings()).pairs


def test_news_and_generic_footers_on_two_outlets_stay_as_they_were() -> None:
    # a news paragraph two outlets share is reuse, whatever follows it
    tail = "\n\n" + SHARED_NEWS + "\n\nAbout Tarnside Water\n" + ABOUT.split(": ", 1)[1]
    per_doc, table = _spans(_two_outlets(tail))
    assert per_doc == table
    for art in _two_outlets(tail):
        news = art.text.index(SHARED_NEWS[:30])
        assert all(not (s <= news < e) for s, e in per_doc.get(art.id, []))
        assert per_doc[art.id]  # the standard paragraph is


PIECES = [
    FOOTER, SHARED_NEWS, ABOUT, DISCLAIMER, HALF, *STORIES, "About Tarnside Water", "Ends",
    "Notes to editors", "Media enquiries: press@tarnside.example",
    "Find out more at www.example.org.",
]  # fmt: skip
OUTLETS = [None, "Valley Gazette", "Hallam News", "Tarnside Water"]


@pytest.mark.parametrize("seed", range(100))
def test_both_paths_agree_on_random_mixes_of_outlets_and_paragraphs(seed: int) -> None:
    rng = random.Random(seed)
    arts = []
    for i in range(rng.randint(2, 5)):
        parts = [rng.choice(PIECES) + rng.choice(["\n\n", "\n", " "]) for _ in range(6)]
        text = "".join(parts[: rng.randint(1, 6)]).strip()
        arts.append(make_article(text, id=f"a{i}", source=rng.choice(OUTLETS)))
    per_doc, table = _spans(arts)
    assert per_doc == table


SUBHEAD_STORY = [
    "The city council reversed its decision on Tuesday to charge residents for parking outside "
    "their own homes, two weeks after the plan was approved by a single vote.",
    "Councillor Jane Morrow, who led the original proposal, said the administration had "
    "listened to more than four thousand objections and would look again at the budget gap.",
    "The charge would have raised an estimated 1.8 million pounds a year, money the council "
    "had earmarked for repairing potholes on residential streets across the northern wards.",
    "Opposition members called the episode a shambles and demanded an independent review of "
    "how the plan reached a vote without a proper consultation of the people it affected.",
]
SHOPS = (
    "Shopkeepers on the High Street, who had feared that visitors would be put off by the "
    "charge, welcomed the news and said they hoped the council would lower its car park fees."
)


@pytest.mark.parametrize("heading", ["About Face", "About Town", "ABOUT THE DECISION"])
def test_a_news_subheading_opening_about_does_not_start_a_release_tail(heading: str) -> None:
    # another outlet's story took the second half of a news story under such a subheading
    first, *rest = SUBHEAD_STORY
    story = make_article(f"{first}\n\n{heading}\n\n" + "\n\n".join(rest), id="s0",
                         source="City Post", published="2026-03-01")  # fmt: skip
    later = make_article(f"{SHOPS}\n\n" + "\n\n".join(rest), id="s1", source="Northern Echo",
                         published="2026-03-02")  # fmt: skip
    per_doc, table = _spans([story, later])
    assert per_doc == table == {}
    rs = align.run(RecordSet(articles=(story, later)), Settings())
    assert [(p.source_id, p.target_id) for p in rs.pairs] == [("s0", "s1")]


def test_an_agency_credit_line_reads_like_a_footer() -> None:
    assert footer_like("(Reporting by Anna Ferrow; Editing by Mark Seddley)")
    assert footer_like("(Additional reporting by Jonas Veltri)")
    assert not footer_like("Reporting by the council showed the scheme was late.")


def test_two_organisations_press_office_lines_are_not_reuse() -> None:
    # each release's tail holds its own office, phone and address: an edited match, no news
    tails = [
        ("Office of the Mayor", "Media enquiries: Office of the Mayor press office, 0300 555 0101, "
         "press@mayor.example.org"),
        ("Riverton Labour", "Media enquiries: Riverton Labour press office, 0300 555 0142, "
         "press@labour.example.org"),
    ]  # fmt: skip
    arts = tuple(
        make_article(f"{story}\n\nEnds\n\n{tail}", id=f"r{i}", source=outlet,
                     published=f"2026-03-0{i + 1}")
        for i, (story, (outlet, tail)) in enumerate(zip(STORIES, tails, strict=True))
    )  # fmt: skip
    out = align.run(RecordSet(articles=arts), Settings())
    assert all(a.boilerplate for a in out.alignments)
    assert not out.pairs


COPYRIGHT_STORY = [
    "Ministers will publish a bill on Tuesday that rewrites the rules for training software on "
    "published books, songs and films, after two years of talks with publishers and developers.",
    "Copyright holders will be able to refuse the use of their work by filing a notice with a "
    "new registry, which the patent office will run from next spring at a cost of about four "
    "million pounds a year.",
    "Developers who ignore a notice will face fines of up to two per cent of their turnover, "
    "and the registry will publish a list of firms found in breach every quarter.",
    "The culture secretary said the bill struck a fair balance, but a coalition of authors said "
    "the opt-out model put the burden on the smallest creators, who lack the time to file them.",
    "The bill is expected to reach the Lords before the summer recess, where peers have tabled "
    "amendments that would require developers to pay a licence fee for every work they use.",
]


def test_a_copied_story_opening_on_a_paragraph_that_reads_like_end_matter_is_reuse() -> None:
    # the paper's copy starts at "Copyright holders ..." (a paragraph opening like a copyright
    # notice) and runs on through the story: the passage is news, not both sides' end matter
    wire = "Copyright bill to let creators opt out\n\n" + "\n\n".join(COPYRIGHT_STORY)
    paper = (
        "Authors wary as opt-out registry planned\n\nNovelists in the north-east gave a cool "
        "welcome on Monday to plans announced in London for a register of creative works.\n\n"
        + "\n\n".join(COPYRIGHT_STORY[1:])
    )  # fmt: skip
    arts = (
        make_article(wire, id="w", source="Coastline News Agency", published="2026-03-02T09:00Z"),
        make_article(paper, id="p", source="Northern Post", published="2026-03-02T15:00Z"),
    )
    out = align.run(RecordSet(articles=arts), Settings())
    assert [(p.source_id, p.target_id) for p in out.pairs] == [("w", "p")]
    assert not any(a.boilerplate for a in out.alignments)


def test_a_quoted_aside_on_reporting_is_no_credit_line() -> None:
    assert footer_like("He said.\n(Reporting by Anna Ferrow; Editing by Mark Seddley)\n")
    assert not footer_like(
        'She said: "The audit (reporting by every council, not just the big ones) shows the '
        'gap is closing."'
    )


def test_a_copied_news_paragraph_opening_copyright_is_reuse() -> None:
    # the paper copies only the "Copyright holders ..." paragraph: news, not a copyright notice
    wire = "Copyright bill to let creators opt out\n\n" + "\n\n".join(COPYRIGHT_STORY)
    paper = (
        "Authors wary as opt-out registry planned\n\nNovelists in the north-east gave a cool "
        "welcome on Monday to plans for a register of creative works, saying they had not been "
        "asked for their views.\n\n" + COPYRIGHT_STORY[1] + "\n\nThe Northern Writers Guild "
        "said it would hold a meeting in Durham next month to explain the scheme to members."
    )  # fmt: skip
    arts = (
        make_article(wire, id="w", source="Coastline News Agency", published="2026-03-02T09:00Z"),
        make_article(paper, id="p", source="Northern Post", published="2026-03-02T15:00Z"),
    )
    out = align.run(RecordSet(articles=arts), Settings())
    assert [(p.source_id, p.target_id) for p in out.pairs] == [("w", "p")]
    assert not any(a.boilerplate for a in out.alignments)
    notice = "Body.\n\nCopyright 2026 Coastline News Agency. All rights reserved."
    assert release_paragraph(notice, (7, len(notice)))


def test_ends_as_a_sentence_opens_a_release_tail() -> None:
    """Two releases ending "Ends. Notes to editors: media enquiries to ..." and "Ends. Media
    enquiries: <office>." share their tails, not news."""
    for tail in (
        "Ends. Media enquiries: Carrick County Police press office.",
        "Ends. Notes to editors: media enquiries to the press office, 01632 960 418.",
    ):
        text = "Roads are closed in the town centre.\n\n" + tail
        assert release_paragraph(text, (text.index("Ends"), len(text)))


def test_an_article_copying_a_report_is_weighed_as_its_rewrite_not_its_outlets_form() -> None:
    """A blog that copied words of both of an agency's stories rewrote their other
    paragraphs; a reprint of one story is still weighed against the agency's other story as
    the agency's own article would be."""
    from newstrace.stages.align.boilerplate import _one_form, _two_releases

    arts = {
        "x": make_article("Evacuation story.", id="x", source="Northline News Agency"),
        "y": make_article("Railway story.", id="y", source="Northline News Agency"),
        "b": make_article("Live blog.", id="b", source="Calder Daily"),
    }
    assert not _one_form(arts["y"], arts["b"], arts, {"b": {"x", "y"}}, _two_releases)
    assert _one_form(arts["y"], arts["b"], arts, {"b": {"x"}}, _two_releases)
