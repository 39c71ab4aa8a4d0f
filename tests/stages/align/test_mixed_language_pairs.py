"""A pair of texts stemmed in two different languages is aligned with one rule for both.

Invented texts (audit16).  Since each text is stemmed in its own language, a German article
quoting an English statement word for word, the French half of a bilingual Belgian release
labelled Dutch, and a reprint whose language was detected differently (a short Dutch brief
labelled Afrikaans, Spanish labelled Galician) shared no stems with their source, so not even
a verbatim copy was found.
"""

from __future__ import annotations

import dataclasses

import pytest

from newstrace.config import Settings
from newstrace.records import Article
from newstrace.stages.align import align_pair

STATEMENT = (
    "Harwell Motors will close its engine plant in Rennfeld, Germany, by the end of 2027, the "
    "company said on Monday. The decision affects about 1,150 employees, most of whom will be "
    "offered jobs at the group's new battery factory in Coventry or a severance package. Demand "
    "for combustion engines in Europe has fallen faster than the company expected, and the "
    "Rennfeld site cannot be converted to electric drive units at a reasonable cost. Chief "
    "executive Martin Oakes said the board had examined every alternative before taking the "
    "decision."
)
GERMAN_ARTICLE = (
    "Das Motorenwerk in Rennfeld wird Ende 2027 geschlossen. Die Nachricht traf die Belegschaft "
    "am Montagmorgen völlig unvorbereitet. In der Mitteilung des britischen Konzerns heißt es "
    'wörtlich: "The decision affects about 1,150 employees, most of whom will be offered jobs at '
    "the group's new battery factory in Coventry or a severance package.\" Als Grund nennt das "
    'Unternehmen: "Demand for combustion engines in Europe has fallen faster than the company '
    "expected, and the Rennfeld site cannot be converted to electric drive units at a reasonable "
    'cost." Betriebsratschef Günter Weiland sprach von einem schwarzen Tag für die ganze Region. '
    "Die IG Metall kündigte Proteste vor dem Werkstor an."
)
WIRE = (
    "Nach der Havarie eines Gütermotorschiffs ist der Rhein bei Bingen seit Montagmorgen für die "
    "Schifffahrt gesperrt. Das mit 2.300 Tonnen Kies beladene Schiff war gegen 5.40 Uhr auf Grund "
    "gelaufen und hatte sich quer zur Fahrrinne gestellt. Verletzt wurde niemand, wie die "
    "Wasserschutzpolizei mitteilte. Ein Spezialkran soll das Schiff am Mittwoch teilweise "
    "entladen. Bis dahin stauen sich oberhalb und unterhalb der Unfallstelle mehr als 40 Frachter."
)


def _article(id_: str, text: str, language: str | None) -> Article:
    return Article(id_, text, text, None, language=language)


def _reused(src: Article, tgt: Article) -> int:
    """Characters of ``tgt`` in passages aligned with ``src``."""
    return sum(a.target.end - a.target.start for a in align_pair(src, tgt, Settings()))


def test_german_article_quoting_an_english_statement_is_aligned_with_it() -> None:
    src, tgt = _article("en", STATEMENT, "en"), _article("de", GERMAN_ARTICLE, "de")
    assert _reused(src, tgt) >= 250  # the two quoted sentences hold 290 characters


@pytest.mark.parametrize("other", [None, "lb", "af", "gl"])
def test_a_copy_detected_in_another_language_is_still_a_copy(other: str | None) -> None:
    src = _article("w", WIRE, "de")
    copy = _article("c", "Stillstand auf dem Rhein.\n\n" + WIRE, other)
    assert _reused(src, copy) >= 0.9 * len(WIRE)
    # the same pair with one label: the control
    assert _reused(src, dataclasses.replace(copy, language="de")) >= 0.9 * len(WIRE)
