"""Two short texts (a brief, a flash, a quoted passage) are a sentence-index candidate pair at
the aligner's paraphrase seed floor; a pair with a longer article keeps the stricter floor."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from newstrace.stages.align import candidates
from newstrace.stages.align.candidates import SENTENCE_COSINE, SHORT_COSINE, SentenceIndex

# rare-stem vectors of two sentences with cosine 0.35: between the two floors
A = np.array([1.0, 0.0, 0.0])
B = np.array([0.35, np.sqrt(1 - 0.35**2), 0.0])


def _index(short: list[bool]) -> SentenceIndex:
    """Articles 0 and 1 of one sentence each (vectors A and B)."""
    m = sp.csr_matrix(np.vstack([A, B]))
    norms = np.linalg.norm(m.toarray(), axis=1)
    owner = np.array([0, 1])
    return SentenceIndex(m, m.T.tocsr(), norms, norms, owner, np.array(short))


def _paired(index: SentenceIndex) -> bool:
    keys = [k for k, _ in index.blocks(SENTENCE_COSINE)]
    return any(int(k) == (0 << 32 | 1) for block in keys for k in block)


def test_the_cosine_lies_between_the_floors() -> None:
    assert SHORT_COSINE < float(A @ B) < SENTENCE_COSINE


def test_two_short_texts_are_paired_at_the_short_floor() -> None:
    assert _paired(_index([True, True]))


def test_a_pair_with_a_longer_article_keeps_the_article_floor() -> None:
    assert not _paired(_index([True, False]))
    assert not _paired(_index([False, False]))


def test_short_means_at_most_short_sentences() -> None:
    from newstrace.stages.align.candidates import SentenceCounts

    counts = SentenceCounts(
        doc_ptr=np.array(
            [0, 1, 1 + candidates.SHORT_SENTENCES, 2 + 2 * candidates.SHORT_SENTENCES]
        ),
        row_ptr=np.zeros(3 + 2 * candidates.SHORT_SENTENCES, np.int64),
        stems=np.zeros(0, np.int64),
        stem_counts=np.zeros(0, np.int64),
        width=1,
        n_stop=0,
    )
    assert SentenceIndex.build(counts, 100).short.tolist() == [True, True, False]
