"""The canonical copy of a duplicate group when a member's time has no zone.

The direction of a pair reads a time without a zone in the other article's zone (two outlets
of one story mostly share a market and a clock).  The canonical copy of a duplicate group read
it as UTC, so a paper whose CMS stamped "2026-03-12 10:30" (local, New York) was earlier than
the news agency story of 09:00 -05:00 it reprinted, and the agency was "wholly derived (100%)"
from the paper, while the same two texts as a pair were ordered the other way.
"""

from __future__ import annotations

from newstrace.stages import dedup
from newstrace.stages.ingest.article import make_article

TEXT = (
    "Fenmoor Building Society raised the rates on its fixed mortgage deals by up to 0.4 "
    "percentage points on Thursday, the third lender this week to pass on higher funding "
    "costs to borrowers."
)


def test_a_naive_time_is_read_in_the_zone_of_the_zoned_members() -> None:
    wire = make_article(TEXT, source="Meridian News Agency", published="2026-03-12T09:00:00-05:00")
    paper = make_article(TEXT + " Local brokers agreed.", source="Bayport Daily",
                         published="2026-03-12T10:30:00")  # fmt: skip
    assert dedup.canonical([paper, wire]).id == wire.id
    assert dedup.canonical([wire, paper]).id == wire.id


def test_the_commonest_zone_of_the_group_is_used() -> None:
    wire = make_article(TEXT, source="Meridian News Agency", published="2026-03-12T09:00:00-05:00")
    other = make_article(TEXT + " A.", source="Harbour Mail", published="2026-03-12T11:00:00-05:00")
    london = make_article(TEXT + " B.", source="City Post", published="2026-03-12T14:30:00+00:00")
    paper = make_article(TEXT + " C.", source="Bayport Daily", published="2026-03-12T08:30:00")
    # 08:30 read at -05:00 is 13:30Z: the earliest of the four
    assert dedup.canonical([wire, other, london, paper]).id == paper.id
    late = make_article(TEXT + " D.", source="Bayport Daily", published="2026-03-12T10:30:00")
    assert dedup.canonical([late, london, other, wire]).id == wire.id


def test_without_a_zoned_member_naive_times_compare_as_written() -> None:
    a = make_article(TEXT, source="A", published="2026-03-12T10:30:00")
    b = make_article(TEXT + " B.", source="B", published="2026-03-12T09:45:00")
    assert dedup.canonical([a, b]).id == b.id


def test_zoned_times_still_compare_as_instants() -> None:
    a = make_article(TEXT, source="A", published="2026-03-12T10:14:00+01:00")  # 09:14Z
    b = make_article(TEXT + " B.", source="B", published="2026-03-12T09:40:00+00:00")
    assert dedup.canonical([b, a]).id == a.id
