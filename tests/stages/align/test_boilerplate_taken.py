"""An outlet's repeated news paragraph (background it puts in every follow-up) is its
boilerplate, but another outlet's copy of it is reuse, from the first article holding it."""

from __future__ import annotations

from newstrace.records import Alignment, Article, Span
from newstrace.stages.align.boilerplate import flag
from newstrace.stages.ingest.article import make_article

BACKGROUND = (
    "The plant, which opened in 1998 on the site of the old colliery, employs about 340 "
    "people and makes bottles for brewers across the north."
)
FOOTER = "Sign up to our newsletter at www.courier.example for the day's top stories."


def _arts(text: str = BACKGROUND) -> dict[str, Article]:
    out = {}
    for aid, outlet, day in (("c1", "Courier", "01"), ("c2", "Courier", "09"),
                             ("r1", "Rival", "12"), ("c3", "Courier", "20")):  # fmt: skip
        out[aid] = make_article(f"News of day {day}. {text}", id=aid, source=outlet,
                                published=f"2026-03-{day}")  # fmt: skip
    return out


def _al(src: str, tgt: str, arts: dict[str, Article]) -> Alignment:
    def side(aid: str) -> Span:  # the paragraph after "News of day NN. "
        return Span(aid, arts[aid].text.index(". ") + 2, len(arts[aid].text))

    return Alignment(side(src), side(tgt), "verbatim", 1.0)


def _courier_spans(arts: dict[str, Article]) -> dict[str, list[tuple[int, int]]]:
    """The paragraph is boilerplate in each Courier article (its outlet repeats it)."""
    return {k: [(_al(k, k, arts).source.start, len(a.text))] for k, a in arts.items()
            if a.source == "Courier"}  # fmt: skip


def _flags(
    als: list[Alignment], arts: dict[str, Article], undirected: dict[str, set[str]] | None = None
) -> list[bool]:
    order = {k: a.published for k, a in arts.items()}
    out = flag(als, _courier_spans(arts), arts, undirected or {}, order.__getitem__)
    return [x.boilerplate for x in out]


def test_a_rival_s_copy_is_reuse_from_the_first_holder_only() -> None:
    arts = _arts()
    als = [_al("c2", "r1", arts), _al("c1", "r1", arts)]
    assert _flags(als, arts) == [True, False]  # c1 holds it first


def test_the_outlet_s_own_repeats_stay_boilerplate() -> None:
    arts = _arts()
    # the outlet's later article has the paragraph from its own earlier ones, not the rival
    assert _flags([_al("r1", "c3", arts), _al("c1", "c2", arts)], arts) == [True, True]


def test_no_direction_footers_and_no_articles_keep_one_side_enough() -> None:
    arts = _arts()
    assert _flags([_al("c1", "r1", arts)], arts, {"c1": {"r1"}, "r1": {"c1"}}) == [True]
    footers = _arts(FOOTER)
    assert _flags([_al("c1", "r1", footers)], footers) == [True]
    al = _al("c1", "r1", arts)
    assert flag([al], _courier_spans(arts))[0].boilerplate  # the rule before: either side


def test_a_later_holder_s_second_paragraph_stays_its_own() -> None:
    # c1 gave the rival the background paragraph; c2 gave it that paragraph and one more
    lead = "The glassworks will add a night shift from May, its owners said on Thursday."
    arts = _arts()
    for k in ("c2", "r1"):  # c2 and the rival also share a news sentence of c2's
        a = arts[k]
        arts[k] = make_article(f"{lead} {BACKGROUND}", id=k, source=a.source,
                               published=a.published)  # fmt: skip
    r1 = arts["r1"]
    para = r1.text.index("The plant")
    first = Alignment(Span("c1", arts["c1"].text.index("The plant"), len(arts["c1"].text)),
                      Span("r1", para, len(r1.text)), "verbatim", 1.0)  # fmt: skip
    longer = Span("r1", 0, len(r1.text))  # the lead too: not c1's
    second = Alignment(Span("c2", 0, len(arts["c2"].text)), longer, "verbatim", 1.0)
    order = {k: a.published for k, a in arts.items()}
    flags = flag([first, second], _courier_spans(arts), arts, {}, order.__getitem__)
    assert [x.boilerplate for x in flags] == [False, False]
    # a later holder's passage inside the first holder's is the outlet's repeat
    inside = Alignment(Span("c2", para, len(arts["c2"].text)), first.target, "verbatim", 1.0)
    flags = flag([first, inside], _courier_spans(arts), arts, {}, order.__getitem__)
    assert [x.boilerplate for x in flags] == [False, True]


def test_a_holder_giving_words_of_its_own_comes_before_one_giving_paraphrase() -> None:
    """Two holders the rival takes other text from: the repeated paragraph is the one's it
    takes words from (an edited passage), not the earlier's, which gives it paraphrase only
    (a review of weekly outbreak reports: a paper writing up the second report was given the
    series' advice line from the first, whose other passage was one paraphrased sentence)."""
    arts = _arts()
    r1 = arts["r1"]
    arts["r1"] = make_article("News of day 12. " + "More. " * 20 + BACKGROUND, id="r1",
                              source="Rival", published=r1.published)  # fmt: skip
    r1 = arts["r1"]
    para = r1.text.index("The plant")

    def background(src: str) -> Alignment:
        s = arts[src].text.index("The plant")
        return Alignment(Span(src, s, len(arts[src].text)), Span("r1", para, len(r1.text)),
                         "verbatim", 1.0)  # fmt: skip

    def extra(src: str, kind: str) -> Alignment:
        return Alignment(Span(src, 0, 10), Span("r1", 0, para - 1), kind, 0.9)

    order = {k: a.published for k, a in arts.items()}
    for kinds, flags in ((("paraphrase", "edited"), [True, False]),
                         (("edited", "edited"), [False, True]),  # both: the earliest
                         (("paraphrase", "paraphrase"), [False, True])):  # fmt: skip
        als = [background("c1"), background("c2"), extra("c1", kinds[0]), extra("c2", kinds[1])]
        got = flag(als, _courier_spans(arts), arts, {}, order.__getitem__)
        assert [x.boilerplate for x in got[:2]] == flags, kinds
