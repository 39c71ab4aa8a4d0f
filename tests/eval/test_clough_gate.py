"""Quality gate: reuse degree on all 95 Clough-Stevenson answers.

Measured (lexical mode, docs/results.md): 4-class leave-one-out accuracy 0.737, any-reuse F1
0.938 (leave-one-out classifier) and 0.947 (product label, no fitting), recall of "non" 0.921.
"""

from __future__ import annotations

from pathlib import Path

from newstrace.config.reuse import ReuseSettings
from newstrace.eval.clough import evaluate
from newstrace.stages.align import align_params


def test_clough_reuse_degree(eval_dir: Path) -> None:
    res = evaluate(eval_dir / "clough-stevenson", align_params(ReuseSettings()))
    assert res["answers"] == 95
    assert res["accuracy_4class_loo"] >= 0.73
    assert res["any_reuse_f1_loo"] >= 0.93
    assert res["any_reuse_f1_label"] >= 0.92
    assert res["recall_non"] >= 0.89
