"""An undated article is placed in time by the dates it mentions: a follow-up that speaks of
a later day as past is the copy of the dated report it quotes; a preview that speaks of an
earlier day as still to come is the source."""

from __future__ import annotations

import pytest

from newstrace.stages.align.provenance import direction
from newstrace.stages.ingest.article import make_article

REPORT = (
    "The Colby reservoir pumps failed on Thursday, leaving 12,000 homes without water for "
    "most of the day. Engineers from Harwick Water said a power fault had tripped both pumps."
)


def _pair(undated_text: str) -> tuple[int | None, str]:
    dated = make_article(REPORT, id="d", source="Harwick Standard", published="2026-03-12T09:14Z")
    undated = make_article(undated_text, id="u", source="Tarnside News")
    got = direction(dated, undated, 0.5, 0.3)
    return got.source, got.evidence


def test_a_follow_up_that_speaks_of_a_later_day_as_past_is_the_copy() -> None:
    text = (
        "Four months on, the council met on 13 July 2026 to hear why the pumps failed. "
        "At the time, the Standard reported: " + REPORT
    )
    assert _pair(text) == (0, "inferred-date")


def test_a_preview_of_an_earlier_day_still_to_come_is_the_source() -> None:
    text = "Engineers will test the Colby pumps on 2 March 2026. " + REPORT
    assert _pair(text) == (1, "inferred-date")


@pytest.mark.parametrize("text", [
    "The council will meet on 13 July 2026 to hear why the pumps failed. " + REPORT,
    "The pumps were installed on 4 May 2019. " + REPORT,  # before the report: says nothing
    REPORT,
])  # fmt: skip
def test_mentions_that_do_not_place_the_article_give_no_inferred_order(text: str) -> None:
    assert _pair(text)[1] != "inferred-date"


def test_a_day_both_texts_name_does_not_place_the_undated_one() -> None:
    notice = (
        "The council has opened a consultation on the new bus lanes. The consultation "
        "closes on 30 April 2026 and residents can respond online."
    )
    council = make_article(notice, id="c", source="Colby Council")
    paper = make_article(notice + " The Post asked readers for their views.", id="n",
                         source="Colby Post", published="2026-03-12")  # fmt: skip
    assert direction(council, paper, 0.95, 0.8).evidence != "inferred-date"


def test_a_feeds_own_range_fields_that_are_not_iso_days_are_read_from_the_text() -> None:
    # ingest keeps a feed's fields of these names as they are: no crash, the text decides
    text = (
        "Four months on, the council met on 13 July 2026 to hear why the pumps failed. "
        "At the time, the Standard reported: " + REPORT
    )
    meta = {"published_inferred_from": "feed", "published_after": "12 March 2026"}
    dated = make_article(REPORT, id="d", source="Harwick Standard", published="2026-03-12T09:14Z")
    undated = make_article(text, id="u", source="Tarnside News", metadata=meta)
    assert undated.metadata["published_after"] == "12 March 2026"
    got = direction(dated, undated, 0.5, 0.3)
    assert (got.source, got.evidence) == (0, "inferred-date")


NOTICE = (
    "The council wants to replace the Brannock Road recycling centre with a larger site on "
    "the trading estate. The consultation will close on 30 June 2026, and residents can "
    "respond online or on paper forms at every library."
)


def test_two_undated_articles_are_placed_by_a_day_to_come_and_a_later_day_past() -> None:
    notice = make_article(NOTICE, id="n", source="Marrowby District Council")
    follow = make_article(
        "On 14 July 2026 the cabinet voted for the move. " + NOTICE.replace("will close", "closed"),
        id="f", source="Coldharbour Post",
    )  # fmt: skip
    got = direction(notice, follow, 0.9, 0.5), direction(follow, notice, 0.5, 0.9)
    assert [(d.source, d.evidence) for d in got] == [(0, "inferred-date"), (1, "inferred-date")]


def test_two_undated_articles_with_the_later_day_in_both_are_not_placed() -> None:
    # the follow-up's later day is also in the notice: a copied sentence, no order
    notice = make_article(NOTICE + " A decision is due on 14 July 2026.", id="n", source="Council")
    follow = make_article(
        "On 14 July 2026 the cabinet voted for the move. " + NOTICE, id="f", source="Post"
    )
    assert direction(notice, follow, 0.9, 0.5).evidence != "inferred-date"
