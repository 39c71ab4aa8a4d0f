"""A rolling service notice: the operator's third update changes the second's times and adds
news, and a paper quoting the third update word for word is traced to it.  The second update,
a source of both, covers their shared passages with its older times, but does not give their
words: both carry the same change (a review of transport notices).  The corpus in
``tests/data/forms`` is invented."""

from __future__ import annotations

from pathlib import Path

from goldkit import Analysed, aligned, run_batches
from newstrace.stages.align import _changed_alike

DATA = Path(__file__).parents[2] / "data" / "forms"


def test_a_paper_quoting_the_latest_update_is_traced_to_it() -> None:
    prov = {p.article_id: p for p in aligned(DATA / "rail_notice_updates.jsonl").provenance}
    assert prov["post"].sources.get("n_v3", 0) > 0.5
    assert prov["n_v3"].sources.get("n_v2", 0) > 0.9  # the update is the notice's version


def test_shared_words_the_common_source_lacks_on_both_sides() -> None:
    source = "Trains are delayed until 15:00 on Monday. Buses replace trains to Tarrow."
    late = (
        "Trains are delayed until the end of the day after a cable was found and replaced. "
        "Buses replace trains to Tarrow."
    )
    copy = (
        "Staff said: Trains are delayed until the end of the day after a cable was found "
        "and replaced."
    )
    texts = {"s": source, "a": late, "b": copy, "c": source + " Staff said so."}
    outlets = {"s": "Corriden Rail", "a": "Corriden Rail", "b": "Post", "c": "Gazette"}
    a_end = late.index(" Buses")
    b_start = copy.index("Trains")
    shared = {"a": [(0, a_end)], "b": [(b_start, len(copy))]}
    assert _changed_alike(shared, {"s"}, texts, outlets)
    # no article of the source's outlet among the two: no later version of it
    assert not _changed_alike(shared, {"s"}, texts, {**outlets, "a": "Echo"})
    # one side holds the source's words: they are siblings, no change in common
    shared = {"a": [(0, a_end)], "c": [(0, len(source))]}
    assert not _changed_alike(shared, {"s"}, texts, outlets)


def test_a_change_an_agency_gives_is_no_change_of_the_pair() -> None:
    """The later version's added text is the agency's, which both took: held by a common
    source, so the two are siblings still (a second review)."""
    source = "Trains are delayed until 15:00 on Monday. Buses replace trains to Tarrow."
    added = "Engineers said a cable was found and replaced at Hollins Junction overnight."
    texts = {
        "s": source,
        "w": "AGENCY - " + added,
        "a": source + " " + added,
        "b": "The Post says: " + added,
    }
    outlets = {"s": "Corriden Rail", "a": "Corriden Rail", "b": "Post", "w": "Wire"}
    shared = {
        "a": [(len(source) + 1, len(texts["a"]))],
        "b": [(len("The Post says: "), len(texts["b"]))],
    }
    assert _changed_alike(shared, {"s"}, texts, outlets)
    assert not _changed_alike(shared, {"s", "w"}, texts, outlets)


def test_a_pair_s_direction_agrees_with_its_evidence() -> None:
    """A pair is turned round when the passages left after the withdrawals make the other
    article its source: a minister's delivered transcript was recorded as the copy of a
    report quoting it, with the evidence "record" naming the transcript (a review of
    speeches)."""
    out = aligned(DATA / "speech_versions.jsonl")
    for p in out.pairs:
        if p.evidence == "record":
            assert p.source_id == "trans", p
    assert any(p.evidence == "record" for p in out.pairs)


def test_an_organisation_s_own_versions_change_nothing_alike() -> None:
    """Two notices of one operator sharing a change of a third are its versions, no copy of
    each other by that change (a third review: undated, the first notice was made the copy
    of the third)."""
    late = "Trains are delayed until the end of the day after a cable was found and replaced."
    texts = {"s": "Trains are delayed until 15:00 on Monday.", "a": late, "b": "Update: " + late}
    outlets = dict.fromkeys(texts, "Corriden Rail")
    shared = {"a": [(0, len(late))], "b": [(8, len(texts["b"]))]}
    assert not _changed_alike(shared, {"s"}, texts, outlets)
    assert _changed_alike(shared, {"s"}, texts, {**outlets, "b": "Evening Post"})


def test_a_republication_label_orders_near_copies_only() -> None:
    from newstrace.stages.align.provenance import article_version
    from newstrace.stages.ingest.article import make_article

    art = make_article("x", id="a", source="Courier", title="From the archive: bridge opens")
    assert article_version(art) == 1  # between near copies (the duplicate groups)
    assert article_version(art, republished=False) == 0  # not between any two of its outlet


def _passages(run: Analysed) -> list[tuple[object, ...]]:
    return sorted(
        (run.key[x.source.article_id], run.key[x.target.article_id], x.source.start,
         x.target.start, x.kind, x.boilerplate)
        for x in run.records.alignments
    )  # fmt: skip


def test_the_updates_in_batches_give_one_run_s_records(tmp_path: Path) -> None:
    """Each update comes with a paper's story.  The operator's closing line ("delayed by 15
    minutes or more ... Delay Repay") is its first notice's in the Gazette, in one run: the
    three notices hold it.  In batches the line's pair with the first notice had the mark of
    the pair left with a stock sentence after the flags, carried from the last batch's
    records into the flags, which then read it as no taken line: the line was the second
    update's and the stock-sentence pair was lost."""
    corpus = DATA / "rail_notice_updates.jsonl"
    one = run_batches(corpus, [["n_v1", "echo", "n_v2", "gazette", "n_v3", "post"]], tmp_path / "a")
    batches = [["n_v1", "echo"], ["n_v2", "gazette"], ["n_v3", "post"]]
    got = run_batches(corpus, batches, tmp_path / "b")
    assert ("n_v1", "gazette", "related", "stock-sentence") in one.summary()[0]
    assert got.summary() == one.summary()
    assert _passages(got) == _passages(one)
