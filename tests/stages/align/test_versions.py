"""A member of a near-duplicate group is traced to the version of the canonical copy's outlet
that it holds most of, published before it: a copy of a corrected re-issue is the re-issue's
copy (the earnings corpus's investor site), not the first release's."""

from __future__ import annotations

from newstrace.records import Alignment, Article, DuplicateGroup, Span
from newstrace.stages.align import _withdraw_explained
from newstrace.stages.align.versions import (
    VERSION_GROUP_MAX,
    changed_figures,
    changed_words,
    holds_corrected_figure,
    version_sources,
    words_in,
)
from newstrace.text.offsets import OffsetMap

BODY = (
    "Corvane Systems reported third-quarter revenue of 412.6 million dollars, up 12 percent, "
    "and reaffirmed its full-year guidance. Subscription revenue rose 19 percent to 301.4 "
    "million dollars and now makes up nearly three quarters of the total."
)
FIRST = BODY + " Free cash flow was 41.2 million dollars."
FIXED = BODY + " Free cash flow was 44.2 million dollars."
HEADER = "CORRECTION: free cash flow was misstated in a release issued earlier today. "


def _art(key: str, source: str, hour: int | None, text: str) -> Article:
    published = None if hour is None else f"2026-10-28T{hour:02d}:00:00+00:00"
    return Article(
        key, text, text, OffsetMap.identity(len(text)), source=source, published=published
    )


def _group(*members: str, ordered: bool = True, kind: str = "near") -> DuplicateGroup:
    return DuplicateGroup("g", kind, members[0], tuple(members), 0.93, ordered)


def _sources(arts: list[Article], group: DuplicateGroup) -> dict[str, str]:
    first = {m: group.canonical for m in group.members if m != group.canonical}
    return version_sources(arts, [group], first)


def test_a_copy_of_the_corrected_reissue_is_traced_to_the_reissue() -> None:
    arts = [
        _art("release", "Corvane", 11, FIRST),
        _art("reissue", "Corvane", 14, HEADER + FIXED),
        _art("site", "InvestorDesk", 15, FIXED),  # the corrected text, header left out
    ]
    got = _sources(arts, _group("release", "reissue", "site"))
    assert got == {"reissue": "release", "site": "reissue"}


def test_a_copy_published_before_the_reissue_keeps_the_first_release() -> None:
    arts = [
        _art("release", "Corvane", 11, FIRST),
        _art("reissue", "Corvane", 14, HEADER + FIXED),
        _art("site", "InvestorDesk", 13, FIXED),
    ]
    assert _sources(arts, _group("release", "reissue", "site"))["site"] == "release"


def test_another_outlets_copy_is_no_version() -> None:
    # two papers that edited the release alike (house style, "per cent"): the second holds
    # more of the first paper's words than of the release's, and the release is still the
    # source of both
    trimmed = BODY.replace("percent", "per cent")
    assert trimmed != BODY
    arts = [
        _art("release", "Corvane", 11, FIRST),
        _art("paper", "Ledger", 12, trimmed),
        _art("other", "Post", 13, trimmed),
    ]
    assert _sources(arts, _group("release", "paper", "other")) == {
        "paper": "release",
        "other": "release",
    }


def test_a_tie_keeps_the_canonical_copy() -> None:
    arts = [
        _art("release", "Corvane", 11, FIRST),
        _art("reissue", "Corvane", 12, HEADER + FIRST),
        _art("site", "InvestorDesk", 13, FIRST),
    ]
    assert _sources(arts, _group("release", "reissue", "site"))["site"] == "release"


def test_unordered_undated_and_exact_groups_keep_the_canonical_copy() -> None:
    arts = [
        _art("release", "Corvane", 11, FIRST),
        _art("reissue", "Corvane", 14, HEADER + FIXED),
        _art("site", "InvestorDesk", 15, FIXED),
    ]
    members = ("release", "reissue", "site")
    assert _sources(arts, _group(*members, ordered=False))["site"] == "release"
    assert _sources(arts, _group(*members, kind="exact"))["site"] == "release"
    undated = [*arts[:2], _art("site", "InvestorDesk", None, FIXED)]
    assert _sources(undated, _group(*members))["site"] == "release"


def test_a_mass_group_keeps_the_canonical_copy() -> None:
    arts = [
        _art("release", "Corvane", 1, FIRST),
        _art("reissue", "Corvane", 2, HEADER + FIXED),
        *(_art(f"copy{i}", f"Paper {i}", 3, FIXED) for i in range(VERSION_GROUP_MAX)),
    ]
    got = _sources(arts, _group(*(a.id for a in arts)))
    assert set(got.values()) == {"release"}


LEAD = "{n} workers were injured in an explosion at the Corvell Glass works early on Tuesday."
V1 = LEAD.format(n="Two") + " The blast happened in the furnace hall."
V2 = "Colliery Road will stay closed. " + V1
V3 = "The safety inspectors have opened an investigation. " + V2.replace("Two", "Three")
PIECE = 'As the Courier reported, "' + LEAD.format(n="Three") + '"'


def test_changed_words_are_the_later_versions_own() -> None:
    assert changed_words(V1, V2.replace("Two", "Three")) == {"colliery", "road", "will", "stay",
                                                              "closed", "three"}  # fmt: skip
    assert changed_words(V1, V1) == set()


def test_words_in_spans_outside_others() -> None:
    text = "Three workers were injured"
    assert words_in(text, [(0, len(text))], [(6, len(text))]) == {"three"}


def _quote_of(version: str, start: int) -> Alignment:
    """A verbatim passage of ``version`` with the quoted lead of PIECE (from ``start`` in
    PIECE: the aligner peels a changed first word off the earlier versions' passages)."""
    text = {"v1": V1, "v2": V2, "v3": V3}[version]
    at = text.index("workers") - (PIECE.index("workers") - start)
    end = len(PIECE) - 1
    return Alignment(Span(version, at, at + end - start), Span("t", start, end), "verbatim", 0.99)


def test_a_quote_of_a_corrected_word_names_the_version_that_corrected_it() -> None:
    with_word, without = PIECE.index("Three"), PIECE.index("workers")
    found = [_quote_of("v1", without), _quote_of("v2", without), _quote_of("v3", with_word)]
    copies = {"v2": ("v1", len(V2)), "v3": ("v2", len(V3))}
    outlets = {"v1": "Courier", "v2": "Courier", "v3": "Courier", "t": "Gazette"}
    texts = {"v1": V1, "v2": V2, "v3": V3, "t": PIECE}
    _withdraw_explained(found, {}, copies, outlets, texts=texts)
    assert {x.source.article_id for x in found} == {"v3"}
    # without the texts (no word to compare) the canonical first version is the source
    found = [_quote_of("v1", without), _quote_of("v2", without), _quote_of("v3", with_word)]
    _withdraw_explained(found, {}, copies, outlets)
    assert {x.source.article_id for x in found} == {"v1"}


def test_another_outlets_copy_is_no_corrected_version() -> None:
    with_word, without = PIECE.index("Three"), PIECE.index("workers")
    found = [_quote_of("v1", without), _quote_of("v3", with_word)]
    copies = {"v3": ("v1", len(V3))}
    outlets = {"v1": "Courier", "v3": "Post", "t": "Gazette"}
    texts = {"v1": V1, "v3": V3, "t": PIECE}
    _withdraw_explained(found, {}, copies, outlets, texts=texts)
    assert {x.source.article_id for x in found} == {"v1"}


def test_changed_figures_pair_the_old_and_the_new() -> None:
    assert changed_figures(FIRST, HEADER + FIXED) == [("41.2", "44.2", frozenset({"million"}))]
    assert changed_figures(FIRST, FIRST) == []


def test_a_corrected_figure_in_the_articles_own_sentence_names_the_reissue() -> None:
    quote = "Subscription revenue rose 19 percent to 301.4 million dollars"
    analyst = f'The chief executive said "{quote}". Free cash flow was $44.2 million.'
    first, reissue = FIRST, HEADER + FIXED

    def passage(source: str, text: str) -> Alignment:
        at, t = text.index(quote), analyst.index(quote)
        return Alignment(Span(source, at, at + len(quote)), Span("t", t, t + len(quote)),
                         "verbatim", 1.0)  # fmt: skip

    copies = {"reissue": ("release", len(reissue))}
    outlets = {"release": "Corvane", "reissue": "Corvane", "t": "Ledger"}
    texts = {"release": first, "reissue": reissue, "t": analyst}
    found = [passage("release", first), passage("reissue", reissue)]
    _withdraw_explained(found, {}, copies, outlets, texts=texts)
    assert {x.source.article_id for x in found} == {"reissue"}
    # an article giving both figures (the correction reported as such) tells nothing
    texts["t"] = analyst.replace("$44.2 million.", "$44.2 million, not $41.2 million.")
    found = [passage("release", first), passage("reissue", reissue)]
    _withdraw_explained(found, {}, copies, outlets, texts=texts)
    assert {x.source.article_id for x in found} == {"release"}


def test_a_figure_both_versions_give_or_another_use_of_it_is_no_correction() -> None:
    first = "It will cut 41 jobs. The company runs 44 shops."
    fixed = "CORRECTION. It will cut 47 jobs. The company runs 44 shops."
    changes = changed_figures(first, fixed)
    assert changes == [("41", "47", frozenset({"jobs"}))]
    assert not holds_corrected_figure("The firm, which runs 44 shops, said ...", changes)
    assert not holds_corrected_figure("Baker Wendell Asquith, 47, said he was sad.", changes)
    assert holds_corrected_figure("The bakery will shed 47 jobs, it said.", changes)


def dated(key: str, source: str, published: str, text: str) -> Article:
    return Article(key, text, text, OffsetMap.identity(len(text)), source=source,
                   published=published)  # fmt: skip


def test_a_time_without_a_zone_is_read_in_the_groups_zone() -> None:
    # the site's 12:30 has no zone: read at -05:00, as the group's members are, it comes
    # after the 12:00 re-issue (read as UTC it would come hours before it)
    arts = [
        dated("release", "Corvane", "2026-10-28T11:00:00-05:00", FIRST),
        dated("reissue", "Corvane", "2026-10-28T12:00:00-05:00", HEADER + FIXED),
        dated("site", "InvestorDesk", "2026-10-28T12:30:00", FIXED),
    ]
    assert _sources(arts, _group("release", "reissue", "site"))["site"] == "reissue"


def test_a_date_alone_is_a_day_not_its_midnight() -> None:
    # the re-issue is dated by its day alone, the 28th; the site's 06:00 +09:00 is the 27th in
    # UTC, the day the group's order compares: the re-issue is not known to come first
    arts = [
        dated("release", "Corvane", "2026-10-27T23:00:00+09:00", FIRST),
        dated("reissue", "Corvane", "2026-10-28", HEADER + FIXED),
        dated("site", "InvestorDesk", "2026-10-28T06:00:00+09:00", FIXED),
    ]
    assert _sources(arts, _group("release", "reissue", "site"))["site"] == "release"
    # a day later, it is
    arts[2] = dated("site", "InvestorDesk", "2026-10-29T09:00:00+09:00", FIXED)
    assert _sources(arts, _group("release", "reissue", "site"))["site"] == "reissue"


def test_a_paragraph_only_the_first_version_gives_keeps_it_a_source() -> None:
    # an agency's write-thru (v2: a new lead on v1's body, one paragraph of v1 dropped); a
    # paper prints v2's lead on v1's body with the dropped paragraph (a review: v1 was
    # withdrawn as a source, though only it gives that paragraph)
    def found(dropped: int) -> list[Alignment]:
        return [
            Alignment(Span("v1", 0, 500), Span("v2", 100, 600), "verbatim", 1.0),
            Alignment(Span("v2", 0, 600), Span("t", 0, 600), "verbatim", 1.0),
            Alignment(Span("v1", 0, 500 + dropped), Span("t", 100, 600 + dropped), "edited", 0.8),
        ]

    outlets = {"v1": "Northgate Press Agency", "v2": "Northgate Press Agency", "t": "Mercury"}
    kept = found(100)
    _withdraw_explained(kept, {}, {}, outlets)
    assert {x.source.article_id for x in kept if x.target.article_id == "t"} == {"v1", "v2"}
    # without the dropped paragraph the write-thru alone is the paper's source, as before
    kept = found(0)
    _withdraw_explained(kept, {}, {}, outlets)
    assert {x.source.article_id for x in kept if x.target.article_id == "t"} == {"v2"}


def test_twin_prints_of_a_wire_cut_are_traced_to_the_wire() -> None:
    from newstrace.stages.align import _twins_of_a_source, _up_the_chain

    outlets = {"w": "Kestle News Agency", "p0": "Mercury", "p1": "Gazette", "v2": "Mercury"}
    cut = " ".join(f"Sentence {i} of the wire story about the flood." for i in range(12))
    texts = {"w": cut + " Its last paragraph.", "p0": cut, "p1": cut, "v2": cut}
    # an exact group of two papers' identical cuts inside the wire's near group
    assert _up_the_chain({"p1": "p0", "p0": "w"}, outlets, texts) == {"p1": "w", "p0": "w"}
    # the paper's own later version stays the paper's
    assert _up_the_chain({"v2": "p0", "p0": "w"}, outlets, texts) == {"v2": "p0", "p0": "w"}
    # the first paper's paragraph of its own in both: the second has it from the first
    own = cut + " Shopkeepers on the front said trade had halved since the road was closed."
    texts = {**texts, "p0": own, "p1": own}
    assert _up_the_chain({"p1": "p0", "p0": "w"}, outlets, texts) == {"p1": "p0", "p0": "w"}
    # a local line of 30 characters is the first paper's too (a second review: 57 were not)
    line = cut + " Parking is free on Sundays."
    texts = {**texts, "p0": line, "p1": line}
    assert _up_the_chain({"p1": "p0", "p0": "w"}, outlets, texts) == {"p1": "p0", "p0": "w"}
    # the wire a source of both papers, holding all the second printed: siblings
    found = [_al2("w", "p0", (0, 600)), _al2("w", "p1", (0, 600))]
    copied = {"p1": [(0, 600)]}
    assert _twins_of_a_source(found, {}, {"p1": "p0"}, outlets, copied) == {}
    # the first paper's own paragraph in the second's text: the second copied the first
    copied = {"p1": [(0, 800)]}
    assert _twins_of_a_source(found, {}, {"p1": "p0"}, outlets, copied) == {"p1": "p0"}


def _al2(src: str, tgt: str, span: tuple[int, int]) -> Alignment:
    return Alignment(Span(src, *span), Span(tgt, *span), "verbatim", 1.0)
