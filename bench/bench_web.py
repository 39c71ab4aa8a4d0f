"""Time the web app's pages and JSON API over a database (first and repeated request).

    PYTHONPATH=src .venv/bin/python bench/bench_web.py DB [PATH ...]

Without PATHs it times ``/``, an article page, a pair page, ``/api/articles``,
``/api/alignments`` and ``/api/alignments?article=ID`` for an article of the database's
first alignment.  Prints seconds per request, the response size, and the process's peak
resident memory (``ru_maxrss``) after each path.
"""

from __future__ import annotations

import json
import resource
import sqlite3
import sys
import time

from fastapi.testclient import TestClient

from newstrace.report.web.app import create_app


def default_paths(db: str) -> list[str]:
    """The paths timed when none are given: those of the first alignment's two articles."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    payload = con.execute(
        "SELECT payload FROM records WHERE kind='alignment' ORDER BY id LIMIT 1"
    ).fetchone()[0]
    con.close()
    al = json.loads(payload)
    src, tgt = al["source"]["article_id"], al["target"]["article_id"]
    return [
        "/", f"/article/{tgt}", f"/pair/{src}/{tgt}", "/api/articles", "/api/alignments",
        f"/api/alignments?article={tgt}",
    ]  # fmt: skip


def main(argv: list[str]) -> None:
    db, paths = argv[0], argv[1:] or default_paths(argv[0])
    client = TestClient(create_app(db))
    for path in paths:
        times = []
        for _ in range(2):
            t0 = time.perf_counter()
            got = client.get(path)
            times.append(time.perf_counter() - t0)
            assert got.status_code == 200, (path, got.status_code, got.text[:200])
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{path[:60]:60} first {times[0]:7.3f} s  again {times[1]:7.3f} s  "
            f"{len(got.content) / 1e6:8.2f} MB  peak RSS {peak:6.0f} MB",
            flush=True,
        )


if __name__ == "__main__":
    main(sys.argv[1:])
