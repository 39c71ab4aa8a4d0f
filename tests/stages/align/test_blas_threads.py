"""Pairs are aligned with BLAS limited to BLAS_THREADS threads, in the stage and in the evals."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from newstrace.config import Settings
from newstrace.eval import webis
from newstrace.records import RecordSet
from newstrace.stages import align
from newstrace.stages.align import align as align_module
from newstrace.stages.ingest.article import make_article

STORY = (
    "The health ministry confirmed that hospital waiting lists fell by twelve percent in March. "
    "Officials credited the drop to extra weekend clinics staffed by retired consultants. "
    "Opposition leaders questioned whether the improvement could last through the winter."
)


def _blas_threads() -> set[int]:
    return {i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"}


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[set[int]]]:
    """BLAS thread counts observed inside every align_texts call (stage and webis), with two
    BLAS threads outside (so the test tells on a one-core machine too)."""
    calls: list[set[int]] = []
    real = align_module.align_texts

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(_blas_threads())
        return real(*args, **kwargs)

    monkeypatch.setattr(align, "align_texts", spy)
    monkeypatch.setattr(webis, "align_texts", spy)
    if not _blas_threads():
        pytest.skip("numpy has no BLAS that threadpoolctl can see")
    with threadpool_limits(limits=2, user_api="blas"):
        assert _blas_threads() == {2}
        yield calls


def test_stage_aligns_pairs_with_one_blas_thread(seen: list[set[int]]) -> None:
    arts = (
        make_article(STORY + " Ticket sales opened on Friday.", id="a", published="2024-03-01"),
        make_article("The council voted to repaint the lighthouse. " + STORY, id="b"),
    )
    before = _blas_threads()
    out = align.run(RecordSet(articles=arts), Settings())
    assert out.alignments, "the shared story must align"
    assert seen and all(s == {align_module.BLAS_THREADS} for s in seen)
    assert _blas_threads() == before  # the limit ends with the stage


def test_webis_harness_aligns_with_one_blas_thread(seen: list[set[int]]) -> None:
    assert webis.linked([(STORY, STORY)], align_module.AlignParams()) == [True]
    assert seen == [{align_module.BLAS_THREADS}]
