"""Boilerplate: passages an outlet repeats across many of its articles.

Footers, author bios and "Sign up to our newsletter" lines are reuse, but not news reuse.  A
sentence (normalised: its sequence of stem ids from :class:`.sentences.DocSentences`, i.e.
lower case, words only, light stemming) that occurs in at least
:data:`MIN_ARTICLES` articles of one outlet (``Article.source``; articles without a source
form one pool), or in two when it or its paragraph reads like a footer
(:func:`footer_paragraph`: contact details, newsletter lines, "About <Name>", "Notes to
editors"), is a
boilerplate sentence, as is a sentence of an organisation's standard material
(:func:`release_paragraph`: an "About <Name>" paragraph, a press release's tail) or of a
pointer line (:func:`pointer_line`: "Read the full story at X.") that articles
of different outlets share (a company's releases, each posted by another outlet, end with the
same paragraph); an alignment whose target (or source) lies mostly
(:data:`MIN_SHARE` of its characters) in boilerplate sentences is flagged
``boilerplate=True`` and left out of reuse shares.

A *template* is flagged the same way (:func:`flag_templates`): a passage that is not verbatim
between two articles of one outlet (or a copy of one of them and another) whose numbers
mostly differ (yesterday's market report with today's figures), or whose names all differ
with no number shared, i.e. the outlet's form, not its news.

:func:`table_spans` finds them in the corpus-wide :class:`.sentences.SentenceTable` with array
operations (a 64-bit key per sentence, sorted once: what the align stage uses);
:func:`boilerplate_spans` is the same definition over per-article sentence data, a pass over
all sentences with a dictionary of stem-id tuples (for a handful of articles and for tests).
"""

from __future__ import annotations

import bisect
import dataclasses
import decimal
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from newstrace.records import Alignment, Article, Span
from newstrace.stages.align.align import VERBATIM_RATIO
from newstrace.stages.align.embed import names
from newstrace.stages.align.fillings import NO_CONSTANTS, Constants, Fillings
from newstrace.stages.align.provenance import covered, is_wire, own_release_marks
from newstrace.stages.align.sentences import DocSentences, SentenceTable, sentence_doc_counts
from newstrace.stages.extract.dates import MONTHS, WEEKDAYS
from newstrace.stages.extract.lexicon import org_suffixes, org_suffixes_after_a_name
from newstrace.text.credits import dateline_end, pointer_lines, staff_lines
from newstrace.text.marks import quoted_spans
from newstrace.text.offsets import blanked
from newstrace.text.sentences import sentence_spans

# An outlet repeating a sentence in 3+ articles: news articles of one outlet repeat a full
# sentence by chance very rarely, footers repeat it in every article (chosen by hand).
MIN_ARTICLES = 3
MIN_SHARE = 0.6
# A small corpus may hold only two articles of an outlet: a sentence they both carry is
# boilerplate too when it reads like a footer (an e-mail address, a phone number, a web
# address, or a newsletter / sign-up / follow-us / copyright line).  Chosen by hand; a news
# sentence an outlet repeats in a follow-up rarely carries these.
MIN_ARTICLES_MARKED = 2
# A release's press-contact heading in French, German, Spanish, Italian and Dutch (the
# foreign "Media enquiries")
_CONTACTS = (
    r"contacts?\s+presse|pressekontakt|contactos?\s+de\s+prensa|contatt[io]\s+stampa|"
    r"perscontact"
)
_FOOTER = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|\bhttps?://|\bwww\.|(?:\+?\d[\d ()-]{7,}\d)|"
    r"\b(?:newsletter|sign up|subscribe|follow us|follow the|all rights reserved|copyright|"
    # a free-licence newsroom's footer ("The Lectern is an independent, nonprofit newsroom
    # ... Republish our articles for free under a Creative Commons licence": a review)
    r"creative commons|republish (?:this|our|these) (?:articles?|stor(?:y|ies)|work)|"
    r"is an (?:independent,?[ \t]+)?non-?profit[ \t]+(?:newsroom|news organi[sz]ation)|"
    rf"notes to editors|media enquiries|press office|{_CONTACTS})\b",
    re.IGNORECASE,
)
# A site's disclosure of paid links and paid content, in the site's own words ("This article
# contains affiliate links", "We may earn a commission ...", "produced by the Eastvale Post's
# commercial team", a line "Sponsored content"): two sites' disclosures, worded alike, linked
# two unrelated product reviews (a review).  Only so: news of affiliate marketing ("she earned
# commission on affiliate links") is news (a second review), as are "paid for by" and
# "sponsored by" ("a bill sponsored by ...").
_DISCLOSURE = re.compile(
    r"\bthis (?:article|post|page|story|review|content|guide|list) (?:contains|includes|may "
    r"contain) (?:paid |affiliate )?links\b|\b(?:we|i) (?:may |might |could |sometimes )?earn "
    r"(?:a |an )?(?:small )?(?:affiliate )?commission|\bproduced by [^.\n]{0,60}\bcommercial "
    r"team\b|\A[ \t]*(?:advertisement feature|sponsored content|paid content|advertorial"
    r"|paid partnership)[ \t]*[.:]?[ \t]*\Z",
    re.IGNORECASE,
)
# An organisation's standard paragraph in its releases ("About Tarnside Water: ...") and the
# press-release tail ("Ends", "Notes to editors", "Media enquiries ...") read like a footer as
# a whole paragraph when the paragraph opens with them (a news paragraph that merely ends
# with a web address is news).  Only the keywords ignore case: the name after "About" starts
# with a capital, so a news paragraph opening "About half of the homes ..." is not one.
# A paragraph opening with a copyright sign or word is a copyright notice as a whole ("(c)
# 2026 Agency. All rights reserved. This material may not be ...": only its middle sentence
# read like a footer, and an agency's two pages were linked by it); the word is not followed
# by a word in lower case: a news paragraph "Copyright holders will ..." is news (a review: a
# paper's copy of that one paragraph of an agency's story was not reuse).
# ("Ends." may open the paragraph as a sentence of its own: "Ends. Media enquiries: ...")
# A numbered part's ordinal; not "final", "latest" ("This is the latest chapter in the row"
# is news: a second review)
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|\d{1,2}(?:st|nd|rd|th))"
)
_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# ... of a series named or called one ("of Running Dry", "of our series"), not "the second
# part of the deal" (a code review)
_SERIES_NAMED = (
    r"[ \t]+(?:(?-i:[A-Z])|(?:our|a|an|this|the)[ \t]+(?:[\w'-]+[ \t]+){0,3}?"
    r"(?:series|investigation|project|special|inquiry)\b)"
)
_ABOUT = re.compile(
    r"(?i:ends\.?\s+)?(?:(?i:about)\s+[A-Z][\w&.' -]{1,60}:?\s"
    # a columnist's box in its paragraph ("About the author: Oliver Treadgold is chief
    # executive of ...": a review, two columns of one writer were linked by it)
    r"|(?i:about the (?:author|writer|columnist|contributor)s?\b)"
    # a series' box ("About this series: ...", "This article is part of a series ...": a
    # review, a two-part series was linked by it; not "This report is one of the most
    # critical ...", news)
    r"|(?i:about this (?:series|project|investigation)\b|this (?:article|story|piece|report)"
    r" is (?:part|one) of (?:a|an|our|the)(?: [\w'-]+){0,3}? (?:series|project|investigation"
    r"|partnership|collaboration)\b"
    # a numbered part's standfirst ("This is the third part of Running Dry, our series on
    # ...", "This is part three of our series": a review, every part was linked to the
    # first by it, its ordinal refilled, and the parts were one story)
    rf"|this is (?:the )?{_ORDINAL} (?:part|instalment|installment) (?:of|in){_SERIES_NAMED}"
    rf"|this is part {_COUNT} of{_SERIES_NAMED})"
    rf"|(?i:notes to editors|media enquiries|media contact|press office|for media|{_CONTACTS})"
    r"|\u00a9|\((?i:c)\)\s|(?i:copyright)\b(?![ \t]+[a-z]))"
)


# A press release's tail: everything after a line "Ends" or "Notes to editors" (alone on its
# line), or after an "About <Name>" heading line, is notes, contacts, the organisation's
# standard paragraph and the distributor's disclaimer (an audit: a PR wire's disclaimer
# under the "About" paragraph, posted by one portal with two of a company's releases, linked
# the two releases); an "About <Name>" heading line makes the paragraph under it one.
# A listed company's safe-harbour heading ("Forward-looking statements", "Cautionary note
# regarding forward-looking statements", "Safe harbor statement") opens its tail too: the law
# firm's paragraph, the non-GAAP note and the "About" block under it (an audit: three
# companies' results releases were linked by one law firm's paragraph, names refilled).  Only
# in a text with a release's own marks (:func:`.provenance.own_release_marks`): a news
# explainer's "Safe Harbour" subheading (the data-transfer scheme) opens no tail, and a copy
# of the section under it is reuse (a review).
_SAFE_HARBOUR = (
    r"(?:cautionary\s+(?:note|statement)s?\s+(?:regarding|concerning|about|on)\s+)?"
    r"forward[- ]looking\s+(?:statements?|information)|safe[- ]harbou?r(?:\s+statement)?"
)
_TAIL_LINE = re.compile(r"^[ \t]*(?i:-*\s*ends\s*-*|notes to editors):?[ \t]*$", re.MULTILINE)
_SAFE_HARBOUR_LINE = re.compile(rf"^[ \t]*(?i:{_SAFE_HARBOUR}):?[ \t]*$", re.MULTILINE)
# The heading in French, German, Spanish, Italian and Dutch too ("À propos du ministère de
# ...", "Über die Stadtwerke ...", "Acerca de ...", "A proposito di ...", "Over ..."), an
# article the name may open with taken into the heading word: an audit's French ministry
# releases, each ending "À propos du ministère ...", were linked by that paragraph.  The name
# starts with a capital (:func:`_heading_name`) except after "À propos", whose name is
# often a common noun ("du ministère de ...").  English "the" is taken into the word too:
# an audit's health agency ended two statements "About the National Health Agency" and the
# paragraph under it linked them ("the" is no capital, so the line named no organisation).
_ABOUT_WORD = (
    r"(?P<word>(?i:about(?:\s+the)?|à\s+propos\s+(?:de\s+la|de\s+l['’]|d['’]|du|des|de)"
    r"|über(?:\s+(?:die|den|das|der))?|acerca\s+de(?:\s+(?:la|el|los|las))?"
    r"|a\s+proposito\s+di|over(?:\s+(?:de|het))?))(?:[ \t]+|(?<=['’]))"
)
_ABOUT_LINE = re.compile(rf"[ \t]*{_ABOUT_WORD}(?P<name>[^\W\d_][^\n]{{1,60}}?):?[ \t]*")
_ABOUT_HEADING = re.compile(
    rf"^[ \t]*{_ABOUT_WORD}(?P<name>[^\W\d_][^\n]{{1,60}}?):?[ \t]*$", re.MULTILINE
)
# An "About <Name>" line heads an organisation's paragraph only when the text under it names
# the organisation (the name's first word) within this many characters: "About Orrin Valley
# Foods" / "Orrin Valley Foods makes ...".  A news subheading alone on its line ("About Face",
# "About Town", "ABOUT THE DECISION") is followed by news, and everything after it was taken
# for a release's tail (a reprint of the story's second half, by another outlet, was not
# linked).  About one long sentence; set a priori.
ABOUT_NAMED_CHARS = 200
_NAME_WORD = re.compile(r"[^\W_][\w&'.-]*")


def _heading_name(m: re.Match[str]) -> str:
    """The organisation an "About <Name>" heading line names ("" when it names none: a name
    in lower case after another word than "À propos")."""
    name = m.group("name")
    return name if name[0].isupper() or m.group("word")[0] in "àÀ" else ""


# Articles a heading's name may open with: the word looked for is the first other one ("Over
# The Moon: Harbour Town Lift The Cup", a headline, was an "About" heading in Dutch whose name
# "The" the story named, and the whole story became standard material)
_NAME_ARTICLES = frozenset(
    {"the", "a", "an", "der", "die", "das", "den", "le", "la", "les", "el", "los", "las", "il"}
    | {"lo", "de", "het", "een"}
)


def _names(name: str, under: str) -> bool:
    """Whether ``under`` (the text under an "About <name>" line) names ``name`` early on."""
    words = (w.group() for w in _NAME_WORD.finditer(name))
    first = next((w for w in words if w.casefold() not in _NAME_ARTICLES), None)
    if first is None:
        return False
    word = re.escape(first.rstrip("."))
    return re.search(rf"(?<!\w){word}(?!\w)", under.lstrip()[:ABOUT_NAMED_CHARS]) is not None


def footer_like(text: str) -> bool:
    """Whether a sentence reads like an outlet's footer (see :data:`MIN_ARTICLES_MARKED`), is a
    site's own disclosure of paid links or paid content (:data:`_DISCLOSURE`), or
    holds a staff credit line (:func:`.credits.staff_lines`, "(Reporting by Anna Ferrow;
    Editing by Mark Seddley)": its staff, not its news; an audit: two agency stories by one
    editor were linked by it)."""
    disclosed = _DISCLOSURE.search(text) is not None and not _QUOTE_MARK.search(text)
    return bool(_FOOTER.search(text)) or disclosed or bool(staff_lines(text))


# A disclosure in quotation marks, double or single, is someone's words in the news ("'We earn
# a commission from the lender,' Ms Dorran said": a third review), not the site's.
_QUOTE_MARK = re.compile("[\"\u201c\u201d\u2018]|(?:^|\\s)'|',")


@functools.lru_cache(maxsize=4096)
def _tail_end(text: str) -> int:
    """Where the first "Ends" / "Notes to editors" / "About <Name>" line (or a release's
    safe-harbour heading, _SAFE_HARBOUR_LINE) of ``text`` ends (past the end if none): found
    once per text, not once per sentence (that was quadratic in its length)."""
    about = (
        m
        for m in _ABOUT_HEADING.finditer(text)
        if text[: m.start()].strip()  # a text's first line is its headline, not a heading
        and _names(_heading_name(m), text[m.end() : m.end() + 2 * ABOUT_NAMED_CHARS])
        and not _fact_box(text, m.end())
    )
    harbour = _SAFE_HARBOUR_LINE.search(text)  # before the marks: the line is rare
    harbour = harbour if harbour and own_release_marks(text) else None
    ends = [m.end() for m in (_TAIL_LINE.search(text), harbour, next(about, None)) if m]
    return min(ends, default=len(text) + 1)


@functools.lru_cache(maxsize=4096)
def about_names(text: str) -> tuple[str, ...]:
    """The organisations ``text`` has an "About <Name>" paragraph of (a press release's
    standard paragraph on its issuer: the name heads it and the text under it names it)."""
    return tuple(
        name
        for m in _ABOUT_HEADING.finditer(text)
        if text[: m.start()].strip()
        and (name := _heading_name(m).strip())
        and _names(name, text[m.end() : m.end() + 2 * ABOUT_NAMED_CHARS])
    )


# A story's fact box ("About the Lowe Valley Trust" and a paragraph, mid-article) is followed
# by more of the story; a release's "About" paragraph by contacts and notes at most.  More
# than this many characters after the paragraph under the heading, in a text with no release
# marks of its own, is more story (a review: a paper's interviews after its fact box were
# read as its tail, boilerplate, and a rival's copy of them was no reuse).  By reasoning: a
# contacts block and a notes line run to 200-300 characters.
ABOUT_REST_MAX = 400


def _fact_box(text: str, at: int) -> bool:
    """Whether the "About <Name>" heading ending at ``at`` heads a story's fact box: the text
    after the paragraph under it runs past :data:`ABOUT_REST_MAX` characters, and ``text``
    has no release marks of its own (:func:`.provenance.own_release_marks`)."""
    under = re.search(r"\S", text[at:])
    if under is None:
        return False
    end = text.find("\n\n", at + under.start())
    rest = "" if end < 0 else text[end:].strip()
    return len(rest) > ABOUT_REST_MAX and not own_release_marks(text)


def release_tail(text: str) -> int:
    """Where a press release's standard tail starts in ``text`` (after its first "Ends" /
    "Notes to editors" / "About <Name>" line: :func:`_tail_end`), its length if none."""
    return min(_tail_end(text), len(text))


def footer_paragraph(text: str, span: tuple[int, int]) -> bool:
    """Whether the sentence at ``span`` reads like a footer, or stands in a paragraph that
    opens like one ("About <Name>", "Notes to editors", "Media enquiries"), or in a pointer
    line ("Read the full story at X.": :func:`pointer_line`)."""
    return (
        footer_like(text[span[0] : span[1]])
        or release_paragraph(text, span)
        or pointer_line(text, span)
    )


def pointer_line(text: str, span: tuple[int, int]) -> bool:
    """Whether the sentence at ``span`` lies in a pointer line (:func:`.credits.pointer_lines`:
    an aggregator's "Read the full story at X." under an excerpt, a scraper's "Source: X. All
    rights belong to their owners."): two items of two aggregators excerpting two stories
    of X share it and nothing else (an audit: such items were linked by it)."""
    return any(s <= span[0] and span[1] <= e for s, e in _pointer_spans(text))


@functools.lru_cache(maxsize=4096)
def _pointer_spans(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`.credits.pointer_lines` of ``text``, found once per text, not once per sentence
    (that was quadratic in its length: a 1 MB text of 9,500 repeated sentences took 225 s)."""
    return tuple(pointer_lines(text))


def release_paragraph(text: str, span: tuple[int, int]) -> bool:
    """Whether the sentence at ``span`` stands in an organisation's standard material: a
    paragraph opening "About <Name>", "Notes to editors" or "Media enquiries", under an
    "About <Name>" heading line, or in a press release's tail (:func:`_tail_end`)."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    if start == 0 and end < 0:
        return False  # a text without line breaks has no paragraphs: it is not one footer
    paragraph = text[start : len(text) if end < 0 else end]
    if _ABOUT.match(paragraph) or _tail_end(text) <= span[0]:
        return True
    before = text[:start].rstrip()
    if "\n" not in before:
        return False  # under the text's first line: a headline, not an "About" heading
    heading = _ABOUT_LINE.fullmatch(before[before.rfind("\n") + 1 :])
    return heading is not None and _names(_heading_name(heading), paragraph)


# Versions of one story (an agency's write-thrus, an outlet's updates) count once when a news
# sentence's repetition is weighed: two articles of one outlet are versions when the news
# sentences they share hold STORY_OVERLAP of the shorter one's news characters, the sentence
# weighed left out of both (else three briefs sharing a stock line are one story; an audit: an
# agency's three write-thrus made their common lead "boilerplate", so the update was traced
# to a paper and the papers to each other).  A sentence in more than VERSIONS_CAP articles of
# its outlet is not examined (cost): boilerplate as before.  Footer-like sentences keep the
# plain count.  Chosen by reasoning on the audit's corpora, not tuned.
STORY_OVERLAP = 0.5
VERSIONS_CAP = 10
# An article whose news is the sentence weighed and at most this many characters more (a
# truncated RSS description's cut-off fragment, "The school h...") is an excerpt of any article
# of its outlet holding the sentence, a version of it: an audit, a story, its paywall stub and
# its RSS item made the story's lead "boilerplate", and neither was linked to the story.  Chosen
# by reasoning: a sentence of news is longer.
EXCERPT_REST_CHARS = 40

_Key = Hashable
_Sentence = tuple[int, _Key, tuple[int, int]]  # (article, key, span)


def boilerplate_spans(
    articles: Sequence[Article], docs: Sequence[DocSentences]
) -> dict[str, list[tuple[int, int]]]:
    """Spans of boilerplate sentences per article id (``docs`` from one vocabulary)."""
    seen: dict[tuple[str, _Key], set[int]] = defaultdict(set)
    for i, (art, doc) in enumerate(zip(articles, docs, strict=True)):
        for k in doc.terms:
            if k:
                seen[(art.source or "", k)].add(i)
    rows: list[list[_Sentence]] = [
        [(i, k, span) for span, k in zip(doc.spans, doc.terms, strict=True) if k]
        for i, doc in enumerate(docs)
    ]
    counted = [(s, len(seen[(articles[s[0]].source or "", s[1])])) for row in rows for s in row]
    anywhere: dict[_Key, set[int]] = defaultdict(set)
    for (_, key), docs_of in seen.items():
        anywhere[key] |= docs_of
    shared = [
        (d, span) for (d, key, span), n in counted if n < MIN_ARTICLES_MARKED <= len(anywhere[key])
    ]
    return _decide(articles, counted, lambda i: rows[i], shared)


def table_spans(
    articles: Sequence[Article], table: SentenceTable
) -> dict[str, list[tuple[int, int]]]:
    """:func:`boilerplate_spans` of the articles whose sentences are ``table`` (in order)."""
    outlet: dict[str, int] = {}
    groups = np.array([outlet.setdefault(a.source or "", len(outlet)) for a in articles], np.int64)
    counts = sentence_doc_counts(table, groups)
    repeated = np.flatnonzero(counts >= MIN_ARTICLES_MARKED)
    anywhere = sentence_doc_counts(table, np.zeros_like(groups))
    across = np.flatnonzero((anywhere >= MIN_ARTICLES_MARKED) & (counts < MIN_ARTICLES_MARKED))
    owner, keys, spans = table.owner, table.keys, table.spans

    def row(d: int) -> list[_Sentence]:
        s0, s1 = int(table.doc_ptr[d]), int(table.doc_ptr[d + 1])
        return [
            (d, int(keys[s]), (int(spans[s][0]), int(spans[s][1])))
            for s in range(s0, s1)
            if keys[s]
        ]

    counted = [
        ((int(owner[s]), int(keys[s]), (int(spans[s][0]), int(spans[s][1]))), int(counts[s]))
        for s in repeated.tolist()
    ]
    shared = [(int(owner[s]), (int(spans[s][0]), int(spans[s][1]))) for s in across.tolist()]
    return _decide(articles, counted, row, shared)


def _decide(
    articles: Sequence[Article],
    counted: Sequence[tuple[_Sentence, int]],
    row: Callable[[int], Sequence[_Sentence]],
    shared: Sequence[tuple[int, tuple[int, int]]] = (),
) -> dict[str, list[tuple[int, int]]]:
    """Boilerplate spans per article id, from each sentence and the number of articles of its
    outlet holding it (``row(article)``: all its sentences, for the version test), and from
    the sentences ``shared`` by articles of different outlets only: those are boilerplate in
    an organisation's standard material (:func:`release_paragraph`)."""
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for d, span in shared:
        if release_paragraph(articles[d].text, span) or pointer_line(articles[d].text, span):
            out[articles[d].id].append(span)
    examined: list[_Sentence] = []
    holders: list[_Sentence] = []  # every article holding an examined key, footer-like or not
    for (d, key, span), n in counted:
        if n < MIN_ARTICLES_MARKED:
            continue
        if MIN_ARTICLES <= n <= VERSIONS_CAP:
            holders.append((d, key, span))
        if n > VERSIONS_CAP or footer_paragraph(articles[d].text, span):
            out[articles[d].id].append(span)  # repeated beyond the cap, or a footer in 2+
        elif n >= MIN_ARTICLES:
            examined.append((d, key, span))
    stories = _stories(
        articles, holders, {(articles[d].source or "", k) for d, k, _ in examined}, row
    )
    for d, key, span in examined:
        if stories[(articles[d].source or "", key)] >= MIN_ARTICLES:
            out[articles[d].id].append(span)
    return {k: sorted(v) for k, v in out.items()}


def _stories(
    articles: Sequence[Article],
    holders: Sequence[_Sentence],
    weighed: set[tuple[str, _Key]],
    row: Callable[[int], Sequence[_Sentence]],
) -> dict[tuple[str, _Key], int]:
    """Per (outlet, sentence key) of ``weighed``: the number of stories among the articles
    (of ``holders``) holding it, versions of one story (see :data:`STORY_OVERLAP`) counted
    once.  The sentence weighed is no evidence that its articles are versions: three briefs
    sharing one stock line and nothing else are three stories."""
    docs_of: dict[tuple[str, _Key], set[int]] = defaultdict(set)
    for d, key, _ in holders:
        if (articles[d].source or "", key) in weighed:
            docs_of[(articles[d].source or "", key)].add(d)
    news: dict[int, dict[_Key, int]] = {}
    for d in {d for ds in docs_of.values() for d in ds}:
        text = articles[d].text
        news[d] = {k: e - s for _, k, (s, e) in row(d) if not footer_paragraph(text, (s, e))}
    totals = {d: sum(v.values()) for d, v in news.items()}
    shared: dict[tuple[int, int], int] = {}  # per pair of articles, computed once

    def versions(a: int, b: int, key: _Key) -> bool:
        if (a, b) not in shared:
            na, nb = news[a], news[b]
            shared[(a, b)] = sum(na[k] for k in na.keys() & nb.keys())
        both = news[a].get(key, 0) if key in news[b] else 0
        common = shared[(a, b)] - both
        shorter = min(totals[a] - news[a].get(key, 0), totals[b] - news[b].get(key, 0))
        return shorter <= EXCERPT_REST_CHARS or (common > 0 and common >= STORY_OVERLAP * shorter)

    return {
        gk: _components(sorted(ds), functools.partial(versions, key=gk[1]))
        for gk, ds in docs_of.items()
    }


def _components(nodes: Sequence[int], linked: Callable[[int, int], bool]) -> int:
    """Number of stories among ``nodes`` (ascending): each joins the first story all of whose
    articles it is ``linked`` with, else starts one.  Versions must be versions of each other,
    not through a third article: a round-up of two earlier stories of the outlet does not make
    them one story (its stock line would become news and link an unrelated third story)."""
    stories: list[list[int]] = []
    for d in nodes:
        for story in stories:
            if all(linked(min(d, o), max(d, o)) for o in story):
                story.append(d)
                break
        else:
            stories.append([d])
    return len(stories)


def _inside(span: Span, spans: Mapping[str, list[tuple[int, int]]]) -> float:
    """Share of ``span`` covered by boilerplate sentences of its article."""
    if not span.length:
        return 0.0
    hit = sum(
        max(0, min(e, span.end) - max(s, span.start)) for s, e in spans.get(span.article_id, [])
    )
    return hit / span.length


def flag(
    alignments: Iterable[Alignment],
    spans: Mapping[str, list[tuple[int, int]]],
    articles: Mapping[str, Article] | None = None,
    undirected: Mapping[str, set[str]] | None = None,
    order: Callable[[str], Any] | None = None,
    duplicates: Mapping[str, Iterable[str]] | None = None,
) -> list[Alignment]:
    """Alignments with ``boilerplate`` set where they lie mostly in boilerplate sentences (and
    cleared where they no longer do: an incremental run's carried alignments are weighed
    anew, since a new version of a story can make its outlet's repeated sentence news).

    Without ``articles`` one side in boilerplate is enough.  With them (and the pairs with no
    direction, ``undirected``), a passage that is boilerplate only on its *source* side, a
    news paragraph that the source's outlet repeats (a background paragraph in every
    follow-up) and that an article of another outlet took, is reuse, from the first article
    of that outlet holding it (``order``: a sort key of an article id, earliest first) only
    (an audit of follow-up stories: a rival's copy of such a paragraph was not reuse).  On
    the *target* side the paragraph is the target outlet's own, whatever its source.  A target
    that is a duplicate of another article of the source's outlet (``duplicates``: an
    article's fellow group members) took nothing: it has the outlet's paragraph from its copy
    (a paper's reprint of one of an agency's automated stories was linked to another of them
    by the agency's stock closing line)."""
    out: list[Alignment] = []
    for al in alignments:
        src, tgt = _inside(al.source, spans), _inside(al.target, spans)
        keep = max(src, tgt) or al.boilerplate
        if keep:
            taken = articles is not None and _taken(
                al, src, tgt, articles, undirected or {}, duplicates or {}
            )
            al = dataclasses.replace(al, boilerplate=max(src, tgt) >= MIN_SHARE and not taken)
        if articles is not None and not al.boilerplate and _both_release_material(al, articles):
            al = dataclasses.replace(al, boilerplate=True)
        out.append(al)
    if articles is None:
        return out
    return _first_holders(out, spans, articles, order or (lambda x: x))


def _both_release_material(al: Alignment, articles: Mapping[str, Article]) -> bool:
    """Whether both sides of ``al`` lie in organisations' standard material
    (:func:`release_paragraph`): two releases' tails ("Media enquiries: <office>, <phone>")
    match as edited or paraphrased text, each with its own names and numbers, so the
    sentence test, which needs the same words, does not see them (an audit: the prime
    minister's office and a party were linked by their press-office lines)."""
    a, b = articles.get(al.source.article_id), articles.get(al.target.article_id)
    return (
        a is not None
        and b is not None
        and _release_passage(a.text, al.source)
        and _release_passage(b.text, al.target)
    )


def _release_passage(text: str, span: Span) -> bool:
    """Whether the passage at ``span`` starts and ends in standard material: a passage over
    several paragraphs is read by the paragraph it starts in (:func:`release_paragraph`), so
    one that opens in a news paragraph reading like one ("Copyright holders will ...") and
    runs on through the story would be standard material as a whole (an audit: a paper's
    verbatim copy of four paragraphs of a story on copyright law was not reuse)."""
    start, end = span.start, span.end
    return release_paragraph(text, (start, end)) and release_paragraph(
        text, (max(start, end - 1), end)
    )


def _taken(
    al: Alignment,
    src: float,
    tgt: float,
    articles: Mapping[str, Article],
    undirected: Mapping[str, set[str]],
    duplicates: Mapping[str, Iterable[str]] | None = None,
) -> bool:
    """Whether ``al`` is an outlet's repeated paragraph taken by another outlet: boilerplate
    on the source side only, in a directed pair of two outlets, not a footer and not an
    organisation's standard material (:func:`release_paragraph`: a paper's rewrite of a
    company's "About" paragraph was linked to the company's earliest release holding it, an
    unrelated one, instead of being its standard material as a verbatim copy is)."""
    if tgt >= MIN_SHARE or src < MIN_SHARE:
        return False
    a, b = articles.get(al.source.article_id), articles.get(al.target.article_id)
    if a is None or b is None or (a.source or "") == (b.source or ""):
        return False
    if b.id in undirected.get(a.id, ()):
        return False
    if any(
        c != a.id and c in articles and articles[c].source == a.source
        for c in (duplicates or {}).get(b.id, ())
    ):
        return False
    if release_paragraph(a.text, (al.source.start, al.source.end)):
        return False
    sides = ((a, al.source), (b, al.target))
    return not any(footer_like(art.text[side.start : side.end]) for art, side in sides)


def _first_holders(
    alignments: list[Alignment],
    spans: Mapping[str, list[tuple[int, int]]],
    articles: Mapping[str, Article],
    order: Callable[[str], Any],
) -> list[Alignment]:
    """The taken paragraphs (:func:`_taken`) of one target from one outlet: only the first
    article of the outlet holding it is the source; a later holder's passage that earlier
    holders' passages cover in the target (:data:`HOLDER_COVER` of it) is that outlet's
    boilerplate, one reaching past them (a second paragraph only the later holder has)
    stays its source's.  A holder the target takes other text from comes first: a paper
    rewriting a council's release took the council's stock line from that release, not
    from the council's earliest release holding it (a review); of several such holders, the
    one it takes words from (verbatim or edited passages) before one it takes only paraphrase
    from (a review of outbreak reports: a paper writing up the second weekly report took the
    series' advice line from it, not from the first report, whose only other passage was a
    paraphrased sentence later outclassed)."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    # (source, target) with text besides the repeats: the kinds of those passages
    gives_more: dict[tuple[str, str], list[str]] = defaultdict(list)
    for i, al in enumerate(alignments):
        if al.boilerplate:
            continue
        if _inside(al.source, spans) >= MIN_SHARE:
            outlet = articles[al.source.article_id].source or ""
            groups[(al.target.article_id, outlet)].append(i)
        else:
            gives_more[(al.source.article_id, al.target.article_id)].append(al.kind)
    out = list(alignments)

    def first(i: int) -> tuple[bool, bool, Any]:
        al = alignments[i]
        given = gives_more.get((al.source.article_id, al.target.article_id), [])
        # words of its own (verbatim or edited) first, then paraphrase only, then the earliest:
        # not by how much, which a refilled form's passages can inflate (a review sweep: by
        # the most text, a paper's reprint of one region's warning was given the bureau's
        # standard wording from another region's warning)
        literal = any(k != "paraphrase" for k in given)
        return not literal, not given, order(al.source.article_id)

    for members in groups.values():
        kept: list[Span] = []
        for i in sorted(members, key=first):
            t = alignments[i].target
            inside = [(max(k.start, t.start), min(k.end, t.end)) for k in kept]
            if covered((s, e) for s, e in inside if s < e) >= HOLDER_COVER * t.length > 0:
                out[i] = dataclasses.replace(alignments[i], boilerplate=True)
            else:
                kept.append(t)
    return out


# Share of a later holder's passage that earlier holders' passages must cover for it to be
# the outlet's repeat (the sibling rule's 80%, set a priori).
HOLDER_COVER = 0.8


# Templates of one outlet (daily market reports, results tables): a passage between two articles
# of the same named outlet, not verbatim, whose two sides each hold TEMPLATE_NUMBERS numbers or
# more and share under TEMPLATE_SHARED of them is the same form with other figures.  A number
# counts as shared when it follows the same word on both sides ("FTSE 100", "Town 1"), so a
# results table whose scores are mostly 0-3 does not share them by chance.  Chosen by hand
# on invented reports: market table 2 of 15 shared, its paragraphs 0 of 2 and 1 of 5, a
# league table 4 of 15; a copy of one article with a figure corrected shares 4 of 5.  PAN13,
# Clough, Webis and the synthetic bench scores are unchanged (docs/results.md).
TEMPLATE_NUMBERS = 2
TEMPLATE_SHARED = 0.5
# A clock time ("06:00", "23:30") is one figure: read as two, every time on the hour shared
# its ":00" with every other, and a council's licensing notices for a shop open 06:00 to
# 02:00 and a club open 12:00 to 01:00 shared half their figures (a review of local
# government notices).
_NUMBER_OR_WORD = re.compile(
    r"((?<![\d.,])(?<!\d:)[0-2]?\d:[0-5]\d(?!\d|:\d)|\d+(?:[.,]\d+)*)|[^\W\d_]+"
)


# A clock time opening a line ("10:05 A rest centre has opened ...", "8.40am Police say ...")
# is a live blog's or a bulletin's entry stamp, not a figure of the text: a story that reuses
# the entries drops the stamps, and counted as figures they made the reuse look like a
# template refilled (an audit: a blog's "10:05" and "11:30" entries reused in the paper's
# story were flagged as boilerplate).  Left out as the agency dateline is from sentences.
_ENTRY_TIME = re.compile(
    r"^[ \t]*(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:[ \t]*[ap]\.?m\.?)?|(?:1[0-2]|0?\d)(?:[.:][0-5]\d)?"
    r"[ \t]*[ap]\.?m\.?)(?=[ \t])",
    re.MULTILINE | re.IGNORECASE,
)


# A form's codes are no figures of what it tells: a postcode ("Brenmoor BR1 4TD", "Salem, OR
# 97301"), a statute cited by year and section ("Section 14(1) of the Road Traffic Regulation
# Act 1984") and a telephone number ("0800 555 0142", "(555) 123-4567") stand the same in
# every filling of one organisation's form, and counted as figures they outnumbered the
# refilled ones: a council's road-closure orders for three streets shared 9 of 14 figures
# and were read as copies of the first (a review of local government notices).  Left out
# as the entry stamps are.  Written by hand from the forms' conventions, not tuned.
_POSTCODE = r"\b(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}|[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?)\b"
_STATUTE = (
    r"\b(?:Acts?|Regulations|Order|Code|Rules)(?:[ \t]+of)?[ \t]+(?:1[89]|20)\d\d\b"
    r"|\b(?i:sections?|regulations?|paragraphs?|clauses?|schedules?|articles?|rules?)[ \t]+"
    r"\d+[A-Za-z]?(?:\(\w{1,4}\))*"
)
_PHONE = (
    r"(?<![\w.,/])(?:\+\d{1,3}[ \t.-]?|\(?0)\d[\d \t().-]{7,15}\d(?![\w.,/]?\d)"
    r"|\b(?:1-)?\d{3}-\d{3}-\d{4}\b|\(\d{3}\)[ \t]?\d{3}-\d{4}\b"
)
# Two sentences of one form that each give a postal address are its contact line however
# worded ("Comments ... in writing to the Development Management Team, <the council's
# address>" / "Representations ... in writing to the Licensing Team, <the same>"): a
# paraphrase of one linked a council's licence notice to its planning entries (a review of
# local government notices).
_ADDRESS = re.compile(_POSTCODE)
_FORM_CODE = re.compile(f"{_POSTCODE}|{_STATUTE}|(?P<phone>{_PHONE})")
# A telephone number has nine digits or more (a UK number ten or eleven, a US one ten):
# "09.30 - 16.30" (opening hours) and "05.06.2024" (a date) are figures (an attack review).
PHONE_DIGITS_MIN = 9


def _is_code(m: re.Match[str]) -> bool:
    """Whether a match of :data:`_FORM_CODE` is a code (see PHONE_DIGITS_MIN)."""
    return not m["phone"] or sum(c.isdigit() for c in m["phone"]) >= PHONE_DIGITS_MIN


_DATE_FIGURE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def _redated(
    a: str, b: str, na: list[tuple[str, str]], nb: list[tuple[str, str]], outlets: frozenset[str]
) -> bool:
    """Whether the figures two passages do not share are all full dates (:data:`_FULL_DATE`),
    they share another figure (the notice's reference) and both name the same things: a
    notice re-issued with its dates moved, not the form refilled for another subject, which
    changes its names and its reference (an attack review: a council's postponed road
    closure, both closure dates and the issue date new, read as its form; two planning
    entries of one case officer, cut before their wards, share no figure but dates)."""
    differ = (Counter(na) - Counter(nb)) + (Counter(nb) - Counter(na))
    if not differ or not all(_DATE_FIGURE.fullmatch(v) for _, v in differ):
        return False
    if not any(not _DATE_FIGURE.fullmatch(v) for _, v in Counter(na) & Counter(nb)):
        return False
    names_a, names_b = (_subjects(x, outlets) - _CALENDAR for x in (a, b))
    return bool(names_a) and names_a == names_b


def _codes(text: str) -> Counter[str]:
    """The form's codes of ``text`` (:data:`_FORM_CODE`), their letters and digits only: left
    out of :func:`numbers`, a code both sides give is no figure shared, but one only one side
    gives is a figure the other lacks (a force's appeal line ending "or Crimestoppers on 0800
    555 111" and a paper's "... quoting log 61 of 8 June": the telephone number left out, the
    two shared their one other figure, "101", and read as a copy)."""
    codes = (m for m in _FORM_CODE.finditer(text) if _is_code(m))
    return Counter(re.sub(r"\W", "", m.group(0)).lower() for m in codes)


# Between two organisations' releases a calendar date is no figure of their common form: the
# day after a month's name and a year (four digits, 1900-2099, written without a separator)
# are left out of the numbers weighed.  Two companies' results releases of one day share
# "October 28, 2026", "September 30, 2026" and "the third quarter of 2025" around their own
# figures, and those dates made the form look copied (an audit: 4 of 8 numbers shared, the
# half that makes a copy).  Only there: between two articles of one outlet (a speech and its
# release) the shared dates are part of what shows a copy.  A year-like figure with a
# thousands comma ("closed at 1,987") is still a figure.
_MONTHS = frozenset(MONTHS)
_YEAR = re.compile(r"(?:19|20)\d\d")


# A calendar date in full ("8 March 2024", "March 8, 2024") is one figure where dates count:
# read as a day and a year, two fillings of one outlet's form dated days apart shared every
# date's year, half their figures (a review of local government notices: a council's planning
# entries "Date valid: 8 March 2024" / "12 March 2024" were read as copies).  Written as one
# number, YYYYMMDD, so the two ways of writing a day are one figure (the extract stage's
# month names).
_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
_FULL_DATE = re.compile(
    rf"\b(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?[ \t]+(?P<m1>(?i:{_MONTH_NAME}))\.?,?"
    rf"|(?P<m2>(?i:{_MONTH_NAME}))\.?[ \t]+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?)"
    rf"[ \t]+(?P<y>(?:19|20)\d\d)\b"
)


def _date_figure(m: re.Match[str]) -> str:
    """A full date as one figure, YYYYMMDD (see :data:`_FULL_DATE`)."""
    day, month = (m["d1"], m["m1"]) if m["d1"] else (m["d2"], m["m2"])
    return f"{m['y']}{MONTHS[month.lower()]:02d}{int(day):02d}"


# Between two fillings of one form for other subjects (:class:`.fillings.Fillings`), a
# figure up to this is no evidence of a copy: a rating out of five or ten, a small count, a
# day of the week's number, which two fillings share by chance (a review of forms: two
# takeaways rated 1 out of 5, their reports refilled in every name, read as copies).  A
# priori: the scales of ratings.
SMALL_FIGURE = 10


def _small(value: str) -> bool:
    return value.isdigit() and int(value) <= SMALL_FIGURE


# A figure is weighed by its value: "12.0%" is "12%", and "$4,200,000", "$4.2 million" and
# "$4.2m" are one figure (a review: a wire's edit of a company's release, its figures written
# the wire's way, shared none of them with the release and was flagged as their common form).
# The scale words read after a figure, as powers of ten.
_SCALES = {
    **{"thousand": 3, "k": 3, "million": 6, "m": 6, "mn": 6},
    **{"billion": 9, "bn": 9, "trillion": 12},
}
_DAY = re.compile(r"[0-3]?\d")


def numbers(text: str, dates: bool = True) -> list[tuple[str, str]]:
    """The numbers of ``text``, each with the word before it (lower case; "" at the start
    or after another number), as values (:func:`_value`, _SCALES): "FTSE 100 at 7,512" ->
    [("ftse", "100"), ("at", "7512")], "rose 12.0% to $4.2 million" -> [("rose", "12"),
    ("to", "4200000")].  A clock time opening a line (see _ENTRY_TIME) and a form's code
    (a postcode, a statute's year and section, a telephone number: _FORM_CODE) are no number of the
    text, nor, unless ``dates``, a calendar date's day (before or after the month's name)
    and year (_MONTHS)."""
    out: list[tuple[str, str]] = []
    word, last = "", -1  # last: the index in ``out`` of a figure a scale word may follow
    text = _ENTRY_TIME.sub(lambda m: " " * len(m.group(0)), text)
    text = _FORM_CODE.sub(lambda m: " " * len(m.group(0)) if _is_code(m) else m.group(0), text)
    if dates:
        text = _FULL_DATE.sub(_date_figure, text)
    for m in _NUMBER_OR_WORD.finditer(text):
        if m.group(1):
            last = -1
            if dates or (word not in _MONTHS and not _YEAR.fullmatch(m.group(1))):
                out.append((word, _value(m.group(1))))
                last = len(out) - 1
            word = ""
        else:
            word = m.group(0).lower()
            if last >= 0 and word in _SCALES:
                out[last] = (out[last][0], _value(out[last][1], _SCALES[word]))
            elif last >= 0 and not dates and word in _MONTHS and _DAY.fullmatch(out[last][1]):
                out.pop()  # a day before its month ("3 March 2026") as after it
            last = -1
    return out


def _value(figure: str, scale: int = 0) -> str:
    """``figure`` (thousands commas left out) times ten to ``scale``, written without
    trailing zeros after a point: "12.0" -> "12", ("4.2", 6) -> "4200000".  A figure with
    two points (a version, a date "2.5.2026") is left as written."""
    if ":" in figure:  # a clock time, its hour without a leading zero
        hour, minute = figure.split(":")
        return f"{int(hour)}:{minute}"
    figure = figure.replace(",", "")
    if figure.count(".") > 1:
        return figure
    return format(decimal.Decimal(figure).scaleb(scale).normalize(), "f")


# A list of names of one outlet filled anew (next week's fixtures "Mardale v Oxley United,
# Westfield v Holme Bridge, ..."): a passage whose two sides are both at least LIST_NAMES
# capitalised words and numbers, and whose edits leave under LIST_SAME of it the same
# (rapidfuzz ratio), is a template too.  Chosen by hand: two weeks' invented fixtures lines
# are 68% names and 71 the same; a news sentence naming a person, a council and a road is 41%
# names, and a copy of it with one name corrected 95+ the same.  German capitalises every
# noun (about a third of the words), still under LIST_NAMES.
LIST_NAMES = 0.6
LIST_SAME = 90.0
_WORD = re.compile(r"\w+")


def _names_share(text: str) -> float:
    if not any(c.islower() for c in text):  # all caps (a telex, a notice): no names to tell
        return 0.0
    words = _WORD.findall(text)
    return sum(w[0].isupper() or w[0].isdigit() for w in words) / len(words) if words else 0.0


def template_like(
    a: str,
    b: str,
    dates: bool = True,
    outlets: frozenset[str] = frozenset(),
    form: Constants = NO_CONSTANTS,
) -> bool:
    """Whether two passages hold enough numbers and share few of them, are lists of names
    reordered or refilled, or are prose refilled with other names (see TEMPLATE_*, LIST_*,
    :func:`_renamed`); ``dates``: whether calendar dates count as numbers (see _MONTHS);
    ``outlets``: the articles' outlet names (:func:`outlet_titles`); ``form``: the names
    and figures the two articles share with a third filling of their outlet's form
    (:class:`.fillings.Fillings`), weighed as no shared evidence besides the weighing with
    them, and then a small figure (:data:`SMALL_FIGURE`) shared between other subjects is
    none either."""
    if min(_names_share(a), _names_share(b)) >= LIST_NAMES and fuzz.ratio(a, b) < LIST_SAME:
        return True
    if _rows_changed(a, b):
        return True
    return _weighed(a, b, dates, outlets, NO_CONSTANTS) or (
        form != NO_CONSTANTS and _weighed(a, b, dates, outlets, form)
    )


def _weighed(a: str, b: str, dates: bool, outlets: frozenset[str], form: Constants) -> bool:
    """The figures and names of :func:`template_like`, ``form``'s left out."""
    na, nb = numbers(a, dates), numbers(b, dates)
    if form.figures:
        na = [n for n in na if n[1] not in form.figures]
        nb = [n for n in nb if n[1] not in form.figures]
    common = Counter(na) & Counter(nb)  # list.count was quadratic
    shared = sum(common.values())
    telling = (
        shared if form == NO_CONSTANTS else sum(k for (_, v), k in common.items() if not _small(v))
    )
    if _renamed(a, b, outlets, form.names) and not telling:
        return True
    # a code only one side gives is a figure the other lacks (see _FORM_CODE)
    ca, cb = _codes(a), _codes(b)
    na += [("", c) for c in (ca - cb).elements()]
    nb += [("", c) for c in (cb - ca).elements()]
    if min(len(na), len(nb)) < TEMPLATE_NUMBERS:
        return False
    most = max(len(na), len(nb))
    if shared >= TEMPLATE_SHARED * most or _redated(a, b, na, nb, outlets):
        return False
    # a passage rounding the other's figures restates them, and is weighed on its own
    # figures: a release's two, both its report's rounded, are no refill of the report's
    # five (a review of NGO reports)
    rounded = _rounded(Counter(na) - Counter(nb), Counter(nb) - Counter(na))
    return shared + rounded < TEMPLATE_SHARED * (min(len(na), len(nb)) if rounded else most)


# A figure and its rounding are one figure: a release rounds its report's "31.4 per cent" to
# "31 per cent" and "1,184" to "almost 1,200" (a review of NGO reports: an organisation's
# report and its own release were read as its form refilled, and not linked).  Within
# ROUNDED_GAP of each other, so that a small count is not another's rounding ("3" of "3.4"),
# and only to a whole number of ROUNDED_MIN or more: the figures are read without their
# trailing zeros, so a market report's "4.10%" is "4.1", no rounding of another day's
# "4.12%" (a regression test of market reports).  A rounding to tens or more ("1,200")
# counts only after a word saying it is one ("almost", "about", "more than": _APPROX), and
# a year never: next week's "1,200 patients" is no rounding of this week's 1,184, nor "20"
# of "21" (a second review).  A priori: the rounding of a figure of two significant digits
# or more.
ROUNDED_GAP = 0.05
ROUNDED_MIN = 10
_APPROX = frozenset(
    (
        "almost",
        "nearly",
        "about",
        "around",
        "approximately",
        "roughly",
        "some",
        "than",
        "over",
        "under",
        "circa",
    )
)  # "more / less / fewer than"


def _rounded(
    a: Counter[tuple[str, str]], b: Counter[tuple[str, str]], told_only: bool = False
) -> int:
    """How many figures of ``a`` pair off with one of ``b`` that is its rounding, or whose
    rounding it is (see :data:`ROUNDED_GAP`); ``told_only``: only a rounding a word says
    is one ("almost 1,200"), for a sentence with no figure in common: one figure rounded
    by chance is no restatement (a third review: last year's stock paragraph with "25 per
    cent" was linked to this year's report with 24.8)."""
    left = list(b.elements())
    found = 0
    for wx, x in a.elements():
        for k, (wy, y) in enumerate(left):
            told = (wy in _APPROX, wx in _APPROX)
            if told_only and not any(told):
                continue
            if _rounds_to(x, y, told[0]) or _rounds_to(y, x, told[1]):
                found += 1
                del left[k]
                break
    return found


def _rounds_to(fine: str, coarse: str, told: bool = False) -> bool:
    """Whether the figure ``coarse`` is ``fine`` rounded to ``coarse``'s last digit, ``told``
    (a word before ``coarse`` says it is rounded: "about 31" of 31.4, "almost 1,200" of
    1,184; see :data:`ROUNDED_GAP`).  Figures are read without trailing zeros, so a "12.0"
    written plainly would look like the rounding of "12.3" (a code review): a word is needed."""
    if not told or _YEAR.fullmatch(fine) or _YEAR.fullmatch(coarse):
        return False
    try:
        f, c = decimal.Decimal(fine), decimal.Decimal(coarse)
    except decimal.InvalidOperation:
        return False
    if "." in coarse or abs(c) < ROUNDED_MIN or f == c:
        return False
    if abs(f - c) > decimal.Decimal(str(ROUNDED_GAP)) * abs(c):
        return False
    exponent = int(c.normalize().as_tuple().exponent)
    if exponent <= int(f.normalize().as_tuple().exponent):
        return False  # not coarser
    step = decimal.Decimal(1).scaleb(exponent)
    return (f / step).quantize(decimal.Decimal(1), rounding=decimal.ROUND_HALF_UP) * step == c


# Two tables of one form (a league table's rows by team, a price table's by station): when
# both passages hold at least TABLE_ROWS rows with figures under the same labels, more than
# ROWS_CHANGED of those rows with other figures make the form refilled (next week's table:
# every team has played one more game), fewer a copy with figures updated (a reprint with one
# price corrected).  Pooled, a league table's small counts and its positions 1-8 were shared
# by chance (37 of 59 figures: a review).  A priori: three rows, half of them.
TABLE_ROWS = 3
ROWS_CHANGED = 0.5
# A row is refilled when more than a third of its figures differ: a league table's row next
# week changes 3-4 of its 7 (played, a result column, points, often goal difference); a
# casualty list updated the same day one of a town's three (a review).  A priori.
ROW_REFILLED = 1 / 3
_ROW_LABEL = re.compile(r"[^\W\d_]+")


def _rows_changed(a: str, b: str) -> bool:
    """Whether most rows of two tables under the same labels have other figures (see
    :data:`TABLE_ROWS`, :data:`ROW_REFILLED`)."""
    ra, rb = _figure_rows(a), _figure_rows(b)
    common = ra.keys() & rb.keys()
    if len(common) < TABLE_ROWS:
        return False
    changed = sum(1 for key in common if _row_refilled(ra[key], rb[key]))
    return changed > ROWS_CHANGED * len(common)


def _row_refilled(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether more than ROW_REFILLED of two rows' figures differ, place by place."""
    differ = sum(1 for x, y in zip(a, b, strict=False) if x != y) + abs(len(a) - len(b))
    return differ > ROW_REFILLED * max(len(a), len(b))


def _figure_rows(text: str) -> dict[str, tuple[str, ...]]:
    """A passage's lines holding figures and words, by their words (the row's label)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        figures = tuple(_DIGITS.findall(line))
        label = " ".join(_ROW_LABEL.findall(line)).lower()
        if figures and label:
            out.setdefault(label, figures)
    return out


def _other_figures(a: str, b: str, dates: bool = True) -> bool:
    """Whether both passages hold a number and share none (:func:`numbers`): a paraphrase
    between two articles of one form whose figures all differ is the form's stock sentence
    about another event ("Police are appealing for witnesses after ... on Saturday 2 May" /
    "... on the A412 near Hallbury on Tuesday 5 May", "A 34-year-old man has been arrested
    on suspicion of ..." / "a 52-year-old man, was arrested on suspicion of ..."), too short
    for :data:`TEMPLATE_NUMBERS` (an audit of police statements: a force's appeals on
    unrelated incidents were linked by date on their opening line).  Only for paraphrase: an
    edited copy with its one figure corrected is still a copy, and a rewrite of the same
    event keeps its figures (or drops them, leaving none to weigh).  A figure counts as
    shared whatever word is before it: a rewrite rewords ("for £4.2 million" / "the £4.2
    million sale"), or rounded ("31.4 per cent" / "31 per cent", :func:`_rounds_to`)."""
    pa, pb = numbers(a, dates), numbers(b, dates)
    na, nb = {n for _, n in pa}, {n for _, n in pb}
    if not (na and nb) or na & nb:
        return False
    return not _rounded(Counter(pa), Counter(pb), told_only=True)


def _renamed(
    a: str, b: str, outlets: frozenset[str] = frozenset(), constant: frozenset[str] = frozenset()
) -> bool:
    """Whether both passages name someone or something (capitalised words inside a sentence,
    :func:`_subjects`) and no name is on both sides: an outlet's stock sentence refilled
    for another company, team or town ("The company, based in Kestle, makes camping gear" /
    "... based in Westby, makes natural gas"), where the figures are too few to tell (an
    audit of automated news).  A copy with a name corrected keeps the others; a sentence
    with a single name corrected and no figure on either side stays reuse only if another
    name is shared, which is the price of seeing the refilled ones.  Days and months: one
    both name is no name shared, and each side naming a day the other does not ("died on
    Monday" / "on Tuesday") is a refill too.  ``outlets``: the two articles' outlet names
    (:func:`outlet_titles`), no subject's where they stand whole; ``constant``: names of
    the outlet's form (:class:`.fillings.Constants`), no subject's either."""
    ma, mb = _subjects(a, outlets) - constant, _subjects(b, outlets) - constant
    if (ma & mb) - _CALENDAR:
        return False
    people = bool(ma - _CALENDAR) and bool(mb - _CALENDAR)
    days_a, days_b = ma & _CALENDAR, mb & _CALENDAR
    return people or (bool(days_a - days_b) and bool(days_b - days_a))


# Capitalised words that name a kind, not someone: a company's legal form and trade ("Ltd",
# "Foods", "Council": the suffixes of newstrace/data/org_suffixes.json), a job title's words
# ("Chief Financial Officer", "Managing Director"), a release's headings ("PRESS RELEASE",
# "Media contacts").  Two filled-in forms name them alike around their subjects, and a shared
# "Ltd" or "Chief ... Officer" had made a regulator's recall notices of two companies' products
# and a PR firm's appointment releases for four clients look like copies, not one form refilled
# (reviews of recalls and of people moves).  The articles' own outlet names ("produced by the
# Eastvale Post's commercial team") are left out too, and days and months are no subject
# both share ("with effect from 1 April"), nor a place's kind ("Street", "River").  Listed
# by hand.
_KIND_WORDS = frozenset(
    (
        *(w.lower().rstrip(".") for w in org_suffixes() | org_suffixes_after_a_name()),
        *("chief", "executive", "officer", "financial", "operating", "director", "directors"),
        *("chairman", "chairwoman", "chair", "chairperson", "president", "vice", "managing"),
        *("head", "founder", "manager", "board", "secretary", "minister", "spokesman"),
        *("spokeswoman", "spokesperson", "commissioner", "deputy", "interim", "acting", "senior"),
        *("press", "release", "statement", "media", "contact", "contacts", "enquiries"),
        *("notes", "editors", "ends", "about"),
        # a place's kind, the generic word of a street's or a river's name: two flood alerts
        # "for the River Arle" / "for the River Wend", two hygiene reports on "Bridge Street"
        # / "Fenwick Street" shared no subject but "River" and "Street" (a review of forms)
        *("street", "road", "lane", "avenue", "drive", "close", "way", "crescent", "terrace"),
        *("square", "row", "walk", "gardens", "river", "brook", "beck", "canal", "ward"),
        *("estate", "court", "hospital", "school", "church", "park", "bridge", "hill"),
    )
)


def _subjects(text: str, outlets: frozenset[str]) -> set[str]:
    """The names of ``text`` (:func:`.embed.names`) but kinds (:data:`_KIND_WORDS`) and the
    ``outlets`` named (their whole names, blanked: a town's name in the paper's, "Kestle" in
    "Kestle Gazette", is still a subject where it stands alone, a second review: a local
    paper's corrected update was read as its story refilled).  Days and months stay: a day
    refilled ("died on Monday" / "on Tuesday") is a form filled in anew, though a day or a
    month both name is no subject shared (:func:`_renamed`)."""
    for outlet in outlets:
        if len(outlet) >= OUTLET_NAME_MIN:
            whole = r"(?<!\w)" + re.escape(outlet) + r"(?!\w)"
            text = re.sub(whole, lambda m: " " * len(m.group()), text, flags=re.I)
    return names(text) - _KIND_WORDS


# An outlet's name shorter than this ("i", "AP") is not blanked: too many words hold it (a
# third review: the paper "i" blanked every letter i).  Whole words only ("The Sun" is not in
# "Sunderland").
OUTLET_NAME_MIN = 3


def outlet_titles(*articles: Article) -> frozenset[str]:
    """The articles' outlet names (the whole names, a leading "The" left out)."""
    return frozenset(
        re.sub(r"(?i)\Athe\s+", "", a.source.strip())
        for a in articles
        if a.source and a.source.strip()
    )


# A network of sites under many names filling in one form (a chain of town-named "local news"
# sites each printing the machine-made tax story of its own town, figures and names refilled):
# outlets linked by edited or paraphrase passages whose figures all differ (:func:`_refilled`),
# each with at least two others of them, at least NETWORK_OUTLETS outlets in all,
# are weighed as one outlet (a review: six towns' stories were wholly or 100%/100% each
# other's copies, and a paper pasting two sentences of its own town's story was traced to the
# other towns' stories).  Two outlets are not enough: a rival refilling a story with its own
# figures, or a copy with its figures updated, is one pair of outlets, and updated figures
# are too few to look refilled.  Three, a priori: the fewest that make a form, as for an
# outlet's own boilerplate (MIN_ARTICLES).
NETWORK_OUTLETS = 3


def template_networks(
    alignments: Sequence[Alignment],
    articles: Mapping[str, Article],
    bounds: dict[str, tuple[list[int], list[int]]],
    spans: Mapping[str, Sequence[tuple[int, int]]],
) -> dict[str, str]:
    """Outlet name -> its network's name (the smallest of its outlets' names), for the outlets
    of a network (see :data:`NETWORK_OUTLETS`); ``bounds``: a sentence cache, as
    :func:`flag_templates` keeps."""
    linked: dict[str, set[str]] = defaultdict(set)
    for al in alignments:
        a, b = articles[al.source.article_id], articles[al.target.article_id]
        if al.boilerplate or al.kind == "verbatim" or not a.source or not b.source:
            continue
        if a.source == b.source or b.source in linked[a.source] or is_wire(a) or is_wire(b):
            continue  # (an agency's story is the one papers update, not a form they share)
        sa = _in_sentences(a, al.source, bounds, spans.get(a.id, ()))
        sb = _in_sentences(b, al.target, bounds, spans.get(b.id, ()))
        if _refilled(sa, sb, outlet_titles(a, b)):
            linked[a.source].add(b.source)
            linked[b.source].add(a.source)
    core = {o: set(n) for o, n in linked.items() if n}
    while weak := [o for o, n in core.items() if len(n) < 2]:  # each linked to two others
        for o in weak:
            for n in core.pop(o):
                core.get(n, set()).discard(o)
    out: dict[str, str] = {}
    for outlet in sorted(core):
        if outlet in out:
            continue
        seen, todo = {outlet}, [outlet]
        while todo:
            for n in core[todo.pop()] - seen:
                seen.add(n)
                todo.append(n)
        if len(seen) >= NETWORK_OUTLETS:
            out.update(dict.fromkeys(seen, min(seen)))
    return out


def _refilled(a: str, b: str, outlets: frozenset[str] = frozenset()) -> bool:
    """Whether two passages each hold :data:`TEMPLATE_NUMBERS` figures or more, calendar dates
    aside, and share none, and each names someone or something the other does not (another
    town, another company): one form filled in for two subjects.  Stricter than
    :func:`template_like`, which one outlet's articles are weighed by: rewrites of one event
    by several outlets share some of its figures (a council's release, a paper's rewrite and
    a brief made a network under "fewer than half shared"), and papers updating one agency
    story through the day (a death toll, prices) change all its figures but name the same
    places and people (a second review: their copies were one network's form).  Names as
    :func:`_subjects` (``outlets``: the two outlets' names)."""
    na, nb = ({n for _, n in numbers(x, False)} for x in (a, b))
    if min(len(na), len(nb)) < TEMPLATE_NUMBERS or na & nb:
        return False
    ma, mb = _subjects(a, outlets), _subjects(b, outlets)
    return bool(ma - mb) and bool(mb - ma)


def _in_one_network(a: Article, b: Article, network: Mapping[str, str]) -> bool:
    """Whether ``a`` and ``b`` are of two outlets of one network (:func:`template_networks`)."""
    na = network.get(a.source or "")
    return na is not None and na == network.get(b.source or "")


def flag_templates(
    alignments: Iterable[Alignment],
    articles: Mapping[str, Article],
    copies: Mapping[str, Iterable[str]] | None = None,
    spans: Mapping[str, Sequence[tuple[int, int]]] | None = None,
) -> list[Alignment]:
    """Alignments with ``boilerplate`` set where they are an outlet's template (see above).

    Each side is weighed with the rest of the sentences it starts and ends in: the aligner
    ends a passage where the words stop matching, which in a template is where its figures
    begin ("Calder shares rose on Monday, with the Calder 100 index closing" | "0.8 per cent
    higher ..."), so the passage alone can hold too few of them, or a number cut in two.

    ``copies`` maps an article to the articles it copied (:func:`copy_map`): an article of
    another outlet that reprints or quotes one of the
    outlet's templated reports is weighed against the outlet's other reports as the outlet's
    own article would be (a paper's reprint of one company's automated earnings story was
    linked to the eight other companies' stories of that day by their common form).

    ``spans`` (an article's boilerplate sentences, :func:`table_spans`) are left out of the
    sides weighed: a template sentence that runs on into the outlet's stock closing line
    ("Brent crude settled at $78.40 ... Market close reports are compiled ... at 4:30 p.m.")
    shared the closing line's figures and passed for a copy with a figure changed."""
    alignments = list(alignments)
    kin = copy_map(alignments, {}) if copies is None else copies
    out: list[Alignment] = []
    bounds: dict[str, tuple[list[int], list[int]]] = {}
    fillings = Fillings(
        alignments,
        articles,
        lambda text: _subjects(text, frozenset()) - _CALENDAR,
        lambda text: {v for _, v in numbers(text)},
    )
    taken = _taken_text(alignments, articles, kin)
    kin = _with_prints(kin, taken, alignments, articles, fillings)
    releases = _Releases(alignments)
    plain = _plain_lines(alignments, articles)
    network = template_networks(alignments, articles, bounds, spans or {})
    for al in alignments:
        a, b = articles[al.source.article_id], articles[al.target.article_id]
        if al.boilerplate or not (
            _one_form(a, b, articles, kin, releases)
            or _reprints_of_one(al, taken)
            or _in_one_network(a, b, network)
        ):
            out.append(al)
            continue
        sa = _in_sentences(a, al.source, bounds, (spans or {}).get(a.id, ()))
        sb = _in_sentences(b, al.target, bounds, (spans or {}).get(b.id, ()))
        stub = al.kind != "paraphrase" and _cut_short(al, (a.text, b.text), bounds)
        stock = id(al) in plain and _stock_line(al, (a.text, b.text), bounds)
        form, fa, fb = _form(a, b, kin, fillings)
        stock = stock or _form_text(al, (a, b), form, articles, fillings)
        if al.kind == "verbatim" and not stub and not stock:
            out.append(al)
            continue
        dates = not _two_organisations(a, b, articles, kin, releases)
        flagged = (
            stock
            or template_like(sa, sb, dates, outlet_titles(a, b), form)
            or (
                al.kind != "verbatim"
                and bool(form.thirds)
                and fillings.name_their_own(fa, fb, sa, sb)
            )
            or ((al.kind == "paraphrase" or stub) and _other_figures(sa, sb, dates))
            or (al.kind == "edited" and _other_figures(sa, sb, dates) and _reworded(sa, sb))
            or (_table_heading(sa) and _table_heading(sb))
            or (al.kind == "paraphrase" and bool(_ADDRESS.search(sa) and _ADDRESS.search(sb)))
        )  # (a stub, verbatim or edited, whose sentences' figures all differ: a review found
        # "He has been remanded in custody and is due to appear before ... Court on" | "Wednesday
        # 7 May" / "She has been ..." | "Thursday 8 May" linking two charge statements)
        out.append(dataclasses.replace(al, boilerplate=True) if flagged else al)
    return out


# A short verbatim or edited passage that is a name and nothing else ("in the Journal of
# Ageing and Metabolic Health.", "at Harwick Crown Court on Monday"): every story on one study
# names its journal, every report of one hearing its court; a name shared is no text reused
# (a review of research news: a brief and an agency's story of one study were linked by the
# journal's name alone).  At most NAME_PASSAGE_MAX characters (a priori: a long name with its
# preposition); opening in small letters, with a preposition or a verb (a headline in title
# case is text: "Lindsay Lohan Checks Into Rehab at Betty Ford Center", ECB+); its words
# capitalised but for joining words, days and months.
NAME_PASSAGE_MAX = 80
NAME_LEAD_WORDS = 1  # a verb before it: "(published|described) in the Journal of ..."
_NAME_JOINING = frozenset({
    "a", "an", "the", "of", "and", "for", "in", "on", "at", "to", "by",
    "de", "la", "le", "du", "des", "der", "die", "das", "van", "von", "y", "e", "et",
})  # fmt: skip


def flag_names(alignments: Iterable[Alignment], articles: Mapping[str, Article]) -> list[Alignment]:
    """Alignments with ``boilerplate`` set on a passage that is only a name (see
    :data:`NAME_PASSAGE_MAX`)."""
    out = []
    for al in alignments:
        art = articles.get(al.target.article_id)
        side = art.text[al.target.start : al.target.end] if art is not None else ""
        if side and not al.boilerplate and al.kind != "paraphrase" and _only_a_name(side):
            al = dataclasses.replace(al, boilerplate=True)
        out.append(al)
    return out


def _only_a_name(text: str) -> bool:
    """Whether ``text`` is short and its words are a name's (see :data:`NAME_PASSAGE_MAX`)."""
    if len(text) > NAME_PASSAGE_MAX or any(c.isdigit() for c in text):
        return False
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", text)
    if not words or words[0][0].isupper():
        return False  # a title-case headline ("Lindsay Lohan Checks Into Rehab at ...")
    first = next((k for k, w in enumerate(words) if w[0].isupper()), len(words))
    lead = [w for w in words[:first] if w.lower() not in _NAME_JOINING]
    words = words[first:]  # after at most NAME_LEAD_WORDS words ("published in", "held at")
    named = [w for w in words if w[0].isupper() and w.lower() not in _CALENDAR]
    rest = [w for w in words if not w[0].isupper() or w.lower() in _CALENDAR]
    return (
        len(lead) <= NAME_LEAD_WORDS
        and len(named) >= 2
        and all(w.lower() in _NAME_JOINING | _CALENDAR for w in rest)
    )


def _cut_short(
    al: Alignment,
    texts: tuple[str, str],
    bounds: Mapping[str, tuple[list[int], list[int]]],
) -> bool:
    """Whether a verbatim (or edited) passage is cut inside a sentence and is a stock line:
    the aligner stops where the words stop matching, and a form's stock sentence is matched
    up to its figures ("Anyone with information should call
    101 quoting incident" | "118 of 2 November" / "677 of 18 November": a review, one paper's
    stories on a fire and a crash were linked by it).  Stock: a stub (the whole sentences it
    holds shorter than its cut part), or whole sentences that name nothing (a force's
    "Officers are keen to hear from anyone who was in the area ..." paragraphs).  A passage
    of whole sentences copied word for word is a copy (an agency's lead after its dateline
    is a whole sentence), and so is one whose whole sentences tell a story by name (an
    update adding a helpline number to its last sentence: a review found its 660 unchanged
    characters flagged as the form).  ``texts``: the source's and the target's;
    ``bounds``: their sentences' starts and ends, as :func:`_in_sentences` read them."""
    sides = ((al.source, texts[0]), (al.target, texts[1]))
    if not any(_cuts(span, text, bounds.get(span.article_id)) for span, text in sides):
        return False
    return all(_stock(span, text, bounds.get(span.article_id)) for span, text in sides)


# A verbatim passage of one form's articles at most STOCK_LINE_MAX characters long, holding
# no figure and naming nothing (:func:`_stock`), is a stock line of the form: a live page's
# "We will bring you updates as we get them.", a Q&A's "Where can I find out more?" (a review:
# two live pages of one outlet on a gas leak and a bonfire night were linked by it).  Two
# stories of one outlet repeating a sentence that names nothing and counts nothing share no
# news.  A priori: two short sentences.
STOCK_LINE_MAX = 160


def _plain_lines(alignments: Sequence[Alignment], articles: Mapping[str, Article]) -> set[int]:
    """The ``id`` of each verbatim passage that may be a stock line (:func:`_stock_line`): of
    a pair whose short verbatim passages with no figure hold at most STOCK_LINE_MAX
    characters in all.  More is a story's plain sentences kept ("Nobody was hurt.", "The
    cause of the fire is not yet known.", three paragraphs of a follow-up: a review of this
    rule), not one line of a form."""
    by_pair: dict[tuple[str, str], list[Alignment]] = defaultdict(list)
    for al in alignments:
        if al.kind == "verbatim" and not al.boilerplate:
            text = articles[al.target.article_id].text[al.target.start : al.target.end]
            if len(text) <= STOCK_LINE_MAX and not any(c.isdigit() for c in text):
                by_pair[(al.source.article_id, al.target.article_id)].append(al)
    return {
        id(al)
        for als in by_pair.values()
        if sum(al.target.end - al.target.start for al in als) <= STOCK_LINE_MAX
        for al in als
    }


def _stock_line(
    al: Alignment, texts: tuple[str, str], bounds: Mapping[str, tuple[list[int], list[int]]]
) -> bool:
    """Whether a verbatim passage is a short stock line (see :data:`STOCK_LINE_MAX`), given
    plainly in both (a letter quoting "nobody at the town hall seems to have asked ..." of
    the paper's column quotes it: a review of this rule)."""
    span, text = al.target, texts[1]
    line = text[span.start : span.end]
    if len(line) > STOCK_LINE_MAX or any(c.isdigit() for c in line):
        return False
    sides = ((al.source, texts[0]), (al.target, texts[1]))
    if any(_in_quotes(side, t) for side, t in sides):
        return False
    return _stock(span, text, bounds.get(span.article_id)) and not names(line) - _CALENDAR


def _in_quotes(span: Span, text: str) -> bool:
    """Whether ``span`` overlaps a quoted passage of ``text``."""
    return any(s < span.end and span.start < e for s, e in quoted_spans(text))


def _cuts(span: Span, text: str, sentences: tuple[list[int], list[int]] | None) -> bool:
    """Whether ``span`` starts or ends inside a sentence."""
    if sentences is None:
        return False
    starts, ends = sentences
    first = bisect.bisect_right(ends, span.start)
    # (an agency's dateline, "COLBURY, England (NPA) - ", is no part of its lead's sentence)
    if (
        first < len(starts)
        and starts[first] < span.start
        and dateline_end(text, starts[first], span.start + 1) < span.start
    ):
        return True
    last = bisect.bisect_left(starts, span.end) - 1
    return last >= 0 and ends[last] > span.end


_WEEKDAYS = frozenset(WEEKDAYS)
_CALENDAR = _MONTHS | _WEEKDAYS  # capitalised words that name no one


def _stock(span: Span, text: str, sentences: tuple[list[int], list[int]] | None) -> bool:
    """Whether ``span`` is a stub (:func:`_cut_short`) or its whole sentences name nothing."""
    if sentences is None:
        return True
    whole = [(s, e) for s, e in zip(*sentences, strict=True) if s >= span.start and e <= span.end]
    held = sum(e - s for s, e in whole)
    if held < (span.end - span.start) - held:
        return True
    return not any(
        m.group().lower() not in _CALENDAR for s, e in whole for m in _PROPER.finditer(text, s, e)
    )


# A proper name inside a sentence: a capitalised word in small letters after a word in small
# letters or a comma ("at Colbury General Hospital", "The operator, Valley Travel"), not an
# acronym ("CCTV") nor a sentence's first word.  Narrower than :func:`.embed.names`, which
# takes acronyms and words after a capitalised one: a stock line naming only "CCTV" or
# "A&E" names no one.
_PROPER = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")


# An edited passage whose figures all differ is the form's stock sentence refilled when, its
# digits left out, it keeps under REWORDED_SAME (fuzz.ratio) of its words alike, and what
# follows the words the two open with shares under REFILL_SHARED of the shorter's words:
# "Police are appealing for witnesses after a fire at a disused warehouse on Canal Street,
# Harwick, ..." / "... after a serious crash on the Harwick Ring Road ..." (72; after the
# opening, 2 of 9 words shared: the town and the month); a copy with its figure corrected is
# alike but for the figure (100), and an update's lead with its count raised and words
# changed tells of the same event after its opening ("At least 12 people were killed when a
# coach overturned near Colbury ..." / "At least 15 ... coach carrying festival-goers
# overturned near Colbury ...": 78, but 8 of 11 words shared, and a name; a review).  Words
# shared without a name shared are the form's too ("Six fire engines were sent after the
# alarm was raised at about 2.40am" / "Eight fire engines attended after the alarm was raised
# at about 9.15pm").  Chosen by reasoning on those cases, not tuned.
REWORDED_SAME = 80
REFILL_SHARED = 0.5


def _reworded(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ in more than their figures (:data:`REWORDED_SAME`) and
    tell of other things after their common opening (:data:`REFILL_SHARED`), or share no
    name there (:func:`.embed.names`, days and months aside)."""
    if fuzz.ratio(_DIGITS.sub("", a), _DIGITS.sub("", b)) >= REWORDED_SAME:
        return False
    wa, wb = _REFILL_WORD.findall(a.lower()), _REFILL_WORD.findall(b.lower())
    k = 0
    while k < min(len(wa), len(wb)) and wa[k] == wb[k]:
        k += 1
    ra, rb = set(wa[k:]) - _CALENDAR, set(wb[k:]) - _CALENDAR
    short = min(len(ra), len(rb))
    if not short or len(ra & rb) < REFILL_SHARED * short:
        return True
    return not (names(a) & names(b)) - _CALENDAR


_REFILL_WORD = re.compile(r"[^\W\d_]{4,}")  # words of four letters or more ("coach", "near")
_DIGITS = re.compile(r"\d+(?:[.,:]\d+)*")


def _table_heading(text: str) -> bool:
    """Whether ``text`` is a table's heading: a row of cells ("| | first quarter | Prior year
    | Change |") and no figure anywhere.  Two of one outlet's results tables share it with
    the period changed, its form (a review: two quarters' releases were related by it)."""
    rows = [line for line in text.splitlines() if line.count("|") >= 2]
    return bool(rows) and not any(ch.isdigit() for ch in text)


def copy_map(alignments: Iterable[Alignment], canonical: Mapping[str, str]) -> dict[str, set[str]]:
    """What each article copied: its duplicate group's canonical article (``canonical``: a
    member's, the canonical's own left out) and the sources of its verbatim passages
    (boilerplate aside).  Only the copy's side: the original of an aggregator's excerpt
    copied nothing from the aggregator (counted both ways, an outlet's story was weighed as
    the aggregator's template against the aggregator's briefing summarising it)."""
    out: dict[str, set[str]] = defaultdict(set)
    for art, canon in canonical.items():
        if art != canon:
            out[art].add(canon)
    for al in alignments:
        if al.kind == "verbatim" and not al.boilerplate:
            out[al.target.article_id].add(al.source.article_id)
    return out


def _form(
    a: Article, b: Article, kin: Mapping[str, Iterable[str]], fillings: Fillings
) -> tuple[Constants, Article, Article]:
    """The form constants of ``a`` and ``b`` (:meth:`.fillings.Fillings.constants`), an
    article of another outlet standing for the filling it copied (``kin``): a paper
    printing one school's admission notice holds the round's dates as the notice does, and
    two papers printing two of a charity's appeals hold the charity's; with the two
    fillings weighed (``a`` and ``b`` when there are none)."""
    if a.source == b.source:
        return fillings.constants(a, b), a, b
    for outlet in sorted(_outlets_of(a, kin, fillings) & _outlets_of(b, kin, fillings)):
        fa, fb = fillings.stand_in(a, outlet, kin), fillings.stand_in(b, outlet, kin)
        if fa is not None and fb is not None and fa.id != fb.id:
            form = fillings.constants(fa, fb)
            if form != NO_CONSTANTS:
                return form, fa, fb
    return NO_CONSTANTS, a, b


def _outlets_of(art: Article, kin: Mapping[str, Iterable[str]], fillings: Fillings) -> set[str]:
    """``art``'s outlet and those of the articles it copied (``kin``)."""
    return ({art.source or ""} | fillings.sources(kin.get(art.id, ()))) - {""}


# A short edited passage is a line of the form when a third filling holds the line
# refilled too, each side at least this like it (rapidfuzz ratio; the aligner's EDITED_RATIO
# and more, a priori): "Donate at hartwellaid.org/veloria or call ..." / ".../marovan" with
# ".../kesh" in the third appeal.
FORM_LINE_RATIO = 80.0


def _form_text(
    al: Alignment,
    arts: tuple[Article, Article],
    form: Constants,
    articles: Mapping[str, Article],
    fillings: Fillings,
) -> bool:
    """Whether ``al`` (between ``arts``) is the form's stock text (``form``): verbatim, its
    words stand word for word in a third filling, or edited and at most
    :data:`STOCK_LINE_MAX` long, a third filling holds it refilled (:data:`FORM_LINE_RATIO`).
    Such as a charity's chief executive's quote and its donation line in every appeal,
    which two papers printing two of its appeals share (a review of charity appeals: the
    papers were read as sharing an unseen source)."""
    if not form.thirds or al.kind == "paraphrase":
        return False
    sa = arts[0].text[al.source.start : al.source.end].strip()
    if al.kind == "verbatim":
        return bool(sa) and any(c in articles and sa in articles[c].text for c in form.thirds)
    sb = arts[1].text[al.target.start : al.target.end].strip()
    if max(len(sa), len(sb)) > STOCK_LINE_MAX:
        return False
    return any(
        line not in (sa, sb) and min(fuzz.ratio(line, sa), fuzz.ratio(line, sb)) >= FORM_LINE_RATIO
        for c in form.thirds
        if c in articles
        for line in fillings.lines(articles[c])
    )


# An edited passage scoring this or more is a copy as a verbatim one is: the same words with
# quote marks or a figure changed, or paragraphs moved (the aligner's VERBATIM_RATIO, which
# REORDERED_RATIO shares).  Read so only between a filling of a form and another outlet's
# article, undated (:func:`_with_prints`): between two organisations' releases of one
# wire's form it made each the other's copy (the earnings gold).
COPY_SCORE = VERBATIM_RATIO / 100


def _with_prints(
    kin: Mapping[str, Iterable[str]],
    taken: dict[str, dict[str, list[tuple[int, int]]]],
    alignments: Iterable[Alignment],
    articles: Mapping[str, Article],
    fillings: Fillings,
) -> Mapping[str, Iterable[str]]:
    """``kin`` and what another outlet's article printed of a filling of a form
    (:meth:`.fillings.Fillings.fills_a_form`) when either is undated: its verbatim passages
    with the filling, whichever way they run, and its edited ones of :data:`COPY_SCORE`
    with the same figures and names, their spans added to ``taken`` (:func:`_taken_text`).
    Undated, a verbatim passage runs either way, and a council's road-closure order printed
    by a paper was recorded as the paper's copy, so the paper was not weighed as the
    council's form against its other orders and shared an unseen source with each of them;
    a paper's funeral notice, its quote marks changed, was no copy at all (a review of
    forms in other domains).  Dated, the order stands: an agency's results stories, each
    naming its company, are fillings of its form that copy the companies' releases."""
    out: dict[str, set[str]] = defaultdict(set)
    for art, copied in kin.items():
        out[art].update(copied)
    for al in alignments:
        if al.boilerplate:  # (as copy_map: the outlet's stock text is no print)
            continue
        verbatim = al.kind == "verbatim"
        if not verbatim and not (al.kind == "edited" and al.score >= COPY_SCORE):
            continue
        for x, y in ((al.source, al.target), (al.target, al.source)):
            printer, printed = articles.get(x.article_id), articles.get(y.article_id)
            if (
                printer is not None
                and printed is not None
                and _printed(printer, printed, fillings)
                and (verbatim or _same_facts(al, articles))
            ):
                out[printer.id].add(printed.id)
                taken[printer.id][printed.source or ""].append((x.start, x.end))
    return out


def _same_facts(al: Alignment, articles: Mapping[str, Article]) -> bool:
    """Whether the two sides of ``al`` give the same figures and names: a print of a text
    (its quote marks or paragraphs changed), not the form's stock sentence refilled (an
    agency's "... reported a 9% rise in third-quarter revenue" of another company)."""
    a, b = articles[al.source.article_id], articles[al.target.article_id]
    sa = a.text[al.source.start : al.source.end]
    sb = b.text[al.target.start : al.target.end]
    return Counter(v for _, v in numbers(sa)) == Counter(v for _, v in numbers(sb)) and (
        names(sa) == names(sb)
    )


def _printed(art: Article, filling: Article, fillings: Fillings) -> bool:
    """Whether ``art``, of another outlet, holds text of ``filling``, a filling of its
    outlet's form, as the filling's print (one of them undated; see above).  Not a release:
    undated, an agency's results stories, fillings of its form, quote the companies'
    releases, and turned round each release was weighed as the agency's form against the
    agency's other stories (a company's release then shared an unseen source with another
    company's)."""
    return (
        bool(filling.source)
        and art.source != filling.source
        and not (art.published and filling.published)
        and not fillings.a_release(art)
        and fillings.fills_a_form(filling)
    )


def _one_form(
    a: Article,
    b: Article,
    articles: Mapping[str, Article],
    kin: Mapping[str, Iterable[str]],
    releases: Callable[[Article, Article], bool],
) -> bool:
    """Whether ``a`` and ``b`` are of one named outlet, two releases (``releases``: the
    memoised :func:`_two_releases`),
    or one of them copies another article of the other's outlet (see :func:`flag_templates`)
    and not the other itself: a live blog quoting two of an agency's stories word for word
    and rewriting others of their paragraphs rewrote its sources, it did not fill in their
    form (an audit: the rewritten entries, same figures after other words, were flagged as
    the agency's template)."""
    if not a.source or not b.source:
        return False
    if a.source == b.source or releases(a, b):
        return True
    return any(
        c != other.id and c in articles and articles[c].source == other.source
        for art, other in ((a, b), (b, a))
        if other.id not in kin.get(art.id, ())
        for c in kin.get(art.id, ())
    )


# Share of a passage's side that must lie in text its article took from one outlet (a whole
# reprint of one of its articles, or verbatim passages from its articles) for two reprints of
# that outlet's articles to be weighed as the outlet's own (the sibling rule's 80%, a priori).
TAKEN_COVER = 0.8


def _taken_text(
    alignments: Sequence[Alignment],
    articles: Mapping[str, Article],
    kin: Mapping[str, Iterable[str]],
) -> dict[str, dict[str, list[tuple[int, int]]]]:
    """Per article and outlet, the spans of its text taken word for word from that outlet's
    articles: all of it for a duplicate of one (a ``kin`` article it has no verbatim passage
    with), its verbatim passages' spans otherwise."""
    out: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    passages: dict[str, set[str]] = defaultdict(set)
    for al in alignments:
        src = articles.get(al.source.article_id)
        if al.kind == "verbatim" and not al.boilerplate and src is not None and src.source:
            out[al.target.article_id][src.source].append((al.target.start, al.target.end))
            passages[al.target.article_id].add(src.id)
    for art, copied in kin.items():
        for c in set(copied) - passages[art]:
            if c in articles and articles[c].source and art in articles:
                out[art][articles[c].source or ""].append((0, len(articles[art].text)))
    return out


def _reprints_of_one(
    al: Alignment, taken: Mapping[str, Mapping[str, list[tuple[int, int]]]]
) -> bool:
    """Whether both sides of ``al`` lie in text their articles took from one outlet
    (:func:`_taken_text`, :data:`TAKEN_COVER`): two papers' reprints of an agency's results
    stories on two companies share the agency's form, not each other's text (an audit: the
    reprints were read as sharing an unseen source)."""
    sides = (
        (al.source, taken.get(al.source.article_id, {})),
        (al.target, taken.get(al.target.article_id, {})),
    )
    common = set(sides[0][1]) & set(sides[1][1])
    return any(
        all(_covered_in(span, of[outlet]) >= TAKEN_COVER * span.length for span, of in sides)
        for outlet in common
    )


def _covered_in(span: Span, spans: list[tuple[int, int]]) -> int:
    """Characters of ``span`` inside ``spans``."""
    return covered(
        (max(s, span.start), min(e, span.end)) for s, e in spans if s < span.end and e > span.start
    )


def _copied_outlets(
    art: Article, articles: Mapping[str, Article], kin: Mapping[str, Iterable[str]]
) -> set[str]:
    """The outlets of the articles ``art`` copied (:func:`copy_map`)."""
    return {articles[c].source or "" for c in kin.get(art.id, ()) if c in articles} - {""}


def _two_organisations(
    a: Article,
    b: Article,
    articles: Mapping[str, Article],
    kin: Mapping[str, Iterable[str]],
    releases: Callable[[Article, Article], bool],
) -> bool:
    """Whether ``a`` and ``b`` are releases (``releases``, :func:`_two_releases`) carrying
    the text of two different outlets (:func:`_origins`): two organisations' releases,
    whose common dates are no sign of a copy (see _MONTHS)."""
    return releases(a, b) and not _origins(a, articles, kin) & _origins(b, articles, kin)


def _origins(
    art: Article, articles: Mapping[str, Article], kin: Mapping[str, Iterable[str]]
) -> set[str]:
    """The outlets whose text ``art`` carries: those of the articles it copied, else its own
    (an investor site posting two companies' releases carries the two companies')."""
    return _copied_outlets(art, articles, kin) or {art.source or ""}


class _Releases:
    """:func:`_two_releases` with the marks a copier shares with the other left out (the copier:
    the one whose text names the other's outlet, not named back, :func:`_about`): a
    paper's rewrite of a release that ends with the release's press-contact block, or its
    "Notes to editors", copied is no second release (a review: its rewritten sentences,
    figures rounded, were weighed as the release's form refilled and flagged, "non" at 0.15
    where 0.76 without the block)."""

    def __init__(self, alignments: Iterable[Alignment]) -> None:
        self._known: dict[frozenset[str], bool] = {}
        self._shared: dict[frozenset[str], dict[str, list[tuple[int, int]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for al in alignments:
            if al.kind != "verbatim":
                continue
            key = frozenset((al.source.article_id, al.target.article_id))
            for side in (al.source, al.target):
                self._shared[key][side.article_id].append((side.start, side.end))

    def __call__(self, a: Article, b: Article) -> bool:
        key = frozenset((a.id, b.id))
        if key not in self._known:  # (asked for each alignment of a pair, twice)
            self._known[key] = self._decide(a, b)
        return self._known[key]

    def _decide(self, a: Article, b: Article) -> bool:
        if not _two_releases(a, b):
            return False
        shared = self._shared.get(frozenset((a.id, b.id)), {})
        for copier, other in ((a, b), (b, a)):
            # a text about the other's issuer, which names neither it back: its copy
            if _about(copier.text, other.source) and not _about(other.text, copier.source, 0):
                if _DISTRIBUTED.search(copier.text):
                    return True  # a distributor's copy of the issuer's release is a release
                return _marks_outside(copier, shared.get(copier.id, []))
        return True  # two issuers' releases (on one PR firm's form, say): two releases


# A distributor's notice under a release it carries ("This content was distributed by
# Brightwire on behalf of the issuer."): the copy is a release, its marks its own (a review:
# a distributor's copy of one quarter's release was linked to the issuer's release of another).
_DISTRIBUTED = re.compile(
    r"\b(?:distributed|issued|disseminated|published)\s+(?:by|via|through)\b[^.\n]{0,60}"
    r"\bon\s+behalf\s+of\b",
    re.IGNORECASE,
)


def _about(text: str, outlet: str | None, first_word: int = 1) -> bool:
    """Whether ``text`` names ``outlet``, in full (letters and digits compared, so a contact
    address "press@kelmbach-utilities.example" names Kelmbach Utilities) or, with
    ``first_word``, by its first word ("Kelmbach" for Kelmbach Utilities, a paper writing of
    "the utility" after it; a town's paper and its utility share that word, so a release
    names a paper back only in full)."""
    words = re.findall(r"[^\W\d_]+", (outlet or "").lower())
    if not words:
        return False
    key = "".join(words)
    if len(key) > 3 and key in re.sub(r"[\W_]+", "", text.lower()):
        return True
    first = words[1] if words[0] == "the" and len(words) > 1 else words[0]
    return (
        bool(first_word)
        and len(first) > 4
        and first not in _GENERIC
        and re.search(rf"\b{re.escape(first)}\b", text, re.IGNORECASE) is not None
    )


# Words an organisation's name may open with that name no one ("National", "City") — so a
# text naming "the city" is not about "City Trust".
_GENERIC = frozenset(
    ("national", "royal", "city", "county", "north", "south", "east", "west", "central",
     "united", "british", "global", "first", "great", "greater", "international")
)  # fmt: skip


def _marks_outside(art: Article, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``art`` carries a release's own mark outside ``spans`` of its text."""
    if not spans:
        return True
    return own_release_marks(blanked(art.text, spans, "\n")) > 0


def _two_releases(a: Article, b: Article) -> bool:
    """Whether both articles carry a press release's own marks
    (:func:`.provenance.own_release_marks`: contact lines, "Ends", not the "X said:" line or
    "press release" a news story carries too): two organisations' releases filled in from one
    form (an audit: three companies' results releases of one day, "Revenue rose 12% to $412.6
    million", "reaffirms full-year guidance", the same law firm's safe-harbour paragraph,
    were read as each derived from the first)."""
    return own_release_marks(a.text) > 0 and own_release_marks(b.text) > 0


def _in_sentences(
    art: Article,
    span: Span,
    cache: dict[str, tuple[list[int], list[int]]],
    skip: Sequence[tuple[int, int]] = (),
) -> str:
    """The text of ``span`` widened to the whole sentences it starts and ends in, the
    ``skip`` spans in it blanked (unless that leaves nothing)."""
    if art.id not in cache:
        spans = sentence_spans(art.text)
        cache[art.id] = ([s for s, _ in spans], [e for _, e in spans])
    starts, ends = cache[art.id]
    first = bisect.bisect_right(ends, span.start)  # the sentence the span starts in
    last = bisect.bisect_left(starts, span.end) - 1  # the sentence it ends in
    start = min(span.start, starts[first]) if first < len(starts) else span.start
    end = max(span.end, ends[last]) if last >= 0 else span.end
    text = blanked(art.text[start:end], [(s - start, e - start) for s, e in skip])
    return text if text.strip() else art.text[start:end]
