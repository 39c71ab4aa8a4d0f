"""Consistency of the hand-written sample corpus with its gold file (no engine needed).

``examples/gold.json`` names articles by file name (relative to ``examples/corpus``, or to
``examples/more`` for the incremental ones) or ``file.jsonl#id``.  These tests check that
every key names a real article, that every planted quote and claim occurs in its article
exactly as written, and that the planted relations (duplicates, boilerplate, hard wrapping,
metadata) really are in the files.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import trafilatura
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CORPUS = EXAMPLES / "corpus"
MORE = EXAMPLES / "more"
GOLD_PATH = EXAMPLES / "gold.json"

MIN_WORDS, MAX_WORDS = 150, 450  # the brief's length range for every sample article
JSONL_FIELDS = ("id", "title", "source", "url", "published", "text")
WRAP_WIDTH = 72  # the hard-wrapped press release is wrapped at 70 characters


def _main_text(path: Path) -> str:
    """The article text an engine works on: raw text, or trafilatura's main text for HTML."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        return trafilatura.extract(raw) or ""
    return raw


def _load_folder(folder: Path) -> dict[str, str]:
    """Every article in ``folder``, keyed as gold.json keys them."""
    texts: dict[str, str] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                texts[f"{path.name}#{record['id']}"] = record["text"]
        elif path.suffix in {".txt", ".html"}:
            texts[path.name] = _main_text(path)
    return texts


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def corpus() -> dict[str, str]:
    return _load_folder(CORPUS)


@pytest.fixture(scope="module")
def more() -> dict[str, str]:
    return _load_folder(MORE)


def _relation_keys(section: dict[str, Any]) -> Iterator[str]:
    """Every article key used by the relation lists of one gold section."""
    for group in section.get("duplicates", []):
        yield from group["members"]
        if group["canonical"] is not None:
            yield group["canonical"]
    for rel in section.get("reuse", []):
        yield rel["source"]
        yield rel["target"]
    for pair in section.get("unseen_source", []) + section.get("unseen_source_resolved", []):
        yield from pair
    yield from section.get("non_derived", [])
    for story in section.get("stories", []):
        yield from story.get("articles", []) + story.get("adds", [])
    for line in section.get("storylines", []):
        yield from line["order"]
    for item in section.get("quotes", []) + section.get("claims", []):
        yield item["article"]
    for item in section.get("boilerplate", []):
        yield from item["articles"]


def test_corpus_size_and_formats(corpus: dict[str, str]) -> None:
    suffixes = Counter(Path(key.split("#")[0]).suffix for key in corpus)
    assert len(corpus) >= 18
    assert suffixes[".html"] >= 2
    jsonl_files = Counter(key.split("#")[0] for key in corpus if "#" in key)
    assert max(jsonl_files.values()) >= 3


def test_gold_lists_every_article(
    gold: dict[str, Any], corpus: dict[str, str], more: dict[str, str]
) -> None:
    assert set(gold["articles"]) == set(corpus)
    assert set(gold["incremental"]["articles"]) == set(more)
    assert not set(corpus) & set(more)


def test_every_gold_key_names_an_article(
    gold: dict[str, Any], corpus: dict[str, str], more: dict[str, str]
) -> None:
    assert set(_relation_keys(gold)) <= set(corpus)
    assert set(_relation_keys(gold["incremental"])) <= set(corpus) | set(more)


@pytest.mark.parametrize("folder", [CORPUS, MORE], ids=["corpus", "more"])
def test_article_lengths(folder: Path) -> None:
    for key, text in _load_folder(folder).items():
        words = len(text.split())
        assert MIN_WORDS <= words <= MAX_WORDS, f"{key}: {words} words"


def _check_quotes(quotes: list[dict[str, Any]], texts: dict[str, str]) -> None:
    for quote in quotes:
        count = texts[quote["article"]].count(quote["text"])
        assert count == 1, f"{quote['article']}: {quote['text']!r} occurs {count} times"
        assert quote["kind"] in {"direct", "mixed", "indirect"}


def test_quotes_occur_once_as_written(
    gold: dict[str, Any], corpus: dict[str, str], more: dict[str, str]
) -> None:
    _check_quotes(gold["quotes"], corpus)
    _check_quotes(gold["incremental"]["quotes"], corpus | more)


def _check_claims(claims: list[dict[str, Any]], texts: dict[str, str]) -> None:
    for claim in claims:
        text = texts[claim["article"]]
        assert claim["text"] in claim["context"], claim
        count = text.count(claim["context"])
        assert count == 1, f"{claim['article']}: {claim['context']!r} occurs {count} times"
        assert isinstance(claim["value"], int | float)
        if "upper" in claim:
            assert claim["upper"] > claim["value"]


def test_claims_occur_as_written(
    gold: dict[str, Any], corpus: dict[str, str], more: dict[str, str]
) -> None:
    _check_claims(gold["claims"], corpus)
    _check_claims(gold["incremental"]["claims"], corpus | more)


def _surname(speaker: str) -> str:
    return speaker.split()[-1]


def test_quote_speakers_are_resolvable(gold: dict[str, Any], corpus: dict[str, str]) -> None:
    """The speaker is named in the article, or (role-only) elsewhere in its story line."""
    story_of = {a: s["storyline"] or s["id"] for s in gold["stories"] for a in s["articles"]}
    for quote in gold["quotes"]:
        name = _surname(quote["speaker"])
        article = quote["article"]
        if name in corpus[article]:
            continue
        assert "role-only" in quote.get("note", ""), quote
        line = [a for a, s in story_of.items() if s == story_of[article] and a != article]
        assert any(name in corpus[other] for other in line), quote


def test_planted_quote_forms_present(gold: dict[str, Any]) -> None:
    cues = " | ".join(q["cue"] for q in gold["quotes"])
    kinds = Counter(q["kind"] for q in gold["quotes"])
    for form in ("X said", "said X", "X added:", "according to X", "She said", "role-only"):
        haystack = cues + " | ".join(q.get("note", "") for q in gold["quotes"])
        assert form in haystack, form
    assert kinds["direct"] and kinds["mixed"] and kinds["indirect"]


def test_two_paragraph_quote_reopens(gold: dict[str, Any], corpus: dict[str, str]) -> None:
    """The press release's quote runs over a paragraph break with no closing mark."""
    key = "dhc_press_release_warm_homes.txt"
    first, second = [q["text"] for q in gold["quotes"] if q["article"] == key][:2]
    text = corpus[key]
    between = text[text.index(first) : text.index(second)]
    assert between.count('"') == 1  # only the re-opening mark of the second paragraph


def test_stories_partition_the_corpus(gold: dict[str, Any], corpus: dict[str, str]) -> None:
    members = [a for story in gold["stories"] for a in story["articles"]]
    assert sorted(members) == sorted(corpus)
    story_ids = {s["id"] for s in gold["stories"]}
    for line in gold["storylines"]:
        assert set(line["stories"]) <= story_ids
        assert len(line["stories"]) >= 2


def test_duplicate_groups(gold: dict[str, Any], corpus: dict[str, str]) -> None:
    for group in gold["duplicates"]:
        texts = [corpus[m] for m in group["members"]]
        if group["kind"] == "exact":
            assert len(set(texts)) == 1
        else:
            assert len(set(texts)) == len(texts)
            assert fuzz.ratio(texts[0], texts[1]) > 90


def test_reuse_relations(gold: dict[str, Any], corpus: dict[str, str]) -> None:
    for rel in gold["reuse"]:
        assert rel["source"] != rel["target"]
        assert rel["kind"] in {"verbatim", "edited", "paraphrase"}
        assert rel["degree"] in {"wholly", "partially"}
        if rel["kind"] == "verbatim":
            # a verbatim relation shares at least one long passage word for word
            assert _longest_common_words(corpus[rel["source"]], corpus[rel["target"]]) >= 20
    derived = {rel["target"] for rel in gold["reuse"]}
    assert not derived & set(gold["non_derived"])


def _longest_common_words(a: str, b: str) -> int:
    """Length in words of the longest word sequence shared by ``a`` and ``b``."""
    wa, wb = a.split(), b.split()
    best, prev = 0, [0] * (len(wb) + 1)
    for x in wa:
        cur = [0] * (len(wb) + 1)
        for j, y in enumerate(wb, 1):
            if x == y:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def test_boilerplate_in_every_listed_article(gold: dict[str, Any], corpus: dict[str, str]) -> None:
    for item in gold["boilerplate"]:
        assert len(item["articles"]) >= 2
        for key in item["articles"]:
            assert item["text"] in corpus[key]


def test_jsonl_metadata() -> None:
    for path in CORPUS.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            assert set(JSONL_FIELDS) <= set(record), path
            datetime.fromisoformat(record["published"])


class _MetaParser(HTMLParser):
    """Collects ``<meta property=... content=...>`` pairs."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "meta" and found.get("property") and found.get("content"):
            self.meta[str(found["property"])] = str(found["content"])


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.html")), ids=lambda p: p.name)
def test_html_chrome_and_metadata(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    parser = _MetaParser()
    parser.feed(raw)
    assert {"article:published_time", "og:site_name", "og:url"} <= set(parser.meta)
    datetime.fromisoformat(parser.meta["article:published_time"])
    for chrome in ("<nav", "<figcaption", "<footer", "ad"):
        assert chrome in raw
    caption = re.search(r"<figcaption>(.*?)</figcaption>", raw, re.S)
    assert caption is not None
    main = _main_text(path)
    assert re.sub(r"<[^>]+>", "", caption.group(1))[:40] not in main  # caption not main text


def test_hard_wrapped_press_release() -> None:
    lines = (CORPUS / "dhc_press_release_warm_homes.txt").read_text(encoding="utf-8")
    lines_list = lines.splitlines()
    assert all(line.strip() for line in lines_list)  # no blank lines between paragraphs
    assert all(len(line) <= WRAP_WIDTH for line in lines_list)
    assert sum(len(line) >= 60 for line in lines_list) > len(lines_list) / 2


def test_no_seed_text_copied(seeds_dir: Path, corpus: dict[str, str]) -> None:
    """No eight-word run of any seed article appears in the sample corpus."""
    ours = {_shingle(t) for text in corpus.values() for t in _windows(text)}
    for seed in seeds_dir.glob("*"):
        theirs = {_shingle(t) for t in _windows(seed.read_text(encoding="utf-8", errors="ignore"))}
        assert not ours & theirs, seed.name


def _windows(text: str, n: int = 8) -> Iterator[list[str]]:
    words = re.findall(r"\w+", text.lower())
    for i in range(len(words) - n + 1):
        yield words[i : i + n]


def _shingle(words: list[str]) -> str:
    return " ".join(words)


def test_readme_lists_every_article(gold: dict[str, Any]) -> None:
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    for key in list(gold["articles"]) + list(gold["incremental"]["articles"]):
        assert f"| `{key}` |" in readme, key
    for quote in gold["quotes"]:
        assert quote["text"] in readme, quote


def test_planted_captions(gold: dict[str, Any], corpus: dict[str, str]) -> None:
    for item in gold["captions"]:
        paragraphs = corpus[item["article"]].split("\n\n")
        assert item["text"] in paragraphs  # a paragraph of its own
