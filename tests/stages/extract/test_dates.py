"""Date mentions resolved against the publication date, and publication date inference."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.stages.extract.dates import date_mentions, infer_publication_date
from newstrace.stages.ingest.article import make_article


def _dates(text: str, published: str | None = "2024-11-07") -> dict[str, str]:
    article = make_article(text, published=published)
    return {article.text[m.span.start : m.span.end]: m.name for m in date_mentions(article)}


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        ("He will speak on Thursday in Budapest.", "on Thursday", "2024-11-07"),
        ("He will speak on Saturday in Budapest.", "on Saturday", "2024-11-09"),
        ("He spoke on Monday in Budapest.", "on Monday", "2024-11-04"),
        ("Arrivals rose last year.", "last year", "2023"),
        ("Arrivals rose last month.", "last month", "2024-10"),
        ("Arrivals rose this week.", "this week", "2024-W45"),
        ("It happened yesterday.", "yesterday", "2024-11-06"),
        ("It happened three days ago.", "three days ago", "2024-11-04"),
        ("She attended the first meeting last October.", "last October", "2024-10"),
        ("The deal was signed on 12 March 2023.", "12 March 2023", "2023-03-12"),
        ("The deal was signed on March 12, 2023.", "March 12, 2023", "2023-03-12"),
        ("Data from January 2018 onwards.", "January 2018", "2018-01"),
    ],
)
def test_resolution(text: str, phrase: str, iso: str) -> None:
    assert _dates(text)[phrase] == iso


def test_relative_dates_need_a_base() -> None:
    assert "last month" not in _dates("Arrivals rose last month.", published=None)


def test_published_metadata_wins() -> None:
    article = make_article("Nothing dated here.", published="2023-06-01")
    (lo, hi), conf, evidence = infer_publication_date(article)
    assert lo == hi == date(2023, 6, 1) and conf == 1.0 and "metadata" in evidence


def test_inferred_range_from_past_and_future_years() -> None:
    text = "The group was founded in 2022. The next summit will be hosted by the UK in 2024."
    (lo, hi), conf, evidence = infer_publication_date(make_article(text))
    assert lo == date(2022, 1, 1) and hi == date(2024, 12, 31)
    assert 0 < conf < 1 and "future" in evidence


@pytest.mark.parametrize(
    "pledge",
    [
        "The board has promised to halve the figure by 2030.",
        "The council pledged to plant 10,000 trees by 2030.",
        "The minister said the plant would close in 2030.",
        "The firm aims to be carbon neutral by 2030.",
    ],
)
def test_a_pledged_year_is_in_the_future(pledge: str) -> None:
    (lo, hi), _, evidence = infer_publication_date(make_article(pledge))
    assert lo is None and hi == date(2030, 12, 31), evidence


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Work on the new site is expected to start in September 2026.", (None, date(2026, 9, 30))),
        ("The bridges are expected to reopen in 2027.", (None, date(2027, 12, 31))),
        # an expectation told in the past looks back
        ("The bridge was expected to open in 2020 but was delayed.", (date(2020, 1, 1), None)),
    ],
)
def test_an_expected_date_is_in_the_future(text: str, want: tuple[date | None, ...]) -> None:
    (lo, hi), _, evidence = infer_publication_date(make_article(text))
    assert (lo, hi) == want, evidence


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a present state lasting until a year, or ending in it: the year is ahead (a review)
        ("The operator has a contract that runs until 2029.", (None, date(2029, 12, 31))),
        ("The road is closed until 2030 for repairs.", (None, date(2030, 12, 31))),
        ("The club's lease expires in 2031.", (None, date(2031, 12, 31))),
        # told in the past it looks back
        ("The old contract ran until 2019.", (date(2019, 1, 1), None)),
        ("The road was closed until 2019 for repairs.", (date(2019, 1, 1), None)),
        # a film that "ends in 1945" tells of the past (a review)
        ("The film opens in 1939 and ends in 1945.", (date(1945, 1, 1), None)),
        # each year judged by its own phrase
        (
            "The deal runs until 2029 and was signed in 2019.",
            (date(2019, 1, 1), date(2029, 12, 31)),
        ),
    ],
)
def test_a_year_a_present_state_lasts_until_is_ahead(
    text: str, want: tuple[date | None, ...]
) -> None:
    (lo, hi), _, evidence = infer_publication_date(make_article(text))
    assert (lo, hi) == want, evidence


def test_same_period_in_year_gives_the_next_year() -> None:
    text = "Returns rose 19% on the same period in 2023."
    (lo, hi), conf, _ = infer_publication_date(make_article(text))
    assert (lo, hi) == (date(2024, 1, 1), date(2024, 12, 31))
    assert conf >= 0.6


def test_no_evidence() -> None:
    (lo, hi), conf, _ = infer_publication_date(make_article("No dates at all."))
    assert (lo, hi, conf) == (None, None, 0.0)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a "will" in the next clause does not make a date behind it future: an undated copy
        # of a report dated 5 June was placed before 3 June, i.e. before the report it copied
        (
            "Engineers started the warm-up on 3 June 2025, and the first bottles will come off "
            "the line next month.",
            (date(2025, 6, 3), None),
        ),
        ("Work began on 3 June 2025; the line will restart in July.", (date(2025, 6, 3), None)),
        # a "will" in another clause, or a past verb just before the year: the year is past
        # (a review: an undated story was placed before 1961 and made a speech's source)
        (
            "The government will invest 38 billion crowns in the network, the largest sum "
            "since the national grid was completed in 1961.",
            (date(1961, 1, 1), None),
        ),
        ("Some of you will remember the winter of 2022.", (date(2022, 1, 1), None)),
        (
            "The plant, which was built in 1961, will close in 2027.",
            (date(1961, 1, 1), date(2027, 12, 31)),
        ),
        (
            "The scheme, which will run until 2030, was launched in 2021.",
            (date(2021, 1, 1), date(2030, 12, 31)),
        ),
        (
            "The council will spend more, the most since the scheme began in 2009.",
            (date(2009, 1, 1), None),
        ),
        # a name is no past verb ("Rose", "United"), a noun no past form (a code review)
        (
            "Ministers will publish it when the Rose Theatre reopens in 2027.",
            (None, date(2027, 12, 31)),
        ),
        ("The club will decide after the Leeds United match in 2027.", (None, date(2027, 12, 31))),
        # the comma of "4,000" opens no clause (a review)
        (
            "The trust will close Ward 7, which treated 4,000 patients in 2024.",
            (date(2024, 1, 1), None),
        ),
        # a subordinate clause told in the present speaks of a time to come (a review)
        (
            "Ministers will publish the plan when parliament returns in 2027.",
            (None, date(2027, 12, 31)),
        ),
        (
            "The museum will reopen after renovation work is finished in 2027.",
            (None, date(2027, 12, 31)),
        ),
        (
            "The council will review it because the contract ends in 2027.",
            (None, date(2027, 12, 31)),
        ),
        (
            "The line, which was due to open in 2027, will now open in 2029.",
            (None, date(2027, 12, 31)),
        ),
        (
            "He will be sentenced at a hearing that was adjourned until March 2027.",
            (None, date(2027, 3, 31)),
        ),
        # in its own clause it still does
        ("The hearing on 20 June 2025 will decide the case.", (None, date(2025, 6, 20))),
        ("On 20 June 2025 the council will vote on the plan.", (None, date(2025, 6, 20))),
    ],
)
def test_will_in_the_next_clause_does_not_make_a_date_future(
    text: str, want: tuple[date | None, date | None]
) -> None:
    (lo, hi), _, _ = infer_publication_date(make_article(text))
    assert (lo, hi) == want


@pytest.mark.parametrize(
    "text",
    [
        "The minister, who said she would not stand again, announced her decision on Monday.",
        "The club said it would appeal, after the ruling on Friday.",
        "She had pledged to stay as chair, the board said on Monday.",
    ],
)
def test_a_weekday_after_reported_speech_is_the_last_one(text: str) -> None:
    # published on Wednesday 15 May 2024: the Monday or Friday is the one before it
    (mention,) = date_mentions(make_article(text, published="2024-05-15"))
    assert mention.name < "2024-05-15"


@pytest.mark.parametrize(
    "text",
    [
        "The scheme would have cost the council 4 million pounds, a review found in 2019.",
        "The government had pledged in 2019 to halve the backlog; it has since doubled.",
        "The council had hoped to finish the bridge by 2020, but work only began this spring.",
        "The firm, committed to wind power since 2010, reported record profits.",
    ],
)
def test_a_year_in_a_look_back_at_a_pledge_is_not_in_the_future(text: str) -> None:
    (lo, hi), _, evidence = infer_publication_date(make_article(text))
    assert hi is None and lo is not None, evidence


@pytest.mark.parametrize(("text", "lo"), [
    ("The pies have use-by dates of 14 March 2024 and 16 March 2024.", None),
    ("Best before: 30 June 2024. Return them to the store.", None),
    ("Affected packs are marked BBE 12 May 2024.", None),
    ("The recall, announced on 2 March 2024, covers packs with a use-by date of 9 March 2024.",
     date(2024, 3, 2)),
    ("The passport expires in 2031, officials said on 4 May 2024.", date(2024, 5, 4)),
    # a date of the story, not of a product (a second review)
    ("The offer of grants, valid until 3 March 2026, drew 4,000 applications.",
     date(2026, 3, 3)),
    ("After the expiry of the offer on 3 March 2026, the council said it was over.",
     date(2026, 3, 3)),
])  # fmt: skip
def test_a_shelf_life_date_bounds_nothing(text: str, lo: date | None) -> None:
    """A recall's use-by and best-before dates are weeks ahead: read as past, they put an
    undated recall story after them (a review of product recalls)."""
    (got, _), _, _ = infer_publication_date(make_article(text, id="x"))
    assert got == lo


@pytest.mark.parametrize(("text", "hi"), [
    ("Wenn signed a contract until the summer of 2030, the club said.", date(2030, 12, 31)),
    ("Wenn has signed a new four-year contract until the summer of 2030.", date(2030, 12, 31)),
    ("His deal expires in June 2027.", date(2027, 6, 30)),
    ("The scheme runs until March 2027, officials said.", date(2027, 3, 31)),
])  # fmt: skip
def test_a_contract_s_end_is_ahead(text: str, hi: date) -> None:
    """A contract's end year is no past date (a review of transfer news: a club's undated
    release was placed after 2030 and made the copy of the stories it fed)."""
    (lo, got), _, _ = infer_publication_date(make_article(text, id="x"))
    assert lo is None and got == hi


def test_a_past_contract_s_end_is_past() -> None:
    """Only a contract held or signed is ahead: "whose contract until 2019 was not renewed"
    is past (a fourth review)."""
    text = "Holt, whose contract until 2019 was not renewed, joined Ostrel."
    (lo, hi), _, _ = infer_publication_date(make_article(text, id="x"))
    assert lo == date(2019, 1, 1) and hi is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The union will strike on Tuesday 10 March.", ["2026-03-10"]),
        ("Talks resume on Thursday, 12 March and Friday 13 March.", ["2026-03-12", "2026-03-13"]),
        ("Talks resume Thursday, March 12, 2026.", ["2026-03-12"]),
        (
            "The line reopens on Monday 2 March, and crews will return on Friday.",
            ["2026-03-02", "2026-03-06"],
        ),
    ],
)
def test_a_weekday_before_a_date_is_part_of_it(text: str, want: list[str]) -> None:
    # a notice's "on Tuesday 10 March" is one date: read alone, "Tuesday" was the Tuesday of
    # the publication week, and "Thursday 12 March" gave 26 February besides
    art = make_article(text, id="x", published="2026-03-03T09:00:00")
    assert [m.name for m in date_mentions(art)] == want


def test_the_weekday_written_with_a_date_picks_its_year() -> None:
    # a paper of 5 January: the Tuesday 30 December it names is last year's (2025-12-30 was a
    # Tuesday); read in the paper's year it was a future date, and no Tuesday
    art = make_article("He died on Tuesday 30 December.", id="x", published="2026-01-05T09:00:00")
    assert [m.name for m in date_mentions(art)] == ["2025-12-30"]
