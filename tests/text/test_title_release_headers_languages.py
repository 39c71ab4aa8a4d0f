"""Press-release headers in French, German, Spanish, Italian and Dutch are not headlines
either (every release would be titled "COMMUNIQUÉ DE PRESSE"); the line stays in the text."""

from __future__ import annotations

import pytest

from newstrace.text.normalize import find_title

BODY = "La métropole de Lorvan a adopté lundi un plan de rénovation de 45 millions d'euros."


@pytest.mark.parametrize(
    "first",
    [
        "COMMUNIQUÉ DE PRESSE",
        "Communiqué de presse",
        "COMMUNIQUE DE PRESSE",
        "PRESSEMITTEILUNG",
        "Presseinformation",
        "NOTA DE PRENSA",
        "Comunicado de prensa",
        "COMUNICATO STAMPA",
        "PERSBERICHT",
    ],
)
def test_a_release_header_is_not_the_title(first: str) -> None:
    assert find_title(f"{first}\n\n{BODY}") == (None, 0)


@pytest.mark.parametrize(
    "headline",
    [
        "Le communiqué de la préfecture sème le doute",
        "Pressemitteilungen der Polizei werden kürzer",
        "La nota de prensa que nadie leyó",
    ],
)
def test_headlines_about_releases_are_still_titles(headline: str) -> None:
    assert find_title(f"{headline}\n\n{BODY}")[0] == headline
