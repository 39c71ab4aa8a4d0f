"""Quality gate: paraphrase reuse on a balanced 200-pair slice of Webis-CPC-11.

Measured on this slice (lexical mode, product defaults; docs/results.md): Yes linked 0.82,
No linked 0.90, randomly re-paired control 0.000.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newstrace.config.reuse import ReuseSettings
from newstrace.eval.webis import evaluate, load, sample
from newstrace.stages.align import align_params, embed

DATA = "webis-cpc11/Webis-CPC-11_1000_sample.json"


def test_webis_slice_lexical(eval_dir: Path) -> None:
    pairs = sample(load(eval_dir / DATA), 200)
    assert len(pairs) == 200
    res = evaluate(pairs, align_params(ReuseSettings()))
    assert res["yes_linked"] >= 0.79
    assert res["no_linked"] >= 0.87
    assert res["control_linked"] <= 0.01


@pytest.mark.slow
@pytest.mark.skipif(not embed.available(), reason="embed mode needs torch + sentence-transformers")
def test_webis_small_slice_embed(eval_dir: Path) -> None:
    pairs = sample(load(eval_dir / DATA), 20)
    lexical = evaluate(pairs, align_params(ReuseSettings()))
    res = evaluate(pairs, replace(align_params(ReuseSettings()), embed=True))
    assert res["yes_linked"] >= lexical["yes_linked"]
    assert res["yes_linked"] >= 0.8
    assert res["control_linked"] <= 0.05
