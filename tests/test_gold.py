"""The reuse engine against the gold of every invented corpus (tests/data/<name>/gold.json,
each corpus written by its make.py and described by its gold's "about").

Each gold item under a key of :data:`goldkit.CHECKS` ("links", "labels", "duplicates",
"near_copies", "exact_sources", "no_link", "no_pair", "not_source", "not_named",
"not_derived", "originals", "unlinked") is its own test case, run against one analysis of the
whole corpus a session; an item the engine gets wrong today carries its reason as "xfail"
and is a strict xfail, and the rest must hold.  A gold's "batches" names orders of the corpus
whose three batches must give what one run gives.  Checks of one corpus only are in its own
test module (tests/test_<name>_gold.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from goldkit import (
    CHECKS,
    Corpora,
    batch_cases,
    batches_in_order,
    compared,
    gold_cases,
    gold_corpora,
)

CORPORA = gold_corpora()


@pytest.mark.parametrize(("name", "kind", "want"), [c for n in CORPORA for c in gold_cases(n)])
def test_gold_item(corpora: Corpora, name: str, kind: str, want: Any) -> None:
    _, check = CHECKS[kind]
    check(corpora[name], want)


@pytest.mark.parametrize(("name", "order"), [c for n in CORPORA for c in batch_cases(n)])
def test_three_batches_agree_with_one_run(
    corpora: Corpora, tmp_path_factory: pytest.TempPathFactory, name: str, order: str
) -> None:
    got = corpora.run(name, batches_in_order(name, order), tmp_path_factory.mktemp("batches"))
    assert compared(got, name) == compared(corpora[name], name)
