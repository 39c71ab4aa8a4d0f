"""Two identical briefs of two outlets tie for every partner: the tie goes to the one first
in article-id order, not the first in the corpus, so the pairs do not depend on the order
the articles were added in."""

from __future__ import annotations

from pathlib import Path

from test_lapsed_candidates import _analysed

BRIEF = "Footers in match the fuel the tonne on Tuesday morning of weights determiner."
REWRITE = "Extra in match the live group tonne on tuesday space of profiled joining."


# unrelated articles of the same invented vocabulary, for the words' weights
OTHERS = [
    (
        "Signings a epochs dict step scheme steps entries form quoted normal to left of on "
        "Friday 840 ingesting in string of alignments."
    ),
    (
        "Acts by line at seventh years embargo work orders connect for kinds piracy nothing "
        "accuracy politics 324 planned on anns phrasal small. Colon offsets exemption "
        "highlighted propos object base scoop paraphrase and soft in unreadable minhash slice "
        "puts. Linked by through 648 wherever gained stemmer plain tell trial abstract folded "
        "clustering follow overview asks lever variant. Sorting working joined phrases a pair "
        "grid to aligned faults facts at happened question issues 284 unmarked average judged "
        "hints ahead exact fragments."
    ),
    (
        "Reasons grown risks effects halves next pinned stricter on spare unexpected a "
        "getrusage stdin fixtures at opens and. Many heavy 898 by outlet the pass never last "
        "Wednesday kicker planted endorsed defaults on presse for corpora."
    ),
    (
        "Closes for produced at carrying always a lookup substring at root states loading a "
        "duplicate longer issue putting built website easy. Confusion compress of memory "
        "slightly by classified slices for exactly in keeping. Empty success anchored well at "
        "twentieth shifted a rests 632 in removes markdown to peak ordinary by profile."
    ),
    (
        "Kind case trim documents prints disagree 701 on Saturday meant field detector fail for"
        " tuples punctuation resolving explain functions of wrapped others on structs pasted. "
        "Snippets publication dozen runner riskier accents for becomes for minister to matching"
        " nested slug on high goals seemed a arrived storylines by. Roughly and generation by "
        "earlier this month overrides looked started for repeated lower differed for arrays of "
        "lowering choice past. Wants methods distinct depend tried on partner on Saturday some "
        "measurable further repetition flag papers combining expected needed. Mark Quarne said "
        "of trades restrictive to on detects people in of previous at format seeded clause "
        "heldlinks play."
    ),
    (
        "Friendly fourteen saying safe the next week strip such pointed argsort open of "
        "acceptable granularity to calendar of. Phone bits plus shipped strain person summary "
        "dateline by chooses align the owner lightly bounds. Lazily text pairs lookbehind to "
        "hint harbor withdraws subprocess template for lined shingling pending on kept during "
        "outranks a xfails on between."
    ),
    (
        "Merged newsroom 186 by content negligible on repo by dedup gave and mode at emitted "
        "government reusing resolution trees stable reader last year necessary lead. Bench a "
        "itertools among pattern and earthquakes anywhere polnear answered provenance namely in"
        " revisits gone option marker move 387 westernmost. Decision parenthesis by page "
        "directs next week locality turn twice by paragraph decoded the disclaimer shuffled by "
        "decided by worth. Guards summit of overstate order judges holders spans of similarity "
        "exist testing polls folder wheel machines."
    ),
    (
        "German and annotates plagiarised to boilerplate to mention columns in checks on away "
        "hyphens pairwise minimum parallel minus. Shingles the shares validated paraphrased "
        "scan optional a ordered compared nonzero by restate on welcomed indexes at topics. "
        "Landscape misses to casefolded start a names for changing earlier this month for promo"
        " alignment at although for loopback in overlapping. Installed brat became weeks of "
        "gives strict a theory wording in capital at adjusted in on Sunday morning apart 353 "
        'hour. "Clause heldlinks play on detects in people of previous at format seeded of '
        'trades restrictive to." Mark Quarne said.'
    ),
]


def _records() -> list[dict[str, str]]:
    # the rewrite is dated between the two copies: which copy it is paired with decides
    # which way the link runs
    return [
        {"id": "b", "source": "Mendle Times", "text": BRIEF, "published": "2024-03-04T08:45Z"},
        {"id": "c", "source": "Wendover Mercury", "text": BRIEF,
         "published": "2024-03-05T12:00Z"},
        {"id": "r", "source": "Glenmere Advertiser", "text": REWRITE,
         "published": "2024-03-04T21:00Z"},
    ] + [{"id": f"u{i}", "source": f"Outlet {i}", "text": t}
         for i, t in enumerate(OTHERS)]  # fmt: skip


def test_a_partner_tie_between_identical_briefs_does_not_follow_the_file_order(
    tmp_path: Path,
) -> None:
    records = _records()
    orders = [records, records[::-1], [records[1], records[0], *records[2:]]]
    got = [_analysed([order], tmp_path / f"{k}.db") for k, order in enumerate(orders)]
    assert any(len(k) == 2 and "r" in k for k in got[0])  # the rewrite is linked
    assert all(x == got[0] for x in got)
