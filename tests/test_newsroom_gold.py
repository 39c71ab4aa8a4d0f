"""The reuse engine against the gold of two invented newsroom corpora (tests/data/newsroom*).

``newsroom``: a wire story and three outlets' versions (a light edit, half a copy with a local
paragraph, a sentence-by-sentence rewrite), a story's write-thrus, market reports and football
results from templates, independent reports of one event, a press release rewritten and
quoted, an opinion piece quoting a report, a credited undated reprint and two copies of an
agency story that is not in the corpus.  ``newsroom2``: a release and three papers' versions
(paragraphs or quotes reordered, figures restated, a rival's reaction added), a briefing built
from four articles, two agencies' reports of one event each reprinted twice, a live blog
between a story and a later story, an obituary's shared biography, an author footer and a
reprint with a correction.  ``syndication``: an agency story and 25 reprints (own headlines,
trimmed, a local paragraph added, dateline and credit removed, half undated), a company's
release posted by 15 sites with its "About" paragraph and the PR wire's disclaimer, two
rewrites of it and the company's later release, an outlet's newsletter footer and columnist
bio on its 20 articles (two of which share a paragraph), and 24 independent articles of the
same company, town and week.  One analysis per corpus a session is shared by the tests.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from goldkit import NEWSROOM_FORMAT, Analysed, Corpora, gold, share_ok

CORPORA = NEWSROOM_FORMAT
GOLD = {name: gold(name) for name in CORPORA}


@pytest.fixture(params=CORPORA)
def corpus(request: pytest.FixtureRequest, corpora: Corpora) -> tuple[str, Analysed]:
    return request.param, corpora[request.param]


@pytest.fixture
def syndication(corpora: Corpora) -> Analysed:
    return corpora["syndication"]


def _check_link(an: Analysed, link: dict[str, Any]) -> None:
    src, tgt = link["source"], link["target"]
    pair, group = an.pair(src, tgt), an.group(src, tgt)
    if pair is None and group is not None:  # a reprint: one text, the source its first copy
        assert (group.canonical, group.ordered) == (an.id[src], True), link
        return
    assert pair is not None, f"{src} and {tgt} are not linked"
    if link["relation"] in ("unseen_source", "either"):
        allowed = {"unseen_source"} | ({"derived"} if link["relation"] == "either" else set())
        assert pair.relation in allowed, (link, pair)
        return
    assert (pair.relation, pair.source_id) == ("derived", an.id[src]), (link, pair)
    if "label" in link:
        allowed_labels = set(re.findall(r"wholly|partially|non", link["label"]))
        assert an.label(tgt) in allowed_labels, (link, an.prov[tgt])
    if "kind" in link:
        assert an.kinds(src, tgt) <= set(link["kind"]), (link, an.kinds(src, tgt))
    if "share" in link:
        assert share_ok(link["share"], an.prov[tgt].sources.get(an.id[src], 0.0)), link


def test_planted_reuse_is_found_with_its_direction_label_kind_and_share(
    corpus: tuple[str, Analysed],
) -> None:
    name, an = corpus
    wrong = []
    for link in GOLD[name]["links"]:
        if "optional" in link:
            continue
        try:
            _check_link(an, link)
        except AssertionError as e:
            wrong.append(str(e))
    assert not wrong, "\n".join(wrong)


def test_unrelated_articles_and_siblings_are_not_linked(corpus: tuple[str, Analysed]) -> None:
    name, an = corpus
    linked = [
        (a, b, p.relation)
        for a, b in (x["pair"] if isinstance(x, dict) else x for x in GOLD[name]["no_link"])
        if (p := an.pair(a, b)) is not None and p.relation in ("derived", "unseen_source")
    ]
    assert not linked


def test_originals_quotes_and_templates_are_not_derived(corpus: tuple[str, Analysed]) -> None:
    name, an = corpus
    assert not {k for k in GOLD[name]["not_derived"] if an.label(k) != "non"}


def test_named_duplicates_and_boilerplate(corpus: tuple[str, Analysed]) -> None:
    name, an = corpus
    gold = GOLD[name]
    for want in gold.get("duplicates", []):  # write-thrus: one group, the earlier first
        members = {an.id[k] for k in want["members"]}
        (group,) = [g for g in an.records.duplicates if members <= set(g.members)]
        assert group.canonical == an.id[want["canonical"]]
        assert group.ordered == want.get("ordered", group.ordered), want
    allowed = {frozenset(p) for p in gold.get("duplicates_allowed", [])}
    allowed |= {frozenset((x["source"], x["target"])) for x in gold["links"]}  # reprints
    for group in an.records.duplicates:  # no other article is taken for a copy
        keys = [an.key[m] for m in group.members]
        assert all(
            frozenset((a, b)) in allowed or any(set(d["members"]) >= {a, b}
                                                for d in gold.get("duplicates", []))
            for i, a in enumerate(keys) for b in keys[i + 1:]
        ), keys  # fmt: skip
    for text in gold.get("boilerplate", []):  # a footer only ever in boilerplate passages
        for x in an.records.alignments:
            if not x.boilerplate:
                for side in (x.source, x.target):
                    assert text not in an.text[side.article_id][side.start : side.end]


@pytest.mark.parametrize("key", list(GOLD["syndication"]["shares"]))
def test_syndicated_copies_have_their_reused_share(syndication: Analysed, key: str) -> None:
    want = GOLD["syndication"]["shares"][key]
    prov = syndication.prov.get(key)
    assert share_ok(want, prov.reused_share if prov else 0.0), (key, want, prov)
