"""A results table written as "a | b | c" lines looks hard-wrapped (many lines of similar
length, none ending a sentence), but its rows are not wrapped prose: each stays a line of its
own instead of being joined into one paragraph ("... | 428 Bridge | 54% ...")."""

from __future__ import annotations

from newstrace.text.normalize import clean_text

WARDS = ["Abbey", "Bridge", "Castle", "Dale", "East", "Forest", "Green", "Hill"]
ROWS = [
    f"{w} | {30 + i}% | {1500 + 37 * i} | {1400 - 21 * i} | {233 + i}" for i, w in enumerate(WARDS)
]


def test_table_rows_are_not_joined() -> None:
    text, _ = clean_text(
        "Full results by ward:\n\nWard | Turnout | Labour | Tory | Green\n" + "\n".join(ROWS)
    )
    for row in ROWS:
        assert row in text.split("\n\n")


def test_wrapped_prose_around_a_pipe_is_still_unwrapped() -> None:
    prose = (
        "The council said the scheme | which was first proposed in\n"
        "2019 | would now go ahead, and that residents who had objected\n"
        "would be written to before the end of the month with the\n"
        "details of the new timetable for the works, which are due to\n"
        "start in the spring and to last for about eighteen months in\n"
        "all, according to the officers who drew up the report."
    )
    text, _ = clean_text(prose)
    assert "\n" not in text
