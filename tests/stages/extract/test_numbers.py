"""Numeric claims: money, magnitudes, hedges, ranges, percentages, counted noun phrases."""

from __future__ import annotations

import pytest

from newstrace.records import Claim
from newstrace.stages.extract.numbers import find_claims
from newstrace.stages.ingest.article import make_article


def _claims(text: str) -> tuple[str, list[Claim]]:
    article = make_article(text)
    return article.text, find_claims(article)


def _counts(text: str, claim: Claim) -> str | None:
    return text[claim.counts.start : claim.counts.end] if claim.counts else None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The government gave £75 million in funding.", 75e6, "GBP"),
        ("The deal is worth £2bn to the economy.", 2e9, "GBP"),
        ("It raised $1.5m from investors.", 1.5e6, "USD"),
        ("Prices rose by €300 last year.", 300, "EUR"),
        ("Turnout fell by 19% on the same period.", 19, "%"),
        ("Turnout fell by 4.5 per cent on the same period.", 4.5, "%"),
        ("The summit was just 21km from the border.", 21, "km"),
        ("More than 31,000 people crossed.", 31000, None),
        ("The council will build a hundred homes.", 100, None),  # "a" + "hundred": no crash
        ("A hundred people were at the meeting.", 100, None),
    ],
)
def test_values_and_units(text: str, value: float, unit: str | None) -> None:
    _, claims = _claims(text)
    assert len(claims) == 1
    assert claims[0].value == pytest.approx(value)
    assert claims[0].unit == unit


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("There were nearly 100,000 migrants.", "nearly"),
        ("There were almost 100,000 migrants.", "almost"),
        ("There were more than 100,000 migrants.", "more than"),
        ("There were about 100,000 migrants.", "about"),
        ("There were up to 100,000 migrants.", "up to"),
        ("There were at least 100,000 migrants.", "at least"),
        ("There were 100,000 migrants.", None),
    ],
)
def test_hedges(text: str, hedge: str | None) -> None:
    t, (claim,) = _claims(text)
    assert claim.hedge == hedge
    assert claim.value == 100000
    if hedge:
        assert t[claim.span.start : claim.span.end].lower().startswith(hedge)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Between 40 and 60 people attended.", 40, 60),
        ("Some 40-60 people attended.", 40, 60),
        ("It will cost £2bn to £3bn over a decade.", 2e9, 3e9),
    ],
)
def test_ranges(text: str, low: float, high: float) -> None:
    _, claims = _claims(text)
    assert len(claims) == 1
    assert claims[0].value == pytest.approx(low)
    assert claims[0].upper == pytest.approx(high)


@pytest.mark.parametrize(
    "text",
    [
        "The EPC was established in 2022 in Prague.",
        "The meeting is on 12 March in Budapest.",
        "The meeting is on March 12 in Budapest.",
        "She came 1st in the race.",
        "Call 020 7946 0958 for details.",
        "Contact the press office on 01632 960 555 or press@example.org.",
        "Phone +44 (0)1632 960 555 after 9am.",
        "Reforms to how Rule 39 works were agreed.",
        "The G7 leaders met under Article 50 rules.",
        "The 5G rollout continued.",
    ],
)
def test_not_claims(text: str) -> None:
    _, claims = _claims(text)
    assert claims == []


def test_a_count_beside_a_phone_number_is_still_a_claim() -> None:
    _, claims = _claims("Call 01632 960 555: 350 families have asked for help.")
    assert [c.value for c in claims] == [350]


def test_counts_noun_phrase_with_participle() -> None:
    text = "Nearly 100,000 migrants transiting through the Western Balkans last year were held."
    t, (claim,) = _claims(text)
    assert _counts(t, claim) == "migrants transiting through the Western Balkans"


def test_counts_money_in_and_of() -> None:
    t, claims = _claims("It gave £75 million in funding and £10 million of aid for schools.")
    assert [_counts(t, c) for c in claims] == ["funding", "aid"]


def test_percentage_counts_what_changed() -> None:
    t, (claim,) = _claims("There was an increase of 19% on the same period.")
    assert _counts(t, claim) == "increase"
    t, (claim,) = _claims("Officials said cases had risen by 50% in the past year.")
    assert _counts(t, claim) == "cases"


def test_claim_period() -> None:
    article = make_article("So far this year, more than 31,000 people have crossed.")
    (claim,) = find_claims(article)
    assert claim.period is not None
    assert article.text[claim.period.start : claim.period.end] == "So far this year"


def test_claim_without_period() -> None:
    (claim,) = find_claims(make_article("More than 31,000 people have crossed."))
    assert claim.period is None


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("Four thousand visitors queued at the gate.", 4000, "visitors"),
        ("The workshop now employs seven apprentices.", 7, "apprentices"),
        ("Some twenty-five volunteers turned up.", 25, "volunteers"),
        ("It cost two hundred and ten councils a share.", 210, "councils"),
        ("The club owes a million pounds.", 1e6, "pounds"),
    ],
)
def test_numbers_written_as_words(text: str, value: float, counted: str) -> None:
    t, claims = _claims(text)
    assert [c.value for c in claims] == [pytest.approx(value)]
    assert _counts(t, claims[0]) == counted


@pytest.mark.parametrize(
    "text",
    [
        "No one knew what to do.",
        "One of the riders fell.",
        "The bread was gone by ten.",
        "She finished the Formula Two season.",
    ],
)
def test_number_words_that_are_not_claims(text: str) -> None:
    assert _claims(text)[1] == []


def test_one_in_n_is_a_fraction_with_its_hedge() -> None:
    t, (claim,) = _claims("Roughly one in five pupils walks to school.")
    assert claim.value == pytest.approx(0.2)
    assert claim.unit == "fraction"
    assert claim.hedge == "roughly"
    assert _counts(t, claim) == "pupils"


def test_change_from_a_to_b_gives_old_and_new_values() -> None:
    t, claims = _claims("The parking charge will rise from £1.20 to £1.50 next month.")
    assert [(t[c.span.start : c.span.end], c.value, c.unit) for c in claims] == [
        ("£1.20", 1.2, "GBP"),
        ("£1.50", 1.5, "GBP"),
    ]
    assert all(c.upper is None for c in claims)


def test_from_a_to_b_without_a_change_is_a_range() -> None:
    _, (claim,) = _claims("Estimates run from 40 to 60 people per site.")
    assert (claim.value, claim.upper) == (40, 60)


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("The appeal had topped 900 donors by Friday.", "more than"),
        ("Sales exceeded 900 units.", "more than"),
        ("The total is nearing 900 names.", "nearly"),
    ],
)
def test_verbs_that_hedge_a_number(text: str, hedge: str) -> None:
    t, (claim,) = _claims(text)
    assert claim.hedge == hedge
    assert t[claim.span.start : claim.span.end] == "900"


def test_money_after_a_heading_line_and_a_determiner_is_a_claim() -> None:
    t, claims = _claims("Briefing\n\nFrom: Office of Roads\n\nA £3bn road fund opens today.")
    assert [(c.value, c.unit) for c in claims] == [(3e9, "GBP")]


def test_claim_period_stays_in_its_clause() -> None:
    article = make_article(
        "The $2.3 million renovation drew a gift of $150,000 from Ann Lee, "
        "who learned to read in the building in 1951."
    )
    assert [c.period for c in find_claims(article)] == [None, None]
    article = make_article("Sales rose to 610 units in 2019, the company said.")
    (claim,) = find_claims(article)
    assert claim.period is not None
    assert article.text[claim.period.start : claim.period.end] == "in 2019"


def test_numbered_list_markers_are_not_claims_and_spans_start_at_the_number() -> None:
    text, claims = _claims(
        "The council approved the plan.\n\nNotes to editors\n\n"
        "1. The scheme covers 12,000 homes.\n\n2) Applications open in June.\n\n"
        "40 volunteers helped."
    )
    shown = [text[c.span.start : c.span.end] for c in claims]
    assert shown == ["12,000", "40"]  # not the markers "1" and "2"; no line break in a span


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The committee voted 5-2 to approve the plan.", []),
        ("The court made a surprise 5–4 decision.", []),
        ("It will cost 5-10 million pounds.", ["5-10 million"]),
        ("Prices rose 10-15% last year.", ["10-15%"]),
    ],
)
def test_a_vote_or_a_score_is_not_a_claim_but_a_range_is(text: str, kept: list[str]) -> None:
    body, claims = _claims(text)
    assert [body[c.span.start : c.span.end] for c in claims] == kept


def test_an_age_in_apposition_takes_no_period() -> None:
    t, claims = _claims("The tenant, Alan Pryce, 81, has lived on the estate since 1969.")
    (age,) = [c for c in claims if c.value == 81]
    assert age.period is None
    t, (hired,) = _claims("The hub has hired 42 people since 2023.")
    assert hired.period is not None and t[hired.period.start : hired.period.end] == "since 2023"


def test_only_an_age_after_a_name_loses_its_period() -> None:
    t, claims = _claims("Last year, 3,400, or one in four, were turned away.")
    (turned,) = [c for c in claims if c.value == 3400]
    assert turned.period is not None and t[turned.period.start : turned.period.end] == "Last year"
    t, claims = _claims("Unemployment in the county, 9, rose in 2023.")
    (rate,) = [c for c in claims if c.value == 9]
    assert rate.period is not None and t[rate.period.start : rate.period.end] == "in 2023"
    t, claims = _claims("Mr Dobson, 67, has farmed there since 1980.")
    (age,) = [c for c in claims if c.value == 67]
    assert age.period is None


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The £4m scheme gets under way in May.", "scheme"),
        ("About 260 dock workers lose their jobs.", "dock workers"),
        ("The £12m package includes money for schools.", "package"),
        ("Two delivery vans went missing overnight.", "delivery vans"),
        ("A £3m grant goes to the harbour board.", "grant"),
        ("The 8,000 tenants get free repairs.", "tenants"),
    ],
)
def test_a_counted_noun_phrase_ends_before_a_common_verb(text: str, counted: str) -> None:
    t, claims = _claims(text)
    assert _counts(t, claims[0]) == counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The council will spend £2m to make 400 homes warm.", "homes"),
        ("The grant will keep 300 jobs safe this winter.", "jobs"),
        ("The flood left 20 flats empty and unsold.", "flats"),
        ("About 10 new open spaces will be built.", "new open spaces"),
    ],
)
def test_an_adjective_complement_after_the_counted_noun_is_not_counted(
    text: str, counted: str
) -> None:
    t, claims = _claims(text)
    (claim,) = [c for c in claims if c.value in {400, 300, 20, 10}]
    assert _counts(t, claim) == counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("It gave 30 pupils free school meals.", "pupils"),
        ("The trust offered a further 200 families new homes.", "families"),
        ("It gave 30 primary school pupils free school meals.", "primary school pupils"),
        ("The council gave 10 new open spaces to the town.", "new open spaces"),
        ("The club gave 30 sports clubs grants.", "sports clubs"),
    ],
)
def test_a_second_object_after_a_verb_of_giving_is_not_counted(text: str, counted: str) -> None:
    t, claims = _claims(text)
    (claim,) = [c for c in claims if c.value in {30, 200, 10}]
    assert _counts(t, claim) == counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The council gave 500 maths teachers bonuses.", "maths teachers"),
        ("The scheme gave 200 physics teachers grants.", "physics teachers"),
        ("The court handed 12 drugs dealers jail terms.", "drugs dealers"),
        ("The fund offered 50 arts organisations grants.", "arts organisations"),
        ("The trust gave 30 human rights groups funding.", "human rights groups"),
        ("The council offered 20 parks officers new contracts.", "parks officers"),
    ],
)
def test_a_plural_modifier_after_a_verb_of_giving_keeps_its_noun(text: str, counted: str) -> None:
    t, claims = _claims(text)
    (claim,) = [c for c in claims if c.value in {500, 200, 50, 30, 20, 12}]
    assert _counts(t, claim) == counted
