"""Article.to_original: clean-text spans map to whole characters of the original."""

from __future__ import annotations

import pytest

from newstrace.stages.ingest.article import make_article


def _original(original: str, word: str, *, cut: int = 0) -> str:
    """The original text of the clean span of ``word`` (less its last ``cut`` characters)."""
    article = make_article(original)
    start = article.text.index(word)
    o_start, o_end = article.to_original(start, start + len(word) - cut)
    return original[o_start:o_end]


@pytest.mark.parametrize(
    ("original", "word", "expected"),
    [
        # NFD accents: NFC makes one clean character of the letter and its mark
        ("A refund at the cafe\u0301\n\nThe council met.", "caf\u00e9", "cafe\u0301"),
        ("A refund at the cafe\u0301", "caf\u00e9", "cafe\u0301"),  # at the end of the text
        ("Elspeth Mora\u0301via said so.", "Mor\u00e1via", "Mora\u0301via"),  # inside: unchanged
        ("Seoul \u1100\u1161\u11a8 market", "\uac01", "\u1100\u1161\u11a8"),  # Hangul jamo
        ("Precomposed caf\u00e9 here", "caf\u00e9", "caf\u00e9"),
    ],
)
def test_span_ending_in_a_composed_character_covers_its_marks(
    original: str, word: str, expected: str
) -> None:
    assert _original(original, word) == expected


def test_a_span_never_ends_inside_a_character_of_the_original() -> None:
    # "o" + dot below + acute is "ọ" + acute in the clean text: a clean span ending at "ọ"
    # still covers the whole "o" + marks of the original (one NFC chunk)
    original = "the town of O\u0323\u0300yo\u0323\u0301 today"
    word = "\u1ecc\u0300y\u1ecd\u0301"
    assert _original(original, word) == "O\u0323\u0300yo\u0323\u0301"
    assert _original(original, word, cut=1) == "O\u0323\u0300yo\u0323\u0301"
    assert _original("a word x\u0301 here", "x\u0301", cut=1) == "x\u0301"  # no precomposed
