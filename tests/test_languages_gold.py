"""The reuse engine against the gold of an invented corpus of news in other languages than
English (tests/data/languages, written by its make.py): the checks of this corpus only (its
standard gold checks are in tests/test_gold.py).

A German agency story reprinted word for word by two papers (one under its own headline with
a local paragraph, one undated whose text dates it) and freely rewritten by a third; a French
ministry's two releases (press contacts, "À propos du ministère ...") and two papers'
rewrites of one, one of them undated; independent Spanish and Italian reports of one event
each, and a Spanish paper copying one paragraph; a Dutch story and its English translation
(a rewrite into another language is not found, and must not be linked by accident); articles
of the same topics written independently.
"""

from __future__ import annotations

import pytest

from goldkit import Analysed, gold

CORPUS = "languages"
GOLD = gold(CORPUS)


@pytest.mark.parametrize("key", list(GOLD["languages"]))
def test_language(an: Analysed, key: str) -> None:
    assert an.article[key].language == GOLD["languages"][key]


@pytest.mark.parametrize("key", list(GOLD["inferred"]))
def test_an_undated_article_is_placed_by_the_dates_of_its_language(an: Analysed, key: str) -> None:
    art = an.article[key]
    assert art.published is None
    assert art.metadata.get("published_after") == GOLD["inferred"][key], art.metadata


@pytest.mark.parametrize("text", GOLD["boilerplate"])
def test_release_contacts_and_about_paragraph_are_boilerplate(an: Analysed, text: str) -> None:
    texts = {a.id: a.text for a in an.records.articles}
    for x in an.records.alignments:
        if not x.boilerplate:
            for side in (x.source, x.target):
                assert text not in texts[side.article_id][side.start : side.end], x
