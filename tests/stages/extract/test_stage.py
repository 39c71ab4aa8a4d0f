"""The extract stage over a batch: one article's failure does not sink the others."""

from __future__ import annotations

import logging

import pytest

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import extract
from newstrace.stages.ingest import make_article


def test_a_failing_article_is_reported_and_the_others_extracted(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    good = make_article('"We will build it," the mayor said. It costs £4m.', input="good.txt")
    bad = make_article("Text the extractor chokes on.", input="bad.txt")
    real = extract.extract_article

    def choke(article, settings=None):  # type: ignore[no-untyped-def]
        if article.id == bad.id:
            raise KeyError("hundred")
        return real(article, settings)

    monkeypatch.setattr(extract, "extract_article", choke)
    records = RecordSet(articles=(good, bad), new_ids=frozenset({good.id, bad.id}))
    with caplog.at_level(logging.WARNING):
        out = extract.run(records, Settings())
    assert out.claims and {c.article_id for c in out.claims} == {good.id}
    assert any(bad.id in r.getMessage() and "bad.txt" in r.getMessage() for r in caplog.records)
