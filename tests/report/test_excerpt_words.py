"""Long passages shown side by side are cut in the middle between words, never inside one
("the counc … t" reads as a different text)."""

from __future__ import annotations

import pytest

from newstrace.cli import _short
from newstrace.records import Span
from newstrace.report.html import EXCERPT_CHARS, excerpt
from newstrace.stages.ingest import make_article

WORDS = (
    "Jane Morrow, the councillor responsible for the environment, pointed out that Mill Lane "
    "families had been flooded three times in eight years, and said the barrier would mean "
    "they no longer needed to sandbag their doors whenever the weather forecast worsened. "
)


def _pieces(shown: str) -> tuple[str, str]:
    head, tail = shown.split(" … ")
    return head, tail


@pytest.mark.parametrize("extra", range(0, 40, 3))
def test_cli_passages_are_cut_between_words(extra: int) -> None:
    text = "x" * extra + " " + WORDS * 4
    words = set(text.split())
    head, tail = _pieces(_short(text))
    assert head.split()[-1] in words and tail.split()[0] in words
    assert len(head) + len(tail) <= 400


@pytest.mark.parametrize("extra", range(0, 40, 3))
def test_report_excerpts_are_cut_between_words(extra: int) -> None:
    text = "x" * extra + " " + WORDS * 8
    article = make_article(text, source="Gazette")
    shown = excerpt(article, Span(article.id, 0, len(article.text)))
    words = set(article.text.split())
    head, tail = _pieces(shown)
    assert head.split()[-1] in words and tail.split()[0] in words
    assert len(head) + len(tail) <= EXCERPT_CHARS


def test_short_passages_are_shown_whole() -> None:
    assert _short(WORDS) == " ".join(WORDS.split())
    article = make_article(WORDS, source="Gazette")
    assert excerpt(article, Span(article.id, 0, len(article.text))) == article.text
