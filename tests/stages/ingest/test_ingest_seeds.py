"""Ingest on the five seed articles (read from ../shared at run time)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newstrace.config.ingest import IngestSettings
from newstrace.records import Article
from newstrace.stages.ingest import discover, read


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> dict[str, Article]:
    out: dict[str, Article] = {}
    for item in discover([seeds_dir]):
        (rec,) = list(read(item, IngestSettings()))
        assert isinstance(rec, Article), rec
        out[Path(item.path).name[:3]] = rec
    assert len(out) == 5
    return out


def test_every_seed_maps_clean_spans_to_identical_characters(seeds: dict[str, Article]) -> None:
    for a in seeds.values():
        assert a.language == "en"
        assert a.title is None  # every seed starts with a sentence, not a headline
        for m in re.finditer(r"\S+", a.text):
            start, end = a.to_original(m.start(), m.end())
            assert a.original[start:end] == m.group(), (a.input, m.group())
        for par in a.text.split("\n\n"):
            assert par and par == par.strip() and "\n" not in par


def test_seed_003_unwrapped_with_paragraphs_kept(seeds: dict[str, Article]) -> None:
    a = seeds["003"]
    pars = a.text.split("\n\n")
    assert "Prime Minister said:" in pars
    assert "Home Secretary said:" in pars
    # no line break inside a sentence: every paragraph ends a sentence or introduces a quote
    for par in pars:
        assert re.search(r"[.:!?][\u201d\"]?$", par), par
    # quote paragraphs start with their opening quote
    assert sum(p.startswith("\u201c") for p in pars) >= 6
    # far fewer paragraphs than lines, and about one per wrapped block
    assert 15 <= len(pars) <= 30 < a.original.count("\n")


def test_seed_004_gazette_caption_block_gone(seeds: dict[str, Article]) -> None:
    a = seeds["004"]
    assert "Gazette:" in a.original and "(Image: PA)" in a.original
    assert "Gazette:" not in a.text and "(Image: PA)" not in a.text
    assert "\u00a0" not in a.text
    assert "What has Rishi Sunak said about illegal migration?" in a.text.split("\n\n")


def test_seed_000_pa_caption_gone(seeds: dict[str, Article]) -> None:
    a = seeds["000"]
    assert "(PA)" in a.original
    assert "(PA)" not in a.text
    assert len(a.text.split("\n\n")) == len([p for p in a.original.split("\n\n") if p.strip()]) - 1


def test_seeds_001_002_keep_every_paragraph(seeds: dict[str, Article]) -> None:
    for key in ("001", "002"):
        a = seeds[key]
        lines = [" ".join(line.split()) for line in a.original.splitlines() if line.strip()]
        assert a.text.split("\n\n") == lines
