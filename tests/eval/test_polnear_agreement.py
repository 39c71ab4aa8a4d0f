"""Annotator agreement in the PolNeAR harness, on a tiny corpus written here."""

from __future__ import annotations

from pathlib import Path

from newstrace.eval.polnear import agreement

TEXT = 'Officials said the bridge would reopen. "It is safe," the mayor said.'
HEAD = "T1\tSource 0 9\tOfficials\nT2\tCue 10 14\tsaid\n"
ANN_A = HEAD + "T3\tContent 15 38\tthe bridge would reopen\n"
ANN_B = HEAD + "T3\tContent 15 39\tthe bridge would reopen.\n"


def _corpus(root: Path, second: str) -> Path:
    base = root / "eval" / "polnear" / "data" / "dev"
    (base / "text").mkdir(parents=True)
    (base / "attributions").mkdir()
    (base / "text" / "a1.txt").write_text(TEXT, encoding="utf-8")
    (base / "attributions" / "a1_x.ann").write_text(ANN_A, encoding="utf-8")
    (base / "attributions" / "a1_y.ann").write_text(second, encoding="utf-8")
    (base / "text" / "a2.txt").write_text(TEXT, encoding="utf-8")  # annotated once: left out
    (base / "attributions" / "a2_x.ann").write_text(ANN_A, encoding="utf-8")
    return root


def test_identical_annotators_agree_fully(tmp_path: Path) -> None:
    humans, ours = agreement(_corpus(tmp_path, ANN_A), "dev")
    assert humans.documents == ours.documents == 1
    assert all(c.scores()["exact_f1"] == 1.0 for c in humans.by_label.values())


def test_a_boundary_difference_counts_against_exact_not_overlap(tmp_path: Path) -> None:
    humans, _ = agreement(_corpus(tmp_path, ANN_B), "dev")
    content = humans.by_label["Content"].scores()
    assert content["exact_f1"] == 0.0
    assert content["overlap_f1"] == 1.0
    assert humans.by_label["Source"].scores()["exact_f1"] == 1.0
