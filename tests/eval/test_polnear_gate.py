"""Quality gate: quote, source and cue span F1 on a PolNeAR dev slice (first 30 articles).

Floors sit a little below the scores measured on this same slice (see docs/results.md):
content exact 0.494 / overlap 0.737, source 0.572 / 0.661, cue 0.587 / 0.649.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newstrace.eval.polnear import evaluate

SLICE = 30
FLOORS = {
    ("content", "exact_f1"): 0.47,
    ("content", "overlap_f1"): 0.72,
    ("source", "exact_f1"): 0.55,
    ("source", "overlap_f1"): 0.64,
    ("cue", "exact_f1"): 0.57,
    ("cue", "overlap_f1"): 0.63,
}


@pytest.fixture(scope="module")
def scores(eval_dir: Path) -> dict[str, object]:
    if not (eval_dir / "polnear" / "data" / "dev").exists():
        pytest.skip("PolNeAR dev split not found")
    return evaluate(eval_dir.parent, "dev", limit=SLICE).as_dict()


@pytest.mark.parametrize(("label", "metric"), sorted(FLOORS))
def test_floor(scores: dict[str, object], label: str, metric: str) -> None:
    by_label = scores[label]
    assert isinstance(by_label, dict)
    assert by_label[metric] >= FLOORS[(label, metric)], by_label


def test_slice_size(scores: dict[str, object]) -> None:
    assert scores["documents"] >= SLICE
