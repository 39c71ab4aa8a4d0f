"""newstrace: trace news to its sources.

``newstrace.open(path)`` opens a corpus database; see :class:`newstrace.api.Corpus`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from newstrace.api import Corpus


def open(path: Any = "newstrace.db", settings: Any = None) -> Corpus:  # noqa: A001
    """Open (or create) the newstrace database at ``path`` and return a Corpus."""
    from newstrace.api import Corpus

    return Corpus(path, settings)


__all__ = ["open", "__version__"]
