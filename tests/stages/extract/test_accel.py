"""The optional spaCy accelerator: hints from a pipeline decide what the rules only guess."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstrace.config import ExtractSettings
from newstrace.errors import ConfigError
from newstrace.stages.extract import accel, extract_article
from newstrace.stages.ingest.article import make_article

spacy = pytest.importorskip("spacy", reason="spaCy is not installed (it comes with the dev extra)")

TEXT = "Speaking in Harrowgate, Tarrow Ventures chief Ngozi Okonjo said Kestrel Bay would benefit."


@pytest.fixture(scope="module")
def pipeline_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real spaCy pipeline without trained weights: an entity ruler with fixed patterns."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "ORG", "pattern": "Tarrow Ventures"},
        {"label": "PERSON", "pattern": "Ngozi Okonjo"},
        {"label": "GPE", "pattern": "Kestrel Bay"},
        {"label": "ORG", "pattern": "Harrowgate"},  # a firm here: only the hint can say so
        {"label": "NORP", "pattern": "Speaking"},
    ])  # fmt: skip
    path = tmp_path_factory.mktemp("spacy") / "ruler"
    nlp.to_disk(path)
    return path


def _kinds(article_text: str, settings: ExtractSettings) -> dict[str, str]:
    _, _, mentions = extract_article(make_article(article_text), settings)
    return {m.name: m.kind for m in mentions if m.kind in {"person", "org", "place"}}


def test_hints_decide_kinds(pipeline_dir: Path) -> None:
    kinds = _kinds(TEXT, ExtractSettings(spacy_model=str(pipeline_dir)))
    assert kinds == {
        "Harrowgate": "org",
        "Tarrow Ventures": "org",
        "Ngozi Okonjo": "person",
        "Kestrel Bay": "place",
    }


def test_hints_carry_offsets(pipeline_dir: Path) -> None:
    tag = accel.tagger(str(pipeline_dir))
    assert tag is not None
    hints = tag(TEXT)
    assert [TEXT[h.start : h.end] for h in hints] == [
        "Harrowgate", "Tarrow Ventures", "Ngozi Okonjo", "Kestrel Bay",
    ]  # fmt: skip
    assert "Speaking" not in {TEXT[h.start : h.end] for h in hints}  # NORP is not mapped


def test_missing_model_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="never downloads"):
        accel.tagger("no_such_pipeline_xyz")


def test_auto_without_installed_models_runs_rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accel, "AUTO_MODELS", ("no_such_pipeline_xyz",))
    accel.tagger.cache_clear()
    assert accel.tagger("auto") is None
    assert accel.tagger(None) is None


def test_spacy_missing_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(__import__("sys").modules, "spacy", None)  # import now fails
    accel.tagger.cache_clear()
    with pytest.raises(ConfigError, match="spaCy is not installed"):
        accel.tagger("some_model_without_spacy")
