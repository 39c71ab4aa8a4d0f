"""The report says what a pair's direction evidence means, as the CLI does under its table,
also for a pair that shares a credited source."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newstrace import records as R
from newstrace.report.html import EVIDENCE, render
from newstrace.stages.ingest.article import make_article

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


def _quoted_pair(
    relation: str, evidence: str
) -> tuple[R.Article, R.Article, R.Alignment, R.ReusePair]:
    a = make_article('The minister said: "We will build the bridge by May."', source="Gazette")
    b = make_article('Asked again, she said: "We will build the bridge by May."', source="Herald")
    al = R.Alignment(R.Span(a.id, 19, 52), R.Span(b.id, 24, 57), "verbatim", 0.99)
    pair = R.ReusePair(a.id, b.id, relation, evidence, 0.6, 0.5, 1, ("verbatim",))
    return a, b, al, pair


def test_the_report_says_why_an_undirected_pair_has_no_direction() -> None:
    """The CLI prints "quotation" for a pair of shared quotes; the report said "–"."""
    a, b, al, pair = _quoted_pair("unseen_source", "quotation")
    page = render(R.RecordSet(articles=(a, b), alignments=(al,), pairs=(pair,)))
    row = page[page.index("Who drew on whom") :]
    assert f'<span title="{EVIDENCE["quotation"]}">quotation</span>' in row
    *_, related = _quoted_pair("related", "none")
    page = render(R.RecordSet(articles=(a, b), alignments=(al,), pairs=(related,)))
    assert ">none</span>" not in page


def test_the_pair_page_names_a_credited_or_quoted_common_source(tmp_path: Path) -> None:
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    from newstrace.report.web.app import create_app
    from newstrace.store import Store

    for relation, evidence, expect in (
        ("related", "credit", "both credit the same outlet"),
        ("unseen_source", "quotation", "mostly quotes, which both can have taken"),
        ("related", "quotation", "mostly quotes, which both can have taken"),
    ):
        a, b, al, pair = _quoted_pair(relation, evidence)
        db = tmp_path / f"{relation}-{evidence}.db"
        with Store(db) as store:
            store.add_articles([a, b])
            store.save_records(
                R.RecordSet(alignments=(al,), pairs=(pair,)), ["alignments", "pairs"], []
            )
        page = TestClient(create_app(db)).get(f"/pair/{b.id}/{a.id}").text
        assert expect in page, (relation, evidence)
        assert "wire copy?" not in page
