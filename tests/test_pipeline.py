"""Incremental analysis: adding articles later updates the analysis in place."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import newstrace
from newstrace.api import Corpus

ROOT = Path(__file__).resolve().parents[1]
GOLD = json.loads((ROOT / "examples" / "gold.json").read_text(encoding="utf-8"))
INC = GOLD["incremental"]


def key_of(corpus: Corpus) -> dict[str, str]:
    """article id -> gold key (file name, or file.jsonl#record-id)."""
    out = {}
    for a in corpus.articles():
        name = Path((a.input or "").split(":")[0]).name
        rid = a.metadata.get("id")
        out[a.id] = f"{name}#{rid}" if rid and name.endswith(".jsonl") else name
    return out


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Corpus, dict, dict]]:
    db = tmp_path_factory.mktemp("inc") / "inc.db"
    with newstrace.open(db) as c:
        c.add(ROOT / "examples" / "corpus")
        first = c.analyze()
        before = {s.id: set(s.articles) for s in c.stories()}
        added = c.add(ROOT / INC["folder"])
        second = c.analyze()
        again = c.analyze()
        info = {"first": first, "second": second, "again": again, "added": added}
        yield c, before, info


def test_second_analysis_only_takes_the_new_articles(grown: tuple) -> None:
    corpus, _, info = grown
    assert info["added"].added == len(INC["articles"])
    assert info["second"].analyzed == len(INC["articles"])
    assert info["again"].analyzed == 0 and not info["again"].stages


def test_existing_stories_keep_their_ids_and_members(grown: tuple) -> None:
    corpus, before, _ = grown
    after = {s.id: set(s.articles) for s in corpus.stories()}
    for sid, members in before.items():
        assert sid in after and members <= after[sid]


# The July follow-up shares people, figures and the scheme's name with the June follow-up and
# joins its story (similarity 0.284 against the ECB+-tuned threshold 0.28); nothing in the
# undated article separates the two events.  Known limitation, kept visible here.
JULY = "caldermoor_courier_warm_homes_july.txt"
STORY_CASES = [
    pytest.param(
        item,
        id=item["id"],
        marks=pytest.mark.xfail(strict=True, reason="undated follow-up merges with the previous")
        if JULY in item.get("articles", ())
        else (),
    )
    for item in INC["stories"]
]


@pytest.mark.parametrize("item", STORY_CASES)
def test_new_articles_join_the_planted_stories(grown: tuple, item: dict) -> None:
    corpus, _, _ = grown
    keys = key_of(corpus)
    stories = [{keys[a] for a in s.articles} for s in corpus.stories()]
    gold = {s["id"]: s for s in GOLD["stories"]}
    if "adds" in item:
        want = set(gold[item["id"]]["articles"]) | set(item["adds"])
        assert want in stories, f"{item['adds']} did not join {item['id']}"
    else:
        assert set(item["articles"]) in stories


def test_new_reuse_relations_are_found_with_direction(grown: tuple) -> None:
    corpus, _, _ = grown
    keys = key_of(corpus)
    prov = {keys[p.article_id]: {keys[s] for s in p.sources} for p in corpus.provenance()}
    for rel in INC["reuse"]:
        assert rel["source"] in prov[rel["target"]], rel
        assert rel["target"] not in prov[rel["source"]], rel


def test_unseen_source_resolved_when_the_source_arrives(grown: tuple) -> None:
    corpus, _, _ = grown
    keys = key_of(corpus)
    # resolved: neither a shared unseen source nor "related" (no direction) any more
    unseen = {keys[p.article_id]: {keys[o] for o in (*p.unseen_source_with, *p.related_with)}
              for p in corpus.provenance()}  # fmt: skip
    for a, b in INC["unseen_source_resolved"]:
        assert b not in unseen[a] and a not in unseen[b]


def test_unseen_source_marks_survive_an_unrelated_addition(tmp_path: Path) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "weather.txt").write_text(
        "Heavy rain is expected across the county on Friday, forecasters said, with up to "
        "40mm falling on high ground and a risk of flooding on minor roads near rivers.",
        encoding="utf-8",
    )
    with newstrace.open(tmp_path / "u.db") as c:
        c.add(ROOT / "examples" / "corpus")
        c.analyze()
        before = {p.article_id: (set(p.unseen_source_with), set(p.related_with))
                  for p in c.provenance()}  # fmt: skip
        c.add(extra)
        c.analyze()
        after = {p.article_id: (set(p.unseen_source_with), set(p.related_with))
                 for p in c.provenance()}  # fmt: skip
    assert any(unseen for unseen, _ in before.values())
    assert any(related for _, related in before.values())
    for aid, marks in before.items():
        assert after[aid] == marks


def test_resolved_unseen_pair_is_not_reuse_between_the_two(grown: tuple) -> None:
    corpus, _, _ = grown
    keys = key_of(corpus)
    prov = {keys[p.article_id]: {keys[s] for s in p.sources} for p in corpus.provenance()}
    for a, b in INC["unseen_source_resolved"]:
        assert b not in prov[a] and a not in prov[b]


@pytest.mark.parametrize("key", ["stories.mode", "reuse.align_mode"])
def test_unknown_mode_fails_before_any_stage(tmp_path: Path, key: str) -> None:
    from newstrace.config import Settings
    from newstrace.errors import ConfigError

    settings = Settings().with_overrides({key: "fancy"})
    with newstrace.open(tmp_path / "m.db", settings) as c:
        c.add(ROOT / "examples" / "more")
        with pytest.raises(ConfigError, match="fancy"):
            c.analyze()
        assert not c.stories() and not c.alignments()  # nothing ran, nothing was written
