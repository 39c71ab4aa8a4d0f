"""German (and Scandinavian) dates write the day as an ordinal with a full stop: "am 1. Januar
2027", "bis zum 3. Oktober".  That full stop does not end a sentence; a sentence that really
ends in a number before an English month is still split."""

from __future__ import annotations

import pytest

from newstrace.text.sentences import sentences


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadtwerke erhöhen zum 1. Januar 2027 den Strompreis um 6,8 Prozent.",
        "Der Markt bleibt vom 24. Dezember bis zum 2. Januar geschlossen.",
        "Die Sitzung ist am 3. März im Rathaus.",
        "Die Wahl findet am 12. September 2027 statt.",
        "Die Frist endet am 30. Juni, sagte der Sprecher.",
        "Das Rennen am 1. Mai fällt aus.",
    ],
)
def test_a_german_ordinal_date_is_not_a_sentence_end(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll rose to 12. August is usually the quietest month.",
            ["The death toll rose to 12.", "August is usually the quietest month."],
        ),
        (
            "Die Zahl stieg auf 12. Danach kam der Regen.",
            ["Die Zahl stieg auf 12.", "Danach kam der Regen."],
        ),
    ],
)
def test_a_sentence_ending_in_a_number_is_still_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
