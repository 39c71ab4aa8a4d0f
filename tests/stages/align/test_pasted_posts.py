"""A post pasted without quotation marks under its lead-in line ("Her post on Instagram
read:") is the post quoted, not its record: a story carrying it so, hours after others quoted
it, is no source of theirs (a review of celebrity news: it was made the source of four)."""

from __future__ import annotations

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.align.provenance import _pasted
from newstrace.stages.ingest.article import make_article

POST = (
    "To every single person who bought a ticket: I am so sorry. After the Lisbon show my "
    "doctors found a haemorrhage on my left vocal cord and told me that if I keep singing I "
    "risk permanent damage. The remaining eleven dates of the Northern Lights tour are "
    "cancelled and refunds will be issued automatically. I will come back to you stronger, I "
    "promise."
)
QUOTING = (
    "The singer Juno Vale has cancelled the rest of her Northern Lights tour.\n\n"
    f'In a post on Instagram she wrote: "{POST}"\n\n'
    "{own}"
)
PASTING = (
    "Juno Vale has called off the remaining eleven dates of her tour on medical advice.\n\n"
    "Her post on Instagram read:\n\n"
    f"{POST}\n\n"
    "Vale's manager, Priya Osei, said the team was focused entirely on her recovery."
)


def test_a_pasted_post_is_quoted_not_a_record() -> None:
    assert _pasted(PASTING) and PASTING[slice(*_pasted(PASTING)[0])] == POST
    assert not _pasted("The minister said:\n\nWe will build the bridge.")  # a transcript
    # a transcript reading a letter out, a results table: no post (a second review)
    assert not _pasted("MR HALE: He wrote:\n\nDear Sir, the plan fails.")
    assert not _pasted("Results in full:\n\nSmith 1,234\n\nJones 999")
    # a statement in full runs on until the story's own text again
    statement = (
        "The statement in full:\n\nWe are devastated.\n\nOur thoughts are with everyone."
        "\n\nPolice said an inquiry was under way."
    )
    ((start, end),) = _pasted(statement)
    assert statement[start:end] == "We are devastated.\n\nOur thoughts are with everyone."
    arts = (
        make_article(
            QUOTING.format(own="Her last album, Lanterns, came out in October."),
            id="q1", source="Daily Pulse", published="2026-06-11T10:00:00Z",
        ),
        make_article(
            QUOTING.format(own="Tickets had sold out within an hour in March."),
            id="q2", source="Metro Beat", published="2026-06-11T12:00:00Z",
        ),
        make_article(PASTING, id="p", source="Chart Line", published="2026-06-11T20:00:00Z"),
    )  # fmt: skip
    out = align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())
    derived = {(p.source_id, p.target_id) for p in out.pairs if p.relation == "derived"}
    assert ("p", "q1") not in derived and ("p", "q2") not in derived, out.pairs
