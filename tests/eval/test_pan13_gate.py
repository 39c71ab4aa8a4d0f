"""Quality gate: passage alignment on a stratified 100-pair slice of PAN13 train.

Floors are pinned a little below the scores measured on this same slice (lexical mode,
paraphrase seeds off; docs/results.md): overall 0.797, random 0.880, translation 0.884,
no-obfuscation recall 0.990, summary 0.382 (0.342 before the summary hull), granularity 1.047.
"""

from __future__ import annotations

from pathlib import Path

from newstrace.eval.pan13 import load_pairs, run, stratified
from newstrace.stages.align.align import AlignParams


def test_pan13_slice_plagdet(eval_dir: Path) -> None:
    root = eval_dir / "pan13-train"
    pairs = stratified(load_pairs(root), 100)
    assert len(pairs) == 100
    scores = run(root, pairs, AlignParams(paraphrase=False))
    assert scores["overall"].plagdet >= 0.78
    assert scores["overall"].granularity <= 1.08
    assert scores["02-no-obfuscation"].recall >= 0.97
    assert scores["03-random-obfuscation"].plagdet >= 0.85
    assert scores["04-translation-obfuscation"].plagdet >= 0.85
    assert scores["05-summary-obfuscation"].plagdet >= 0.36
    assert scores["01-no-plagiarism"].detections <= 2
