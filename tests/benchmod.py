"""Load a script of ``bench/`` as a module (imported by the tests of the benchmarks)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def bench_module(name: str) -> ModuleType:
    """``bench/<name>.py`` as a module (the test is skipped when the script is absent)."""
    path = BENCH / f"{name}.py"
    if not path.exists():
        pytest.skip(f"bench/{name}.py not found")
    spec = importlib.util.spec_from_file_location(f"newstrace_bench_{name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module
