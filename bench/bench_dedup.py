"""Benchmark newstrace near-duplicate detection against datasketch on a synthetic corpus.

    python bench/synth.py --docs 10000 --reuse 0.1 --seed 1 --out bench/data/synth-10k
    python bench/bench_dedup.py bench/data/synth-10k [--sample N] [--repeat 2] [--sweep]

Each method runs in its own child process (``python bench/bench_dedup.py --worker ...``) so its
peak resident memory (``resource.getrusage(RUSAGE_SELF).ru_maxrss``) is its own; the child also
reports its resident memory after loading the texts (the baseline), and the table shows the
peak minus that baseline.  Runs of the two methods alternate to even out machine load.

Both methods use word 5-shingles (lowercased ``\\w+`` tokens for datasketch, our tokeniser for
ours), 128 permutations of the same affine 32-bit family (datasketch 2's default ``affine32``
scheme), the same LSH bands x rows, and the same verification threshold: datasketch candidates
are verified with datasketch's estimated Jaccard, ours with the exact shingle Jaccard.  Predicted
pairs are all pairs within the resulting groups (connected components).  Gold pairs are all
pairs within the gold exact/near groups; precision, recall and F1 are over those pairs, and
"recall J>=0.8" only over gold pairs whose true shingle Jaccard is at least 0.8.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import resource
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

BANDS, ROWS, THRESHOLD, PERMS, K = 20, 6, 0.8, 128, 5  # as ReuseSettings defaults
_WORD = re.compile(r"\w+")


def load(data: Path, limit: int | None = None) -> tuple[list[str], list[str]]:
    """Ids and texts of the first ``limit`` articles."""
    ids, texts = [], []
    with (data / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in itertools.islice(fh, limit):
            row = json.loads(line)
            ids.append(row["id"])
            texts.append(row["text"])
    return ids, texts


def gold_pairs(data: Path, keep: set[str]) -> set[tuple[str, str]]:
    """All id pairs within gold duplicate groups, restricted to ``keep``."""
    out: set[tuple[str, str]] = set()
    with (data / "gold.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["type"] == "group":
                members = sorted(m for m in row["members"] if m in keep)
                out.update(itertools.combinations(members, 2))
    return out


def group_pairs(n: int, edges: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """All index pairs within the connected components of ``edges``."""
    e = np.array(list(edges), dtype=np.int64).reshape(-1, 2)
    if len(e) == 0:
        return set()
    graph = coo_matrix((np.ones(len(e)), (e[:, 0], e[:, 1])), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    members: dict[int, list[int]] = {}
    for i in np.unique(e).tolist():
        members.setdefault(int(labels[i]), []).append(i)
    return {p for m in members.values() for p in itertools.combinations(sorted(m), 2)}


def run_ours(texts: list[str], workers: int) -> list[tuple[int, int]]:
    """Our near-duplicate edges: signatures, LSH candidates, exact-Jaccard verification."""
    from newstrace.text.minhash import candidate_pairs, exact_jaccard, minhash_signatures
    from newstrace.text.shingles import shingle_sets

    sig = minhash_signatures(texts, PERMS, K, workers=workers)
    cand = candidate_pairs(sig, BANDS, ROWS)
    involved = np.unique(cand)
    sets = dict(zip(involved.tolist(), shingle_sets([texts[i] for i in involved], K), strict=True))
    return [(i, j) for i, j in cand.tolist() if exact_jaccard(sets[i], sets[j]) >= THRESHOLD]


def datasketch_shingles(text: str) -> list[bytes]:
    """Distinct word 5-shingles as bytes, the usual way for datasketch."""
    words = _WORD.findall(text.lower())
    if len(words) < K:
        return [" ".join(words).encode("utf-8")] if words else []
    return list({" ".join(words[i : i + K]).encode("utf-8") for i in range(len(words) - K + 1)})


def run_datasketch(texts: list[str]) -> list[tuple[int, int]]:
    """datasketch MinHash + MinHashLSH edges, verified with the estimated Jaccard."""
    from datasketch import MinHash, MinHashLSH

    hashes = MinHash.bulk((datasketch_shingles(t) for t in texts), num_perm=PERMS, seed=1)
    lsh = MinHashLSH(num_perm=PERMS, params=(BANDS, ROWS))
    with lsh.insertion_session() as session:
        for i, m in enumerate(hashes):
            session.insert(i, m, check_duplication=False)
    edges = []
    for i, m in enumerate(hashes):
        for j in lsh.query(m):
            if j > i and m.jaccard(hashes[j]) >= THRESHOLD:
                edges.append((i, j))
    return edges


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def worker(method: str, data: Path, limit: int | None, workers: int) -> dict[str, Any]:
    """Run one method in this process; timings exclude loading the texts."""
    ids, texts = load(data, limit)
    if method == "ours":  # import numpy-side modules before the baseline, as datasketch does
        import newstrace.text.minhash  # noqa: F401
    else:
        import datasketch  # noqa: F401
    base = _rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    edges = run_ours(texts, workers) if method == "ours" else run_datasketch(texts)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    pairs = sorted(group_pairs(len(texts), edges))
    return {
        "method": method,
        "docs": len(texts),
        "seconds": seconds,
        "cpu": cpu,
        "peak_mb": _rss_mb() - base,
        "pairs": [[ids[i], ids[j]] for i, j in pairs],
    }


def spawn(method: str, data: Path, limit: int | None, workers: int) -> dict[str, Any]:
    cmd = [sys.executable, __file__, str(data), "--worker", method, "--workers", str(workers)]
    if limit:
        cmd += ["--sample", str(limit)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(out)
    return result


def true_jaccard(
    texts: dict[str, str], pairs: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], float]:
    """Exact word 5-shingle Jaccard (our tokeniser) of each pair."""
    from newstrace.text.minhash import exact_jaccard
    from newstrace.text.shingles import shingle_set

    return {(a, b): exact_jaccard(shingle_set(texts[a]), shingle_set(texts[b])) for a, b in pairs}


def score(
    pred: set[tuple[str, str]], gold: set[tuple[str, str]], jac: dict[tuple[str, str], float]
) -> dict[str, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    high = {g for g in gold if jac[g] >= THRESHOLD}
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "recall_j08": len(pred & high) / len(high) if high else 1.0,
    }


def sweep(data: Path, limit: int | None) -> list[dict[str, Any]]:
    """Candidates per bands x rows: recall of gold pairs with J >= 0.8, false candidates."""
    from newstrace.text.minhash import candidate_pairs, minhash_signatures

    ids, texts = load(data, limit)
    gold = gold_pairs(data, set(ids))
    by_id = dict(zip(ids, texts, strict=True))
    jac = true_jaccard(by_id, gold)
    high = {g for g in gold if jac[g] >= THRESHOLD}
    sig = minhash_signatures(texts, PERMS, K)
    rows_out = []
    for bands, rows in [(32, 4), (20, 6), (16, 8), (14, 9), (12, 10), (11, 11), (10, 12), (9, 13)]:
        cand = {
            tuple(sorted((ids[i], ids[j]))) for i, j in candidate_pairs(sig, bands, rows).tolist()
        }
        unknown = [c for c in cand if c not in jac]
        jac.update(true_jaccard(by_id, unknown))
        false = sum(1 for c in cand if jac[c] < THRESHOLD)
        rows_out.append(
            {"bands": bands, "rows": rows, "s_curve": (1 / bands) ** (1 / rows)}
            | {"recall_j08": len(cand & high) / max(len(high), 1), "candidates": len(cand)}
            | {"false_candidates": false, "gold_j08": len(high)}
        )
    return rows_out


def stage_timing(data: Path, limit: int | None) -> dict[str, Any]:
    """Time the whole ``dedup`` stage (exact + near groups) on ready-made Articles."""
    from newstrace.config import Settings
    from newstrace.records import RecordSet
    from newstrace.stages import dedup
    from newstrace.stages.ingest.article import make_article

    ids, texts = load(data, limit)
    records = RecordSet(
        articles=tuple(make_article(t, id=i) for i, t in zip(ids, texts, strict=True))
    )
    start, cpu = time.perf_counter(), time.process_time()
    out = dedup.run(records, Settings())
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    kinds = [g.kind for g in out.duplicates]
    return {
        "docs": len(ids),
        "wall_s": round(seconds, 2),
        "cpu_s": round(cpu, 2),
        "docs_per_cpu_s": round(len(ids) / cpu),
        "exact_groups": kinds.count("exact"),
        "near_groups": kinds.count("near"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="near-duplicate benchmark vs datasketch")
    parser.add_argument("data", type=Path)
    parser.add_argument("--sample", type=int, default=None, help="first N articles only")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--workers", type=int, default=1, help="threads for our signatures")
    parser.add_argument("--methods", default="ours,datasketch")
    parser.add_argument("--worker", choices=["ours", "datasketch"], help=argparse.SUPPRESS)
    parser.add_argument("--sweep", action="store_true", help="bands x rows sweep (ours)")
    parser.add_argument("--stage", action="store_true", help="time the whole dedup stage")
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.data, args.sample, args.workers)))
        return
    if args.stage:
        print(json.dumps(stage_timing(args.data, args.sample)))
        return
    if args.sweep:
        for row in sweep(args.data, args.sample):
            print(json.dumps(row))
        return
    ids, texts = load(args.data, args.sample)
    by_id = dict(zip(ids, texts, strict=True))
    gold = gold_pairs(args.data, set(ids))
    jac = true_jaccard(by_id, gold)
    results: dict[str, list[dict[str, Any]]] = {}
    for _ in range(args.repeat):
        for method in args.methods.split(","):
            results.setdefault(method, []).append(
                spawn(method, args.data, args.sample, args.workers)
            )
    high = sum(v >= THRESHOLD for v in jac.values())
    print(f"docs={len(ids)} gold pairs={len(gold)} (J>=0.8: {high})")
    print(
        "| method | docs | wall s | docs/s (wall) | CPU s | docs/CPU-s | peak MB over baseline "
        "| P | R | F1 | R (J>=0.8) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    rates, cpu_rates = {}, {}
    for method, runs in results.items():
        best = min(runs, key=lambda r: r["seconds"])
        best_cpu = min(r["cpu"] for r in runs)
        pred = {tuple(p) for p in best["pairs"]}
        s = score(pred, gold, jac)  # type: ignore[arg-type]
        rates[method] = best["docs"] / best["seconds"]
        cpu_rates[method] = best["docs"] / best_cpu
        print(
            f"| {method} | {best['docs']} | {best['seconds']:.2f} | {rates[method]:,.0f} | "
            f"{best_cpu:.2f} | {cpu_rates[method]:,.0f} | "
            f"{max(r['peak_mb'] for r in runs):.0f} | {s['precision']:.4f} | {s['recall']:.4f} | "
            f"{s['f1']:.4f} | {s['recall_j08']:.4f} |"
        )
    if "ours" in rates and "datasketch" in rates:
        wall = rates["ours"] / rates["datasketch"]
        cpu = cpu_rates["ours"] / cpu_rates["datasketch"]
        print(f"throughput ratio ours/datasketch: {wall:.1f}x wall, {cpu:.1f}x CPU")


if __name__ == "__main__":
    main()
