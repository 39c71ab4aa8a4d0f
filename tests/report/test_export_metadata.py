"""An article's metadata reads the same in the JSON and JSONL exports: an object, as in the
Python API and the web app (only Parquet stores free-form maps as JSON strings)."""

from __future__ import annotations

import io
import json

from newstrace import records as R
from newstrace.report import export
from newstrace.stages.ingest import make_article


def _records() -> R.RecordSet:
    a = make_article(
        "The number 42 bus will no longer run to the station from November.",
        title="Bus route cut", source="Herald", metadata={"section": "transport", "page": 3},
    )  # fmt: skip
    return R.RecordSet(articles=(a,))


def test_json_export_metadata_is_an_object_like_jsonl() -> None:
    rs = _records()
    doc, lines = io.StringIO(), io.StringIO()
    export.write_json(rs, doc)
    export.write_jsonl(rs, lines)
    from_json = json.loads(doc.getvalue())["articles"][0]["metadata"]
    (from_jsonl,) = [
        json.loads(x)["metadata"] for x in lines.getvalue().splitlines() if '"article"' in x
    ]
    assert from_json == {"section": "transport", "page": 3}
    assert from_json == from_jsonl
