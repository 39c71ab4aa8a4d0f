"""An undated pair whose passages cover both texts alike (a brief and its rewrite with the
words reordered) is directed the same whatever order the two were added in."""

from __future__ import annotations

import itertools
from pathlib import Path

from test_lapsed_candidates import _analysed

BRIEF = (
    "Copies by relative general vouches larger positive counts on limited learn on does long "
    "path and. Triggered to trafilatura by markdown propos of hours of carried earlier this "
    "month in tuple. Falling sharing point tokenising settings everything in scoop sweep "
    "market and."
)
REWRITE = (
    "Does long path larger and positive counts on limited learn on copies by relative general "
    "vouches. Triggered to trafilatura by markdown propos of hours carried of earlier this "
    "month in tuple. Falling sharing point in scoop sweep market and settings tokenising "
    "everything."
)
OTHER = (
    "On counts limited learn on does long path and blocks positive linkage copied relative "
    "general vouches. Needs earlier this in month tuple of hours of triggered to trafilatura "
    "by markdown propos. Scoop sweep market and everything settings in falling sharing point "
    "tokenising."
)
RECORDS = [
    {"id": "b", "source": "Mendle Times", "text": BRIEF},
    {"id": "r1", "source": "Wendover Mercury", "text": REWRITE},
    {"id": "r2", "source": "Glenmere Advertiser", "text": OTHER},
]


def test_a_tie_of_shares_does_not_go_to_the_first_added(tmp_path: Path) -> None:
    # the first added was the source of the other; with three, it became the hub, and which
    # pairs were left (the others explained by it) changed with the order too
    for n in (2, 3):
        got = [
            _analysed([list(order)], tmp_path / f"{n}-{k}.db")
            for k, order in enumerate(itertools.permutations(RECORDS[:n]))
        ]
        assert any(len(k) == 2 for k in got[0])
        assert all(x == got[0] for x in got)
    one = _analysed([RECORDS[:2]], tmp_path / "one.db")
    assert _analysed([[RECORDS[1]], [RECORDS[0]]], tmp_path / "two.db") == one
