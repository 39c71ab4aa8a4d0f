"""Publication dates written as feeds and scraped pages write them.

Dotted dates are day first ("12.03.2026" is 12 March, not 3 December), and a relative stamp
("3 hours ago", "yesterday") is not a publication date: it was read against the clock of the
machine at ingest and stored as an exact time of the day the feed was read.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_helpers import BODY, articles, read_path

from newstrace.stages.ingest.article import normalize_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12.03.2026 09:14", "2026-03-12T09:14:00"),
        ("05.03.2026", "2026-03-05"),
        ("5. 3. 2026", "2026-03-05"),
        ("21.11.2026 11:30", "2026-11-21T11:30:00"),  # day over 12: read right before too
    ],
)
def test_dotted_dates_are_day_first(value: str, expected: str) -> None:
    assert normalize_date(value) == expected


@pytest.mark.parametrize(
    "value", ["3 hours ago", "yesterday", "2 days ago", "today 09:14", "Updated 5 minutes ago"]
)
def test_relative_stamps_are_not_publication_dates(value: str) -> None:
    assert normalize_date(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Thu, 12 Mar 2026 09:14:00 GMT", "2026-03-12T09:14:00+00:00"),
        ("Thu, 12 Mar 2026 04:14:00 -0500", "2026-03-12T04:14:00-05:00"),
        ("March 12, 2026", "2026-03-12"),
        ("Samstag, 21. November 2026, 08:00 MEZ", "2026-11-21T08:00:00+01:00"),
    ],
)
def test_absolute_dates_read_as_before(value: str, expected: str) -> None:
    assert normalize_date(value) == expected


def test_feed_record_with_a_relative_stamp_keeps_it_raw(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": BODY, "published": "2 days ago"}) + "\n")
    (a,) = articles(read_path(feed))
    assert a.published is None
    assert a.metadata["published_raw"] == "2 days ago"
