"""Two articles sharing only paraphrase whose common facts are all in the text of a source
both derive from are siblings, not each other's copies, however far their passage reaches (a
review of technology launches: launch stories minutes apart were one another's sources
through a summary passage widened over a whole rival story; two affiliate lists pasting one
maker's descriptions were linked at 0.43).  Texts invented."""

from __future__ import annotations

from goldkit import DATA, aligned
from newstrace.records import Alignment, Span
from newstrace.stages.align import _withdraw_explained

RELEASE = (
    "Veltrix today announced the Arcadia X2. It weighs 1.09kg, lasts 21 hours on a charge and "
    "runs on the new K5 chip. It keeps two Thunderbolt 4 ports. It costs 1,299 pounds."
)
FIRST = (
    "The Arcadia X2 from Veltrix is light at 1.09kg and, the company says, good for 21 hours. "
    "I liked its keyboard more than any laptop this year."
)
SECOND = (
    "At 1.09kg the Arcadia X2 is light, and Veltrix promises 21 hours from its K5 chip. "
    "It costs 1,299 pounds."
)


def _found(texts: dict[str, str], kind: str = "paraphrase") -> list[Alignment]:
    first, second = texts["first"], texts["second"]
    lead = second.index(". ") + 1
    return [
        Alignment(Span("rel", 0, len(RELEASE)), Span("first", 0, first.index(". ") + 1),
                  "paraphrase", 0.7),
        Alignment(Span("rel", 0, len(RELEASE)), Span("second", 0, len(second)), "paraphrase", 0.7),
        # a summary passage widened over all of the first story
        Alignment(Span("first", 0, len(first)), Span("second", 0, lead), kind, 0.6),
    ]  # fmt: skip


def _links(found: list[Alignment]) -> set[tuple[str, str]]:
    return {(x.source.article_id, x.target.article_id) for x in found}


def test_facts_all_in_the_common_source_link_no_siblings() -> None:
    texts = {"rel": RELEASE, "first": FIRST, "second": SECOND}
    found = _found(texts)
    _withdraw_explained(found, {}, texts=texts)
    assert _links(found) == {("rel", "first"), ("rel", "second")}


def test_a_fact_only_the_two_have_keeps_the_link() -> None:
    first = FIRST.replace("21 hours", "21 hours, though the fan hums")
    second = SECOND.replace("K5 chip", "K5 chip, and its fan hums")
    texts = {"rel": RELEASE, "first": first, "second": second}
    found = _found(texts)
    _withdraw_explained(found, {}, texts=texts)
    assert ("first", "second") in _links(found)


def test_shared_wording_is_weighed_by_its_spans() -> None:
    texts = {"rel": RELEASE, "first": FIRST, "second": SECOND}
    found = _found(texts, "edited")
    _withdraw_explained(found, {}, texts=texts)
    assert ("first", "second") in _links(found)


def test_a_figure_the_source_lacks_keeps_the_link() -> None:
    """A figure both share and the common source has not is theirs, however many of their
    other words the source holds (a third review: a rival's paraphrase of a paper's own
    analysis of a long report)."""
    release = (
        "The trust spent heavily on agency nurses since 2023, the inspection report says. "
        "Vacant permanent posts, temporary staff and union concerns about cuts are listed."
    )
    first = (
        "Board papers show the trust spent 31m pounds on agency nurses since 2023, as vacant "
        "permanent posts and temporary staff drew union concerns about cuts."
    )
    second = (
        "The trust has spent 31m pounds on agency nurses since 2023: temporary staff fill "
        "vacant permanent posts, and the union has concerns about cuts."
    )
    texts = {"rel": release, "first": first, "second": second}
    found = [
        # the report's passages hold only the opening of each
        Alignment(Span("rel", 0, 80), Span("first", 0, 40), "paraphrase", 0.6),
        Alignment(Span("rel", 0, 80), Span("second", 0, 40), "paraphrase", 0.6),
        Alignment(Span("first", 0, len(first)), Span("second", 0, len(second)), "paraphrase", 0.8),
    ]
    _withdraw_explained(found, {}, texts=texts)
    assert ("first", "second") in _links(found)


def test_a_day_a_year_or_a_venue_the_source_lacks_explains_nothing() -> None:
    """Three launch stories paraphrasing one release each give the venue the release leaves
    out ("unveiled ... today in Tanbridge"): a name no figure, so the release still explains
    what they share (a fourth review: they were one another's copies again, 1.0)."""
    out = aligned(DATA / "forms" / "launch_venue.jsonl")
    prov = {p.article_id: p for p in out.provenance}
    for story in ("a", "b", "c"):
        assert set(prov[story].sources) == {"rel"}, prov[story]
