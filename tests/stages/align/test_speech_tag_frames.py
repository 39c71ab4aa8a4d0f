"""Quotes framed by each paper's own speech tag: two papers' reports of one press conference
quote the coach alike and tag him differently ("..., Harwell coach Marek Daly told reporters
after the match." / "Harwell coach Marek Daly was in no doubt. ... he said."); a correspondent
quotes a minister under a long tag of its own (", Interior Minister Sefa Orlan told reporters
in Dorsk late on Tuesday.", 70 characters; the agency's ends "in the capital.").  The tags
are the quoting, not copied news: neither report is the other's copy, and the
correspondent's report is not derived by one shared quote (a review of sports and disaster
copy).  A tag copied word for word with its quote is copied text (tests/data/police: a paper
printing a family's tribute from the police statement)."""

from __future__ import annotations

import json
from pathlib import Path

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.ingest.article import make_article

MATCH_REPORT = (
    "Harwell United came from behind to beat Kingsbridge Town 2-1 at "
    "Meadow Lane on Saturday, with a Tomas Lind penalty settling a tense Southern League "
    "derby.\n\n"
    "Kingsbridge took the lead against the run of play in the 14th minute when Callum "
    "Pryce turned in a low cross from Dean Whitlow at the near post.\n\n"
    "Harwell levelled nine minutes later. Samuel Okafor met a corner from Ilya Brandt "
    "with a firm header that goalkeeper Rhys Tennant could only push into the roof of "
    "the net.\n\n"
    "The home side dominated the second half but struggled to turn pressure into clear "
    "chances until the 67th minute, when Kingsbridge defender Aaron Mills hauled down "
    "Okafor in the area. Lind sent Tennant the wrong way from the spot.\n\n"
    "Kingsbridge pushed forward in the closing stages and substitute Jordan Vey forced a "
    "fine save from Harwell goalkeeper Piotr Sadowski deep into stoppage time.\n\n"
    '"We were the better side," Harwell coach Marek Daly told reporters after the match. '
    '"We gave away a soft goal but we controlled the second half and the boys deserved '
    'the three points."\n\n'
    "Kingsbridge manager Gareth Holm said his side had been undone by one decision. "
    "\"I've seen the replay and it's a penalty, I can't argue with that,\" Holm said. \"But "
    "we'll look hard at how we let them dominate after the break.\"\n\n"
    "The win lifts Harwell to fifth in the table, while Kingsbridge slip to ninth. "
    "Harwell travel to Ashcombe City next Saturday, and Kingsbridge host Calder "
    "Athletic.\n\n"
    "(Reporting by Nina Farrow; Editing by Paul Quist)"
)

STAFF_REPORT = (
    "By Ellen Marsh at Meadow Lane\n\n"
    "Tomas Lind's coolly taken penalty midway through the second half earned Harwell "
    "United a deserved derby victory and condemned Kingsbridge Town to a third defeat in "
    "four games.\n\n"
    "For half an hour Gareth Holm's visitors looked the sharper team. Their wing-backs "
    "pinned Harwell in their own half, and the opening goal was a product of that early "
    "control, the striker Pryce left alone at the near post to finish.\n\n"
    "Parity arrived from Harwell's first set piece of note, the big midfielder Okafor "
    "climbing above two markers at a corner to head in.\n\n"
    "The second half belonged to the hosts, who had 14 attempts to Kingsbridge's two "
    "after the break, and the decisive moment came when Mills tangled with Okafor in the "
    "box. Referee Kenneth Obi pointed to the spot without hesitation, and Lind's kick "
    "was low and true.\n\n"
    "Kingsbridge almost snatched a point at the death, only for Sadowski to fling "
    "himself to his right and keep out the substitute Vey.\n\n"
    'Harwell coach Marek Daly was in no doubt. "We were the better side," he said. "We '
    "gave away a soft goal but we controlled the second half and the boys deserved the "
    'three points."\n\n'
    "Holm did not dispute the penalty. \"I've seen the replay and it's a penalty, I can't "
    'argue with that," he said.\n\n'
    "Att: 4,312. Referee: Kenneth Obi."
)

QUAKE_AGENCY = (
    "BALARAN, Terevia (GWS) - A magnitude 6.4 earthquake struck eastern Terevia late on "
    "Monday, killing at least 12 people and injuring more than 80, officials said.\n\n"
    "The quake hit at 23:48 local time at a depth of about 10 kilometres, 14 kilometres "
    "north-west of the town of Balaran, according to the national seismological "
    "institute. It was felt as far away as the capital, Dorsk, some 300 kilometres to "
    "the west.\n\n"
    "Footage on local television showed collapsed houses and a damaged mosque in "
    "Balaran, and residents gathering in the streets in freezing temperatures.\n\n"
    '"Rescue teams are working through the night in Balaran and the surrounding '
    'villages. Our priority is to reach anyone who is still trapped under the rubble," '
    "Interior Minister Sefa Orlan told reporters in the capital.\n\n"
    "At least 40 aftershocks had been recorded by early Tuesday, the strongest of "
    "magnitude 4.9, the institute said.\n\n"
    "Eastern Terevia lies on a major fault line and has been hit by several deadly "
    "earthquakes. In 2011 a magnitude 6.9 quake in the same province killed more than "
    "300 people.\n\n"
    "(Reporting by Anil Veras; Editing by Joan Pritt)"
)

CORRESPONDENT = (
    "From our correspondent in Balaran\n\n"
    "The call to prayer was still sounding from the cracked minaret of Balaran's old "
    "mosque when the first lorry of tents arrived on Tuesday morning. Around it, "
    "families sat on carpets dragged out of their homes, too frightened to go back "
    "inside.\n\n"
    "Hatice Demren, 54, pointed to a heap of bricks and timber that until Monday night "
    "was her sister's house. \"We heard a roar like a train and then everything was "
    'dust," she said. Her sister and two nephews were pulled out alive after four hours; '
    "a neighbour was not.\n\n"
    "In the village of Kerem, a short drive up a cracked mountain road, almost every "
    "mud-brick house has lost a wall. Soldiers and volunteers passed buckets of rubble "
    "from hand to hand, pausing whenever someone called for silence to listen for "
    "voices.\n\n"
    'Officials in Dorsk have promised that help is coming. "Rescue teams are working '
    "through the night in Balaran and the surrounding villages. Our priority is to reach "
    'anyone who is still trapped under the rubble," Interior Minister Sefa Orlan told '
    "reporters in Dorsk late on Tuesday.\n\n"
    "In Balaran, patience is wearing thin. Residents said the first rescue team did not "
    "reach Kerem until mid-morning, nine hours after the quake, and that many are still "
    "without water or heating as night temperatures fall below freezing.\n\n"
    '"We have been here since midnight with our hands," said Orhan Bilek, a teacher. '
    '"Where was everyone?"'
)


def _run(*rows: tuple[str, str, str, str]) -> RecordSet:
    arts = tuple(make_article(t, id=i, source=s, published=p) for i, s, p, t in rows)
    return align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())


def test_two_reports_of_one_press_conference_are_not_each_others_copy() -> None:
    """Two papers' reports (a news agency's copy is another matter: an agency is a source of
    quotes for the papers printing it)."""
    out = _run(
        ("first", "Kingsbridge Courier", "2025-10-18T17:30:00Z", MATCH_REPORT),
        ("staff", "Northern Post", "2025-10-18T18:40:00Z", STAFF_REPORT),
    )
    assert [p.relation for p in out.pairs if p.relation == "derived"] == []
    prov = {p.article_id: p for p in out.provenance}
    assert "first" not in prov["staff"].sources


def test_one_quote_under_a_long_tag_does_not_derive_a_correspondents_report() -> None:
    out = _run(
        ("wire", "Global Wire Service", "2026-02-03T00:40:00+00:00", QUAKE_AGENCY),
        ("own", "The Sentinel", "2026-02-03T17:00:00+00:00", CORRESPONDENT),
    )
    prov = {p.article_id: p for p in out.provenance}
    assert prov["own"].label == "non"
    assert prov["own"].reused_share == 0.0  # the shared quote is quoted, its tag the frame


def test_an_exclusive_lifted_whole_under_short_tags_is_a_copy() -> None:
    """A paper lifts an exclusive interview without credit, the quotes under short tags of its
    own ("Ellery added."): nearly all of it is the interview's, so it is the copy, not a
    second quoter of the speaker (a second review of the tag rule)."""
    path = Path(__file__).parents[2] / "data" / "quotes" / "exclusive.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    out = _run(*((r["id"], r["source"], r["published"], r["text"]) for r in rows))
    assert [(p.source_id, p.target_id, p.relation) for p in out.pairs] == [
        ("excl", "lift", "derived")
    ]
