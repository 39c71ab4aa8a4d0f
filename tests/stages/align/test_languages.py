"""Texts in other languages are stemmed with their own stemmer and stop words, and German
compounds are matched to their parts, so a free German rewrite of a press release is found
while independent German reports on the same kind of event stay apart.

The German texts in tests/data/german were written for this project (invented towns,
people and figures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align
from newstrace.stages.align import compounds
from newstrace.stages.align.sentences import SentenceTable, Vocabulary, doc_sentences
from newstrace.stages.ingest.article import make_article
from newstrace.text import stems

GERMAN = Path(__file__).parents[2] / "data" / "german"
# (release, rewrite): each rewrite says everything of its release in its own words
REWRITES = [
    ("strom_pressemitteilung", "strom_anzeiger"),
    ("bibliothek_pressemitteilung", "bibliothek_zeitung"),
]
# independent reports: another utility's prices, another town's library
OTHERS = ["gas_molden", "wasser_ebersfeld", "buecherei_talbach"]
ENGLISH = (
    "The council said on Monday that the library will stay open until six on Saturdays. "
    "It will also add forty desks to the reading room, and the state will pay for half."
)


def _run() -> RecordSet:
    names = [n for pair in REWRITES for n in pair] + OTHERS
    arts = [  # a release in the morning, its rewrite in the afternoon
        make_article(
            (GERMAN / f"{n}.txt").read_text(encoding="utf-8"),
            id=n,
            source=n,
            published=f"2026-11-{10 + k // 2}T{9 + 6 * (k % 2):02d}:00:00+01:00",
        )
        for k, n in enumerate(names)
    ]
    assert {a.language for a in arts} == {"de"}
    return align.run(RecordSet(articles=tuple(arts)), Settings())


def test_free_german_rewrites_are_found_and_independent_reports_are_not() -> None:
    out = _run()
    linked = {
        frozenset((a.source.article_id, a.target.article_id))
        for a in out.alignments
        if not a.boilerplate
    }
    assert linked == {frozenset(p) for p in REWRITES}
    share = {p.article_id: p.reused_share for p in out.provenance}
    for _, rewrite in REWRITES:
        assert share[rewrite] >= 0.5, rewrite


@pytest.mark.parametrize("code", ["de", "DE", "de-AT", "de_CH"])
def test_language_codes_with_regions_are_read(code: str) -> None:
    assert stems.supported(code) == "de"


@pytest.mark.parametrize("code", [None, "", "en", "en-GB", "zz", "zh"])
def test_english_and_unknown_languages_keep_the_english_rules(code: str | None) -> None:
    assert stems.supported(code) is None


def test_a_text_that_reads_as_english_keeps_the_english_rules_whatever_its_label() -> None:
    german = (GERMAN / "strom_anzeiger.txt").read_text(encoding="utf-8")
    assert stems.stemming_language(german, "de") == "de"
    assert stems.stemming_language(ENGLISH, "de") is None
    assert stems.stemming_language(german, "en") is None  # the label is not overruled upwards


def test_stop_words_are_stop_words_only_in_their_own_language() -> None:
    vocab = Vocabulary()
    de = vocab.word_ids(["die", "und", "Netzentgelte", "Netzentgelten"], "de")
    en = vocab.word_ids(["die", "war", "Netzentgelte"], None)
    assert de[0] < vocab.n_stop and de[1] < vocab.n_stop
    assert de[2] == de[3] >= vocab.n_stop  # inflected forms: one stem
    assert en[0] >= vocab.n_stop and en[1] >= vocab.n_stop  # "die", "war": English words
    assert en[2] != de[2]  # English rules leave the German plural alone


def test_the_corpus_table_stems_as_the_single_text_path_does() -> None:
    texts = [(GERMAN / f"{n}.txt").read_text(encoding="utf-8") for n in REWRITES[0]]
    texts.append(ENGLISH)
    langs: list[str | None] = ["de", "de", "de"]  # the English text is mislabelled
    table = SentenceTable.build(texts, languages=langs)
    vocab = Vocabulary()
    for d, (text, lang) in enumerate(zip(texts, langs, strict=True)):
        one = doc_sentences(text, vocab, lang)
        got = table.doc(d)
        assert got.language == one.language
        assert [[table.vocab.names[t] for t in s] for s in got.terms] == [
            [vocab.names[t] for t in s] for s in one.terms
        ]
    assert table.languages == ("de", "de", None)


def test_compound_parts_are_renamed_to_the_source_stem() -> None:
    names = ["strompreis", "verbrauch", "jahresverbrauch", "preis", "rat", "beratung", "2027"]
    ids = {n: i for i, n in enumerate(names)}
    src = {ids["strompreis"], ids["verbrauch"], ids["beratung"], ids["2027"]}
    tgt = {ids["preis"], ids["jahresverbrauch"], ids["rat"], ids["verbrauch"]}
    got = {names[t]: names[s] for t, s in compounds.renames(src, tgt, names).items()}
    assert got == {"preis": "strompreis", "jahresverbrauch": "verbrauch"}


def test_the_longest_shared_part_wins() -> None:
    names = ["haus", "haushalt", "haushaltskund"]
    got = compounds.renames({0, 1}, {2}, names)
    assert got == {2: 1}


def test_compounds_are_matched_only_between_texts_of_one_compounding_language() -> None:
    vocab = Vocabulary()
    a = doc_sentences("Der Strompreis steigt im Januar deutlich an.", vocab, "de")
    b = doc_sentences("Der Preis steigt im Januar deutlich an.", vocab, "de")
    assert compounds.relabel(a, b) is not b
    english = doc_sentences("The price rises sharply in January this year.", vocab, None)
    assert compounds.relabel(a, english) is english
    fr_src = doc_sentences("Les autoroutes de la région seront fermées lundi.", vocab, "fr")
    fr_tgt = doc_sentences("Les routes de la région seront fermées lundi.", vocab, "fr")
    src_stems, tgt_stems = ({t for c in d.content for t in c} for d in (fr_src, fr_tgt))
    # "autorout" / "rout" would be renamed were French a compounding language
    assert compounds.renames(src_stems, tgt_stems, vocab.names)
    assert compounds.relabel(fr_src, fr_tgt) is fr_tgt


def test_english_synonyms_are_not_applied_to_other_languages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newstrace.stages.align import align as align_mod
    from newstrace.stages.align.align import AlignParams, align_texts

    calls: list[str | None] = []
    monkeypatch.setattr(align_mod.synonyms, "synonym_map", lambda: {})
    monkeypatch.setattr(
        align_mod.synonyms, "relabel", lambda s, t, n, m: calls.append(t.language) or t
    )
    vocab = Vocabulary()
    texts = [(GERMAN / f"{n}.txt").read_text(encoding="utf-8") for n in REWRITES[0]]
    de = [doc_sentences(t, vocab, "de") for t in texts]
    params = AlignParams(use_synonyms=True)
    align_texts(texts[0], de[0], texts[1], de[1], params)
    assert calls == []
    en = doc_sentences(ENGLISH, vocab, None)
    align_texts(ENGLISH, en, ENGLISH, en, params)
    assert calls == [None]
