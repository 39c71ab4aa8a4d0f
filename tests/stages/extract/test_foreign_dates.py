"""Dates written in other languages place an undated article (README "Known limits" said
they did not): absolute dates, month names from dateparser, future words by hand."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.stages.extract.dates import date_mentions, infer_publication_date
from newstrace.stages.extract.foreign_dates import dates
from newstrace.stages.ingest.article import make_article

PAST_AND_FUTURE = [
    ("de", "Die Brücke wurde am 3. März 2025 für den Verkehr gesperrt. "
           "Sie soll im Juni 2026 wieder geöffnet werden, teilte die Stadt mit."),
    ("fr", "Le pont a été fermé le 3 mars 2025 par la préfecture. "
           "Il sera rouvert en juin 2026, selon la mairie de la ville."),
    ("es", "El puente se cerró el 3 de marzo de 2025 y será reabierto en junio de 2026, "
           "según informó el ayuntamiento de la ciudad."),
    ("it", "Il ponte è stato chiuso il 3 marzo 2025 dal comune, e sarà riaperto nel giugno "
           "2026 secondo la giunta della città."),
    ("pt", "A ponte foi fechada em 3 de março de 2025 pela câmara municipal e será reaberta "
           "em junho de 2026, segundo a autarquia."),
    ("nl", "De brug werd op 3 maart 2025 gesloten door de gemeente. Volgens de wethouder "
           "zal de brug in juni 2026 weer opengaan voor het verkeer."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), PAST_AND_FUTURE)
def test_a_past_and_a_future_date_bound_an_undated_article(language: str, text: str) -> None:
    article = make_article(text)
    assert article.language == language
    (lo, hi), conf, evidence = infer_publication_date(article)
    assert (lo, hi) == (date(2025, 3, 3), date(2026, 6, 30)), evidence
    assert 0 < conf < 1
    assert [m.name for m in date_mentions(article)] == ["2025-03-03", "2026-06"]


def test_a_german_verb_after_the_date_puts_it_in_the_future() -> None:
    text = ("Die Stadt teilte am Montag mit, dass die neue Brücke, die am 3. März 2027 "
            "eröffnet werden soll, deutlich teurer wird als bisher angenommen.")  # fmt: skip
    (lo, hi), _, evidence = infer_publication_date(make_article(text))
    assert lo is None and hi == date(2027, 3, 3), evidence


def test_dotted_dates_abbreviations_and_unread_languages() -> None:
    assert [(d.first, d.last) for d in dates("Am 03.04.2025 begann es.", "de")] == [
        (date(2025, 4, 3), date(2025, 4, 3))
    ]
    # an abbreviation is a month only between a day and a year
    assert [d.first for d in dates("Am 3. Mrz. 2025 begann es, Mrz 2025 nicht.", "de")] == [
        date(2025, 3, 3)
    ]
    assert list(dates("Am 31.02.2025 begann es.", "de")) == []  # no such day
    # a language without hand-written future words is not read: a date's tense is unknown
    assert list(dates("Il 3 marzo 2025.", "sv")) == [] and list(dates("x", None)) == []
