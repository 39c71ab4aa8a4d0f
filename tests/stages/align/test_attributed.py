"""A sentence that retells another outlet's story in other words and names the outlet ("...,
the Harwick Standard reports.") is linked to that outlet's article, by credit, though the two
share too few words to be a candidate pair or to seed a passage."""

from __future__ import annotations

import pytest

from newstrace.config import Settings
from newstrace.records import Article, RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.ingest.article import make_article
from newstrace.text.credits import outlet_names

HOSPITAL = (
    "A new urgent treatment centre has opened at Harwick General Hospital in an attempt to cut "
    "waiting times in its overstretched emergency department.\n\n"
    "The £9 million unit, built on the site of a former staff car park, will treat minor "
    "injuries and illnesses such as sprains, cuts and infections, leaving the emergency "
    "department free for the most seriously ill patients.\n\n"
    "Last winter, fewer than half of patients arriving at the emergency department were seen "
    "within four hours, one of the worst figures in the region."
)
CHOIR = (
    "The Harwick Male Voice Choir will sing at the opening of the new concert hall in Pelling "
    "next month, its first public performance since the death of its conductor last year.\n\n"
    "The choir, founded by miners in 1921, has forty members and rehearses on Tuesday nights "
    "in the Methodist hall on Bridge Street."
)
RETOLD = (
    "Harwick General Hospital has opened a £9 million urgent treatment centre for minor "
    "injuries, {credit}."
)
BRIEFING = (
    "Good morning. Here is what you need to know today.\n\n"
    "{retold}\n\n"
    "Ferry fares to the islands will rise by 6% from June, the operator said on Tuesday.\n\n"
    "That's all for today."
)


def _run(credit: str, source: str = "Harwick Standard") -> RecordSet:
    records = dedup.run(RecordSet(articles=_articles(credit, source)), Settings())
    return align.run(records, Settings())


def _articles(credit: str, source: str = "Harwick Standard") -> tuple[Article, ...]:
    return (
        make_article(HOSPITAL, id="hs", source=source, published="2026-05-05T06:00Z"),
        make_article(CHOIR, id="choir", source=source, published="2026-05-05T08:00Z"),
        make_article(
            BRIEFING.format(retold=RETOLD.format(credit=credit)),
            id="brief",
            source="The Briefly",
            published="2026-05-06T06:30Z",
        ),
    )


@pytest.mark.parametrize(
    "credit", ["reports the Harwick Standard", "the Harwick Standard says",
               "according to the Harwick Standard"],
)  # fmt: skip
def test_a_retold_sentence_naming_the_outlet_is_linked_to_its_story(credit: str) -> None:
    out = _run(credit)
    (pair,) = out.pairs
    assert (pair.source_id, pair.target_id, pair.evidence) == ("hs", "brief", "credit")
    (passage,) = out.alignments
    brief = next(a for a in out.articles if a.id == "brief")
    assert brief.text[passage.target.start : passage.target.end].startswith("Harwick General")
    assert passage.kind == "paraphrase"


def test_without_the_credit_or_another_outlet_named_nothing_is_linked() -> None:
    assert _run("a spokesman says").pairs == ()
    assert _run("the Harwick Standard says", source="Pelling Post").pairs == ()


def test_the_outlets_article_on_another_subject_is_not_linked() -> None:
    out = _run("the Harwick Standard says")
    assert all("choir" not in (p.source_id, p.target_id) for p in out.pairs)


def test_a_retold_sentence_is_linked_to_the_outlets_best_matching_article_only() -> None:
    earlier = (
        "Harwick General Hospital will build an urgent treatment centre next to its emergency "
        "department, the hospital trust said on Friday.\n\n"
        "Building work starts in the spring; the trust has not said what it will cost."
    )
    arts = (
        make_article(HOSPITAL, id="hs", source="Harwick Standard", published="2026-05-05T06:00Z"),
        make_article(earlier, id="plan", source="Harwick Standard", published="2026-05-04T06:00Z"),
        make_article(
            BRIEFING.format(retold=RETOLD.format(credit="the Harwick Standard says")),
            id="brief",
            source="The Briefly",
            published="2026-05-06T06:30Z",
        ),
    )
    out = align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())
    assert [(p.source_id, p.target_id) for p in out.pairs] == [("hs", "brief")]


@pytest.mark.parametrize(
    ("credit", "linked"),
    [("the Harwick Standard reported last week", True),
     ("the Harwick Standard reported earlier this month", True),
     ("the Harwick Standard reported", False),  # a week is past the plain window
     ("the Harwick Standard reported on Monday", False)],
)  # fmt: skip
def test_a_sentence_saying_when_the_outlet_reported_reaches_back_that_far(
    credit: str, linked: bool
) -> None:
    # the retelling is published nine days after the story (a review: a feature citing a
    # week-old story by name was linked to nothing)
    arts = (
        make_article(HOSPITAL, id="hs", source="Harwick Standard", published="2026-05-05T06:00Z"),
        make_article(
            BRIEFING.format(retold=RETOLD.format(credit=credit)),
            id="brief",
            source="The Briefly",
            published="2026-05-14T06:30Z",
        ),
    )
    out = align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())
    assert [(p.source_id, p.target_id) for p in out.pairs] == ([("hs", "brief")] if linked else [])


def test_an_incremental_run_reads_no_old_sentence_naming_an_outlet_without_new_articles() -> None:
    import numpy as np

    from newstrace.stages.align import attributed
    from newstrace.stages.align.sentences import DocSentences, Vocabulary, doc_sentences

    brief = BRIEFING.format(retold=RETOLD.format(credit="the Harwick Standard says"))
    arts = [
        make_article(HOSPITAL, id="hs", source="Harwick Standard"),
        make_article(brief, id="brief", source="The Briefly"),
        make_article(CHOIR, id="new", source="Pelling Post"),
    ]
    vocab, read = Vocabulary(), []

    def docs(i: int) -> DocSentences:
        read.append(i)
        return doc_sentences(arts[i].text, vocab)

    def anything(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return np.ones(len(a), dtype=bool)

    times = [None] * 3
    keys, _ = attributed.candidates(arts, docs, times, anything)
    assert keys.tolist() == [0 << 32 | 1] and read
    read.clear()  # only "new" is new: the old pair was found before, and nothing is read
    only_new = np.array([False, False, True])
    keys, _ = attributed.candidates(arts, docs, times, anything, only_new)
    assert keys.tolist() == [] and read == []
    keys, _ = attributed.candidates(arts, docs, times, anything, np.array([True, False, False]))
    assert keys.tolist() == [0 << 32 | 1]  # a new article of the outlet is paired as before


LEASE_OTHER = "Floods closed the ring road for a day. Crews had cleared the drains by the evening."
LEASE_FIRST = (
    "Residents near Canal Street say they will object to a parcel hub planned for the old bus "
    "depot.\n\n"
    "The council's finance committee is understood to have approved leasing the bus depot to "
    "Harker Freight for 25 years last month.\n\n"
    "Neighbours fear lorries will use the street through the night."
)
LEASE_NAMED = (
    "Traders in Brindle have launched a petition against the parcel hub.\n\n"
    "Harker Freight was granted a 25-year lease of the bus depot by the council's finance "
    "committee at a closed meeting last month, the Coldwater Gazette revealed.\n\n"
    "The petition has 800 signatures."
)


def _lease_pair(named: str) -> tuple[str, str]:
    arts = (
        make_article(LEASE_OTHER, id="gazette", source="Coldwater Gazette",
                     published="2026-05-04T06:00:00+00:00"),
        make_article(LEASE_FIRST, id="first", source="Brindle Echo",
                     published="2026-05-04T12:00:00+00:00"),
        make_article(named, id="named", source="Valley Times",
                     published="2026-05-06T08:00:00+00:00"),
    )  # fmt: skip
    rs = align.run(RecordSet(articles=arts), Settings())
    (pair,) = [p for p in rs.pairs if {p.source_id, p.target_id} == {"first", "named"}]
    return pair.relation, pair.evidence


def test_a_retelling_naming_a_third_outlet_is_no_copy_of_a_fellow_retelling() -> None:
    # the later follow-up retells the scoop in its own words and names the outlet that broke
    # it: the earlier follow-up's like sentence is not its source, whatever the dates say
    assert _lease_pair(LEASE_NAMED) == ("related", "none")
    unnamed = LEASE_NAMED.replace(", the Coldwater Gazette revealed", "")
    assert _lease_pair(unnamed) == ("derived", "date")


def test_a_retelling_naming_an_outlet_not_yet_ingested_is_no_copy_of_a_fellow_one() -> None:
    # the pair alone decides: with the Coldwater Gazette's first article still to come (an
    # incremental run does not direct this pair again when it comes) the later follow-up is
    # no copy of the earlier one, as in a run that holds the Gazette's article
    arts = (
        make_article(LEASE_FIRST, id="first", source="Brindle Echo",
                     published="2026-05-04T12:00:00+00:00"),
        make_article(LEASE_NAMED, id="named", source="Valley Times",
                     published="2026-05-06T08:00:00+00:00"),
    )  # fmt: skip
    (pair,) = align.run(RecordSet(articles=arts), Settings()).pairs
    assert (pair.relation, pair.evidence) == ("related", "none")


def test_an_agency_named_by_its_initials_and_its_name_is_indexed_from_the_sentence_table() -> None:
    """The outlet's index read from the sentence table's arrays picks what one built from
    each article's sentence data picks, for a sentence naming an agency by its initials and
    one naming it in full (two keys of the same articles, indexed once)."""
    import numpy as np

    from newstrace.stages.align import attributed
    from newstrace.stages.align.sentences import DocCache, SentenceTable

    choir = (
        "The Harwick Male Voice Choir, founded by miners in 1921, will sing at the opening of "
        "the new concert hall in Pelling, the Tolvane News Agency reported."
    )
    brief = BRIEFING.format(retold=RETOLD.format(credit="according to TNA") + "\n\n" + choir)
    arts = [
        make_article(HOSPITAL, id="hs", source="Tolvane News Agency"),
        make_article(CHOIR, id="choir", source="Tolvane News Agency"),
        make_article(brief, id="brief", source="The Briefly"),
    ]
    table = SentenceTable.build([a.text for a in arts])
    times = [None] * 3

    def anything(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return np.ones(len(a), dtype=bool)

    docs = DocCache(table)
    keys, chosen = attributed.candidates(arts, docs.__getitem__, times, anything, table=table)
    assert keys.tolist() == [0 << 32 | 2, 1 << 32 | 2]
    assert [src for _, _, src in chosen[2]] == [0, 1]
    assert docs.built == 1  # the briefing only: the agency's stories are read from the table
    plain = attributed.candidates(arts, DocCache(table).__getitem__, times, anything)
    assert plain[0].tolist() == keys.tolist() and plain[1] == chosen


def test_a_run_reads_each_articles_credits_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The credited sentences are asked for twice in a run (old pairs aligned again ask
    again); the texts are read once, and read again only for other outlets."""
    from newstrace.stages.align import attributed

    calls: list[str] = []
    real = attributed.source_attributions

    def counting(text: str, *args: object) -> tuple[tuple[int, int, str], ...]:
        calls.append(text)
        return real(text, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(attributed, "source_attributions", counting)
    arts = _articles("the Harwick Standard reports")
    read = attributed.Read()
    known = frozenset(k for a in arts for k in outlet_names(a.source))
    first = read.of(arts, known)
    assert list(first) == [2] and first[2][0][2] == "harwickstandard"
    assert read.of(arts, known) is first and len(calls) == 3
    assert read.of(arts, outlet_names("The Briefly")) == {} and len(calls) == 6
