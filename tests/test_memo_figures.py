"""Disputed figures (memos.figures): one counted thing given different numbers by different sources."""

from __future__ import annotations

from summarizer.articles import article_from_text
from summarizer.extract.pipeline import Outcome
from summarizer.memos.build import _context, build_memo
from summarizer.memos.figures import disputed_figures, figures
from summarizer.memos.render import memo_markdown
from summarizer.memos.resolve import resolve_entities
from summarizer.schema import Actor, Brief, Source, Span, Usage


def make_outcome(aid: str, text: str, actors: dict[str, str], quotes: dict[str, list[str]] | None = None) -> Outcome:
    """An outcome whose brief names `actors` (name -> kind) and gives each speaker in `quotes` those quotes' spans."""
    sources = []
    for name, said in (quotes or {}).items():
        spans = [Span(text=q, start=text.index(q), end=text.index(q) + len(q)) for q in said]
        sources.append(Source(name=name, type="other", quotes=spans))  # type: ignore[arg-type]
    brief = Brief(
        article_id=aid, title=aid, main_issue="A plan", summary="A plan.", usage=Usage(strategy="stepwise"),
        actors=[Actor(name=n, kind=k) for n, k in actors.items()],  # type: ignore[arg-type]
        sources=sources,
    )  # fmt: skip
    return Outcome(article=article_from_text(text, id=aid, title=aid), brief=brief)


def context(*found: Outcome):
    return _context(list(found), (), False, resolve_entities([o.brief for o in found if o.brief]))


def values(contradiction) -> list[tuple[str, str]]:
    return [(f.value, f.holder) for f in contradiction.figures]


def test_two_sources_giving_one_crowd_different_sizes_are_a_disputed_figure():
    text = "Police said 2,000 people joined the march on Saturday, while organisers put the figure at 10,000."
    (found,) = disputed_figures(context(make_outcome("a1", text, {})))
    assert found.kind == "disputed_figure"
    assert values(found) == [("2,000", "Police"), ("10,000", "organisers")]
    assert found.summary == "figures for people differ: 2,000 (Police) against 10,000 (organisers)"
    assert found.figures[0].passage.start == 0 and found.figures[0].passage.text == text


def test_the_size_of_a_crowd_counts_the_people_another_source_counts():
    text = (
        "Police estimated the crowd at about 3,000 on Saturday, while the Harbour Residents Association said more "
        "than 8,000 people marched."
    )
    outcome = make_outcome("a1", text, {"Harbour Residents Association": "organization"})
    (found,) = disputed_figures(context(outcome))
    assert values(found) == [("about 3,000", "Police"), ("more than 8,000", "Harbour Residents Association")]
    text = "Organisers said a crowd of 12,000 gathered at the port. Police said 4,000 people took part."
    (found,) = disputed_figures(context(make_outcome("a1", text, {})))
    assert [v for v, _ in values(found)] == ["12,000", "4,000"]
    # a team or a committee is no gathering: its size is no crowd's
    text = "The club put the squad at 25 players. Police said 4,000 people took part."
    assert disputed_figures(context(make_outcome("a1", text, {}))) == []


def test_a_number_that_counts_no_noun_counts_what_the_figure_before_it_counted():
    text = "Hale said the plant would bring 120 lorry movements a day. The campaign says it is nearer 400."
    ctx = context(make_outcome("a1", text, {"Martin Hale": "person"}))
    found = figures(ctx, "a1")
    assert [(f.text, f.thing, f.per, f.holder) for f in found] == [
        ("120", "movement", "day", "Martin Hale"),
        ("nearer 400", "movement", "day", "The campaign"),
    ]
    (dispute,) = disputed_figures(ctx)
    assert dispute.summary == "figures for movements a day differ: 120 (Martin Hale) against nearer 400 (The campaign)"


def test_figures_of_two_articles_about_one_story_dispute_each_other_and_a_quote_is_its_speakers_figure():
    first = make_outcome(
        "a1", "Veridan Energy says the plant will create 60 permanent jobs. Tom Riley disagrees.",
        {"Veridan Energy": "organization", "Tom Riley": "person"},
    )  # fmt: skip
    second = make_outcome(
        "a2", 'Tom Riley attacked Veridan Energy. "Read the small print and it is 35 full-time jobs," he said.',
        {"Veridan Energy": "organization", "Tom Riley": "person"},
        {"Tom Riley": ["Read the small print and it is 35 full-time jobs,"]},
    )  # fmt: skip
    (found,) = disputed_figures(context(first, second))
    assert values(found) == [("60", "Veridan Energy"), ("35", "Tom Riley")]
    assert [f.article for f in found.figures] == ["a1", "a2"]


def test_articles_that_share_no_person_or_organisation_never_dispute_each_others_figures():
    first = make_outcome("a1", "The Carpenters' Union says it has 500 members.", {"Carpenters' Union": "organization"})
    second = make_outcome("a2", "The Rowing Club says it has 300 members.", {"Rowing Club": "organization"})
    ctx = context(first, second)
    assert [f.text for a in ("a1", "a2") for f in figures(ctx, a)] == ["500", "300"]
    assert disputed_figures(ctx) == []


def test_one_holder_giving_two_figures_is_no_dispute():
    text = "The company said 210,000 cars were built in Japan and 190,000 cars were built in Mexico."
    assert disputed_figures(context(make_outcome("a1", text, {}))) == []


def test_figures_of_different_events_are_not_one_thing():
    text = "Police said 12 people died in the fire. Hospital officials said 30 people were injured."
    ctx = context(make_outcome("a1", text, {}))
    assert [(f.text, f.predicate) for f in figures(ctx, "a1")] == [("12", "die"), ("30", "injure")]
    assert disputed_figures(ctx) == []


def test_numbers_that_name_or_describe_and_figures_the_article_states_itself_are_not_attributed_figures():
    text = (
        "Route 14 and route 9 both run past the 400-seat hall. About 500 people attended the meeting. "
        "The council said route 9 is its busiest."
    )  # fmt: skip
    assert figures(context(make_outcome("a1", text, {})), "a1") == []


def test_a_reporting_clause_gives_the_figure_its_holder_and_a_verb_acting_on_the_thing_does_not():
    text = "Kaizora recalls 640,000 cars. According to two people briefed on the talks, 70 dealers have closed."
    found = figures(context(make_outcome("a1", text, {"Kaizora": "organization"})), "a1")
    assert [(f.text, f.holder) for f in found] == [("70", "two people briefed on the talks")]


def test_the_memo_lists_a_disputed_figure_with_each_figures_holder_and_span():
    text = "Police said 2,000 people joined the march, while organisers put the figure at 10,000."
    memo = build_memo([make_outcome("a1", text, {})])
    (found,) = [c for c in memo.contradictions if c.kind == "disputed_figure"]
    markdown = memo_markdown(memo)
    assert (
        "- **Disputed figure:** figures for people differ: 2,000 (Police) against 10,000 (organisers) — "
        f"2,000, Police (A1 0–{len(text)}); 10,000, organisers (A1 0–{len(text)})"
    ) in markdown


def test_a_figure_counts_its_noun_whatever_the_parser_made_of_the_word_before_the_number():
    text = "According to the Saudi Interior Ministry over 345 Muslim pilgrims have been killed in a stampede."
    (found,) = figures(context(make_outcome("a1", text, {"Saudi Interior Ministry": "organization"})), "a1")
    assert (found.text, found.value, found.thing, found.holder) == ("over 345", 345.0, "pilgrim", "Saudi Interior Ministry")


def test_an_elliptical_figure_measures_what_its_antecedent_measured_so_two_counts_of_one_noun_stay_apart():
    text = (
        "Kelsford City Council says 212 trees will be removed. The campaign says the true figure is 340.\n"
        "The council's survey found 81 of the trees to be diseased. Helen Marsh said she had found serious defects in fewer than 20."
    )  # fmt: skip
    ctx = context(make_outcome("a1", text, {"Kelsford City Council": "organization", "Helen Marsh": "person"}))
    assert [(f.text, f.thing, f.predicate) for f in figures(ctx, "a1")] == [
        ("212", "tree", "remove"), ("340", "tree", "remove"), ("81", "tree", "disease"), ("fewer than 20", "tree", "disease"),
    ]  # fmt: skip
    assert [c.summary for c in disputed_figures(ctx)] == [
        "figures for trees differ: 212 (Kelsford City Council) against 340 (The campaign)",
        "figures for trees differ: 81 (The council) against fewer than 20 (Helen Marsh)",  # a survey states no figure
    ]


def test_two_sources_putting_one_cost_at_different_sums_are_a_disputed_figure():
    text = (
        "Council officers say the redesign would add £4.5 million to the cost of the £6.2 million scheme. "
        "The campaign's engineer, Philip Cairns, puts the extra cost at £1.2m."
    )  # fmt: skip
    ctx = context(make_outcome("a1", text, {"Philip Cairns": "person"}))
    assert [(f.text, f.value, f.thing, f.holder) for f in figures(ctx, "a1")] == [
        ("£4.5 million", 4.5e6, "£:cost", "Council officers"), ("£1.2m", 1.2e6, "£:cost", "Philip Cairns"),
    ]  # fmt: skip
    (found,) = disputed_figures(ctx)
    assert found.summary == "figures for cost differ: £4.5 million (Council officers) against £1.2m (Philip Cairns)"


def test_a_sum_a_verb_takes_and_a_sum_its_noun_is_put_at_measure_one_thing_in_one_currency_only():
    text = (
        '"The plant would save this council about £4 million a year," said Priya Anand. '
        "Tom Riley said the finance report put the net saving at £1.5 million. Riley said the levy would save $2 million."
    )  # fmt: skip
    ctx = context(make_outcome("a1", text, {"Priya Anand": "person", "Tom Riley": "person"}))
    assert [(f.text, f.thing, f.per) for f in figures(ctx, "a1")] == [
        ("about £4 million", "£:sav", "year"), ("£1.5 million", "£:sav", ""), ("$2 million", "$:sav", ""),
    ]  # fmt: skip
    (found,) = disputed_figures(ctx)
    assert found.summary == "figures for saving a year differ: about £4 million (Priya Anand) against £1.5 million (the finance report)"


def test_a_measure_counts_its_unit_and_a_relative_clause_or_a_joined_verb_gives_the_holder():
    text = (
        "Brackwell puts the nearest house at 450 metres from the boundary; Tidwell Parish Council says cottages "
        "would be 180 metres away.\n"
        'Tom Ellery spoke for the Peak Fringe Wildlife Trust, which says the extension would destroy 11 hectares of grassland. '
        "Brackwell says the figure is 4 hectares.\n"
        "Volunteers stood at the junction for five weekdays and recorded 210 lorry movements a day."
    )  # fmt: skip
    actors = {"Brackwell": "organization", "Tidwell Parish Council": "organization", "Peak Fringe Wildlife Trust": "organization"}
    ctx = context(make_outcome("a1", text, actors))
    assert [(f.text, f.thing, f.holder) for f in figures(ctx, "a1")] == [
        ("450 metres", "measure:[length]", "Brackwell"), ("180 metres", "measure:[length]", "Tidwell Parish Council"),
        ("11 hectares", "measure:[length] ** 2", "Peak Fringe Wildlife Trust"), ("4 hectares", "measure:[length] ** 2", "Brackwell"),
        ("210", "movement", "Volunteers"),
    ]  # fmt: skip
    assert [c.summary for c in disputed_figures(ctx)] == [
        "figures for distance in metres differ: 450 metres (Brackwell) against 180 metres (Tidwell Parish Council)",
        "figures for hectares differ: 11 hectares (Peak Fringe Wildlife Trust) against 4 hectares (Brackwell)",
    ]


def test_measures_of_different_dimensions_in_one_unit_are_not_one_thing():
    text = (
        'Its chair, Margaret Heyes, said fourteen turbines 180 metres tall would be visible from every street. '
        "Orsa puts the turbines' tip height at 149 metres.\n"
        "Campaigners say the nearest turbine would be just 800 metres from houses."
    )
    actors = {"Margaret Heyes": "person", "Orsa": "organization"}
    ctx = context(make_outcome("a1", text, actors))
    assert [(f.text, f.dimension, f.holder) for f in figures(ctx, "a1") if f.thing == "measure:[length]"] == [
        ("180 metres", "height", "Margaret Heyes"), ("149 metres", "height", "Orsa"), ("just 800 metres", "distance", "Campaigners"),
    ]  # fmt: skip
    (dispute,) = disputed_figures(ctx)
    assert dispute.summary == "figures for height in metres differ: 180 metres (Margaret Heyes) against 149 metres (Orsa)"


def test_a_participle_of_saying_on_the_figure_names_its_holder_as_passive_agent():
    text = "The council said the scheme would create no more than 25 jobs, not the 150 jobs claimed by the GMB union."
    ctx = context(make_outcome("a1", text, {"GMB union": "organization"}))
    assert [(f.text, f.holder) for f in figures(ctx, "a1")] == [("no more than 25", "The council"), ("150", "GMB union")]
    (dispute,) = disputed_figures(ctx)
    assert dispute.summary == "figures for jobs differ: no more than 25 (The council) against 150 (GMB union)"


def test_a_pronoun_that_states_a_figure_is_the_source_the_brief_gives_the_sentence_to():
    text = (
        "Councillor Joanne Whitaker spoke against the wind farm. She said the scheme would create no more than 25 jobs. "
        "Gareth Lowe said the wind farm would create 150 jobs."
    )
    outcome = make_outcome("a1", text, {"Joanne Whitaker": "person", "Gareth Lowe": "person"})
    statement = "She said the scheme would create no more than 25 jobs."
    outcome.brief.sources.append(Source(name="Joanne Whitaker", type="official", statements=[statement]))
    ctx = context(outcome)
    assert [(f.text, f.holder) for f in figures(ctx, "a1")] == [("no more than 25", "Joanne Whitaker"), ("150", "Gareth Lowe")]
    outcome.brief.sources.clear()
    assert [(f.text, f.holder) for f in figures(context(outcome), "a1")] == [("150", "Gareth Lowe")]  # 'She' alone: no one


def test_a_campaign_holds_its_figure_not_the_place_its_name_demands():
    text = (
        "Brendale Energy says the Tarn Moss wind farm would power 41,000 homes. Tarn Moss is a moor.\n"
        "Save Tarn Moss, the campaign group fighting the scheme, says the true figure is nearer 17,000 homes."
    )
    actors = {"Brendale Energy": "organization", "Save Tarn Moss": "organization", "Tarn Moss": "person"}
    (dispute,) = disputed_figures(context(make_outcome("a1", text, actors)))
    assert values(dispute) == [("41,000", "Brendale Energy"), ("nearer 17,000", "Save Tarn Moss")]


def test_a_figure_the_sentence_denies_or_gives_to_others_is_not_the_speakers():
    text = (
        "Professor Alan Whitcombe said the area lost would be 31 hectares, not the 12 hectares in the application. "
        '"It is 150 metres, not the 400 metres they keep putting in their brochures," Margaret Lyle said. '
        '"We will live next to a wall of steel boxes stacked six high," she said.'
    )
    actors = {"Alan Whitcombe": "person", "Margaret Lyle": "person"}
    outcome = make_outcome("a1", text, actors, {"Margaret Lyle": ["It is 150 metres, not the 400 metres they keep putting in their brochures"]})
    assert [(f.text, f.holder) for f in figures(context(outcome), "a1")] == [("31", "Alan Whitcombe"), ("150 metres", "Margaret Lyle")]


def test_what_documents_show_counts_what_a_plan_creates_and_a_participle_s_figure_is_its_publisher_s():
    text = (
        "Carrow Harbour Holdings says the expansion would create 850 jobs. "
        "Hannah Okafor said the port's own documents showed only about 300 permanent jobs."
    )
    ctx = context(make_outcome("a1", text, {"Carrow Harbour Holdings": "organization", "Hannah Okafor": "person"}))
    (dispute,) = disputed_figures(ctx)
    assert values(dispute) == [("850", "Carrow Harbour Holdings"), ("only about 300", "Hannah Okafor")]
    cost = "The company puts the cost at £240 million. The campaign group has published an analysis putting the cost at £410 million."
    ctx = context(make_outcome("a1", cost, {}))
    assert [(f.text, f.holder) for f in figures(ctx, "a1")] == [("£240 million", "The company"), ("£410 million", "The campaign group")]


def test_measures_in_different_units_of_one_dimension_are_compared_in_one_unit():
    text = (
        "Campaigners say the nearest turbine would be 1.2km from houses. Orsa says the nearest home is 800 metres away.\n"
        "The Parish Council says the site covers 30 acres. Orsa says it is 12 hectares."
    )
    ctx = context(make_outcome("a1", text, {"Orsa": "organization"}))
    assert [(f.text, f.value) for f in figures(ctx, "a1")] == [
        ("1.2km", 1200.0), ("800 metres", 800.0), ("30 acres", 121406.178), ("12 hectares", 120000.0),
    ]  # fmt: skip
    assert [c.summary for c in disputed_figures(ctx)] == [
        "figures for distance differ: 1.2km [1.2 km] (Campaigners) against 800 metres [800 m] (Orsa)",
        "figures for area differ: 30 acres [12.1 ha] (The Parish Council) against 12 hectares [12 ha] (Orsa)",
    ]
    same = "The school says the quarry is one mile from its gates. Brackwell says the quarry is 1,609.344 metres from the school."
    ctx = context(make_outcome("a1", same, {"Brackwell": "organization"}))
    assert [(f.holder, f.value) for f in figures(ctx, "a1")] == [("The school", 1609.344), ("Brackwell", 1609.344)]
    assert disputed_figures(ctx) == []  # a mile is 1,609.344 metres


def test_two_values_one_holder_sets_side_by_side_in_one_sentence_dispute_nothing():
    text = (
        "Brackwell puts the nearest house at 450 metres from the boundary; the parish council says 180 metres.\n"
        'Stone would come from somewhere, Peter Ashdown said, "and I\'d rather it came from ten miles away than two hundred".'
    )
    ctx = context(make_outcome("a1", text, {"Brackwell": "organization", "Peter Ashdown": "person"}))
    assert [(f.text, f.holder) for f in figures(ctx, "a1")][-2:] == [("ten miles", "Peter Ashdown"), ("two hundred", "Peter Ashdown")]
    (dispute,) = disputed_figures(ctx)
    assert values(dispute) == [("450 metres", "Brackwell"), ("180 metres", "the parish council")]


def test_a_change_from_one_value_to_another_is_no_distance_and_a_measure_of_the_named_thing_is_no_dimension():
    text = (
        "Kowalska said engineers expect the river's flow to fall from about 310 cubic metres per second to 190 cubic "
        "metres per second. The flow would never fall below 285 cubic metres per second, the ministry said. The "
        "union puts the flow at 205 cubic metres per second.\n"
        "The minister said fewer than 20,000 hectares of farmland drew on the Seren in summer, a fraction of the "
        "120,000 hectares cited by the farmers' union."
    )
    ctx = context(make_outcome("a1", text, {"Żaneta Kowalska": "person"}))
    found = {f.text: f for f in figures(ctx, "a1")}
    assert found["about 310 cubic metres"].thing == "measure:[length] ** 3" and found["about 310 cubic metres"].dimension == ""
    assert found["120,000"].dimension == ""  # 'the 120,000 hectares' are no measure of a 'fraction'
    summaries = [c.summary for c in disputed_figures(ctx)]
    assert summaries == [  # Kowalska's two values are a change, not two claims
        "figures for flow in cubic metres a second differ: below 285 cubic metres (the ministry) against 205 cubic metres (The union)",
        "figures for hectares differ: fewer than 20,000 (The minister) against 120,000 (the farmers' union)",
    ]


def test_a_unit_is_a_measure_when_the_recogniser_tags_its_kind_in_any_article_of_the_story():
    first = make_outcome("a1", "Orsa says the farm covers 120,000 hectares.", {"Orsa": "organization"})
    second = make_outcome("a2", "Orsa disagrees with the council, which says the farm covers 30 acres.", {"Orsa": "organization"})
    ctx = context(first, second)
    (dispute,) = disputed_figures(ctx)
    assert dispute.summary == "figures for area differ: 120,000 hectares [1,200 km²] (Orsa) against 30 acres [12.1 ha] (the council)"


def test_a_definite_description_that_states_a_figure_is_the_named_source_the_brief_gives_the_sentence_to():
    text = (
        "Foreign Minister Ana-Lucía Pérez-Ortega defended the dam. The minister said fewer than 20,000 hectares of "
        "farmland drew on the river. The farmers' union says 120,000 hectares do."
    )
    outcome = make_outcome("a1", text, {"Ana-Lucía Pérez-Ortega": "person"})
    statement = "The minister said fewer than 20,000 hectares of farmland drew on the river."
    outcome.brief.sources.append(Source(name="Ana-Lucía Pérez-Ortega", type="official", statements=[statement]))
    assert [(f.text, f.holder) for f in figures(context(outcome), "a1")][0] == ("fewer than 20,000", "Ana-Lucía Pérez-Ortega")
    outcome.brief.sources.clear()
    assert [(f.text, f.holder) for f in figures(context(outcome), "a1")][0] == ("fewer than 20,000", "The minister")


def test_a_measure_converted_in_brackets_is_one_value_and_sums_may_name_their_currency_in_words():
    text = (
        "The new plant is about 95 miles (153 km) away, the company said. The union says the journey is more than "
        "190 kilometres each way.\n"
        "Hale said the redundancy package would cost the company 18 million pounds. The union puts the cost at 11 "
        "million pounds.\n"
        "Hale said the relocation allowance is worth £5,000. According to Ms Whitaker, the allowance is worth nearer £3,000."
    )
    ctx = context(make_outcome("a1", text, {"Martin Hale": "person", "Sharon Whitaker": "person"}))
    assert [c.summary for c in disputed_figures(ctx)] == [
        "figures for distance differ: about 95 miles [153 km] (the company) against more than 190 kilometres [190 km] (The union)",
        "figures for cost differ: 18 million pounds (Martin Hale) against 11 million pounds (The union)",
        "figures for allowance differ: £5,000 (Martin Hale) against nearer £3,000 (Sharon Whitaker)",
    ]


def test_a_cardinal_with_its_currency_in_words_after_it_is_a_sum_of_what_it_measures_not_a_count_of_euros():
    text = (
        "Feldhaven's mayor, Anneli Roos, said the city had spent 40 million euros on its new arena.\n"
        "Daniel Okafor, a sports economist, said the real effect was closer to 7.5 million euros.\n"
        "Petra Lindqvist said the real effect was about 12 million euros."
    )
    ctx = context(make_outcome("a1", text, {"Anneli Roos": "person", "Daniel Okafor": "person", "Petra Lindqvist": "person"}))
    assert {(f.thing, f.value, f.holder) for f in figures(ctx, "a1")} >= {
        ("€:spend", 40_000_000.0, "Anneli Roos"),
        ("€:effect", 7_500_000.0, "Daniel Okafor"),
    }
    assert [c.summary for c in disputed_figures(ctx)] == [
        "figures for effect differ: 7.5 million euros (Daniel Okafor) against about 12 million euros (Petra Lindqvist)"
    ]  # never the arena's cost against the effect, as a count of 'euros'


def test_a_figure_a_definite_noun_phrase_takes_as_given_is_not_its_speakers_so_she_can_dispute_it():
    first = make_outcome(
        "a1", "Its chief executive, Martin Oakes, said the project would create 650 permanent jobs.",
        {"Martin Oakes": "person", "Carrow Harbour Authority": "organization"},
    )  # fmt: skip
    quote = "Most of the 650 jobs are construction posts that disappear once the quay is built. The permanent figure is closer to 240"
    second = make_outcome(
        "a2", f'The Carrow Harbour Authority disputes a study. "{quote}," Helen Marsh said.',
        {"Helen Marsh": "person", "Carrow Harbour Authority": "organization"}, {"Helen Marsh": [quote]},
    )  # fmt: skip
    ctx = context(first, second)
    assert [(f.text, f.holder) for f in figures(ctx, "a2")] == [("240", "Helen Marsh")]
    (dispute,) = disputed_figures(ctx)
    assert values(dispute) == [("650", "Martin Oakes"), ("240", "Helen Marsh")]


def test_a_collective_noun_is_counted_and_a_reduced_relative_clause_leaves_the_noun_it_hangs_on():
    text = "The union says 26 staff would lose their jobs; the university puts the figure at 14. The 400 figure is old."
    found = figures(context(make_outcome("a1", text, {})), "a1")
    assert [(f.text, f.thing, f.holder) for f in found] == [("26", "staff", "The union"), ("14", "staff", "the university")]
    lede = "The board voted to close the school, a move administrators said would save 40 jobs a year, not 12 jobs as others said."
    found = figures(context(make_outcome("a2", lede, {})), "a2")
    assert [(f.text, f.holder) for f in found] == [("40", "administrators")]  # not 'a move administrators'; 'not 12 jobs' denied


def test_a_cost_a_verb_takes_as_its_second_object_and_one_estimated_at_a_sum_are_one_measure():
    text = (
        "The company said in a statement that the increase would cost a typical owner £36 a year. "
        "The charity estimates the extra cost for a typical owner at more than £150 a year."
    )
    found = figures(context(make_outcome("a1", text, {})), "a1")
    assert [(f.text, f.thing, f.per) for f in found] == [("£36", "£:cost", "year"), ("more than £150", "£:cost", "year")]
    (dispute,) = disputed_figures(context(make_outcome("a1", text, {})))
    assert values(dispute) == [("£36", "The company"), ("more than £150", "The charity")]


def test_percentages_of_one_thing_dispute_each_other_and_a_target_disputes_no_figure_of_what_was():
    first = make_outcome(
        "a1",
        "Wind supplied 33% of the country's electricity last year, according to grid operator EirGrid. Ireland aims "
        "to generate 80% of its electricity from renewables by 2030, according to the government's Climate Action Plan.",
        {"EirGrid": "organization", "Ireland": "country"},
    )
    second = make_outcome(
        "a2",
        "Dr Siobhán Keane of the University of Galway said wind generated 35 per cent of Ireland's electricity last "
        "year. EirGrid declined to comment. The operator has offered 3.5 percent.",
        {"EirGrid": "organization", "Siobhán Keane": "person"},
    )
    ctx = context(first, second)
    assert {(f.text, f.thing) for f in figures(ctx, "a1")} == {("80%", "%:electricity:expected"), ("33%", "%:electricity:stated")}
    (dispute,) = disputed_figures(ctx)
    assert [v for v, _ in values(dispute)] == ["33%", "35 per cent"]
    assert dispute.summary.startswith("figures for electricity (per cent) differ: 33% (EirGrid) against 35 per cent")


def test_the_terms_of_a_ratio_in_words_count_nothing():
    text = (
        "The regulator said that roughly 4.2 million young users' profiles were visible. The agency said the checks "
        "failed in about one in five sign-ups it sampled, and 1 out of 10 users never saw a warning."
    )
    ctx = context(make_outcome("a1", text, {}))
    assert [f.text for f in figures(ctx, "a1")] == ["roughly 4.2 million"]
    assert disputed_figures(ctx) == []


def test_a_count_in_a_year_is_no_ratio():
    text = "The union said 120 strikes were called in 2018, and that the number rose to 150 in 2019."
    assert [f.text for f in figures(context(make_outcome("a1", text, {})), "a1")] == ["120", "150"]


def test_a_figure_in_a_relative_clause_set_off_after_a_name_is_the_writer_s_aside():
    text = (
        "Flikt, which has about 11 million users in Ireland and the UK, said it would appeal. The Peak Fringe "
        "Wildlife Trust, which says 400 trees will go, opposes the plan. Flikt, which has more than 150 million "
        "monthly users worldwide, had revenue of about $10.6 billion last year, according to AppMetrica Partners."
    )
    ctx = context(make_outcome("a1", text, {"Flikt": "organization"}))
    assert [(f.text, f.holder) for f in figures(ctx, "a1") if f.thing in ("user", "tree")] == [("400", "The Peak Fringe Wildlife Trust")]
    assert disputed_figures(ctx) == []


def test_people_a_noun_is_for_are_counted_for_that_noun():
    text = (
        '"It is a question of whether 11 million people downstream will have water for their crops," Okonjo said. '
        '"Every cubic metre we hold back now is electricity for 60 million people who have none," Berhane said.'
    )
    ctx = context(make_outcome("a1", text, {"Adaeze Okonjo": "person", "Selam Berhane": "person"}))
    assert [f.predicate for f in figures(ctx, "a1")][1] == "electricity"
    assert disputed_figures(ctx) == []


def test_a_percentage_a_verb_of_change_takes_with_by_is_a_signed_change_of_its_subject():
    text = (
        "The mayor said a study found that footfall in the Old Town would rise by 8% within two years of the ban. "
        "Marta Alvarez said a survey of the association's members predicted that footfall would fall by 20%."
    )
    ctx = context(make_outcome("a1", text, {"Marta Alvarez": "person"}))
    assert [(f.text, f.value) for f in figures(ctx, "a1")] == [("rise by 8%", 8.0), ("fall by 20%", -20.0)]
    (dispute,) = disputed_figures(ctx)
    assert dispute.summary.startswith("figures for footfall (change, per cent, expected) differ: rise by 8%")


def test_a_noun_of_change_put_at_a_percentage_is_a_change_of_what_it_is_in():
    """A new user's 40% against 25%: 'the stock has fallen by 40%' (a verb of change) and 'puts the fall in the stock
    at 25%' (its noun, `put ... at`) are two values of one change, not a stock against a fall."""
    text = (
        "Minister Pieter Holm said the spawning stock had fallen by 40% since 2019. "
        "Ilse Varga said the federation's count of its logbooks puts the fall in the spawning stock since 2019 at 25%."
    )
    ctx = context(make_outcome("a1", text, {"Pieter Holm": "person", "Ilse Varga": "person"}))
    assert [(f.value, f.thing) for f in figures(ctx, "a1")] == [(-40.0, "%:stock:change stated"), (-25.0, "%:stock:change stated")]
    (dispute,) = disputed_figures(ctx)
    assert values(dispute)[0] == ("fallen by 40%", "Pieter Holm") and values(dispute)[1][0].endswith("25%")


def test_numbers_of_hours_are_counts_of_hours_that_sources_dispute():
    text = (
        "The agency said Severnmoor's overflows discharged sewage for 3,100 hours last year. "
        "Severnmoor says its own monitors show 1,900 hours. The meeting began at 6:15 p.m. and lasted 45 minutes."
    )
    (dispute,) = disputed_figures(context(make_outcome("a1", text, {"Severnmoor": "organization"})))
    assert values(dispute) == [("3,100 hours", "The agency"), ("1,900 hours", "Severnmoor")]


def test_a_subject_the_speaker_owns_inside_a_quote_is_the_speakers_voice():
    text = (
        "The agency said the overflows spilled for 3,100 hours last year. "
        "“Our own monitors recorded 1,900 hours,” said Graham Ellison, the company's chief executive."
    )
    found = make_outcome("a1", text, {"Graham Ellison": "person"}, {"Graham Ellison": ["Our own monitors recorded 1,900 hours,"]})
    (dispute,) = disputed_figures(context(found))
    assert values(dispute) == [("3,100 hours", "The agency"), ("1,900 hours", "Graham Ellison")]


def test_a_part_of_what_is_counted_is_no_count_of_the_whole():
    text = (
        "Marcus Chen told the council the company would set aside 240 of the units as affordable housing. "
        "“Twelve hundred units on one road in and one road out is a recipe for gridlock,” said Dana Whitfield. "
        "The association said only 120 of the units would be affordable."
    )
    ctx = context(make_outcome("a1", text, {"Marcus Chen": "person", "Dana Whitfield": "person"}))
    assert [values(c) for c in disputed_figures(ctx)] == [[("240", "Marcus Chen"), ("only 120", "The association")]]


def test_jobs_put_at_risk_are_no_estimate_of_the_jobs_another_source_counts():
    text = (
        "Erik Hallberg said the tariffs would protect some 11,000 jobs in the steel industry. "
        "Sorvasteel said the tariffs put up to 4,000 jobs at risk at its plants."
    )
    ctx = context(make_outcome("a1", text, {"Erik Hallberg": "person", "Sorvasteel": "organization"}))
    assert disputed_figures(ctx) == []  # jobs protected and jobs put at risk are two things
    estimate = "Police said 2,000 people joined the march, while organisers put the figure at 10,000."
    assert len(disputed_figures(context(make_outcome("a2", estimate, {})))) == 1


def test_sums_two_things_cost_are_no_dispute_and_sums_one_thing_costs_are():
    text = (
        'Graham Whitcombe said a 19 per cent rise would cost more than £1.5 billion a year. '
        "Helen Marsh said the two days had so far cost the trust about £2.3 million."
    )
    ctx = context(make_outcome("a1", text, {"Graham Whitcombe": "person", "Helen Marsh": "person"}))
    assert disputed_figures(ctx) == []  # the cost of a pay rise, the cost of two days of strike
    same = "Graham Whitcombe said the rise would cost £1.5 billion. Helen Marsh said the rise would cost £900 million."
    ctx = context(make_outcome("a2", same, {"Graham Whitcombe": "person", "Helen Marsh": "person"}))
    assert len(disputed_figures(ctx)) == 1


def test_putting_the_figure_at_a_measure_restates_the_measure_another_source_gives():
    text = (
        "The federation estimates the exclusion zone will close about 120 square kilometres of fishing grounds, while "
        "the ministry puts the figure at 45 square kilometres. Engineers put the tip height at 149 metres."
    )
    ctx = context(make_outcome("a1", text, {"National Federation of Fishing Associations": "organization"}))
    (dispute,) = disputed_figures(ctx)
    assert values(dispute) == [("about 120 square kilometres", "The federation"), ("45 square kilometres", "the ministry")]
    assert [f.predicate for f in figures(ctx, "a1") if f.text == "149 metres"] == ["height"]  # an attribute put at a value


def test_a_figure_a_possessive_owns_is_the_possessor_s_not_the_speaker_s_who_compares_it():
    text = (
        "The council says about 120 posts will go under the plans. The union put the number of posts at risk at 160, "
        "higher than the council's figure of 120."
    )
    (found,) = disputed_figures(context(make_outcome("a1", text, {})))
    assert ("160", "The union") in values(found) and ("120", "the council") in values(found)
    assert ("120", "The union") not in values(found)


def test_a_quantity_tagged_money_without_a_currency_is_still_a_figure():
    """The recogniser tags 'an estimated 4 trillion cubic feet' an amount of money; with no currency it is a measure."""
    text = (
        "The Serrana Bank, a shallow shelf of about 9,000 square kilometres, holds an estimated 4 trillion cubic feet "
        "of natural gas, according to Aldoria's energy ministry. Veranza's geological survey puts the reserves at 2.5 "
        "trillion cubic feet."
    )
    ctx = context(make_outcome("a1", text, {"Aldoria": "country", "Veranza": "country"}))
    found = {f.text: f.holder for f in figures(ctx, "a1")}
    assert found["an estimated 4 trillion cubic feet"] == "Aldoria's energy ministry"


def test_a_poll_s_share_with_no_of_is_a_share_of_the_population_polled():
    text = (
        "Okafor told the committee that 71 percent of Wisconsin parents support requiring age verification for "
        "social media, citing a poll commissioned by a parents' group.\n\n"
        "NetChoice said in a statement that its own survey of 1,000 Wisconsin parents found that only 44 percent "
        "backed mandatory age checks."
    )
    (found,) = disputed_figures(context(make_outcome("a1", text, {"Rachel Okafor": "person", "NetChoice": "organization"})))
    assert [f.value for f in found.figures] == ["71 percent", "44 percent"]
    assert found.figures[0].holder in ("Okafor", "Rachel Okafor")


def test_a_figure_disputed_outright_is_set_against_the_next_figure_its_disputer_gives():
    text = (
        "The Retail and Distribution Workers' Union said on Wednesday that an internal Calloway Ridge document showed "
        "that the buyer would cut 2,000 jobs at head office.\n\n"
        "Calloway Ridge disputed the figure. Calloway Ridge said in a statement that fewer than 300 jobs would go, "
        "mainly in head office."
    )
    actors = {"Retail and Distribution Workers' Union": "organization", "Calloway Ridge": "organization"}
    (found,) = disputed_figures(context(make_outcome("a1", text, actors)))
    assert [(f.value, f.holder) for f in found.figures] == [
        ("2,000", "Retail and Distribution Workers' Union"), ("fewer than 300", "Calloway Ridge")
    ]


def test_a_number_is_no_holder_of_another_number_and_two_parts_of_one_count_are_no_dispute():
    text = (
        "The federation says twelve athletes tested positive. Its general secretary, Ana Carvalho, said only three of the "
        "cases were confirmed adverse findings and that the remaining nine were missed tests."
    )
    ctx = context(make_outcome("a1", text, {"Ana Carvalho": "person"}))
    assert all(not f.holder.lower().startswith(("only", "three", "nine")) for f in figures(ctx, "a1"))
    assert all("(only three)" not in c.summary for c in disputed_figures(ctx))


def test_a_sum_the_parser_makes_the_root_of_a_headline_is_read_not_a_crash():
    from summarizer.extract.nlp import parse
    from summarizer.memos.figures import _amount

    headline = "Irish regulator fines FitPulse maker €41m over sharing users' health data with advertisers"
    text = f"{headline}\n\nThe regulator said the fine was fair. Kinetiq said it would appeal the €41 million fine."
    money = [e for e in parse(headline).ents if e.label_ == "MONEY"]
    assert money and _amount(money[0])[:2] == ("€", 41_000_000)  # 'm' tagged a verb and made the root
    assert disputed_figures(context(make_outcome("a1", text, {"Kinetiq": "organization"}))) == []


def test_a_speaker_who_repeats_a_figure_the_article_gave_before_does_not_hold_it():
    text = (
        "A study reported an average of 38 particles per litre in tap water. Westmere Water says its own tests find "
        "fewer than two particles per litre. Professor Ruth Adeyemi said: “What we can say is that 38 particles per "
        "litre would be at the high end of what has been reported in Europe.”"
    )
    found = disputed_figures(context(make_outcome("a1", text, {"Westmere Water": "organization", "Ruth Adeyemi": "person"})))
    assert not any(holder == "Ruth Adeyemi" for f in found for _, holder in values(f))


def test_a_number_put_again_after_the_number_counts_the_figure_before_in_a_word_for_its_kind():
    text = (
        "About 60 trawlers and creel boats took part in the flotilla, organisers said, while Police Scotland put the "
        "number at around 35 vessels."
    )
    (found,) = disputed_figures(context(make_outcome("a1", text, {"Police Scotland": "organization"})))
    assert values(found) == [("About 60", "organisers"), ("35", "Police Scotland")]  # a trawler is a vessel (WordNet)
    text = "Police said 2,000 people joined the march on Saturday, while organisers put the figure at 10,000 protesters."
    (found,) = disputed_figures(context(make_outcome("a1", text, {})))
    assert values(found) == [("2,000", "Police"), ("10,000", "organisers")]
    # a word for another thing is no count of it again
    text = "Police said 2,000 people joined the march on Saturday, while organisers put the figure at 10,000 cars."
    assert disputed_figures(context(make_outcome("a1", text, {}))) == []


def test_a_figure_owned_by_a_relative_whose_is_the_figure_of_the_noun_the_clause_modifies():
    text = (
        "Professor Fiona MacLeod of the University of Strathclyde, whose estimate of £6.8 billion has been challenged "
        "by ministers, said on Saturday that she stood by her figure."
    )
    ctx = context(make_outcome("a1", text, {"Fiona MacLeod": "person", "University of Strathclyde": "organization"}))
    assert [(f.text, f.holder) for f in figures(ctx, "a1")] == [("£6.8 billion", "Fiona MacLeod")]  # had been 'whose'


def test_putting_jobs_at_risk_reports_no_figure_and_the_one_who_says_it_holds_it():
    text = (
        "The Cámara Nacional de Embotelladores, which represents 46 bottling companies, said in a statement that the "
        "tax would \"punish working families\" and put 12,000 jobs at risk across the industry. Tomás Echeverría "
        "Lagos, an economist, said the tax would cost about 3,000 jobs."
    )
    ctx = context(make_outcome("a1", text, {"Cámara Nacional de Embotelladores": "organization", "Tomás Echeverría Lagos": "person"}))
    found = [(f.text, f.holder) for f in figures(ctx, "a1")]
    assert found == [("12,000", "Cámara Nacional de Embotelladores"), ("about 3,000", "Tomás Echeverría Lagos")]  # had been 'the tax'


def test_people_named_by_where_they_are_from_hold_their_figure_not_their_country():
    text = (
        "Chilean bottlers say soda tax would cost 12,000 jobs. Tomás Echeverría Lagos, an economist, said the tax "
        "would cost about 3,000 jobs."
    )
    ctx = context(make_outcome("a1", text, {"Chile": "country", "Tomás Echeverría Lagos": "person"}))
    assert [(f.text, f.holder) for f in figures(ctx, "a1")][0] == ("12,000", "Chilean bottlers")


def test_a_number_the_recogniser_left_untagged_or_read_as_a_date_is_a_count() -> None:
    """'Siobhan Feeney said 900 women a year would be eligible' (no entity) and 'nearer 900 a year' (tagged a date)
    are counts; a year and a day of a month are not ('in 2019', '12 May')."""
    actors = {"Health Technology Appraisal Agency": "organization", "Siobhan Feeney": "person"}
    text = (
        "The Health Technology Appraisal Agency estimated that 340 women a year would be eligible. "
        "Siobhan Feeney said 900 women a year would be eligible."
    )
    (found,) = disputed_figures(context(make_outcome("a1", text, actors)))
    assert values(found) == [("340", "Health Technology Appraisal Agency"), ("900", "Siobhan Feeney")]
    text = "Siobhan Feeney said 2019 births rose by 12 May and that 3 doctors were hired in 2020."
    assert [f.text for f in figures(context(make_outcome("a1", text, actors)), "a1")] == ["3"]


def test_the_number_of_a_thing_stated_by_a_copula_counts_that_thing() -> None:
    """'the number of women who could benefit was nearer 900 a year': the figure noun's 'of' says what is counted,
    so it stands against the agency's 340 women a year, and the memo lists it."""
    text = (
        "The Health Technology Appraisal Agency estimated that 340 women a year would be eligible. Its chief "
        "executive, Siobhan Feeney, said the number of women who could benefit was nearer 900 a year, not 340."
    )
    actors = {"Health Technology Appraisal Agency": "organization", "Siobhan Feeney": "person"}
    (found,) = disputed_figures(context(make_outcome("a1", text, actors)))
    assert found.summary.startswith("figures for women")
    assert values(found) == [("340", "Health Technology Appraisal Agency"), ("900", "Siobhan Feeney")]


def test_the_memo_says_when_no_disputed_figure_was_found() -> None:
    text = "Police said the march was peaceful. Organisers said it was a success."
    markdown = memo_markdown(build_memo([make_outcome("a1", text, {})]))
    assert "No disputed figure was found" in markdown
    text = "Police said 2,000 people joined the march, while organisers put the figure at 10,000."
    assert "No disputed figure was found" not in memo_markdown(build_memo([make_outcome("a1", text, {})]))


def test_the_figure_restated_in_its_own_sentence_and_a_share_with_no_of_restate_the_percentage_before() -> None:
    text = "The ministry says imports make up 40 per cent of the country's gas; the importers' association says the figure is 28 per cent."
    (dispute,) = disputed_figures(context(make_outcome("a1", text, {"importers' association": "organization"})))
    assert [v for v, _ in values(dispute)] == ["40 per cent", "28 per cent"]
    text = "The ministry says imports make up 40 per cent of the country's gas. Ana Ruiz, an energy analyst, said the real share was nearer 28 per cent."
    (dispute,) = disputed_figures(context(make_outcome("a1", text, {"Ana Ruiz": "person"})))
    assert values(dispute) == [("40 per cent", "The ministry"), ("28 per cent", "Ana Ruiz")]
    # a share of something named is a share of that thing, no restatement
    text = "The ministry says imports make up 40 per cent of the country's gas. Ana Ruiz said the share of coal was 28 per cent."
    assert disputed_figures(context(make_outcome("a1", text, {"Ana Ruiz": "person"}))) == []


def test_a_figure_in_a_clause_joined_to_another_is_held_by_who_reports_both() -> None:
    text = (
        "The ministry says imports make up 40 per cent of the country's gas. Ana Ruiz, an energy analyst, said the "
        "ministry was counting gas that traders re-export to Austria, and that the real share was nearer 28 per cent."
    )
    (dispute,) = disputed_figures(context(make_outcome("a1", text, {"Ana Ruiz": "person"})))
    assert values(dispute) == [("40 per cent", "The ministry"), ("28 per cent", "Ana Ruiz")]


def test_a_percentage_a_subject_accounts_for_or_makes_up_is_its_share() -> None:
    text = "The ministry says imports make up 40 per cent; the importers' association says the figure is 28 per cent."
    (dispute,) = disputed_figures(context(make_outcome("a1", text, {"importers' association": "organization"})))
    assert [f.thing for f in figures(context(make_outcome("a1", text, {})), "a1")] == ["%:import:stated"] * 2
    text = "The board says wages account for 70 per cent of its costs. The union says wages account for 55 per cent."
    assert [f.thing for f in figures(context(make_outcome("a1", text, {})), "a1")] == ["%:cost:stated", "%:wag:stated"]


def test_per_cent_in_two_words_a_change_by_its_noun_and_the_real_figure_restated() -> None:
    """'its latest offer amounts to a 12 per cent increase' (a change named by its noun, of the clause's subject)
    against 'the union says the real figure is closer to 7 per cent' ('the figure' refers back to the percentage
    before, of another holder); 'per cent' in two words is read as 'percent' (the parser had split it apart)."""
    text = (
        "According to the commission, its latest offer amounts to a 12 per cent increase over four years. The union "
        "says the real figure is closer to 7 per cent, because the offer would eliminate a split-shift premium."
    )
    ctx = context(make_outcome("a1", text, {"the commission": "organization", "the union": "organization"}))
    (dispute,) = disputed_figures(ctx)
    assert values(dispute) == [("12 per cent increase", "the commission"), ("7 per cent", "the union")]
    worth = (
        "The Cedar Harbour Transit Commission said its revised offer was worth 13.5 per cent over four years. Local "
        "1742 said the revised offer was worth 9 per cent once the loss of the premium was counted."
    )
    ctx = context(make_outcome("a1", worth, {"Cedar Harbour Transit Commission": "organization", "Local 1742": "organization"}))
    assert {f.thing for f in figures(ctx, "a1")} == {"%:offer:stated"}  # both measure the offer: 'worth', after 'be'
    none = 'Meera Kulkarni said: "A 40 to 50 per cent jump in one go is a shock. A 60% increase is a gamble."'
    assert figures(context(make_outcome("a1", none, {"Meera Kulkarni": "person"})), "a1") == []  # of what, they do not say


def test_a_definite_description_states_the_figure_of_the_body_it_points_back_to():
    """'the authority puts the figure at about 300' after the Upper Salado Water Authority: the authority's figure,
    not the Farm Bureau's, whom the brief gave the whole sentence to (a new user's memo had found no dispute)."""
    text = (
        "The Upper Salado Water Authority voted for the plan on Tuesday. The Salado County Farm Bureau maintains the "
        "irrigation cut threatens 1,200 farm jobs; the authority puts the figure at about 300."
    )
    outcome = make_outcome("a1", text, {"Upper Salado Water Authority": "organization", "Salado County Farm Bureau": "organization"})
    sentence = text[text.index("The Salado") :]
    outcome.brief.sources.append(Source(name="Salado County Farm Bureau", type="organization", statements=[sentence]))
    (dispute,) = disputed_figures(context(outcome))
    assert values(dispute) == [("1,200", "Salado County Farm Bureau"), ("about 300", "Upper Salado Water Authority")]


def test_a_headline_or_standfirst_figure_gives_no_holder() -> None:
    text = (
        "Dunmore port unveils plan to dredge the harbour\n"
        "Operator says scheme will bring 1,400 jobs; anglers warn of ruined spawning grounds\n"
        "Dunmore Port Company said the scheme would create 1,400 jobs by 2030. The anglers' association said it would "
        "create no more than 350 jobs.\n"
    )
    outcome = make_outcome("a1", text, {"Dunmore Port Company": "organization"})
    assert all(f.holder != "Operator" for f in figures(context(outcome), "a1"))
    (found,) = disputed_figures(context(outcome))
    assert values(found)[0] == ("1,400", "Dunmore Port Company")


def test_a_figure_a_finding_whose_owner_a_relative_names_is_its_owner_s() -> None:
    text = (
        "The airport says 9,000 people live inside the noise contour. Dr Mira Kessel, a researcher at Dunmore "
        "University whose modelling suggests around 42,000 people live inside it, said the council should wait."
    )
    (found,) = disputed_figures(context(make_outcome("a1", text, {"Mira Kessel": "person"})))
    assert values(found)[1] == ("around 42,000", "Mira Kessel")


def test_a_number_before_a_noun_that_modifies_a_plural_counts_the_plural() -> None:
    text = "Ana Ruiz said the plans allow for up to 30 night flights. Tom Hale said there would be no more than eight night flights."
    (found,) = disputed_figures(context(make_outcome("a1", text, {"Ana Ruiz": "person", "Tom Hale": "person"})))
    assert [(f.holder, f.value) for f in found.figures] == [("Ana Ruiz", "up to 30 night"), ("Tom Hale", "no more than eight night")]
    assert found.summary.startswith("figures for flights differ")


def test_a_noun_of_change_with_nothing_it_is_in_restates_the_change_before_it():
    text = (
        "Minister Pieter Holm said the spawning stock had fallen by 40% since 2019. "
        "Ilse Varga said the federation's count of its logbooks puts the fall at 25%."
    )
    ctx = context(make_outcome("a1", text, {"Pieter Holm": "person", "Ilse Varga": "person"}))
    assert [(f.value, f.thing) for f in figures(ctx, "a1")] == [(-40.0, "%:stock:change stated"), (-25.0, "%:stock:change stated")]
    (dispute,) = disputed_figures(ctx)
    assert values(dispute)[1][0].endswith("25%")


def test_a_change_a_survey_estimated_is_stated_not_expected():
    text = (
        "Minister Pieter Holm said a joint survey estimated that the spawning stock had fallen by 40% since 2019. "
        "Ilse Varga said the federation's count of its logbooks puts the fall in the spawning stock at 25%."
    )
    ctx = context(make_outcome("a1", text, {"Pieter Holm": "person", "Ilse Varga": "person"}))
    assert [f.thing for f in figures(ctx, "a1")] == ["%:stock:change stated", "%:stock:change stated"]
    (dispute,) = disputed_figures(ctx)
    assert values(dispute)[0] == ("fallen by 40%", "a joint survey")  # a survey's figure, as a report's is its own


def test_a_figure_a_quotation_takes_up_from_another_holder_is_not_the_speaker_s():
    text = (
        "Tomas Brenn said some 4,000 ballots had been wrongly rejected. The commission said 1,200 ballots were rejected.\n"
        'Irena Solberg, a former chair of the commission, was blunt. "If there are four thousand ballots, let them show '
        'the court four thousand ballots," she said.'
    )
    quotes = {"Irena Solberg": ["If there are four thousand ballots, let them show the court four thousand ballots,"]}
    ctx = context(make_outcome("a1", text, {"Tomas Brenn": "person", "Irena Solberg": "person"}, quotes))
    (found,) = disputed_figures(ctx)
    assert values(found) == [("some 4,000", "Tomas Brenn"), ("1,200", "The commission")]  # not Solberg's, on his side


def test_a_bound_a_value_lies_within_and_an_added_amount_dispute_nothing() -> None:
    text = (
        "More than 300 millimetres of rain fell on the catchment in two days, emergency officials said. "
        "The bureau recorded 312 millimetres at its Kellerton gauge, according to forecaster Priya Ramanathan. "
        "She said a further 40 to 60 millimetres could fall on Tuesday."
    )
    ctx = context(make_outcome("a1", text, {"Priya Ramanathan": "person"}))
    assert disputed_figures(ctx) == []  # had been 'more than 300 ... against 312 ... against 60 millimetres'
    text = (
        "Board chief executive Dr Helen Okafor said the average ambulance journey would take 38 minutes. Campaigners "
        "dispute that figure. Sarah Lindqvist said the board's own analysis showed journeys of up to 65 minutes."
    )
    ctx = context(make_outcome("a1", text, {"Helen Okafor": "person", "Sarah Lindqvist": "person"}))
    assert [c.summary for c in disputed_figures(ctx)] == ["figures for minutes differ: 38 minutes (Helen Okafor) against up to 65 minutes (Sarah Lindqvist)"]


def test_a_figure_a_relative_clause_on_its_noun_gives_is_its_subject_s() -> None:
    text = (
        "The council's building inspectors have now counted about 1,400 homes with water above floor level in Eastbank, "
        "Cr Ashby said, well above the figure of 1,100 the emergency service has used since Sunday."
    )
    ctx = context(make_outcome("a1", text, {"Colin Ashby": "person"}))
    assert [c.summary for c in disputed_figures(ctx)] == [
        "figures for homes differ: about 1,400 (The council's building inspectors) against 1,100 (the emergency service)"
    ]  # both had been the inspectors', one holder's two values


def test_shares_of_one_whole_held_by_two_parties_dispute_nothing() -> None:
    # nu134: 'Online sales are still less than 5 percent of the market' (the regulator's chair) and 'Corvell holds
    # about 19 percent of the market' (an analyst) had been a disputed figure for the market
    text = (
        "\"Online sales are still less than 5 percent of the market,\" said Miriam Okafor-Lind, the regulator's chair. "
        "Priya Natarajan, a retail analyst, said Corvell holds about 19 percent of the market."
    )
    outcome = make_outcome("a1", text, {"Miriam Okafor-Lind": "person", "Priya Natarajan": "person", "Corvell": "organization"}, {"Miriam Okafor-Lind": ["Online sales are still less than 5 percent of the market,"]})
    assert disputed_figures(context(outcome)) == []
    # one party's share, given two values by two sources, is still disputed
    text = (
        "The regulator said the merged group would hold 31 percent of the market. Corvell said the merged group "
        "would hold 24 percent of the market."
    )
    (found,) = disputed_figures(context(make_outcome("a1", text, {"Corvell": "organization"})))
    assert [v for v, _ in values(found)] == ["31 percent", "24 percent"]


def test_a_figure_of_what_a_possessor_plans_or_offers_is_the_possessor_s():
    # nu142: the mayor rejects the fund's 45,000 seats; the figure is the fund's
    text = (
        "Crescent Harbour Capital wants to buy the club. Castell said the council had never agreed to the fund's plan "
        "to take the ground to 45,000 seats, and that current planning consent only allowed for 38,000."
    )
    ctx = context(make_outcome("a1", text, {"Crescent Harbour Capital": "organization", "Anne Castell": "person"}))
    found = {f.text: f.holder for f in figures(ctx, "a1")}
    assert found["45,000"] in ("the fund", "Crescent Harbour Capital"), found
