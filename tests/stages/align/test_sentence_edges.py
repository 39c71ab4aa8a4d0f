"""A passage edge that character trimming put inside a sentence goes back to the sentence's
edge when the part it cut off is rewritten in the other side, and stays where it is when that
part is not reused."""

from __future__ import annotations

from pathlib import Path

import newstrace
from newstrace.config import ReuseSettings
from newstrace.stages.align import align_params
from newstrace.stages.align.align import _whole, align_texts
from newstrace.stages.align.sentences import SentenceCache
from newstrace.text.sentences import sentence_spans

LEAD = (
    "A £2bn national programme to insulate cold, draughty homes will begin in North Fenshire "
    "this summer, the Government announced today."
)
REST = " Nearly 12,000 households will be offered free insulation."
OTHER = (
    "Households in North Fenshire will be first when a national programme to insulate cold, "
    "draughty homes begins this summer."
)


def _cut_at(word: str) -> tuple[str, list[tuple[int, int]], int]:
    text = LEAD + REST
    return text, sentence_spans(text), text.index(word)


def test_a_cut_off_rewritten_sentence_start_is_put_back() -> None:
    text, spans, cut = _cut_at("in North Fenshire")
    start, _ = _whole(text, spans, (0, len(text)), (cut, len(text)), OTHER)
    assert start == 0


def test_a_cut_off_part_that_is_not_reused_stays_cut() -> None:
    text, spans, cut = _cut_at("in North Fenshire")
    other = "Households in North Fenshire will be offered free insulation this summer."
    start, _ = _whole(text, spans, (0, len(text)), (cut, len(text)), other)
    assert start == cut


def test_an_edge_the_untrimmed_passage_did_not_hold_is_not_moved() -> None:
    # the untrimmed passage began inside the sentence: its start is no sentence edge to restore
    text, spans, cut = _cut_at("in North Fenshire")
    start, _ = _whole(text, spans, (5, len(text)), (cut, len(text)), OTHER)
    assert start == cut


def test_a_cut_off_sentence_end_is_put_back() -> None:
    text = LEAD + REST
    cut = text.index(", the Government announced")
    other = OTHER + " The Government announced it today."
    _, end = _whole(text, sentence_spans(text), (0, len(text)), (0, cut), other)
    assert end == len(LEAD)


CORPUS = Path(__file__).resolve().parents[3] / "examples" / "corpus"


def test_the_sample_release_and_its_rewrite_align_from_sentence_starts(tmp_path: Path) -> None:
    """The sample corpus's press release and a local paper's rewrite of it: the rewrite's first
    sentence retells the release's first two in another order, and character trimming cut
    the release's side to start at "in North Fenshire this summer"."""
    with newstrace.open(tmp_path / "x.db") as corpus:
        corpus.add(CORPUS / "dhc_press_release_warm_homes.txt")
        corpus.add(CORPUS / "fenshire_gazette_warm_homes.html")
        release, rewrite = (a.text for a in corpus.articles())
    assert "Nearly 12,000 households in North Fenshire" in rewrite
    cache = SentenceCache()
    src, tgt = cache.get("r", release, None), cache.get("g", rewrite, None)
    found = align_texts(release, src, rewrite, tgt, align_params(ReuseSettings()))
    assert found
    first = min(found, key=lambda d: d.src_start)
    src_starts = {a for a, _ in sentence_spans(release)}
    tgt_starts = {a for a, _ in sentence_spans(rewrite)}
    assert first.src_start in src_starts, release[first.src_start : first.src_start + 40]
    assert first.tgt_start in tgt_starts, rewrite[first.tgt_start : first.tgt_start + 40]
    assert release[first.src_start :].startswith("A £2bn national programme")
