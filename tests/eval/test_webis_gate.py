"""Quality gate: paraphrase reuse on a balanced 200-pair slice of Webis-CPC-11.

Measured on this slice (lexical mode, product defaults; docs/results.md): Yes linked 0.82,
No linked 0.90, randomly re-paired control 0.000.  ECB+ same-topic, other-event article pairs
(independent news, 200 drawn with the fixed seed): 0.080 linked at the defaults; the looser
paraphrase setting rejected in docs/results.md links 0.574 of the 1,000-pair draw.  The same
200 ECB+ pairs cut to the sizes of the slice's Yes pairs (lead sentences): 0.040 linked; a
search-space-scaled threshold that passes the article control can fail this one (0.18-0.35).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newstrace.config.reuse import ReuseSettings
from newstrace.eval.webis import (
    corpus_evaluate,
    ecb_cross_event_pairs,
    ecb_lead_corpus,
    ecb_linked,
    ecb_passage_pairs,
    evaluate,
    load,
    sample,
)
from newstrace.stages.align import align_params, embed, synonyms

DATA = "webis-cpc11/Webis-CPC-11_1000_sample.json"


def test_webis_slice_lexical(eval_dir: Path) -> None:
    pairs = sample(load(eval_dir / DATA), 200)
    assert len(pairs) == 200
    res = evaluate(pairs, align_params(ReuseSettings()))
    assert res["yes_linked"] >= 0.79
    assert res["no_linked"] >= 0.87
    assert res["control_linked"] <= 0.01


def test_webis_sample_as_one_corpus(eval_dir: Path) -> None:
    # the product, not the aligner given each pair: the 2,000 texts as one undated corpus,
    # dedup first (measured: Yes 0.706, No 0.826, texts linked to another original 0.004
    # besides 17 identical texts given for two originals, direction of the Yes pairs found
    # 49 right / 40 wrong / 264 none since a pair whose two texts are covered alike has no
    # direction; before, the first in the corpus (the original, as the harness lists them)
    # was the source: 244 / 40 / 69; without dedup 0.700 / 0.820 / 0.0055; before the
    # best-short-partner rule 0.644 / 0.816 / 0.0055)
    res = corpus_evaluate(load(eval_dir / DATA), align_params(ReuseSettings()))
    assert res["corpus_yes_linked"] >= 0.68
    assert res["corpus_no_linked"] >= 0.79
    assert res["corpus_texts_crossed"] <= 0.01
    assert res["corpus_yes_direction_right"] >= 45
    assert res["corpus_yes_direction_wrong"] <= 45


def test_ecb_leads_as_one_corpus(eval_dir: Path) -> None:
    # the same-topic control of the corpus measure: 982 one-sentence news leads, 42 pairs
    # linked across events (42 before the best-short-partner rule too; 87 with the floor
    # for every short pair, measured and not adopted)
    res = ecb_lead_corpus(eval_dir / "ecbplus" / "docs.jsonl", align_params(ReuseSettings()))
    assert res["ecb_leads"] == 982
    assert res["ecb_leads_other_event_pairs"] <= 50


def test_ecb_other_event_control(eval_dir: Path) -> None:
    pairs = ecb_cross_event_pairs(eval_dir / "ecbplus" / "docs.jsonl", 200)
    assert len(pairs) == 200
    assert all(a != b for a, b in pairs)
    # measured 0.030 (0.080 before the corroboration rule of align.py, which this pins)
    assert ecb_linked(pairs, align_params(ReuseSettings())) <= 0.05


def test_ecb_other_event_control_at_passage_size(eval_dir: Path) -> None:
    webis = sample(load(eval_dir / DATA), 200)
    ecb = ecb_cross_event_pairs(eval_dir / "ecbplus" / "docs.jsonl", 200)
    passages = ecb_passage_pairs(ecb, webis)
    assert len(passages) == 200
    sizes = [
        (len(a) + len(b), len(x) + len(y)) for (a, b), (x, y) in zip(passages, ecb, strict=True)
    ]
    assert all(cut <= whole for cut, whole in sizes)
    assert sum(cut for cut, _ in sizes) < 0.5 * sum(whole for _, whole in sizes)
    assert ecb_linked(passages, align_params(ReuseSettings())) <= 0.06  # measured 0.035


@pytest.mark.skipif(
    synonyms.wordnet_dir() is None, reason="WordNet files (extra `synonyms`) absent"
)
def test_webis_slice_with_synonyms(eval_dir: Path) -> None:
    # measured on this slice: Yes 0.870 (lexical 0.820), No 0.910, control 0.000; the 200
    # ECB+ other-event pairs 0.030 (lexical 0.030), cut to passage size 0.045 (0.035)
    pairs = sample(load(eval_dir / DATA), 200)
    params = replace(align_params(ReuseSettings()), use_synonyms=True)
    res = evaluate(pairs, params)
    assert res["yes_linked"] >= 0.85
    assert res["control_linked"] <= 0.01
    ecb = ecb_cross_event_pairs(eval_dir / "ecbplus" / "docs.jsonl", 200)
    assert ecb_linked(ecb, params) <= 0.05
    assert ecb_linked(ecb_passage_pairs(ecb, pairs), params) <= 0.07


@pytest.mark.slow
@pytest.mark.skipif(not embed.available(), reason="embed mode needs torch + sentence-transformers")
def test_webis_small_slice_embed(eval_dir: Path) -> None:
    pairs = sample(load(eval_dir / DATA), 20)
    lexical = evaluate(pairs, align_params(ReuseSettings()))
    res = evaluate(pairs, replace(align_params(ReuseSettings()), embed=True))
    assert res["yes_linked"] >= lexical["yes_linked"]
    assert res["yes_linked"] >= 0.8
    assert res["control_linked"] <= 0.05


@pytest.mark.slow
@pytest.mark.skipif(not embed.available(), reason="embed mode needs torch + sentence-transformers")
def test_ecb_other_event_control_embed(eval_dir: Path) -> None:
    # measured 0.035 on these 200 pairs (0.065 while an embed seed exempted article pairs from
    # the corroboration rule, 0.115 before that rule, 0.480 before the best-match / margin /
    # facts rule); cut to the sizes of the 200-pair slice's Yes pairs: 0.120
    pairs = ecb_cross_event_pairs(eval_dir / "ecbplus" / "docs.jsonl", 200)
    params = replace(align_params(ReuseSettings()), embed=True)
    assert ecb_linked(pairs, params) <= 0.06
    webis = sample(load(eval_dir / DATA), 200)
    assert ecb_linked(ecb_passage_pairs(pairs, webis), params) <= 0.15
