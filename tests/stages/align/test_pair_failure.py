"""A pair whose alignment raises is logged and left out; the other pairs are still aligned."""

from __future__ import annotations

import logging

import pytest

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align
from newstrace.stages.align import align as align_module
from newstrace.stages.ingest.article import make_article

SHARED = (
    "The health ministry confirmed that hospital waiting lists fell by twelve percent in "
    "March. Officials credited the drop to extra weekend clinics staffed by retired "
    "consultants. Opposition leaders questioned whether the improvement could last."
)


def _corpus() -> RecordSet:
    arts = (
        make_article("Harbour news first. " + SHARED, id="a1", source="Harbour Post",
                     published="2026-03-02"),
        make_article(SHARED + " The choir sang too.", id="a2", source="Valley Times",
                     published="2026-03-03"),
        make_article("Cycling lanes opened. " + SHARED, id="a3", source="Hill Echo",
                     published="2026-03-04"),
    )  # fmt: skip
    return RecordSet(articles=arts, new_ids=frozenset(a.id for a in arts))


def test_a_failing_pair_is_logged_and_the_others_are_aligned(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real = align_module.align_texts
    texts = {a.id: a.text for a in _corpus().articles}

    def broken(src_text: str, *args: object, **kwargs: object) -> object:
        tgt_text = args[1]
        if {src_text, tgt_text} == {texts["a1"], texts["a3"]}:
            raise MemoryError("std::bad_alloc")
        return real(src_text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(align, "align_texts", broken)
    with caplog.at_level(logging.WARNING, logger="newstrace.stages.align"):
        out, stats = align.run_with_stats(_corpus(), Settings())
    pairs = {frozenset((p.source_id, p.target_id)) for p in out.pairs}
    assert frozenset(("a1", "a2")) in pairs and frozenset(("a2", "a3")) in pairs
    assert frozenset(("a1", "a3")) not in pairs
    assert stats is not None and stats.failed_pairs == 1
    assert any("a1" in r.message and "a3" in r.message and "MemoryError" in r.message
               for r in caplog.records)  # fmt: skip
