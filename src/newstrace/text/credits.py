"""Outlets an article credits in its own text (pure, no I/O).

A credit line names the source outright, which outranks a feed date (often a reprint's
first-seen or placeholder time) and containment.  Forms read:

* an agency dateline: ``LONDON, March 12 (Reuters) -``, ``PARIS (AFP) —``;
* a syndication credit of the text itself or at the start of a line, ending its sentence:
  ``This article originally appeared in The Harwick Standard``, ``First published by X on
  Monday``, ``Republished with permission from X`` (not "First published in Britain in
  1998, the book ...", nor a month: "first published in March");
* a line of its own ``(With Reuters)``, bare only for initials or an agency word (``With
  AP``; a subhead "With Friends Like These" is none), and ``Additional reporting by X``
  (which also names people, so it never marks a source both texts share);
* a pointer line of its own, an aggregator's or a scraper's: ``Read the full story at X.``,
  ``Continue reading on X``, ``Read more at X``, ``Source: X. All rights belong to their
  owners.`` (:func:`pointer_lines`; the text above it is X's).

A bracketed party label opening a line ("Holborn (Labour) - ...", "(D-Calif.)") is no
dateline.  Names are compared as :func:`outlet_key` (lower case, letters and digits only, a
leading "the" dropped), so "The Harwick Standard" credits the outlet "Harwick Standard" and
the domain "harwickstandard.co.uk"; an agency is also named by its initials, and an outlet
named by its domain by the domain's name ("(AP)": "apnews.com", see :func:`names_outlet`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache

# An outlet name: up to six capitalised words on one line, "of", "the" and "and" allowed
# between them.
_WORD = r"[A-Z][\w&'-]*(?:\.[A-Z][\w&'-]*)*"  # "Standard", "U.S" (a closing full stop is not part)
# ("for" joins a name as in the attribution forms' ``_JOIN``: "the Institute for Fiscal Studies")
_NAME = (
    rf"((?:[Tt]he[ \t]+)?{_WORD}"
    rf"(?:[ \t]+(?:of[ \t]+|for[ \t]+|the[ \t]+|and[ \t]+)?{_WORD}){{0,5}})"
)
# Labels of a party or a member of Congress in brackets, which a line of election results or
# a list of quoted speakers can start like a dateline ("Holborn (Labour) - Keir Starmer",
# "Rep. Jane Doe (D-Calif.) - said ..."): never an agency (a hand list, not tuned).
_PARTY = (
    r"(?![DRI]-|(?:Labour|Lab|Con|Conservatives?|Tory|Tories|Lib[ \t]?Dems?|Liberal"
    r"|LD|SNP|Greens?|Reform|DUP|SF|Plaid|Ind|Independent|Democrats?|Republicans?)\b)"
)
# What may follow the outlet of a syndication credit: the end of the sentence or line, a date
# or "on"/"and"/"under" ("First published in The Guardian, 12 March 2026", "... on Monday",
# "... and is republished under a licence", "This article is republished from The
# Conversation under a Creative Commons license": the licence line of free republication, a
# review; not "under" anything else: "The image was republished from Instagram under a
# licence agreement ..., the court heard" is news); "First published in Britain in 1998, the
# book ..." is prose.
_CREDIT_END = (
    r"(?=[ \t]*(?:[.;:!)\]]|$|,[ \t]*\d|[ \t]+(?:on|and)\b"
    r"|[ \t]+under[ \t]+(?:a|the)[ \t]+(?i:creative[ \t]+commons)\b))"
)
# Who a syndication credit speaks of: the text itself ("This article ...", "A version of this
# story ..."), or nothing at the start of a line ("First published by X on Monday.").
# A review, a critique, a recipe or an obituary is credited so too, as "This review" ("This
# review first appeared in our sister paper The Halden Post": a review of arts pages found a
# sister paper's copy of a film review made the original, undated or timed before it); not
# "The review first appeared in the Marrick Echo on 2 February and was taken down", news of
# one (a second review).
_CREDIT_LEAD = (
    r"(?:^[ \t]*\(?|\b(?i:article|story|piece|column|post|report|interview|essay|commentary"
    r"|op-ed|version|feature|blog)\b[^\n.!?]{0,40}?[ \t]+"
    r"|\b(?i:this)[ \t]+(?i:review|critique|recipe|obituary)[ \t]+)"
)
# The outlet may be named as a sister title first ("in our sister paper, The Halden Post").
_SISTER = (
    r"(?:(?i:our|its|their)[ \t]+(?i:sister)[ \t]+(?i:paper|title|publication|newspaper"
    r"|magazine|site|website|station)[ \t]*,?[ \t]+)?"
)
_SYNDICATED = re.compile(
    _CREDIT_LEAD + r"(?:(?i:was|were|has[ \t]+been|is)[ \t]+)?"
    r"(?i:originally|first)\s+(?i:appeared|published|ran|posted)\s+(?i:in|on|by)\s+"
    + _SISTER
    + _NAME
    + _CREDIT_END,
    re.MULTILINE,
)
# An agency dateline: CITY[, State.][, Month D | , D Month] (Agency) -, in the forms of the
# agencies of other languages too (a review): a place with accents ("Düsseldorf (NPA) -",
# "Genève (AFP) -"), the day before the month ("PARIS, 10 mars (AFP) -", "Sevilla, 10 mar
# (EFE).- "), an agency in small letters with a regional desk ("Hannover (dpa/lni) -": how
# every German paper prints the agency's copy).  A word in small letters in brackets names an
# agency only if it is two to four letters long and no caption's word ("Smith (left) - ...").
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"  # capitals, with the accented ones of Latin-1
_LETTER = r"[^\W\d_]"
_STATE_WORD = rf"[{_UPPER}](?:{_LETTER}|\.){{1,14}}"
_DATELINE_REST = (
    rf"(?:,[ \t]+(?:[{_UPPER}][a-z]{{2,8}}\.?[ \t]+\d{{1,2}}"
    rf"|\d{{1,2}}\.?[ \t]+{_LETTER}{{3,10}}\.?))?"
    r"[ \t]+\(" + _PARTY + r"([A-Z][\w .&'-]{1,40}|(?!(?:left|right|file|top|next|main|"
    r"inset)\b)[a-z]{2,4})(?:/[\w]{2,6})*\)\.?[ \t]*[-\u2013\u2014]"
)
_DATELINE_TAIL = rf"(?:,[ \t]+{_STATE_WORD})?" + _DATELINE_REST
# A state or country of two or three words ("Czech Republic", "United Arab Emirates") only
# after a place in capitals ("ABU DHABI, United Arab Emirates (AP) -"): "Jane Smith, Chief
# Executive (Quillon Foods) - ..." is a reaction line (a review of this rule)
_COUNTRY_TAIL = rf",[ \t]+{_STATE_WORD}(?:[ \t]+{_STATE_WORD}){{1,2}}" + _DATELINE_REST
# ... or after a place in small letters when its words are those of a country's or a state's
# name of several words ("Abu Dhabi, United Arab Emirates (Gulfwire) -", a review; not a
# reaction line's title, "Chief Executive", "Regional Organiser": a hand list of the words of
# such names, not tuned)
_COUNTRY_WORDS = (
    "United|Arab|Emirates|Kingdom|States|Republic|South|North|East|West|New|Saudi|Arabia|Sri"
    "|Lanka|Puerto|Rico|Costa|Rica|El|Salvador|Hong|Kong|Ivory|Coast|Czech|Dominican|Central"
    "|African|Papua|Guinea|Sierra|Leone|Burkina|Faso|Bosnia|Herzegovina|Trinidad|Tobago"
    "|Timor|Zealand|Korea|Africa|Sudan|Carolina|Dakota|Virginia|Jersey|Hampshire|Mexico|York"
    "|Wales|Ireland|Island|Islands|Territory|Columbia|Scotia|Brunswick|Macedonia|Lucia|Kitts"
    "|Nevis|Vincent|Marino|Vatican|City|Cape|Verde|Equatorial|Congo|Democratic"
)
_COUNTRY_WORD = rf"(?:{_COUNTRY_WORDS})\b"
_TITLED_TAIL = (
    rf",[ \t]+{_COUNTRY_WORD}(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?{_COUNTRY_WORD}){{1,2}}"
    + _DATELINE_REST
)
_DATELINE = re.compile(
    rf"^(?:[{_UPPER}](?:{_LETTER}|[ .'-]){{1,40}}{_DATELINE_TAIL}"
    rf"|[{_UPPER}][{_UPPER} .'-]{{1,40}}{_COUNTRY_TAIL}"
    rf"|[{_UPPER}](?:{_LETTER}|[ .'-]){{1,40}}{_TITLED_TAIL})",
    re.MULTILINE,
)
# The same with a place name of capitalised words only, to cut a dateline off a sentence
# ("He said that LONDON (Reuters) - style ..." credits Reuters, but opens with no dateline);
# group "place" is the place, group 2 the agency
_PLACE_WORD = rf"[{_UPPER}](?:{_LETTER}|[.'-])*"
_PLACE_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE_WORD}(?:[ \t]+(?:{_PLACE_WORD}|de|la|del|of|on|upon|am))*)"
    + _DATELINE_TAIL,
    re.MULTILINE,
)
# ... and a place in capitals with a country of several words (as in _DATELINE)
_PLACE_COUNTRY_DATELINE = re.compile(
    rf"^(?P<place>[{_UPPER}][{_UPPER} .'-]{{1,40}}?)" + _COUNTRY_TAIL, re.MULTILINE
)
# A release's dateline: a place in capitals, a state or country, the date with its year and a
# distributor between slashes, then a dash ("BRACKFORD, Ohio, March 3, 2026 -- ", "LAS VEGAS,
# May 13, 2026 /PRWirecast/ -- "): cut off its sentence as an agency's is (a review of
# companies' releases: three unrelated releases of one company were linked by it).
_RELEASE_DATELINE = re.compile(
    rf"^(?P<place>[{_UPPER}][{_UPPER} .'-]{{1,40}}?)(?:,[ \t]+{_STATE_WORD}"
    rf"(?:[ \t]+{_STATE_WORD}){{0,2}})?,[ \t]+{_STATE_WORD}[ \t]+\d{{1,2}},[ \t]+\d{{4}}"
    r"(?:[ \t]*/[^/\n]{1,40}/)?[ \t]*(?:--|\u2013|\u2014)",
    re.MULTILINE,
)
# The longest place a dateline cut off a sentence may name, as in _DATELINE (a capital and up
# to 40 more characters): a title-case headline joined to its first sentence and ending in
# "(Updated) -" is no dateline.
_PLACE_MAX = 41
# A pointer line: an aggregator's "Read the full story at X." under an excerpt, or a scraper's
# "Source: X. All rights belong to their owners." under a copy; the line is no longer than
# POINTER_LINE_MAX characters (a footer line, not a news paragraph opening "Source: ...";
# set a priori: two short sentences).
_POINTER = re.compile(
    r"^[ \t]*(?:(?i:read[ \t]+the[ \t]+full[ \t]+(?:story|article|report)|read[ \t]+more"
    r"|continue[ \t]+reading)[ \t]+(?i:at|on|in)|(?i:source)[ \t]*:)[ \t]+" + _NAME + _CREDIT_END,
    re.MULTILINE,
)
POINTER_LINE_MAX = 160
# The credits a pointer line gives: "Read the full story at X", and "Source: X" only with a
# scraper's rights notice after it ("Source: X. All rights belong to their owners."); a bare
# "Source: Land Registry" under a chart or table names where figures are from, not an outlet
# whose text the article carries (a review: such a line made a paper's story the source of
# none of its copies).
# "Read more at X" credits X only as the text's last line, where an aggregator puts it: a
# paper's own pointers to its sections ("Read more in Sport", "Continue reading on Page
# Two") stand between its paragraphs, and read as a credit they named a third outlet and
# made the paper the source of none of its copies (a review).
_READ_ON = re.compile(
    r"^[ \t]*(?i:read[ \t]+the[ \t]+full[ \t]+(?:story|article|report)|read[ \t]+more"
    r"|continue[ \t]+reading)[ \t]+(?i:at|on|in)[ \t]+" + _NAME + _CREDIT_END + r"(?=[^\n]*\s*\Z)",
    re.MULTILINE,
)
_SOURCE_RIGHTS = re.compile(
    r"^[ \t]*(?i:source)[ \t]*:[ \t]+" + _NAME + r"(?=[ \t]*[.;,]?[ \t]*(?i:all[ \t]+rights))",
    re.MULTILINE,
)
_REPUBLISHED = re.compile(
    r"\b(?i:republished)\s+(?i:here\s+)?(?i:with\s+(?:kind\s+)?permission\s+)?"
    r"(?i:from|of|by)\s+" + _NAME + _CREDIT_END,
    re.MULTILINE,
)
# A copyright line of its own naming the text's owner: "Copyright 2026 The Meridian Press.
# All rights reserved.", "(c) Meridian Press 2026", "© 2026 X": a reprint of an agency's or
# another outlet's story keeps the owner's line (a review: wire copy printed with the
# agency's line was read by its length alone).  A text's line naming its own outlet is no
# credit (:func:`credit_order` weighs only the other's outlet); a company's suffix is left out
# of the name ("Harwick Post Ltd").
_COPYRIGHT = re.compile(
    r"^[ \t]*(?:(?i:copyright)(?:[ \t]+(?:\((?i:c)\)|\u00a9))?|\((?i:c)\)|\u00a9)[ \t]+"
    r"(?:(?:19|20)\d\d,?[ \t]+)?"
    + _NAME
    + r"(?:,?[ \t]+(?:Ltd|Limited|plc|PLC|LLC|Inc|GmbH)\.?)?(?:,?[ \t]+(?:19|20)\d\d)?"
    r"(?=[ \t]*(?:\.|,|$|(?i:all[ \t]+rights)))",
    re.MULTILINE,
)
# A release passed on by a partner: "... the announcement below, issued today by our partner
# Sarnova Biotech." (a review of companies' releases: undated, the partner's republication
# and the release were siblings of an unseen source).  One-sided.
_PASSED_ON = re.compile(
    r"\b(?i:announcement|release|statement|news)[ \t]+(?i:below|that[ \t]+follows)\b"
    r"[^\n.!?]{0,40}?\b(?i:issued|published|released|made)[ \t]+(?:(?i:today|on[ \t]+\w+)[ \t]+)?"
    r"(?i:by)[ \t]+(?:(?i:our)[ \t]+(?i:partners?|parent[ \t]+company|client)[ \t]+)?"
    + _NAME
    + _CREDIT_END,
    re.MULTILINE,
)
# A syndicated column's line naming its distributor: "Her column is syndicated by Halden
# Features.", "Editor's note: Dervla Macken's column is distributed by Halden Features
# Syndicate." (a review of opinion pages: undated, the copy with the editor's note, the
# longest, was the column's original).  A column's, a cartoon's or a puzzle's only, and a
# distributor by a syndicate's name: "Her new feature is distributed by Altitude Films" is a
# film's, "leaflets distributed by Harwick Council" a council's (a code review).
_DISTRIBUTED_BY = re.compile(
    r"\b(?i:columns?|cartoons?|strips?|crosswords?|puzzles?)\b[^\n.!?]{0,30}?\b(?i:is|are|was)"
    r"[ \t]+(?i:syndicated|distributed)[ \t]+(?i:by|through)[ \t]+"
    r"(?=(?:[Tt]he[ \t]+)?(?:[A-Z][\w&'-]*[ \t]+){0,4}(?:Features|Syndicate|Syndication|Service"
    r"|Agency)\b)" + _NAME + _CREDIT_END,
    re.MULTILINE,
)
# Credit forms, and whether two texts that both carry one say that they share its outlet as
# a source.  "Additional reporting by" also names people (a paper's own reporter, kept in a
# reprint of its story), so it only ever names the other article's outlet.
_CREDITS: tuple[tuple[re.Pattern[str], bool], ...] = (
    (_DATELINE, True),
    (_SYNDICATED, True),
    (_REPUBLISHED, True),
    (_DISTRIBUTED_BY, True),
    # a line of its own: "(With Reuters)" in brackets, bare only an agency's initials or a
    # name ending in an agency word ("With AP"; a subhead "With Friends Like These" is not)
    (re.compile(r"^[ \t]*\([Ww]ith[ \t]+" + _NAME + r"\)[ \t]*\.?[ \t]*$", re.MULTILINE), True),
    (re.compile(
        r"^[ \t]*[Ww]ith[ \t]+([A-Z]{2,5}|(?:[A-Z][\w&'-]*[ \t]+){1,4}"
        r"(?:News|Press|Agency|Wire|Service))[ \t]*\.?[ \t]*$",
        re.MULTILINE,
    ), True),
    (re.compile(r"\b[Aa]dditional reporting by\s+" + _NAME + r"\s*(?:[;.)]|$)", re.MULTILINE),
     False),
    (_READ_ON, True),
    (_SOURCE_RIGHTS, True),
    # one-sided: a copy keeping the original's line names it, but two papers carrying one
    # group's or one photo agency's line share no source by it (a review of this rule)
    (_COPYRIGHT, False),
    (_PASSED_ON, False),
)  # fmt: skip
# Words a credit pattern can take for a name that name no outlet ("first published in March")
_NOT_OUTLETS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})  # fmt: skip
# A credited name at least this long may name an outlet by the start of its domain
# ("harwickstandard" in "harwickstandard.co.uk"); shorter ones must match the whole name.
PREFIX_MIN = 6


def outlet_key(name: str | None) -> str:
    """``name`` in lower case, letters and digits only, without a leading "the"."""
    words = re.findall(r"\w+", (name or "").lower())
    if words and words[0] == "the":
        words = words[1:]
    return "".join(words)


# An outlet's own reporting in its own words: "..., the Times understands.", "The Courier has
# learned that ...", "..., the Standard can reveal." (and no reporting of the past in the
# sentence: "The Times revealed on Monday that ..., which the minister understands." credits
# the Times's earlier story, a code review)
_SELF_SCOOP = re.compile(r"\b(?:understands|ha[sd][ \t]+learn[et]d?|learnt|can[ \t]+reveal)\b")
_REPORTED = re.compile(r"\b(?:revealed|reported|wrote|broke|first[ \t]+(?:reported|revealed))\b")


def _credited_keys(text: str, own: frozenset[str]) -> set[str]:
    """The keys of the outlets ``text`` names as its sources (:func:`attributions`), its own
    outlet left out where it only speaks for itself (:data:`_SELF_SCOOP`)."""
    return {k for *_, k in source_attributions(text, own=own)}


def source_attributions(
    text: str, known: frozenset[str] | None = None, own: frozenset[str] = frozenset()
) -> tuple[tuple[int, int, str], ...]:
    """:func:`attributions` but those of the text's own outlet (``own``) speaking for itself
    ("..., the Evening Clarion understands.": its claim to its own story, no credit of its
    other articles; a review of transfer news: a paper's exclusive was paired with its own
    earlier match report by it and made its copy); "as the Clarion revealed on Monday"
    stays."""
    return tuple(
        (s, e, k)
        for s, e, k in attributions(text, known, own)
        if k not in own or not _self_scoop(text, s, e)
    )


def _self_scoop(text: str, start: int, end: int) -> bool:
    return bool(_SELF_SCOOP.search(text, start, end)) and not _REPORTED.search(text, start, end)


def dateline_agency(text: str) -> str | None:
    """The outlet an agency dateline opening ``text`` names ("KINGSBRIDGE (PSA) - ..." ->
    "PSA"; a regional desk after a slash dropped), or None."""
    head = text.lstrip()[:DATELINE_HEAD]
    m = _DATELINE.match(head)
    if m is None:
        return None
    named = re.findall(r"\(([^()]*)\)", m.group())
    return named[-1].split("/")[0].strip() if named else None


# How far into a text an opening dateline is looked for (a place, a state, a date and the
# agency fit in it).
DATELINE_HEAD = 160


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the text after an agency dateline (or a release's, :data:`_RELEASE_DATELINE`)
    opening ``text[start:end]`` at the start of a line begins ("LONDON, March 12 (Reuters) -
    " ... ), or ``start`` if there is none."""
    head = text[start : min(end, start + 120)]
    if _DATELINE_HINT.search(head) is None:
        m = _RELEASE_DATELINE.match(text, start, end) if _RELEASE_HINT.search(head) else None
        if m is None or len(m["place"]) > _PLACE_MAX:
            return start
    else:
        m = _PLACE_DATELINE.match(text, start, end) or _PLACE_COUNTRY_DATELINE.match(
            text, start, end
        )
        if m is None or len(m["place"]) > _PLACE_MAX or _abbreviation(m["place"], m[2]):
            return start
    pos = m.end()
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _abbreviation(place: str, name: str) -> bool:
    """Whether ``name`` is the initials of the capitalised words of ``place``: a name and its
    abbreviation ("World Health Organization (WHO) - the UN agency ..."), no dateline."""
    initials = "".join(w[0] for w in place.split() if w[0].isupper())
    return len(initials) > 1 and name.strip().upper() == initials.upper()


def pointer_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the pointer lines of ``text`` ("Read the full story at X.", "Source: X. All
    rights belong to their owners.": see :data:`_POINTER`): a notice of where the text is
    from, neither its own text nor news it shares with another text crediting X."""
    if "source" not in text.lower() and "read" not in text.lower():
        return []
    out = []
    for m in _POINTER.finditer(text):
        if not _credited_name(m.group(1)):
            continue
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        if end - m.start() <= POINTER_LINE_MAX:
            out.append((m.start(), end))
    return out


# A notice line: a line of its own, at most NOTICE_LINE_MAX characters, opening (after at
# most NOTICE_LEAD_MAX characters of its sentence: "This article is ", "A version of this ")
# with a syndication, republication or copyright credit ("This story first appeared in the
# Kestrel Valley Gazette.", "This article is republished from The Lectern under a Creative
# Commons license. Read the original article.", "Copyright 2026 The Meridian Press. All rights
# reserved."), its sentence going on at most NOTICE_TAIL_MAX characters after the name
# ("under a Creative Commons license."; "The story, first published in the Harwick Standard
# on Monday, prompted an inquiry ..." is news).  Set a priori: two short sentences, the
# longest lead and tail of those forms.
NOTICE_LINE_MAX = 240
NOTICE_LEAD_MAX = 24
NOTICE_TAIL_MAX = 40
# ... standing among the text's first four or last three lines (a headline, a standfirst and
# a byline before a notice above the story; a notice, a copyright line and a sign-up line
# under it).
NOTICE_HEAD_LINES = 4
NOTICE_TAIL_LINES = 3
_NOTICES = (_SYNDICATED, _REPUBLISHED, _COPYRIGHT)
# A sentence's closing mark, a closing quote after it ('... said.' or '... "... end."'), before
# white space or the text's end (shared with the speech tags of align.provenance)
SENTENCE_CLOSE = re.compile(r"[.!?][\"'\u201d\u2019]?(?=\s|$)")


def notice_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the notice lines of ``text`` (see :data:`NOTICE_LINE_MAX`): where the text is
    from, not news; two republications of one story carry the same line, and two unrelated
    stories of two papers that both republish from one outlet do too (a review: they were
    linked by it, and two copies of one story were said to share a source beyond it)."""
    return list(_notice_lines(text))


@lru_cache(maxsize=4096)  # asked once for each article's sentences
def _notice_lines(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`notice_lines`, cached."""
    lower = hint_lower(text)
    hints = (_syndication_hint(lower), "republished" in lower, _copyright_hint(text, lower))
    out = set()
    for pattern, hint in zip(_NOTICES, hints, strict=True):
        if not hint:
            continue
        for m in pattern.finditer(text):
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.start())
            end = len(text) if end < 0 else end
            lead = text[start : m.start()]
            if len(lead) > NOTICE_LEAD_MAX or any(c in lead for c in ".!?"):
                continue
            tail = SENTENCE_CLOSE.search(text, m.end(), end)
            if (tail.start() if tail else end) - m.end() > NOTICE_TAIL_MAX:
                continue
            line = text[start:end]
            start += len(line) - len(line.lstrip())
            end = start + len(line.strip())
            if (
                end - start <= NOTICE_LINE_MAX
                and _credited_name(m.group(1))
                and _at_an_end(text, start, end)
            ):
                out.add((start, _notice_end(text, tail.end() if tail else end, end)))
    return tuple(sorted(out))


# The sentences a notice's line may go on with: "Read the original article.", "All rights
# reserved.", "This material may not be published, broadcast, rewritten or redistributed."
_NOTICE_MORE = re.compile(
    r"[ \t]*(?i:read the original|all rights reserved|this material may not|used with "
    r"permission|reproduced with permission)[^.!?\n]*[.!?]?"
)


def _notice_end(text: str, end: int, line_end: int) -> int:
    """The end of a notice whose credit sentence ends at ``end``: past the notice's own
    sentences after it on its line (:data:`_NOTICE_MORE`), not a news sentence ("The messages
    were republished by the Valley Gazette on Tuesday. Within hours, the council leader ...":
    a review of this rule)."""
    while end < line_end:
        m = _NOTICE_MORE.match(text, end, line_end)
        if m is None or m.end() == end:
            break
        end = m.end()
    return end


def _in_last_lines(text: str, pos: int) -> bool:
    """Whether ``pos`` is in one of the last :data:`NOTICE_TAIL_LINES` lines with words of
    ``text``: a copyright line under a picture above the story names the picture's owner
    (a review: "© 2026 Kestrel Features" under a photo made its copy a sibling)."""
    end = text.find("\n", pos)
    if end < 0:
        return True
    return sum(1 for line in text[end:].split("\n") if line.strip()) < NOTICE_TAIL_LINES


def _at_an_end(text: str, start: int, end: int) -> bool:
    """Whether the line ``[start, end)`` is among the first NOTICE_HEAD_LINES or the last
    NOTICE_TAIL_LINES lines of ``text`` with words, where notices stand (a review of this
    rule: "The messages were republished by the Valley Gazette on Tuesday. Within hours ..."
    in the middle of a story is news)."""
    before = sum(1 for line in text[:start].split("\n") if line.strip())
    after = sum(1 for line in text[end:].split("\n") if line.strip())
    return before < NOTICE_HEAD_LINES or after < NOTICE_TAIL_LINES


# A staff credit line: an agency's or a paper's "(Reporting by Anna Ferrow; Editing by Mark
# Seddley)", "Writing by X", "Compiled by X", "-- With assistance from X.", "To contact the
# reporter on this story: ...", and the same in French, German, Spanish, Italian and Dutch
# (the languages of a release's contact lines in :mod:`.boilerplate`).  It names the outlet's
# staff, not news anyone reuses (a hand list of the agencies' forms, not tuned).
_STAFF_ROLES = (
    # English
    "additional reporting by", "reporting by", "writing by", "editing by", "compiled by",
    "with assistance from", "contributing",
    # French
    "reportage de", "reportage par", "reportage", "rédigé par", "rédaction de", "édité par",
    "édition de", "version française", "avec la contribution de",
    # German
    "bericht von", "reporter", "geschrieben von", "redigiert von", "bearbeitet von", "mitarbeit",
    # Spanish
    "reporte de", "reportaje de", "información de", "escrito por", "editado en español por",
    "editado por", "traducido por", "edición de", "redacción de",
    # Italian
    "reporting di", "editing di", "scritto da", "hanno collaborato", "ha collaborato",
    "a cura di",
    # Dutch
    "verslaggeving door", "verslaggeving", "geschreven door", "bewerkt door",
    "met medewerking van",
)  # fmt: skip
_ROLE = "|".join(r"[ \t]+".join(map(re.escape, r.split())) for r in _STAFF_ROLES)
# "To contact the reporter on this story: Jane Doe in London at jdoe@example.com": the rest of
# its line is the contact, whatever its words
_CONTACT_LEAD = r"(?:to[ \t]+)?contact[ \t]+the[ \t]+(?:reporters?|editors?|authors?)\b"
# In brackets closing its line, at its start or after a sentence ("... in most polls.
# (Reporting by X)"): a bracketed aside a sentence goes on after ("(reporting by every
# council) shows") or that ends a sentence ("on Friday (reporting by the BBC).") is news.
_STAFF_BRACKETED = re.compile(
    rf"(?:^[ \t]*|(?<=[.!?\"\u201d\u2019])[ \t]+)(\((?i:[ \t]*(?:{_ROLE}|{_CONTACT_LEAD}))"
    r"(?:[ \t]*:)?[ \t][^()\n]*\))[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
# A line of its own, maybe after a dash ("-- With assistance from Jane Doe."): a contact line,
# or a role whose names (:func:`_names_only`) fill the rest of the line
_STAFF_LINE = re.compile(
    rf"^[ \t]*(?:[-\u2013\u2014]+[ \t]*)?(?P<lead>(?i:(?P<contact>{_CONTACT_LEAD})|{_ROLE}))"
    r"(?:[ \t]*:)?(?P<rest>[ \t][^\n]*)$",
    re.MULTILINE,
)
# The longest staff credit line (a priori: two contact lines of a wire footer in one)
STAFF_LINE_MAX = 240
# Words in lower case a list of staff names may hold besides the roles' own words: joiners,
# places ("Reporting by Jonas Veltri in Tolvane and Ana Ruiz in Lisbon"), name particles
_NAME_JOINERS = frozenset({
    "and", "in", "at", "from", "with", "by", "y", "e", "et", "und", "en", "de", "da", "di", "du",
    "del", "della", "des", "la", "le", "van", "von", "der", "den", "ten", "ter", "al", "el",
    "bin", "ibn",
}) | frozenset(w for r in _STAFF_ROLES for w in r.split())  # fmt: skip
_LOWER_WORD = re.compile(r"(?<![\w'\u2019-])[^\W\d_A-Z][\w'\u2019-]*")
# Small words a headline in title case capitalises and a list of staff names never holds
# ("Writing by AI Is Changing Newsrooms", "Compiled by Nation Statistics Office From Census
# Returns"; a staff line writes "and", "in", "from" in lower case).  Words that are also
# given names or surnames are left out ("Will", "May", "Can", "Do", "To", "An", "In"), and
# so are "The" ("Additional reporting by The Associated Press") and the words bylines
# capitalise ("Reporting by Ana Ruiz For Reuters", "... by Tom Lee With Ann Roe").
_TITLE_CASE_SMALL = frozenset({
    "Is", "Are", "Was", "Were", "Be", "Been", "Has", "Have", "Had", "Would", "Could", "Should",
    "Does", "Did", "Not", "From", "Into", "Without", "Of", "Over", "After",
    "Against", "About", "Than", "Its", "Their", "Who", "What", "Why", "How", "When", "Where",
    "Which", "That", "This", "Or", "But", "If",
    # German
    "Ist", "Sind", "Wird", "Ohne", "Mit", "F\u00fcr", "\u00dcber", "Gegen", "Nach", "Und",
})  # fmt: skip
# What a staff credit line cannot do without (a quick test before the patterns): a role (its
# first two words; a one-word role whole) or the contact line's opening first on a line, after
# spaces and dashes, or first in brackets (:func:`_staff_opening`).  Reading the openings costs
# about 20 us an article; a search for the roles' longest words anywhere in the text cost over
# 100, and one for their first words alone let most texts through ("A", "With", "To").
_STAFF_OPENINGS = frozenset(" ".join(r.split()[:2]) for r in _STAFF_ROLES) | {
    "to contact",
    "contact the",
}
_OPENING_WORDS = re.compile(r"(\w+)(?:[ \t]+(\w+))?")
_DASHES = "-\u2013\u2014"


def _names_only(rest: str) -> bool:
    """Whether ``rest`` (a line after a staff role) reads as a list of names: no word in
    lower case but joiners, places' prepositions and the roles' own words ("Reporting by the
    council found ..." is news), and none of a headline's small words in capitals
    (:data:`_TITLE_CASE_SMALL`: "Writing by AI Is Changing Newsrooms" is a headline)."""
    words = [w for w in _LOWER_WORD.findall(rest) if not w[0].isupper()]
    return (
        bool(re.search(r"[^\W\d_]", rest))
        and all(w.lower() in _NAME_JOINERS for w in words)
        and _TITLE_CASE_SMALL.isdisjoint(re.findall(r"\w+", rest))
    )


# A column's or an op-ed's closing line about its writer: "Owen Stacke writes every Tuesday.",
# "Dervla Macken is a writer and broadcaster.", "Jane Doe is the Herald's chief arts critic."
# (the last line, after other text, at most TAGLINE_CHARS: a short paragraph of one or two
# sentences, a priori).  No news: its name starts with no title ("Mr Smith is ..."), and it
# says what the person writes or is as a writer.
TAGLINE_CHARS = 160
_TAGLINE = re.compile(
    r"[-\u2013\u2014*_\s]*(?!(?:Mr|Mrs|Ms|Miss|Dr)\b)[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019.-]+)+"
    r" (?:writes (?:every|each|a|for|on|about|weekly|fortnightly|monthly)\b"
    r"|is (?:a|an|the)\b[^\n]{0,100}?\b(?:columnist|writer|author|editor|broadcaster"
    r"|journalist|novelist|commentator|contributor|critic|blogger|presenter|correspondent)s?\b)"
)


def tagline(text: str) -> tuple[int, int] | None:
    """The span of ``text``'s closing line about its writer (see :data:`TAGLINE_CHARS`)."""
    body = text.rstrip()
    nl = body.rfind("\n")
    if nl < 0 or not body[:nl].strip():
        return None
    start = nl + 1 + (len(body[nl + 1 :]) - len(body[nl + 1 :].lstrip()))
    line = body[start:]
    if len(line) > TAGLINE_CHARS or _TAGLINE.match(line) is None:
        return None
    return start, len(body)


def staff_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the staff credit lines of ``text`` (see :data:`_STAFF_ROLES`): a bracketed
    credit closing its line, or a line of its own naming only staff or a contact, at most
    :data:`STAFF_LINE_MAX` characters.  Like an agency dateline, no one's reused news."""
    return list(_staff_lines(text))


@lru_cache(maxsize=4096)  # the align stage asks once per candidate pair with passages
def _staff_lines(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`staff_lines`, cached."""
    if not _staff_opening(hint_lower(text)):
        return ()
    out = {m.span(1) for m in _STAFF_BRACKETED.finditer(text)}
    for m in _STAFF_LINE.finditer(text):
        if m["contact"] or _names_only(m["rest"]):
            line = text[m.start() : m.end()]
            start = m.start() + len(line) - len(line.lstrip())
            out.add((start, m.start() + len(line.rstrip())))
    return tuple(sorted((s, e) for s, e in out if e - s <= STAFF_LINE_MAX))


def _staff_opening(lower: str) -> bool:
    """Whether a line of ``lower`` (a text in lower case) opens with a staff role or the
    contact line's words (:data:`_STAFF_OPENINGS`) after spaces and dashes (where
    :data:`_STAFF_LINE` reads them), or a bracket does (:data:`_STAFF_BRACKETED`)."""
    for line in lower.split("\n"):
        line = line.lstrip(" \t")
        if line[:1] and line[0] in _DASHES:
            line = line.lstrip(_DASHES).lstrip(" \t")
        if _opens_staff(line):
            return True
    return any(_opens_staff(part.lstrip(" \t")) for part in lower.split("(")[1:])


def _opens_staff(part: str) -> bool:
    """Whether ``part`` opens with the first two words of a role (one-word roles: the word)
    or of the contact line, as :data:`_STAFF_OPENINGS` holds them."""
    m = _OPENING_WORDS.match(part)
    return m is not None and (
        m[1] in _STAFF_OPENINGS or (m[2] is not None and f"{m[1]} {m[2]}" in _STAFF_OPENINGS)
    )


def _credited_name(name: str) -> bool:
    """Whether a name a credit pattern took can name an outlet (not "March")."""
    return outlet_key(name) not in _NOT_OUTLETS | {""}


def credits(text: str) -> frozenset[str]:
    """The :func:`outlet_key` of every outlet ``text`` credits (see the module docstring)."""
    return _credit_sets(text)[0]


def shared_credits(text: str, lines: bool = True) -> frozenset[str]:
    """:func:`credits` of the forms that, found in two texts, say they share the outlet as a
    source (all but "Additional reporting by", which also names people, and copyright lines
    but a syndicate's); ``lines``: a syndicate's copyright line counts (found in both texts;
    in one text alone it may be its picture's, "© 2026 Kestrel Features": a review)."""
    every = _credit_sets(text)
    return every[1] if lines else every[1] - every[2]


# What each credit pattern cannot match without, tested on the text and its lower case by a
# substring test or a pattern with a literal start (fast to search for): most texts have
# none, and these tests cost a few microseconds where the credit patterns cost about 200 per
# 3,000-character text.  Lower case: the syndication words are searched for case-sensitively.
_DATELINE_HINT = re.compile(r"\)\.?[ \t]*[-\u2013\u2014]")
_RELEASE_HINT = re.compile(r"\d{4}[ \t]*(?:/[^/\n]{1,40}/[ \t]*)?(?:--|\u2013|\u2014)")
_SYNDICATION_LOWER = re.compile(r"(?:originally|first)\s+(?:appeared|published|ran|posted)")
_WITH_LINE = re.compile(r"\n[ \t]*with[ \t]")
# Letters that the case-insensitive credit words match ("(?i:first)" matches "fİrst",
# "fırst", "firſt") but that str.lower() does not turn into that ASCII letter; the lower
# case of a text with one of them is taken after mapping them to it.
_RE_FOLDS = {ord("\u0130"): "i", ord("\u0131"): "i", ord("\u017f"): "s"}
_HINTS: tuple[Callable[[str, str], bool], ...] = (
    lambda text, lower: _DATELINE_HINT.search(text) is not None,
    lambda text, lower: _syndication_hint(lower),
    lambda text, lower: "republished" in lower,
    lambda text, lower: "syndicated" in lower or "distributed" in lower,
    lambda text, lower: "(with" in lower,
    lambda text, lower: (
        _WITH_LINE.search(lower) is not None or lower.lstrip(" \t").startswith("with")
    ),
    lambda text, lower: "additional reporting" in lower,
    lambda text, lower: "read" in lower,
    lambda text, lower: "source" in lower,
    lambda text, lower: _copyright_hint(text, lower),
    lambda text, lower: ("below" in lower or "follows" in lower) and " by " in lower,
)


def _syndication_hint(lower: str) -> bool:
    """Whether ``lower`` (a text in lower case) may hold a syndication credit."""
    return ("first" in lower or "originally" in lower) and bool(_SYNDICATION_LOWER.search(lower))


def _copyright_hint(text: str, lower: str) -> bool:
    """Whether ``text`` may hold a copyright line (:data:`_COPYRIGHT`)."""
    return "copyright" in lower or "(c)" in lower or "\u00a9" in text


def _credited_key(m: re.Match[str]) -> str:
    """The :func:`outlet_key` of the name a credit pattern took (its first group that took
    one: a dateline's two forms each have theirs), without a company's suffix ("Harwick Post
    Ltd": "harwickpost")."""
    name = next((g for g in m.groups() if g), "")
    return outlet_key(_COMPANY_SUFFIX.sub("", name))


# A copyright owner that sells its copy to papers (a syndicate, a features or news service,
# an agency): two papers printing its line share it as a source; a group's, a publisher's or
# a photo agency's line says nothing of the text (a review: "© 2026 Lantern Features" on two
# cuts of one feature)
_SYNDICATE = re.compile(r"\b(?:features|syndicat\w*|news service|wire|press agency)\b", re.I)


_COMPANY_SUFFIX = re.compile(r"(?:[ \t,]+(?:Ltd|Limited|plc|PLC|LLC|Inc|GmbH|SA|AG))+\.?$")


def hint_lower(text: str) -> str:
    """The lower case the quick tests read: :meth:`str.lower`, and the letters of
    :data:`_RE_FOLDS` as the ASCII letter a case-insensitive pattern matches them with."""
    if not text.isascii() and any(chr(c) in text for c in _RE_FOLDS):  # 3 fast scans
        text = text.translate(_RE_FOLDS)
    return text.lower()


@lru_cache(maxsize=4096)  # direction asks for an article's credits once per pair it is in
def _credit_sets(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(:func:`credits`, :func:`shared_credits`, the syndicates' copyright lines among the
    latter) of ``text``."""
    every: set[str] = set()
    shared: set[str] = set()
    syndicated: set[str] = set()
    lower = hint_lower(text)
    for (pattern, marks_shared), hint in zip(_CREDITS, _HINTS, strict=True):
        if not hint(text, lower):
            continue
        found = list(pattern.finditer(text))
        if pattern is _COPYRIGHT:  # the text's own line, under it; not a picture's
            found = [m for m in found if _in_last_lines(text, m.start())]
        keys = {_credited_key(m) for m in found} - _NOT_OUTLETS - {""}
        every |= keys
        if marks_shared:
            shared |= keys
        elif pattern is _COPYRIGHT:
            syndicated |= {_credited_key(m) for m in found if _SYNDICATE.search(m.group(1))}
    return frozenset(every), frozenset(shared | syndicated), frozenset(syndicated - shared)


def names_outlet(credited: frozenset[str], outlet: str | None) -> bool:
    """Whether one of the ``credited`` keys names ``outlet``: its name, its domain (its start,
    for a credit of :data:`PREFIX_MIN` letters or more), or for an agency (a name with an
    agency word: "Agence France-Presse") its initials ("AFP"; :func:`_initials`), never
    their start ("(AP)" does not name "Austria Presse Agentur"); for an outlet named by its
    domain, the domain's name, also without a last agency word ("afp.com": "AFP",
    "apnews.com": "AP")."""
    key = outlet_key(outlet)
    if not key:
        return False
    short = _short_names(outlet or "")
    return any(
        c == key or (len(c) >= PREFIX_MIN and key.startswith(c)) or c in short for c in credited
    )


def outlet_names(outlet: str | None) -> frozenset[str]:
    """The keys a credit can name ``outlet`` by exactly: its :func:`outlet_key`, an agency's
    initials, a domain's name (:func:`names_outlet` also takes a long credit that starts its
    key).  An index of outlets by these finds whom a credit names without asking each."""
    key = outlet_key(outlet)
    return frozenset({key, *_short_names(outlet or "")}) if key else frozenset()


# The articles an outlet's name of another language can open with ("Le Monde", "Der
# Spiegel", "El País"); a credit may also read them in the forms a preposition takes ("du",
# "des", "dem", "den"): :data:`_ARTICLE`.
_LEADING_ARTICLES = (
    *("le", "la", "les", "el", "los", "las", "il", "lo"),
    *("der", "die", "das", "de", "het"),
)
_LEADING = re.compile(r"(?i:" + "|".join(_LEADING_ARTICLES) + r")\Z")


_AGENCY_WORD = re.compile(
    r"\b(?:agency|agence|agencia|agenzia|agentur|press|presse|wire|news)\b", re.I
)
_DOMAIN = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", re.I)
# leading host labels that are not the outlet's name ("news.sky.com", "edition.cnn.com")
_SUBDOMAINS = frozenset({"www", "m", "mobile", "amp", "news", "edition", "en", "uk", "us"})
_DOMAIN_AGENCY_END = re.compile(r"(?<=[a-z0-9])(?:news|wire|agency)$")  # not "press": "express"
_CAPITALS = re.compile(r"[A-Z]{2,5}")
_JOINERS = frozenset({"the", "of", "and", "de", "des", "du", "la", "di", "der"})


@lru_cache(maxsize=4096)  # a corpus has few outlets; asked for twice per pair
def _short_names(outlet: str) -> frozenset[str]:
    """The keys that name ``outlet`` as well as its own (:func:`names_outlet`): an agency's
    initials, a domain's name, a first word in capitals ("PA Media": "PA"), the name without
    a leading article of another language ("Le Courrier de Valmont": "courrierdevalmont")."""
    if _DOMAIN.fullmatch(outlet.strip()):
        labels = outlet.strip().lower().split(".")[:-1]
        while len(labels) > 1 and labels[0] in _SUBDOMAINS:
            labels = labels[1:]
        name = labels[0].replace("-", "")
        names = {name, _DOMAIN_AGENCY_END.sub("", name)}
        names |= {n[3:] for n in names if n.startswith("the")}  # "thetimes.co.uk"
        return frozenset(n for n in names if len(n) >= 2)
    words = outlet.split()
    first = words[0] if words else ""
    # a name that starts with its own initials in capitals: "PA Media", "BBC News"
    lead = {first.lower()} if _CAPITALS.fullmatch(first) and len(words) > 1 else set()
    # "Le Courrier de Valmont" is credited "du Courrier de Valmont", "Der Spiegel" "laut dem
    # Spiegel": the name without its leading article of another language (a review)
    bare = outlet_key(" ".join(words[1:])) if len(words) > 1 and _LEADING.match(first) else ""
    return _initials(outlet) | lead | ({bare} if len(bare) > 3 else set())


def _initials(outlet: str) -> frozenset[str]:
    """Initials of an agency's name ("Agence France-Presse" -> "afp", "Press Trust of India"
    -> "pti"), also without a last English word "Agency" ("Meridian Press Agency" -> "mp"),
    and its first word ("Kyodo News" -> "kyodo"); none for other outlets (a paper called
    "Arden Post" is not credited by "(AP)")."""
    if not _AGENCY_WORD.search(outlet):
        return frozenset()
    words = [w for w in re.findall(_LETTER + "+", outlet) if w.lower() not in _JOINERS]
    if len(words) < 2:
        return frozenset()
    full = "".join(w[0] for w in words).lower()
    out = {full}
    if not _AGENCY_WORD.fullmatch(words[0]):  # "Kyodo News": "(Kyodo)"; not "Press Trust..."
        out.add(words[0].lower())
    if words[-1].lower() == "agency" and len(full) >= 3:
        # "Meridian Press Agency": "MP"; agencies of other languages count the agency word
        # ("Austria Presse Agentur" is APA, and "(AP)" does not name it)
        out.add(full[:-1])
    return frozenset(out)


def credit_order(
    a_outlet: str | None, a_text: str, b_outlet: str | None, b_text: str
) -> tuple[int | None, bool]:
    """What the credits of two articles say: ``(0, False)`` when ``b`` credits ``a``'s
    outlet and ``a`` does not credit ``b``'s (``a`` is the source), ``(1, False)`` the other
    way, ``(None, True)`` when both credit one outlet that is neither of theirs (a common
    source outside the pair: :func:`shared_credits`), ``(None, False)`` when the credits say
    nothing.  Two articles of one outlet credit nothing to each other: an agency's dateline
    in its story names the agency, not its advisory or its flash without one (an audit of
    write-throughs: the day's advisory, sent hours later, became the source of the lead it
    summarised; the outlet may be written as its name in one and as its initials in the
    other: :func:`same_outlet`)."""
    ca, cb = credits(a_text), credits(b_text)
    a_names_b, b_names_a = names_outlet(ca, b_outlet), names_outlet(cb, a_outlet)
    if a_names_b != b_names_a and not same_outlet(a_outlet, b_outlet):
        return (0 if b_names_a else 1), False
    common = frozenset(
        c for c in shared_credits(a_text) & shared_credits(b_text)
        if not names_outlet(frozenset({c}), a_outlet)
        and not names_outlet(frozenset({c}), b_outlet)
    )  # fmt: skip
    return None, bool(common)


def same_outlet(a: str | None, b: str | None) -> bool:
    """Whether ``a`` and ``b`` name one outlet: the same :func:`outlet_key`, or an agency's
    name and its initials written in capitals ("Meridian Press Agency" and "MPA", "Agence
    France-Presse" and "AFP").  The initials must be exactly those of the name's capitalised
    words and the name must have an agency word (:func:`_initials`' rule): a credit "(MPA)"
    names only such an agency (:func:`names_outlet`), so this adds no outlet pair that
    credits do not already confuse; "Arden Post" is not "AP", "Meridian Press" is not
    "MPA", and the shorter initials an agency is also credited by ("MP") make no one outlet
    (another agency may go by them)."""
    ka, kb = outlet_key(a), outlet_key(b)
    return bool(ka) and (ka == kb or _initialism(a or "", b or "") or _initialism(b or "", a or ""))


def _initialism(name: str, short: str) -> bool:
    """Whether ``short`` is one word in capitals that spells the initials of the capitalised
    words of the agency ``name`` (see :func:`same_outlet`)."""
    short = short.strip()
    if not _CAPITALS.fullmatch(short) or not _AGENCY_WORD.search(name):
        return False
    words = re.findall(_LETTER + "+", name)  # "Agence Européenne de Presse": one word
    if words[:1] == ["The"]:  # "The Associated Press" is "AP", "The Canadian Press" "CP"
        words = words[1:]
    capitals = [w[0] for w in words if w[0].isupper()]
    return len(capitals) >= 2 and "".join(capitals) == short


# --- Sentences attributed to an outlet -------------------------------------------------------
# A sentence that gives another outlet's news and names it: "..., the Calder Bay Times
# reports.", "..., reports the Harwick Standard.", "..., according to the Brackenfield Post.",
# "The Lowmoor Courier reported on Monday that ..." (a briefing's or an aggregator's summary,
# a paper following up a rival's scoop).  The name is any capitalised name (people, police and
# councils say things too): what makes it an outlet is that the corpus has one of that name
# (the align stage checks with :func:`outlet_names`).
_SAYS_WORDS = r"reports|reported|says|said|writes|wrote|reveals|revealed|learned|learnt|understands"
_SAYS_FIRST = r"(?:reports|reported|says|said|writes|wrote)"
# An outlet's name as above, with the joining words of the other languages read ("Corriere
# della Sera", "El Peri\u00f3dico de Catalunya", "Frankfurter Allgemeine der ...")
_JOIN = r"(?:of|for|the|and|de|des|du|della|del|di|la|le|el|der|die|das|van|het|y)"
_ONAME = rf"((?:[Tt]he[ \t]+)?{_WORD}(?:[ \t]+(?:{_JOIN}[ \t]+)?{_WORD}){{0,5}})"
# A source's own sources after its name: "..., the X reported, citing two officials." (the
# sentence runs on to its end)
_CITING = r",(?=[ \t]+citing[ \t])"
# A speaker who told an outlet, or an outlet that reported, years ago: "She told the Ashby
# Herald in 2019 that ...", "... last year", "in March 2019" (a past interview recalled, no
# source of today's news)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_PAST = re.compile(
    r"[ \t]+(?:in[ \t]+an[ \t]+interview[ \t]+)?"
    r"(?:last[ \t]+(?:year|spring|summer|autumn|winter)\b|earlier[ \t]+this[ \t]+year\b"
    r"|in[ \t]+the[ \t]+(?:spring|summer|autumn|winter)\b|in[ \t]+(?:" + _MONTH + r"[ \t]+)?\d{4}\b"
    r"|\d+[ \t]+(?:years|months)[ \t]+ago\b)"
)  # (a review: "In an interview with the X earlier this year" credited the X)
# An outlet as the subject of news, what it will do itself: "The Harwick Standard said that
# it would appeal."
_OWN_PLANS = re.compile(r"[ \t]+it[ \t]+(?:would|will)\b")
# Each form is found from a literal part (fast to search for), then its name is read next to
# it: a pattern over every comma of every text cost ~260 us per article.
# "..., the Harwick Standard reports." / "..., the Standard has learned." (``end``), and
# "The Lowmoor Courier reported on Monday that ..." (``that``): one scan for the verb
# When the named outlet reported, after its verb: "... reported on Monday", "... last week"
_WHEN = (
    r"(?:[ \t]+on[ \t]+[A-Z]\w+|[ \t]+last[ \t]+(?:night|week|month)|[ \t]+yesterday"
    r"|[ \t]+earlier[ \t]+this[ \t]+(?:week|month)|[ \t]+this[ \t]+(?:week|month))"
)
# (the end form with words of when: "..., the Harwick Standard reported last week.", a review)
# (and ", citing" after them: "..., Bloomfield News reported on Tuesday, citing people
# familiar with the matter.", the house form of a rival's scoop followed up: a review)
_VERB = re.compile(
    rf"[ \t](?=[hrswlu])(?:has[ \t]+)?(?:{_SAYS_WORDS})"
    rf"(?:(?P<end>{_WHEN}?(?:[.!](?=\s|$)|{_CITING}))|{_WHEN}?[ \t]+that\b)"
)
_NAME_BEFORE = re.compile(r",[\"\u201d\u2019']?[ \t]+" + _ONAME + r"\Z")  # '"...," the X

_NAME_STARTING = re.compile(r"[ \t]*" + _ONAME + r"\Z")
# "..., reports the Harwick Standard." / "..., according to the Brackenfield Post." / "...,
# via the Ashby Herald." (a newsletter's item credit, a review)
_NAME_AFTER = re.compile(r",[ \t]+(?:" + _SAYS_FIRST + r"|according[ \t]+to|via)[ \t]+")
_NAME_END = re.compile(_ONAME + r"(?:[ \t]*[.!](?=\s|$)|(?=" + _CITING + r"))")
# The same in French, German, Spanish, Italian and Dutch: "..., rapporte Le Monde.", "...,
# berichtet die Harwicker Zeitung.", "..., según El País.", "..., secondo il Corriere.", "...,
# meldt de Volkskrant."; a lower-case article may stand before the name
_ARTICLE = (
    r"(?:(?:" + "|".join(_LEADING_ARTICLES + ("du", "des", "den", "dem")) + r")[ \t]+|l['\u2019])?"
)
_FOREIGN_AFTER = re.compile(
    r",[ \t]+(?:rapporte|indique|\u00e9crit|r\u00e9v\u00e8le|selon|berichtet|berichtete|meldet"
    r"|meldete|schreibt|schrieb|laut|informa|publica|seg\u00fan|se\u00f1ala|revela|riporta|scrive"
    r"|secondo|rivela|meldt|schrijft|volgens)[ \t]+" + _ARTICLE
)
# "According to the Lowmoor Courier, ..." at the start of a sentence, and "Selon Le Monde,",
# "Seg\u00fan El Pa\u00eds,", "Secondo il Corriere,", "Volgens de Volkskrant,"
# (and, a review of other languages' newsrooms: "Laut der X", "D'apr\u00e8s le X", "Selon les
# informations du X", "Selon nos confr\u00e8res du X", "Seg\u00fan inform\u00f3 ayer X")
_ACCORDING = re.compile(
    r"(?:According[ \t]+to"
    r"|Selon(?:[ \t]+(?:les[ \t]+informations|nos[ \t]+confr\u00e8res)(?=[ \t]+d))?"
    r"|D['\u2019]apr\u00e8s"
    r"|Seg\u00fan(?:[ \t]+(?:inform\u00f3|public\u00f3|adelant\u00f3|revel\u00f3)"
    r"(?:[ \t]+(?:ayer|hoy|anoche))?)?|Secondo|Volgens|Laut)[ \t]+" + _ARTICLE
)
_NAME_COMMA = re.compile(_ONAME + r",")
# "Laut der Lindenauer Zeitung wird ...": German puts the verb after the name, no comma
_GERMAN_VERB = (
    r"[ \t]+(?:wird|werden|wurde|wurden|soll|sollen|hat|haben|ist|sind|war|waren|sei|seien"
    r"|will|muss|kann)\b"
)
_NAME_VERB = re.compile(_ONAME + rf"(?={_GERMAN_VERB})")
# A follow-up's credit of a rival's scoop: "..., as first reported by the Ashby Herald.", "As
# revealed by the X on Tuesday, ...", and in German, French and Spanish "Wie das Brücker
# Tagblatt am Dienstag berichtete, ...", "Comme l'a révélé Le Courrier de Valmont mardi, ...",
# "Como adelantó ayer El Diario de Marbella, ..."; the name
# then ends at a mark, or at a few words of when (German: up to three words before the verb)
_AS_REPORTED = re.compile(
    r"\b(?:[Aa]s[ \t]+(?:first[ \t]+)?(?:reported|revealed)[ \t]+(?:by|in)"
    r"|[Cc]omme[ \t]+l['\u2019]a(?:vait)?[ \t]+(?:r\u00e9v\u00e9l\u00e9|rapport\u00e9"
    r"|annonc\u00e9|\u00e9crit|indiqu\u00e9)"
    r"|[Cc]omo[ \t]+(?:adelant\u00f3|inform\u00f3|public\u00f3|revel\u00f3)(?:[ \t]+(?:ayer|hoy))?)"
    r"[ \t]+" + _ARTICLE
)
_AS_NAME_END = re.compile(
    _ONAME + r"(?=[ \t]*[.!,;]|[ \t]+(?:on|last|this|earlier|yesterday|[a-z]+di|hier)\b)"
)
# "As the Courier reported last week, ...", "As the Herald first revealed, ...": how a paper
# cites its own earlier story, or a rival's (a review); the name stands before the verb
_AS_THE = re.compile(r"\b[Aa]s[ \t]+(?=[Tt]he[ \t]+[A-Z]|[A-Z])")
_AS_THE_NAME = re.compile(
    _ONAME + r"[ \t]+(?:ha[sd][ \t]+)?(?:first[ \t]+)?(?:reported|revealed)(?=[ \t]*[,.;]"
    r"|[ \t]+(?:on|last|this|earlier|yesterday|in)\b)"
)
# ... and an outlet's explainer, named with "the": "As the Civic Ledger explained last week,
# ..." (a review of background copied into news: the explainer it names was not its
# source); not "As Dr Jones explained", a person
_AS_THE_OUTLET = re.compile(r"\b[Aa]s[ \t]+(?=[Tt]he[ \t]+[A-Z])")
_AS_EXPLAINED_NAME = re.compile(
    _ONAME + r"[ \t]+(?:ha[sd][ \t]+)?(?:explained|noted)"
    r"(?=[ \t]*[,.;]|[ \t]+(?:on|last|this|earlier|yesterday|in)\b)"
)
_WIE = re.compile(r"\b[Ww]ie[ \t]+" + _ARTICLE)
_WIE_NAME = re.compile(
    _ONAME + r"(?:[ \t]+[^\s,.]+){0,3}?[ \t]+(?:zuerst[ \t]+)?"
    r"(?:berichtete|berichtet|meldete|schrieb|enth\u00fcllte|berichtet[ \t]+hatte)[ \t]*[,.]"
)  # (also closing its sentence: "..., wie die Lindenauer Zeitung am Dienstag berichtete.")
# A speaker's words given to an outlet: "Whitcombe told the Kestrel Post: ...", "..., she told
# Reuters.", "Speaking to the Ashby Herald on Monday, Whitcombe said ...", "In an interview
# with the Meridian Review, ..." (a review; not "interviewed by X": the police interview
# suspects) (the words are that
# outlet's interview; the name ends at a mark or at a few words of when)
_TOLD = re.compile(
    r"(?:\btold|\b[Ss]peaking[ \t]+to|\b[Ii]n[ \t]+an[ \t]+interview[ \t]+with)[ \t]+"
)
_NEXT_WORD = rf"[ \t]+(?:{_JOIN}[ \t]+)?{_WORD}"
_TOLD_NAME_END = re.compile(
    rf"((?:[Tt]he[ \t]+)?{_WORD}(?:(?:{_NEXT_WORD}){{0,5}}"
    r"(?=[ \t]*[.!,;:]|[ \t]+(?:on|last|this|earlier|yesterday|in)\b)"
    # "... told the Brindle Valley Herald that he returned every autumn" (a review): a name of
    # two words or more before "that" ("told the court that" is a witness's evidence, and an
    # agency called "Court News UK" is no source of it: a second review)
    rf"|(?:{_NEXT_WORD}){{1,5}}(?=[ \t]+that\b)))"
)
# A statement an outlet put out, quoted: "Paying tribute in a statement released by Westmoor
# Police, his family said: ...", "in a statement issued through the Ashby Herald" (a family's
# or a company's words given out by a police force or a council: the quote is that release's);
# the name ends as after "as reported by"
_STATEMENT = re.compile(
    r"\bstatement[ \t]+(?:released|issued|published|put[ \t]+out|sent[ \t]+out)[ \t]+"
    r"(?:by|through|via)[ \t]+" + _ARTICLE
)
# A writer's own piece in an outlet, quoted: "Writing in the Wexmoor Gazette, the minister
# said ...", "In an article for the Gazette, Prewett wrote ...", "..., she wrote in the
# Gazette on Sunday." (an op-ed or a column quoted by the news: a review of opinion pages);
# the name ends as after "as reported by"
_WRITING_IN = re.compile(
    r"(?:\b[Ww]riting[ \t]+(?:in|for)|\bwrote[ \t]+in"
    r"|\b[Ii]n[ \t]+(?:an?|his|her|their)[ \t]+(?:[a-z-]+[ \t]+)?"
    r"(?:article|column|op-ed|piece|essay)[ \t]+(?:for|in))[ \t]+" + _ARTICLE
)
# Another outlet's own work and what it found: "An investigation by the Harwick Ledger found
# that ...", "A new analysis by the Courier has shown ..." (how other outlets write up an
# investigation: a review); the name ends at a mark or at the finding's verb
_FINDINGS_VERBS = (
    r"found|finds|showed|shows|shown|revealed|reveals|uncovered|established|concluded"
    r"|suggested|suggests"
)
_WORK_BY = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)[ \t]+(?:[a-z-]+[ \t]+){0,2}"
    r"(?:investigation|analysis|inquiry|probe|survey|review|report)[ \t]+by[ \t]+" + _ARTICLE
)
_WORK_NAME_END = re.compile(
    _ONAME + r"(?=[ \t]*[.!,;]|[ \t]+(?:on|last|this|earlier|in|of)\b"
    rf"|[ \t]+(?:ha[sd][ \t]+)?(?:{_FINDINGS_VERBS})\b)"
    # the verb read too, so that a past finding is seen after it ("... found last year that
    # the depot had cost ...": an old investigation recalled, no source of today's news: a
    # second review)
    rf"(?:[ \t]+(?:ha[sd][ \t]+)?(?:{_FINDINGS_VERBS})\b)?"
)
_WRITING_HINTS = (
    "riting ", "rote in", "le for", "mn for", "ce for", "ed for", "ay for", "le in", "mn in",
    "ce in", "ed in", "ay in",
)  # fmt: skip
# Literal words each form cannot do without, searched for first: the forms' own patterns
# try every word boundary of a text (about 200 microseconds an article for the three)
# (plain substring tests: a pattern of alternatives tries every place of a text as well)
_ACCORDING_HINT = ("According", "Selon", "Seg\u00fan", "Secondo", "Volgens", "Laut", "apr\u00e8s")
# (hints, form, name, whether the text's own outlet counts: "a police source told MPA" in
# MPA's own story is its own reporting, while "as the Herald first reported" in the Herald
# names its earlier story)
_FOLLOW_UPS = (
    (("s reported", "s revealed", "s first", "omme l", "omo "), _AS_REPORTED, _AS_NAME_END, True),
    ((" reported", " revealed"), _AS_THE, _AS_THE_NAME, True),
    ((" explained", " noted"), _AS_THE_OUTLET, _AS_EXPLAINED_NAME, True),
    (("berichtet", "meldete", "schrieb", "enth\u00fcllte"), _WIE, _WIE_NAME, True),
    (("told", "peaking to", "nterview"), _TOLD, _TOLD_NAME_END, False),
    (("statement",), _STATEMENT, _AS_NAME_END, False),
    ((" by ",), _WORK_BY, _WORK_NAME_END, False),
    (_WRITING_HINTS, _WRITING_IN, _AS_NAME_END, False),
)
_LOOK_BACK = 120  # characters before a verb that a name can take
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]*\s+|\n")
# A quick test before the forms (:func:`_may_name`): a text holding no name of the corpus's
# outlets, however written, followed by what some form reads after a name, attributes nothing
# (most articles; the forms' own scans cost 80-110 us an article on synthetic text).
# What may stand between two letters of a name's key in the text: a name holds ``[ \t&'.-]``
# there (``_WORD``, ``_ONAME``), which :func:`outlet_key` drops; any marks are allowed (a
# shorter pattern, compiled faster)
_KEY_GAP = r"\W*"
# What follows a name in some form: a mark (``_NAME_END``, ``_NAME_COMMA``, ``_AS_NAME_END``,
# ``_TOLD_NAME_END``), a verb of ``_VERB`` (the name is read just before it), the words of
# when after "told"/"as reported by", or up to three words and a verb (``_WIE_NAME``), or
# the end of a line, after a closing bracket or not (an item credit, ``_ITEM_POINTER``,
# ``_ITEM_TAG``).  Not an agency dateline's closing bracket, nor "X News Agency" read as X.
# A new form must add what it reads after a name here.
_KEY_END = (
    r"(?!\w)(?=[ \t]*[.!,;:]"
    rf"|[ \t]+(?:ha[sd][ \t]+)?(?:first[ \t]+)?(?:{_SAYS_WORDS}|{_FINDINGS_VERBS})\b"
    r"|[ \t]+(?:on|last|this|earlier|yesterday|in|hier|[a-z]+di)\b"
    r"|(?:[ \t]+[^\s,.]+){0,3}?[ \t]+(?:zuerst[ \t]+)?"
    r"(?:berichtete|berichtet|meldete|schrieb|enth\u00fcllte)"
    r"|(?:[ \t]*\)[ \t]*\.?)?[ \t]*(?:\n|\Z)"
    + "|"
    + _GERMAN_VERB  # "Laut der X wird ..."
    + ")"
)


# The most keys :func:`_may_name` writes a pattern of: compiling it costs about 0.2 s per
# 1,000 keys (a tree of their letters), which the test pays back after about 3,000 articles
# naming none (60 us saved each on synthetic text); a corpus with more keys reads every text
# with the forms, as before.  Set from those two measurements, not tuned.
MAX_NAME_KEYS = 2000


@lru_cache(maxsize=8)  # one set of keys per corpus
def _any_name(known: frozenset[str]) -> re.Pattern[str]:
    """The pattern of :func:`_may_name`: each key of ``known`` with ``_KEY_GAP`` between any
    two of its letters, in either case, then ``_KEY_END``; it starts a word, with a capital
    (a name starts with one, or with "the", which :func:`outlet_key` drops: after a "The" the
    key may start with a small letter, "The-ap").  The keys are written as a tree of their
    common starts, so a search stops only at the keys' first letters in capitals and at
    "The"."""
    tree: dict[str, dict] = {}
    for key in known:
        node = tree
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}
    capitals = [
        re.escape(ch.upper()) + r"(?<!\w.)" + _KEY_GAP + f"(?i:{_key_tree(node)})"
        for ch, node in sorted(tree.items())
        if "a" <= ch <= "z"
    ]
    the = r"T(?<!\w.)(?:HE|He|hE|he)\W+" + f"(?i:{_key_tree(tree)})"
    return re.compile("(?:" + "|".join([*capitals, the]) + ")" + _KEY_END)


def _key_tree(node: dict[str, dict]) -> str:
    """The pattern of the rest of the keys below ``node`` of :func:`_any_name`'s tree."""
    alts = [
        "" if ch == "" else re.escape(ch) + ("" if set(sub) == {""} else _KEY_GAP + _key_tree(sub))
        for ch, sub in sorted(node.items())
    ]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _may_name(text: str, known: frozenset[str]) -> bool:
    """Whether ``text`` may hold a name that :func:`outlet_key` makes one of ``known``, with
    what a form reads after it (``_KEY_END``), however the name is written ("Zdriosts News
    Agency", "ZNA", "Z.N.A.", "The Harwick-Standard", "the HARWICK STANDARD"): if not,
    :func:`attributions` finds none.  A name the forms read (``_ONAME``) starts a word with a
    capital or with "the", ends one, and holds word characters and ``[ \t&'.-]`` only; its key
    is its word characters in lower case, a first "the" dropped.  A pattern ignoring
    case matches the letters whose lower case :func:`outlet_key` writes otherwise than one by
    one (a final capital sigma, a dotted capital I) either way."""
    if not known:
        return False
    if "" in known or len(known) > MAX_NAME_KEYS:
        return True
    return _any_name(known).search(text) is not None


@lru_cache(maxsize=4096)  # the align stage asks once per candidate pair
def attributions(
    text: str, known: frozenset[str] | None = None, own: frozenset[str] = frozenset()
) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, key)`` of each sentence of ``text`` that names an outlet as its source
    (see above): the sentence's span and the :func:`outlet_key` of the name; with ``known``,
    only the names whose key is in it (the corpus's outlets: the rest is not looked at
    further); ``own``: the keys of the text's own outlet (:func:`outlet_names`), which a
    speaker "told" is no source (its own interview).  Each form is found from its verb or its
    "according to" and the name read next to it (a pattern trying a name at every comma cost
    about 260 microseconds per article); with ``known``, only in a text that may name one of
    them (:func:`_may_name`)."""
    if known is not None and not _may_name(text, known):
        return ()
    out: dict[tuple[int, int], str] = {}

    def keep(name: str) -> bool:
        if not _credited_name(name):
            return False
        return known is None or outlet_key(name) in known

    for m in _VERB.finditer(text):
        before = _name_before(text, m.start(), m["end"] is not None)
        if before is None or not keep(before.group(1)) or _surname(text, before.group(1)):
            continue
        if m["end"] is None and _own_plans(text, m):
            continue
        if m["end"] is not None and m["end"].endswith(","):  # ", citing ...": to the end
            span = (_sentence_start(text, before.start()), _sentence_end(text, m.end()))
        elif m["end"]:
            span = (_sentence_start(text, before.start()), m.end())
        else:
            span = (before.start(1), _sentence_end(text, m.end()))
        out.setdefault(_item_or(text, *span), outlet_key(before.group(1)))
    if ", " in text:
        for m in _NAME_AFTER.finditer(text):
            _after_name(text, m, out, keep)
        for m in _FOREIGN_AFTER.finditer(text):
            _after_name(text, m, out, keep)
    for m in _ACCORDING.finditer(text) if any(h in text for h in _ACCORDING_HINT) else ():
        n = (_NAME_VERB if m.group().startswith("Laut") else _NAME_COMMA).match(text, m.end())
        if n and keep(n.group(1)) and _starts_sentence(text, m.start()):
            out.setdefault((m.start(), _sentence_end(text, n.end())), outlet_key(n.group(1)))
    for start, end, key in _item_credits(text, keep):
        out.setdefault((start, end), key)
    for hints, pattern, name, own_ok in _FOLLOW_UPS:
        if not any(h in text for h in hints):
            continue
        for m in pattern.finditer(text):
            n = name.match(text, m.end())
            if not n or (not own_ok and outlet_key(n.group(1)) in own):
                continue
            if _PAST.match(text, n.end()):
                continue
            if keep(n.group(1)) and not _surname(text, n.group(1)):
                end = n.end() if n.group().endswith(".") else _sentence_end(text, n.end())
                span = (_sentence_start(text, m.start()), end)
                out.setdefault(span, outlet_key(n.group(1)))
    return tuple(sorted((s, e, k) for (s, e), k in out.items()))


def _own_plans(text: str, m: re.Match[str]) -> bool:
    """Whether the verb ``m`` ("said that", "says that") is followed by the subject's own
    plans (:data:`_OWN_PLANS`)."""
    return "sa" in m.group() and _OWN_PLANS.match(text, m.end()) is not None


def _name_before(text: str, at: int, end_form: bool) -> re.Match[str] | None:
    """The name just before a verb at ``at``: after the last comma (``end_form``: "..., the
    X reports.") or at the start of the sentence ("The X reported that ..."), within
    :data:`_LOOK_BACK` characters, tried at that one place (a search trying every place of
    the window cost more than the rest of :func:`attributions`)."""
    lo = max(0, at - _LOOK_BACK)
    if end_form:
        comma = text.rfind(",", lo, at)
        return _NAME_BEFORE.match(text, comma, at) if comma >= 0 else None
    start = max(text.rfind(c, lo, at) for c in '\n.!?"\u201d\u2019')
    if start < 0 and lo > 0:
        return None  # no sentence start within reach
    return _NAME_STARTING.match(text, start + 1, at)


# Capitalised words that stand before a name without making it a person's ("In Brannock", "The
# Brannock", "When Reuters asked ...", "On Monday Reuters reported ..."): a person's name is a
# given name or a title and the surname ("Ian Morrow", "Councillor Morrow")
_NOT_GIVEN = frozenset({
    "The", "A", "An", "In", "At", "On", "Of", "For", "From", "To", "By", "And", "But", "Near",
    "Outside", "Inside", "With", "Without", "Across", "Around", "Over", "Under", "Old", "New",
    "North", "South", "East", "West", "Greater", "Upper", "Lower", "Little", "Great",
    # words opening a sentence before a name
    "When", "While", "If", "As", "After", "Before", "Since", "Although", "Though", "Because",
    "Until", "Unless", "Once", "Then", "So", "Also", "Yet", "Still", "Meanwhile", "Separately",
    "Earlier", "Later", "Yesterday", "Today", "Tonight", "Now", "Last", "This", "That", "Like",
    "Unlike", "Why", "How", "What", "Where", "Whether", "Both", "Only", "Even", "Here", "There",
    "Asked", "Told", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "July", "August", "September",
    "October", "November", "December",
})  # fmt: skip
# Titles written with a full stop ("Mr. Morrow", "Dr. Morrow"); any other word closed by one
# ends a sentence ("... in Lisbon. Reuters reported that ..."), and an initial ("J. Morrow")
_TITLES = frozenset({
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Lt",
    "Sgt", "Cllr", "Det", "Insp", "Supt", "Rev", "Hon", "Pres", "Adm", "Maj", "Cpl", "Fr",
})  # fmt: skip
# A capitalised word and the capitalised word after it (not consumed: each word is tried as
# the first of a pair too)
_NAME_PAIR = re.compile(r"\b([A-Z][\w'\u2019-]*\.?)[ \t]+(?=([A-Z][\w'\u2019-]*))")


def _surname(text: str, name: str) -> bool:
    """Whether ``name`` (one bare word before a verb of saying: "..., Morrow said.") is a
    person's surname in ``text``: the text names someone by it after a given name or a title
    ("Councillor Ian Morrow ... The council has signed no sale, Morrow said."), so the
    sentence quotes that person, not an outlet of that name."""
    if " " in name.strip() or not name[:1].isupper():
        return False
    return name in _surnames(text)


@lru_cache(maxsize=64)  # asked for each verb of saying in a text: one pass over it
def _surnames(text: str) -> frozenset[str]:
    """The words of ``text`` that follow a given name or a title (see :func:`_surname`), and
    their parts before an apostrophe or a hyphen ("Morrow's", "Morrow-Lind")."""
    out: set[str] = set()
    for m in _NAME_PAIR.finditer(text):
        given, word = m.group(1), m.group(2)
        if given.endswith(".") and not (given[:-1] in _TITLES or len(given) == 2):
            continue
        if given in _NOT_GIVEN:
            continue
        out.add(word)
        out.update(word[:i] for i, c in enumerate(word) if i and c in "'\u2019-")
    return frozenset(out)


def _after_name(
    text: str, m: re.Match[str], out: dict[tuple[int, int], str], keep: Callable[[str], bool]
) -> None:
    n = _NAME_END.match(text, m.end())
    if n and keep(n.group(1)) and not _surname(text, n.group(1)):
        end = n.end() if n.group().rstrip()[-1:] in ".!" else _sentence_end(text, n.end())
        start = _sentence_start(text, m.start())
        if "via" in m.group() and not _item_line(text, start, end):
            return  # "... from Central station, via the Harwick Metro": a way, not a source
        out.setdefault(_item_or(text, start, end), outlet_key(n.group(1)))


# A newsletter item's credit line, "HOSPITAL: Another grim milestone, via the Ashby Herald.":
# a short paragraph of its own (74 characters in the review's newsletter; a news sentence,
# 128 characters at the ECB+ median, runs longer with its "via" clause: the review's tram
# line, "... from Central station, via the Harwick Metro.", 139).  Chosen by reasoning.
VIA_LINE_MAX = 100


def _item_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a paragraph of its own of at most :data:`VIA_LINE_MAX`
    characters (a review: "via the Harwick Metro", a tram line, credited a paper so named)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    alone = not text[line_start:start].strip() and not text[end:line_end].strip()
    return alone and len(text[line_start:line_end].strip()) <= VIA_LINE_MAX


# A newsletter's or an aggregator's credit of one item (a review's roundup): a line of its
# own, "Read the full story in the Westfield Gazette.", "Read more at X", "Source: Coastline
# Post", "(Dunmore Courier)", "(via X)", credits the item above it; "(X)" closing a line
# after its last sentence credits that item too, the one above when the line is a paragraph
# of news, the one below when it is the item's heading ("EDUCATION: A village school is on
# the brink. (Dunmore Courier)": a labelled line of its own, :func:`_heading`).  Read only for
# a name of the corpus's outlets (as every form of :func:`attributions`), so a paper's
# "Read more in Sport" or a chart's "Source: Land Registry" names none unless the corpus
# holds an outlet so named.
# A newsletter item's pointer may end with the link ("Via the Halden Post: https://...",
# "Read the full story in the Halden Post: www.haldenpost.example/..."; a review of
# newsletters: those credits were not read, and undated, the newsletter and the paper shared
# an unseen source)
_LINK_TAIL = r"(?:[ \t]*:[ \t]*(?:https?://|www\.)\S+)?"
_ITEM_POINTER = re.compile(
    r"(?:^[ \t]*(?:(?i:read[ \t]+the[ \t]+full[ \t]+(?:story|article|report)|read[ \t]+more"
    r"|continue[ \t]+reading|full[ \t]+story)[ \t]+(?i:at|on|in)[ \t]+"
    r"|(?i:source)[ \t]*:[ \t]+)"
    # "Via X" on its line, or closing the item's paragraph after its last sentence
    r"|(?:^[ \t]*|(?<=[.!?\"\u201d\u2019])[ \t]+)(?i:via)[ \t]+)"
    + _ONAME
    + _LINK_TAIL
    + r"[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
_ITEM_TAG = re.compile(
    r"(?:^|(?<=[.!?\"\u201d\u2019])[ \t]+)\((?:[Vv]ia[ \t]+)?" + _ONAME + r"\)[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
# Words a text holds (in lower case) when it has a pointer line (:data:`_ITEM_POINTER`)
_ITEM_HINTS = ("read the full", "read more", "full story", "continue reading", "source", "via ")
# A newsletter item's heading label, "ISLAND LIFELINE: " (:func:`_heading`).
_LABEL = re.compile(
    r"(?!(?:BREAKING|UPDATED?|LIVE|LATEST|WATCH|EXCLUSIVE|ANALYSIS|OPINION|CORRECTION|JUST IN"
    r"|DEVELOPING|ALERT|FLASH|URGENT)\b)[A-Z][A-Z0-9 '&\u2019-]{1,30}:[ \t]"
)  # (not a live blog's entry label: "BREAKING: ..., the X reports." credits its own line)
# The most paragraphs an item credit covers: a newsletter's item is a heading and one to
# three paragraphs (the review's roundup: one or two).  Chosen by reasoning.
ITEM_PARAGRAPHS_MAX = 4


def _item_credits(text: str, keep: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """``(start, end, key)`` of each item a per-item credit of ``text`` names an outlet for
    (:data:`_ITEM_POINTER`, :data:`_ITEM_TAG`): the paragraphs the item spans."""
    lower = text.lower() if "(" not in text else ""
    if lower and not any(h in lower for h in _ITEM_HINTS):
        return []
    out = []
    for pattern in (_ITEM_POINTER, _ITEM_TAG):
        for m in pattern.finditer(text):
            name = m.group(1)
            if not keep(name) or _surname(text, name):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = m.end()
            alone = not text[line_start : m.start()].strip()  # (a pointer line always is)
            if not alone and _heading(text, line_start, line_end):
                span = _item_below(text, line_start, line_end)
            else:
                span = _item_above(text, line_start if alone else line_end, line_end)
            out.append((*span, outlet_key(name)))
    return out


def _item_or(text: str, start: int, end: int) -> tuple[int, int]:
    """The credited span ``[start, end)``, or the newsletter item below it when it is the
    item's heading ("ISLAND LIFELINE: ..., the X reports.", "HOSPITAL: ..., via the Ashby
    Herald.")."""
    return _item_below(text, start, end) if _heading(text, start, end) else (start, end)


def _heading(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a newsletter item's heading: a line of its own of at
    most :data:`VIA_LINE_MAX` characters opening with a label (:data:`_LABEL`).  A credit
    there names the source of the item below it; elsewhere a short paragraph naming an
    outlet ("The club will be sold, according to the Brackenfield Post.") credits itself."""
    return _LABEL.match(text, start) is not None and _item_line(text, start, end)


def _lines_around(text: str, at: int, step: int) -> list[tuple[int, int]]:
    """Up to :data:`ITEM_PARAGRAPHS_MAX` non-blank lines of ``text`` from the line holding
    ``at`` on (``step`` 1) or before it (``step`` -1), nearest first, each ``(start, end)``
    stripped; a line of at most :data:`VIA_LINE_MAX` characters (an item's heading, or
    another item's credit) ends them, the heading kept when reading upwards."""
    out: list[tuple[int, int]] = []
    pos = at
    while len(out) < ITEM_PARAGRAPHS_MAX and 0 <= pos <= len(text):
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if line.strip():
            a = start + len(line) - len(line.lstrip())
            b = start + len(line.rstrip())
            if b - a <= VIA_LINE_MAX and out:
                if (
                    step < 0
                    and not _ITEM_POINTER.match(text, a)
                    and not _ITEM_TAG.search(text, a, b)
                ):
                    out.append((a, b))  # the item's heading
                break
            out.append((a, b))
        pos = start - 1 if step < 0 else end + 1
        if step < 0 and start == 0:
            break
    return out


def _item_above(text: str, at: int, end: int) -> tuple[int, int]:
    """The item ending at ``end`` whose last line holds ``at`` (see :func:`_lines_around`)."""
    lines = _lines_around(text, at, -1)
    return (lines[-1][0], end) if lines else (at, end)


def _item_below(text: str, start: int, end: int) -> tuple[int, int]:
    """The item whose heading is ``text[start:end]``: the heading and the lines below it."""
    lines = _lines_around(text, end + 1, 1) if end < len(text) else []
    return start, (lines[-1][1] if lines else end)


def _starts_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in '\n.!?"\u201d\u2019'


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts (after the previous sentence's end)."""
    ends = _sentence_ends(text)
    i = bisect.bisect_right(ends, at) - 1
    return ends[i] if i >= 0 else 0


@lru_cache(maxsize=64)  # asked for each sentence attributed: one pass over the text
def _sentence_ends(text: str) -> tuple[int, ...]:
    return tuple(m.end() for m in _sentence_marks(text))


@lru_cache(maxsize=64)  # the same pass, kept as matches for :func:`_sentence_end`
def _sentence_marks(text: str) -> tuple[re.Match[str], ...]:
    return tuple(_SENTENCE_END.finditer(text))


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``at`` ends (its closing mark included).  The next of the
    text's sentence marks, found by bisection: a search from ``at`` scanned the rest of a text
    with no more marks once per attribution (3,000 "she told Reuters" in 100 KB without a
    full stop took 2 s)."""
    marks = _sentence_marks(text)
    i = bisect.bisect_left(_sentence_ends(text), at + 1)  # the first mark ending after at
    m = marks[i] if i < len(marks) else None
    if m is not None and m.start() < at:  # at lies inside that mark: search as before
        m = _SENTENCE_END.search(text, at)
    if m is None:
        return len(text.rstrip())
    return m.start() + len(m.group().rstrip())


def attribution_order(
    a_outlet: str | None, a_text: str, b_outlet: str | None, b_text: str
) -> int | None:
    """0 when a sentence of ``b`` names ``a``'s outlet as its source and none of ``a`` names
    ``b``'s (:func:`attributions`; ``a`` is the source), 1 the other way, else None.  The name
    must be one of :func:`outlet_names` exactly, as the align stage pairs them: a credit's
    prefix rule (:func:`names_outlet`) would read "Washington said that ..." (a government)
    as naming the Washington Post.  A text naming its own outlet as learning what it reports
    ("..., the Kestrel Times understands.", "has learned") is the outlet speaking for itself,
    no credit of its other article (a review: a scoop was made its own retraction stub's
    copy); "as the Herald revealed on Monday" is."""
    own_a, own_b = outlet_names(a_outlet), outlet_names(b_outlet)
    named_a = bool(own_a & _credited_keys(b_text, own_b))
    named_b = bool(own_b & _credited_keys(a_text, own_a))
    if named_a == named_b:
        return None
    return 0 if named_a else 1
