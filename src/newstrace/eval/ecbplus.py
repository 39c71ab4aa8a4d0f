"""ECB+ story clustering: ``python -m newstrace.eval ecbplus [--orders 5] [--seed 0] [--json]
[--mode lexical|embed] [--entities extract|capitalised] [--batch N]``.

Stories are scored against ECB+ events (topic x ecb/ecbplus subtopic) and storylines against
topics, with B-cubed precision/recall/F1 and the adjusted Rand index.  ECB+ has no dates, so
the corpus is clustered in several shuffled orders and the mean and spread are reported.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import multiprocessing
import os
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sklearn.metrics import adjusted_rand_score

from newstrace.config.stories import StorySettings
from newstrace.stages.cluster import ClusterState
from newstrace.stages.cluster.features import ArticleFeatures, article_features
from newstrace.stages.cluster.online import Clusterer
from newstrace.stages.extract.entities import find_entities
from newstrace.stages.ingest.article import make_article

SHARED = Path(
    os.environ.get("NEWSTRACE_SHARED", Path(__file__).resolve().parents[3].parent / "shared")
)
DEFAULT_DATA = SHARED / "eval" / "ecbplus" / "docs.jsonl"


@dataclass(frozen=True)
class Doc:
    """One ECB+ document with its gold labels."""

    id: str
    topic: str
    event: str
    text: str


def load_docs(path: Path, topics: int | None = None) -> list[Doc]:
    """Documents of ``docs.jsonl``; ``topics`` keeps only the first N topics (by number)."""
    docs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            docs.append(Doc(r["doc_id"], str(r["topic"]), r["event_cluster"], _detok(r["text"])))
    if topics is not None:
        keep = sorted({int(d.topic) for d in docs})[:topics]
        docs = [d for d in docs if int(d.topic) in keep]
    return docs


def _detok(text: str) -> str:
    """Undo the PTB quote tokens (`` and '') so quotes look like news text."""
    return text.replace("``", '"').replace("''", '"')


def bcubed(pred: Sequence[str], gold: Sequence[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering ``pred`` against classes ``gold``."""
    pairs = Counter(zip(pred, gold, strict=True))
    psize, gsize = Counter(pred), Counter(gold)
    n = len(pred)
    p = sum(c * c / psize[k] for (k, _), c in pairs.items()) / n
    r = sum(c * c / gsize[g] for (_, g), c in pairs.items()) / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(pred: Sequence[str], gold: Sequence[str], prefix: str) -> dict[str, float]:
    """B-cubed P/R/F1, ARI and cluster count under ``prefix``."""
    p, r, f = bcubed(pred, gold)
    return {
        f"{prefix}_p": p,
        f"{prefix}_r": r,
        f"{prefix}_f1": f,
        f"{prefix}_ari": float(adjusted_rand_score(gold, pred)),
        f"{prefix}_clusters": float(len(set(pred))),
    }


def features(
    docs: Sequence[Doc], cfg: StorySettings, entities: str = "extract"
) -> list[ArticleFeatures]:
    """Clustering features of every doc (computed once, shared by all orders).

    ``entities="extract"`` (default) gives the clusterer what the pipeline gives it: the
    extract stage's entity mentions (same recogniser), plus the capitalised runs they miss;
    ``"capitalised"`` uses the capitalised-word runs alone (the fallback, for comparison).
    In embed mode (``cfg.mode == "embed"``) the lead embeddings are added, as in the stage.
    """
    articles = [make_article(d.text, id=d.id) for d in docs]
    dense: dict[str, Any] = {}
    if cfg.mode == "embed":
        from newstrace.stages.cluster.dense import lead_embeddings

        dense = lead_embeddings(articles, cfg.embed_sentences)
    out = []
    for a in articles:
        mentions = find_entities(a).mentions() if entities == "extract" else []
        out.append(article_features(a, mentions, cfg.lead_chars, dense.get(a.id)))
    return out


def run_order(
    docs: Sequence[Doc],
    order: Sequence[int],
    cfg: StorySettings,
    feats: Sequence[ArticleFeatures] | None = None,
    batch: int = 0,
) -> dict[str, float]:
    """Cluster the docs in one order and score stories (events) and storylines (topics).

    The order is added as one batch, like one run of the stage over a folder, or in
    batches of ``batch`` articles (``batch > 0``), like successive incremental runs: each
    batch has its own :class:`Clusterer` and ends with its refinement."""
    feats = feats or features(docs, cfg)
    start = time.perf_counter()
    state = ClusterState()
    size = batch if batch > 0 else max(1, len(order))
    for lo in range(0, len(order), size):
        clusterer = Clusterer(state, cfg)
        for i in order[lo : lo + size]:
            clusterer.add(feats[i])
        clusterer.refine()
    elapsed = time.perf_counter() - start
    story = [state.assignment[d.id] for d in docs]
    line = [state.stories[s].storyline or s for s in story]
    out = score(story, [d.event for d in docs], "event")
    out.update(score(line, [d.topic for d in docs], "topic"))
    out["story_merges"] = float(sum(m.kind == "story" for m in state.merges))
    out["story_splits"] = float(sum(m.kind == "split" for m in state.merges))
    out["seconds"] = elapsed
    return out


def evaluate(
    docs: Sequence[Doc],
    cfg: StorySettings,
    orders: int = 5,
    seed: int = 0,
    feats: Sequence[ArticleFeatures] | None = None,
    batch: int = 0,
) -> dict[str, dict[str, float]]:
    """Mean and spread (stdev, min, max) of every metric over shuffled orders (``batch``:
    see :func:`run_order`)."""
    rng = random.Random(seed)
    feats = feats or features(docs, cfg)
    runs = []
    for _ in range(orders):
        order = list(range(len(docs)))
        rng.shuffle(order)
        runs.append(run_order(docs, order, cfg, feats, batch))
    summary: dict[str, dict[str, float]] = {}
    for key in runs[0]:
        values = [r[key] for r in runs]
        summary[key] = {
            "mean": statistics.fmean(values),
            "stdev": statistics.pstdev(values),
            "min": min(values),
            "max": max(values),
        }
    return summary


GRID: dict[str, Sequence[Any]] = {
    "w_body": (0.15, 0.2, 0.3),
    "w_lead": (0.1,),
    "w_numbers": (0.2, 0.28),
    "story_threshold": (0.22, 0.25, 0.28),
    "merge_threshold": (0.4, 0.5, 1.1),
}


def grid_search(
    docs: Sequence[Doc],
    base: StorySettings,
    orders: int,
    seed: int,
    jobs_n: int = 1,
    entities: str = "extract",
) -> list[Any]:
    """Event B3 F1 for every combination of :data:`GRID` (w_entities makes the sum 1)."""
    names = list(GRID)
    feats = features(docs, base, entities)
    jobs = []
    for values in itertools.product(*(GRID[n] for n in names)):
        params = dict(zip(names, values, strict=True))
        rest = params["w_body"] + params["w_lead"] + params["w_numbers"]
        params["w_entities"] = round(1.0 - rest, 3)
        jobs.append((docs, dataclasses.replace(base, **params), orders, seed, params, feats))
    with multiprocessing.Pool(jobs_n) as pool:
        results = pool.map(_grid_job, jobs)
    results.sort(key=lambda r: -r[0])
    return results


def _grid_job(job: tuple[Any, ...]) -> tuple[float, float, dict[str, Any]]:
    docs, cfg, orders, seed, params, feats = job
    s = evaluate(docs, cfg, orders, seed, feats)
    return s["event_f1"]["mean"], s["event_ari"]["mean"], params


def _table(summary: dict[str, dict[str, float]]) -> str:
    lines = ["metric            mean    stdev   min     max"]
    for key, v in summary.items():
        lines.append(
            f"{key:<16}  {v['mean']:.4f}  {v['stdev']:.4f}  {v['min']:.4f}  {v['max']:.4f}"
        )
    return "\n".join(lines)


def _parse(default: Any, value: str) -> Any:
    """A ``--set`` value converted to the type of the field's default."""
    if isinstance(default, bool):
        if value.lower() not in ("true", "false", "1", "0"):
            raise ValueError(f"not a boolean: {value!r}")
        return value.lower() in ("true", "1")
    return type(default)(value)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    ap = argparse.ArgumentParser(prog="python -m newstrace.eval ecbplus", description=__doc__)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="ECB+ docs.jsonl")
    ap.add_argument("--orders", type=int, default=5, help="shuffled orders to average")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--topics", type=int, default=None, help="only the first N topics")
    ap.add_argument("--exhaustive", action="store_true", help="no candidate index")
    ap.add_argument("--batch", type=int, default=0,
                    help="add each order in batches of N articles (incremental runs)")  # fmt: skip
    ap.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                    help="override a StorySettings field, e.g. story_threshold=0.3")  # fmt: skip
    ap.add_argument("--grid", action="store_true", help="grid search over GRID")
    ap.add_argument("--jobs", type=int, default=1, help="processes for --grid")
    ap.add_argument(
        "--mode",
        choices=("lexical", "embed"),
        default="lexical",
        help="embed: add lead sentence embeddings (extra `embed`)",
    )
    ap.add_argument("--entities", choices=("extract", "capitalised"), default="extract",
                    help="entity source: the extract stage's recogniser (as the pipeline) "
                    "or capitalised-word runs only")  # fmt: skip
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"ECB+ data not found at {args.data}", file=sys.stderr)
        return 2
    docs = load_docs(args.data, args.topics)
    overrides: dict[str, Any] = {"exhaustive": args.exhaustive, "mode": args.mode}
    for item in args.set:
        key, _, value = item.partition("=")
        overrides[key] = _parse(getattr(StorySettings(), key), value)
    cfg = dataclasses.replace(StorySettings(), **overrides)
    if args.grid:
        best = grid_search(docs, cfg, args.orders, args.seed, args.jobs, args.entities)
        for f1, ari, params in best[:15]:
            print(f"{f1:.4f}  {ari:.4f}  {params}")
        return 0
    feats = features(docs, cfg, args.entities)
    summary = evaluate(docs, cfg, args.orders, args.seed, feats, args.batch)
    if args.json:
        print(json.dumps({"docs": len(docs), "orders": args.orders, **summary}, indent=1))
    else:
        print(f"ECB+: {len(docs)} docs, {args.orders} shuffled orders (seed {args.seed})")
        print(_table(summary))
    return 0
