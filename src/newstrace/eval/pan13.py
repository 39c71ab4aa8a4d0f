"""PAN 2013 text alignment (training corpus): ``python -m newstrace.eval pan13``.

Reads ``<shared>/eval/pan13-train`` (layout in its ORIGIN.txt: ``src/``, ``susp/`` and one
folder per obfuscation class holding a ``pairs`` file and one ground-truth XML per pair), aligns
every (suspicious, source) pair with :func:`newstrace.stages.align.align.align_texts` and
reports PAN precision, recall, granularity and plagdet per class and overall.

About 950 of the 1,185 summary-class XMLs carry no plagiarism annotation in this copy; the
summary class is scored on its annotated pairs only ("summary*" row) and the unannotated ones
are counted separately (detections there are reported, not scored).  ``--limit N`` takes an even
spread of N pairs stratified over the classes (deterministic).
"""

from __future__ import annotations

import argparse
import json
import os
import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from newstrace.eval.metrics import Passage, PlagdetScore, plagdet
from newstrace.eval.options import add_reuse_options, mode_label, reuse_params
from newstrace.stages.align.align import AlignParams, Detection, align_texts, blas_limited
from newstrace.stages.align.sentences import SentenceCache

DEFAULT_DIR = Path(os.environ.get("NEWSTRACE_SHARED", Path(__file__).parents[4] / "shared"))
CLASSES = (
    "01-no-plagiarism",
    "02-no-obfuscation",
    "03-random-obfuscation",
    "04-translation-obfuscation",
    "05-summary-obfuscation",
)


@dataclass(frozen=True, slots=True)
class PanPair:
    klass: str
    susp: str
    src: str
    cases: tuple[Passage, ...]
    annotated: bool  # False for no-plagiarism and for summary XMLs without plagiarism feature


def load_pairs(root: Path) -> list[PanPair]:
    """All pairs of the corpus at ``root`` with their ground truth."""
    out: list[PanPair] = []
    for klass in CLASSES:
        folder = root / klass
        for line in (folder / "pairs").read_text().split("\n"):
            if not line.strip():
                continue
            susp, src = line.split()
            xml = folder / f"{susp[:-4]}-{src[:-4]}.xml"
            cases, has_feature = _cases(xml, (susp, src))
            annotated = has_feature or klass == CLASSES[0]
            out.append(PanPair(klass, susp, src, tuple(cases), annotated))
    return out


def _cases(xml: Path, key: tuple[str, str]) -> tuple[list[Passage], bool]:
    cases: list[Passage] = []
    for feat in ET.parse(xml).getroot().iter("feature"):
        if feat.get("name") != "plagiarism":
            continue
        t0, s0 = int(feat.get("this_offset", 0)), int(feat.get("source_offset", 0))
        t1 = t0 + int(feat.get("this_length", 0))
        s1 = s0 + int(feat.get("source_length", 0))
        cases.append(Passage(key, t0, t1, s0, s1))
    return cases, bool(cases)


def stratified(pairs: Sequence[PanPair], limit: int | None) -> list[PanPair]:
    """An even, deterministic spread of ``limit`` pairs over the classes (annotated only)."""
    usable = [p for p in pairs if p.annotated]
    if not limit:
        return usable
    per = max(1, limit // len(CLASSES))
    out: list[PanPair] = []
    for klass in CLASSES:
        group = [p for p in usable if p.klass == klass]
        step = max(1, len(group) // per)
        out.extend(group[::step][:per])
    return out


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def align_pairs(root: Path, pairs: Sequence[PanPair], params: AlignParams) -> list[list[Detection]]:
    """Detections for each pair, in order (one sentence cache for the whole batch)."""
    cache = SentenceCache()
    results: list[list[Detection]] = []
    with blas_limited():
        for p in pairs:
            src_text = _read(root / "src" / p.src)
            susp_text = _read(root / "susp" / p.susp)
            src = cache.get("src/" + p.src, src_text)
            susp = cache.get("susp/" + p.susp, susp_text)
            results.append(align_texts(src_text, src, susp_text, susp, params))
    return results


def _work(args: tuple[str, list[PanPair], AlignParams]) -> list[list[Detection]]:
    return align_pairs(Path(args[0]), args[1], args[2])


def run(
    root: Path, pairs: Sequence[PanPair], params: AlignParams, jobs: int = 1
) -> dict[str, PlagdetScore]:
    """Scores per class and overall for ``pairs``."""
    if jobs > 1:
        chunks = [list(pairs[i::jobs]) for i in range(jobs)]
        with ProcessPoolExecutor(jobs) as ex:
            parts = list(ex.map(_work, [(str(root), c, params) for c in chunks]))
        ordered = [p for c in chunks for p in c]
        dets = [d for part in parts for d in part]
    else:
        ordered, dets = list(pairs), align_pairs(root, pairs, params)
    return score(ordered, dets)


def score(pairs: Sequence[PanPair], dets: Sequence[list[Detection]]) -> dict[str, PlagdetScore]:
    """Plagdet per class (classes present) and overall, on annotated pairs."""
    by_class: dict[str, tuple[list[Passage], list[Passage]]] = {}
    for p, ds in zip(pairs, dets, strict=True):
        cases, found = by_class.setdefault(p.klass, ([], []))
        cases.extend(p.cases)
        key = (p.susp, p.src)
        found.extend(Passage(key, d.tgt_start, d.tgt_end, d.src_start, d.src_end) for d in ds)
    out = {k: plagdet(*v) for k, v in sorted(by_class.items())}
    all_cases = [c for v in by_class.values() for c in v[0]]
    all_dets = [d for v in by_class.values() for d in v[1]]
    out["overall"] = plagdet(all_cases, all_dets)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newstrace.eval pan13")
    ap.add_argument("--data", type=Path, default=DEFAULT_DIR / "eval" / "pan13-train")
    ap.add_argument("--limit", type=int, default=None, help="stratified sample of N pairs")
    add_reuse_options(ap)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument(
        "--paraphrase", action="store_true", help="add paraphrase seeds (off: the PAN14 method)"
    )
    ap.add_argument(
        "--widen", action="store_true", help="widen whole-document summaries (experimental)"
    )
    ap.add_argument(
        "--no-summary-trigger",
        action="store_true",
        help="do not widen summary-like detections (ablation of AlignParams.widen_scattered)",
    )
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    pairs = load_pairs(args.data)
    chosen = stratified(pairs, args.limit)
    unannotated = sum(1 for p in pairs if not p.annotated)
    t0 = time.perf_counter()
    params = reuse_params(ap, args, AlignParams(
        paraphrase=args.paraphrase,
        widen=args.widen,
        widen_scattered=not args.no_summary_trigger,
    ))  # fmt: skip
    scores = run(args.data, chosen, params, args.jobs)
    elapsed = time.perf_counter() - t0
    if args.json:
        print(json.dumps({k: asdict(v) for k, v in scores.items()}, indent=2))
        return 0
    print(
        f"PAN13 train: {len(chosen)} annotated pairs, mode {mode_label(args)}, "
        f"paraphrase seeds {'on' if args.paraphrase else 'off'}, {elapsed:.1f}s"
    )
    print(f"(skipped {unannotated} summary pairs whose XML has no plagiarism annotation)")
    head = ("plagdet", "prec", "recall", "gran", "cases", "dets")
    print(f"{'class':28} " + " ".join(f"{h:>7}" for h in head))
    for name, s in scores.items():
        print(
            f"{name:28} {s.plagdet:7.4f} {s.precision:7.4f} {s.recall:7.4f} "
            f"{s.granularity:7.3f} {s.cases:7d} {s.detections:7d}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
