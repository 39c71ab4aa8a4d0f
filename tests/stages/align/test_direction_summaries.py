"""Direction with no dates between a long text and a short one that summarises it: the long
text is the source, whichever of the two the aligner reads as its source."""

from __future__ import annotations

import sys

import pytest
from test_align_summary import SOURCE, _summary_pair

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align
from newstrace.stages.ingest.article import make_article

# the module (the package exports a function of the same name)
provenance = sys.modules["newstrace.stages.align.provenance"]


def test_summarised_side_is_the_longer_side_of_the_passages() -> None:
    long_side, short_side = [(0, 2000), (2500, 3100)], [(0, 300), (400, 500)]
    assert provenance.summarised_side((long_side, short_side)) == 0
    assert provenance.summarised_side((short_side, long_side)) == 1
    # passages of about one length on both sides (a copy, a close rewrite): no reading
    assert provenance.summarised_side(([(0, 1000)], [(0, 900)])) is None
    assert provenance.summarised_side(([], [])) is None


def test_direction_reads_a_summary_before_containment() -> None:
    long_text, summary = make_article(" ".join(SOURCE)), make_article(_summary_pair()[2])
    # the summary's passage covers 1.0 of the long text and 0.6 of the summary: read by
    # containment the long text would be the copy
    spans = [(0, len(long_text.text))], [(0, int(0.6 * len(summary.text)))]
    found = provenance.direction(long_text, summary, 1.0, 0.6, passages=spans)
    assert (found.source, found.evidence) == (0, "summary")
    found = provenance.direction(summary, long_text, 0.6, 1.0, passages=spans[::-1])
    assert (found.source, found.evidence) == (1, "summary")


@pytest.mark.parametrize("ids", [("a-long", "z-short"), ("z-long", "a-short")])
def test_undated_summary_is_derived_from_the_long_text_in_either_id_order(
    ids: tuple[str, str],
) -> None:
    # undated, the aligner reads the longer text as its source (its summary pass widens the
    # source side only), so the ids' order does not decide whether the summary is found
    long_text = make_article(" ".join(SOURCE), id=ids[0])
    summary = make_article(_summary_pair()[2], id=ids[1])
    out = align.run(RecordSet(articles=(summary, long_text)), Settings())
    (pair,) = out.pairs
    assert (pair.source_id, pair.target_id) == ids
    assert (pair.relation, pair.evidence) == ("derived", "summary")
