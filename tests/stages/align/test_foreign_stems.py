"""Stems of other languages (review of the Snowball stemming): a content word of another
language whose stem is spelt as an English stop-word stem stays a content word; kept data
stemmed the old way is not mixed with new rows; Norwegian labels take the Norwegian stemmer;
renaming stems costs no table over the whole vocabulary."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from newstrace.stages.align import compounds, sentences
from newstrace.stages.align.sentences import (
    SentenceTable,
    Vocabulary,
    doc_sentences,
    packed_format,
)
from newstrace.text import stems

# (language, inflected forms of one content word whose Snowball stem is spelt as the stem of
# an English stop word: "system", "part", "form", "call", "dur", "last")
COLLIDING = [
    ("de", ["System", "Systeme"]),
    ("de", ["Last", "Lasten"]),
    ("fr", ["forme", "formes"]),
    ("fr", ["durée", "dure"]),
    ("es", ["partido", "partidos"]),
    ("es", ["calle", "calles"]),
    ("it", ["forma", "forme"]),
    ("sv", ["system", "systemet"]),
]


@pytest.mark.parametrize(("language", "forms"), COLLIDING)
def test_content_words_spelt_as_english_stop_stems_stay_content_words(
    language: str, forms: list[str]
) -> None:
    vocab = Vocabulary()
    ids = vocab.word_ids(forms, language)
    assert min(ids) >= vocab.n_stop, [vocab.names[i] for i in ids]
    assert len(set(ids)) == 1  # still one stem for the inflected forms


def test_english_stop_stems_stay_stop_words_in_english() -> None:
    vocab = Vocabulary()
    english = vocab.word_ids(["system", "part", "form", "last"], None)
    german = vocab.word_ids(["System", "Last"], "de")
    assert max(english) < vocab.n_stop
    assert set(german).isdisjoint(english)


def test_a_compound_matches_its_part_spelt_as_an_english_stop_stem() -> None:
    vocab = Vocabulary()
    src = doc_sentences("Das neue Wahlsystem der Stadt gilt ab dem Frühjahr.", vocab, "de")
    tgt = doc_sentences("Das neue System der Stadt gilt ab dem Frühjahr.", vocab, "de")
    assert src.language == tgt.language == "de"
    renamed = compounds.relabel(src, tgt)
    shared = {t for c in src.content for t in c} & {t for c in renamed.content for t in c}
    assert "wahlsystem" in {vocab.names[t] for t in shared}


def test_the_corpus_table_and_the_single_text_path_agree_on_colliding_stems() -> None:
    text = "Das System der Stadtwerke trägt die Last. Die Partei will das System ändern."
    table = SentenceTable.build([text], languages=["de"])
    vocab = Vocabulary()
    one = doc_sentences(text, vocab, "de")
    got = table.doc(0)
    assert [[table.vocab.names[t] for t in s] for s in got.terms] == [
        [vocab.names[t] for t in s] for s in one.terms
    ]
    assert got.content == one.content


def test_kept_rows_of_the_version_that_made_them_stop_words_are_not_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The format key changes with the rule, so data kept before it is rebuilt."""
    now = packed_format()
    english_stop = frozenset(s for s in sentences.STOP_STEMS if ":" not in s)

    def old(language: str, word: str) -> str:  # the rule before: the plain Snowball stem
        low = word.lower()
        if low in stems.stop_words(language):
            return f"{language}:{low}"
        return low if low.isdigit() else stems.stemmer(language)(low)

    assert "system" in english_stop
    monkeypatch.setattr(sentences, "_foreign_stem", old)
    packed_format.cache_clear()
    try:
        assert packed_format() != now
    finally:
        packed_format.cache_clear()


@pytest.mark.parametrize("code", ["no", "nb", "nb-NO", "nn", "NN_no"])
def test_norwegian_labels_take_the_norwegian_stemmer(code: str) -> None:
    assert stems.supported(code) == "no"


def test_a_bokmal_and_a_nynorsk_label_give_one_stemming_language() -> None:
    text = "Regjeringen la fram budsjettet for neste år, og skattene skal ikke økes."
    table = SentenceTable.build([text, text], languages=["nb", "nn"])
    assert table.languages == ("no", "no")
    assert table.doc(0).content == table.doc(1).content


def _wide(doc: sentences.DocSentences, shift: int) -> sentences.DocSentences:
    """``doc`` with every stem id moved up by ``shift`` (as in a vocabulary that large)."""
    c = doc.counts
    indices = (c.indices.astype(np.int64) + shift).astype(np.int32)
    cols = np.unique(indices)
    counts = sentences.CsrRows(c.data, indices, c.indptr, (c.shape[0], c.shape[1] + shift))
    terms = tuple(tuple(t + shift for t in s) for s in doc.terms)
    content = tuple(frozenset(t + shift for t in s) for s in doc.content)
    return sentences.DocSentences(
        doc.spans, terms, content, doc.numbers, counts, cols,
        np.searchsorted(cols, indices), doc.rows, language=doc.language,
    )  # fmt: skip


def test_renaming_in_a_large_vocabulary_holds_no_table_over_all_its_ids() -> None:
    text = "Das Wahlsystem der Stadt gilt ab dem Frühjahr. Die Stadt zählt die Stimmen."
    doc = _wide(SentenceTable.build([text], languages=["de"]).doc(0), 20_000_000)
    first, last = int(doc.cols[0]), int(doc.cols[-1])
    tracemalloc.start()
    try:
        got = sentences.renamed(doc, {last: first})
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000  # a table over 20 million ids takes 160 MB
    assert last not in set(got.cols.tolist()) and first in set(got.cols.tolist())
    assert got.counts.shape == doc.counts.shape
    assert got.counts.sum() == doc.counts.tocsr().sum()  # type: ignore[union-attr]


def test_renaming_to_an_id_beyond_the_target_widens_it() -> None:
    vocab = Vocabulary()
    tgt = doc_sentences("Der Preis steigt im Januar deutlich an.", vocab, "de")
    src = doc_sentences("Der Strompreis steigt im Januar deutlich an.", vocab, "de")
    assert src.counts.shape[1] > tgt.counts.shape[1]
    got = compounds.relabel(src, tgt)
    strompreis = vocab.ids["strompreis"]
    assert got.counts.shape[1] == strompreis + 1
    assert strompreis in {t for c in got.content for t in c}
    assert got.terms[0].count(strompreis) == 1 and vocab.ids["preis"] not in got.terms[0]


def _renamed_to(first_seen: str) -> str:
    """The source stem the target's "Preis" is renamed to, in a vocabulary that saw
    ``first_seen`` before the pair."""
    vocab = Vocabulary()
    doc_sentences(first_seen, vocab, "de")
    src = doc_sentences("Der Strompreis und der Gaspreis steigen im Januar.", vocab, "de")
    tgt = doc_sentences("Der Preis steigt im Januar deutlich an.", vocab, "de")
    src_stems, tgt_stems = ({t for c in d.content for t in c} for d in (src, tgt))
    return vocab.names[compounds.renames(src_stems, tgt_stems, vocab.names)[vocab.ids["preis"]]]


def test_a_tie_between_source_compounds_does_not_depend_on_earlier_articles() -> None:
    """Two source compounds end with the target's word: the pick must not depend on which
    stem an unrelated article brought into the vocabulary first."""
    assert _renamed_to("Der Gaspreis fällt.") == _renamed_to("Der Strompreis fällt.")


def test_digits_are_numbers_in_every_language() -> None:
    """The Spanish stop-word list holds the digits 0-9: a figure is still a figure (the table
    reads the numbers back from the stems of digit tokens)."""
    text = "El ayuntamiento subirá el precio del agua un 5 por ciento en 2027 y 3 barrios."
    table = SentenceTable.build([text, text.replace(" y 3 barrios", "")], languages=["es", "es"])
    vocab = Vocabulary()
    one = doc_sentences(text, vocab, "es")
    assert one.language == table.languages[0] == "es"
    assert table.doc(0).numbers == one.numbers == (frozenset({"5", "2027", "3"}),)
    assert vocab.ids["5"] >= vocab.n_stop and vocab.ids["3"] >= vocab.n_stop


@pytest.mark.parametrize("empty", ["", "...", "Und die."])
def test_a_text_without_content_words_is_left_as_it_is(empty: str) -> None:
    texts = ["Der Strompreis steigt im Januar deutlich an.", empty]
    table = SentenceTable.build(texts, languages=["de", "de"])
    full, bare = table.doc(0), table.doc(1)
    bare.language = full.language = "de"  # as if both read as German
    assert compounds.relabel(full, bare) is bare
    assert compounds.relabel(bare, full) is full
