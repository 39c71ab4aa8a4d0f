"""Dedup with the keys of earlier runs kept: only the articles without a kept row are hashed,
and the groups are those of hashing every article."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import newstrace
from benchmod import bench_module
from newstrace.config import Settings
from newstrace.records import Article
from newstrace.stages import dedup
from newstrace.stages.ingest.article import make_article
from newstrace.store import Store, sqlite
from newstrace.store.migrations import MIGRATIONS


@pytest.fixture(scope="module")
def corpus() -> list[Article]:
    rows, _ = bench_module("synth").generate(600, reuse=0.2, seed=5)
    arts = [make_article(r["text"], id=r["id"], published=r["published"]) for r in rows]
    return [*arts, make_article("", id="empty"), make_article("Too short.", id="short")]


def _hashed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    seen: list[int] = []
    real = dedup.signatures_and_keys

    def counting(texts: list[str], *args: object, **kwargs: object) -> object:
        seen.append(len(texts))
        return real(texts, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(dedup, "signatures_and_keys", counting)
    return seen


def test_kept_rows_give_the_groups_of_hashing_everything(
    corpus: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = Settings().reuse
    whole = dedup.find_duplicates(corpus, cfg)
    assert sum(g.kind == "near" for g in whole) >= 5 and any(g.kind == "exact" for g in whole)
    first = dedup.KeptKeys()
    assert dedup.find_duplicates(corpus[:450], cfg, kept=first) == dedup.find_duplicates(
        corpus[:450], cfg
    )
    assert len(first.added) == 450
    hashed = _hashed(monkeypatch)
    later = dedup.KeptKeys(rows=first.added)
    assert dedup.find_duplicates(corpus, cfg, kept=later) == whole
    assert hashed == [len(corpus) - 450] and set(later.added) == {a.id for a in corpus[450:]}


def test_a_row_of_the_wrong_size_is_made_again(
    corpus: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = Settings().reuse
    first = dedup.KeptKeys()
    whole = dedup.find_duplicates(corpus, cfg, kept=first)
    rows = dict(first.added)
    rows[corpus[3].id] = rows[corpus[3].id][:-8]
    hashed = _hashed(monkeypatch)
    again = dedup.KeptKeys(rows=rows)
    assert dedup.find_duplicates(corpus, cfg, kept=again) == whole
    assert hashed == [1] and list(again.added) == [corpus[3].id]


def test_the_format_names_the_settings_the_rows_depend_on() -> None:
    cfg = Settings().reuse
    assert dedup.kept_format(cfg) == dedup.kept_format(dataclasses.replace(cfg))
    for change in (
        {"minhash_permutations": 160},
        {"minhash_shingle_size": 4},
        {"minhash_seed": 7},
        {"dedup_bands": 10},
        {"dedup_rows": 5},
    ):
        assert dedup.kept_format(dataclasses.replace(cfg, **change)) != dedup.kept_format(cfg)
    assert dedup.kept_format(dataclasses.replace(cfg, dedup_threshold=0.5)) == dedup.kept_format(
        cfg
    )


ROOT = Path(__file__).resolve().parents[2]
CORPUS, MORE = ROOT / "examples" / "corpus", ROOT / "examples" / "more"


def test_analyze_keeps_the_keys_in_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fmt = dedup.kept_format(Settings().reuse)  # hashes its probe once: not counted below
    hashed = _hashed(monkeypatch)
    with newstrace.open(tmp_path / "c.db") as c:
        c.add(CORPUS)
        c.analyze()
        first = sum(hashed)
        assert set(c.store.dedup_data(fmt)) == {a.id for a in c.articles()} and first > 5
        added = c.add(MORE).added
        hashed.clear()
        c.analyze()
        assert hashed == [added] and added > 0  # only the new articles
        rows = c.store.dedup_data(fmt)
        assert set(rows) == {a.id for a in c.articles()}
        groups = c.store.record_set().duplicates
        assert groups  # the examples hold copies
        hashed.clear()
        c.analyze(force=True)  # a forced analysis hashes everything again
        assert hashed == [first + added] and c.store.dedup_data(fmt) == rows
        assert c.store.record_set().duplicates == groups
        assert c.store.dedup_data("another format") == {}


def test_a_schema_3_store_is_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as m:
        m.setattr(sqlite, "MIGRATIONS", MIGRATIONS[:3])  # the store as version 3 wrote it
        with Store(tmp_path / "old.db") as store:
            store.add_articles([make_article("A story of three words and more.")])
            assert store.schema_version == 3
    with Store(tmp_path / "old.db") as store:
        assert store.schema_version == len(MIGRATIONS) >= 4
        assert store.dedup_data("f1") == {}
        store.save_dedup_data("f1", {"x": b"1"})
        store.save_dedup_data("f1", {"y": b"2"})
        assert store.dedup_data("f1") == {"x": b"1", "y": b"2"}
        store.save_dedup_data("f2", {"z": b"3"})  # another format replaces all
        assert store.dedup_data("f2") == {"z": b"3"} and store.dedup_data("f1") == {}
        store.save_dedup_data("f2", {"w": b"4"}, reset=True)
        assert store.dedup_data("f2") == {"w": b"4"}


def test_rows_keep_every_bit_of_the_keys() -> None:
    """Exact keys of texts that differ only in the low bits stay apart (stacked with the
    counts as floats, they lost those bits and two different texts made an exact group)."""
    import numpy as np

    exact = np.array([2**64 - 1, 2031200402014901750, 2031200402014901676], dtype=np.uint64)
    counts = np.array([7, 0, 2**40 + 1], dtype=np.int64)
    valid = np.array([True, False, True])
    keys = np.arange(6, dtype=np.uint64).reshape(3, 2) + np.uint64(2**63 + 3)
    rows = dedup._pack(keys, exact, counts, valid)
    table = np.frombuffer(b"".join(rows), dtype="<u8").reshape(3, 5)
    assert table[:, 0].tolist() == exact.tolist()
    assert table[:, 1].tolist() == counts.tolist() and table[:, 2].tolist() == [1, 0, 1]
    assert table[:, 3:].tolist() == keys.tolist()
