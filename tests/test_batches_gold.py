"""Incremental analysis against one analysis of the whole corpus: each invented gold corpus
ingested and analysed in three batches, in one seeded random order per corpus, gives what
one run gives (pairs with their relation and evidence, provenance, duplicate groups).

The corpora left out disagree today: ``citing`` and ``writethru`` because a pair is a
candidate only in a smaller corpus (the sentence index's top partners and document
frequencies change as the corpus grows, and old pairs are not searched again: README "Known
limits"), ``syndication`` because the canonical copy of two undated exact reprints of one
length is the one ingested first."""

from __future__ import annotations

from pathlib import Path

import pytest

from goldkit import Analysed, ends_sorted, ids, named_as, run_batches, shuffled_thirds

DATA = Path(__file__).resolve().parent / "data"
HOLDS = (
    "aggregators",
    "briefs",
    "followup",
    "languages",
    "liveblog",
    "newsroom",
    "newsroom2",
    "opinion",
    "paywall",
    "politics",
    "science",
    "templates",
)
# One seeded order per corpus keeps the check's cost small (two runs a corpus); seed 24's
# order is one where followup (a pair of copies aligned before the copies between them came)
# and science (a withdrawn link needed by a later batch) disagreed before the fix.
SEED = 24
SHUFFLES = 1


def _run(corpus: Path, batches: list[list[str]], tmp: Path) -> Analysed:
    return run_batches(corpus, batches, tmp)


@pytest.mark.parametrize("name", HOLDS)
def test_shuffled_thirds_agree_with_one_run(
    name: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    corpus = DATA / name / "corpus.jsonl"
    keys = ids(corpus)
    one = _run(corpus, [keys], tmp_path_factory.mktemp("one"))
    for batches in shuffled_thirds(keys, SEED, SHUFFLES):
        got = named_as(_run(corpus, batches, tmp_path_factory.mktemp("batches")), one)
        assert ends_sorted(got) == ends_sorted(one), batches
