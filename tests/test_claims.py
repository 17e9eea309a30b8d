"""Claims are the article's salient sentences, trimmed (sentence boundaries: tests/test_nlp.py)."""

from __future__ import annotations

import pytest

from summarizer.extract.analysis import analyze
from summarizer.extract.claims import compress, key_claims


def test_compress_drops_openers_asides_labels_and_attribution_tails() -> None:
    assert compress("In this regard, Maduro – a close ally – backed Russia, according to the newspaper.") == "Maduro backed Russia."
    assert compress("Key Takeaway: Maduro is building a security architecture with Russia.") == (
        "Maduro is building a security architecture with Russia."
    )
    assert compress("However, the deal (signed last year) still stands today.") == "The deal still stands today."
    assert compress("The fleet – eight ships and 10,000 troops – is near.") == "The fleet – eight ships and 10,000 troops – is near."
    assert compress("In fact, yes.") == "In fact, yes."  # too little left: the sentence stays whole


def test_key_claims_pick_salient_sentences_with_verbatim_evidence() -> None:
    text = (
        "Russia and Venezuela signed an arms deal in Caracas on Monday, according to officials.\n"
        "The deal covers jets and tanks. Russia will also send advisers to Venezuela next year.\n"
        "“We are friends,” he said, “and we will stay friends for a very long time.”\n"
        "Oil prices rose slightly on the news from the markets in London today.\n"
    )
    claims = key_claims(text, [["Russia", "Moscow"], ["Venezuela"]], k=3)
    assert [c.text for c in claims][:2] == [
        "Russia and Venezuela signed an arms deal in Caracas on Monday.",
        "Russia will also send advisers to Venezuela next year.",
    ]
    assert all(c.evidence in text for c in claims)
    focused = key_claims(text, [["Russia"], ["Venezuela"]], k=1, focus="oil prices")
    assert focused[0].text.startswith("Oil prices rose")


def test_several_claims_may_come_from_one_long_paragraph() -> None:
    text = (
        "Tariff report\n\n"
        "The Commerce Department found that copper imports threaten national security. Chile and Peru supplied 60% of "
        "refined copper imports in 2024. Canada and Mexico supplied most of the rest, about 30% of the total.\n"
        "Some observers were not so sure about it.\n"
        "Others simply waited to see what would come next.\n"
    )
    names = [["Commerce Department"], ["Chile"], ["Peru"], ["Canada"], ["Mexico"]]
    assert [c.evidence for c in key_claims(text, names, k=3)] == [
        "The Commerce Department found that copper imports threaten national security.",
        "Chile and Peru supplied 60% of refined copper imports in 2024.",
        "Canada and Mexico supplied most of the rest, about 30% of the total.",
    ]


def test_the_main_issue_prefers_the_sentences_about_it() -> None:
    text = (
        "The council met on Tuesday evening in the town hall for a long session.\n"
        "Members debated the closure of the old bridge over the river for repairs.\n"
    )
    assert key_claims(text, [], k=1)[0].evidence.startswith("The council met")
    issue = "Closure of the old river bridge for repairs"
    assert key_claims(text, [], k=1, issue=issue)[0].evidence.startswith("Members debated the closure")


def test_boilerplate_is_never_a_claim() -> None:
    text = "Russia and Venezuela signed an arms deal in Caracas on Monday.\nFor a deeper dive into the Russia-Venezuela partnership, see our analysis here.\n"
    assert [c.text for c in key_claims(text, [["Russia"], ["Venezuela"]], k=5)] == [
        "Russia and Venezuela signed an arms deal in Caracas on Monday."
    ]


def test_a_command_to_the_reader_is_never_a_claim() -> None:
    text = (
        "The Calder Valley closure is painful. It is also right.\n\n"
        "Consider what the Westmoor Health Board actually faced last winter in the valley.\n"
        "Four of the nine consultant posts at the Calder Valley hospital are empty this year.\n"
    )
    assert [c.text for c in key_claims(text, [["Westmoor Health Board"]], k=5)] == [
        "Four of the nine consultant posts at the Calder Valley hospital are empty this year."
    ]


def test_a_question_is_never_a_claim() -> None:
    text = (
        "Analysis: Can Brussels rescue the Pyrenees hydrogen pipeline?\n\n"
        "Spain and France disagree on the route of the Pyrenees hydrogen pipeline. Will the Commission pay for a detour?\n"
    )
    found = [c.text for c in key_claims(text, [["Spain"], ["France"], ["Brussels"], ["Commission"]], k=5)]
    assert found == ["Spain and France disagree on the route of the Pyrenees hydrogen pipeline."]


def test_a_lead_in_ending_with_a_colon_is_a_claim_ended_with_a_full_stop() -> None:
    sentence = "Gay Armenia also made a post, noting how the attack coincided with Victory in Europe Day:"
    assert compress(sentence) == "Gay Armenia also made a post, noting how the attack coincided with Victory in Europe Day."


def test_a_long_sentence_loses_its_trailing_participle_clause() -> None:
    long = (
        "Venezuela has been increasingly isolated under economic sanctions imposed by the United States and the "
        "European Union, accusing Maduro of undermining democratic institutions to stay in power."
    )
    assert compress(long) == (
        "Venezuela has been increasingly isolated under economic sanctions imposed by the United States and the European Union."
    )
    short = "Maduro backed Russia, citing old ties."
    assert compress(short) == short  # short sentences stay whole
    figure = (
        "A study commissioned by local fishermen has cast doubt on the Carrow Harbour Authority's forecast that "
        "deepening the Lenn estuary channel will create 650 permanent jobs, putting the real number at about 240."
    )
    assert compress(figure) == figure  # a trailing clause that holds a figure is the claim's point


def test_an_attribution_tail_is_a_speaker_never_the_claim_itself() -> None:
    from summarizer.extract.claims import compress

    assert compress("The plan will cost 400 jobs, said Mayor Ann Lee.") == "The plan will cost 400 jobs."
    assert compress("Exports fell sharply in May, said a spokesman.") == "Exports fell sharply in May."
    # what is said is the claim: it stays
    text = "Tom Ferris, a third-generation oysterman, said the fishermen would go to court."
    assert compress(text) == text


def test_a_claim_drops_the_dateline_its_sentence_opens_with() -> None:
    sentence = "HARLOW BAY, May 4, 2025 — The town council voted 5-2 on Thursday night to approve the port expansion."
    assert compress(sentence) == "The town council voted 5-2 on Thursday night to approve the port expansion."


def test_bylines_credit_lines_link_labels_and_bullets_are_not_claims() -> None:
    from summarizer.extract.analysis import analyze

    text = (
        "Apple profit jumps\nBy Jane Smith, Associated Press\n"
        "CUPERTINO, Calif. (AP) — Apple said on Thursday its quarterly profit rose sharply on strong iPhone sales in China and India.\n"
        "• $14 billion in military aid for Israel was included in the final package passed on Friday.\n"
        "Related: Seattle rents rose 8% last year, the fastest pace since 2019, a city report said.\n"
        "(Reporting by Michael Grant in New York; additional reporting by Stephen Nellis; Editing by Sam Holmes)"
    )
    facts = analyze(text)
    assert [c.text for c in facts.claims] == [
        "Apple said on Thursday its quarterly profit rose sharply on strong iPhone sales in China and India.",
        "$14 billion in military aid for Israel was included in the final package passed on Friday.",
    ]
    assert [a.name for a in facts.actors] == ["Apple"]  # no byline or credit-line names
    claimable = [text[start:end] for start, end in facts.claimable]  # what a strategy may choose claims from
    assert not any("Jane Smith" in s or "Reporting by" in s for s in claimable)
    assert any(s.startswith("Related: Seattle") for s in claimable)  # left out by key_claims itself


def test_a_dateline_whose_place_was_split_off_as_a_sentence_is_no_part_of_the_claim() -> None:
    from summarizer.extract.claims import compress

    sentence = ", March 3, 2025 — Thousands of dockworkers walked off the job at the Port of Dakar on Monday."
    assert compress(sentence) == "Thousands of dockworkers walked off the job at the Port of Dakar on Monday."
    assert compress("In 2019 - the year of the strike - prices rose sharply.").startswith("In 2019")


def test_the_headline_is_no_key_claim() -> None:
    text = (
        "Portugal freezes new holiday-let licences in Lisbon and Porto\n\n"
        "Portugal's government on Monday approved a two-year freeze on new short-term rental licences in Lisbon and Porto. "
        "The Housing Minister said the measure would return thousands of flats to long-term tenants within a year."
    )
    claims = [c.evidence for c in key_claims(text, [["Portugal"]], 8)]
    assert claims and not any(c.startswith("Portugal freezes") for c in claims)
    # a first line that ends as a sentence does is the lede, not a headline
    lede = text.split("\n\n", 1)[1].replace("Porto. ", "Porto.\n\n")
    assert key_claims(lede, [["Portugal"]], 8)[0].evidence.startswith("Portugal's government on Monday approved")


def test_a_dateline_date_with_no_year_whose_place_was_split_off_is_no_part_of_the_claim() -> None:
    # a new user's 'HALBRIDGE, 16 July — ...': the splitter cut the place off, the claim had opened '16 July —'
    assert compress("16 July — Halbridge City Council voted on Wednesday night to introduce the charge.") == (
        "Halbridge City Council voted on Wednesday night to introduce the charge."
    )
    assert compress("July 16 saw the council vote on the charge.") == "July 16 saw the council vote on the charge."


def test_a_claim_drops_the_adjuncts_that_open_its_sentence_but_never_a_condition() -> None:
    assert compress("Following the storm of 3 May in the valley, the river council has closed two bridges.") == "The river council has closed two bridges."
    assert compress("Against this background, the agency expanded its training for border inspectors.") == "The agency expanded its training for border inspectors."
    kept = "If the council approves the plan next week, bus fares will rise by 8 percent in the city."
    assert compress(kept) == kept
    assert compress("Without the subsidy, the mine would close within two years.") == "Without the subsidy, the mine would close within two years."


def test_a_claim_keeps_its_opening_clause_when_the_main_clause_alone_says_too_little() -> None:
    sentence = "When the TEMPO trial reported last week that metformin reduced dementia diagnoses by 18 percent, the headlines were striking."
    assert compress(sentence) == sentence  # not 'The headlines were striking.'


def test_a_main_clause_the_parser_hung_on_the_next_is_no_adjunct_of_it() -> None:
    # a new user's lede: 'called' was parsed as an adverbial clause of 'found', and the claim lost its subject and verb
    whole = (
        "Morvath's fisheries minister on Monday called for a two-year moratorium on cod fishing in the Bay of Selvane, the "
        "waters the republic shares with the island nation of Veradia, after a scientific survey found that cod stocks "
        "in the bay had fallen sharply."
    )
    assert compress(whole).startswith("Morvath's fisheries minister on Monday called for")


def test_a_claim_cut_from_a_quotation_of_several_sentences_opens_with_its_mark() -> None:
    text = (
        "Capt. Ilse Varga has fished the lake for 31 years and still owes the bank for her boat's new engine. "
        '"If they close the lake for two years, I lose the boat. The bank will not wait for the fish to come back," '
        "Capt. Varga said.\n"
    )
    opened = text.index('"If')
    quoted = [(opened + 1, text.index(',"') + 1)]
    claims = key_claims(text, [["Ilse Varga", "Varga"]], 8, quoted=quoted)
    said = [c for c in claims if "bank will not wait" in c.evidence]
    assert said and said[0].evidence.startswith('"If they close the lake')  # not 'If they close ... back," Capt. Varga said.'


def test_a_claim_keeps_an_opening_adjunct_that_names_where_it_holds() -> None:
    kept = "In Lusteria, the mood among fishermen is calmer."
    assert compress(kept) == kept
    assert compress("In the meantime, the mood among fishermen is calmer.") == "The mood among fishermen is calmer."


def test_a_dateline_of_a_place_and_its_region_with_no_date_is_no_part_of_the_claim() -> None:
    text = "Tromsø, Troms, Norway - This past week the city council voted to close the old ferry terminal by 2027."
    assert compress(text) == "This past week the city council voted to close the old ferry terminal by 2027."
    assert compress("Linda Okafor — the mayor — said the council would vote on the plan in March.") == (
        "Linda Okafor said the council would vote on the plan in March."
    )  # one name before a dash is the sentence's subject


def test_a_sentence_of_a_quotation_running_over_several_sentences_counts_as_quoted() -> None:
    text = (
        "Harbour workers backed the new quay on Monday.\n\n"
        '"People talk about the harbour as if nobody works in it. My members live here too," Tom Reid said.\n\n'
        "The council will vote on the quay in March.\n"
    )
    opening = text.index("People")
    quoted = [(opening, text.index('," Tom'))]
    claims = key_claims(text, [["Tom Reid"]], k=2, quoted=quoted)
    assert [c.text for c in claims] == ["Harbour workers backed the new quay on Monday.", "The council will vote on the quay in March."]


def test_an_ing_clause_that_is_the_object_of_a_preposition_before_the_comma_stays_in_the_claim() -> None:
    sentence = (
        "Link the pension age to life expectancy, phase it in over fifteen years, and sit down with the unions and "
        "the Confederation of Portuguese Industry before, not after, writing the law."
    )
    assert compress(sentence).endswith("before, not after, writing the law.")  # had ended '... before, not after.'
    chase = (
        "Police arrested the two men at the border crossing late on Tuesday night after a long chase through the "
        "hills, ending a manhunt that had lasted three weeks."
    )
    assert compress(chase).endswith("through the hills.")  # a trailing participle still goes


@pytest.mark.parametrize(
    "line",
    [
        "19:11 — First question from the floor is on the harbour toll.",
        "9.30am - First question from the floor is on the harbour toll.",
        "14:05 BST – First question from the floor is on the harbour toll.",
    ],
)
def test_a_live_blog_entry_s_time_and_dash_are_no_part_of_its_claim(line: str) -> None:
    assert compress(line) == "First question from the floor is on the harbour toll."


def test_a_dateline_or_a_credit_line_the_splitter_set_apart_is_no_claim() -> None:
    text = (
        "TARROW VALLEY, 20 August 2025 (Valley News Agency) – The county council has postponed its decision on the reservoir until January.\n"
        "“We are not against water security. We are against drowning a valley to avoid fixing the leaks.” – Priya Nair, campaigns director, Friends of the Tarrow\n"
        "Tarrow Water announced on Tuesday that commercial use would be restricted from 1 September across the valley.\n"
    )
    found = [c.text for c in key_claims(text, [["Tarrow Water"], ["Priya Nair"], ["Friends of the Tarrow"]], k=8)]
    assert not any("Valley News Agency" in c or c.startswith(("TARROW VALLEY", "Priya Nair")) for c in found), found
    assert "Tarrow Water announced on Tuesday that commercial use would be restricted from 1 September across the valley." in found


def test_a_sentence_that_starts_inside_a_quotation_starts_where_it_opens() -> None:
    text = (
        "The European Union is ready to protect its steel market, the Commission said on Friday.\n\n"
        '"We are monitoring import flows on a weekly basis. If we see a surge of Sorvian steel in Europe, we will use '
        'the safeguard tools we have," Commission spokesperson Olivier Mertens told reporters in Brussels.\n'
    )
    opening = text.index('"We are')
    quoted = [(opening, text.index('," Commission') + 2)]
    sentences = [(0, text.index("\n")), (opening, text.index("weekly basis.") + 13), (text.index("If we see"), len(text) - 1)]
    claims = key_claims(text, [["Sorvian"], ["Olivier Mertens", "Mertens"]], k=3, sentences=sentences, quoted=quoted)
    assert [c.evidence[:7] for c in claims] == ["The Eur", '"We are']  # never 'If we see ... we have,"' without its opening mark
    assert claims[1].evidence.endswith("told reporters in Brussels.")


def test_an_opening_according_to_goes_with_the_apposition_of_its_source() -> None:
    sentence = (
        "According to Professor Ruth Callaghan, a health economist at the University of Leeds, the government's cost "
        "estimate is broadly accurate."
    )
    assert compress(sentence) == "The government's cost estimate is broadly accurate."
    assert compress("According to the ministry, the plan, which was agreed in May, will cost £2bn.") == "The plan, which was agreed in May, will cost £2bn."


def test_an_editors_note_on_the_article_itself_is_no_claim() -> None:
    text = (
        "Unions warn of job losses\n\n"
        "Trade union leaders said the merger could cost 5,000 jobs, a figure the companies rejected.\n\n"
        "The Commission will decide by May.\n\n"
        "This article was updated at 17:05 to add comment from Marula Fresh.\n\n"
        "An earlier version of this story misstated the number of stores."
    )
    claimable = [text[s:e] for s, e in analyze(text).claimable]
    assert claimable == [
        "Unions warn of job losses",
        "Trade union leaders said the merger could cost 5,000 jobs, a figure the companies rejected.",
        "The Commission will decide by May.",
    ]


def test_a_report_the_story_cites_is_not_mistaken_for_the_article_itself() -> None:
    text = (
        "Report warns on river pollution\n\n"
        "This report was commissioned by the regional water board in 2024. It found nitrate levels above the limit at six sites."
    )
    claimable = [text[s:e] for s, e in analyze(text).claimable]
    assert "This report was commissioned by the regional water board in 2024." in claimable


def test_the_headline_s_words_mark_the_key_claim() -> None:
    """Edmundson's title cue: of two sentences alike but for the headline's words, the one that shares them (by
    their stems: 'tram', 'extension' / 'extended') is the key claim; the title may come from the page's metadata
    when the text holds no headline line."""
    body = (
        "Residents gathered outside the town hall on a wet evening before the meeting.\n"
        "Councillors voted to extend the tram line to the hospital after a long debate.\n"
    )
    text = "Council backs tram extension\n\n" + body
    assert key_claims(text, [], k=1)[0].evidence.startswith("Councillors voted to extend the tram")
    assert key_claims(body, [], k=1)[0].evidence.startswith("Residents gathered")  # no headline: the earlier
    assert key_claims(body, [], k=1, headline="Council backs tram extension")[0].evidence.startswith("Councillors voted")


def test_a_roll_of_names_does_not_outrank_the_point() -> None:
    """Each further actor a sentence names adds less (the square root of their number): a list of who attended
    is not the story's point, a figure about one of them is."""
    text = (
        "Harbour strike\n\n"
        "Dockers at Port Alma stopped work on Monday over the new shift rota, their first strike in 30 years.\n"
        "The union says 1,200 members joined the strike on its first day. "
        "Officials of the union, the port authority, the ministry and the city attended talks.\n"
    )
    names = [["union"], ["port authority"], ["ministry"], ["city"]]
    found = [c.evidence for c in key_claims(text, names, k=2)]
    assert found == [
        "Dockers at Port Alma stopped work on Monday over the new shift rota, their first strike in 30 years.",
        "The union says 1,200 members joined the strike on its first day.",
    ]


def test_no_part_of_a_headline_the_splitter_cut_is_a_key_claim() -> None:
    text = (
        "Costa Serrana bottlers say soda tax would cost 12,000 jobs; economist says 3,000\n\n"
        "SAN AURELIO, March 12 (Reuters) - Costa Serrana's soft drink bottlers warned on Thursday that a proposed 20% "
        "tax on sugary drinks would cost 12,000 jobs, a figure disputed by a leading university economist who put the "
        "likely losses at about 3,000.\n"
    )
    claims = [c.evidence for c in key_claims(text, [["Costa Serrana"]], 8)]
    assert claims and not any(c.startswith("Costa Serrana bottlers say") for c in claims)  # had been cut at 'says'


def test_a_row_of_a_table_is_no_claim() -> None:
    """'| Jan. 3, 1975 | Congress enacted Section 122 into law.': a page's table, become pipe rows, states a
    datum a cell, and a claim with cell marks in it reads as neither."""
    text = (
        "Tariff power debated\n\n"
        "Congress passed the Trade Act of 1974 to give the President limited power to impose tariffs.\n\n"
        "| Date | Event |\n|---|---|\n| Jan. 3, 1975 | Congress enacted Section 122 into law. |\n"
        "| Feb. 20, 2026 | The President imposed a 10% surcharge under Section 122. |\n\n"
        "Several states and importers have sued over the surcharge in the Court of International Trade.\n"
    )
    claims = [c.text for c in key_claims(text, [["Congress"], ["Court of International Trade"]], 8)]
    assert claims and not any("|" in c for c in claims)


def test_according_to_with_an_apposition_closed_by_a_comma_goes_whole() -> None:
    text = "According to the chamber's president, Henrik Vos, around 140 local businesses would be hit hardest by the rise."
    assert compress(text) == "Around 140 local businesses would be hit hardest by the rise."


def test_a_quotation_s_first_sentence_loses_the_mark_nothing_closes() -> None:
    assert compress('"We have 18,000 homes still connected through lead pipes.') == "We have 18,000 homes still connected through lead pipes."
    kept = "“We have 18,000 homes still connected,” she said, adding that the work would take years."
    assert compress(kept) == kept


def test_a_quotation_opened_after_a_lead_in_and_cut_at_its_first_sentence_is_closed() -> None:
    cut = 'KNF general secretary Renata Solberg-Kahl was cautious: "This is a serious offer and it deserves a serious answer.'
    assert compress(cut) == cut + ' …"'  # the quotation goes on in the article
    assert compress("The mayor said: “We will build it, and soon.") == "The mayor said: “We will build it, and soon. …”"
    whole = 'He called it "a disgrace" and left the room.'
    assert compress(whole) == whole
    opened = "In response to the President’s direction, NASA Administrator James M. Beggs said, “The space program is alive and well."
    assert compress(opened) == "NASA Administrator James M. Beggs said, “The space program is alive and well. …”"  # no adjunct


def test_the_dash_credit_under_a_pull_quote_is_no_claim() -> None:
    from summarizer.extract.analysis import analyze

    text = (
        "Oakhaven Water Company has asked the regulator to approve a 23 per cent increase in household water charges.\n"
        '"We have 18,000 homes still connected through lead pipes. Every year we delay, families keep drinking through lead."\n'
        "— Annelies van der Berg, chief executive, Oakhaven Water Company\n"
        "The company estimates that the pipe programme will cost 410 million euros over the next ten years.\n"
    )
    a = analyze(text)
    assert [q.speaker.endswith("van der Berg") for q in a.quotes] == [True]
    assert not any("chief executive" in c.text for c in a.claims)


def test_an_interview_s_questions_are_no_claims_and_a_turn_label_opens_no_statement():
    text = (
        "The mayor on the bridge\n\n"
        "We spoke to Mayor Lena Ortiz about the bridge closure after the council's vote on Monday.\n\n"
        'Q: Last Monday you called the engineers\' report "alarmist". Today you closed the bridge.\n\n'
        "A: The report changed. The second survey found cracks in three of the four piers.\n\n"
        "Q: The Harbour City Council still says the repairs will cost 12 million euros.\n\n"
        "A: That is the council's figure. Ours is closer to 20 million, and we will publish it.\n"
    )
    facts = analyze(text, title="The mayor on the bridge")
    claims = [c.text for c in facts.claims]
    assert claims and not any("you called" in c or "Today you closed" in c or "still says" in c for c in claims)
    (council,) = [c for c in facts.citations if c.speaker and "council" in c.speaker.lower()]
    assert text[council.sentence[0] : council.sentence[1]] == "The Harbour City Council still says the repairs will cost 12 million euros."


def test_a_claim_from_an_interview_s_answer_drops_a_one_word_reply():
    text = (
        "The mayor on the bridge\n\n"
        "We spoke to Mayor Lena Ortiz about the bridge closure after the council's vote on Monday.\n\n"
        "Q: Will the council recommend the new design?\n\n"
        "A: No. The council is making no recommendation either way on the 20 million euro design.\n"
    )
    claims = [c.text for c in analyze(text, title="The mayor on the bridge").claims]
    assert "The council is making no recommendation either way on the 20 million euro design." in claims
    assert not any(c.startswith("No.") for c in claims)  # the reply says nothing without the question
    assert compress("Mr. Smith said the plan would work.") == "Mr. Smith said the plan would work."


def test_a_sentence_that_only_leads_in_to_a_quotation_is_no_key_claim() -> None:
    # nu137: 'The Ashforth Police Federation said.' had been a key claim, from the lead-in to its statement
    from summarizer.extract.analysis import analyze

    text = (
        "Police to close two stations\n\n"
        "Ashforth Police will close two stations, the chief constable said on Thursday.\n\n"
        "In a statement issued after the announcement, the Ashforth Police Federation said:\n\n"
        "\"This plan takes 85 officers off the streets of Ashforth.\"\n\n"
        "The federation said the force had miscounted: the plan would cut 85 posts."
    )
    facts = analyze(text)
    claimable = [text[a:b] for a, b in facts.claimable]
    assert not any(c.startswith("In a statement") for c in claimable)
    assert any(c.startswith("The federation said the force had miscounted") for c in claimable)  # a colon after what is said
