"""Dates: publication date (from metadata or inferred) and date mentions in the text.

Relative expressions ("on Thursday", "last year", "last month", "this week", "yesterday",
"last October", "three days ago") are resolved against the publication date; a weekday is
taken as the next one when its sentence speaks of the future ("will", "is to", "next") and the
last one otherwise.  Without a publication date only absolute dates are resolved, plus
year-relative ones when the inferred publication range falls inside one calendar year.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from functools import lru_cache

from newstrace.records import Article, Mention, Span
from newstrace.stages.extract import foreign_dates
from newstrace.stages.extract.foreign_dates import ForeignDate
from newstrace.text.sentences import sentence_spans

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"  # noqa: E501
_YEAR = r"(?:1[89]|20|21)\d\d"
_NUMS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


# A weekday written before a date ("on Tuesday 10 March", "Thursday, March 12") is part of
# it: read alone it was a second date, the Tuesday of the publication week (a review of
# transport notices: "Thursday 12 March" also gave 26 February).
def _weekday_of(group: str) -> str:
    return (
        rf"(?:(?:on\s+)?(?P<{group}>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        r",?\s+)?"
    )


_EXPR = re.compile(
    rf"\b(?:{_weekday_of('w1')}(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?"
    rf"|{_weekday_of('w2')}(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>{_YEAR}))?"
    rf"|(?P<iso>{_YEAR}-\d\d-\d\d)"
    rf"|(?P<rel>last|this|next)\s+(?P<unit>year|month|week|{_MONTH}|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?P<n>\d+|a|one|two|three|four|five|six|seven)\s+(?P<agounit>days?|weeks?|months?|years?)\s+ago"
    r"|(?P<day>today|yesterday|tomorrow|tonight)"
    r"|(?:on\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    rf"|(?P<m3>{_MONTH})\s+(?P<y3>{_YEAR})"
    rf"|(?:in|since|during|by|until|of)\s+(?P<y4>{_YEAR}))\b",
    re.IGNORECASE,
)
# Cheap pre-check: any digit, weekday, month or relative word at all.
_YEARISH = re.compile(
    r"\d|day|month|week|year|ago|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.I
)
# Words of a sentence that put a date after them in the future.  "is expected to" (a plan's
# date, "work is expected to start in September 2026") was added after an audit: read as past
# it gave an undated council notice a lower bound after the paper that followed it up, which
# could make the notice the copy; "was expected to" looks back and is not read.
_FUTURE = re.compile(
    r"\b(?:will|shall|is to|are to|set to|due to|scheduled|plans? to|next|upcoming"
    r"|(?:is|are) expected to|(?:adjourned|postponed|deferred|put back) (?:until|till|to))\b",
    re.I,
)
# Pledges put a year after them in the future too ("promised to halve it by 2030", "aims
# to"): added after an audit, a deadline year read as past made an undated article "published
# after 2030", which could decide a reuse direction.  They bound the publication date only:
# "would" and a past pledge are the voice of reported speech, and a weekday after them ("she
# said she would appeal, after the ruling on Friday") is the last one, not the next.  A pledge
# told in the past perfect ("had promised to ... by 2020") or "would have" looks back, and a
# pledge needs its "to" ("pledged in 2019" dates the pledge).
_PLEDGE = re.compile(
    r"\b(?<!had )(?:would(?! have)|promis(?:e|es|ed|ing) to|pledg(?:e|es|ed|ing) to"
    r"|vow(?:s|ed)? to|aim(?:s|ed|ing)? to|intend(?:s|ed)? to|commit(?:s|ted)? to"
    r"|hop(?:e|es|ed|ing) to)\b",
    re.I,
)
_SINCE = re.compile(r"since\b", re.I)
# A product's shelf-life date ("use-by dates of 14 March 2024 and 16 March 2024", "Best before
# 30 June 2024", "expiry date 30 June 2027") tells nothing of when the text was written: a
# recall names dates weeks ahead, and read as past they put an undated recall story after them, so a
# column of the week after was made its source (a review of product recalls).  The phrase may
# stand up to SHELF_LIFE_CHARS before the date, in its clause (no comma between).  Only a
# product's words: an offer "valid until 3 March 2026" that "drew 4,000 applications", or a
# mandate "expiring on 30 April", is a date of the story (a second review).
SHELF_LIFE_CHARS = 40  # a priori: "use-by dates of 14 March 2024 and " is 35
SHELF_PHRASE_CHARS = 20  # room for the phrase itself before the clause
_SHELF_LIFE = re.compile(
    r"(?i:\b(?:use[- ]by|best[- ]before(?:[- ]end)?|bbe|display[- ]until|sell[- ]by"
    r"|expiry[ \t]+dates?)\b)[^.;,\n]{0," + str(SHELF_LIFE_CHARS) + r"}\Z"
)
# A year a present state lasts until, or an end it comes to, is ahead ("a contract that runs
# until 2029", "is closed until 2030", "the lease expires in 2031"): a review found "until
# 2029" read as past, which placed a story after 2029 and made it a roundup's copy.  A past
# verb ("ran until 2019", "was closed until 2019") is not matched and stays past, nor is "ends
# in" (a film that "ends in 1945" tells of the past: a review).
_ONGOING = re.compile(
    r"\b(?:(?:runs?|lasts?|remains?|continues?|stays?|applies|apply|is|are|valid)"
    r"(?:\s+[a-z]+){0,2}?\s+(?:until|till|through)|expires?\s+in"
    # a contract's end ("signed a contract until the summer of 2030", "has a deal until 2029",
    # "expires in June 2027": a review of transfer news, where a club's undated release was
    # placed after 2030; only after a verb of holding or signing one: not "whose contract
    # until 2019 was not renewed", a fourth review)
    r"|(?:signed|signs|agreed|agrees|penned|pens|extended|extends|holds?|has|have)\s+"
    r"(?:(?:a|an|his|her|their|the|new|fresh)\s+)*(?:[\w-]+\s+)?(?:contract|deal)"
    r"(?:\s+extension)?\s+(?:until|till|through|to)"
    r"(?:\s+the\s+(?:summer|end|start|spring|autumn|winter)\s+of)?)"
    r"(?:\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December))?\s+" + _YEAR + r"\b",
    re.I,
)
_NEXT_YEAR_OF = re.compile(
    rf"\bsame (?:period|time|month|quarter) (?:in|of|last year,?) ({_YEAR})\b"
)

# Confidence of an inferred publication date: both bounds within a year / within two years /
# one bound only.  Set by hand (no labelled data for undated articles).
CONF_TIGHT, CONF_LOOSE, CONF_ONE_SIDE = 0.6, 0.45, 0.25


def published_date(article: Article) -> date | None:
    """The metadata publication date, if it parses."""
    if not article.published:
        return None
    try:
        return date.fromisoformat(article.published[:10])
    except ValueError:
        return None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


# A "will" after a date speaks of that date only within its clause: "started the warm-up on
# 3 June 2025, and the first bottles will come off the line in July" is past (an undated copy
# of a dated report was placed before it and made its source).
_NEXT_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|although|though)\b", re.I)
# How far after a date a "will" still makes it future ("on 20 June the council will vote").
WILL_WINDOW = 40


# A "will" or a pledge before a date speaks of it within the date's clause, and carries into a
# subordinate clause told in the present ("Ministers will publish the plan when parliament
# returns in 2027": English tells a future time so), not into one told in the past: "The
# government will invest ..., the largest sum since the national grid was completed in 1961"
# (a review: an undated story was placed before 1961 and made the source of a speech).  A
# clause starts after a semicolon or colon, a conjunction after a comma, or a word opening a
# subordinate clause, or after a comma (a relative clause closes there: "The scheme, which
# will run until 2030, was launched in 2021"); its past is "was", "were", "had", "did", a
# common irregular past ("began", "won") or a verb in -ed not after "is", "are", "be" or
# "been" ("is finished in 2027" is to come), and a clause opened by "since" looks back.
# "will remember ... 2022" looks back too.  A review found each of these.
_CLAUSE_START = re.compile(
    r"[;:]|,\s+(?:and|but|while|whereas|although|though)\b"
    r"|\b(?:since|which|that|who|when|where|after|because|although|though|whereas)\b",
    re.I,
)
_PAST_IN = re.compile(
    r"\b(?i:was|were|had|did|began|begun|became|built|won|took|made|came|went|grew"
    r"|held|led|met|ran|told|wrote|brought|bought|found|gave|kept|lost|paid|sold|sent"
    r"|spent|stood|broke|chose|fought)\b"  # (not "rose", "left", "fell", "saw": nouns too)
    r"|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )"
    r"\b(?!(?:need|speed|feed|proceed|exceed|succeed)\b)[a-z]{2,}ed\b"  # small letters only
)
_LOOKS_BACK = re.compile(r"\b(?:will|shall)\s+(?:remember|recall|never\s+forget)\b", re.I)


def _clause_start(text: str, s: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts in the sentence starting at ``s``."""
    start = s
    for m in _CLAUSE_START.finditer(text, s, pos):
        start = m.end()
    return start


def _ahead(text: str, start: int, end: int, pledges: bool) -> bool:
    """Whether ``text[start:end]`` holds a future word (or a pledge, with ``pledges``) that
    does not look back."""
    if pledges and _PLEDGE.search(text, start, end):
        return True
    m = _FUTURE.search(text, start, end)
    return m is not None and _LOOKS_BACK.match(text, m.start()) is None


def _future(text: str, s: int, pos: int, e: int, pledges: bool = False) -> bool:
    """Whether the sentence ``text[s:e]`` speaks of the future around ``pos`` (``pledges``:
    a pledge before ``pos`` counts, see :data:`_PLEDGE`), within the date's clause or from
    the sentence's start into a clause told in the present."""
    opened = _clause_start(text, s, pos)
    comma = text.rfind(", ", s, pos)  # (not the comma of "4,000")
    c = max(opened, comma + 2 if comma >= 0 else s)
    if _ahead(text, c, pos + 1, pledges):
        return True
    if _PAST_IN.search(text, c, pos) or text[max(s, opened - 5) : opened].lower() == "since":
        return False  # told in the past: not even a "will" after the date makes it future
    if c > s and _ahead(text, s, c, pledges):
        return True
    after = text[pos : min(e, pos + WILL_WINDOW)]
    clause = _NEXT_CLAUSE.search(after)
    return "will" in (after[: clause.start()] if clause else after).split()


def resolve(m: re.Match[str], base: date | None, future: bool) -> str | None:
    """ISO form of one matched expression ("2024-11-07", "2023-10", "2023", "2024-W45")."""
    g = m.groupdict()
    if g["iso"]:
        return g["iso"]
    for d, mo, y, wd in (("d1", "m1", "y1", "w1"), ("d2", "m2", "y2", "w2")):
        if g[d]:
            year = int(g[y]) if g[y] else (base.year if base else None)
            if year is None:
                return None
            try:
                day = date(year, _month(g[mo]), int(g[d]))
            except ValueError:
                return None
            if g[wd] and not g[y] and base is not None:
                day = _year_of_weekday(day, WEEKDAYS.index(g[wd].lower()), base)
            return day.isoformat()
    if g["m3"]:
        return f"{int(g['y3']):04d}-{_month(g['m3']):02d}"
    if g["y4"]:
        return g["y4"]
    if base is None:
        return None
    if g["rel"]:
        return _relative(g["rel"].lower(), g["unit"].lower(), base)
    if g["n"]:
        n = _NUMS.get(g["n"].lower()) or int(g["n"])
        unit = g["agounit"].lower().rstrip("s")
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
        return (base - timedelta(days=days)).isoformat()
    if g["day"]:
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g["day"].lower()]
        return (base + timedelta(days=shift)).isoformat()
    if g["wd"]:
        return _weekday(WEEKDAYS.index(g["wd"].lower()), base, future).isoformat()
    return None


def _year_of_weekday(day: date, weekday: int, base: date) -> date:
    """``day`` (in ``base``'s year) moved to the year before or after when that puts it on
    its written ``weekday`` nearer ``base``: "died on Tuesday 30 December" in a paper of 5
    January is last year's (a second review)."""
    fits = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            other = day.replace(year=year)
        except ValueError:  # 29 February
            continue
        if other.weekday() == weekday:
            fits.append(other)
    return min(fits, key=lambda x: abs((x - base).days)) if fits else day


def _weekday(target: int, base: date, future: bool) -> date:
    delta = (target - base.weekday()) % 7
    if future:
        return base + timedelta(days=delta)
    return base - timedelta(days=(7 - delta) % 7)


def _relative(rel: str, unit: str, base: date) -> str:
    step = {"last": -1, "this": 0, "next": 1}[rel]
    if unit == "year":
        return f"{base.year + step:04d}"
    if unit == "month":
        y, mo = divmod(base.year * 12 + base.month - 1 + step, 12)
        return f"{y:04d}-{mo + 1:02d}"
    if unit == "week":
        iso = (base + timedelta(weeks=step)).isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    if unit in WEEKDAYS:
        target = WEEKDAYS.index(unit)
        day = _weekday(target, base, future=step >= 0)
        if step == -1 and day == base:
            day -= timedelta(days=7)
        if step == 1:
            day += timedelta(days=7 if (target - base.weekday()) % 7 == 0 else 0)
        return day.isoformat()
    month = _month(unit)
    year = base.year
    if step == -1:
        year = base.year if month < base.month else base.year - 1
    elif step == 1:
        year = base.year if month > base.month else base.year + 1
    return f"{year:04d}-{month:02d}"


@lru_cache(maxsize=4)
def _matches(text: str) -> tuple[tuple[tuple[int, int], re.Match[str]], ...]:
    """Every date expression of ``text`` with the sentence it is in (one regex pass; cached,
    as both :func:`date_mentions` and :func:`infer_publication_date` need them)."""
    if not _YEARISH.search(text):
        return ()
    sents = sentence_spans(text)
    starts = [s for s, _ in sents]
    out = []
    for m in _EXPR.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and m.end() <= sents[k][1]:
            out.append((sents[k], m))
    return tuple(out)


def date_mentions(article: Article) -> list[Mention]:
    """Date mentions of ``article`` resolved to ISO names (kind "date")."""
    text = article.text
    base = published_date(article)
    evidence = "relative to published date"
    if base is None:
        (lo, hi), _, _ = infer_publication_date(article)
        if lo is not None and hi is not None and lo.year == hi.year:
            base, evidence = None, "absolute"
            year_base = date(lo.year, 7, 1)
        else:
            year_base = None
    else:
        year_base = base
    out: list[Mention] = []
    foreign = _foreign(article)
    for (s, e), m in _outside(_matches(text), foreign):
        g = m.groupdict()
        use, ev = base, evidence
        if use is None and year_base is not None and g["rel"] and g["unit"].lower() == "year":
            use, ev = year_base, "relative to the inferred publication year"
        name = resolve(m, use, _future(text, s, m.start(), e))
        if name is None:
            continue
        kind_ev = ev if (g["rel"] or g["n"] or g["day"] or g["wd"]) else "absolute"
        span = Span(article.id, m.start(), m.end())
        out.append(Mention(article.id, span, "date", name, kind_ev))
    for _, fd in foreign:
        name = fd.first.isoformat() if fd.first == fd.last else fd.first.isoformat()[:7]
        span = Span(article.id, fd.start, fd.end)
        out.append(Mention(article.id, span, "date", name, "absolute"))
    if foreign:
        out.sort(key=lambda x: x.span.start)
    return out


def infer_publication_date(
    article: Article,
) -> tuple[tuple[date | None, date | None], float, str]:
    """Publication date range, confidence (0-1) and evidence.

    From metadata when known (confidence 1).  Otherwise bounds from the text: a year
    mentioned in the past ("in 2022", "since 2022") is a lower bound; a year in a future
    context ("to be hosted by the UK in 2024") an upper bound; "the same period in 2023"
    places publication in the next year; the latest explicit full date is a lower bound.
    """
    pub = published_date(article)
    if pub is not None:
        return (pub, pub), 1.0, "metadata: published"
    text = article.text
    lo: date | None = None
    hi: date | None = None
    notes: list[str] = []
    for m in _NEXT_YEAR_OF.finditer(text):
        y = int(m.group(1)) + 1
        lo, hi = _max(lo, date(y, 1, 1)), _min(hi, date(y, 12, 31))
        notes.append(f"'{m.group()}' -> published in {y}")
    foreign = _foreign(article)
    for sent, m in _outside(_matches(text), foreign):
        lo, hi = _bounds(text, sent, m, lo, hi, notes)
    for clause, fd in foreign:
        future = foreign_dates.future(text, fd, clause, article.language or "")
        lo, hi = _bound(text[fd.start : fd.end], fd.first, fd.last, future, lo, hi, notes)
    if lo is not None and hi is not None and lo > hi:
        hi = None
    if lo is None and hi is None:
        return (None, None), 0.0, "no date evidence in the text"
    if lo is not None and hi is not None:
        days = (hi - lo).days
        conf = CONF_TIGHT if days <= 366 else CONF_LOOSE if days <= 731 else CONF_ONE_SIDE
    else:
        conf = CONF_ONE_SIDE
    return (lo, hi), conf, "; ".join(notes)


def _bounds(
    text: str,
    sent: tuple[int, int],
    m: re.Match[str],
    lo: date | None,
    hi: date | None,
    notes: list[str],
) -> tuple[date | None, date | None]:
    g = m.groupdict()
    s, e = sent
    # a shelf-life phrase (its longest, "best-before-end", is 15 characters) and up to
    # SHELF_LIFE_CHARS of the date's clause before the date (see _SHELF_LIFE)
    if _SHELF_LIFE.search(
        text, max(s, m.start() - SHELF_LIFE_CHARS - SHELF_PHRASE_CHARS), m.start()
    ):
        return lo, hi
    # "since 2010" looks back whatever the sentence's tense ("the highest since 2010 will")
    future = _future(text, s, m.start(), e, pledges=True) and not _SINCE.match(m.group())
    if (g["y4"] or g["y3"]) and any(
        o.end() == m.end() for o in _ONGOING.finditer(text, s, m.end())
    ):
        future = True  # the phrase ends at this year (not an earlier one: a review)
    first: date | None = None
    last: date | None = None
    if g["y4"] or g["y3"]:
        y = int(g["y4"] or g["y3"])
        mo = _month(g["m3"]) if g["m3"] else None
        first = date(y, mo or 1, 1)
        last = date(y, mo or 12, 28 if mo == 2 else 30 if mo in {4, 6, 9, 11} else 31)
    elif g["iso"] or g["y1"] or g["y2"]:
        name = resolve(m, None, future)
        if name:
            first = last = date.fromisoformat(name)
    if first is None or last is None:
        return lo, hi
    return _bound(m.group(), first, last, future, lo, hi, notes)


def _bound(
    said: str,
    first: date,
    last: date,
    future: bool,
    lo: date | None,
    hi: date | None,
    notes: list[str],
) -> tuple[date | None, date | None]:
    """The publication range narrowed by a date (``first`` to ``last``) named as ``said``."""
    if future:
        notes.append(f"'{said}' in a future context -> before {last.isoformat()}")
        return lo, _min(hi, last)
    notes.append(f"'{said}' in the past -> after {first.isoformat()}")
    return _max(lo, first), hi


def _foreign(article: Article) -> list[tuple[tuple[int, int], ForeignDate]]:
    """Dates written in the article's language (:mod:`.foreign_dates`), each with its clause:
    the stretch of its sentence from the end of the date before it in the sentence (else the
    sentence's start) to the start of the date after it (else the sentence's end)."""
    found = list(foreign_dates.dates(article.text, article.language))
    if not found:
        return []
    sents = sentence_spans(article.text)
    starts = [s for s, _ in sents]
    sentence = [bisect_right(starts, fd.start) - 1 for fd in found]
    out = []
    for i, (fd, k) in enumerate(zip(found, sentence, strict=True)):
        if k < 0 or fd.end > sents[k][1]:
            continue
        lo = found[i - 1].end if i and sentence[i - 1] == k else sents[k][0]
        hi = found[i + 1].start if i + 1 < len(found) and sentence[i + 1] == k else sents[k][1]
        out.append(((lo, hi), fd))
    return out


def _outside(
    found: Iterable[tuple[tuple[int, int], re.Match[str]]],
    foreign: Sequence[tuple[tuple[int, int], ForeignDate]],
) -> list[tuple[tuple[int, int], re.Match[str]]]:
    """The English date expressions of ``found`` that overlap no date read in the article's
    own language: "April 2026" of "am 1. April 2026 ... werden soll" is the German date's,
    whose tense the German words tell (read as English too, it was past: a lower bound)."""
    spans = [(fd.start, fd.end) for _, fd in foreign]
    return [x for x in found if not any(x[1].start() < e and s < x[1].end() for s, e in spans)]


def _max(a: date | None, b: date) -> date:
    return b if a is None or b > a else a


def _min(a: date | None, b: date) -> date:
    return b if a is None or b < a else a
