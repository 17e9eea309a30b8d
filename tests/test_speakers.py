"""Speakers from the dependency parse: the subject of the speech verb, pronouns, role phrases, lead-ins, bylines."""

from __future__ import annotations

import pytest

from summarizer.extract.analysis import Analysis, analyze
from summarizer.extract.quotes import find_quotes


def speakers(text: str) -> list[tuple[str, str | None]]:
    facts = analyze(text)
    return [(text[q.start : q.end], q.speaker) for q in facts.quotes]


def test_an_act_a_headline_says_was_done_names_no_speaker_of_its_quotation() -> None:
    text = (
        "'They did the opposite of what we asked': fury as Calder Valley maternity closure confirmed\n"
        "Expectant mothers in the Calder Valley have reacted with anger after health chiefs confirmed that births will end.\n"
    )
    assert speakers(text) == [("They did the opposite of what we asked", None)]  # had been 'Calder Valley maternity closure'


def test_a_one_word_quotation_in_reported_speech_is_its_speaker_s_partial_quote() -> None:
    text = (
        "Drug agency rejects funding\n\nHalvern Pharma said it was \"disappointed\" by the draft opinion. Prof. Pawel "
        "Nowicki, a health economist, said the cost was high. He added that the patient numbers cited by campaigners "
        "were \"optimistic\". The \"Countdown\" site went live. Critics of the so-called \"experts\" said little.\n"
    )
    found = [(text[q.start : q.end], q.speaker) for q in analyze(text).quotes]
    assert found == [("disappointed", "Halvern Pharma"), ("optimistic", "Pawel Nowicki")]  # no title, no scare quote


def test_she_said_after_a_sentence_naming_her() -> None:
    text = "Mary Jones runs the clinic in the old town hall. “We are full every day,” she said."
    assert speakers(text) == [("We are full every day", "Mary Jones")]


def test_he_is_the_nearest_named_person_before_not_only_an_earlier_speaker() -> None:
    text = (
        "“The roads are closed,” said police chief Anna Berg.\n"
        "Later the mayor, Peter Holm, visited the flooded streets. “We will rebuild,” he said."
    )
    assert speakers(text) == [("The roads are closed", "Anna Berg"), ("We will rebuild", "Peter Holm")]


def test_he_is_not_someone_his_own_quotation_names() -> None:
    text = (
        "Warhol exhibit opens\n\n"
        "For Kevin Allton, a USI instructor in English, Warhol was also a legend. "
        "He said, \"Andy Warhol was the center of the Zeitgeist for the 20th century and everything since.\""
    )
    assert [speaker for _, speaker in speakers(text)] == ["Kevin Allton"]


def test_a_name_joined_to_bare_titles_is_the_speaker() -> None:
    text = (
        "Support grows online\n\n"
        "American academic and professor Marc Lamont Hill commented, \"Hoping that the movement translates into "
        "a substantive national conversation on race.\""
    )
    assert [speaker for _, speaker in speakers(text)] == ["Marc Lamont Hill"]


def test_he_may_name_himself_in_apposition_to_i() -> None:
    text = (
        "Proclamation issued\n\n"
        "Barack Obama issued a proclamation on Monday. \"NOW, THEREFORE, I, Barack Obama, President of the United "
        "States of America, do hereby proclaim June 2009 as Pride Month,\" he wrote."
    )
    assert [speaker for _, speaker in speakers(text)] == ["Barack Obama"]


def test_said_the_engineer_is_the_person_the_article_gave_that_role() -> None:
    text = "The bridge was inspected by Tom Hardy, an engineer at Arup, on Monday.\n“The cables are sound,” said the engineer."
    facts = analyze(text)
    (quote,) = facts.quotes
    assert (quote.speaker, quote.how) == ("Tom Hardy", "role")


def test_name_a_role_at_an_organisation_told_reporters() -> None:
    text = "“The river is rising fast,” Ana-Lucía Pérez-Ortega, a hydrologist at the University of Chile, told reporters."
    facts = analyze(text)
    assert [(q.speaker, q.how) for q in facts.quotes] == [("Ana-Lucía Pérez-Ortega", "verb")]
    (person,) = [a for a in facts.actors if a.kind == "person"]
    assert (person.name, person.role, person.affiliations) == ("Ana-Lucía Pérez-Ortega", "hydrologist", ["University of Chile"])


def test_a_surname_joins_the_full_name_and_the_title_is_a_role() -> None:
    text = "Labour MP Tom Birch visited the site on Friday. “This is a scandal,” Birch said."
    facts = analyze(text)
    assert [q.speaker for q in facts.quotes] == ["Tom Birch"]
    (birch,) = facts.actors
    assert (birch.name, birch.kind, birch.role, birch.aliases) == ("Tom Birch", "person", "Labour MP", ["Birch"])


def test_asked_is_a_speech_verb() -> None:
    assert speakers("“Where did the money go?” asked Senator Jane Roe.") == [("Where did the money go?", "Jane Roe")]


def test_a_quote_no_one_is_given_for_is_kept_unattributed() -> None:
    text = "The debate went on for hours in the council chamber.\n\n“Nobody knows what happens next.”"
    facts = analyze(text)
    (quote,) = facts.quotes
    assert text[quote.start : quote.end] == "Nobody knows what happens next."
    assert (quote.speaker, quote.candidates, quote.how) == (None, [], "unattributed")


def test_an_unnamed_speaker_is_kept_with_their_description() -> None:
    text = "The fire spread overnight. “We will look into it,” a council spokesperson said on Tuesday."
    (quote,) = analyze(text).quotes
    assert (quote.speaker, quote.named) == ("a council spokesperson", False)


def test_according_to_a_lead_in_and_a_dash_byline() -> None:
    text = (
        "“Prices will rise,” according to Sarah Klein of the Central Bank.\n"
        "Paul Weber, an economist, put it this way:\n"
        "“Nobody expected inflation to come back so fast.”\n"
        "“The situation is a powder keg.”\n— Dr. Anya Petrova, Geopolitical Analyst, Institute for Strategic Studies."
    )
    facts = analyze(text)
    assert [(q.speaker, q.how) for q in facts.quotes] == [
        ("Sarah Klein", "according"),
        ("Paul Weber", "lead-in"),
        ("Anya Petrova", "dash"),
    ]
    assert facts.quotes[2].details == ["Geopolitical Analyst", "Institute for Strategic Studies"]


def test_a_quote_over_paragraphs_takes_the_attribution_of_any_part() -> None:
    text = "“They are playing for the Caribbean. I do not see them losing.\n“The rest will follow,” says Joseph Humire."
    assert [s for _, s in speakers(text)] == ["Joseph Humire", "Joseph Humire"]


def test_a_role_two_people_hold_is_left_for_the_model_to_choose() -> None:
    text = "Foreign Minister Ivan Petrov met Defence Minister Olga Ivanova on Monday.\n“We agreed on everything,” the minister said."
    (quote,) = analyze(text).quotes
    assert (quote.speaker, quote.candidates, quote.how) == (None, ["Ivan Petrov", "Olga Ivanova"], "role")
    assert text[quote.sentence[0] : quote.sentence[1]] == "“We agreed on everything,” the minister said."


@pytest.mark.parametrize("verb", ["warned", "argued", "insisted", "wrote", "told reporters", "added"])
def test_speech_verbs_by_lemma(verb: str) -> None:
    text = f"“The deal is dead,” Maria Lopez {verb}."
    assert speakers(text) == [("The deal is dead", "Maria Lopez")]


def test_the_analysis_is_plain_data() -> None:
    text = "Labour MP Tom Birch visited the site on Friday. “This is a scandal,” Birch said."
    facts = analyze(text)
    assert Analysis.model_validate_json(facts.model_dump_json()) == facts


def test_a_post_quoted_after_its_authors_handle_is_the_handles_quote() -> None:
    text = (
        "News of the fire spread on Twitter.\n\n"
        "@onewmphoto: No sooner than posting a photo of the bar I hear of possible arson #shocked\n\n"
        "@ArmenianWomen: “The pub has been vandalized and burnt early this morning,” the owner says."
    )
    assert speakers(text)[0] == ("No sooner than posting a photo of the bar I hear of possible arson #shocked", "@onewmphoto")
    assert all(text[q.start] != "@" for q in analyze(text).quotes)  # the handle is never part of the quote


def test_a_speaker_described_with_a_handle_is_named_by_it() -> None:
    text = "Still from Kuwait, Twitter user @2Twenty3 suggests that the “Bermuda triangle needs investigating”."
    assert speakers(text) == [("Bermuda triangle needs investigating", "@2Twenty3")]


def test_a_document_speaks_for_its_author_never_as_a_source_of_its_own() -> None:
    text = (
        "The Home Office has written to 12,000 asylum seekers. "
        "The Home Office letter reads ‘we may extend the use of the questionnaire’.\n"
        "A leaked internal letter says ‘failure to return the questionnaire may result in a claim being withdrawn’."
    )
    assert speakers(text) == [
        ("we may extend the use of the questionnaire", "Home Office"),
        ("failure to return the questionnaire may result in a claim being withdrawn", None),
    ]


def test_a_finding_introduced_with_a_is_no_unnamed_source_but_an_official_is() -> None:
    text = (
        "Three days after a landmark trial reported that the diabetes drug metformin cut new dementia diagnoses by 18 "
        "percent, researchers remain divided. A senior official said that the review would take months. A grassroots "
        "group said that the rule would ruin farms."
    )
    assert [c.speaker for c in analyze(text).citations] == ["A senior official", "A grassroots group"]


def test_a_document_no_one_is_said_to_own_is_not_the_speaker_before_it_continued() -> None:
    # the second sentence gives its quote to a document the text credits to no one: unattributed, not the city's
    text = "The city argued that the ban \"protects housing.\" A dissenting opinion stated that \"the ban goes too far\" and should be struck down."
    assert speakers(text) == [("protects housing.", "The city"), ("the ban goes too far", None)]


def test_a_participle_used_as_an_adjective_is_no_speech_verb() -> None:
    # 'confirmed' modifies 'cases': the parenthetical 'she said' is the quote's attribution
    text = (
        "Professor Siobhán Ní Bhriain of University College London led the study. The change was approved by the "
        "committee before any results were unblinded, she said, and an analysis restricted to clinically confirmed "
        "cases gave \"essentially the same answer\"."
    )
    assert speakers(text) == [("essentially the same answer", "Siobhán Ní Bhriain")]


def test_the_quoted_ends_of_a_change_are_terms_no_one_said() -> None:
    text = (
        "Professor Gordon Feist, a statistician, was critical. He also pointed out that the main outcome was switched "
        "in 2021 from \"cognitive decline\" to \"incident dementia\", a change he said \"should worry anyone reading "
        "the headline numbers\". Analyst Jo Reed said the agency had cut the outlook from \"stable\" to \"negative\", "
        "and said the move was \"overdue\"."
    )
    assert speakers(text) == [
        ("should worry anyone reading the headline numbers", "Gordon Feist"),
        ("overdue", "Jo Reed"),
    ]


def test_a_press_conference_transcript_after_a_lead_in_gives_the_answers_not_the_question() -> None:
    from summarizer.extract.speakers import interview_questions

    text = (
        "Eldoria signalled on Thursday that it will accept the revised plan.\n"
        "At a press conference in Geneva, Eldorian Foreign Minister Katarína Brezová explained the change of course:\n"
        "Q: Minister, on Monday you said Eldoria could not accept 380. Why accept a deal now?\n"
        "BREZOVÁ: Because it is a different deal. The drought clause protects Varnessa when it truly needs the water.\n"
        "Q: Does the Prime Minister support this?\n"
        "BREZOVÁ: The Prime Minister and the cabinet endorsed it this morning.\n"
    )
    assert speakers(text) == [
        ("Because it is a different deal. The drought clause protects Varnessa when it truly needs the water.", "Katarína Brezová"),
        ("The Prime Minister and the cabinet endorsed it this morning.", "Katarína Brezová"),
    ]  # a label in capitals of any script; the question is the interviewer's, no block quotation of the lead-in
    assert [text[s:e][:12] for s, e in interview_questions(text)] == ["Q: Minister,", "Q: Does the "]


def test_a_name_parsed_as_joined_to_an_opening_phrase_is_the_subject_of_the_verb_after_it() -> None:
    text = (
        "In a statement from Kessel, Prime Minister Tomás Kerényi called the revised text \"a good agreement for "
        "Eldoria and a fair one for our neighbours\"."
    )
    assert speakers(text) == [("a good agreement for Eldoria and a fair one for our neighbours", "Tomás Kerényi")]


def test_it_after_a_document_is_the_document_whose_words_are_no_body_s() -> None:
    text = (
        "When the foreign ministers of Eldoria and Varnessa put their names to a joint statement in Geneva on Saturday, "
        "both governments claimed victory.\n\nThe statement itself is short. \"Eldoria and Varnessa commit to a minimum "
        "release of 360 cubic metres per second,\" it reads."
    )
    assert speakers(text) == [("Eldoria and Varnessa commit to a minimum release of 360 cubic metres per second", None)]


def test_data_speak_for_the_body_that_holds_them() -> None:
    # the lemmatizer gives 'data' the lemma 'datum': the carrier is read by its form too
    text = "Rents rose again in 2024. According to Bank of Canada data, household debt rose faster than incomes."
    assert [(c.speaker, c.named) for c in analyze(text).citations] == [("Bank of Canada", True)]


def test_his_comments_are_his() -> None:
    text = (
        "President Ronald Reagan spoke to Congress in 1984. "
        "His comments stated that the station would be built “within a decade”."
    )
    assert speakers(text) == [("within a decade", "Ronald Reagan")]


def test_findings_and_bare_nouns_are_not_cited_as_sources() -> None:
    text = (
        "These results and observations of the debris indicate that Dimorphos is a loosely bound rubble pile. "
        "Recent reports have revealed that a defector was arrested. Some analysts assert that tariffs could help."
    )
    cited = {c.speaker for c in analyze(text).citations}
    assert cited == {"Some analysts"}


def test_a_lead_in_whose_speech_verb_the_tagger_took_for_a_noun() -> None:
    text = (
        "Antonio Arles (@arlesophia) comments on this in his blog and stresses how the Internet is useful to "
        "gather information about the demonstrations:\n"
        "“I took part in at least three of the protests, in person or over the Internet, and met many people.”"
    )
    assert [s for _, s in speakers(text)] == ["Antonio Arles"]


def test_a_lead_in_introduces_its_named_subject_before_what_it_is_according_to() -> None:
    text = (
        "Some accidents seem more newsworthy than others according to the social class of those involved, "
        "Bruno Nepumoceno reached the following conclusion, after talking to people at work:\n"
        "“I gave my opinion on the subject and people started criticising me, saying that I have no heart.”"
    )
    assert [s for _, s in speakers(text)] == ["Bruno Nepumoceno"]


def test_the_paragraph_that_introduces_the_next_quote_is_no_translation_of_the_one_before() -> None:
    text = (
        "Bruno Nepumoceno reached the following conclusion:\n"
        "“Fui dar minha opinião sobre o assunto e nego ficou me criticando, dizendo que eu não tenho coração, que eu "
        "sou insensível e coisas do tipo. Centenas morrem de fome no nordeste. O que é um aviãozinho cair?”\n"
        "Nevertheless, there is a wave of grief around the world. From Kuwait, the blogger ZDistrict summed up his feelings.\n"
        "“228 people from Brazil to France on an Air France flight have vanished over the Atlantic.”"
    )
    found = speakers(text)
    assert not any(q.startswith("Nevertheless") for q, _ in found)
    assert found[-1] == ("228 people from Brazil to France on an Air France flight have vanished over the Atlantic.", "ZDistrict")


def test_a_lead_in_the_parser_split_at_a_bracket_is_read_whole() -> None:
    text = (
        "Charles-guy de Kerimel, the writer of the aviation history blog Des avions et des hommes expresses his "
        "condolences [fr] to the passengers and the crew of the Airbus A330-203.\n"
        "“L’annonce de cet accident me remplit de tristesse. Le plus grave accident de l’histoire de la compagnie.”"
    )
    assert [s for _, s in speakers(text)] == ["Charles-guy de Kerimel"]


def test_a_user_cited_by_handle_is_named_by_it() -> None:
    text = "Still from Kuwait, Twitter user @2Twenty3 suggests that the Bermuda triangle needs investigating."
    assert [(c.speaker, c.named) for c in analyze(text).citations] == [("@2Twenty3", True)]


def test_a_report_verb_inside_a_quotation_cites_no_one_for_the_article() -> None:
    text = "“We have four antennas which observe whatever radio emissions are present,” Gopalswamy said."
    assert "four antennas" not in {c.speaker for c in analyze(text).citations}


def test_the_one_quoted_speaks_not_who_quotes_them() -> None:
    text = (
        "Bail was posted by MP Artsvik Minasyan. Minasyan was quoted by the local media as saying that the two "
        "brothers were “normal people”."
    )
    assert speakers(text) == [("normal people", "Artsvik Minasyan")]


def test_a_speech_verb_the_tagger_took_for_a_plural_noun_after_a_name() -> None:
    text = (
        'The U.S. Department of Agriculture notes, "Ground-level ozone causes more damage to plants than all other '
        'air pollutants combined", highlighting the importance of air quality.'
    )
    assert [s for _, s in speakers(text)] == ["U.S. Department of Agriculture"]


def test_according_to_beats_a_speech_verb_that_does_not_govern_the_quote() -> None:
    text = (
        'One version of the plan, per an Iranian source, reportedly included "Continued Iranian control over the '
        'Strait," which could formalise the fees that Iran has reportedly charged for passage.'
    )
    assert [s for _, s in speakers(text)] == ["an Iranian source"]


def test_the_institute_is_the_one_organisation_named_institute() -> None:
    text = (
        "Arnold Schwarzenegger donated $2.5 million to be distributed by the Schwarzenegger Institute for State and "
        "Global Policy at the University of Southern California. The institute reported that the funding was for "
        "support of polling places."
    )
    assert "Schwarzenegger Institute for State and Global Policy" in {c.speaker for c in analyze(text).citations}


def test_an_infinitive_after_a_report_verb_is_an_action_not_words() -> None:
    text = "Canada agreed to provide a robotic servicing system. Japan said that it would build a laboratory."
    assert {c.speaker for c in analyze(text).citations} == {"Japan"}


def test_a_lead_in_paragraph_names_its_speaker_before_its_last_sentence() -> None:
    text = (
        "In his blog, Erick Garcia continues the criticism of the government for its role in this conflict. "
        "Despite governmental intelligence, it was well known that outside populations were joining the protests:\n"
        "“Ahora me pregunto si un par de Decretos Legislativos valen todo el odio que se ha generado.”"
    )
    assert [s for _, s in speakers(text)] == ["Erick Garcia"]


def test_an_unrecognised_speaker_keeps_the_organisation_named_after_them() -> None:
    text = (
        "Amazilia Fracaso of Perú Apartheid writes about the failure of Peruvian society:\n"
        "“It is also the indifference and even the justification from many commentators that shames us.”"
    )
    (quote,) = analyze(text).quotes
    assert (quote.speaker, quote.affiliation) == ("Amazilia Fracaso", "Perú Apartheid")


def test_a_pronoun_in_a_complement_clause_is_bound_by_the_main_subject() -> None:
    text = (
        "President Donald Trump announced the ceasefire on Tuesday.\n"
        "In Congress, one Senator applauded what he described as President Trump’s “Peace Through Strength leadership.”"
    )
    assert speakers(text) == [("Peace Through Strength leadership.", "one Senator")]


def test_a_pronoun_bound_by_a_role_subject_is_its_holder_not_the_nearer_name() -> None:
    text = (
        "The strongest criticism has come from Councilwoman Denise Hartwell. Hartwell has argued that the city should "
        "have waited for a housing study.\n"
        "The councilwoman has also criticised Villanueva for what she called a rushed process.\n"
        "Mayor Teresa Villanueva has rejected that account."
    )
    cited = {text[c.sentence[0] : c.sentence[1]][:30]: c.speaker for c in analyze(text).citations}
    assert cited["The councilwoman has also crit"] == "Denise Hartwell"


def test_a_pronoun_after_a_sentence_whose_subject_is_a_role_stands_for_that_role_s_holder() -> None:
    # Centering: the subject of the sentence before ('The magistrate') is the preferred antecedent, though another
    # woman was named more recently
    text = (
        "Magistrate Helen Dowd said the defendant had shown little remorse.\n"
        "His solicitor, Ms Clara Venn, asked the magistrate for a fine. Ms Venn said her client had paid back £4,000.\n"
        'The magistrate disagreed. "A fine would not reflect the harm done," she said.'
    )
    assert speakers(text) == [("A fine would not reflect the harm done", "Helen Dowd")]


def test_a_quotation_in_a_clause_conjoined_to_a_reported_one_is_the_reporter_s() -> None:
    text = (
        "Nadia Roux, who chairs the tenants' association, said residents had written to the landlord twice and "
        'received "a form letter" in reply.'
    )
    assert speakers(text) == [("a form letter", "Nadia Roux")]


def test_one_after_a_sentence_about_people_is_one_of_them() -> None:
    text = 'On Mill Lane, residents described the night of the fire. One, who asked not to be named, said: "We heard glass break."'
    assert speakers(text) == [("We heard glass break.", "one of the residents")]
    text = 'Residents described the night of the fire.\nOne, who asked not to be named, said: "We heard glass break."'
    assert speakers(text) == [("We heard glass break.", None)]  # another paragraph: no one to pick one of


def test_it_after_a_body_s_description_is_the_body_whose_statement_names_itself() -> None:
    text = (
        "The Harwell Water Authority approved the new tariff on Monday, and farmers protested.\n"
        "The authority answered within hours. In a written statement, it said:\n"
        '"The Authority has reviewed every objection. The Authority stands by the tariff."'
    )
    assert speakers(text) == [("The Authority has reviewed every objection. The Authority stands by the tariff.", "Harwell Water Authority")]


def test_a_pronoun_of_the_other_gender_than_the_bound_subject_is_not_bound() -> None:
    text = "Councilman Tom Hart spoke first. The councilman has also criticised Mayor Teresa Villanueva for what she called a fair process."
    cited = {text[c.sentence[0] : c.sentence[1]][:30]: c.speaker for c in analyze(text).citations}
    assert cited["The councilman has also critic"] == "Teresa Villanueva"


def test_a_description_by_another_form_of_the_role_s_word_refers_back() -> None:
    text = (
        "Richard Kessler, the association's spokesperson, said the council had ignored landlords.\n"
        "The landlords' spokesman also argued that the ordinance would cover far more homes than officials said.\n"
        "Amara Quintero, the union's chairwoman, welcomed the vote. The chair said tenants would now enforce it."
    )
    cited = {text[c.sentence[0] : c.sentence[1]][:20]: c.speaker for c in analyze(text).citations}
    assert cited["The landlords' spoke"] == "Richard Kessler"
    assert cited["The chair said tenan"] == "Amara Quintero"


def test_a_name_in_a_phrase_fronted_before_a_pronoun_subject_is_not_its_antecedent() -> None:
    text = (
        "Hackney North MP Rachel Osei criticised the closures on Monday. In a letter to the council's mayor, Caroline "
        'Whitmore, she urged the authority to find savings elsewhere and said the libraries were "a lifeline for '
        'children". Whitmore defended the budget.'
    )
    found = analyze(text)
    assert [q.speaker for q in found.quotes] == ["Rachel Osei"]
    assert speakers("Tom Reyes chairs the board. “We will vote no,” he said.") == [("We will vote no", "Tom Reyes")]


def test_paragraphs_an_omission_mark_shows_to_be_excerpts_are_the_named_writers() -> None:
    text = (
        "Diversity marchers were attacked in Yerevan on Monday.\n\n"
        "Unzipped: Gay Armenia likens the 21 May disruption to fascism.\n\n"
        "To mark the World Day of Cultural Diversity, local groups announced a variety of events for the week.\n\n"
        "But the notion of diversity was once again attacked in Armenia in an organised provocation by neo-nazis.\n\n"
        "[...]\n\n"
        "Neo-nazi elements attacked marchers encouraged by endorsement of homophobic hysteria on a high level. [...]\n\n"
        "The police said they had detained no one."
    )
    found = speakers(text)
    assert [s for q, s in found] == ["Unzipped: Gay Armenia"] * 3
    assert found[0][0].startswith("To mark the World Day") and found[2][0].startswith("Neo-nazi elements")


def test_a_passive_whose_subject_is_no_words_cites_no_one() -> None:
    text = (
        "Bail was posted by Artsvik Minasyan and Hrayr Karapetyan, two MPs. "
        "It was reported by Interfax that the talks had failed."
    )
    assert {c.speaker for c in analyze(text).citations} == {"Interfax"}


def test_a_participle_after_a_noun_of_no_words_cites_no_one() -> None:
    text = (
        "Sorvia on Wednesday published a list of goods worth 2.1 billion euros, its first response to the steel "
        "tariffs announced by Aldmark a day earlier. A protest against the Digital Crimes Bill proposed by Senator "
        "Azeredo took place in São Paulo. A statement issued by the Ministry of Trade said the talks had failed."
    )
    assert {c.speaker for c in analyze(text).citations} == {"Ministry of Trade"}  # an act announced, a bill proposed: no words


def test_by_her_estimate_cites_whom_her_stands_for() -> None:
    text = (
        "Professor Ruth Callaghan of the University of Leeds said the longer the dispute ran, the more it would cost. "
        "By her estimate, each day of strike action costs the NHS in England between £25 million and £30 million."
    )
    cited = [(c.speaker, text[c.sentence[0] : c.sentence[1]][:15]) for c in analyze(text).citations]
    assert ("Ruth Callaghan", "By her estimate") in cited


def test_the_blog_notes_is_the_blog_named_before_it() -> None:
    text = (
        "Global Chaos also posts an extensive account. While stressing the march was not a parade, the blog notes, "
        "“The Diversity March was distorted in the public mind and presented as a parade.”"
    )
    assert [(s) for _, s in speakers(text)] == ["Global Chaos"]


def test_an_inverted_speaker_the_parser_took_for_an_object_or_a_modifier() -> None:
    text = (
        "The Korean Central News Agency (KCNA) reported the order. Yesterday, North Korea fired artillery. "
        '"Commanders of the Korean People\'s Army were hastily dispatched to the front-line troops within 48 hours '
        'and prepare against the enemy\'s possible counteractions", added KCNA.'
    )
    assert [s for _, s in speakers(text)] == ["Korean Central News Agency"]


def test_the_court_is_the_court_named_last_before_it() -> None:
    # head match, then recency (a deterministic coreference sieve): two courts have 'court' in their names
    text = (
        "The Supreme Court heard the case in March. Earlier, the Court of Appeals for the Ninth Circuit had "
        "reviewed the permit. The court observed that the agency had ignored its own rules."
    )
    assert [(c.speaker, c.named) for c in analyze(text).citations] == [("Court of Appeals", True)]


def test_courts_reason_and_rule_and_no_one_reports_finding_themselves_somewhere() -> None:
    text = 'A county board met on Friday. The Idaho Supreme Court reasoned that "the statute says nothing about private wells."'
    assert speakers(text) == [("the statute says nothing about private wells.", "Idaho Supreme Court")]
    text = "Mayor Linda Okafor, who finds herself increasingly isolated on the council, voted for the lane. The bar found itself the target of an attack."
    assert analyze(text).citations == []


def test_excerpts_with_words_in_quotation_marks_inside_stay_the_writers() -> None:
    text = (
        "Protesters gathered in Tbilisi on Sunday.\n\n"
        "Lena Petrosyan, a blogger in Tbilisi, also posts a long account of the day.\n\n"
        "[...] somehow the march was presented as a \"provocation\" by groups who showed up to the event and outnumbered it.\n\n"
        "[...]\n\n"
        "This event is becoming a growing trend in the region, and the \"patriotic\" talk of its leaders is dangerous for everyone.\n\n"
        "[...]\n\n"
        "Their ideology, as well as the activities of their \"youth wing\", are too similar to what we saw a decade ago.\n\n"
        "One speaker in particular praised the \"brave youth\" who had gathered there to show their devotion [...].\n\n"
        "The police said they had detained no one."
    )
    found = speakers(text)
    writers = [q[:12] for q, s in found if s == "Lena Petrosyan" and len(q) > 20]
    assert writers == ["[...] someho", "This event i", "Their ideolo", "One speaker "]
    assert all(s == "Lena Petrosyan" for q, s in found if q in ("provocation", "patriotic", "youth wing", "brave youth"))


def test_the_authors_paragraph_after_a_translation_is_not_more_of_it() -> None:
    text = (
        "In an interview, Paulo Teixeira, a member of parliament for São Paulo, stresses:\n"
        "“Ele pretende, em primeiro lugar, introduzir no Brasil uma coisa que alguns países estão introduzindo e que nós não deveríamos permitir.”\n"
        "It intends, in the first place, to introduce in Brazil something that some countries are introducing and that we should not allow.\n"
        "The bill has been discussed in several earlier posts on this site. Now it is up to activists and Internet users to fight it with even more strength, "
        "or the Brazilian Internet might become a place where people are guilty before they know what they are charged with."
    )
    found = speakers(text)
    assert [s for _, s in found] == ["Paulo Teixeira", "Paulo Teixeira"]
    assert found[1][0].startswith("It intends") and not any(q.startswith("The bill has") for q, _ in found)


def test_a_document_no_one_is_named_as_writing_is_cited_as_itself_when_it_is_new() -> None:
    text = (
        "According to a 2025 economics study, a cap would cut most grants by a fifth. "
        "Per one April 7 media report, the ministry will ask for more money. "
        "Gold traded at $2,400 per ounce on Friday. "
        "According to the report, the cap starts in May. These results indicate that the cap is popular."
    )
    assert [c.speaker for c in analyze(text).citations] == ["a 2025 economics study", "one April 7 media report"]


def test_as_x_put_it_reports_x_and_another_is_another_of_the_noun_before() -> None:
    text = (
        "Several councillors have said they will oppose the budget to, as one councillor put it, \"stop this waste for good.\" "
        "One economist praised what she called \"a brave plan,\" while another warned of \"a decade of debt.\""
    )
    assert speakers(text) == [
        ("stop this waste for good.", "one councillor"),
        ("a brave plan", "One economist"),
        ("a decade of debt.", "another economist"),
    ]


def test_a_directive_verb_reports_the_words_it_quotes() -> None:
    text = "In her budget speech, Mayor Ana Ruiz directed the transport office to build “a tram line to every district within a decade.”"
    assert speakers(text) == [("a tram line to every district within a decade.", "Ana Ruiz")]  # her title left out of the name


def test_an_indefinite_description_is_someone_new_not_the_person_given_that_role() -> None:
    text = (
        "Senator Laura Brennan, a Democrat from Maryland, co-wrote the river bill. "
        "During the hearing, one senator praised the plan as \"the most serious attempt in a generation\". "
        "\"Every town will get help,\" the senator said later."
    )
    assert speakers(text) == [("the most serious attempt in a generation", "one senator"), ("Every town will get help", "Laura Brennan")]


def test_a_that_clause_the_parser_hung_on_a_place_is_what_the_listeners_were_told() -> None:
    text = (
        "The union says rents have risen by 23 per cent. Its secretary, Leon Adebayo, told the crowd outside the "
        "civic centre that tenants had run out of patience."
    )
    cited = [(c.speaker, text[c.sentence[0] : c.sentence[1]]) for c in analyze(text).citations]
    assert ("Leon Adebayo", "Its secretary, Leon Adebayo, told the crowd outside the civic centre that tenants had run out of patience.") in cited
    kept = "Nicolás Maduro will maintain his loyalty to Moscow, despite the rapprochement that the White House has initiated."
    assert analyze(kept).citations == []  # an object 'that' the tagger took for a subordinator: nothing was told


def test_calling_something_something_cites_who_calls_it() -> None:
    text = (
        "The rights group Amnesty International described the new law as draconian. "
        "Senator Ruth Adler called the bill a disgrace. "
        "Mayor Tom Reyes called his lawyer on Monday and described the flooded streets in detail."
    )
    assert {c.speaker for c in analyze(text).citations} == {"Amnesty International", "Ruth Adler"}


def test_a_speech_verb_the_lemmatiser_misreads_still_cites() -> None:
    text = "The activist Maria Sousa blogged that the police had arrived late. Ana Silva hoped that the talks would resume."
    assert {c.speaker for c in analyze(text).citations} == {"Maria Sousa", "Ana Silva"}


def test_it_is_the_body_the_subject_names_before_a_later_object() -> None:
    text = (
        "When the U.S. government appealed the ruling to the Federal Circuit, it argued that the statute "
        "“has no obvious application here.”\n"
        "Brazil and Chile traded barbs. When the Brazilian government took the case to the Mercosur tribunal, it "
        "said the duties were “plainly illegal.”"
    )
    assert speakers(text) == [("has no obvious application here.", "United States"), ("plainly illegal.", "Brazil")]
    text = (
        "Norway imposed sanctions on Belarus on Monday. When the Belarusian government appealed to the European "
        "Court of Human Rights last year, it argued that “foreign states have no standing.”"
    )
    assert speakers(text) == [("foreign states have no standing.", "Belarus")]


def test_who_said_is_the_noun_before_it_when_the_parser_hangs_it_elsewhere() -> None:
    text = (
        "Writing from Spain, the blogger Jomra criticizes President Alan García [es], who said [es] that the "
        "protesters were wrong. The plan angered party members in towns outside Lima, who believe that it will fail."
    )
    cited = {c.speaker for c in analyze(text).citations}
    assert "Alan García" in cited and "Lima" not in cited


def test_an_unnamed_speaker_keeps_the_closing_mark_of_a_scare_quote() -> None:
    for text in (
        'In an interview with a TV station, these underage "fascists" mentioned that they had targeted the bar.',
        "In an interview with a TV station, these underage “fascists” mentioned that they had targeted the bar.",
    ):
        (cited,) = analyze(text).citations
        assert cited.speaker.count('"') % 2 == 0 and cited.speaker.count("“") == cited.speaker.count("”")


def test_a_writer_the_parser_made_the_subject_of_writing_still_argues() -> None:
    text = "Jonathan Haidt, writing in The Atlantic, argued that phone-free schools improve attention."
    facts = analyze(text)
    assert [c.speaker for c in facts.citations] == ["Jonathan Haidt"]
    assert [a.affiliations for a in facts.actors if a.name == "Jonathan Haidt"] == [["Atlantic"]]


def test_a_named_spokesperson_of_a_body_or_person_speaks_not_their_principal() -> None:
    text = (
        "Apple's spokeswoman, Jane Horvath, said the company \"does not comment on rumors.\" "
        "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, told reporters a deal was \"within reach.\""
    )
    assert speakers(text) == [
        ("does not comment on rumors.", "Jane Horvath"),
        ("within reach.", "Mohammed bin Abdulrahman Al Thani"),
    ]


def test_a_title_taken_for_a_body_and_a_form_of_address_name_the_person() -> None:
    text = (
        "The Home Secretary, Yvette Cooper, said: \"We will not tolerate violence.\" "
        "Mrs Cooper added that extra police would be deployed. Rachel Reeves agreed. Ms Reeves told MPs that \"growth is coming.\""
    )
    facts = analyze(text)
    assert [(a.name, a.kind, a.role, a.aliases) for a in facts.actors] == [
        ("Yvette Cooper", "person", "Home Secretary", ["Cooper"]),  # "Mrs Cooper", tagged a work of art, is hers
        ("Rachel Reeves", "person", "", ["Reeves"]),
    ]
    assert [q.speaker for q in facts.quotes] == ["Yvette Cooper", "Rachel Reeves"]
    assert {c.speaker for c in facts.citations} == {"Yvette Cooper", "Rachel Reeves"}


def test_an_abbreviated_rank_neither_ends_the_sentence_nor_speaks() -> None:
    text = "\"They fled on foot,\" said Sgt. Lisa Moreno of the Tulsa Police Department. Capt. Tom Reyes said the fire was contained."
    facts = analyze(text)
    assert speakers(text) == [("They fled on foot", "Lisa Moreno")]
    assert [(a.name, a.role) for a in facts.actors if a.kind == "person"] == [("Lisa Moreno", "Sgt."), ("Tom Reyes", "Capt.")]
    assert [c.speaker for c in facts.citations] == ["Lisa Moreno", "Tom Reyes"]


def test_a_role_owned_by_a_country_is_someone_tied_to_it_not_the_country() -> None:
    text = "Japan's foreign minister said on Friday that Tokyo would lodge a formal protest. Trump's announcement said that tariffs would rise."
    cited = [(c.speaker, c.named, c.affiliation) for c in analyze(text).citations]
    assert cited == [("Japan's foreign minister", False, "Japan"), ("Trump", True, "")]  # an action's owner is its author


def test_he_or_she_reporting_without_a_quote_cites_the_person_they_stand_for() -> None:
    text = "Treasury Secretary Scott Bessent said the deal was close. He said talks with China would resume next month. It should be noted that talks stalled before."
    cited = [(c.speaker, text[c.sentence[0] : c.sentence[1]]) for c in analyze(text).citations]
    assert cited == [
        ("Scott Bessent", "Treasury Secretary Scott Bessent said the deal was close."),
        ("Scott Bessent", "He said talks with China would resume next month."),
    ]


def test_the_who_is_an_organisation_not_a_relative_pronoun() -> None:
    text = "\"The risk is high,\" the WHO said. Cases rose sharply, the WHO warned."
    facts = analyze(text)
    assert [q.speaker for q in facts.quotes] == ["WHO"]
    assert ("WHO", "Cases rose sharply, the WHO warned.") in [(c.speaker, text[c.sentence[0] : c.sentence[1]]) for c in facts.citations]


def test_a_role_before_the_name_gives_its_organisation_when_the_title_names_none() -> None:
    text = "A spokesman for the Pentagon, Maj. Gen. Pat Ryder, said the strikes targeted weapons storage facilities."
    assert [(a.name, a.role, a.affiliations) for a in analyze(text).actors] == [("Pat Ryder", "spokesman", ["Pentagon"])]


def test_they_after_a_described_group_is_that_group_not_a_body_it_mentions() -> None:
    text = "Scientists at the University of Cambridge have developed a new battery. \"It's a genuine step change,\" they said in a press release."
    quote = analyze(text).quotes[0]
    assert (quote.speaker, quote.named, quote.affiliation) == ("Scientists at the University of Cambridge", False, "University of Cambridge")


def test_an_indefinite_unnamed_speaker_reporting_without_a_quote_is_cited_as_described() -> None:
    text = (
        "A spokesperson for the Brazilian Navy said three ships had been sent. "
        "His neighbor, who asked not to be named, said she was staying. "
        "A new report says that prices rose. The team said that the results were robust."
    )
    cited = [(c.speaker, c.named, c.affiliation) for c in analyze(text).citations]
    assert cited == [("A spokesperson for the Brazilian Navy", False, "Brazilian Navy"), ("His neighbor", False, "")]


def test_someones_office_and_his_comments_speak_for_that_person() -> None:
    text = (
        "Mayor Bruce Harrell backed the plan on Monday. "
        "His office said in a statement that the mayor \"supports adding housing near transit.\" "
        "Senator Ann Lee's office said the vote was delayed. The Russian office said nothing."
    )
    facts = analyze(text)
    assert [q.speaker for q in facts.quotes] == ["Bruce Harrell"]
    assert [c.speaker for c in facts.citations] == ["Bruce Harrell", "Ann Lee"]


def test_a_party_tag_is_no_role_and_a_described_or_named_speaker_is_not_cited_twice() -> None:
    text = (
        "Sen. Edward J. Markey (D-Mass.) said the bill was weak. "
        "A spokeswoman for the Department of Homeland Security, Tricia McLaughlin, said the agents had acted lawfully. "
        "\"I like him,\" said Bill Kowalski, 66, a retired steelworker, who said he was leaning toward the senator."
    )
    facts = analyze(text)
    assert {a.name: a.role for a in facts.actors if a.kind == "person"}["Edward J. Markey"] == "Sen."
    cited = [c.speaker for c in facts.citations]
    assert "Bill Kowalski" in cited and not any("steelworker" in s or "spokeswoman" in s for s in cited)


def test_a_capital_where_something_happens_is_a_place_and_speaks_for_no_one() -> None:
    text = "NATO ministers met on Monday. Officials in Brussels said a summit would take place in June. Prime Minister Mark Carney told reporters in Ottawa that Canada would respond."
    facts = analyze(text)
    assert [(c.speaker, c.affiliation) for c in facts.citations if c.speaker.startswith("Officials")] == [("Officials in Brussels", "")]
    assert {a.name: a.aliases for a in facts.actors}["Canada"] == []


def test_a_datelines_place_is_no_speaker() -> None:
    text = "DAYTON, Ohio (AP) — Ohio lawmakers on Tuesday demanded that drone manufacturer SkyReach Systems repay $38 million in state tax credits."
    assert [(c.speaker, c.named) for c in analyze(text).citations] == [("Ohio lawmakers", False)]


def test_he_or_she_skips_a_person_the_article_marks_as_the_other_gender() -> None:
    text = 'Mr David Okoro met Sarah Jones on Monday. "We are ready," she said.'
    assert [(q.speaker, q.how) for q in analyze(text).quotes] == [("Sarah Jones", "pronoun")]
    text = 'The spokeswoman, Ruth Kemp, met Tom Adair on Monday. "We are ready," he said.'
    assert [q.speaker for q in analyze(text).quotes] == ["Tom Adair"]
    text = 'Sarah Jones met David Okoro on Monday. "We are ready," he said.'
    assert [q.speaker for q in analyze(text).quotes] == ["David Okoro"]  # the given names mark them
    text = 'Jo Jones met Alexis Okoro on Monday. "We are ready," he said.'
    assert [q.speaker for q in analyze(text).quotes] == ["Jo Jones"]  # names borne by both: the subject


def test_a_body_saying_in_a_statement_that_and_a_part_of_a_named_body_are_cited() -> None:
    facts = analyze("Kenya Power said in a statement that supply would be restored by midnight.")
    assert [(c.speaker, c.named) for c in facts.citations] == [("Kenya Power", True)]
    facts = analyze(
        "Kamala Lakhdhir, the US ambassador, spoke first. "
        "Malaysia's foreign ministry said it had summoned China's ambassador over the incident."
    )
    assert [(c.speaker, c.named, c.affiliation) for c in facts.citations] == [("Malaysia's foreign ministry", False, "Malaysia")]


def test_a_role_phrase_speaker_is_matched_by_the_roles_head_not_its_modifier() -> None:
    text = (
        "Voltaris wants to clear the forest. Company spokesman Dirk von Ebersberg said the site was needed.\n\n"
        '"We respect the right to protest. We do not accept the destruction of property," the company said in a statement.'
    )
    assert [q.speaker for q in analyze(text).quotes] != ["Dirk von Ebersberg"]  # 'the company' is no 'Company spokesman'
    text = 'Tom Birch, the president of the union, spoke first.\n\n"We will not back down," the president said.'
    assert [q.speaker for q in analyze(text).quotes] == ["Tom Birch"]


def test_a_subject_inside_the_quote_is_not_what_he_or_she_stands_for() -> None:
    text = (
        "Labour Minister Fatou Bintou Kébé hosted Ousmane Diagne-Ndour and four other union officials at the ministry. "
        "“The door was open, but the offer on the table was the same one we rejected on Sunday,” he said afterwards."
    )
    assert "The door" not in {q.speaker for q in analyze(text).quotes}


def test_an_unnamed_speaker_s_body_is_the_capitalised_name_before_their_title() -> None:
    text = (
        "The Scientology property was returned by mail. Scientology officials have stated they never received it. "
        "Nurses at St. Mary's Hospital walked out. Hospital administrators said they were disappointed. "
        "Water bills will rise. A Defra spokesperson added that bonuses would be banned."
    )
    cited = {c.speaker: c.affiliation for c in analyze(text).citations}
    assert cited["Scientology officials"] == "Scientology"  # written with its capital inside a sentence too
    # 'Hospital' has its capital only in a longer name, and here at the start: no body called 'Hospital', but by head
    # match the one hospital named before
    assert cited["Hospital administrators"] == "St. Mary's Hospital"
    assert cited["A Defra spokesperson"] == "Defra"


def test_a_parenthetical_he_said_is_the_speaker_not_the_subject_of_the_host_clause() -> None:
    text = (
        "Sir Geoffrey Lamb, who heads the Rail Safety and Standards Board, struck a sympathetic note. Remote "
        'monitoring, he said, was "the direction the whole of Europe is going in," though staff needed retraining.'
    )
    quote = analyze(text).quotes[0]
    assert (quote.speaker, quote.named) == ("Geoffrey Lamb", True)


def test_a_name_in_apposition_to_the_object_of_a_role_is_the_role_holder() -> None:
    text = 'Conservative MP for Selby, Andrew Hale, said he opposed the strike but understood "genuine concern" among commuters.'
    quote = analyze(text).quotes[0]
    assert (quote.speaker, quote.named) == ("Andrew Hale", True)


def test_the_official_said_is_the_unnamed_official_the_article_described_before() -> None:
    text = (
        "A senior official in the Treasury, who asked not to be named, said the Chancellor was considering a freeze "
        'on income tax thresholds. "Nothing is off the table," the official said.'
    )
    facts = analyze(text)
    (quote,) = facts.quotes
    assert (quote.speaker, quote.named, quote.affiliation) == ("A senior official in the Treasury", False, "Treasury")


def test_the_statement_said_gives_the_words_to_the_author_of_the_statement_before() -> None:
    text = (
        "A statement from the Nigeria Centre for Disease Control and Prevention (NCDC) said 212 cholera deaths had "
        'been recorded since January. "States must scale up surveillance," the statement said.'
    )
    assert speakers(text) == [("States must scale up surveillance", "Nigeria Centre for Disease Control and Prevention")]


def test_the_statement_said_gives_the_words_to_whoever_said_or_issued_it_before() -> None:
    text = (
        "The Kelsbury Tenants Union said in a statement that the eviction was unlawful. "
        '"Families were given two hours to leave," the statement said.'
    )
    assert speakers(text) == [("Families were given two hours to leave", "Kelsbury Tenants Union")]
    issued = (
        "Ardent Logistics issued a statement on Monday. "
        '"We regret the disruption to our customers," the statement said.'
    )
    assert speakers(issued) == [("We regret the disruption to our customers", "Ardent Logistics")]
    other = (
        "Reporters obtained a statement on Monday. "
        '"We regret the disruption to our customers," the statement said.'
    )
    assert speakers(other) == [("We regret the disruption to our customers", None)]


def test_the_minister_said_is_the_minister_named_before_not_one_named_later() -> None:
    text = (
        "Hélène Marchetti-Duval, the French minister for energy, told a regional daily that Paris remained committed "
        "to the link. « France will not sign off on a route that cuts through protected valleys », the minister said. "
        "In Madrid, José Álvarez-Núñez, the Spanish minister for the ecological transition, said Spain was open to changes."
    )
    assert speakers(text) == [("France will not sign off on a route that cuts through protected valleys", "Hélène Marchetti-Duval")]


def test_a_chain_of_definite_descriptions_cites_the_speaker_first_described() -> None:
    text = (
        "A spokesperson for NICE said the committee had based its recommendation on the best available evidence. "
        "“Our guidance targets the drug,” the spokesperson said. "
        "The spokesperson added that NICE had not been asked by Corvane to bring forward its review."
    )
    cited = [(c.speaker, c.sentence[0]) for c in analyze(text).citations]
    assert ("A spokesperson for NICE", text.index("The spokesperson added")) in cited


def test_a_definite_description_cites_the_earlier_speaker_only_when_its_modifiers_fit() -> None:
    text = "Japan's foreign minister said on Friday that Tokyo would protest. The minister told reporters that talks would go on."
    assert [(c.speaker, c.affiliation) for c in analyze(text).citations] == [("Japan's foreign minister", "Japan")] * 2
    other = "A Russian official said the talks had stalled. The Ukrainian official said the minister would travel to Paris."
    assert [c.speaker for c in analyze(other).citations] == ["A Russian official"]


def test_she_after_two_people_is_the_one_whose_given_name_is_a_woman_s() -> None:
    text = (
        "Rep. Ro Khanna (D-Calif.) and Rep. Nancy Mace (R-S.C.) introduced a bill to ban stock trading by members of "
        'Congress. "This is about restoring trust," she said.'
    )
    assert speakers(text) == [("This is about restoring trust", "Nancy Mace")]
    text = (
        "Premier Danielle Smith met Prime Minister Mark Carney in Calgary on Friday to discuss the pipeline. "
        '"The meeting was productive," he told reporters afterward.'
    )
    assert speakers(text) == [("The meeting was productive", "Mark Carney")]


def test_a_given_name_only_breaks_ties_it_does_not_outrank_the_subject() -> None:
    text = (
        "Rebecca Hale spoke in the church hall on Sunday. His wife, Donna, said she would vote for Hale. "
        '"I don\'t want my granddaughters to have fewer rights than I did," she said.'
    )
    assert speakers(text)[0][1] == "Donna"


def test_she_with_no_woman_named_before_does_not_inherit_a_man_s_quote() -> None:
    text = 'The urbanist Mark Hale called the plan "a disaster for the river". She replied at the time: "I do not romanticise anything."'
    assert speakers(text) == [("a disaster for the river", "Mark Hale"), ("I do not romanticise anything.", None)]
    text = (
        'Lord Sumption, the former Supreme Court justice, said the plans were "constitutionally illiterate". '
        'Speaking to the BBC\'s Today programme, he added: "Parliament cannot simply legislate away the courts."'
    )
    (first, speaker), (_, then) = speakers(text)
    assert speaker is not None and then == speaker  # no one the parse names fits 'he': the speaker just before


def test_the_company_said_is_the_organisation_the_article_just_called_a_company() -> None:
    text = (
        "SAN FRANCISCO — Cloud software company Cloudnest Inc. will lay off about 1,800 employees, the company said on "
        'Tuesday. "These decisions are never easy," the company said in the statement.'
    )
    assert speakers(text) == [("These decisions are never easy", "Cloudnest Inc.")]
    later = (
        "Global Chaos also posts an extensive account. While stressing the march was not a gay parade, the blog notes "
        'that "the priests were there in numbers".\n\nAnother Armenian blog, Le Retour in 3 Parts, comments on the policing.'
    )
    assert speakers(later)[0][1] != "Le Retour in 3 Parts"  # called a blog only after: not the one meant


def test_a_speaker_the_parser_hung_on_the_place_of_a_fronted_participle_speaks() -> None:
    text = (
        "Speaking at a press conference in Accra, the New Patriotic Party's general secretary, Kwabena Asante-Mensah, "
        'said party agents had documented "serious discrepancies" in the count.'
    )
    assert speakers(text) == [("serious discrepancies", "Kwabena Asante-Mensah")]
    text = 'Speaking at a press conference in Accra, the council\'s spokeswoman, said the "count was fair and open".'
    assert speakers(text) == [("count was fair and open", "the council's spokeswoman")]  # not Accra


def test_an_unnamed_speaker_close_to_the_group_is_affiliated_with_the_group_named_so() -> None:
    text = (
        "Hezbollah, the Iran-backed group that dominates southern Lebanon, has not commented on the talks. "
        'A person close to the group said it would "not stand in the way" of negotiations.'
    )
    (quote,) = analyze(text).quotes
    assert (quote.speaker, quote.affiliation) == ("A person close to the group", "Hezbollah")


def test_a_name_opening_the_sentence_with_a_who_clause_speaks_when_the_parse_gives_said_no_subject() -> None:
    text = "Tom Reilly, who has fished out of Kestrel harbour for thirty years, said: “Without the boat we are finished.”"
    assert speakers(text) == [("Without the boat we are finished.", "Tom Reilly")]


def test_figures_published_by_a_body_are_its_words_and_a_relative_clause_is_no_part_of_a_description() -> None:
    text = (
        "The North Coast Transport Authority wants to cut the ferry. The night service carried 38,000 passengers "
        "last year, according to figures published by the authority."
    )
    assert [(c.speaker, c.named) for c in analyze(text).citations] == [("North Coast Transport Authority", True)]
    owned = "The Carrow Harbour Authority wants to deepen the channel. According to the authority's environmental statement, the plume would travel 1.5 kilometres."
    assert [(c.speaker, c.named) for c in analyze(owned).citations] == [("Carrow Harbour Authority", True)]
    seen = 'The final statement, seen by reporters, expressed "serious concerns" about the reclamations.'
    assert speakers(seen) == [("serious concerns", None)]  # seen by reporters, not theirs
    text = "Two officials at the authority, who spoke on condition of anonymity because the board has not yet voted, said the plan would pass."
    assert [c.speaker for c in analyze(text).citations] == ["Two officials at the authority"]


def test_a_surname_between_the_quote_and_said_speaks_when_the_parser_hangs_it_as_an_adverb() -> None:
    text = (
        "The policy, introduced by board member Greg Tolliver, would require any challenged book to be pulled.\n\n"
        '"This is about giving parents a voice. Right now, they don\'t have one," Tolliver said before the vote.'
    )
    assert speakers(text) == [("This is about giving parents a voice. Right now, they don't have one", "Greg Tolliver")]


def test_a_gerund_with_a_determiner_is_a_noun_and_reports_nothing() -> None:
    text = (
        "Corvessa's chief medical officer, Dr. Alan Whitcombe, called that finding "
        '"clinically meaningful and biologically coherent."'
    )
    assert speakers(text) == [("clinically meaningful and biologically coherent.", "Alan Whitcombe")]


def test_he_after_a_sentence_where_an_anonymous_source_spoke_is_that_source() -> None:
    text = (
        "A congressman from the governing coalition, who asked not to be named because he was not authorised to "
        'discuss internal talks, said several legislators were discussing amendments. "Nobody wants another dead '
        'person on their conscience," he said.'
    )
    assert speakers(text) == [("Nobody wants another dead person on their conscience", "A congressman from the governing coalition")]
    text = (
        "Maria Lopes, the painter, died on Friday. Her death was confirmed by her son, Paulo Henrique. "
        '"She was drawing until last week," he said.'
    )
    assert speakers(text) == [("She was drawing until last week", "Paulo Henrique")]


def test_the_sentence_of_he_said_after_an_anonymous_source_cites_that_source() -> None:
    text = (
        'Councillor Mark Delaney, who voted against the plan, said the council had moved too quickly. "I support '
        'better transit, but this vote was rushed," he said.\n\n'
        "A senior council official, who spoke on condition of anonymity because he was not authorized to discuss the "
        'budget, said the city had little choice. "If we had not voted this month, the grant would have lapsed," he said.'
    )
    facts = analyze(text)
    last = next(c for c in facts.citations if "grant would have lapsed" in text[c.sentence[0] : c.sentence[1]])
    assert (last.speaker, last.named) == ("A senior council official", False)


def test_who_after_a_body_in_a_person_s_description_is_that_person() -> None:
    text = (
        "Nurses rallied at the statehouse on Tuesday to demand safe staffing.\n\n"
        "Among the nurses at the rally was Jennifer Walsh, an intensive care nurse at a Dayton hospital who said she "
        "had worked 16-hour shifts several times this winter.\n"
    )
    cited = [(c.speaker, c.named) for c in analyze(text).citations]
    assert cited == [("Jennifer Walsh", True)]  # the parser hung 'who said' on 'hospital'; the hospital said nothing


def test_an_unnamed_speaker_s_description_names_the_one_body_it_shares_a_head_word_with() -> None:
    text = (
        "South Korea’s Defense Ministry rejected the claim on Monday.\n\n"
        "“We do not recognize North Korea as a nuclear state,” said a defense ministry spokesman.\n"
    )
    quote = analyze(text).quotes[0]
    assert (quote.speaker, quote.named, quote.affiliation) == ("a defense ministry spokesman", False, "Defense Ministry")


def test_dismissed_as_a_quote_and_a_french_form_of_address() -> None:
    text = (
        "The CUT's general secretary, Karim Benali, dismissed those provisions as «a fig leaf».\n\n"
        "At Lyon Part-Dieu station, Sylvie Carrère, a train driver, said she had calculated the cost. "
        "«I started at nineteen», Mme Carrère said.\n"
    )
    assert speakers(text) == [("a fig leaf", "Karim Benali"), ("I started at nineteen", "Sylvie Carrère")]


def test_dismissed_a_claim_with_a_clause_as_a_quote() -> None:
    text = (
        "The union's leader, Maeve Corrigan, spoke on Monday. Ms Corrigan dismissed the government's claim that the "
        'offer is worth 5 per cent as "a conjuring trick".\n'
    )
    assert speakers(text) == [("a conjuring trick", "Maeve Corrigan")]  # the parser hung 'as' on the clause inside


def test_a_noun_of_the_relative_clause_parsed_as_the_subject_is_not_the_speaker() -> None:
    text = (
        "Agents say they will feel it first. Chinedu Eze, who runs two POS stands at Ikeja's Computer Village, said: "
        "\"My customers are already complaining about charges.\"\n"
    )
    assert speakers(text) == [("My customers are already complaining about charges.", "Chinedu Eze")]


def test_a_family_name_two_people_share_is_left_to_choose_unless_a_title_settles_it() -> None:
    text = (
        "Rosa Quispe Mamani, the federation's president, led the march. Col. Jorge Quispe Huamán commands the police.\n\n"
        "\"We are not the enemy,\" Col. Quispe told reporters.\n\n"
        "\"The water is ours,\" Quispe said.\n"
    )
    found = analyze(text).quotes
    assert (found[0].speaker, found[0].candidates) == ("Jorge Quispe Huamán", [])  # the colonel
    assert (found[1].speaker, sorted(found[1].candidates)) == (None, ["Jorge Quispe Huamán", "Rosa Quispe Mamani"])


def test_calling_something_inside_reported_speech_is_the_reporter_s_words() -> None:
    text = (
        "A Haesong executive who spoke on condition of anonymity said the elder Yoon had approved the plan and that "
        "the family regarded the vote as \"a formality.\"\n"
    )
    assert [(q.speaker, q.named) for q in analyze(text).quotes] == [("A Haesong executive", False)]


def test_iberian_names_a_governor_by_title_and_a_judge_by_two_surnames() -> None:
    text = (
        "BRASÍLIA — Brazil's Superior Electoral Court (TSE) came within one vote on Tuesday of stripping Goiás "
        "Governor Marcos Antônio Vilela Prado of his mandate.\n\n"
        "Minister Rodrigo Albuquerque Neto, the lone dissenter, argued that the programme had been created by law.\n\n"
        "\"The law existed before the campaign,\" Albuquerque Neto said.\n"
    )
    found = analyze(text)
    people = {a.name: a.role for a in found.actors if a.kind == "person"}
    assert people.get("Marcos Antônio Vilela Prado") == "Goiás Governor" and "Goiás Governor" not in people
    assert [q.speaker for q in found.quotes] == ["Rodrigo Albuquerque Neto"]


def test_a_name_the_parser_hung_on_the_role_after_its_comma_is_the_speaker_with_that_role() -> None:
    text = (
        "Norae Athletics sponsors the skater. \u201cWe believe her, and we will be with her through the appeal,\u201d "
        "said Lee Eun-ji, Norae\u2019s marketing director."
    )
    facts = analyze(text)
    assert [(q.speaker, q.named) for q in facts.quotes] == [("Lee Eun-ji", True)]
    lee = next(a for a in facts.actors if a.name == "Lee Eun-ji")
    assert (lee.role, lee.affiliations) == ("Norae\u2019s marketing director", ["Norae Athletics"])


def test_a_simple_past_joined_to_a_reported_perfect_shares_the_reporters_subject() -> None:
    text = (
        "Councillor Tom Reyes, who chairs the housing committee, said the mayor had ignored tenants "
        'and called the plan "a gift to developers dressed up as reform."'
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Tom Reyes"]


def test_a_name_ending_a_capitalised_role_phrase_right_before_the_verb_is_the_speaker() -> None:
    text = "President of the Los Robles Irrigators' Association Jorge Tapia said the permit was \"a death sentence for the valley\"."
    assert [q.speaker for q in analyze(text).quotes] == ["Jorge Tapia"]


def test_it_is_the_body_the_sentence_before_describes_without_a_name() -> None:
    text = (
        "Kyrgyzstan began filling the reservoir in May.\n\n"
        'The Kyrgyz embassy in Tashkent went further. In a statement, it described the coverage as "deliberately alarmist."'
    )
    found = [(q.speaker, q.named, q.affiliation) for q in analyze(text).quotes]
    assert found == [("The Kyrgyz embassy in Tashkent", False, "Kyrgyzstan")]  # its adjective gives its country
    text = (
        "Brazil's government rejected the plan on Monday.\n\n"
        'The government went further. In a statement, it described the plan as "deliberately alarmist."'
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Brazil"]  # a government is its country's


def test_finding_out_inside_a_report_is_part_of_the_report() -> None:
    text = "Its regional organiser, Helen Cartwright, said staff had found out about the closures ‘from the local paper’."
    assert speakers(text) == [("from the local paper", "Helen Cartwright")]


def test_the_phrase_between_the_quote_and_a_speech_verb_with_no_subject_is_the_speaker() -> None:
    text = (
        "The Indonesian Housing Developers Association praised the ruling. \"Cement is up to a fifth of the cost of "
        "a simple house. Every rupiah matters to our buyers,\" the association's secretary-general, Yusuf Hakim, "
        "said in a statement."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Yusuf Hakim"]  # the parser joined 'said' to 'matters'


def test_a_name_right_after_an_inverted_speech_verb_is_the_speaker_however_parsed() -> None:
    text = (
        '"Paris is protecting its nuclear fleet, and everybody in the room knows it," said Pieter Van den Berghe, '
        "a senior fellow at the Centre for European Grid Policy, a Brussels think tank."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Pieter Van den Berghe"]  # 'den' was parsed as a verb


def test_a_named_body_s_office_described_in_words_of_its_own_is_cited_as_itself() -> None:
    text = (
        "The UN sent aid to both sides.\n\nAccording to the UN's humanitarian coordination office, at least 340 "
        "civilians have been killed since April. Senator Ann Lee's office said the senator would vote no."
    )
    cited = {c.speaker: c.affiliation for c in analyze(text).citations}
    assert cited.get("the UN's humanitarian coordination office") == "UN" and "UN" not in cited
    assert "Ann Lee" in cited  # an office with no words of its own speaks for whoever holds it


def test_a_participle_after_a_comma_is_no_inverted_speech_verb_and_its_subject_is_the_reporters() -> None:
    text = (
        "Green Party co-leader Annika Vogelsang said her party would not vote for the 2026 transport budget in its "
        'current form, accusing Transport Minister Jörg Haberland of the FDP of "stubbornly defending a privilege '
        'that no other country in Europe still allows itself."'
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Annika Vogelsang"]  # was 'Transport', the name after it


def test_a_participle_with_no_comma_before_it_keeps_its_own_clauses_subject() -> None:
    text = (
        "In July 2025, President Trump issued a proclamation stating that the Commerce Secretary had submitted a "
        "report finding that copper imports threaten to impair U.S. national security."
    )
    assert [c.speaker for c in analyze(text).citations] == ["Commerce Secretary"]


def test_a_verb_whose_that_clause_holds_the_quote_reports_its_subjects_words() -> None:
    text = (
        "Borisov praised the talks. For his part, Maduro ratified that his country is on "
        "“the path of powerful military cooperation” with Russia."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Maduro"]  # no speech verb: the content clause is the cue


def test_a_straight_mark_set_against_the_word_before_it_opens_the_quote_it_begins() -> None:
    text = 'The engineer spoke last.\n\nAna Ruiz said," The river rose overnight and the bridge closed at noon". She left.'
    facts = analyze(text)
    assert [(text[q.start : q.end], q.speaker) for q in facts.quotes] == [
        ("The river rose overnight and the bridge closed at noon", "Ana Ruiz")
    ]
    text = 'and we will win," she said. "Next one is ours," he added.'
    assert [q.text for q in find_quotes(text)] == ["and we will win", "Next one is ours"]

def test_a_subject_the_parser_broke_into_pieces_is_its_last_piece() -> None:
    text = (
        "Twitter gave Mohamed the option to come to their company for an internship. Facebook co-founder Mark "
        "Zuckerberg tweeted to Mohamed and said the boy was welcome to come and tour the company."
    )
    assert [c.speaker for c in analyze(text).citations] == ["Mark Zuckerberg"]


def test_a_dateline_the_parser_hung_on_a_described_source_is_no_part_of_it() -> None:
    text = (
        "LAGOS, March 12 - Nigeria's competition watchdog on Wednesday blocked the planned takeover of Lafarge Africa "
        "by rival BUA Group, saying the deal would leave one company in control of the market."
    )
    assert [c.speaker for c in analyze(text).citations] == ["Nigeria's competition watchdog"]


def test_he_after_an_anonymous_source_described_by_a_named_body_is_that_source() -> None:
    text = (
        "Transit minister Grace Wanjiru defended the cuts on Monday.\n\n"
        "Not everyone in the ruling camp is comfortable with the measure. A senior KANU official, who asked not to "
        "be named because he was not authorised to speak, said several members had voted for the cuts only under "
        "pressure. “Many of us have voters who depend on these buses,” he said."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["A senior KANU official"]


def test_a_source_the_lede_introduces_by_role_is_the_person_named_later_with_that_role() -> None:
    text = (
        "Scientist warns quarry plan could drain village springs\n\n"
        "A hydrologist has warned that the proposed extension of Ridgeway Quarry could lower the water table "
        "beneath Holt Green.\n\n"
        "Dr Owen Pritchard, a hydrologist at the University of Exeter, reviewed the company's groundwater study. "
        "A geologist said the study was sound."
    )
    cited = [c.speaker for c in analyze(text).citations]
    assert cited[0] == "Owen Pritchard"  # the headline's 'Scientist warns' cites no one
    assert "Scientist" not in cited and "A geologist" in cited  # after the lede, 'a geologist' is someone new


def test_a_reduced_relative_clause_is_no_part_of_a_described_source() -> None:
    facts = analyze(
        "The trust plans to move most births to Carrow Royal Infirmary, 28 miles away, a plan campaigners say "
        "would put mothers and babies at risk."
    )
    assert [c.speaker for c in facts.citations] == ["campaigners"]


def test_a_definite_description_may_add_a_party_the_role_did_not_name() -> None:
    text = (
        "Stadium plan splits the city\n\n"
        "But the local MP, Sarah Hollings, said she could not support the plan in its current form.\n\n"
        "The Conservative MP for Castlebrook South said: ‘The club deserves a new home, but not at the cost of the "
        "city's biggest green space.’"
    )
    facts = analyze(text)
    assert [q.speaker for q in facts.quotes] == ["Sarah Hollings"]
    assert "Conservative MP" not in {a.name for a in facts.actors}  # a title after 'The', not a body's name


def test_a_description_whose_party_conflicts_with_the_role_is_someone_else() -> None:
    text = (
        "Stadium plan splits the city\n\n"
        "Labour MP Tom Birch said he backed the plan.\n\n"
        "The Conservative MP for Castlebrook South said: ‘The club deserves a new home, but not here.’"
    )
    assert [q.speaker for q in analyze(text).quotes] != ["Tom Birch"]


def test_an_unnamed_spokesperson_speaks_for_the_body_that_was_the_subject_before() -> None:
    text = (
        "Marlow Rail Freight wants to run more night trains. Marlow Rail said the residents' count had included "
        'freight from another line. "Our figure comes from audited records," a company spokesperson said.'
    )
    cited = {c.speaker: c.affiliation for c in analyze(text).citations if not c.named}
    assert cited["a company spokesperson"] == "Marlow Rail Freight"
    other_paragraph = text.replace("another line. ", "another line.\n\n")
    assert {c.speaker: c.affiliation for c in analyze(other_paragraph).citations}["a company spokesperson"] == ""


def test_an_aside_in_apposition_to_a_noun_inside_a_description_is_no_part_of_it() -> None:
    text = (
        "Parents for Safe Taps, a national advocacy group whose lawsuit led to the rule, welcomed the proposal but "
        "said it came too late."
    )
    assert [c.speaker for c in analyze(text).citations] == ["Parents for Safe Taps"]
    assert [a.name for a in analyze(text).actors] == ["Parents for Safe Taps"]


def test_a_title_without_a_period_is_no_part_of_a_described_name_and_she_then_finds_her() -> None:
    text = (
        "Dr Inés Villalba-Müller, a hydrologist at the University of Leeds who has modelled the basin, said both "
        "governments were cherry-picking. 'It is never as bad as either side says,' she said."
    )
    assert [a.name for a in analyze(text).actors if a.kind == "person"] == ["Inés Villalba-Müller"]
    assert speakers(text) == [("It is never as bad as either side says", "Inés Villalba-Müller")]


def test_the_title_an_abbreviation_stands_for_refers_back_to_the_person_given_it() -> None:
    text = (
        "Sen. Thomas Brandt (R-Ind.), the ranking member of the Senate environment committee, said he would "
        'introduce a resolution to block the rule. "This is a regulation dressed up as a fact sheet," Brandt said.\n\n'
        '"We will not rubber-stamp a cost estimate that nobody outside the agency has been allowed to check," the senator said.'
    )
    assert [s for _, s in speakers(text)] == ["Thomas Brandt", "Thomas Brandt"]


def test_a_quotation_paragraph_with_an_editors_note_after_it_is_still_the_whole_paragraph() -> None:
    text = (
        "Foreign Minister Ana-Lucía Pérez-Ortega, speaking in Spanish at a news conference, said the filling had "
        "been planned with downstream needs in mind.\n\n"
        '"We will release at least 285 cubic metres per second at the border. I sign that commitment too." (translated)'
    )
    assert [s for _, s in speakers(text)] == ["Ana-Lucía Pérez-Ortega"]


def test_according_to_a_body_s_name_the_recogniser_missed_cites_that_body() -> None:
    text = "According to the Saudi Interior Ministry over 345 Muslim pilgrims have been killed in a stampede near Mecca."
    assert [c.speaker for c in analyze(text).citations] == ["Saudi Interior Ministry"]
    assert analyze("According to the Ministry, 12 people died in the fire.").citations == []  # one word: no name


def test_what_a_passive_verb_of_calling_names_is_no_speaker_and_a_relative_pronoun_is_no_part_of_a_description() -> None:
    text = 'These protests have been called "a fight against the return of censorship to our internet" in the press.'
    assert speakers(text) == [("a fight against the return of censorship to our internet", None)]  # named, not speaking
    text = (
        "Nigeria will ban imports of used cars from January, a move it says will protect local plants but which car "
        "dealers, transport workers and opposition lawmakers warned would put vehicles out of reach for millions."
    )
    cited = [c.speaker for c in analyze(text).citations]
    assert "car dealers" in cited and not any(s.startswith("which") for s in cited)


def test_a_speech_verb_the_parser_joined_to_a_passive_in_the_reported_clause_is_the_reporter_s() -> None:
    text = (
        'Sen. Marianne Holt urged the university to reconsider, calling the decision "shortsighted" in a letter on Friday. '
        'A spokesperson for the Tualo Tribal Council said the tribe had not been consulted and criticized the board for '
        '"treating our languages as a line item."'
    )
    assert speakers(text)[-1] == ("treating our languages as a line item.", "A spokesperson for the Tualo Tribal Council")


def test_a_name_the_recogniser_missed_keeps_every_word_of_its_compound() -> None:
    text = "The developer, Atlantic Breeze Renewables, said it would appeal against the ruling."
    assert [c.speaker for c in analyze(text).citations] == ["Atlantic Breeze Renewables"]


def test_a_title_with_its_portfolio_before_a_name_and_a_relative_clause_names_that_person() -> None:
    text = (
        "Residents dispute those figures.\n\n"
        "Minister for Energy Declan Horgan, who has made planning reform a priority, said he was \"frustrated\" "
        "by repeated legal challenges to renewable projects."
    )
    assert [c.speaker for c in analyze(text).citations] == ["Declan Horgan"]


def test_a_speech_verb_joined_to_the_reported_clause_of_no_person_goes_on_reporting() -> None:
    text = (
        "Dr Priya Raman, a senior lecturer in health policy at the University of Leeds, said larger units tended to "
        "have better outcomes for complex births but warned that longer journeys carried their own risks."
    )
    facts = analyze(text)
    assert [c.speaker for c in facts.citations] == ["Priya Raman"]
    assert "larger units" not in {a.name for a in facts.actors}


def test_quoted_words_the_parser_read_as_a_clause_are_not_a_subject_s_words() -> None:
    text = "The Care Quality Commission rated the Ashworth unit \"requires improvement\" in March, citing staff shortages."
    assert speakers(text) == [("requires improvement", "Care Quality Commission")]
    text = (
        "Whitmore told LA Weekly that Montalvo «walked into lobby of the East L.A. station and turned himself in», "
        "and told the police, «everything he did»."
    )
    assert speakers(text) == [("walked into lobby of the East L.A. station and turned himself in", "Whitmore"), ("everything he did", "Whitmore")]


def test_she_is_a_person_named_by_a_title_and_surname_the_recogniser_missed() -> None:
    text = (
        "Kelmar's foreign minister, Elena Varga, has demanded a halt to filling, a position Harrat calls unrealistic. "
        "Calls in Vessin for sanctions were \"reckless\", a senior Dastani diplomat said on condition of anonymity.\n\n"
        "Dr Raman, the water-security expert, said the dam could benefit both countries if the filling were spread "
        "over seven years. \"Kelmar's fears are understandable, but the data do not show a catastrophe,\" she said."
    )
    assert speakers(text)[-1] == ("Kelmar's fears are understandable, but the data do not show a catastrophe", "Raman")


def test_add_with_an_object_and_a_to_phrase_sums_and_the_reporter_speaks() -> None:
    text = "Finance Minister David Okafor said the rise would add “around £40 a month” to a typical mortgage."
    assert speakers(text) == [("around £40 a month", "David Okafor")]


def test_a_surname_two_people_bear_is_the_one_named_in_full_most_recently() -> None:
    text = (
        "Veloz's head of policy, Daniel Reyes, said the company would contest the fine. "
        "\"The council counted drivers who never worked a single shift in Castlebridge,\" Reyes said.\n\n"
        "Luis Reyes, a part-time Veloz driver, said the fine could push the company to leave. "
        "\"I'm worried about my income,\" Reyes said."
    )
    assert [s for _, s in speakers(text)] == ["Daniel Reyes", "Luis Reyes"]
    assert "Reyes" not in {a.name for a in analyze(text).actors}


def test_the_company_is_the_body_a_class_noun_named_where_the_recogniser_left_its_name_untagged() -> None:
    text = (
        "Castlebridge City Council has fined the ride-hailing company Veloz £4.2 million after an investigation "
        "found that it systematically underpaid drivers.\n"
        "Veloz rejected the findings. \"We strongly disagree with the council's decision and will challenge it in "
        "court,\" the company said in a statement."
    )
    assert [s for _, s in speakers(text)] == ["Veloz"]



def test_a_person_named_with_surname_particles_and_tagged_a_body_is_he() -> None:
    text = (
        "The lawyer Juan Pablo Restrepo said the federation had acted too fast.\n\n"
        "Her brother and coach, Rodrigo de la Fuente Ortiz, was more emotional. \"My sister trains clean every day,\" he said."
    )
    assert [s for _, s in speakers(text)] == ["Rodrigo de la Fuente Ortiz"]
    assert {a.name: a.kind for a in analyze(text).actors}["Rodrigo de la Fuente Ortiz"] == "person"


def test_an_inverted_speech_verb_with_a_role_and_name_as_its_object_names_the_speaker() -> None:
    text = "\"We will go to the court in Lausanne,\" announced the lawyer Juan Pablo Restrepo, who represents the sprinter."
    assert [s for _, s in speakers(text)] == ["Juan Pablo Restrepo"]


def test_a_colon_after_a_clause_about_a_person_introduces_their_quote() -> None:
    text = (
        "For her part, Natalia Quiñones, the great rival of De la Fuente on the track, was brief: "
        "\"If she is guilty, she must pay, like anyone else.\"\n\nThe numbers are stark: \"Half of the clinics will close.\""
    )
    assert [s for _, s in speakers(text)] == ["Natalia Quiñones", None]


def test_the_company_is_a_body_whose_name_ends_in_a_legal_form_named_in_the_quote_before() -> None:
    text = (
        "TORONTO — Shares of Northern Spodumene Corp. rose 11 per cent on Wednesday as investors shrugged off a legal "
        "challenge.\n\nAnalysts expect a delay of a few months. The court will hear the case in June. Chief executive "
        "Gregory Halvorsen said the permit was sound.\n\n"
        '"Northern Spodumene remains committed to a respectful partnership," the company said in a statement.\n'
    )
    assert speakers(text)[-1] == ("Northern Spodumene remains committed to a respectful partnership", "Northern Spodumene Corp.")


def test_according_to_words_a_contact_clause_says_who_put_out_cites_them() -> None:
    def cited(text: str) -> list[str]:
        return [c.speaker for c in analyze(text).citations]

    nandakumar = (
        "Dr Priya Nandakumar, a transport researcher at Riverton State University, has put the likely fall at closer "
        "to 8% in the first year, according to modelling she presented to the council's transport committee in March."
    )
    assert cited(nandakumar) == ["Priya Nandakumar"]  # not a source called 'modelling'
    assert cited("Unemployment rose to 5%, according to figures the Office for National Statistics released on Monday.") == [
        "Office for National Statistics"
    ]


def test_according_to_an_owned_office_cites_it_as_described() -> None:
    text = (
        "The council voted 7-2 on Monday to introduce the charge. The scheme is expected to cut traffic in the zone by "
        "20% and raise $6.5 million a year, according to the city's transport department. Critics disagree."
    )
    assert [(c.speaker, c.named) for c in analyze(text).citations] == [("the city's transport department", False)]
    assert not analyze("Prices rose 4%, according to the city's figures.").citations  # words, not an office


def test_she_after_a_role_compared_in_how_it_spoke_is_that_role_s_holder() -> None:
    text = (
        "The regulator fined Flikt on Monday. The agency's deputy commissioner was blunter. \"This was not an "
        "oversight. It was a business choice,\" she told reporters. The agency's annual report was shorter. "
        '"We will appeal," she said.'
    )
    found = dict(speakers(text))
    assert found["This was not an oversight. It was a business choice"] == "The agency's deputy commissioner"
    assert found["We will appeal"] != "The agency's annual report"  # a document is no one


def test_a_quote_an_adjective_s_infinitive_of_saying_reports_is_the_copula_subject_s() -> None:
    text = (
        'I think the Minister for Health, Declan Furlong, was right to say the price is "not one the State can '
        'accept as it stands", and right to open negotiations early.'
    )
    assert speakers(text) == [("not one the State can accept as it stands", "Declan Furlong")]


def test_a_speech_verb_in_a_clause_a_subordinator_opens_does_not_cite_the_main_clause() -> None:
    text = (
        "When Veltrana Therapeutics announced on Wednesday that its antibody slowed decline by 27 percent, I "
        "understood why families cheered. As Okafor noted, the trial was small."
    )
    embedded = {c.speaker: c.embedded for c in analyze(text).citations}
    assert embedded["Veltrana Therapeutics"] is True


def test_a_described_source_s_its_is_the_body_its_sentence_s_clause_names() -> None:
    text = "Nigeria has begun filling the dam on the Niger River, its energy ministry said on Wednesday. Nigeria wants power."
    (cited,) = analyze(text).citations
    assert (cited.speaker, cited.affiliation, cited.named) == ("Nigeria's energy ministry", "Nigeria", False)


def test_a_described_source_s_its_is_the_owner_of_the_body_the_sentence_before_has_as_subject() -> None:
    text = (
        "Ethiopia's energy ministry brushed off the warnings on Wednesday. Its spokesperson said releases remained "
        "within the limits of a 2019 framework. Egypt disagreed."
    )
    (cited,) = analyze(text).citations
    assert (cited.speaker, cited.affiliation) == ("Ethiopia's energy ministry's spokesperson", "Ethiopia")


def test_a_name_the_parser_put_in_apposition_to_an_opening_phrase_is_the_subject_of_the_verb_after_it() -> None:
    text = (
        "Analyst Hannah Lowe was blunt about the cuts. In a statement posted to the company's investor site, chief "
        'executive Douglas Whitcombe said the decision was "painful but necessary." Whitcombe added that the studio '
        "would close."
    )
    assert speakers(text) == [("painful but necessary.", "Douglas Whitcombe")]


def test_a_quote_after_as_that_the_parser_read_as_a_clause_is_what_the_subject_calls_the_object() -> None:
    text = (
        "BROOKPORT, Ohio — With a week left, the contest between Mayor Daniel Okafor and City Council member Teresa "
        "Lindqvist has narrowed.\n\nThe mayor dismissed Lindqvist's cost figure as \"math built backwards from a "
        'conclusion." Asked about the poll, he said he was taking nothing for granted.'
    )
    assert speakers(text) == [("math built backwards from a conclusion.", "Daniel Okafor")]


def test_a_dash_credit_goes_to_the_longest_name_it_opens_with() -> None:
    text = (
        "Kestrel Interactive said on Tuesday it will close its Lanternfish studio. Staff at three Kestrel studios "
        "formed the Kestrel Workers' Union in March, and the union called the cuts unfair.\n\n"
        "“Lanternfish staff found out by email at 7am that our studio is closing. We will not go quietly.” – Kestrel "
        "Workers' Union (@KestrelWorkers) October 14, 2025\n\nKestrel said it would consult staff."
    )
    found = dict(speakers(text))
    assert found["Lanternfish staff found out by email at 7am that our studio is closing. We will not go quietly."] == "Kestrel Workers' Union"


def test_a_content_clause_inside_what_a_speech_verb_reports_is_the_reporter_s() -> None:
    text = (
        "The association was jubilant. Its president, Teresa Almeida, said the ruling proved that \u201cpensioners are "
        "not the piggy bank of the state\u201d and promised to fight on."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Teresa Almeida"  # had been no one: 'proved' had been taken for the ruling's words


TRANSCRIPT = (
    "Castlebridge FM Breakfast: Mayor Lena Ortiz on the Old Town car ban\n\n"
    "Transcript, broadcast 20 October 2025. Presenter: Kate Bell.\n\n"
    "KATE BELL: Good morning. With me in the studio is the Mayor of Castlebridge, Lena Ortiz. Good morning, Mayor.\n\n"
    "MAYOR LENA ORTIZ: Good morning, Kate. Thanks for having me.\n\n"
    "KATE BELL: Councillor Dan Price says this is a war on motorists. Is he wrong?\n\n"
    "MAYOR LENA ORTIZ: Dan has opposed every transport scheme this council has brought forward, so I'm not surprised.\n\n"
    "KATE BELL: And the cyclists? They seem delighted.\n\n"
    "MAYOR LENA ORTIZ: They are, but this isn't a scheme for cyclists. It's for everyone who walks.\n"
)


def test_a_transcript_s_turns_are_quotes_of_the_person_their_label_names_and_the_interviewer_s_are_not() -> None:
    facts = analyze(TRANSCRIPT)
    turns = [(TRANSCRIPT[q.start : q.end], q.speaker) for q in facts.quotes]
    assert turns == [
        ("Good morning, Kate. Thanks for having me.", "Lena Ortiz"),
        ("Dan has opposed every transport scheme this council has brought forward, so I'm not surprised.", "Lena Ortiz"),
        ("They are, but this isn't a scheme for cyclists. It's for everyone who walks.", "Lena Ortiz"),
    ]  # the presenter asks: her turns are the piece's own voice
    names = {a.name for a in facts.actors}
    assert "Dan Price" in names and not any(":" in name or name.isupper() for name in names)  # 'ORTIZ: Dan' had been a body


def test_one_label_in_capitals_or_an_explainer_s_questions_and_answers_make_no_transcript() -> None:
    text = "The council voted on Monday.\n\nUPDATE: The vote was postponed until next week, a spokesman said.\n"
    assert analyze(text).quotes == []
    explainer = (
        "Q: What is the primary motivation behind the interest in the region?\n\n"
        "A: The primary motivations are likely regime change and access to oil reserves.\n\n"
        "Q: How likely is an intervention?\n\nA: The risk remains substantial, although a full invasion is unlikely.\n"
    )
    assert analyze(explainer).quotes == []  # an explainer's questions and answers are the author's own


def test_a_title_in_capitals_is_the_initials_of_the_role_the_article_gave_a_person() -> None:
    text = (
        "Harlow's MP has vowed to fight the closure of the town's fire station \"to the very end\".\n\n"
        "Joan Keller, the Member of Parliament for Harlow and Eastfield, told a meeting on Friday that the plan "
        "was \"a false economy\".\n\n"
        "The fire service said no decision had been made."
    )
    assert dict(speakers(text)) == {"to the very end": "Joan Keller", "a false economy": "Joan Keller"}


def test_the_body_a_dash_byline_names_after_the_role_is_no_name_of_the_role() -> None:
    text = (
        "The water board has said the reservoir is safe. Its chief engineer, Dr Lena Sahl, has argued that the dam "
        "needs no repairs.\n\n"
        "\"We inspect it every month and we have found nothing.\"\n\n"
        "– Dr Lena Sahl, chief engineer, Lakeland Water Board\n\n"
        "Residents are not convinced. The water board said it would publish the inspection reports."
    )
    analysis = analyze(text)
    speakers = {c.speaker for c in analysis.citations if "publish the inspection" in text[c.sentence[0] : c.sentence[1]]}
    assert "Lena Sahl" not in speakers


def test_the_company_is_the_listed_company_its_ticker_marks() -> None:
    text = (
        "Norvik Paper (OSX: NVKP), the region's largest paper maker, said on Monday it would close its Tana mill.\n\n"
        "Shares in Norvik fell 6% in Oslo trading.\n\n"
        "\"We cannot keep the mill running at a loss,\" the company said in a statement."
    )
    assert speakers(text) == [("We cannot keep the mill running at a loss", "Norvik Paper")]


def test_a_colon_after_an_adjunct_clause_introduces_the_main_clause_s_subject() -> None:
    text = (
        "The talks stalled in June. Marta Lindqvist, who served as our envoy in Oslo and now runs the Baltic "
        "Forum, put it well when we spoke on Monday: \"Trade wars have no winners, only survivors.\""
    )
    assert speakers(text) == [("Trade wars have no winners, only survivors.", "Marta Lindqvist")]


def test_who_the_author_compares_a_claim_with_is_not_cited() -> None:
    text = (
        "The Tarn Valley Water Board wants to close the reservoir. The risk is smaller than either the board or its "
        "critics claim.\n\nThe reservoir held 40 million litres in 2024."
    )
    assert not [c.speaker for c in analyze(text).citations if "smaller than" in text[c.sentence[0] : c.sentence[1]]]


def test_a_description_that_refers_back_cites_only_its_antecedent_not_what_was_conjoined_with_it() -> None:
    text = (
        "The Tarn Valley Water Board wants to close the reservoir. Both the board and local farmers said the dam "
        "was ageing.\n\nThe reservoir held 40 million litres in 2024. The board says it would pay for a new pipeline."
    )
    cited = {c.speaker for c in analyze(text).citations if "new pipeline" in text[c.sentence[0] : c.sentence[1]]}
    assert cited == {"Tarn Valley Water Board"}


def test_a_sentence_opening_after_its_dateline_cites_the_name_after_it() -> None:
    text = (
        "Bakers shrug off the flour levy\n\n"
        "TALLINN, 3 March 2026 - Kadri Tamm, who runs the Kuldne Kringel bakery in Tallinn, said the levy had made "
        "little difference to her prices."
    )
    assert {c.speaker for c in analyze(text).citations} == {"Kadri Tamm"}


def test_a_name_alone_before_a_colon_labels_a_live_blog_s_quote() -> None:
    text = (
        "Live: the harbour debate\n\n"
        "19:02 — The candidates, Maria Lopez and Tomas Berg, take the stage.\n\n"
        "19:31 — Lopez: \"I would rather lose than promise what I cannot pay for.\"\n\n"
        "19:52 — Closing statements. Berg: \"Vote for your wallet.\""
    )
    assert speakers(text) == [
        ("I would rather lose than promise what I cannot pay for.", "Maria Lopez"),
        ("Vote for your wallet.", "Tomas Berg"),
    ]


def test_a_candidate_s_leaflets_speak_for_the_candidate() -> None:
    text = (
        "Tomas Berg, the incumbent, has campaigned in the outer estates. His leaflets call the toll \"a tax on "
        "drivers\", a phrase his rival says is misleading."
    )
    assert "Tomas Berg" in {c.speaker for c in analyze(text).citations}
    assert not any("leaflets" in c.speaker for c in analyze(text).citations)


def test_sentences_of_a_long_quotation_cost_a_pronoun_no_lookback() -> None:
    text = (
        "Tomas Reyes chaired the inquiry for two years. He later moved to the regional court in Oviedo.\n\n"
        "In a 2019 interview with a local radio station, he defended the report. "
        "“We went where the evidence led. Nobody told us what to find. Some people wanted a different answer,” he said."
    )
    assert speakers(text) == [
        ("We went where the evidence led. Nobody told us what to find. Some people wanted a different answer", "Tomas Reyes")
    ]


def test_a_quote_in_a_writers_aside_after_a_comma_is_the_words_of_the_asides_subject() -> None:
    text = (
        "Tomas Reyes is the president of the Northern Growers Union. "
        "The minister said small farms would be exempt from part of the tax, a concession the union dismissed as "
        "“paperwork that arrives after the bank has called in the loan.” "
        "Officials said the council regarded the vote as “a formality.”"
    )
    assert speakers(text) == [
        ("paperwork that arrives after the bank has called in the loan.", "Northern Growers Union"),
        ("a formality.", "Officials"),
    ]


def test_the_noun_of_a_definite_description_names_a_body_whose_name_in_another_language_has_its_cognate() -> None:
    text = (
        "The Federación Nacional de Ciclismo suspended the team's coach on Monday. "
        "“The riders come first,” the federation said in a statement. "
    )
    assert speakers(text) == [("The riders come first", "Federación Nacional de Ciclismo")]
    text = "The Federal Reserve raised rates on Monday. “Inflation is falling,” the federation said in a statement."
    assert speakers(text) == [("Inflation is falling", "the federation")]


def test_a_lead_in_ending_in_a_colon_introduces_the_organisation_it_names() -> None:
    text = (
        "Trust chair Dilek Aydın said the fans were angry.\n\n"
        "On Tuesday the PFL issued the following statement:\n\n"
        "“The Professional Football League notes the decision to appeal. We will make no further comment.”"
    )
    assert speakers(text) == [("The Professional Football League notes the decision to appeal. We will make no further comment.", "Professional Football League")]


def test_the_answers_of_an_interview_are_the_words_of_the_person_its_lead_in_names() -> None:
    text = (
        "Ask the expert\n\n"
        "We asked Dr Ruth Callaghan, a hydrologist at the University of Wessex, to explain the dispute.\n\n"
        "Q: Why do the two sides disagree?\n\n"
        "A: They are counting different things. Neither method is wrong.\n\n"
        "Q: Is the river safe?\n\n"
        "A: I would not tell anyone it is safe after heavy rain.\n"
    )
    assert speakers(text) == [
        ("They are counting different things. Neither method is wrong.", "Ruth Callaghan"),
        ("I would not tell anyone it is safe after heavy rain.", "Ruth Callaghan"),
    ]
    explainer = "What the charge means\n\nQ: What is a congestion charge?\n\nA: It is a daily fee for driving into the centre.\n"
    assert speakers(explainer) == []  # no one is introduced: the explainer's answers are the author's


def test_a_quote_inside_an_interview_answer_is_the_words_of_whom_the_answer_says_said_it() -> None:
    text = (
        "The mayor on the bridge\n\n"
        "We spoke to Mayor Lena Ortiz about the bridge closure.\n\n"
        "Q: Did the council warn you?\n\n"
        'A: Yes. I told them, "Close it tonight," and they did. Then the engineer, Tom Reyes, said "It will not last the winter."\n'
    )
    found = dict(speakers(text))
    assert found["It will not last the winter."] == "Tom Reyes"  # not the interviewee's
    assert found["Close it tonight"] == "Lena Ortiz"  # 'I told them', in her answer


def test_a_quote_s_sentence_in_an_interview_answer_starts_after_the_turn_label() -> None:
    """The sentence is the evidence a judged stance shows: 'A: ' is no word of the speaker's."""
    text = (
        "The mayor on the bridge\n\n"
        "We spoke to Mayor Lena Ortiz about the bridge closure.\n\n"
        "Q: Did the council warn you?\n\n"
        'A: At about two in the morning, the engineer looked at me and said, "It will not last the winter."\n'
    )
    quote = next(q for q in analyze(text).quotes if text[q.start : q.end].startswith("It will not"))
    assert text[quote.sentence[0] : quote.sentence[1]].startswith("At about two in the morning")


def test_you_in_an_interview_s_question_is_the_interviewee_and_a_headline_quote_is_whom_the_story_quotes() -> None:
    text = (
        '"We will be back on the picket lines": the nurses\' leader on the vote\n\n'
        "We spoke to Renata Solberg-Kahl, general secretary of the nurses' federation, about the ballot.\n\n"
        'Q: Last Monday you called the offer "an insult". What changed?\n\n'
        "A: The shape of it changed. If members reject this, we will be back on the picket lines.\n"
    )
    found = dict(speakers(text))
    assert found["an insult"] == "Renata Solberg-Kahl"
    assert found["We will be back on the picket lines"] == "Renata Solberg-Kahl"


def test_one_speakers_excerpt_of_turns_is_a_transcript_when_its_label_ends_a_name_the_article_gives() -> None:
    text = (
        "Council approves rezoning\n\n"
        "Mayor Tom Reilly praised the council after the vote.\n\n"
        "Transcript excerpt: the mayor's remarks\n\n"
        "REILLY: Tonight this council chose to say yes to housing.\n\n"
        "REILLY: We will have the turn lanes built before anyone moves in.\n\n"
        "UPDATE: The second reading is on April 21.\n"
    )
    assert speakers(text) == [
        ("Tonight this council chose to say yes to housing.", "Tom Reilly"),
        ("We will have the turn lanes built before anyone moves in.", "Tom Reilly"),
    ]


def test_a_title_before_the_name_that_opens_a_relative_clause_keeps_the_name_the_speaker() -> None:
    text = (
        "Mayor Tom Reilly, who has pushed the project since his campaign, called the vote "
        "“a turning point for a city that has not built enough homes in 20 years.”"
    )
    assert speakers(text) == [("a turning point for a city that has not built enough homes in 20 years.", "Tom Reilly")]


def test_a_quoted_subheading_takes_no_speaker_from_the_paragraph_before() -> None:
    text = (
        "Katarzyna Nowak, a member of the European Parliament, went further:\n\n"
        "“€48m is pocket change for Clipzy. I am calling for a ban.” – Katarzyna Nowak MEP\n\n"
        "“Both sides are estimating”\n\n"
        "To understand what happens next, we spoke to Lena Hartmann, a professor of privacy law.\n"
    )
    found = dict(speakers(text))
    assert found["€48m is pocket change for Clipzy. I am calling for a ban."] == "Katarzyna Nowak"
    assert found["Both sides are estimating"] is None


def test_a_participle_set_off_by_a_comma_after_a_nouns_clause_is_the_main_subjects() -> None:
    text = (
        "Agnès Dumont, the network’s director, welcomed the fine. She rejected the company’s claim that fewer than "
        "400,000 children were affected, saying the regulator’s estimate of 2.1 million was “if anything, cautious”."
    )
    assert speakers(text) == [("if anything, cautious", "Agnès Dumont")]


def test_the_people_and_bodies_a_writer_quotes_or_cites_are_sources() -> None:
    text = (
        "The Guardian reported on the plan on Monday. It quoted critics like immigration barrister Colin Yeo, and "
        "Joint Council for the Welfare of Immigrants campaigner Caitlin Boswell, with Boswell stating that it was "
        "clumsy. The paper also quoted Mayor John Smith as saying the plan would fail. Yonhap news agency, quoting "
        "the Korean Central News Agency, said the leader visited a farm. The firm cut jobs, citing risk to costs."
    )
    cited = [c.speaker for c in analyze(text).citations]
    assert "Colin Yeo" in cited and "John Smith" in cited and "Korean Central News Agency" in cited
    assert "Joint Council for the Welfare of Immigrants" not in cited  # whose campaigner Boswell is, not quoted itself


def test_the_speakers_after_a_colon_are_the_subject_not_the_words_before_it() -> None:
    text = (
        "The dispute centres on grading: around 900 healthcare assistants and junior nurses say they have been "
        "doing clinical work for years while being paid at a lower band."
    )
    cited = [c.speaker for c in analyze(text).citations]
    assert cited and not any("dispute" in s for s in cited)
    assert any("healthcare assistants" in s for s in cited)


def test_a_name_hung_on_a_second_description_is_the_speaker() -> None:
    text = (
        "Residents in the east of the city have formed Fair Roads Wrenford to fight the charge. Its founder, retired "
        "teacher Denise Okoro, said the group's petition had gathered more than 12,000 signatures in three weeks."
    )
    assert [c.speaker for c in analyze(text).citations] == ["Denise Okoro"]


def test_a_name_in_apposition_to_a_title_inside_a_spokespersons_description_is_not_the_speaker() -> None:
    text = (
        "The city's mayor, Priya Raman, backs the charge. A spokesperson for the mayor, Priya Raman, said she would "
        'attend the meeting. "We will listen," the spokesperson said. A spokeswoman for the operator, Fiona '
        "Rennie, said it would appeal."
    )
    facts = analyze(text)
    assert [c.speaker for c in facts.citations] == ["A spokesperson for the mayor"] * 2 + ["Fiona Rennie"]
    assert [q.speaker for q in facts.quotes] == ["A spokesperson for the mayor"]


def test_a_speech_verb_the_parser_joined_to_a_reported_clause_is_the_reporters_second_act() -> None:
    text = (
        "Martin Blythe, the Chamber's chief executive, stands by the figure. He said it came from a survey of 400 "
        'member businesses, and accused the council of "treating shopkeepers as the enemy".'
    )
    assert speakers(text) == [("treating shopkeepers as the enemy", "Martin Blythe")]


def test_according_to_people_described_cites_them_with_their_body() -> None:
    text = (
        "According to analysts at Barclays, the increase could add about 140 million pounds to Altivane's revenue. "
        "According to officials, the plan will fail. "
        "VitaLoop left the data exposed for five weeks, according to the security researcher who found it. "
        "According to the figures, sales fell."
    )
    cited = {c.speaker: (c.affiliation, c.named) for c in analyze(text).citations}
    assert cited["analysts at Barclays"] == ("Barclays", False)
    assert cited["officials"] == ("", False)
    assert "the security researcher" not in cited and "the figures" not in cited  # someone named later; no people


def test_words_a_participle_says_a_document_holds_are_its_issuer_s() -> None:
    text = (
        "The Independent Electoral Commission, whose credibility was at the heart of the case, issued a short statement "
        'saying it "respects the independence of the judiciary" and would review procedures. '
        'Mayor Ann Lee sent a letter saying the plan was "a disaster".'
    )
    assert speakers(text) == [
        ("respects the independence of the judiciary", "Independent Electoral Commission"),
        ("a disaster", "Ann Lee"),
    ]


def test_a_pull_quote_repeating_earlier_words_is_their_speaker_s() -> None:
    text = (
        '"Customers trusted Brightwave, and that trust was broken," said Helen Markby, Ofcom\'s director of enforcement. '
        '"This fine should send a clear message to the whole industry that customers are not a source of easy revenue."\n\n'
        "A government official, speaking on condition of anonymity, said ministers were considering new powers.\n\n"
        '"This fine should send a clear message to the whole industry."'
    )
    assert speakers(text)[-1] == ("This fine should send a clear message to the whole industry.", "Helen Markby")


def test_a_pull_quote_set_before_the_words_it_repeats_is_their_speaker_s() -> None:
    text = (
        "Ofcom fines Brightwave £12m\n\n"
        '"This fine should send a clear message to the whole industry."\n\n'
        "Ofcom fined the operator on Monday.\n\n"
        '"This fine should send a clear message to the whole industry that customers are not a source of easy revenue," '
        "said Helen Markby, Ofcom's director of enforcement."
    )
    assert speakers(text)[0] == ("This fine should send a clear message to the whole industry.", "Helen Markby")


def test_a_pull_quote_before_a_quotation_continued_over_paragraphs_is_its_speaker_s() -> None:
    text = (
        'Its chief executive, Margaret Ellery, said the closure was "the safest option for mothers and babies".\n'
        "“I would rather women travel to a unit that is fully staffed than stay close to one that is not.”\n"
        "Dr Ravi Anand, a consultant obstetrician, backed the move. \"I understand why people are upset,\" he said. "
        '"But when I look at the rota, I see gaps every single week.\n'
        '"Gaps are where mistakes happen. I would rather women travel to a unit that is fully staffed than stay close '
        'to one that is not."\n'
    )
    pulled = "I would rather women travel to a unit that is fully staffed than stay close to one that is not."
    assert dict(speakers(text))[pulled] == "Ravi Anand"


def test_according_to_a_person_familiar_with_the_matter_cites_that_person_as_described() -> None:
    text = (
        "Harbour Foods will appeal the fine in court, according to a person familiar with the matter. "
        "According to two people close to the talks, the board met on Sunday."
    )
    found = {text[c.sentence[0] : c.sentence[1]][:12]: c.speaker for c in analyze(text).citations}
    assert found == {"Harbour Food": "a person familiar with the matter", "According to": "two people close to the talks"}


@pytest.mark.parametrize(
    "text, speaker",
    [
        (  # parsed with 'for' left without an object and the name as a second subject of 'said'
            "The Ministry of Mines approved the permit in March. A spokesperson for Mines Minister Gordon Kettering "
            "said the ministry could not comment, but added that \"the duty to consult is taken seriously.\"",
            "A spokesperson for Mines Minister Gordon Kettering",
        ),
        (  # parsed right: the name, with its own title, ends the role's phrase right before the verb
            'The ministry approved it. A spokeswoman for Health Minister Jane Doering said "we will not comment on it."',
            "A spokeswoman for Health Minister Jane Doering",
        ),
        ('An aide to Senator Maria Lopez said "she will vote no."', "An aide to Senator Maria Lopez"),
    ],
)
def test_a_spokesperson_for_a_titled_person_is_not_that_person(text: str, speaker: str) -> None:
    """Whom a spokesperson or an aide speaks for is not the speaker: the words are the spokesperson's."""
    assert [s for _, s in speakers(text)] == [speaker]


def test_a_speech_verb_hung_on_the_name_before_it_has_that_name_as_subject() -> None:
    """Parsed with 'Hollis' as the root and 'observed' a participle hung on it: the name is the speaker, not the
    title before it."""
    text = (
        "Justice Margaret Hollis heard the case in Wellington. Justice Hollis, who reserved her decision, observed "
        'during the hearing that the case turned on "whether the minister actually weighed the evidence".'
    )
    assert [s for _, s in speakers(text)] == ["Margaret Hollis"]


def test_both_sides_or_both_experts_is_no_new_speaker() -> None:
    """A plural with 'both' refers back to two speakers named before: no source of its own, and a quote it says
    is kept unattributed rather than given to a made-up group."""
    text = (
        "The union and the operator met on Monday. Talks resume next week, but both sides said they expected little "
        'progress. "It will fail," both men said.'
    )
    facts = analyze(text)
    assert [c.speaker for c in facts.citations] == []
    assert [q.speaker for q in facts.quotes] == [None]


def test_a_spokesperson_named_beside_the_person_they_speak_for_is_the_speaker() -> None:
    """'a spokesperson for President Álvaro Mendieta, Lucía Etxeberría,': the recogniser tags her name a body; the
    name is hers, a person's, set beside the president's, and neither his role nor his affiliation."""
    text = (
        'In Veranza, a spokesperson for President Álvaro Mendieta, Lucía Etxeberría, said the president "will defend '
        'every metre of our sea." She added that Veranza remained open to talks.'
    )
    facts = analyze(text)
    assert [q.speaker for q in facts.quotes] == ["Lucía Etxeberría"]
    actors = {a.name: a for a in facts.actors}
    assert actors["Lucía Etxeberría"].kind == "person" and actors["Álvaro Mendieta"].affiliations == []


def test_a_given_name_before_a_family_name_tagged_a_place_opens_a_person_s_name() -> None:
    text = (
        "Fishing communities say the standoff is costing them. Dorotea Ñancupil, who leads the Caleta Honda Fishers' "
        'Cooperative, said her members had lost access. "We are told to stay home," she said.'
    )
    facts = analyze(text)
    assert [q.speaker for q in facts.quotes] == ["Dorotea Ñancupil"]
    assert {a.name: a.kind for a in facts.actors}["Dorotea Ñancupil"] == "person"


def test_a_headline_opening_with_a_name_and_a_colon_gives_that_name_s_words() -> None:
    text = (
        "Quiñones: Aldoria will not yield an inch of the Serrana Bank\n\n"
        "Foreign Minister Rafael Quiñones Ábrego on Saturday rejected what he called Veranza's \"gunboat diplomacy\"."
    )
    cited = {c.sentence: c.speaker for c in analyze(text).citations}
    assert cited[(0, len(text.split("\n")[0]))] == "Rafael Quiñones Ábrego"
    text = "Armenia: Fears After Firebombers Released\n\nThe Armenian police said two men were released on bail."
    assert all(c.sentence[0] > 0 for c in analyze(text).citations)  # a country labels a region's news


def test_he_passes_over_a_bare_word_tagged_a_person_to_a_man_named_before() -> None:
    text = (
        "Professor Matthias Kessler, a neurologist who led the trial, said the benefit was real but modest. "
        "Lenivumab slowed cognitive decline by about 27 percent over 18 months, he said, and carried a risk."
    )
    assert [c.speaker for c in analyze(text).citations] == ["Matthias Kessler", "Matthias Kessler"]


def test_a_name_the_recogniser_left_untagged_is_a_body_quoted_as_itself() -> None:
    text = (
        "“We have seen dozens of supplement cases. Some are genuine, many are not, and the burden of proof has to "
        "sit with the athlete,” Jung said.\n\n"
        "The decision has divided skating’s passionate fan community. Ice Wings, a supporters’ group that claims "
        "30,000 members, condemned the ban as “a witch hunt” and called for Park’s resignation. The group said it "
        "would hold a rally outside the federation’s headquarters in Songpa district on Sunday.\n\n"
        "“Park Sung-ho has sacrificed the best skater this country has produced to protect his own reputation,” "
        "said Kim Da-eun, one of the group’s organisers."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Ice Wings"].kind == "organization" and actors["Ice Wings"].affiliations == ["Ice Wings"]
    assert actors["Kim Da-eun"].affiliations == ["Ice Wings"]


def test_the_group_said_is_the_body_named_last_before_it() -> None:
    text = (
        'Wisconsin Senate panel advances bill requiring age checks for teen social media accounts\n\n'
        'MADISON, Wis., March 4, 2026 – A Wisconsin Senate committee voted 4-1 on Tuesday to advance a bill '
        'that would require social media companies to verify the ages of all users in the state and obtain a '
        "parent's consent before anyone under 16 can open an account, setting up a floor vote as early as "
        'next month.\n\n'
        'The measure, Senate Bill 214, is sponsored by state Sen. Rachel Okafor, a Democrat from Milwaukee, '
        'who has spent two years pushing for limits on what she calls "attention-harvesting" apps. It would '
        'also bar platforms from sending notifications to minors between 10 p.m. and 6 a.m.\n\n'
        '"We require a license to drive a car and an ID to buy a lottery ticket, but we let a twelve-year-old '
        'sign a contract with a trillion-dollar company by clicking a box," Okafor said after the vote. "That '
        'is not freedom. That is negligence."\n\n'
        'Okafor told the committee that 71 percent of Wisconsin parents support requiring age verification '
        'for social media, citing a poll commissioned by the advocacy group Wisconsin Parents for Safe '
        'Screens.\n\n'
        'NetChoice, a trade association whose members include Meta, Google and TikTok, disputed that figure. '
        'NetChoice said in a statement that its own survey of 1,000 Wisconsin parents found that only 44 '
        'percent backed mandatory age checks once told they would have to upload a government ID. "Parents '
        'want tools, not a state-run checkpoint for the internet," the group said.'
    )
    quotes = {text[q.start : q.end]: q.speaker for q in analyze(text).quotes}
    assert quotes["Parents want tools, not a state-run checkpoint for the internet"] == "NetChoice"


def test_the_company_said_is_the_body_named_last_when_none_is_called_a_company() -> None:
    text = (
        "The trustees of the Harrowgate Stores pension scheme have asked Calloway Ridge Capital to pay £600m into the "
        "fund before its takeover of the supermarket chain goes ahead.\n\n"
        "The Retail and Distribution Workers' Union said on Wednesday that an internal Calloway Ridge document showed "
        "that the buyer would cut 2,000 jobs.\n\n"
        "Calloway Ridge disputed the figure. The company said in a statement that fewer than 300 jobs would go, "
        "mainly in head office."
    )
    cited = {text[c.sentence[0] : c.sentence[1]][:40]: c.speaker for c in analyze(text).citations}
    assert cited["The company said in a statement that few"] == "Calloway Ridge Capital"  # by its fullest name


def test_she_after_a_role_described_sentence_is_the_one_named_holder_of_the_role() -> None:
    text = (
        "The Retail and Distribution Workers' Union (RDWU), which represents about 38,000 of Harrowgate's 61,000 staff, "
        "said it would oppose the deal. Its general secretary, Maureen Fletcher, said: \"Private equity has a track "
        "record in British retail, and it is not a happy one.\"\n\n"
        "The union's general secretary said members had been given assurances before. \"At the last takeover in this "
        "sector we were told, 'Nothing will change for staff,' and within two years the distribution centres had been "
        "sold,\" she said."
    )
    facts = analyze(text)
    assert {c.speaker for c in facts.citations} <= {"Maureen Fletcher", "Retail and Distribution Workers' Union"}
    assert "The union's general secretary" not in {a.name for a in facts.actors}


def test_the_subject_of_a_passive_verb_of_telling_heard_the_words_and_is_no_source() -> None:
    text = (
        "People familiar with the matter said Calloway Ridge had been told informally in February that the regulator "
        "would look closely at the wholesale business. Calloway Ridge declined to comment."
    )
    assert "Calloway Ridge" not in {c.speaker for c in analyze(text).citations}


def test_a_body_named_before_its_kind_is_cited_as_that_body() -> None:
    # 'the Pilbara Regional Councils group said': the group is the body named before it, not no one; a first
    # word of another body's name ('the Westmoor campaign' beside Westmoor General Hospital) is no such name
    text = (
        "Regional councils have been split. The Far North Tourism Council said it backed the takeover, while "
        "the Pilbara Regional Councils group said it opposed any deal that reduced competition on mining routes.\n\n"
        "Westmoor General Hospital will lose its emergency department. The Westmoor campaign said the plan would "
        "leave the town without one."
    )
    cited = {c.speaker for c in analyze(text).citations}
    assert "Pilbara Regional Councils" in cited
    assert not cited & {"Westmoor", "Westmoor General Hospital"}


def test_a_campaign_read_as_an_imperative_clause_is_the_speech_verbs_subject() -> None:
    # 'Keep Merrigal Births, a group of local mothers, says ...': the parser takes 'Keep' for a clause of 'says' and
    # leaves the verb no subject; the campaign is the source, and 'the group's convenor' is of the whole name
    text = (
        "The State Government will close the maternity unit at Merrigal District Hospital in June.\n\n"
        "The figure is disputed. Keep Merrigal Births, a group of local mothers formed last year, says there were "
        "more than 300 births to women from the district last year.\n\n"
        '"They have run the service down," the group\'s convenor, Jess Harland, said.'
    )
    analysis = analyze(text)
    assert "Keep Merrigal Births" in {c.speaker for c in analysis.citations}
    harland = next(a for a in analysis.actors if a.name == "Jess Harland")
    assert harland.affiliations == ["Keep Merrigal Births"]


def test_a_name_parsed_as_a_conjunct_of_a_role_set_off_by_commas_is_the_speaker() -> None:
    # 'The Nationals Member for Merrigal, Leanne Curtis, who tabled ..., told the chamber ... "..."': the parser may
    # make the name a conjunct of the role (no 'and' before it); the quote is hers, not the role's
    text = (
        '"Women in Merrigal are not second-class citizens," Mr Mantell said.\n\n'
        "The Nationals Member for Merrigal, Leanne Curtis, who tabled the petition, told the chamber the closure was "
        '"a betrayal of every family in the district". She said the Government had refused to release the review.'
    )
    quotes = {text[q.start : q.end]: q.speaker for q in analyze(text).quotes}
    assert quotes["a betrayal of every family in the district"] == "Leanne Curtis"


def test_a_request_made_to_someone_is_a_citation_and_an_infinitive_alone_is_not() -> None:
    # 'urged the company to guarantee supply', 'called on the minister to order a review': words said to someone;
    # 'agreed to provide', 'calling the organisation to attempt to speak with his mother': acts
    text = (
        "PRAN’s National Chairman, Alhaji Musa Garba Dankwambo, urged the Nigerian National Petroleum Marketing "
        "Company (NNPMC) to guarantee adequate supply to depots.\n\n"
        "The Black Umbrella Rights Network welcomed the ruling and called on the minister of social development to "
        "order a review of all automated systems.\n\n"
        "Canada agreed to provide a robotic arm. After calling the Scientology organization by phone to attempt to "
        "speak with his mother, Daniel Montalvo was put through to an attorney."
    )
    cited = {c.speaker for c in analyze(text).citations}
    assert {"Musa Garba Dankwambo", "Black Umbrella Rights Network"} <= cited
    assert not cited & {"Canada", "Daniel Montalvo"}


def test_quotes_of_the_statement_are_of_whoever_acted_in_it() -> None:
    # 'In a statement signed by its President, ..., the congress gave the government seven days ...' then
    # '"...," the statement read': the statement is the congress's, a definite description tagged a name
    text = (
        "But the Nigerian Workers’ Congress (NWC) rejected the decision within hours. In a statement signed by its "
        "President, Comrade Abiodun Olatunbosun, the congress gave the government seven days to reverse the "
        "decision or face an indefinite nationwide strike.\n\n"
        "“Nigerian workers are still paying for the last increase. The minimum wage cannot buy a bag of rice,” the "
        "statement read."
    )
    analysis = analyze(text)
    quotes = {text[q.start : q.end]: q.speaker for q in analysis.quotes}
    assert quotes["Nigerian workers are still paying for the last increase. The minimum wage cannot buy a bag of rice"] == "Nigerian Workers’ Congress"
    assert "Abiodun Olatunbosun" in {a.name for a in analysis.actors}


def test_a_name_set_off_after_according_to_a_described_person_is_that_source() -> None:
    # 'According to the union's branch president, Dr Simon Kealy, the deficit is ...': the parser makes the name the
    # clause's subject and the subject its apposition; the source is Kealy and his role the description, while a
    # name after 'according to court records' or another name is no one's role
    text = (
        "The Tertiary Education Union disputes the university's numbers. According to the union's Waitaha branch "
        "president, Dr Simon Kealy, the real operating deficit is under $10 million once one-off write-downs are "
        "taken out.\n\nAccording to court records, Oswald Charles Reyna, 45, was arrested in May."
    )
    analysis = analyze(text)
    assert "Simon Kealy" in {c.speaker for c in analysis.citations}
    roles = {a.name: a.role for a in analysis.actors}
    assert roles["Simon Kealy"] == "union's Waitaha branch president"
    assert roles.get("Oswald Charles Reyna", "") != "court records"


def test_a_finite_speech_verb_the_parser_hung_on_a_noun_has_the_sentences_name_as_subject() -> None:
    # 'Dennis Haverty, president of ..., which represents about 310 officers, called the proposal "..."': parsed with
    # 'called' a clause of 'officers' and the name the sentence's root
    text = (
        "The council will vote on Tuesday.\n\n"
        "Dennis Haverty, president of Fraternal Order of Police Lodge 12, which represents about 310 Ashford Falls "
        'officers, called the proposal "a defund-the-police plan with a new coat of paint." Haverty said the union '
        "would campaign against any council member who votes for it."
    )
    quotes = {text[q.start : q.end]: q.speaker for q in analyze(text).quotes}
    assert quotes["a defund-the-police plan with a new coat of paint."] == "Dennis Haverty"


def test_a_first_person_paragraph_after_reported_speech_is_an_unmarked_quotation() -> None:
    text = (
        "Tenants protest rent rise\n\n"
        "Marta Ilves, who has rented a flat on Kase Street for nine years, says that the landlord never answered her letters.\n\n"
        "I wrote to them three times about the damp and the broken heating. Nobody came. Now they want more money.\n\n"
        "Her neighbours have signed a petition to the city council. The landlord did not reply to a request for comment."
    )
    facts = analyze(text)
    assert [(text[q.start : q.end], q.speaker) for q in facts.quotes] == [
        ("I wrote to them three times about the damp and the broken heating. Nobody came. Now they want more money.", "Marta Ilves")
    ]


def test_an_unmarked_quotation_ends_where_the_reporter_speaks_of_its_speaker_again() -> None:
    text = (
        "Former crew member speaks out\n\n"
        "Jonas Berg also claims that his phone was taken from him on board.\n\n"
        "I was told that I could not call my family until the ship reached port. "
        "His sister says she reported him missing in March."
    )
    assert speakers(text) == [("I was told that I could not call my family until the ship reached port.", "Jonas Berg")]


def test_a_first_person_paragraph_after_a_sentence_that_reports_no_speech_is_the_authors() -> None:
    text = (
        "Readers respond\n\n"
        "Anna Kowalski edited this story for the website.\n\n"
        "We want to hear from you. Write to us in the comments section and tell us what you think."
    )
    assert speakers(text) == []


def test_the_apostrophe_of_a_plural_possessive_is_no_closing_quotation_mark() -> None:
    text = (
        "Lerato Mahlangu, director of Consumer Watch SA, rejected the companies' price forecast, saying the group's own "
        'analysis of overlapping towns showed prices "would rise by as much as 6%" once the two chains stopped competing.'
    )
    assert speakers(text) == [("would rise by as much as 6%", "Lerato Mahlangu")]


def test_a_subject_inside_a_quotation_that_opened_in_the_sentence_before_is_not_the_speaker() -> None:
    text = (
        "Environment Secretary Antonio R. Baltazar backed the order. "
        '"The law is clear. No ECC, no reclamation," Baltazar told reporters in Manila.'
    )
    assert speakers(text) == [("The law is clear. No ECC, no reclamation", "Antonio R. Baltazar")]


def test_the_words_after_a_dateline_open_a_sentence_of_their_own() -> None:
    text = (
        "Bishop joins call to halt reclamation\n\n"
        "SAN ISIDRO CITY — The Catholic Bishop of San Isidro, Most Rev. Federico S. Alcantara, on Sunday called on the "
        'government to halt the reclamation project, saying it would "sacrifice the poor on the altar of profit."'
    )
    assert speakers(text) == [("sacrifice the poor on the altar of profit.", "Federico S. Alcantara")]


def test_a_quotation_continued_in_the_next_paragraph_keeps_its_speaker_not_the_subject_of_its_first_part() -> None:
    text = (
        "Minister condemns ban\n\n"
        "Chile's sports minister, Rafael Soto, called the ban unfair. \"Punishing athletes who never failed a test is not "
        "justice,\" the minister said in a statement. \"Chile has spent more on testing this year than in the five years before.\n\n"
        "\"We ask the federation to think again before it harms a whole generation of runners.\""
    )
    assert [speaker for _, speaker in speakers(text)] == ["Rafael Soto", "Rafael Soto", "Rafael Soto"]


def test_a_list_completing_an_infinitive_after_a_colon_is_the_writers_not_a_quotation() -> None:
    text = (
        "Growers march on Dublin\n\n"
        "The federation handed a letter to the Taoiseach's office setting out its demands. It calls on the government to:\n\n"
        "raise the 2026 cap from 8,000 to at least 20,000 permits;\n\n"
        "issue permits for the whole season in a single round by the end of March."
    )
    assert speakers(text) == []


def test_a_parenthetical_speech_clause_cites_its_subject_and_not_the_clause_it_interrupts() -> None:
    text = (
        "Priya Raman, a housing economist at Lakeshore State University, said both sides were overstating their case. "
        "Economists broadly agree that strict rent control reduces the supply of rental housing, she said, but "
        "Ridgeport's version is far milder. The plan, Tom Brandt said, was never costed."
    )
    cited = [(c.speaker, text[c.sentence[0] : c.sentence[1]][:20]) for c in analyze(text).citations]
    assert ("Priya Raman", "Economists broadly a") in cited and ("Tom Brandt", "The plan, Tom Brandt") in cited
    assert not any(speaker == "Economists" for speaker, _ in cited)


def test_a_pronoun_after_a_sentence_whose_passive_agent_is_a_person_stands_for_that_agent() -> None:
    text = (
        "These considerations were made by Joseph Humire, executive director of the Center for a Secure Free Society, "
        "who also said that Russia acts behind the scenes in support of Vladimir Putin. A situation that, he "
        "maintains, occurs in the same way with Nicolás Maduro."
    )
    cited = [(c.speaker, text[c.sentence[0] : c.sentence[1]][:12]) for c in analyze(text).citations]
    assert ("Joseph Humire", "A situation ") in cited and not any(s == "Vladimir Putin" for s, _ in cited)


def test_a_thing_written_by_someone_and_reactions_that_suggest_are_no_citations() -> None:
    text = (
        "The ordinance caps rent increases at 5%. It was written by Council Member Rosa Delgado, who represents "
        "District 4, and passed 5-4. The reactions in Brussels and Dublin suggest the fight has only begun. "
        "It was reported by Reuters that the deal had collapsed. Analysts said the fine was small."
    )
    cited = {c.speaker for c in analyze(text).citations}
    assert cited == {"Reuters", "Analysts"}


def test_a_described_body_with_its_untagged_name_and_acronym_in_apposition_is_that_body() -> None:
    text = (
        "France’s data-protection watchdog, the Commission nationale de l’informatique et des libertés (CNIL), said "
        "on Friday it had opened its own investigation into Kinetiq Labs. The CNIL said it would examine the app."
    )
    assert {c.speaker for c in analyze(text).citations} == {"CNIL"}


def test_a_plural_description_cites_the_bodies_it_names_as_its_examples() -> None:
    text = "Critics, including the Irish Council for Civil Liberties, have long argued that the regulator is too slow."
    assert {c.speaker for c in analyze(text).citations} == {"Irish Council for Civil Liberties"}


def test_a_name_whose_role_the_parser_misread_as_a_verb_is_still_the_speaker() -> None:
    text = (
        "Priya Sandhu, campaigns director at the environmental group Clean Streams Alliance, said: ‘The company tells "
        "us the water is safe, but it cannot tell us how many particles are in it.’"
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Priya Sandhu"  # 'campaigns' parsed as a verb, the subject of 'said'


def test_an_interview_s_answers_are_the_person_its_lead_names_most_when_it_names_others_in_passing() -> None:
    text = (
        "A union organiser on the layoffs\n\n"
        "Priya Raman is the lead organiser for Software Workers United. The company's chief executive, Daniel Okafor, "
        "has said the cuts are needed. Raman spoke to us on Friday.\n\n"
        "Q: Corvalis says 1,200 jobs are going. You say 1,800.\n\n"
        "A: The 1,200 is people on the payroll. There are roughly 400 contractors too.\n"
    )
    assert speakers(text) == [("The 1,200 is people on the payroll. There are roughly 400 contractors too.", "Priya Raman")]
    once_each = text.replace("Raman spoke to us on Friday.", "We spoke on Friday.")
    assert speakers(once_each) == []  # two people named once each: no telling whom the questions are put to


def test_someone_s_press_service_speaks_for_them() -> None:
    text = "President Shavkat Mirziyoyev ordered the government to prepare emergency water allocations, his press service said."
    assert {c.speaker for c in analyze(text).citations} == {"Shavkat Mirziyoyev"}


def test_a_definite_description_after_a_person_named_without_a_role_is_that_person() -> None:
    text = (
        "For Helen Marsh, the answer is straightforward. \"We can't hit net zero from the beach,\" the Northwind chief "
        "executive told me at the company's offices in Newcastle. Northwind Renewables wants to build 96 turbines."
    )
    assert speakers(text) == [("We can't hit net zero from the beach", "Helen Marsh")]
    two = (
        "Helen Marsh met Tom Reid on Monday. \"We can't hit net zero from the beach,\" the chief executive said."
    )
    assert speakers(two)[0][1] != "Helen Marsh" and speakers(two)[0][1] != "Tom Reid"  # two people: no one to choose by code
    plural = "Helen Marsh spoke first. \"We are ready,\" the engineers said."
    assert speakers(plural)[0][1] != "Helen Marsh"


def test_a_definite_description_is_the_person_first_named_as_speaker_in_the_next_sentence() -> None:
    """Delayed identification: a source introduced by role and named in the sentence after."""
    text = (
        "Nurses walked out on Monday. The Karelund Nurses' Federation called the strike after talks failed.\n\n"
        "Picket lines formed outside the hospital. The federation's general secretary, addressing the crowd from a "
        "truck, said nurses had been left with no choice. \"We did not want to be here,\" Renata Solberg-Kahl told the crowd."
    )
    facts = analyze(text)
    person = next(a for a in facts.actors if a.name == "Renata Solberg-Kahl")
    assert person.role == "federation's general secretary" and person.affiliations == ["Karelund Nurses' Federation"]
    assert [a.name for a in facts.actors if "secretary" in a.name] == []  # no second source under the description
    assert {c.speaker for c in facts.citations} == {"Renata Solberg-Kahl"}
    roled = "The company's chief executive said profits fell. \"It was hard,\" said John Smith, an analyst at Bank of Ruritania."
    assert next(a for a in analyze(roled).actors if a.name == "John Smith").role == "analyst"
    owned = "Her lawyer said the case was weak. \"We will appeal,\" Anna Berg said."
    assert next(a for a in analyze(owned).actors if a.name == "Anna Berg").role == ""  # her lawyer is someone else's
    known = "Anna Berg sued the city. The claimant's lawyer said the case was strong. \"We will win,\" Anna Berg said."
    assert next(a for a in analyze(known).actors if a.name == "Anna Berg").role == ""  # named before: not introduced


def test_a_participle_hung_on_a_time_after_a_statement_is_the_statement_s() -> None:
    """'issued a statement shortly after the vote calling the decision "..."': the parser hangs 'calling' on 'the
    vote'; the words are the statement's, whose issuer is the clause's subject."""
    text = (
        "State Rep. Thomas Greaves, a Republican whose district includes north Eastbridge, did not attend the meeting "
        "but issued a statement shortly after the vote calling the decision \"an abuse of emergency power.\""
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Thomas Greaves"]


def test_he_or_she_in_a_relative_clause_is_bound_by_no_subject_that_is_no_person() -> None:
    text = (
        "Professor Lim Wei Ling leads the Digital Society Lab. \"That inflates the number,\" Lim said.\n\n"
        "She said the real problem was the 24-hour window, which she described as \"too short for any fact-check "
        "worth the name\"."
    )
    facts = analyze(text)
    quote = next(q for q in facts.quotes if text[q.start : q.end].startswith("too short"))
    assert quote.speaker == "Lim Wei Ling"  # had been 'the real problem', the subject of the clause above 'she'


def test_a_definite_description_refers_back_never_to_a_body_named_after_it() -> None:
    text = (
        "Soda tax bill sent to Congress\n\n"
        "Bottlers reacted angrily. The Cámara Nacional de Embotelladores, which represents 46 bottling companies, "
        "said in a statement that the tax would \"punish working families\". The chamber said it would ask Congress "
        "to replace the levy with a voluntary agreement.\n\n"
        "The bill needs a simple majority in both chambers. The governing coalition holds 41 of 80 seats in the "
        "Chamber of Deputies.\n"
    )
    speakers = {c.speaker for c in analyze(text).citations}
    assert "Chamber of Deputies" not in speakers and "Cámara Nacional de Embotelladores" in speakers


def test_the_company_is_the_firm_named_before_not_a_court_named_since() -> None:
    text = (
        "Appeal filed\n\n"
        "Kilele Communications, the largest mobile money operator, said it would comply with any ruling of the Court "
        "of Appeal. The company said in a statement that services had been fully restored to its 14 million "
        "customers.\n"
    )
    speakers = {c.speaker for c in analyze(text).citations}
    assert "Court of Appeal" not in speakers and "Kilele Communications" in speakers


def test_the_judge_is_the_justice_named_before() -> None:
    text = (
        "Court suspends shutdown\n\n"
        "Justice Grace Achieng Otieno issued the conservatory order on Friday. \"The state has not shown this court "
        "any evidence that a total shutdown is necessary,\" the judge wrote in her ruling.\n"
    )
    analysis = analyze(text)
    assert [q.speaker for q in analysis.quotes] == ["Grace Achieng Otieno"]  # WordNet files 'judge' with 'justice'


def test_an_untagged_speaker_s_name_goes_on_over_a_preposition_as_a_tagged_one_does() -> None:
    """A name the recogniser missed ('Le Retour in 3 Parts', a blog, untagged in this article) keeps the words
    the parse hangs on it over 'in', as `actors.prepositional_tail` keeps them for a tagged name, when they are
    English common nouns; a proper name after the preposition is a name of its own."""
    text = (
        "Armenian bloggers reacted to the attack on the bar.\n\n"
        "Le Retour in 3 Parts is also concerned.\n\n"
        "\u201cFor the first time since moving to Armenia, I am afraid. Queer women are in the same danger.\u201d\n"
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Le Retour in 3 Parts"]
    text = (
        "Peruvian bloggers reacted to the clashes.\n\n"
        "Amazilia Fracaso of Per\u00fa Apartheid is also concerned.\n\n"
        "\u201cThe government has chosen force over dialogue, and the deaths will not be forgotten.\u201d\n"
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Amazilia Fracaso"]  # a blogger and her blog: two names


def test_a_speech_verb_in_a_clause_of_condition_cites_no_one() -> None:
    """'provided the agency confirmed it offered value', 'if the ministry says so': what would have to be said,
    not a statement of the agency's."""
    text = (
        "The Health Technology Appraisal Agency will review the offer. Prof Grainne O Dalaigh of the Irish College "
        "of Medical Oncologists said the college now backed funding at the revised price, provided the agency "
        "confirmed it offered value. The Department of Health will pay if the agency says the price is fair."
    )
    speakers = {c.speaker for c in analyze(text).citations}
    assert "Grainne O Dalaigh" in speakers and "Health Technology Appraisal Agency" not in speakers


def test_he_continues_the_he_who_was_the_subject_before_not_a_man_named_as_an_object() -> None:
    """'Mr Walford said ... He said the council had requested a meeting with Mr Ferrante ... "...," he said.': the
    same pronoun as the subject of the sentence before keeps its referent (centering's continuation), so the
    quotation is the land council chief's, not the minister's he asked to meet."""
    text = (
        "The land council's chief executive, Shane Walford, said the headland was a burial place.\n\n"
        "Mr Walford said the council was not opposed to desalination in principle. He said the council had "
        "requested a meeting with Mr Ferrante and had not yet been given a date.\n\n"
        '"We are not here to say no to water for the Hunter," he said.'
    )
    assert speakers(text)[-1] == ("We are not here to say no to water for the Hunter", "Shane Walford")
    from summarizer.extract.nlp import parse
    from summarizer.extract.speakers import _same_pronoun_subject

    doc = parse("One senior MP, who spoke on condition of anonymity because he was not authorised, said the review risked delay. He added more.")
    added = next(t.i for t in doc if t.text == "He")
    assert _same_pronoun_subject(doc, [], 0, added, added) is None  # the 'he' of a clause is not the sentence's subject


def test_the_statement_said_passes_over_a_kind_of_statement_to_the_one_a_speaker_issued() -> None:
    """'Dr Alison Pryce ... said in a statement that the utility would publish its model alongside the
    environmental impact statement. "...," the statement said.': 'the statement' is hers; an impact statement,
    a kind of statement named by its noun, issues no words."""
    text = (
        "Dr Alison Pryce, Hunter Coast Water's chief executive, said in a statement issued on Tuesday that the "
        "utility would publish its own operating model alongside the environmental impact statement. "
        '"We are confident the plant will meet the region\'s needs," the statement said.'
    )
    assert speakers(text)[-1] == ("We are confident the plant will meet the region's needs", "Alison Pryce")


def test_an_editorial_in_a_newspaper_speaks_for_the_newspaper() -> None:
    """'an editorial in the Hunter Herald ... "...," the editorial said': an article speaks for the outlet it
    appeared in, named after 'in', though the recogniser tagged the outlet's name a person."""
    text = (
        "The delay follows an editorial in the Hunter Herald on Saturday that called for the review. The "
        "newspaper said the region needed a secure water supply. \"A plant this expensive deserves better than a "
        'glossy brochure," the editorial said.'
    )
    assert speakers(text)[-1] == ("A plant this expensive deserves better than a glossy brochure", "Hunter Herald")


def test_told_a_hearing_that_cites_the_teller_however_the_clause_was_hung() -> None:
    """'Mr Ferrante told a budget estimates hearing that higher steel prices ... had added about $200 million':
    whatever 'tell' has as its object is whom it told (here an event, no person), and the parser took 'hearing'
    for a participle and hung the that-clause on it; the sentence is the minister's report."""
    text = (
        "Water Minister Daniel Ferrante conceded on Monday that the price had risen. Mr Ferrante told a budget "
        "estimates hearing that higher steel prices and a longer pipeline route had added about $200 million to the "
        "estimate."
    )
    facts = analyze(text)
    cited = {(c.speaker, text[c.sentence[0] : c.sentence[1]]) for c in facts.citations}
    assert any(speaker == "Daniel Ferrante" and sentence.startswith("Mr Ferrante told") for speaker, sentence in cited)


def test_a_quote_whose_source_the_next_sentence_says_it_came_from() -> None:
    """'"Nobody wins a long transit strike." The warning came from Dr. Naomi Greer, a labour-relations professor
    ...': the sentence after the quotation names its source with 'came from', its subject a definite noun of words."""
    text = (
        "Buses stayed in their depots for a third day.\n\n"
        '"Nobody wins a long transit strike." The warning came from Dr. Naomi Greer, a labour-relations professor at '
        "Simon Fraser University, who said such disputes tend to last one to three weeks.\n\n"
        '"We will be back," a driver said. The bus came from Surrey.'
    )
    found = speakers(text)
    assert found[0] == ("Nobody wins a long transit strike.", "Naomi Greer")


def test_a_name_opening_its_sentence_keeps_its_first_word_though_tagged_a_plural() -> None:
    """'Riders United said in a statement that it had counted 260,000 daily trips': untagged, and 'Riders' read as
    the plural it also is; the source is Riders United, not 'United'."""
    text = (
        "Buses stayed in their depots for a third day.\n\nRiders United said in a statement that it had counted "
        "260,000 daily trips on the system before the strike and called on both sides to agree to arbitration."
    )
    assert {c.speaker for c in analyze(text).citations} == {"Riders United"}


def test_who_after_a_party_member_s_hometown_is_the_member() -> None:
    """'who' stands for a person, never the town in the description apposed to the person's name."""
    text = (
        'The measure is sponsored by State Sen. Daniel Okafor, a Republican from Jefferson City, who called it a '
        '"generational opportunity" for rural counties. Okafor said the vote would come next week.'
    )
    assert speakers(text) == [("generational opportunity", "Daniel Okafor")]


def test_a_speech_verb_under_would_is_a_plan_reported_and_cites_no_one() -> None:
    text = (
        "Harbour City Rail runs the trains. State Transport Minister Olivia Brennan backed the offer and said Harbour "
        "City Rail would ask the tribunal to suspend any further action. Proponents of the tariff might argue that "
        "the deficit is a trade deficit."
    )
    cited = [c.speaker for c in analyze(text).citations]
    assert "Olivia Brennan" in cited and "Harbour City Rail" not in cited
    assert any((s or "").startswith("Proponents") for s in cited)  # an argument the article gives them


def test_a_business_described_in_the_lede_is_the_one_business_named_after_it() -> None:
    text = (
        "KANSAS CITY — Missouri's largest electric utility said Wednesday that proposed data centers could require "
        "$1.4 billion in new transmission lines.\n\n"
        "Missouri Valley Power & Light, which serves about 1.2 million customers, filed a long-range plan with the "
        "Public Service Commission on Tuesday. The plan covers the next decade."
    )
    facts = analyze(text)
    cited = [(c.speaker, c.named, c.affiliation) for c in facts.citations]
    assert ("Missouri Valley Power & Light", True, "Missouri Valley Power & Light") in cited
    assert not any(a.name.startswith("Missouri's largest") for a in facts.actors)


def test_modelling_whose_owner_a_relative_whose_names_is_the_owner_s_word() -> None:
    text = (
        "Dr Mira Kessel, a noise researcher at Dunmore University whose modelling suggests around 40,000 people "
        "would be affected, said the council should commission a study. She said her modelling was conservative."
    )
    cited = {(c.speaker, c.named) for c in analyze(text).citations}
    assert ("Mira Kessel", True) in cited and not any("modelling" in s for s, _ in cited)
    # cited in the relative clause first and then by the main clause: the main clause's, so her claim is hers
    (kessel,) = [c for c in analyze(text).citations if c.speaker == "Mira Kessel" and c.sentence[0] == 0]
    assert not kessel.embedded


def test_he_after_a_spokesperson_whatever_the_verb_is_the_spokesperson() -> None:
    text = (
        "Residents say the plan allows 30 night flights. A spokesman for Dunmore Airport Holdings rejected that. "
        '"The cap is eight. It will be written into the planning conditions," he said.'
    )
    assert [(q.speaker, q.named) for q in analyze(text).quotes] == [("A spokesman for Dunmore Airport Holdings", False)]


def test_a_standfirst_under_the_headline_cites_no_one() -> None:
    text = (
        "Dunmore port unveils plan to dredge the harbour\n"
        "Operator says scheme will bring 900 jobs; anglers warn of ruined spawning grounds\n"
        "Dunmore Port Company has unveiled a plan to dredge the harbour. The company said the scheme would bring 900 "
        "jobs.\n"
    )
    assert [c.speaker for c in analyze(text).citations] == ["Dunmore Port Company"]


def test_a_description_whose_own_of_names_another_place_refers_to_no_body_named_before() -> None:
    text = (
        "Fishing row\n\nThe Halstad Port Authority said it would take no position on the quota. Several skippers in "
        "the port of Marrow Bay said they had seen their herring catches shrink every year for the past decade.\n"
    )
    skippers = [c for c in analyze(text).citations if c.speaker.startswith("Several skippers")]
    assert [c.affiliation for c in skippers] == [""]  # not the Halstad Port Authority: 'of Marrow Bay' is another port
    text = "Budget row\n\nThe Ministry of Finance published its forecast on Monday. An official in the ministry of Finance said the deficit would grow.\n"
    assert [c.affiliation for c in analyze(text).citations] == ["Ministry of Finance"]  # its 'of' names the body's own


def test_a_role_two_people_hold_is_the_one_who_is_the_subject_of_the_sentence_before() -> None:
    text = (
        "Two ministers split over river quotas\n\nDario Lenz, Velmora's water minister, wants a 20 per cent cut. Hana "
        "Ostrova, Kestland's water minister, has said her government will vote against it.\n\nOstrova accused Velmora "
        "of protecting its own farms. Lenz rejected the charge. 'That is plainly false,' the minister said.\n"
    )
    (quote,) = analyze(text).quotes
    assert (quote.speaker, quote.candidates) == ("Dario Lenz", [])
    text = text.replace("Lenz rejected the charge.", "The charge drew a quick reply.")
    (quote,) = analyze(text).quotes
    assert quote.speaker is None and sorted(quote.candidates) == ["Dario Lenz", "Hana Ostrova"]  # the model chooses


def test_evidence_named_inside_a_source_s_report_is_no_source_of_its_own() -> None:
    from summarizer.extract.analysis import analyze

    a = analyze(
        "Mariana Carvalho of the Fair Taps Coalition said freedom-of-information requests made by the group suggest "
        "the true figure is closer to 11,000."
    )
    assert [c.speaker for c in a.citations] == ["Mariana Carvalho"]
    b = analyze("Mariana Carvalho said economists warn the rise will hit pensioners first.")
    assert "economists" in {c.speaker.lower() for c in b.citations}  # people inside a report still speak


def test_the_leader_a_participle_names_is_the_body_s_president_who_speaks() -> None:
    from summarizer.extract.analysis import analyze

    said = "The Lakeside Growers Federation, led by Maria Santos, said it opposed any closure. 'We won't let our members pay for this,' the {}'s president said."
    assert [q.speaker for q in analyze(said.format("federation")).quotes] == ["Maria Santos"]
    assert [q.speaker for q in analyze(said.format("union")).quotes] == ["the union's president"]  # another body's



def test_an_unnamed_source_said_to_speak_anonymously_is_marked_anonymous() -> None:
    from summarizer.extract.analysis import analyze

    for text in (
        "Talks stall\n\n“Both sides know the numbers will move,” said a diplomat who asked not to be named.",
        "Talks stall\n\nA senior official, speaking on condition of anonymity, said the talks had stalled.",
        "Talks stall\n\nA ministry spokesperson, who declined to be identified, said the plan was final.",
    ):
        assert len(analyze(text).anonymous) == 1, text
    assert analyze("Talks stall\n\nA ministry spokesperson said the plan was final.").anonymous == []
    assert analyze("Talks stall\n\n“We will see,” said a diplomat who asked to be named later.").anonymous == []


def test_an_unnamed_source_who_does_not_give_a_name_is_marked_anonymous() -> None:
    from summarizer.extract.analysis import analyze

    for text in (
        'Strike goes on\n\nAnother man, who did not give his name, said the strike was "holding sick people hostage".',
        'Strike goes on\n\nA nurse who declined to give her surname said the ward was "at breaking point".',
    ):
        assert len(analyze(text).anonymous) == 1, text
    assert analyze('Strike goes on\n\nA driver, who gave his name as Tom, said the road was "a death trap".').anonymous == []


def test_an_anonymous_source_is_marked_so_in_the_brief() -> None:
    from summarizer import Settings, Summarizer, article_from_text
    from summarizer.llm.backends import FakeBackend

    from test_stepwise import answers

    text = (
        "Talks on the bay stall\n\nThe two governments met on Monday without a deal. “Both sides know the numbers will "
        "move,” said a diplomat who asked not to be named. “The question is who pays,” said Mayor Anna Berg.\n"
    )
    with Summarizer(Settings(backend="fake", strategy="stepwise", use_cache=False), backend=FakeBackend(responder=answers)) as s:
        brief = s.brief(article_from_text(text))
    marked = {source.name: source.anonymous for source in brief.sources}
    assert marked["a diplomat"] is True and marked["Anna Berg"] is False
    from summarizer.render import brief_markdown

    assert any(line.startswith("### a diplomat (") and ", anonymous" in line for line in brief_markdown(brief).splitlines())


def test_a_leader_s_title_refers_back_to_the_person_who_leads_that_body() -> None:
    text = (
        "The Harbour Porters' Union dropped its objection to the new quay on Friday.\n\n"
        "Ilona Várady-Kiss, who has led the union since 2021, signed the deal at the port office.\n\n"
        "\u2018We got what we came for,\u2019 the union\u2019s general secretary said."
    )
    assert speakers(text) == [("We got what we came for", "Ilona Várady-Kiss")]


def test_a_clause_on_an_unnamed_source_names_no_body_of_its_own() -> None:
    text = (
        "Holdern City Council will vote on the parking levy in June. Staff at Holdern General Hospital Trust fear the cost.\n\n"
        'A senior council official, who asked not to be named because talks with the hospital were continuing, said the '
        'council was "likely to offer an exemption for night staff".'
    )
    found = {c.speaker: c.affiliation for c in analyze(text).citations if not c.named}
    assert found == {"A senior council official": "Holdern City Council"}


def test_a_quote_in_guillemets_is_its_named_speaker_s_whether_the_name_comes_before_or_after_the_verb() -> None:
    text = (
        "Minister approves mine\n\n"
        "Kaldora's environment minister, Ilse Varga, said on Tuesday that she will approve the mine.\n\n"
        "«We have decided to grant approval with conditions,» Varga said at a press conference.\n\n"
        "Priya Stanhope, an analyst at Marlowe & Vass Bank, said the shares rose. «The approval removes a big risk for "
        "investors,» said Stanhope, «but with lithium prices this low, the economics still don't look spectacular.»\n"
    )
    assert speakers(text) == [
        ("We have decided to grant approval with conditions", "Ilse Varga"),  # '»' had been the subject of 'said'
        ("The approval removes a big risk for investors", "Priya Stanhope"),  # unattributed: 'said' had no subject
        ("but with lithium prices this low, the economics still don't look spectacular.", "Priya Stanhope"),
    ]


def test_a_handle_between_a_role_and_the_speech_verb_of_a_lead_in_is_the_speaker() -> None:
    text = "Readers react\n\nCommenter Another Me states:\n“i am so sad for the families, and i fly frequently.”\n"
    assert speakers(text) == [("i am so sad for the families, and i fly frequently.", "Another Me")]
    text = (  # tagged proper nouns here, 'Commenter' the subject
        "Readers react\n\nCharles, a commenter on ZDistrict, has this to say:\n“Its over now, their faith bring them to "
        "where they belong.”\nCommenter Another Me states:\n“i’m so sad for the families. i fly frequently.”\n"
    )
    assert dict(speakers(text))["i’m so sad for the families. i fly frequently."] == "Another Me"


def test_a_statement_set_off_after_the_sentence_that_has_a_body_issue_it_is_the_body_s() -> None:
    text = (
        "Sponsor reviews shirt deal\n\n"
        "The club's problems off the pitch deepened on Monday afternoon when Bellwether Energy, whose logo has appeared "
        "on Marlhaven shirts since 2021, issued a statement questioning the future of its five-year sponsorship deal, "
        "worth a reported 4 million pounds a season.\n"
        "\"Bellwether Energy has been proud to support Marlhaven Athletic. In light of recent events, including the "
        "proposed relocation from the Saltings, we are reviewing the terms of our partnership and have asked the club "
        "for urgent clarification.\"\n"
        "A club spokesman said the sponsorship was \"secure and not under threat\".\n"
    )
    assert speakers(text)[0] == (
        "Bellwether Energy has been proud to support Marlhaven Athletic. In light of recent events, including the "
        "proposed relocation from the Saltings, we are reviewing the terms of our partnership and have asked the club "
        "for urgent clarification.",
        "Bellwether Energy",
    )  # had been unattributed


def test_a_bare_plural_of_people_keeps_the_relative_clause_that_says_who_they_are() -> None:
    text = (
        "Harvest rejects bid\n\nMorgan Reyes intends to fund the price with debt, according to people who have seen "
        "the financing plans. Residents, who live near the site, said the plan was wrong."
    )
    assert [c.speaker for c in analyze(text).citations] == ["people who have seen the financing plans", "Residents"]


def test_a_quoted_word_inside_the_speaker_s_own_noun_phrase_is_not_what_they_said() -> None:
    text = (
        "Harvest faces bid\n\nSung-min Park, an analyst at broker Harlow & Finch, which rates Harvest a \"buy\" with a "
        "price target of 310 pence, said the offer left room for a higher bid. Halvern said it was \"disappointed\" by "
        "the draft opinion."
    )
    assert speakers(text) == [("disappointed", "Halvern")]  # the firm's rating had been the analyst's quote


def test_a_headline_quote_a_role_says_is_the_words_of_whoever_the_story_quotes_saying_them() -> None:
    # nu134: the headline's quote had gone to 'Corvell Group plc', the body the role is at, and the brief listed
    # the company's quote beside Brandt's same words
    text = (
        "\"We will fight this all the way,\" says Corvell chief as Pantry deal is blocked\n\n"
        "Corvell Group plc will challenge the regulator's decision, its chief executive said on Tuesday.\n\n"
        "Tomas Brandt, who has run Corvell since 2019, said the regulator had drawn the market far too narrowly. "
        "\"We will fight this all the way,\" he said."
    )
    found = {(text[q.start : q.end].rstrip(","), q.speaker) for q in analyze(text).quotes}
    assert found == {("We will fight this all the way", "Tomas Brandt")}
    # a body as the headline's speaker keeps the quote
    text = (
        "\"We will fight this all the way,\" says Corvell as Pantry deal is blocked\n\n"
        "Corvell Group plc will challenge the decision. Tomas Brandt said the regulator was wrong. "
        "\"We will fight this all the way,\" he said."
    )
    assert ("We will fight this all the way", "Corvell Group plc") in {(text[q.start : q.end].rstrip(","), q.speaker) for q in analyze(text).quotes}


def test_a_leader_described_in_the_lede_is_the_one_the_story_then_says_leads_the_body() -> None:
    # nu134: 'its chief executive said' in the lede had been a source of its own beside Tomas Brandt, who runs it
    text = (
        "Corvell to appeal\n\n"
        "Corvell Group plc will challenge the Competition and Consumer Authority's decision to block its takeover of "
        "Pantry, its chief executive said on Tuesday.\n\n"
        "Tomas Brandt, who has run Corvell since 2019, said the regulator had drawn the market far too narrowly."
    )
    facts = analyze(text)
    assert {c.speaker for c in facts.citations} == {"Tomas Brandt"}
    assert not any(a.described for a in facts.actors)
    # after the lede, a description refers back only: no one named before it, no one it is
    text = (
        "Corvell to appeal\n\n"
        "The regulator blocked the deal on Monday.\n\n"
        "Corvell Group plc will challenge the decision, its chief executive said on Tuesday.\n\n"
        "Tomas Brandt, who has run Corvell since 2019, said the regulator was wrong."
    )
    assert "Tomas Brandt" not in {c.speaker for c in analyze(text).citations if "challenge" in text[c.sentence[0] : c.sentence[1]]}


def test_he_after_a_sentence_whose_main_subject_is_he_continues_its_referent_past_a_name_in_a_clause() -> None:
    # nu135: 'He said the sentence should not exceed four years' had gone to Pryle, the subject of 'a loan which
    # Pryle had paid back' in the sentence before, whose main subject, 'He', is the barrister
    text = (
        "Former mayor Desmond Pryle was jailed for seven years. Defence barrister Owen Tredwell KC rejected that "
        "figure. He told the judge that the true sum was 45,000 pounds, a loan which Pryle had paid back. He said the "
        "sentence should not exceed four years."
    )
    cited = {text[c.sentence[0] : c.sentence[1]].split()[1]: c.speaker for c in analyze(text).citations}
    assert cited["said"] == "Owen Tredwell"


def test_a_statement_one_person_reads_out_from_another_is_the_other_s_words() -> None:
    # nu135: the defendant's statement, read out by his barrister, had been given to the barrister
    text = (
        "Former mayor Desmond Pryle was jailed for seven years on Friday. Defence barrister Owen Tredwell KC said "
        "his client would appeal.\n\n"
        "Tredwell read a statement from his client on the court steps:\n\n"
        "\"I have let down the town I love, and I am sorry for that. But I never sold a single vote.\"\n\n"
        "Pryle's neighbour, Ann Lee, read a letter by the mayor's wife:\n\n"
        "\"We have lost everything, and we will not stop fighting to clear his name.\"\n\n"
        "Tredwell then read his own notes:\n\n"
        "\"The sentence is far too long, and we will say so at the appeal.\"\n"
    )
    found = {text[q.start : q.end].split(",")[0]: q.speaker for q in analyze(text).quotes}
    assert found["I have let down the town I love"] != "Owen Tredwell"
    assert found["We have lost everything"] != "Ann Lee"
    assert found["The sentence is far too long"] == "Owen Tredwell"  # notes are no carrier of another's words


def test_a_headline_quotation_before_a_colon_is_the_words_of_the_person_the_clause_after_it_has_as_subject() -> None:
    # nu135: '"You found yourself a villa": judge jails ex-mayor Pryle for seven years' had been left unattributed
    text = (
        "\"You found yourself a villa\": judge jails ex-mayor Pryle for seven years\n\n"
        "The man who ran Wellbridge for six years was jailed yesterday. Judge Miriam Okafor-Lane said he had treated "
        "the scheme \"as a private bank account\". Pryle denied wrongdoing."
    )
    assert speakers(text)[0] == ("You found yourself a villa", "Miriam Okafor-Lane")
    # an event noun or a group after the colon names no one
    text = (
        "\"They did the opposite of what we asked\": fury as maternity closure confirmed\n\n"
        "Health chiefs confirmed the closure on Monday. Judge Miriam Okafor-Lane had refused to halt it."
    )
    assert speakers(text)[0][1] is None


def test_a_definite_description_in_a_datelined_lede_is_the_one_holder_of_its_office_named_later() -> None:
    # nu135: 'in what the sentencing judge called "..."' had been a source of its own beside Justice Okafor-Lane;
    # the parser cuts the dateline off as a sentence, and the lede had been taken for the dateline
    text = (
        "Former mayor jailed over bribes\n\n"
        "WELLBRIDGE, March 3 (Newsline) - A former mayor was jailed for seven years on Tuesday for taking bribes, in "
        "what the sentencing judge called \"a betrayal of every family on the waiting list\".\n\n"
        "Justice Miriam Okafor-Lane told the court that Pryle had abused his office."
    )
    facts = analyze(text)
    assert {q.speaker for q in facts.quotes} == {"Miriam Okafor-Lane"}
    assert not any(a.described for a in facts.actors)
    # an indefinite description in such a lede is someone named later too (delayed identification)
    text = (
        "Dam warning\n\n"
        "HALDEN, May 12 (Newsline) - A hydrologist has warned that the dam is \"close to failing\".\n\n"
        "Dr Owen Pritchard, a hydrologist at Halden University, said the spillway was cracked."
    )
    assert {q.speaker for q in analyze(text).quotes} == {"Owen Pritchard"}
    # a description whose modifier names another office than the one held later stays apart
    text = (
        "Talks stall\n\n"
        "HALDEN, May 12 (Newsline) - The talks stalled on Tuesday, the foreign minister said, calling them \"a waste of "
        "time\".\n\n"
        "Finance Minister Ilse Varga said the budget was safe."
    )
    assert "Ilse Varga" not in {q.speaker for q in analyze(text).quotes}


def test_a_description_of_what_a_role_is_of_is_no_holder_of_a_role_of_something_else() -> None:
    # nu137: the lede's 'The head of the Ashforth police force announced' had been given to the force's head of
    # neighbourhood policing, and with the 'of' phrase read no leader of another body holds it
    text = (
        "ASHFORTH, October 9 (Newsline) - The head of the Ashforth police force announced on Thursday that it would "
        "close two police stations.\n\n"
        "The force's head of neighbourhood policing, Superintendent Colin Reddy, said response times would stay low. "
        "Margaret Oyelaran, chair of the Kelby Vale Residents' Association, said people felt abandoned."
    )
    lede = text.index("The head")
    assert not any(c.sentence[0] == lede and c.speaker in ("Colin Reddy", "Margaret Oyelaran") for c in analyze(text).citations)
    # the role holder with the same 'of' still is
    text = (
        "The head of neighbourhood policing said on Thursday that response times would stay low.\n\n"
        "The force's head of neighbourhood policing, Superintendent Colin Reddy, said the plan was sound."
    )
    assert {c.speaker for c in analyze(text).citations} == {"Colin Reddy"}


def test_a_speech_verb_in_a_present_clause_of_time_is_awaited_not_said() -> None:
    # nu136: a columnist's 'Until the commissioner says it does, the reviewers should stop listening.' had been
    # listed as the commissioner's statement
    text = (
        "Commissioner Ragnhild Oyen opened an inquiry on Tuesday. Until the commissioner says it does, the reviewers "
        "should stop listening. The talks went on until Oyen said the office would act."
    )
    cited = [text[c.sentence[0] : c.sentence[1]] for c in analyze(text).citations if c.speaker == "Ragnhild Oyen"]
    assert cited == ["The talks went on until Oyen said the office would act."]


def test_a_definite_description_refers_back_to_an_untagged_name_set_in_apposition_to_its_noun() -> None:
    # nu136: 'According to the group' after 'Quiet Rooms, a privacy advocacy group, says' (a name the recogniser
    # did not tag) had been an unnamed source 'the group', and 'The group said' no one's
    text = (
        "Quiet Rooms, a privacy advocacy group, says the company has kept far more than it admits. According to the "
        "group, the report lists 2.3 million clips retained in six weeks. The group said the figure was alarming."
    )
    assert [c.speaker for c in analyze(text).citations] == ["Quiet Rooms"] * 3


def test_putting_a_figure_at_a_number_is_an_estimate_its_subject_gives() -> None:
    # nu137: 'The Civic Party's Gareth Lowe puts the saving from the two buildings at just £1.1m.' had cited no one
    text = (
        "The force says the closures will save £6.2m a year. The Civic Party's Gareth Lowe puts the saving from the "
        "two buildings at just £1.1m. The builders put the new roof at the top of the list."
    )
    cited = {text[c.sentence[0] : c.sentence[1]]: c.speaker for c in analyze(text).citations}
    assert cited.get("The Civic Party's Gareth Lowe puts the saving from the two buildings at just £1.1m.") == "Gareth Lowe"
    assert not any(s.startswith("The builders") for s in cited)


def test_findings_published_in_a_journal_cite_the_journal() -> None:
    text = (
        "The drug reduced monthly migraine days by 4.1 on average over six months, against 2.3 days for patients "
        "given a placebo, according to results published on Tuesday in the Northern Journal of Medicine."
    )
    assert [c.speaker for c in analyze(text).citations] == ["Northern Journal of Medicine"]


def test_a_source_described_in_the_lede_with_a_word_the_later_role_lacks_is_the_one_named_later() -> None:
    text = (
        "KELDMOUTH, May 12 (Meridian Wire) - A monthly injection cut headache days in a large trial, but an "
        "independent statistician warned that the benefit had been overstated.\n\n"
        "Dr Magnus Thorlby, a medical statistician at the University of Ferrisby who was not involved in the study, "
        "said the headline figure was misleading."
    )
    assert {c.speaker for c in analyze(text).citations} == {"Magnus Thorlby"}


def test_a_name_the_parser_joined_to_a_fronted_place_is_the_verb_s_subject() -> None:
    text = (
        "The trustees voted on Monday to return 32 objects. In Ekora, Chief Baraka Osei, a senior elder of the royal "
        "council, welcomed the vote but said the objects belonged in the palace at Ekora."
    )
    found = analyze(text)
    assert [c.speaker for c in found.citations] == ["Baraka Osei"]  # not the place
    assert [(p.holder, p.target) for p in found.pairs] == [("Baraka Osei", "the vote")]


def test_an_embassy_named_by_the_adjective_of_a_country_the_article_names_is_that_country_s() -> None:
    text = (
        "The vote falls short of the claim the Republic of Tassara lodged in March, which lists 45 objects.\n\n"
        "In a statement, the Tassaran embassy in Londraven said:\n\n"
        "\"The Republic of Tassara welcomes the trustees' decision as a first step. But our claim covers 45 objects.\""
    )
    quotes = analyze(text).quotes
    assert [q.affiliation for q in quotes] == ["Republic of Tassara"]


def test_a_speech_verb_under_should_or_must_is_advice_and_cites_no_one() -> None:
    # a columnist's advice: the modal of the verb the speech verb is joined to is shared
    text = (
        "The Energy Consents Authority approved the wind farm on Tuesday. My view is simple: this wind farm should be "
        "built, but not here. The authority should reopen the consent and ask the developer to look again at the "
        "deeper waters. Ministers must say whether the price is fair."
    )
    cited = {c.speaker for c in analyze(text).citations}
    assert "Energy Consents Authority" not in cited and not any("inister" in (s or "") for s in cited)


def test_a_description_of_the_role_at_a_body_is_no_one_tied_to_another_body() -> None:
    # the trust's chair is not 'the chairman of Halbrook Athletic', though the trust's name holds the club's
    text = (
        "HALBROOK, October 21 (Continental Press) - The chairman of Halbrook Athletic told shareholders on Tuesday that "
        "the board recommends the sale of the club to an investment fund.\n\n"
        "Sir Geoffrey Almond, who has chaired the club since 2011, said the offer valued Halbrook at 420 million pounds.\n\n"
        "The Halbrook Athletic Supporters' Trust disputes both figures.\n\n"
        '"We are being asked to cheer a number that does not exist," said Maureen Tully, the trust\'s chair.\n'
    )
    analysis = analyze(text)
    lede = [c.speaker for c in analysis.citations if c.sentence[0] < text.index("Sir Geoffrey")]
    assert lede == ["Geoffrey Almond"]
    (almond,) = [a for a in analysis.actors if a.name == "Geoffrey Almond"]
    assert almond.role == "chair"  # from 'who has chaired the club'


def test_a_headline_quotation_that_a_bare_noun_says_is_the_one_body_of_that_noun() -> None:
    # a headline drops its articles; a single closing mark before 'says' makes the verb inverted
    text = (
        "'We are not a trophy for a palace', says trust as Kingfishers board backs takeover\n"
        "The board of Halbrook Athletic has recommended an offer from Crescent Harbour Capital.\n"
        "Within an hour, the Halbrook Athletic Supporters' Trust issued a statement rejecting the recommendation:\n"
        '"Halbrook Athletic belongs to the people who have filled Millgate Park for 127 years. We are not a trophy."\n'
    )
    assert speakers(text)[0] == ("We are not a trophy for a palace", "Halbrook Athletic Supporters' Trust")
    two = "'We are not a trophy', says trust as board backs takeover\nThe Kingfishers Trust and the Halbrook Trust disagree.\n"
    assert speakers(two)[0][1] is None  # two bodies of that noun: none


def test_a_title_and_a_family_name_the_recogniser_missed_are_the_person_named_in_full() -> None:
    # 'Councillor Pascoe' was tagged a work of art: a title and a family name, Councillor Morwenna Pascoe's
    text = (
        "The swing vote came from Councillor Morwenna Pascoe, the member for Harbour ward, who opposed the wind farm "
        'two years ago.\n"I have not stopped caring about the fleet," Councillor Pascoe said.'
    )
    assert speakers(text) == [("I have not stopped caring about the fleet", "Morwenna Pascoe")]
    assert "Councillor Pascoe" not in {a.name for a in analyze(text).actors}
