"""sorted_unique agrees with np.unique."""

from __future__ import annotations

import numpy as np
import pytest

from newstrace.text.arrays import sorted_unique


@pytest.mark.parametrize("dtype", [np.int64, np.uint64, np.uint32, np.int32])
def test_sorted_unique_equals_numpy(dtype: type) -> None:
    rng = np.random.default_rng(1)
    for size in (0, 1, 2, 50, 5000):
        a = rng.integers(0, 40 if size < 100 else 2**30, size=size).astype(dtype)
        got = sorted_unique(a)
        assert got.dtype == a.dtype
        assert np.array_equal(got, np.unique(a))


def test_sorted_unique_flattens() -> None:
    a = np.array([[3, 1], [1, 2]])
    assert sorted_unique(a).tolist() == [1, 2, 3]
