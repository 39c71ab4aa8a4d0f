"""Throughput, peak memory and scaling of online story clustering on a synthetic corpus.

    python bench/bench_cluster.py --sizes 1000 3000 10000 30000 100000 [--json] [--no-compact]
        [--repeat K] [--docs-per-year D]

Each size runs in a fresh subprocess (``--one N``) so peak RSS is per size.  The corpus comes
from ``bench/synth.py`` (stories with people, organisations, places, topical terms and dates
spread over a year; 10% reuse); articles are clustered in publication order with default
settings (``--no-compact``: closed stories are not compacted).  Timing covers feature
extraction and clustering, not corpus generation; CPU time (user + sys of the process) is
reported next to wall time because the machine may be shared.  ``--repeat K`` runs each size
K times and keeps the run with the least CPU time.  The scaling exponent is the slope of
log(CPU time) against log(n) over all sizes (1 = linear); "per article" is the CPU time per
article relative to the smallest size, next to ln(n) / ln(smallest n), what a logarithmic
factor would allow.

By default the corpus spans one year whatever its size, so a larger corpus is also a denser
stream (more stories open at once: about n / 200 with 14-day windows).  ``--docs-per-year D``
keeps the density of a D-article year instead: story starts are spread over n / D years (at
least one), each article keeping its offset from its story's first article.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import resource
import subprocess
import sys
import time
from collections import Counter
from datetime import date, timedelta
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


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _stretch(raw: list[dict[str, Any]], story_of: dict[str, str], factor: float) -> None:
    """Spread story starts over ``factor`` times the corpus span (in place); each article
    keeps its offset in days from its story's first article."""
    first: dict[str, date] = {}
    for r in raw:
        d, s = date.fromisoformat(r["published"]), story_of[r["id"]]
        first[s] = min(first.get(s, d), d)
    day0 = min(first.values())
    for r in raw:
        s = story_of[r["id"]]
        start = day0 + timedelta(days=round((first[s] - day0).days * factor))
        r["published"] = (start + (date.fromisoformat(r["published"]) - first[s])).isoformat()


def run_one(
    n: int, seed: int, compact: bool = True, docs_per_year: int | None = None
) -> dict[str, float]:
    """Generate ``n`` articles, cluster them, return timing, memory and a sanity score
    (``compact=False``: closed stories keep their full centroids, the old behaviour;
    ``docs_per_year``: constant stream density, see the module docstring)."""
    from newstrace.config.stories import StorySettings
    from newstrace.stages.cluster import ClusterState, cluster_incremental
    from newstrace.stages.ingest.article import make_article

    raw, gold = _synth().generate(n, seed=seed)
    story_of = {g["id"]: g["story"] for g in gold if g["type"] == "article"}
    if docs_per_year and n > docs_per_year:
        _stretch(raw, story_of, n / docs_per_year)
    articles = [
        make_article(
            r["text"], id=r["id"], title=r["title"], source=r["source"], published=r["published"]
        )
        for r in raw
    ]
    del raw, gold
    rss_before = _rss_mb()
    start, cpu_start = time.perf_counter(), _cpu_seconds()
    cfg = StorySettings() if compact else StorySettings(compact_every=0)
    state = cluster_incremental(ClusterState(), articles, cfg)
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu_start
    blob = state.to_bytes()
    ids = [a.id for a in articles]
    return {
        "docs": n,
        "seconds": seconds,
        "docs_per_s": n / seconds,
        "cpu_seconds": cpu,
        "cpu_us_per_doc": cpu / n * 1e6,
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


def _run_size(n: int, args: argparse.Namespace) -> dict[str, Any]:
    """The run of size ``n`` with the least CPU time out of ``args.repeat`` (each in a fresh
    subprocess); ``cpu_runs`` lists the CPU time of every run."""
    cmd = [sys.executable, __file__, "--one", str(n), "--seed", str(args.seed)]
    cmd += ["--no-compact"] if args.no_compact else []
    cmd += ["--docs-per-year", str(args.docs_per_year)] if args.docs_per_year else []
    runs = []
    for _ in range(args.repeat):
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    best = min(runs, key=lambda r: r["cpu_seconds"])
    best["cpu_runs"] = [round(r["cpu_seconds"], 2) for r in runs]
    return best


def _print_row(r: dict[str, Any], first: dict[str, Any]) -> None:
    growth = r["cpu_us_per_doc"] / first["cpu_us_per_doc"]
    log_bound = math.log(r["docs"]) / math.log(first["docs"])
    print(
        f"{r['docs']:>7} docs  wall {r['seconds']:7.1f} s  cpu {r['cpu_seconds']:7.1f} s "
        f"{r['cpu_runs']}  {r['cpu_us_per_doc']:6.0f} us/doc  per doc x{growth:.2f} "
        f"(log bound x{log_bound:.2f})  peak {r['peak_rss_mb']:6.0f} MB "
        f"(corpus {r['rss_before_mb']:.0f} MB)  stories {r['stories']} "
        f"(gold {r['gold_stories']})  B3 F1 {r['bcubed_f1']:.3f}  state {r['state_mb']:.1f} MB  "
        f"compacted {r['compacted']}",
        flush=True,
    )


def _exponent(rows: list[dict[str, Any]], key: str) -> float | None:
    """Slope of log(``key``) against log(n): 1 is linear."""
    if len(rows) < 2:
        return None
    x = np.log([r["docs"] for r in rows])
    return float(np.polyfit(x, np.log([r[key] for r in rows]), 1)[0])


def main() -> int:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000, 30000, 100000])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--one", type=int, help="run one size in this process (internal)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-compact", action="store_true", help="keep closed stories whole")
    ap.add_argument("--repeat", type=int, default=1, help="runs per size (least CPU kept)")
    ap.add_argument("--docs-per-year", type=int, help="constant stream density (see above)")
    args = ap.parse_args()
    if args.one:
        row = run_one(args.one, args.seed, not args.no_compact, args.docs_per_year)
        print(json.dumps(row))
        return 0
    rows: list[dict[str, Any]] = []
    for n in args.sizes:
        rows.append(_run_size(n, args))
        if not args.json:
            _print_row(rows[-1], rows[0])
    cpu_slope, wall_slope = _exponent(rows, "cpu_seconds"), _exponent(rows, "seconds")
    if args.json:
        out = {"rows": rows, "scaling_exponent": cpu_slope, "wall_exponent": wall_slope}
        print(json.dumps(out, indent=1))
    elif cpu_slope is not None and wall_slope is not None:
        print(f"scaling exponent (log time vs log n): cpu {cpu_slope:.3f}, wall {wall_slope:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
