"""The command line: parse → Settings → pipeline / store / report.  The only module that prints.

Exit codes: 0 success; 1 unexpected error; 2 bad usage or setting; 3 inputs were skipped and
``--strict`` was given; 4 the database cannot be used; 5 an id was not found.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from newstrace import __version__
from newstrace.api import Corpus
from newstrace.config import Settings
from newstrace.errors import NewstraceError
from newstrace.store import IngestReport

EXIT_STRICT = 3
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)


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
        "published_field": "ingest.published_field",
    }  # fmt: skip
    for name, value in flags.items():
        if value is not None and name in field_map:
            overrides[field_map[name]] = value
    return Settings().with_overrides(overrides)


def ingest_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--max-bytes", type=int, help="Skip inputs larger than this (bytes)."),
        click.option("--id-field", help="Field holding the id in JSON/CSV records."),
        click.option("--text-field", help="Field holding the text in JSON/CSV records."),
        click.option("--title-field", help="Field holding the title."),
        click.option("--source-field", help="Field holding the source (outlet)."),
        click.option("--url-field", help="Field holding the URL."),
        click.option("--published-field", help="Field holding the publication date."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


@contextmanager
def opened(settings: Settings) -> Iterator[Corpus]:
    corpus = Corpus(settings=settings)
    try:
        yield corpus
    finally:
        corpus.close()


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
    ctx.obj = {"db": db, "quiet": quiet, "strict": strict}


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
            err.print(f"[red]error:[/red] {exc}")
            sys.exit(exc.exit_code)

    return wrapper


def _progress(settings: Settings) -> RichProgress:
    return RichProgress(settings.progress and err.is_terminal)


def _print_ingest(report: IngestReport, quiet: bool) -> None:
    parts = [f"added {report.added} article{'s' if report.added != 1 else ''}"]
    if report.already_present:
        parts.append(f"{report.already_present} already in the database")
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


def _strict_exit(settings: Settings, report: IngestReport) -> None:
    if settings.strict and report.skipped:
        err.print(f"[red]--strict: {len(report.skipped)} input(s) skipped[/red]")
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
        return
    timing = ", ".join(f"{n} {s:.1f}s" for n, s in result.stages)
    counts = ", ".join(f"{v} {k}" for k, v in result.counts.items())
    err.print(f"analyze: {result.analyzed} new article(s); {counts} [dim]({timing})[/dim]")


# -- commands ------------------------------------------------------------------------------------
@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False), default="out",
              show_default=True, help="Folder for report.html and analysis.json.")  # fmt: skip
@ingest_options
@click.pass_obj
@_handle
def run(obj: dict[str, Any], paths: tuple[str, ...], out_dir: str, **flags: Any) -> None:
    """Ingest PATHS, analyse, and write OUT/report.html and OUT/analysis.json.

    Unless --db is given the database is OUT/newstrace.db, so a run is self-contained.

    \b
    Example:
      newstrace run examples/corpus -o out
    """
    folder = Path(out_dir)
    if obj["db"] is None:
        obj = {**obj, "db": str(folder / "newstrace.db")}
    settings = make_settings(obj, **flags)
    with opened(settings) as corpus:
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

    Formats: .txt .md .html .htm .json .jsonl .csv .warc .warc.gz.  Inputs already ingested are
    recognised by content and skipped; a bad file or record is reported and the rest goes on.

    \b
    Examples:
      newstrace ingest examples/corpus
      newstrace ingest 'feeds/*.jsonl' --text-field body --published-field date
      cat article.txt | newstrace ingest -
    """
    settings = make_settings(obj, **flags)
    with opened(settings) as corpus:
        report = _do_ingest(corpus, paths, settings)
    _strict_exit(settings, report)


@main.command()
@click.option("--force", is_flag=True, help="Re-analyse every article, not just new ones.")
@click.pass_obj
@_handle
def analyze(obj: dict[str, Any], force: bool) -> None:
    """Run the analysis stages over articles added since the last analysis."""
    settings = make_settings(obj)
    with opened(settings) as corpus:
        _do_analyze(corpus, settings, force)


@main.command()
@click.argument("query")
@click.option("-n", "--limit", default=20, show_default=True, help="Most results to show.")
@click.pass_obj
@_handle
def search(obj: dict[str, Any], query: str, limit: int) -> None:
    """Full-text search of titles and texts (SQLite FTS5 syntax: AND, OR, "phrases", pre*)."""
    with opened(make_settings(obj)) as corpus:
        hits = corpus.search(query, limit)
    if not hits:
        err.print("no matches")
    for article, snippet in hits:
        out.print(f"[bold]{article.id}[/bold]  {article.title or ''}  [dim]{article.source}[/dim]")
        out.print(f"    {snippet}")


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
    for key in ("id", "title", "source", "published", "url", "language", "format", "input"):
        value = getattr(article, key)
        if value:
            out.print(f"[bold]{key:>9}[/bold]  {value}")
    out.print()
    out.print(article.original if original else article.text, markup=False)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "parquet"]),
              default="json", show_default=True)  # fmt: skip
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
    out.print(f"wrote {path}")


@main.command()
@click.option("--html", "html_path", required=True, type=click.Path(dir_okay=False),
              help="Where to write the self-contained HTML report.")  # fmt: skip
@click.pass_obj
@_handle
def report(obj: dict[str, Any], html_path: str) -> None:
    """Write the HTML report (one file, no network assets)."""
    with opened(make_settings(obj)) as corpus:
        path = corpus.report(html_path)
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
        table.add_row(f"[bold]{key}[/bold]", str(value))
    out.print(table)


if __name__ == "__main__":
    run_cli()
