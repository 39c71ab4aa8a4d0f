"""A company's release as a wire service distributes it ("LAS VEGAS, May 13, 2026
/PRWirecast/ -- ...", "Investor contact:", "View original content ...", "SOURCE Pellaton
Energy Inc."), undated, and a news story rewriting it: the distributor's lines are the
release's marks, so the release is the story's source (a review of wire-distributed
releases: the pair had no direction, "related")."""

from __future__ import annotations

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.align.provenance import press_signals, wire_name
from newstrace.stages.ingest.article import make_article

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
    assert is_wire(make_article(brief, id="b", source="PSA"))
    assert is_wire(make_article(brief, id="b", source="Pennine Sports Agency"))
    # a paper printing the agency's copy under the agency's dateline is no agency
    assert not is_wire(make_article(brief, id="b", source="Kingsbridge Gazette"))
    assert not is_wire(make_article("Kingsbridge Town have signed Abara.", id="b", source="PSA"))


def test_ends_opening_the_contact_line_is_a_release_mark() -> None:
    """A candidate's release ends "Ends. For further information contact ...": a paper
    quoting it was its fellow quoter ("quotation"), not its rewrite (a review of elections)."""
    tail = "Ends. For further information contact the Civic Party's Ashford office."
    assert press_signals("The candidate spoke.\n\n" + tail) == 2
    assert press_signals("The consultation ends. Residents can still write in.") == 0
