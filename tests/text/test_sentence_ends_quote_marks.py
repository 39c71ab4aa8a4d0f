"""Sentence ends after the closing quotation marks of German, French, Spanish and Italian.

Invented texts (audit16).  A full stop followed by „...“'s closing “, by » (with or without the
French space) or by Swiss »...«'s « was not a sentence end, and a sentence opening with „ or «
did not start one, so a quoted sentence and the article's own next sentence were one
sentence: passages of articles quoting a release ran over the article's own words (a German
article quoting 30% of its text was 53% reused) or were missed.
"""

from __future__ import annotations

import pytest

from newstrace.text.sentences import sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Es heißt: „Die Bahnen fahren alle sieben Minuten.“ Der Verein bleibt wachsam.",
            ["Es heißt: „Die Bahnen fahren alle sieben Minuten.“", "Der Verein bleibt wachsam."],
        ),
        (
            "Die Bahnen fahren alle sieben Minuten. „Das ist ein Erfolg“, sagte sie.",
            ["Die Bahnen fahren alle sieben Minuten.", "„Das ist ein Erfolg“, sagte sie."],
        ),
        (
            "Le texte précise : « Les travaux dureront un mois. » Le maire réclame une gare.",
            ["Le texte précise : « Les travaux dureront un mois. »", "Le maire réclame une gare."],
        ),
        (
            "La flotte passera à 1 100 vélos. « Nous irons vite », a dit Claire Dumesnil.",
            ["La flotte passera à 1 100 vélos.", "« Nous irons vite », a dit Claire Dumesnil."],
        ),
        (
            "Se lee: «El ingreso será gratuito.» El director pide un billete especial.",
            ["Se lee: «El ingreso será gratuito.»", "El director pide un billete especial."],
        ),
        (
            "Er sagte: »Wir bauen.« Die Stadt zahlt.",
            ["Er sagte: »Wir bauen.«", "Die Stadt zahlt."],
        ),
    ],
)
def test_quoted_sentence_ends_at_its_closing_mark(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'He said: "The line opens in March." The mayor wants a station.',
            ['He said: "The line opens in March."', "The mayor wants a station."],
        ),
        (
            "Dr. Smith met J. Doe at 5 p.m. on Monday. He left.",
            ["Dr. Smith met J. Doe at 5 p.m. on Monday.", "He left."],
        ),
        (
            "Am 1. Januar 2027 endet es. Danach nicht.",
            ["Am 1. Januar 2027 endet es.", "Danach nicht."],
        ),
        (
            "She wrote “no.” Then she left.",
            ["She wrote “no.”", "Then she left."],
        ),
    ],
)
def test_english_and_dates_split_as_before(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
