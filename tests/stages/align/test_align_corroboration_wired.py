"""The corroboration rule is applied by the aligner: a pair of example articles linked only by
one weak paraphrase passage is not linked, and is linked when the rule is off.

Without it no test outside the eval gates, which need ../shared, notices when align_texts
stops applying align.corroborated."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import newstrace
from newstrace.config import Settings
from newstrace.stages.align import SentenceCache, align_params
from newstrace.stages.align.align import WEAK_COVER, WEAK_PARAPHRASE, align_texts

ROOT = Path(__file__).resolve().parents[3]


def test_a_pair_with_one_weak_paraphrase_passage_is_not_linked(tmp_path: Path) -> None:
    with newstrace.open(tmp_path / "c.db") as c:
        c.add(ROOT / "examples" / "corpus")
        c.add(ROOT / "examples" / "more")
        by_source = {a.source: a for a in c.articles()}
    a = by_source["dhc_press_release_warm_homes"]
    b = by_source["caldermoor_courier_warm_homes_july"]
    cache = SentenceCache()
    da, db = cache.get(a.id, a.text), cache.get(b.id, b.text)
    params = align_params(Settings().reuse)
    off = align_texts(a.text, da, b.text, db, replace(params, weak_paraphrase=0.0))
    assert off  # without the rule the two are linked ...
    for d in off:  # ... by weak paraphrase passages only
        assert d.kind == "paraphrase" and d.score < WEAK_PARAPHRASE
        assert (d.tgt_end - d.tgt_start) / len(b.text) < WEAK_COVER
    assert align_texts(a.text, da, b.text, db, params) == []
