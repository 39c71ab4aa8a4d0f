"""Shared fixtures: where the third-party seeds and evaluation data live.

They sit in ``../shared`` beside the project (or where ``NEWSTRACE_SHARED`` points); tests
that need them skip with a clear reason when they are absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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
