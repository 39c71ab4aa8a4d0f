"""Refinement of the stories a batch touched: splits of merged sibling events, lone articles
moved to their story, and a consistent state afterwards."""

from __future__ import annotations

import dataclasses
import random
from collections import Counter

from newstrace.config.stories import StorySettings
from newstrace.stages.cluster import ClusterState
from newstrace.stages.cluster.features import ArticleFeatures, article_features
from newstrace.stages.cluster.online import Clusterer
from newstrace.stages.ingest.article import make_article

# two events of one topic: same player and club, different deal partner, agent and year
SHARED = ["Rafe Calloway", "Harbour City Gulls"]
TOPIC = ["signs", "contract", "pitcher", "season", "deal", "club", "million", "fans", "roster"]
SIBLINGS = {
    "first": (["Teodor Vance", "Ostmark Rovers"], "2008", ["trade", "waiver", "injury", "medical"]),
    "second": (["Imelda Sorn", "Quayside Lions"], "2013", ["extension", "bonus", "option", "rise"]),
}  # fmt: skip
FILLER = [
    "the", "officials", "reported", "that", "on", "this", "day", "and", "later", "it", "was",
    "noted", "by", "observers",
]  # fmt: skip


def _text(event: str, rng: random.Random) -> str:
    own, year, words = SIBLINGS[event]
    sentences = []
    for _ in range(6):
        parts = rng.sample(TOPIC, 3) + rng.sample(words, 2) + rng.sample(FILLER, 4)
        rng.shuffle(parts)
        names = (rng.choice(SHARED), rng.choice(own))
        sentences.append(f"{names[0]} {' '.join(parts)} in {year} {names[1]}.")
    return " ".join(sentences)


def _siblings(per_event: int = 6, seed: int = 1) -> tuple[list[ArticleFeatures], dict[str, str]]:
    rng = random.Random(seed)
    feats, gold = [], {}
    for event in SIBLINGS:
        for i in range(per_event):
            a = make_article(_text(event, rng), id=f"{event}-{i}")
            feats.append(article_features(a))
            gold[a.id] = event
    rng.shuffle(feats)
    return feats, gold


def _events(state: ClusterState, gold: dict[str, str]) -> list[Counter[str]]:
    return [Counter(gold[a] for a in s.articles) for s in state.stories.values()]


def _check_consistent(state: ClusterState) -> None:
    for aid, sid in state.assignment.items():
        assert aid in state.stories[sid].articles
    assert sum(len(s.articles) for s in state.stories.values()) == len(state.assignment)
    for s in state.stories.values():
        assert s.articles and s.storyline in state.storylines
        assert s.id in state.storylines[s.storyline].stories
        for vec in (s.body, s.lead, s.entities, s.numbers):
            assert all(v > 0 for v in vec.values())
    for line in state.storylines.values():
        assert line.stories and all(sid in state.stories for sid in line.stories)


def _merged_run(cfg: StorySettings, feats: list[ArticleFeatures]) -> tuple[ClusterState, Clusterer]:
    # a join threshold low enough that both events end up in one story
    state = ClusterState()
    clusterer = Clusterer(state, dataclasses.replace(cfg, story_threshold=0.05))
    for f in feats:
        clusterer.add(f)
    return state, clusterer


def test_merged_sibling_events_are_split_and_logged() -> None:
    feats, gold = _siblings()
    state, clusterer = _merged_run(StorySettings(), feats)
    assert len(state.stories) == 1  # merged before refinement
    clusterer.refine()
    assert sorted(len(c) for c in _events(state, gold)) == [1, 1]  # each story one event
    splits = [m for m in state.merges if m.kind == "split"]
    assert len(splits) == 1 and splits[0].similarity < StorySettings().split_threshold
    assert {splits[0].kept, splits[0].absorbed} == set(state.stories)
    (line,) = state.storylines.values()  # siblings stay in one storyline
    assert sorted(line.stories) == sorted(state.stories)
    _check_consistent(state)


def test_one_event_is_not_split() -> None:
    feats, gold = _siblings()
    one = [f for f in feats if gold[f.article_id] == "first"]
    state, clusterer = _merged_run(StorySettings(), one)
    clusterer.refine()
    assert len(state.stories) == 1
    assert not [m for m in state.merges if m.kind == "split"]


def test_no_refinement_when_switched_off() -> None:
    feats, _ = _siblings()
    state, clusterer = _merged_run(dataclasses.replace(StorySettings(), refine=False), feats)
    clusterer.refine()
    assert len(state.stories) == 1


def _lone_run(cfg: StorySettings) -> tuple[ClusterState, dict[str, str]]:
    # every article starts a story of its own (join and merge thresholds unreachable); the
    # refinement then moves lone articles to their best story
    feats, gold = _siblings(per_event=5, seed=4)
    state = ClusterState()
    clusterer = Clusterer(
        state, dataclasses.replace(cfg, story_threshold=1.01, merge_threshold=1.01)
    )
    for f in feats:
        clusterer.add(f)
    assert len(state.stories) == len(feats)
    clusterer.refine()
    return state, gold


def test_lone_articles_move_to_their_event() -> None:
    # the join threshold of _lone_run is 1.01: a slack of 0.71 lets lone articles move at 0.3
    cfg = dataclasses.replace(StorySettings(), single_age=0, single_slack=0.71)
    state, gold = _lone_run(cfg)
    assert len(state.stories) < len(gold)
    for counts in _events(state, gold):
        assert len(counts) == 1  # never into the sibling event
    _check_consistent(state)


def test_the_newest_lone_articles_wait() -> None:
    cfg = dataclasses.replace(StorySettings(), single_age=1000, single_slack=0.71)
    state, gold = _lone_run(cfg)
    assert len(state.stories) == len(gold)


def test_a_long_batch_is_refined_every_refine_every_articles() -> None:
    feats, gold = _siblings()
    cfg = dataclasses.replace(StorySettings(), refine_every=len(feats))
    state, _ = _merged_run(cfg, feats)  # no refine() call: the last add triggers it
    assert sorted(len(c) for c in _events(state, gold)) == [1, 1]
    _check_consistent(state)
