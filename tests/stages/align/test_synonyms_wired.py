"""The aligner applies WordNet synonyms when AlignParams.use_synonyms is on, with paraphrase
seeds."""

from __future__ import annotations

import pytest

from newstrace.stages.align import synonyms
from newstrace.stages.align.align import AlignParams, align_texts
from newstrace.stages.align.sentences import SentenceCache

SRC = "The company purchased a large automobile factory near the river in March last year."
TGT = "Last March the firm bought a big car plant close to the river, officials confirmed."
PAIRS = [("company", "firm"), ("purchas", "bought"), ("large", "big"),
         ("automobile", "car"), ("factory", "plant"), ("near", "close")]  # fmt: skip
SYN = {a: frozenset({b}) for x, y in PAIRS for a, b in ((x, y), (y, x))}


@pytest.fixture(autouse=True)
def small_map(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(synonyms, "synonym_map", lambda *args, **kwargs: SYN)


def _linked(params: AlignParams) -> bool:
    cache = SentenceCache()
    return bool(align_texts(SRC, cache.get("s", SRC), TGT, cache.get("t", TGT), params))


def test_synonyms_link_a_rewrite_only_when_on() -> None:
    assert _linked(AlignParams(min_chars=40, gap=1, use_synonyms=True))
    assert not _linked(AlignParams(min_chars=40, gap=1, use_synonyms=False))


def test_not_applied_without_paraphrase_seeds() -> None:
    params = AlignParams(min_chars=40, gap=1, use_synonyms=True, paraphrase=False)
    assert not _linked(params)
