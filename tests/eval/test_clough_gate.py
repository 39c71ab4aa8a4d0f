"""Quality gate: reuse degree on all 95 Clough-Stevenson answers.

Measured (lexical mode, two-stage classifier with copy-style features, docs/results.md):
4-class accuracy 0.821 leave-one-out and 0.821 leave-one-task-out (means over tree seeds 0-9:
0.824 and 0.828), any-reuse F1 0.973 (product label, which the classifier uses for reuse vs
non), recall of "non" 1.0.  Direction with no dates (54 derived answers found): 31 right, 9
wrong, 14 unseen.  The leave-one-out floor was 0.83 (measured 0.842, seed mean 0.834) until
the aligner's near-copy trim found each passage's true first and last words (eighth session:
seven answers' passages changed, every one to its sentence boundaries); the seed means moved
by -0.010 and +0.007, so the floors now also hold the seed means, the steadier reading.
The leave-one-task-out seed-mean floor was 0.815 until a trimmed edge inside a sentence went
back to the sentence's edge when the part cut off is rewritten (twenty-fourth session: nine
answers' passages moved, e.g. a light revision's source side had started at "as vectors of
identifiers").  Leave-one-out stayed 0.821 (seed mean 0.824 -> 0.823); leave-one-task-out
went 0.821 -> 0.800 (seed mean 0.828 -> 0.807): two task-d "light" answers whose own
features did not change are classed otherwise by trees trained on the other tasks.
The copy-style features (exact word runs) must keep their gain over the five original features
(fixed tree without them: 0.747 / 0.726).
Thirty-second session: the tree's depth and smallest leaf are chosen inside each training fold
(nested cross-validation, ``clough.tree_size``): 0.832 / 0.832, seed means 0.825 / 0.832; the
floors were raised to hold that gain.  The fixed depth-3 tree stays in the ablation table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newstrace.config.reuse import ReuseSettings
from newstrace.eval.clough import ablation, evaluate
from newstrace.stages.align import align_params


def test_clough_reuse_degree(eval_dir: Path) -> None:
    res = evaluate(eval_dir / "clough-stevenson", align_params(ReuseSettings()))
    assert res["answers"] == 95
    assert res["accuracy_4class_loo"] >= 0.82
    assert res["accuracy_4class_loto"] >= 0.82
    assert res["accuracy_4class_loo_seed_mean"] >= 0.815
    assert res["accuracy_4class_loto_seed_mean"] >= 0.82
    assert res["any_reuse_f1_loo"] >= 0.965
    assert res["any_reuse_f1_label"] >= 0.965
    assert res["recall_non"] >= 0.97
    assert res["direction_right"] >= 33
    assert res["direction_wrong"] <= 6


@pytest.fixture(scope="module")
def rows(eval_dir: Path) -> dict[str, tuple[float, float, float]]:
    return ablation(eval_dir / "clough-stevenson", align_params(ReuseSettings()))


def test_clough_copy_style_gain(rows: dict[str, tuple[float, float, float]]) -> None:
    fixed_loo, fixed_loto, _ = rows["fixed depth-3 tree"]
    plain_loo, plain_loto, _ = rows["fixed, without copy style"]
    assert fixed_loo >= plain_loo + 0.05
    assert fixed_loto >= plain_loto + 0.05
    # With tree sizes chosen per fold: 0.832 vs 0.789 and 0.832 vs 0.768.
    final_loo, final_loto, _ = rows["final (two-stage)"]
    plain_loo, plain_loto, _ = rows["without copy style"]
    assert final_loo >= plain_loo + 0.03
    assert final_loto >= plain_loto + 0.05


def test_clough_sizes_chosen_per_fold_beat_fixed_tree(
    rows: dict[str, tuple[float, float, float]],
) -> None:
    """Choosing the tree's size inside each training fold (nested cross-validation) must keep
    its gain over the fixed depth-3 tree: 0.821 -> 0.832 leave-one-out, 0.800 -> 0.832
    leave-one-task-out."""
    final_loo, final_loto, _ = rows["final (two-stage)"]
    fixed_loo, fixed_loto, _ = rows["fixed depth-3 tree"]
    assert final_loo >= fixed_loo
    assert final_loto >= fixed_loto + 0.02
