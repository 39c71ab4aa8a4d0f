"""Benchmark: the whole reuse engine (dedup + align) on a synthetic corpus with known reuse.

Usage:
    python bench/synth.py --docs 10000 --reuse 0.1 --seed 1 --out bench/data/synth-10k
    python bench/bench_align.py bench/data/synth-10k [--limit N] [--json] [--profile FILE]
    python bench/bench_align.py bench/data/synth-10k --incremental 100

Reports wall and CPU seconds per stage, articles per second, peak resident memory, the
number of candidate pairs the align stage aligned (from its stats), and quality against the
generator's gold: pair recall per injected kind (a gold pair counts when the engine links the
two articles in the right direction; also in either direction) and pair precision (linked
pairs that are gold pairs in either direction; every other link, including links between
articles of one synthetic story, counts as false).  Articles are built without cleanup
(identity offset maps): ingest is measured separately.

``--incremental N``: the last N articles arrive later.  Dedup and align run over the others
first (not timed), then over all with the last N as ``new_ids`` (timed): the cost of an
incremental ``analyze`` of the reuse engine.  The sentence data of the first run is kept and
given to the second, as ``analyze`` keeps it in the store (reading it from SQLite is not
timed), and so are its undirected marks and withheld passages (:mod:`.align.heldlinks`;
``held_links_kb``: their size as stored) and the dedup keys of its articles
(:class:`newstrace.stages.dedup.KeptKeys`); ``--retokenise`` tokenises and hashes every
article again instead.

``--records FILE``: the records written as sorted JSON lines (duplicate groups, passages,
per-article provenance, reuse pairs; scores rounded to 9 digits), so that two runs -- one
over all articles and one adding the last N -- can be compared with ``cmp``.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import json
import pstats
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newstrace.config import Settings
from newstrace.records import Article, RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.align.heldlinks import HeldLinks
from newstrace.stages.align.sentences import KeptSentences
from newstrace.text.offsets import OffsetMap


def load(folder: Path, limit: int | None) -> tuple[list[Article], list[dict[str, Any]]]:
    articles = []
    with (folder / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            text = d["text"]
            articles.append(
                Article(
                    id=d["id"],
                    text=text,
                    original=text,
                    offsets=OffsetMap.identity(len(text)),
                    title=d.get("title"),
                    source=d.get("source"),
                    published=d.get("published"),
                )  # fmt: skip
            )
            if limit and len(articles) >= limit:
                break
    keep = {a.id for a in articles}
    gold = []
    with (folder / "gold.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            if g["type"] in ("passage", "duplicate") and {g["source"], g["target"]} <= keep:
                gold.append(g)
    return articles, gold


def score(
    records: RecordSet, gold: list[dict[str, Any]], missed: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """Recall per kind of the gold reuse: the source found as the target's source (right
    direction), reversed, or the two linked with no direction (what the engine says when the
    dates tie and the texts do not tell): marked as sharing a source outside the corpus
    (shared wording) or as related (paraphrased passages only); pair precision over every
    linked pair, either way round.  Reuse of an article with near or exact copies in the
    corpus counts as found when it is traced to any of them (the engine names the canonical
    copy, whose text is the same).  Gold entries not found either way are appended to
    ``missed`` when it is given."""
    derived: dict[str, set[str]] = defaultdict(set)
    unseen: dict[str, set[str]] = defaultdict(set)
    related: dict[str, set[str]] = defaultdict(set)
    for p in records.provenance:
        derived[p.article_id] |= set(p.sources)
        unseen[p.article_id] |= set(p.unseen_source_with)
        related[p.article_id] |= set(p.related_with)
    alike: dict[str, frozenset[str]] = {}
    for group in records.duplicates:
        for m in group.members:
            alike[m] = frozenset(group.members)
            if m != group.canonical:
                derived[m].add(group.canonical)

    def classify(s: str, t: str) -> int | None:
        """0 right, 1 reversed, 2 unseen source, 3 related: on the gold source itself first,
        then on its copies."""
        for names in ({s}, alike.get(s, frozenset()) - {s}):
            if names & derived.get(t, set()):
                return 0
            if any(t in derived.get(x, ()) for x in names):
                return 1  # linked, direction reversed
            if names & unseen.get(t, set()):
                return 2  # linked as sharing an unseen source
            if names & related.get(t, set()):
                return 3  # linked as related (paraphrased passages, no direction)
        return None

    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    gold_pairs = set()
    for g in gold:
        kind = g["kind"] if g["type"] == "passage" else f"{g['kind']} copy"
        by_kind[kind][4] += 1
        gold_pairs.add((g["source"], g["target"]))
        found_as = classify(g["source"], g["target"])
        if found_as is not None:
            by_kind[kind][found_as] += 1
        elif missed is not None:
            missed.append(g)
    found = {(s, t) for t, ss in derived.items() for s in ss}
    found |= {
        (min(a, b), max(a, b)) for marks in (unseen, related) for a, bs in marks.items() for b in bs
    }

    def true_pair(s: str, t: str) -> bool:
        return any(
            (x, y) in gold_pairs or (y, x) in gold_pairs
            for x in alike.get(s, {s})
            for y in alike.get(t, {t})
        )

    true = sum(1 for s, t in found if true_pair(s, t))
    total = max(len(gold), 1)

    def share(pick: Callable[[list[int]], int]) -> dict[str, float]:
        return {k: round(pick(v) / v[4], 4) for k, v in sorted(by_kind.items())}

    return {
        "recall": share(lambda v: v[0]),
        "recall_any_direction": share(lambda v: v[0] + v[1] + v[2] + v[3]),
        "unseen_source": share(lambda v: v[2]),
        "related": share(lambda v: v[3]),
        "reversed": share(lambda v: v[1]),
        "recall_all": round(sum(v[0] for v in by_kind.values()) / total, 4),
        "linked_pairs": len(found),
        "precision": round(true / len(found), 4) if found else None,
    }


def timed(fn: Any, *args: Any) -> tuple[Any, float, float]:
    w, c = time.perf_counter(), time.process_time()
    out = fn(*args)
    return out, time.perf_counter() - w, time.process_time() - c


def earlier(
    records: RecordSet, n: int, settings: Settings
) -> tuple[RecordSet, KeptSentences, HeldLinks, dedup.KeptKeys]:
    """``records`` after an analysis of all but the last ``n`` articles, with those ``n`` as
    the new ones (the state before an incremental run), and the sentence data, the marks
    and withheld passages and the dedup keys it kept."""
    old = records.articles[:-n]
    first = RecordSet(articles=old, new_ids=frozenset(a.id for a in old))
    kept, held, keys = KeptSentences([], {}), HeldLinks(), dedup.KeptKeys()
    first, _ = align.run_with_stats(dedup.run(first, settings, keys), settings, kept, held)
    new = frozenset(a.id for a in records.articles[-n:])
    later = dataclasses.replace(first, articles=records.articles, new_ids=new)
    return later, KeptSentences(kept.names, kept.added), held, dedup.KeptKeys(keys.added)


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in sorted(value.items())}
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    return value


def write_records(path: Path, records: RecordSet) -> None:
    """The reuse engine's records as sorted JSON lines, one kind after another."""
    kinds = {
        "duplicate": records.duplicates,
        "alignment": records.alignments,
        "provenance": records.provenance,
        "pair": records.pairs,
    }
    with path.open("w", encoding="utf-8") as fh:
        for kind, items in kinds.items():
            lines = sorted(
                json.dumps([kind, _rounded(dataclasses.asdict(r))], sort_keys=True) for r in items
            )
            fh.writelines(line + "\n" for line in lines)


def profiled(path: Path, fn: Any, *args: Any) -> tuple[Any, float, float]:
    """:func:`timed` under cProfile; stats saved to ``path``, top entries printed to stderr."""
    prof = cProfile.Profile()
    out = prof.runcall(timed, fn, *args)
    prof.dump_stats(path)
    pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(30)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--profile", type=Path, help="run the align stage under cProfile, save here")
    ap.add_argument("--incremental", type=int, metavar="N", help="time adding the last N")
    ap.add_argument("--retokenise", action="store_true", help="--incremental without kept data")
    ap.add_argument("--synonyms", action="store_true", help="reuse.align_synonyms on (WordNet)")
    ap.add_argument("--missed", type=Path, help="write the gold reuse not found here (JSONL)")
    ap.add_argument("--records", type=Path, help="write the records here, sorted (JSONL)")
    args = ap.parse_args(argv)
    articles, gold = load(args.folder, args.limit)
    settings = Settings().with_overrides({"reuse.align_synonyms": args.synonyms})
    records = RecordSet(articles=tuple(articles), new_ids=frozenset(a.id for a in articles))
    kept, held, keys = None, None, None
    if args.incremental:
        records, kept, held, keys = earlier(records, args.incremental, settings)
        kept, keys = (None, None) if args.retokenise else (kept, keys)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    records, w1, c1 = timed(dedup.run, records, settings, keys)
    if args.profile:
        (records, stats), w2, c2 = profiled(
            args.profile, align.run_with_stats, records, settings, kept, held
        )
    else:
        (records, stats), w2, c2 = timed(align.run_with_stats, records, settings, kept, held)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {
        "articles": len(articles),
        "dedup": {"wall_s": round(w1, 2), "cpu_s": round(c1, 2)},
        "align": {"wall_s": round(w2, 2), "cpu_s": round(c2, 2)},
        "articles_per_s": round(len(articles) / (w1 + w2), 1),
        "peak_rss_mb": round(peak / 1024),
        "rss_after_load_mb": round(base / 1024),
        "align_kb_per_article": round((peak - base) / len(articles), 1),
        "new_articles": len(records.new_ids),
        "candidate_pairs": stats.candidate_pairs if stats else None,
        "sentence_table_mb": round(stats.table_bytes / 2**20, 1) if stats else None,
        "docs_built": stats.docs_built if stats else None,
        "alignments": len(records.alignments),
        "held_links_kb": round(len(held.to_bytes()) / 1024, 1) if held else None,
        **score(records, gold, missed := []),
    }
    if args.missed:
        with args.missed.open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(g) + "\n" for g in missed)
    if args.records:
        write_records(args.records, records)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>18}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
