"""Research news: a university's release on a journal study, an agency's story of it out when
the embargo lifts, a team's two releases months apart, and stories naming one journal (a
review of science and health news)."""

from __future__ import annotations

from newstrace.config import Settings
from newstrace.records import Article, RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.ingest.article import make_article

FINDING = (
    "A short walk after every meal lowers blood sugar more than one longer walk a day, a study "
    "of 180 adults with type 2 diabetes has found. Volunteers who walked for ten minutes after "
    "breakfast, lunch and dinner had blood sugar readings almost a quarter lower after meals "
    "than when they walked for thirty minutes in one go.\n\n"
    '"Timing matters as much as the total," said Dr Maren Okafor-Lisle, who led the study at '
    '"the University of Harrowgate. "A stroll after dinner is the easiest change to make."'
)
TAIL = (
    "ENDS\n\nNotes to editors\n\nThe study is published in the Journal of Ageing and Metabolic "
    "Health.\n\nMedia contact: Press Office, University of Harrowgate, press@harrowgate.ac.uk"
)
RELEASE = "EMBARGOED UNTIL 00:01 GMT 12 March 2026\n\n" + FINDING + "\n\n" + TAIL


def _run(*arts: Article) -> RecordSet:
    return align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())


def _pairs(out: RecordSet) -> set[tuple[str, str, str, str]]:
    return {(p.source_id, p.target_id, p.relation, p.evidence) for p in out.pairs}


def test_the_release_is_the_source_of_the_agency_story_out_at_the_embargo() -> None:
    """Both out at 00:01: the agency was made the release's source by its agency name."""
    when = "2026-03-12T00:01:00Z"
    release = make_article(RELEASE, id="rel", source="University of Harrowgate", published=when)
    agency = make_article(
        "LONDON, March 12 (Albion Press Agency) - " + FINDING + "\n\nThe charity Diabetes "
        "Forward said the findings were encouraging but that people should talk to their "
        "doctor before changing their routine.",
        id="agency",
        source="Albion Press Agency",
        published=when,
    )
    ((source, target, relation, _),) = _pairs(_run(release, agency))
    assert (source, target, relation) == ("rel", "agency", "derived")


def test_two_undated_releases_are_ordered_by_their_embargo_lines() -> None:
    """A team's second release reuses the first's background paragraph; undated, they were
    read as sharing an unseen source."""
    background = (
        "The Harrowgate team reported in March that a ten-minute walk after each meal lowered "
        "blood sugar in adults with type 2 diabetes more than one longer walk a day, in a study "
        "of 180 volunteers published in the Journal of Ageing and Metabolic Health."
    )
    first = make_article(
        "EMBARGOED UNTIL 00:01 GMT 12 March 2026\n\n" + background + "\n\nNotes to editors\n\n"
        "Media contact: Press Office, University of Harrowgate",
        id="first",
        source="University of Harrowgate",
    )
    second = make_article(
        "EMBARGOED UNTIL 00:01 BST 8 October 2026\n\nWalking after meals also improves sleep, "
        "the same researchers have found in a follow-up study of 240 adults.\n\n"
        + background
        + "\n\nNotes to editors\n\nMedia contact: Press Office, University of Harrowgate",
        id="second",
        source="University of Harrowgate",
    )
    assert first.metadata.get("embargoed_until") and second.metadata.get("embargoed_until")
    pairs = _pairs(_run(second, first))
    assert {(s, t, r) for s, t, r, _ in pairs} == {("first", "second", "derived")}


def test_a_journals_name_alone_links_no_two_stories() -> None:
    brief = make_article(
        "Walking for ten minutes after meals can lower blood sugar, researchers say. The "
        "findings are published in the Journal of Ageing and Metabolic Health.",
        id="brief",
        source="Harwick Echo",
        published="2026-03-12T07:00:00Z",
    )
    other = make_article(
        "Older adults who lift weights twice a week sleep better, according to a trial of 90 "
        "volunteers in Dunmore. The trial is described in the Journal of Ageing and Metabolic "
        "Health.",
        id="other",
        source="Dunmore Courier",
        published="2026-05-02T07:00:00Z",
    )
    assert not _run(brief, other).pairs


def test_a_name_is_a_preposition_or_verb_and_capitalised_words_not_a_headline() -> None:
    from newstrace.stages.align.boilerplate import _only_a_name

    assert _only_a_name("in the Journal of Ageing and Metabolic Health.")
    assert _only_a_name("described in the Journal of Ageing and Metabolic Health.")
    assert _only_a_name("at Harwick Crown Court on Monday")
    assert not _only_a_name("Lindsay Lohan Checks Into Rehab at Betty Ford Center")
    assert not _only_a_name("residents told Harwick Council")
    assert not _only_a_name("at Harwick Crown Court on 3 March")  # a figure: a date


def test_embargoes_of_one_moment_in_two_zones_give_no_order() -> None:
    from newstrace.stages.align.provenance import _embargo_order

    uk = make_article("EMBARGOED UNTIL 00:01 GMT 12 March 2026\n\nText.", id="uk")
    us = make_article("EMBARGOED UNTIL 7:01 PM ET, March 11, 2026\n\nText.", id="us")
    later = make_article("EMBARGOED UNTIL 00:01 GMT 19 March 2026\n\nText.", id="later")
    assert uk.metadata.get("embargoed_until") and us.metadata.get("embargoed_until")
    assert _embargo_order(uk, us) is None
    assert _embargo_order(uk, later) == 0 and _embargo_order(later, us) == 1
