"""Synthetic news corpus with injected reuse at known offsets (for benchmarks).

Run as a script::

    python bench/synth.py --docs 10000 --reuse 0.1 --seed 1 --out bench/data/synth-10k

writes ``articles.jsonl`` (id, title, source, published, text) and ``gold.jsonl``; or import it
by path (``bench`` is not part of the installed package)::

    spec = importlib.util.spec_from_file_location("synth", "bench/synth.py")
    synth = importlib.util.module_from_spec(spec)
    sys.modules["synth"] = synth  # needed by its dataclasses
    spec.loader.exec_module(synth)
    articles, gold = synth.generate(1000, reuse=0.1, seed=1)

The corpus: a pseudo-English vocabulary (real function words plus generated words) drawn with a
Zipf distribution; stories (synthetic events) with their own people, organisations, places,
topical terms and figures, shared by all articles of the story; sentences in paragraphs; titles,
outlets and publication dates.  A share ``reuse`` of the articles are then made into reuse
targets, each taking from a source article that is never modified itself, and published on
the source's day or later (on the same day only the text can tell the direction):

* ``exact``: an identical copy; ``near``: a copy with 0.2-2.5% of its words edited;
* ``verbatim``: a passage (2-6 sentences of one paragraph) of the source inserted as a new
  paragraph; ``edited``: the same with 5-20% of its words substituted or deleted;
  ``paraphrase``: synonym substitution (most words that have a synonym) plus sentence reordering.

``--credits SHARE`` (off by default; the rest of the corpus is the same with it) adds a news
agency with datelines and ``SHARE`` of articles retelling another outlet's story in a sentence
that names it (:func:`_credit`).

``gold.jsonl`` holds one JSON object per line with a ``type``:

* ``article``: ``id``, ``story``;
* ``duplicate``: ``kind`` (exact/near), ``source``, ``target``, ``edits`` (words edited);
* ``group``: ``kind``, ``members`` (a source and all its exact/near copies; ``kind`` is
  "exact" only if every copy is exact);
* ``passage``: ``kind`` (verbatim/edited/paraphrase; attributed: a retold sentence),
  ``source``, ``source_start``, ``source_end``, ``target``, ``target_start``, ``target_end``
  (character offsets into the ``text`` fields, end exclusive).
"""

from __future__ import annotations

import argparse
import json
import operator
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

_FUNCTION_TEXT = (
    "the of and to a in that is was for on it with as he she by at from his her they be "
    "have has had not are were this which but or an its their will would said also been "
    "more after who than about over into up one two new there when could some all out "
    "other can if its them what only first last year years people government week told "
    "while because before under between since during three most many made against"
)
FUNCTION_WORDS = _FUNCTION_TEXT.split()
ONSETS = "b c d f g h j k l m n p r s t v w z br cr dr fr gr pr tr st sp sl pl cl bl ch sh th"
ONSETS_LIST = ONSETS.split()
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ee", "ie", "oa", "ou", "io"]
CODAS = ["", "", "", "n", "r", "s", "t", "l", "nd", "st", "rk", "ng", "nt", "m", "ck"]
SUFFIXES = ["", "", "", "", "ing", "ed", "er", "ion", "ity", "al", "ment", "ly", "s", "es"]
OUTLET_WORDS = "Daily Herald Times Post Courier Gazette Journal Observer Chronicle Tribune"
ORG_KINDS = ["Group", "Holdings", "Ministry", "Council", "Agency", "Bank", "Union", "Institute"]
UNITS = ["percent", "million", "billion", "people", "jobs", "homes", "tonnes", "miles"]
ZIPF_EXPONENT = 1.07
VOCAB_SIZE = 30000


@dataclass
class Story:
    id: str
    people: list[str]
    orgs: list[str]
    places: list[str]
    terms: list[int]  # vocabulary indices of topical words
    figures: list[str]
    start: date


@dataclass
class Doc:
    id: str
    story: str
    source: str
    published: str
    title: str
    paragraphs: list[list[str]] = field(default_factory=list)  # sentences per paragraph

    def text(self) -> str:
        return "\n\n".join(" ".join(p) for p in self.paragraphs)


class _Gen:
    """All random state of one corpus."""

    def __init__(self, seed: int) -> None:
        self.rng = np.random.default_rng(seed)  # bulk draws
        self.r = random.Random(seed)  # scalar draws (much cheaper than numpy scalars)
        self.vocab = self._vocabulary(VOCAB_SIZE)
        ranks = np.arange(1, len(self.vocab) + 1, dtype=np.float64)
        weights = ranks**-ZIPF_EXPONENT
        self.cdf = np.cumsum(weights / weights.sum())
        content = np.arange(len(FUNCTION_WORDS), len(self.vocab))
        partners = self.rng.permutation(content)
        # synonyms: each content word in the top 5,000 gets a partner word (and vice versa)
        self.synonyms: dict[str, str] = {}
        for a, b in zip(content[:5000], partners[:5000], strict=True):
            if a != b:
                self.synonyms.setdefault(self.vocab[a], self.vocab[b])
                self.synonyms.setdefault(self.vocab[b], self.vocab[a])
        self.outlets = [
            f"{self._name()} {w}" for w in self.rng.choice(OUTLET_WORDS.split(), size=60)
        ]

    def _word(self) -> str:
        r = self.r
        parts = []
        for _ in range(r.randint(1, 3)):
            parts.append(r.choice(ONSETS_LIST))
            parts.append(r.choice(VOWELS))
        parts.append(r.choice(CODAS))
        parts.append(r.choice(SUFFIXES))
        return "".join(parts)

    def _vocabulary(self, size: int) -> list[str]:
        words = list(dict.fromkeys(FUNCTION_WORDS))
        seen = set(words)
        while len(words) < size:
            w = self._word()
            if w not in seen and len(w) > 2:
                seen.add(w)
                words.append(w)
        return words

    def _name(self) -> str:
        return self._word().capitalize()

    def story(self, index: int, day0: date) -> Story:
        rng = self.rng
        return Story(
            id=f"story-{index:06d}",
            people=[f"{self._name()} {self._name()}" for _ in range(int(rng.integers(1, 4)))],
            orgs=[
                f"{self._name()} {ORG_KINDS[int(rng.integers(len(ORG_KINDS)))]}"
                for _ in range(int(rng.integers(1, 3)))
            ],
            places=[self._name() for _ in range(int(rng.integers(1, 3)))],
            terms=[int(t) for t in rng.integers(200, 6000, size=6)],
            figures=[self._figure() for _ in range(3)],
            start=day0 + timedelta(days=int(rng.integers(0, 365))),
        )

    def _figure(self) -> str:
        rng = self.rng
        kind = int(rng.integers(4))
        if kind == 0:
            return f"{rng.integers(2, 99)}.{rng.integers(0, 10)} percent"
        if kind == 1:
            return f"{int(rng.integers(1, 999)):,},{int(rng.integers(0, 1000)):03d}"
        if kind == 2:
            return f"${rng.integers(1, 99)}.{rng.integers(0, 10)} million"
        return f"{rng.integers(2, 500)} {UNITS[int(rng.integers(len(UNITS)))]}"

    def words(self, n: int) -> list[str]:
        idx = np.searchsorted(self.cdf, self.rng.random(n))
        np.minimum(idx, len(self.vocab) - 1, out=idx)
        getter = operator.itemgetter(*idx.tolist())
        got = getter(self.vocab)
        return list(got) if n > 1 else [got]

    def _sentence(self, words: list[str], story: Story) -> str:
        r = self.r
        pos = r.randrange(len(words))
        roll = r.random()
        if roll < 0.25:
            words[pos] = r.choice(story.people)
        elif roll < 0.4:
            words[pos] = r.choice(story.orgs)
        elif roll < 0.5:
            words[pos] = "in " + r.choice(story.places)
        elif roll < 0.62:
            words[pos] = r.choice(story.figures)
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def document(self, doc_id: str, story: Story) -> Doc:
        r = self.r
        shape = [
            [r.randint(8, 29) for _ in range(r.randint(1, 4))] for _ in range(r.randint(5, 12))
        ]
        total = sum(sum(p) for p in shape)
        words = self.words(total)
        # topical words of the story
        terms = [self.vocab[t] for t in story.terms]
        for pos in np.flatnonzero(self.rng.random(total) < 0.12).tolist():
            words[pos] = r.choice(terms)
        paragraphs, at = [], 0
        for lengths in shape:
            par = []
            for n in lengths:
                par.append(self._sentence(words[at : at + n], story))
                at += n
            paragraphs.append(par)
        title_words = self.words(r.randint(4, 7))
        title_words.insert(0, story.people[0] if r.random() < 0.5 else story.orgs[0])
        title_words.append(terms[0])
        published = story.start + timedelta(days=r.randrange(5))
        return Doc(
            id=doc_id,
            story=story.id,
            source=r.choice(self.outlets),
            published=published.isoformat(),
            title=" ".join(title_words).capitalize(),
            paragraphs=paragraphs,
        )

    # --- edits -------------------------------------------------------------------------
    def edit_words(self, sentence: str, rate: float) -> tuple[str, int]:
        """Substitute or delete each word with probability ``rate``; returns the count."""
        words = sentence.split(" ")
        rolls = self.rng.random(len(words))
        hits = np.flatnonzero(rolls < rate)
        for pos in hits[::-1]:
            if rolls[pos] < rate / 2 and len(words) > 3:
                del words[pos]
            else:
                words[pos] = self.words(1)[0]
        return " ".join(words), len(hits)

    def paraphrase(self, sentences: list[str]) -> list[str]:
        out = []
        for s in sentences:
            words = s.rstrip(".").split(" ")
            swapped = [self.synonyms.get(w, w) if self.rng.random() < 0.8 else w for w in words]
            text = " ".join(swapped)
            out.append(text[0].upper() + text[1:] + ".")
        order = self.rng.permutation(len(out))
        if len(out) > 1 and np.all(order == np.arange(len(out))):
            order = order[::-1]
        return [out[i] for i in order]


KINDS = ("exact", "near", "verbatim", "edited", "paraphrase")
KIND_SHARES = (0.15, 0.25, 0.2, 0.2, 0.2)


def generate(
    n_docs: int,
    reuse: float = 0.1,
    seed: int = 1,
    docs_per_story: float = 8.0,
    credits: float = 0.0,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Articles (dicts with id, title, source, published, text) and gold records;
    ``credits``: the share of articles that retell another outlet's story in a sentence
    naming it, with a news agency among the outlets (:func:`_credit`; 0: none, and the corpus
    is the same as without the option)."""
    gen = _Gen(seed)
    rng = gen.rng
    n_stories = max(1, round(n_docs / docs_per_story))
    stories = [gen.story(i, date(2024, 1, 1)) for i in range(n_stories)]
    story_of = rng.integers(0, n_stories, size=n_docs)
    docs = [gen.document(f"d{i:07d}", stories[int(story_of[i])]) for i in range(n_docs)]
    gold = _inject(gen, docs, reuse)
    if credits > 0:
        gold += _credit(docs, gold, credits, seed, gen.synonyms)
    articles = [
        {"id": d.id, "title": d.title, "source": d.source, "published": d.published}
        | {"text": d.text()}
        for d in docs
    ]
    gold = [{"type": "article", "id": d.id, "story": d.story} for d in docs] + gold
    return articles, gold


def _inject(gen: _Gen, docs: list[Doc], reuse: float) -> list[dict[str, Any]]:
    rng = gen.rng
    n_targets = int(round(reuse * len(docs)))
    order = rng.permutation(len(docs))
    targets, pool = order[:n_targets], order[n_targets:]
    if len(pool) == 0:
        return []
    by_story: dict[str, list[int]] = {}
    for i in pool.tolist():
        by_story.setdefault(docs[i].story, []).append(i)
    kinds = rng.choice(len(KINDS), size=n_targets, p=KIND_SHARES)
    gold: list[dict[str, Any]] = []
    copies: dict[int, list[tuple[int, str]]] = {}
    for t, k in zip(targets.tolist(), kinds.tolist(), strict=True):
        kind = KINDS[k]
        same = by_story.get(docs[t].story)
        s = int(same[int(rng.integers(len(same)))]) if same else int(pool[rng.integers(len(pool))])
        if kind in ("exact", "near"):
            edits = _copy(
                gen, docs[s], docs[t], 0.0 if kind == "exact" else rng.uniform(0.002, 0.025)
            )
            kind = "exact" if edits == 0 else "near"
            gold.append(
                {"type": "duplicate", "kind": kind, "source": docs[s].id, "target": docs[t].id}
                | {"edits": edits}
            )
            copies.setdefault(s, []).append((t, kind))
        else:
            gold.append(_insert_passage(gen, docs[s], docs[t], kind))
    for s, group in copies.items():
        kind = "exact" if all(k == "exact" for _, k in group) else "near"
        members = [docs[s].id] + [docs[t].id for t, _ in group]
        gold.append({"type": "group", "kind": kind, "members": members})
    return gold


def _copy(gen: _Gen, source: Doc, target: Doc, rate: float) -> int:
    """Make ``target`` a copy of ``source`` with word edits at ``rate``; returns edit count."""
    edits = 0
    paragraphs = []
    for par in source.paragraphs:
        new_par = []
        for sent in par:
            if rate > 0:
                sent, n = gen.edit_words(sent, rate)
                edits += n
            new_par.append(sent)
        paragraphs.append(new_par)
    target.paragraphs = paragraphs
    target.story = source.story
    target.title = source.title
    target.published = max(target.published, source.published)
    return edits


def _offset_of_paragraph(paragraphs: Sequence[Sequence[str]], index: int) -> int:
    return sum(len(" ".join(p)) + 2 for p in paragraphs[:index])


def _insert_passage(gen: _Gen, source: Doc, target: Doc, kind: str) -> dict[str, Any]:
    rng = gen.rng
    sizes = [len(p) for p in source.paragraphs]
    best = (
        int(np.argmax(sizes))
        if max(sizes) < 2
        else int(rng.choice(np.flatnonzero(np.array(sizes) >= 2)))
    )
    par = source.paragraphs[best]
    n = int(rng.integers(min(2, len(par)), len(par) + 1))
    first = int(rng.integers(0, len(par) - n + 1))
    taken = par[first : first + n]
    src_start = _offset_of_paragraph(source.paragraphs, best) + sum(len(s) + 1 for s in par[:first])
    src_end = src_start + len(" ".join(taken))
    if kind == "edited":
        rate = rng.uniform(0.05, 0.2)
        taken = [gen.edit_words(s, rate)[0] for s in taken]
    elif kind == "paraphrase":
        taken = gen.paraphrase(taken)
    where = int(rng.integers(0, len(target.paragraphs) + 1))
    target.paragraphs.insert(where, list(taken))
    target.published = max(target.published, source.published)  # not before its source
    tgt_start = _offset_of_paragraph(target.paragraphs, where)
    return {
        "type": "passage",
        "kind": kind,
        "source": source.id,
        "source_start": src_start,
        "source_end": src_end,
        "target": target.id,
        "target_start": tgt_start,
        "target_end": tgt_start + len(" ".join(taken)),
    }


# --- credits (``--credits``) ------------------------------------------------------------
# The share of articles given to the agency, and of the agency's stories that other papers
# carry word for word with its dateline (a wire); a priori, a regional market.
WIRE_SHARE = 0.25
# How a sentence names the outlet whose story it retells: "..., the X reported.", "...,
# according to the X.", "..., Jane Doe told the X.", "The X reported on Monday that ...";
# the agency is also named by its initials ("..., according to ZNA.").
CREDIT_FORMS = ("reported", "according", "told", "that")
# The share of retold sentences that name the agency when the story has an agency article.
WIRE_NAMED = 0.5
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _credit(
    docs: list[Doc],
    gold: list[dict[str, Any]],
    share: float,
    seed: int,
    synonyms: dict[str, str],
) -> list[dict[str, Any]]:
    """Credits after the reuse is injected, from a random state of their own (the rest of the
    corpus stays as without them): a news agency (a new outlet, ``WIRE_SHARE`` of the articles
    outside duplicate groups) whose stories open with a dateline ("TOLVANE (Zarn News
    Agency) - ", and copies of them too); passages reused from an agency story close the
    target with a "(With ZNA)" line; and ``share`` of the articles outside duplicate groups end
    with a paragraph that retells a sentence of an earlier article of their story by another
    outlet (published up to three days before) and names it (:data:`CREDIT_FORMS`).  Gold
    passage offsets are shifted past the datelines; the retold sentences are gold passages of
    kind "attributed".  Returns the new gold records."""
    r = random.Random(seed * 1_000_003 + 7)
    gen = _Gen.__new__(_Gen)  # names only: a random state of its own
    gen.r = r
    wire = f"Z{gen._word()} News Agency"
    initials = "".join(w[0] for w in wire.split()).upper()
    grouped = {m for g in gold if g["type"] == "group" for m in g["members"]}
    by_id = {d.id: d for d in docs}
    # the agency: a share of the articles outside duplicate groups, and the groups whose
    # first member (their source) it is
    for d in docs:
        if d.id not in grouped and r.random() < WIRE_SHARE:
            d.source = wire
    for g in gold:
        if g["type"] == "group" and r.random() < WIRE_SHARE:
            by_id[g["members"][0]].source = wire
    shift: dict[str, int] = {}
    places = [gen._name().upper() for _ in range(40)]
    for d in docs:
        if d.source == wire:
            shift[d.id] = _prefix(d, f"{r.choice(places)} ({wire}) - ")
    for g in gold:
        if g["type"] == "group" and by_id[g["members"][0]].source == wire:
            line = f"{r.choice(places)} ({initials}) - "
            for m in g["members"][1:]:  # copies in other papers keep the agency's dateline
                shift[m] = _prefix(by_id[m], line)
    for g in gold:
        if g["type"] == "passage":
            g["source_start"] += shift.get(g["source"], 0)
            g["source_end"] += shift.get(g["source"], 0)
            g["target_start"] += shift.get(g["target"], 0)
            g["target_end"] += shift.get(g["target"], 0)
            if by_id[g["source"]].source == wire and by_id[g["target"]].source != wire:
                by_id[g["target"]].paragraphs.append([f"(With {initials})"])
    by_story: dict[str, list[Doc]] = {}
    for d in docs:
        by_story.setdefault(d.story, []).append(d)
    out = []
    for d in docs:
        if d.id in grouped or r.random() >= share:
            continue
        earlier = [
            x for x in by_story[d.story]
            if x.source != d.source and x.id not in grouped
            and 0 <= (date.fromisoformat(d.published) - date.fromisoformat(x.published)).days <= 3
        ]  # fmt: skip
        if not earlier:
            continue
        agency = [x for x in earlier if x.source == wire]
        src = r.choice(agency if agency and r.random() < WIRE_NAMED else earlier)
        out.append(_retell(r, src, d, (wire, initials), synonyms, f"{gen._name()} {gen._name()}"))
    return out


def _prefix(doc: Doc, line: str) -> int:
    doc.paragraphs[0] = [line + doc.paragraphs[0][0], *doc.paragraphs[0][1:]]
    return len(line)


def _retell(
    r: random.Random,
    src: Doc,
    tgt: Doc,
    wire: tuple[str, str],
    synonyms: dict[str, str],
    speaker: str,
) -> dict[str, Any]:
    """A last paragraph of ``tgt`` retelling a sentence of ``src`` in other words (half the
    words that have a synonym swapped, maybe the last quarter dropped) and naming ``src``'s
    outlet (``wire``: the agency's name and initials); its gold record."""
    k = r.randrange(len(src.paragraphs))
    m = r.randrange(len(src.paragraphs[k]))
    sentence = src.paragraphs[k][m]
    start = _offset_of_paragraph(src.paragraphs, k) + sum(len(s) + 1 for s in src.paragraphs[k][:m])
    words = [synonyms.get(w, w) if r.random() < 0.5 else w for w in sentence.rstrip(".").split()]
    if r.random() < 0.3:
        words = words[: max(6, len(words) * 3 // 4)]
    body = " ".join(words)
    name = wire[1] if src.source == wire[0] and r.random() < 0.5 else f"the {src.source}"
    form = r.choice(CREDIT_FORMS)
    if form == "reported":
        text = f"{body}, {name} reported."
    elif form == "according":
        text = f"{body}, according to {name}."
    elif form == "told":
        text = f"{body}, {speaker} told {name}."
    else:
        lead = name[0].upper() + name[1:]
        text = f"{lead} reported on {r.choice(WEEKDAYS)} that {body[0].lower()}{body[1:]}."
    text = text[0].upper() + text[1:]
    tgt.paragraphs.append([text])
    tgt_start = _offset_of_paragraph(tgt.paragraphs, len(tgt.paragraphs) - 1)
    return {
        "type": "passage",
        "kind": "attributed",
        "source": src.id,
        "source_start": start,
        "source_end": start + len(sentence),
        "target": tgt.id,
        "target_start": tgt_start,
        "target_end": tgt_start + len(text),
    }


def write(out: Path, articles: list[dict[str, Any]], gold: list[dict[str, Any]]) -> None:
    """Write ``articles.jsonl`` and ``gold.jsonl`` into ``out`` (created if needed)."""
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in (("articles.jsonl", articles), ("gold.jsonl", gold)):
        with (out / name).open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--reuse", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--credits", type=float, default=0.0, help="share of articles naming another outlet"
    )
    args = parser.parse_args()
    articles, gold = generate(args.docs, args.reuse, args.seed, credits=args.credits)
    write(args.out, articles, gold)
    print(f"wrote {len(articles)} articles and {len(gold)} gold records to {args.out}")


if __name__ == "__main__":
    main()
