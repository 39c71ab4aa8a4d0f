"""A paper naming itself in the text two undated articles share ("figures obtained by the
Valley Post") is the original reporting: the other kept its words (a review of uncredited
rewrites: a blog lifting a paper's figures and quotes was read as sharing an unseen source
with it)."""

from __future__ import annotations

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.align.provenance import Direction, direction, names_itself
from newstrace.stages.ingest.article import make_article

SHARED = (
    "Figures obtained by the Valley Post show that the Carrow Water company released raw "
    "sewage into the river Tarn on 212 days last year, more than any other firm in the region. "
    "The worst month was October, when storm overflows at Millbrook ran for 640 hours.\n\n"
    '"These numbers are a scandal," said Aled Price, who chairs the Tarn Anglers club. "We '
    'have watched the fish die off for ten years."'
)


def test_the_paper_naming_itself_in_the_shared_text_is_the_source() -> None:
    paper = make_article(
        "Anglers have called for an inquiry into sewage spills on the Tarn.\n\n" + SHARED + "\n\n"
        "Carrow Water said it was investing 80 million pounds in new storage tanks.",
        id="paper",
        source="Valley Post",
    )
    blog = make_article(
        "Another week, another scandal on our rivers. Honestly, who is surprised?\n\n"
        + SHARED
        + "\n\nI have fished the Tarn since I was a boy and I have never seen it this bad. "
        "Write to your MP. Then write again. Then go and look at the river yourself and ask "
        "why nobody in charge seems to care about it any more.",
        id="blog",
        source="Riverwatch Blog",
    )
    out = align.run(dedup.run(RecordSet(articles=(blog, paper)), Settings()), Settings())
    assert [(p.source_id, p.target_id, p.relation, p.evidence) for p in out.pairs] == [
        ("paper", "blog", "derived", "credit")
    ]


def test_a_post_office_is_no_post_naming_itself() -> None:
    post = make_article("Queues formed at the Post Office in Millbrook.", source="Harwick Post")
    assert not names_itself(post)
    assert names_itself(make_article("Documents seen by the Post show ...", source="Harwick Post"))


def test_of_two_undated_outlets_only_the_whole_name_names_itself() -> None:
    """ "the Journal of Cardiac Health" names no Harwick Journal, "a notice in the Gazette" no
    Harwick Gazette: between two outlets' undated articles only the whole name counts (a
    review of this rule: the copy was made the original)."""
    journal = make_article(
        "The study, published in the Journal of Cardiac Health, followed 2,000 patients.",
        source="Harwick Journal",
    )
    assert names_itself(journal) and not names_itself(journal, whole=True)
    assert names_itself(
        make_article("Figures obtained by the Harwick Journal show ...", source="Harwick Journal"),
        whole=True,
    )


def _paraphrased(first: tuple[str, str], second: tuple[str, str]) -> Direction:
    """The direction of two undated texts (text, outlet) sharing one paraphrase passage over
    all of both."""
    a = make_article(first[0], id="a", source=first[1])
    b = make_article(second[0], id="b", source=second[1])
    return direction(a, b, 0.5, 0.5, False, (((0, len(a.text)),), ((0, len(b.text)),)), ((), ()))


def test_naming_itself_in_a_paraphrase_makes_no_source() -> None:
    """An independent report restating a rival's scoop in other words, with its own source
    ("..., three people with knowledge of the talks told the Eastway Journal"), is not the
    scoop's original: undated, the scoop was made its copy by "credit" (a review of business
    news)."""
    own = (
        "Harlan Group has held talks about a takeover of Verity Foods valued at roughly 1.4 "
        "billion pounds, three people with knowledge of the talks told the Eastway Journal."
    )
    assert names_itself(make_article(own, source="Eastway Journal"), None, True)
    found = _paraphrased(
        ("Harlan Group is in talks to buy Verity Foods for about 1.4 billion pounds, according "
         "to people familiar with the matter.", "Bloomfield News"),
        (own, "Eastway Journal"),
    )  # fmt: skip
    assert found.evidence != "credit" or found.source != 1


def test_naming_itself_in_a_paraphrase_the_rewrite_keeps_is_the_original() -> None:
    """A scoop's "documents seen by the Valley Post", kept by an undated rewrite in other
    words: the rewrite names the Post too, so the scoop is its original (a second review: the
    scoop was made the rewrite's copy)."""
    found = _paraphrased(
        ("Documents seen by the Valley Post show that Carrow Water plans to close the Millbrook "
         "works next year.", "Valley Post"),
        ("Carrow Water intends to shut its Millbrook plant in 2027, according to documents "
         "seen by the Valley Post.", "Kestle Live"),
    )  # fmt: skip
    assert (found.source, found.evidence) == (0, "credit")


def test_a_longer_word_is_no_outlet_naming_itself() -> None:
    """ "Metro" in "Metropolitan Police" names no Metro; the name as words does, and so does
    its possessive."""
    metro = "Metro"
    assert not names_itself(
        make_article("Metropolitan Police officers searched the flat.", source=metro)
    )
    assert not names_itself(make_article("Police in Metroville searched the flat.", source=metro))
    assert names_itself(make_article("Police told Metro they had searched the flat.", source=metro))
    assert names_itself(make_article("Metro's reporters saw the search.", source=metro))
    service = "National Weather Service"
    warned = "The National Weather Service's warning covers the coast."
    assert names_itself(make_article(warned, source=service), whole=True)
