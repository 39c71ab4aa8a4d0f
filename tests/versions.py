"""An article and its updated version (same outlet and headline), stored with the records an
analysis gives them (imported by the tests of how reports name and date articles)."""

from __future__ import annotations

from pathlib import Path

from newstrace import records as R
from newstrace.store import Store


def store_versions(db: Path, v1: R.Article, v2: R.Article, score: float) -> None:
    """Store ``v1`` and ``v2``, with v2 "derived" from v1 by date through one edited passage
    covering all of v1."""
    n = len(v1.text)
    al = R.Alignment(R.Span(v1.id, 0, n), R.Span(v2.id, 0, n), "edited", score, False)
    share = round(n / len(v2.text), 4)
    pair = R.ReusePair(v1.id, v2.id, "derived", "date", 1.0, share, 1, ("edited",))
    prov = (
        R.Provenance(v1.id, 0.0, "non", {}, (), ()),
        R.Provenance(v2.id, share, "wholly", {v1.id: share}, (), ()),
    )
    with Store(db) as store:
        store.add_articles([v1, v2])
        store.save_records(
            R.RecordSet(alignments=(al,), pairs=(pair,), provenance=prov),
            ["alignments", "pairs", "provenance"],
            [v1.id, v2.id],
        )
