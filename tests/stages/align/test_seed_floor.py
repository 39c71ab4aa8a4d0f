"""Sentence blocks are skipped before the Dice step only when no seed can come from them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from newstrace.config.reuse import ReuseSettings
from newstrace.stages.align import align_params
from newstrace.stages.align.align import _seeds, _weights
from newstrace.stages.align.sentences import SentenceCache

CORPUS = Path(__file__).resolve().parents[3] / "examples" / "corpus"


def _texts() -> tuple[str, str]:
    """A press release and the news story that paraphrases it (examples/corpus)."""
    release = (CORPUS / "dhc_press_release_warm_homes.txt").read_text(encoding="utf-8")
    with (CORPUS / "eastmere_post.jsonl").open(encoding="utf-8") as fh:
        story = next(json.loads(line)["text"] for line in fh if '"ep-2041"' in line)
    return release, story


def test_paraphrase_seeds_below_the_plain_seed_threshold_are_kept() -> None:
    src, tgt = _texts()
    cache = SentenceCache()
    a, b = cache.get("a", src), cache.get("b", tgt)
    # no plain seed can pass: every seed found is a paraphrase seed, whose cosine may be far
    # below the plain threshold; skipping blocks by that threshold would lose them all
    params = replace(align_params(ReuseSettings()), seed_cosine=0.99)
    pair = _weights(a, b)
    seeds = _seeds(a, b, pair, params)
    assert seeds and max(pair.seed_cos[s] for s in seeds) < params.seed_cosine
    assert not _seeds(a, b, _weights(a, b), replace(params, paraphrase=False))
