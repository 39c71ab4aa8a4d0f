"""The embed-mode seed rule: best match by a margin, and no contradicting facts."""

from __future__ import annotations

import numpy as np
import pytest

from newstrace.stages.align import embed


def test_standout_keeps_clear_best_matches_only() -> None:
    sims = np.array([[0.9, 0.2, 0.1], [0.2, 0.7, 0.65], [0.1, 0.3, 0.5]], dtype=np.float32)
    ok = embed.standout(sims, 0.55, 1.5)
    # (0,0) is a clear best; (1,1) is best but its runner-ups (0.65 row, 0.3 column) are close;
    # (2,2) is below the cosine threshold
    assert ok.tolist() == [[True, False, False], [False, False, False], [False, False, False]]


def test_standout_needs_mutual_best() -> None:
    sims = np.array([[0.8, 0.9]], dtype=np.float32)  # (0,0) is its column's best, not its row's
    ok = embed.standout(sims, 0.5, 1.0)
    assert ok.tolist() == [[False, True]]


def test_standout_single_sentences_have_no_runner_up() -> None:
    assert embed.standout(np.array([[0.6]], dtype=np.float32), 0.55, 1.5).tolist() == [[True]]
    assert embed.standout(np.array([[0.5]], dtype=np.float32), 0.55, 1.5).tolist() == [[False]]


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("The quake killed 7 people and hurt 40.", "Seven died and 40 were hurt.", True),
        ("He ran for 404 yards and 2 touchdowns.", "He ran for 150 yards in 9 carries.", False),
        ("Police arrested Reggie Bush on Friday.", "Police arrested Pierre Thomas.", False),
        ("Police arrested Reggie Bush on Friday.", "On Friday, Bush was arrested.", True),
        ("the man was arrested.", "Police arrested Pierre Thomas.", True),
    ],
)
def test_facts_agree(a: str, b: str, agree: bool) -> None:
    assert embed.facts_agree(a, b) is agree
