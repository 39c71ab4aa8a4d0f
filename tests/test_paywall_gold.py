"""The reuse engine against the gold of an invented corpus of partial and noisy copies of
articles as they are collected (tests/data/paywall, written by its make.py): the checks of
this corpus only (its standard gold checks are in tests/test_gold.py; a record read as the
same article as an earlier one, the gold's "same_article", is known by the earlier one's key).

Paywalled outlets' stories collected whole and as their paywall stubs (English and German:
"Subscribe to continue reading", "Weiterlesen mit Abo"), rivals rewriting two whole stories,
two stubs of other stories sharing only the paywall and share/ad lines; one story as its web,
AMP, print and mobile pages (other chrome lines only); truncated RSS items of four stories; a
story with its comments section scraped into it, carrying another outlet's quote while a
commenter pastes a third story's sentence.
"""

from __future__ import annotations

import pytest

from goldkit import DATA, Analysed, gold, ids

CORPUS = "paywall"
GOLD = gold(CORPUS)


@pytest.mark.parametrize("key", sorted(GOLD["same_article"]))
def test_pages_differing_only_in_chrome_are_one_article(an: Analysed, key: str) -> None:
    same = {r for records in GOLD["same_article"].values() for r in records}
    assert len(an.records.articles) == len(ids(DATA / CORPUS / "corpus.jsonl")) - len(same)
    assert key in an.article
    text = an.article[key].text
    for line in ("Share this article", "Advertisement", "Listen to", "Related:", "Printed"):
        assert line not in text


def test_comments_are_left_out(an: Analysed) -> None:
    text = an.article["wc-stadium"].text
    assert "wrote:" not in text and "comments" not in text
    assert text.endswith("before any move.")
