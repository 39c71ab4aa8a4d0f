"""An editor's note appended to a reprint ("Correction: ...") is not the reprint's own
reporting: the reprint stays wholly derived."""

from __future__ import annotations

from newstrace.records import Alignment, Span
from newstrace.stages.align.provenance import provenance
from newstrace.stages.ingest.article import make_article

BODY = "\n\n".join(
    f"Paragraph {i} of the bridge report says the crossing will shut for repairs in June."
    for i in range(8)
)
NOTE = (
    "\n\nCorrection: An earlier version of this report said the bridge would close for six "
    "weeks. The county council has since said the closure will last eight weeks."
)


def _labels(note: str) -> str:
    src = make_article(BODY, id="s", source="Tarnby Times", published="2026-05-14")
    copy = make_article(BODY + note, id="c", source="Corran Herald", published="2026-05-15")
    found = [Alignment(Span("s", 0, len(BODY)), Span("c", 0, len(BODY)), "verbatim", 1.0)]
    got = {p.article_id: p for p in provenance([src, copy], found)}
    return got["c"].label


def test_a_reprint_with_a_correction_appended_is_wholly_derived() -> None:
    assert _labels(NOTE) == "wholly"


def test_a_reprint_with_its_own_paragraph_appended_is_partially_derived() -> None:
    assert _labels(NOTE.replace("Correction: ", "")) == "partially"


def test_a_paragraph_that_only_starts_with_the_word_is_own_text() -> None:
    own = NOTE.replace(
        "Correction: An earlier version of this report said", "Correction officers said"
    )
    assert _labels(own) == "partially"
