"""The passage aligner on synthetic texts."""

from __future__ import annotations

from newstrace.config import Settings
from newstrace.records import Alignment
from newstrace.stages.align import align as align_module
from newstrace.stages.align import align_pair
from newstrace.stages.ingest.article import make_article

FILLER_A = [
    "The harbour master reported calm seas and light winds across the northern bay.",
    "Local bakers said flour prices had doubled since the beginning of the spring season.",
    "A new cycling lane opened along the river promenade after two years of works.",
    "The school choir travelled to the capital to sing at the national festival.",
]
FILLER_B = [
    "Astronomers observed a faint comet passing close to the orbit of Jupiter last week.",
    "The football club announced that its stadium roof would be replaced next summer.",
    "Volunteers planted four hundred oak saplings on the hills above the old quarry.",
    "Museum curators restored a medieval tapestry damaged by moths and damp air.",
]
SHARED = [
    "The health ministry confirmed that hospital waiting lists fell by twelve percent in March.",
    "Officials credited the drop to extra weekend clinics staffed by retired consultants.",
    "Opposition leaders questioned whether the improvement could last through the winter.",
]
PARAPHRASED = [
    "Hospital waiting lists dropped by twelve percent in March, the health ministry confirmed.",
    "The fall was credited by officials to additional weekend clinics with retired consultants.",
    "Whether the improvement can last through winter was questioned by opposition leaders.",
]


def _texts(middle_a: list[str], middle_b: list[str]) -> tuple[str, str]:
    a = " ".join(FILLER_A[:2] + middle_a + FILLER_A[2:])
    b = " ".join(FILLER_B[:3] + middle_b + FILLER_B[3:])
    return a, b


def _align(a_text: str, b_text: str) -> tuple[list[Alignment], str, str]:
    a, b = make_article(a_text, id="a"), make_article(b_text, id="b")
    return align_pair(a, b, Settings()), a_text, b_text


def _covers(al: Alignment, text_a: str, text_b: str, sentence_a: str, sentence_b: str) -> bool:
    return (
        sentence_a in text_a[al.source.start : al.source.end]
        and sentence_b in text_b[al.target.start : al.target.end]
    )


def test_verbatim_copy_is_found_with_exact_offsets() -> None:
    als, ta, tb = _align(*_texts(SHARED, SHARED))
    assert len(als) == 1
    al = als[0]
    assert al.kind == "verbatim"
    assert ta[al.source.start : al.source.end] == " ".join(SHARED)
    assert tb[al.target.start : al.target.end] == " ".join(SHARED)


def test_edited_copy_is_found_as_edited() -> None:
    edited = [
        s.replace("confirmed", "said").replace("extra", "additional").replace("leaders", "MPs")
        for s in SHARED
    ]
    als, ta, tb = _align(*_texts(SHARED, edited))
    assert len(als) == 1
    assert als[0].kind in {"edited", "verbatim"}
    assert als[0].kind == "edited"
    assert _covers(als[0], ta, tb, SHARED[0], edited[0])
    assert _covers(als[0], ta, tb, SHARED[2], edited[2])


FIGURES = [
    "The council will spend £4.2 million on the new flood defences along the river.",
    "About 600 homes in the lower town were flooded during the storms of last winter.",
    "A consultation drew 1,450 responses, most of them in favour of the new walls.",
    "Work on the first section is due to start in April and to take eighteen months.",
    "The river has burst its banks three times in the last eight years, officials said.",
    "Residents will be invited to a public meeting at the town hall next Thursday.",
]


def test_a_long_copy_with_one_changed_figure_is_edited_not_verbatim() -> None:
    copy = SHARED + FIGURES
    changed = [s.replace("£4.2 million", "£2.4 million") for s in copy]
    (same,), _, _ = _align(*_texts(copy, copy))
    (als,), ta, tb = _align(*_texts(copy, changed))
    assert same.kind == "verbatim"
    assert als.kind == "edited" and als.score >= 0.95  # one figure in ~900 characters
    assert _covers(als, ta, tb, copy[0], changed[0]) and _covers(als, ta, tb, copy[3], changed[3])


RELEASE = [  # an invented council press release (the target edits three of its figures)
    (
        "Riverton Borough Council has approved a £4.2 million flood barrier to protect more "
        "than 600 homes along Mill Lane and the lower Brenn valley."
    ),
    (
        "The demountable barrier, which will run for 1.3 kilometres beside the River Brenn, "
        "was agreed by the council's cabinet on Monday evening after a public consultation "
        "that drew 1,450 responses."
    ),
    (
        "Construction is expected to start in September and to finish before the winter of "
        "2027. The scheme is funded jointly by the council, the Environment Agency and a "
        "local levy on riverside businesses."
    ),
    (
        'Cllr Jane Morrow, cabinet member for environment, said: "Families on Mill Lane have '
        "been flooded three times in eight years. This barrier means they will no longer have"
        " to sandbag their front doors every time the forecast turns. We listened to the "
        'consultation and moved the line of the wall away from the allotments."'
    ),
]


def test_a_copy_under_a_header_starts_at_its_first_word_on_both_sides() -> None:
    # the source's first sentence carries the header; the target adds an intro and edits
    # figures (9 characters shorter), so the longer side is cut to the window of the shorter
    # (align._refine), whose placement alone started one word late ("Borough Council ...")
    source = "PRESS RELEASE\n\n" + "\n\n".join(RELEASE)
    edited = "\n\n".join(RELEASE)
    for old, new in (("£4.2", "£2.4"), ("600", "60"), ("1,450", "145"), ("three times", "twice")):
        edited = edited.replace(old, new)
    target = "Hundreds of households on the street have been promised protection.\n\n" + edited
    (al,) = _align(source, target)[0]
    assert source[al.source.start :].startswith("Riverton Borough Council")
    assert target[al.target.start :].startswith("Riverton Borough Council")
    assert source[: al.source.end].endswith('away from the allotments."')
    assert target[: al.target.end].endswith('away from the allotments."')
    assert al.kind == "edited"


def test_reordered_sentences_are_all_aligned() -> None:
    reordered = [SHARED[2], SHARED[0], SHARED[1]]
    als, ta, tb = _align(*_texts(SHARED, reordered))
    assert als
    for s in SHARED:
        assert any(_covers(al, ta, tb, s, s) for al in als), s


def test_paraphrased_sentences_are_aligned_as_paraphrase() -> None:
    als, ta, tb = _align(*_texts(SHARED, PARAPHRASED))
    assert als
    assert {al.kind for al in als} <= {"paraphrase", "edited"}
    assert any(al.kind == "paraphrase" for al in als)
    for s, p in zip(SHARED, PARAPHRASED, strict=True):
        assert any(_covers(al, ta, tb, s, p) for al in als), s


def test_a_paraphrase_passage_leaves_out_header_and_end_lines_the_other_side_lacks() -> None:
    # "PRESS RELEASE" and "Ends" have fewer words than a sentence, so the splitter joins
    # them to their neighbour sentence; the rewrite has neither
    source = "PRESS RELEASE\n\n" + " ".join(SHARED) + "\n\nEnds"
    target = " ".join(FILLER_B[:2] + PARAPHRASED + FILLER_B[2:])
    als, _, _ = _align(source, target)
    assert als and all(al.kind == "paraphrase" for al in als)
    first = min(als, key=lambda al: al.source.start)
    last = max(als, key=lambda al: al.source.end)
    assert source[first.source.start :].startswith("The health ministry")
    assert source[: last.source.end].endswith("through the winter.")


def test_a_rewritten_stretch_is_one_passage_through_a_sentence_too_reworded_to_seed() -> None:
    # consecutive paraphrase passages are joined across one unmatched sentence on BOTH sides
    # (a sentence rewritten too freely to seed, opposite its source); a gap on one side only
    # is that side's own text (a paragraph the rewrite inserted) and is not joined
    from newstrace.stages.align.align import BRIDGE_GAP, Detection, _bridge
    from newstrace.stages.align.sentences import Vocabulary, doc_sentences

    assert BRIDGE_GAP == 1
    text = " ".join(f"Sentence number {k} of the text says something else." for k in range(6))
    doc = doc_sentences(text, Vocabulary())
    sp = doc.spans

    def det(s0: int, s1: int, t0: int, t1: int) -> Detection:
        return Detection(sp[s0][0], sp[s1][1], sp[t0][0], sp[t1][1], "paraphrase", 0.5)

    first = det(0, 1, 0, 1)
    assert len(_bridge([first, det(3, 4, 3, 4)], doc, doc)) == 1  # one sentence each side
    assert len(_bridge([first, det(2, 3, 2, 3)], doc, doc)) == 1  # adjacent
    assert len(_bridge([first, det(2, 3, 3, 4)], doc, doc)) == 2  # the target's own sentence
    assert len(_bridge([first, det(3, 4, 2, 3)], doc, doc)) == 2  # the source's own sentence
    assert len(_bridge([first, det(4, 5, 4, 5)], doc, doc)) == 2  # two sentences: too far
    edited = Detection(sp[3][0], sp[4][1], sp[3][0], sp[4][1], "edited", 0.8)
    assert len(_bridge([first, edited], doc, doc)) == 2  # only paraphrase passages join


def test_a_header_copied_with_its_text_stays_in_the_passage() -> None:
    source = "PRESS RELEASE\n\n" + " ".join(SHARED)
    target = " ".join(FILLER_B[:2]) + "\n\nPRESS RELEASE\n\n" + " ".join(SHARED)
    (al,) = _align(source, target)[0]
    assert source[al.source.start :].startswith("PRESS RELEASE")


def test_unrelated_texts_give_nothing() -> None:
    a = " ".join(FILLER_A)
    b = " ".join(FILLER_B)
    assert _align(a, b)[0] == []
    assert _align(a, "")[0] == []


# A sentence after the copied passage on each side, on the same subject but written
# independently: similar enough to be seeded, sharing no run of 12 or more characters.
NEIGHBOUR_A = "Waiting lists in northern regions fell less, ministry officials said on Tuesday."
NEIGHBOUR_B = (
    "In the north, said officials of the ministry, the lists of waiting patients fell less."
)


def test_copied_passage_edges_drop_a_similar_uncopied_neighbour() -> None:
    als, ta, tb = _align(*_texts(SHARED + [NEIGHBOUR_A], SHARED + [NEIGHBOUR_B]))
    assert len(als) == 1
    al = als[0]
    assert ta[al.source.start : al.source.end] == " ".join(SHARED)
    assert tb[al.target.start : al.target.end] == " ".join(SHARED)


# A lead sentence of the source and the copier's own first sentence, sharing a phrase ("at
# the Harwick show") that seeds them together with the copied quote below them.
LEAD_A = (
    "Transport minister Ola Brandt promised on Monday that the Harwick town bypass would open "
    "within three years, speaking to traders at the Harwick spring show."
)
LEAD_B = (
    "The Harwick Gazette was not at the Harwick spring show this year, but the minister's "
    "words have been the talk of the town."
)
QUOTE = (
    "\u201cWe will not let this town choke on its own traffic while the lorries queue at "
    "the bridge,\u201d Mr Brandt told the crowd of several hundred traders in the main hall."
)


def test_a_copied_passage_leaves_out_edge_sentences_the_other_side_does_not_copy() -> None:
    ta = f"{LEAD_A}\n\n{QUOTE}\n\n{FILLER_A[0]}"
    tb = f"{LEAD_B}\n\n{QUOTE}\n\n{FILLER_B[0]}"
    als, _, _ = _align(ta, tb)
    sides = [(ta[a.source.start : a.source.end], tb[a.target.start : a.target.end]) for a in als]
    assert sides == [(QUOTE, QUOTE)]
    assert als[0].kind == "verbatim"


def test_the_near_copy_trim_keeps_a_copy_whose_first_words_were_edited() -> None:
    # the shorter side's first words recur at a later sentence of the copy, and the longer
    # side's first ones were edited ("Officers" -> "Police"): moving the partial-ratio window's
    # start to the nearest exact occurrence of them would drop the whole first sentence
    short = (
        "Officers said the suspect, a man in his forties, was arrested at a house in Leeds. "
        "Officers said he was being questioned at a police station in the city on Sunday night."
    )
    long = short.replace("Officers", "Police", 1) + (
        " The force appealed for witnesses who saw a grey van parked in the street that morning."
    )
    d = (0, len(long), 0, len(short), 0.9)
    a, b, _, _, _ = align_module._refine(long, short, d)
    assert long[a:b] == short.replace("Officers", "Police", 1)


def test_a_sentence_starting_or_ending_inside_a_short_line_piece_is_not_cut() -> None:
    # hard-wrapped lines kept as they are (unwrap off): the passage's first and last sentences
    # share a line with the sentences around them, so "Yesterday," and "until spring." are
    # the ends of sentences, not heading lines, though the rewrite lacks their words
    source = (
        "The harbour master reported calm seas and light winds across the bay. Yesterday,\n"
        "the health ministry confirmed that hospital waiting lists fell by twelve\n"
        "percent in March. Officials credited the drop to extra weekend clinics\n"
        "staffed by retired consultants. Opposition leaders questioned whether the\n"
        "improvement could last until\n"
        "spring. Local bakers said flour prices had doubled since the beginning of the\n"
        "season and would rise again before the summer, according to the trade body."
    )
    target = " ".join(FILLER_B[:2] + PARAPHRASED + FILLER_B[2:])
    a = make_article(source, id="a", unwrap=False)
    b = make_article(target, id="b")
    als = align_pair(a, b, Settings())
    assert als
    first = min(als, key=lambda al: al.source.start)
    last = max(als, key=lambda al: al.source.end)
    assert a.text[first.source.start :].startswith("Yesterday,")
    assert a.text[: last.source.end].endswith("whether the")


def test_only_whole_short_lines_are_left_out_of_a_passage() -> None:
    text = "PRESS RELEASE\nThe plan was agreed on Monday. It costs\n£4m. Work starts\nin May."
    words = {"the", "plan", "was", "agreed", "on", "monday", "work", "starts", "in", "may"}

    def other() -> set[str]:
        return words

    body = text.index("The plan")
    # the heading line goes; "It costs" and "£4m." (ends of sentences sharing their lines
    # with others, words the other side lacks) stay
    assert align_module._unshared_lines(text, 0, len(text), other) == (body, len(text))
    it_costs = text.index("It costs")
    assert align_module._unshared_lines(text, it_costs, len(text), other) == (it_costs, len(text))
    four_m = text.index("£4m.") + len("£4m.")
    assert align_module._unshared_lines(text, body, four_m, other) == (body, four_m)


FIRE_A = [  # two independent reports of one fire: loose matches in sentences 1 and 3
    "Firefighters were called to a warehouse on Dock Road in Ashford shortly after midnight on "
    "Sunday.",
    "Smoke could be seen across the town centre and residents were told to keep windows closed.",
    "A spokesperson for the fire service said the cause of the fire was not yet known.",
    "The owner of the building, a furniture importer, said the stock inside was worth several "
    "million pounds.",
    "Local councillors praised the crews for stopping the flames from spreading to nearby homes.",
    "The council said it would review its planning rules for storage sites near houses.",
]
FIRE_B = [
    "Firefighters spent Sunday night at a burning building on Dock Road.",
    "Witnesses described a loud bang followed by thick black smoke drifting over the high street.",
    "A spokeswoman said it was not known what caused the fire.",
    "Police closed the junction with Station Street while crews worked through the night.",
    "Shoppers said the smell of burning plastic hung over the market all day.",
    "Neighbours said they had feared the flames would reach their houses.",
]


def test_joining_two_loose_matches_does_not_corroborate_a_pair() -> None:
    # the two weak passages are one sentence each; joined across the unmatched sentence
    # between them they would hold three sentences and a third of each text
    a = make_article(" ".join(FIRE_A), id="a")
    b = make_article(" ".join(FIRE_B), id="b")
    # without the corroboration rule the loose matches show
    loose = Settings().with_overrides({"reuse.align_weak_paraphrase": 0.0})
    found = align_pair(a, b, loose)
    assert found and all(al.kind == "paraphrase" and al.score < 0.45 for al in found)
    assert align_pair(a, b, Settings()) == []


def test_an_edge_sentence_is_uncopied_only_without_a_shared_run_or_a_close_window() -> None:
    other = (
        "The harbour board met on Tuesday. It approved a new quay for the ferry to Inchbrae, "
        "which is to open in the spring of next year after two years of delays."
    )
    # a shared run of PEEL_RUN characters: copied, however different the rest
    assert not align_module._uncopied("Zz qq: a new quay for the ferry to Inchbrae, xx", other)
    # a close window without a long run: copied
    assert not align_module._uncopied("It approved a new quay for a ferry to Inchbrae.", other)
    assert align_module._uncopied("Our reporter was not at the meeting of the board.", other)
    # a long sentence against a long passage (the cheap run test decides first)
    long = " ".join(["Gulls nested on the old pier all summer"] * 120)
    assert not align_module._uncopied(long, other * 10 + long[:40])
    assert align_module._uncopied(long, other * 10)


def test_a_passage_edge_never_cuts_a_figure_nor_starts_at_a_sentence_end() -> None:
    snap = align_module._snap
    text = "The FTSE Eastern index closed at 7,412.6 on Monday."
    # two days' reports agree on "7," of 7,412.6 and 7,398.2: no figure is shared
    assert text[slice(*snap(text, 0, 35))] == "The FTSE Eastern index closed at"
    assert text[slice(*snap(text, 0, 40))] == "The FTSE Eastern index closed at 7,412.6"
    assert text[slice(*snap(text, 38, len(text)))] == "on Monday."
    # a passage found from the previous sentence's full stop starts at its first word
    other = "The ban was approved.\n\nA partir de esa fecha, solo los residentes."
    start = other.index(".\n\n")
    assert other[slice(*snap(other, start, len(other)))].startswith("A partir")
    # a cut word is still widened
    assert text[slice(*snap(text, 2, 10))] == "The FTSE Eastern"


def test_a_stock_phrase_under_the_floor_after_trimming_is_no_passage() -> None:
    # a market report and the next day's story of another paper agree on the index's lead
    # up to the figures (a review: "The FTSE Eastern index closed at 7," was a verbatim
    # passage, and Monday's report a source of Tuesday's story)
    mon = make_article(
        "The FTSE Eastern index closed at 7,412.6 on Monday, up 18.4 points.\n\n"
        "Closing prices (pence), change on day:\n\nArden Mining 337.7 +12.4 (+3.81%)\n"
        "Bellweather Foods 171.7 -6.5 (-3.65%)\nCarrow Energy 620.6 +17.3 (+2.87%)",
        id="mon", source="Eastern Post",
    )  # fmt: skip
    story = make_article(
        "Shares in Carrow Energy were unchanged on Tuesday after the company confirmed its "
        "chief executive, Maren Stott, would step down in June.\n\nThe FTSE Eastern index "
        "closed at 7,398.2, down 14.4 points, as mining stocks fell back after Monday's gains.",
        id="story", source="City Ledger",
    )  # fmt: skip
    assert align_pair(mon, story, Settings()) == []


def test_two_sentences_sharing_only_figures_seed_no_passage() -> None:
    # two unrelated Spanish stories give the same hours; the words around the figures are on
    # the Spanish stop-word list (a review: they were linked, paraphrase 0.50)
    traffic = make_article(
        "El Ayuntamiento de Valdemora aprobó este lunes un plan para reducir el tráfico en el "
        "centro histórico, que entrará en vigor el próximo 1 de septiembre.\n\nA partir de esa "
        "fecha, solo los vehículos de residentes, los autobuses y los servicios de emergencia "
        "podrán circular por las calles del casco antiguo entre las 8.00 y las 20.00 horas.",
        id="traffic", source="Diario de Valdemora",
    )  # fmt: skip
    drought = make_article(
        "La prefectura de Haute-Sarrine colocó el martes a doce municipios en alerta reforzada "
        "por sequía. El riego de jardines y el lavado de coches están prohibidos hasta el 30 de "
        "septiembre.\n\nLos agricultores podrán seguir regando por la noche, entre las 20.00 y "
        "las 8.00 horas.",
        id="drought", source="La Voz del Sur",
    )  # fmt: skip
    assert align_pair(traffic, drought, Settings()) == []
    # a row of figures copied whole is still a copy
    table = "Resultados: 12 4 3 1 28 15 40\n\nOtros: 11 5 2 3 30 20 38"
    copy = make_article("Clasificación de la liga regional.\n\n" + table, id="c", source="X")
    assert align_pair(make_article(table, id="t", source="Y"), copy, Settings())
