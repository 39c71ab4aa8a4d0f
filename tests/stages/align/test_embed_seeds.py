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


def test_standout_claimed_runner_ups_do_not_count() -> None:
    # a two-sentence rewrite: both diagonal pairs are mutual best matches, but each one's
    # runner-up (0.65, 0.52) is the other sentence's partner, so the plain margin rejects both
    sims = np.array([[0.77, 0.65], [0.52, 0.81]], dtype=np.float32)
    assert not embed.standout(sims, 0.55, 1.5).any()
    assert embed.standout(sims, 0.55, 1.5, claim=0.7).tolist() == [[True, False], [False, True]]
    # a claim needs a strong partner: at 0.9 neither diagonal pair claims its row and column
    assert not embed.standout(sims, 0.55, 1.5, claim=0.9).any()


def test_standout_unclaimed_runner_up_still_counts() -> None:
    # (1,1) is best, but its row runner-up 0.65 sits in column 2, which nobody holds
    sims = np.array([[0.9, 0.2, 0.1], [0.2, 0.7, 0.65], [0.1, 0.3, 0.5]], dtype=np.float32)
    ok = embed.standout(sims, 0.55, 1.5, claim=0.7)
    assert ok.tolist() == [[True, False, False], [False, False, False], [False, False, False]]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('"But I told you about the silk," she said.', set()),
        ('"So you have heard?" said Mrs. Lawton.', {"lawton"}),
        ("They knew the street.They knew the process.", set()),
        ("He saw Mrs. Sweedle's brother and Jim.", {"sweedle", "jim"}),
        ("Lesson: Through greed we lose.", set()),
    ],
)
def test_names_skip_sentence_starts_and_titles(text: str, names: set[str]) -> None:
    assert embed._names(text) == names


def test_facts_agree_ignores_quoted_sentence_starts() -> None:
    a = '"So you\'ve heard about the new silk?" said Mrs. Lawton.'
    assert embed.facts_agree(a, '"But I told you about the new silk yesterday."')
    assert not embed.facts_agree(a, "Mrs. Smith had heard about the silk.")


def _fake_vectors(monkeypatch: pytest.MonkeyPatch, sims: np.ndarray) -> tuple[str, list, str, list]:
    """Texts whose sentence vectors have the cosine matrix ``sims`` (no model needed)."""
    m, n = sims.shape
    a = np.eye(m, 8, dtype=np.float32)
    b = np.zeros((n, 8), dtype=np.float32)
    b[:, :m] = sims.T
    src, tgt = " ".join(["one fact."] * m), " ".join(["two fact."] * n)
    monkeypatch.setattr(embed, "sentence_vectors", lambda text, spans: a if text == src else b)
    src_spans = [(10 * k, 10 * k + 9) for k in range(m)]
    tgt_spans = [(10 * k, 10 * k + 9) for k in range(n)]
    return src, src_spans, tgt, tgt_spans


def test_embed_seeds_claim_only_for_short_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    sims = np.array([[0.77, 0.65], [0.52, 0.81]], dtype=np.float32)
    args = _fake_vectors(monkeypatch, sims)
    monkeypatch.setattr(embed, "EMBED_CLAIM_TEXT", 2)
    assert [(i, j) for i, j, _ in embed.embed_seeds(*args)] == [(0, 0), (1, 1)]
    monkeypatch.setattr(embed, "EMBED_CLAIM_TEXT", 1)  # texts too long for the rule
    assert embed.embed_seeds(*args) == []
