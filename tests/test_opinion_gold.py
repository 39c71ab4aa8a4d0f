"""The reuse engine against the gold of an invented corpus of opinion, analysis and
commentary (tests/data/opinion, written by its make.py): the checks of this corpus only (its
standard gold checks are in tests/test_gold.py).

A column quoting a news report's sentences to argue with them, and letters to the editor
quoting the column (one quote of fourteen words, others of three to five); a column restating
a report's paragraph in its own words without naming it, and one of opinion only; an MP's
op-ed reusing paragraphs of her party's press release, and news stories quoting the op-ed; a
paper's news story and editorial of one day on one flood; a publisher's blurb on two other
sites and in a review, a film distributor's synopsis on a cinema's page and in a review; a
"week in review" column retelling five of the week's stories.
"""

from __future__ import annotations

from goldkit import Analysed, gold

CORPUS = "opinion"
GOLD = gold(CORPUS)


def test_a_week_in_review_is_derived_from_the_five_stories_it_retells(an: Analysed) -> None:
    want = GOLD["week_in_review"]
    sources = {an.key[p.source_id] for p in an.linked(want["article"])}
    assert sources == set(want["sources"])
