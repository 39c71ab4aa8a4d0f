"""Webis-CPC-11 (1,000-pair sample): ``python -m newstrace.eval webis``.

Every pair is reuse (a "No" is a rejected paraphrase attempt, mostly a near copy), so the
measure is the share of pairs the aligner links (any alignment, with the product's default
settings), per label, plus a negative control: the same originals paired with the paraphrase
of another, randomly chosen pair (fixed seed) should almost never be linked.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from newstrace.config.reuse import ReuseSettings
from newstrace.stages.align import align_params
from newstrace.stages.align.align import AlignParams, align_texts
from newstrace.stages.align.sentences import SentenceCache

DEFAULT_DIR = Path(os.environ.get("NEWSTRACE_SHARED", Path(__file__).parents[4] / "shared"))
CONTROL_SEED = 13


@dataclass(frozen=True, slots=True)
class WebisPair:
    id: str
    label: bool  # is_paraphrased == "Yes"
    original: str
    paraphrase: str


def load(path: Path) -> list[WebisPair]:
    """Pairs of the JSON sample (sentences joined by spaces)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for k, row in enumerate(data):
        orig = " ".join(s["text"].strip() for s in row["original"])
        para = " ".join(s["text"].strip() for s in row["paraphrase"])
        out.append(WebisPair(f"{k}", row["is_paraphrased"] == "Yes", orig, para))
    return out


def sample(pairs: Sequence[WebisPair], limit: int | None) -> list[WebisPair]:
    """An even spread of ``limit`` pairs, balanced over the labels."""
    if not limit:
        return list(pairs)
    out: list[WebisPair] = []
    for label in (True, False):
        group = [p for p in pairs if p.label == label]
        step = max(1, len(group) // max(1, limit // 2))
        out.extend(group[::step][: limit // 2])
    return out


def linked(pairs: Sequence[tuple[str, str]], params: AlignParams) -> list[bool]:
    """Whether the aligner finds any reused passage in each (source, target) text pair."""
    cache = SentenceCache()
    out = []
    for k, (src, tgt) in enumerate(pairs):
        ds, dt = cache.get(f"s{k}", src), cache.get(f"t{k}", tgt)
        out.append(bool(align_texts(src, ds, tgt, dt, params)))
    return out


def control_pairs(pairs: Sequence[WebisPair]) -> list[tuple[str, str]]:
    """Originals re-paired with another pair's paraphrase (a derangement, fixed seed)."""
    rng = random.Random(CONTROL_SEED)
    n = len(pairs)
    shift = [(k + rng.randrange(1, n)) % n for k in range(n)] if n > 1 else [0]
    return [(p.original, pairs[shift[k]].paraphrase) for k, p in enumerate(pairs)]


def evaluate(pairs: Sequence[WebisPair], params: AlignParams) -> dict[str, float]:
    """Linked shares for Yes, No and the re-paired control."""
    got = linked([(p.original, p.paraphrase) for p in pairs], params)
    yes = [g for g, p in zip(got, pairs, strict=True) if p.label]
    no = [g for g, p in zip(got, pairs, strict=True) if not p.label]
    ctrl = linked(control_pairs(pairs), params)
    return {
        "yes_linked": sum(yes) / max(len(yes), 1),
        "no_linked": sum(no) / max(len(no), 1),
        "control_linked": sum(ctrl) / max(len(ctrl), 1),
        "pairs": float(len(pairs)),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newstrace.eval webis")
    default = DEFAULT_DIR / "eval" / "webis-cpc11" / "Webis-CPC-11_1000_sample.json"
    ap.add_argument("--data", type=Path, default=default)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--mode", choices=["lexical", "embed"], default="lexical")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    pairs = sample(load(args.data), args.limit)
    params = replace(align_params(ReuseSettings()), embed=args.mode == "embed")
    t0 = time.perf_counter()
    res = evaluate(pairs, params)
    res["seconds"] = round(time.perf_counter() - t0, 2)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    print(f"Webis-CPC-11: {int(res['pairs'])} pairs, mode {args.mode}, {res['seconds']}s")
    print(f"{'measure':40} {'share':>7}")
    print(f"{'Yes pairs linked (goal >= 0.95)':40} {res['yes_linked']:7.3f}")
    print(f"{'No pairs linked (also reuse)':40} {res['no_linked']:7.3f}")
    print(f"{'re-paired control linked (goal <= 0.01)':40} {res['control_linked']:7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
