"""Open republication: a nonprofit newsroom's story republished by papers under a free
licence ("This article is republished from X under a Creative Commons license."), a wire
story printed with the agency's copyright line, and the notice lines themselves, which are
where a text is from, not news two texts share (a review of republication)."""

from __future__ import annotations

import pytest

from newstrace.config import Settings
from newstrace.records import Article, RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.ingest.article import make_article

ESTUARY = (
    "Salt marsh along the Carrow estuary has grown by a fifth in ten years, a survey by the "
    "river trust has found, reversing decades of loss to erosion and sea walls.\n\n"
    "The trust's ecologists mapped the marsh from drone images taken each autumn since 2016 "
    "and found that new mud banks had formed where old flood walls were breached on purpose "
    "to let the tide back in.\n\n"
    "Wading birds have followed. Counts of redshank nesting on the marsh rose from 40 pairs "
    "to 115, and avocets bred there last year for the first time in living memory.\n\n"
    '"The estuary is doing the work for us once we get out of its way," said Dr Imogen '
    'Hale, who led the survey. "The marsh also soaks up the surge of a winter storm."\n\n'
    "Farmers who gave up low-lying fields for the scheme were paid from a national fund, "
    "and the trust says two more breaches are planned upstream before 2030."
)
HOSPITAL = (
    "A new maternity unit at Harwick General Hospital will open in the spring after a "
    "two-year delay caused by problems with its ventilation system, the health board said.\n\n"
    "The unit has twelve birthing rooms and a neonatal ward, and replaces wards built in "
    "the 1960s that inspectors said were cramped and hard to keep clean.\n\n"
    "Midwives had been recruited for the original opening date and were working in other "
    "departments while the building stood empty, the board's annual report showed."
)
FERRY = (
    "The last chain ferry across the Dunmore narrows will stop running in October after "
    "the council said it could no longer afford to repair its engine and slipways.\n\n"
    "About 300 people a day use the crossing, which saves a fourteen-mile drive round the "
    "head of the inlet, and a petition to keep it has drawn more than 6,000 names.\n\n"
    "Councillors said a footbridge was being studied but would take at least five years."
)
LICENCE = (
    "This article is republished from The Lectern under a Creative Commons license. "
    "Read the original article."
)
LECTERN_BIO = (
    "The Lectern is an independent, nonprofit newsroom covering rivers and coasts. "
    "Republish our articles for free under a Creative Commons licence."
)


def _run(*arts: Article) -> RecordSet:
    return align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())


def _republished(lead: str, key: str, outlet: str, day: int) -> Article:
    """The estuary story republished under ``lead`` with the licence line, dated ``day``."""
    text = lead + "\n\n" + ESTUARY + "\n\n" + LICENCE
    return make_article(text, id=key, source=outlet, published=f"2026-03-{day:02d}T09:00:00Z")


def _original() -> Article:
    return make_article(ESTUARY, id="orig", source="The Lectern", published="2026-03-10T09:00:00Z")


def _pairs(out: RecordSet) -> set[tuple[str, str, str, str]]:
    return {(p.source_id, p.target_id, p.relation, p.evidence) for p in out.pairs}


def test_the_licence_line_names_the_original_over_a_wrong_date() -> None:
    """A republisher's date field a day early made it the original's source by date."""
    out = _run(_original(), _republished("Marsh returns to the Carrow", "copy", "Ledger", 9))
    copy = next(p for p in out.provenance if p.article_id == "copy")
    orig = next(p for p in out.provenance if p.article_id == "orig")
    assert "orig" in copy.sources
    assert not orig.sources


def test_the_agencys_copyright_line_names_it_the_source() -> None:
    """A paper's print of an agency story dated before the agency's own, both undated here
    but for the paper's lead: the copyright line credits the agency."""
    wire = make_article(FERRY, id="wire", source="Meridian Press")
    paper = make_article(
        "Ferry users in Dunmore say they will fight the decision.\n\n"
        + FERRY
        + "\n\nCopyright 2026 The Meridian Press. All rights reserved.",
        id="paper",
        source="Dunmore Echo",
    )
    out = _run(wire, paper)
    assert _pairs(out) == {("wire", "paper", "derived", "credit")}


def test_two_unrelated_republications_are_not_linked_by_the_licence_line() -> None:
    """Two papers' stories on different things, each republished from one newsroom and
    closing with its licence line, were linked by the line alone."""
    out = _run(
        make_article(HOSPITAL + "\n\n" + LICENCE, id="h", source="Saltmarsh Courier"),
        make_article(FERRY + "\n\n" + LICENCE, id="f", source="Harwick Ledger"),
    )
    assert not out.pairs and not out.alignments


def test_two_copies_of_one_story_share_no_unseen_source_through_their_notice() -> None:
    """Both copies traced to the original; their identical licence line, text the original
    lacks, made them also share a source beyond it."""
    out = _run(
        _original(),
        _republished("Birds return to the Carrow.", "c1", "Harwick Ledger", 11),
        make_article(
            ESTUARY.split("\n\n", 1)[1] + "\n\n" + LICENCE,
            id="c2",
            source="Saltmarsh Courier",
            published="2026-03-12T09:00:00Z",
        ),
    )
    for key in ("c1", "c2"):
        prov = next(p for p in out.provenance if p.article_id == key)
        assert "orig" in prov.sources
        assert not prov.unseen_source_with


def test_a_newsrooms_bio_links_none_of_its_stories() -> None:
    """The newsroom's standard bio and licence invitation closing two of its stories on
    different things is its footer (only two articles of the outlet in the corpus)."""
    out = _run(
        make_article(HOSPITAL + "\n\n" + LECTERN_BIO, id="h", source="The Lectern"),
        make_article(FERRY + "\n\n" + LECTERN_BIO, id="f", source="The Lectern"),
    )
    assert not [x for x in out.alignments if not x.boilerplate]
    assert not out.pairs


SERIES_BOX = (
    "About this series: Left Behind is a six-month investigation by the Valley Post into "
    "the closure of rural services. It was supported by a grant from the Coastal "
    "Journalism Fund, which had no say over its content."
)
# a columnist's box in its paragraph (a review of obituaries and columns)
AUTHOR_BOX = (
    "About the author: Oliver Treadgold is chief executive of the Harwick Chamber of "
    "Commerce and a former director of the county's enterprise agency. The views "
    "expressed are his own."
)


@pytest.mark.parametrize("box", [SERIES_BOX, AUTHOR_BOX], ids=["series", "author"])
def test_a_box_links_no_two_parts(box: str) -> None:
    """Two parts of a series, or two columns of one writer, share only their box."""
    out = _run(
        make_article(HOSPITAL + "\n\n" + box, id="p1", source="Valley Post"),
        make_article(FERRY + "\n\n" + box, id="p2", source="Valley Post"),
    )
    assert not out.pairs
