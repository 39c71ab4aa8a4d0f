"""Page chrome that survives a web page's extraction, read from the extracted lines.

The extractor keeps what a site puts inside the article's own element: a copyright notice
closing the body ("(c) 2026 Agency. All rights reserved. This material may not be ..."), a
kicker or label above the headline ("Press release", "Exclusive", "Analysis"); and it leaves
out a visible dateline ("Published: 10 March 2026, 12:40") that sits in a block of its own
outside the body.  Markup differs from site to site, so these are found in the text lines,
not by class names.
"""

from __future__ import annotations

import re

from newstrace.stages.ingest.markup import html_to_text
from newstrace.stages.ingest.stated import STATED_LINES, stated_line

# A copyright notice is a line or two of boilerplate; a longer paragraph opening with the
# word is news (chosen by reasoning: the wire notices seen, AP's, Reuters', AFP's, dpa's and
# the test pages' agency's, run to 60-200 characters).
NOTICE_MAX_CHARS = 300
# A paragraph opening with a copyright sign; or with "(c)" or the word "Copyright" not
# followed by a word in lower case ("Copyright holders will ..." is news) and then a year
# ("Copyright 2026 ..."), a rights phrase, or only a name ("Copyright Norland Press Agency"):
# "Copyright Office officials said ..." and a list item "(c) The ministry shall ..." are news;
# or with the rights phrase itself, closed by a full stop or the line's end ("All rights
# reserved under the treaty stay with ..." is news), in the languages the project reads.
_RIGHTS = (
    r"(?i:all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|tous\s+droits\s+r\u00e9serv\u00e9s"
    r"|todos\s+los\s+derechos\s+reservados|todos\s+os\s+direitos\s+reservados"
    r"|tutti\s+i\s+diritti\s+riservati|alle\s+rechten\s+voorbehouden)"
)
_SIGN = re.compile(r"\s*\u00a9")
_CLAIM = re.compile(r"\s*(?:\((?i:c)\)|(?i:copyright))(?![ \t]+[a-z])")
_YEAR = re.compile(r"[ \t]*(?:(?:\u00a9|\((?i:c)\))[ \t]*)?(?:19|20)\d\d\b")
_RIGHTS_ANY = re.compile(_RIGHTS)
_RIGHTS_SENTENCE = re.compile(r"\s*" + _RIGHTS + r"[ \t]*(?:[.!]|$)")
_LOWER_WORD = re.compile(r"(?<![\w'\u2019-])[^\W\d_A-Z\u00c0-\u00de]")
# A kicker or label above the headline is a word or a few ("Press release", "Exclusive",
# "Live", "Analysis", "Pressemitteilung"); chosen by reasoning: a sentence is longer.
KICKER_MAX_CHARS = 40
# Lines above the headline that may be such labels (a section name and a kicker).
KICKER_LINES = 2
# A body's first line is matched to the page's line by its start (the extractor and the
# page's plain text may differ later in the line: inline markup, spacing around a link).
_MATCH_CHARS = 80


def without_closing_notice(text: str) -> str:
    """``text`` without the copyright notices that close it (paragraphs opening with a
    copyright sign, "(c)", "Copyright" or an "All rights reserved" phrase, at most
    :data:`NOTICE_MAX_CHARS` long); a notice inside the body is left (it is rare, and a list
    item "(c) ..." may be news)."""
    lines = text.split("\n")
    end = len(lines)
    while end and (not lines[end - 1].strip() or _is_notice(lines[end - 1])):
        end -= 1
    if end == len(lines) or not any(line.strip() for line in lines[:end]):
        return text
    return "\n".join(lines[:end])


def _is_notice(line: str) -> bool:
    """Whether ``line`` is a copyright notice (see :data:`_RIGHTS` and the patterns after it)."""
    if len(line.strip()) > NOTICE_MAX_CHARS:
        return False
    if _SIGN.match(line) or _RIGHTS_SENTENCE.match(line):
        return True
    claim = _CLAIM.match(line)
    if claim is None:
        return False
    rest = line[claim.end() :]
    return bool(_YEAR.match(rest) or _RIGHTS_ANY.search(rest) or not _LOWER_WORD.search(rest))


def body_start(text: str, title: str | None) -> tuple[int, list[str]]:
    """Where the body starts, and the label lines above the headline: after the headline line
    when it is the first line or follows at most :data:`KICKER_LINES` short label lines
    ("Press release" over the headline), else 0 and none."""
    if not title:
        return 0, []
    lines = text.split("\n")
    pos = 0
    for n, line in enumerate(lines[: KICKER_LINES + 1]):
        if " ".join(line.split()) == title:
            if n + 1 == len(lines):
                return 0, []
            return pos + len(line) + 1, [x.strip() for x in lines[:n] if x.strip()]
        if len(line.strip()) > KICKER_MAX_CHARS:
            return 0, []
        pos += len(line) + 1
    return 0, []


def page_dateline(page: str, body: str) -> tuple[str, str] | None:
    """``(ISO date, line)`` of the "Published: ..." line nearest above the body's first line
    among the page's visible lines (the :data:`STATED_LINES` lines before it), when the
    extractor left that dateline out of the text; None when there is none or the body's
    first line is not found on the page.  The nearest: a list of other stories above the
    headline shows their times too."""
    first = next((" ".join(line.split()) for line in body.split("\n") if line.strip()), "")
    if not first:
        return None
    head = first[:_MATCH_CHARS]
    lines = [line.strip() for line in html_to_text(page).split("\n") if line.strip()]
    for i, line in enumerate(lines):
        if line.startswith(head):
            above = lines[max(0, i - STATED_LINES) : i]
            return next(filter(None, map(stated_line, reversed(above))), None)
    return None
