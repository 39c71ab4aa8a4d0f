"""Stemmers and stop words of languages other than English (pure, no I/O after import).

English keeps the aligner's own light suffix stripper and scikit-learn's stop words
(:mod:`newstrace.stages.align.sentences`): every benchmark was tuned with them.  Other
languages get the Snowball stemmer of the language (``snowballstemmer``) and the stop words
of stopwords-iso (``stopwordsiso``).  Before this, German function words ("der", "und",
"für") counted as rare content words and inflected forms ("Netzentgelte" / "Netzentgelten")
shared no stem, so a free German rewrite of a press release shared too few words to be
found.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib.metadata import version

import snowballstemmer
import stopwordsiso

from newstrace.text.stopwords import ENGLISH_STOP_WORDS

# The detected language of a text is trusted for stemming only when the text's first
# CHECK_WORDS words hold more stop words of that language than English ones.  Language
# identification errs now and then on short or list-like English texts (one of the 5,044
# PAN13 texts, an English news story, came out Italian); stemming English with Italian rules
# would hide its reuse from English texts.
CHECK_WORDS = 300
_WORD = re.compile(r"\w+")
_APOSTROPHE = re.compile(r"['\u2019]")

# ISO 639-1 code -> Snowball algorithm, for the languages that have both a Snowball stemmer
# and a stop-word list.  English is not here on purpose (see the module docstring).
SNOWBALL = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "es": "spanish",
    "et": "estonian",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sv": "swedish",
    "tr": "turkish",
}

# Other codes of a language above: Norwegian Bokmål and Nynorsk (py3langid labels some
# Norwegian texts "nn"; "nb-NO" is the usual label of a Norwegian web page) take the
# Norwegian stemmer and stop words.
ALIASES = {"nb": "no", "nn": "no"}


def supported(language: str | None) -> str | None:
    """The code of ``language`` (an ISO 639-1 code, any case, region tags such as ``de-AT``
    allowed) when it has its own stemmer here, else ``None`` (English rules apply)."""
    if not language:
        return None
    code = language.strip().lower().replace("_", "-").split("-", 1)[0]
    code = ALIASES.get(code, code)
    return code if code in SNOWBALL else None


def stemming_language(text: str, language: str | None) -> str | None:
    """The :func:`supported` language ``text`` is to be stemmed in, or ``None`` for the English
    rules: also ``None`` when the text reads more like English (see :data:`CHECK_WORDS`)."""
    lang = supported(language)
    if lang is None:
        return None
    words = _WORD.findall(text[: CHECK_WORDS * 20].lower())[:CHECK_WORDS]
    own = stop_words(lang)
    foreign = sum(w in own for w in words)
    english = sum(w in ENGLISH_STOP_WORDS for w in words)
    return lang if foreign > english else None


@cache
def stemmer(language: str) -> Callable[[str], str]:
    """The stemmer of a :func:`supported` language: lowercases, then Snowball."""
    algorithm = snowballstemmer.stemmer(SNOWBALL[language])

    def stem(word: str) -> str:
        return str(algorithm.stemWord(word.lower()))

    return stem


@cache
def stop_words(language: str) -> frozenset[str]:
    """Lowercased stop words of a :func:`supported` language (stopwords-iso), figures left
    out (the Spanish list holds the digits 0-9: a figure is a content word in every language,
    as in English).  A listed word written with an apostrophe gives its parts ("d'un" gives
    "d" and "un"; "l'hi", "aujourd'hui"), as text is split into words there: whole, it
    matched no word, and the Catalan elided articles and pronouns "l'", "d'", "s'", "n'",
    "m'", "t'", listed only in such forms, counted as content words of every Catalan text."""
    words = (part for w in stopwordsiso.stopwords(language) for part in _APOSTROPHE.split(w))
    return frozenset(w.lower() for w in words if w.isalnum() and not w.isdigit())


def rules_key() -> str:
    """Versions of the stemmer and stop-word packages, for keys of data stemmed with them."""
    return f"snowballstemmer {version('snowballstemmer')}; stopwordsiso {version('stopwordsiso')}"
