"""Quality gate: quote, source and cue span F1 on a PolNeAR dev slice (first 30 articles).

Floors sit a little below the scores measured on this same slice (see docs/results.md):
content exact 0.515 / overlap 0.740, source 0.611 / 0.676, cue 0.619 / 0.664 (third round
0.513 / 0.741, 0.608 / 0.673, 0.618 / 0.662; before the PolNeAR-span rules of the quote
finder: 0.494 / 0.737, 0.572 / 0.661, 0.587 / 0.649).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newstrace.eval.polnear import evaluate, predict

SLICE = 30
FLOORS = {
    ("content", "exact_f1"): 0.50,
    ("content", "overlap_f1"): 0.73,
    ("source", "exact_f1"): 0.60,
    ("source", "overlap_f1"): 0.66,
    ("cue", "exact_f1"): 0.61,
    ("cue", "overlap_f1"): 0.65,
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
    documents = scores["documents"]
    assert isinstance(documents, int)
    assert documents >= SLICE


def test_indirect_speech_beside_a_quote_is_its_own_content() -> None:
    text = "“We will win the state by a mile,” she said, adding that the polls were wrong."
    pred = predict(text)
    contents = [text[a:b] for a, b in pred["Content"]]
    assert contents == ["“We will win the state by a mile,”", "that the polls were wrong"]
    assert [text[a:b] for a, b in pred["Cue"]] == ["said", "adding"]
    assert [text[a:b] for a, b in pred["Source"]] == ["she"]


def test_consecutive_direct_quotes_of_one_speaker_merge() -> None:
    text = "“We will win the state,” she said. “The polls are wrong about us.”"
    assert [text[a:b] for a, b in predict(text)["Content"]] == [text]
