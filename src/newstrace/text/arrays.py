"""Small numpy array helpers shared by the stages, and per-thread work arrays.  No I/O."""

from __future__ import annotations

import threading

import numpy as np

# Bytes of work arrays a thread keeps between calls (:class:`Workspace`): a tokenising chunk
# (``newstrace.text.shingles._CHUNK_CHARS`` characters) of English text keeps 17 MB, of
# Chinese text (3 bytes a character) 33 MB (measured on made-up texts), plus the 4 MB MinHash
# block; one huge text (a chunk of its own) would otherwise keep about 30 bytes per character
# for the life of the thread (the process).
_KEEP_BYTES = 64 << 20


def sorted_unique(a: np.ndarray) -> np.ndarray:
    """``np.unique(a)`` (flattened, sorted, distinct) by one sort.

    numpy 2.4's ``np.unique`` without ``return_*`` arguments hashes first and is several times
    slower on integer arrays (280k ``int64`` keys: 110-225 ms against 13 ms for a sort; 400
    keys: 22 us against 2 us).  With ``return_counts`` or ``return_inverse`` it sorts and is
    not affected.  Meant for integers: unlike ``np.unique``, it keeps every NaN of a float
    array (NaN is unequal to itself).
    """
    out = np.sort(a, axis=None)
    return out[np.concatenate(([True], out[1:] != out[:-1]))] if len(out) else out


class Workspace:
    """Scratch arrays of one thread, kept and reused from chunk to chunk (the tokeniser's,
    :mod:`newstrace.text.shingles`, and the MinHash block, :mod:`newstrace.text.minhash`).

    A chunk's working arrays are a few hundred kB each, above the size from which glibc maps
    fresh pages for an allocation instead of reusing freed memory: allocating them anew for
    every chunk made ~1,500 page faults per chunk, a quarter of the time of a run in a fresh
    process (docs/performance.md).
    """

    def __init__(self) -> None:
        self._arrays: dict[str, np.ndarray] = {}

    def get(self, name: str, size: int, dtype: type | np.dtype) -> np.ndarray:
        """A (1-D, uninitialised) array of ``size`` items; valid until ``name`` is asked again."""
        arr = self._arrays.get(name)
        if arr is None or arr.size < size or arr.dtype != dtype:
            arr = np.empty(size + size // 4 + 64, dtype=dtype)  # grow with headroom
            self._keep(name, arr)
        return arr[:size]

    def _keep(self, name: str, arr: np.ndarray) -> None:
        """Keep ``arr`` as ``name`` if the thread's kept arrays stay within
        :data:`_KEEP_BYTES`; a larger one (a huge text) is the caller's alone and freed
        after use, and the smaller one kept before stays."""
        others = sum(a.nbytes for key, a in self._arrays.items() if key != name)
        if others + arr.nbytes <= _KEEP_BYTES:
            self._arrays[name] = arr


_local = threading.local()


def workspace() -> Workspace:
    """This thread's :class:`Workspace`."""
    work: Workspace | None = getattr(_local, "work", None)
    if work is None:
        work = _local.work = Workspace()
    return work
