"""Settings of the reuse engine (near-duplicates, candidates, alignment)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReuseSettings:
    enabled: bool = True
    # --- near-duplicates (stages/dedup.py); see docs/performance.md for how these were chosen
    minhash_permutations: int = 128  # signature length
    minhash_shingle_size: int = 5  # words per shingle
    minhash_seed: int = 1  # seed of the permutation coefficients (signatures depend on it)
    # LSH bands x rows (bands * rows <= minhash_permutations).  20 x 6 (S-curve ~0.61): on the
    # synthetic 100k corpus (bench/synth.py seed 1) recall of pairs with true J >= 0.8 was
    # 0.9997 vs 0.9974 for 16 x 8, for 323 vs 278 false candidates (all rejected when verified)
    dedup_bands: int = 20
    dedup_rows: int = 6
    dedup_threshold: float = 0.8  # verified Jaccard of word shingles to call a near-duplicate
    dedup_exact: bool = True  # also group exact copies of the normalised text
    # threads computing MinHash signatures (numpy releases the GIL); 0 = one per CPU core, at
    # most 4.  Results do not depend on it; 2 threads: 100k synthetic articles 3.7 -> 2.6 s wall
    dedup_threads: int = 0
    # --- passage alignment (stages/align/); defaults and how they were chosen: the module
    # constants of stages/align/{align,candidates,paraphrase,provenance}.py, docs/results.md
    align_mode: str = "lexical"  # "lexical" or "embed" (sentence embeddings; needs torch)
    # shortest reused passage for news (PAN evaluation uses 150); 40 vs 80: Webis-CPC-11 Yes
    # linked 0.732 -> 0.772, re-paired control 0.000 both
    align_min_chars: int = 40
    align_seed_cosine: float = 0.33  # tf-isf cosine of a seed sentence pair
    align_seed_dice: float = 0.33  # Dice of stem sets of a seed sentence pair
    # max sentence gap inside one passage: 1 for news (seeds 000/001: gap 4 bridged unrelated
    # sentences between wire-copy passages); the PAN13 evaluation uses 4 (Sanchez-Perez et al.)
    align_gap: int = 1
    align_paraphrase: bool = True  # add paraphrase seeds (content-stem containment)
    # count WordNet synonyms as shared words in paraphrase mode (extra `synonyms`;
    # stages/align/synonyms.py).  Off by default: Webis-CPC-11 Yes 0.758 -> 0.820 at ECB+
    # same-topic false links 0.021 -> 0.024 (passage-sized 0.026 -> 0.035), but Clough 4-class
    # 0.842 -> 0.832 and align +25% CPU on the 10k synthetic corpus (docs/results.md)
    align_synonyms: bool = False
    # a pair linked only by paraphrase passages below this fragment cosine (each covering < 30%
    # of either text) is not linked; 0 turns the rule off (align.WEAK_PARAPHRASE: how 0.45 was
    # chosen)
    align_weak_paraphrase: float = 0.45
    # widen detection groups that look like a summary of a long source (scattered best
    # matches; stages/align/summary.py): PAN13 train summary plagdet 0.336 -> 0.717
    align_widen_summaries: bool = True
    # add the sentence pairs rewritten between two passages of a linked pair, in order on both
    # sides (stages/align/align.py _fill_gaps): coverage of sentence-by-sentence rewrites
    align_fill_gaps: bool = True
    align_window_days: int | None = None  # only pair articles published this close (if known)
    align_candidate_ngram: int = 5  # word n-gram fingerprints for candidate pairs
    align_candidate_max_df: int = 100  # ignore n-grams/stems in more documents than this
    align_candidate_min_shared: int = 2  # shared fingerprints that make a candidate pair
    align_sentence_candidates: bool = True  # also pair articles via similar sentences
    # sentence-index partners kept per article (best first); see candidates.TOP_K for how 10
    # was chosen (synthetic stories of ~8 articles: larger real stories may want more)
    align_candidate_top_k: int = 10
