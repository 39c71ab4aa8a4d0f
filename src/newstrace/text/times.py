"""Publication times as the stages compare them (pure helpers, no I/O): an ISO 8601 date or
datetime as written, its POSIX time with a time that has no zone read in a given zone, and
the zone a group of articles' times without one are read in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime, timezone, tzinfo


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
