"""Incremental analysis against one analysis of the whole corpus: each invented gold corpus
ingested and analysed in three batches, in one seeded random order per corpus, gives what
one run gives (pairs with their relation and evidence, provenance, duplicate groups)."""

from __future__ import annotations

import pytest

from goldkit import DATA, Corpora, ends_sorted, ids, named_as, shuffled_thirds

HOLDS = (
    "aggregators",
    "briefs",
    "citing",
    "earnings",
    "followup",
    "languages",
    "liveblog",
    "newsroom",
    "newsroom2",
    "opinion",
    "paywall",
    "police",
    "politics",
    "science",
    "syndication",
    "templates",
    "undated",
    "writethru",
)
# One seeded order per corpus keeps the check's cost small (one batched run a corpus, beside
# the session's one run of the whole corpus); seed 24's
# order is one where followup (a pair of copies aligned before the copies between them came)
# and science (a withdrawn link needed by a later batch) disagreed before the fix.
SEED = 24
SHUFFLES = 1


@pytest.mark.parametrize("name", HOLDS)
def test_shuffled_thirds_agree_with_one_run(
    name: str, corpora: Corpora, tmp_path_factory: pytest.TempPathFactory
) -> None:
    one = corpora[name]  # the session's one run of the corpus
    for batches in shuffled_thirds(ids(DATA / name / "corpus.jsonl"), SEED, SHUFFLES):
        got = named_as(corpora.run(name, batches, tmp_path_factory.mktemp("batches")), one)
        assert ends_sorted(got) == ends_sorted(one), batches
