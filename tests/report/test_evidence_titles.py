"""The report says what a pair's direction evidence means, as the CLI does under its table,
also for a pair that shares a credited source."""

from __future__ import annotations

import sys
from pathlib import Path

from newstrace.report.html import EVIDENCE, render

sys.path.insert(0, str(Path(__file__).parents[1] / "stages" / "align"))
from test_direction_credits import COURANT, WESTGATE, WIRE, _run  # noqa: E402


def test_the_report_explains_the_evidence_of_each_pair() -> None:
    out = _run(
        ("c", COURANT + WIRE, "Daily Courant", "2026-03-12T11:00Z"),
        ("w", WIRE + WESTGATE, "Westgate Post", "2026-03-12T15:00Z"),
    )
    assert [p.evidence for p in out.pairs] == ["credit"]
    page = render(out)
    assert ">credit</span>" in page and "one text credits the other" in page


def test_every_evidence_value_has_an_explanation() -> None:
    values = {"credit", "date", "inferred-date", "wire", "press-release", "containment",
              "quotation", "none"}  # fmt: skip
    assert values <= EVIDENCE.keys()
