"""A member of a near-duplicate group is traced to the version of the canonical copy's outlet
that it holds most of, published before it: a copy of a corrected re-issue is the re-issue's
copy (the earnings corpus's investor site), not the first release's."""

from __future__ import annotations

from newstrace.records import Article, DuplicateGroup
from newstrace.stages.align.versions import VERSION_GROUP_MAX, version_sources
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
    # two papers that trimmed the release alike: the second is closer to the first paper
    # than to the release, and the release is still the source of both
    trimmed = BODY
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
