"""The Clough classifier's tree size, chosen on training answers only (no shared data)."""

from __future__ import annotations

import numpy as np

from newstrace.eval.clough import TREE_GRID, predict, tree_size


def _noisy_threshold(n_tasks: int = 5, per_task: int = 10) -> tuple[np.ndarray, ...]:
    """One feature splits the classes at 0.5; one answer per task is labelled against it, and a
    second, meaningless feature lets a deep tree carve a leaf around each such answer."""
    rng = np.random.default_rng(7)
    xs, ys, tasks = [], [], []
    for task in range(n_tasks):
        for i in range(per_task):
            value = rng.uniform(0.0, 1.0)
            label = "cut" if value > 0.5 else "light"
            if i == 0:  # the mislabelled one
                value, label = rng.uniform(0.55, 1.0), "light"
            xs.append((value, rng.uniform(0.0, 1.0)))
            ys.append(label)
            tasks.append(str(task))
    return np.asarray(xs), np.asarray(ys), np.asarray(tasks)


def test_size_from_grid_and_prefers_simple_trees() -> None:
    x, y, tasks = _noisy_threshold()
    depth, leaf = tree_size(x, y, tasks, seed=0)
    assert (depth, leaf) in TREE_GRID
    # One split explains everything but the noise, so no deeper tree scores better.
    assert depth == min(d for d, _ in TREE_GRID)


def test_nested_prediction_is_no_worse_than_fixed_tree_on_noise() -> None:
    x, y, tasks = _noisy_threshold()
    nested = predict(x, y, tasks, None, "loto", nested=True)
    fixed = predict(x, y, tasks, None, "loto", nested=False)
    clean = np.asarray([(v > 0.5) == (lab == "cut") for (v, _), lab in zip(x, y, strict=True)])
    # The mislabelled answers cannot be right; on every other answer the nested tree follows
    # the true split at least as often as the fixed depth-3 tree.
    assert np.mean(nested[clean] == y[clean]) >= np.mean(fixed[clean] == y[clean])
    assert np.mean(nested[clean] == y[clean]) >= 0.95
