"""A large corpus's report stays small enough for a browser, and says what it leaves out."""

from __future__ import annotations

import dataclasses
import re

from newstrace import records as R
from newstrace.report import html
from newstrace.stages.ingest import make_article

TIGHT = html.Limits(full_texts=2, passages=1, rows=1, per_story=2, stories=1)


def _corpus(n: int = 6) -> R.RecordSet:
    """n articles; article 0 is the source of a passage in articles 1 and 2; one story of
    all, one of article 5 alone."""
    arts = [
        make_article(
            f"Story number {i} about the harbour wall. The council said the wall would cost "
            f"four million pounds. Filler sentence {i} for the article text.",
            title=f"Article {i}", source=f"Outlet {i}", published=f"2024-03-0{i + 1}",
        )
        for i in range(n)
    ]  # fmt: skip
    start = arts[0].text.index("The council")
    end = arts[0].text.index(" Filler")

    def span(a: R.Article) -> R.Span:
        return R.Span(a.id, a.text.index("The council"), a.text.index(" Filler"))

    als = tuple(
        R.Alignment(R.Span(arts[0].id, start, end), span(arts[i]), "verbatim", 1.0) for i in (1, 2)
    )
    prov = tuple(R.Provenance(arts[i].id, 0.5, "partially", {arts[0].id: 0.5}) for i in (1, 2))
    pairs = tuple(
        R.ReusePair(arts[0].id, arts[i].id, "derived", "date", 0.4, 0.5, 1, ("verbatim",))
        for i in (1, 2)
    )
    big = R.Story("s1", "Harbour wall", tuple(a.id for a in arts[:5]), "2024-03-01", None, (), "l")
    small = R.Story("s2", "Lonely story", (arts[5].id,), "2024-03-06", None, (), "l2")
    return R.RecordSet(
        articles=tuple(arts), alignments=als, provenance=prov, pairs=pairs, stories=(big, small)
    )


def test_limits_cut_every_list_and_say_so() -> None:
    page = html.render(_corpus(), limits=TIGHT)
    assert page.count('class="pair"') == 1 and "the 1 largest shown" in page
    assert page.count('<details class="doc"') == 2
    assert "The full texts of 2 of 6 articles" in page
    assert "(the 1 largest of 2)" in page  # reuse shares and pairs tables
    assert "Harbour wall" in page and "Lonely story" not in page  # the largest story only
    assert "… 3 more" in page  # articles of the story beyond per_story
    assert "newstrace report --all" in page


def test_the_articles_shown_in_full_are_those_with_reuse_first() -> None:
    records = _corpus()
    page = html.render(records, limits=TIGHT)
    shown = [a for a in records.articles if f'id="a-{a.id}"' in page]
    # articles 0, 1 and 2 take part in reuse; the two shown are the first of them
    assert shown == list(records.articles[:2])


def test_a_small_corpus_shows_everything_without_a_note() -> None:
    page = html.render(_corpus())
    assert page.count('<details class="doc"') == 6 and page.count('class="pair"') == 2
    assert "report --all" not in page
    everything = html.render(_corpus(), limits=html.NO_LIMITS)
    assert everything.count('<details class="doc"') == 6 and "Lonely story" in everything


def test_the_passages_shown_are_the_largest() -> None:
    records = _corpus()
    small, big = records.alignments
    big = R.Alignment(big.source, R.Span(big.target.article_id, 0, big.target.end), "edited", 0.8)
    page = html.render(dataclasses.replace(records, alignments=(small, big)), limits=TIGHT)
    assert page.count('class="pair"') == 1
    assert f"chars 0–{big.target.end}" in page  # the longer passage, not the first one


def test_each_source_of_an_article_has_its_own_bar_at_its_share() -> None:
    records = _corpus()
    a0, a1, a2 = (a.id for a in records.articles[:3])
    # article 2 holds one passage that article 0 and its copy, article 1, both hold: the two
    # shares overlap, so they are two bars of half each, not one bar split in two quarters
    prov = R.Provenance(a2, 0.5, "partially", {a0: 0.5, a1: 0.5})
    page = html.render(dataclasses.replace(records, provenance=(prov,)))
    bar = r'<div class="bar" title="50% from [^"]*"><span class="\w+" style="width:([\d.]+)%'
    widths = re.findall(bar, page)
    assert [float(w) for w in widths] == [50.0, 50.0]
