"""The reuse engine against the gold of an invented corpus of long and composite articles
(tests/data/liveblog, written by its make.py from texts.py): the checks of this corpus only
(its standard gold checks are in tests/test_gold.py).

A live blog of 30 timestamped entries taking paragraphs, word for word or rewritten, from
six wire stories and releases of the corpus and quoting a seventh, beside an agency story on
the same flood it does not use; a 3,000-word feature lifting two paragraphs of one earlier
article and rewriting one of another; a "what we know so far" explainer summarising four
stories in bullet points; a press conference's transcript and three stories quoting and
paraphrasing different answers; a long article one sentence of which a later short one
reuses; unrelated articles.
"""

from __future__ import annotations

from goldkit import Analysed, gold

CORPUS = "liveblog"
GOLD = gold(CORPUS)


def test_the_blog_names_only_the_sources_it_used(an: Analysed) -> None:
    used = {x["source"] for x in GOLD["links"] if x["target"] == "cd-liveblog"}
    linked = {an.key[p.source_id] for p in an.linked("cd-liveblog")}
    assert linked - {"kp-review", "vwa-transcript"} <= used, linked  # two "related" only
