"""A summary condenses its source: a group of passages widened as a summary's that ends up
with a source side under twice its target side is no summary, and the pair's passages stand
as found (a review of broadcast news: a radio interview's next-day follow-up, three weak
passages among other people's reactions, was one passage over all of it, 1.0 "derived" from
the broadcaster's article).  The corpus is invented (tests/data/broadcast/radio.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

from newstrace.config import Settings
from newstrace.stages.align import align_pair
from newstrace.stages.align.align import _condensed
from newstrace.stages.ingest.article import make_article

CORPUS = Path(__file__).parents[2] / "data" / "broadcast" / "radio.jsonl"


def test_a_follow_up_is_not_widened_over_as_a_summary() -> None:
    rows = {r["id"]: r for r in map(json.loads, CORPUS.read_text().splitlines()) if r}
    web = make_article(rows["a2_bcast_web"]["text"], id="web")
    follow = make_article(rows["a6_chronicle"]["text"], id="follow")
    found = align_pair(web, follow, Settings())
    assert found
    covered = sum(x.target.length for x in found)
    assert covered < 0.6 * len(follow.text), found


def test_a_summary_condenses_its_source() -> None:
    assert _condensed([(0, 2000, 0, 500, 0.5)])
    assert not _condensed([(0, 1400, 0, 976, 0.5)])
