"""A reused passage never ends between a letter and a combining mark NFC cannot compose
with it (Yoruba tone marks): the edge trims widen to whole words, marks included."""

from __future__ import annotations

import unicodedata

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align
from newstrace.stages.ingest.article import make_article

COPIED = (
    "Coastguard officers said the vessel, the Marna Bell, drifted some four hundred metres "
    "towards the rocks at Craig Point before a tug from the harbour took her under tow. The "
    "operator, Firthlink, said an inquiry had begun and that the ferry would stay out of "
    "service until engineers had inspected the fuel system and the cooling pumps. The "
    "minister later flew to the northern town of "
)
# "Oyo" with dots below (composed by NFC) and tone marks (left combining): the two articles
# differ only in the last tone mark, right where the copied stretch ends
TOWN_A = "O\u0323\u0300yo\u0323\u0301"
TOWN_B = "O\u0323\u0300yo\u0323\u0300"
SOURCE = (
    "The morning ferry from Kessock lost power in both engines on Tuesday, leaving 142 "
    "passengers adrift for two hours in the firth.\n\n" + COPIED + TOWN_A + ". Weather "
    "experts expect calmer seas over the coming weekend across the region.\n\nIt is the "
    "second breakdown on the route this year."
)
TARGET = (
    "Passengers on a stricken ferry have described their fear after the boat lost power in "
    "the firth on Tuesday morning.\n\n" + COPIED + TOWN_B + " by helicopter where she met "
    "farmers angry about grain prices.\n\nLocal councillors have called for an urgent meeting "
    "with the operator."
)


def test_passage_edges_keep_combining_marks_with_their_letters() -> None:
    arts = (make_article(SOURCE, id="src"), make_article(TARGET, id="tgt"))
    out = align.run(RecordSet(articles=arts, new_ids=frozenset(a.id for a in arts)), Settings())
    texts = {a.id: a.text for a in arts}
    spans = [side for al in out.alignments for side in (al.source, al.target)]
    assert spans
    for span in spans:
        text = texts[span.article_id]
        for edge in (span.start, span.end):
            assert edge == len(text) or unicodedata.combining(text[edge]) == 0, (span, edge)
    ends = {texts[s.article_id][s.start : s.end][-5:] for s in spans}
    assert ends == {unicodedata.normalize("NFC", TOWN_A), unicodedata.normalize("NFC", TOWN_B)}
