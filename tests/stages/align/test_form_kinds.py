"""Filled-in forms whose fixed words are capitalised: a company's legal form ("Ltd"), a job
title ("Chief Financial Officer"), a release's heading ("PRESS RELEASE") or the outlet's own
name name no subject, so a form refilled for another company is still seen as refilled; a
site's own disclosure lines read like a footer.  Reviews of product recalls, people moves and
sponsored content found different companies' notices and releases linked as copies, and later
reviews the cases the rules must leave alone.  The corpora in ``tests/data/forms`` are
invented (every name, company and product is fictional)."""

from __future__ import annotations

from pathlib import Path

import pytest

from goldkit import aligned, records
from newstrace.config import Settings
from newstrace.records import Provenance, RecordSet
from newstrace.stages import align, dedup
from newstrace.stages.align.boilerplate import footer_like, outlet_titles, template_like
from newstrace.stages.ingest.article import make_article

DATA = Path(__file__).parents[2] / "data" / "forms"


def _provenance(name: str) -> dict[str, Provenance]:
    return {p.article_id: p for p in aligned(DATA / name).provenance}


def test_a_legal_form_is_no_shared_name() -> None:
    a = (
        "Calloway Confectionery Ltd is recalling its Hazel Crunch Bar because it contains "
        "peanuts, which are not mentioned on the label."
    )
    b = (
        "Harrowgate Bakery Ltd is recalling its Oat Shortbread because it contains milk, "
        "which is not mentioned on the label."
    )
    assert template_like(a, b)


def test_a_job_title_is_no_shared_name() -> None:
    head = "today announces that"
    a = f"Brenmoor Logistics {head} Dana Okafor has been appointed Chief Financial Officer."
    b = f"Quillon Foods {head} Marek Salo has been appointed Chief Financial Officer."
    assert template_like(a, b)
    # the same person and company with a title corrected is a copy still
    c = f"Brenmoor Logistics {head} Dana Okafor has been appointed Chief Operating Officer."
    assert not template_like(a, c)


def test_the_outlet_s_own_name_is_no_shared_name() -> None:
    a = (
        "This content was paid for by Corvane Energy and produced by the Eastvale Post's "
        "commercial team."
    )
    b = (
        "This content was paid for by Marlow Accountants and produced by the Eastvale Post's "
        "commercial team."
    )
    post = make_article("x", id="p", source="Eastvale Post")
    assert not template_like(a, b)  # "Eastvale" and "Post" on both sides
    assert template_like(a, b, outlets=outlet_titles(post, post))


def test_a_pr_firm_s_appointment_releases_are_not_copies() -> None:
    """Four companies' appointment releases written by one PR firm in one week, same frames,
    other people and companies: no release is another's copy (they were 'partially' derived
    from the first, 0.15-0.28, through "Chief ... Officer", months and "PRESS RELEASE")."""
    prov = _provenance("appointments.jsonl")
    for p in prov.values():
        assert not p.sources and p.label == "non", p


def test_one_regulator_s_allergy_recalls_are_not_copies() -> None:
    """A regulator's allergy recalls of one week ("X Ltd is recalling Y because they contain
    peanuts / milk, which are not mentioned on the label"): the biscuit recall was 'partially'
    the chocolate one's copy (0.16) through "Ltd"."""
    prov = _provenance("recalls.jsonl")
    assert not prov["b_biscuit"].sources, prov["b_biscuit"]
    # the next day's widened notice is still the first one's update
    assert set(prov["d_notice2"].sources) == {"d_notice1"}


@pytest.mark.xfail(
    strict=True,
    reason="the regulator's notices share so many stock sentences that any two are read as "
    "versions of one story, so those sentences are not its boilerplate (boilerplate._stories: "
    "STORY_OVERLAP); requiring versions to share a name in their leads fixed it but made a "
    "local paper's updates leading on new people ('Police have named the woman as ...') three "
    "stories, and was taken back; counting, for articles more than a day apart, only shared "
    "sentences that name someone or hold a figure fixed it too but made a paper's follow-ups "
    "two and four days later, repeating background paragraphs most of which name no one, three "
    "stories "
    "(README, Known limits)",
)
def test_one_regulator_s_recalls_of_other_products_are_not_copies() -> None:
    """A regulator's recall notices two months apart: its stock paragraphs ("Action taken by
    the company: X is recalling the above products. Point of sale notices ...") are its
    boilerplate, not a link between recalls of other products (the berries notice is
    'partially' derived from the pies notice, 0.35-0.50)."""
    prov = _provenance("recalls.jsonl")
    berries = prov["d_notice1"]
    assert "a_notice" not in berries.sources, berries


def test_paid_link_disclosures_read_like_a_footer() -> None:
    assert footer_like("This article contains affiliate links.")
    assert footer_like("We may earn a commission if you buy through links on this page.")
    assert footer_like("It was produced by the Eastvale Post's commercial team.")
    assert not footer_like("The bill, sponsored by Senator Ruth Hale, passed on Tuesday.")
    assert not footer_like("The trip was paid for by the council, the report found.")


def test_two_sites_disclosures_link_no_reviews() -> None:
    """One site opens its product reviews with its affiliate disclosure, another site's one
    review with its own, worded otherwise: the hose review was 'derived' from the kettle
    review (0.11) by the two disclosures, and joined its story."""
    prov = _provenance("disclosures.jsonl")
    for p in prov.values():
        assert not p.sources and p.label == "non", p


def test_a_town_in_the_paper_s_name_is_still_a_subject() -> None:
    """Only an outlet's whole name is no subject: a local paper's update correcting the time
    names its town, part of the paper's name, as the story did (a second review: the update
    was read as the story refilled and unlinked)."""
    a = "A fire broke out at a flat in Kestle at 11pm, and Ann Holt was taken to hospital."
    b = "A fire broke out at a flat in Kestle at 11.40pm, and Anne Holte was taken to hospital."
    gazette = make_article("x", id="g", source="Kestle Gazette")
    assert not template_like(a, b, outlets=outlet_titles(gazette, gazette))


def test_news_of_paid_links_is_no_footer() -> None:
    assert not footer_like("The influencer earned commission on affiliate links she hid.")
    assert not footer_like("Regulators said paid partnerships must be labelled as such.")


def test_news_of_paid_links_copied_is_reuse() -> None:
    """A story on an influencer's undisclosed paid partnerships, its follow-up repeating its
    background, and a rival pasting 69% of it: the repeated sentences are news, not a
    disclosure footer (a second review: the rival's copy was 'non')."""
    prov = _provenance("disclosure_news.jsonl")
    assert set(prov["h_copy"].sources) == {"e_d1"} and prov["h_copy"].label != "non"


def test_write_thrus_sharing_a_nameless_lead_are_one_story_s_versions() -> None:
    """An agency's three write-thrus of one crash share a lead naming no one: they are
    versions of one story, and the papers reprinting them are traced to the agency's
    versions, not to one another (a guard: a second review found a rule of the session
    breaking it)."""
    prov = _provenance("writethrus.jsonl")
    assert set(prov["a_v2"].sources) == {"a_v1"}
    for paper in ("p_A", "p_B", "p_C"):
        assert all(s.startswith("a_") for s in prov[paper].sources), prov[paper]


def test_a_day_refilled_is_a_form_filled_anew() -> None:
    """Days and months stay names of a form's refill: an agency's two obituaries' stock lines
    ("... died on Monday evening after a long illness" / "on Tuesday morning after a short
    illness") were read as a copy when days were left out with the kinds (the session's
    sweep of earlier review corpora); a month both name is still no subject shared."""
    a = (
        "His family said in a statement that he died on Monday evening after a long illness, "
        "with his wife Annika at his side."
    )
    b = (
        "Her son said in a statement that she died on Tuesday morning after a short illness, "
        "with her family at her side."
    )
    assert template_like(a, b)
    c = "Dana Okafor joins the board with effect from 1 April."
    d = "Marek Salo joins the board with effect from 1 April."
    assert template_like(c, d, dates=False)


def test_an_outlet_s_name_is_blanked_as_whole_words_only() -> None:
    """ "The Sun" is not in "Sunderland", and a one-letter paper's name blanks nothing (a
    third review: a story's corrected update, naming only its town besides the victim, was
    read as the story refilled)."""
    a = "A fire broke out at a flat in Sunderland at 11pm, and Ann Holt was taken to hospital."
    b = "A fire broke out at a flat in Sunderland at 11.40pm, and Anne Holte was taken to hospital."
    sun = make_article("x", id="s", source="The Sun")
    i = make_article("x", id="i", source="i")
    assert not template_like(a, b, outlets=outlet_titles(sun, sun))
    assert not template_like(a, b, outlets=outlet_titles(i, i))


def test_a_disclosure_in_quotation_marks_is_news() -> None:
    quote = '"We earn a commission from the lender on every mortgage," Ms Dorran said.'
    assert not footer_like(quote)
    assert not footer_like(quote.replace('"', "'"))
    assert footer_like("We earn a commission from the lender on every mortgage.")


def test_a_death_toll_s_updates_are_one_story_s_versions() -> None:
    """An agency's updates of a coach crash change every figure and name new victims, under
    one lead naming no one: they are one story's versions, and the papers reprinting them are
    traced to the agency (a third review: the papers were made one another's copies)."""
    prov = _provenance("death_toll.jsonl")
    assert set(prov["a_v2"].sources) == {"a_v1"}
    for paper, version in (("p_A", "a_v1"), ("p_B", "a_v3"), ("p_C", "a_v2")):
        assert set(prov[paper].sources) == {version}, prov[paper]


def test_a_day_both_name_is_no_refill() -> None:
    """An update dropping the street but keeping "on Tuesday" is a copy: a day both name is
    no subject of a refill, and one side naming no one else refills nothing (a fourth
    review: the update was read as its story refilled)."""
    a = "Officers were called to a house in Mill Lane shortly before eight o'clock on Tuesday."
    b = "Officers were called to a house shortly before eight o'clock on Tuesday."
    assert not template_like(a, b)
    # nor is a copy that drops one of two days
    c = "Police said on Tuesday that the man died on Monday in Kestle."
    assert not template_like(c, c.replace(" on Monday", ""))


def test_a_local_paper_s_updates_leading_on_new_people_stay_versions() -> None:
    """A guard (a fourth review): updates of one story whose leads name new people ("Police
    have named the woman as Ann Holt", "Detectives have arrested a man from Brindham") over
    the same body are versions of one story, each the earlier one's update."""
    prov = _provenance("updates_new_leads.jsonl")
    assert "v1" in prov["v2"].sources
    assert {"v1", "v2"} & set(prov["v3"].sources)


def test_a_rival_lifting_a_round_up_with_one_credited_item_is_its_copy() -> None:
    """A guard (a third review): a paper's transfer round-up, its first item "according to
    Reuters", pasted with that item reworded by a rival hours later: the rival is the
    paper's copy, not its sibling of an unseen agency story."""
    prov = _provenance("roundup_lift.jsonl")
    assert set(prov["B"].sources) == {"A"} and prov["B"].label != "non"


@pytest.mark.parametrize("undated", [False, True])
def test_one_council_s_notices_are_no_copies_and_a_column_prints_its_own(undated: bool) -> None:
    """Three road-closure orders, two licence applications and two planning entries on one
    council's forms: the statute's year and section, the postcode and the telephone number
    stand the same in each, every time on the hour shared its ":00", each full date its
    year, and each form's fillings were copies of the first (a licence notice also of the
    planning entries, by a paraphrase of the council's address line); a paper's column
    printing two orders and one application word for word was traced to the third order
    too undated, and credited each printed order with both (a review of local government
    notices)."""
    rows = list(records(DATA / "council_notices.jsonl"))
    if undated:
        rows = [{k: v for k, v in r.items() if k != "published"} for r in rows]
    arts = tuple(
        make_article(r["text"], id=r["id"], source=r["source"], published=r.get("published"))
        for r in rows
    )
    out = align.run(dedup.run(RecordSet(articles=arts), Settings()), Settings())
    prov = {p.article_id: p for p in out.provenance}
    notices = [r["id"] for r in rows if r["id"] != "column"]
    assert len(notices) == 7
    for notice in notices:
        assert not prov[notice].sources, notice
    column = prov["column"].sources
    assert set(column) == {"order-1", "order-2", "licence-1"}
    for notice in ("order-1", "order-2"):  # each order a third of the column, not two
        assert column[notice] < 0.4, (notice, column)


def test_follow_ups_repeating_background_paragraphs_stay_linked() -> None:
    """A paper's follow-ups two and four days after its fire story repeat five background
    paragraphs, two of them naming something: they are the story's versions, linked to it
    (a guard: an attack review found a rule weighing articles a day apart by their naming
    sentences alone making them three stories and their paragraphs boilerplate)."""
    prov = _provenance("followup_background.jsonl")
    assert set(prov["v2"].sources) == {"v1"} and set(prov["v3"].sources) == {"v1"}


def test_a_place_s_kind_is_no_shared_name() -> None:
    """Two flood alerts of one agency for two rivers: "the River" was the one name the
    stock line's two fillings shared, and linked the alerts (a review of forms in other
    domains)."""
    a = "A flood alert has been issued for the River Arle at Millbridge."
    b = "A flood alert has been issued for the River Wend at Lowbridge."
    assert template_like(a, b)
    # a street's name corrected keeps the town it shares: still the copy
    c = "Fire crews were called to a house on Bridge Street in Penmarsh on Monday night."
    assert not template_like(c, c.replace("Bridge Street", "Bridge Road"))
