"""Settings of the ingest stage."""

from __future__ import annotations

from dataclasses import dataclass

# Articles larger than this are skipped with a reason; 5 MB of text is far beyond any news
# article (the longest long-reads are ~100 kB) and keeps one bad file from exhausting memory.
MAX_BYTES = 5_000_000
# Clean texts shorter than this many non-space characters are reported as empty.
MIN_CHARS = 20


@dataclass(frozen=True)
class IngestSettings:
    max_bytes: int = MAX_BYTES
    min_chars: int = MIN_CHARS
    # field names in .jsonl/.json/.csv records
    id_field: str = "id"
    text_field: str = "text"
    title_field: str = "title"
    source_field: str = "source"
    url_field: str = "url"
    published_field: str = "published"
    # the outlet of inputs that name none (no front matter, source field, site name or URL);
    # None: the file name stem ("guardian_2026-05-01.txt" -> "guardian_2026-05-01"), which
    # makes every such file an outlet of its own (no per-outlet boilerplate)
    source: str | None = None
    # how all-numeric dates of feeds and front matter are read (12/03/2026): "DMY" (most of
    # the world), "MDY" (the United States) or "YMD"; None: dateparser's default, month
    # first.  Dotted dates (12.03.2026) are always day first.
    date_order: str | None = None
    unwrap: bool = True  # join hard-wrapped lines into paragraphs
    drop_captions: bool = True  # remove photo captions and credit lines
