"""Story and storyline clustering: seeds, synthetic events, incremental use, state."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

from newstrace.config import Settings
from newstrace.config.stories import StorySettings
from newstrace.records import Alignment, Article, DuplicateGroup, RecordSet, ReusePair, Span
from newstrace.stages import cluster
from newstrace.stages.cluster import (
    ClusterState,
    cluster_incremental,
    publication_order,
    stories_from_state,
    storylines_from_state,
)
from newstrace.stages.cluster.features import capitalised_entities, tokens
from newstrace.stages.extract import extract_article
from newstrace.stages.ingest.article import make_article

# -- synthetic events --------------------------------------------------------------------------

EVENTS = {
    "quake": (
        ["Karvona", "Mount Teliar", "Osric Delmane"],
        "earthquake magnitude tremor rubble rescue aftershock collapsed villages epicentre",
    ),
    "merger": (
        ["Brightwell Foods", "Hallam Dairy", "Petra Voss"],
        "merger acquisition shareholders dairy takeover bid regulator deal shares",
    ),
    "election": (
        ["Lusovia", "Anton Brecht", "Unity Party"],
        "election ballots turnout parliament coalition votes campaign polling seats",
    ),
}
FILLER = [
    "the",
    "officials",
    "reported",
    "that",
    "on",
    "this",
    "day",
    "and",
    "later",
    "it",
    "was",
    "noted",
    "by",
    "many",
    "observers",
]


def _text(event: str, rng: random.Random, n_sentences: int = 6) -> str:
    names, terms = EVENTS[event]
    words = terms.split()
    sentences = []
    for _ in range(n_sentences):
        parts = rng.sample(words, 4) + rng.sample(FILLER, 5)
        rng.shuffle(parts)
        sentences.append(f"{rng.choice(names)} {' '.join(parts)} {rng.choice(names)}.")
    return " ".join(sentences)


def _corpus(per_event: int = 6, seed: int = 3) -> tuple[list[Article], dict[str, str]]:
    rng = random.Random(seed)
    articles, gold = [], {}
    for event in EVENTS:
        for i in range(per_event):
            a = make_article(_text(event, rng), id=f"{event}-{i}")
            articles.append(a)
            gold[a.id] = event
    rng.shuffle(articles)
    return articles, gold


def _partition(state: ClusterState) -> set[frozenset[str]]:
    return {frozenset(s.articles) for s in state.stories.values()}


def _gold_partition(gold: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for aid, ev in gold.items():
        groups.setdefault(ev, set()).add(aid)
    return {frozenset(g) for g in groups.values()}


def test_synthetic_events_are_recovered_in_any_order() -> None:
    articles, gold = _corpus()
    for seed in range(4):
        order = list(articles)
        random.Random(seed).shuffle(order)
        state = cluster_incremental(ClusterState(), order)
        assert _partition(state) == _gold_partition(gold)


def test_incremental_equals_batch_and_state_round_trips() -> None:
    articles, _ = _corpus()
    batch = cluster_incremental(ClusterState(), articles)
    first = cluster_incremental(ClusterState(), articles[:9])
    blob = first.to_bytes()
    restored = ClusterState.from_bytes(blob)
    assert restored.to_dict() == first.to_dict()
    both = cluster_incremental(restored, articles[9:])
    assert both.to_dict() == batch.to_dict()
    assert stories_from_state(both) == stories_from_state(batch)


def test_adding_known_articles_changes_nothing() -> None:
    articles, _ = _corpus()
    state = cluster_incremental(ClusterState(), articles)
    before = state.to_dict()
    cluster_incremental(state, articles[:5])
    assert state.to_dict() == before


def test_fragments_are_merged_and_logged() -> None:
    # every article first starts its own story (join threshold unreachable); merges of
    # similar stories must then rebuild the events, and each merge is logged
    articles, gold = _corpus()
    cfg = dataclasses.replace(StorySettings(), story_threshold=1.01, merge_threshold=0.3)
    state = cluster_incremental(ClusterState(), articles, cfg)
    assert _partition(state) == _gold_partition(gold)
    story_merges = [m for m in state.merges if m.kind == "story"]
    assert len(story_merges) == len(articles) - len(EVENTS)
    for m in story_merges:
        assert m.absorbed not in state.stories
        assert m.similarity >= 0.3
    assert set(state.assignment.values()) <= set(state.stories)


def test_no_merges_without_merge_threshold() -> None:
    articles, _ = _corpus()
    cfg = dataclasses.replace(StorySettings(), story_threshold=1.01, merge_threshold=1.01)
    state = cluster_incremental(ClusterState(), articles, cfg)
    assert len(state.stories) == len(articles)
    assert not [m for m in state.merges if m.kind == "story"]


def test_reuse_link_pulls_a_copy_into_its_source_story() -> None:
    rng = random.Random(1)
    source = make_article(_text("quake", rng), id="src")
    # a derived article that reads like the merger story but is linked to the quake source
    copy = make_article(_text("merger", rng), id="copy")
    others = [make_article(_text("merger", rng), id=f"m{i}") for i in range(3)]
    links = {"copy": {"src"}}
    state = cluster_incremental(ClusterState(), [source, *others, copy], links=links)
    assert state.story_of("copy") == state.story_of("src")
    group = DuplicateGroup("g", "near", "src", ("src", "copy"), 0.95)
    records = RecordSet(articles=(source, *others, copy), duplicates=(group,))
    out = cluster.run(records, Settings())
    story_of = {a: s.id for s in out.stories for a in s.articles}
    assert story_of["copy"] == story_of["src"]


def test_reuse_links_run_both_ways_and_skip_boilerplate() -> None:
    def al(src: str, dst: str, boilerplate: bool = False) -> Alignment:
        return Alignment(Span(src, 0, 10), Span(dst, 0, 10), "verbatim", 1.0, boilerplate)

    links = cluster.reuse_links((), [al("src", "copy"), al("a", "b", boilerplate=True)])
    assert links == {"copy": {"src"}, "src": {"copy"}}


def test_a_weak_pair_joins_no_stories() -> None:
    """A pair whose passages hold under LINK_MIN_SHARE of both articles (a stock sentence of
    two obituaries, a release's dateline) pulls neither into the other's story; a stronger
    pair does (a review of obituaries and companies' releases)."""
    rng = random.Random(5)
    quake = make_article(_text("quake", rng), id="quake", published="2024-03-04")
    merger = make_article(_text("merger", rng), id="merger", published="2024-03-05")
    align = Alignment(Span("quake", 0, 10), Span("merger", 0, 10), "edited", 0.8)

    def pair(share: float) -> ReusePair:
        return ReusePair("quake", "merger", "related", "none", share, share, 1, ("edited",))

    for share, joined in ((0.06, False), (0.3, True)):
        records = RecordSet(articles=(quake, merger), alignments=(align,), pairs=(pair(share),))
        story_of = {a: s.id for s in cluster.run(records, Settings()).stories for a in s.articles}
        assert (story_of["quake"] == story_of["merger"]) is joined, share


def test_word_for_word_boilerplate_is_left_out_of_the_features() -> None:
    """Three unrelated releases of one company, a fortnight's stories apart in content but
    each ending with the company's long standard paragraphs: with those flagged boilerplate
    they are three stories (a review: two fifths of each release made them one)."""
    rng = random.Random(6)
    box = (
        " About Veltrana Robotics: Veltrana Robotics Inc. designs and builds autonomous "
        "delivery robots for hospitals, warehouses and campuses across North America and "
        "Europe, and employs 1,400 people at its Brackford headquarters and plants. "
        "Forward-looking statements: this release contains forward-looking statements "
        "about Veltrana's plans, products, markets and results that involve risks, "
        "uncertainties and assumptions, which could cause actual results to differ. "
    ) * 3
    texts = {k: _text(k, rng, 3) + "\n\n" + box for k in EVENTS}
    arts = [
        make_article(t, id=k, published=f"2024-03-0{i + 2}")
        for i, (k, t) in enumerate(texts.items())
    ]
    starts = {a.id: a.text.index("About Veltrana") for a in arts}
    flags = tuple(
        Alignment(Span(a.id, starts[a.id], len(a.text)), Span(b.id, starts[b.id], len(b.text)),
                  "verbatim", 1.0, True)
        for a, b in zip(arts, arts[1:], strict=False)
    )  # fmt: skip
    assert set(cluster.verbatim_boilerplate(flags)) == set(EVENTS)
    out = cluster.run(RecordSet(articles=tuple(arts), alignments=flags), Settings())
    assert len(out.stories) == len(EVENTS)


def test_undated_source_joins_the_story_of_its_dated_reprint() -> None:
    """Undated articles are clustered after dated ones; by then the reprint's story is closed
    for them (a later dated story moved the clock on), but the reuse link still holds."""
    rng = random.Random(3)
    reprint = make_article(_text("quake", rng), id="reprint", published="2024-01-02")
    later = [
        make_article(_text("merger", rng), id=f"m{i}", published=f"2024-03-0{i + 1}")
        for i in range(2)
    ]
    source = make_article(_text("quake", rng), id="source")  # undated
    align = Alignment(Span("source", 0, 10), Span("reprint", 0, 10), "verbatim", 1.0)
    records = RecordSet(articles=(source, reprint, *later), alignments=(align,))
    story_of = {a: s.id for s in cluster.run(records, Settings()).stories for a in s.articles}
    assert story_of["source"] == story_of["reprint"]
    no_links = Settings(stories=dataclasses.replace(StorySettings(), reuse_links=False))
    story_of = {a: s.id for s in cluster.run(records, no_links).stories for a in s.articles}
    assert story_of["source"] != story_of["reprint"]


def test_a_follow_up_months_later_reusing_background_is_a_new_story_of_the_storyline() -> None:
    """A follow-up months after the first report, reusing one background paragraph of it, is
    a new event of the same storyline; a copy within the story's window joins the story (a
    review: a council plan's proposal, vote and anniversary were one story through the
    reused paragraph)."""
    rng = random.Random(4)
    first = make_article(_text("merger", rng), id="first", published="2024-03-04")
    copy = make_article(_text("quake", rng), id="copy", published="2024-03-05")
    later = make_article(_text("quake", rng), id="later", published="2024-09-20")

    def al(src: str, dst: str) -> Alignment:
        return Alignment(Span(src, 0, 10), Span(dst, 0, 10), "verbatim", 1.0)

    records = RecordSet(
        articles=(first, copy, later), alignments=(al("first", "copy"), al("first", "later"))
    )
    out = cluster.run(records, Settings())
    story_of = {a: s.id for s in out.stories for a in s.articles}
    line_of = {s.id: s.storyline for s in out.stories}
    assert story_of["copy"] == story_of["first"]
    assert story_of["later"] != story_of["first"]
    assert line_of[story_of["later"]] == line_of[story_of["first"]]


def test_a_copy_joins_its_source_story_however_late_and_in_any_batch() -> None:
    """A duplicate or a wholly derived reprint weeks later tells the same event; a copy dated
    inside a long-running story's span joins it in whatever batch it comes (a review of the
    story window: measured to the story's last article, a copy of its first article added in
    a later batch was a story of its own)."""
    rng = random.Random(5)
    first = make_article(_text("quake", rng), id="first", published="2024-01-01")
    later = [
        make_article(_text("quake", rng), id=f"u{i}", published=f"2024-01-{10 + 10 * i}")
        for i in range(3)
    ]
    reprint = make_article(_text("merger", rng), id="reprint", published="2024-02-25")
    copy = make_article(_text("merger", rng), id="copy", published="2024-01-02")

    def al(src: str, dst: str) -> Alignment:
        return Alignment(Span(src, 0, 10), Span(dst, 0, 10), "verbatim", 1.0)

    group = DuplicateGroup("g", "near", "first", ("first", "reprint"), 0.97)
    aligned = [al("first", "copy"), *(al("first", x.id) for x in later)]
    links = cluster.reuse_links((group,), aligned)
    copied = cluster.whole_copies((group,))
    state = cluster_incremental(ClusterState(), [first, *later], links=links, copied=copied)
    cluster_incremental(state, [reprint, copy], links=links, copied=copied)
    assert state.story_of("reprint") == state.story_of("first")
    assert state.story_of("copy") == state.story_of("first")


def test_an_archive_re_run_a_year_later_is_a_new_story() -> None:
    """A copy joins its source's story within COPY_JOIN_DAYS; an anniversary re-run a year
    later is a new story of the storyline (a review: it joined, stretching the story)."""
    rng = random.Random(6)
    first = make_article(_text("quake", rng), id="first", published="2024-03-10")
    rerun = make_article(_text("merger", rng), id="rerun", published="2025-03-10")
    group = DuplicateGroup("g", "near", "first", ("first", "rerun"), 0.97)
    links, copied = cluster.reuse_links((group,)), cluster.whole_copies((group,))
    state = cluster_incremental(ClusterState(), [first, rerun], links=links, copied=copied)
    assert state.story_of("rerun") != state.story_of("first")
    # a quarterly's reprint 78 days later still tells the event (a second review)
    quarterly = make_article(_text("merger", rng), id="quarterly", published="2024-05-27")
    group = DuplicateGroup("g", "near", "first", ("first", "quarterly"), 0.97)
    links, copied = cluster.reuse_links((group,)), cluster.whole_copies((group,))
    state = cluster_incremental(ClusterState(), [first, quarterly], links=links, copied=copied)
    assert state.story_of("quarterly") == state.story_of("first")


def test_digit_groups_are_one_number_token() -> None:
    assert tokens("nearly 12,000 homes and 1,234,567 people in 2024") == [
        "nearly", "12000", "homes", "1234567", "people", "2024",
    ]  # fmt: skip


def test_time_window_splits_a_story_but_keeps_the_storyline() -> None:
    rng = random.Random(2)
    early = [
        make_article(_text("election", rng), id=f"e{i}", published=f"2024-03-0{i + 1}")
        for i in range(3)
    ]
    late = [
        make_article(_text("election", rng), id=f"l{i}", published=f"2024-09-0{i + 1}")
        for i in range(3)
    ]
    state = cluster_incremental(ClusterState(), late + early)  # publication order applies
    assert len(state.stories) == 2
    assert len(state.storylines) == 1
    (line,) = storylines_from_state(state)
    stories = {s.id: s for s in stories_from_state(state)}
    assert [stories[s].first_seen for s in line.stories] == ["2024-03-01", "2024-09-01"]


def test_run_fills_stories() -> None:
    articles, _ = _corpus()
    first_quake = next(i for i, a in enumerate(articles) if a.id.startswith("quake"))
    titled = list(articles)
    titled[first_quake] = dataclasses.replace(
        articles[first_quake], title="Karvona quake kills dozens"
    )
    out = cluster.run(RecordSet(articles=tuple(titled)), Settings())
    assert cluster.NAME == "cluster"
    assert sorted(a for s in out.stories for a in s.articles) == sorted(a.id for a in titled)
    assert all(s.storyline for s in out.stories)
    labels = {s.label for s in out.stories}
    assert "Karvona quake kills dozens" in labels
    quake = next(s for s in out.stories if s.label == "Karvona quake kills dozens")
    assert "Karvona" in quake.entities
    off = cluster.run(RecordSet(articles=tuple(titled)), Settings().with_overrides(
        {"stories.enabled": False}))  # fmt: skip
    assert off.stories == ()


def test_publication_order_puts_undated_last() -> None:
    a = make_article("alpha text", id="a")
    b = make_article("beta text", id="b", published="2024-05-02T10:00:00Z")
    c = make_article("gamma text", id="c", published="2024-05-01")
    assert [x.id for x in publication_order([a, b, c])] == ["c", "b", "a"]


def test_capitalised_entities() -> None:
    found = capitalised_entities("Officials in Mount Teliar said. The Karvona Relief Fund met.")
    assert "Mount Teliar" in found
    assert "Karvona Relief Fund" in found
    assert "The" not in found


# -- seeds -------------------------------------------------------------------------------------


def _seeds(seeds_dir: Path) -> dict[str, Article]:
    out = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        out[path.name[:3]] = make_article(path.read_text(encoding="utf-8"), id=path.stem)
    return out


SEED_ORDERS = 8


@pytest.mark.parametrize("entities", ["capitalised", "extract"])
def test_seed_stories_and_storyline(seeds_dir: Path, entities: str) -> None:
    """{000, 001} and {002, 003} are one story each, 004 its own, in every order; all five
    form one storyline in most orders (known weakness: in some orders the two summit
    storylines stay apart, their similarity falling just short of the merge threshold).
    ``extract``: with the extract stage's entity mentions, as the pipeline clusters."""
    seeds = _seeds(seeds_dir)
    mentions = (
        [m for a in seeds.values() for m in extract_article(a)[2]] if entities == "extract" else []
    )
    one_line = 0
    for order_seed in range(SEED_ORDERS):
        order = list(seeds.values())
        random.Random(order_seed).shuffle(order)
        state = cluster_incremental(ClusterState(), order, mentions=mentions)
        story = {k: state.story_of(a.id) for k, a in seeds.items()}
        assert story["000"] == story["001"]
        assert story["002"] == story["003"]
        assert len({story["000"], story["002"], story["004"]}) == 3
        lines = {state.stories[s].storyline for s in story.values() if s}
        assert len(lines) <= 2
        one_line += len(lines) == 1
    assert one_line >= SEED_ORDERS * 3 // 4


def test_one_shared_place_name_makes_no_storyline() -> None:
    """Two unrelated stories of one town share its name and little else: they stay in two
    storylines by default, and only a zero body floor joins them (the names alone reach the
    storyline threshold)."""
    market = make_article(
        "Stallholders at Redbank market will pay lower rents from June after the traders' "
        "association agreed a new lease with the landlord. The covered hall has forty stalls "
        "selling fish, bread, cheese and flowers, and its roof was repaired last winter. "
        "Shoppers said prices had risen but the choice was better than in the supermarkets, "
        "and the butcher plans to open on Sundays.",
        id="market",
    )
    lifeboat = make_article(
        "The Marram Point lifeboat crew launched 61 times last year, more than any other "
        "station on the Redbank coast. Volunteers raised money for a new all-weather boat with "
        "a sponsored row around the headland. The coxswain thanked the fishermen who helped "
        "tow a yacht off the sands in a rising swell, and the inshore boat will be replaced "
        "next spring after twenty years of service.",
        id="lifeboat",
    )
    lines = {}
    for floor in (StorySettings().storyline_body_floor, 0.0):
        cfg = dataclasses.replace(StorySettings(), storyline_body_floor=floor)
        state = cluster_incremental(ClusterState(), [market, lifeboat], cfg)
        stories = [state.stories[state.story_of(x)] for x in ("market", "lifeboat")]
        assert stories[0].id != stories[1].id
        lines[floor] = {s.storyline for s in stories}
    assert len(lines[StorySettings().storyline_body_floor]) == 2
    assert len(lines[0.0]) == 1


def test_update_adds_only_new_articles() -> None:
    articles, _ = _corpus()
    settings = Settings()
    first, state = cluster.update(RecordSet(articles=tuple(articles[:9])), settings)
    blob = state.to_bytes()
    records = RecordSet(articles=tuple(articles))
    out, state = cluster.update(records, settings, ClusterState.from_bytes(blob))
    assert out.stories == cluster.run(records, settings).stories
    assert state.n_docs == len(articles)


def test_storyline_label_parts_are_not_repeated() -> None:
    from newstrace.stages.cluster import _label_parts

    assert _label_parts(["Warm Homes Partnership", "warm", "homes", "homes", "housing"]) == (
        "Warm Homes Partnership, housing"
    )


def test_the_state_is_written_as_its_dict() -> None:
    """``to_bytes`` writes the state without copying it first: the same JSON as the copy."""
    import json
    import zlib

    cfg = dataclasses.replace(StorySettings(), story_threshold=1.01, merge_threshold=0.3)
    state = cluster_incremental(ClusterState(), _corpus()[0], cfg)  # merges logged
    assert state.stories and state.storylines and state.merges
    raw = zlib.decompress(state.to_bytes()).decode("utf-8")
    assert raw == json.dumps(state.to_dict(), separators=(",", ":"))


def test_a_running_storys_repeated_background_paragraph_keeps_it_one_story(
    tmp_path: Path,
) -> None:
    """A paper's four daily reports of one trial each repeat a background paragraph (the
    victim, the defendant, the charge): boilerplate by repetition, but in the body, so it
    stays in their features; only a closing run of boilerplate is blanked (a review: the
    trial's reports became four stories)."""
    import newstrace

    path = Path(__file__).parents[1] / "data" / "stories" / "trial.jsonl"
    with newstrace.open(tmp_path / "n.db") as corpus:
        corpus.add(path)
        corpus.analyze()
        key = {a.id: str(a.metadata["id"]) for a in corpus.articles()}
        assert any(al.boilerplate for al in corpus.records().alignments)  # flagged
        story_of = {key[a]: s.id for s in corpus.stories() for a in s.articles}
    assert len({story_of[t] for t in ("t1", "t2", "t3", "t4")}) == 1


@pytest.mark.parametrize("cut", [True, False])
def test_a_columnist_s_closing_line_puts_no_columns_on_one_storyline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cut: bool
) -> None:
    """Two unrelated columns of one writer, months apart, each closing "Owen Stacke writes
    every Tuesday.": the line about the writer is left out of their features, else his name
    alone put them on one storyline (a review of opinion pages)."""
    import newstrace
    import newstrace.stages.cluster as stage

    if not cut:
        monkeypatch.setattr(stage, "tagline", lambda text: None)
    path = Path(__file__).parents[1] / "data" / "stories" / "columns.jsonl"
    with newstrace.open(tmp_path / "n.db") as corpus:
        corpus.add(path)
        corpus.analyze()
        lines = {s.storyline for s in corpus.stories()}
    assert (len(lines) == 2) is cut
