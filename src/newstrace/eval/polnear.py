"""PolNeAR quote attribution benchmark: ``python -m newstrace.eval polnear [--split dev]``.

Scores content, source (speaker) and cue spans of :func:`find_quotes` against the brat
standoff annotations of PolNeAR (Newell, Margolin & Ruths, LREC 2018), span F1 exact and
overlap with one-to-one matching, micro-averaged over documents.

Choices, stated here and in docs/results.md:
- An article with several ``.ann`` files (several annotators) is scored once per annotation
  file, as if each were its own document; no annotator is preferred.
- A discontinuous brat span ("12 20;25 40") is taken as its envelope (12, 40).
- Direct-quote content is widened to include its quotation marks, as PolNeAR annotates it.
- Consecutive direct quotes of one speaker in a paragraph ("“A,” she said. “B.”") are merged
  into one predicted content, as PolNeAR annotates one content per attribution (not with
  ``--fragments``, which scores discontinuous gold spans fragment by fragment instead); an
  indirect attribution beside a quote ("“A,” she said, adding that B") stays its own.

``--rule NAME=on|off`` switches one rule of :mod:`newstrace.stages.extract.quotes.rules` for a
run; ``--ablation`` scores the split with each rule flipped in turn (tune on train only).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newstrace.stages.extract.quotes import RawQuote, find_quotes, rules

DEFAULT_ROOT = Path(os.environ.get("NEWSTRACE_SHARED", Path(__file__).parents[4] / "shared"))
LABELS = ("Content", "Source", "Cue")
_MARKS = '“”"‘’«»'

Spans = list[tuple[int, int]]


@dataclass
class Counts:
    """True positives (exact and overlap), predicted and gold totals for one label."""

    exact: int = 0
    overlap: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, pred: Spans, gold: Spans) -> None:
        self.pred += len(pred)
        self.gold += len(gold)
        self.exact += len(set(pred) & set(gold))
        self.overlap += _overlap_matches(pred, gold)

    def scores(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for name, tp in (("exact", self.exact), ("overlap", self.overlap)):
            p = tp / self.pred if self.pred else 0.0
            r = tp / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            out.update({f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f})
        return out


@dataclass
class Result:
    documents: int = 0
    by_label: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in LABELS})

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"documents": self.documents}
        for k, c in self.by_label.items():
            out[k.lower()] = {**c.scores(), "pred": c.pred, "gold": c.gold}
        return out


def _overlap_matches(pred: Spans, gold: Spans) -> int:
    """One-to-one matching of overlapping spans, greedy by overlap length."""
    pairs = []
    for i, (ps, pe) in enumerate(pred):
        for j, (gs, ge) in enumerate(gold):
            ov = min(pe, ge) - max(ps, gs)
            if ov > 0:
                pairs.append((ov, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    return len(used_p)


def read_ann(path: Path, fragments: bool = False) -> dict[str, Spans]:
    """Source, Cue and Content spans of one brat ``.ann`` file.

    A discontinuous span counts as its envelope, or as separate fragments with ``fragments``.
    """
    out: dict[str, Spans] = {k: [] for k in LABELS}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        label, _, offsets = parts[1].partition(" ")
        if label not in out:
            continue
        if fragments:
            for frag in offsets.split(";"):
                a, b = frag.split()
                out[label].append((int(a), int(b)))
        else:
            nums = [int(x) for x in offsets.replace(";", " ").split()]
            out[label].append((min(nums), max(nums)))
    return out


def predict(text: str, merge: bool = True) -> dict[str, Spans]:
    """Predicted Content, Source and Cue spans for one text.

    With ``merge``, a quote that continues the previous one in the same paragraph
    (``“A,” she said. “B.”``) extends that quote's content, as PolNeAR annotates one
    (discontinuous) content per attribution.
    """
    out: dict[str, Spans] = {k: [] for k in LABELS}
    quotes = find_quotes(text)
    owner: dict[int, int] = {}  # quote index -> index in out["Content"]
    for n, q in enumerate(quotes):
        span = _with_marks(text, q)
        prev = q.inherit_from
        if (
            prev is None
            and n
            and q.speaker is not None
            and quotes[n - 1].speaker == q.speaker
            and q.kind == quotes[n - 1].kind == "direct"
        ):
            prev = n - 1  # "“A,” Bond said, “B”": one attribution around the speaker
        same_para = prev is not None and "\n" not in text[quotes[prev].end : q.start]
        if merge and prev is not None and prev in owner and same_para:
            k = owner[prev]
            out["Content"][k] = (out["Content"][k][0], span[1])
            owner[n] = k
            continue
        owner[n] = len(out["Content"])
        out["Content"].append(span)
        if q.speaker and q.speaker not in out["Source"]:
            out["Source"].append(q.speaker)
        if q.cue and q.cue not in out["Cue"]:
            out["Cue"].append(q.cue)
    return out


def _with_marks(text: str, q: RawQuote) -> tuple[int, int]:
    start, end = q.start, q.end
    if q.kind == "direct":
        if text[max(0, start - 2) : start] in {"``", "''"}:
            start -= 2
        elif start > 0 and text[start - 1] in _MARKS:
            start -= 1
        if text[end : end + 2] == "''":
            end += 2
        elif end < len(text) and text[end] in _MARKS:
            end += 1
    return start, end


def documents(root: Path, split: str) -> Iterator[tuple[str, Path, list[Path]]]:
    """(name, text path, annotation paths) for each article of a split."""
    base = root / "eval" / "polnear" / "data" / split
    anns: dict[str, list[Path]] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        anns.setdefault(stem, []).append(ann)
    for txt in sorted((base / "text").glob("*.txt")):
        if txt.stem in anns:
            yield txt.stem, txt, anns[txt.stem]


def evaluate(root: Path, split: str, limit: int | None = None, fragments: bool = False) -> Result:
    """Score a split (the first ``limit`` articles in name order when given)."""
    result = Result()
    for n, (_, txt, anns) in enumerate(documents(root, split)):
        if limit is not None and n >= limit:
            break
        text = txt.read_text(encoding="utf-8")
        pred = predict(text, merge=not fragments)
        for ann in anns:
            gold = read_ann(ann, fragments)
            result.documents += 1
            for label in LABELS:
                result.by_label[label].add(pred[label], gold[label])
    return result


def agreement(root: Path, split: str) -> tuple[Result, Result]:
    """Inter-annotator agreement on the articles annotated twice, and ours on the same.

    The second annotation file of an article is scored against the first (F1 is symmetric),
    which bounds what any system can score against these annotations.
    """
    humans, ours = Result(), Result()
    for _, txt, anns in documents(root, split):
        if len(anns) < 2:
            continue
        first, second = read_ann(anns[0]), read_ann(anns[1])
        pred = predict(txt.read_text(encoding="utf-8"))
        humans.documents += 1
        ours.documents += 1
        for label in LABELS:
            humans.by_label[label].add(second[label], first[label])
            ours.by_label[label].add(pred[label], first[label])
    return humans, ours


def ablation(root: Path, split: str, limit: int | None = None) -> Iterator[tuple[str, Result]]:
    """The split scored as is ("base"), then with each quote rule of :mod:`..quotes.rules`
    flipped in turn (on -> off, off -> on)."""
    yield "base", evaluate(root, split, limit)
    for name in rules.names():
        before = rules.set_rule(name, not getattr(rules, name))
        try:
            yield f"{name}={'off' if before else 'on'}", evaluate(root, split, limit)
        finally:
            rules.set_rule(name, before)


def _ablation_table(rows: Iterable[tuple[str, Result]]) -> Iterator[str]:
    yield "| setting | content exact F1 | source exact F1 | cue exact F1 | content overlap F1 |"
    yield "|---|---|---|---|---|"
    base: list[float] | None = None
    for name, result in rows:
        s = [result.by_label[k].scores() for k in LABELS]
        f1 = [x["exact_f1"] for x in s] + [s[0]["overlap_f1"]]
        base = base or f1
        pairs = zip(f1, base, strict=True)
        cells = " | ".join(
            f"{v:.4f}" if name == "base" else f"{v:.4f} ({v - b:+.4f})" for v, b in pairs
        )
        yield f"| {name} | {cells} |"


def _set_rules(settings: list[str]) -> None:
    """Apply ``NAME=on|off`` settings to the quote rules."""
    for setting in settings:
        name, _, value = setting.partition("=")
        if value not in {"on", "off"}:
            raise SystemExit(f"--rule wants NAME=on or NAME=off, got {setting!r}")
        rules.set_rule(name, value == "on")


def _table(result: Result, split: str) -> Iterable[str]:
    yield f"PolNeAR {split}: {result.documents} annotation files"
    yield (
        "| span | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 | pred | gold |"
    )
    yield "|---|---|---|---|---|---|---|---|---|"
    for label, c in result.by_label.items():
        s = c.scores()
        yield (
            f"| {label.lower()} | {s['exact_p']:.3f} | {s['exact_r']:.3f} | {s['exact_f1']:.3f} "
            f"| {s['overlap_p']:.3f} | {s['overlap_r']:.3f} | {s['overlap_f1']:.3f} "
            f"| {c.pred} | {c.gold} |"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newstrace.eval polnear")
    parser.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="the shared/ folder")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--fragments", action="store_true", help="score discontinuous gold spans by fragment"
    )
    parser.add_argument(
        "--agreement",
        action="store_true",
        help="annotator vs annotator on doubly annotated articles, and ours on the same",
    )
    parser.add_argument(
        "--rule",
        action="append",
        default=[],
        metavar="NAME=on|off",
        help="switch a quote rule (stages/extract/quotes/rules.py) for this run",
    )
    parser.add_argument(
        "--ablation", action="store_true", help="score with each quote rule flipped in turn"
    )
    args = parser.parse_args(argv)
    _set_rules(args.rule)
    if not (args.root / "eval" / "polnear").exists():
        print(f"PolNeAR not found under {args.root}", file=sys.stderr)
        return 2
    if args.agreement:
        humans, ours = agreement(args.root, args.split)
        print("\n".join(_table(humans, f"{args.split}, second annotator vs first")))
        print("\n".join(_table(ours, f"{args.split}, newstrace vs first annotator")))
        return 0
    if args.ablation:
        print("\n".join(_ablation_table(ablation(args.root, args.split, args.limit))))
        return 0
    result = evaluate(args.root, args.split, args.limit, args.fragments)
    if args.json:
        print(json.dumps(result.as_dict(), indent=2))
    else:
        print("\n".join(_table(result, args.split)))
    return 0
