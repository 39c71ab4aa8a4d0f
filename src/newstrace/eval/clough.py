"""Clough-Stevenson short answers: ``python -m newstrace.eval clough``.

Each of the 95 answers is aligned against the Wikipedia source of its task with the product's
default settings.  Per answer we take reuse features from the alignments: the share of the
answer covered, the share of the source covered, and the character similarity (rapidfuzz
ratio, 0-1) of the aligned passages weighted by length (verbatim-ness).  Because the class
thresholds are learned on the same 95 answers, the 4-class accuracy (cut / light / heavy /
non) is measured by **leave-one-out cross-validation** of a depth-3 decision tree on these
features.  Any-reuse vs non F1 is reported twice: from the cross-validated classifier and from
the product's own METER-style label (``partially``/``wholly`` = reuse) with no fitting.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz
from sklearn.model_selection import LeaveOneOut, cross_val_predict
from sklearn.tree import DecisionTreeClassifier

from newstrace.config.reuse import ReuseSettings
from newstrace.eval.metrics import f1_score
from newstrace.stages.align import align_params
from newstrace.stages.align.align import AlignParams, align_texts
from newstrace.stages.align.provenance import covered, label
from newstrace.stages.align.sentences import SentenceCache

DEFAULT_DIR = Path(os.environ.get("NEWSTRACE_SHARED", Path(__file__).parents[4] / "shared"))
CLASSES = ("cut", "light", "heavy", "non")
TREE_DEPTH = 3  # fixed, not tuned
TREE_SEED = 0


@dataclass(frozen=True, slots=True)
class Answer:
    file: str
    task: str
    category: str


def load(root: Path) -> list[Answer]:
    """Answers (not the ``orig`` sources) listed in ``file_information.csv``."""
    with (root / "file_information.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [Answer(r["File"], r["Task"], r["Category"]) for r in rows if r["Category"] != "orig"]


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def features(root: Path, answers: list[Answer], params: AlignParams) -> np.ndarray:
    """Per answer: target/source share covered, verbatim-ness and share, 3-gram containment."""
    cache = SentenceCache()
    rows = []
    for a in answers:
        src = _read(root / f"orig_task{a.task}.txt")
        tgt = _read(root / a.file)
        dets = align_texts(
            src, cache.get("orig" + a.task, src), tgt, cache.get(a.file, tgt), params
        )
        t_share = covered((d.tgt_start, d.tgt_end) for d in dets) / max(len(tgt), 1)
        s_share = covered((d.src_start, d.src_end) for d in dets) / max(len(src), 1)
        weights = [d.tgt_end - d.tgt_start for d in dets]
        ratios = [
            fuzz.ratio(src[d.src_start : d.src_end], tgt[d.tgt_start : d.tgt_end]) / 100
            for d in dets
        ]
        verb = float(np.average(ratios, weights=weights)) if dets else 0.0
        verbatim = covered((d.tgt_start, d.tgt_end) for d in dets if d.kind == "verbatim")
        rows.append((t_share, s_share, verb * t_share, verbatim / max(len(tgt), 1), _c3(src, tgt)))
    return np.asarray(rows, dtype=np.float64)


def _c3(src: str, tgt: str) -> float:
    """Word 3-gram containment of ``tgt`` in ``src`` (the corpus paper's baseline score)."""

    def grams(t: str) -> set[tuple[str, ...]]:
        w = re.findall(r"\w+", t.lower())
        return {tuple(w[i : i + 3]) for i in range(len(w) - 2)}

    g = grams(tgt)
    return len(g & grams(src)) / len(g) if g else 0.0


def evaluate(root: Path, params: AlignParams) -> dict[str, float]:
    """Cross-validated 4-class accuracy and any-reuse F1 (classifier and product label)."""
    answers = load(root)
    x = features(root, answers, params)
    y = np.asarray([a.category for a in answers])
    tree = DecisionTreeClassifier(max_depth=TREE_DEPTH, random_state=TREE_SEED)
    pred = cross_val_predict(tree, x, y, cv=LeaveOneOut())
    acc = float(np.mean(pred == y))
    truth = y != "non"
    guess = pred != "non"
    f1_cv = f1_score(
        int(np.sum(truth & guess)), int(np.sum(~truth & guess)), int(np.sum(truth & ~guess))
    )
    prod = np.asarray([label(float(s)) != "non" for s in x[:, 0]])
    f1_prod = f1_score(
        int(np.sum(truth & prod)), int(np.sum(~truth & prod)), int(np.sum(truth & ~prod))
    )
    out = {"accuracy_4class_loo": acc, "any_reuse_f1_loo": f1_cv, "any_reuse_f1_label": f1_prod}
    out["answers"] = float(len(answers))
    for c in CLASSES:
        mask = y == c
        out[f"recall_{c}"] = float(np.mean(pred[mask] == c)) if mask.any() else 0.0
    counts = Counter(label(float(s)) for s in x[:, 0])
    out.update({f"labels_{k}": float(v) for k, v in counts.items()})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newstrace.eval clough")
    ap.add_argument("--data", type=Path, default=DEFAULT_DIR / "eval" / "clough-stevenson")
    ap.add_argument("--limit", type=int, default=None, help="ignored (the set has 95 answers)")
    ap.add_argument("--mode", choices=["lexical", "embed"], default="lexical")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    params = align_params(ReuseSettings())
    if args.mode == "embed":
        params = replace(params, embed=True)
    t0 = time.perf_counter()
    res = evaluate(args.data, params)
    res["seconds"] = round(time.perf_counter() - t0, 2)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    print(f"Clough-Stevenson: {int(res['answers'])} answers, mode {args.mode}, {res['seconds']}s")
    print(f"{'measure':44} {'score':>7}")
    print(f"{'4-class accuracy (leave-one-out)':44} {res['accuracy_4class_loo']:7.3f}")
    print(f"{'any-reuse F1 (leave-one-out classifier)':44} {res['any_reuse_f1_loo']:7.3f}")
    print(f"{'any-reuse F1 (product label, no fitting)':44} {res['any_reuse_f1_label']:7.3f}")
    for c in CLASSES:
        print(f"{'recall ' + c:44} {res['recall_' + c]:7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
