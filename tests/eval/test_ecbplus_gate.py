"""Quality gate: online story clustering on the first 10 ECB+ topics (3 shuffled orders).

Floors sit a little below the scores measured on this same slice with the default settings
(see docs/results.md); a drop below them means clustering got worse.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newstrace.config.stories import StorySettings
from newstrace.eval.ecbplus import bcubed, evaluate, load_docs

# measured with: python -m newstrace.eval ecbplus --topics 10 --orders 3
# (entities from the extract stage's recogniser, as in the pipeline; raised after the re-tune)
EVENT_F1_FLOOR = 0.895  # measured 0.909 (0.911 before a name's words weighed 0.6)
EVENT_ARI_FLOOR = 0.87  # measured 0.890
TOPIC_F1_FLOOR = 0.82  # measured 0.866 (orders 0.845-0.903; 0.859 before)
WORST_ORDER_EVENT_F1_FLOOR = 0.89  # measured 0.907 (0.902 before)


@pytest.fixture(scope="module")
def summary(eval_dir: Path) -> dict[str, dict[str, float]]:
    docs = load_docs(eval_dir / "ecbplus" / "docs.jsonl", topics=10)
    assert len({d.topic for d in docs}) == 10
    return evaluate(docs, StorySettings(), orders=3, seed=0)


def test_event_level(summary: dict[str, dict[str, float]]) -> None:
    assert summary["event_f1"]["mean"] >= EVENT_F1_FLOOR
    assert summary["event_ari"]["mean"] >= EVENT_ARI_FLOOR
    assert summary["event_f1"]["min"] >= WORST_ORDER_EVENT_F1_FLOOR


def test_topic_level(summary: dict[str, dict[str, float]]) -> None:
    assert summary["topic_f1"]["mean"] >= TOPIC_F1_FLOOR


# The whole corpus, 5 orders (~16 s): the batch refinement (splits of sibling events, lone
# articles) only acts on stories large and old enough, which the 10-topic slice never has.
# measured with: python -m newstrace.eval ecbplus --orders 5 --seed 0
FULL_EVENT_F1_FLOOR = 0.915  # measured 0.924 (orders 0.918-0.928); 0.902 without refinement
FULL_WORST_ORDER_EVENT_F1_FLOOR = 0.91  # measured 0.9175


def test_event_level_full_corpus(eval_dir: Path) -> None:
    docs = load_docs(eval_dir / "ecbplus" / "docs.jsonl")
    full = evaluate(docs, StorySettings(), orders=5, seed=0)
    assert full["event_f1"]["mean"] >= FULL_EVENT_F1_FLOOR
    assert full["event_f1"]["min"] >= FULL_WORST_ORDER_EVENT_F1_FLOOR


def test_bcubed_definition() -> None:
    p, r, f = bcubed(["a", "a", "b", "b"], ["x", "x", "x", "y"])
    # items 1,2: p=1, r=2/3; item 3: p=1/2, r=1/3; item 4: p=1/2, r=1
    assert p == pytest.approx(0.75)
    assert r == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert f == pytest.approx(2 * p * r / (p + r))
    assert bcubed(["a", "b"], ["x", "y"]) == (1.0, 1.0, 1.0)
