"""Dispatch ``python -m newstrace.eval NAME ...`` to the benchmark's module."""

from __future__ import annotations

import importlib
import sys

from newstrace.eval import BENCHMARKS


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help"} or args[0] not in BENCHMARKS:
        names = ", ".join(sorted(BENCHMARKS))
        print(f"usage: python -m newstrace.eval {{{names}}} [options]", file=sys.stderr)
        return 0 if args and args[0] in {"-h", "--help"} else 2
    module = importlib.import_module(BENCHMARKS[args[0]])
    return int(module.main(args[1:]))


if __name__ == "__main__":
    raise SystemExit(main())
