"""A mass copy group's duplicates keep their own sentences in the sentence index: a paragraph
one paper added to a wire story reprinted by more than MASS_COPIES outlets can be found
rewritten elsewhere, while the story's sentences (edited or not) stand in the index once,
in the canonical copy."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from test_lapsed_candidates import _analysed
from test_mass_reprint import WIRE

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.align import MASS_COPIES
from newstrace.stages.align.candidates import Copies, SentenceCounts
from newstrace.stages.align.sentences import SentenceTable
from newstrace.stages.ingest.article import make_article

MORE = (
    "The Harwick ferry, which stopped running in 1974, will not return, the council "
    "confirmed.\n\nSchools on the south bank will open half an hour later for the first "
    "month of the works."
)
STORY = f"{WIRE}\n\n{MORE}"
# a paragraph one paper adds to the story, and another outlet's rewrite of it
LOCAL = (
    "Fishermen who moor their boats under the bridge's east arch have been told to move "
    "them to the marina at Coldwater Quay before the end of February, at no cost to them."
)
CLUB = (
    "The Harwick angling club held its annual dinner on Saturday. Its chairman thanked "
    "members for a good season. Fishermen mooring boats beneath the east arch of the bridge "
    "must move them to the Coldwater Quay marina by the end of February, free of charge, "
    "the council told them. The club will meet again in April to plan the summer."
)
COPIES = MASS_COPIES + 1  # with the agency's story and the local paper's: a mass group


def _records() -> list[dict[str, str]]:
    out = [{"id": "wire", "source": "Harwick Press Agency", "published": "2026-03-02T06:00Z",
            "text": STORY}]  # fmt: skip
    out += [{"id": f"copy{i:02d}", "source": f"Paper {i}", "published": "2026-03-02T09:00Z",
             "text": STORY} for i in range(COPIES)]  # fmt: skip
    out.append({"id": "local", "source": "Harwick Gazette", "published": "2026-03-02T10:00Z",
                "text": f"{STORY}\n\n{LOCAL}"})  # fmt: skip
    out.append({"id": "club", "source": "Angling News", "published": "2026-03-03T10:00Z",
                "text": CLUB})  # fmt: skip
    return out


def test_a_rewrite_of_a_paragraph_a_mass_copy_added_is_linked_to_that_copy() -> None:
    arts = tuple(
        make_article(r["text"], id=r["id"], source=r["source"], published=r["published"])
        for r in _records()
    )
    settings = Settings()
    out = align.run(dedup.run(RecordSet(articles=arts), settings), settings)
    near = [g for g in out.duplicates if g.kind == "near"]
    assert len(near) == 1 and "local" in near[0].members and near[0].canonical == "wire"
    assert len(near[0].members) > MASS_COPIES
    linked = {(p.source_id, p.target_id) for p in out.pairs}
    assert ("local", "club") in linked
    (prov,) = [p for p in out.provenance if p.article_id == "club"]
    assert set(prov.sources) == {"local"}


def _hidden(texts: list[str], canonical: int, members: list[int]) -> list[list[bool]]:
    """Per article, per sentence: whether the sentence index leaves it out, ``members`` (and
    ``canonical``) forming one mass group."""
    table = SentenceCounts.of(SentenceTable.build(texts))
    group = np.full(len(texts), -1)
    group[[canonical, *members]] = 0
    rank = np.arange(len(texts))
    hidden = Copies(group, np.arange(len(texts)) == canonical, rank).hidden_rows(table)
    return [
        hidden[a:b].tolist() for a, b in zip(table.doc_ptr[:-1], table.doc_ptr[1:], strict=True)
    ]


def test_only_a_members_own_sentences_are_shown_each_once() -> None:
    base = (
        "The council closed the Mill Road bridge on Tuesday after engineers found cracks. "
        "A footbridge will be built within six weeks beside the old crossing. "
        "Traders fear the closure will cost them customers over the coming months."
    )
    edited = base.replace("on Tuesday after engineers found", "on Tuesday when engineers saw")
    added = f"{base} Anglers must move their boats to Coldwater Quay marina by February."
    other = "A school outing to the Harwick museum was cancelled because of heavy snow."
    texts = [base, edited, added, added, other, f"{base} {other}"]
    got = _hidden(texts, canonical=0, members=[1, 2, 3, 5])
    assert got[0] == [False] * 3  # the canonical copy shows everything
    assert got[1] == [True] * 3  # an edited sentence is the canonical's, not the copy's own
    assert got[2] == [True, True, True, False]  # the added sentence, in the first member
    assert got[3] == [True] * 4  # the same sentence again: shown once
    assert got[4] == [False]  # not in the group
    assert got[5] == [True, True, True, False]  # its own, though another article holds it


def test_own_sentences_in_batches_give_one_runs_records(tmp_path: Path) -> None:
    records = _records()
    one = _analysed([records], tmp_path / "one.db")
    assert ("local", "club") in one
    rng = random.Random(7)
    for k in range(4):
        shuffled = records[:]
        rng.shuffle(shuffled)
        cut = sorted(rng.sample(range(1, len(shuffled)), 2))
        batches = [shuffled[: cut[0]], shuffled[cut[0] : cut[1]], shuffled[cut[1] :]]
        assert _analysed(batches, tmp_path / f"b{k}.db") == one, k


def test_a_mass_copys_link_through_copied_text_alone_is_withdrawn() -> None:
    # m1 and m2 are copies in a mass group; each copied [0, 400) from its canonical copy and
    # added [400, 500) of its own.  x shares only copied text with m1 (the canonical copy's
    # link gives it), own text with m2, and y names m1's outlet
    from newstrace.records import Alignment, Span
    from newstrace.stages.align import UNHELD_KEEP, _withdraw_copied_only

    arts = {
        "m1": make_article("a" * 500, id="m1", source="Fenwick Star"),
        "m2": make_article("b" * 500, id="m2", source="Dunmore Post"),
        "x": make_article("c" * 300, id="x", source="Quarry Chronicle"),
        "y": make_article("According to the Fenwick Star, " + "d" * 300, id="y", source="Echo"),
    }

    def link(src: str, s: int, e: int, tgt: str) -> Alignment:
        return Alignment(Span(src, s, e), Span(tgt, 0, e - s), "verbatim", 1.0)

    found = [
        link("m1", 100, 300, "x"),  # copied text only
        link("m1", 350, 400 + UNHELD_KEEP - 1, "x"),  # just short of UNHELD_KEEP of its own
        link("m2", 380, 480, "x"),  # 80 characters of its own
        link("m1", 0, 200, "y"),  # copied only, but y credits m1's outlet
    ]
    undirected = {"m1": {"x"}, "x": {"m1"}}
    copied = {"m1": [(0, 400)], "m2": [(0, 400)]}
    _withdraw_copied_only(found, undirected, copied, frozenset({"m1", "m2"}), arts)
    assert [(x.source.article_id, x.target.article_id) for x in found] == [("m2", "x"), ("m1", "y")]
    assert undirected == {"m1": set(), "x": set()}


def test_two_old_groups_a_new_near_copy_joins_were_not_one_mass_group_before(
    tmp_path: Path,
) -> None:
    # two exact groups of six copies (a story with one of two different closing
    # paragraphs), and two articles taking its first sentence; a new near copy of both
    # versions joins them into one near group of 13, a mass group.  Before the batch they
    # were two small groups that hid nothing: rebuilt as one group of 12 old members, the
    # search of the old articles counted the story's stems once and missed the stems the
    # batch brings back under the cap, and the takers lost their source
    from newstrace.config.reuse import ReuseSettings

    xa = (
        "The Gazette understands that the contractor, Pellow and Amberly Limited of Tarrow, "
        "won the tender against four rivals after promising to finish the repairs before the "
        "autumn rains, and that its directors met council officers twice in January."
    )
    xb = (
        "Shopkeepers on Bridge Street told the Courier that their takings fell by a third "
        "during the last closure in 2019, when the old crossing was shut for nine weeks while "
        "divers inspected the piers, and they fear worse this time round."
    )
    wa, wb = xa.split(), xb.split()
    joined = " ".join(wa[: len(wa) // 2] + wb[len(wb) // 2 :])
    first = STORY.split(". ")[0] + "."
    old = [{"id": f"a{i}", "source": f"A paper {i}", "published": f"2026-03-02T0{i + 1}:00Z",
            "text": f"{STORY}\n\n{xa}"} for i in range(6)]  # fmt: skip
    old += [{"id": f"b{i}", "source": f"B paper {i}", "published": f"2026-03-02T0{i + 1}:30Z",
             "text": f"{STORY}\n\n{xb}"} for i in range(6)]  # fmt: skip
    old += [
        {"id": "y", "source": "Quarry Post", "published": "2026-03-03T09:00Z",
         "text": f"Quarry Lane residents gathered at the chapel hall on Monday evening. {first} "
                 "Our correspondent spoke to several of them afterwards."},
        {"id": "z", "source": "Vellmoor Voice", "published": "2026-03-03T10:00Z",
         "text": f"Members of the Vellmoor cycling club discussed their routes for spring. "
                 f"{first} They will write to the council this week."},
    ]  # fmt: skip
    new = [{"id": "bridge", "source": "Bridge News", "published": "2026-03-02T11:00Z",
            "text": f"{STORY}\n\n{joined}"}]  # fmt: skip
    settings = Settings(reuse=ReuseSettings(align_candidate_max_df=12))
    one = _analysed([old + new], tmp_path / "one.db", settings)
    assert {k for k in one if len(k) == 2} == {("a0", "y"), ("a0", "z")}
    assert _analysed([old, new], tmp_path / "two.db", settings) == one
