"""The seeds' stories as the product finds them: every stage run by ``Corpus.analyze`` (the
clusterer gets the extract stage's mentions and the reuse links), not the cluster stage alone."""

from __future__ import annotations

from pathlib import Path

import pytest

import newstrace


@pytest.fixture(scope="module")
def stories(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> set[frozenset[str]]:
    with newstrace.open(tmp_path_factory.mktemp("seeds") / "seeds.db") as corpus:
        corpus.add(seeds_dir)
        corpus.analyze()
        prefix = {a.id: Path((a.input or "").split(":")[0]).name[:3] for a in corpus.articles()}
        return {frozenset(prefix[a] for a in s.articles) for s in corpus.stories()}


def test_the_two_summits_are_two_stories(stories: set[frozenset[str]]) -> None:
    """004 (the earlier Reykjavik summit) is a story of its own; 000 and 001 (one summit's
    wire reports) are one story, and so are 002 and 003 (a release and its rewrite)."""
    assert stories == {frozenset({"000", "001"}), frozenset({"002", "003"}), frozenset({"004"})}
