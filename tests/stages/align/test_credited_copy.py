"""A mass reprint whose canonical copy a near copy's credit names: the exact copies and the
near copies agree on it, a third article that took a sentence of the story keeps it as its
source, and a batch that brings the credit gives what one run gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_lapsed_candidates import _analysed

from newstrace.config import Settings
from newstrace.stages import dedup
from newstrace.stages.align.heldlinks import HeldLinks
from newstrace.stages.ingest.article import make_article

STORY = (
    "Zorvath Mining will close its copper smelter at Brellport by the end of March, cutting "
    "about 620 jobs, the company said on Monday. Chief executive Ilse Varnum said falling ore "
    "grades and higher power prices had made the plant unviable. Union leaders called the "
    "decision a betrayal of the town and promised to fight the closure in court."
)
OUTLETS = (
    "Brellport Courier", "Ostend Times", "Marlow Echo", "Fenwick Star", "Quarry Chronicle",
    "Dunmore Post", "Lissan Record", "Harwick Mercury", "Tollan Herald", "Ashby Advertiser",
    "Corven Sentinel",
)  # fmt: skip
DAY = "2024-03-04"


def _record(key: str, source: str, text: str) -> dict[str, str]:
    return {"id": key, "source": source, "published": DAY, "text": text}


def _corpus(
    credited: int, cites: bool = False
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Eleven exact copies of one story (a mass copy group), an article taking one of its
    sentences (``cites``: naming the ``credited`` copy's outlet) and two unrelated ones; then
    a near copy crediting the ``credited`` copy's outlet."""
    old = [_record(f"c{i:02d}", name, STORY) for i, name in enumerate(OUTLETS)]
    cite = f"According to the {OUTLETS[credited]}, " if cites else ""
    old.append(_record(
        "d", "Hillside Observer",
        f"{cite}Ilse Varnum said falling ore grades and higher power prices had made the plant "
        "unviable. The Hillside Observer asked local shops what the closure of the smelter "
        "would mean for trade on the high street, and most feared a quiet winter ahead.",
    ))  # fmt: skip
    old.append(_record("u1", "Ostend Times", "The orchestra opened its season with a Brahms "
                       "symphony in Ostend on Friday night."))  # fmt: skip
    old.append(_record("u2", "Marlow Echo", "Farmers in the valley reported an early harvest "
                       "of pears and plums this year."))  # fmt: skip
    credit = f" This article was first published by the {OUTLETS[credited]}."
    return old, [_record("n", "Regional Wire", STORY + credit)]


def test_an_exact_group_takes_the_canonical_copy_its_near_group_credits() -> None:
    copies = [make_article(STORY, source=name, published=DAY) for name in OUTLETS[:3]]
    credit = make_article(STORY + f" This article was first published by the {OUTLETS[2]}.",
                          source="Regional Wire", published=DAY)  # fmt: skip
    arts = [*copies, credit]
    exact = dedup.exact_groups(arts)
    near = dedup.near_groups(arts, [(0, 3, 0.9), (1, 3, 0.9), (2, 3, 0.9)], exact)
    assert near[0].canonical == copies[2].id  # the credited copy
    assert exact[0].canonical == min(c.id for c in copies)  # its own rule: the smallest id
    agreed = dedup.agreeing(exact, near, arts)
    assert (agreed[0].canonical, agreed[0].ordered) == (copies[2].id, True)
    assert [g.canonical for g in dedup.find_duplicates(arts)] == [copies[2].id] * 2


@pytest.mark.parametrize("credited", [3, 7])
def test_the_article_taking_a_sentence_keeps_the_credited_copy_as_its_source(
    credited: int, tmp_path: Path
) -> None:
    # two canonical copies of one text were each other's copy: the article's passages from
    # either were explained by the other, and it lost both
    old, new = _corpus(credited)
    one = _analysed([old + new], tmp_path / "one.db")
    pairs = {k: v for k, v in one.items() if len(k) == 2}
    assert pairs == {(f"c{credited:02d}", "d"): "none"}


@pytest.mark.parametrize("ngrams_only", [False, True])
@pytest.mark.parametrize("credited", [3, 7])
def test_a_copy_the_batch_makes_canonical_replaces_the_old_one(
    credited: int, ngrams_only: bool, tmp_path: Path
) -> None:
    # before the batch another copy was the canonical one, the others hidden from the
    # indexes; the new copy's credit makes another old copy the canonical one: its pairs
    # with old articles are searched (by the word n-gram index alone too), and the old
    # canonical copy's pair is replaced
    settings = Settings().with_overrides({"reuse.align_sentence_candidates": not ngrams_only})
    old, new = _corpus(credited)
    first = _analysed([old], tmp_path / "first.db", settings)
    [(copy, taker)] = [k for k in first if len(k) == 2]
    assert taker == "d" and copy != f"c{credited:02d}"
    one = _analysed([old + new], tmp_path / "one.db", settings)
    assert [k for k in one if len(k) == 2] == [(f"c{credited:02d}", "d")]
    assert _analysed([old, new], tmp_path / "two.db", settings) == one


@pytest.mark.parametrize("credited", [3, 7])
def test_an_old_pair_of_a_copy_the_batch_shows_is_not_carried_twice(
    credited: int, tmp_path: Path
) -> None:
    # the article credits the copy's outlet, so the pair was aligned while the copy was
    # hidden; the batch shows the copy and its pairs are searched again: the pair's
    # passages replace the carried ones instead of joining them
    old, new = _corpus(credited, cites=True)
    first = _analysed([old], tmp_path / "first.db")
    assert first[(f"c{credited:02d}", "d")] == "credit"
    one = _analysed([old + new], tmp_path / "one.db")
    two = _analysed([old, new], tmp_path / "two.db")
    passages = two[("passages",)]
    assert isinstance(passages, list) and len(passages) == len(set(passages))
    assert two == one


LONG = (
    "Zorvath Mining will close its copper smelter at Brellport by the end of March, cutting "
    "about 620 jobs, the company said on Monday. Union leaders called the decision a betrayal "
    "of the town and promised to fight the closure in court. The smelter opened in 1984 and "
    "at its peak employed more than 1,400 people, most of them from Brellport and the "
    "villages along the Tarrow estuary. The council said it would ask the regional "
    "development agency for help to find new work for the staff, and the mayor called for an "
    "urgent meeting with the company's board. Shares in Zorvath fell four percent in early "
    "trading, and analysts said further closures could follow if metal prices stayed low "
    "through the spring."
)
EXTRA = (" Chief executive Ilse Varnum said falling ore grades and higher power prices had "
         "made the Brellport plant unviable after forty years of smelting.")  # fmt: skip


@pytest.mark.parametrize("kept", [True, False])
def test_a_copy_the_batch_makes_canonical_is_searched_for_paraphrases(
    kept: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the canonical copy (the earliest) lacks a sentence its eleven later near copies add,
    # and an article paraphrases only that sentence: the sentence index shows the copies'
    # own sentence in one of them (the first in id order), which the article is paired
    # with; the new copy's credit makes another copy the canonical one, which shows every
    # sentence, and one run pairs the paraphrase with it: so must the batch, which never
    # searched that copy's pairs.  Not ``kept``: the pairs aligned with no passage are not
    # known (a store of an earlier version), and the old articles are searched to tell
    if not kept:
        monkeypatch.setattr(HeldLinks, "update_empty", lambda *args: None)
    old = [{"id": "s0", "source": "Brellport Wire", "published": "2024-03-03", "text": LONG}]
    old += [_record(f"c{i:02d}", name, f"{LONG}{EXTRA} Reporting by {name} staff.")
            for i, name in enumerate(OUTLETS)]  # fmt: skip
    old.append(_record(
        "d", "Hillside Observer",
        "After four decades of smelting, higher power prices and falling ore grades had "
        "rendered the Brellport smelter unviable, its boss Ilse Varnum said. The Hillside "
        "Observer asked local shops what the closure would mean for trade.",
    ))  # fmt: skip
    credit = f" This article was first published by the {OUTLETS[5]}."
    new = [_record("n", "Regional Wire", f"{LONG}{EXTRA}{credit}")]
    first = [k for k in _analysed([old], tmp_path / "first.db") if len(k) == 2]
    assert len(first) == 1 and first[0][1] == "d" and first[0][0] != "c05"
    one = _analysed([old + new], tmp_path / "one.db")
    assert [k for k in one if len(k) == 2 and "d" in k] == [("c05", "d")]
    assert _analysed([old, new], tmp_path / "two.db") == one


# A mass group whose canonical copy (an earlier, shorter version) lacks a sentence its other
# members hold: the word n-gram index lets one member stand for that sentence's n-grams.
MISSING = (
    "The smelter opened in 1984 and at its peak employed more than 1,400 people, most of them "
    "from Brellport and the villages along the Tarrow estuary."
)
MORE = (
    "The regional transport authority said bus routes serving the smelter site would be "
    "reviewed over the summer months. A retraining fund of four million euros will be "
    "offered to workers who want to move into the renewable energy sector. Local schools "
    "have been asked to prepare for families leaving the town once the final shifts end. The "
    "company's pension scheme trustees will meet in April to discuss early retirement terms "
    "for staff over fifty-five."
)


def _versions() -> tuple[dict[str, str], list[dict[str, str]], dict[str, str]]:
    """The earlier version without MISSING, eleven later copies with their own bylines, and
    an article taking MISSING."""
    full = f"{STORY} {LONG} {MORE}"
    earlier = {"id": "e", "source": "Brellport Wire", "published": "2024-03-03",
               "text": full.replace(MISSING + " ", "")}  # fmt: skip
    copies = [
        {"id": f"c{i:02d}", "source": name, "published": "2024-03-04",
         "text": f"{full} Reporting by {name} staff."}
        for i, name in enumerate(OUTLETS)
    ]  # fmt: skip
    taker = {"id": "d", "source": "Hillside Observer", "published": "2024-03-05",
             "text": f"{MISSING} The Hillside Observer asked local shops what the closure of "
             "the smelter would mean for trade on the high street."}  # fmt: skip
    return earlier, copies, taker


def test_the_copy_standing_for_a_sentence_does_not_depend_on_the_order(tmp_path: Path) -> None:
    # the member standing for the sentence was the first in the corpus, so the same corpus
    # in another file order linked the article to another copy
    earlier, copies, taker = _versions()
    one = _analysed([[earlier, *copies, taker]], tmp_path / "one.db")
    other = _analysed([[earlier, *copies[::-1], taker]], tmp_path / "other.db")
    assert len([k for k in one if len(k) == 2]) == 1
    assert one == other


def test_a_batch_that_changes_the_copy_standing_for_a_sentence_gives_one_run(
    tmp_path: Path,
) -> None:
    # the earlier version arrives in the second batch and becomes the canonical copy: the
    # old canonical copy, which held the sentence, is hidden now, and another copy stands
    # for it; the old pair (kept for its shared n-grams) lapses, and the new one is found
    earlier, copies, taker = _versions()
    first = _analysed([[*copies, taker]], tmp_path / "first.db")
    one = _analysed([[*copies, taker, earlier]], tmp_path / "one.db")
    assert [k for k in first if len(k) == 2] != [k for k in one if len(k) == 2]
    assert _analysed([[*copies, taker], [earlier]], tmp_path / "two.db") == one


def test_an_old_credit_beyond_the_credit_window_does_not_keep_a_hidden_copys_pair(
    tmp_path: Path,
) -> None:
    # d names an outlet whose copy the second batch hides (the group passes 10 members), a
    # week after it: one run pairs them by no index (credits pair within three days), and
    # the batch must not keep the pair for the credit
    copies = [
        {"id": f"c{i:02d}", "source": name, "text": STORY}
        | ({} if i == 3 else {"published": "2024-03-01"})
        for i, name in enumerate(OUTLETS)
    ]
    line = f" This article was first published by the {OUTLETS[3]}."
    credit = {"id": "n", "source": "Regional Wire", "text": STORY + line}
    taker = {"id": "d", "source": "Hillside Observer", "published": "2024-03-08",
             "text": f"According to the {OUTLETS[0]}, chief executive Ilse Varnum said falling "
             "ore grades and higher power prices had made the plant unviable. The Hillside "
             "Observer asked local shops what the closure of the smelter would mean for trade "
             "on the high street, and most feared a quiet winter ahead."}  # fmt: skip
    first, second = [*copies[:5], credit, taker], copies[5:]
    assert _analysed([first], tmp_path / "first.db").get(("c00", "d")) == "credit"
    one = _analysed([first + second], tmp_path / "one.db")
    assert ("c00", "d") not in one
    assert _analysed([first, second], tmp_path / "two.db") == one


def test_a_hidden_copys_pair_through_its_own_sentence_is_kept_when_rechecked(
    tmp_path: Path,
) -> None:
    # the batch brings a sentence-index partner of the article, so its old pairs are ranked
    # again; its pair with the copy standing for the sentence is in no sentence list (the
    # copy is hidden there) but the n-gram index pairs it, so it is kept, as in one run
    earlier, copies, taker = _versions()
    partner = {"id": "p", "source": "Quayside Weekly", "published": "2024-03-06",
               "text": "Local shops asked by the Hillside Observer fear the closure of the "
               "smelter will hurt trade on the high street this winter."}  # fmt: skip
    old = [earlier, *copies, taker]
    one = _analysed([[*old, partner]], tmp_path / "one.db")
    assert len([k for k in one if len(k) == 2 and "d" in k and k != ("d", "p")]) == 1
    assert _analysed([old, [partner]], tmp_path / "two.db") == one
