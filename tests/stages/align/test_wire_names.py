"""Which outlet names are read as news agencies (the source of a same-day wire copy)."""

from __future__ import annotations

import pytest

from newstrace.stages.align.provenance import direction, is_wire
from newstrace.stages.ingest.article import make_article

AGENCIES = ["Reuters", "The Associated Press", "The Canadian Press", "PA Media", "AFP",
            "Agence France-Presse", "Press Trust of India", "Meridian Press Agency",
            "Harbour News Agency", "Business Wire",
            "albion_news_agency_skerrin_ferry", "harbour-news-agency",
            "Agence Francopresse", "Nordpresse Agentur", "Agencia Iberpress",
            "Agenzia Nazionale Stampa Associata", "Deutsche Presse-Agentur",
            # an adjective and a joining word between (a review)
            "Agencia Hispana de Noticias", "Agence centrale de presse",
            "Agence Europ\u00e9enne de Presse",
            # court reporting agencies (a review)
            "Southern Courts Agency", "Court News UK"]  # fmt: skip
# (the last two are names taken from file names)
# newspapers and public bodies with "Press" or "Agency" in their names
OTHERS = ["Asbury Park Press", "The Press", "Press and Journal", "Detroit Free Press",
          "Riverton Press", "Environment Agency", "European Space Agency", None,
          "copper_wire_thefts_rise", "high-wire-act", "Agence de l'environnement",
          "La Presse", "Agencia Tributaria", "Express Agentur", "Agence Express",
          "Agentur für Arbeit Pressestelle"]  # fmt: skip


@pytest.mark.parametrize("name", AGENCIES)
def test_agencies_are_wires(name: str) -> None:
    assert is_wire(make_article("text", id="a", source=name))


@pytest.mark.parametrize("name", OTHERS)
def test_papers_named_press_are_not_wires(name: str | None) -> None:
    assert not is_wire(make_article("text", id="a", source=name))


def test_a_same_day_pair_of_papers_is_not_directed_by_a_press_name() -> None:
    day = "2026-03-03"
    paper = make_article("a", id="p", source="Riverton Press", published=day)
    other = make_article("b", id="o", source="Hallam Evening News", published=day)
    assert direction(paper, other, 0.5, 0.52).evidence != "wire"
    wire = make_article("a", id="w", source="Riverton News Agency", published=day)
    assert direction(wire, other, 0.5, 0.52).evidence == "wire"


@pytest.mark.parametrize(
    "header", ["COMMUNIQUÉ DE PRESSE", "PRESSEMITTEILUNG", "NOTA DE PRENSA", "COMUNICATO STAMPA"]
)
def test_release_headers_of_other_languages_are_release_signals(header: str) -> None:
    from newstrace.stages.align.provenance import press_signals

    body = "La ville de Marlac ouvre une nouvelle piscine le 3 mars."
    assert press_signals(f"{header}\n\n{body}") == press_signals(body) + 1
