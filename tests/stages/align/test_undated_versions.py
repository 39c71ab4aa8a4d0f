"""Two undated versions of one outlet's article: the one opening with an update paragraph
("Update, 14:30: ...") is the later, and the outlet naming itself in its scoop ("..., the
Kestrel Times understands.") is no credit of its retraction stub (a review of corrections,
updates and retractions: undated, each original was made its later version's copy)."""

from __future__ import annotations

from newstrace.config import Settings
from newstrace.records import Article, RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.align.provenance import article_version, later_version, update_number
from newstrace.stages.ingest.article import make_article

BRIDGE = (
    "Millbrook footbridge, the only pedestrian crossing of the River Tarn between the town "
    "centre and the Eastgate estate, will close for eight months from April after councillors "
    "approved a £4.2m repair scheme on Tuesday evening.\n\n"
    "Engineers found corrosion in three of the bridge's steel hangers during an inspection in "
    "November, and a weight limit of ten people at a time has been in place since December.\n\n"
    'Councillor Dana Whitcombe, the cabinet member for transport, said: "Nobody wants to lose '
    'this bridge for most of a year, but the inspection left us no choice."\n\n'
    "Pedestrians will be diverted over the Station Road bridge, adding about twenty minutes "
    "to a walk from Eastgate to the market square. A free shuttle bus will run every fifteen "
    "minutes between 7am and 7pm on weekdays, the council said.\n\n"
    "Work is due to start on 14 April and finish by the end of November. The footbridge was "
    "built in 1974 and last refurbished in 2003."
)
UPDATE = (
    "Update, 14:30: The council has confirmed that cyclists will also be barred from the "
    "Station Road diversion during peak hours, and that the shuttle bus will carry folded "
    "bicycles only. A spokeswoman said a separate cycle route via Mill Lane would be "
    "signposted from next week."
)
SCOOP = (
    "The chief executive of Kestrel Valley Hospitals NHS Trust, Marion Feltham, is expected to "
    "resign this week after an internal review found that waiting list figures sent to "
    "regulators had been understated for more than a year, the Kestrel Times understands.\n\n"
    "According to two people familiar with the review, about 3,100 patients waiting for "
    "orthopaedic and eye surgery were left out of monthly returns between January 2024 and "
    "February 2025, making the trust appear to meet a national target it had in fact missed.\n\n"
    "Ms Feltham, who joined the trust in 2021 from a hospital group in the Midlands, was "
    "praised last year for reducing emergency department delays at Kestrel General.\n\n"
    "The trust runs Kestrel General Hospital and two community hospitals and employs about "
    "6,800 staff. It treated more than 410,000 patients last year."
)
STUB = (
    "Editor's note: This article has been retracted because the Kestrel Times could not stand "
    "by its central claim. Marion Feltham has not resigned and has told us she has no "
    "intention of doing so. We apologise to Ms Feltham and to the trust.\n\n"
    'The original article, published on 2 April, began: "The chief executive of Kestrel '
    "Valley Hospitals NHS Trust, Marion Feltham, is expected to resign this week after an "
    "internal review found that waiting list figures sent to regulators had been understated "
    'for more than a year."\n\n'
    "The article has been removed from our website. A review of how it came to be published "
    "is under way, and we will report its conclusions to readers."
)


def _pairs(*arts: Article) -> set[tuple[str, str, str]]:
    out = align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())
    return {(p.source_id, p.target_id, p.relation) for p in out.pairs}


def test_an_update_paragraph_marks_the_later_version() -> None:
    assert later_version(UPDATE + "\n\n" + BRIDGE) > later_version(BRIDGE)
    # an "Updated 14:30 GMT" line alone (the original's, a reprint leaves it out) is no mark
    assert not later_version("Updated 14:30 GMT\n\n" + BRIDGE)
    first = make_article(BRIDGE, id="v1", source="Harwick Standard")
    second = make_article(UPDATE + "\n\n" + BRIDGE, id="v2", source="Harwick Standard")
    for arts in ((first, second), (second, first)):
        assert ("v1", "v2", "derived") in _pairs(*arts)


def test_an_outlet_naming_itself_does_not_make_its_scoop_the_stubs_copy() -> None:
    scoop = make_article(SCOOP, id="scoop", source="Kestrel Times")
    stub = make_article(STUB, id="stub", source="Kestrel Times")
    for arts in ((scoop, stub), (stub, scoop)):
        assert ("stub", "scoop", "derived") not in _pairs(*arts)


def test_version_and_self_credit_marks_are_read_narrowly() -> None:
    """A software note ("Update 3.10: the firmware ...") is no later-version mark; an
    outlet's earlier story it "revealed" is credited though the sentence holds "understands"
    (a code review)."""
    from newstrace.text.credits import attribution_order

    assert not later_version("Update 3.10: the firmware adds a dark mode.")
    follow = (
        "The Kestrel Times revealed on Monday that the trust had understated its waiting "
        "lists, which the minister understands."
    )
    assert attribution_order("Kestrel Times", SCOOP, "Kestrel Times", follow) == 0


def test_a_correction_is_later_than_any_number_of_updates() -> None:
    """A live version's three update paragraphs come before the rewrite's correction note
    (counted, they made the live version the later: a second review)."""
    live = "\n\n".join([UPDATE, UPDATE.replace("14:30", "15:10"), UPDATE.replace("14:30", "16:00")])
    corrected = "Correction: An earlier version of this article misstated the cost.\n\n" + BRIDGE
    assert later_version(corrected) > later_version(live + "\n\n" + BRIDGE) > later_version(BRIDGE)


def test_an_agency_s_update_numbers_order_its_undated_versions() -> None:
    """ "UPDATE 2-..." is later than "UPDATE 1-...", which is later than the lead and the
    "FLASH:" alert (a review of business news: undated, the second update, holding the first
    whole, was made its source by containment)."""
    first_two = BRIDGE.split("\n\n")[:3]
    lead = make_article(
        "\n\n".join(first_two[:2]), id="lead", source="Meridian Wire", title="Footbridge to close"
    )
    one = make_article(
        "\n\n".join(first_two),
        id="u1",
        source="Meridian Wire",
        title="UPDATE 1-Footbridge to close",
    )
    two = make_article(
        BRIDGE, id="u2", source="Meridian Wire", title="UPDATE 2-Footbridge to close"
    )
    assert [update_number(a) for a in (lead, one, two)] == [0, 1, 2]
    alert = make_article(
        "x", id="f", source="Meridian News Agency", title="FLASH: Millbrook footbridge to close"
    )
    assert update_number(alert) == -1
    # a paper's appeal, a capitalised headline: no agency's alert (a second review)
    appeal = make_article("x", id="a", source="Dunmore Post", title="URGENT: blood donors needed")
    floods = make_article("x", id="h", source="Meridian News Agency", title="FLASH FLOODS hit town")
    assert update_number(appeal) == update_number(floods) == 0
    for arts in ((one, two), (two, one)):
        assert ("u1", "u2", "derived") in _pairs(*arts)
    assert ("lead", "u1", "derived") in _pairs(lead, one)
    assert ("u2", "u1", "derived") not in _pairs(lead, one, two)


def test_an_agency_s_correction_marks_make_the_later_version() -> None:
    """An agency's "(Corrects ... to X from Y)" line and "CORRECTED-" headline prefix mark the
    correction (a review of results news: undated, the original was made its correction's
    copy, the canonical copy of their group); a line in brackets that is no version line is
    no mark."""
    wrong = BRIDGE.replace("£4.2m", "£2.4m")
    line = "(Corrects cost of repair scheme in first paragraph to £4.2m from £2.4m)\n\n"
    assert later_version(line + BRIDGE) == 2
    assert later_version("(Adds council comment in paragraph 4)\n\n" + BRIDGE) == 1
    assert later_version("(Pictured: the footbridge in 2003)\n\n" + BRIDGE) == 0
    first = make_article(wrong, id="w1", source="Meridian Wire", title="Footbridge to close")
    fixed = make_article(
        line + BRIDGE, id="w2", source="Meridian Wire", title="Footbridge to close"
    )
    titled = make_article(
        BRIDGE + " Its deck was last painted in 2011.",
        id="w3",
        source="Meridian Wire",
        title="CORRECTED-UPDATE 1-Footbridge to close",
    )
    assert article_version(titled) == 2 and update_number(titled) == 1
    for copy in (fixed, titled):
        for arts in ((first, copy), (copy, first)):
            (group,) = dedup.run(RecordSet(articles=arts), Settings()).duplicates
            assert group.canonical == "w1"
