"""The corroboration rule is applied by the aligner: a pair linked only by one weak paraphrase
passage is not linked, and is linked when the rule is off.

Without it no test outside the eval gates, which need ../shared, notices when align_texts
stops applying align.corroborated."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import newstrace
from newstrace.config import Settings
from newstrace.stages.align import SentenceCache, align_params
from newstrace.stages.align.align import WEAK_COVER, WEAK_PARAPHRASE, align_texts
from newstrace.stages.ingest import make_article

ROOT = Path(__file__).resolve().parents[3]

BUDGET = (
    "The county council has approved the budget for the coming year after a long debate. "
    "Councillor Mary Hale said the council would spend two million pounds repairing the old "
    "stone bridge over the river next spring. Libraries will keep their opening hours and bin "
    "collections stay weekly. The budget passed by 31 votes to 12."
)
ANGLERS = (
    "Anglers on the River Wend say fish stocks have fallen sharply since the floods of last "
    "winter. The angling club counted fewer than half the trout it recorded five years ago. "
    "Hale told members the council plans to pay two million pounds next spring to mend the "
    "ancient bridge across the water. Members blame silt washed down from farmland upstream "
    "and want the Environment Agency to act. The club will hold a public meeting in the "
    "village hall on Thursday evening. Its secretary said volunteers would start clearing the "
    "banks in April."
)


def test_a_pair_with_one_weak_paraphrase_passage_is_not_linked() -> None:
    a, b = make_article(BUDGET, source="Gazette"), make_article(ANGLERS, source="Angler")
    cache = SentenceCache()
    da, db = cache.get(a.id, a.text), cache.get(b.id, b.text)
    params = align_params(Settings().reuse)
    off = align_texts(a.text, da, b.text, db, replace(params, weak_paraphrase=0.0))
    assert off  # without the rule the two are linked ...
    for d in off:  # ... by weak paraphrase passages only
        assert d.kind == "paraphrase" and d.score < WEAK_PARAPHRASE
        assert (d.tgt_end - d.tgt_start) / len(b.text) < WEAK_COVER
    assert align_texts(a.text, da, b.text, db, params) == []


def test_a_passage_whose_source_side_is_only_a_speech_tag_is_dropped(tmp_path: Path) -> None:
    # "Councillor Tom Okafor, Leader of Caldermoor Borough Council, said:" against a sentence
    # of what he said, in other words: the two share who spoke, not what was said
    with newstrace.open(tmp_path / "c.db") as c:
        c.add(ROOT / "examples" / "corpus")
        c.add(ROOT / "examples" / "more")
        by_source = {a.source: a for a in c.articles()}
    a = by_source["dhc_press_release_warm_homes"]
    b = by_source["caldermoor_courier_warm_homes_july"]
    cache = SentenceCache()
    da, db = cache.get(a.id, a.text), cache.get(b.id, b.text)
    params = align_params(Settings().reuse)
    assert align_texts(a.text, da, b.text, db, replace(params, weak_paraphrase=0.0)) == []
