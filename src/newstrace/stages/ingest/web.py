"""Readers for web pages: HTML via trafilatura, WARC archives via fastwarc."""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Iterator
from typing import IO, Any
from urllib.parse import urlsplit

from newstrace.config.ingest import IngestSettings
from newstrace.records import Article
from newstrace.stages.ingest.article import domain, make_article, normalize_date
from newstrace.stages.ingest.chrome import body_start, page_dateline, without_closing_notice
from newstrace.stages.ingest.decode import DecodeError, decode
from newstrace.stages.ingest.inputs import Skip
from newstrace.stages.ingest.readers import finish
from newstrace.stages.ingest.stated import stated_line

log = logging.getLogger(__name__)

# Elements dropped before extraction: figures and their captions are not article text
# (trafilatura keeps <figcaption> text otherwise).  Also page chrome that sites put inside the
# article's own element and trafilatura keeps (an audit of invented news pages): an author
# bio box of class "bio" (shared by two unrelated articles of one writer, it linked them), a
# paragraph that is one link with a short label ("Read more: <another headline>": the
# headline matched the lead of the article it names and linked the two; the link is most of
# the paragraph: "Shares of <a>Acme</a> fell 5%." is news), and a label
# paragraph ("Related stories:") over a list made only of links (the list itself is dropped).
_ONE_TOKEN = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"
_LINK_LIST = "self::ul or self::ol][not(li[not(a) or normalize-space(.) != normalize-space(a)])"
LINK_LABEL_CHARS = 24  # "Read more: ", "See also - ", "Related: " with room; not a sentence
PRUNE_XPATH = [
    "//figure",
    "//figcaption",
    "//*[contains(@class, 'caption')]",
    f"//*[{_ONE_TOKEN.format('bio')} or {_ONE_TOKEN.format('author-bio')}]",
    f"//p[count(.//a) = 1][string-length(normalize-space(.)) - "
    f"string-length(normalize-space(.//a)) <= {LINK_LABEL_CHARS}]"
    "[2 * string-length(normalize-space(.//a)) > string-length(normalize-space(.))]",
    f"//p[string-length(normalize-space(.)) <= {LINK_LABEL_CHARS}]"
    f"[following-sibling::*[1][{_LINK_LIST}]]",
]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEAD_BYTES = 4096
# Where pages state their publication time (the extractor keeps only the day): meta tags by
# name / property / itemprop, then JSON-LD.  Modified and updated times are not listed.
_DATE_KEYS = frozenset(
    (
        "article:published_time", "og:article:published_time", "datepublished", "pubdate",
        "publishdate", "publish-date", "date", "dc.date.issued", "dcterms.issued",
        "sailthru.date", "parsely-pub-date",
    )
)  # fmt: skip
_META_TAG = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_TIME_TAG = re.compile(r"<time\b[^>]*>", re.I)


def html_article(
    data: bytes,
    where: str,
    settings: IngestSettings,
    fallback_source: str,
    *,
    url: str | None = None,
    fallback_date: str | None = None,
    charset: str | None = None,
    fmt: str = "html",
) -> Article | Skip:
    """One article from an HTML page: trafilatura's main text and metadata.

    Navigation, ads, comments, tables and figures are left out (trafilatura plus
    ``PRUNE_XPATH``), and so are copyright notices closing the text
    (:mod:`newstrace.stages.ingest.chrome`).  ``Article.original`` is the extracted main
    text; a headline line equal to the title, first or under a short label ("Press release",
    kept as ``metadata.kicker``), is left out of the clean text with the label.  Source: the
    site name, the URL's domain, then ``fallback_source``; published: the page's date, else
    ``fallback_date``.
    """
    try:
        page, _ = decode(data, charset or _declared_charset(data))
    except DecodeError as exc:
        return Skip(where, str(exc))
    meta = _extract(page, url)
    if meta is None or not str(meta.get("text") or "").strip():
        return Skip(where, "no main text found in the HTML")
    text = without_closing_notice(str(meta["text"]))
    title = _clean(meta.get("title"))
    start, kicker = body_start(text, title)
    url = url or _clean(meta.get("source"))
    source = _site_name(meta, url) or _title_site(page, title) or domain(url) or fallback_source
    day = normalize_date(meta.get("date"))
    published, line = _published(page, text, day, start)
    extra = {k: v for k in ("author",) if (v := _clean(meta.get(k)))}
    if kicker:  # "Press release" over the headline: not text, but it says what the page is
        extra["kicker"] = "\n".join(kicker)
    if line:
        extra["published_line"] = line
    elif published and _from_url_only(page, url, published):
        extra["published_from"] = "url"
    article = make_article(
        text,
        title=title,
        source=source,
        url=url,
        published=published or normalize_date(fallback_date),
        input=where,
        format=fmt,
        metadata=extra,
        body_start=start,
        unwrap=settings.unwrap,
        drop_captions=settings.drop_captions,
    )
    return finish(article, where, settings)


def _extract(page: str, url: str | None) -> dict[str, Any] | None:
    import trafilatura
    from trafilatura.settings import set_date_params

    result = trafilatura.extract(
        page,
        url=url,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        prune_xpath=PRUNE_XPATH,
        # only dates the page states in its metadata or markup: the extensive search guesses
        # from any year in the text ("Copyright 2024" became 2024-01-01 in our tests)
        date_extraction_params=set_date_params(extensive=False),
    )
    if not result:
        return None
    meta: dict[str, Any] = json.loads(result)
    return meta


def _published(page: str, text: str, day: str | None, start: int) -> tuple[str | None, str | None]:
    """The page's publication date and, when it came from a header line ("Published: 12 March
    2026, 09:14 GMT"), that line: the time a tag states on the extractor's day, else the time
    of a header line of the text on that day, else that of a dateline the page shows just
    above the body (``start``: where the body starts in ``text``) but the extractor left
    out, else the day, else the text's line's date."""
    timed = _timed(page, day)
    if timed:
        return timed, None
    stated = stated_line(text)
    if day:
        for found in _header_lines(stated, page, text[start:]):
            if "T" in found[0] and found[0][:10] == day[:10]:
                return found
    if day or not stated:
        return day, None
    return stated


def _header_lines(
    stated: tuple[str, str] | None, page: str, body: str
) -> Iterator[tuple[str, str]]:
    """The text's stated line, then the page's dateline above ``body`` (read only if asked)."""
    if stated:
        yield stated
    dateline = page_dateline(page, body)
    if dateline:
        yield dateline


_URL_DAY = re.compile(r"/(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)")


def _from_url_only(page: str, url: str | None, published: str) -> bool:
    """Whether the page's date can only have come from its URL path (``/2026/03/11/``): the
    page states no date in a meta tag, JSON-LD or ``<time>`` element, and the path holds that
    day.  Such a day is often the draft's, not the publication's (an audit: a slug a day
    early made a reprint the source), so direction reads it as weak evidence."""
    found = _URL_DAY.search(urlsplit(url).path if url else "")
    if not found or "T" in published or next(_stated_dates(page), None) is not None:
        return False
    y, m, d = (int(g) for g in found.groups())
    day = f"{y:04d}-{m:02d}-{d:02d}"
    # any attribute stating the day ("<meta name='dc.date' content='2026-03-11'>", a meta
    # name not in _DATE_KEYS) says the page itself gives it
    stated = re.search(rf"""(?:content|datetime|value)\s*=\s*["']?{day}""", page, re.I)
    return day == published[:10] and stated is None


def _timed(page: str, day: str | None) -> str | None:
    """The page's publication time on ``day`` (the extractor's date, a day only), when a meta
    tag or JSON-LD states one: two same-day articles with times are ordered as instants."""
    if not day or "T" in day:
        return None
    for value in _stated_dates(page):
        found = normalize_date(value)
        if found and "T" in found and found[:10] == day[:10]:
            return found
    return None


def _stated_dates(page: str) -> Iterator[str]:
    for tag in _META_TAG.finditer(page):
        attrs = {m[1].lower(): m[2] or m[3] for m in _ATTR.finditer(tag.group())}
        keys = {attrs.get(k, "").lower() for k in ("property", "name", "itemprop")}
        if keys & _DATE_KEYS and attrs.get("content"):
            yield attrs["content"]
    yield from _LD_PUBLISHED.findall(page)
    yield from _time_tags(page)


def _time_tags(page: str) -> list[str]:
    """``datetime`` values of ``<time>`` elements: those marked as the publication time
    (``pubdate``, ``itemprop="datePublished"``, a class naming "published", also WordPress's
    "entry-date published updated" of a post never modified), then an unmarked one when it is
    the page's only value; a time marked only updated or modified never."""
    marked: list[str] = []
    plain: list[str] = []
    for tag in _TIME_TAG.finditer(page):
        attrs = {m[1].lower(): m[2] or m[3] for m in _ATTR.finditer(tag.group())}
        value, low = attrs.get("datetime"), tag.group().lower()
        published = "pubdate" in low or "publish" in low  # WordPress: "published updated"
        if not value or (not published and ("modif" in low or "updat" in low)):
            continue
        (marked if published else plain).append(value)
    return marked + (plain if len(set(plain)) == 1 else [])


def _site_name(meta: dict[str, Any], url: str | None) -> str | None:
    """The extractor's site name, unless it is only the URL's host name (what it gives for a
    page that names no site when it is given a URL, as a WARC record is and a saved file
    mostly is not: the same page then had two outlets)."""
    name = _clean(meta.get("source-hostname"))
    host = (urlsplit(url).hostname or "") if url else ""
    if name and name.lower() in {host.lower(), host.lower().removeprefix("www.")}:
        return None
    return name


_TITLE_TAG = re.compile(r"<title\b[^>]*>([^<]*)</title>", re.I)
# "<headline> | <site>" (or "<site> - <headline>"): separators set off by spaces
_TITLE_SEP = re.compile(r"\s+(?:\||-|\u2013|\u2014|\u00b7|::|\u00bb)\s+")
SITE_NAME_WORDS = 6  # a site name in a <title> is a short name, not a second headline


def _title_site(page: str, title: str | None) -> str | None:
    """The site's name from the page's ``<title>`` when it is the headline plus a short name
    ("Quay Street bakery wins award | Northfield Post"): a page without a site-name meta tag
    or a URL (a saved page) was otherwise known by its file name, so each of an outlet's
    pages was an outlet of its own (its shared chrome was no outlet's boilerplate), and the
    same page read from a file and from a WARC record was two articles of two outlets."""
    found = _TITLE_TAG.search(page)
    if not title or found is None:
        return None
    parts = _TITLE_SEP.split(html.unescape(" ".join(found.group(1).split())))
    if len(parts) < 2:
        return None
    # compared part by part: a headline may hold a separator of its own ("Budget – Part 2")
    headline = _TITLE_SEP.split(" ".join(title.split()))
    for name, rest in ((parts[-1], parts[:-1]), (parts[0], parts[1:])):
        if rest == headline and 0 < len(name.split()) <= SITE_NAME_WORDS:
            return name
    return None


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_HEAD_BYTES])
    return match.group(1).decode("ascii", "replace") if match else None


def read_warc(
    stream: IO[bytes], where: str, settings: IngestSettings, fallback_source: str
) -> Iterator[Article | Skip]:
    """HTML ``response`` records of a WARC file (plain or gzipped).

    Each record is ``where@URL`` (``where#N`` without a target URI).  Records that are not
    HTML or not a 2xx response are passed over silently: they are not articles.  The URL
    comes from WARC-Target-URI and WARC-Date is the fallback publication date.
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    records = ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True)
    for n, record in enumerate(records, 1):
        uri = record.headers.get("WARC-Target-URI")
        here = f"{where}@{uri}" if uri else f"{where}#{n}"
        status = record.http_headers.status_code if record.http_headers else None
        ctype = (record.http_content_type or "").lower()
        if "html" not in ctype or (status is not None and not 200 <= status < 300):
            log.debug("%s: passed over (%s, status %s)", here, ctype, status)
            continue
        if record.content_length > settings.max_bytes:
            limit = settings.max_bytes
            yield Skip(here, f"record larger than max_bytes ({limit}; see --max-bytes)")
            continue
        try:
            data = record.reader.read()
            yield html_article(
                data,
                here,
                settings,
                domain(uri) or fallback_source,
                url=uri,
                fallback_date=record.headers.get("WARC-Date"),
                charset=record.http_charset,
                fmt="warc",
            )
        except Exception as exc:  # one bad record must not end the archive
            log.debug("%s: unreadable record", here, exc_info=True)
            yield Skip(here, f"unreadable record: {exc}")
