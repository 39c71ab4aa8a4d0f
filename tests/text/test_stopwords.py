"""The English stop words read from scikit-learn's source equal its imported list."""

from __future__ import annotations

import pytest

from newstrace.text import stopwords


def test_stop_words_equal_sklearn() -> None:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    assert frozenset(ENGLISH_STOP_WORDS) == stopwords.ENGLISH_STOP_WORDS
    assert stopwords._from_source() is not None  # the fast path, not the import fallback


def test_another_layout_falls_back_to_the_import(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stopwords, "_from_source", lambda: None)
    assert stopwords._load() == stopwords.ENGLISH_STOP_WORDS
