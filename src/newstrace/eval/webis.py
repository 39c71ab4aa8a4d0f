"""Webis-CPC-11 (1,000-pair sample): ``python -m newstrace.eval webis``.

Every pair is reuse (a "No" is a rejected paraphrase attempt, mostly a near copy), so the
measure is the share of pairs the aligner links (any alignment, with the product's default
settings), per label, plus a negative control: the same originals paired with the paraphrase
of another, randomly chosen pair (fixed seed) should almost never be linked.

A second, harder negative control comes from ECB+ (``--ecb``): pairs of news articles on the
same topic but about *different* events (one article from the topic's ``ecb`` subtopic, one
from its ``ecbplus`` subtopic, e.g. two different celebrity rehab stays), written
independently.  Same-topic vocabulary is what loose paraphrase thresholds fall for, so the
share of these pairs linked is the false-positive measure used to choose the thresholds
(docs/results.md).  Pairs within one event are not used: many share wire text or quotes.

The ECB+ article pairs are far longer than Webis passages (median 78 sentence pairs against
4), so a threshold that depends on the search-space size (m x n sentence pairs) could pass the
article control while linking short same-topic texts freely.  The *passage-sized* ECB+ control
(``ecb_passage_pairs``) cuts each cross-event pair to the lead sentences of the two articles,
as many as the two texts of a Webis "Yes" pair have (pair k of the control takes the sizes of
Yes pair k mod 500): same-topic independent news at Webis size.

``--corpus`` measures the product rather than the aligner given each pair: every original
and paraphrase is one undated article of a single corpus analysed by the align stage
(candidate indexes, alignment, direction), and a paraphrase counts as found when it is linked
to an article holding its original's text (the sample repeats some originals).  The control
there is the links between texts of different originals; the direction of each found "Yes"
pair (the original the source, the paraphrase, or none) is counted too.  Its same-topic
control (``ecb_lead_corpus``) is the lead sentence of every ECB+ article analysed as one
corpus of short texts: a link between the leads of two different events is a false link.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from newstrace.config.reuse import ReuseSettings
from newstrace.eval.options import add_reuse_options, mode_label, product_settings, reuse_params
from newstrace.records import Article, RecordSet
from newstrace.stages import align as align_stage
from newstrace.stages import dedup
from newstrace.stages.align import align_params
from newstrace.stages.align.align import AlignParams, align_texts, blas_limited
from newstrace.stages.align.sentences import SentenceCache
from newstrace.stages.ingest.article import make_article

DEFAULT_DIR = Path(os.environ.get("NEWSTRACE_SHARED", Path(__file__).parents[4] / "shared"))
DEFAULT_ECB = DEFAULT_DIR / "eval" / "ecbplus" / "docs.jsonl"
CONTROL_SEED = 13
ECB_LIMIT = 1000  # cross-event pairs drawn (fixed seed) for the ECB+ control


@dataclass(frozen=True, slots=True)
class WebisPair:
    id: str
    label: bool  # is_paraphrased == "Yes"
    original: str
    paraphrase: str


def load(path: Path) -> list[WebisPair]:
    """Pairs of the JSON sample (sentences joined by spaces)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for k, row in enumerate(data):
        orig = " ".join(s["text"].strip() for s in row["original"])
        para = " ".join(s["text"].strip() for s in row["paraphrase"])
        out.append(WebisPair(f"{k}", row["is_paraphrased"] == "Yes", orig, para))
    return out


def sample(pairs: Sequence[WebisPair], limit: int | None) -> list[WebisPair]:
    """An even spread of ``limit`` pairs, balanced over the labels."""
    if not limit:
        return list(pairs)
    out: list[WebisPair] = []
    for label in (True, False):
        group = [p for p in pairs if p.label == label]
        step = max(1, len(group) // max(1, limit // 2))
        out.extend(group[::step][: limit // 2])
    return out


def linked(pairs: Sequence[tuple[str, str]], params: AlignParams) -> list[bool]:
    """Whether the aligner finds any reused passage in each (source, target) text pair."""
    cache = SentenceCache()
    out = []
    with blas_limited():
        for k, (src, tgt) in enumerate(pairs):
            ds, dt = cache.get(f"s{k}", src), cache.get(f"t{k}", tgt)
            out.append(bool(align_texts(src, ds, tgt, dt, params)))
    return out


def control_pairs(pairs: Sequence[WebisPair]) -> list[tuple[str, str]]:
    """Originals re-paired with another pair's paraphrase (a derangement, fixed seed)."""
    rng = random.Random(CONTROL_SEED)
    n = len(pairs)
    shift = [(k + rng.randrange(1, n)) % n for k in range(n)] if n > 1 else [0]
    return [(p.original, pairs[shift[k]].paraphrase) for k, p in enumerate(pairs)]


def ecb_cross_event_pairs(path: Path, limit: int | None = ECB_LIMIT) -> list[tuple[str, str]]:
    """Same-topic, different-event ECB+ article pairs (ecb x ecbplus subtopic), shuffled."""
    topics: dict[int, dict[str, list[str]]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                topics.setdefault(d["topic"], {}).setdefault(d["subtopic"], []).append(d["text"])
    pairs = [
        (a, b)
        for sub in topics.values()
        if len(sub) == 2
        for a, b in itertools.product(sub.get("ecb", []), sub.get("ecbplus", []))
    ]
    random.Random(CONTROL_SEED).shuffle(pairs)
    return pairs[:limit] if limit else pairs


def ecb_passage_pairs(
    ecb: Sequence[tuple[str, str]], pairs: Sequence[WebisPair]
) -> list[tuple[str, str]]:
    """ECB+ pairs cut to the lead sentences, sized like the Webis "Yes" pairs (see above)."""
    sized = [p for p in pairs if p.label] or list(pairs)
    cache = SentenceCache()
    out = []
    for k, (a, b) in enumerate(ecb):
        p = sized[k % len(sized)]
        m = len(cache.get(f"o{k}", p.original))
        n = len(cache.get(f"p{k}", p.paraphrase))
        out.append((_lead(cache, f"a{k}", a, m), _lead(cache, f"b{k}", b, n)))
    return out


def _lead(cache: SentenceCache, key: str, text: str, count: int) -> str:
    """The first ``count`` sentences of ``text`` (at least one)."""
    spans = cache.get(key, text).spans
    if not spans:
        return text
    return text[spans[0][0] : spans[min(max(count, 1), len(spans)) - 1][1]]


def ecb_linked(pairs: Sequence[tuple[str, str]], params: AlignParams) -> float:
    """Share of independent same-topic article pairs the aligner links (false positives)."""
    got = linked(pairs, params)
    return sum(got) / max(len(got), 1)


def evaluate(pairs: Sequence[WebisPair], params: AlignParams) -> dict[str, float]:
    """Linked shares for Yes, No and the re-paired control."""
    got = linked([(p.original, p.paraphrase) for p in pairs], params)
    yes = [g for g, p in zip(got, pairs, strict=True) if p.label]
    no = [g for g, p in zip(got, pairs, strict=True) if not p.label]
    ctrl = linked(control_pairs(pairs), params)
    return {
        "yes_linked": sum(yes) / max(len(yes), 1),
        "no_linked": sum(no) / max(len(no), 1),
        "control_linked": sum(ctrl) / max(len(ctrl), 1),
        "pairs": float(len(pairs)),
    }


def corpus_evaluate(pairs: Sequence[WebisPair], params: AlignParams) -> dict[str, float]:
    """The sample analysed as one corpus by the align stage (see the module notes): shares of
    Yes and No paraphrases linked to their original, texts linked to a text of another
    original, and the direction of the found Yes pairs."""
    text_of: dict[str, str] = {}
    articles = []
    for p in pairs:
        for side, text in (("o", p.original), ("p", p.paraphrase)):
            articles.append(make_article(text, id=f"{side}{p.id}"))
            text_of[f"{side}{p.id}"] = p.original  # each text known by its original
    partners: dict[str, dict[str, str]] = defaultdict(dict)  # id -> partner -> its role
    crossed: set[str] = set()
    identical: set[str] = set()  # one text submitted for two originals (a junk answer)
    texts = {a.id: a.text for a in articles}
    for source, target, role in _links(articles, params):
        if text_of[source] != text_of[target]:
            same = texts[source] == texts[target]
            (identical if same else crossed).update((source, target))
        partners[target][source] = role
        partners[source][target] = "target" if role == "source" else "none"
    out: Counter[str] = Counter()
    for p in pairs:
        roles = {
            r for o, r in partners[f"p{p.id}"].items() if o[0] == "o" and text_of[o] == p.original
        }
        out[f"{'yes' if p.label else 'no'}_found"] += bool(roles)
        if roles and p.label:  # the original as source, no direction, or the paraphrase
            out["yes_" + _direction(roles)] += 1
    yes = sum(p.label for p in pairs)
    return {
        "corpus_yes_linked": out["yes_found"] / max(yes, 1),
        "corpus_no_linked": out["no_found"] / max(len(pairs) - yes, 1),
        "corpus_texts_crossed": len(crossed) / max(len(articles), 1),
        "corpus_texts_identical_crossed": float(len(identical)),
        **{f"corpus_yes_direction_{k}": float(out[f"yes_{k}"]) for k in ("right", "wrong", "none")},
    }


def ecb_lead_corpus(path: Path, params: AlignParams) -> dict[str, float]:
    """The first sentence of every ECB+ article as one corpus of undated texts, analysed by the
    align stage: pairs linked between two different events (false links between same-topic
    news leads) and within one event (independent reports or shared wire copy)."""
    cache = SentenceCache()
    event: dict[str, str] = {}
    articles = []
    with path.open(encoding="utf-8") as fh:
        for line in filter(str.strip, fh):
            d = json.loads(line)
            spans = cache.get(d["doc_id"], d["text"]).spans
            if spans:
                articles.append(make_article(d["text"][spans[0][0] : spans[0][1]], id=d["doc_id"]))
                event[d["doc_id"]] = d["event_cluster"]
    links = _links(articles, params)
    other = sum(event[source] != event[target] for source, target, _ in links)
    return {
        "ecb_leads": float(len(articles)),
        "ecb_leads_other_event_pairs": float(other),
        "ecb_leads_same_event_pairs": float(len(links) - other),
    }


def _links(articles: Sequence[Article], params: AlignParams) -> list[tuple[str, str, str]]:
    """(source, target, role) of every link the product makes in ``articles`` analysed as one
    corpus, the dedup stage first as in the product (identical texts are one exact group,
    not each other's best partner): the reuse pairs (role ``source`` for a derived pair,
    else ``none``) and each duplicate linked to its group's canonical copy (``source`` when
    the group knows which came first)."""
    settings = product_settings(params)
    records = dedup.run(RecordSet(articles=tuple(articles)), settings)
    found = align_stage.run(records, settings)
    links = [
        (x.source_id, x.target_id, "source" if x.relation == "derived" else "none")
        for x in found.pairs
    ]
    for g in records.duplicates:
        role = "source" if g.ordered else "none"
        links += [(g.canonical, m, role) for m in g.members if m != g.canonical]
    return links


def _direction(roles: set[str]) -> str:
    """``right`` when an original is the paraphrase's source, else ``none`` or ``wrong``."""
    return "right" if "source" in roles else "none" if "none" in roles else "wrong"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newstrace.eval webis")
    default = DEFAULT_DIR / "eval" / "webis-cpc11" / "Webis-CPC-11_1000_sample.json"
    ap.add_argument("--data", type=Path, default=default)
    ap.add_argument("--limit", type=int, default=None)
    add_reuse_options(ap)
    ap.add_argument("--ecb", type=Path, default=DEFAULT_ECB, help="ECB+ docs.jsonl")
    ap.add_argument("--ecb-limit", type=int, default=ECB_LIMIT, help="0: skip the ECB+ control")
    ap.add_argument("--corpus", action="store_true", help="also: the sample as one corpus")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    pairs = sample(load(args.data), args.limit)
    params = reuse_params(ap, args, align_params(ReuseSettings()))
    t0 = time.perf_counter()
    res = evaluate(pairs, params)
    if args.corpus:
        res.update(corpus_evaluate(pairs, params))
        if args.ecb.exists():
            res.update(ecb_lead_corpus(args.ecb, params))
    if args.ecb_limit and args.ecb.exists():
        ecb = ecb_cross_event_pairs(args.ecb, args.ecb_limit)
        res["ecb_cross_event_linked"] = ecb_linked(ecb, params)
        res["ecb_passages_linked"] = ecb_linked(ecb_passage_pairs(ecb, pairs), params)
        res["ecb_pairs"] = float(len(ecb))
    res["seconds"] = round(time.perf_counter() - t0, 2)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    print(f"Webis-CPC-11: {int(res['pairs'])} pairs, mode {mode_label(args)}, {res['seconds']}s")
    print(f"{'measure':40} {'share':>7}")
    print(f"{'Yes pairs linked (goal >= 0.95)':40} {res['yes_linked']:7.3f}")
    print(f"{'No pairs linked (also reuse)':40} {res['no_linked']:7.3f}")
    print(f"{'re-paired control linked (goal <= 0.01)':40} {res['control_linked']:7.3f}")
    if "ecb_cross_event_linked" in res:
        name = f"ECB+ other-event control ({int(res['ecb_pairs'])} pairs)"
        print(f"{name:40} {res['ecb_cross_event_linked']:7.3f}")
        name = "  same pairs cut to Webis passage size"
        print(f"{name:40} {res['ecb_passages_linked']:7.3f}")
    if "corpus_yes_linked" in res:
        _print_corpus(res)
    return 0


def _print_corpus(res: dict[str, float]) -> None:
    print("as one corpus (the align stage: candidates, alignment, direction):")
    print(f"{'  Yes linked to their original':40} {res['corpus_yes_linked']:7.3f}")
    print(f"{'  No linked to their original':40} {res['corpus_no_linked']:7.3f}")
    print(f"{'  texts linked to another original':40} {res['corpus_texts_crossed']:7.3f}")
    print(f"  (besides {int(res['corpus_texts_identical_crossed'])} identical texts given for two"
          " originals: duplicates of each other)")  # fmt: skip
    right, wrong, none = (int(res[f"corpus_yes_direction_{k}"]) for k in ("right", "wrong", "none"))
    print(f"  direction of the Yes pairs found: {right} right, {wrong} wrong, {none} none")
    if "ecb_leads" in res:
        other, same = (
            int(res["ecb_leads_other_event_pairs"]),
            int(res["ecb_leads_same_event_pairs"]),
        )
        print(f"ECB+ leads as one corpus ({int(res['ecb_leads'])} texts): {other} pairs linked "
              f"across events (false), {same} within one event")  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
