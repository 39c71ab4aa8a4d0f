"""An outlet's template filled with other figures is boilerplate, not reuse; a copy with a
figure corrected, or the same form in another outlet, is still reuse."""

from __future__ import annotations

from newstrace.config import Settings
from newstrace.records import Article, RecordSet
from newstrace.stages import align
from newstrace.stages.align.boilerplate import numbers, template_like
from newstrace.stages.ingest.article import make_article

MONDAY = (
    "Shares in Dunmore rose on Monday as traders waited for the harbour authority's annual "
    "results, due later in the week.\n\n"
    "Dunmore index up 0.4% at 7,512, its highest close since the spring, with 214 shares "
    "rising and 86 falling. Turnover was 1.2 billion across the day's trading session.\n\n"
    "Harbour stocks led the gains after freight volumes rose for a third month. Kessel "
    "Shipping rose 3.1% and Arnholt Docks added 2.4% in busy trading before the close.\n\n"
    "Elsewhere, regional markets were mixed: the Carrow index closed up 0.2% and the Tarn 40 "
    "was flat, while the currency gained 0.3% against the dollar at 1.2718 by the close."
)
WEDNESDAY = (
    "Dunmore shares slipped on Wednesday after the harbour authority's results showed "
    "a sharp fall in passenger traffic over the winter.\n\n"
    "Dunmore index down 0.6% at 7,468, its lowest close since the spring, with 97 shares "
    "rising and 203 falling. Turnover was 1.6 billion across the day's trading session.\n\n"
    "Ferry operators fell furthest after the traffic figures. Pellan Ferries lost 4.2% and "
    "Osterby Lines dropped 2.9% as analysts cut their forecasts for the coming year.\n\n"
    "Elsewhere, regional markets were mixed: the Carrow index closed down 0.5% and the Tarn 40 "
    "was flat, while the currency lost 0.1% against the dollar at 1.2702 by the close."
)


def _run(texts: list[str], outlets: list[str | None]) -> RecordSet:
    arts: list[Article] = [
        make_article(t, id=f"m{i}", source=o, published=f"2026-03-0{2 * i + 2}")
        for i, (t, o) in enumerate(zip(texts, outlets, strict=True))
    ]
    return align.run(RecordSet(articles=tuple(arts)), Settings())


def test_numbers_are_read_with_the_word_before_them() -> None:
    assert numbers("FTSE 100 up 0.4% at 7,512") == [("ftse", "100"), ("up", "0.4"), ("at", "7512")]
    assert template_like("Town 2 Rovers 1, Athletic 0", "Town 0 Rovers 3, Athletic 2")
    assert not template_like("Town 2 Rovers 1, Athletic 0", "Town 2 Rovers 1, Athletic 1")
    assert not template_like("up 4% at noon", "down 2% at noon")  # one number: no evidence


def test_a_list_of_names_refilled_is_a_template_a_sentence_with_a_name_corrected_is_not() -> None:
    week1 = "Next Saturday: Fenwick Town v Mardale, Oxley United v Westfield, Ashby v Eastbrook."
    week2 = "Next Saturday: Mardale v Oxley United, Westfield v Fenwick Town, Eastbrook v Ashby."
    assert template_like(week1, week2)
    said = "Mr Smith told the Harwick council on Monday that the Mill Road bridge would close."
    assert not template_like(said, said.replace("Smith", "Smyth"))


def test_an_outlets_report_with_other_figures_is_not_reuse() -> None:
    out = _run([MONDAY, WEDNESDAY], ["Dunmore Market Desk"] * 2)
    assert out.alignments, "the shared frames are still aligned (and shown)"
    assert all(a.boilerplate for a in out.alignments)
    assert not out.pairs
    assert all(p.reused_share == 0 for p in out.provenance)


def test_the_same_form_in_another_outlet_is_still_reuse() -> None:
    out = _run([MONDAY, WEDNESDAY], ["Dunmore Market Desk", "Carrow Evening Post"])
    assert out.pairs and not all(a.boilerplate for a in out.alignments)


def test_a_copy_with_one_figure_corrected_is_still_reuse() -> None:
    corrected = MONDAY.replace("Kessel Shipping rose 3.1%", "Kessel Shipping rose 3.4%")
    follow = corrected + (
        "\n\nThe harbour authority publishes its results on Thursday morning, and analysts "
        "expect freight income to have risen for the first time in four years."
    )
    out = _run([MONDAY, follow], ["Dunmore Market Desk"] * 2)
    assert out.pairs
    assert not any(a.boilerplate for a in out.alignments)


def test_an_all_caps_passage_edited_is_not_a_list_of_names() -> None:
    # every word of an all-caps text is capitalised: that says nothing of names
    a = "THE COUNCIL VOTED ON MONDAY TO CLOSE THE LIBRARY, SAYING IT COULD NOT AFFORD REPAIRS."
    b = "THE COUNCIL VOTED ON TUESDAY TO CLOSE THE OLD LIBRARY: IT COULD NO LONGER AFFORD REPAIRS."
    assert not template_like(a, b)


def test_numbers_shared_count_each_occurrence_once() -> None:
    # the shared numbers are a multiset intersection (a linear count: a table of 20,000
    # numbers took 23 s with a count per distinct number)
    a = "Town 1 Rovers 1, Town 1 City 2, Oxley 3"
    b = "Town 1 Rovers 0, Town 2 City 2, Oxley 4"
    # shared: (town, 1) once, (city, 2) once: 2 of 5, under half
    assert template_like(a, b)
    assert not template_like(a, "Town 1 Rovers 1, Town 1 City 2, Oxley 4")
    many = " ".join(f"lot {k}" for k in range(20000))
    assert not template_like(many, many + " lot 1")


CLOSE = (
    "Calder shares {move} on {day}, with the Calder 100 index closing {pct} per cent {way} at "
    "{level} points.\n\n{sector} led the {trend}, with {stock} {verb} {change} per cent to "
    "{price}p after {why}."
)


def test_a_template_passage_ending_where_its_figures_begin_is_still_a_template() -> None:
    # the aligner ends the shared frame where the figures start ("... index closing" |
    # "0.8 per cent higher at 7,412.6"), so the passage alone holds one number: the figures
    # of the rest of its sentence say it is the outlet's form
    monday = CLOSE.format(
        move="rose", day="Monday", pct="0.8", way="higher", level="7,412.6", sector="Banks",
        trend="gains", stock="Harrowgate Bank", verb="climbed", change="2.1", price="412",
        why="a broker upgraded its rating",
    )  # fmt: skip
    tuesday = CLOSE.format(
        move="fell", day="Tuesday", pct="1.1", way="lower", level="7,331.0", sector="Miners",
        trend="declines", stock="Kestrel Resources", verb="dropped", change="3.6", price="1,085",
        why="copper prices weakened",
    )  # fmt: skip
    out = _run([monday, tuesday], ["Calder Business Daily"] * 2)
    assert out.alignments, "the shared frame is still aligned (and shown)"
    assert all(a.boilerplate for a in out.alignments)
    assert not out.pairs
    assert all(p.reused_share == 0 for p in out.provenance)


def test_a_live_blog_entry_time_is_no_figure_of_a_template() -> None:
    blog = (
        "10:05 A rest centre has opened at the leisure centre. It has room for 200 people.\n\n"
        "11:30 Police have closed Bridge Road between the roundabout and the canal."
    )
    story = (
        "A rest centre has opened at the leisure centre. It has room for 200 people.\n\n"
        "The river has reached 3.9 metres, the highest since 1968.\n\n"
        "Police have closed Bridge Road between the roundabout and the canal."
    )
    assert numbers(blog) == [("for", "200")]
    assert numbers("8.40am Police say\n9 pm Roads shut") == []
    assert not template_like(blog, story)
