"""Helpers for the ingest tests: reading a path, news pages, tiny WARC archives."""

from __future__ import annotations

from pathlib import Path

from newstrace.config.ingest import IngestSettings
from newstrace.records import Article
from newstrace.stages.ingest import Skip, discover, read

BODY = (
    "The council approved the new housing plan on Tuesday after a long debate. "
    "Officials said the first homes would be ready within two years, and that the "
    "scheme would be paid for from the existing budget."
)
BODY2 = (
    "Residents welcomed the decision but asked for more parking. The mayor promised a "
    "review of the road network before building starts next spring."
)


def read_path(path: Path | str, settings: IngestSettings | None = None) -> list[Article | Skip]:
    """Everything read from one path (file, folder or pattern)."""
    out: list[Article | Skip] = []
    for item in discover([path]):
        out.extend(read(item, settings or IngestSettings()))
    return out


def articles(recs: list[Article | Skip]) -> list[Article]:
    return [r for r in recs if isinstance(r, Article)]


def skips(recs: list[Article | Skip]) -> list[Skip]:
    return [r for r in recs if isinstance(r, Skip)]


def warc_record(
    uri: str,
    body: bytes,
    *,
    content_type: str = "text/html; charset=utf-8",
    status: str = "200 OK",
    date: str = "2024-11-07T10:30:00Z",
    n: int = 1,
) -> bytes:
    """One WARC/1.0 response record, written by hand."""
    http = (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    head = (
        "WARC/1.0\r\n"
        "WARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
        f"WARC-Date: {date}\r\n"
        f"WARC-Target-URI: {uri}\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def news_html(title: str, paragraphs: list[str], *, date: str | None = None) -> str:
    """A news page with navigation, an ad block, a figure caption and a footer."""
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | Daily</title>
<meta property="og:site_name" content="The Daily Example">{meta}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="advert ad-banner">Buy cheap flights now! Special offer ends today.</div>
<article><h1>{title}</h1>
<figure><img src="council.jpg"><figcaption>Councillors at the town hall meeting</figcaption>
</figure>{body}</article>
<aside class="related">Related: Ten things you missed this week</aside>
<footer>Copyright 2024 The Daily Example. All rights reserved.</footer></body></html>"""
