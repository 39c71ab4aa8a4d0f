"""The "% reused, from where" rows of the report and of `newstrace reuse`: an article quoting a
release is listed with the release as a source it quoted (not counted in its reused share),
and a duplicate's bar is coloured as the copy it is (a review)."""

from __future__ import annotations

from newstrace.records import (
    Alignment,
    Article,
    DuplicateGroup,
    Provenance,
    RecordSet,
    Span,
)
from newstrace.report.html import pair_kinds, provenance_rows, quoted_sources
from newstrace.stages.ingest.article import make_article

QUOTING = (
    "Shopkeepers on the high street fear six weeks of roadworks. In a statement the water "
    'company said: "We will replace 14 kilometres of Victorian mains across the valley this '
    'summer." Traders said they had not been told.'
)


def test_an_article_with_only_a_quoted_source_is_listed() -> None:
    rows = provenance_rows(
        [
            Provenance("q", 0.0, "non", {"rel": 0.2}),
            Provenance("none", 0.0, "non", {}),
            Provenance("copy", 0.9, "wholly", {"wire": 0.9}),
        ]
    )
    assert [p.article_id for p in rows] == ["copy", "q"]


def test_a_source_whose_passages_are_inside_quotation_marks_is_quoted() -> None:
    art: Article = make_article(QUOTING, id="q", source="Ashvale Times")
    start = QUOTING.index("We will")
    end = QUOTING.index('summer."') + len("summer.")
    inside = Alignment(Span("rel", 0, end - start), Span("q", start, end), "verbatim", 1.0)
    records = RecordSet(articles=(art,), alignments=(inside,))
    assert quoted_sources(records, {"q": art}) == {("q", "rel")}
    told = Alignment(Span("rel", 0, 40), Span("q", 0, 40), "edited", 0.9)
    records = RecordSet(articles=(art,), alignments=(told,))
    assert quoted_sources(records, {"q": art}) == set()


def test_a_duplicates_copy_of_its_canonical_article_has_a_kind() -> None:
    groups = [
        DuplicateGroup("d1", "near", "wire", ("wire", "near", "exact"), 0.9),
        DuplicateGroup("d2", "exact", "wire", ("wire", "exact"), 1.0),
    ]
    kinds = pair_kinds([], groups)
    assert kinds[("wire", "exact")] == "verbatim" and kinds[("wire", "near")] == "edited"
