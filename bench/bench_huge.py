"""Benchmark: huge and pathological inputs through the whole pipeline.

Usage:
    python bench/bench_huge.py [--case NAME ...] [--json] [--timeout S] [--keep DIR]
    python bench/bench_huge.py --list

Each case is a small folder of inputs made on the fly (seeded; pseudo-English from
``bench/synth.py``) next to a few ordinary articles, so that the reuse engine has pairs to
align.  Every case runs in its own child process (a case that hangs or blows up memory does
not stop the others): ingest, each analysis stage, the JSON export and the HTML report are
timed (wall seconds), with the peak resident memory of the child and the number of
alignments and linked pairs.  ``--timeout`` kills a case's child after that many seconds
(reported as ``timeout``).

Cases:
  big-article   one 3 MB article; five articles reuse passages of it, five are unrelated
  reprint       two 1 MB articles sharing most of their text (a long report reprinted)
  all-quoted    a 600 KB article that is all quotation, of a 1.2 MB article
  one-line      a single 200 KB line with no sentence ends, and an article quoting part of it
  many-small    10,000 one-line articles (some repeated)
  table         an article of 50,000 short repeated lines, and a second table like it
  binary        binary junk and control characters (files of random bytes, texts with NULs)
  long-words    extremely long words: URLs and base64 blobs, in an article and its copy
"""

from __future__ import annotations

import argparse
import base64
import importlib.util
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _synth() -> Any:
    spec = importlib.util.spec_from_file_location("synth", HERE / "synth.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["synth"] = module  # its dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


class Maker:
    """Seeded pseudo-English text (the synthetic corpus's generator)."""

    def __init__(self, seed: int = 7) -> None:
        self.gen = _synth()._Gen(seed)
        self.r = random.Random(seed)
        self.day0 = date(2024, 1, 1)
        self.stories = 0

    def paragraphs(self, chars: int) -> list[str]:
        """Paragraphs of one story, about ``chars`` characters in all."""
        story = self.gen.story(self.stories, self.day0)
        self.stories += 1
        out: list[str] = []
        size = 0
        while size < chars:
            doc = self.gen.document("x", story)
            for par in doc.paragraphs:
                text = " ".join(par)
                out.append(text)
                size += len(text) + 2
                if size >= chars:
                    break
        return out

    def text(self, chars: int) -> str:
        return "\n\n".join(self.paragraphs(chars))


def _record(i: str, text: str, day: int, source: str = "Bench Post") -> dict[str, Any]:
    return {"id": i, "title": f"Article {i}", "source": f"{source} {i[-1:]}",
            "published": f"2024-02-{1 + day % 27:02d}", "text": text}  # fmt: skip


def _write_jsonl(folder: Path, name: str, rows: list[dict[str, Any]]) -> None:
    with (folder / name).open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _ordinary(m: Maker, n: int, prefix: str, day: int = 20) -> list[dict[str, Any]]:
    return [_record(f"{prefix}{k}", m.text(3000), day + k) for k in range(n)]


def _reusers(m: Maker, big: list[str], n: int, prefix: str) -> list[dict[str, Any]]:
    """Articles that each take two runs of three paragraphs of ``big`` among their own."""
    rows = []
    for k in range(n):
        own = m.paragraphs(2500)
        for _ in range(2):
            at = m.r.randrange(len(big) - 3)
            own.insert(m.r.randrange(len(own) + 1), "\n\n".join(big[at : at + 3]))
        rows.append(_record(f"{prefix}{k}", "\n\n".join(own), 10 + k))
    return rows


def case_big_article(m: Maker, folder: Path) -> None:
    big = m.paragraphs(3_000_000)
    rows = [_record("big", "\n\n".join(big), 1)]
    rows += _reusers(m, big, 5, "reuser") + _ordinary(m, 5, "other")
    _write_jsonl(folder, "articles.jsonl", rows)


def case_reprint(m: Maker, folder: Path) -> None:
    report = m.paragraphs(1_000_000)
    reprint = list(report)
    for _ in range(len(reprint) // 20):  # a paragraph in twenty replaced, some added
        reprint[m.r.randrange(len(reprint))] = m.text(400)
    reprint[0:0] = m.paragraphs(2000)
    rows = [_record("report", "\n\n".join(report), 1), _record("reprint", "\n\n".join(reprint), 3)]
    _write_jsonl(folder, "articles.jsonl", rows + _ordinary(m, 5, "other"))


def _quoted(par: str, m: Maker) -> str:
    return f"\u201c{par}\u201d said {m.r.choice(['the minister', 'a spokesman', 'Dr Lurane'])}."


def case_all_quoted(m: Maker, folder: Path) -> None:
    source = m.paragraphs(1_200_000)
    quoted = [_quoted(p, m) for p in source[: len(source) // 2]]
    rows = [_record("speech", "\n\n".join(source), 1), _record("quoted", "\n\n".join(quoted), 2)]
    _write_jsonl(folder, "articles.jsonl", rows + _ordinary(m, 5, "other"))


def case_one_line(m: Maker, folder: Path) -> None:
    words = m.text(200_000).replace(".", "").replace("\n\n", " ")[:200_000]
    at = len(words) // 3
    part = words[at : at + 3000]
    rows = [_record("line", words, 1), _record("partial", m.text(1500) + "\n\n" + part, 2)]
    _write_jsonl(folder, "articles.jsonl", rows + _ordinary(m, 5, "other"))


def case_many_small(m: Maker, folder: Path) -> None:
    lines = m.text(1_200_000).replace("\n\n", " ").split(". ")
    rows = []
    for k in range(10_000):
        line = lines[k % len(lines)] if k % 7 else lines[(k * 13) % 500]  # some repeated
        rows.append(_record(f"s{k:05d}", line.strip() + ".", k))
    _write_jsonl(folder, "articles.jsonl", rows)


def case_table(m: Maker, folder: Path) -> None:
    names = [w.capitalize() for w in m.text(3000).split()[:40]]

    def table(seed: int) -> str:
        r = random.Random(seed)
        rows = [f"{r.choice(names)} | {r.randrange(1, 40)} | {r.choice(['up', 'down', 'flat'])}"
                for _ in range(50_000)]  # fmt: skip
        return "Results by district\n" + "\n".join(rows)

    rows = [_record("table", table(1), 1), _record("table2", table(2), 2)]
    _write_jsonl(folder, "articles.jsonl", rows + _ordinary(m, 5, "other"))


def case_binary(m: Maker, folder: Path) -> None:
    r = random.Random(3)
    for k in range(3):
        (folder / f"junk{k}.txt").write_bytes(r.randbytes(300_000))
    controls = "".join(chr(c) for c in range(32) if chr(c) not in "\n\t")
    noisy = "".join(ch if r.random() > 0.05 else r.choice(controls) for ch in m.text(40_000))
    text = m.text(20_000)
    rows = [_record("noisy", noisy, 1), _record("nul", text.replace(" ", "\x00 ", 500), 2),
            _record("copy", text, 3), _record("only-controls", controls * 3000, 4)]  # fmt: skip
    _write_jsonl(folder, "articles.jsonl", rows + _ordinary(m, 3, "other"))
    (folder / "mixed.html").write_bytes(b"<html><body><p>" + r.randbytes(100_000) + b"</p>")


def case_long_words(m: Maker, folder: Path) -> None:
    r = random.Random(5)
    blob = base64.b64encode(r.randbytes(150_000)).decode()
    url = "https://example.org/" + "/".join(m.text(60_000).split()) + "?q=" + "a" * 20_000
    pars = m.paragraphs(30_000)
    pars.insert(3, blob)
    pars.insert(6, url)
    pars.insert(9, "x" * 100_000)
    text = "\n\n".join(pars)
    rows = [_record("words", text, 1), _record("words-copy", m.text(2000) + "\n\n" + text, 2)]
    _write_jsonl(folder, "articles.jsonl", rows + _ordinary(m, 5, "other"))


CASES: dict[str, Callable[[Maker, Path], None]] = {
    "big-article": case_big_article,
    "reprint": case_reprint,
    "all-quoted": case_all_quoted,
    "one-line": case_one_line,
    "many-small": case_many_small,
    "table": case_table,
    "binary": case_binary,
    "long-words": case_long_words,
}


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run_case(name: str, work: Path) -> dict[str, Any]:
    """Make the case's inputs, then ingest, analyse, export and report them (in this process)."""
    import newstrace

    inputs = work / "inputs"
    inputs.mkdir(parents=True)
    start = time.perf_counter()
    CASES[name](Maker(), inputs)
    made = time.perf_counter() - start
    size = sum(p.stat().st_size for p in inputs.iterdir())
    row: dict[str, Any] = {"case": name, "input_bytes": size, "make_s": round(made, 2)}
    base_mb = _peak_mb()
    with newstrace.open(work / "newstrace.db") as corpus:
        start = time.perf_counter()
        ingested = corpus.add(inputs)
        row["ingest_s"] = round(time.perf_counter() - start, 2)
        row["articles"] = len(corpus)
        row["skipped"] = len(ingested.skipped)
        analysis = corpus.analyze()
        row["stages_s"] = {n: round(s, 2) for n, s in analysis.stages}
        for what, call in (("export_s", lambda: corpus.export(work / "analysis.json")),
                           ("report_s", lambda: corpus.report(work / "report.html"))):  # fmt: skip
            start = time.perf_counter()
            call()
            row[what] = round(time.perf_counter() - start, 2)
        row["alignments"] = len(corpus.alignments())
        row["pairs"] = len(corpus.pairs())
    row["peak_mb"] = _peak_mb()
    row["peak_over_start_mb"] = round(row["peak_mb"] - base_mb, 1)
    row["total_s"] = round(row["ingest_s"] + sum(row["stages_s"].values())
                           + row["export_s"] + row["report_s"], 2)  # fmt: skip
    return row


def _child(name: str, timeout: float, keep: Path | None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"huge-{name}-") as tmp:
        work = keep / name if keep else Path(tmp)
        cmd = [sys.executable, __file__, "--worker", name, "--work", str(work)]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return {"case": name, "error": f"timeout after {timeout:.0f} s"}
    if done.returncode:
        return {"case": name, "error": done.stderr.strip().splitlines()[-1:]}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _show(row: dict[str, Any]) -> str:
    if "error" in row:
        return f"{row['case']:12} ERROR {row['error']}"
    stages = " ".join(f"{n} {s:.1f}" for n, s in row["stages_s"].items())
    return (f"{row['case']:12} {row['input_bytes'] / 1e6:6.2f} MB {row['articles']:6} art  "
            f"ingest {row['ingest_s']:.1f}  {stages}  export {row['export_s']:.1f}  "
            f"report {row['report_s']:.1f}  total {row['total_s']:.1f} s  "
            f"peak {row['peak_mb']:.0f} MB  "
            f"{row['alignments']} al / {row['pairs']} pairs")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--case", action="append", choices=sorted(CASES), help="run only these")
    ap.add_argument("--json", action="store_true", help="one JSON object per case")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds per case")
    ap.add_argument("--keep", type=Path, help="keep each case's inputs and outputs here")
    ap.add_argument("--list", action="store_true", help="list the cases")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.list:
        print("\n".join(CASES))
        return
    if args.worker:
        print(json.dumps(run_case(args.worker, args.work)))
        return
    for name in args.case or list(CASES):
        row = _child(name, args.timeout, args.keep)
        print(json.dumps(row) if args.json else _show(row), flush=True)


if __name__ == "__main__":
    main()
