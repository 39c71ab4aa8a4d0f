"""The command line: parse → Settings → pipeline / store / report.  The only module that prints.

Exit codes: 0 success; 1 unexpected error; 2 bad usage or setting; 3 inputs were skipped and
``--strict`` was given; 4 the database cannot be used; 5 an id was not found.
"""

from __future__ import annotations

import errno
import json
import logging
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.console import Console, ConsoleOptions, ConsoleRenderable, RenderHook, RenderResult
from rich.markup import escape
from rich.padding import Padding
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from newstrace import __version__
from newstrace.api import Corpus
from newstrace.config import Settings
from newstrace.errors import NewstraceError, StoreError
from newstrace.store import IngestReport

EXIT_STRICT = 3
# The -n of the listings: a count of rows (a negative one would count from the end).
LIMIT = click.IntRange(min=0)
# An ingest with this many articles known only by their file names (a bulk folder of plain
# texts) is told about --source; fewer, as in the sample corpus of eight outlets' files, are
# more likely files of different outlets (chosen by reasoning).
UNNAMED_HINT = 20
# C0 and C1 control characters but the line break and the tab.  Article fields (a title, an
# outlet's name, a URL) and file names come from the web and may hold ESC sequences, which
# would recolour, clear or retitle the reader's terminal, or forge a link in it.  Also the
# bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which
# reorder what follows them on the line: a title could show a forged file name or id, or
# push the next column's text out of order.  Right-to-left text needs none of them to show
# (the terminal's bidi algorithm orders it); the marks U+200E/U+200F are kept.
_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_CONTROL = dict.fromkeys(
    c for c in [*range(0x20), *range(0x7F, 0xA0), *_BIDI] if chr(c) not in "\n\t"
)


class _Inert:
    """A renderable printed with the control characters of its text removed (rich's own
    styles and cursor moves are not text: they stay)."""

    def __init__(self, renderable: ConsoleRenderable) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for seg in console.render(self.renderable, options):
            yield seg if seg.control else Segment(seg.text.translate(_CONTROL), seg.style)


class _NoControl(RenderHook):
    """What either console prints shows no control characters (:class:`_Inert`)."""

    def process_renderables(self, renderables: list[ConsoleRenderable]) -> list[ConsoleRenderable]:
        return [_Inert(r) for r in renderables]


# Results may contain any text (titles, quotes, "[1]", ":fire:"): `out` never interprets
# markup or emoji codes; neither console prints control characters.
out = Console(highlight=False, soft_wrap=True, markup=False, emoji=False)
err = Console(stderr=True, highlight=False, emoji=False)
out.push_render_hook(_NoControl())
err.push_render_hook(_NoControl())


class RichProgress:
    """Adapter from the pipeline's progress protocol to rich progress bars on stderr."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bars = Progress(
            SpinnerColumn(), TextColumn("{task.description:<8}"), BarColumn(),
            MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True,
            disable=not enabled,
        )  # fmt: skip
        self._tasks: dict[str, Any] = {}

    def task(self, label: str, total: int | None) -> Callable[[int], None]:
        if not self.enabled:
            return lambda n: None
        self.bars.start()
        task_id = self.bars.add_task(label, total=total)
        self._tasks[label] = task_id
        return lambda n: self.bars.advance(task_id, n)

    def done(self, label: str) -> None:
        if label in self._tasks:
            self.bars.remove_task(self._tasks.pop(label))
        if not self._tasks:
            self.bars.stop()


# -- settings: every flag maps onto Settings here and nowhere else ------------------------------
def make_settings(obj: dict[str, Any], **flags: Any) -> Settings:
    overrides: dict[str, Any] = {"progress": not obj["quiet"], "strict": obj["strict"]}
    if obj["db"] is not None:
        overrides["db"] = Path(obj["db"])
    field_map = {
        "max_bytes": "ingest.max_bytes", "id_field": "ingest.id_field",
        "text_field": "ingest.text_field", "title_field": "ingest.title_field",
        "source_field": "ingest.source_field", "url_field": "ingest.url_field",
        "published_field": "ingest.published_field", "source": "ingest.source",
        "date_order": "ingest.date_order",
        "window_days": "reuse.align_window_days", "spacy_model": "extract.spacy_model",
    }  # fmt: skip
    for name, value in flags.items():
        if value is not None and name in field_map:
            overrides[field_map[name]] = value
    if flags.get("embed"):
        overrides["reuse.align_mode"] = "embed"
    if flags.get("synonyms"):
        overrides["reuse.align_synonyms"] = True
    if flags.get("embed_stories"):
        overrides["stories.mode"] = "embed"
    return Settings().with_overrides(overrides)


def analyze_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--embed", is_flag=True, default=None,
                     help="Also align paraphrases with sentence embeddings (extra `embed`)."),
        click.option("--synonyms", is_flag=True, default=None,
                     help="Count WordNet synonyms as shared words in paraphrases "
                          "(extra `synonyms`; no torch)."),
        click.option("--embed-stories", is_flag=True, default=None,
                     help="Also compare articles to stories with sentence embeddings "
                          "(extra `embed`; no gain on ECB+, see docs/results.md)."),
        click.option("--window-days", type=int,
                     help="Only compare articles published at most this many days apart."),
        click.option("--spacy-model", metavar="NAME|PATH|auto",
                     help="Let an installed spaCy pipeline guide entity recognition."),
    ]  # fmt: skip
    for option in reversed(options):
        fn = option(fn)
    return fn


def ingest_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--max-bytes", type=int, help="Skip inputs larger than this (bytes)."),
        click.option("--id-field", help="Field holding the id in JSON/CSV records."),
        click.option("--text-field", help="Field holding the text in JSON/CSV records."),
        click.option("--title-field", help="Field holding the title."),
        click.option("--source-field", help="Field holding the source (outlet)."),
        click.option("--url-field", help="Field holding the URL."),
        click.option("--published-field", help="Field holding the publication date."),
        click.option("--date-order", type=click.Choice(["DMY", "MDY", "YMD"]),
                     help="How to read all-numeric dates such as 12/03/2026 (default: month "
                          "first; dotted dates are always day first)."),
        click.option("--source", metavar="NAME",
                     help="Outlet of inputs that name none (no front matter, source field, "
                          "site name or URL); default: each file's name.  Applies to files "
                          "not ingested before."),
    ]  # fmt: skip
    for option in reversed(options):
        fn = option(fn)
    return fn


@contextmanager
def opened(settings: Settings, create: bool = False) -> Iterator[Corpus]:
    """The corpus of ``settings.db``; only ``create`` (ingest, run) may start a new database:
    a command reading results from a mistyped path fails instead of reporting an empty one."""
    if not create:
        _require_db(Path(settings.db))
    corpus = Corpus(settings=settings)
    try:
        yield corpus
    finally:
        corpus.close()


def _require_db(db: Path) -> None:
    if str(db) != ":memory:" and not db.exists():
        raise StoreError(
            f"no database at {db}: add articles first with `newstrace ingest PATH` "
            "(or check --db / $NEWSTRACE_DB)"
        )


# -- the group -----------------------------------------------------------------------------------
@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="newstrace")
@click.option("--db", type=click.Path(dir_okay=False), envvar="NEWSTRACE_DB",
              help="Database file (default ./newstrace.db; env NEWSTRACE_DB).")  # fmt: skip
@click.option("-q", "--quiet", is_flag=True, help="No progress bars, only results and errors.")
@click.option("-v", "--verbose", count=True, help="More logging (-vv for debug).")
@click.option("--strict", is_flag=True, help="Exit with code 3 when any input was skipped.")
@click.pass_context
def main(ctx: click.Context, db: str | None, quiet: bool, verbose: int, strict: bool) -> None:
    """Trace news to its sources: duplicates, reused passages, stories, quotes and numbers.

    \b
    Examples:
      newstrace run examples/corpus -o out        # ingest, analyse, write out/report.html
      newstrace ingest articles/ feed.jsonl       # add files; re-adding changes nothing
      newstrace analyze                           # analyse what was added since last time
      newstrace search '"small boats" AND Channel'
      newstrace reuse                             # reused passages side by side
      newstrace export --format parquet -o out/tables
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    for name in QUIET_LIBRARIES:  # their warnings repeat, less clearly, what we report
        logging.getLogger(name).setLevel(level if verbose else logging.ERROR)
    ctx.obj = {"db": db, "quiet": quiet, "strict": strict}


# Libraries whose warnings shadow newstrace's own message about the same input (trafilatura:
# "discarding data: None" before "no main text found in the HTML"); shown with -v
QUIET_LIBRARIES = ("trafilatura", "htmldate", "courlan")


def run_cli() -> None:
    main(standalone_mode=True)


def _handle(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn newstrace errors into a clear message and their exit code."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except NewstraceError as exc:
            err.print(f"[red]error:[/red] {escape(str(exc))}")
            sys.exit(exc.exit_code)
        except sqlite3.OperationalError as exc:
            if not _environment(exc):
                raise
            err.print(f"[red]error:[/red] the database cannot be used: {escape(str(exc))} "
                      "(what was committed before is kept)")  # fmt: skip
            sys.exit(StoreError.exit_code)
        except OSError as exc:
            if exc.errno not in _CANNOT_WRITE:
                raise
            what = "not permitted" if exc.errno in (errno.EACCES, errno.EPERM) else "cannot write"
            err.print(f"[red]error:[/red] {what}: {escape(str(exc))}")
            sys.exit(1)

    return wrapper


# what the machine refuses (a full disk, a read-only place, no permission): a message, not a
# traceback
_CANNOT_WRITE = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM}
_SQLITE_CANNOT_WRITE = {
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_CANTOPEN,
}


def _environment(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _SQLITE_CANNOT_WRITE


def _progress(settings: Settings) -> RichProgress:
    return RichProgress(settings.progress and err.is_terminal)


def _print_ingest(report: IngestReport, quiet: bool) -> None:
    parts = [f"added {report.added} article{'s' if report.added != 1 else ''}"]
    if report.already_present:
        parts.append(f"{report.already_present} already in the database")
    if report.repeated:
        parts.append(f"{report.repeated} repeated in this ingest (same text and source, kept once)")
    if report.inputs_unchanged:
        parts.append(f"{len(report.inputs_unchanged)} input(s) unchanged since last ingest")
    if report.skipped:
        parts.append(f"[yellow]{len(report.skipped)} skipped[/yellow]")
    err.print("ingest: " + ", ".join(parts))
    if report.inputs_unchanged and not report.added and not quiet:
        err.print("[dim]nothing new: every input was already ingested[/dim]")
    if report.skipped:
        err.print(f"skipped {len(report.skipped)} input(s):")
        for where, why in report.skipped:
            err.print(f"  {where}: {why}", markup=False, soft_wrap=True)
    if report.unnamed >= UNNAMED_HINT:
        err.print(f"{report.unnamed} articles name no outlet and are known by their file names, "
                  "so an outlet's footer shared by them counts as reuse; if they come from one "
                  "outlet, ingest them into a new database with --source NAME",
                  markup=False, soft_wrap=True)  # fmt: skip
    if report.reused_ids:
        ids = report.reused_ids
        shown = escape(", ".join(ids[:3]) + (" …" if len(ids) > 3 else ""))
        err.print(f"[yellow]{len(ids)} record id(s) met with another text[/yellow] in the same "
                  f"input, both kept (an updated version, or ids reused): {shown}",
                  soft_wrap=True)  # fmt: skip
    if report.ignored:
        ignored = escape(_ignored(report.ignored))  # file endings: ".[red]" is one
        err.print(f"[yellow]ignored {ignored}[/yellow]: no reader for these endings; name a "
                  "file to read it as text")  # fmt: skip


def _ignored(paths: list[str]) -> str:
    """The files a folder walk passed over, counted by ending: "3 files (.pdf 2, .docx 1)"."""
    endings = Counter(Path(p).suffix.lower() or "(none)" for p in paths)
    kinds = ", ".join(f"{e} {n}" for e, n in endings.most_common())
    return f"{len(paths)} file{'s' if len(paths) != 1 else ''} ({kinds})"


def _strict_exit(settings: Settings, report: IngestReport) -> None:
    own = set(report.own_outputs)  # newstrace's own report or export: not a bad input
    bad = [where for where, _ in report.skipped if where not in own]
    if settings.strict and bad:
        err.print(f"[red]--strict: {len(bad)} input(s) skipped[/red]")
        sys.exit(EXIT_STRICT)


def _do_ingest(corpus: Corpus, paths: tuple[str, ...], settings: Settings) -> IngestReport:
    stdin = sys.stdin.buffer if "-" in paths else None
    report = corpus.add(*paths, progress=_progress(settings), stdin=stdin)
    _print_ingest(report, not settings.progress)
    return report


def _do_analyze(corpus: Corpus, settings: Settings, force: bool) -> None:
    result = corpus.analyze(force=force, progress=_progress(settings))
    if not result.analyzed and not force:
        err.print("analyze: nothing new to analyse")
        if result.pending_pairs:
            err.print(f"analyze: {len(result.pending_pairs)} candidate pair(s) that earlier "
                      "analyses could not align wait for the next analysis of new articles, "
                      "or analyze --force")  # fmt: skip
        return
    timing = ", ".join(f"{n} {s:.1f}s" for n, s in result.stages)
    counts = ", ".join(f"{v} {k}" for k, v in result.counts.items())
    err.print(f"analyze: {result.analyzed} new article(s); {counts} [dim]({timing})[/dim]")
    _print_failed_pairs(result.failed_pairs, result.given_up_pairs)


FAILED_SHOWN = 10  # failed pairs listed by name; the rest are counted


def _print_failed_pairs(failed: list[tuple[str, str]], given_up: list[tuple[str, str]]) -> None:
    """The candidate pairs the align stage could not align (their causes are in the log)."""
    if not failed:
        return
    err.print(f"[yellow]analyze: {len(failed)} candidate pair(s) could not be aligned[/yellow] "
              "(see the warnings above; the next analysis of new articles, or analyze --force, "
              "aligns them again):")  # fmt: skip
    from newstrace.stages.align.heldlinks import ALIGN_ATTEMPTS

    last = set(given_up)
    note = f" [dim](failed in {ALIGN_ATTEMPTS} analyses: tried again only by --force)[/dim]"
    for a, b in failed[:FAILED_SHOWN]:
        err.print(f"  {escape(a)} / {escape(b)}" + (note if (a, b) in last else ""))
    if len(failed) > FAILED_SHOWN:
        err.print(f"  ... and {len(failed) - FAILED_SHOWN} more")


# -- commands ------------------------------------------------------------------------------------
@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False), default="out",
              show_default=True, help="Folder for report.html and analysis.json.")  # fmt: skip
@ingest_options
@analyze_options
@click.pass_obj
@_handle
def run(obj: dict[str, Any], paths: tuple[str, ...], out_dir: str, **flags: Any) -> None:
    """Ingest PATHS, analyse, and write OUT/report.html and OUT/analysis.json.

    Unless --db (or $NEWSTRACE_DB) is given the database is OUT/newstrace.db, so a run is
    self-contained.

    \b
    Example:
      newstrace run examples/corpus -o out
    """
    folder = Path(out_dir)
    if obj["db"] is None:
        obj = {**obj, "db": str(folder / "newstrace.db")}
    settings = make_settings(obj, **flags)
    with opened(settings, create=True) as corpus:
        report = _do_ingest(corpus, paths, settings)
        _do_analyze(corpus, settings, force=False)
        json_path = corpus.export(folder / "analysis.json", "json")
        html_path = corpus.report(folder / "report.html")
        out.print(f"report: {html_path.resolve()}")
        out.print(f"data:   {json_path.resolve()}")
    _strict_exit(settings, report)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@ingest_options
@click.pass_obj
@_handle
def ingest(obj: dict[str, Any], paths: tuple[str, ...], **flags: Any) -> None:
    """Add files, folders (recursive), globs or - (stdin) to the database.

    Formats: .txt .text .md .markdown .html .htm .xhtml .json .jsonl .ndjson .csv .tsv .warc,
    and any of them gzipped (.gz).  Inputs already ingested are recognised by content and
    skipped; a bad file or record is reported and the rest goes on.  An input some of whose
    records were skipped is read again under other options (--text-field, --max-bytes...).

    \b
    Examples:
      newstrace ingest examples/corpus
      newstrace ingest 'feeds/*.jsonl' --text-field body --published-field date
      newstrace ingest echo/ --source "Riverton Echo"   # plain text files of one outlet
      cat article.txt | newstrace ingest -
    """
    settings = make_settings(obj, **flags)
    with opened(settings, create=True) as corpus:
        report = _do_ingest(corpus, paths, settings)
    _strict_exit(settings, report)


@main.command()
@click.option("--force", is_flag=True, help="Re-analyse every article, not just new ones.")
@analyze_options
@click.pass_obj
@_handle
def analyze(obj: dict[str, Any], force: bool, **flags: Any) -> None:
    """Run the analysis stages over articles added since the last analysis.

    \b
    Examples:
      newstrace analyze
      newstrace analyze --embed --window-days 30
    """
    settings = make_settings(obj, **flags)
    with opened(settings) as corpus:
        _do_analyze(corpus, settings, force)


@main.command()
@click.argument("query")
@click.option("-n", "--limit", type=LIMIT, default=20, show_default=True,
              help="Most results to show.")  # fmt: skip
@click.pass_obj
@_handle
def search(obj: dict[str, Any], query: str, limit: int) -> None:
    """Full-text search of titles and texts (SQLite FTS5 syntax: AND, OR, "phrases", pre*)."""
    with opened(make_settings(obj)) as corpus:
        hits = corpus.search(query, limit)
    if not hits:
        err.print("no matches")
    for article, snippet in hits:
        out.print(Text.assemble((article.id, "bold"), f"  {article.title or ''}  ",
                                (article.source or "", "dim")))  # fmt: skip
        out.print(f"    {' '.join(snippet.split())}")  # on one line, as a search result


@main.command()
@click.argument("article_id")
@click.option("--original", is_flag=True, help="Print the original text, not the cleaned one.")
@click.option("--json", "as_json", is_flag=True, help="Print the article as JSON.")
@click.pass_obj
@_handle
def show(obj: dict[str, Any], article_id: str, original: bool, as_json: bool) -> None:
    """Show one article (id or unique id prefix) with its metadata."""
    from newstrace.report.export import article_dict

    with opened(make_settings(obj)) as corpus:
        article = corpus.article(article_id)
    if as_json:
        out.print_json(json.dumps(article_dict(article)))
        return
    from newstrace.report.html import inferred

    for key in ("id", "title", "source", "published", "url", "language", "format", "input"):
        value = getattr(article, key)
        if key == "published" and not value and (guess := inferred(article.metadata)):
            why = article.metadata.get("published_inferred_from")
            value = f"unknown; {guess} by its text ({why})"
        if value:
            out.print(Text.assemble((f"{key:>9}", "bold"), f"  {value}"))
    out.print()
    out.print(article.original if original else article.text, markup=False)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "parquet"]),
              default="json", show_default=True,
              help="One JSON document, JSON lines (one record a line, its kind named), or a "
                   "folder of Parquet tables (one per record kind).")  # fmt: skip
@click.option("-o", "--output", required=True, type=click.Path(),
              help="File (json, jsonl) or folder (parquet) to write.")  # fmt: skip
@click.option(
    "--no-text", is_flag=True, help="Leave article texts out (metadata and offsets only)."
)
@click.pass_obj
@_handle
def export(obj: dict[str, Any], fmt: str, output: str, no_text: bool) -> None:
    """Export articles and every analysis record (schema: docs/export.md)."""
    with opened(make_settings(obj)) as corpus:
        path = corpus.export(output, fmt, with_text=not no_text)
        _say_unanalysed(corpus)
    out.print(f"wrote {path}")


@main.command()
@click.option("--html", "html_path", required=True, type=click.Path(dir_okay=False),
              help="Where to write the self-contained HTML report.")  # fmt: skip
@click.option("--all", "complete", is_flag=True,
              help="Show everything: every full text, passage and row (by default a large "
                   "corpus shows 500 passages and texts, 1,000 rows per table).")  # fmt: skip
@click.pass_obj
@_handle
def report(obj: dict[str, Any], html_path: str, complete: bool) -> None:
    """Write the HTML report (one file, no network assets)."""
    with opened(make_settings(obj)) as corpus:
        path = corpus.report(html_path, complete=complete)
        _say_unanalysed(corpus)
    out.print(f"report: {path.resolve()}")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_obj
@_handle
def stats(obj: dict[str, Any], as_json: bool) -> None:
    """Counts: articles, sources, languages, dates, skipped inputs, analysis records."""
    with opened(make_settings(obj)) as corpus:
        data = corpus.stats()
    if as_json:
        out.print_json(json.dumps(data))
        return
    table = Table(show_header=False, box=None)
    for key, value in data.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
        elif isinstance(value, list):
            value = " – ".join(str(v or "?") for v in value)
        table.add_row(Text(key, "bold"), str(value))
    out.print(table)


def _say_unanalysed(corpus: Corpus) -> None:
    """Say how many articles are not analysed yet: else an empty reuse listing, report or
    export would read as the analysis finding no reuse."""
    pending = len(corpus.store.unanalyzed_ids())
    if pending:
        plural = "s" if pending != 1 else ""
        err.print(f"[yellow]{pending} article{plural} not analysed yet[/yellow]: "
                  "run `newstrace analyze` to find their reuse")  # fmt: skip


def _more(left_out: int, what: str, hint: str = "use -n, or --json for all") -> None:
    """Say how many rows a listing left out (its -n limit), as ``reuse`` does for passages."""
    if left_out > 0:
        err.print(f"… {left_out} more {what} ({hint})")


def _print_jsonl(records: Any, articles: Mapping[str, Any]) -> None:
    """One record per line as JSON (the --json option of the listing commands), spans with
    their original-text offsets and the text they cover too (docs/export.md)."""
    from newstrace.report.export import record_dict

    for record in records:
        out.print(json.dumps(record_dict(record, articles, with_text=True), ensure_ascii=False))


def _short(text: str, limit: int = 400) -> str:
    from newstrace.report.html import elide

    return elide(" ".join(text.split()), limit)


def _first_words(text: str, limit: int) -> str:
    """The first words of ``text`` within ``limit`` characters, "…" when cut."""
    words = text[: limit * 4].split()
    out = ""
    for w in words:
        if len(out) + len(w) + 1 > limit:
            return out + " …" if out else w[:limit] + "…"
        out = f"{out} {w}" if out else w
    return out


def _source(arts: dict[str, Any], article_id: str) -> str:
    """An article as a reader names it: outlet, headline (cut between words) and date (what
    a direction "by date" rests on, and what tells an article from its updated version)."""
    from newstrace.report.html import dated, elide

    a = arts.get(article_id)
    if a is None:
        return article_id
    # an untitled article is named by its first words (two untitled records of one outlet
    # would otherwise read the same)
    title = a.title or f"“{_first_words(a.text, 40)}”"
    return f"{a.source or '?'} · {elide(title, 50)} ({dated(a)}) id {a.id[:SHORT_ID]}"


# hex digits of an article id shown beside its name, to pass to `show`, `reuse` or `story`
# (a unique prefix is enough; an ambiguous one is answered with the ids it matches)
SHORT_ID = 8


@main.command()
@click.argument("article_id", required=False)
@click.option(
    "-n", "--limit", type=LIMIT, default=None,
    help="Most passages, and most rows of each table, to show (default 50; --json: all).",
)  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print passages as JSON lines.")
@click.option(
    "--pairs", "pairs_only", is_flag=True,
    help="Only the linked article pairs: relation, direction evidence, shares.",
)  # fmt: skip
@click.pass_obj
@_handle
def reuse(
    obj: dict[str, Any], article_id: str | None, limit: int | None, as_json: bool, pairs_only: bool
) -> None:
    """Reused passages side by side (all, or those of ARTICLE_ID), with duplicate groups.

    ARTICLE_ID is an id or a unique prefix of one: the listings show each article's as
    "id 3fa2b1c0" after its name (also `search` and `export`).

    \b
    Examples:
      newstrace reuse                 # shares, linked pairs, then passages
      newstrace reuse 3fa2            # passages reused in or from one article
      newstrace reuse --pairs --json  # linked pairs as JSON lines
    """
    from newstrace.report.html import changes_text, largest, passage_size, score_text

    with opened(make_settings(obj)) as corpus:
        records = corpus.records()
        if article_id is not None and not article_id.strip():  # an empty shell variable
            raise click.UsageError("the article id is empty (leave it out for every article)")
        focus = corpus.article(article_id).id if article_id else None
        _say_unanalysed(corpus)
    if not records.articles:  # an empty database (an ingest of a folder with no articles)
        err.print("the database holds no articles: add some with `newstrace ingest PATH`")
        return
    arts = {a.id: a for a in records.articles}
    passages = [
        al for al in records.alignments
        if not al.boilerplate
        and (focus is None or focus in (al.source.article_id, al.target.article_id))
    ]  # fmt: skip
    pairs = [p for p in records.pairs if focus is None or focus in (p.source_id, p.target_id)]
    if as_json:  # every record, like the other listings' --json, unless -n is given
        if pairs_only:
            every = len(pairs) if limit is None else limit
            _print_jsonl(largest(pairs, every, lambda p: p.target_share), arts)
        else:
            every = len(passages) if limit is None else limit
            _print_jsonl(largest(passages, every, passage_size), arts)
        if not (pairs if pairs_only else passages):  # stdout stays empty: JSON lines only
            what = "linked pairs" if pairs_only else "reused passages"
            err.print(f"no {what}" + (" for this article" if focus else ""))
        return
    limit = REUSE_ROWS if limit is None else limit
    if pairs_only:
        _print_pairs(pairs, arts, limit)
        stale = not records.pairs and any(not al.boilerplate for al in records.alignments)
        if not pairs and stale:  # passages but no pair records: analysed before they existed
            err.print("no pair records: this store was analysed by an older newstrace; "
                      "run `newstrace analyze --force` to add them")  # fmt: skip
        elif not pairs:
            err.print("no linked pairs" + (" for this article" if focus else ""))
        return
    _print_duplicates(records, arts, focus, limit)
    _print_provenance(records, arts, focus, limit)
    _print_pairs(pairs, arts, limit)
    undirected = records.undirected_pairs()
    for al in largest(passages, limit, passage_size):
        table = Table(show_header=True, expand=True, show_lines=False)
        pair = frozenset((al.source.article_id, al.target.article_id))
        left, right = ("shared by", "and") if pair in undirected else ("source", "reused in")
        table.add_column(f"{left}: {_source(arts, al.source.article_id)}", ratio=1)
        table.add_column(
            f"{right}: {_source(arts, al.target.article_id)} [{al.kind} {score_text(al.score)}]",
            ratio=1,
        )
        src, tgt = arts.get(al.source.article_id), arts.get(al.target.article_id)
        a_text = src.text[al.source.start : al.source.end] if src else ""
        b_text = tgt.text[al.target.start : al.target.end] if tgt else ""
        table.add_row(_short(a_text), _short(b_text))
        out.print(table)
        if al.kind == "edited" and a_text and b_text:  # the edits, which elision can hide
            out.print(f"  changed: {changes_text(a_text, b_text)}", markup=False, soft_wrap=True)
    if not passages:
        groups = any(focus is None or focus in g.members for g in records.duplicates)
        err.print("no reused passages" + (" for this article" if focus else "")
                  + (" besides the duplicate groups above (their copies are not aligned)"
                     if groups else ""))  # fmt: skip
    elif len(passages) > limit:
        err.print(f"… {len(passages) - limit} more passages (use -n)")


REUSE_ROWS = 50  # passages and table rows `reuse` shows without -n


# Below this terminal width a table of six columns breaks words mid-word ("relatio n"): each
# row is printed as a block of "column: value" lines instead.
NARROW = 90
# an undirected pair (unseen source, related) has no source: its two articles are listed in
# corpus order, and its direction column says so
_PAIR_COLUMNS = ("source (or first)", "target (or second)", "relation", "direction by",
                 "shares (src / tgt)", "passages")  # fmt: skip


def _print_rows(
    title: str, columns: tuple[str, ...], rows: Sequence[tuple[str, ...]], fold: bool = False
) -> None:
    """A table, or below :data:`NARROW` columns blocks of "column: value" lines (empty values
    left out; a value's further lines indented)."""
    if out.width >= NARROW:
        table = Table(title=title, title_justify="left")
        for col in columns:
            table.add_column(col, overflow="fold" if fold else "ellipsis")
        for row in rows:
            table.add_row(*row)
        out.print(table)
        return
    out.print(title)
    for row in rows:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for col, value in zip(columns, row, strict=True):
            if value:
                grid.add_row(f"{col}:", value)
        out.print()
        out.print(Padding(grid, (0, 0, 0, 2)), soft_wrap=False)


def _print_pairs(pairs: list[Any], arts: dict[str, Any], limit: int) -> None:
    from newstrace.report.html import EVIDENCE, share_text

    if not pairs:
        return
    shown = sorted(pairs, key=lambda p: -p.target_share)[: max(limit, 0)]
    place = {aid: n for n, aid in enumerate(arts)}  # corpus (ingest) order
    rows = [
        (
            *(_source(arts, aid) for aid, _ in _in_order(p, place)), p.relation.replace("_", " "),
            _direction(p), " / ".join(share_text(share) for _, share in _in_order(p, place)),
            f"{p.passages} ({', '.join(p.kinds)})",
        )
        for p in shown
    ]  # fmt: skip
    _print_rows("Linked pairs", _PAIR_COLUMNS, rows, fold=True)
    _more(len(pairs) - limit, "pairs", "use -n, or --pairs --json for all")
    for evidence in sorted({p.evidence for p in shown}):
        if evidence in EVIDENCE:
            _indented(f"{evidence}: {EVIDENCE[evidence]}", 0)  # wrapped (a review: 154 columns)


def _in_order(pair: Any, place: dict[str, int]) -> list[tuple[str, float]]:
    """A pair's source and target with their shares; an undirected pair's two articles in
    corpus order."""
    ends = [(pair.source_id, pair.source_share), (pair.target_id, pair.target_share)]
    if pair.relation == "derived":
        return ends
    return sorted(ends, key=lambda end: place.get(end[0], len(place)))


def _direction(pair: Any) -> str:
    """What a pair's direction rests on; "none" with the reason there is none."""
    if pair.relation == "derived":
        return str(pair.evidence)
    return "none" if pair.evidence == "none" else f"none ({pair.evidence})"


def _print_duplicates(records: Any, arts: dict[str, Any], focus: str | None, limit: int) -> None:
    groups = [g for g in records.duplicates if focus is None or focus in g.members]
    if not groups:
        return
    from newstrace.report.html import changes_text, largest

    rows = []
    for g in largest(groups, limit, lambda g: len(g.members)):
        copies = []
        others = [m for m in g.members if m != g.canonical]
        for m in others[: max(limit, 0)]:  # a story reprinted by a thousand outlets
            a, c = arts.get(g.canonical), arts.get(m)
            what = f" ({changes_text(a.text, c.text)})" if g.kind == "near" and a and c else ""
            copies.append(_source(arts, m) + what)
        if len(others) > limit:
            copies.append(f"… {len(others) - limit} more copies (use -n, or `export` for all)")
        canon = _source(arts, g.canonical) + ("" if g.ordered else f"\n{_UNORDERED}")
        rows.append((g.kind, f"{g.similarity:.2f}", canon, "\n".join(copies)))
    _print_rows(
        "Duplicate groups", ("kind", "similarity", "canonical", "copies (what each changed)"), rows
    )
    _more(len(groups) - limit, "duplicate groups", "use -n, or `export` for all")


# Said of the canonical copy of a duplicate group whose order is not known (DuplicateGroup.ordered)
_UNORDERED = "(which copy came first is not known: chosen as the longest, else by id)"


def _print_provenance(records: Any, arts: dict[str, Any], focus: str | None, limit: int) -> None:
    from newstrace.report.html import pair_shares, provenance_rows, quoted_sources, share_text

    shared = pair_shares(records.pairs)

    # copy -> canonical copy, in groups whose order is not known
    unordered = {m: g.canonical for g in records.duplicates if not g.ordered for m in g.members}

    rows = [
        p for p in provenance_rows(records.provenance) if focus is None or p.article_id == focus
    ] or [p for p in records.provenance if p.article_id == focus]
    if not rows:
        return
    quoted = quoted_sources(records, arts)
    cols = ("article", "derived", "reused", "from", "shared unseen source with", "related to")
    lines = []
    for p in rows[: max(limit, 0)]:
        sources = "; ".join(
            f"{share_text(v)} {_source(arts, k)}"
            + (" (copy; order not known)" if unordered.get(p.article_id) == k else "")
            + (" (quoted, not counted)" if (p.article_id, k) in quoted else "")
            for k, v in p.sources.items()
        )
        unseen = ", ".join(_partner(arts, shared, p.article_id, k) for k in p.unseen_source_with)
        related = ", ".join(_partner(arts, shared, p.article_id, k) for k in p.related_with)
        name, share = _source(arts, p.article_id), share_text(p.reused_share)
        lines.append((name, p.label, share, sources, unseen, related))
    _print_rows("Reused share per article", cols, lines)
    _more(len(rows) - limit, "articles", "use -n, or `export` for all")
    if any(p.related_with for p in rows):
        _indented(
            "related: paraphrased passages in common, no evidence of who drew on whom "
            "(a rewrite, a common source, or independent reports of the same facts)",
            0,
        )


def _partner(arts: dict[str, Any], shared: dict[tuple[str, str], float], aid: str,
             other: str) -> str:  # fmt: skip
    """An article with no direction to ``aid``, with the share of ``aid`` the two share."""
    from newstrace.report.html import share_text

    share = shared.get((aid, other))
    return (f"{share_text(share)} with " if share is not None else "") + _source(arts, other)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print stories as JSON lines.")
@click.option(
    "-n", "--limit", type=LIMIT, default=50, show_default=True,
    help="Most stories to show, the largest (--json: all).",
)  # fmt: skip
@click.pass_obj
@_handle
def stories(obj: dict[str, Any], as_json: bool, limit: int) -> None:
    """Stories: label, dates, number of articles and sources, storyline."""
    with opened(make_settings(obj)) as corpus:
        found = corpus.stories()
        arts = {a.id: a for a in corpus.articles()}
        storylines = corpus.store.load_records("storylines")
    if as_json:
        _print_jsonl(found, arts)
        return
    if not found:
        err.print("no stories yet (run `newstrace analyze`)")
        return
    largest = sorted(found, key=lambda s: -len(s.articles))[: max(limit, 0)]
    shown = sorted(largest, key=lambda s: (s.first_seen or "", s.id))
    lines = {line.id: line for line in storylines}
    out.print(_stories_table(shown, arts, lines, out.width))
    _more(len(found) - len(largest), "stories (smaller ones)")


# `stories` prints one line per story, the label taking the room the other columns leave (cut
# with "…"): at 80 columns id, first and last day, articles and label; a terminal of NARROW
# columns also shows the number of sources, one of STORYLINE_COLUMNS each story's storyline.
STORYLINE_COLUMNS = 120
# characters of a story or storyline id shown: its letter and as many hex digits as an
# article's short id (a unique prefix is enough for `story`)
SHORT_STORY_ID = 1 + SHORT_ID


def _stories_table(
    shown: Sequence[Any], arts: Mapping[str, Any], lines: Mapping[str, Any], width: int
) -> Table:
    """One row per story for a terminal ``width`` columns wide (:data:`STORYLINE_COLUMNS`).
    Every column but the label is as wide as its widest cell; the label takes the rest."""
    columns: dict[str, Callable[[Any], str]] = {
        "id": lambda s: s.id[:SHORT_STORY_ID],
        "first seen": lambda s: _day(s.first_seen),
        "last seen": lambda s: _day(s.last_seen),
        "articles": lambda s: str(len(s.articles)),
    }
    if width >= NARROW:
        columns["sources"] = lambda s: str(len({arts[a].source for a in s.articles if a in arts}))
    columns["label"] = lambda s: " ".join(s.label.split())
    if width >= STORYLINE_COLUMNS:
        columns["storyline"] = lambda s: _storyline_cell(s, lines)
    rows = [[cell(s) for cell in columns.values()] for s in shown]
    table = Table(box=None, padding=(0, 1), collapse_padding=True, pad_edge=False,
                  header_style="bold", expand=True)  # fmt: skip
    for k, header in enumerate(columns):
        if header == "label":
            table.add_column(header, no_wrap=True, overflow="ellipsis", ratio=1)
            continue
        least = max([len(header), *(len(row[k]) for row in rows)])
        numeric = header in ("articles", "sources")
        table.add_column(header, no_wrap=True, min_width=least,
                         justify="right" if numeric else "left")  # fmt: skip
    for row in rows:
        table.add_row(*row)
    return table


def _day(moment: str | None) -> str:
    """The day of an ISO date or time, YYYY-MM-DD; "no date" for none."""
    return moment[:10] if moment else "no date"


def _storyline_cell(story: Any, lines: Mapping[str, Any]) -> str:
    """A story's storyline: its short id, and how many stories it links when more than one."""
    if not story.storyline:
        return ""
    line = lines.get(story.storyline)
    linked = len(line.stories) if line else 1
    return story.storyline[:SHORT_STORY_ID] + (f" ({linked} stories)" if linked > 1 else "")


STORY_ROWS = 12  # rows of each section of `story` without -n, as the report shows a story's


@main.command()
@click.argument("story_id")
@click.option(
    "-n", "--limit", type=LIMIT, default=STORY_ROWS, show_default=True,
    help="Most rows of each section (articles, storyline, quotes, numbers, passages).",
)  # fmt: skip
@click.option("--json", "as_json", is_flag=True,
              help="Print the story, its articles, quotes, numbers and passages as one JSON "
                   "object (all of them).")  # fmt: skip
@click.pass_obj
@_handle
def story(obj: dict[str, Any], story_id: str, limit: int, as_json: bool) -> None:
    """One story (id or unique id prefix): its articles, storyline, quotes by speaker,
    numbers, and the passages reused inside it.

    \b
    Examples:
      newstrace story s20d72ac7
      newstrace story s20d72ac7 -n 100      # up to 100 rows a section
      newstrace story s20d72ac7 --json      # everything, spans with their text
    """
    from newstrace.report.story import story_dict, story_records

    with opened(make_settings(obj)) as corpus:
        found = story_records(corpus.store, corpus.story(story_id))
    if as_json:
        out.print_json(json.dumps(story_dict(found)))
        return
    _print_story_head(found)
    _print_story_articles(found, limit)
    _print_storyline(found, limit)
    _print_story_quotes(found, limit)
    _print_story_numbers(found, limit)
    _print_story_passages(found, limit)


def _print_story_head(found: Any) -> None:
    s = found.story
    sources = len({a.source for a in found.articles})
    out.print(Text(" ".join(s.label.split()), "bold"))
    last = _day(s.last_seen) if s.last_seen else _day(s.first_seen)
    days = _day(s.first_seen) + (f" to {last}" if last != _day(s.first_seen) else "")
    plural = "s" if len(s.articles) != 1 else ""
    out.print(f"story {s.id} · {days} · {len(s.articles)} article{plural} from {sources} "
              f"source{'s' if sources != 1 else ''}")  # fmt: skip
    if s.entities:
        _indented("entities: " + ", ".join(s.entities), 0)


def _section(title: str) -> None:
    out.print()
    out.print(Text(title, "bold"))


def _indented(text: str, indent: int) -> None:
    """``text`` wrapped to the terminal, ``indent`` columns in (between words, no word cut)."""
    import textwrap

    margin = " " * indent
    width = max(out.width - indent, MIN_WRAP) + indent
    wrapped = textwrap.fill(text, width, initial_indent=margin, subsequent_indent=margin,
                            break_long_words=False, break_on_hyphens=False)  # fmt: skip
    out.print(wrapped, soft_wrap=True)


MIN_WRAP = 20  # the fewest columns a wrapped line of text is given, however narrow the terminal


def _ref(found: Any, article_id: str) -> str:
    """An article of a story as its other sections name it: its number in the Articles
    section and its outlet."""
    a = found.arts.get(article_id)
    number = found.story.articles.index(article_id) + 1 if a else "?"
    return f"[{number}] {(a.source if a else None) or '?'}"


def _print_story_articles(found: Any, limit: int) -> None:
    arts = found.arts
    _section(f"Articles ({len(found.story.articles)})")
    for n, aid in enumerate(found.story.articles[:limit], 1):
        _indented(f"[{n}] {_source(arts, aid)}", 2)
    _more(len(found.story.articles) - limit, "articles", "use -n, or --json for all")


def _print_storyline(found: Any, limit: int) -> None:
    line, here = found.storyline, found.story.id
    if line is None or len(found.line_stories) < 2:
        _section("Storyline: this story only")
        return
    _section(f"Storyline: {' '.join(line.label.split())} ({len(found.line_stories)} stories)")
    for s in found.line_stories[:limit]:
        this = " (this story)" if s.id == here else ""
        _indented(f"{_day(s.first_seen)}  {s.id[:SHORT_STORY_ID]}  {s.label}{this}", 2)
    _more(len(found.line_stories) - limit, "stories of the storyline", "use -n")


def _print_story_quotes(found: Any, limit: int) -> None:
    from newstrace.report.story import by_speaker

    arts, left = found.arts, limit
    _section(f"Quotes by speaker ({len(found.quotes)})")
    for speaker, quotes in by_speaker(found.quotes):
        if left <= 0:
            break
        out.print(Text.assemble("  ", (speaker, "bold"), f" ({len(quotes)})"))
        for q in quotes[:left]:
            a = arts.get(q.article_id)
            text = _short(a.text[q.content.start : q.content.end], 240) if a else ""
            _indented(f"{text} — {_ref(found, q.article_id)}", 4)
        left -= len(quotes)
    hint = f"use -n, or `newstrace quotes --story {found.story.id}`"
    _more(len(found.quotes) - limit, "quotes", hint)


def _print_story_numbers(found: Any, limit: int) -> None:
    from newstrace.report.html import number_text

    arts = found.arts
    _section(f"Numbers ({len(found.claims)})")
    for c in found.claims[:limit]:
        a = arts.get(c.article_id)
        if a is None:
            continue
        value = number_text(c.value) + (f"–{number_text(c.upper)}" if c.upper is not None else "")
        parts = [" ".join(filter(None, (c.hedge, value, c.unit)))]
        if c.counts:
            parts.append(f"counts: {_short(a.text[c.counts.start : c.counts.end], 80)}")
        if c.period:
            parts.append(f"when: {_short(a.text[c.period.start : c.period.end], 40)}")
        written = _short(a.text[c.span.start : c.span.end], 60)
        _indented(f"{written} ({'; '.join(parts)}) — {_ref(found, c.article_id)}", 2)
    hint = f"use -n, or `newstrace claims --story {found.story.id}`"
    _more(len(found.claims) - limit, "numbers", hint)


def _print_story_passages(found: Any, limit: int) -> None:
    from newstrace.report.html import largest, passage_size, score_text

    arts = found.arts
    directed = {(p.source_id, p.target_id) for p in found.pairs if p.relation == "derived"}
    _section(f"Reused passages inside the story ({len(found.passages)})")
    for al in largest(found.passages, limit, passage_size):
        ends = (al.source.article_id, al.target.article_id)
        arrow = "→" if ends in directed else "↔"  # no direction known: shared, or related
        tgt = arts.get(ends[1])
        text = _short(tgt.text[al.target.start : al.target.end], 160) if tgt else ""
        out.print(Text.assemble(
            f"  {_ref(found, ends[0])} {arrow} {_ref(found, ends[1])} ",
            (f"[{al.kind} {score_text(al.score)}]", "dim"),
        ))  # fmt: skip
        _indented(text, 4)
    hint = "use -n, or `newstrace reuse ID` for an article's passages side by side"
    _more(len(found.passages) - limit, "passages", hint)


@main.command()
@click.option("--speaker", help="Only quotes whose speaker contains this name.")
@click.option("--story", "story_id", help="Only quotes from this story.")
@click.option("--json", "as_json", is_flag=True, help="Print quotes as JSON lines.")
@click.option("-n", "--limit", type=LIMIT, default=50, show_default=True,
              help="Most rows (--json: all).")  # fmt: skip
@click.pass_obj
@_handle
def quotes(
    obj: dict[str, Any], speaker: str | None, story_id: str | None, as_json: bool, limit: int
) -> None:
    """Quotes with their speakers (resolved across the articles of a story)."""
    with opened(make_settings(obj)) as corpus:
        found = corpus.quotes(speaker=speaker, story=story_id)
        arts = {a.id: a for a in corpus.articles()}
    if as_json:
        _print_jsonl(found, arts)
        return
    table = Table()
    for col in ("speaker", "quote", "kind", "source", "evidence"):
        table.add_column(col)
    for q in found[: max(limit, 0)]:
        a = arts.get(q.article_id)
        text = a.text[q.content.start : q.content.end] if a else ""
        table.add_row(q.speaker or "?", _short(text, 240), q.kind, a.source if a else "",
                      q.evidence or "")  # fmt: skip
    out.print(table)
    err.print(f"{len(found)} quote(s)")
    _more(len(found) - limit, "quotes")


@main.command()
@click.option("--story", "story_id", help="Only claims from this story.")
@click.option("--json", "as_json", is_flag=True, help="Print claims as JSON lines.")
@click.option("-n", "--limit", type=LIMIT, default=50, show_default=True,
              help="Most rows (--json: all).")  # fmt: skip
@click.pass_obj
@_handle
def claims(obj: dict[str, Any], story_id: str | None, as_json: bool, limit: int) -> None:
    """Numeric claims: the number as written, its value and unit, and what it counts."""
    from newstrace.report.html import number_text

    with opened(make_settings(obj)) as corpus:
        found = corpus.claims(story=story_id)
        arts = {a.id: a for a in corpus.articles()}
    if as_json:
        _print_jsonl(found, arts)
        return
    table = Table()
    for col in ("as written", "value", "unit", "hedge", "counts", "when", "source"):
        table.add_column(col)
    for c in found[: max(limit, 0)]:
        a = arts.get(c.article_id)
        written = a.text[c.span.start : c.span.end] if a else ""
        counts = a.text[c.counts.start : c.counts.end] if a and c.counts else ""
        when = a.text[c.period.start : c.period.end] if a and c.period else ""
        value = number_text(c.value) + (f"–{number_text(c.upper)}" if c.upper is not None else "")
        row = (written, value, c.unit or "", c.hedge or "", counts, when, a.source if a else "")
        table.add_row(*row)
    out.print(table)
    err.print(f"{len(found)} claim(s)")
    _more(len(found) - limit, "claims")


@main.command()
@click.option("--kind", type=click.Choice(["person", "org", "place", "role", "date"]),
              help="Only entities of this kind (default: all).")  # fmt: skip
@click.option("-n", "--limit", type=LIMIT, default=50, show_default=True,
              help="Most entities to show, the most mentioned first.")  # fmt: skip
@click.pass_obj
@_handle
def entities(obj: dict[str, Any], kind: str | None, limit: int) -> None:
    """People, organisations, places (and dates) with how many articles mention them."""
    from collections import defaultdict

    with opened(make_settings(obj)) as corpus:
        found = corpus.mentions(kind)
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in found:
        articles[(m.kind, m.name)].add(m.article_id)
    table = Table()
    for col in ("kind", "name", "articles"):
        table.add_column(col)
    ranked = sorted(articles.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    for (k, name), ids in ranked[:limit]:
        table.add_row(k, name, str(len(ids)))
    out.print(table)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8750, show_default=True, help="Port to listen on.")
@click.pass_obj
@_handle
def serve(obj: dict[str, Any], host: str, port: int) -> None:
    """Local web app: articles, reused passages side by side, stories (extra `web`)."""
    try:
        import uvicorn

        from newstrace.report.web.app import LOOPBACK_HOSTS, create_app
    except ImportError as exc:
        raise click.UsageError(
            f"the web app needs the 'web' extra: pip install 'newstrace[web]' ({exc})"
        ) from exc
    settings = make_settings(obj)
    _require_db(Path(settings.db))
    app = create_app(settings.db, LOOPBACK_HOSTS if host in LOOPBACK_HOSTS else None)
    err.print(f"serving {escape(str(settings.db))} on http://{host}:{port}/ (Ctrl-C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _db_after_command(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    """``newstrace stories --db x.db`` as ``newstrace --db x.db stories``."""
    if value is not None:
        ctx.ensure_object(dict)["db"] = value


for _command in main.commands.values():  # --db is taken after the command's name too
    _command.params.append(
        click.Option(["--db"], type=click.Path(dir_okay=False), expose_value=False,
                     callback=_db_after_command, help="Database file (as before the command).")
    )  # fmt: skip


if __name__ == "__main__":
    run_cli()
