"""Ingest: read files of many formats into clean :class:`~newstrace.records.Article` records.

Public API::

    inputs = discover(["corpus/", "extra/*.jsonl", "-"])
    for item in inputs:
        for rec in read(item, settings.ingest):
            ...  # an Article, or a Skip(where, reason) for input that could not be used

``read`` never raises for bad data: unreadable, binary or undecodable files, malformed JSON
lines or CSV rows, records without text, articles empty after cleanup and inputs larger than
``max_bytes`` each become a :class:`Skip` and the rest of the batch goes on.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, BinaryIO, cast

from newstrace.config.ingest import IngestSettings
from newstrace.records import Article
from newstrace.stages.ingest.article import article_id, make_article
from newstrace.stages.ingest.inputs import (
    OWN_OUTPUT,
    STDIN,
    InputFile,
    Skip,
    discover,
    format_of,
)
from newstrace.stages.ingest.readers import read_csv, read_json, read_jsonl, text_article
from newstrace.stages.ingest.web import html_article, read_warc

log = logging.getLogger(__name__)

NAME = "ingest"
# Formats read whole into memory (and therefore bounded by max_bytes as a whole file);
# jsonl, csv, tsv and warc are streamed and bounded per record.
WHOLE_FILE_FORMATS = frozenset({"txt", "md", "html", "json"})
_GZIP_MAGIC = b"\x1f\x8b"


def read(
    input: InputFile, settings: IngestSettings, stdin: BinaryIO | None = None
) -> Iterator[Article | Skip]:
    """Articles (and Skips) from one input; streaming for jsonl/csv/warc.

    ``stdin`` is the stream read for the ``<stdin>`` input (default ``sys.stdin.buffer``); it
    is read whole and its format sniffed from its first bytes, like a file whose ending no
    reader knows (``auto``).
    """
    try:
        yield from _read(input, settings, stdin)
    except Exception as exc:  # a failure in one input must not sink the batch
        log.debug("%s: unreadable", input.path, exc_info=True)
        yield Skip(input.path, f"unreadable: {exc}")


def _read(
    input: InputFile, settings: IngestSettings, stdin: BinaryIO | None
) -> Iterator[Article | Skip]:
    if input.is_stdin:
        data = (stdin or sys.stdin.buffer).read()
        if data.startswith(_GZIP_MAGIC):
            data = gzip.decompress(data)
        fmt = input.format if input.format != "auto" else sniff(data)
        name = settings.source or "stdin"
        yield from _dispatch(lambda: io.BytesIO(data), input, fmt, name, settings)
        return
    path = Path(input.path)

    def opener() -> IO[bytes]:
        if input.compressed:
            return cast(IO[bytes], gzip.open(path, "rb"))
        return path.open("rb")

    fmt = input.format
    if fmt == "auto":
        with opener() as fh:
            fmt = sniff(fh.read(4096))
    yield from _dispatch(opener, input, fmt, settings.source or file_stem(path), settings)


# The HTML report names its generator in its <head>: a report written into a corpus folder
# (`newstrace run . -o out`) is passed over when that folder is read again.
OWN_REPORT_MARK = b'<meta name="generator" content="newstrace">'
OWN_REPORT_HEAD = 2048


def _dispatch(
    opener: Callable[[], IO[bytes]],
    input: InputFile,
    fmt: str,
    stem: str,
    settings: IngestSettings,
) -> Iterator[Article | Skip]:
    where = input.path
    if fmt in WHOLE_FILE_FORMATS:
        if input.size is not None and not input.compressed and input.size > settings.max_bytes:
            yield Skip(where, f"file larger than max_bytes ({settings.max_bytes}; see --max-bytes)")
            return
        with opener() as fh:
            data = fh.read(settings.max_bytes + 1)
        if len(data) > settings.max_bytes:
            yield Skip(where, f"file larger than max_bytes ({settings.max_bytes}; see --max-bytes)")
        elif fmt == "json":
            yield from read_json(data, where, settings, stem)
        elif fmt == "html" and OWN_REPORT_MARK in data[:OWN_REPORT_HEAD]:
            yield Skip(where, f"a newstrace report ({OWN_OUTPUT}), not an article", own=True)
        elif fmt == "html":
            yield html_article(data, where, settings, stem)
        else:
            yield text_article(data, where, fmt, settings, stem)
        return
    found = False
    with opener() as fh:
        for rec in _stream(fh, where, fmt, stem, settings):
            found = True
            yield rec
    if not found:
        what = "HTML response records" if fmt == "warc" else "records"
        yield Skip(where, f"no {what} found")


def _stream(
    fh: IO[bytes], where: str, fmt: str, stem: str, settings: IngestSettings
) -> Iterator[Article | Skip]:
    if fmt == "jsonl":
        yield from read_jsonl(fh, where, settings, stem)
    elif fmt in ("csv", "tsv"):
        yield from read_csv(fh, where, fmt, settings, stem)
    elif fmt == "warc":
        yield from read_warc(fh, where, settings, stem)
    else:
        yield Skip(where, f"unknown format {fmt!r}")


def sniff(head: bytes) -> str:
    """Format of content whose file name says nothing: warc, jsonl, json, html or txt."""
    if head.startswith(_GZIP_MAGIC):
        return "warc"  # only WARC archives are read gzipped without a telling name
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"WARC/"):
        return "warc"
    if text.startswith(b"["):
        return "json"
    if text.startswith(b"{"):
        first = text.split(b"\n", 1)[0]
        try:
            json.loads(first)
        except ValueError:
            return "json"
        return "jsonl"
    if text.startswith(b"<"):
        return "html"
    return "txt"


def file_stem(path: Path) -> str:
    """File name without its format endings: ``a/b/story.warc.gz`` -> ``story``."""
    name = path.name
    while True:
        fmt, _ = format_of(name)
        base, dot, _ = name.rpartition(".")
        if (fmt is None and not name.lower().endswith(".gz")) or not dot or not base:
            return name
        name = base


__all__ = [
    "NAME",
    "STDIN",
    "InputFile",
    "Skip",
    "article_id",
    "discover",
    "make_article",
    "read",
    "sniff",
]
