"""The canonical copy of a duplicate group when one member's date is only a day: that day is
not midnight, so a paper dated "2026-11-17" is not earlier than a wire story filed at 06:00
that day (it would be named the wire's source, "wholly derived", with confidence).  Within
the earliest day, when a member has no time, a news agency comes first, then the longest
text, then ingest order; days and full times still order as before."""

from __future__ import annotations

from newstrace.stages import dedup
from newstrace.stages.ingest.article import make_article

TEXT = (
    "Engineers shut down two of the four pumping trains at the Harlow Bay plant on Tuesday. "
    "About 38,000 households will see reduced water pressure for up to five days."
)


def test_a_day_only_paper_is_not_earlier_than_a_wire_filed_that_day() -> None:
    paper = make_article(TEXT, source="The Alder Post", published="2026-11-17")
    wire = make_article(TEXT, source="Northline News Agency", published="2026-11-17T06:00:00+00:00")
    assert dedup.canonical([paper, wire]).id == wire.id
    assert dedup.canonical([wire, paper]).id == wire.id


def test_without_a_wire_the_longest_of_the_first_day_wins() -> None:
    paper = make_article(TEXT, source="The Alder Post", published="2026-11-17")
    longer = make_article(
        TEXT + " Tankers will stand at six sites.",
        source="Brook Post",
        published="2026-11-17T09:00:00+00:00",
    )
    assert dedup.canonical([paper, longer]).id == longer.id


def test_an_earlier_day_still_wins_and_times_still_order_a_day() -> None:
    day_before = make_article(TEXT, source="The Alder Post", published="2026-11-16")
    wire = make_article(TEXT, source="Northline News Agency", published="2026-11-17T06:00:00+00:00")
    assert dedup.canonical([wire, day_before]).id == day_before.id
    early = make_article(TEXT, source="Brook Post", published="2026-11-17T05:00:00+00:00")
    late = make_article(TEXT + " More.", source="Cald Post", published="2026-11-17T07:00:00+00:00")
    assert dedup.canonical([late, wire, early]).id == early.id


def test_a_timed_member_of_the_day_before_in_its_own_zone_does_not_bring_midnight_back() -> None:
    # 23:00 -08:00 on the 16th is 07:00 UTC on the 17th: the earliest day is the 17th, where
    # the paper has no time, so the wire filed at 06:00 comes first
    paper = make_article(TEXT, source="The Alder Post", published="2026-11-17")
    wire = make_article(TEXT, source="Northline News Agency", published="2026-11-17T06:00:00+00:00")
    west = make_article(TEXT, source="Coast Times", published="2026-11-16T23:00:00-08:00")
    assert dedup.canonical([paper, wire, west]).id == wire.id
    assert dedup.canonical([west, paper, wire]).id == wire.id
