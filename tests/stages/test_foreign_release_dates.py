"""News in other languages than English: an undated article's range read from its text at
ingest in its own language, a German date in a subordinate clause before the main clause's
future verb, an undated copy whose text dates it ordered after an agency's story of that
day, and a release's "About" heading and press contacts in French and German."""

from __future__ import annotations

from datetime import date

from newstrace.stages import dedup
from newstrace.stages.align.boilerplate import release_paragraph
from newstrace.stages.extract.dates import infer_publication_date
from newstrace.stages.ingest.article import make_article

STORY = (
    "Die Stadtwerke Arnsfeld erhöhen zum 1. April die Gaspreise für rund 20.000 Kunden. Wie "
    "das Unternehmen am 3. März 2026 mitteilte, wird der Arbeitspreis um 9 Prozent steigen.\n\n"
    "Als Grund nannte der Geschäftsführer höhere Beschaffungskosten."
)


def test_an_undated_german_article_keeps_the_range_its_german_dates_imply() -> None:
    art = make_article(STORY)
    assert art.language == "de"
    assert art.metadata["published_after"] == "2026-03-03", art.metadata


def test_a_date_in_a_clause_before_the_main_clauses_future_verb_is_past() -> None:
    (lo, hi), _, notes = infer_publication_date(make_article(STORY))
    assert (lo, hi) == (date(2026, 3, 3), None), notes
    # the verb of its own clause still puts it in the future, past a decimal comma
    text = "Der Tarif, der am 1. April 2026 um 12,5 Prozent teurer werden soll, gilt für alle."
    (lo, hi), _, notes = infer_publication_date(make_article(text))
    assert (lo, hi) == (None, date(2026, 4, 1)), notes


def test_an_undated_copy_dated_by_its_text_comes_after_the_agencys_story_of_that_day() -> None:
    agency = make_article(
        STORY, source="Nordland Presseagentur", published="2026-03-03T09:15:00+01:00"
    )
    copy = make_article(STORY, source="Wendauer Rundschau")
    group = dedup.make_group("exact", [copy, agency], 1.0)
    assert (group.canonical, group.ordered) == (agency.id, True)
    undated = make_article(
        STORY.replace("am 3. März 2026", "am Dienstag"), source="Wendauer Rundschau"
    )
    assert not dedup.make_group("exact", [undated, agency], 1.0).ordered  # nothing dates it


RELEASE = (
    "Le ministère lance un programme de 40 millions d'euros pour la fibre.\n\n"
    "Contacts presse\nService de presse du ministère de la Transition rurale\n\n"
    "À propos du ministère de la Transition rurale\nLe ministère de la Transition rurale "
    "conduit la politique du gouvernement en faveur des territoires ruraux."
)
PRESSE = (
    "Die Stadtwerke erhöhen die Preise.\n\nPressekontakt: Anna Berg, Telefon 0561 123456\n\n"
    "Über die Stadtwerke Arnsfeld\nDie Stadtwerke Arnsfeld versorgen 20.000 Haushalte mit Gas."
)


def _at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def test_a_releases_about_heading_and_press_contacts_in_french_and_german() -> None:
    assert release_paragraph(RELEASE, _at(RELEASE, "Le ministère de la Transition rurale conduit"))
    assert release_paragraph(RELEASE, _at(RELEASE, "Contacts presse"))
    assert not release_paragraph(RELEASE, _at(RELEASE, "Le ministère lance"))
    assert release_paragraph(PRESSE, _at(PRESSE, "Die Stadtwerke Arnsfeld versorgen"))
    assert release_paragraph(PRESSE, _at(PRESSE, "Pressekontakt: Anna Berg"))
    assert not release_paragraph(PRESSE, _at(PRESSE, "Die Stadtwerke erhöhen"))


def test_a_news_subheading_in_lower_case_is_no_about_heading() -> None:
    text = "De dijk brak op twee plaatsen.\n\nOver de schade\nDe schade aan de dijk is groot."
    assert not release_paragraph(text, _at(text, "De schade aan de dijk"))


def test_a_date_set_off_by_commas_before_its_clauses_future_verb_is_to_come() -> None:
    for text in (
        "Am Montag, 3. März 2026, soll die neue Brücke über die Arn eröffnet werden.",
        "Am Montag, dem 3. März 2026, wird die neue Brücke über die Arn eröffnet.",
    ):
        (lo, hi), _, notes = infer_publication_date(make_article(text, language="de"))
        assert (lo, hi) == (None, date(2026, 3, 3)), notes
    # a clause ending at the date's comma: the next clause's verb is not the date's
    text = "Die Stadt kaufte das Gelände im März 2026, im April wird dort gebaut."
    (lo, hi), _, notes = infer_publication_date(make_article(text, language="de"))
    assert (lo, hi) == (date(2026, 3, 1), None), notes


def test_a_version_number_is_no_date() -> None:
    text = "Die Version 1.2.2026.4 der Software steht seit heute bereit."
    (lo, hi), _, notes = infer_publication_date(make_article(text, language="de"))
    assert (lo, hi) == (None, None), notes
