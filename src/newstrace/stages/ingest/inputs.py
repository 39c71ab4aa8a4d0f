"""Input discovery: files, directories, glob patterns and ``-`` (stdin)."""

from __future__ import annotations

import glob
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import xxhash

from newstrace.errors import InputError

STDIN = "<stdin>"
# File name endings and the reader each selects; longest ending first.
SUFFIXES: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc"),
    (".warc", "warc"),
    (".txt", "txt"),
    (".text", "txt"),
    (".md", "md"),
    (".markdown", "md"),
    (".html", "html"),
    (".htm", "html"),
    (".xhtml", "html"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".json", "json"),
    (".csv", "csv"),
    (".tsv", "tsv"),
)
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input: a file (or stdin), its size, a fingerprint of its bytes and its format.

    ``format`` is one of the readers (``txt``, ``md``, ``html``, ``json``, ``jsonl``, ``csv``,
    ``tsv``, ``warc``) or ``auto`` (sniffed from the content when read); ``compressed`` is
    true for a single gzipped file (``x.jsonl.gz``).  ``fingerprint`` is the xxh3-64 of the
    file's bytes as stored (``None`` for stdin), so a store can skip a file it has seen.
    """

    path: str
    size: int | None
    fingerprint: str | None
    format: str
    compressed: bool = False

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN


OWN_OUTPUT = "this tool's own output"


@dataclass(frozen=True, slots=True)
class Skip:
    """An input (file, ``file:LINE``, ``file#N``) that was not ingested, and why."""

    where: str
    reason: str
    # newstrace's own output (a report or an export written into the folder being read):
    # reported, but not a bad input (``--strict`` passes over it; recorded once)
    own: bool = False


def format_of(name: str) -> tuple[str | None, bool]:
    """Reader format for a file name and whether it is gzipped; ``None`` if unknown."""
    lower = name.lower()
    for suffix, fmt in SUFFIXES:
        if lower.endswith(suffix):
            return fmt, False
    if lower.endswith(".gz"):
        inner, _ = format_of(lower[:-3])
        return inner, inner is not None
    return None, False


def fingerprint(path: Path) -> str:
    """xxh3-64 hex digest of a file's bytes, read in 1 MB chunks."""
    h = xxhash.xxh3_64()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


def discover(paths: Sequence[str | Path], ignored: list[str] | None = None) -> list[InputFile]:
    """Expand paths, directories (recursively) and glob patterns into input files.

    ``-`` stands for stdin.  Directories are walked recursively in sorted order, skipping
    hidden files and folders (names starting with ``.``) and files whose ending no reader
    knows; a file named explicitly is always taken (``auto`` format when its ending is
    unknown).  The same file named twice is listed once.  A path that does not exist or a
    glob that matches nothing raises :class:`~newstrace.errors.InputError`: that is a typo
    on the command line, not bad data, and it is better to stop before ingesting anything.
    Files a folder walk passes over because no reader knows their ending are appended to
    ``ignored``, if given, so the user can be told (a folder of PDFs is not silently empty):
    each once, and not when also named explicitly (then it is read).
    """
    found: list[InputFile] = []
    seen: set[str] = set()
    passed: list[str] = []
    for raw in paths:
        for item in _expand(str(raw), passed):
            key = item.path if item.is_stdin else str(Path(item.path).resolve())
            if key not in seen:
                seen.add(key)
                found.append(item)
    if ignored is not None:
        ignored += _unread(passed, seen)
    return found


def _unread(passed: list[str], read: set[str]) -> list[str]:
    """The files of ``passed`` (walks can pass one twice) once each, leaving out those
    read (named on the command line as well)."""
    out: list[str] = []
    done = set(read)
    for path in passed:
        key = str(Path(path).resolve())
        if key not in done:
            done.add(key)
            out.append(path)
    return out


def _expand(raw: str, ignored: list[str] | None = None) -> Iterator[InputFile]:
    if raw == "-":
        yield InputFile(STDIN, None, None, "auto")
        return
    path = Path(raw)
    if path.is_dir():
        yield from _walk(path, ignored)
    elif path.is_file():
        yield _input_file(path, explicit=True)
    elif any(ch in raw for ch in "*?["):
        matches = sorted(glob.glob(raw, recursive=True))
        if not matches:
            raise InputError(raw, "no file matches this pattern")
        for match in matches:
            yield from _expand(match, ignored)
    else:
        raise InputError(raw, "no such file or directory")


# Files a folder walk passes over: a corpus folder's own documentation is not an article.
# Named explicitly on the command line, such a file is read like any other.
PROJECT_FILES = ("readme", "license", "licence", "changelog", "copying", "notice")


def _walk(root: Path, ignored: list[str] | None = None) -> Iterator[InputFile]:
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if path.name.lower().split(".")[0] in PROJECT_FILES:
            continue
        if format_of(path.name)[0] is not None:
            yield _input_file(path, explicit=False)
        elif ignored is not None:
            ignored.append(str(path))


def _input_file(path: Path, *, explicit: bool) -> InputFile:
    fmt, compressed = format_of(path.name)
    if fmt is None and explicit:
        fmt, compressed = "auto", path.name.lower().endswith(".gz")
    try:
        size: int | None = path.stat().st_size
        digest: str | None = fingerprint(path)
    except OSError:
        size = digest = None  # reported as a Skip when read
    return InputFile(str(path), size, digest, fmt or "auto", compressed)
