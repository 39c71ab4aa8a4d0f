"""Gap filling: the sentences rewritten between two passages of a linked pair are aligned,
in order on both sides; a sentence of the target's own there is not."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newstrace.config.reuse import ReuseSettings
from newstrace.stages.align import align, align_params
from newstrace.stages.align.align import Detection, align_texts
from newstrace.stages.align.sentences import Vocabulary, doc_sentences

SOURCE = (
    "Flood barriers along the Harlow embankment failed on Sunday night, sending water into "
    "forty homes on Mill Street, the district council said. "
    "Engineers from the Environment Agency were inspecting the damaged section of the wall "
    "on Monday and said repairs would take at least three weeks. "
    "Residents were moved to the Harlow community hall, where the Red Cross set up camp beds "
    "and served hot meals through the night. "
    "The council leader, Maureen Tibbs, said the authority had asked the government for "
    "emergency funding to cover the cost of the clean-up. "
    "The embankment was last strengthened in 2011 after a smaller flood damaged twelve "
    "properties on the same street."
)
FIRST = (
    "Water poured into forty homes on Mill Street after flood barriers on the Harlow "
    "embankment gave way late on Sunday, according to the district council. "
)
# two sentences reworded too freely to seed passages of their own (the first is bridged
# into the first passage, the second is not)
MIDDLE = (
    "Specialists sent by the Environment Agency looked over the breach on Monday; mending "
    "the wall, they said, is a job of three weeks or more. "
)
FREER = (
    "Displaced families slept on Red Cross camp beds in the village hall, and volunteers "
    "kept the soup coming until dawn."
)
# two sentences of the rewrite's own, about something else
OWN = (
    "A separate landslip closed the coastal railway at Brenton for most of Saturday. "
    "Ticket holders were offered refunds or travel on replacement coaches. "
)
LAST = (
    "Maureen Tibbs, who leads the council, said the authority had asked ministers for "
    "emergency money to pay for the clean-up. "
    "The embankment was last strengthened in 2011, when a smaller flood damaged twelve "
    "properties on the same street."
)


def _align(target: str, fill: bool) -> list[Detection]:
    vocab = Vocabulary()
    src, tgt = doc_sentences(SOURCE, vocab), doc_sentences(target, vocab)
    params = replace(align_params(ReuseSettings()), fill_gaps=fill)
    return align_texts(SOURCE, src, target, tgt, params)


def _covered(dets: list[Detection], target: str, part: str) -> float:
    """Share of ``part`` of ``target`` inside the target sides of ``dets``."""
    lo = target.index(part)
    hi = lo + len(part)
    inside = sum(max(0, min(hi, d.tgt_end) - max(lo, d.tgt_start)) for d in dets)
    return inside / len(part)


def test_sentences_rewritten_between_two_passages_are_aligned() -> None:
    target = FIRST + MIDDLE + FREER + " " + LAST
    assert ReuseSettings().align_fill_gaps  # on by default
    before = _align(target, fill=False)
    assert _covered(before, target, FIRST) > 0.9 and _covered(before, target, LAST) > 0.9
    assert _covered(before, target, FREER) == 0.0  # missed between two passages
    after = _align(target, fill=True)
    assert _covered(after, target, FREER) == 1.0
    (filled,) = [d for d in after if d.tgt_start <= target.index(FREER) < d.tgt_end]
    assert filled.kind == "paraphrase"
    assert SOURCE[filled.src_start : filled.src_end].count("Red Cross") == 1


def test_the_targets_own_sentences_between_two_passages_stay_unaligned() -> None:
    target = FIRST + OWN + LAST
    dets = _align(target, fill=True)
    assert _covered(dets, target, FIRST) > 0.9 and _covered(dets, target, LAST) > 0.9
    assert _covered(dets, target, OWN.strip()) == 0.0


def test_a_pair_with_no_passage_gets_none_from_filling() -> None:
    target = OWN + "The council has not said when the hall will close again."
    assert _align(target, fill=True) == []


def test_a_sentence_another_passage_holds_is_not_filled_again() -> None:
    """A source sentence matched out of order (its copy later in the target) lies in the gap
    between two in-order passages: it is matched already, so the target sentence opposite it
    there is not made its rewrite too.  Both weight layouts (dense, sparse)."""
    lead = (
        "The Harlow council approved a budget of nine million pounds for road repairs on "
        "Tuesday evening after a long debate in the chamber."
    )
    tax = (
        "Council tax bills will rise by four percent for most households in the district "
        "from next April, officials confirmed on Tuesday."
    )
    roads = (
        "The council leader said the money would fix potholes on more than two hundred "
        "streets across the town over three years."
    )
    survey = (
        "Most households in the district are unhappy about council bills, a survey for the "
        "local paper found this spring."
    )
    source, target = f"{lead} {tax} {roads}", f"{lead} {survey} {roads} {tax}"
    vocab = Vocabulary()
    src, tgt = doc_sentences(source, vocab), doc_sentences(target, vocab)

    def det(i: int, j: int) -> Detection:
        (s0, s1), (t0, t1) = src.spans[i], tgt.spans[j]
        return Detection(s0, s1, t0, t1, "verbatim", 1.0)

    dets = [det(0, 0), det(2, 2), det(1, 3)]  # the tax sentence copied out of order
    for dense_cells in (align._DENSE_MAX_CELLS, 0):
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(align, "_DENSE_MAX_CELLS", dense_cells)
            found = align._fill_gaps(dets, source, src, target, tgt, align._weights(src, tgt))
        assert set(found) == set(dets)
