"""Exported spans also locate their text in the article's original: ``original_start`` /
``original_end`` beside the clean-text offsets, in JSON, JSONL, Parquet, the web API and the
listings' ``--json``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newstrace import records as R
from newstrace.report import export
from newstrace.stages.ingest import make_article
from newstrace.store import Store

# CRLF line ends, runs of spaces, a soft hyphen and a decomposed accent before and inside the
# passage: the clean text is shorter than the original, so clean offsets point elsewhere there
ORIGINAL = (
    "\ufeffHARBOUR  NEWS\r\n\r\nThe   council  met on Monday.\r\n\r\n"
    "The caf\u0065\u0301 on the quay will re\u00adopen in May, the owner said.\r\n"
)
PHRASE = "will reopen in May"  # as it reads in the clean text
IN_ORIGINAL = "will re\u00adopen in May"


def _records() -> tuple[R.RecordSet, R.Article]:
    a = make_article(ORIGINAL, source="Harbour News")
    b = make_article("Locals heard the cafe will reopen in May this year.", source="Quay Post")
    start = a.text.index(PHRASE)
    other = b.text.index(PHRASE)
    al = R.Alignment(
        R.Span(a.id, start, start + len(PHRASE)),
        R.Span(b.id, other, other + len(PHRASE)),
        "verbatim",
        1.0,
    )
    assert ORIGINAL[start : start + len(PHRASE)] != PHRASE  # the clean offsets do not fit
    return R.RecordSet(articles=(a, b), alignments=(al,)), a


def _check(row: dict[str, object], a: R.Article) -> None:
    src = row["source"]
    assert isinstance(src, dict)
    assert a.text[src["start"] : src["end"]] == PHRASE
    assert ORIGINAL[src["original_start"] : src["original_end"]] == IN_ORIGINAL
    tgt = row["target"]
    assert isinstance(tgt, dict) and tgt["original_end"] - tgt["original_start"] == len(PHRASE)


def test_json_and_jsonl_spans_carry_original_offsets() -> None:
    rs, a = _records()
    doc, lines = io.StringIO(), io.StringIO()
    export.write_json(rs, doc)
    export.write_jsonl(rs, lines)
    _check(json.loads(doc.getvalue())["alignments"][0], a)
    (row,) = [json.loads(x) for x in lines.getvalue().splitlines() if '"alignment"' in x]
    _check(row, a)


def test_parquet_spans_carry_original_offsets(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    rs, a = _records()
    export.write_parquet(rs, tmp_path)
    (row,) = pq.read_table(tmp_path / "alignments.parquet").to_pylist()
    _check(row, a)


def test_a_span_of_an_article_not_exported_has_no_original_offsets() -> None:
    rs, a = _records()
    row = export.record_dict(rs.alignments[0], {a.id: a})  # the target's article left out
    assert row["target"]["original_start"] is None and row["target"]["original_end"] is None
    assert row["source"]["original_start"] is not None


def test_web_api_and_reuse_json_spans_carry_original_offsets(tmp_path: Path) -> None:
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from newstrace.cli import main
    from newstrace.report.web.app import create_app

    rs, a = _records()
    db = tmp_path / "w.db"
    with Store(db) as store:
        store.add_articles(list(rs.articles))
        store.save_records(rs, ["alignments"], [x.id for x in rs.articles])
    (row,) = TestClient(create_app(db)).get("/api/alignments").json()["items"]
    _check(row, a)
    done = CliRunner().invoke(main, ["--db", str(db), "reuse", "--json"])
    assert done.exit_code == 0, done.output
    (line,) = [x for x in done.output.splitlines() if x.startswith("{")]
    _check(json.loads(line), a)
