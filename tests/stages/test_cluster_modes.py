"""Story clustering: entity sources, embed mode (with stand-in embeddings) and compaction of
closed stories."""

from __future__ import annotations

import dataclasses
import random
import subprocess
import sys

import numpy as np
import pytest

from newstrace.config.stories import StorySettings
from newstrace.records import Article, Mention, Span
from newstrace.stages.cluster import (
    ClusterState,
    cluster_incremental,
    stories_from_state,
)
from newstrace.stages.cluster.features import ArticleFeatures, article_features, entity_names
from newstrace.stages.cluster.online import Clusterer
from newstrace.stages.ingest.article import make_article


def _mention(text: str, surface: str, name: str, kind: str) -> Mention:
    start = text.index(surface)
    return Mention("a", Span("a", start, start + len(surface)), kind, name)


def test_mentions_come_first_and_uncovered_capitalised_runs_are_added() -> None:
    text = "Tara Reid checked into Promises Treatment Center. Reid was seen in Staunton."
    a = make_article(text, id="a")
    mentions = [
        _mention(text, "Tara Reid", "Tara Reid", "person"),
        _mention(text, "Reid was", "Tara Reid", "person"),  # resolved to the full name
        _mention(text, "Staunton", "Staunton", "date"),  # not an entity kind: ignored
    ]
    names = entity_names(a, mentions)
    assert names.count("Tara Reid") == 2
    assert "Reid" not in names  # covered by a mention
    assert "Staunton" in names and "Promises Treatment Center" in names
    # without mentions the capitalised runs alone are used
    assert entity_names(a) == ["Tara Reid", "Promises Treatment Center", "Reid", "Staunton"]


def _dense_features(aid: str, text: str, vec: list[float] | None) -> ArticleFeatures:
    dense = None if vec is None else np.asarray(vec, dtype=np.float32) / np.linalg.norm(vec)
    return article_features(make_article(text, id=aid), dense=dense)


def test_embedding_similarity_can_join_lexically_distant_articles() -> None:
    texts = [
        "Storm floods the harbour district overnight, boats sunk.",
        "Residents bail water from cellars after heavy rain hit the harbour quarter.",
    ]  # one shared word: a candidate for each other, far below the lexical threshold
    # story merges stay lexical; they are switched off to test the join decision alone
    cfg = dataclasses.replace(StorySettings(), w_embed=1.0, embed_floor=0.3, merge_threshold=1.1)
    lexical = ClusterState()
    clusterer = Clusterer(lexical, cfg)
    for i, t in enumerate(texts):
        clusterer.add(_dense_features(f"a{i}", t, None))
    assert len(lexical.stories) == 2
    state = ClusterState()
    clusterer = Clusterer(state, cfg)
    for i, t in enumerate(texts):
        clusterer.add(_dense_features(f"a{i}", t, [1.0, 0.1 * i, 0.0]))
    assert len(state.stories) == 1
    (story,) = state.stories.values()
    assert len(story.dense) == 3  # the summed embeddings are kept, as plain floats
    assert ClusterState.from_bytes(state.to_bytes()).to_dict() == state.to_dict()
    # orthogonal embeddings pull the score down below the embed-mode threshold
    apart = ClusterState()
    clusterer = Clusterer(apart, cfg)
    clusterer.add(_dense_features("b0", texts[0], [1.0, 0.0, 0.0]))
    clusterer.add(_dense_features("b1", texts[0], [0.0, 1.0, 0.0]))
    same_text = ClusterState()
    clusterer = Clusterer(same_text, cfg)
    clusterer.add(_dense_features("c0", texts[0], [1.0, 0.0, 0.0]))
    clusterer.add(_dense_features("c1", texts[0], [1.0, 0.0, 0.0]))
    assert len(same_text.stories) == 1
    assert len(apart.stories) == 2


def test_unknown_mode_is_refused() -> None:
    cfg = dataclasses.replace(StorySettings(), mode="vectors")
    with pytest.raises(ValueError, match="stories.mode"):
        cluster_incremental(ClusterState(), [make_article("Some text here.", id="x")], cfg)


def test_lexical_clustering_does_not_import_torch() -> None:
    code = (
        "import sys\n"
        "from newstrace.stages.cluster import ClusterState, cluster_incremental\n"
        "from newstrace.stages.ingest.article import make_article\n"
        "cluster_incremental(ClusterState(), [make_article('Flood hits Karvona.', id='a')])\n"
        "print('torch' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


WORDS = [
    "flood", "barrier", "council", "river", "levels", "pumps", "evacuation", "sandbags",
    "rainfall", "warning", "bridge", "closure", "engineers", "inspection", "budget", "repair",
    "contractor", "delay", "report",
]  # fmt: skip


def _dated(prefix: str, day: str, rng: random.Random, n: int) -> list[Article]:
    out = []
    for i in range(n):
        words = " ".join(rng.sample(WORDS, 12))
        text = f"Mayor Ada Brennan of Karvona spoke. {words}. Ref {prefix}{i} {rng.random()}."
        out.append(make_article(text, id=f"{prefix}{i}", title=f"{prefix} title",
                                published=f"2024-{day}"))  # fmt: skip
    return out


def test_closed_stories_are_compacted_without_changing_the_clustering() -> None:
    rng = random.Random(5)
    early = _dated("e", "03-01", rng, 4)
    late = _dated("l", "06-01", rng, 4)
    other = [dataclasses.replace(x, text="Tennis final in Osterby: Lena Roy wins the cup.")
             for x in _dated("t", "03-02", rng, 2)]  # fmt: skip
    whole = dataclasses.replace(StorySettings(), compact_every=10**9)
    compact = dataclasses.replace(StorySettings(), compact_every=1, compact_terms=5)
    a = cluster_incremental(ClusterState(), early + other + late, whole)
    b = cluster_incremental(ClusterState(), early + other + late, compact)
    assert a.assignment == b.assignment
    assert stories_from_state(a) == stories_from_state(b)
    old = b.stories[b.assignment["e0"]]
    new = b.stories[b.assignment["l0"]]
    assert old.compact and not new.compact  # only the story out of the time window
    assert len(old.body) <= 5 and len(old.entities) <= 5 and len(old.lead) <= 5
    assert len(a.stories[a.assignment["e0"]].body) > 5
    assert set(old.names) <= set(old.entities)
    tennis = b.stories[b.assignment["t0"]]
    assert tennis.storyline != old.storyline and b.storylines[tennis.storyline or ""].compact
    for line in b.storylines.values():  # a storyline is compacted once all its stories are
        assert line.compact == all(b.stories[sid].compact for sid in line.stories)
    assert ClusterState.from_bytes(b.to_bytes()).to_dict() == b.to_dict()


def test_a_backdated_article_reopens_a_compacted_story() -> None:
    rng = random.Random(5)
    early, late = _dated("e", "03-01", rng, 4), _dated("l", "06-01", rng, 4)
    cfg = dataclasses.replace(StorySettings(), compact_every=1, compact_terms=5)
    state = cluster_incremental(ClusterState(), early + late, cfg)
    old = state.stories[state.assignment["e0"]]
    assert old.compact
    archive = _dated("x", "03-01", random.Random(7), 1)  # a later run adds an old article
    state = cluster_incremental(state, archive, cfg)
    story = state.stories[state.assignment["x0"]]
    assert story.id == old.id and not story.compact  # grown again: not marked compact


def test_undated_stories_are_never_compacted() -> None:
    rng = random.Random(6)
    arts = [dataclasses.replace(x, published=None) for x in _dated("u", "01-01", rng, 3)]
    cfg = dataclasses.replace(StorySettings(), compact_every=1, compact_terms=2)
    state = cluster_incremental(ClusterState(), arts, cfg)
    assert not any(s.compact for s in state.stories.values())


def test_story_merges_ignore_the_embeddings() -> None:
    # two stories with the same words but orthogonal embeddings: the article does not join
    # (embedding pulls its score under the threshold) but the lexical merge rebuilds the story
    text = "Storm floods the harbour district overnight, boats sunk."
    cfg = dataclasses.replace(StorySettings(), w_embed=1.0, embed_floor=0.3)
    state = ClusterState()
    clusterer = Clusterer(state, cfg)
    clusterer.add(_dense_features("m0", text, [1.0, 0.0, 0.0]))
    clusterer.add(_dense_features("m1", text, [0.0, 1.0, 0.0]))
    assert len(state.stories) == 1
    assert [m.kind for m in state.merges] == ["story"]
