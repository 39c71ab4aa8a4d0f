"""The reuse engine against the gold of an invented corpus of political and government news
(tests/data/politics, written by its make.py): the checks of this corpus only (its standard
gold checks are in tests/test_gold.py).

A prime minister's speech transcript, her office's release summarising it, an agency story,
three papers (a rewrite of the release, an analysis quoting the speech, an undated copy of the
agency story); the opposition's response release quoted by two papers; a minister's statement
quoted verbatim by five outlets; two summits a year apart whose coverage repeats one stock
background sentence; a fact-check quoting a paper's claim; unrelated political news of the
same week.
"""

from __future__ import annotations

import pytest

from goldkit import Analysed, gold, item

CORPUS = "politics"
GOLD = gold(CORPUS)


def test_the_copy_of_the_wire_is_labelled_wholly_derived(an: Analysed) -> None:
    # (the group itself is a standard check: tests/test_gold.py, "duplicates")
    for want in GOLD["duplicates"]:
        for k in want["members"]:
            assert an.label(k) == ("non" if k == want["canonical"] else "wholly") or k in (
                "mpa-speech",  # the wire itself derives from the release
            ), an.prov.get(k)


@pytest.mark.parametrize(
    "want", [item(x, f"{x['article']}:{x['starts'][:20]}") for x in GOLD["quote_speakers"]]
)
def test_quote_speaker(an: Analysed, want: dict[str, str]) -> None:
    aid = an.id[want["article"]]
    text = an.text[aid]
    found = [
        q for q in an.records.quotes
        if q.article_id == aid and text[q.content.start : q.content.end].startswith(want["starts"])
    ]  # fmt: skip
    assert found, f"no quote starting {want['starts']!r}"
    assert {q.speaker for q in found} == {want["speaker"]}, found
