"""An outlet's repeated sentence weighed by stories: a round-up of two of its earlier stories
does not make them one story (its stock line stays boilerplate and links no unrelated story),
and the corpus arriving in two runs gives the same flags as one run."""

from __future__ import annotations

import dataclasses

from newstrace.config import Settings
from newstrace.records import Article, RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.ingest.article import make_article

OUTLET = "Kelford Gazette"
STOCK = (
    "Kelford council's planning committee meets on the first Tuesday of every month in the "
    "town hall, and its meetings are open to the public."
)
A1 = (
    "Plans for forty new homes on the former dairy site in Mill Lane were approved on Tuesday "
    "after residents won changes to the access road and a new crossing near the primary school."
)
B1 = (
    "A bid to turn the empty Corn Exchange into a cinema and restaurant was refused because the "
    "developer had not shown how the listed roof would be repaired before the building reopened."
)
C1 = (
    "The owners of the Red Lion have been told to take down a rooftop sign put up without "
    "permission, after neighbours complained that its lights shone into their bedrooms at night."
)
D1 = (
    "Councillors said both decisions showed the committee listening to residents, though the "
    "cinema's backers said they would appeal and the dairy site's builders hope to start in May."
)


def _art(i: str, *paras: str) -> Article:
    return make_article("\n\n".join(paras), id=i, source=OUTLET, published=f"2026-03-1{i[-1]}")


def _flags(records: RecordSet) -> set[tuple[str, str, bool]]:
    return {(x.source.article_id, x.target.article_id, x.boilerplate) for x in records.alignments}


def test_a_round_up_of_two_stories_leaves_a_stock_line_boilerplate_in_either_run() -> None:
    first = (_art("a1", A1, STOCK), _art("b2", B1, STOCK), _art("c3", C1, STOCK))
    later = (_art("d4", A1, B1, STOCK, D1),)  # a round-up: a version of a1 and of b2
    settings = Settings()
    whole = RecordSet(articles=first + later, new_ids=frozenset(a.id for a in first + later))
    full = align.run(dedup.run(whole, settings), settings)
    old = RecordSet(articles=first, new_ids=frozenset(a.id for a in first))
    step = align.run(dedup.run(old, settings), settings)
    assert any(x.boilerplate for x in step.alignments)  # three stories: the stock line
    step = dataclasses.replace(step, articles=first + later, new_ids=frozenset(a.id for a in later))
    again = align.run(dedup.run(step, settings), settings)
    assert _flags(again) == _flags(full)
    stock_only = [
        x for x in full.alignments
        if {x.source.article_id, x.target.article_id} in ({"a1", "b2"}, {"a1", "c3"})
    ]  # fmt: skip
    assert stock_only and all(x.boilerplate for x in stock_only)
    assert not [p for p in full.pairs if "c3" in (p.source_id, p.target_id)]
