"""Throughput, peak memory and scaling of online story clustering on a synthetic corpus.

    python bench/bench_cluster.py --sizes 1000 3000 10000 30000 100000 [--json] [--no-compact]

Each size runs in a fresh subprocess (``--one N``) so peak RSS is per size.  The corpus comes
from ``bench/synth.py`` (stories with people, organisations, places, topical terms and dates
spread over a year; 10% reuse); articles are clustered in publication order with default
settings (``--no-compact``: closed stories are not compacted).  Timing covers feature
extraction and clustering, not corpus generation.  The scaling exponent is the slope of
log(time) against log(n) over all sizes (1 = linear).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent


def _synth() -> Any:
    spec = importlib.util.spec_from_file_location("synth", HERE / "synth.py")
    if spec is None or spec.loader is None:
        raise SystemExit("bench/synth.py not found")
    module = importlib.util.module_from_spec(spec)
    sys.modules["synth"] = module
    spec.loader.exec_module(module)
    return module


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _bcubed_f1(pred: list[str], gold: list[str]) -> float:
    pairs = Counter(zip(pred, gold, strict=True))
    psize, gsize = Counter(pred), Counter(gold)
    p = sum(c * c / psize[k] for (k, _), c in pairs.items()) / len(pred)
    r = sum(c * c / gsize[g] for (_, g), c in pairs.items()) / len(pred)
    return 2 * p * r / (p + r)


def run_one(n: int, seed: int, compact: bool = True) -> dict[str, float]:
    """Generate ``n`` articles, cluster them, return timing, memory and a sanity score
    (``compact=False``: closed stories keep their full centroids, the old behaviour)."""
    from newstrace.config.stories import StorySettings
    from newstrace.stages.cluster import ClusterState, cluster_incremental
    from newstrace.stages.ingest.article import make_article

    raw, gold = _synth().generate(n, seed=seed)
    articles = [
        make_article(
            r["text"], id=r["id"], title=r["title"], source=r["source"], published=r["published"]
        )
        for r in raw
    ]
    story_of = {g["id"]: g["story"] for g in gold if g["type"] == "article"}
    del raw, gold
    rss_before = _rss_mb()
    start = time.perf_counter()
    cfg = StorySettings() if compact else StorySettings(compact_every=0)
    state = cluster_incremental(ClusterState(), articles, cfg)
    seconds = time.perf_counter() - start
    blob = state.to_bytes()
    ids = [a.id for a in articles]
    return {
        "docs": n,
        "seconds": seconds,
        "docs_per_s": n / seconds,
        "rss_before_mb": rss_before,
        "peak_rss_mb": _rss_mb(),
        "stories": len(state.stories),
        "gold_stories": len(set(story_of.values())),
        "storylines": len(state.storylines),
        "merges": sum(m.kind == "story" for m in state.merges),
        "state_mb": len(blob) / 1e6,
        "compacted": sum(s.compact for s in state.stories.values()),
        "bcubed_f1": _bcubed_f1([state.assignment[i] for i in ids], [story_of[i] for i in ids]),
    }


def main() -> int:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000, 30000, 100000])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--one", type=int, help="run one size in this process (internal)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-compact", action="store_true", help="keep closed stories whole")
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.seed, not args.no_compact)))
        return 0
    rows = []
    for n in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(n), "--seed", str(args.seed)]
        cmd += ["--no-compact"] if args.no_compact else []
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        if not args.json:
            r = rows[-1]
            print(
                f"{r['docs']:>7} docs  {r['seconds']:8.1f} s  {r['docs_per_s']:7.0f} docs/s  "
                f"peak {r['peak_rss_mb']:6.0f} MB (corpus {r['rss_before_mb']:.0f} MB)  "
                f"stories {r['stories']} (gold {r['gold_stories']})  "
                f"B3 F1 {r['bcubed_f1']:.3f}  state {r['state_mb']:.1f} MB  "
                f"compacted {r['compacted']}",
                flush=True,
            )
    slope = None
    if len(rows) > 1:
        x = np.log([r["docs"] for r in rows])
        y = np.log([r["seconds"] for r in rows])
        slope = float(np.polyfit(x, y, 1)[0])
    if args.json:
        print(json.dumps({"rows": rows, "scaling_exponent": slope}, indent=1))
    elif slope is not None:
        print(f"scaling exponent (log time vs log n): {slope:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
