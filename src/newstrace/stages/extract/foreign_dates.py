"""Absolute dates written in other languages than English ("3. März 2025", "le 3 mars 2025",
"el 3 de marzo de 2025", "03.03.2025", "im März 2025").

Month names come from dateparser's locale data; the words that put a date in the future
("wird", "sera", "será") are written by hand, so only the languages of :data:`FUTURE_WORDS`
are read: a date whose tense cannot be told would bound an undated article's publication
from the wrong side.  Relative expressions ("letzte Woche") are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

_YEAR = r"(?:1[89]|20|21)\d\d"
# Words of a sentence that put a date in it in the future (lower case; whole
# words).  Written by hand from grammars (future auxiliaries, "next", "planned", "expected"),
# not fitted.
FUTURE_WORDS = {
    "de": "wird werden soll sollen künftig nächsten nächste nächster geplant voraussichtlich",
    "fr": "sera seront devra devront prochain prochaine prochains prochaines prévu prévue "
    "prévus prévues va vont",
    "es": "será serán deberá deberán próximo próxima próximos próximas previsto prevista "
    "previstos previstas va van",
    "nl": "zal zullen volgende gepland verwacht",
    "it": "sarà saranno dovrà dovranno prossimo prossima prossimi prossime previsto prevista "
    "previsti previste",
    "pt": "será serão deverá deverão próximo próxima próximos próximas previsto prevista "
    "previstos previstas vai vão",
}


_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")  # fmt: skip


@dataclass(frozen=True, slots=True)
class ForeignDate:
    """A date expression at ``start:end``: ``first`` to ``last`` (one day, or a month)."""

    start: int
    end: int
    first: date
    last: date


def supported(language: str | None) -> bool:
    """Whether dates of ``language`` (ISO 639-1) are read here."""
    return language in FUTURE_WORDS


@lru_cache(maxsize=len(FUTURE_WORDS))
def _months(language: str) -> dict[str, int]:
    from dateparser.languages.loader import default_loader

    info = default_loader.get_locale(language).info
    return {n.lower(): i + 1 for i, key in enumerate(_MONTH_KEYS) for n in info.get(key, [])}


def _full_names(months: dict[str, int]) -> list[str]:
    """The longest name of each month: an abbreviation ("mar", "sept") stands for a month
    only between a day and a year, never in "<month> <year>" ("mar 2025" is no date)."""
    longest = {n: max(len(k) for k, v in months.items() if v == n) for n in set(months.values())}
    return [k for k, v in months.items() if len(k) == longest[v]]


@lru_cache(maxsize=len(FUTURE_WORDS))
def _pattern(language: str) -> re.Pattern[str]:
    months = sorted(_months(language), key=len, reverse=True)
    any_month = "|".join(re.escape(m) for m in months)
    long_month = "|".join(re.escape(m) for m in _full_names(_months(language)))
    return re.compile(
        rf"(?<![\w.])(?P<d>\d{{1,2}})\.?\s+(?:de\s+|di\s+)?(?P<m>{any_month})\.?,?\s+"
        rf"(?:de\s+|del\s+)?(?P<y>{_YEAR})\b"
        rf"|(?<![\w.])(?P<nd>\d{{1,2}})\.(?P<nm>\d{{1,2}})\.(?P<ny>{_YEAR})\b(?!\.\d)"
        rf"|(?<!\w)(?P<mm>{long_month})\s+(?:de\s+|del\s+)?(?P<my>{_YEAR})\b",
        re.IGNORECASE,
    )


def dates(text: str, language: str | None) -> Iterator[ForeignDate]:
    """Absolute dates of ``text`` written in ``language`` (none when it is not supported)."""
    if language is None or not supported(language):
        return
    months = _months(language)
    for m in _pattern(language).finditer(text):
        found = _resolve(m, months)
        if found is not None:
            yield ForeignDate(m.start(), m.end(), *found)


def _resolve(m: re.Match[str], months: dict[str, int]) -> tuple[date, date] | None:
    try:
        if m["d"]:
            day = date(int(m["y"]), months[m["m"].lower()], int(m["d"]))
            return day, day
        if m["nd"]:
            day = date(int(m["ny"]), int(m["nm"]), int(m["nd"]))
            return day, day
        year, month = int(m["my"]), months[m["mm"].lower()]
    except (ValueError, KeyError):
        return None
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, 1), date.fromordinal(nxt.toordinal() - 1)


@lru_cache(maxsize=len(FUTURE_WORDS))
def _future_words(language: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in FUTURE_WORDS[language].split())
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


# Languages whose verb may stand after the date ("..., die am 3. März eröffnet werden soll"):
# their future words are looked for on both sides of the date; elsewhere only before it.
VERB_LATE = frozenset({"de", "nl"})


# Where a verb-late clause ends after its date: its comma, semicolon, colon or dash ("Wie
# die Stadtwerke am 3. März 2026 mitteilten, wird der Preis steigen": the "wird" is the main
# clause's, and the date was read as still to come).  A comma inside a number ("12,5
# Prozent") ends nothing.  A date set off by a comma right after it opens a main clause,
# whose verb is the word after that comma ("Am Montag, 3. März 2026, soll die Brücke eröffnet
# werden"); a word that merely follows a clause ending there is not the date's ("... im März
# 2026, im April wird ...").
_CLAUSE_END = re.compile(r"[,;:](?=\s)|\s[–—-]\s")
_NEXT_WORD = re.compile(r"\s*(\w+)")


def future(text: str, found: ForeignDate, clause: tuple[int, int], language: str) -> bool:
    """Whether the date ``found`` is spoken of in the future: a future word of ``language``
    in ``clause`` (the stretch of its sentence between the dates around it) before the date,
    or in a language of :data:`VERB_LATE` also after it up to the end of its clause
    (:data:`_CLAUSE_END`)."""
    end = found.start
    words = _future_words(language)
    if language in VERB_LATE:
        stop = _CLAUSE_END.search(text, found.end, clause[1])
        end = stop.start() if stop else clause[1]
        if stop and stop.group() == "," and not text[found.end : stop.start()].strip():
            verb = _NEXT_WORD.match(text, stop.end(), clause[1])
            if verb and words.fullmatch(verb.group(1)):
                return True
    return bool(words.search(text, clause[0], end))
