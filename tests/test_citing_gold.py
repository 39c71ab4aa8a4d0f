"""The reuse engine against the gold of an invented corpus of articles that name other outlets
(tests/data/citing, written by its make.py): the checks of this corpus only (its standard gold
checks are in tests/test_gold.py).

A paper's scoop and rivals' follow-ups naming it ("as first reported by the X", "The X
revealed on Tuesday that ...", "The X reported last week that ...", a quote of its words), the
same day, a day and a week later; articles naming the outlet for other reasons (an old
interview, a letter, a media story of its sale, its editor, its reporter injured); one outlet's
two stories of one subject, each named by another paper's sentence; a news site named like a
person (a councillor of that surname quoted "..., Morrow said.") and a paper named like its
town; the same in German and French.  Its batches (tests/test_gold.py): a withdrawn link still
explains another pair: ah-poll -> gm-park, withdrawn (both retell ah-park), explains the
sentence gm-park and gm-week share, also when gm-week comes in a later batch (chronological
order) than the two (withdrawn passages are kept, align.heldlinks).
"""

from __future__ import annotations

import pytest

from goldkit import Analysed, gold, item

CORPUS = "citing"
GOLD = gold(CORPUS)


@pytest.mark.parametrize("want", [item(x, x["target"]) for x in GOLD["cited"]])
def test_a_named_outlets_sentence_is_aligned_with_the_story_it_names(
    an: Analysed, want: dict[str, str]
) -> None:
    tgt = an.id[want["target"]]
    at = an.text[tgt].index(want["sentence"])
    sources = {
        an.key[x.source.article_id]
        for x in an.records.alignments
        if x.target.article_id == tgt and x.target.start <= at < x.target.end
    }
    assert sources == {want["source"]}
