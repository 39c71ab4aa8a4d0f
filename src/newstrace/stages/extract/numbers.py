"""Numeric claims: value, unit or currency, magnitude, hedge, range and what is counted.

Money and magnitudes are parsed here ("£2bn", "£75 million", "$1.5m"), not by a generic unit
parser.  Years, dates, ordinals, times, phone-like numbers and identifiers after a capitalised
word ("Rule 39", "Article 50", "G7", "Covid-19") are not claims.  What a number counts is the
noun phrase after it, found by a light chunker ("nearly 100,000 migrants transiting through the
Western Balkans"); for a percentage without one, the noun before it ("an increase of 19%",
"cases had risen by 50%").
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from newstrace.records import Article, Claim, Span
from newstrace.stages.extract.lexicon import word_set
from newstrace.stages.extract.phrases import TIME_WORDS, Tok, tokens
from newstrace.text.offsets import SpanIndex
from newstrace.text.sentences import sentence_spans

CURRENCIES = {"£": "GBP", "$": "USD", "€": "EUR", "US$": "USD", "¥": "JPY"}
MAGNITUDES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_SHORT_MAG = {"k", "m", "b", "mn"}  # only a magnitude after a currency ("£5m", not "100m")
UNITS = {
    "km": "km",
    "kilometres": "km",
    "kilometers": "km",
    "miles": "mile",
    "mile": "mile",
    "kg": "kg",
    "tonnes": "tonne",
    "tons": "tonne",
    "metres": "m",
    "meters": "m",
    "hours": "hour",
    "days": "day",
    "weeks": "week",
    "months": "month",
    "years": "year",
}
HEDGES = (
    "more than",
    "less than",
    "fewer than",
    "at least",
    "at most",
    "up to",
    "as many as",
    "as much as",
    "no more than",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "over",
    "under",
    "just over",
    "just under",
    "an estimated",
    "estimated",
    "close to",
    "upwards of",
)
# Verbs that put a number as a lower bound ("her petition had passed 2,500 signatures"):
# reported as the hedge "more than"; the verb itself is not part of the claim's span.
_VERB_HEDGES = {
    v: "more than"
    for v in [
        "passed",
        "passes",
        "topped",
        "tops",
        "exceeded",
        "exceeds",
        "surpassed",
        "surpasses",
        "crossed",
    ]
} | {v: "nearly" for v in word_set("approaching approached nearing neared")}
_VERB_HEDGE_RE = re.compile(r"\b(" + "|".join(_VERB_HEDGES) + r")\s+$", re.IGNORECASE)
_HEDGE_RE = re.compile(
    r"\b(" + "|".join(sorted((re.escape(h) for h in HEDGES), key=len, reverse=True)) + r")\s+$",
    re.IGNORECASE,
)
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MAG = r"thousand|millions?|billions?|trillion|bn|mn|tn|m|k|b"
_AMOUNT = (
    rf"(?:(?P<cur>US\$|[£$€¥])\s?)?(?P<num>{_NUM})(?:\s?(?P<mag>{_MAG})\b)?"
    r"(?:\s?(?P<pct>%|per\s?cent\b|percent\b))?"
)
_CLAIM = re.compile(
    rf"(?<![\w.,/:+-])(?:(?P<between>between|from)\s+)?{_AMOUNT}"
    rf"(?:\s*(?:-|–|to|and)\s*(?P<cur2>US\$|[£$€¥])?(?P<num2>{_NUM})(?:\s?(?P<mag2>{_MAG})\b)?"
    r"(?:\s?(?P<pct2>%|per\s?cent\b|percent\b))?)?"
    r"(?P<ord>st|nd|rd|th)?",
    re.IGNORECASE,
)
_MONTHS = sorted(
    word_set(
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec"
    ),
    key=len,
    reverse=True,
)
_FULL_MONTHS = {m for m in _MONTHS if len(m) > 4 or m in {"may", "june", "july"}}
_MONTH_RE = re.compile(r"\b(?:" + "|".join(_MONTHS) + r")\b\.?", re.IGNORECASE)
_PHONE = re.compile(r"(?:\+?\d[\d ()-]{7,}\d)")
_TIME = re.compile(r"^\s?(?:[ap]\.?m\.?\b|:\d\d|GMT|BST|EST|ET|PT)", re.IGNORECASE)
# Words that end the noun phrase a number counts.
_STOP = word_set("""
    is are was were be been has have had will would can could should may might must do does did
    and or but than that which who as to at by for from in into on with without since until while
    after before during per a an the this these those their its his her our it they he she we
    last next ago so also only just more less most over under about around up down out when
    where if because said says say told according including such like of
    """)
_PREPS = word_set("through across from to into in on via along over")
_CHANGE_NOUNS = word_set(
    "increase rise fall drop decline growth cut reduction jump surge decrease gain loss"
)
_CHANGE_VERBS = word_set(
    "rose risen rise rises fell fallen falls grew grown increased decreased dropped jumped "
    "climbed surged declined"
)
MAX_COUNT_WORDS = 10
# How far (characters) either side of a number a phone-number run is looked for: the longest
# written phone numbers ("+44 (0)1632 960 555") are about 20 characters.
PHONE_REACH = 24


def _value(num: str, mag: str | None) -> float:
    value = float(num.replace(",", ""))
    if mag:
        value *= MAGNITUDES[mag.lower()]
    return value


def _skip(text: str, m: re.Match[str]) -> bool:
    """Whether a number is a year, date, ordinal, time, phone number or identifier."""
    if m.group("ord"):
        return True
    nxt = re.match(r"[A-Za-z]+", text[m.end() : m.end() + 12])
    if nxt and nxt.group().lower() not in UNITS:
        return True  # "5G", "3D"
    num = m.group("num")
    plain = not (m.group("cur") or m.group("mag") or m.group("pct"))
    if plain and re.fullmatch(r"(1[89]|20|21)\d\d", num) and not m.group("num2"):
        return True  # a year
    if plain and num.startswith("0") and len(num) > 2 and "." not in num:
        return True
    before = text[max(0, m.start() - 12) : m.start()]
    after = text[m.end() : m.end() + 12]
    last_word = before.split()[-1] if before.split() else ""
    if plain and before.rstrip()[-1:].isalpha() and _MONTH_RE.fullmatch(last_word):
        return True  # "March 12"
    if plain and _MONTH_RE.match(after.lstrip()) and after[:1] == " ":
        return True  # "12 March"
    if plain and _TIME.match(after):
        return True
    if not m.group("cur") and _identifier_before(text, m.start()):
        return True
    if plain and _list_marker(text, m):
        return True  # "1. The Warm Homes Partnership is ..." in a numbered list
    if plain and _tally(text, m):
        return True  # "voted 5-2", "won 3-1"
    return plain and _in_phone_number(text, m.start(), m.end())


def _tally(text: str, m: re.Match[str]) -> bool:
    """Whether a number is a vote or a score ("voted 5-2", "won 3-1", "drew 1-1"): two bare
    numbers joined by a dash, the second not above the first, which no range is."""
    if not m.group("num2") or m.group("between"):
        return False
    if any(m.group(g) for g in ("cur2", "mag2", "pct2")):
        return False
    if text[m.end("num") : m.start("num2")].strip() not in ("-", "–"):
        return False
    return float(m.group("num2").replace(",", "")) <= float(m.group("num").replace(",", ""))


def _list_marker(text: str, m: re.Match[str]) -> bool:
    """Whether a number begins its line and is followed by "." or ")" and a space: the
    marker of a numbered list item ("Notes to editors" under a release), not a quantity."""
    start = m.start("num")
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip() or m.group("num2"):
        return False
    return re.match(r"[.)][ \t]", text[m.end() : m.end() + 2]) is not None


def _in_phone_number(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one group of a phone-like run of 9+ digits ("01632 960 555")."""
    lo = max(0, start - PHONE_REACH)
    for pm in _PHONE.finditer(text, lo, min(len(text), end + PHONE_REACH)):
        if pm.start() <= start and end <= pm.end():
            return len(re.sub(r"\D", "", pm.group())) >= 9
    return False


def _identifier_before(text: str, pos: int) -> bool:
    """ "Rule 39", "Article 50", "No. 10": a capitalised word (not sentence-initial) before."""
    m = re.search(r"(\S+)\s?$", text[max(0, pos - 25) : pos])
    if not m:
        return False
    word = m.group(1)
    if word.endswith("-") or word in {"No.", "no.", "#"}:
        return True
    if not word[:1].isupper() or _MONTH_RE.fullmatch(word):
        return False
    head = text[max(0, pos - 40) : pos - len(m.group(0))].rstrip(" \t")
    return bool(head) and head[-1] not in '.!?:\n“"' and word.isalpha()


def _unit(m: re.Match[str], text: str) -> str | None:
    if m.group("cur"):
        return CURRENCIES[m.group("cur")]
    if m.group("pct"):
        return "%"
    w = re.match(r"\s?([a-zA-Z]+)\b", text[m.end() : m.end() + 15])
    if m.group("mag") and w is None:
        return None
    if w and w.group(1).lower() in UNITS:
        return UNITS[w.group(1).lower()]
    return None


def find_claims(article: Article) -> list[Claim]:
    """Numeric claims of ``article``: digits, number words and "one in three" fractions."""
    text = article.text
    out = _fractions(article)
    taken = [(c.span.start, c.span.end) for c in out]
    for m in _CLAIM.finditer(text):
        if _skip(text, m) or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        mag = m.group("mag")
        if mag and mag.lower() in _SHORT_MAG and not m.group("cur"):
            continue  # "100m" may be metres; only money takes short magnitudes
        if m.group("between") and m.group("num2") and _is_change(text, m):
            out += _change_claims(article, m)
            continue
        out.append(_digit_claim(article, m))
    out += _word_claims(article, taken + [(c.span.start, c.span.end) for c in out])
    return _with_periods(article, sorted(out, key=lambda c: (c.span.start, c.span.end)))


def _digit_claim(article: Article, m: re.Match[str]) -> Claim:
    """The claim of one match of ``_CLAIM`` (a value, or a range with ``upper``)."""
    text = article.text
    mag = m.group("mag")
    value = _value(m.group("num"), mag)
    upper = None
    if m.group("num2"):
        mag2 = m.group("mag2") or mag
        if mag2 and mag2.lower() in _SHORT_MAG and not (m.group("cur2") or m.group("cur")):
            mag2 = None
        upper = _value(m.group("num2"), mag2)
        if m.group("mag2") and not mag:
            value *= MAGNITUDES[m.group("mag2").lower()]
        if upper < value or (m.group("between") is None and not _range_sep(m)):
            upper = None
    unit = _unit(m, text) or ("%" if m.group("pct2") else None)
    pct_at = m.start() if m.group("pct") else None
    counts = _counts(text, m.end(), bool(m.group("cur") or mag), pct_at, m.start())
    return _claim(article, m.start(), m.end(), value, unit, counts, upper)


def _claim(
    article: Article,
    start: int,
    end: int,
    value: float,
    unit: str | None,
    counts: Span | None,
    upper: float | None = None,
) -> Claim:
    """A claim record with its hedge (the hedge word joins the span, a hedge verb does not)."""
    text = article.text
    hedge = _hedge(text, start)
    if hedge and _HEDGE_RE.search(text[max(0, start - 20) : start]):
        start = _hedge_start(text, start)
    if counts is not None:
        counts = Span(article.id, counts.start, counts.end)
    return Claim(article.id, Span(article.id, start, end), value, unit, hedge, counts, upper)


# A verb or noun of change right before "from A to B" makes A and B an old and a new value
# ("will go from $2.50 to $2.80"), two claims; otherwise "from A to B" is a range.
_CHANGE_BEFORE = re.compile(
    r"\b(?:go(?:es|ing)?|went|gone|rise[sn]?|rising|rose|falls?|falling|fell|fallen|"
    r"increas(?:e[sd]?|ing)|decreas(?:e[sd]?|ing)|cuts?|cutting|drop(?:s|ped|ping)?|"
    r"climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|grow(?:s|ing|n)?|grew|rais(?:e[sd]?|ing)|"
    r"lower(?:s|ed|ing)?|reduc(?:e[sd]?|ing)|doubl(?:e[sd]?|ing)|tripl(?:e[sd]?|ing)|"
    r"chang(?:e[sd]?|ing)|mov(?:e[sd]?|ing)|swell(?:s|ed)?|shr(?:ink|ank|unk)|up|down)"
    r"(?:\s+\w+){0,2}\s+$",
    re.IGNORECASE,
)


def _is_change(text: str, m: re.Match[str]) -> bool:
    """ "rise from 5% to 7%": a change between two values, not a range."""
    if m.group("between").lower() != "from" or not re.search(r"\bto\b", _between(m)):
        return False
    return bool(_CHANGE_BEFORE.search(text[max(0, m.start() - 40) : m.start()]))


def _between(m: re.Match[str]) -> str:
    return m.string[m.end("num") : m.start("num2")]


def _change_claims(article: Article, m: re.Match[str]) -> list[Claim]:
    """The old and the new value of "from A to B" as two claims."""
    text = article.text
    first_end = max(m.end(g) for g in ("num", "mag", "pct") if m.group(g))
    first_start = m.start("cur") if m.group("cur") else m.start("num")
    second_start = m.start("cur2") if m.group("cur2") else m.start("num2")
    cur = m.group("cur2") or m.group("cur")
    pct = m.group("pct2") or m.group("pct")
    unit = CURRENCIES[cur] if cur else ("%" if pct else None)
    mag2 = m.group("mag2") or m.group("mag")
    old = _value(m.group("num"), m.group("mag") or m.group("mag2"))
    new = _value(m.group("num2"), mag2)
    counts = _counts(text, m.end(), bool(cur or mag2), None)
    return [
        _claim(article, first_start, first_end, old, unit, counts),
        _claim(article, second_start, m.end(), new, unit, counts),
    ]


_SMALL = re.findall(
    r"\w+",
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen",
)
_TENS = re.findall(r"\w+", "twenty thirty forty fifty sixty seventy eighty ninety")
_WORD_VALUES = {w: float(n) for n, w in enumerate(_SMALL)} | {
    w: float(20 + 10 * n) for n, w in enumerate(_TENS)
}
_NUMBER_WORD = rf"(?:(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_SMALL[1:10])}))?|{'|'.join(_SMALL)})"
_WORD_CLAIM = re.compile(
    rf"(?<![\w-])(?P<w>{_NUMBER_WORD}(?:\s+hundred(?:\s+and\s+{_NUMBER_WORD})?)?|a)"
    r"(?:\s+(?P<wmag>hundred|thousand|million|billion|trillion))?(?![\w-])",
    re.IGNORECASE,
)
_FRACTION = re.compile(
    rf"(?<![\w-])(?P<a>{_NUMBER_WORD}|\d+) in (?P<b>{_NUMBER_WORD}|\d+)(?![\w-])",
    re.IGNORECASE,
)


def _word_value(words: str) -> float:
    """Value of "three", "twenty-five", "two hundred and ten"."""
    total = 0.0
    for part in re.split(r"\s+and\s+", words.lower()):
        bits = part.split()
        value = sum(_WORD_VALUES.get(b, 0.0) for b in bits[0].split("-"))
        if bits[0] == "a":
            value = 1.0
        if len(bits) > 1 and bits[1] == "hundred":
            value *= 100
        total += value
    return total


# magnitudes after a number written as words: "a hundred", "three thousand" (digits take
# MAGNITUDES only: "5 hundred" is not written)
_WORD_MAGNITUDES = {"hundred": 1e2, **MAGNITUDES}


def _word_claims(article: Article, taken: list[tuple[int, int]]) -> list[Claim]:
    """Numbers written as words ("Three thousand applications", "employs nine people").

    A bare "one" (a pronoun as often as a number) is never a claim; a number word without a
    magnitude is one only when a counted noun follows ("nine people", not "sold out by nine").
    """
    text = article.text
    out: list[Claim] = []
    held = SpanIndex(taken)
    for m in _WORD_CLAIM.finditer(text):
        if held.overlaps(m.start(), m.end()):
            continue
        words, mag = m.group("w"), m.group("wmag")
        if words.lower() in {"one", "a", "zero"} and not mag:
            continue
        if words[0].isupper() and _identifier_before(text, m.start()):
            continue  # "Formula One", "Chapter Two"
        value = _word_value(words) * (_WORD_MAGNITUDES[mag.lower()] if mag else 1.0)
        counts = _counts(text, m.end(), False, None, m.start())
        if counts is None and (not mag or mag.lower() == "hundred"):
            continue
        out.append(_claim(article, m.start(), m.end(), value, None, counts))
    return out


def _fractions(article: Article) -> list[Claim]:
    """ "one in three homes": value 1/3, unit "fraction"."""
    text = article.text
    out: list[Claim] = []
    for m in _FRACTION.finditer(text):
        a, b = (_number(m.group(g)) for g in ("a", "b"))
        if not 0 < a < b:
            continue
        counts = _counts(text, m.end(), False, None, m.start())
        out.append(_claim(article, m.start(), m.end(), a / b, "fraction", counts))
    return out


def _number(word: str) -> float:
    return float(word) if word.isdigit() else _word_value(word)


def _range_sep(m: re.Match[str]) -> bool:
    """A dash or "to" between the two numbers of a range ("40-60", "£2bn to £3bn")."""
    return bool(re.search(r"[-–]|\bto\b", _between(m)))


def _hedge(text: str, pos: int) -> str | None:
    window = text[max(0, pos - 20) : pos]
    h = _HEDGE_RE.search(window)
    if h:
        return h.group(1).lower()
    v = _VERB_HEDGE_RE.search(window)
    return _VERB_HEDGES[v.group(1).lower()] if v else None


def _hedge_start(text: str, pos: int) -> int:
    window = text[max(0, pos - 20) : pos]
    h = _HEDGE_RE.search(window)
    return max(0, pos - 20) + h.start() if h else pos


def _counts(
    text: str, end: int, money: bool, pct_at: int | None, start: int | None = None
) -> Span | None:
    """The noun phrase the number ending at ``end`` counts, as a span.

    ``money``: a currency or magnitude ("£75 million in funding"); ``pct_at``: where a
    percentage starts, to look for what changed before it; ``start``: where the number
    starts, to look for a verb of giving before it (:func:`_giving_before`).
    """
    if text[end : end + 1] == "-":  # "47-country"
        w = re.match(r"-([a-z]+)", text[end:])
        if w:
            return _bare_span(text, end + 1, end + 1 + len(w.group(1)))
    toks = tokens(text, end, min(len(text), end + 160))
    toks = _cut_sentence(toks)
    i = 0
    if toks and toks[0].low in UNITS:
        return None
    if toks and toks[0].low in {"of", "in"} and money:
        i = 1
    second_object = start is not None and _giving_before(text, start)
    j = _noun_phrase(toks, i, second_object=second_object)
    if j > i and j < len(toks) and _participle(toks[j]):
        k = j + 1
        if k < len(toks) and toks[k].low in _PREPS:
            k += 1
        k2 = _noun_phrase(toks, k, allow_det=True)
        if k2 > k:
            j = k2
    elif j > i and j + 1 < len(toks) and toks[j].low == "of":
        k2 = _noun_phrase(toks, j + 1, allow_det=True)
        if k2 > j + 1:
            j = k2
    if j > i:
        return _bare_span(text, toks[i].start, toks[j - 1].end)
    if pct_at is not None:
        return _change_subject(text, pct_at)
    return None


def _bare_span(text: str, start: int, end: int) -> Span:
    """A span with a placeholder article id (replaced in :func:`find_claims`)."""
    return Span("", start, end)


def _cut_sentence(toks: list[Tok]) -> list[Tok]:
    for n, t in enumerate(toks):
        if t.text in {".", "!", "?", ";", ":", "(", ")", "“", "”", '"', ",", "–", "—"}:
            return toks[:n]
    return toks


def _participle(tok: Tok) -> bool:
    low = tok.low
    return tok.text.islower() and (low.endswith("ing") or low.endswith("ed")) and len(low) > 4


# Common verb forms that are hardly ever a counted noun: a counted noun phrase ends before
# one ("the £2bn package includes money for ...", "450 workers lose their jobs", "a £5m grant
# goes to ..." counted "package includes money", "workers lose", "grant goes").  By hand,
# leaving out forms that are also nouns or adjectives ("lost", "needs", "works", "costs").
_CLAUSE_VERBS = word_set("""
    get gets got go goes went gone come comes came become becomes became lose loses
    include includes receive receives remain remains make makes take takes took give gives gave
""")


def _noun_phrase(
    toks: list[Tok], i: int, allow_det: bool = False, second_object: bool = False
) -> int:
    """End index of a noun phrase starting at ``toks[i]`` (== i when there is none);
    ``second_object``: after a verb of giving, whose second object may follow a plural noun
    ("gave 30 pupils free school meals")."""
    j = i
    if allow_det and j < len(toks) and toks[j].low in {"the", "a", "an"}:
        j += 1
    start = j
    while j < len(toks) and j - i < 6:
        t = toks[j]
        if not t.text[0].isalpha() or t.low in _STOP or t.low in TIME_WORDS:
            break
        if j > start and t.low in _CLAUSE_VERBS and t.text.islower():
            break
        nxt = toks[j + 1].low if j + 1 < len(toks) else ""
        if j > start and _participle(t) and (nxt in _PREPS or nxt in {"the", "a", "an"}):
            break  # "migrants transiting through ...": the participle starts a modifier
        if j > start and _verb_after_noun(toks[j - 1], t, nxt):
            break  # "visitors queued at", "pupils walks to": the verb of the sentence
        if j > start and _complement_after_noun(toks[j - 1], t, nxt):
            break  # "to make 400 homes warm": the adjective is the verb's complement
        if second_object and j > start and _plural(toks[j - 1]):
            break  # "gave 30 pupils free school meals": the rest is the second object
        j += 1
    return j if j > start else i


def _verb_after_noun(prev: Tok, tok: Tok, nxt: str) -> bool:
    """A past tense or a third-person verb right after the counted noun, before a function
    word or at the end ("people queued at", "volunteers turned up", "pupils walks to")."""
    if not tok.text.islower() or (nxt and nxt not in _STOP and nxt not in _PREPS):
        return False
    return tok.low.endswith("ed") or (tok.low.endswith("s") and prev.low.endswith("s"))


# Adjectives that follow a plural noun as its verb's complement ("make 400 homes warm", "keep
# 300 jobs safe", "left 20 flats empty"), never as part of what is counted.  By hand, from the
# object complements of news sentences; only after a plural noun, which ends a counted noun
# phrase ("10 new open spaces" keeps "open").
_COMPLEMENT_ADJECTIVES = word_set("""
    warm cold dry damp safe unsafe secure open closed shut empty vacant free clean dirty
    affordable unaffordable available unavailable habitable uninhabitable alive dead afloat
    intact idle busy ready fit unfit healthy solvent viable homeless jobless waiting
""")


def _complement_after_noun(prev: Tok, tok: Tok, nxt: str) -> bool:
    """An adjective after a plural noun, at the end of the phrase or before a function word:
    the complement of the verb before the number ("to make 400 homes warm this winter")."""
    if tok.low not in _COMPLEMENT_ADJECTIVES or not tok.text.islower():
        return False
    plural = prev.low.endswith("s") and not prev.low.endswith("ss") and prev.text.isalpha()
    return plural and (not nxt or nxt in _STOP or nxt in _PREPS)


# Verbs that take two objects, the first of them counted ("gave 30 pupils free school meals",
# "offered 200 families new homes", "sent 40 patients letters").  Hand-written.
_GIVING_VERBS = word_set("""
    give gives gave given giving offer offers offered offering send sends sent sending
    hand hands handed handing award awards awarded awarding grant grants granted granting
    lend lends lent lending owe owes owed owing promise promises promised promising
    """)
# Words between such a verb and its number ("gave a further 30 pupils", "offered about 200").
_BEFORE_COUNT = word_set("""
    a an another further extra additional some about around nearly almost roughly more than
    over up to at least just only all
    """)
# Plural forms that modify a noun after them ("30 sports clubs", "10 arms dealers", "20 news
# agencies", "12 drugs dealers", "50 arts groups", "30 human rights groups"), and words in -s
# that are no plurals ("500 maths teachers"; the subjects in -ics, see :func:`_plural`).
# Hand-written.
_NOT_PLURAL = word_set("""
    sports arms news sales goods savings earnings series species means customs drugs arts
    rights parks maths
    gas bus lens plus chaos
    """)


def _giving_before(text: str, start: int) -> bool:
    """Whether a verb of :data:`_GIVING_VERBS` comes right before the number at ``start``,
    over words such as "a further" or "about"."""
    toks = tokens(text, max(0, start - 60), start)
    k = len(toks) - 1
    while k >= 0 and toks[k].low in _BEFORE_COUNT and len(toks) - k <= 4:
        k -= 1
    return k >= 0 and toks[k].low in _GIVING_VERBS


def _plural(tok: Tok) -> bool:
    """A lower-case plural noun ("pupils", "families"), not "class", "bus", "sports" or a
    subject in -ics ("physics teachers")."""
    low = tok.low
    if not tok.text.isalpha() or not tok.text.islower() or low in _NOT_PLURAL:
        return False
    if low.endswith("ics"):
        return False
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3


def _change_subject(text: str, pos: int) -> Span | None:
    """ "an increase of 19%" -> "increase"; "cases had risen by 50%" -> "cases"."""
    toks = tokens(text, max(0, pos - 60), pos)
    if len(toks) >= 2 and toks[-1].low in {"of", "by"}:
        if toks[-2].low in _CHANGE_NOUNS:
            return _bare_span(text, toks[-2].start, toks[-2].end)
        if toks[-2].low in _CHANGE_VERBS:
            k = len(toks) - 3
            while k >= 0 and toks[k].low in {"had", "has", "have", "was", "were", "also"}:
                k -= 1
            if k >= 0 and toks[k].text.isalpha():
                return _bare_span(text, toks[k].start, toks[k].end)
    return None


def _with_periods(article: Article, claims: list[Claim]) -> list[Claim]:
    """Each claim with the time it refers to, when its sentence states one ("last year",
    "in 2023"): the period phrase of the sentence nearest to the number."""
    text = article.text
    sents = sentence_spans(text)
    starts = [s for s, _ in sents]  # in order, apart: found by bisection, not a scan per claim
    out: list[Claim] = []
    for c in claims:
        k = bisect.bisect_right(starts, c.span.start) - 1
        if k >= 0 and c.span.start < sents[k][1] and not _apposed(text, c):
            s, e = sents[k]
            pos = c.span.start
            best = _nearest_period(
                text, max(s, pos - PERIOD_REACH), min(e, pos + PERIOD_REACH), pos
            )
            if best is not None:
                c = dataclasses.replace(c, period=Span(article.id, *best))
        out.append(c)
    return out


# The oldest age written after a name; a larger number between commas is no age.
MAX_AGE = 120
_NAME_BEFORE = re.compile(r"(?:^|[^\w’'])([A-Z][\w’'.-]*)[ \t]*,[ \t]*$")


def _apposed(text: str, c: Claim) -> bool:
    """A whole number up to an age alone between commas right after a name, an age ("June
    Ashworth, 78, has lived there since 1974"): the sentence's period phrase belongs to its
    verb, not to the number.  Not after a lower-case word, a month or a day ("Last year,
    1,200, or one in five, were turned away", "in March, 12,")."""
    if c.unit is not None or c.hedge is not None or c.upper is not None:
        return False
    if not text[c.span.start : c.span.end].isdigit() or not 0 < c.value <= MAX_AGE:
        return False
    name = _NAME_BEFORE.search(text, max(0, c.span.start - 60), c.span.start)
    if name is None or name.group(1).lower().rstrip(".") in TIME_WORDS:
        return False
    return text[c.span.end :].lstrip(" ").startswith(",")


# A period phrase is looked for at most this many characters either side of its number, in
# its clause: each claim of a 200 KB line without sentence ends searched the whole line (15 s
# for one such text).  Longer than any news sentence; set a priori.
PERIOD_REACH = 2000


_PERIOD = re.compile(
    r"\b(?:(?:so far |earlier |later )?(?:this|last|next|the past|the previous) "
    r"(?:year|month|week|decade|quarter|summer|winter|spring|autumn)"
    r"|(?:in|since|during|by) (?:(?:" + "|".join(sorted(_FULL_MONTHS)) + r") )?(?:19|20)\d\d"
    r"|between \w+ (?:19|20)\d\d and \w+ (?:(?:19|20)\d\d|this year)"
    r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) "
    r"(?:year|month|week|day)s? ago)\b",
    re.IGNORECASE,
)


# Where one clause of a sentence ends and another begins: a period phrase across one of these
# belongs to another clause ("a gift of $150,000 from X, who learned to read there in 1951").
_CLAUSE_BREAK = re.compile(
    r",\s+(?:who|whom|whose|which|where|when|while|whereas|although|though|but|including"
    r"|according)\b|;|\s[\u2013\u2014-]\s|[()]"
)


def _clause(text: str, s: int, e: int, pos: int) -> tuple[int, int]:
    """The clause of the sentence ``text[s:e]`` that holds the character ``pos``."""
    for m in _CLAUSE_BREAK.finditer(text, s, e):
        if m.end() <= pos:
            s = m.end()
        elif m.start() >= pos:
            return s, m.start()
    return s, e


def _nearest_period(text: str, s: int, e: int, pos: int) -> tuple[int, int] | None:
    s, e = _clause(text, s, e, pos)
    cands = [(m.start(), m.end()) for m in _PERIOD.finditer(text, s, e)]
    if not cands:
        return None
    return min(cands, key=lambda se: abs(se[0] - pos))
