"""Evaluation harness: ``python -m newstrace.eval BENCHMARK [options]``.

Each benchmark lives in a module of this package with a ``main(argv) -> int``.
"""

BENCHMARKS = {
    "pan13": "newstrace.eval.pan13",
    "clough": "newstrace.eval.clough",
    "webis": "newstrace.eval.webis",
    "ecbplus": "newstrace.eval.ecbplus",
    "polnear": "newstrace.eval.polnear",
}
