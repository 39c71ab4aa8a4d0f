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


def test_a_stock_clause_refilled_beside_the_press_office_line_is_no_link() -> None:
    # "A 34-year-old man who was arrested on suspicion of murder" / "A 19-year-old man has
    # been arrested on suspicion of robbery": an edited clause whose sentences' figures all
    # differ and whose words differ beyond them is the force's form refilled (it was left as
    # a "related" pair before a review found the same in a force's appeal openings)
    assert _pairs(TRIBUTE, ROBBERY) == []


def test_a_statement_retelling_the_same_incident_is_still_linked() -> None:
    assert _pairs(APPEAL, SAME_CASE) == [("r0", "r1", "derived")]


FIRE = "\n\n".join(
    [
        "Police are appealing for witnesses after a fire at a disused warehouse on Canal "
        "Street, Hallbury, in the early hours of Sunday 2 November.",
        "Twelve residents of the flats next door were evacuated and two people were taken to "
        "hospital with smoke inhalation.",
        "Police are appealing for witnesses. Anyone with information should call 101 quoting "
        "incident 118 of 2 November.",
    ]
)
RING_ROAD = "\n\n".join(
    [
        "Police are appealing for witnesses after a serious crash on the Hallbury Ring Road on "
        "the evening of Tuesday 18 November.",
        "The rider of the motorcycle, a man in his 30s, was taken to hospital with serious "
        "injuries.",
        "Police are appealing for witnesses. Anyone with information should call 101 quoting "
        "incident 677 of 18 November.",
    ]
)


def test_an_opening_refilled_and_a_closing_line_cut_at_its_figures_are_the_form() -> None:
    """The opening line is an edited passage whose figures all differ and whose words differ
    beyond them; the closing line is matched word for word up to the incident numbers, where
    the aligner stops; what is left, one loose paraphrase about hospital, vouches for nothing
    (a review: one force's appeals on a fire and a crash were linked, 0.17-0.28)."""
    assert _pairs(FIRE, RING_ROAD) == []
    # the same appeal retold a day later is still linked
    later = FIRE.replace("Twelve residents", "Fire crews said twelve residents")
    assert _pairs(FIRE, later) == [("r0", "r1", "derived")]


def test_two_charge_statements_sharing_a_stock_line_cut_at_its_date_are_not_linked() -> None:
    """ "He has been remanded ... Court on" | "Wednesday 7 May" / "She has been ..." |
    "Thursday 8 May": an edited stub whose sentences' figures all differ is the form, as a
    verbatim one is (a review: two charge statements on other cases were linked, 0.15)."""
    robbery = (
        "A man has been charged in connection with an armed robbery at a post office in "
        "Kingsbury.\n\nJordan Kettering, 27, of Hawthorn Close, Brookfield, has been charged "
        "with robbery and possession of an imitation firearm.\n\nHe has been remanded in "
        "custody and is due to appear before Hallbury Magistrates' Court on Wednesday 7 May."
    )
    burglary = (
        "A woman has been charged in connection with a burglary at a pharmacy in Elmstead."
        "\n\nKerry Doherty, 41, of Mill Road, Elmstead, has been charged with burglary and "
        "theft.\n\nShe has been remanded in custody and is due to appear before Hallbury "
        "Magistrates' Court on Thursday 8 May."
    )
    assert _pairs(robbery, burglary) == []
    # the stock line cut at its start too, after the defendant's name (a review)
    named = (robbery.replace("He has", "Kettering has"), burglary.replace("She has", "Doherty has"))
    assert _pairs(*named) == []


def test_stock_paragraphs_naming_nothing_before_a_line_cut_at_its_figures_are_the_form() -> None:
    """Two whole stock paragraphs that name nothing, then "... quoting incident" | "118 of 2
    November": the force's closing, not a copy (a review: two appeals were linked, 0.39)."""
    closing = (
        "Officers are keen to hear from anyone who was in the area at the time and may have "
        "seen what happened.\n\nThey are also asking drivers with dashcam footage and "
        "residents with doorbell or CCTV cameras to check their recordings.\n\n"
        "Anyone with information should call 101 quoting incident {n} of {day}."
    )
    fire = (
        "Police are appealing for witnesses after a fire at a disused warehouse on Canal "
        "Street, Hallbury, in the early hours of Sunday 2 November.\n\nSix fire engines "
        "attended and the building was destroyed.\n\n" + closing.format(n=118, day="2 November")
    )
    crash = (
        "A pedestrian was seriously injured in a collision on Station Road, Colbury, on the "
        "evening of Tuesday 18 November.\n\nThe man, in his 50s, was taken to hospital by air "
        "ambulance.\n\n" + closing.format(n=677, day="18 November")
    )
    assert _pairs(fire, crash) == []
