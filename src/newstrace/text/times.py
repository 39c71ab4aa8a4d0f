"""Publication times as the stages compare them (pure helpers, no I/O): an ISO 8601 date or
datetime as written, its POSIX time with a time that has no zone read in a given zone, and
the zone a group of articles' times without one are read in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime, timezone, tzinfo


def parsed(published: str | None) -> datetime | None:
    """An ISO 8601 date or datetime as written ("Z" for UTC), None if unknown."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def posix_time(published: str | None, zone: tzinfo = UTC) -> float | None:
    """POSIX time of an ISO 8601 date or datetime (a time without a zone is read in
    ``zone``), None if unknown."""
    when = parsed(published)
    if when is None:
        return None
    return (when if when.tzinfo is not None else when.replace(tzinfo=zone)).timestamp()


def common_zone(published: Iterable[str | None]) -> tzinfo:
    """The zone a time without one is read in, among times of one group of copies: the
    commonest offset of the zoned times, else UTC.  The direction of a pair reads such a time
    in the other article's zone (one market, one clock); read as UTC, a paper stamped 10:30 by
    its CMS in New York was the canonical copy of, and the source of, a news agency's story of
    09:00 -05:00 that it reprinted."""
    offsets = Counter(
        offset
        for p in published
        if (when := parsed(p)) is not None and (offset := when.utcoffset()) is not None
    )
    if not offsets:
        return UTC
    # most members; a tie goes to the westernmost offset, whatever the members' order
    return timezone(max(offsets, key=lambda offset: (offsets[offset], -offset)))


def day(published: str | None) -> date | None:
    """The calendar day of an ISO 8601 date (as written) or datetime (in UTC when it has a
    time zone, as the times are compared: an evening story of 23:00 -08:00 is of the next
    UTC day, not the day before a paper dated by that day), None if unknown."""
    when = parsed(published)
    if when is None:
        return None
    return (when.astimezone(UTC) if when.tzinfo is not None else when).date()


def has_time(published: str | None) -> bool:
    """Whether an ISO 8601 value has a time, not only a day ("2026-11-17")."""
    return published is not None and len(published.strip()) > len("2026-11-17")


def earlier(a: str | None, b: str | None, zone: tzinfo = UTC) -> bool:
    """Whether ``a`` was published before ``b``: by their times (a time without a zone read
    in ``zone``) when both have one, else by their calendar days (:func:`day`; a date alone
    is a day, not its midnight)."""
    da, db = day(a), day(b)
    if da is None or db is None:
        return False
    if da != db or not (has_time(a) and has_time(b)):
        return da < db
    ka, kb = posix_time(a, zone), posix_time(b, zone)
    return ka is not None and kb is not None and ka < kb
