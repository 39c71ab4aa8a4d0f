"""HTML report and exports, built from hand-made records."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq

from newstrace import records as R
from newstrace.report import export, html
from newstrace.stages.ingest import make_article


def _records() -> R.RecordSet:
    a = make_article(
        "Council approves new bridge. The council said the bridge would cost £4m.",
        title="Bridge approved", source="Gazette", published="2024-03-01",
    )  # fmt: skip
    b = make_article(
        "The council said the bridge would cost £4m. Residents <b>were</b> unhappy.",
        title="Residents react", source="Herald", published="2024-03-02",
    )  # fmt: skip
    src = a.text.index("The council said")
    al = R.Alignment(R.Span(a.id, src, len(a.text)), R.Span(b.id, 0, 43), "verbatim", 0.98)
    prov = R.Provenance(b.id, 43 / len(b.text), "partially", {a.id: 43 / len(b.text)})
    story = R.Story(
        "s1", "Bridge approved", (a.id, b.id), "2024-03-01", "2024-03-02", ("Council",), "l1"
    )
    later = R.Story("s2", "Bridge opens", (b.id,), "2025-01-01", "2025-01-01", (), "l1")
    line = R.Storyline("l1", "Council, bridge, river", ("s1", "s2"))
    quote = R.Quote(b.id, R.Span(b.id, 16, 42), "indirect", None, R.Span(b.id, 0, 11), "Council")
    claim = R.Claim(b.id, R.Span(b.id, 38, 41), 4e6, "GBP")
    return R.RecordSet(
        articles=(a, b), alignments=(al,), provenance=(prov,), stories=(story, later),
        storylines=(line,),
        quotes=(quote,), claims=(claim,),
    )  # fmt: skip


def test_report_is_self_contained_and_shows_every_section(tmp_path: Path) -> None:
    path = html.write(_records(), tmp_path / "r.html", [("bad.bin", "binary file", "now")])
    page = path.read_text(encoding="utf-8")
    # no external assets: every src/href is a fragment link
    assert not re.search(r'(src|href)="(?!#)', page)
    assert "<link" not in page
    for needle in ("Bridge approved", "Residents react", "Gazette", "Herald", "bad.bin"):
        assert needle in page
    assert page.count('class="pair"') == 1
    assert 'mark class="reuse verbatim"' in page
    assert "partially" in page
    assert "Council, bridge, river" in page and "Bridge opens" in page  # storyline


def test_report_escapes_article_text() -> None:
    page = html.render(_records())
    assert "<b>were</b>" not in page
    assert "&lt;b&gt;were&lt;/b&gt;" in page


def test_empty_corpus_report_says_so() -> None:
    page = html.render(R.RecordSet())
    assert "not been analysed" in page or "No duplicate groups" in page


def test_highlight_segments_cover_text_once() -> None:
    text = "abcdefghij"
    segs = html.highlight(text, [(2, 5, "x", ""), (4, 8, "y", ""), (9, 10, "z", "")])
    assert "".join(s.text for s in segs) == text
    assert [s.cls for s in segs] == ["", "x", "y", "", "z"]


def test_overlapping_passages_show_the_strongest_kind() -> None:
    text = "abcdefghijklmnopqrst"
    spans = [(0, 12, "reuse paraphrase", "#1"), (6, 18, "reuse edited", "#2")]
    segs = html.highlight(text, spans)
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.title) for s in segs] == [("abcdef", "#1"), ("ghijklmnopqr", "#2"),
                                                 ("st", "")]  # fmt: skip


def test_json_and_jsonl_exports_round_trip(tmp_path: Path) -> None:
    rs = _records()
    with (tmp_path / "a.json").open("w") as fh:
        export.write_json(rs, fh)
    doc = json.loads((tmp_path / "a.json").read_text())
    assert doc["schema"] == export.SCHEMA_VERSION
    assert len(doc["articles"]) == 2 and "offsets" not in doc["articles"][0]
    assert doc["alignments"][0]["target"]["start"] == 0
    with (tmp_path / "a.jsonl").open("w") as fh:
        export.write_jsonl(rs, fh, with_text=False)
    lines = [json.loads(x) for x in (tmp_path / "a.jsonl").read_text().splitlines()]
    types = [x["type"] for x in lines]
    assert types[0] == "meta" and types.count("article") == 2 and "alignment" in types
    assert all("text" not in x for x in lines if x["type"] == "article")


def test_parquet_export_writes_one_table_per_kind(tmp_path: Path) -> None:
    written = export.write_parquet(_records(), tmp_path / "pq")
    names = {p.stem for p in written}
    assert {"articles", "alignments", "stories", "quotes", "claims"} <= names
    table = pq.read_table(tmp_path / "pq" / "alignments.parquet")
    assert table.num_rows == 1
    assert table.column("kind").to_pylist() == ["verbatim"]
    prov = pq.read_table(tmp_path / "pq" / "provenance.parquet").to_pylist()
    assert json.loads(prov[0]["sources"])  # free-form maps are JSON strings


def test_parquet_tables_have_typed_columns_when_empty_or_all_null(tmp_path: Path) -> None:
    import pyarrow as pa

    export.write_parquet(_records(), tmp_path / "pq", with_text=False)
    pairs = pq.read_table(tmp_path / "pq" / "pairs.parquet")  # no pairs in these records
    assert pairs.num_rows == 0
    assert pairs.schema.field("target_share").type == pa.float64()
    assert pairs.schema.field("kinds").type == pa.list_(pa.string())
    claims = pq.read_table(tmp_path / "pq" / "claims.parquet")  # "upper" is None in every row
    assert claims.schema.field("upper").type == pa.float64()
    assert claims.schema.field("counts").type.num_fields == 5  # a Span struct, even if null
    articles = pq.read_table(tmp_path / "pq" / "articles.parquet")
    assert "text" not in articles.column_names and "published" in articles.column_names


def test_report_lists_undirected_pairs() -> None:
    rs = _records()
    a, b = rs.articles
    prov = (
        R.Provenance(a.id, 0.0, "non", {}, unseen_source_with=(), related_with=(b.id,)),
        R.Provenance(b.id, 0.0, "non", {}, unseen_source_with=(a.id,)),
    )
    page = html.render(replace(rs, provenance=prov))
    assert f'related to (paraphrased passages, direction unknown) <a href="#a-{b.id}">' in page
    assert f'shares an unseen source (wire copy?) with <a href="#a-{a.id}">' in page


def test_report_shows_no_direction_for_undirected_passages() -> None:
    """The passages of a pair marked related or sharing an unseen source have no source and
    target: they are shown as shared by the two, as ``newstrace reuse`` does."""
    rs = _records()
    a, b = rs.articles
    directed = html.render(rs)
    assert "SOURCE · Gazette" in directed and "REUSED IN · Herald" in directed
    related = (
        R.Provenance(a.id, 0.0, "non", {}, related_with=(b.id,)),
        R.Provenance(b.id, 0.0, "non", {}, related_with=(a.id,)),
    )
    unseen = (
        R.Provenance(a.id, 0.0, "non", {}, unseen_source_with=(b.id,)),
        R.Provenance(b.id, 0.0, "non", {}, unseen_source_with=(a.id,)),
    )
    for prov in (related, unseen):
        page = html.render(replace(rs, provenance=prov))
        assert "SHARED BY · Gazette" in page and "AND · Herald" in page
        assert "SOURCE ·" not in page and "REUSED IN ·" not in page


def test_undirected_passages_are_highlighted_in_both_articles() -> None:
    def titles(rs: R.RecordSet, article: R.Article) -> list[str]:
        segments = html.build_context(rs)["segments"](article)
        return [seg.title for seg in segments if seg.cls]

    rs = _records()
    a, b = rs.articles
    # directed: the target's passage says where from, the source's says who took it
    assert titles(rs, a) == ["taken by Residents react"]
    assert "from Bridge approved" in titles(rs, b)[0]
    related = replace(rs, provenance=(R.Provenance(b.id, 0.0, "non", {}, related_with=(a.id,)),))
    assert "shared with Residents react" in titles(related, a)[0]
    assert "shared with Bridge approved" in titles(related, b)[0]


def test_report_says_who_drew_on_whom_and_why() -> None:
    rs = _records()
    a, b = rs.articles
    pair = R.ReusePair(a.id, b.id, "derived", "date", 0.6, 0.57, 1, ("verbatim",))
    page = html.render(replace(rs, pairs=(pair,)))
    assert "Who drew on whom" in page
    row = page[page.index("Who drew on whom") :]
    assert row.index("Bridge approved") < row.index("Residents react")  # source, then target
    assert '<span title="the source was published first">date</span>' in row
    assert "60% / 57%" in row
    assert "Who drew on whom" not in html.render(rs)  # no pairs, no table


def test_a_bar_has_the_colour_of_its_passages_and_wire_partners_show_their_share() -> None:
    rs = _records()
    a, b = rs.articles
    page = html.render(rs)
    assert f'title="{html.share_text(43 / len(b.text))} from Gazette (verbatim)">' in page
    assert '<span class="verbatim" style="width:' in page
    unseen = (
        R.Provenance(a.id, 0.0, "non", {}, unseen_source_with=(b.id,)),
        R.Provenance(b.id, 0.0, "non", {}, unseen_source_with=(a.id,)),
    )
    pair = R.ReusePair(a.id, b.id, "unseen_source", "none", 0.6, 0.57, 1, ("verbatim",))
    page = html.render(replace(rs, provenance=unseen, pairs=(pair,)))
    assert f'wire copy?) with <a href="#a-{b.id}">Herald</a> (60% of this article)' in page
    assert f'wire copy?) with <a href="#a-{a.id}">Gazette</a> (57% of this article)' in page


def test_boilerplate_is_grey_in_both_articles_that_hold_it() -> None:
    rs = _records()
    a, b = rs.articles
    (al,) = rs.alignments
    rs = replace(rs, alignments=(replace(al, boilerplate=True),), provenance=())
    segments = html.build_context(rs)["segments"]
    for article in (a, b):
        assert [seg.cls for seg in segments(article) if seg.cls] == ["boilerplate"]


def test_quotes_left_out_of_a_story_say_where_to_see_them() -> None:
    rs = _records()
    page = html.render(rs, limits=html.Limits(per_story=0))
    assert "… 1 more quotes (<code>newstrace report --all</code>" in page
    assert "<code>newstrace quotes --story s1</code>" in page
    assert "<code>newstrace claims --story s1</code>" in page
