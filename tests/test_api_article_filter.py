"""``Corpus.pairs(id)`` and ``Corpus.alignments(id)`` take what ``Corpus.article`` takes.

An id prefix (as the CLI, the web app and ``Corpus.article`` accept) must find the article's
records, and an unknown id must raise, not answer "no reuse".
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import newstrace
from newstrace.errors import NotFoundError

SOURCE = (
    "The county council has approved a plan to rebuild the flood wall along the river at "
    "Millford after surveyors found that long stretches of the old wall were crumbling. "
    "Work will start in the spring and is expected to take eighteen months, during which "
    "the riverside footpath between the mill and the old bridge will be closed to walkers. "
    "The council said the new wall would protect around four hundred homes and shops."
)
COPY = (
    "Residents in Millford have mixed feelings about the months of building work ahead. "
    + SOURCE
    + " Local traders said they feared losing customers while the footpath is shut."
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[newstrace.Corpus]:
    tmp = tmp_path_factory.mktemp("api")
    (tmp / "a.txt").write_text(f"---\nsource: Echo\npublished: 2024-11-07\n---\n{SOURCE}\n")
    (tmp / "b.txt").write_text(f"---\nsource: Post\npublished: 2024-11-08\n---\n{COPY}\n")
    c = newstrace.open(tmp / "x.db")
    c.add(tmp / "a.txt", tmp / "b.txt")
    c.analyze()
    yield c
    c.close()


def test_prefix_finds_the_records_of_the_full_id(corpus: newstrace.Corpus) -> None:
    full = next(a.id for a in corpus.articles() if a.source == "Post")
    assert corpus.pairs(full) and corpus.alignments(full)
    assert corpus.pairs(full[:6]) == corpus.pairs(full)
    assert corpus.alignments(full[:6]) == corpus.alignments(full)


def test_unknown_id_raises(corpus: newstrace.Corpus) -> None:
    with pytest.raises(NotFoundError):
        corpus.pairs("ffffffffffffffff")
    with pytest.raises(NotFoundError):
        corpus.alignments("not-an-id")
