"""scikit-learn's English stop words (the Glasgow IR group's list), without importing sklearn.

``sklearn.feature_extraction.text`` takes about half a second to import (it pulls in most of
scikit-learn) and the stages need only this one list from it.  The list is read from
scikit-learn's own source file, ``sklearn/feature_extraction/_stop_words.py`` (a literal
``frozenset([...])``), so it stays scikit-learn's; if that file is missing or has another
form, the module is imported as before.  Pure: reads an installed package file once.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path


def _from_source() -> frozenset[str] | None:
    """The list parsed from scikit-learn's source file, or None."""
    spec = importlib.util.find_spec("sklearn")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "feature_extraction" / "_stop_words.py"
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return None
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and [getattr(t, "id", None) for t in node.targets] == ["ENGLISH_STOP_WORDS"]
            and isinstance(node.value, ast.Call)
            and len(node.value.args) == 1
        ):
            try:
                words = ast.literal_eval(node.value.args[0])
            except ValueError:
                return None
            if isinstance(words, list | tuple | set) and all(isinstance(w, str) for w in words):
                return frozenset(words)
    return None


def _load() -> frozenset[str]:
    words = _from_source()
    if words is None:  # another layout: import it (slow, same list)
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as imported

        words = frozenset(imported)
    return words


ENGLISH_STOP_WORDS: frozenset[str] = _load()
