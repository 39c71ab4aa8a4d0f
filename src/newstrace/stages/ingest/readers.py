"""Readers for plain text and structured records (.txt/.md, .json, .jsonl, .csv/.tsv)."""

from __future__ import annotations

import codecs
import csv
import io
import json
import logging
import re
from collections.abc import Iterator, Mapping
from typing import IO, Any

from newstrace.config.ingest import IngestSettings
from newstrace.records import Article
from newstrace.stages.ingest.article import domain, make_article, normalize_date
from newstrace.stages.ingest.decode import DecodeError, decode, looks_binary
from newstrace.stages.ingest.inputs import OWN_OUTPUT, Skip
from newstrace.stages.ingest.markup import html_to_text, looks_like_html, plain_field
from newstrace.stages.ingest.stated import stated_line
from newstrace.text.normalize import find_title

log = logging.getLogger(__name__)

# Extra fields of a record kept in ``Article.metadata`` when their value is at most this long
# (labels such as a topic or an author; long values would bloat the store).
METADATA_MAX_CHARS = 500
# Bytes looked at to choose the encoding of a CSV file before streaming it.
CSV_SNIFF_BYTES = 65536
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_SURROGATE = re.compile("[\ud800-\udfff]")


def finish(article: Article, where: str, settings: IngestSettings) -> Article | Skip:
    """The article, or a Skip if its clean text has fewer than ``min_chars`` characters."""
    chars = len("".join(article.text.split()))
    if chars < settings.min_chars:
        what = "empty" if not chars else "too short"
        return Skip(where, f"{what} after cleanup ({chars} characters, need {settings.min_chars})")
    return article


def text_article(
    data: bytes, where: str, fmt: str, settings: IngestSettings, fallback_source: str
) -> Article | Skip:
    """One article from a .txt/.md file.

    An optional front-matter block (``---`` / ``key: value`` lines / ``---``) gives title,
    source, url and published (its other keys go to metadata).  Otherwise the title is the
    first line when it looks like a headline (:func:`newstrace.text.normalize.find_title`),
    and that line is left out of the clean text.  Source: front matter, URL domain, else the
    file name stem.  Published: front matter, else a header line stating it
    (:mod:`.stated`: "Published: 12 March 2026, 09:14 GMT", "EMBARGOED UNTIL ...").
    """
    try:
        text, encoding = decode(data)
    except DecodeError as exc:
        return Skip(where, str(exc))
    meta, start = front_matter(text)
    title = meta.pop("title", None)
    if title is None:
        title, offset = find_title(text[start:])
        start += offset
    url = meta.pop("url", None)
    source = meta.pop("source", None) or domain(url) or fallback_source
    published = normalize_date(
        meta.pop("published", None) or meta.pop("date", None), settings.date_order
    )
    if published is None and (stated := stated_line(text[start:])):
        published, meta["published_line"] = stated  # "Published: 12 March 2026, 09:14 GMT"
    if encoding not in ("utf-8", "ascii"):
        meta["encoding"] = encoding
    article = make_article(
        text,
        title=title,
        source=source,
        url=url,
        published=published,
        input=where,
        format=fmt,
        metadata=meta,
        body_start=start,
        unwrap=settings.unwrap,
        drop_captions=settings.drop_captions,
    )
    return finish(article, where, settings)


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """``key: value`` pairs of a leading ``---`` block and where the text after it starts."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        kv = _FRONT_KEY.match(line)
        if kv:
            meta[kv.group(1).lower()] = kv.group(2).strip("\"'")
    return meta, match.end()


def record_article(
    obj: Any, where: str, fmt: str, settings: IngestSettings, fallback_source: str
) -> Article | Skip:
    """One article from a JSON object or CSV row (:func:`_record_article`); a record whose
    reading raises (a fault on text no check foresaw) is a Skip naming the error, so the
    file's other records are still read."""
    try:
        return _record_article(obj, where, fmt, settings, fallback_source)
    except Exception as exc:  # one record never ends its file
        log.debug("ingest: %s", where, exc_info=True)
        return Skip(where, f"record could not be read: {type(exc).__name__}: {exc}")


def _record_article(
    obj: Any, where: str, fmt: str, settings: IngestSettings, fallback_source: str
) -> Article | Skip:
    """One article from a JSON object or CSV row, with field names from the settings.

    The record's own id (``id_field``) is kept as ``metadata["id"]``; ``Article.id`` is always
    the content hash, so ids never collide across files and the same text from the same source
    gets the same id wherever it is read.  Other short scalar fields go to metadata.  A text
    field holding HTML markup is read as the plain text of that markup (:mod:`.markup`), which
    is then the article's ``original``, as for an HTML page.
    """
    if not isinstance(obj, Mapping):
        return Skip(where, "not a JSON object")
    text = obj.get(settings.text_field)
    if text is None and settings.text_field in obj:
        return Skip(where, f"{settings.text_field!r} is null")
    if text is None:
        return Skip(where, f"no {settings.text_field!r} field{_fields_hint(obj)}")
    if not isinstance(text, str):
        return Skip(where, f"{settings.text_field!r} is not a string")
    if not text.strip():
        return Skip(where, "empty text")
    if len(text) > settings.max_bytes or len(text.encode("utf-8")) > settings.max_bytes:
        return Skip(where, f"text larger than max_bytes ({settings.max_bytes}; see --max-bytes)")
    url = _string(obj.get(settings.url_field))
    title = _string(obj.get(settings.title_field))
    if looks_like_html(text):
        text = html_to_text(text)
        if not text:
            return Skip(where, "empty text after its HTML markup")
    article = make_article(
        text,
        title=title and plain_field(title),
        source=_string(obj.get(settings.source_field)) or domain(url) or fallback_source,
        url=url,
        published=normalize_date(obj.get(settings.published_field), settings.date_order),
        input=where,
        format=fmt,
        metadata=_metadata(obj, settings),
        unwrap=settings.unwrap,
        drop_captions=settings.drop_captions,
    )
    return finish(article, where, settings)


def _string(value: object) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = " ".join(str(value).split())
    return text or None


def _metadata(obj: Mapping[str, Any], settings: IngestSettings) -> dict[str, str]:
    used = {
        settings.text_field,
        settings.title_field,
        settings.source_field,
        settings.url_field,
        settings.published_field,
    }
    meta: dict[str, str] = {}
    for key, value in obj.items():
        if key in used or value is None or isinstance(value, dict | list):
            continue
        text = str(value)
        if len(text) <= METADATA_MAX_CHARS:
            meta[str(key)] = text
    raw_date = obj.get(settings.published_field)
    if raw_date is not None and normalize_date(raw_date, settings.date_order) is None:
        meta["published_raw"] = str(raw_date)[:METADATA_MAX_CHARS]
    return meta


def read_json(
    data: bytes, where: str, settings: IngestSettings, fallback_source: str
) -> Iterator[Article | Skip]:
    """A .json file: one object, or a list of objects (``where#N``, N from 1)."""
    try:
        doc = _loads(data)
    except ValueError as exc:
        yield Skip(where, f"malformed JSON: {exc}")
        return
    if _own_export(doc, settings):
        yield Skip(where, f"a newstrace export ({OWN_OUTPUT}), not an article", own=True)
    elif isinstance(doc, list):
        for n, obj in enumerate(doc, 1):
            yield record_article(obj, f"{where}#{n}", "json", settings, fallback_source)
    else:
        yield record_article(doc, where, "json", settings, fallback_source)


def read_jsonl(
    stream: IO[bytes], where: str, settings: IngestSettings, fallback_source: str
) -> Iterator[Article | Skip]:
    """A .jsonl file, streamed line by line; a bad line is a Skip at ``where:LINE``."""
    for n, line in enumerate(_lines(stream, settings.max_bytes), 1):
        here = f"{where}:{n}"
        if line is None:
            yield Skip(here, f"line longer than max_bytes ({settings.max_bytes})")
            continue
        if not line.strip():
            continue
        try:
            obj = _loads(line)
        except ValueError as exc:
            yield Skip(here, f"malformed JSON: {exc}")
            continue
        if n == 1 and _own_export(obj, settings) and obj.get("type") == "meta":
            yield Skip(where, f"a newstrace export ({OWN_OUTPUT}), not an article", own=True)
            return
        yield record_article(obj, here, "jsonl", settings, fallback_source)


def _loads(data: bytes) -> Any:
    """Parsed JSON whose strings hold no lone surrogate: an escape such as ``"\\ud83d"``
    without its pair (a text cut inside an emoji by a scraper) is a character no UTF-8 text
    can hold, and the whole file was skipped at the record holding one; it reads as U+FFFD,
    as an undecodable byte does."""
    return _whole(json.loads(data))


def _whole(value: Any) -> Any:
    if isinstance(value, str):
        return value if value.isascii() else _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_whole(v) for v in value]
    if isinstance(value, dict):
        return {_whole(k): _whole(v) for k, v in value.items()}
    return value


def _own_export(doc: Any, settings: IngestSettings) -> bool:
    """Whether a JSON document (or a JSONL export's first line, its ``meta`` record) is a
    newstrace export: its version and schema fields, and no article text of its own."""
    return (
        isinstance(doc, dict)
        and "newstrace" in doc
        and "schema" in doc
        and settings.text_field not in doc
    )


def _lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """Lines of a binary stream; ``None`` for a line over ``limit`` bytes (not kept)."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
            yield None
        else:
            yield line


def read_csv(
    stream: IO[bytes], where: str, fmt: str, settings: IngestSettings, fallback_source: str
) -> Iterator[Article | Skip]:
    """A .csv/.tsv file with a header row, streamed; record N is ``where#N`` (N from 1)."""
    raw: Any = stream  # file objects, GzipFile and BytesIO all read; not all can peek
    buffered: Any = raw if hasattr(raw, "peek") else io.BufferedReader(raw)
    head = buffered.peek(CSV_SNIFF_BYTES)[:CSV_SNIFF_BYTES]
    encoding = _stream_encoding(head)
    if encoding is None:
        yield Skip(where, "binary or undecodable file")
        return
    text = io.TextIOWrapper(buffered, encoding=encoding, errors="replace", newline="")
    _raise_field_limit(settings.max_bytes)
    reader = csv.DictReader(text, delimiter="\t" if fmt == "tsv" else ",")
    n = 0
    while True:
        n += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Skip(f"{where}#{n}", f"malformed CSV: {exc}")
            continue
        yield record_article(row, f"{where}#{n}", fmt, settings, fallback_source)


def _stream_encoding(head: bytes) -> str | None:
    """Encoding for a stream from its first bytes (UTF-8 tolerating a cut last character)."""
    if looks_binary(head):
        return None
    try:
        codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False)
        return "utf-8-sig"
    except UnicodeDecodeError:
        pass
    try:
        return decode(head)[1]
    except DecodeError:
        return None


def _raise_field_limit(limit: int) -> None:
    """Let the csv module read fields up to ``limit`` characters (its default is 128 kB)."""
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)


def _fields_hint(obj: Mapping[str, Any]) -> str:
    """The record's field names, to choose the text field from (``--text-field``)."""
    names = [str(k) for k in obj][:8]
    more = ", ..." if len(obj) > len(names) else ""
    return f" (its fields: {', '.join(names)}{more}; see --text-field)" if names else ""
