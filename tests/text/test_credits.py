"""Outlets an article credits in its text: agency datelines and syndication credits."""

from __future__ import annotations

import pytest

from newstrace.text.credits import credit_order, credits, names_outlet, outlet_key


@pytest.mark.parametrize(("text", "outlet"), [
    ("LONDON, March 12 (Reuters) - Fenmoor raised its rates.", "reuters"),
    ("PARIS (AFP) \u2014 Les prix montent.", "afp"),
    ("NORTH ARDEN, Minn. (MP) \u2014 Halvorsen will close its plant.", "mp"),
    ("Rates rose.\n\nThis article originally appeared in The Harwick Standard.", "harwickstandard"),
    ("First published by Kelford Gazette on Monday.", "kelfordgazette"),
    ("Republished with permission from the Vale Messenger.", "valemessenger"),
    ("Rates rose again.\n\nWith AP\n", "ap"),
    ("Rates rose. Additional reporting by Reuters.", "reuters"),
])  # fmt: skip
def test_credit_forms_are_read(text: str, outlet: str) -> None:
    assert outlet in credits(text)


@pytest.mark.parametrize("text", [
    "The report was first discussed in March by the council.",
    "Mr Smith (Labour) said the plan would fail.",  # not at the start of a line
    "With rates rising, the bank said it would wait.",  # not a line of its own
    "",
])  # fmt: skip
def test_prose_is_not_a_credit(text: str) -> None:
    assert not credits(text)


def test_an_outlet_is_named_by_its_name_or_its_domain() -> None:
    got = credits("This article originally appeared in The Harwick Standard.")
    assert names_outlet(got, "Harwick Standard")
    assert names_outlet(got, "harwickstandard.co.uk")
    assert not names_outlet(got, "Harwick Post")
    assert not names_outlet(credits("With AP"), "apnews.example")  # short names match whole
    assert outlet_key("The  Daily-Courant") == "dailycourant"
    # an agency by its initials; a paper with the same initials is not
    assert names_outlet(credits("NORTH ARDEN, Minn. (MP) - Text."), "Meridian Press Agency")
    assert names_outlet(credits("PARIS (AFP) - Texte."), "Agence France-Presse")
    assert not names_outlet(credits("DENVER (AP) - Text."), "Arden Post")


def test_credit_order() -> None:
    original, reprint = "Water failed at Colby.", (
        "Water failed at Colby.\n\nThis article originally appeared in The Harwick Standard."
    )
    assert credit_order("Harwick Standard", original, "Ostley Observer", reprint) == (0, False)
    assert credit_order("Ostley Observer", reprint, "Harwick Standard", original) == (1, False)
    wire = "LONDON (Reuters) - Rates rose."
    assert credit_order("Daily Courant", wire, "Westgate Post", wire) == (None, True)
    # the agency's own dateline names itself: the paper crediting it is the copy
    assert credit_order("Reuters", wire, "Westgate Post", wire) == (0, False)
    assert credit_order("A", "Rates rose.", "B", "Rates rose.") == (None, False)
