"""A police force's statements on unrelated incidents, in its standard phrasing (the appeal's
opening line, the 101 and Crimestoppers contact line, "a X-year-old man has been arrested on
suspicion of"): the phrasing is the force's form, not reuse between two incidents; a later
statement on the same incident retelling the appeal is still linked to it."""

from __future__ import annotations

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align
from newstrace.stages.ingest.article import make_article

FORCE = "Westmoor Police"
OFFICE = (
    "Issued by the Westmoor Police press office. Media enquiries: "
    "press.office@westmoor-police.invalid"
)


def _contact(incident: str, day: str) -> str:
    return (
        f"Anyone with information is asked to call Westmoor Police on 101, quoting incident "
        f"{incident} of {day}. Alternatively, information can be given anonymously to the "
        f"independent charity Crimestoppers on 0800 555 111 or through its website."
    )


APPEAL = "\n\n".join(
    [
        "Police are appealing for witnesses after a man died following an assault in Marlow "
        "Street, Hallbury, in the early hours of Saturday 2 May.",
        "Paramedics treated him at the scene, and he was taken to Westmoor General Hospital, "
        "where he died a short time later. His family have been told.",
        _contact("123", "2 May"),
        OFFICE,
    ]
)
CRASH = "\n\n".join(
    [
        "Police are appealing for witnesses after a motorcyclist was seriously injured in a "
        "collision on the A412 near Hallbury on Tuesday 5 May.",
        "The road was closed for several hours while collision investigators examined the scene.",
        _contact("597", "5 May"),
        OFFICE,
    ]
)
TRIBUTE = "\n\n".join(
    [
        "The family of a man who died after being assaulted in Hallbury have paid tribute to "
        "him, describing him as a devoted father.",
        "A 34-year-old man who was arrested on suspicion of murder remains in custody.",
        OFFICE,
    ]
)
ROBBERY = "\n\n".join(
    [
        "A 19-year-old man has been arrested on suspicion of robbery after a shop worker was "
        "threatened in Kestrel Bay.",
        "A man entered the Harbour Road convenience store at about 7.50pm, threatened a member "
        "of staff and left with cash from the till.",
        OFFICE,
    ]
)
SAME_CASE = "\n\n".join(
    [
        "The family of a man who died after an assault in Hallbury have paid tribute to him.",
        "Callum Reddy, 29, was found seriously injured in Marlow Street in the early hours of "
        "Saturday 2 May and died in hospital a short time later.",
        OFFICE,
    ]
)


def _pairs(*texts: str) -> list[tuple[str, str, str]]:
    arts = tuple(
        make_article(t, id=f"r{i}", source=FORCE, published=f"2026-05-0{i + 2}T10:00:00+01:00")
        for i, t in enumerate(texts)
    )
    out = align.run(RecordSet(articles=arts), Settings())
    return [(p.source_id, p.target_id, p.relation) for p in out.pairs]


def test_two_appeals_opening_alike_on_other_incidents_are_not_linked() -> None:
    # the opening line is a paraphrase whose figures (the day, the road) all differ
    assert _pairs(APPEAL, CRASH) == []


def test_a_stock_clause_left_beside_the_press_office_line_gives_no_direction() -> None:
    # "...-year-old man ... arrested on suspicion of": once the press-office line is
    # boilerplate, one short edited clause is left, as for a pair that had nothing else
    assert _pairs(TRIBUTE, ROBBERY) == [("r0", "r1", "related")]


def test_a_statement_retelling_the_same_incident_is_still_linked() -> None:
    assert _pairs(APPEAL, SAME_CASE) == [("r0", "r1", "derived")]
