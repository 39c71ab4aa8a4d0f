"""Optional spaCy accelerator for entity recognition.

newstrace needs no trained model: :mod:`newstrace.stages.extract.entities` is rule-based.  When
a user has a spaCy pipeline installed (a package such as ``en_core_web_sm`` or a pipeline
directory), ``extract.spacy_model`` names it and its named entities become *hints*: a
capitalised sequence that the pipeline labels PERSON, ORG or GPE/LOC/FAC is classified by
that label before the rules fall back to guessing.  Nothing is downloaded; a missing spaCy or
model is a :class:`~newstrace.errors.ConfigError` that says how to install one.

``"auto"`` picks the first installed of :data:`AUTO_MODELS`, or runs without hints when none
is installed.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newstrace.errors import ConfigError

# Packaged English pipelines tried by "auto", most accurate first.
AUTO_MODELS = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")

# spaCy labels mapped onto newstrace mention kinds; other labels (NORP, DATE, ...) are ignored.
LABELS = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}


@dataclass(frozen=True, slots=True)
class Hint:
    """An entity the accelerator found: character offsets into the article text and a kind."""

    start: int
    end: int
    kind: str  # person | org | place


Tagger = Callable[[str], tuple[Hint, ...]]


@lru_cache(maxsize=8)
def tagger(model: str | None) -> Tagger | None:
    """The hint function for ``model`` (a package name, a pipeline directory or "auto"), or
    None when no accelerator is wanted or "auto" finds none."""
    if not model:
        return None
    if model == "auto":
        model = next((m for m in AUTO_MODELS if importlib.util.find_spec(m)), "")
        if not model or importlib.util.find_spec("spacy") is None:
            return None
    return _load(model)


@lru_cache(maxsize=4)
def _load(model: str) -> Tagger:
    try:
        import spacy
    except ImportError as exc:
        raise ConfigError(
            f"extract.spacy_model is {model!r} but spaCy is not installed; "
            "install it (pip install spacy) with a model, or unset the setting"
        ) from exc
    try:
        nlp = spacy.load(model, exclude=["lemmatizer", "textcat"])
    except OSError as exc:
        raise ConfigError(
            f"spaCy cannot load the model {model!r}: install it as a package or give the path "
            "of a pipeline directory (newstrace never downloads models)"
        ) from exc
    if "ner" not in nlp.pipe_names and "entity_ruler" not in nlp.pipe_names:
        raise ConfigError(f"the spaCy pipeline {model!r} has no entity recognizer")
    return lambda text: _hints(nlp(text))


def _hints(doc: Any) -> tuple[Hint, ...]:
    return tuple(
        Hint(ent.start_char, ent.end_char, LABELS[ent.label_])
        for ent in doc.ents
        if ent.label_ in LABELS
    )
