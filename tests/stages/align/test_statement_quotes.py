"""One statement, quoted everywhere: a company's written statement given to several papers,
one of which puts part of it in reported speech; a reader's letter quoted by one story and
retold by another; a governor's post quoted in full by papers with their own lead-ins (a
review of statements quoted by several outlets).  The statement's words are its speaker's in
every story: no story is the other's source by them."""

from __future__ import annotations

from newstrace.config import Settings
from newstrace.records import Article, RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.ingest.article import make_article

RECALL_QUOTE = (
    '"A supplier alerted us on Monday that a batch of oat flour may have contained traces of '
    "peanut. As a precaution we are recalling every pack of Morning Crunch granola with a "
    "best-before date in March. Customers can return the packs to any shop for a full refund, "
    'and nobody has reported being unwell."'
)
RECALL_REPORTED = (
    "Pellmont Foods said a supplier had alerted it on Monday that a batch of oat flour may "
    "have contained traces of peanut, and that it was recalling every pack of Morning Crunch "
    "granola with a best-before date in March as a precaution. Customers could return the "
    "packs to any shop for a full refund, it added, and nobody had reported being unwell."
)


def _run(*arts: Article) -> RecordSet:
    return align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())


def test_a_statement_quoted_by_one_paper_and_reported_by_another_makes_neither_a_source() -> None:
    """The second paper gives the statement in reported speech: the two are not one the
    other's copy by date (the quote rule read only words inside quotation marks)."""
    gazette = make_article(
        "A granola sold in supermarkets across the region is being recalled because it may "
        "contain peanuts, which can cause a severe allergic reaction.\n\n"
        "In a statement, Pellmont Foods said:\n\n" + RECALL_QUOTE + "\n\n"
        "The Food Standards Agency has issued an allergy alert. Shoppers in Harwick said the "
        "granola was one of the best sellers on the cereal shelf.",
        id="gazette",
        source="Harwick Gazette",
        published="2026-03-10T09:00:00Z",
    )
    chronicle = make_article(
        "Parents of children with nut allergies have been told to check their cupboards after "
        "a breakfast cereal was withdrawn from sale.\n\n" + RECALL_REPORTED + "\n\n"
        "Allergy charities said the recall showed why labels on cereals had to be checked "
        "every time, even for a familiar brand.",
        id="chronicle",
        source="Dunmore Chronicle",
        published="2026-03-10T15:00:00Z",
    )
    out = _run(gazette, chronicle)
    assert out.pairs, "the statement's words are found in both"
    assert all(p.relation != "derived" for p in out.pairs)
    assert all(p.evidence == "quotation" for p in out.pairs)


def test_a_story_retelling_a_letter_is_no_record_of_the_story_quoting_it() -> None:
    """A story putting a letter's words in reported speech ("she recalled that ...") gives
    them outside quotation marks, but as what someone said: not the record of what was said,
    as a transcript giving them plainly is (a review: the retelling was made the source of
    the earlier story quoting the letter, against the dates)."""
    from newstrace.stages.align.provenance import record_side

    words = "every spring the school practised walking the children up to Kell Hill"
    quoted = make_article(
        f'Residents heard the letter read aloud. "For thirty years {words}," Margit Sandoval '
        "wrote.",
        id="quoted",
    )
    retold = make_article(
        f"In a letter to residents, Margit Sandoval recalled that {words}.", id="retold"
    )
    plain = make_article(f"Dear residents, for thirty years {words}.", id="plain")

    def spans(art: Article) -> list[tuple[int, int]]:
        start = art.text.index(words)
        return [(start, start + len(words))]

    assert record_side(quoted, retold, (spans(quoted), spans(retold))) is None
    assert record_side(quoted, plain, (spans(quoted), spans(plain))) == 1


POST = (
    "Today I signed an emergency order closing the Brenmoor Dam spillway road to all traffic "
    "until engineers finish their inspection. There is no immediate danger to anyone living "
    "downstream, but I will not take chances with people's lives. I have asked the state "
    "engineers to report to me by Friday, and I will share what they find."
)


def test_a_quoters_lead_in_is_held_with_the_statement_it_frames() -> None:
    """With the governor's post in the corpus, a story retelling it has the post as its
    source, not the first paper that quoted it in full: the first paper's 62-character
    lead-in ("In a post on social media on Tuesday evening, Varnholt wrote:"), matched with
    the retelling's, kept it a source."""
    post = make_article(
        POST, id="post", source="Governor Delia Varnholt", published="2026-04-07T18:00:00Z"
    )
    ledger = make_article(
        "Governor Delia Varnholt has closed the road across the Brenmoor Dam spillway after "
        "inspectors reported new seepage at the base of the structure.\n\n"
        "In a post on social media on Tuesday evening, Varnholt wrote:\n\n"
        f'"{POST}"\n\n'
        "The Brenmoor Water Authority said the seepage had been measured at twice its usual "
        "rate and that pumps had been brought in overnight.",
        id="ledger",
        source="Brenmoor Ledger",
        published="2026-04-07T20:00:00Z",
    )
    harbor = make_article(
        "Drivers face a twenty-mile detour after the state closed a busy road over the "
        "Brenmoor Dam while engineers examine new leaks.\n\n"
        "In a social media post, the governor said she had signed an emergency order closing "
        "the spillway road to all traffic until engineers finish their inspection. There was "
        "no immediate danger to anyone living downstream, she said, adding that she would not "
        "take chances with people's lives and that engineers would report to her by Friday.\n\n"
        "Bus operators said services between Lower Tavis and the county town would be "
        "diverted until the road reopens.",
        id="harbor",
        source="Harbor Times",
        published="2026-04-08T07:00:00Z",
    )
    out = _run(post, ledger, harbor)
    prov = {p.article_id: p for p in out.provenance}
    assert set(prov["harbor"].sources) == {"post"}
    assert set(prov["ledger"].sources) == {"post"}


def test_a_quotes_tags_are_held_with_the_quote() -> None:
    """What a common source holds of a quoting article takes in the quote's frame: the line
    above a block quote ending in a colon, the sentence's words before an inline quote, and a
    short closing tag; a long lead-in, and the article's other sentences, are not."""
    from newstrace.stages.align import _held
    from newstrace.stages.align.provenance import speech_tags

    tag = "In a post on social media on Tuesday evening, Varnholt wrote:"
    text = f'Roads were shut.\n\n{tag}\n\n"{POST}"\n\nThe authority said pumps were in place.'
    quote = (text.index(POST), text.index(POST) + len(POST))
    assert [text[s:e].strip('\n"') for s, e in speech_tags(text, [quote])] == [tag]
    inline = f'The governor said on Tuesday that "{POST}", the office confirmed.'
    q = (inline.index(POST), inline.index(POST) + len(POST))
    assert [inline[s:e] for s, e in speech_tags(inline, [q])] == [
        'The governor said on Tuesday that "',
        '", the office confirmed.',
    ]
    long_tag = "In a long post " + "on social media " * 10 + "she wrote:"
    far = f"{long_tag}\n\n{POST}"
    assert speech_tags(far, [(far.index(POST), len(far))]) == []
    # the sibling test: the post holds the quote, its tag held with it
    shared = {"ledger": [(text.index(tag), quote[1])], "harbor": [(0, 100)]}
    sources = {"ledger": {"post": [quote]}, "harbor": {"post": [(0, 100)]}}
    assert not _held(shared, sources, ["harbor", "ledger"])
    assert _held(shared, sources, ["harbor", "ledger"], {"ledger": text, "harbor": "x" * 100})


def test_a_closing_tag_after_a_comma_inside_the_quote_is_held() -> None:
    from newstrace.stages.align.provenance import speech_tags

    text = f'"{POST[:-1]}," the governor said. Roads stayed shut.'
    start = 1
    tags = speech_tags(text, [(start, start + len(POST) - 1)])
    assert any(text[s:e].strip(' ",') == "the governor said." for s, e in tags)
