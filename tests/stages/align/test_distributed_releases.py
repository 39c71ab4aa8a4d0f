"""A company's release as a wire service distributes it ("LAS VEGAS, May 13, 2026
/PRWirecast/ -- ...", "Investor contact:", "View original content ...", "SOURCE Pellaton
Energy Inc."), undated, and a news story rewriting it: the distributor's lines are the
release's marks, so the release is the story's source (a review of wire-distributed
releases: the pair had no direction, "related")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.align.provenance import press_signals, wire_name
from newstrace.stages.ingest.article import make_article

PARTNER = Path(__file__).parents[2] / "data" / "releases" / "partner.jsonl"
CEO_QUOTE = PARTNER.with_name("ceo_quote.jsonl")

RELEASE = (
    "LAS VEGAS, May 13, 2026 /PRWirecast/ -- Pellaton Energy Inc. (NYSE: PLTN) today "
    "began construction of the Dry Lake Ridge storage project, a 250-megawatt, four-hour "
    "battery system north of Las Vegas that will store solar power for use in the "
    "evening peak.\n\n"
    "The project will supply Sierra Basin Power under a 20-year contract signed last "
    "year and is expected to enter service in the summer of 2027. About 350 workers will "
    "be employed during construction.\n\n"
    "Pellaton has arranged $410 million of construction and term financing from a group "
    "of five banks led by Corwin Capital, the company said.\n\n"
    "\"Nevada's evenings are where the grid is tightest, and that is exactly the hour "
    'this project is built for," said Tobias Renwick, chief executive of Pellaton '
    'Energy. "Dry Lake Ridge doubles our storage fleet."\n\n'
    "The batteries will be supplied by Arklow Cell Systems and housed in 180 enclosures "
    "on a site of 35 acres.\n\n"
    "About Pellaton Energy\n\n"
    "Pellaton Energy Inc. develops, owns and operates solar, wind and battery storage "
    "projects across the western United States. The company has 2.1 gigawatts of "
    "projects in operation and is headquartered in Denver, Colorado.\n\n"
    "Investor contact: Hannah Prewitt, ir@pellaton.example\n\n"
    "View original content to download multimedia: "
    "https://www.prwirecast.example/news-releases/pellaton-energy-begins-construction-of-250-megawatt-battery-storage-project-in-nevada-302458190.html\n\n"
    "SOURCE Pellaton Energy Inc."
)

STORY = (
    "Pellaton Energy has started building a 250-megawatt battery near Las Vegas that "
    "will hold four hours of solar power for the evening, when Nevada's grid is at its "
    "tightest.\n\n"
    "The Dry Lake Ridge project will sell its output to Sierra Basin Power under a "
    "20-year deal and should be running by summer 2027, the Denver-based developer said "
    "on Wednesday.\n\n"
    "Five banks led by Corwin Capital have lent $410 million for the project. Arklow "
    "Cell Systems will supply the batteries.\n\n"
    'Chief executive Tobias Renwick said the project "doubles our storage fleet."\n\n'
    "Nevada regulators have approved more than 3 gigawatts of battery storage since "
    "2023, most of it paired with solar farms, as the state's utility tries to cover the "
    "hours after sunset without new gas plants."
)


def test_a_distributed_release_is_its_rewrites_source_undated() -> None:
    rel = make_article(RELEASE, id="rel", source="PR Wirecast")
    news = make_article(STORY, id="news", source="Western Energy Desk")
    for arts in ((rel, news), (news, rel)):
        out = align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())
        assert [(p.source_id, p.target_id, p.relation) for p in out.pairs] == [
            ("rel", "news", "derived")
        ]


def test_distributor_lines_and_names() -> None:
    assert press_signals("SOURCE Pellaton Energy Inc.") == 1
    assert press_signals("Source: Office for National Statistics") == 0
    assert wire_name("GlobeNewswire") and not wire_name("Western Energy Desk")


def test_an_agency_named_by_its_own_dateline_is_a_wire() -> None:
    from newstrace.stages.align.provenance import is_wire

    brief = "KINGSBRIDGE (PSA) - Kingsbridge Town have signed the striker Abara on a deal."
    assert is_wire(make_article(brief, id="b", source="Pennine Sports Agency"))
    assert is_wire(make_article(brief.replace("PSA", "Pennine Sports Agency"), id="b",
                                source="Pennine Sports Agency"))  # fmt: skip
    # a paper printing the agency's copy under the agency's dateline is no agency, nor a
    # station whose dateline names itself ("WASHINGTON (CNN) -": a second review)
    assert not is_wire(make_article(brief, id="b", source="Kingsbridge Gazette"))
    assert not is_wire(make_article(brief.replace("PSA", "WKXT"), id="b", source="WKXT"))
    plain = "Kingsbridge Town have signed Abara."
    assert not is_wire(make_article(plain, id="b", source="Pennine Sports Agency"))


def test_ends_opening_the_contact_line_is_a_release_mark() -> None:
    """A candidate's release ends "Ends. For further information contact ...": a paper
    quoting it was its fellow quoter ("quotation"), not its rewrite (a review of elections)."""
    tail = "Ends. For further information contact the Civic Party's Ashford office."
    assert press_signals("The candidate spoke.\n\n" + tail) == 2
    assert press_signals("The consultation ends. Residents can still write in.") == 0


def test_a_release_dateline_links_no_two_releases_of_one_company() -> None:
    """Two unrelated releases of one company open with its dateline and name ("BRACKFORD,
    Ohio, March 24, 2026 -- Veltrana Robotics Inc. (Nasdaq: VLTR) today ..."): the dateline
    is cut off as an agency's is, and "Inc." before a bracket ends no sentence."""
    from newstrace.text.credits import dateline_end
    from newstrace.text.sentences import sentences

    head = "BRACKFORD, Ohio, March 24, 2026 -- Veltrana Robotics Inc. (Nasdaq: VLTR) today "
    assert head[dateline_end(head, 0, len(head)) :].startswith("Veltrana")
    assert len(sentences(head + "named a finance chief.")) == 1
    cfo = make_article(
        head + "named Dominika Farrow as chief financial officer, effective April 6. Farrow "
        "joins from Halden Cold Chain, where she led finance for six years.\n\n"
        '"Dominika has run finance at a company growing as fast as we are," said chief '
        "executive Tomasz Oyelaran.",
        id="cfo",
        source="Veltrana Robotics",
        published="2026-03-24T08:00:00-04:00",
    )
    dividend = make_article(
        head + "said its board had declared the first quarterly dividend in its history, "
        "of 12 cents a share, payable on May 15 to holders of record on May 1.\n\n"
        "The company said record orders from hospitals let it return cash to investors "
        "while it keeps building its second plant in Ohio.",
        id="dividend",
        source="Veltrana Robotics",
        published="2026-03-24T08:00:00-04:00",
    )
    out = align.run(dedup.run(RecordSet(articles=(cfo, dividend)), Settings()), Settings())
    assert not out.pairs


def test_narrow_distributor_and_agency_readings() -> None:
    """ "/PRWirecast/--" unspaced is the distributor's dateline; a paper whose initials an
    agency's dateline spells ("Alton Free Press", "(AFP)") is no agency; a tag of two
    words ("he said") is in any text, no copied tag (a code review)."""
    from newstrace.stages.align.cited import flat_words
    from newstrace.stages.align.provenance import _copied_tag, is_wire

    assert press_signals("LAS VEGAS, May 13, 2026 /PRWirecast/--Pellaton Energy began.") == 1
    afp = "PARIS (AFP) - French farmers blocked roads around the capital on Monday."
    assert not is_wire(make_article(afp, id="p", source="Alton Free Press"))
    other = flat_words("She said the plan would fail. National Renewal leader Dorian Wexley said:")
    assert not _copied_tag(flat_words(", he said."), other)
    assert _copied_tag(flat_words("National Renewal leader Dorian Wexley said:"), other)


def test_a_partner_passing_a_release_on_credits_it() -> None:
    """ "... the announcement below, issued today by our partner Sarnova Biotech.": undated,
    the partner's page is the release's copy, not its sibling (a review of releases)."""
    from newstrace.text.credits import credits

    intro = (
        "RALEIGH, N.C. -- Lumeric Diagnostics is pleased to share the announcement below, "
        "issued today by our partner Sarnova Biotech. The agreement is Lumeric's first "
        "companion diagnostic deal.\n\n"
    )
    assert credits(intro) == {"sarnovabiotech"}
    rows = [json.loads(line) for line in PARTNER.read_text(encoding="utf-8").splitlines()]
    arts = tuple(make_article(r["text"], id=r["id"], source=r["source"]) for r in rows)
    for order in (arts, arts[::-1]):
        out = align.run(dedup.run(RecordSet(articles=order), Settings()), Settings())
        assert [(p.source_id, p.target_id, p.relation) for p in out.pairs] == [
            ("D_rel_sb", "D_repub_ld", "derived")
        ]


@pytest.mark.parametrize("dated", [True, False])
def test_a_release_is_the_source_of_its_chief_executives_quote(dated: bool) -> None:
    """A paper quotes only the chief executive's words from a company's release (press
    contact line), tagged in its own words: the release is its source, dated or not, not a
    fellow quoter of one speaker (the speech tag rule made them "quotation": a sweep of the
    review corpora)."""
    rows = [json.loads(line) for line in CEO_QUOTE.read_text(encoding="utf-8").splitlines()]
    arts = tuple(
        make_article(
            r["text"], id=r["id"], source=r["source"], published=r["published"] if dated else None
        )
        for r in rows
    )
    out = align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())
    assert [(p.source_id, p.target_id, p.relation) for p in out.pairs] == [
        ("C_rel", "C_paper_quote", "derived")
    ]


def test_news_lines_like_release_marks_are_none() -> None:
    """A news line that only looks like a release's ("Investor contacts at the bank said",
    a subheading in capitals "SOURCE OF THE FAULT", "Ends. That was how ...", a web address
    before a dash) is no release mark: it made a paper the source of quotes it shared with
    another paper (a second review)."""
    from newstrace.stages.align.provenance import _strong_marks

    for line in (
        "Investor contacts at the bank said the call had gone well.",
        "Press contacts at the ministry said nothing.",
        "SOURCE OF THE FAULT",
        "Ends. That was how the match went.",
        "View original content of the video is on the club's site.",
        "Read it at https://example.com/business/ \u2014 a long piece.",
    ):
        assert press_signals(line) == 0 and not _strong_marks(line), line
    assert _strong_marks("Media contact: Ann Lee") and _strong_marks("Investor contact: Ann")


def test_a_pasting_papers_lead_in_line_is_its_frame() -> None:
    """A paper pastes a weather bureau's warning under its own line ("The National Weather
    Bureau has issued the following warning:", 63 characters); a second paper paraphrases
    the warning: the bureau is its source, not the pasting paper beside it (a review of
    weather warnings)."""
    path = PARTNER.with_name("warning.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    arts = tuple(
        make_article(r["text"], id=r["id"], source=r["source"], published=r.get("published"))
        for r in rows
    )
    out = align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())
    sources = {p.article_id: set(p.sources) for p in out.provenance}
    assert sources["L2"] == {"nw1"}
