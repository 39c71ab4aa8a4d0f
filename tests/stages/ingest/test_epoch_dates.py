"""Publication dates given as Unix timestamps in feeds (numbers or digit strings, seconds or
milliseconds) are instants in UTC, whatever the machine's time zone; an ISO basic date
("20261116") is a day, not midnight."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newstrace.config import IngestSettings
from newstrace.records import Article
from newstrace.stages.ingest.article import normalize_date
from newstrace.stages.ingest.readers import read_jsonl

# 2026-11-16 16:20:00 UTC
SECONDS = 1794846000
UTC_TIME = "2026-11-16T16:20:00+00:00"


@pytest.fixture
def new_york() -> Iterator[None]:
    """Run with the process in a time zone far from UTC (a local reading would shift)."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()


@pytest.mark.parametrize(
    "value",
    [SECONDS, str(SECONDS), f" {SECONDS} ", SECONDS * 1000, str(SECONDS * 1000), f"{SECONDS}.0"],
)
def test_a_timestamp_is_a_utc_instant(value: object, new_york: None) -> None:
    assert normalize_date(value) == UTC_TIME


def test_a_basic_iso_date_is_a_day_not_midnight() -> None:
    assert normalize_date("20261116") == "2026-11-16"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("16.11.2026", "2026-11-16"), ("2026-11-16T16:20:00+00:00", UTC_TIME), ("12345", None)],
)
def test_other_dates_are_read_as_before(value: str, expected: str | None) -> None:
    assert normalize_date(value) == expected


def test_a_feed_with_epoch_dates_as_strings_keeps_the_utc_time(
    tmp_path: Path, new_york: None
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps(
            {"text": "A ferry ran aground off Kellby Point on Monday.", "date": str(SECONDS)}
        )
        + "\n",
        encoding="utf-8",
    )
    settings = IngestSettings(published_field="date")
    with feed.open("rb") as stream:
        (article,) = list(read_jsonl(stream, "feed.jsonl", settings, "feed"))
    assert isinstance(article, Article)
    assert article.published == UTC_TIME


def test_an_iso_basic_date_as_a_number_is_a_day_and_far_future_stamps_are_dropped() -> None:
    assert normalize_date(20261117) == "2026-11-17"
    assert normalize_date(99999999999) is None  # 11 digits: the year 5138
    assert normalize_date(99_999_999_999_999) is None  # 14 digits: milliseconds, the year 5138
