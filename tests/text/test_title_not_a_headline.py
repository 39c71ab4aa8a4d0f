"""A plain text's first line that is a press-release header, a byline, a dateline or an
embargo / publication line is not its headline (every release would be titled "PRESS
RELEASE" and every story of one reporter "By <name>"); the line stays in the text."""

from __future__ import annotations

import pytest

from newstrace.text.normalize import find_title

BODY = (
    "Council tax in Hollins district will rise by almost five per cent from April after "
    "councillors voted through the budget on Wednesday night."
)


@pytest.mark.parametrize(
    "first",
    [
        "PRESS RELEASE",
        "Press release",
        "NEWS RELEASE",
        "FOR IMMEDIATE RELEASE",
        "Embargoed until 00:01 Tuesday 17 November",
        "EMBARGO: 00:01 GMT 17 November",
        "By Martha Quill, local democracy reporter",
        "By Martha Quill and Tom Reyes",
        "HOLLINS, 19 November",
        "LONDON, Nov 17",
        "LONDON (Northline) -",
        "Published: 17 November 2026",
        "Updated: 17 November 2026 10:32",
    ],
)
def test_a_marker_line_is_not_the_title(first: str) -> None:
    assert find_title(f"{first}\n\n{BODY}") == (None, 0)


@pytest.mark.parametrize(
    "headline",
    [
        "By the numbers: what the council tax rise means",
        "NHS, unions agree pay deal",
        "Press freedom index falls again",
        "Release of prisoners delayed",
        "HOLLINS COUNCIL TAX TO RISE",
    ],
)
def test_headlines_that_start_like_a_marker_are_still_titles(headline: str) -> None:
    original = f"{headline}\n\n{BODY}"
    title, start = find_title(original)
    assert title == headline
    assert original[start:].lstrip() == BODY
