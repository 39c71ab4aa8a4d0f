"""An aggregator's "Read the full story at X." under an excerpt, and a scraper's "Source: X.
All rights belong to their owners." under a copy: a credit to X (X is the source, whatever
the feed dates say), not the item's own text, and no news that two items share."""

from __future__ import annotations

import pytest

from newstrace.config import Settings
from newstrace.records import Alignment, RecordSet, Span
from newstrace.stages import align
from newstrace.stages.align.provenance import Direction, direction, provenance
from newstrace.stages.ingest.article import make_article
from newstrace.text.credits import credit_order, credits, pointer_lines

FERRY = (
    "All ferry crossings between Calder Bay and the Holm Islands have been cancelled for 48 "
    "hours after crew members walked out in a dispute over pay and rest breaks."
)
FERRY_MORE = (
    "Islands Ferry Company said about 2,000 passengers had been booked to travel, and that it "
    "would offer full refunds. The union said its members had been offered a 2 per cent rise."
)
PSALTER = (
    "A medieval manuscript thought lost for more than two centuries has been found in a box of "
    "uncatalogued papers in the store of the Calder Bay Museum, its keeper said on Thursday."
)
READ = "Read the full story at Calder Bay Times."


@pytest.mark.parametrize(("line", "outlet"), [
    ("Read the full story at Calder Bay Times.", "calderbaytimes"),
    ("Continue reading on Brackenfield Post", "brackenfieldpost"),
    ("Read more at The Harwick Standard", "harwickstandard"),
    ("Source: Lowmoor Courier. All rights belong to their owners.", "lowmoorcourier"),
])  # fmt: skip
def test_a_pointer_line_credits_its_outlet(line: str, outlet: str) -> None:
    text = f"{FERRY}\n\n{line}"
    assert credits(text) == {outlet}
    (span,) = pointer_lines(text)
    assert text[span[0] : span[1]] == line


@pytest.mark.parametrize("text", [
    "Read more about the strike in our live coverage.",  # no outlet
    "The source: a union official, who said the talks had failed.",  # not opening the line
    "Source: " + FERRY + " " + FERRY_MORE,  # a news paragraph, not a footer line
])  # fmt: skip
def test_prose_is_no_pointer_line(text: str) -> None:
    assert not pointer_lines(f"Body.\n\n{text}")


def test_the_outlet_an_item_points_to_is_its_source_before_an_updated_time() -> None:
    item = f"{FERRY}\n\n{READ}"
    assert credit_order("Calder Bay Times", FERRY + "\n\n" + FERRY_MORE, "NewsNest", item) == (
        0,
        False,
    )


def test_an_excerpt_with_its_pointer_line_is_wholly_derived() -> None:
    body = f"{FERRY}\n\n{FERRY_MORE}"
    src = make_article(body, id="s", source="Calder Bay Times", published="2026-05-05")
    item = make_article(f"{FERRY}\n\n{READ}", id="i", source="NewsNest")
    found = [Alignment(Span("s", 0, len(FERRY)), Span("i", 0, len(FERRY)), "verbatim", 1.0)]
    got = {p.article_id: p for p in provenance([src, item], found)}
    assert got["i"].label == "wholly", got["i"]


def test_two_aggregators_items_of_two_stories_are_not_linked_by_the_pointer_line() -> None:
    arts = [
        make_article(f"{FERRY}\n\n{READ}", id="nn", source="NewsNest"),
        make_article(f"{PSALTER}\n\n{READ}", id="br", source="The Briefly"),
    ]
    out = align.run(RecordSet(articles=tuple(arts)), Settings())
    assert not [a for a in out.alignments if not a.boilerplate], out.alignments


@pytest.mark.parametrize("line", [
    "Source: Land Registry", "Source: Bank of England.", "Source: ONS"
])  # fmt: skip
def test_a_data_source_line_is_no_credit_and_keeps_a_papers_direction(line: str) -> None:
    # a chart's or a table's "Source: X" names where figures are from, not a third outlet
    # whose text the paper carries: the paper stays the source of a later copy of its story
    body = f"{FERRY}\n\n{FERRY_MORE}"
    assert not credits(f"{body}\n\n{line}")
    paper = make_article(f"{body}\n\n{line}", id="a", source="Calder Bay Times",
                         published="2026-05-05T09:00Z")  # fmt: skip
    copy = make_article(body, id="b", source="Northern Post", published="2026-05-05T15:00Z")
    assert direction(paper, copy, 0.95, 0.95) == Direction(0, "date")


def test_pointer_lines_are_found_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # asked once per sentence, they were read from the whole text each time: quadratic in
    # its length (a 1 MB text of 9,500 repeated sentences took 225 s)
    from newstrace.stages.align import boilerplate

    calls: list[int] = []
    real = boilerplate.pointer_lines

    def counted(text: str) -> list[tuple[int, int]]:
        calls.append(len(text))
        return real(text)

    monkeypatch.setattr(boilerplate, "pointer_lines", counted)
    text = f"{FERRY} {FERRY_MORE}\n\n{PSALTER}\n{READ}\n"
    start = text.index(READ)
    assert boilerplate.pointer_line(text, (start, start + len(READ)))
    assert not boilerplate.pointer_line(text, (0, len(FERRY)))
    assert not boilerplate.footer_paragraph(text, (0, len(FERRY)))
    assert len(calls) <= 1
