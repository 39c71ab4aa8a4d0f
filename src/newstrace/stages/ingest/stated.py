"""A publication date the text states in a header line ("Published: 12 March 2026, 09:14 GMT").

Plain-text articles without front matter, and web pages whose metadata give only the day,
often say when they were published in a line above the body: a CMS's "Published:" or
"Posted on" line, a press release's "Date:" or "EMBARGOED UNTIL 00:01 14 March 2026" header.
Without it such an article had no date (or a day only), so the direction of its reuse fell to
weaker evidence (containment, or none).  Only a short line near the top is read, only a
date with a month in words or in ISO form (12/03/2026 is read either way round by different
countries), and never an "Updated"/"Modified" stamp.  The line used is kept in the article's
metadata as ``published_line``, so a reader can see where the date came from.
"""

from __future__ import annotations

import re

from newstrace.stages.ingest.article import normalize_date

# The header lines are the first few lines of the text: a byline, a dateline and the date
# line rarely take more (chosen by reasoning; the body starts after them).
STATED_LINES = 8
# A header line is short; a longer line is body text that happens to start "Published".
STATED_LINE_MAX = 120

_LABEL = re.compile(
    r"(?:^|[|\u00b7\u2022]\s*)"  # at the start of a line, or after a "|", "·" or "•" separator
    r"(?:(?:first\s+)?(?:published|posted|issued)(?:\s+(?:on|at))?|embargoed\s+until"
    # the same in the other languages dates are read in (DATE_LANGUAGES) and the Nordic ones
    r"|ver\u00f6ffentlicht(?:\s+am)?|erschienen(?:\s+am)?|publi\u00e9(?:\s+le)?"
    r"|mis\s+en\s+ligne(?:\s+le)?|publicado(?:\s+(?:el|em))?|pubblicato(?:\s+il)?"
    r"|gepubliceerd(?:\s+op)?|publicerad|publisert|publiceret"
    # a bare "Date" only as a label with a colon ("Date: 13 March 2026")
    r"|(?:embargo(?:ed)?|dated?|release\s+date|publication\s+date"
    r"|date\s+of\s+(?:issue|publication))(?=\s*:))"
    r"\s*[:\-\u2013\u2014]?\s*",
    re.IGNORECASE,
)
# What follows the date on the same line: another stamp or a separator
_TAIL = re.compile(
    r"\s*(?:[|\u00b7\u2022;(\[]|\b(?:last\s+)?(?:updated|modified|amended|edited)\b).*$",
    re.IGNORECASE | re.DOTALL,
)
# A month in words: English, and the month names of the other languages dates are read in
# ("3. Jänner 2027", "4 décembre 2026", "3 de enero de 2027", "3 gennaio 2027")
_MONTH_WORD = re.compile(
    r"\b(?:jan|j\u00e4n|feb|f\u00e9v|mar|m\u00e4r|apr|avr|abr|may|mai|mei|mag|jun|jui|giu"
    r"|jul|lug|aug|ao\u00fb|ago|sep|set|oct|okt|ott|out|nov|dec|dez|d\u00e9c|dic|ene|gen)"
    r"\w*\.?(?=[\s,]|\d|$)",
    re.I,
)
_ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}(?!\d)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def stated_date(text: str) -> str | None:
    """ISO form of the publication date a header line near the top of ``text`` states, or
    None.  See the module docstring for what counts."""
    found = stated_line(text)
    return found[0] if found else None


def stated_line(text: str) -> tuple[str, str] | None:
    """``(ISO date, the line as written)`` of :func:`stated_date`, or None."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:STATED_LINES]
    for line in lines:
        if len(line) > STATED_LINE_MAX:
            continue
        for label in _LABEL.finditer(line):
            found = _date_after(line[label.end() :])
            if found:
                return found, line
    return None


def _date_after(rest: str) -> str | None:
    when = _TAIL.sub("", rest).strip(" ,.")
    if not when or not _YEAR.search(when):
        return None
    if not (_MONTH_WORD.search(when) or _ISO_DAY.search(when)):
        return None
    return normalize_date(when)


_EMBARGO = re.compile(r"^\s*(?:embargoed\s+until|embargo(?:ed)?\s*:)\s*", re.IGNORECASE)


def embargo_date(text: str) -> str | None:
    """ISO form of the date of an "EMBARGOED UNTIL 00:01 14 March 2026" (or "Embargo: ...")
    line among the header lines of ``text``, or None: the time a press release could first be
    published, whatever its page says (publishers often post a release days later)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:STATED_LINES]
    for line in lines:
        label = _EMBARGO.match(line)
        if label and len(line) <= STATED_LINE_MAX and (found := _date_after(line[label.end() :])):
            return found
    return None
