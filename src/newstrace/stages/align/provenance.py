"""Provenance: reuse shares, derivation labels, direction and shared unseen sources.

**Shares.** An article's reused share is the union of the target spans of its non-boilerplate
alignments from sources in the corpus (not those shared with an unseen-source peer) over its
clean-text length; per source, the same over that source's alignments.

**Label** (METER-style): ``wholly`` derived when the reused share is at least
:data:`WHOLLY_SHARE` and no block of the article's own text (a stretch covered by neither
reuse nor boilerplate) reaches :data:`OWN_BLOCK_SHARE` of its length; ``partially`` from
:data:`PARTIAL_SHARE` (METER: source copy mixed with the writer's own material); else ``non``.

**Direction** of a linked pair (which one is the source), in order of evidence:

1. publication dates, when both are known and differ: the earlier one (instants when both
   have times, else calendar days);
2. a news agency or wire service as outlet (``Article.source`` naming a press agency, wire or
   newswire; METER's source is Press Association copy) when only one of the two is one;
3. press-release signals ("Notes to editors", "ENDS", "said:" blocks, first-person plural
   government voice): an article with clearly more of them is the source;
4. when both keep substantial unique text (each covered less than :data:`UNSEEN_MAX_SHARE`,
   and by shares less than :data:`ASYMMETRY` apart), no source is named (below);
5. a summary: passages that take up :data:`SUMMARY_SPREAD` times as many characters in one
   article as in the other make the longer the source (the other condenses it);
6. containment asymmetry: the article whose text is covered much more by the shared passages
   (by :data:`ASYMMETRY` or more) is the derived one, else the one covered more.

With no source named (4): when the two share wording (verbatim or
   edited passages, see ``align.UNSEEN_MIN_WORDING``) they are taken to share an unseen source
   (wire copy) and each lists the other in ``Provenance.unseen_source_with``; when they share
   only paraphrased passages, in ``Provenance.related_with`` (a rewrite either way, a common
   source, or two independent reports of the same facts: the texts cannot tell).
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache

from newstrace.records import Alignment, Article, Provenance
from newstrace.stages.align.cited import flat_words
from newstrace.stages.extract.dates import date_mentions, infer_publication_date
from newstrace.stages.extract.quotes import RawQuote, find_quotes
from newstrace.text.credits import (
    DATELINE_HEAD,
    SENTENCE_CLOSE,
    attribution_order,
    credit_order,
    dateline_agency,
    hint_lower,
    names_outlet,
    outlet_key,
    pointer_lines,
    same_outlet,
    shared_credits,
)
from newstrace.text.marks import find_quoted, quoted_spans
from newstrace.text.offsets import OffsetMap, blanked
from newstrace.text.outlets import names_outlet_in, names_outlet_speaking
from newstrace.text.times import parsed

# Shares chosen by hand (METER-like reading: 15% or more reused is partial, most of the text
# wholly), then checked, not fitted, on Clough-Stevenson (answers vs their Wikipedia source,
# lexical mode): "partially"/"wholly" vs "non" gives any-reuse F1 0.947 (docs/results.md).
WHOLLY_SHARE = 0.6
PARTIAL_SHARE = 0.15
# A contiguous block of own text at least this share of the article makes a mostly copied
# article "partially" derived: set equal to PARTIAL_SHARE by reasoning, not fitted (a block
# that would make an article partially derived had it been copied is material of its own).
# On examples/corpus it separates wire copy plus a local paragraph (own block 0.22) from a
# close rewrite with scattered edits (largest own block 0.09).
OWN_BLOCK_SHARE = PARTIAL_SHARE
# Direction: coverage difference that marks the more-covered article as derived (chosen by
# hand: a rewrite covering 80% of itself with a source covering 40% of its own text is derived;
# wire copies 000/001 of the seeds differ by under 0.15).
ASYMMETRY = 0.25
# Both articles below this covered share keep "substantial unique text".
UNSEEN_MAX_SHARE = 0.8
PRESS_MARGIN = 2  # press-release signal count lead needed to call a source
# Direction with no date, wire or release evidence: passages that take up this many times as
# many characters in one article as in the other are a condensation of the longer, which is
# the source (`summarised_side`).  The aligner widens a summary's source side over the stretch
# it condenses (its summary pass, and the widening of scattered seeds), and the containment
# rule read that wholly covered side as the copy.  Set by reasoning: an edited copy or close
# rewrite keeps about its source's length, a passage half as long is condensed.  Measured on
# Clough-Stevenson (no dates; the answers analysed with their sources as two-article
# corpora) after the undated longer-text-first reading (`align._align_key`), right / wrong /
# no direction of 54 answers: without the rule 33 / 2 / 19 with the answer read first, 32 / 9
# / 13 with the source read first (ids decided which); with it 34 / 5 / 15 at 1.2, 35 / 4 / 15
# at 1.5 and 2.0, 34 / 5 / 15 at 2.5 and 3.0 (the aligner's SUMMARY_RATIO).
SUMMARY_SPREAD = 2.0
# A press release dated this many calendar days after the article it matches is still its
# source when its signals lead by PRESS_MARGIN (embargoed releases, "posted"/"updated" dates on
# publishers' pages); chosen by reasoning, not fitted: a day covers an embargo lifted at
# midnight and a page dated by its posting the next morning.
RELEASE_DATE_SLACK_DAYS = 1
# Two articles whose shared passages lie at least this much inside quotation marks, on both
# sides, share quotes of a speaker: a speech, statement or ruling both can have quoted
# (common for independent reports of one event), so neither is called the other's copy by
# date or containment; wire and press-release evidence still decide (a wire or release is
# the source of its quotes, unless it is dated after the other).  Chosen by reasoning
# (a reprint or rewrite carries narrative sentences too, which bring the share well under
# this), then checked: examples/corpus gold, the seeds and the 10k bench unchanged.
QUOTED_SHARE = 0.8
# ... unless the shared passages cover this much of the later of two dated texts: it is the
# earlier's copy, quotes, frames and all.  A priori: a quoter's own lead-in and closing are
# more than a tenth of its text.
QUOTED_WHOLE = 0.9

# An organisation speaking as "we" outside quotes: a release's voice, but also a live blog's
# or an editorial's, so it alone does not make the later of two dated articles the release
# (see :func:`_release_dated_after`; an audit: a paper's live blog, "We will bring you
# updates ... We are pausing our live coverage", was made the source of the story it quoted).
# Nor a live page's own housekeeping in its sentence ("We are closing this live page now",
# "We will be pausing our live coverage"): a review of live blogs, where an undated blog's
# sign-off tied with a prosecutors' release's "Notes to editors" and made the release its copy.
# Not a notice's "We will update this page when the road reopens", a release's voice (a
# second review: a council's notice posted after a paper's copy was made its copy).
_VOICE = (
    r"\b(?:we|our) (?:will|are|have|government|plans?)\b"
    r"(?![^.!?\n]*\b(?:live (?:page|blog|coverage|updates|feed)|this blog)\b)"
)
# A release's quote heading, a line of its own ending "said:" above the quote's paragraph.
# It is read in the text as it is, quotes and all: with the quotes blanked, a news story's
# 'Professor Daniel Whitcombe, who led the study, said: "..."' ended in "said:" too (a review:
# a story quoting two people counted two release marks and tied with the release it rewrote).
_SAID_LINE = r"^[A-Z][^\n.]{2,80} said:\s*$"
# A release distributor's lines: its footer ("View original content to download multimedia:
# ...", "View source version on ...", "SOURCE <Company>" alone on its line, in capitals: a
# news story's "Source: ONS" under a table is no release) and its dateline ("BRACKFORD, Ohio,
# March 3, 2026 /PRWirecast/ --").
_DISTRIBUTED = (
    r"^\s*view (?:original content(?: to download multimedia)?|source version on)\s*:?"
    r"[ \t]*(?:https?://|www\.|$)"
    # "SOURCE Pellaton Energy Inc.": a name in mixed case ("SOURCE OF THE FAULT" is a
    # subheading), and the year before the distributor (a web address's "/business/ -" is
    # no dateline): a second review of this rule
    r"|^\s*(?-i:SOURCE)[ \t]+(?=[^\n]*(?-i:[a-z]))[A-Z][^\n]{1,80}$"
    r"|\d{4}[ \t]*/[A-Za-z][\w ]{1,30}/[ \t]*(?:--|\u2013|\u2014)"
)
# "Ends." as the first sentence of a release's contact line ("Ends. For further information
# contact the Civic Party's Ashford office ...": a review of election releases)
_ENDS_SENTENCE = (
    r"^\s*ends\.[ \t]+(?=(?i:for (?:further|more) information|media|press|notes|contact"
    r"|issued|enquiries))"
)  # (not "Ends. That was how the match went ...", news)
_INSIDE_INFORMATION = (
    r"\bth(?:is|e) announcement (?:contains|is) inside information\b"
    r"|^\s*(?-i:LEI)(?: number)?\s*:\s*(?-i:[0-9A-Z]{18}[0-9]{2})\s*$"
)
_ENQUIRIES = r"^[ \t]*(?:further )?enquiries[ \t]*:?[ \t]*$"  # a block's heading, alone on its line
# (not "Enquiries: Tolbridge Hospice fundraising team, 01632 ...", an event listing's line: a
# second review)
_FILING = f"{_INSIDE_INFORMATION}|{_ENQUIRIES}"
# The press-release markers, each with the literal words (in lower case) it cannot match
# without: a marker none of whose words is in a text's lower case (:func:`.credits.hint_lower`,
# as the case-insensitive pattern reads letters) is not searched for.  The patterns (fourteen
# then) each tried every place of a text, about 1 ms per article; the substring tests cost a few
# microseconds each.
_PRESS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(p, re.IGNORECASE | re.MULTILINE), hints)
    for p, hints in (
        (r"^\s*notes? to editors\b", ("to editors",)),
        (r"^\s*ends\s*$", ("ends",)),
        (r"^\s*-?\s*ends\s*-?\s*$", ("ends",)),
        (_ENDS_SENTENCE, ("ends",)),
        # ("For further information: Investor relations contact: ...", a listed company's
        # form: a review of business news)
        (
            r"\bfor (?:further|more) information(?:,? (?:please )?contact\b|[ \t]*:\s*"
            r"(?:please )?(?:contact\b|(?:media|press|investor)(?: relations)? contacts?\b))",
            ("information",),
        ),
        (r"\bpress release\b", ("press release",)),
        # the release's heading, a line of its own ("PRESS RELEASE", "NEWS RELEASE:"), which
        # news does not carry as "said in a press release" (a review of travel pages: an
        # undated hotel's release with that heading and no "Ends" was no release)
        (r"^[ \t]*(?:press|news|media)[ \t]+release[ \t]*:?[ \t]*$", (" release",)),
        (r"\bmedia enquiries\b", ("media enquiries",)),
        # a release's contact line opening its line ("Media contact: Dara Quill, ...",
        # "Investor contact:")
        (r"^\s*(?:media|press|investor)(?: relations)? contacts?[ \t]*:", (" contact",)),
        # a distributor's lines ("View original content: ...", "SOURCE Pellaton Energy Inc."
        # in capitals, the "/PRWirecast/ --" dateline: a review of wire-distributed releases)
        (
            _DISTRIBUTED,
            ("view ", "source", "/ -", "/ \u2013", "/ \u2014", "/-", "/\u2013", "/\u2014"),
        ),
        # a listed company's regulatory announcement ("This announcement contains inside
        # information ...", its "Enquiries:" block, its legal entity identifier: a review of
        # business news, where a half-year report carried no mark and was made a wire's copy)
        (_INSIDE_INFORMATION, ("inside information", "lei")),
        (_ENQUIRIES, ("enquiries",)),
        (_VOICE, ("we ", "our ")),
        (_SAID_LINE, (" said:",)),
        (r"\bthe (?:prime minister|minister|secretary) will (?:say|announce)\b", (" will ",)),
        # the release's header and contact line in French, German, Spanish, Italian, Dutch
        (r"\bcommuniqu[eé] de presse\b|\bcontacts? presse\b", (" presse",)),
        (r"\bpressemitteilung\b|\bpresseinformation\b|\bpressekontakt\b", ("presse",)),
        (r"\b(?:nota|comunicado) de prensa\b|\bcontacto de prensa\b", (" de prensa",)),
        (r"\bcomunicato stampa\b|\bpersbericht\b", ("stampa", "persbericht")),
    )
)


# Outlet names read as news agencies (a wire copy's source when the dates tie).  A bare
# "Press" or "Agency" is not enough: "Asbury Park Press", "The Press" and "Press and Journal"
# are newspapers and "Environment Agency" a public body, and a newspaper taken for a wire is
# named the source of a same-day article with confidence.  Agencies called "<X> Press" are
# listed by name; others say what they are ("news agency", "press agency", "wire service").
_WIRE = re.compile(
    r"\b(?:press association|associated press|canadian press|press trust of india|"
    r"agence france[- ]presse|deutsche presse[- ]agentur|europa press|press agency|news agency|"
    r"\w*(?:newswire|presswire)|wire service|business wire|reuters|afp|pa media|dpa|ansa|efe|"
    r"upi|xinhua|kyodo|"
    r"yonhap|anadolu|interfax|bloomberg news|nachrichtenagentur|presseagentur|persbureau|"
    # court reporting agencies ("Southern Courts Agency", "Court News UK": a review)
    r"courts? (?:news )?agency|court news|"
    # "Agence ...presse", "...presse Agentur", "Agencia ... de noticias": the agency word of
    # French, Spanish, Italian or German with a press or news word (a bare "Agence" is also
    # a public body's name, as "Agency" is)
    # ("Express" is no press word; at most one word between, and a joining word after it,
    # "Agencia Hispana de Noticias", "Agence centrale de presse" (a review), so "Agentur fur
    # Arbeit Pressestelle", a job centre's press office, is not an agency)
    r"\w*(?<!ex)(?:press|prensa|stampa|nachrichten|noticias|notizie)\w*[ -]+agen(?:ce|cia|zia|tur)|"
    r"agen(?:ce|cia|zia|tur)[ -]+(?:[\w']+[ -]+)?(?:(?:de|di|des|du|del|della|der)[ -]+)?"
    r"\w*(?<!ex)(?:press|prensa|stampa|noticias|notizie)\w*)\b",
    re.IGNORECASE,
)


def is_wire(article: Article) -> bool:
    """Whether the article's outlet name looks like a news agency or wire service (a name
    taken from a file name reads "_" and "-" as spaces: ``albion_news_agency_ferry``), or the
    article opens with an agency dateline naming its own outlet, an agency by its name
    ("KINGSBRIDGE (PSA) - ..." from "Pennine Sports Agency": a review of sports copy, where
    the agency's brief was made its uncredited reprint's copy; see _AGENCY_WORD)."""
    return wire_name(article.source) or _own_dateline(article.source, article.text[:_HEAD])


_HEAD = 2 * DATELINE_HEAD  # leading spaces and a blank line or two before the dateline


# An outlet name that says it is an agency of some kind ("Pennine Sports Agency", "Capital
# News Service"): its name or initials in a dateline ("(PSA)") name it.  Other outlets' do
# not: "Alton Free Press" printing "PARIS (AFP) - ..." is no agency (a code review), nor a
# station's "BRACKFORD (WKXT) -" or "WASHINGTON (CNN) -" (a second review).
_AGENCY_WORD = re.compile(r"(?i:\b(?:agency|agence|agentur|agencia|agenzia|wire|service)\b)")


@lru_cache(maxsize=4096)
def _own_dateline(source: str | None, head: str) -> bool:
    if not source or _AGENCY_WORD.search(source) is None:
        return False  # "BRACKFORD (WKXT) -", "WASHINGTON (CNN) -": a station's own dateline
    named = dateline_agency(head)
    if not named:
        return False
    initials = "".join(w[0] for w in re.findall(r"\w+", source) if w[0].isupper())
    return outlet_key(named) == outlet_key(source) or (len(named) > 1 and named == initials)


def names_itself(
    article: Article, spans: Sequence[tuple[int, int]] | None = None, whole: bool = False
) -> bool:
    """Whether a paper's text names its own outlet ("..., the Lowmoor Courier can reveal",
    "Documents seen by the Courier"), in ``spans`` of it when given: its own reporting, which
    an agency's condensed copy leaves out (a review: an agency's uncredited brief of a paper's
    undated scoop was read as the paper's source)."""
    if is_wire(article):
        return False
    # "the Courier", not "the Post Office" in a "Harwick Post" story; ``whole``: the whole
    # name only ("the Journal of Cardiac Health", "a notice in the Gazette" name no outlet)
    return names_outlet_in(article.text, article.source, spans, short=not whole)


def wire_name(name: str | None) -> bool:
    """Whether an outlet name looks like a news agency's (see :func:`is_wire`)."""
    return bool(name and _WIRE.search(re.sub(r"[_-]+", " ", name)))


def press_signals(text: str) -> int:
    """Number of press-release markers in ``text`` outside quotation marks: a spokesman's
    "we are ... we will ..." in quotes is the speaker's voice, which news reports carry too
    (an audit: a paper quoting one became the "press release" source of the paper it copied
    six hours earlier)."""
    return sum(_marker_counts(text))


def release_marks(text: str) -> int:
    """:func:`press_signals` without the first-person voice: the marks only a release
    carries (its "Ends" and "Notes to editors" lines, contacts, a "said:" heading line)."""
    return _marker_counts(text)[1]


# The release marks a news story carries too, left out of :func:`own_release_marks`: a
# paper's "Detective Inspector Ann Cole said:" line before a quote, and "press release" in
# "..., the company said in a press release" (a review: two papers' stories on one fire, each
# naming the company's press release, were weighed as two releases filled in from one form
# and a rewrite with its casualty figures updated was flagged as that form).  A release
# naming itself ("This press release contains ...") still counts.
_NEWS_TOO = frozenset((r"\bpress release\b", _SAID_LINE))
_THIS_RELEASE = re.compile(r"\bthis (?:press |news )?release\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def own_release_marks(text: str) -> int:
    """:func:`release_marks` without those a news story carries too (_NEWS_TOO): the
    contact, "Ends" and "Notes to editors" lines, and a release naming itself."""
    text = _unquoted(text)
    lower = hint_lower(text)
    kept = [(p, hints) for p, hints in _PRESS if p.pattern != _VOICE and p.pattern not in _NEWS_TOO]
    own = sum(len(p.findall(text)) for p, hints in kept if _any_in(hints, lower))
    return own + (len(_THIS_RELEASE.findall(text)) if "release" in lower else 0)


def _marked_text(article: Article) -> str:
    """The text press-release markers are read in: the article's text under the label a web
    page showed above its headline (``metadata.kicker``, "Press release"), which is page
    chrome left out of the text but says what the page is."""
    kicker = article.metadata.get("kicker")
    return f"{kicker}\n{article.text}" if kicker else article.text


@lru_cache(maxsize=4096)
def _marker_counts(text: str) -> tuple[int, int]:
    """Press-release markers of ``text`` outside quotation marks: (first-person voice, the
    rest).  Cached: they are asked for each article of every linked pair, and a large
    article in many pairs was scanned again for each (an audit: a 300 KB article with 134
    linked partners spent 30 s here)."""
    bare = _unquoted(text)
    lower = hint_lower(bare)
    counts = [
        (
            p.pattern == _VOICE,
            len(p.findall(text if p.pattern == _SAID_LINE else bare))
            if _any_in(hints, lower)
            else 0,
        )
        for p, hints in _PRESS
    ]
    return sum(n for voice, n in counts if voice), sum(n for voice, n in counts if not voice)


def _any_in(hints: tuple[str, ...], lower: str) -> bool:
    """Whether one of ``hints`` is in ``lower``."""
    return any(h in lower for h in hints)


@lru_cache(maxsize=4096)  # read for the marks of each article of every linked pair
def _unquoted(text: str) -> str:
    """``text`` with what lies inside quotation marks blanked (line breaks kept)."""
    return blanked(text, quoted_spans(text))


_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")


# A live page's timestamped entries ("17:30 GMT - That is all from our live coverage"): at
# least LIVE_ENTRIES lines opening with a time and a dash or colon (a priori: a story quoting
# two times is no live page).
LIVE_ENTRIES = 3
_ENTRY = re.compile(
    r"^[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*(?:(?i:[ap]\.?m\.?)|[A-Z]{2,4}))?"
    r"[ \t]*[-\u2013\u2014:|]",
    re.MULTILINE,
)


def live_page(text: str) -> bool:
    """Whether ``text`` is a live page of timestamped entries (:data:`LIVE_ENTRIES`)."""
    return sum(1 for _ in itertools.islice(_ENTRY.finditer(text), LIVE_ENTRIES)) >= LIVE_ENTRIES


def own_paragraphs(text: str, spans: Iterable[tuple[int, int]]) -> int:
    """Characters of the paragraphs of ``text`` opening with a time (:data:`_ENTRY`) that no
    span touches: a live page's own entries, counted whole wherever they lie (a review of
    live blogs: a blog a quarter of whose entries were its own reporter's, between entries
    lifted from an agency, was "wholly" derived, no one entry reaching
    :data:`OWN_BLOCK_SHARE`); not a timetable reprint's own lines around it (a code review).
    Read for live pages
    only: a story's own lead and closing lines around an agency's copy are its framing (the
    science gold: a paper's local lead and last line on an agency's study story, 19% in two
    paragraphs, is wholly derived)."""
    taken = iter(sorted((s, e) for s, e in spans if e > s))
    span = next(taken, None)
    total = 0
    for m in _PARAGRAPH.finditer(text):
        while span is not None and span[1] <= m.start():
            span = next(taken, None)
        if (span is None or span[0] >= m.end()) and _ENTRY.match(m.group(0)):
            total += len(m.group(0).strip())
    return total


def longest_gap(spans: Iterable[tuple[int, int]], length: int) -> int:
    """Longest stretch of ``[0, length)`` that no span covers."""
    best, pos = 0, 0
    for s, e in sorted(spans):
        best = max(best, s - pos)
        pos = max(pos, e)
    return max(best, length - pos)


def covered(spans: Iterable[tuple[int, int]]) -> int:
    """Characters covered by the union of spans."""
    total, end = 0, -1
    for s, e in sorted(spans):
        if e > end:
            total += e - max(s, end)
            end = e
    return total


@dataclass(frozen=True, slots=True)
class Direction:
    """Outcome of :func:`direction`: ``source`` is 0 (first), 1 (second) or None (unseen)."""

    source: int | None
    evidence: str


def parse_published(published: str | None) -> datetime | None:
    """An ISO 8601 date or datetime as written (None when missing or unreadable)."""
    return parsed(published)


def _date_order(pa: str | None, pb: str | None) -> int | None:
    """0 if ``pa`` is earlier, 1 if ``pb`` is, None when unknown or not comparable.

    Two datetimes with times are compared as instants; a time without a zone is read in the
    other's zone (two outlets of one story mostly share a market and a clock; reading it as
    UTC made a copy dated by its CMS's local time the source of the zoned original), and in
    UTC when neither has one.  When either has no time of day only the calendar days are
    compared.
    """
    da, db = parse_published(pa), parse_published(pb)
    if da is None or db is None:
        return None
    timed = "T" in (pa or "") and "T" in (pb or "")
    if timed:
        # a time without a zone is read in the other's zone (one market, one clock), else UTC
        zone = da.tzinfo or db.tzinfo or UTC
        ua = da if da.tzinfo else da.replace(tzinfo=zone)
        ub = db if db.tzinfo else db.replace(tzinfo=zone)
        return None if ua == ub else (0 if ua < ub else 1)
    if da.date() == db.date():
        return None
    return 0 if da.date() < db.date() else 1


def direction(
    a: Article,
    b: Article,
    a_share: float,
    b_share: float,
    quoted: bool = False,
    passages: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]] = ((), ()),
    literal: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]] = ((), ()),
) -> Direction:
    """Which of ``a`` and ``b`` is the source, given how much of each the passages cover;
    ``quoted``: the passages lie mostly inside quotation marks (:func:`mostly_quoted`);
    ``passages``: their spans in ``a`` and in ``b`` (a statement is the source of the quotes
    only when they are its speaker's own words, :func:`own_words`); ``literal``: the spans of
    those that are verbatim or edited (the words themselves: see :func:`record_side`).

    A credit in the text comes first (:mod:`newstrace.text.credits`): an article that
    credits the other's outlet ("(Reuters) -", "originally appeared in ...") is its copy
    whatever the dates say (a reprint's feed time is often its first-seen or placeholder
    time); two that credit one outlet that is neither of them share that source.  Then the
    times (:func:`_time_order`), the record of the words, the quotation rules, and for two
    undated texts the marks and shares (:func:`_undated_direction`)."""
    credited = _credited_direction(a, b)
    if credited is not None:
        return credited
    order, by_date = _time_order(a, b)
    record = record_side(a, b, literal)  # (where the dates say otherwise, or nothing)
    if record is not None and order != record and not _record_long_after(a, b, record):
        return Direction(record, "record")
    # (no embargo turns round a release naming the earlier text it quotes: _names_author)
    quoting = record == order and order is not None and _names_author(a, b, order)
    if order is not None and not quoting and _release_dated_after(a, b, order):
        return Direction(1 - order, "press-release")
    marks = _Marks.of(a, b, passages if quoted else None)
    # dated, a later text nearly all the earlier's is its copy, frames and all: an exclusive
    # interview lifted whole under short tags of the lifter's own ("Ellery added.") is no
    # second quoting of the speaker (a second review)
    later_share = None if order is None else (b_share if order == 0 else a_share)
    quoted = quoted and not (later_share is not None and later_share >= QUOTED_WHOLE)
    if quoted and marks.alike():
        return Direction(None, "quotation")
    if quoted and order is not None and order not in marks.sources():
        # the wire or press release is the later of the two: the date does not make it the
        # copy of quotes both can have taken from the speaker
        return Direction(None, "quotation")
    if order is not None:
        return _unless_credited(a, b, Direction(order, by_date))
    return _undated_direction(a, b, (a_share, b_share), passages, literal, marks)


def _credited_direction(a: Article, b: Article) -> Direction | None:
    """The direction a credit gives (see :func:`direction`), or None."""
    by_credit, shared = credit_order(a.source, a.text, b.source, b.text)
    if shared and is_wire(a) != is_wire(b):  # the agency's own dateline and its reprint
        by_credit, shared = (0 if is_wire(a) else 1), False
    if by_credit is None and not shared:  # "..., the Harwick Standard reports."
        by_credit = attribution_order(a.source, a.text, b.source, b.text)
    if shared or (by_credit is not None and not _credited_later(a, b, by_credit)):
        return Direction(by_credit, "credit")
    return None


def _time_order(a: Article, b: Article) -> tuple[int | None, str]:
    """The earlier of ``a`` and ``b`` (0 or 1, None when unknown) and the evidence: the
    dates given, else dates inferred from the texts, else an outlet's version notes."""
    order, by_date = _date_order(a.published, b.published), "date"
    if order is not None and _url_days_only(a, b):
        order = None  # a day read off a URL path a day apart: no order (see _url_days_only)
    if order is None:
        order, by_date = _inferred_order(a, b), "inferred-date"
    if order is None and same_outlet(a.source, b.source):
        # one says it was corrected ("An earlier version of this article ..."): the later of
        # an outlet's two versions no time tells apart (a review: the original was its
        # correction's copy; between two outlets the note says nothing of the other)
        later = article_version(a, False), article_version(b, False)
        if later[0] == later[1]:  # a warning replacing another (_NOTICE_UPDATE)
            later = notice_update(a), notice_update(b)
        if later[0] == later[1]:  # no note: an agency's update numbers ("UPDATE 2-...")
            later = update_number(a), update_number(b)
        if later[0] != later[1]:
            order, by_date = (1 if later[0] > later[1] else 0), "inferred-date"
    return order, by_date


@dataclass(frozen=True, slots=True)
class _Marks:
    """What each of two texts says of itself, as pairs (first, second): an agency's copy,
    its press-release signal count, whether the shared quotes are its speaker's own words,
    whether it carries a strong release mark, whether it carries any release mark."""

    wire: tuple[bool, bool]
    press: tuple[int, int]
    spoken: tuple[bool, bool]
    strong: tuple[bool, bool]
    marked: tuple[bool, bool]

    @classmethod
    def of(
        cls,
        a: Article,
        b: Article,
        quoted: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]] | None,
    ) -> _Marks:
        """The marks of ``a`` and ``b``; ``quoted``: the passages' spans when they lie mostly
        inside quotation marks (the speaker's own words are then looked for), else None."""
        ta, tb = _marked_text(a), _marked_text(b)
        spoken = (
            (own_words(a.text, quoted[0]), own_words(b.text, quoted[1]))
            if quoted is not None
            else (False, False)
        )
        # a release with a strong mark (a contact line, "Ends") is the source of the quotes
        # it gives, its own people's: a paper quoting the chief executive's words from it,
        # tagged in its own words, is no fellow quoter (a review of companies' releases)
        return cls(
            wire=(is_wire(a), is_wire(b)),
            press=(press_signals(ta), press_signals(tb)),
            spoken=spoken,
            strong=(_strong_marks(ta), _strong_marks(tb)),
            marked=(release_marks(ta) > 0, release_marks(tb) > 0),
        )

    def alike(self) -> bool:
        """Neither is more a source of shared quotes than the other."""
        return (
            self.wire[0] == self.wire[1]
            and abs(self.press[0] - self.press[1]) < PRESS_MARGIN
            and self.spoken[0] == self.spoken[1]
            and self.strong[0] == self.strong[1]
        )

    def sources(self) -> set[int]:
        """The sides that can be the source of quotes both give: the wire or release, the
        statement itself (its speaker's own words), the release with a strong mark."""
        wa, wb = self.wire
        pa, pb = self.press
        speakers = {i for i in (0, 1) if self.spoken[i] and not self.spoken[1 - i]}
        released = {i for i in (0, 1) if self.strong[i] and not self.strong[1 - i]}
        return _quote_sources(wa, wb, pa, pb, self.marked) | speakers | released


# A release telling of the report it announces ("according to a new report from the
# Foundation published today", "the committee says in a report published today"): the report
# in the corpus, longer by REPORT_LONGER or more and with no release mark of its own, is its
# source, though the release's marks say otherwise (a review of NGO reports and of a
# committee's report and its press notice, issued at one time: the report was made the
# release's copy).  A priori: a release is a page or two, a report several.
REPORT_LONGER = 1.5
_REPORT_OUT = re.compile(
    r"\b(?:a|the|its|our|their)[ \t]+(?:new[ \t]+|latest[ \t]+|full[ \t]+|annual[ \t]+)?"
    r"(?:report|study|survey|review|index|audit)\b[^.\n]{0,80}?(?<!not[ \t])\b"
    r"(?:published|released)"
    r"[ \t]+today\b",
    re.IGNORECASE,
)


def _report_of_release(a: Article, b: Article, marks: _Marks) -> int | None:
    """Which of ``a`` and ``b`` is the report the other, its release, announces (see
    :data:`REPORT_LONGER`), or None."""
    for rel, rep in ((0, 1), (1, 0)):
        release, report = (a, b)[rel], (a, b)[rep]
        if (
            not marks.strong[rep]
            and not marks.marked[rep]
            and len(report.text) >= REPORT_LONGER * len(release.text)
            and _REPORT_OUT.search(release.text)
        ):
            return rep
    return None


def _undated_direction(
    a: Article,
    b: Article,
    shares: tuple[float, float],
    passages: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]],
    literal: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]],
    marks: _Marks,
) -> Direction:
    """The direction of two texts no time orders: the wire, release marks, an outlet
    naming itself, then the shares each has covered (see :func:`direction`)."""
    wa, wb = marks.wire
    pa, pb = marks.press
    if wa != wb:
        paper = 1 if wa else 0  # a paper naming itself in what the two share is the original
        if names_itself((a, b)[paper], passages[paper] or None):
            return Direction(paper, "credit")
        # ... and so is an organisation the agency names in what the two share ("IsleLink
        # Ferries said all its sailings ... were cancelled"): a review of weather coverage,
        # where an agency's story was made the source of the notices it reported
        if _names_the_other(a, b, passages) == paper:
            return Direction(paper, "credit")
        # a release ("Ends", "Notes to editors", a media contact) is the agency's source: a
        # university's release and the agency's story of it, both out when the embargo lifts
        # (a review: the release was made the agency's copy, and the agency a source of the
        # release's rewrites); one strong mark the agency lacks is enough (a review of live
        # blogs: prosecutors' release, its "Notes to editors" its one mark)
        lead = pa - pb if paper == 0 else pb - pa
        own = _own_marks_only(_marked_text(a), _marked_text(b), pa, pb)
        if marks.strong[paper] and (lead >= PRESS_MARGIN or own == paper):
            return Direction(paper, "press-release")
        return Direction(0 if wa else 1, "wire")
    report = _report_of_release(a, b, marks)
    if report is not None:
        return Direction(report, "summary")
    if abs(pa - pb) >= PRESS_MARGIN:
        return Direction(0 if pa > pb else 1, "press-release")
    own = _own_marks_only(_marked_text(a), _marked_text(b), pa, pb)
    if own is not None:
        return Direction(own, "press-release")
    pasted = _pasted_side(a, b, passages)
    if pasted is not None:
        return Direction(1 - pasted, "record")
    named = _names_itself_alone(a, b, literal, passages)
    if named is None:
        named = _names_the_other(a, b, passages)
    if named is not None:
        return Direction(named, "credit")
    a_share, b_share = shares
    apart = abs(a_share - b_share) >= ASYMMETRY
    if not apart and a_share < UNSEEN_MAX_SHARE and b_share < UNSEEN_MAX_SHARE:
        return Direction(None, "unseen-source")
    summarised = summarised_side(passages)
    if summarised is not None:
        return _unless_credited(a, b, Direction(summarised, "summary"))
    if apart:
        return _unless_credited(a, b, Direction(0 if a_share < b_share else 1, "containment"))
    if a_share == b_share:
        # each covered alike (both wholly, mostly): nothing tells which came first; the
        # first of the two in the corpus was the source, so the file order decided it (on
        # Webis-CPC-11 as one corpus, 195 of the 244 originals read as the source)
        return Direction(None, "unseen-source")
    return _unless_credited(a, b, Direction(0 if a_share < b_share else 1, "containment"))


def _pasted_side(
    a: Article, b: Article, passages: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]]
) -> int | None:
    """0 or 1 when that article gives what the two share pasted under its own lead-in line
    ("The full warning reads:", "Her statement in full:", :func:`_pasted`) and the other does
    not: the pasting article is the copy, however little of it the pasted text is (a review
    of weather coverage: undated, a warning a paper printed in full was made the paper's copy,
    all of it covered)."""
    if not passages[0] or not passages[1]:
        return None
    inside = [_share_inside(passages[i], _pasted(art.text)) for i, art in enumerate((a, b))]
    for i in (0, 1):
        if inside[i] >= QUOTED_SHARE and _own_text(((a, b)[1 - i]).text, passages[1 - i]):
            return i
    return None


def _own_text(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``text`` gives ``spans`` as its own words: not quoted, reported or pasted
    (:func:`_speech_share`), and under no line of its own ending in a colon (any lead-in:
    "The family said in a statement:"): two papers pasting one family's tribute under two
    lead-ins were ordered by which lead-in the pasting test reads (a second review)."""
    if _speech_share(text, spans) > 1 - QUOTED_SHARE or lead_in_lines(text, spans):
        return False
    # nor opening on such a line of its own, the lead-in shared with the other text
    return not any(text[s:e].split("\n", 1)[0].rstrip().endswith(":") for s, e in spans)


def _names_the_other(
    a: Article, b: Article, passages: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]]
) -> int | None:
    """0 or 1 when the other article, of another outlet, names that one's outlet in full as
    the speaker of what the two share (``passages``, :func:`.names_outlet_speaking`), and that one
    does not name the other's so: the one named is the source ("IsleLink Ferries said all its
    sailings ... were cancelled" in a paper's or an agency's story of the ferry operator's
    notice; a review of weather coverage, where undated, both were made the notices'
    sources)."""
    if same_outlet(a.source, b.source) or not passages[0] or not passages[1]:
        return None
    named = [
        names_outlet_speaking(other.text, art.source, _with_lead(other.text, passages[1 - i]))
        for i, (art, other) in enumerate(((a, b), (b, a)))
    ]
    return None if named[0] == named[1] else (0 if named[0] else 1)


# The words before a passage in its sentence that still speak of it ("In a design statement,
# Morrow Lyle Architects say" the building ...): at most this many characters, a short
# attribution clause (a review of planning stories).  Set a priori.
LEAD_CLAUSE_MAX = 80


def _with_lead(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` each widened back to its sentence's start (:func:`_sentence_start`), when
    that is at most :data:`LEAD_CLAUSE_MAX` characters before it."""
    out = []
    for s, e in spans:
        opened = _sentence_start(text, s)
        out.append((opened if s - opened <= LEAD_CLAUSE_MAX else s, e))
    return out


def _names_itself_alone(
    a: Article,
    b: Article,
    literal: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]],
    passages: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]] = ((), ()),
) -> int | None:
    """0 or 1 when that article, of another outlet than the other, names its own outlet in
    what the two share word for word or edited (``literal``) ("data obtained by the Valley
    Post") and the other does not: the original reporting, kept word for word by the copy (a
    review: a blog lifting a paper's figures and quotes, undated, was read as sharing an
    unseen source with it).  In a paraphrase (``passages``: all of them) only when the other
    article names that outlet too: an independent report's "..., people with knowledge of
    the talks told the Eastway Journal" restating a rival's scoop made the scoop its copy (a
    review of business news)."""
    if same_outlet(a.source, b.source):
        return None
    named = [names_itself(a, literal[0], True), names_itself(b, literal[1], True)]
    for i, (art, other) in enumerate(((a, b), (b, a))):
        if not named[i] and passages[i] and names_itself(art, passages[i], True):
            # in a paraphrase only when the other names that outlet too ("documents seen by
            # the Valley Post" kept by a rewrite: a second review)
            named[i] = names_itself(dataclasses.replace(other, source=art.source), None, True)
    return None if named[0] == named[1] else (0 if named[0] else 1)


def _own_marks_only(a: str, b: str, pa: int, pb: int) -> int | None:
    """0 or 1 when that text alone carries a strong mark only a release has (:func:`_strong_marks`:
    a "Notes to editors" or media-contact line, "Ends") and more press signals than the other
    (``pa``, ``pb``), else None.  One such line short of :data:`PRESS_MARGIN` is still the
    release's: a university's release with only its "Notes to editors" and a paper's story
    merging it with a charity's were read as sharing an unseen source (a review)."""
    ma, mb = _strong_marks(a), _strong_marks(b)
    if ma == mb or pa == pb or (pa > pb) != ma:
        return None
    return 0 if ma else 1


# The release-only marks strong enough to call one text the release alone: its "Notes to
# editors" and "Ends" lines and its media-contact lines; not "For more information, contact
# the library service on ...", which a news story gives its readers too (a review: an undated
# story ending so was made the source of the council's own release).
_STRONG_MARKS = re.compile(
    r"^\s*(?:notes? to editors\b|-?\s*ends\s*-?\s*$"
    r"|(?:media|press) (?:contacts?|enquiries)(?:[ \t]*:|[ \t]*$|[ \t]+(?:to|please|should)\b)"
    r"|investor(?: relations)? contacts?[ \t]*:)"
    rf"|{_ENDS_SENTENCE}|{_DISTRIBUTED}|{_FILING}",
    re.IGNORECASE | re.MULTILINE,
)


def strong_release_marks(text: str) -> bool:
    """Whether ``text`` carries a release's strong mark (see :func:`_strong_marks`): its
    "Notes to editors" or "Ends" line, a contact line opening its line, a distributor's or a
    listed company's lines; not a reader-service line ("For more information, contact ...")
    that news carries too."""
    return _strong_marks(text)


@lru_cache(maxsize=4096)  # asked for both articles of each undecided pair
def _strong_marks(text: str) -> bool:
    """Whether ``text`` carries a strong release mark (:data:`_STRONG_MARKS`) outside quotes:
    the "Notes to editors", "Ends" and contact lines of :data:`_PRESS` held to a line's
    start, and "press enquiries" too."""
    return _STRONG_MARKS.search(_unquoted(text)) is not None


# A record of what was said (a speech's transcript, a debate's official report, a Q&A) gives
# the words plainly; a report of it gives them inside quotation marks.  When the shared
# verbatim and edited passages lie at least QUOTED_SHARE inside quotes in one article and
# at most 1 - QUOTED_SHARE in the other, the other is the record and the source, though it be
# dated after the report (a transcript is posted the next day, a debate's report hours later:
# a review found a speech made the copy of the four stories quoting it, and the stories then
# each other's copies by date), up to RECORD_DAYS after it.  A report restates the rest in
# its own words (paraphrase passages, not weighed), and a rewrite turning a quote into
# reported speech changes its words: no record.
RECORD_DAYS = 3


def record_side(
    a: Article,
    b: Article,
    passages: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]],
) -> int | None:
    """0 or 1 when that article gives the shared passages plainly and the other inside
    quotation marks (see :data:`RECORD_DAYS`), else None."""
    if not passages[0] or not passages[1]:
        return None
    qa, qb = _quoted_share(a.text, passages[0]), _quoted_share(b.text, passages[1])
    if qb >= QUOTED_SHARE and qa <= 1 - QUOTED_SHARE:
        record = 0
    elif qa >= QUOTED_SHARE and qb <= 1 - QUOTED_SHARE:
        record = 1
    else:
        return None
    # the record gives the words plainly, not as what someone said ("In it, she recalled
    # that every spring ...": a review, a story retelling a letter was made the record of
    # the story quoting it)
    plain = ((a, b)[record].text, passages[record])
    return record if _speech_share(*plain) <= 1 - QUOTED_SHARE else None


def _record_long_after(a: Article, b: Article, record: int) -> bool:
    """Whether the record is dated more than :data:`RECORD_DAYS` after the report."""
    rec, rep = (a, b) if record == 0 else (b, a)
    dr, dp = parse_published(rec.published), parse_published(rep.published)
    if dr is None or dp is None:
        return False
    return (dr.date() - dp.date()).days > RECORD_DAYS


def summarised_side(
    passages: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]],
) -> int | None:
    """0 or 1 when the passages take up at least :data:`SUMMARY_SPREAD` times as many
    characters in that article as in the other (the other summarises it: it is the source),
    else None."""
    a, b = covered(passages[0]), covered(passages[1])
    if a and b and max(a, b) >= SUMMARY_SPREAD * min(a, b):
        return 0 if a > b else 1
    return None


def _unless_credited(a: Article, b: Article, found: Direction) -> Direction:
    """``found``, unless the source it names is no news agency and its own text credits a
    third outlet ("BRENMOOR, May 18 (Northern News Agency) -", "originally appeared in X"):
    the text the two share is that outlet's, so they share a source (an audit: with the agency
    not ingested, the paper carrying its dateline became the source of every later paper
    that carried the same agency text)."""
    if found.source is None:
        return found
    src, tgt = (a, b) if found.source == 0 else (b, a)
    if is_wire(src):
        return found  # an agency's own dateline names the agency
    third = [
        c for c in shared_credits(src.text, lines=False)
        if not names_outlet(frozenset({c}), src.source)
        and not names_outlet(frozenset({c}), tgt.source)
    ]  # fmt: skip
    return Direction(None, "credit") if third else found


def _quote_sources(wa: bool, wb: bool, pa: int, pb: int, marked: tuple[bool, bool]) -> set[int]:
    """Which of two articles (0 or 1) can be the source of the quotes they share: the wire,
    and the plain press release (a :data:`PRESS_MARGIN` lead in signals and a mark only a
    release carries: ``marked``, see :func:`release_marks`).  A minister's statement dated
    before the agency's story that quotes it is the story's source (an audit: the statement
    and the wire were called two quoters of one speaker, and the papers quoting it were traced
    to the wire); a paper's live blog speaking as "we" is not, beside a wire or a paper (it
    became the source of the agency's story of the speech, and of a paper's)."""
    out = {0 if wa else 1} if wa != wb else set()
    lead = 0 if pa > pb else 1
    if abs(pa - pb) >= PRESS_MARGIN and marked[lead]:
        out.add(lead)
    return out


def mostly_quoted(
    a: Article, a_spans: Iterable[tuple[int, int]], b: Article, b_spans: Iterable[tuple[int, int]]
) -> bool:
    """Whether the spans lie at least :data:`QUOTED_SHARE` inside quotation marks in both, or
    inside quotation marks in one and in what the other reports someone said in the other
    (:func:`_speech_share`): a statement quoted by one paper and put in reported speech by
    another ("Pellmont Foods said a supplier had alerted it ... and that it was recalling
    ...") is the speaker's in both (a review: three papers given one company statement were
    each made the first quoter's copy, by date)."""
    a_spans, b_spans = list(a_spans), list(b_spans)
    qa, qb = _framed_share(a.text, a_spans, b.text), _framed_share(b.text, b_spans, a.text)
    if qa >= QUOTED_SHARE and qb >= QUOTED_SHARE:
        return True
    if qa >= QUOTED_SHARE:
        return _speech_share(b.text, b_spans) >= QUOTED_SHARE
    return qb >= QUOTED_SHARE and _speech_share(a.text, a_spans) >= QUOTED_SHARE


def _quoted_share(text: str, spans: Iterable[tuple[int, int]]) -> float:
    """Share of the characters of ``spans`` (their union) inside quotation marks."""
    return _share_inside(spans, quoted_spans(text))


def _framed_share(text: str, spans: Iterable[tuple[int, int]], other: str | None = None) -> float:
    """Share of the characters of ``spans`` inside quotation marks or the speech tags framing
    the quotes they overlap (:func:`speech_tags`): two papers quoting one press conference
    frame each quote in their own words ("..., coach Marek Daly told reporters after the
    match." / "... was in no doubt."), and a passage reaching into the frames is the quotes'
    still (a review of sports copy: the tags kept the shared quotes under QUOTED_SHARE and a
    staff report was made the agency's copy by date).  With ``other`` (the other text of a
    pair), a tag ``other`` holds word for word is no frame of the quoter's own: a lead-in
    copied with the quote ("In a statement issued through police, his family said:") is
    copied text (a police statement's tribute printed by a paper)."""
    spans = list(spans)
    tags = speech_tags(text, spans)
    if other is not None and tags:
        flat = flat_words(other)
        tags = [(s, e) for s, e in tags if not _copied_tag(flat_words(text[s:e]), flat)]
    return _share_inside(spans, (*quoted_spans(text), *tags))


# A tag of at least this many words found word for word in the other text was copied with its
# quote ("In a statement issued through police, his family said:", "National Renewal leader
# Dorian Wexley said:"); a shorter one ("he said", "Holm said") is in any text.  A priori.
TAG_COPIED_WORDS = 4


def _copied_tag(tag: str, other: str) -> bool:
    """Whether the words ``tag`` (:func:`.cited.flat_words`) stand in ``other`` (the same)."""
    return tag.count(" ") - 1 >= TAG_COPIED_WORDS and tag in other


def _speech_share(text: str, spans: Iterable[tuple[int, int]]) -> float:
    """Share of the characters of ``spans`` in what ``text`` reports someone said: its quotes,
    and each attribution's content, cue and speaker, direct or indirect
    (:func:`.extract.quotes.find_quotes`: "Pellmont Foods said a supplier had alerted it"),
    and a post or a statement pasted under its lead-in line (:func:`_pasted`)."""
    return _share_inside(spans, (*quoted_spans(text), *_attributed(text), *_pasted(text)))


# A lead-in line over a pasted post, letter or statement, given without quotation marks: "Her
# post on Instagram read:", "The statement in full:", "In a message to fans, she wrote:" (a
# review of celebrity news: a story carrying a singer's post so, hours after four others
# quoted it, was read as the post's record and made their source).  It names what is pasted,
# or who wrote it ("she wrote:"); not "He wrote:" alone, how a transcript reads a letter out,
# nor "said:", a speech's transcript, nor "Results in full:" (a second review).  At most
# PASTED_LEAD_CHARS before the verb: a long lead-in sentence (TAG_BEFORE_MAX, as a quote's).
PASTED_LEAD_CHARS = 120
_PASTED_LEAD = re.compile(
    rf"^[^\n]{{0,{PASTED_LEAD_CHARS}}}(?:"
    r"\b(?:post|posts|message|statement|letter|tweet|note|e-?mail|caption|open letter"
    r"|warning|notice|alert|advisory)\b"
    r"[^\n]{0,60}\b(?:read|reads|said|says|in full)"
    r"|[,;][ \t]*(?:he|she|they|it|[A-Z][\w'-]+)[ \t]+(?:wrote|writes|posted|tweeted|added)"
    # the verb first: "The family said in a statement:" (a second review of this session)
    r"|\b(?:said|says|wrote|writes)[ \t]+in[ \t]+(?:a|an|the|her|his|their|its)[ \t]+"
    r"(?:[\w'-]+[ \t]+)?(?:statement|post|message|letter|tribute|tweet|note))"
    r"[ \t]*:[ \t]*$",
    re.MULTILINE,
)
# The pasted text runs on over the paragraphs below its lead-in until one that reports or
# quotes someone (the story's own text again: "Vale's manager said ..."), at most
# PASTED_PARAGRAPHS (a statement's paragraphs, a priori)
PASTED_PARAGRAPHS = 6
_STORY_AGAIN = re.compile(r"[\"\u201c\u201d]|\b(?:said|says|told|added|according)\b")


@lru_cache(maxsize=4096)
def _pasted(text: str) -> tuple[tuple[int, int], ...]:
    """The paragraphs below each lead-in line of a pasted post or statement (``_PASTED_LEAD``,
    :data:`PASTED_PARAGRAPHS`)."""
    out = []
    for m in _PASTED_LEAD.finditer(text):
        paragraphs: list[tuple[int, int]] = []
        pos = m.end()
        for _ in range(PASTED_PARAGRAPHS):
            start = len(text) - len(text[pos:].lstrip())
            if start >= len(text):
                break
            end = text.find("\n\n", start)
            end = len(text) if end < 0 else end
            if paragraphs and _STORY_AGAIN.search(text, start, end):
                break
            paragraphs.append((start, end))
            pos = end
        if paragraphs:
            out.append((paragraphs[0][0], paragraphs[-1][1]))
    return tuple(out)


# A quote's speech tag, the words before it in its sentence or on the line above it ending
# in a colon ("In a post on social media on Tuesday evening, Varnholt wrote:", "In Tuesday's
# judgment, Mrs Justice Carradine wrote that the authority") and after it to its sentence's
# end (", the governor said."), is the quoting article's frame of the quote: where the
# quote's text is a common source's, so is its tag, up to TAG_BEFORE_MAX and TAG_AFTER_MAX
# characters (a review: the 64-character lead-in of a governor's post quoted in full kept
# the first quoter a source of a third story beside the post itself).  A priori: a long
# lead-in sentence, a short closing tag, long enough for a title and a place (", Interior
# Minister Sefa Orlan told reporters in the capital.", 61 characters: a review of disaster
# copy; 60 before).
TAG_BEFORE_MAX = 120
TAG_AFTER_MAX = 80


def speech_tags(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The speech tags (see :data:`TAG_BEFORE_MAX`) of the direct and mixed quotes of
    ``text`` whose words ``spans`` overlap."""
    out = []
    for q in _quotes(text):
        if q.kind == "indirect" or not any(s < q.end and q.start < e for s, e in spans):
            continue
        before = _tag_start(text, q.start)
        if before is not None:
            out.append((before, q.start))
        end = SENTENCE_CLOSE.search(text, q.end)
        after = end.end() if end else len(text)
        tail = text[q.end : after].lstrip(" \t\"'\u201d\u2019")
        goes_on = tail[:1] in (",", "-") or text[q.end - 1 : q.end] == ","
        if after - q.end <= TAG_AFTER_MAX and "\n" not in tail and goes_on:
            out.append((q.end, after))  # ('," the governor said.', '", the governor said.')
    return out


def lead_in_lines(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lead-in lines (ending in a colon, at most :data:`TAG_BEFORE_MAX` characters) right
    above the paragraphs ``spans`` open: "The National Weather Bureau has issued the following
    warning:" over a pasted warning is the pasting paper's frame of it, as a speech tag is of
    a quote (a review of weather warnings: the 63-character line kept a sibling reprint a
    second source beside the bureau's warning)."""
    out = []
    for s, _ in spans:
        line = text.rfind("\n", 0, s) + 1
        if text[line:s].strip():
            continue  # the span does not open its paragraph
        start = _colon_line_above(text, line)
        if start is not None:
            out.append((start, len(text[:line].rstrip())))
    return out


def _colon_line_above(text: str, line: int) -> int | None:
    """Where the line above the one starting at ``line`` starts, when it ends in a colon and
    is at most :data:`TAG_BEFORE_MAX` characters long ("Varnholt wrote:")."""
    above = text[:line].rstrip()
    if not above.endswith(":"):
        return None
    start = above.rfind("\n") + 1
    return start if len(above) - start <= TAG_BEFORE_MAX else None


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding ``start`` opens: after the last sentence close
    (:data:`SENTENCE_CLOSE`) before it in its paragraph, else at the paragraph's start."""
    line = text.rfind("\n", 0, start) + 1
    return max([line, *(m.end() for m in SENTENCE_CLOSE.finditer(text, line, start))])


def _tag_start(text: str, start: int) -> int | None:
    """Where the tag before the quote opening at ``start`` starts, if it is short enough."""
    line = text.rfind("\n", 0, start) + 1
    if not text[line:start].strip(" \t\"'\u201c\u2018"):  # the quote opens its paragraph
        return _colon_line_above(text, line)
    opened = _sentence_start(text, start)
    return opened if start - opened <= TAG_BEFORE_MAX else None


@lru_cache(maxsize=4096)  # asked for both articles of each pair a common source may explain
def _quotes(text: str) -> tuple[RawQuote, ...]:
    """:func:`.extract.quotes.find_quotes` of ``text``, cached."""
    return tuple(find_quotes(text))


@lru_cache(maxsize=4096)  # asked for the quoting articles of a pair, once per pair
def _attributed(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the quotes of ``text`` with their cues and speakers (see _speech_share):
    the direct ones, and the indirect ones told in the past ("said", "recalled", "wrote") by
    someone else than the text's own voice, as a report tells them; a speech's own "I am
    announcing today ...", "Let me say a word about ...", "Our analysis shows ...", "I am
    told that ...", "we have asked ..." are no report of someone's words."""
    out = []
    for q in _quotes(text):
        if q.kind == "indirect" and (
            q.cue is None
            or not _TOLD.search(text, *q.cue)
            or (q.speaker is not None and _PERSONAL.fullmatch(text, *q.speaker))
        ):
            continue
        out.append((q.start, q.end))
        out.extend(x for x in (q.cue, q.speaker) if x is not None)
    return tuple(out)


# The reporting verbs of a report, in the past or as a participle ("..., adding that"): a
# hand list; the attribution finder's cues also take "is proposed" or "have asked" in a
# speech's own sentences
_TOLD = re.compile(
    r"\b(?:said|told|wrote|added|recalled|explained|stated|warned|insisted|claimed|argued"
    r"|noted|confirmed|announced|acknowledged|admitted|replied|described|urged|pledged"
    r"|promised|vowed|suggested|revealed|disclosed|reported|posted|tweeted|declared"
    r"|maintained|stressed|emphasi[sz]ed|complained|conceded|alleged|denied|predicted"
    r"|adding|saying|telling|warning|insisting|noting|explaining|urging)\b"
)
_PERSONAL = re.compile(r"(?i:I|we|you|am|are|is)")  # the speaker is the text's own voice


def _share_inside(spans: Iterable[tuple[int, int]], inside: Sequence[tuple[int, int]]) -> float:
    """Share of the characters of ``spans`` (their union) inside the union of ``inside``."""
    spans = list(spans)
    total = covered(spans)
    if not total:
        return 0.0
    within = covered(
        (max(s, qs), min(e, qe)) for s, e in spans for qs, qe in inside if qs < e and s < qe
    )
    return within / total


@lru_cache(maxsize=4096)  # asked for both articles of every directed pair
def quotation_only(text: str) -> bool:
    """Whether ``text`` lies at least :data:`QUOTED_SHARE` inside quotation marks: a
    speaker's statement or a transcript as the speaker's office issued it (a heading line and
    the words in quotes), which is the source of its quotes, not a fellow quoter of them
    (an audit: a governor's statement and the live blog quoting a paragraph of it were called
    two quoters of the governor), when the words shared are its speaker's own
    (:func:`own_words`)."""
    return _quoted_share(text, [(0, len(text))]) >= QUOTED_SHARE


# Inside a statement's quotes, the words it quotes in turn: a single-quoted (or curly
# double-quoted) passage nested in the quote, on one line.  An opening mark follows no letter
# and no other mark, a closing one is followed by no letter ("won't", "members' fund" inside
# a nested quote at most cut it short).  A single mark eliding letters or a century opens
# none ("'Tis the season", "'em", "'cause", "the '90s" or its misprint "the ‘90s"): it
# would run to the next closing apostrophe ("the members' families"); a quote rarely opens
# with a two-digit number, which style guides spell out at a sentence's start.
_NESTED = re.compile(
    r"(?<![\w'\u2018\u2019])['\u2018\u201c](?=[^\s'\u2019])"
    r"(?!(?<=['\u2018])(?:\d\d(?!\d)|(?i:tis|twas|em|cause|cos|til|n)\b))[^\n]*?"
    r"(?<=\S)['\u2019\u201d](?!\w)"
)
# ... and the words it gives as someone else's: a reporting clause whose subject is not the
# speaker ("When the minister tells us that ...", "She promises ...", "according to the
# council, ..."), whose words run to the end of the sentence or to a nested quote.  The
# subject is a third-person pronoun, a determiner and a noun, or a capitalised name: "I
# said", "we have told" are the speaker's own words, and "to claim a payment" and "a
# promise that" are no report.  So is what the speaker's own side says ("our government
# has promised", "This Government has promised") and a pronoun naming no one ("It says a
# great deal that ...").  The verbs are those of saying only ("announced a fund" says what
# someone did, not what they said).
_REPORTED = re.compile(
    r"\b(?:(?:he|she|they|you|(?:the|a|an|their|his|her)\s+\w+|"
    r"(?-i:(?!(?:I|We|It|This|That|These|Those|Our|Nobody|Everyone|Everybody)\b)"
    r"(?<![Oo]ur\s)(?<![Tt]his\s)[A-Z]\w*))\s+(?:(?:has|have|had|will|would|keeps?|kept)\s+)?"
    r"(?:\w+ly\s+)?(?:says?|said|tells?|told|promise[sd]?|claim(?:s|ed)?|insist(?:s|ed)?|"
    r"argue[sd]?|warn(?:s|ed)?)|according to)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?=['\u2019\u201d\"]*(?:\s|$))")
# A reporting clause the speaker agrees with, "As the Prime Minister said (last week), ...":
# what follows its comma is the speaker's own assertion.  At most this many words (no
# punctuation) between "as" and the clause and between the clause and its comma; "as she
# said it would" without a comma is no such clause (a priori, not tuned: a clause's subject
# and its time, "the Prime Minister said last week").
AS_CLAUSE_WORDS = 6
_AS_BEFORE = re.compile(rf"\bas\s+(?:[^\s,.;:!?]+\s+){{0,{AS_CLAUSE_WORDS}}}\Z", re.IGNORECASE)
_AS_AFTER = re.compile(rf"(?:\s+[^\s,.;:!?]+){{0,{AS_CLAUSE_WORDS}}}\s*,")
_AS_REACH = 80  # characters read back for "as": six words and the clause's subject


def own_words(text: str, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether ``text`` is a speaker's statement (:func:`quotation_only`) and ``spans`` lie at
    least :data:`QUOTED_SHARE` in its speaker's own words: inside its quotes, but neither in
    a quote nested in them nor in what they give as someone else's words.  Only then is the
    statement the source of the spans (an audit: a campaign group's reaction, all in quotes,
    "When the minister tells us '...', she is right, but ...", was made the source of a
    paper's story quoting the same speech: the two quoted the minister)."""
    if not quotation_only(text):
        return False
    spans = list(spans)
    total = covered(spans)
    own = _own_spans(text)
    inside = covered(
        (max(s, os), min(e, oe)) for s, e in spans for os, oe in own if os < e and s < oe
    )
    return bool(total) and inside / total >= QUOTED_SHARE


@lru_cache(maxsize=4096)  # asked for each statement of every pair sharing quotes
def _own_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``text``'s quotes (marks included) less :func:`_reported_spans`."""
    out: list[tuple[int, int]] = []
    for q in find_quoted(text):
        pos, e = q.open_at, q.close_end
        for rs, re_ in _reported_spans(text, q.start, q.end):
            if rs > pos:
                out.append((pos, rs))
            pos = max(pos, re_)
        if e > pos:
            out.append((pos, e))
    return tuple(out)


def _reported_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the quote ``text[start:end]`` (inside its marks) that are another's words: its
    nested quotes, and the rest of a sentence after a reporting clause (:data:`_REPORTED`), in
    order.  A mark opening a line is the quote's own, reopening it for a new paragraph: like
    the quote's outer marks, a curly or single one would otherwise read as a nested quote
    (a statement in curly or British quotes was then no one's own words)."""
    nested = _nested_spans(text, start, end)
    opens = [s for s, _ in nested]
    found = list(nested)
    # the clauses come in order: one search for a sentence end serves every clause before
    # it (a search for each read a quote of 1 MB of clauses and no full stop to its end)
    stop: re.Match[str] | None = None
    searched = False
    for m in _REPORTED.finditer(text, start, end):
        if _agreed(text, m, start, end):
            continue
        if not searched or (stop is not None and stop.start() < m.end()):
            stop, searched = _SENTENCE_END.search(text, m.end(), end), True
        until = stop.end() if stop else end
        k = bisect.bisect_left(opens, m.end())
        found.append((m.end(), min(until, opens[k]) if k < len(opens) else until))
    return sorted(found)


def _agreed(text: str, m: re.Match[str], start: int, end: int) -> bool:
    """Whether the reporting clause ``m`` is one the speaker agrees with, "As X said, ..."
    (:data:`_AS_BEFORE`, :data:`_AS_AFTER`), inside the quote ``text[start:end]``."""
    before = _AS_BEFORE.search(text, max(start, m.start() - _AS_REACH), m.start())
    return before is not None and _AS_AFTER.match(text, m.end(), end) is not None


def _nested_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the quotes (:data:`_NESTED`) in ``text[start:end]`` that open no line."""
    out: list[tuple[int, int]] = []
    pos = start
    while (m := _NESTED.search(text, pos, end)) is not None:
        if _opens_line(text, m.start()):
            pos = m.start() + 1  # a reopening mark: a nested quote may follow it
        else:
            out.append(m.span())
            pos = m.end()
    return out


def _opens_line(text: str, pos: int) -> bool:
    """Whether only spaces come before ``pos`` on its line (read back over them alone: a
    statement may be one long line)."""
    while pos > 0 and text[pos - 1] in " \t\r\u00a0":
        pos -= 1
    return pos == 0 or text[pos - 1] == "\n"


def _interviewed_by(
    target: Article | None, source: Article | None, held: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The spans of ``held`` in the paragraphs of ``target`` saying their quotes were given to
    ``source``'s outlet ("Speaking to Lustre, the 41-year-old recalled ...", "..., she told
    Lustre."): those quotes are that outlet's interview, its material, not words both could
    have from the speaker (a review of celebrity news: a write-up made of a magazine's
    interview quotes was "non").  Only those paragraphs: a press conference's quotes both
    carry stay the speaker's though the write-up quotes her elsewhere "told the Courier" (a
    second review)."""
    if target is None or source is None or not (source.source or "").strip():
        return []
    given = [m.start() for m in _given_to(source.source or "").finditer(target.text)]
    if not given:
        return []
    paragraphs = []
    for at in given:
        start = target.text.rfind("\n\n", 0, at)
        end = target.text.find("\n\n", at)
        paragraphs.append((start + 2 if start >= 0 else 0, len(target.text) if end < 0 else end))
    return [(s, e) for s, e in held if any(s < pe and ps < e for ps, pe in paragraphs)]


@lru_cache(maxsize=1024)
def _given_to(outlet: str) -> re.Pattern[str]:
    """Words given to ``outlet``: "told (the) <outlet>", "Speaking to (the) <outlet>", "In an
    interview with (the) <outlet>" (the outlet's whole name, any case)."""
    name = r"[ \t]+".join(map(re.escape, outlet.split()))
    return re.compile(
        rf"(?:\btold|\bspeaking[ \t]+to|\bin[ \t]+an[ \t]+interview[ \t]+with)[ \t]+"
        rf"(?:the[ \t]+)?{name}\b",
        re.IGNORECASE,
    )


def quoted_only(text: str, spans: Iterable[tuple[int, int]], source: str | None = None) -> bool:
    """Whether a source's passages lie at least :data:`QUOTED_SHARE` inside the quotation
    marks of the article that took them (``text``): it quoted the source (a statement from a
    press release, two sentences of a report it names), it did not copy it, so they are not
    counted in its reused share; the quotes' speech tags are its quoting too, unless the
    ``source``'s text holds them word for word (:func:`_framed_share`)."""
    return _framed_share(text, spans, source) >= QUOTED_SHARE


def _url_days_only(a: Article, b: Article) -> bool:
    """Whether the two are at most :data:`RELEASE_DATE_SLACK_DAYS` apart and one is dated only
    by its URL path (``metadata.published_from == "url"``): a slug's day is often the draft's,
    so such a day apart is no order."""
    if "url" not in (a.metadata.get("published_from"), b.metadata.get("published_from")):
        return False
    days = _days_apart(a.published, b.published)
    return days is not None and days <= RELEASE_DATE_SLACK_DAYS


def _credited_later(a: Article, b: Article, credited: int) -> bool:
    """Whether the article whose outlet the other credits was published more than
    :data:`RELEASE_DATE_SLACK_DAYS` days after it: a credit names an outlet, not an article,
    and an outlet's later story (a follow-up) is not the source of a reprint of its earlier
    one."""
    first = _date_order(a.published, b.published)
    days = _days_apart(a.published, b.published)
    return first == 1 - credited and days is not None and days > RELEASE_DATE_SLACK_DAYS


def _inferred_order(a: Article, b: Article) -> int | None:
    """0 if ``a`` came first, 1 if ``b`` did, by the dates the undated one of the two mentions
    (:func:`newstrace.stages.extract.dates.infer_publication_date`): an article that speaks of
    a day after the other's date as past was written later; one that speaks of a day before
    the other's date as still to come was written earlier; two undated articles are placed
    by their embargo lines (:func:`_embargo_order`), else by their ranges alone
    (:func:`_undated_order`).  None when both are dated, or the mentions do not tell."""
    if a.published is None and b.published is None:
        by_embargo = _embargo_order(a, b)
        return by_embargo if by_embargo is not None else _undated_order(a, b)
    dated, undated, sign = (a, b, 0) if b.published is None else (b, a, 1)
    if undated.published is not None or dated.published is None:
        return None
    day = parse_published(dated.published)
    if day is None:
        return None
    lo, hi = _text_range(undated)
    named = _days_named(dated.text)  # a day both texts name places neither
    if lo is not None and lo > day.date() and lo.isoformat() not in named:
        return sign  # the undated one is later: the dated one is the source
    if hi is not None and hi < day.date() and hi.isoformat() not in named:
        return 1 - sign
    return None


# Embargoes closer than this are one release moment ("00:01 GMT 12 March" and "7:01 PM ET, 11
# March", partners' joint releases: a review of this rule): a day, a priori.
EMBARGO_APART_S = 86_400


def _embargo_order(a: Article, b: Article) -> int | None:
    """0 or 1 for the undated release whose embargo lifts on an earlier day (its
    ``embargoed_until``, read off "EMBARGOED UNTIL 00:01 GMT 12 March 2026"): a release goes
    out when its embargo lifts (a review: two undated releases of one research team, seven
    months apart, were read as sharing an unseen source)."""
    ea = parse_published(a.metadata.get("embargoed_until"))
    eb = parse_published(b.metadata.get("embargoed_until"))
    if ea is None or eb is None:
        return None
    ta, tb = (x.timestamp() if x.tzinfo else x.replace(tzinfo=UTC).timestamp() for x in (ea, eb))
    if abs(ta - tb) < EMBARGO_APART_S:  # one moment in two zones: partners' joint releases
        return None
    return 0 if ta < tb else 1


def _undated_order(a: Article, b: Article) -> int | None:
    """0 if undated ``a`` came first, 1 if undated ``b`` did: one speaks of a day as still to
    come ("the consultation will close on 30 June 2026") and the other of a later day as past
    ("on 14 July 2026 councillors voted"), so the first was written before the second.  A
    later day that the first text names too is no sign (a copied sentence keeps its tense);
    None when neither or both ways hold."""
    (lo_a, hi_a), (lo_b, hi_b) = _text_range(a), _text_range(b)
    a_first = hi_a is not None and lo_b is not None and lo_b > hi_a
    b_first = hi_b is not None and lo_a is not None and lo_a > hi_b
    if a_first and lo_b is not None and lo_b.isoformat() in _days_named(a.text):
        a_first = False
    if b_first and lo_a is not None and lo_a.isoformat() in _days_named(b.text):
        b_first = False
    if a_first == b_first:
        return None
    return 0 if a_first else 1


def _text_range(art: Article) -> tuple[date | None, date | None]:
    """The publication range ingest inferred from the text (``published_inferred_from`` and
    its bounds in metadata), else inferred now (articles not built by ingest, or whose feed
    gave fields of these names that are not ISO days: ingest keeps those as they are)."""
    meta = art.metadata
    if meta.get("published_inferred_from"):
        after, before = meta.get("published_after"), meta.get("published_before")
        try:
            return (
                date.fromisoformat(after) if after else None,
                date.fromisoformat(before) if before else None,
            )
        except ValueError:
            pass
    (lo, hi), _, _ = infer_publication_date(art)
    return lo, hi


@lru_cache(maxsize=4096)
def _days_named(text: str) -> frozenset[str]:
    """Full ISO days a text names, in any tense: an undated notice's "closes on 30 April",
    copied by a paper dated in March, is no sign that the notice was written after it."""
    bare = Article(id="", text=text, original=text, offsets=OffsetMap.identity(len(text)))
    return frozenset(m.name[:10] for m in date_mentions(bare) if len(m.name) >= 10)


def _names_author(a: Article, b: Article, order: int) -> bool:
    """Whether the later of ``a`` and ``b`` (``order``: the earlier) names the earlier's
    outlet, a parenthesis after it aside ("Maya Rendell (Instagram)"): where the earlier is
    also the record of the words the later quotes, the later quotes it, and no embargo turns
    the pair round (a review of charity appeals: a charity's release quoting its ambassador's
    video the next morning was made the video's source; a paper printing a release's quotes
    as plain prose hours before the release is posted is not named by the release)."""
    first, later = (a, b) if order == 0 else (b, a)
    return names_outlet_in(later.text, first.source)


def _release_dated_after(a: Article, b: Article, order: int) -> bool:
    """Whether the later of two articles dated at most :data:`RELEASE_DATE_SLACK_DAYS` apart,
    or later by any time but embargoed until the other's day or before (its
    ``embargoed_until`` metadata), is plainly the press release (a :data:`PRESS_MARGIN` lead
    in press-release signals): a release reaches papers under embargo before its publisher
    posts it, and a publisher's page often shows when it was posted or updated, so the
    paper's lead does not make the release a copy of it.  The later one must also carry a
    mark only a release carries (:func:`release_marks`): "we" alone is also a blog's voice;
    and the earlier must carry no release's own mark (:func:`own_release_marks`: one
    organisation's statement after another's release or notice)."""
    first, later = (a, b) if order == 0 else (b, a)
    if first.source and first.source == later.source:
        # an organisation's release after its own earlier text (a speech transcript, then
        # the release summarising it): no embargo stands between them, the dates decide
        return False
    if press_signals(_marked_text(later)) - press_signals(_marked_text(first)) < PRESS_MARGIN:
        return False
    if not release_marks(_marked_text(later)):
        return False
    if own_release_marks(_marked_text(first)):
        # the earlier is a release or notice itself (a contact line, "Ends", "Notes to
        # editors": not the marks a news story carries too, "said in a press release", a
        # "Name said:" line): an organisation's statement after another's is no embargoed
        # original of it (a review of recalls: a company's apology, out 2.5 hours after the
        # regulator's notice, was made the notice's source)
        return False
    days = _days_apart(first.published, later.published)
    if days is not None and days <= RELEASE_DATE_SLACK_DAYS:
        return True
    # a release posted days after its embargo: the embargo line says when it was out
    embargo = parse_published(later.metadata.get("embargoed_until"))
    other = parse_published(first.published)
    return embargo is not None and other is not None and embargo.date() <= other.date()


def _days_apart(pa: str | None, pb: str | None) -> int | None:
    da, db = parse_published(pa), parse_published(pb)
    return None if da is None or db is None else abs((db.date() - da.date()).days)


# An editor's note ("Correction: An earlier version of this report said ...") is a notice about
# the article, not its own reporting: a reprint with one appended stays wholly derived (an
# audit: a day-later reprint whose correction paragraph was 17% of it was labelled partially).
_EDITOR_NOTE = re.compile(
    r"^[ \t]*(?:correction|clarification|editor'?s note|editors' note)[ \t]*[:\u2013\u2014-]"
    r"[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)


def editor_notes(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of ``text`` that open as an editor's note (see _EDITOR_NOTE)."""
    return [m.span() for m in _EDITOR_NOTE.finditer(text)]


# A note that the article's text was corrected after it was first published: "Correction:
# ...", "An earlier version of this article misstated ...", "This article has been amended"
# (or retracted).  Not an editor's note in general (a content warning opens the original) nor
# an "Updated 14:30 GMT" line (an original's, which a reprint leaves out): a review.  A
# paragraph opening with its time ("Update, 14:30: Police have now ...", "UPDATE (14:30) -
# ...") is news added to a later version (a review of versions: undated, the first version
# was made its update's copy).
_LATER_VERSION = re.compile(
    r"^[ \t]*(?:correction|clarification)[ \t]*[:\u2013\u2014-]"
    r"|\b(?:an[ \t]+)?earlier[ \t]+version[ \t]+of[ \t]+this[ \t]+(?:article|story|report|piece)"
    r"|\bthis[ \t]+(?:article|story|report|piece)[ \t]+(?:was|has[ \t]+been)[ \t]+"
    r"(?:amended|corrected|retracted|withdrawn)\b"
    r"|^[ \t]*update[ \t]*(?:,|at)?[ \t]*\(?\d{1,2}[:.]\d{2}(?:[ \t]*(?:am|pm))?\)?"
    r"[ \t]*[:\u2013\u2014-][ \t]*(?-i:[A-Z\"\u201c])"
    # an agency's version line ("(Corrects revenue figure in paragraph 2 to $1.51 bln from
    # $1.15 bln)", "(Adds analyst comment, shares)") and its "CORRECTED-" headline prefix (a
    # review of results news: undated, the original was made its own correction's copy)
    r"|^[ \t]*\((?:corrects|adds|updates|recasts)\b"
    r"|\A[ \t]*(?-i:CORRECTED)[ \t]*[-:\u2013\u2014]",
    re.IGNORECASE | re.MULTILINE,
)
# A republication's note ("This article was first published on 10 March 2024", a label
# "From the archive:", "We are republishing it ..."): a review of archive pieces, where an
# undated original was made its dated republication's copy; not "we reprint the map every
# spring" in a quote nor a paragraph "From the archives of the museum, ..." (a second
# review).  Read between near copies only (:func:`article_version`, the duplicate groups): an
# archive column's label put it after every other undated article of its paper, and made a
# later column that took the same old report its source (a third review).
_REPUBLISHED = re.compile(
    r"\bthis (?:article|story|piece|column|report|feature|interview|obituary) was "
    r"(?:first|originally) published\b|^[ \t]*from the archives?[ \t]*[:\u2013\u2014-]"
    r"|^[ \t]*we are republishing (?:it|this)\b",
    re.IGNORECASE | re.MULTILINE,
)


def later_version(text: str) -> int:
    """How late a version ``text`` says it is of an article published before
    (:data:`_LATER_VERSION`): 0 with no mark, 1 with update paragraphs, 2 with a correction
    note, 3 retracted (an undated story and its corrected version: the one carrying the
    correction is the later, a review).  The latest mark counts, not the number of marks: a
    live version's three updates come before the rewrite's correction (a second review)."""
    return max((_version_rank(m.group(0)) for m in _LATER_VERSION.finditer(text)), default=0)


def article_version(art: Article, republished: bool = True) -> int:
    """:func:`later_version` of ``art``'s text or headline ("CORRECTED-UPDATE 1-..."); with
    ``republished``, 1 at least for a republication's note (:data:`_REPUBLISHED`)."""
    texts = (art.text, art.title or "")
    version = max(later_version(t) for t in texts)
    if republished and not version and any(_REPUBLISHED.search(t) for t in texts):
        return 1
    return version


# An agency's numbered update opening its headline or text ("UPDATE 2-Ferry ...", "UPDATE
# 1:"), and its first one-line alert ("FLASH: ...", "URGENT: ..."), sent before the lead
_UPDATE = re.compile(r"\A\s*(?:CORRECTED-)?UPDATE\s+(\d{1,3})\b")
_ALERT = re.compile(r"\A\s*(?:FLASH|URGENT|BULLETIN)[ \t]*[:\-\u2013\u2014]")


# A warning's line saying it replaced another ("This warning has been upgraded", "... was
# upgraded from yellow to amber"): a review of weather warnings, where the undated yellow
# warning was made the copy of the amber one that replaced it.  Done, not possible ("could be
# upgraded from yellow to amber" in a paper's story), and only upgrades and downgrades: "this
# warning has been updated" says nothing of another warning (a second review: an updated
# yellow warning was put after the amber one); read only to order two texts of one outlet
# (:func:`_time_order`), not a copy lacking the line (a paper's reprint of the amber warning
# was made its original).
_NOTICE_UPDATE = re.compile(
    r"\bthis[ \t]+(?:warning|alert|advisory|watch)[ \t]+(?:was|has[ \t]+been)[ \t]+"
    r"(?:upgraded|downgraded)\b"
    r"|\b(?:was|were|has[ \t]+been|have[ \t]+been)[ \t]+(?:upgraded|downgraded)[ \t]+from[ \t]+"
    r"(?:a[ \t]+)?(?:yellow|amber|orange|red)[ \t]+to\b",
    re.IGNORECASE,
)


def notice_update(art: Article) -> int:
    """1 when ``art`` says it replaced another warning (:data:`_NOTICE_UPDATE`), else 0."""
    return int(_NOTICE_UPDATE.search(art.text) is not None)


def update_number(art: Article) -> int:
    """Which of an agency's versions ``art`` says it is by its headline (or text): -1 an
    agency's alert ("FLASH: ..."), 0 no mark (the lead), n "UPDATE n" (a review of business
    news: undated, "UPDATE 2" was made the source of "UPDATE 1" and of the flash).  A paper's
    "URGENT: blood donors needed ..." is an appeal, "FLASH FLOODING ..." a headline (a second
    review: each was put first)."""
    for text in (art.title or "", art.text):
        if m := _UPDATE.match(text):
            return int(m.group(1))
        if _ALERT.match(text) and is_wire(art):
            return -1
    return 0


def _version_rank(mark: str) -> int:
    """The rank of one :data:`_LATER_VERSION` mark (see :func:`later_version`)."""
    low = mark.lower()
    if "retracted" in low or "withdrawn" in low:
        return 3
    return 1 if low.lstrip().startswith(("update", "(adds", "(updates", "(recasts")) else 2


def label(share: float, own_block: float = 0.0) -> str:
    """METER-style label of a reused share; ``own_block`` is the article's longest stretch of
    own text (neither reused nor boilerplate) as a share of its length."""
    if share >= WHOLLY_SHARE and own_block < OWN_BLOCK_SHARE:
        return "wholly"
    if share >= PARTIAL_SHARE:
        return "partially"
    return "non"


def provenance(
    articles: Sequence[Article],
    alignments: Iterable[Alignment],
    unseen: dict[str, set[str]] | None = None,
    wholly: dict[str, str] | None = None,
    related: dict[str, set[str]] | None = None,
    copied: dict[str, list[tuple[int, int]]] | None = None,
) -> tuple[Provenance, ...]:
    """One Provenance per article.

    ``unseen`` maps article id -> peers sharing an unseen source (listed in
    ``unseen_source_with``; their shared passages are not counted in the reused share, which
    measures derivation from sources in the corpus); ``related`` likewise for peers sharing
    paraphrased passages with no direction (``related_with``); ``wholly`` maps a duplicate's
    id to its canonical article, whose source share is the part of the duplicate ``copied``
    gives (spans of its text copied from the canonical copy, :func:`.diff.copied_spans`;
    the whole text when not given); its own aligned sources are kept beside it.
    """
    wholly = wholly or {}
    copied = copied or {}
    related = related or {}
    undirected = {k: set(v) for k, v in (unseen or {}).items()}
    for k, v in related.items():
        undirected.setdefault(k, set()).update(v)
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    boiler: dict[str, list[tuple[int, int]]] = defaultdict(list)
    shared: dict[str, list[tuple[int, int]]] = defaultdict(list)  # with unseen-source peers
    per_source: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for al in alignments:
        if al.boilerplate:
            for side in (al.source, al.target):
                boiler[side.article_id].append((side.start, side.end))
            continue
        t = al.target
        if al.source.article_id in undirected.get(t.article_id, set()):
            for side in (al.source, t):  # both sides: the alignment's orientation means nothing
                shared[side.article_id].append((side.start, side.end))
            continue  # shared with a peer, no source in the corpus: listed, not counted
        per_source[t.article_id][al.source.article_id].append((t.start, t.end))
    texts = {art.id: art.text for art in articles}
    by_id = {art.id: art for art in articles}
    for target, by_source in per_source.items():
        for src, held in by_source.items():
            if not quoted_only(texts.get(target, ""), held, texts.get(src)):
                spans[target].extend(held)
            else:
                spans[target].extend(_interviewed_by(by_id.get(target), by_id.get(src), held))
    out: list[Provenance] = []
    for art in articles:
        n = max(len(art.text), 1)
        share = round(covered(spans.get(art.id, [])) / n, 4)
        sources = {s: round(covered(v) / n, 4) for s, v in sorted(per_source[art.id].items())}
        peers = tuple(sorted((unseen or {}).get(art.id, set())))
        kin = tuple(sorted(related.get(art.id, set())))
        held = spans.get(art.id, [])
        if art.id in wholly:  # a duplicate: its own sources plus its canonical copy
            copy = copied.get(art.id, [(0, len(art.text))])
            sources = dict(sorted({**sources, wholly[art.id]: round(covered(copy) / n, 4)}.items()))
            held = held + copy
            share = round(covered(held) / n, 4)
        own = 0.0  # read only for a share that can make the article wholly derived
        if share >= WHOLLY_SHARE:
            not_own = held + boiler.get(art.id, []) + shared.get(art.id, [])
            not_own += editor_notes(art.text) + pointer_lines(art.text)
            own = longest_gap(not_own, len(art.text)) / n
            if live_page(art.text):
                own = max(own, own_paragraphs(art.text, not_own) / n)
        out.append(Provenance(art.id, share, label(share, own), sources, peers, kin))
    return tuple(out)
