"""Shared fixtures: where the third-party seeds and evaluation data live, and the invented
gold corpora analysed once a session.

The third-party data sit in ``../shared`` beside the project (or where ``NEWSTRACE_SHARED``
points); tests that need them skip with a clear reason when they are absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from goldkit import Analysed, Corpora

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSTRACE_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples" / "corpus"


def _need(path: Path, what: str) -> Path:
    if not path.exists():
        pytest.skip(f"{what} not found at {path} (set NEWSTRACE_SHARED to the shared/ folder)")
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return _need(SHARED, "shared data folder")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return _need(SHARED / "seeds", "seed articles")


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    return _need(SHARED / "eval", "evaluation data")


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> Corpora:
    """The invented gold corpora of ``tests/data``, each analysed once a session."""
    return Corpora(tmp_path_factory)


@pytest.fixture
def an(request: pytest.FixtureRequest, corpora: Corpora) -> Analysed:
    """The analysed corpus named by the test module's ``CORPUS``."""
    return corpora[request.module.CORPUS]
