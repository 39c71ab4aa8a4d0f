"""Fixtures of the ingest tests."""

from __future__ import annotations

import pytest

from newstrace.config.ingest import IngestSettings


@pytest.fixture()
def settings() -> IngestSettings:
    return IngestSettings()
