"""Actors from named entities: one per referent, typed by the entity recogniser, roles and affiliations from the parse."""

from __future__ import annotations

from pathlib import Path

from summarizer.extract.actors import Mention, _countries_as_people, _people, _written_as_places, entity_mentions, find_referents, role_of
from summarizer.extract.analysis import analyze
from summarizer.extract.nlp import parse


def actors(text: str) -> dict[str, tuple[str, str, list[str]]]:
    return {a.name: (a.kind, a.role, a.affiliations) for a in analyze(text).actors}


def test_hyphenated_and_accented_names_stay_whole() -> None:
    text = (
        "Ana-Lucía Pérez-Ortega, a hydrologist at the University of Chile, said the river was rising. "
        "Żaneta Kowalska, the mayor of Gdańsk, said the city was ready. Pérez-Ortega and Kowalska met on Monday."
    )
    found = analyze(text).actors
    people = {a.name: a.aliases for a in found if a.kind == "person"}
    assert people == {"Ana-Lucía Pérez-Ortega": ["Pérez-Ortega"], "Żaneta Kowalska": ["Kowalska"]}


def test_titles_and_roles_are_split_off_and_name_the_affiliation() -> None:
    text = (
        "Bank of England governor Andrew Bailey spoke first. Russian President Vladimir Putin replied. "
        "Microsoft's chief executive, Satya Nadella, agreed. Senior researcher Mu Li, of the University of Sydney, disagreed. "
        "Bailey, Putin, Nadella and Li met again on Friday."
    )
    found = actors(text)
    assert found["Andrew Bailey"] == ("person", "Bank of England governor", ["Bank of England"])
    assert found["Vladimir Putin"] == ("person", "Russian President", ["Russia"])
    assert found["Satya Nadella"] == ("person", "Microsoft's chief executive", ["Microsoft"])
    assert found["Mu Li"] == ("person", "Senior researcher", ["University of Sydney"])


def test_capitals_and_seats_of_government_fold_into_their_country() -> None:
    text = "The Kremlin said on Monday that Moscow would respond. Russia then recalled its envoy from Washington, and the United States protested."
    found = {a.name: a for a in analyze(text).actors}
    assert found["Russia"].kind == "country" and set(found["Russia"].aliases) == {"Kremlin", "Moscow"}
    assert found["United States"].kind == "country" and "Washington" not in found  # 'from Washington': where he was
    assert "Kremlin" not in found and "Moscow" not in found


def test_an_organisation_and_its_acronym_are_one_actor() -> None:
    text = "The National Institutes of Health (NIH) announced a new policy. NIH said the cap would save money."
    found = analyze(text).actors
    assert [(a.name, a.kind, a.aliases) for a in found] == [("National Institutes of Health", "organization", ["NIH"])]


def test_bare_nouns_fragments_and_adjectives_are_never_actors() -> None:
    text = (
        "The authorities said the company would appeal. Under President Chavez, Venezuelan exports grew. "
        "Venezuelan officials said Chavez had been right."
    )
    names = set(actors(text))
    assert not names & {"authorities", "The authorities", "company", "the company", "Venezuelan", "Under President Chavez"}
    assert actors(text)["Chavez"][0] == "person"


def test_a_passing_mention_is_not_an_actor_but_one_who_acts_is() -> None:
    text = "The study was published in Nature last week. Greenpeace criticised the findings on Tuesday."
    assert set(actors(text)) == {"Greenpeace"}


def names_in(text: str) -> set[str]:
    from summarizer.extract.actors import entity_mentions
    from summarizer.extract.nlp import parse

    return {m.text for m in entity_mentions(parse(text))}


def test_an_organisation_name_the_recogniser_cut_short_is_made_whole() -> None:
    text = (
        "In response, a nonfederal Joint Associations Group on Indirect Costs has proposed a model.\n"
        "The instrument was built at NASA Goddard Space Flight Center.\n"
        "The FBI, Homeland Security Investigations (HSI), and Europol attended.\n"
        "After the leak, CEO of the Refugee Council Enver Solomon told Sky News the plan was welcome."
    )
    found = names_in(text)
    assert {"Joint Associations Group on Indirect Costs", "Homeland Security Investigations"} <= found
    assert any(n.endswith("Goddard Space Flight Center") for n in found)
    assert "Refugee Council" in found and not any("Enver" in n and "Council" in n for n in found)  # a first name stays out


def test_a_title_in_two_parts_is_one_organisation_and_a_label_is_not_part_of_a_name() -> None:
    text = (
        "Unzipped: Gay Armenia also made a post about the attack. Unzipped: Gay Armenia was shocked.\n"
        "Source: CRS, based on various executive orders."
    )
    found = analyze(text).actors
    assert ("Unzipped: Gay Armenia", "organization") in {(a.name, a.kind) for a in found}
    assert "CRS" in names_in(text) and not any(n.startswith("Source") for n in names_in(text))


def test_a_handle_that_spells_an_organisation_of_the_article_is_that_organisation() -> None:
    text = (
        "Unzipped: Gay Armenia made a post about the fire. Unzipped: Gay Armenia was shocked.\n\n"
        "@unzippedblog: Alleged arson attack towards my favourite bar. Motives not clear yet\n\n"
        "@ArmenianWomen: The pub has been vandalized and burnt early this morning in Armenia, the owner says"
    )
    facts = analyze(text)
    assert [q.speaker for q in facts.quotes] == ["Unzipped: Gay Armenia", "@ArmenianWomen"]


def test_a_label_before_a_colon_is_not_part_of_the_name_after_it() -> None:
    text = "Key Takeaway: Maduro is actively constructing a security architecture with Russia."
    assert "Maduro" in names_in(text) and not any("Takeaway" in n for n in names_in(text))


def test_the_credits_of_a_wire_story_are_not_actors() -> None:
    text = (
        "Korea expert Bruce Bennett from the RAND Corporation told VOA the North does not need nuclear weapons.\n"
        "Bennett added that North Korea lacks credibility.\n"
        "I’m Mario Ritter.\n"
        "Brian Padden and Victor Beattie reported on this story for VOANews.com. Youmi Kim in Seoul also contributed "
        "to the report. Bryan Lynn adapted this story for Learning English. Mario Ritter was the editor.\n"
        "Anna Lee did not air this report."
    )
    people = {a.name for a in analyze(text).actors if a.kind == "person"}
    assert people == {"Bruce Bennett", "Anna Lee"}


def test_a_nickname_in_quotation_marks_does_not_cut_a_name_short() -> None:
    text = (
        "The project is headed up by Dr. Natchimuthuk “Nat” Gopalswamy of NASA’s Goddard Space Flight Center. "
        "Gopalswamy describes the design."
    )
    people = {a.name: a.affiliations for a in analyze(text).actors if a.kind == "person"}
    assert list(people) == ["Natchimuthuk Gopalswamy"]
    assert people["Natchimuthuk Gopalswamy"][0].endswith("Goddard Space Flight Center")


def test_a_name_around_a_nickname_the_recogniser_cut_is_one_person_and_the_nickname_form_is_theirs() -> None:
    text = (
        'Earvin "Magic" Johnson, who owns part of the team, said the deal was fair. '
        "The coach, Robert “Bobby” Keane, said the players were tired. "
        "Former striker Abdelkader “Kader” Benali told reporters he would stay. "
        '"Magic Johnson never gave up on this city," Keane said.'
    )
    people = {a.name: (a.role, a.aliases) for a in analyze(text).actors if a.kind == "person"}
    assert people["Earvin Johnson"] == ("", ["Magic Johnson"])
    assert people["Robert Keane"] == ("coach", ["Keane"])
    assert people["Abdelkader Benali"] == ("Former striker", [])
    assert set(people) == {"Earvin Johnson", "Robert Keane", "Abdelkader Benali"}


def test_a_quoted_name_that_is_no_nickname_inside_a_name_is_left_alone() -> None:
    text = (
        'Tabloid newspapers called Helen Morris "Red Winnie" and Morris said she liked it. '
        'Robert De Niro, who starred in "Heat" Monday night, said it was his favourite film.'
    )
    people = {a.name for a in analyze(text).actors if a.kind == "person"}
    assert "Robert De Niro" in people and not any("Winnie" in p or "Heat" in p for p in people)


def test_a_peers_territorial_designation_is_part_of_the_title_not_a_body_or_an_affiliation() -> None:
    text = (
        "Lord Pelham of Ashby, who was employment secretary during the dispute, said the strike was unlawful. "
        "Baroness Hale of Richmond said the ruling was wrong. Professor Anna Kay of Oxford University disagreed."
    )
    found = {a.name: (a.kind, a.affiliations) for a in analyze(text).actors}
    peers = [(kind, affiliations) for name, (kind, affiliations) in found.items() if "Pelham" in name or "Hale" in name]
    assert peers == [("person", []), ("person", [])]
    assert not any("Ashby" in name or "Richmond" in name for name in found)
    assert found["Anna Kay"] == ("person", ["Oxford University"])


def test_an_organisation_right_before_a_role_is_where_the_role_is_held() -> None:
    text = (
        "It quoted critics like immigration barrister Colin Yeo, and Joint Council for the Welfare of Immigrants "
        "campaigner Caitlin Boswell, with Boswell stating: ‘This latest move from government is clumsy.’"
    )
    found = actors(text)
    assert found["Caitlin Boswell"][2] == ["Joint Council for the Welfare of Immigrants"]


def test_the_organisation_a_person_is_at_comes_before_a_place_in_their_role() -> None:
    text = (
        "Korea expert Bruce Bennett from the RAND Corporation told VOA the North does not need nuclear weapons. "
        "Bennett added that it lacks credibility. Russian President Vladimir Putin disagreed."
    )
    found = actors(text)
    assert found["Bruce Bennett"] == ("person", "Korea expert", ["RAND Corporation"])
    assert found["Vladimir Putin"][2] == ["Russia"]


def test_one_referent_written_two_ways_is_one_actor() -> None:
    text = (
        "The vaccine was developed at the University of Oxford. Oxford University said the trial would go on. "
        "Bail was posted by MP Artsvik Minasyan. Critics said Ardzvik Minasyan had encouraged the attackers. "
        "Kim Jong Un spoke on Friday, and Youmi Kim reported from Seoul."
    )
    names = [a.name for a in analyze(text).actors]
    assert sum("Oxford" in n for n in names) == 1
    assert sum("Minasyan" in n for n in names) == 1
    assert "Youmi Kim" not in names or "Kim Jong Un" in names  # a shared surname is not one person


def test_the_acronym_of_a_document_is_no_actor() -> None:
    text = (
        "Tariffs on goods from the U.S.-Mexico-Canada Agreement (USMCA) partners were cut. The USMCA sets rules "
        "of origin, and the USMCA review begins in 2026. The USMCA was signed in 2018."
    )
    assert "USMCA" not in {a.name for a in analyze(text).actors}
    text = (
        "States maintain voter rolls required by the Secure Voting Act of 2002 (SVA; P.L. 107-252). Congress "
        "included $400 million in SVA funding in 2020. Other SVA grant funding went to states. SVA requires audits."
    )
    assert {a.name for a in analyze(text).actors} == {"Congress"}  # an acronym before a citation, not a bracket


def test_two_organisation_names_joined_by_and_are_one_when_their_acronym_says_so() -> None:
    text = (
        "Grants were distributed by two nonprofit organizations: the Center for Tech and Civic Life (CTCL, "
        "$350 million) and the Center for Election Innovation & Research (CEIR, $69.5 million)."
    )
    assert "Center for Tech and Civic Life" in names_in(text) and "Civic Life" not in names_in(text)


def test_a_cross_reference_in_brackets_names_no_actors() -> None:
    text = (
        "States were required to submit changes to federal preclearance (for more on preclearance, see CRS Report "
        "R47520, The Voting Rights Act: Historical Development and Policy Background, by R. Sam Garrett). "
        "Commissioner Benjamin Hovland said the funds were needed."
    )
    people = {a.name for a in analyze(text).actors if a.kind == "person"}
    assert people == {"Benjamin Hovland"}


def test_a_name_after_the_article_is_no_person() -> None:
    text = (
        "The instrument listens to the Moon. The Moon is quiet, Natalie Cole said. The Moon has no ionosphere. "
        "While the Trump administration has publicly denied imminent action, the deployment is large. "
        "While the Trump administration has denied it, the deployment suggests a high level of preparedness. "
        "Trump said nothing."  # a one-word person must act to be an actor (see below)
    )
    assert {a.name for a in analyze(text).actors if a.kind == "person"} == {"Natalie Cole", "Trump"}


def test_a_name_introduced_as_an_expert_from_an_organisation_is_a_person() -> None:
    text = (
        "Another expert, Bong Young-shik from the Asan Institute for Policy Studies in Seoul, doubts the commitment.\n"
        "“I think that proposal needs to be weighed to see if it carries any significance.”"
    )
    facts = analyze(text)
    assert ("Bong Young-shik", "person") in {(a.name, a.kind) for a in facts.actors}
    assert [q.speaker for q in facts.quotes] == ["Bong Young-shik"]


def test_a_country_tagged_as_a_person_is_a_country_unless_someone_is_named_so() -> None:
    # en_core_web_sm tags 'Armenia' PERSON in this hashtag-heavy blog post (a dev article).
    path = Path(__file__).parents[1] / "evals/dev/articles/cluster_yerevan_bar_globalvoices_2012_arson_attack.txt"
    people = {a.name for a in analyze(path.read_text(encoding="utf-8")).actors if a.kind == "person"}
    assert "Armenia" not in people
    # A person mention that is a country's own name: the country, unless a person bears that name.
    mentions = [Mention(0, 7, "Armenia", "person", 0), Mention(10, 19, "Jim Jordan", "person", 3), Mention(30, 36, "Jordan", "person", 8)]
    _countries_as_people(mentions)
    assert [m.kind for m in mentions] == ["country", "person", "person"]
    found = actors("Georgia Smith, a nurse, said the clinic was full. Smith said Georgia needed more doctors.")
    assert found["Georgia Smith"][0] == "person"


def test_part_of_a_place_or_product_name_is_no_actor_anywhere_in_the_article() -> None:
    # One name keeps one sense within an article: the recogniser tags 'Hormuz' (in a heading) and 'Bermuda' as
    # people, and the whole names as a location and a product elsewhere.
    assert names_in("Tanker traffic - Strait of Hormuz. Oman said ships crossing the Strait of Hormuz were safe.") == {"Oman"}
    text = (
        "Pilots have long feared the Bermuda Triangle. Some bloggers blamed the Bermuda Triangle, which lies off "
        "Florida, for the loss. Others said the Bermuda triangle needs investigating."
    )
    assert "Bermuda" not in names_in(text)
    # a name written on its own is still a mention, and the facility keeps its own name
    text = "Crews returned to the Kennedy Space Center on Friday. NASA said the launch from Kennedy Space Center was delayed. Kennedy had promised the Moon."
    assert {"Kennedy Space Center", "NASA", "Kennedy"} <= names_in(text)


def test_a_heading_phrase_the_recogniser_takes_for_a_person_is_no_actor() -> None:
    text = (
        "Mayor Okafor’s Bet\n\nThe Council: Slow Approval and Quiet Backing\n\n"
        "Mayor Linda Okafor backs the harbour plan, which the council approved.\n\n"
        "On Wednesday, Councillor Jane Roe told reporters: ‘The plan will cost us the beach.’\n"
    )
    names = names_in(text)
    assert "Quiet Backing" not in names and "Okafor’s Bet" not in names
    assert "Linda Okafor" in names and any(n.endswith("Jane Roe") for n in names)  # a colon inside a sentence is no label


def test_a_closing_quotation_mark_glued_to_a_name_is_not_part_of_it() -> None:
    text = "The envoy praised Kenya.”Kenya has the full support of the United Kingdom” she said."
    assert [(a.name, a.aliases) for a in analyze(text).actors] == [("Kenya", []), ("United Kingdom", [])]  # the UK: a stated stance's holder


def test_a_one_word_organisation_joins_the_one_longer_name_it_heads() -> None:
    text = (
        "The Trump Administration proposed a cap on grants in March. Universities objected. "
        "The Administration said the cap would save money, and the Administration repeated the claim in May."
    )
    assert [(a.name, a.aliases) for a in analyze(text).actors] == [("Trump Administration", ["Administration"])]
    # two committees: 'the Committee' could be either, and joins neither
    text = "The Senate Appropriations Committee rejected the cap. The House Appropriations Committee agreed. The Committee said more work was needed."
    assert {"Senate Appropriations Committee", "House Appropriations Committee"} <= set(actors(text))


def test_two_countries_sharing_their_last_word_are_two_actors() -> None:
    text = "Tensions between North and South Korea rose on Friday after North Korea fired shells. South Korea said it would respond."
    assert names_in(text) == {"North Korea", "South Korea"}
    assert [a.name for a in analyze(text).actors] == ["North Korea", "South Korea"]


def test_a_role_does_not_start_with_the_end_of_a_bracket_glued_on_by_the_page() -> None:
    text = "Talks resumed on Monday. OSLO (AP)Norwegian Foreign Minister Anniken Huitfeldt met the envoys. Huitfeldt said the talks were useful."
    assert actors(text)["Anniken Huitfeldt"][1] == "Norwegian Foreign Minister"


def test_a_title_before_a_surname_is_no_first_name() -> None:
    text = (
        "Councillor Dana Whitfield, who proposed the ban, said the town had run out of patience.\n\n"
        "Riders objected. Councillor Whitfield said the council would review the ban after one year."
    )
    found = actors(text)
    assert "Councillor Whitfield" not in found and found["Dana Whitfield"][1] == "Councillor"


def test_a_title_the_recogniser_tagged_with_the_name_is_the_role() -> None:
    found = actors("Mayor Ana Silva met farmers on Monday. The farmers asked for water.")
    assert "Mayor Ana Silva" not in found and found["Ana Silva"][1] == "Mayor"  # 'Mayor' is no one's given name
    found = actors("Dean Smith met farmers on Monday. Smith said the farmers asked for water.")
    assert "Dean Smith" in found  # 'Dean' is a given name as well as a title: before a surname alone it stays


def test_a_role_ends_at_its_noun_not_at_a_relative_pronoun() -> None:
    text = "Lena Park, a nursing student who rides a scooter to work, said the ban was unfair. Park said she would walk."
    assert actors(text)["Lena Park"][1] == "nursing student"


def test_a_place_the_recogniser_also_calls_a_person_is_a_place() -> None:
    text = (
        "HARLOW BAY, May 4, 2025 — The Harlow Bay town council voted 5-2 on Thursday night to approve the port expansion.\n\n"
        "Mayor Colin Ashworth said the project would bring 600 jobs. “This is the biggest investment Harlow Bay has "
        "seen in a generation,” Ashworth said.\n"
    )
    assert actors(text).get("Harlow Bay", ("place",))[0] != "person"


def test_a_body_whose_members_are_a_clause_s_subject_acts_in_the_story() -> None:
    text = (
        "The Ministry of Health ran a drill in Lagos on Tuesday. "
        "Officers from Interpol and the governments of Ghana and Togo took part. "
        "It was the largest drill in the history of Nigeria."
    )
    names = set(actors(text))
    assert {"Interpol", "Ghana", "Togo"} <= names
    assert "Nigeria" not in names  # named once, and not acting


def test_a_partner_in_a_joint_act_acts_in_the_story() -> None:
    text = (
        "The Ministry of Health recently partnered with the Wellcome Trust to run a vaccine drill in Lagos. "
        "The ministry also signed a deal with the Gates Foundation and met with a warning from Oxfam that doses were short."
    )
    names = set(actors(text))
    assert {"Wellcome Trust", "Gates Foundation"} <= names  # 'partnered with X', 'a deal with X': partners in the act
    assert "Oxfam" not in names  # named once, after a 'with' of manner


def test_a_name_in_a_line_label_does_not_act_there() -> None:
    from summarizer.extract.actors import find_referents
    from summarizer.extract.nlp import parse

    text = (
        "Outlook\n\n"
        "  • Backing of the Arab League: The trade dispute will likely solidify the partnership between Chile, Peru and Bolivia.\n\n"
        "The finance ministry said exports rose by four percent."
    )
    league = next(r for r in find_referents(parse(text)).items if "Arab League" in r.name)
    assert league.name == "Arab League"  # the recogniser ran on into 'The' after the colon
    assert (league.subjects, league.agentive) == (0, 0)  # the parse makes the label a clause's subject


def test_a_one_word_person_who_neither_speaks_nor_acts_is_no_actor() -> None:
    text = (
        "The probe flew past Didymos in 2022. Images of Didymos showed a rubble pile, said Nancy Chabot, who leads the team. "
        "Camerini, a blogger, wrote that nobody knows what happened."
    )
    names = set(actors(text))
    assert "Didymos" not in names  # an asteroid the recogniser calls a person
    assert {"Nancy Chabot", "Camerini"} <= names  # one word is enough for a writer who speaks


def test_every_iso_country_is_a_country_under_the_name_news_writes() -> None:
    from summarizer.extract.entities import canonical_country

    assert [canonical_country(n) for n in ("Togo", "Benin", "Viet Nam", "Côte d'Ivoire", "Russian Federation", "Czech Republic")] == [
        "Togo", "Benin", "Vietnam", "Ivory Coast", "Russia", "Czechia"
    ]
    text = "Troops from Togo and Benin crossed the border on Monday. Togo said the operation was over, and Benin agreed."
    assert {(a.name, a.kind) for a in analyze(text).actors} == {("Togo", "country"), ("Benin", "country")}


def test_a_surname_two_people_share_but_for_an_accent_is_the_one_written_alike() -> None:
    text = (
        "Bloggers criticise President Alan García for the deaths. In his blog, Erick Garcia writes that the talks failed. "
        "García said the protesters were wrong."
    )
    found = {a.name: a.aliases for a in analyze(text).actors if a.kind == "person"}
    assert found.get("Alan García") == ["García"] and "García" not in found


def test_a_town_after_a_preposition_of_place_is_where_someone_is_not_their_affiliation() -> None:
    text = (
        "Maria Costa, a blogger in Lisbon who writes about urban life, criticised the plan. "
        "Carlos Moedas, the mayor of Lisbon, defended it. Costa and Moedas met on Friday."
    )
    found = actors(text)
    assert found["Maria Costa"][2] == [] and found["Carlos Moedas"][2] == ["Lisbon"]


def test_writing_for_a_publication_names_the_affiliation() -> None:
    text = (
        "Cynthia Drescher, blogging at the Britannica Blog, says that the lack of information breeds rumours. "
        "Writing for Foreign Policy, Stephen Walt said the plan was doomed. "
        "From Plane Talking, written by Ben Sandilands at Crikey Blogs. "
        "Maria Lopez, writing from Lisbon, said the talks had failed."
    )
    people = {a.name: a.affiliations for a in analyze(text).actors if a.kind == "person"}
    assert people == {
        "Cynthia Drescher": ["Britannica Blog"],
        "Stephen Walt": ["Foreign Policy"],
        "Ben Sandilands": ["Crikey Blogs"],
        "Maria Lopez": [],
    }


def test_the_place_of_a_dateline_is_no_actor() -> None:
    text = (
        "OSLO, June 18, 2024 — Norway imposed sanctions on Belarus on Monday. Norway said the measures were targeted.\n"
        "SACRAMENTO, September 9, 2024 — The California Teachers Association said it backed the rules."
    )
    names = {a.name for a in analyze(text).actors}
    assert "Norway" in names and not names & {"OSLO", "SACRAMENTO"}


def test_a_regular_demonym_names_its_country_and_a_bare_stem_does_not() -> None:
    from summarizer.extract.entities import country_of_demonym

    found = {w: country_of_demonym(w) for w in ("Belarusian", "Norwegian", "Indonesian", "Roman", "Catholic", "Russian")}
    assert found == {"Belarusian": "Belarus", "Norwegian": "Norway", "Indonesian": "Indonesia", "Roman": None, "Catholic": None, "Russian": "Russia"}


def test_names_with_an_inner_capital_are_names_and_glued_words_are_not() -> None:
    text = (
        "Senate leader Mitch McConnell said the bill would fail. Florida Governor Ron DeSantis opposed the plan. "
        "Scott MacDonald, a lawyer at Baker McKenzie, said it was unclear. The magazine MicroMega agreed. "
        "The statement was issued by the Ministry of DefenceThe minister later resigned."
    )
    found = actors(text)
    assert found["Mitch McConnell"][:2] == ("person", "Senate leader")
    assert found["Ron DeSantis"][:2] == ("person", "Florida Governor")
    assert found["Scott MacDonald"] == ("person", "lawyer", ["Baker McKenzie"])
    assert found["MicroMega"][0] == "organization"
    assert not any("DefenceThe" in name for name in found)  # a page lost the break before 'The minister'


def test_a_surname_particle_does_not_end_a_name() -> None:
    text = (
        "Ursula von der Leyen, the European Commission president, said the plan was ready. "
        "Marine Le Pen disagreed on Tuesday."
    )
    found = actors(text)
    assert found["Ursula von der Leyen"] == ("person", "European Commission president", ["European Commission"])
    assert found["Marine Le Pen"][0] == "person"
    assert "Leyen" not in found


def test_a_lede_dense_with_names_is_not_taken_for_a_foreign_paragraph() -> None:
    text = 'Chinese President Xi Jinping met Recep Tayyip Erdoğan. "Our ties are strong," Xi said.'
    facts = analyze(text)
    assert [(a.name, a.kind, a.role) for a in facts.actors] == [("Xi Jinping", "person", "Chinese President")]
    assert [q.speaker for q in facts.quotes] == ["Xi Jinping"]


def test_every_capital_and_demonym_names_its_country() -> None:
    text = "Minsk said on Monday that Belarus would respond. Cairo protested, and Egypt recalled its envoy. A Kenyan diplomat, Ruth Wanjiru, said the talks failed."
    found = {a.name: a for a in analyze(text).actors}
    assert "Minsk" in found["Belarus"].aliases and "Minsk" not in found
    assert "Cairo" in found["Egypt"].aliases
    assert found["Ruth Wanjiru"].affiliations == ["Kenya"]


def test_a_relative_clause_of_leading_or_working_for_a_body_names_the_affiliation() -> None:
    text = (
        "Kristalina Georgieva, who heads the International Monetary Fund, said growth would slow. "
        "Ann Lee, who works at Google, agreed. Tom Ray, who criticized Google, did not."
    )
    found = actors(text)
    assert found["Kristalina Georgieva"] == ("person", "head", ["International Monetary Fund"])
    assert found["Ann Lee"] == ("person", "", ["Google"])
    assert found["Tom Ray"] == ("person", "", [])


def test_press_wire_datelines_and_towns_named_like_capitals_are_not_actors() -> None:
    text = (
        "SAN JOSE, Calif.--(BUSINESS WIRE)--Acme Robotics today announced a new robot. "
        "\"We are thrilled,\" said Jane Doe, chief executive of Acme Robotics. The company is based in San Jose, Calif."
    )
    assert set(actors(text)) == {"Jane Doe", "Acme Robotics"}
    text = "NEW YORK, March 3, 2025 /PRNewswire/ -- Globex Corp. announced record earnings. Minsk said it would respond."
    assert set(actors(text)) == {"Globex Corp.", "Belarus"}


def test_an_office_named_for_a_body_is_one_organisation_but_a_persons_office_is_theirs() -> None:
    text = "The Los Angeles Sheriff's office said the case was closed. Nicolás Maduro spoke on Monday. Maduro's office said he would travel."
    found = actors(text)
    assert found["Los Angeles Sheriff's office"][0] == "organization"
    assert "Los Angeles Sheriff" not in found and "Maduro's office" not in found


def test_a_company_with_its_legal_form_and_a_middle_name_used_alone_join_their_full_names() -> None:
    text = (
        "NovaCell Therapeutics, Inc. announced trial results on Monday. NovaCell said the drug worked. "
        "Luiz Inácio Lula da Silva spoke on Tuesday. Lula said the plan was fair."
    )
    found = {a.name: a.aliases for a in analyze(text).actors}
    assert found["NovaCell Therapeutics, Inc."] == ["NovaCell"]
    assert any(name.endswith("Lula da Silva") and aliases == ["Lula"] for name, aliases in found.items())
    assert "NovaCell" not in found and "Lula" not in found


def test_a_title_hung_from_the_first_name_is_a_role_and_a_rank_yields_to_a_fuller_role() -> None:
    text = "Framingham Police Chief Lester Baker said the driver fled. Sgt. Amanda Ruiz, a department spokeswoman, said the road was closed."
    found = actors(text)
    assert found["Lester Baker"] == ("person", "Framingham Police Chief", ["Framingham Police"])
    assert found["Amanda Ruiz"][1] == "department spokeswoman"


def test_a_title_of_office_stays_the_role_over_a_relation_described_after_the_name() -> None:
    text = (
        "State Sen. Daniel Okafor, the bill's sponsor, said the projections were worst-case. Sen. Ana Ruiz, a member "
        "of the Finance Committee, said she opposed the plan. Sgt. Amanda Ruiz, a department spokeswoman, said the "
        "road was closed."
    )
    found = actors(text)
    assert found["Daniel Okafor"][1] == "State Sen."  # a sponsor of a bill holds no office; a senator does
    assert found["Ana Ruiz"][1] == "Sen."
    assert found["Amanda Ruiz"][1] == "department spokeswoman"  # a rank yields to a position described


def test_a_spokesperson_for_an_official_speaks_for_the_official_s_body() -> None:
    head = (
        "Senators back data centre tax break\n\nJEFFERSON CITY — A Missouri Senate committee voted on Tuesday to "
        "advance the bill. Gov. Linda Harwell has not taken a position on the bill. Missouri lawmakers will vote next "
        "week in Missouri. "
    )
    for sentence in (
        'A spokesperson for the governor, Dana Whitcomb, said Harwell was "reviewing the fiscal impact".',
        "Dana Whitcomb, the governor's spokeswoman, said it was under review.",
        "Dana Whitcomb, a spokeswoman for Harwell, said it was under review.",
    ):
        found = {a.name: a.affiliations for a in analyze(head + sentence + "\n").actors}
        assert found["Dana Whitcomb"] == ["Missouri"], sentence  # the governor's, not the senate's nor 'Harwell'
    found = {a.name: a.affiliations for a in analyze(head + "Dana Whitcomb, a spokeswoman for the mayor, said so.\n").actors}
    assert found["Dana Whitcomb"] == []  # no mayor in the article


def test_a_territory_a_role_covers_yields_to_the_body_the_role_is_held_at() -> None:
    found = actors("Michael Brandt, head of Central Europe at Halvern Pharma, said the company was pleased.")
    assert found["Michael Brandt"][2] == ["Halvern Pharma"]  # not 'Central Europe', the region he heads the firm's work in
    assert actors("Tom Reed, head of Europe at Barclays, said rates would rise.")["Tom Reed"][2] == ["Barclays"]
    assert actors("Ana Ruiz, head of the Bank of Spain, said rates would rise.")["Ana Ruiz"][2] == ["Bank of Spain"]


def test_an_organisation_tagged_as_a_facility_is_still_the_whole_affiliation() -> None:
    text = "Mark Cancian, a senior adviser at the Center for Strategic and International Studies, said the aid would help."
    assert actors(text)["Mark Cancian"] == ("person", "senior adviser", ["Center for Strategic and International Studies"])


def test_a_title_the_recogniser_took_for_a_body_is_the_person_who_holds_it() -> None:
    text = (
        "Transport Secretary Louise Haigh announced the fare cap on Monday. "
        "The Transport Secretary has defended the plan, insisting it would \"protect the travelling public\"."
    )
    facts = analyze(text)
    assert [(a.name, a.kind, a.aliases) for a in facts.actors] == [("Louise Haigh", "person", ["Transport Secretary"])]
    assert [q.speaker for q in facts.quotes] == ["Louise Haigh"]


def test_letters_after_a_name_are_neither_a_body_nor_part_of_the_name() -> None:
    text = "Judge Simon Phillips KC said the company had shown \"a shocking disregard for the environment\". Sir Keir Starmer MP said \"we will act.\""
    facts = analyze(text)
    assert [(a.name, a.kind, a.role) for a in facts.actors] == [("Simon Phillips", "person", "Judge"), ("Keir Starmer", "person", "")]
    assert [q.speaker for q in facts.quotes] == ["Simon Phillips", "Keir Starmer"]


def test_a_body_given_after_a_persons_name_is_their_affiliation_not_a_title_to_merge() -> None:
    text = (
        "Daniel Okafor, a lawyer at the Coastline Legal Trust, filed the suit on Monday.\n\n"
        "“The permit ignored the oyster beds entirely.”\n– Daniel Okafor, Coastline Legal Trust\n"
    )
    found = actors(text)
    assert found["Daniel Okafor"] == ("person", "lawyer", ["Coastline Legal Trust"])
    assert found["Coastline Legal Trust"][0] == "organization"


def test_a_plural_common_noun_opening_a_sentence_is_no_name() -> None:
    facts = analyze("Commuters in Kent said the delays were unbearable. The Teamsters said the strike would go on.")
    assert {(a.name, a.kind) for a in facts.actors} == {("Commuters in Kent", "group"), ("Teamsters", "organization")}
    assert [(c.speaker, c.named) for c in facts.citations] == [("Commuters in Kent", False), ("Teamsters", True)]


def test_a_byline_the_recogniser_calls_a_body_and_roles_cut_at_a_relative_clause_or_a_first_name() -> None:
    text = (
        "Hospital trust apologises\n\nBy Eleanor Whitcombe, Health Correspondent\n\n"
        "Daniel Ruiz, a Marine Corps veteran who has worked at the plant for six years, said he was worried."
    )
    found = actors(text)
    assert "Eleanor Whitcombe" not in found
    assert found["Daniel Ruiz"][1] == "Marine Corps veteran"
    assert actors("Labour MP Ms Priya Desai said the figures were shocking.")["Priya Desai"][1] == "Labour MP"  # the first name joins the name


def test_a_role_owned_by_its_or_the_nouns_is_held_at_the_body_it_refers_back_to() -> None:
    text = (
        "Kestrel Airlines reported a record half-year profit. Its chief executive, Ingrid Solberg, said the airline "
        "would buy new aircraft. A senior manager at the Tamworth Savings Bank told a hearing the bank had closed "
        "40 branches. Tomas Reyes-Vidal, the bank's head of retail, said most customers banked online."
    )
    found = actors(text)
    assert found["Ingrid Solberg"][2] == ["Kestrel Airlines"]
    assert found["Tomas Reyes-Vidal"][2] == ["Tamworth Savings Bank"]
    text = "Britain's biggest teaching union has voted to strike. Its general secretary, Ingrid Solberg, said teachers were angry."
    assert actors(text)["Ingrid Solberg"][2] == []  # 'its' is the union, which the text does not name


def test_a_person_is_never_the_body_of_their_own_role() -> None:
    # the recogniser tags 'Marcus Price' an organisation: 'its' is still the trust named before, not Price
    text = (
        "The Kestrel Valley Trust, a conservation charity, welcomed the plan but said it did not go far enough. "
        "Marcus Price, its executive director, said the council had waited too long."
    )
    assert actors(text)["Marcus Price"][2] == ["Kestrel Valley Trust"]


def test_a_first_name_the_recogniser_left_out_joins_the_name_but_a_title_does_not() -> None:
    text = (
        "Irungu Houghton, Amnesty International Kenya's executive director, said police had used excessive force. "
        "Dr Fergal Ó hUiginn, an emergency consultant at Cork University Hospital, said 61 patients were waiting. "
        "Prosecutor Ann Wambui said the sentence was fair. Councilmember Brianne Nadeau, who chairs the D.C. Council's "
        'Committee on Public Works, said the city would act. "Double parking is out of control," Nadeau said.'
    )
    people = {a.name: a.role for a in analyze(text).actors if a.kind == "person"}
    assert people["Irungu Houghton"] == "Amnesty International Kenya's executive director"
    assert "Fergal Ó hUiginn" in people
    assert "Ann Wambui" in people and "Prosecutor Ann Wambui" not in people  # a full name: the word before is a title
    assert people["Brianne Nadeau"] == "Councilmember"


def test_a_surname_of_one_person_spelt_two_ways_is_that_person() -> None:
    mentions = [
        Mention(0, 16, "Artsvik Minasyan", "person", 0),
        Mention(20, 36, "Ardzvik Minasyan", "person", 4),
        Mention(40, 48, "Minasyan", "person", 8),
        Mention(50, 59, "Mary Kim", "person", 10),
        Mention(60, 72, "Youmi Kim", "person", 12),
        Mention(80, 83, "Kim", "person", 14),
    ]
    people = _people(mentions)
    assert people["minasyan"] in ("Artsvik Minasyan", "Ardzvik Minasyan")  # two spellings of one man
    assert "kim" not in people  # two people: the surname alone is neither


def test_a_name_after_a_form_of_address_is_a_person_whatever_the_recogniser_tagged() -> None:
    text = (
        "Dr Aoife Ní Bhriain, a consultant at Mayo University Hospital, told the meeting that the move would make "
        'births safer. "Concentrating care is how we protect mothers and babies," she said.\n\n'
        "Parents packed the public gallery. Ms Ní Bhriain was heckled at one point."
    )
    facts = analyze(text)
    people = {a.name: (a.role, a.affiliations, a.aliases) for a in facts.actors if a.kind == "person"}
    assert people["Aoife Ní Bhriain"] == ("consultant", ["Mayo University Hospital"], ["Ní Bhriain"])
    assert [q.speaker for q in facts.quotes] == ["Aoife Ní Bhriain"]


def test_its_in_a_role_refers_back_past_sentences_about_the_body_and_is_no_part_of_the_role() -> None:
    text = (
        "Nordvik Batteries said on Tuesday that it would cut 400 jobs at its plant in Skellefteå.\n\n"
        "The company blamed weaker orders from European carmakers. Shares in Nordvik fell 9 percent in Stockholm trading.\n\n"
        "Its chief executive, Oskar Lindqvist-Järvinen, said the decision had been painful but necessary."
    )
    assert actors(text)["Oskar Lindqvist-Järvinen"] == ("person", "chief executive", ["Nordvik Batteries"])


def test_an_acronym_in_brackets_defines_the_whole_name_the_recogniser_cut() -> None:
    found = actors(
        "The Commission for Conciliation, Mediation and Arbitration (CCMA) said talks would resume on Thursday. "
        "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said the appeal was underfunded. "
        "Dr Davji Atellah, who leads the Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU), said "
        "doctors would strike. DART was built by the Johns Hopkins Applied Physics Laboratory (APL) in Laurel."
    )
    assert "Commission for Conciliation, Mediation and Arbitration" in found
    assert "UN Office for the Coordination of Humanitarian Affairs" in found and "UN Office" not in found
    assert found["Davji Atellah"][2] == ["Kenya Medical Practitioners, Pharmacists and Dentists Union"]
    assert "Johns Hopkins Applied Physics Laboratory" in found  # the recogniser's name held the long form whole
    assert "Applied Physics Laboratory" not in found


def test_an_acronym_s_long_form_may_hold_one_word_in_lower_case_between_its_initials() -> None:
    found = {a.name: a.aliases for a in analyze(
        "The Medicines and Healthcare products Regulatory Agency (MHRA) said it would examine the full dataset. "
        "A review by the MHRA would take months."
    ).actors}
    assert found == {"Medicines and Healthcare products Regulatory Agency": ["MHRA"]}  # not 'Regulatory Agency'


def test_a_members_letters_are_neither_part_of_a_body_nor_of_a_name() -> None:
    assert actors("Jess Phillips, a Labour MP, said the figures were shocking.") == {
        "Jess Phillips": ("person", "Labour MP", ["Labour"])
    }
    assert actors("Fianna Fáil TD Jim O'Callaghan said the party had delivered.") == {"Jim O'Callaghan": ("person", "Fianna Fáil TD", [])}
    assert actors("Keir Starmer MP said the vote was close.") == {"Keir Starmer": ("person", "", [])}  # tagged a body


def test_a_name_the_recogniser_took_for_a_body_is_a_person_in_apposition_to_a_role() -> None:
    found = actors(
        "Zingiswa Losi, president of the Congress of South African Trade Unions (Cosatu), said workers would march. "
        "Dominique Ngarlem-Ferrand, UNHCR's representative in Chad, told reporters the camps were full. "
        "Google said profits rose. Its parent company, Alphabet Inc, said the same."
    )
    assert found["Zingiswa Losi"] == ("person", "president", ["Congress of South African Trade Unions"])
    assert found["Dominique Ngarlem-Ferrand"][:2] == ("person", "UNHCR's representative")
    assert found["Alphabet Inc"][0] == "organization"  # a company's legal form: a body in a role is still a body


def test_a_surname_with_its_particle_is_the_person_whatever_the_recogniser_tagged() -> None:
    text = (
        "Marula's chief executive, Pieter du Plessis, said the offer was final. "
        '"The offer on the table is the best this business can sustain," Du Plessis said in a statement.'
    )
    facts = analyze(text)
    assert [(a.name, a.aliases) for a in facts.actors if a.kind == "person"] == [("Pieter du Plessis", ["Du Plessis"])]
    assert [q.speaker for q in facts.quotes] == ["Pieter du Plessis"]


def test_its_in_a_role_names_the_body_before_a_region_the_role_holds() -> None:
    text = (
        "The Property Council of Australia welcomed the budget. "
        "Its Queensland executive director, Jess Caire-Lindqvist, said the levy would deter investment."
    )
    assert actors(text)["Jess Caire-Lindqvist"][2] == ["Property Council of Australia"]


def test_an_acronym_before_a_title_is_the_body_and_a_country_adjective_in_s_its_country() -> None:
    found = actors(
        "The Bank of Japan (BOJ) kept rates on hold. BOJ Governor Hiroshi Kanemoto said the bank would act. "
        "NATO Secretary General Mark Rutte said the alliance was united. "
        "Philippine President Miguel Lazaro de Guzman said the talks went well. Home Secretary Yvette Cooper agreed."
    )
    assert found["Hiroshi Kanemoto"][2] == ["Bank of Japan"]  # the acronym as its brackets define it
    assert found["Mark Rutte"][2] == ["NATO"]
    assert found["Miguel Lazaro de Guzman"][2] == ["Philippines"]
    assert found["Yvette Cooper"][2] == []  # 'Home' of 'Home Secretary' is no body


def test_a_body_its_refers_to_is_named_as_the_article_names_the_country_and_without_a_lower_case_lead() -> None:
    found = actors(
        "Pretoria has recalled its ambassador after the expulsion of its envoy, Ebrahim Rasool. "
        "Jean-Philippe Tremblay-Gagnon, a spokesman for the federal Immigration Department, said the backlog had fallen."
    )
    assert found["Ebrahim Rasool"][2] == ["South Africa"]
    assert found["Jean-Philippe Tremblay-Gagnon"][2] == ["Immigration Department"]


def test_a_first_name_before_a_hyphenated_surname_a_surname_tagged_a_nationality_and_a_capital_tagged_a_person() -> None:
    text = (
        "DAKAR, March 4, 2025 — Shipping lines began diverting vessels from Dakar on Tuesday. "
        "Ousmane Diagne-Ndour, secretary general of the NUDPW, told reporters the stoppage would continue. "
        "Thirunavukkarasu Balasubramanian, chief economist of the Indian Ocean Freight Institute (IOFI), said the strike "
        "exposed the region. “Dakar is a chokepoint,” Balasubramanian said."
    )
    facts = analyze(text)
    people = {a.name: a.aliases for a in facts.actors if a.kind == "person"}
    assert "Ousmane Diagne-Ndour" in people and "Dakar" not in people
    assert people["Thirunavukkarasu Balasubramanian"] == ["Balasubramanian"]
    assert [q.speaker for q in facts.quotes] == ["Thirunavukkarasu Balasubramanian"]


def test_a_capitalised_name_before_a_title_in_lower_case_is_the_body_the_title_is_held_at() -> None:
    text = (
        "Water bills will rise next year. Ofwat chief David Black said companies would face tougher rules. "
        "Sarah Hanson-Young, a Greens senator, said the gas project was a disgrace. Holly Cairns, the Social "
        "Democrats leader, said the budget abandons renters. Resources Minister Madeleine King said the project met "
        "every condition. Club head coach Ruben Alvarez said the striker would play. Brian Odhiambo, a Form Three "
        "student, said he was beaten."
    )
    found = actors(text)
    assert found["David Black"][2] == ["Ofwat"]  # a body the recogniser did not tag
    assert found["Sarah Hanson-Young"][2] == ["Greens"]  # a party it tagged as a group
    assert found["Holly Cairns"][2] == ["Social Democrats"]
    assert found["Madeleine King"][2] == []  # a capitalised title names a portfolio, not a body
    assert found["Ruben Alvarez"][2] == []  # 'Club' is capitalised only because it opens the sentence
    assert found["Brian Odhiambo"][2] == []  # a school year


def test_a_us_legislator_s_bracketed_party_tag_is_their_affiliation() -> None:
    text = (
        "Sen. Ted Cruz (R-Texas) said the agency had failed air travelers. Sen. Maria Cantwell (D-Wash.) said "
        "Congress should wait for the findings. Rep. Nancy Mace (R-S.C.) agreed. Sen. Bernie Sanders (I-Vt.) did not."
    )
    found = actors(text)
    assert found["Ted Cruz"][2] == ["Republican Party"]
    assert found["Maria Cantwell"][2] == ["Democratic Party"]
    assert found["Nancy Mace"][2] == ["Republican Party"]
    assert found["Bernie Sanders"][2] == []  # an independent has no party


def test_a_name_the_recogniser_missed_that_heads_a_who_clause_is_a_person() -> None:
    text = (
        'Dame Meg Hillier, who chairs the Treasury Committee, said the Bank of England had been "too slow to act". '
        "ABUJA — Kemi Adeosun-Bakare, who heads the Nigerian Ports Authority, said congestion would ease. "
        '"We have cleared 3,000 containers," Adeosun-Bakare told reporters.'
    )
    found = actors(text)
    assert found["Meg Hillier"] == ("person", "chair", ["Treasury Committee"])  # 'Dame' is a title
    assert found["Kemi Adeosun-Bakare"] == ("person", "head", ["Nigerian Ports Authority"])
    assert "Adeosun-Bakare" not in found  # the surname joins the full name


def test_a_one_word_organisation_joins_the_one_x_of_y_name_it_heads() -> None:
    assert "Bank" not in actors("The Bank of England held rates on Thursday. The Bank declined to comment on the pound.")
    found = actors("The Bank of England held rates. The World Bank cut its forecast. The Bank declined to comment.")
    assert {"Bank of England", "World Bank"} <= set(found)  # two names it could head: 'the Bank' joins neither


def test_a_name_before_a_title_at_a_sentence_start_counts_only_if_the_article_capitalises_it_elsewhere() -> None:
    text = "The Liberal Democrats want a pause. Liberal Democrat leader Ed Vane said the plan was rushed."
    assert actors(text)["Ed Vane"][2] == ["Liberal Democrat"]
    assert actors("Liberal Democrat leader Ed Vane said the plan was rushed.")["Ed Vane"][2] == []  # never a part: 'Democrat'


def test_a_plural_noun_opening_a_quotation_is_not_a_name() -> None:
    text = 'Helen Ashby urged both sides to talk. "Strikes will only hurt the passengers who rely on the railway," she said.'
    assert "Strikes" not in actors(text)


def _roles(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.role, a.affiliations) for a in analyze(text).actors if a.kind == "person"}


def test_a_role_keeps_a_plural_possessive_and_a_hyphen() -> None:
    assert _roles("Rovers' chairman, Graham Holt, said the club would appeal.")["Graham Holt"][0] == "Rovers' chairman"
    found = _roles("The manager has lost captain Danny Reece to a knee injury and left-back Marco Silvestri to suspension.")
    assert found["Marco Silvestri"][0] == "left-back"  # the parser made him an apposition to 'injury': the role follows 'and'


def test_a_role_the_parser_split_at_a_place_is_still_the_named_person_s() -> None:
    found = _roles("Temasek's managing director for India, Rohit Bhalla, said the deal was done.")
    assert found["Rohit Bhalla"] == ("Temasek's managing director", ["Temasek"])
    assert _roles("Pretoria protested the expulsion of its envoy, Ebrahim Rasool.")["Ebrahim Rasool"][0] == "envoy"
    found = _roles("The campaign has won support from the local MSP, Fiona Baird, who raised it at Holyrood.")
    assert found.get("Fiona Baird", ("", []))[0] != "support"  # a body (or a title taken for one) is no place


def test_a_portfolio_between_a_country_and_a_minister_is_no_body() -> None:
    facts = analyze("Canada's International Trade Minister Helena Brooks said on Tuesday that talks would resume.")
    assert [(a.name, a.affiliations) for a in facts.actors if a.kind != "country"] == [("Helena Brooks", ["Canada"])]
    found = _roles("Germany's Deutsche Bank Chief Executive Christian Sewing said profits rose.")
    assert found["Christian Sewing"][1] == ["Deutsche Bank"]  # a title held at a body, not a portfolio


def test_a_capitalised_title_after_a_body_of_names_is_the_role() -> None:
    found = _roles("Bank of England Governor Andrew Bailey said rates would hold.")
    assert found["Andrew Bailey"] == ("Bank of England Governor", ["Bank of England"])


def test_a_hyphenated_given_name_the_parser_split_keeps_its_apposition() -> None:
    found = _roles('"The quotas are unfair," said Kim Min-jae, a vice president at the Korea Iron and Steel Association.')
    assert found["Kim Min-jae"] == ("vice president", ["Korea Iron and Steel Association"])


def test_the_company_s_officer_works_at_the_organisation_the_article_called_a_company() -> None:
    text = (
        "Shares of the cloud software company Cloudnest Inc. rose 4% on Tuesday. "
        "The company's chief financial officer, Raj Patel, said costs would fall."
    )
    assert _roles(text)["Raj Patel"] == ("company's chief financial officer", ["Cloudnest Inc."])


def test_a_dateline_in_capitals_before_a_colon_is_no_actor_nor_a_holder() -> None:
    from summarizer.extract.dates import dateline_at

    assert dateline_at("NEW DELHI, Dec 2: The government said.", 0) == (18, None)
    assert dateline_at("Update: the bank said.", 0) is None  # a label in title case is no dateline
    text = "Voltiq raises funds\n\nMUMBAI: Bengaluru-based scooter maker Voltiq Mobility has raised ₹1,200 crore in a funding round."
    facts = analyze(text)
    assert "MUMBAI" not in {a.name for a in facts.actors} and "MUMBAI" not in {p.holder for p in facts.pairs}


def test_a_name_before_minister_is_a_portfolio_even_without_a_country() -> None:
    facts = analyze("Mineral and Petroleum Resources Minister Sizwe Nxumalo urged both sides to return to talks.")
    assert [(a.name, a.affiliations) for a in facts.actors] == [("Sizwe Nxumalo", [])]


def test_a_portfolio_of_two_parts_the_recogniser_tagged_in_part_is_no_body() -> None:
    text = (
        "Wind grid row\n\nHer Dutch counterpart, Climate and Energy Minister Maarten de Vries, has said The Hague will "
        "not sign. Health and Social Care Secretary Wes Streeting said so on Monday."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert "Climate" not in actors and "Social Care" not in actors  # 'Climate' and 'Social Care' were tagged bodies
    assert actors["Maarten de Vries"].role == "Climate and Energy Minister"
    assert actors["Maarten de Vries"].affiliations == ["Netherlands"]  # The Hague seats the Dutch government
    assert "Hague" in actors["Netherlands"].aliases
    assert analyze("William Hague said the deal was weak. Hague said London should walk away.").actors[0].name == "William Hague"


def test_another_person_joined_by_and_before_a_role_is_no_part_of_it() -> None:
    text = (
        "The policy was introduced by board member Greg Tolliver. The board voted to table it. "
        "Tolliver and board member Luis Ortega voted against tabling it."
    )
    assert _roles(text)["Luis Ortega"][0] == "board member"
    text = "Health and Social Care Secretary Wes Streeting said the plan would go ahead."
    assert _roles(text)["Wes Streeting"][0] == "Health and Social Care Secretary"


def test_a_sentence_with_a_finite_verb_and_by_a_name_is_no_byline() -> None:
    text = (
        "HALSTEAD, Okla. — The Red River State University Faculty Senate voted 41-6 on Tuesday to censure university "
        "President Charles Ruddock, saying he bowed to political pressure when he cancelled a course on race and "
        "policing days before the start of the spring semester.\n\n"
        'The course, "Policing in America: Power, Race and Reform," had been taught for eight years by '
        "Prof. Miriam Adeyemi, a tenured criminologist in the Department of Sociology.\n\n"
        "Adeyemi said she learned the course had been cancelled from a student."
    )
    assert "Miriam Adeyemi" in actors(text)
    assert "Jane Smith" not in actors("By Jane Smith, Associated Press\n\nThe council met on Tuesday and voted.")


def test_a_name_typed_as_a_body_is_a_person_when_the_article_addresses_its_last_word_elsewhere() -> None:
    text = (
        "Greens housing spokesperson Tamsin Avery said the bill was a step forward but did not go far enough.\n\n"
        '"Ending no-grounds evictions means very little if a landlord can simply lift the rent," she said.\n\n'
        "Ms Avery said the Greens would move amendments in the upper house."
    )
    facts = analyze(text)
    assert {a.name: a.kind for a in facts.actors}.get("Tamsin Avery") == "person"
    assert [q.speaker for q in facts.quotes] == ["Tamsin Avery"]
    text = (
        "Lydia Marsh, a law professor at Georgetown University who studies surveillance, said the court had gone further.\n\n"
        '"Now we know: It\'s about aggregation," Professor Marsh said.'
    )
    assert _roles(text)["Lydia Marsh"] == ("law professor", ["Georgetown University"])


def test_a_name_after_an_abbreviated_title_is_addressed() -> None:
    from summarizer.extract.actors import Mention, _addressed

    text = '"We are not the enemy of the farmers," Col. Quispe told the local broadcaster.'
    start = text.index("Quispe")
    assert _addressed(text, Mention(start, start + 6, "Quispe", "organization", 0))
    text = "Shares of Quispe rose."
    assert not _addressed(text, Mention(10, 16, "Quispe", "organization", 0))


def test_a_person_named_with_no_given_name_and_a_common_noun_last_is_a_body() -> None:
    text = (
        "Northline Rail strike enters second week as union rejects call for binding arbitration\n\n"
        "About 6,200 workers at Northline Rail remained off the job Monday as a strike at the country's third-largest "
        "freight railway stretched into its second week.\n\n"
        "Jordan Sinclair, a labour relations professor at the University of Manitoba, said the dispute could last."
    )
    kinds = {a.name: a.kind for a in analyze(text).actors}
    assert kinds.get("Northline Rail") == "organization" and kinds.get("Jordan Sinclair") == "person"
    text = "Irungu Houghton, Amnesty International Kenya's executive director, said police had used force."
    assert {a.name: a.kind for a in analyze(text).actors}.get("Irungu Houghton") == "person"


def test_a_body_written_short_by_the_start_of_its_name_is_one_actor() -> None:
    text = (
        "Corvessa Therapeutics said on Monday that its drug velanostat had failed a late-stage trial in ALS. "
        "Corvessa said the subgroup had been specified in advance. Shares of Corvessa fell 40%."
    )
    found = {a.name: a.aliases for a in analyze(text).actors if a.kind == "organization"}
    assert found.get("Corvessa Therapeutics") == ["Corvessa"]
    text = (
        "Residents of Ilkley, where the river became a bathing site, said the sewage must stop. "
        "The Ilkley Clean River Group said it would keep testing the water in Ilkley."
    )
    assert "Ilkley" not in {alias for a in analyze(text).actors for alias in a.aliases}


def test_a_class_noun_in_a_role_names_the_one_body_it_heads() -> None:
    text = (
        "The Canadian Rail Workers Union (CRWU) walked off the job on Oct. 3 after talks broke down. "
        '"Our members are not asking for the moon," union president Denise Lachance told CBC News on Sunday.'
    )
    assert _roles(text)["Denise Lachance"] == ("union president", ["Canadian Rail Workers Union"])
    text = (
        "The Kenya Diabetes Alliance (KDA) said patients were rationing doses. "
        '"Every day without insulin is a day closer to an emergency," said Joseph Kiprono, programme director at the alliance.'
    )
    assert _roles(text)["Joseph Kiprono"][1] == ["Kenya Diabetes Alliance"]
    text = (
        "The Economy Ministry and the Finance Ministry disagree. A ministry official, Karl Weber, said talks went on."
    )
    assert _roles(text).get("Karl Weber", ("", []))[1] == []  # two ministries: no guess


def test_a_legislator_s_party_in_the_ap_and_new_york_times_forms() -> None:
    text = "Senator Walter Brennan, Republican of Utah, who has sponsored limits on plate readers, called the ruling a win."
    assert _roles(text)["Walter Brennan"][1] == ["Republican Party"]  # not Utah, the state that elected him
    text = "The course was pulled two days after state Sen. Dale Whitaker, R-Enid, posted a letter to the president."
    assert _roles(text)["Dale Whitaker"][1] == ["Republican Party"]
    text = "Rep. Ro Khanna, D-Calif., said the bill would pass."
    assert _roles(text)["Ro Khanna"][1] == ["Democratic Party"]


def test_its_refers_to_the_one_body_the_sentence_before_names_when_no_body_is_a_subject() -> None:
    text = (
        "That proposal has the backing of the Council of Governors (CoG), which represents Kenya's 47 county "
        'administrations. The chair of its health committee, Governor Esther Chebet, said counties were "ready and willing".'
    )
    assert _roles(text)["Esther Chebet"][1] == ["Council of Governors"]
    text = (
        "The plan is backed by the Council of Governors and opposed by the Kenya Medical Association. "
        "The chair of its health committee, Governor Esther Chebet, said counties were ready."
    )
    assert _roles(text)["Esther Chebet"][1] == []  # two bodies: 'its' could be either


def test_a_title_the_recogniser_ran_into_a_body_s_name_is_the_person_s() -> None:
    text = "Board of Regents Chair Linda Mayhew said the board fully supports the president."
    assert _roles(text)["Linda Mayhew"] == ("Board of Regents Chair", ["Board of Regents"])


def test_a_form_of_address_before_a_role_is_no_body() -> None:
    from summarizer.extract.actors import body_before_title
    from summarizer.extract.nlp import parse

    doc = parse("On Friday, Mr. Delgado's lawyer said it was over.")
    assert [t.text for t in doc[3:7]] == ["Mr.", "Delgado", "'s", "lawyer"]
    assert body_before_title(list(doc[3:7])) == ""  # Delgado's lawyer is at no body called 'Mr.'
    assert body_before_title(list(parse("Ofwat chief Jonson Cox said it was over.")[0:2])) == "Ofwat"


def test_a_given_and_family_name_the_sentence_treats_as_a_person_s_is_one_whatever_its_tag() -> None:
    text = (
        "Justice Samuel Whitford wrote the dissent, joined by Justices Laura Penning, Charles Abernathy and "
        "Nadia Castellanos. The ruling was 5-4."
    )
    assert {a.name: a.kind for a in analyze(text).actors}.get("Nadia Castellanos") == "person"
    text = "Shares rose 3%, said Matthew Greer, an analyst at Goldman Sachs. Goldman Sachs raised its forecast."
    assert {a.name: a.kind for a in analyze(text).actors}.get("Goldman Sachs") == "organization"


def test_a_sister_whose_given_name_was_tagged_a_nationality_keeps_her_own_quote() -> None:
    text = (
        "The dead man, identified by relatives as Wilber Condori Ccama, 34, a potato farmer, was struck in the chest.\n\n"
        '"They killed my brother for defending the water," his sister, Marleni Condori Ccama, told reporters in Spanish.'
    )
    assert speakers_of(text) == ["Marleni Condori Ccama"]


def speakers_of(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


def test_indian_forms_of_address_open_no_sentence_and_name_the_person() -> None:
    text = (
        "P. Lakshmi Devi coordinates self-help groups in 40 villages.\n\n"
        "\"We are not campaigning for anyone,\" Smt. Lakshmi Devi said. \"We are campaigning for the women.\"\n"
    )
    found = analyze(text)
    assert [(q.speaker, q.named) for q in found.quotes] == [("P. Lakshmi Devi", True), ("P. Lakshmi Devi", True)]


def test_a_name_the_article_writes_after_the_is_a_body_s() -> None:
    text = (
        "The opposition Lok Jan Morcha's promise to reimpose prohibition dominated the campaign.\n\n"
        "The Morcha's president, K. Ramesh, repeated the pledge at a rally on Monday.\n"
    )
    found = actors(text)
    assert found["Lok Jan Morcha"][0] == "organization"  # the recogniser tags it a person
    assert found["K. Ramesh"][2] == ["Lok Jan Morcha"]  # 'the Morcha's president': the body's full name
    assert actors("Donald Trump spoke. The Trump administration denied it. Trump said so.")["Donald Trump"][0] == "person"


def test_a_name_given_an_age_in_apposition_is_a_person_s() -> None:
    text = (
        "Lindiwe Mokoena, a 58-year-old pensioner who has lived in Sinethemba since 1991, said she had been "
        "collecting water from a tanker. \"They want us to pay in advance for water that does not come,\" she said.\n"
    )
    found = analyze(text)
    assert actors(text)["Lindiwe Mokoena"][0] == "person"  # the recogniser tags the unfamiliar name a body
    assert [q.speaker for q in found.quotes] == ["Lindiwe Mokoena"]
    assert actors("The Brookfield Mutual Society, a 150-year-old insurer, said profits fell.")["Brookfield Mutual Society"][0] == "organization"


def test_hyphenated_roles_and_surnames_and_places_someone_is_based_in() -> None:
    text = (
        "Tobi Adeyemi-Okafor, co-founder of ZeetaPay, said the levy would push customers back to cash. "
        "\"We spent five years convincing market women,\" Mrs Adeyemi-Okafor said. "
        "Dr Seán Rafferty, a Cork-based housing economist, said the evidence was mixed. "
        "Speaking on Wednesday, the party's leader, Declan Ó Faoláin, said the change was essential.\n"
    )
    found = actors(text)
    assert found["Tobi Adeyemi-Okafor"] == ("person", "co-founder", ["ZeetaPay"])  # one person, the whole role
    assert found["Seán Rafferty"][2] == [] and "Cork" not in found and "Cork-based" not in found  # where he is based
    assert found["Declan Ó Faoláin"][0] == "person"  # a given name in apposition to a role


def test_a_name_an_acronym_defines_and_a_possessive_acronym() -> None:
    text = (
        "The Global Powerlifting Union (GPU) is set to lift its suspension of the federation on Friday. "
        "But the Clean Lift Integrity Agency (CLIA) says key conditions remain unmet.\n\n"
        "GPU president Henrik Aasland said the federation had done what was asked of it. "
        "CLIA's head of investigations, Dr Rebecca Okonjo-Hart, said two conditions had been met. "
        "The GPU said in a statement that it would take full account of the report.\n"
    )
    found = actors(text)
    assert found["Global Powerlifting Union"][0] == "organization" and "GPU" not in found  # one body, by its name
    assert found["Rebecca Okonjo-Hart"][2] == ["Clean Lift Integrity Agency"]  # "CLIA's head": the body CLIA names


def test_a_person_described_by_a_role_at_a_body_the_recogniser_half_saw() -> None:
    text = (
        "Siti Rahmawati, coordinator of the Maluku Marine Advocacy Network (JALM), said the group had collected "
        "water samples. \"The company says its tailings are safe,\" she said.\n"
    )
    assert [(q.speaker, q.named) for q in analyze(text).quotes] == [("Siti Rahmawati", True)]


def test_a_person_whose_surname_the_recogniser_tags_a_place_somewhere_is_no_place() -> None:
    text = (
        "GPU president Henrik Aasland said the federation had \"done what was asked of it\". "
        "\"Sanctions are meant to change behaviour, not to last forever,\" Aasland told reporters after a meeting.\n"
    )
    person = next(a for a in analyze(text).actors if a.name == "Henrik Aasland")
    assert not person.place  # quotes that name him make him a stance target; places are not


def test_a_title_the_parser_hung_on_the_verb_is_still_the_person_s() -> None:
    text = (
        "Labour Minister Hélène Marchetti ruled out withdrawing the text on Thursday. "
        "«I hear the anger», the minister added.\n"
    )
    found = analyze(text)
    assert actors(text)["Hélène Marchetti"][1] == "Labour Minister"
    assert [q.speaker for q in found.quotes] == ["Hélène Marchetti"]  # 'the minister' is the one given that role


def test_a_first_word_the_recogniser_left_out_of_a_company_s_name_is_in_it() -> None:
    text = (
        "Northbridge Sinks Most Since 2020 After $18.5 Billion Lumera Deal\n\n"
        "Northbridge Semiconductor Holdings Inc. posted its biggest share drop in more than four years after the "
        "chipmaker agreed to buy Lumera Networks Corp. for about $18.5 billion, a price some investors said leaves "
        "little room for error.\n"
    )
    found = actors(text)
    assert "Northbridge Semiconductor Holdings Inc." in found and "Semiconductor Holdings Inc." not in found


def test_a_press_release_label_in_capitals_is_no_first_word_of_a_name() -> None:
    text = (
        "NovaCell Therapeutics, Inc. said its trial met its goal. NovaCell said it will meet the FDA.\n\n"
        "Media Contact:\nJennifer Walsh\njwalsh@novacelltx.com\n(617) 555-0142\n\nSOURCE NovaCell Therapeutics, Inc.\n"
    )
    assert set(actors(text)) == {"NovaCell Therapeutics, Inc."}


def test_two_surnames_joined_by_i_and_a_body_written_by_its_first_word() -> None:
    text = (
        "The Generalitat's language chief, Núria Batlló i Serra, defended the decree. \"We are not closing the door "
        "to anyone,\" Ms Batlló said.\n\n"
        "The study was led by Amara Okonjo, an epidemiologist at the Westbrook School of Public Health. "
        "Westbrook's dean of dental medicine, Michael Osei, said the effect was real.\n"
    )
    found = actors(text)
    assert "Núria Batlló i Serra" in found and "Núria Batlló" not in found
    assert found["Michael Osei"][2] == ["Westbrook School of Public Health"] and "Westbrook" not in found


def test_a_name_the_article_calls_a_town_is_no_short_name_of_a_body_named_after_it() -> None:
    text = (
        "Portvale will ask the Court of Final Appeal to reinstate its ban, Mayor Rosalind Achterberg announced on "
        "Wednesday. The case, Portvale Hosts' Association v City of Portvale, turned on the Housing Act.\n\n"
        "Dr Amara Quist, a senior lecturer in property law at Portvale Law School, gave the appeal a real chance."
    )
    found = actors(text)
    assert found["Amara Quist"][2] == ["Portvale Law School"] and "Portvale" in found  # the city stays apart
    assert not any(" v " in name for name in found)  # the case, tagged a body, is none (`case_name`)


def test_a_given_and_family_name_tagged_a_body_before_of_and_a_body_is_a_person_s() -> None:
    text = (
        "Margit Hallberg, one of three councillors who voted against the ban in 2022, told me the council rejected a "
        "registration scheme. “We were told there wasn’t time to do it properly,” she said.\n\n"
        "None of this means the tenants’ advocates are wrong about the problem. Nadia Ferrant of the Portvale Tenants’ "
        "Union is right that every flat held back for tourists is a flat missing from the rental market, and she is "
        "right to be angry. “People are sleeping on sofas in this city while empty flats wait for the summer,” she told me."
    )
    assert ("Nadia Ferrant", "ORG") in {(e.text, e.label_) for e in parse(text).ents}  # as the small model tags it here
    facts = analyze(text)
    ferrant = next(a for a in facts.actors if a.name == "Nadia Ferrant")
    assert ferrant.kind == "person" and ferrant.affiliations == ["Portvale Tenants’ Union"]
    assert ferrant.role == ""  # not 'Union', the end of the body's name the parser hung on her
    assert next(q for q in facts.quotes if "sofas" in text[q.start : q.end]).speaker == "Nadia Ferrant"  # not Hallberg


def test_a_case_s_name_is_no_body_and_no_affiliation() -> None:
    text = (
        '"Where the statute says a council may prohibit, a court should be slow to tell it that it may only '
        'regulate." – Justice Ilse Tavernier, dissenting, Portvale Hosts\' Association v City of Portvale\n'
        "The majority, written by Justice Adela Brenwick, held that the word had to be read with the Constitution."
    )
    found = actors(text)
    assert not any(" v " in name for name in found) and not any(" v " in a for _, _, affs in found.values() for a in affs)
    (quote,) = analyze(text).quotes
    assert (quote.speaker, quote.details) == ("Ilse Tavernier", ["dissenting"])  # the case is no body of hers


def test_of_after_a_split_name_and_a_possessive_the_recogniser_mistyped() -> None:
    text = "Oman hosted the talks in Muscat. Foreign Minister Salim al-Harthy of Oman said his country would not object."
    assert actors(text)["Salim al-Harthy"][2] == ["Oman"]  # the parser split the name at its hyphen
    text = (
        "Northbridge Sinks Most Since 2020 After $18.5 Billion Lumera Deal\n\n"
        "Northbridge Semiconductor Holdings Inc. posted its biggest share drop in more than four years after the "
        "chipmaker agreed to buy Lumera Networks Corp. for about $18.5 billion.\n\n"
        "\"We are buying the optical backbone of the next decade,\" Northbridge's chief executive, Priya Ramaswamy, "
        "told analysts on a call.\n"
    )
    assert actors(text)["Priya Ramaswamy"][2] == ["Northbridge Semiconductor Holdings Inc."]


def test_the_government_is_the_country_of_the_dateline() -> None:
    text = (
        "PARIS – Trains were cancelled on Thursday as unions struck against the pension plan. "
        "The government says the reform would save €9 billion a year. "
        "Union leader Claire Aubert said the government had refused to talk."
    )
    facts = analyze(text)
    france = next(a for a in facts.actors if a.name == "France")
    assert france.kind == "country" and "The government" in france.aliases
    assert any(c.speaker == "France" and c.named for c in facts.citations)


def test_a_regional_bureau_s_dateline_gives_the_government_to_the_country_the_story_is_about() -> None:
    text = (
        "Press group urges Malaysia to drop platform bill\n\n"
        "SINGAPORE (Reuters) - A regional press freedom group on Wednesday called on Malaysia to scrap a proposed law "
        "requiring social media platforms to be licensed. The bill was tabled in Malaysia's parliament on Monday. "
        "Malaysia's communications ministry said the bill was modelled on laws in Singapore and Australia. "
        "The government says the law targets scammers. Platforms with more than 1 million users in Malaysia would "
        "need a licence, and critics in Malaysia say the government wants to silence reporters."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert "The government" in actors["Malaysia"].aliases  # not Singapore's: the bureau's city, named once more
    paris = (
        "PARIS – Trains were cancelled on Thursday as unions struck against the pension plan. "
        "Germany and Spain raised their pension ages years ago. The government says the reform would save €9 billion."
    )
    assert "The government" in {a.name: a for a in analyze(paris).actors}["France"].aliases


def test_the_government_is_the_one_country_whose_government_the_article_names() -> None:
    text = (
        "The Irish government will bring the housing bill before the Dáil next week. "
        "Opposition TDs said the Government was rewarding investors. Ministers in France and Germany watched closely, "
        "and Germany said nothing."
    )
    found = {a.name: a for a in analyze(text).actors}
    assert [a for a in found["Ireland"].aliases if a.lower().endswith("government")]
    assert "Government" not in found  # the recogniser's 'Government', a body of its own before


def test_an_unqualified_government_with_no_one_country_of_the_article_stays_unresolved() -> None:
    text = (
        "Talks between the union and the government broke down on Monday, said Mary Keeling, who chairs the union. "
        "Delegates from Spain and Portugal attended. Spain sent two ministers and Portugal sent two."
    )
    found = analyze(text).actors
    assert not any("government" in " ".join(a.aliases).lower() for a in found)


def test_a_councillor_s_abbreviated_title_and_a_hyphenated_vice_title_keep_the_role() -> None:
    text = (
        "Greyhaven Logistics Properties filed the plan. Ward 11 Coun. Marianne Kowalczyk, whose ward includes the site, "
        "moved the referral. Greyhaven's vice-president of development, Sandra Liu, said the company was disappointed."
    )
    found = actors(text)
    assert found["Marianne Kowalczyk"][1] == "Ward 11 Coun."
    assert found["Sandra Liu"][1:] == ("Greyhaven's vice-president of development", ["Greyhaven Logistics Properties"])


def test_a_class_noun_that_opens_its_sentence_still_names_the_one_body_it_heads() -> None:
    text = (
        "The Korea Ice Sports Federation (KISF) announced the ban on Friday.\n\n"
        'Federation president Park Sung-ho said the body had "no choice" under anti-doping rules.'
    )
    assert actors(text)["Park Sung-ho"][2] == ["Korea Ice Sports Federation"]
    # a capitalised name that opens its sentence is no class noun, even when WordNet knows it ('Karnataka')
    text = "Karnataka Health Minister Dinesh Gundu Rao told The Hindu that the State would hire 1,500 doctors."
    assert actors(text)["Dinesh Gundu Rao"][2] == []


def test_a_possessive_pronoun_the_recogniser_took_into_a_name_is_left_out() -> None:
    text = "Kyrgyzstan rejected the claims. Its Foreign Ministry said in a statement that the schedule complies with agreements."
    assert "Foreign Ministry" in actors(text) and not any(name.startswith("Its") for name in actors(text))


def test_a_name_goes_on_after_a_plural_possessive_the_recogniser_stopped_at() -> None:
    text = "The Alfama Neighbours' Collective welcomed the freeze. The Teachers' Federation said it would strike."
    found = actors(text)
    assert found["Alfama Neighbours' Collective"][0] == "organization" and "Collective" not in found
    assert "Teachers' Federation" in found


def test_a_town_s_council_written_in_lower_case_is_a_body() -> None:
    text = (
        "Binbrook warehouse plan sent back to staff after five-hour council showdown\n\n"
        "Hamilton city council has put off a decision on a proposed 1.2-million-square-foot logistics warehouse on "
        "farmland near Binbrook, after more than 40 residents lined up Wednesday night to speak against the project."
    )
    found = actors(text)  # the recogniser tagged 'Hamilton' a person here
    assert found["Hamilton city council"][0] == "organization" and "Hamilton" not in found


def test_a_name_whose_surname_is_a_person_alone_elsewhere_is_a_person_and_keeps_her_quote() -> None:
    # The recogniser tags 'Marta Jardim' a place here and 'Jardim' a person later; the restaurant's name is cut
    # in two at its particle ('Casa' + 'do' + 'Espada').
    text = (
        "Marta Jardim runs Casa do Espada, a restaurant on the Funchal waterfront. "
        '"If the price doubles, I will have to take it off the menu," she said. Jardim said she supported protecting the stock.'
    )
    assert actors(text)["Marta Jardim"][0] == "person"
    assert "Jardim" not in actors(text)
    assert speakers_of(text) == ["Marta Jardim"]
    assert "Casa do Espada" in names_in(text)
    assert not {"Casa", "Espada"} & names_in(text)


def test_an_untagged_name_after_the_that_acts_is_a_body_but_not_a_title_or_a_works_second_part() -> None:
    text = (
        "The Deseret News observed that the hashtag had become an international phenomenon. "
        "The Prime Minister said nothing. He voiced the hero in Batman: The Animated Series, a show."
    )
    found = analyze(text)
    assert [(a.name, a.kind) for a in found.actors] == [("Deseret News", "organization")]
    assert [c.speaker for c in found.citations] == ["Deseret News"]


def test_an_untagged_grouping_s_name_a_place_owns_that_acts_is_a_body() -> None:
    text = "Casmeria's High Court on Monday struck down the city of Portvale's ban on short-term holiday rentals."
    assert not any("Court" in e.text for e in parse(text).ents)  # as the small model tags it here
    assert actors(text)["High Court"][0] == "organization"
    assert "Old Town" not in actors("Portvale's Old Town was quiet on Monday.")  # a place, no grouping


def test_a_persons_name_the_recogniser_ran_into_a_bodys_is_split_off_and_speaks() -> None:
    text = "Regional director of the Lisbon office of the Portuguese Association for Consumer Protection Helena Duarte said prices would rise."
    assert {"Portuguese Association for Consumer Protection", "Helena Duarte"} <= names_in(text)
    assert [c.speaker for c in analyze(text).citations] == ["Helena Duarte"]
    assert names_in("Bank of America Merrill Lynch said profits rose.") == {"Bank of America Merrill Lynch"}


def test_a_lone_given_name_takes_the_surname_the_recogniser_left_out() -> None:
    from spacy.tokens import Span

    from summarizer.extract.actors import entity_mentions
    from summarizer.extract.nlp import parse

    doc = parse("Marcos Tavares of Banco Serrano was more upbeat, saying investors had overreacted.")
    assert doc[0].dep_ == "compound" and doc[0].head.i == 1
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 3, 5, label="ORG")]  # as tagged in a longer article
    assert [(m.text, m.kind) for m in entity_mentions(doc)] == [("Marcos Tavares", "person"), ("Banco Serrano", "organization")]


def test_a_ministry_named_only_by_english_words_after_a_demonym_is_that_countrys() -> None:
    text = (
        "Russian Foreign Ministry spokeswoman Maria Zakharova said the talks had failed. "
        "Russian Academy of Sciences researcher Ivan Petrov said the data were wrong."
    )
    assert actors(text)["Maria Zakharova"][2] == ["Russia"]
    assert actors(text)["Ivan Petrov"][2] == ["Russian Academy of Sciences"]


def test_the_people_of_a_country_in_stan_name_it() -> None:
    from summarizer.extract.entities import country_of_demonym

    assert [country_of_demonym(w) for w in ("Uzbek", "Kazakh", "Kyrgyz", "Tajik", "Afghan", "Pakistani")] == [
        "Uzbekistan", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Afghanistan", "Pakistan",
    ]
    text = "Kazakh Foreign Ministry spokesperson Serik Abenov said Astana was ready to host talks."
    assert actors(text)["Serik Abenov"][2] == ["Kazakhstan"]


def test_a_surname_misspelt_by_one_letter_is_the_person_named_in_full() -> None:
    text = (
        "Kathryn Waters, director of the gallery, welcomed the donation. "
        '"Everybody knows his name," Water said. Nobody from the Johnson family came.'
    )
    assert speakers_of(text) == ["Kathryn Waters"]
    assert "Water" not in actors(text)


def test_a_korean_name_is_written_family_name_first() -> None:
    text = (
        "Her lawyer, Choi Min-jae, said an independent laboratory had found traces of the diuretic. "
        "“The science is on our side,” Choi said. “The panel simply chose not to look at it.”"
    )
    assert speakers_of(text) == ["Choi Min-jae", "Choi Min-jae"]


def test_a_vietnamese_name_keeps_its_family_name_first_and_alone_it_is_him() -> None:
    text = (
        "Few stallholders agree. Vu Thanh Hai, who sells noodles at the night market, said trade had halved. "
        '"If the tourists go, my stall goes," Vu said.'
    )
    found = analyze(text)
    assert [(a.name, a.kind) for a in found.actors] == [("Vu Thanh Hai", "person")]
    assert {c.speaker for c in found.citations} == {"Vu Thanh Hai"}


def test_a_one_word_name_tagged_a_person_that_owns_a_ministry_and_a_minister_is_a_country() -> None:
    text = (
        "Talks on the shared lake stall\n\n"
        "Lake fishing quotas were cut again on Monday. Morvath's fisheries ministry said the cut would stand, and "
        "Morvath's fisheries minister, Pieter Holm, told reporters the lake needed five quiet years."
    )
    found = actors(text)
    assert found["Morvath"][0] == "country" and found["Pieter Holm"][2] == ["Morvath"]


def test_a_name_with_a_title_in_apposition_is_a_person_and_no_body_that_its_stands_for() -> None:
    text = (
        "Talks open in Lindhaven\n\n"
        "The council met on Tuesday. Alden Corvo, Veradia's Minister of Maritime Affairs, presented the plan to the "
        'delegates. "We have moved a long way," Corvo told reporters. Morvath did not move far. Its fisheries '
        "minister, Pieter Holm, said the lake needed five quiet years."
    )
    found = actors(text)
    assert found["Alden Corvo"][0] == "person"  # tagged a body
    assert "Alden Corvo" not in found["Pieter Holm"][2]  # 'Its' is no person's


def test_a_name_tagged_as_two_places_is_a_person_and_its_surname_alone_is_her() -> None:
    text = (
        "Valeska Paris, an Australian woman and former Scientologist, has claimed that the Church of Scientology "
        "imprisoned her for twelve years aboard the cruise ship Freewinds.\n\n"
        "Paris claims she was first sent to the ship aged eighteen. In 2007, Paris left the ship after a confrontation with its management."
    )
    found = analyze(text)
    assert ("Valeska Paris", "person") in [(a.name, a.kind) for a in found.actors]
    assert "France" not in [a.name for a in found.actors]
    assert {c.speaker for c in found.citations} == {"Valeska Paris"}


def test_a_bodys_head_and_preposition_left_out_by_the_recogniser_are_put_back() -> None:
    text = "Consumer group Consumers for Digital Rights backed calls for a heavy fine and said it was preparing a claim."
    found = analyze(text)
    assert [(a.name, a.kind) for a in found.actors] == [("Consumers for Digital Rights", "organization")]
    assert [c.speaker for c in found.citations] == ["Consumers for Digital Rights"]
    assert "Members of Congress" not in names_in("Some Members of Congress said the tariffs should be lifted.")


def test_a_given_and_family_name_tagged_a_body_or_place_is_a_person_even_when_the_surname_names_a_place() -> None:
    text = (
        "Chilean Mining Ministry spokesperson Camila Reyes said the decision followed the most thorough review. "
        "The Coquimbo Chamber of Commerce welcomed the ruling. Its president, Gonzalo Lagos, said: \"Our members cannot survive on hope.\""
    )
    found = actors(text)
    assert found["Camila Reyes"][0] == "person" and found["Camila Reyes"][2] == ["Chile"]
    assert found["Gonzalo Lagos"][0] == "person"


def test_an_untagged_name_in_the_possessive_before_a_title_is_the_whole_body() -> None:
    from summarizer.extract.actors import body_before_title
    from summarizer.extract.nlp import parse

    doc = parse("The ministry let Andes Cobre expand the mine. Andes Cobre's chief executive, Rodrigo Valdés, said it would create jobs.")
    doc.ents = []  # as in a longer article, where the recogniser tagged neither word
    start = next(t.i for t in doc if t.text == "Andes" and t.is_sent_start)
    assert body_before_title(list(doc[start : start + 5])) == "Andes Cobre"


def test_a_people_s_name_or_a_renamed_capital_the_recogniser_tagged_a_body_or_place() -> None:
    text = (
        "Kyrgyz reservoir worries Uzbek farmers\n\n"
        "Kyrgyzstan began filling the reservoir in May. The Kyrgyz embassy in Tashkent defended the work. "
        "Kazakhstan offered talks, and Astana said it was ready to host them. The Uzbeks need summer water."
    )
    found = {a.name: a.aliases for a in analyze(text).actors}
    assert "Kyrgyz" not in found and "Astana" not in found  # an adjective; Kazakhstan's capital since 2022
    assert "Astana" in found["Kazakhstan"]


def test_letters_after_a_name_the_recogniser_tagged_with_it_are_not_part_of_it() -> None:
    text = "Advocate Sipho Ndlovu SC, for the applicants, told the court the rule was unfair. Ndlovu said it was wrong."
    found = {a.name: a.aliases for a in analyze(text).actors}
    assert "Sipho Ndlovu" in found and "Ndlovu" in found["Sipho Ndlovu"]  # SC: Senior Counsel


def test_a_second_family_name_tagged_as_a_place_is_part_of_the_name() -> None:
    text = (
        "Former national team captain Carmen Rosa Ugarte Llosa, now a television commentator, said the federation "
        "had been slow to act."
    )
    assert "Carmen Rosa Ugarte Llosa" in actors(text) and "Llosa" not in actors(text)


def test_a_short_form_written_as_a_word_is_the_name_its_letters_spell() -> None:
    text = (
        "The board of the Federación Nacional de Voleibol del Perú (Fenavol) met on Monday. Fenavol said the coach "
        "was suspended. Fenavol's president said the decision was final."
    )
    found = {a.name: (a.kind, a.aliases) for a in analyze(text).actors}
    body = next(v for k, v in found.items() if "Fenavol" in (k, *v[1]))
    assert body[0] == "organization" and "Federación Nacional de Voleibol del Perú" in (*found, *body[1])
    from summarizer.extract.actors import long_forms
    from summarizer.extract.nlp import parse

    doc = parse(text)
    assert [doc[a : b + 1].text for a, b in long_forms(doc)] == ["Federación Nacional de Voleibol del Perú"]
    doc = parse("The United Nations Educational, Scientific and Cultural Organization (Unesco) met.")
    assert [doc[a : b + 1].text for a, b in long_forms(doc)] == ["United Nations Educational, Scientific and Cultural Organization"]
    doc = parse("Prices rose on Tuesday in Rome (Reuters) as expected.")
    assert long_forms(doc) == []  # a word in brackets after one capitalised word abbreviates nothing


def test_an_acronym_in_another_languages_word_order_is_the_name_before_it() -> None:
    from summarizer.extract.actors import long_forms
    from summarizer.extract.nlp import parse

    text = (
        "The Union of Rationalist Atheists and Agnostics (UAAR) has launched a petition. "
        "UAAR said the government must respect the ruling."
    )
    doc = parse(text)
    assert [doc[a : b + 1].text for a, b in long_forms(doc)] == ["Union of Rationalist Atheists and Agnostics"]
    bodies = [a for a in analyze(text).actors if a.kind == "organization"]
    assert len(bodies) == 1 and bodies[0].name == "Union of Rationalist Atheists and Agnostics" and "UAAR" in bodies[0].aliases
    doc = parse("Talks with the Revolutionary Armed Forces of Colombia (FARC) resumed on Monday.")
    assert [doc[a : b + 1].text for a, b in long_forms(doc)] == ["Revolutionary Armed Forces of Colombia"]
    doc = parse("A report by Doctors Without Borders (MSF) was published.")
    assert long_forms(doc) == []  # initials that are not the acronym's letters in any order define nothing


def test_a_given_name_alone_tagged_a_body_is_the_one_person_who_bears_it() -> None:
    text = (
        "Eritrea's information minister, Tesfay Gebremariam, said the plan rewards aggression.\n\n"
        '"Eritrea will not sign any document that treats the occupier and the occupied as equals," Tesfay wrote.'
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Tesfay Gebremariam"]


def test_a_party_s_first_word_and_a_plural_possessive_inside_a_name_are_the_name_s() -> None:
    text = (
        "The Liberal Democrats proposed an amendment that would have kept every branch open. It was defeated.\n\n"
        "The Public and Civic Workers’ Union (PCWU), which represents about 40 library staff, said it would ballot "
        "its members on strike action."
    )
    found = actors(text)
    assert "Liberal Democrats" in found and "Democrats" not in found
    assert "Public and Civic Workers’ Union" in found and "Civic Workers’ Union" not in found


def test_a_title_and_given_name_tagged_apart_from_the_family_name_are_one_person() -> None:
    text = (
        "The amendment was defeated. Their leader, Cllr Priya Sandhu, said: ‘Shorter hours are not ideal.’"
    )
    found = analyze(text)
    assert [q.speaker for q in found.quotes] == ["Priya Sandhu"]
    assert not any("Cllr" in a.name for a in found.actors)


def test_a_legal_form_before_a_name_makes_it_a_company_s() -> None:
    text = (
        "The watchdog blocked the takeover of Sumatra-based PT Andalas Semen Perkasa by rival PT Karya Beton "
        "Nusantara. Karya Beton, the country's third-largest cement maker, said it was disappointed. Andalas Semen "
        "said it would respect the process. Results published in a paper by AS Heagle in 1989 show the same."
    )
    found = {a.name: (a.kind, a.aliases) for a in analyze(text).actors}
    kinds = {form: kind for name, (kind, aliases) in found.items() for form in (name, *aliases)}
    assert kinds["PT Andalas Semen Perkasa"] == kinds["Karya Beton"] == "organization"  # PT: Indonesia's Perseroan Terbatas
    assert "PT Karya Beton Nusantara" in kinds and "Sumatra-based PT" not in {a.role for a in analyze(text).actors}
    assert "AS Heagle" not in kinds or kinds["AS Heagle"] != "organization"  # two capitals before one name: initials


def test_a_name_that_ends_in_a_legal_form_is_a_company_s_whatever_role_noun_comes_before_it() -> None:
    text = (
        "The ride-hailing operator Kestrel Mobility Ltd said on Wednesday it would appeal. The designer Daniel Teo "
        "said he had not been told. Liesbeth Vos, a lawmaker for the opposition Civic Union party, said she would "
        "table a motion."
    )
    found = actors(text)
    assert found["Kestrel Mobility Ltd"][0] == "organization"  # Ltd: a legal form, by cleanco
    assert found["Daniel Teo"][0] == found["Liesbeth Vos"][0] == "person"  # 'Teo' is a given name; 'vos' a Dutch form


def test_an_untagged_name_that_ends_in_a_legal_form_is_a_company_and_its_short_names_are_its() -> None:
    text = (
        "Supporters of Trentside Rovers FC Ltd have vowed to fight the club's plan. The plan would see Rovers build a "
        "60,000-seat ground. Fans say Trentside Rovers belongs to the city."
    )
    found = {a.name: (a.kind, a.aliases) for a in analyze(text).actors}
    kinds = {form: kind for name, (kind, aliases) in found.items() for form in (name, *aliases)}
    assert kinds["Trentside Rovers FC Ltd"] == "organization"  # Ltd: a legal form, by cleanco; FC an abbreviation
    assert kinds.get("Rovers", "organization") == kinds.get("Trentside Rovers", "organization") == "organization"
    assert [name for name, (kind, _) in found.items() if "Rovers" in name and kind == "organization"] == ["Trentside Rovers FC Ltd"]


def test_a_given_name_before_a_common_word_in_apposition_to_a_role_is_a_person() -> None:
    text = '"We are not against interconnection," France\'s minister for energy, Jean-Baptiste Roux, said on radio.'
    assert actors(text)["Jean-Baptiste Roux"][0] == "person"  # 'roux' is a common noun too


def test_its_before_a_role_is_the_main_clause_s_subject_and_coordinated_roles_share_it() -> None:
    text = (
        "Spain wants the EU to treat the line as a priority. Its energy minister, Elena Martín Vidal, has made the "
        "case bluntly.\n\nPortugal has lined up firmly behind Madrid. Its environment and energy minister, Rui "
        "Carvalho Pinto, said in a statement that isolation is a choice."
    )
    found = actors(text)
    assert found["Elena Martín Vidal"][2] == ["Spain"]  # not the EU, the subject of the infinitive
    assert found["Rui Carvalho Pinto"][2] == ["Portugal"]


def test_a_body_named_after_a_place_that_opens_with_a_given_name_stays_a_body() -> None:
    text = (
        "The Harlan Creek Education Association, the teachers' union, supports the ban. Its president, Lisa "
        "Ferraro, said members wanted clear guidance."
    )
    found = actors(text)
    assert found["Harlan Creek Education Association"][0] == "organization"  # 'Harlan' is a given name too
    assert found["Lisa Ferraro"][2] == ["Harlan Creek Education Association"]


def test_a_titled_person_s_place_of_work_in_a_relative_clause_is_the_affiliation() -> None:
    text = (
        "Professor Miriam Feld, who studies ageing at the Rotterdam Institute for Healthy Ageing and was not "
        'involved in the study, described it as "large, careful and important".'
    )
    assert actors(text)["Miriam Feld"][2] == ["Rotterdam Institute for Healthy Ageing"]  # a title is no body


def test_a_place_of_work_the_recogniser_tags_a_facility_is_the_affiliation() -> None:
    """en_core_web_sm tags 'the Maynooth Centre for Digital Democracy' a facility: held at, it is a body."""
    text = (
        "Dr. Nuala Brennock, who studies political communication at the Maynooth Centre for Digital Democracy, "
        "said ad bans tended to favour incumbents. Brennock said the effect would be modest."
    )
    assert actors(text)["Nuala Brennock"][2] == ["Maynooth Centre for Digital Democracy"]


def test_a_facility_one_stands_in_is_no_affiliation() -> None:
    text = "Maria Okonjo, who spoke outside the Lincoln Memorial on Sunday, said the march would go on. Okonjo said so twice."
    assert actors(text)["Maria Okonjo"][2] == []


def test_a_minister_tied_to_no_body_is_of_the_government_of_the_article_s_country() -> None:
    """GOLD_FORMAT: a minister speaking for a state is affiliated with its government (labelled by its country)."""
    text = (
        "BUENOS AIRES, March 3 (Reuters) - Argentine farmers halted grain sales on Monday after Economy Minister "
        "Martín Echeverría Salazar raised the export tax on soybeans. Echeverría said the measure was temporary. "
        "Former minister Jorge Paz called it a mistake. Paz said farmers would pay."
    )
    found = actors(text)
    assert found["Martín Echeverría Salazar"][2] == ["Argentina"]
    assert found["Jorge Paz"][2] == []  # a former minister speaks for no government


def test_a_state_minister_is_not_the_national_government_s() -> None:
    text = (
        "SYDNEY (AP) - Rail workers in Australia walked out on Friday. State Transport Minister Olivia Brennan said "
        "the strike was unnecessary. Brennan said talks would resume. Australia's unions backed the strike."
    )
    assert actors(text)["Olivia Brennan"][2] == []


def test_a_minister_in_a_story_of_the_state_government_is_of_that_government() -> None:
    text = (
        "SYDNEY - Rail workers walked out on Friday. State Transport Minister Olivia Brennan said the state "
        "government would ask the tribunal to end the strike. Brennan said the government had made a fair offer. "
        "Business groups urged the state government to settle."
    )
    found = {a.name: a for a in analyze(text).actors}
    assert found["Olivia Brennan"].affiliations == ["state government"]
    assert "the government" in found["state government"].aliases


def test_a_state_s_government_is_an_actor_named_by_its_state_with_its_ministers() -> None:
    """GOLD_FORMAT: an organisation the story is about; a province's ministers speak for its government. The
    province is the one WordNet calls a province that the article names most ('Manitoba', not 'Ontario')."""
    text = (
        "WINNIPEG - Manitoba doctors will cut services after talks with the provincial government broke down. "
        "Premier Gordon Fairbanks said the government had made its final offer. Health Minister Lise Charbonneau "
        "said the door was open. Some 74 physicians left Manitoba last year, several of them for Ontario. "
        "Doctors in Manitoba earn less than anywhere else, the alliance said."
    )
    found = {a.name: a for a in analyze(text).actors}
    government = found["Manitoba government"]
    assert government.kind == "organization"
    assert {"Manitoba", "provincial government", "the government"} <= set(government.aliases)
    assert "Manitoba" not in found and "Ontario" not in found
    assert found["Gordon Fairbanks"].affiliations == ["Manitoba government"]
    assert found["Lise Charbonneau"].affiliations == ["Manitoba government"]


def test_a_state_government_named_outright_and_two_states_leave_an_unnamed_one_alone() -> None:
    text = (
        "The New South Wales government will build a desalination plant at Belmont, Water Minister Rose Jackson "
        "said on Monday. The Queensland government has opposed the plan. The state government said it would not "
        "pay for the pipeline. Jackson said the plant would open in 2030."
    )
    found = {a.name: a for a in analyze(text).actors}
    assert found["New South Wales government"].kind == "organization"
    assert found["Queensland government"].kind == "organization"
    assert "state government" not in found and "state government" not in found["Queensland government"].aliases
    assert found["Rose Jackson"].affiliations == []  # of which of the two, only a reader can tell


def test_the_government_of_a_country_no_table_holds_is_no_state_s() -> None:
    text = (
        "The Kasanda government has appealed against the ruling, Justice Minister Abdirahman Farah Yusuf said. "
        "Yusuf said the court had overstepped. The Maharashtra state government said it would not appeal."
    )
    found = {a.name: a for a in analyze(text).actors}
    assert "Kasanda government" not in found
    assert found["Maharashtra state government"].kind == "organization"


def test_a_name_after_a_role_held_at_a_body_is_the_role_holder_s() -> None:
    """The parser hangs the name on the body ('for the ... Association, Ingrid Solheim'); it is the spokeswoman's."""
    text = (
        "Athletes are more positive. A spokeswoman for the National Athletes' Association, Ingrid Solheim, said "
        "the association supported the move. Solheim said members had complained for years.\n\n"
        "Hebridean Sea Links said it shared islanders' frustration. A spokeswoman for the operator, Fiona Rennie, "
        "said the company had recruited 40 new seafarers."
    )
    found = actors(text)
    assert found["Ingrid Solheim"][1:] == ("spokeswoman", ["National Athletes' Association"])
    assert found["Fiona Rennie"][1] == "spokeswoman"  # not 'operator'


def test_who_speaks_for_a_body_is_its_spokesperson() -> None:
    text = (
        "The Northern Hotel Association warned of losses. The National Athletes' Association welcomed the decision. "
        "Ingrid Solheim, who speaks for the association, said athletes had asked for a modern venue. Solheim said so."
    )
    assert actors(text)["Ingrid Solheim"][2] == ["National Athletes' Association"]  # the nearest association


def test_a_place_the_recogniser_ran_across_a_preposition_of_the_verb_is_two_places() -> None:
    text = (
        "The National Athletics Federation has decided to move next year's national indoor championships from "
        "Lindmark to Feldhaven, ending a 14-year run in the northern city. Lindmark said it would appeal."
    )
    mentions = {m.text for m in entity_mentions(parse(text))}
    assert "Lindmark to Feldhaven" not in mentions and {"Lindmark", "Feldhaven"} <= mentions


def test_a_name_a_verb_of_calling_gives_someone_is_no_one_else() -> None:
    text = (
        'Winifred "Winnie" Calder-Boyd, who led Britain\'s textile workers, has died aged 88.\n\n'
        'Calder-Boyd was general secretary of the union from 1979 to 1994. Tabloid newspapers at the time called '
        'her "Red Winnie," a name she later said she wore "as a badge."\n\n'
        'Shona McKellar, the union\'s general secretary, said the union would hold a memorial event in Paisley. '
        '"Winnie proved that a mill girl from Ferguslie could sit across the table from ministers," McKellar said.'
    )
    assert "Red Winnie" not in actors(text)
    quote = next(q for q in analyze(text).quotes if text[q.start : q.end] == "as a badge.")
    assert quote.speaker is not None and quote.speaker.endswith("Calder-Boyd")  # not "Red Winnie"


def test_a_company_s_branch_named_after_a_place_is_a_body_and_its_short_name_the_parent_s() -> None:
    """The recogniser tags 'Kaizora' and 'Kaizora North America' as people; 'Corp.' is a legal form (cleanco)."""
    text = (
        "Kaizora Motor recalls 640,000 vehicles over brake fault\n\n"
        "TOKYO - Kaizora Motor Corp. said on Thursday it would recall about 640,000 vehicles in Japan and North "
        "America. Kaizora said it \"deeply apologises to our customers\" and would repair the cars. Kaizora's "
        "president said the company had been too slow.\n\n"
        "In the United States, Kaizora North America said dealers would begin notifying owners in April."
    )
    found = actors(text)
    assert found["Kaizora North America"][0] == "organization"
    quote = next(q for q in analyze(text).quotes if "apologises" in text[q.start : q.end])
    assert quote.speaker == "Kaizora Motor Corp."
    assert "Kaizora Motor" not in found  # the headline's name without its legal form is the same company


def test_a_sentence_opening_word_tagged_a_person_and_written_in_lower_case_elsewhere_is_no_one() -> None:
    text = (
        "Fine particulate pollution raises the risk of dementia, a study found.\n\n"
        '"Dementia is now the leading cause of death in this country," Dr Colin Mayhew said.'
    )
    assert "Dementia" not in actors(text) and "Colin Mayhew" in actors(text)


def test_arabic_particles_stay_in_a_name() -> None:
    text = (
        "Police commander Major Fares el-Sharif said officers had acted lawfully. el-Sharif said two officers were hurt.\n\n"
        "Hamza ibn Yusuf al-Khatib, a 34-year-old schoolteacher, said families could not pay. Al-Khatib said they would return."
    )
    found = {a.name: a.aliases for a in analyze(text).actors}
    assert "Fares el-Sharif" in found and "-Sharif" not in found  # 'el' is no article here
    assert "Hamza ibn Yusuf al-Khatib" in found and "Yusuf al-Khatib" not in found


def test_a_name_in_both_orders_and_a_first_family_name_alone_are_one_person() -> None:
    text = (
        "At a news conference in Nagoya, Morikawa Kenji, the chief quality officer, bowed. Kenji Morikawa, as "
        "English filings write his name, said the review would report in three months. Morikawa said he was sorry."
    )
    found = {a.name: a.aliases for a in analyze(text).actors if a.kind == "person"}
    assert len(found) == 1 and "Kenji Morikawa" in [*found, *next(iter(found.values()))]
    text = (
        "María José Quiroga Benítez, who farms 380 hectares near Colón, joined the protest.\n\n"
        '"I have fertiliser bills to pay," said Quiroga. "The cooperative voted to stop."'
    )
    assert {q.speaker for q in analyze(text).quotes} == {"María José Quiroga Benítez"}


def test_a_name_s_first_words_joined_by_and_are_the_name_s_but_two_bodies_stay_two() -> None:
    text = (
        "The Maritime and Coastal Workers' Union, which represents crews, said the cuts were avoidable.\n\n"
        "The House and Senate Appropriations Committees rejected the cap. The Senate voted on Monday."
    )
    found = actors(text)
    assert "Maritime and Coastal Workers' Union" in found and "Coastal Workers' Union" not in found
    assert not any(name.startswith("House and") for name in found)


def test_an_untagged_given_and_family_name_of_an_organisation_is_a_person() -> None:
    text = (
        "Hydrologist Camila Soto of the University of Valparaíso was sceptical. She said a 15 percent cut would not "
        'be enough. "The numbers do not add up," she said.'
    )
    found = analyze(text)
    assert [q.speaker for q in found.quotes] == ["Camila Soto"]
    assert {a.name: a.affiliations for a in found.actors}["Camila Soto"] == ["University of Valparaíso"]


def test_a_person_named_in_apposition_at_the_end_of_a_subject_acts() -> None:
    text = "Co-founder of Google, Sergey Brin, personally met with Mohamed during his visit to the company."
    assert "Sergey Brin" in {a.name for a in analyze(text).actors}
    text = "Irving, Texas, was quiet on Monday as Ahmed Mohamed returned to school."
    assert "Texas" not in {a.name for a in analyze(text).actors}


def test_a_hyphenated_participle_after_a_body_s_name_is_no_part_of_it() -> None:
    from summarizer.extract.actors import find_referents
    from summarizer.extract.nlp import parse

    names = {r.name for r in find_referents(parse("The Labour-run authority approved the closures by 31 votes to 22.")).items}
    assert "Labour" in names and "Labour-run" not in names
    names = {r.name for r in find_referents(parse("Another expert, Bong Young-shik of the Asan Institute, disagreed.")).items}
    assert "Bong Young-shik" in names  # a syllable of a Korean given name is no English word


def test_a_body_named_once_as_the_holder_of_a_stated_stance_is_an_actor() -> None:
    text = (
        "Former members of the church have rallied around Montalvo since his arrest.\n\n"
        "He had read an article in the church publication Harbour Watch Magazine, which attacked high-ranking "
        "defectors from the organization."
    )
    assert "Harbour Watch Magazine" in {a.name for a in analyze(text).actors}


def test_a_government_agency_is_no_news_outlet_but_a_news_agency_is() -> None:
    from summarizer.extract.entities import is_media

    assert not is_media("Environment Agency") and not is_media("European Space Agency")
    assert is_media("Yonhap News Agency") and is_media("Agence France-Presse")


def test_its_after_a_sentence_whose_subject_is_a_body_the_recogniser_missed_is_that_body() -> None:
    text = (
        "The Keep Marsden Green campaign, which opposes the bypass, says the protest will go ahead. Its chair, Joan "
        "Pellow, said the road would cut the common in two. The players' union, the Asociación de Futbolistas "
        "Veteranos (AFV), welcomed the ruling. Its president, Rosa Elvira Huamán, said so. The Liberal Democrats "
        "proposed an amendment. It was defeated. Their leader, Cllr Priya Sandhu, said it was a shame."
    )
    found = actors(text)
    assert found["Joan Pellow"][2] == ["Keep Marsden Green campaign"]
    assert found["Rosa Elvira Huamán"][2] == ["Asociación de Futbolistas Veteranos"]
    assert found["Priya Sandhu"][2] == ["Liberal Democrats"]
    text = "The Campaign to Protect Rural England said it had objected. Its branch secretary, Ruth Gallagher, said so."
    assert actors(text)["Ruth Gallagher"][2] == ["Campaign to Protect Rural England"]


def test_a_place_a_school_is_named_after_is_not_the_school() -> None:
    text = (
        "An engineer has warned that the dam could lower the water table beneath Holt Green and dry out springs that "
        "feed the River Lyde. Clara Moss, headteacher of Holt Green Primary School, said parents were worried."
    )
    found = {a.name: a.aliases for a in analyze(text).actors}
    assert found["Holt Green Primary School"] == []  # the village the recogniser tagged a body is no short form of it


def test_a_name_a_relative_which_follows_is_an_organisation_not_a_person() -> None:
    text = (
        "Healthwatch Barnford, which opposes the plan, said the trust had not assessed travel times. Its director, "
        "Sanjay Mehta, said families without a car would suffer."
    )
    found = actors(text)
    assert found["Healthwatch Barnford"][0] == "organization"
    assert found["Sanjay Mehta"][2] == ["Healthwatch Barnford"]


def test_the_nouns_role_with_no_body_named_so_is_held_at_the_last_sentences_subject() -> None:
    text = (
        "Hospital plan goes to minister\n\nSave Barnford Maternity, which opposes the plan, welcomed the vote. "
        "The group's chair, Jenny Dawlish, said it was the first time anyone had listened."
    )
    assert actors(text)["Jenny Dawlish"][2] == ["Save Barnford Maternity"]


def test_the_nouns_role_is_never_held_at_a_named_body_the_noun_does_not_describe() -> None:
    text = "The Financial Conduct Authority fined Voltiq on Monday. The company's chief executive, Anna Berg, said it would appeal."
    assert actors(text)["Anna Berg"][2] == []  # the regulator is no company; 'the company' is Voltiq, never so described


def test_a_body_the_recogniser_cut_to_its_head_noun_is_the_body_it_tags_elsewhere() -> None:
    text = (
        "The city council voted on Tuesday to ban cars from the city centre. The Shopkeepers Guild opposed the car ban. "
        "“Nobody will come to shop here any more,” said Tom Lind, a spokesman for the Shopkeepers Guild."
    )
    found = actors(text)
    assert found["Shopkeepers Guild"][0] == "organization" and "Guild" not in found
    assert found["Tom Lind"][2] == ["Shopkeepers Guild"]


def test_what_someone_chairs_leads_or_runs_is_their_body_whatever_the_recogniser_tagged_it() -> None:
    text = (
        "Margaret Oyelaran, who chairs the Friends of Millfield Park, said 9,000 people had signed. Tom Whitlow, who "
        "leads the Liberal Democrat opposition group on the council, called it a bad deal. Priya Nandakumar, who runs "
        "the Corner Cup café on Station Parade, welcomed it. Tom Lind, who runs a bakery, said nothing."
    )
    found = actors(text)
    assert found["Margaret Oyelaran"][2] == ["Friends of Millfield Park"]  # tagged a facility
    assert found["Tom Whitlow"][2] == ["Liberal Democrat opposition group"]
    assert found["Priya Nandakumar"][2] == ["Corner Cup café"]
    assert found["Tom Lind"][2] == []  # a bakery, no name


def test_a_descriptor_the_recogniser_ran_into_a_body_s_name_is_no_part_of_it() -> None:
    text = (
        "Stadium plan heads for vote\n\n"
        "Plans by Championship club Castlebrook Rovers to build a 32,000-seat stadium on part of Millfield Park will "
        "go before the city's planning committee next week."
    )
    found = names_in(text)
    assert "Castlebrook Rovers" in found and not any("club" in name for name in found)


def test_a_lower_case_word_that_is_no_english_noun_stays_in_a_name() -> None:
    text = (
        "Bloggers react\n\n"
        "At the blog Eu, Você e Todo Mundo, a journalist wrote that the coverage was absurd. Eu, Você e Todo Mundo "
        "said the press had gone too far."
    )
    assert "Eu, Você e Todo Mundo" in names_in(text)


def test_a_rank_before_the_name_yields_to_the_role_the_name_is_apposed_to() -> None:
    text = (
        "Police fire tear gas\n\n"
        "A police spokesman, Major Fares el-Sharif, said officers had acted after some protesters threw stones."
    )
    kind, role, _ = actors(text)["Fares el-Sharif"]
    assert (kind, role) == ("person", "police spokesman")


def test_a_common_noun_tagged_a_person_that_ends_a_body_s_name_is_its_short_name() -> None:
    text = (
        "Residents vow to fight Rovers stadium\n\n"
        "Residents packed the church hall to voice their anger at Castlebrook Rovers' plans for a new stadium.\n\n"
        "Castlebrook Rovers said in a statement that it would hold further consultation events next month."
    )
    found = actors(text)
    assert found["Castlebrook Rovers"][0] == "organization"
    assert not any(kind == "person" for kind, _, _ in found.values())


def test_a_name_tagged_a_person_that_opens_a_body_s_name_is_its_short_name() -> None:
    text = (
        "Town split over incinerator\n\n"
        "Veridan Energy wants to build the plant on a former gasworks site. It would take in 350,000 tonnes of waste a year.\n\n"
        "Veridan says the facility would create 60 permanent jobs. Martin Hale, the firm's chief executive, agreed."
    )
    found = {a.name: (a.kind, a.aliases) for a in analyze(text).actors}
    assert found["Veridan Energy"] == ("organization", ["Veridan"]) and "Veridan" not in found
    person = text.replace("Veridan says", "Hale says").replace("Martin Hale", "Veridan Hale")
    assert analyze(person).actors and "Veridan" not in {w for a in analyze(person).actors if a.kind == "organization" for w in a.aliases}
    people = (
        "Atacameño communities vow to fight lithium expansion\n\n"
        "Indigenous Atacameño communities have vowed to block the mine, said the president of the Atacameño Water Council."
    )
    council = {a.name: a.aliases for a in analyze(people).actors}.get("Atacameño Water Council")
    assert council is not None and "Atacameño" not in council, "a people's name modifying a noun is not the body"


def test_a_place_the_article_locates_things_in_never_joins_a_body_named_after_it() -> None:
    text = (
        "Hoteliers line up against Carrow's bed tax\n\n"
        "Hoteliers in Carrow have vowed to fight the city council's planned tourist tax.\n\n"
        "Tom Feeney, chair of the Carrow Hospitality Association, said the association would fund a legal challenge. "
        '"Carrow is asking visitors to pay more than anywhere else on this coast," Feeney said.'
    )
    association = {a.name: a.aliases for a in analyze(text).actors}["Carrow Hospitality Association"]
    assert "Carrow" not in association, "the city is where the hoteliers are, not their association"
    body = text.replace("Hoteliers in Carrow have", "Hoteliers have")
    assert {a.name: a.aliases for a in analyze(body).actors}["Carrow Hospitality Association"] == ["Carrow"], "'Carrow is asking' alone: the body"
    town = body.replace("Hoteliers have", "Hoteliers in the seaside town of Carrow have")
    assert "Carrow" not in {a.name: a.aliases for a in analyze(town).actors}["Carrow Hospitality Association"], "in the town of Carrow: a place"


def test_a_spokesperson_named_with_no_body_speaks_for_the_body_that_was_the_subject_before() -> None:
    text = (
        "Bus route to be scrapped\n\n"
        "Labour MP Tom Achebe called the proposal short-sighted.\n\n"
        "Northway Buses said it could not run the service commercially. \"We would like to keep the 14 on the road, "
        'but the numbers simply do not add up," spokesman Mark Ellison said.'
    )
    assert actors(text)["Mark Ellison"] == ("person", "spokesman", ["Northway Buses"])
    other_paragraph = text.replace("commercially. ", "commercially.\n\n")
    assert actors(other_paragraph)["Mark Ellison"][2] == []  # a new paragraph: no subject to take over


def test_a_campaign_named_by_what_it_demands_is_one_body() -> None:
    text = (
        "Marlow council to fell 200 elms\n\n"
        "Marlow Town Council says 200 elms will be felled to widen Station Road. The Save Marlow's Elms campaign "
        "says the true figure is 310.\n\n"
        "Save Marlow's Elms handed in a petition on Monday. Helen Baxter of Save Marlow's Elms said the group would "
        "keep fighting."
    )
    found = actors(text)
    assert found["Save Marlow's Elms"][0] == "organization"
    assert "Save Marlow" not in found and "Elms" not in found
    assert found["Helen Baxter"][2] == ["Save Marlow's Elms"]


def test_what_a_campaign_demands_is_no_short_name_of_it() -> None:
    text = (
        "Volunteers from Save Tarn Moss counted 210 lorries a day. The Save Tarn Moss campaign disputes the figure.\n\n"
        "The Tarn Moss quarry employs 38 people, and Tarn Moss would lose its last footpath, residents said."
    )
    found = {a.name: a.aliases for a in analyze(text).actors}
    assert "Save Tarn Moss" in found and "Tarn Moss" not in found["Save Tarn Moss"]


def test_a_verb_opening_a_name_makes_no_campaign_of_a_longer_name_a_product_or_a_person() -> None:
    text = (
        "The Campaign to Protect Rural England said it had lodged an objection. Mark Carney said rates would fall. "
        "The recently released Google Chrome is gaining users. Secure Free Society, a think tank, and the Center "
        "for a Secure Free Society agreed."
    )
    found = actors(text)
    assert "Protect Rural England" not in found and "Google Chrome" not in found
    assert found["Mark Carney"][0] == "person"


def test_an_abbreviated_title_after_a_role_in_words_is_no_part_of_the_role() -> None:
    text = '"We will not be lectured," said council leader Cllr Alan Pritchard of Marlow Town Council. Pritchard left.'
    assert actors(text)["Alan Pritchard"][1] == "council leader"
    director = "Civil Defense Authority director General Suleiman al-Amr said the dead had been taken to hospital."
    assert actors(director)["Suleiman al-Amr"][1] == "Civil Defense Authority director General"


def test_a_body_is_named_by_the_common_noun_its_name_modifies() -> None:
    text = (
        "The Save Marlow's Elms campaign says the true figure is 310. Marlow Town Council disagrees.\n\n"
        "The campaign's arboriculturist, Dr Helen Baxter, said most of the trees were healthy."
    )
    assert actors(text)["Helen Baxter"][2] == ["Save Marlow's Elms"]


def test_a_word_opening_a_sentence_is_no_body_for_being_capitalised_inside_a_longer_name() -> None:
    text = (
        "Derbyshire County Council's highways team did not object to the plan. "
        "County councillor Peter Ashdown said he understood residents' worries."
    )
    assert actors(text)["Peter Ashdown"][2] != ["County"]
    party = "Voters like the Greens. Greens councillor Anna Holt said the party would win."
    assert actors(party)["Anna Holt"][2] == ["Greens"]


def test_a_name_in_apposition_to_a_partner_is_the_partner() -> None:
    text = (
        "Oxford University has entered into a partnership with UK-based global biopharmaceutical company "
        "AstraZeneca for the further development of the vaccine."
    )
    assert actors(text)["AstraZeneca"][0] == "organization"  # the parser hangs the name on 'company' (appos)


def test_a_campaign_described_in_apposition_or_chaired_holds_its_people() -> None:
    text = (
        "Brendale Energy wants to build 12 turbines on Tarn Moss, a moor above Calder Bridge.\n\n"
        "Save Tarn Moss, the campaign group fighting the scheme, says the true figure is 17,000 homes. "
        'Its chair, Margaret Heyes, said: "The numbers are a sales brochure."'
    )
    assert actors(text)["Margaret Heyes"][2] == ["Save Tarn Moss"]
    chaired = (
        "Brendale Energy wants to build 12 turbines on Tarn Moss.\n\n"
        '"Walk up Moor Lane and measure it," said Margaret Heyes, who chairs Save Tarn Moss.'
    )
    assert actors(chaired)["Margaret Heyes"][2] == ["Save Tarn Moss"]


def test_a_span_of_time_in_apposition_is_no_role() -> None:
    text = (
        "Residents met on Monday to discuss plans for 14 wind turbines on Tarn Moss, a fortnight before the council's "
        "planning committee decides the application. Tarn Moss is a moor. Tarn Moss said nothing."
    )
    assert not actors(text).get("Tarn Moss", ("", "", []))[1]


def test_a_campaign_s_name_before_a_role_and_its_holder_is_their_body() -> None:
    text = (
        "Brendale Energy wants to build 12 turbines on Tarn Moss.\n\n"
        "Save Tarn Moss chair Margaret Heyes said the group had gathered more than 2,000 objections."
    )
    assert actors(text)["Margaret Heyes"][2] == ["Save Tarn Moss"]


def test_a_company_written_short_joins_its_name_ending_in_an_adjective_used_as_a_noun() -> None:
    text = (
        "Katrin Vollmer, project director at Brendale Renewables, said the company had cut the scheme to 14 turbines. "
        "Brendale said the community fund would pay £420,000 a year."
    )
    found = {a.name: a.aliases for a in analyze(text).actors}
    assert found["Brendale Renewables"] == ["Brendale"] and "Brendale" not in found


def test_a_person_named_like_a_company_ending_in_an_adjective_used_as_a_noun_is_a_body() -> None:
    text = "Tarnwell Renewables, a Bristol-based developer, says the wind farm would power 41,000 homes. Tarnwell Renewables said it would appeal."
    assert actors(text)["Tarnwell Renewables"][0] == "organization"


def test_a_title_and_a_given_name_tagged_as_a_body_are_a_person_s_name() -> None:
    text = (
        "The council's leader, Councillor Dev Mistry, said the £18 million would be recovered from business rates "
        'within 15 years. "Every penny of it comes back to the town," he said.'
    )
    found = actors(text)
    assert found["Dev Mistry"][0] == "person" and "Councillor Dev Mistry" not in found
    assert [q.speaker for q in analyze(text).quotes] == ["Dev Mistry"]
    bodies = "The British Red Cross and the United Kingdom Home Office said they would meet."
    assert {a.name: a.kind for a in analyze(bodies).actors}.get("British Red Cross") == "organization"


def test_a_byline_field_of_a_masthead_line_names_no_actor() -> None:
    text = (
        "EXPLAINER: What the proposed limit means for your tap water\n\n"
        "WCLX News 8 | By Jenna Morales, Consumer Reporter | Posted March 5, 2026, 6:15 p.m.\n\n"
        "Dr. Elena Ruiz of Ohio Valley University told News 8 the limit is the minimum the evidence supports."
    )
    assert [a.name for a in analyze(text).actors if a.kind == "person"] == ["Elena Ruiz"]


def test_an_acronym_the_article_defined_names_the_body_of_a_role_it_opens() -> None:
    text = (
        "The American Water Utilities Council (AWUC), the industry's main trade group, says the agency underestimated "
        'costs. "Give us until 2035 and a realistic number," AWUC president Gregory Tate said in an interview.'
    )
    (tate,) = [a for a in analyze(text).actors if a.name == "Gregory Tate"]
    assert tate.affiliations == ["American Water Utilities Council"]


def test_the_group_s_role_belongs_to_the_name_the_article_called_a_group_in_apposition() -> None:
    text = (
        "The American Water Utilities Council disputed that figure. The trade group argued for a later deadline.\n\n"
        "Parents for Safe Taps, a national advocacy group whose lawsuit led to the rule, welcomed the proposal. The "
        "group says 70 million Americans drink such water.\n\n"
        '"Parents have been boiling water for a decade," Keisha Donovan, the group\'s executive director, said.'
    )
    (donovan,) = [a for a in analyze(text).actors if a.name == "Keisha Donovan"]
    assert donovan.affiliations == ["Parents for Safe Taps"]


def test_a_name_written_after_the_body_its_role_is_held_at_takes_that_role_and_body() -> None:
    roles = _roles(
        "The chief executive of the Lindmark Hotel Association Anna Berg said the decision was a blow. "
        "Secretary General of NATO Jens Stoltenberg said the alliance was ready."
    )
    role, affiliations = roles["Anna Berg"]
    assert role.startswith("chief executive") and affiliations == ["Lindmark Hotel Association"]
    role, affiliations = roles["Jens Stoltenberg"]
    assert role.startswith("Secretary General") and affiliations == ["NATO"]
    assert "Lindmark Hotel Association" not in {r for r, _ in roles.values()}  # the body is no one's role


def test_a_name_run_on_after_the_body_its_role_is_held_at_is_the_person_and_the_body_is_theirs() -> None:
    # the recogniser tags body and name as one organisation, or leaves the given name out of the person; the
    # parse hangs the given name on 'of' and puts the family name in apposition to the role
    for text, name, body in [
        ("On Monday, CEO of the Refugee Alliance Dilek Arslan told Sky News any process must be well thought out.", "Dilek Arslan", "Refugee Alliance"),
        ("After the leak, CEO of the Housing Council Enver Solomon told Sky News any process must be well thought out.", "Enver Solomon", "Housing Council"),
        ("After the leak, CEO of the Migrant Council Enver Solomon told Sky News the process was rushed.", "Enver Solomon", "Migrant Council"),
    ]:
        roles = _roles(text)
        assert set(roles) == {name}
        role, affiliations = roles[name]
        assert role.startswith("CEO") and affiliations == [body]
    actors = {a.name for a in analyze('After the vote, CEO of the Marlow Housing Trust Enver Solomon told reporters the plan was flawed. "It is rushed," Solomon said.').actors}
    assert actors == {"Marlow Housing Trust", "Enver Solomon"}
    text = "The environmental group Clean Air Nigeria Initiative welcomed the ban, saying older imported vehicles add to pollution."
    assert "Clean Air Nigeria Initiative" in {a.name for a in analyze(text).actors}  # a country's name is no given name


def test_its_and_a_definite_description_point_back_at_the_body_named_before_them() -> None:
    roles = _roles(
        "Fishermen said they would go to court to stop a plan by the Carrow Harbour Authority. "
        "The authority wants to remove sediment so that larger ships can reach its terminal. "
        "Its chief executive, Martin Oakes, said the project would create jobs. "
        "Ruth Penhale, chair of the Lenn Estuary Fishermen's Association, called the offer an insult. "
        '"Nobody asked us," said Ruth Penhale, who chairs the association.'
    )
    assert roles["Martin Oakes"] == ("chief executive", ["Carrow Harbour Authority"])
    assert roles["Ruth Penhale"][1] == ["Lenn Estuary Fishermen's Association"]
    roles = _roles('"Nobody asked us," said Ruth Penhale, who chairs the Lenn Estuary Fishermen\'s Association. Tom Bell, who runs a bakery, agreed.')
    assert roles["Ruth Penhale"] == ("chair", ["Lenn Estuary Fishermen's Association"])
    alone = _roles('The Lenn Estuary Fishermen\'s Association met. "Nobody asked us," said Ruth Penhale, who chairs the association.')
    assert alone["Ruth Penhale"] == ("chair", ["Lenn Estuary Fishermen's Association"])


def test_the_town_s_mayor_is_of_the_place_the_article_called_a_town() -> None:
    text = "Fishermen in the estuary town of Carrow said they would go to court. The town's mayor, Gwen Tallack, backs the project."
    assert _roles(text)["Gwen Tallack"] == ("town's mayor", ["Carrow"])
    text = "Residents of Carrow, a fishing town in Cornwall, are angry. The town's mayor, Gwen Tallack, backs the project."
    assert _roles(text)["Gwen Tallack"] == ("town's mayor", ["Carrow"])
    text = "Residents of Carrow are angry. The company's boss, Tom Hill, agreed."
    assert _roles(text)["Tom Hill"][1] == []  # no company named: none


def test_a_one_word_name_in_apposition_to_a_person_says_what_she_is_and_is_no_actor() -> None:
    text = (
        "Valeska Paris, an Australian woman and former Scientologist, has claimed that the Church of Scientology "
        "imprisoned her. Tom Reed, a Democrat, said the claims should be investigated."
    )
    names = {a.name for a in analyze(text).actors}
    assert {"Valeska Paris", "Church of Scientology", "Tom Reed"} <= names
    assert "Scientologist" not in names and "Democrat" not in names
    assert "Microsoft" in {a.name for a in analyze("Bill Gates, who founded Microsoft, said the company would grow.").actors}


def test_a_short_name_joins_the_full_name_that_adds_fewest_words_and_a_description_names_no_body() -> None:
    text = (
        "Leading linguists have criticised an American university's decision to close its School of Linguistics. "
        "Trustees at Hollis State University voted last week to shut the school. The Hollis State Faculty "
        "Association has disputed the savings. Hollis State's president, Karen Whitlock, defended the vote."
    )
    found = {a.name: a.aliases for a in analyze(text).actors if a.kind == "organization"}
    university = next(k for k, v in found.items() if "Hollis State University" in (k, *v))
    assert "Hollis State" in (university, *found[university])
    assert "Hollis State Faculty Association" in found and "Hollis State" not in found["Hollis State Faculty Association"]
    assert not any("American university" in (k, *v) for k, v in found.items())


def test_a_name_with_an_inner_capital_written_twice_is_a_body_and_what_one_heads_is_a_body() -> None:
    text = (
        "PetWell Veterinary Group, Britain's second-largest chain of animal clinics, will raise its fees. "
        "PetWell's chief executive, Marcus Hale, defended the increase. "
        '"This is a company exploiting people\'s love for their animals," said Joanna Reid, who heads the Fair Vets Campaign.'
    )
    found = {a.name: (a.kind, a.affiliations) for a in analyze(text).actors}
    assert found["PetWell Veterinary Group"][0] == "organization"  # 'Well' is a stop word, but no lost break repeats
    assert found["Marcus Hale"][1] == ["PetWell Veterinary Group"]
    assert found["Joanna Reid"][1] == ["Fair Vets Campaign"]  # tagged a law by the recogniser


def test_named_speakers_the_recogniser_missed_are_actors_typed_by_their_given_name() -> None:
    text = (
        "Islanders have accused ferry operator Hebridean Sea Links of cutting them adrift after it cut sailings. "
        "Crofter Ruairidh Steele, from Iochdar, said he had been forced to move sheep a week early. "
        "Hebridean Sea Links, which runs 14 routes, said it shared islanders' frustration."
    )
    actors = {a.name: (a.kind, a.affiliations) for a in analyze(text).actors}
    assert actors["Ruairidh Steele"][0] == "person"
    assert actors["Hebridean Sea Links"] == ("organization", ["Hebridean Sea Links"])


def test_a_handle_or_a_single_unrecognised_word_quoted_is_no_actor() -> None:
    text = (
        "Reactions poured in online. @KevorkO wrote: “A national ideology that deems thuggery acceptable is no ideology.”\n"
        "Commenter wrote: “I fly often and cannot imagine what the passengers felt.”"
    )
    names = {a.name for a in analyze(text).actors}
    assert "@KevorkO" not in names and "Commenter" not in names


def test_a_title_for_a_portfolio_before_a_name_is_all_of_the_role() -> None:
    assert _roles("Minister for Energy Declan Horgan said the ruling was a setback.")["Declan Horgan"][0] == "Minister for Energy"
    assert _roles("A spokesman for Acme, John Smith, said the plant would close.")["John Smith"] == ("spokesman", ["Acme"])


def test_the_first_word_of_a_party_members_name_is_no_body() -> None:
    text = "Local MP Tom Whitfield, a Liberal Democrat, has tabled a parliamentary question about the closure."
    actors = {a.name: a.affiliations for a in analyze(text).actors}
    assert "Liberal" not in actors and actors["Tom Whitfield"] == []


def test_a_form_of_address_before_a_judges_title_leaves_the_title_as_the_role() -> None:
    text = "Ms Justice Aisling Brennan, sitting in Castlebar, said on Tuesday that the assessment was not lawful."
    assert _roles(text)["Aisling Brennan"][0] == "Justice"
    assert _roles("Labour MP Ms Priya Desai said the budget was a scandal.")["Priya Desai"][0] == "Labour MP"


def test_a_body_the_recogniser_missed_in_apposition_to_a_definite_noun_is_its_chief_executives() -> None:
    text = (
        "The developer, Atlantic Breeze Renewables, said it would appeal. Its chief executive, Conor Dillane, "
        "said the 14-turbine project would create 150 jobs during construction."
    )
    assert _roles(text)["Conor Dillane"] == ("chief executive", ["Atlantic Breeze Renewables"])
    assert "Atlantic Breeze Renewables" in {a.name for a in analyze(text).actors}


def test_a_run_of_capitalised_words_ending_in_a_title_before_a_name_is_the_role() -> None:
    text = "City Councillor Marta Okafor, who chairs the licensing committee, said the fine was fair."
    assert _roles(text)["Marta Okafor"][0] == "City Councillor"


def test_a_surname_written_in_a_paragraph_in_another_language_is_no_mention() -> None:
    text = (
        "President Alan García defended the decrees on Monday.\n\n"
        "García cada vez que puede acusa a la dirigencia de las comunidades de manipular a los pobres, y en el vecino "
        "del sur se mueren de risa al oír los despropósitos de García y de su gobierno en estos días tan difíciles.\n"
    )
    doc = parse(text)
    garcia = find_referents(doc).find("Alan García")
    assert garcia is not None and [m.start for m in garcia.mentions] == [text.index("Alan García")]


def test_a_name_in_apposition_to_a_capitalised_title_is_a_person_and_the_title_no_body() -> None:
    text = (
        "The Education Secretary, Helena Márquez-Dunn, condemned the walkout. She said: \"This is a fair offer.\""
    )
    found = actors(text)
    assert found["Helena Márquez-Dunn"][:2] == ("person", "Education Secretary")
    assert "Education Secretary" not in found
    assert analyze(text).quotes[0].speaker == "Helena Márquez-Dunn"


def test_a_surname_with_an_apostrophe_and_a_hyphen_joins_its_full_name() -> None:
    text = (
        "The union's general secretary, Siobhán O'Kane-Whitfield, told a rally that the deal was poor. "
        "Ms O'Kane-Whitfield dismissed the government's claim."
    )
    found = actors(text)
    assert "O'Kane-Whitfield" not in found and found["Siobhán O'Kane-Whitfield"][0] == "person"


def test_an_untagged_given_and_family_name_with_a_role_in_apposition_is_a_person() -> None:
    text = "Siobhán O'Kane-Whitfield, general secretary of the union, welcomed the invitation but vowed to fight on."
    assert actors(text)["Siobhán O'Kane-Whitfield"][:2] == ("person", "general secretary of the union")


def test_a_body_whose_first_words_were_tagged_a_person_is_one_body() -> None:
    text = (
        "Parents United for Schools, a campaign group set up during the pandemic, condemned the strike. Its chair, "
        "Aoife Brennan, said children were being used as bargaining chips."
    )
    found = actors(text)
    assert found["Parents United for Schools"][0] == "organization"
    assert "Parents United" not in found and "Schools" not in found
    assert [a.affiliations for a in analyze(text).actors if a.name == "Aoife Brennan"] == [["Parents United for Schools"]]


def test_a_name_tagged_a_person_whose_next_sentence_opens_with_its_and_a_role_is_a_body() -> None:
    text = (
        "Kestrel Biopharma, the Swiss-based maker of the drug, rejected that estimate. Its Australian managing "
        'director, Marco Delacroix-Reyes, said: "The council has overstated the eligible population."'
    )
    found = actors(text)
    assert found["Kestrel Biopharma"][0] == "organization"
    assert found["Marco Delacroix-Reyes"][2] == ["Kestrel Biopharma"]
    person = "Maria Lopez, a nurse, said the ward was full. Its manager, Tom Hale, said: \"We are coping.\""
    assert actors(person)["Maria Lopez"][0] == "person"  # 'Its' after a subject with a person's given name


def test_a_portfolio_after_a_title_and_of_is_part_of_the_role_not_the_name() -> None:
    text = "Minister of Mines Marie-Ève Côté granted Northern Spodumene Corp. a production permit. Côté said it was fair."
    found = actors(text)
    assert found["Marie-Ève Côté"][:2] == ("person", "Minister of Mines")
    assert actors("Secretary General of NATO Jens Stoltenberg said the alliance was ready.")["Jens Stoltenberg"][1] == "Secretary General of NATO"


def test_the_body_whose_act_a_definite_noun_names_acts_in_the_story() -> None:
    text = (
        "In the past few days in Italy, several municipalities have started asking religious schools to pay taxes for "
        "property and local services, despite the resistance of the Catholic Church. The mayor said the schools must pay."
    )
    assert "Catholic Church" in actors(text)  # 'the resistance of X' as 'X's resistance'


def test_a_name_a_plural_possessor_tagged_a_person_opens_is_a_body_and_its_the_next_role() -> None:
    text = (
        "The Trentside Rovers Supporters' Trust opposes the move. Its chair, Helen Marsh, said the club's own "
        "planning documents showed a capacity of 45,000."
    )
    found = actors(text)
    assert found["Trentside Rovers Supporters' Trust"][0] == "organization"
    assert not any("Supporters" in name for name in found if name != "Trentside Rovers Supporters' Trust")
    assert [a.affiliations for a in analyze(text).actors if a.name == "Helen Marsh"] == [["Trentside Rovers Supporters' Trust"]]
    pairs = [(p.holder, p.polarity) for p in analyze(text).pairs]
    assert ("Trentside Rovers Supporters' Trust", -1) in pairs


def test_a_credit_line_s_role_ends_with_its_line_and_names_a_body_a_plural_possessor_opens() -> None:
    text = (
        "“We will fight this at every stage.” – Helen Marsh, chair, Trentside Rovers Supporters' Trust\n"
        "Marsh said season-ticket holders were “angry and frightened”."
    )
    found = {a.name: a for a in analyze(text).actors}
    assert found["Helen Marsh"].role == "chair, Trentside Rovers Supporters' Trust"
    assert found["Helen Marsh"].affiliations == ["Trentside Rovers Supporters' Trust"]


def test_a_verb_s_ing_form_opening_a_headline_is_no_part_of_the_name_run_into_it() -> None:
    text = (
        "Closing Harlow's maternity unit trades one risk for a worse one\n\n"
        "The board wants to close the unit. Mothers in Harlow would drive 60 kilometers. Ms Manning said so.\n"
        "Manning Road will close."
    )
    names = {form for a in analyze(text).actors for form in (a.name, *a.aliases)}
    assert not any(name.startswith("Closing") for name in names)
    mentions = [m.text for m in entity_mentions(parse(text))]
    assert "Closing Harlow" not in mentions


def test_a_body_s_name_tagged_a_place_is_what_its_or_the_charity_s_before_a_role_refers_to() -> None:
    its = (
        "The children’s charity ChildSafe Ireland said the ruling vindicated parents’ concerns. “Parents have been "
        "telling us for years,” said its chief executive, Martin Doyle."
    )
    described = (
        "Child-safety charity ChildSafe Ireland backed the decision. \"Today's ruling tells every parent that their "
        "worries were justified,\" said Martin Doyle, the charity's chief executive."
    )
    for text in (its, described):
        assert [a.affiliations for a in analyze(text).actors if a.name == "Martin Doyle"] == [["ChildSafe Ireland"]]


def test_a_country_s_possessive_the_recogniser_ran_into_a_body_s_name_is_no_part_of_it() -> None:
    text = (
        "DUBLIN, 12 May 2026 – Ireland’s Data Protection Commission has fined the video-sharing platform Flikt. "
        "McDonald’s Corporation said it was watching."
    )
    names = {form for a in analyze(text).actors for form in (a.name, *a.aliases)}
    assert "Data Protection Commission" in names and not any(n.startswith("Ireland") for n in names)
    assert not any(n.startswith("Corporation") for n in names)


def test_a_body_in_apposition_to_what_another_owns_is_not_that_body_written_short() -> None:
    text = (
        "Flikt said it would appeal against the fine. Shares in Flikt's parent company, Flikt Holdings, fell 2.1%. "
        "Flikt Holdings said it backed the appeal."
    )
    names = {a.name: a.aliases for a in analyze(text).actors}
    assert "Flikt" in names and "Flikt Holdings" in names and "Flikt" not in names["Flikt Holdings"]


def test_a_body_s_name_tagged_a_place_keeps_the_first_word_the_recogniser_left_out() -> None:
    text = (
        "Alzheimer Families Ireland, a patients' group, urged regulators to move quickly. Its chief executive, "
        "Siobhán Reilly, said families cannot wait."
    )
    found = {a.name: a for a in analyze(text).actors}
    assert found["Alzheimer Families Ireland"].kind == "organization" and "Families Ireland" not in found
    assert found["Siobhán Reilly"].affiliations == ["Alzheimer Families Ireland"]


def test_an_untagged_given_and_family_name_with_a_role_in_apposition_is_a_person_whose_role_speaks() -> None:
    text = (
        "Selam Berhane, the ministry spokesperson, later rejected Namburi's figure as exaggerated. \"Every cubic "
        'metre we hold back now is electricity for 60 million people who have none," Berhane said.'
    )
    assert actors(text)["Selam Berhane"][:2] == ("person", "ministry spokesperson")  # 'Selam': a given name, no gender


def test_a_time_zone_after_a_time_is_no_person() -> None:
    text = "Update, 4:40 PM BST: Kestrel Interactive said it would consult staff for 45 days."
    assert "BST" not in actors(text)


def test_a_title_written_in_lower_case_before_a_name_is_the_role_whatever_it_is_apposed_to() -> None:
    text = (
        "In a statement posted to the company's investor site, chief executive Douglas Whitcombe said the decision "
        "was painful. Whitcombe added that the studio would close."
    )
    assert actors(text)["Douglas Whitcombe"][1] == "chief executive"


def test_a_capitalised_plural_for_or_against_a_cause_is_an_advocacy_group_s_name() -> None:
    text = (
        "Maya Feldman, director of Riders for Brookport Transit, said bus riders had waited decades. Tom Reed of "
        "Americans for Prosperity called the plan a mistake. Calls for Brookport Transit to cut fares have grown."
    )
    found = {a.name: (a.kind, a.role, a.affiliations) for a in analyze(text).actors}
    assert found["Maya Feldman"] == ("person", "director", ["Riders for Brookport Transit"])  # was 'director of Riders'
    assert found["Tom Reed"][2] == ["Americans for Prosperity"]  # 'Americans' had been a people (NORP)
    assert found["Riders for Brookport Transit"][0] == "organization"
    assert not any(name.startswith("Calls") for name in found)  # a plural opening a sentence is capitalised anyway
    court = "He appealed to the U.S. Court of Appeals for the Federal Circuit, which ruled against him."
    assert not any("Appeals for" in form for a in analyze(court).actors for form in (a.name, *a.aliases))


def test_an_entity_run_across_a_comma_whose_sides_hang_apart_is_two_names() -> None:
    doc = parse("In Meruka, Tarandi's energy ministry brushed off the warnings. The summit was in Washington, D.C. today.")
    names = [m.text for m in entity_mentions(doc)]
    assert "Meruka" in names and "Tarandi" in names  # tagged one body, "Meruka, Tarandi's"
    assert not any("," in name for name in names if name != "Washington, D.C.")


def test_a_plural_english_noun_opening_a_quotation_is_no_name_though_tagged_a_proper_noun() -> None:
    text = (
        "The judges found that the law breached the principle of legitimate expectations. \"Citizens who have planned "
        "their retirement on the basis of the law in force cannot see those plans overturned overnight,\" Judge Helena "
        "Sarmento wrote for the majority. The minister said the government would study the ruling."
    )
    assert "Citizens" not in actors(text)  # the recogniser had tagged it a person
    assert "Helena Sarmento" in actors(text)


def test_a_possessor_alone_before_a_name_is_the_body_she_belongs_to_not_a_role() -> None:
    found = _roles("The Left Bloc's Joana Reis said the position was untenable. Labour's Yvette Cooper agreed.")
    assert found["Joana Reis"] == ("", ["Left Bloc"])  # had been the role "Left Bloc's", with no affiliation
    assert found["Yvette Cooper"] == ("", ["Labour"])
    assert _roles("The company's chief executive Tom Lee said so.")["Tom Lee"][0] == "company's chief executive"


def test_an_unfamiliar_name_ending_in_an_english_word_after_a_definite_description_is_a_body() -> None:
    text = (
        "The developer, Northwind Offshore, welcomed the decision. The defendant, Kofi Young, denied the charge. "
        "In a statement, the company said the farm would power 300,000 homes."
    )
    found = actors(text)
    assert found["Northwind Offshore"][0] == "organization"  # tagged a person; 'offshore' is no noun
    assert found["Kofi Young"][0] == "person"  # 'Kofi' is a given name


def test_a_given_and_family_name_tagged_a_body_is_a_person_after_a_title_or_before_who() -> None:
    text = (
        '"The legislator may change the pension age," judge Helena Cardoso, who wrote the majority opinion, said in the '
        "judgment. The government disagreed."
    )
    assert actors(text)["Helena Cardoso"][0] == "person"  # tagged a body; 'judge' parsed as a verb
    later = "Writing for the majority, Justice Helena Cardoso said the reform imposed a sudden burden on workers."
    assert actors(later)["Helena Cardoso"][0] == "person"  # 'justice': a title of ours, not nameparser's


def test_an_untagged_given_and_family_name_acting_as_a_subject_is_a_person() -> None:
    text = (
        "The pensioners deserve credit. Teresa Almeida and the National Association of Retirees took an unfashionable "
        'case to court and won. "We did not ask for privileges, only for the rules to be kept," she told me.'
    )
    facts = analyze(text)
    assert [(q.speaker, q.named) for q in facts.quotes] == [("Teresa Almeida", True)]  # the recogniser tagged no one


def test_an_untagged_name_after_a_title_acting_as_a_subject_is_a_person() -> None:
    text = (
        '"A municipality may regulate the use of housing in the public interest, but it may not extinguish a lawful '
        'use of private property across whole districts without showing that nothing less would do," Justice Brenwick '
        'wrote. "The city has not made that showing."\n\n'
        "Justice Ilse Tavernier dissented. In a separate opinion, she said the majority had \"substituted its own view "
        "of housing policy for that of an elected council\" and warned that the ruling would leave cities "
        '"without a workable tool" as rents rise.'
    )
    assert not any("Tavernier" in e.text for e in parse(text).ents)  # as the small model tags it here
    facts = analyze(text)
    assert {q.speaker for q in facts.quotes if "workable" in text[q.start : q.end] or "substituted" in text[q.start : q.end]} == {"Ilse Tavernier"}
    assert next(a for a in facts.actors if a.name == "Ilse Tavernier").role == "Justice"



def test_an_untagged_name_right_after_a_title_is_a_person_wherever_it_stands() -> None:
    text = (
        "The TEMPO study, led by Professor Siobhán Ní Bhriain of University College London and published in The "
        "Lancet, followed 12,412 adults with prediabetes. Ní Bhriain rejected the criticism."
    )
    assert not any("Siobhán" in e.text for e in parse(text).ents)  # as the small model tags it here
    people = {a.name: a.aliases for a in analyze(text).actors if a.kind == "person"}
    assert list(people) == ["Siobhán Ní Bhriain"]
    assert not [a.name for a in analyze(text).actors if "Bhriain" in a.name and a.kind != "person"]


def test_a_name_opened_by_a_plural_possessor_is_a_body_though_tagged_a_work_of_art() -> None:
    text = (
        "Old Town car ban approved as traders warn of ‘ghost streets’\n"
        "Private cars will be banned from Castlebridge’s historic Old Town from next April under plans approved by the "
        "city’s cabinet on Monday night, despite warnings from shopkeepers.\n"
        "The mayor said a study found that footfall in the Old Town would rise by 8% within two years of the ban.\n"
        "The Castlebridge Shopkeepers’ Association disputes that. Its chair, Marta Alvarez, who has run a hardware shop "
        "on Bridge Street for 22 years, said footfall would fall by 20%."
    )
    found = {a.name: (a.kind, a.affiliations) for a in analyze(text).actors}
    assert found["Castlebridge Shopkeepers’ Association"][0] == "organization"
    assert found["Marta Alvarez"] == ("person", ["Castlebridge Shopkeepers’ Association"])


def test_an_unfamiliar_name_owning_a_role_whose_holder_is_named_is_the_body_the_role_is_held_at() -> None:
    found = {a.name: (a.kind, a.affiliations) for a in analyze("Banco Atlântico’s chief economist, Paulo Reis, sided with the ministry.").actors}
    assert found["Banco Atlântico"][0] == "organization"  # tagged a person
    assert found["Paulo Reis"] == ("person", ["Banco Atlântico"])  # the model had given him the retirees' association
    text = "Donald Trump spoke on Monday. Trump’s chief of staff, Mark Meadows, said so."
    assert actors(text)["Donald Trump"][0] == "person"  # a person's surname stays his


def test_an_unnamed_person_the_article_quotes_is_an_actor_under_its_description() -> None:
    text = (
        "The port authority approved the dredging plan on Monday. "
        "A senior harbour official, who asked not to be named because he was not authorised to speak, said the "
        "vote had been close. A company spokeswoman said the firm welcomed the decision."
    )
    found = {a.name: a for a in analyze(text).actors}
    assert "A senior harbour official" in found
    assert found["A senior harbour official"].kind == "person"
    assert not any("spokeswoman" in name for name in found)  # the body speaks through its spokesperson


def test_an_unnamed_body_described_by_a_group_noun_is_no_person() -> None:
    text = (
        "A day after the council approved a cap on rents, the city's largest landlord group said it had hired a law "
        "firm to examine the ordinance. The Calder Springs Apartment Owners Association voted to pay for the review."
    )
    found = {a.name: a for a in analyze(text).actors}
    assert not any(a.kind == "person" and "group" in name for name, a in found.items())
    text = (
        "Winifred Boyd, who led the textile union for fifteen years, has died aged 88. Her family said in a statement "
        "that she died peacefully. North Korea put its troops on alert. The country's military said it was ready."
    )
    kinds = {a.name: a.kind for a in analyze(text).actors}
    assert kinds.get("Her family") == "group" and kinds.get("The country's military") == "organization"


def test_a_police_force_described_by_its_town_is_a_body_quoted_as_itself() -> None:
    text = (
        "Thousands marched through the port on Tuesday against the pension bill. In Patras, Patras police said "
        "4,000 people had joined a rally outside the town hall, while the unions put the figure at 9,000."
    )
    found = analyze(text)
    police = next(a for a in found.actors if a.name == "Patras police")
    assert police.kind == "organization" and police.affiliations == ["Patras police"]
    assert [c.affiliation for c in found.citations if c.speaker == "Patras police"] == ["Patras police"]


def test_a_body_described_in_the_lede_and_named_later_is_the_named_body() -> None:
    text = (
        "WELLINGTON – A coalition of environmental groups and a South Taranaki fishing cooperative yesterday asked the "
        "High Court to overturn the Government's decision to license seabed mining, arguing that the minister ignored "
        "scientific warnings.\n\n"
        "Rewi Parata, who chairs the South Taranaki Fishers' Cooperative, said the cooperative's 40 boats would suffer."
    )
    found = analyze(text)
    assert not [a for a in found.actors if "fishing cooperative" in a.name]
    assert "South Taranaki Fishers' Cooperative" in {c.speaker for c in found.citations}
    text = (  # a plural describes no one body
        "Rail workers began a strike over pay and a government bill that unions say would weaken safety rules. The "
        "National Union of Rail Workers called the walkout after talks broke down."
    )
    assert [c.speaker for c in analyze(text).citations] == ["unions"]


def test_a_seat_or_a_home_town_is_no_affiliation() -> None:
    text = (
        "Senate Majority Leader Dale Prewitt, a Republican from Joplin who is sponsoring the bill, said he had the votes. "
        "Barnsley East MP Mark Thwaites said he would fight the closure. Sam Lee, a researcher from Harwell Labs, agreed."
    )
    found = {a.name: a.affiliations for a in analyze(text).actors}
    assert found["Dale Prewitt"] == ["Senate"] and found["Mark Thwaites"] == []  # the Senate his title names, not Joplin
    assert found["Sam Lee"] == ["Harwell Labs"]  # a lab's name after 'from' is where she works
    text = "Sen. Lorna Haskett of Kirksville said she feared for rural schools. Salim al-Harthy of Oman said talks would resume."
    found = {a.name: a.affiliations for a in analyze(text).actors}
    assert found["Lorna Haskett"] == [] and found["Salim al-Harthy"] == ["Oman"]


def test_a_place_tagged_a_person_is_no_actor() -> None:
    """The recogniser tags 'Yorkshire' in a headline and 'St James's' of a hospital's name as people."""
    text = (
        "Businesses count the cost as rail strike hits Yorkshire\n\n"
        "Angela Brooks, chair of the Leeds Business Forum, said trade was down. "
        '"Yorkshire relies on rail commuting more than most regions," she said. '
        '"I have been standing here for an hour," said Janet Hughes, a nurse travelling to St James\'s Hospital. '
        '"Florence told me the same," she added.'
    )
    names = {a.name for a in analyze(text).actors}
    assert "Yorkshire" not in names and not any("James" in n for n in names)
    assert {"Angela Brooks", "Janet Hughes", "Leeds Business Forum"} <= names


def test_its_role_is_no_law_s() -> None:
    """A bill the recogniser tagged a body, the subject of a quoted sentence before, holds no roles."""
    text = (
        'A spokesperson for the minister said: "The minister will not be held to ransom. The Rail Safety Reform Bill '
        'keeps every safety standard in place." According to Northern Crown Railways, fewer than one in five of its '
        "services ran on Thursday. Its chief executive, Simon Lister, said the company had offered 4.5%."
    )
    found = {a.name: a.affiliations for a in analyze(text).actors}
    assert found["Simon Lister"] == ["Northern Crown Railways"]


def test_its_after_an_article_a_group_noun_and_a_name_is_the_named_body() -> None:
    """'The passenger group Rail Users Alliance', its name tagged a person: 'Its chair' is the alliance's."""
    text = (
        "Dr Priya Raman, an economist at the University of Leeds, estimated the cost at £120 million. The passenger "
        'group Rail Users Alliance urged both sides to return to talks. Its chair, Tom Beckett, said passengers were '
        '"caught in the middle".'
    )
    found = {a.name: a.affiliations for a in analyze(text).actors}
    assert found["Tom Beckett"] == ["Rail Users Alliance"]


def test_a_body_s_name_written_again_untagged_is_the_same_body() -> None:
    """The recogniser tags 'Nordisense' once; the exact-match sieve finds it again where it acts."""
    text = (
        "One co-author has received speaker fees from Nordisense, a Copenhagen-based manufacturer whose sensors were "
        "worn by most users. The company had no role in the study. Nordisense welcomed the findings, saying in a "
        "statement that they 'confirm what our users tell us every day'."
    )
    found = analyze(text)
    assert [a.name for a in found.actors if a.name == "Nordisense"] == ["Nordisense"]
    assert ("Nordisense", "the findings") in {(p.holder, p.target) for p in found.pairs}


def test_a_capitalised_hyphenated_word_opens_the_name_it_is_written_into() -> None:
    text = (
        "A coalition of parent groups backing the bill, Show-Me Parents for Choice, held a rally on Monday. Its "
        "director, Angela Bright, said many families could not afford to move."
    )
    found = {a.name: a.affiliations for a in analyze(text).actors}
    assert found["Angela Bright"] == ["Show-Me Parents for Choice"] and "Parents for Choice" not in found


def test_a_given_name_left_out_before_a_two_word_name_is_its_first_word() -> None:
    text = (
        "President Beatriz Sequeira Lôbo has full confidence in the armed forces, her spokesman said. "
        "Democrat Rebecca Hale Moreno disagreed."
    )
    found = {a.name: a.role for a in analyze(text).actors}
    assert found["Beatriz Sequeira Lôbo"] == "President"
    assert "Rebecca Hale Moreno" in found  # 'Democrat' is no given name


def test_a_name_the_parser_hung_on_the_dateline_takes_no_role_from_it() -> None:
    text = (
        "Quiñones: Aldoria will not yield\n\nSAN TELMO, 15 March 2026 (AAN) – Foreign Minister Rafael Quiñones Ábrego "
        "on Saturday rejected what he called Veranza's \"gunboat diplomacy\".\n\nMinister Quiñones said the presence "
        'of warships was "a grave violation of international law."'
    )
    found = {a.name: a for a in analyze(text).actors}
    assert found["Rafael Quiñones Ábrego"].role == "Foreign Minister" and found["Rafael Quiñones Ábrego"].affiliations == []


def test_a_ship_named_after_a_person_is_no_actor() -> None:
    text = (
        "The Aldorian Navy said its frigate Almirante Tavares was monitoring the area. The Veranzan navy said on "
        "Tuesday that its patrol ship Capitana Rojas had shadowed the survey vessel Nordmar Explorer for 40 miles."
    )
    names = {a.name for a in analyze(text).actors}
    assert not names & {"Almirante Tavares", "Capitana Rojas", "Nordmar Explorer"}
    assert "Aldorian Navy" in names
    text = (
        "Fleet protests\n\nCallum Munro, skipper of the Peterhead trawler Morning Star, said he had fished the grounds "
        "for 22 years. \"If that cable goes in, we are finished,\" Munro said."
    )
    assert [a.name for a in analyze(text).actors] == ["Callum Munro"]  # a trawler is first someone who trawls
    text = "Wattle Airlines blocked\n\nThe regulator blocked the deal, and the carrier Wattle Airlines said it would appeal."
    assert "Wattle Airlines" in {a.name for a in analyze(text).actors}  # a carrier by its second sense is a vehicle


def test_a_body_s_name_before_a_capitalised_officer_s_title_is_the_body() -> None:
    found = {a.name: a.affiliations for a in analyze("Northvein Chief Executive Bradley Ostrowski said the mine was safe.").actors}
    assert found["Bradley Ostrowski"] == ["Northvein"]
    found = {a.name: a.affiliations for a in analyze("Agriculture Minister Jane Doe said the plan was sound.").actors}
    assert found["Jane Doe"] == []  # a portfolio, no body


def test_what_someone_chairs_is_a_body_also_when_untagged() -> None:
    text = "Petra Lindner, who chairs the GKV-Spitzenverband, said the insurers would take the case to arbitration."
    assert {a.name: a.affiliations for a in analyze(text).actors}["Petra Lindner"] == ["GKV-Spitzenverband"]


def test_a_body_s_name_after_the_words_that_describe_it_is_the_affiliation() -> None:
    text = "Dr. Lena Hartmann, a health economist at the Berlin think tank Forum Gesundheitspolitik, said it was too high."
    assert {a.name: a.affiliations for a in analyze(text).actors}["Lena Hartmann"] == ["Forum Gesundheitspolitik"]


def test_a_legislator_s_home_town_tagged_a_body_is_a_place() -> None:
    """The recogniser tags 'Dayton' a body; after a legislator's title and name it is the home town."""
    text = (
        "Rep. Tom Albright of Dayton, a Republican who chairs the House Education Committee, said he had "
        '"real concerns" about the cost. Professor Ann Carr of Georgetown said the bill was sound.'
    )
    found = {a.name: a.affiliations for a in analyze(text).actors}
    assert found["Tom Albright"] == [] and "Dayton" not in found
    assert found["Ann Carr"] == ["Georgetown"]  # no lawgiver: the university she is at


def test_a_portfolio_after_a_minister_s_title_is_no_body() -> None:
    text = (
        "The Minister of State for Petroleum Resources, Ibrahim Danjuma Yakasai, said the subsidy would end. "
        "“We can no longer afford it,” Yakasai said."
    )
    found = {a.name: a for a in analyze(text).actors}
    assert "Petroleum Resources" not in found and found["Ibrahim Danjuma Yakasai"].affiliations == []


def test_its_after_a_passive_is_the_agent_s_not_a_plural_subject_s() -> None:
    text = (
        "The Legislative Service Commission put the cost lower. Supporters were backed by Ohio Families for School "
        "Choice, a lobby group funded by national donors. Its executive director, Brian Tamsett, praised the vote."
    )
    found = {a.name: a.affiliations for a in analyze(text).actors}
    assert found["Brian Tamsett"] == ["Ohio Families for School Choice"]


def test_a_leader_s_role_in_lower_case_with_no_body_is_held_at_the_body_the_sentence_before_is_about() -> None:
    text = (
        "The council says about 120 posts will go. Unison, which represents many of the council's staff, opposes the "
        "cuts. Branch secretary Helen Okafor said the union was balloting members. The Maritime and Coastal Workers' "
        "Union said the shortage was the company's doing. Regional organiser Grant Fairlie said pay was too low. "
        "Prime minister Ann Lee said the government would act."
    )
    found = {a.name: a.affiliations for a in analyze(text).actors}
    assert found["Helen Okafor"] == ["Unison"] and found["Grant Fairlie"] == ["Maritime and Coastal Workers' Union"]
    assert found["Ann Lee"] == []  # a minister's office is a state's, not the union's before it


def test_a_spokesperson_of_a_side_of_parliament_is_not_held_at_the_body_the_sentence_before_is_about() -> None:
    text = (
        "The Karelund Patients Association welcomed the suspension. Opposition health spokesperson Petr Olund said "
        "the minister had finally done her job. The Harbour Users Group opposed it. Government spokesman Ian Dale "
        "said talks would go on."
    )
    found = {a.name: a.affiliations for a in analyze(text).actors}
    assert found["Petr Olund"] == [] and found["Ian Dale"] == []


def test_someone_at_a_named_department_of_a_named_institution_is_the_institution_s() -> None:
    text = (
        "Associate Professor Eleanor Marsh, of the University of Otago's Department of Marine Science, said the science "
        "had not changed. Dr Tom Reyes, of the Department of Health, agreed."
    )
    found = {a.name: a.affiliations for a in analyze(text).actors}
    assert found["Eleanor Marsh"] == ["University of Otago"] and found["Tom Reyes"] == ["Department of Health"]


def test_a_described_group_that_refers_back_is_no_new_actor() -> None:
    text = (
        "Maria Lind, an economist at Norden Bank, said rates would fall. Karl Ohm, an economist at Vastra "
        "University, disagreed. Both economists said the housing market would cool. The ministry published its "
        "forecast, which its analysts say is cautious."
    )
    names = set(actors(text))
    assert "Both economists" not in names and "its analysts" not in names
    assert {"Maria Lind", "Karl Ohm"} <= names


def test_a_month_after_a_name_is_no_affiliation() -> None:
    text = (
        "Anna Holm, 29, who gave birth to her son Erik at St Agnes’s in January, said the midwives had acted quickly. "
        "Holm said she would sign the petition."
    )
    kind, _, affiliations = actors(text)["Anna Holm"]
    assert kind == "person" and "January" not in affiliations


def test_a_plural_possessor_the_recogniser_kept_its_apostrophe_on_opens_one_name() -> None:
    text = "The Northern Weavers' Guild said it would strike. Its secretary, Ana Reyes, said talks had failed."
    found = actors(text)
    assert found["Northern Weavers' Guild"][0] == "organization"
    assert "Guild" not in found


def test_a_party_in_brackets_after_a_candidate_is_the_affiliation_not_the_role() -> None:
    text = (
        "A poll put Maria Costa (Labour) on 31 percent, ahead of acting mayor Peter Lund (Independent) on 27 percent "
        "and Omar Said (Conservative). Costa, Lund and Said debated on Monday. Hampig and Mgrdich (Arame) Khapazyan "
        "were in the audience."
    )
    found = actors(text)
    assert found["Maria Costa"] == ("person", "", ["Labour"])
    assert found["Peter Lund"] == ("person", "acting mayor", ["Independent"])
    assert found["Omar Said"][2] == ["Conservative"]


def test_a_given_name_tagged_a_body_alone_before_a_surname_opens_the_persons_name() -> None:
    found = actors("Trust chair Dilek Aydın said fans were being punished for the mistakes of the board.")
    assert found == {"Dilek Aydın": ("person", "Trust chair", [])}


def test_a_relative_clause_of_holding_a_seat_on_a_body_names_the_affiliation() -> None:
    found = actors(
        "Councillor Sunita Rao, who represents Ashcombe ward on Kelsbury District Council, said families were angry. "
        "Tom Hale, who sits on the Senate Finance Committee, said the bill was flawed. "
        "Ann Lee, who represents workers at the plant, agreed."
    )
    assert found["Sunita Rao"][2] == ["Kelsbury District Council"]
    assert found["Tom Hale"][2] == ["Senate Finance Committee"]
    assert found["Ann Lee"][2] == []


def test_a_name_that_agrees_with_a_plural_verb_is_a_collective_not_a_person() -> None:
    found = actors(
        "Harwick Athletic have lodged a formal appeal against the deduction. Chairman Tiago Conceição said the club would fight. "
        "Tom Hale and Ann Lee have resigned. Maria Costa was angry. Bramcote Town were fined in March. "
        "Tom Reilly, who has fished out of Kestrel harbour for thirty years, said the boat was finished."
    )  # the tagger reads 'harbour' as a plural verb with Reilly its subject: only an auxiliary or copula counts
    assert found["Harwick Athletic"][0] == "organization" and found["Bramcote Town"][0] == "organization"
    people = {n for n, (kind, _, _) in found.items() if kind == "person"}
    assert people == {"Tiago Conceição", "Tom Hale", "Ann Lee", "Maria Costa", "Tom Reilly"}


def test_a_defined_term_in_brackets_and_quotation_marks_names_the_organisation_wherever_written() -> None:
    text = (
        'The regulator today announced a final decision following its inquiry into Clipzy Technologies Limited ("Clipzy"), '
        "imposing a fine of EUR 48 million. Clipzy has said that it intends to appeal the decision. "
        "Clipzy contended that fewer than 400,000 users were affected."
    )
    found = {a.name: a.aliases for a in analyze(text).actors if a.kind == "organization"}
    assert found.get("Clipzy Technologies Limited") == ["Clipzy"]


def test_a_court_is_named_with_the_place_it_sits_in_or_the_district_it_serves() -> None:
    text = (
        "The High Court in Pretoria ruled on Monday that the cuts were unlawful. "
        "The U.S. District Court for the Southern District of New York dismissed a second suit. "
        "The agency said it would appeal."
    )
    found = {a.name: a.aliases for a in analyze(text).actors}
    assert "High Court" in found.get("High Court in Pretoria", [])
    assert "U.S. District Court for the Southern District of New York" in found
    assert not any(name == "High Court" or name.endswith("Southern District") for name in found)


def test_a_name_given_at_birth_is_a_form_of_the_person_named_otherwise() -> None:
    text = (
        "Margaret Okafor-Lindqvist, who led the nurses' union for a decade, has died aged 79. "
        "Born Margaret Okafor in 1946, she married the Swedish doctor Erik Lindqvist in 1970. "
        '"She never stopped organising," said Tom Reyes, the union’s general secretary.'
    )
    found = {a.name: a.aliases for a in analyze(text).actors if a.kind == "person"}
    assert "Margaret Okafor" in found.get("Margaret Okafor-Lindqvist", [])
    assert "Margaret Okafor" not in found and "Erik Lindqvist" in found


def test_a_relative_clause_saying_what_someone_is_names_the_body_they_belong_to() -> None:
    text = (
        "María José Quiroga Benítez, who farms 380 hectares near Colón and is a member of the Cooperativa Agrícola "
        "La Unión, said she joined the protest. Tom Hale, who is chair of the Harbour Residents Association, said "
        "the plan was wrong. Tom Brandt, whose daughter is a freshman at Harlan Creek High School, said he was worried."
    )
    found = {a.name: (a.role, a.affiliations) for a in analyze(text).actors if a.kind == "person"}
    assert found["María José Quiroga Benítez"] == ("member", ["Cooperativa Agrícola La Unión"])
    assert found["Tom Hale"] == ("chair", ["Harbour Residents Association"])
    assert found["Tom Brandt"] == ("", [])


def test_one_of_a_body_s_members_is_affiliated_with_the_body() -> None:
    text = (
        "Ice Wings, a supporters' group that claims 30,000 members, condemned the ban. "
        "“He has sacrificed the best skater this country has produced,” said Kim Da-eun, one of the group’s organisers. "
        "Ann Lee, one of the founders of the Harbour Residents Association, said the rally would go ahead. "
        "It was raised at the meeting with President Iván Duque, one of the critical issues addressed by the minister."
    )
    found = {a.name: (a.role, a.affiliations) for a in analyze(text).actors if a.kind == "person"}
    assert found["Kim Da-eun"] == ("one of the group’s organisers", ["Ice Wings"])
    assert found["Ann Lee"] == ("one of the founders", ["Harbour Residents Association"])
    assert "critical issues" not in found.get("Iván Duque", ("", []))[0]


def test_a_body_named_after_its_country_with_a_first_word_left_out_is_whole_and_owns_the_next_its() -> None:
    text = (
        "Open Wire Ireland, which campaigns on online privacy, praised the decision. Its director, Siobhán Carty, "
        "said targeted advertising relied on harvesting personal data."
    )
    found = {a.name: (a.kind, a.affiliations) for a in analyze(text).actors}
    assert found["Open Wire Ireland"][0] == "organization" and "Wire Ireland" not in found
    assert found["Siobhán Carty"] == ("person", ["Open Wire Ireland"])


def test_a_body_s_name_closed_by_its_country_tagged_apart_is_the_body_not_the_country() -> None:
    # the recogniser tags 'Memory Matters' a body and 'UK' a place; the parse hangs the body's name on 'UK'
    text = (
        "Patient charity Memory Matters UK welcomed the findings. \"This is good news for families,\" said Carys "
        "Pritchard-Evans, the charity's chief executive."
    )
    found = actors(text)
    assert found["Memory Matters UK"][0] == "organization" and "United Kingdom" not in found
    assert found["Carys Pritchard-Evans"][2] == ["Memory Matters UK"]


def test_a_definite_body_owning_a_role_is_the_body_the_sentence_before_is_about() -> None:
    # no name the article gives is headed by 'agency': the agency is the body that was the subject just before
    text = (
        "Dr. Naomi Leclerc-Baptiste, a neurologist at the University of Toronto, was cautious. The MHRA said it had "
        "asked the researchers for the full dataset. Dr. Priya Raghunathan, the agency's chief medical officer, said a "
        "review would take months."
    )
    assert actors(text)["Priya Raghunathan"][2] == ["MHRA"]


def test_a_common_noun_opening_a_sentence_tagged_a_body_is_no_actor() -> None:
    text = (
        "The trial followed 12,412 adults with prediabetes for five years. Dementia was diagnosed in 4.1 percent of "
        "participants taking metformin. The drug may delay dementia, the authors wrote."
    )
    assert "Dementia" not in actors(text)
    text = "The law passed after parliament approved it. \"Parliament has spoken,\" he told reporters outside parliament."
    assert actors(text)["Parliament"][0] == "organization"  # a grouping's noun names the institution, in either case


def test_a_name_the_article_says_is_a_thing_is_no_actor_but_a_body_s_stays() -> None:
    text = (
        "The TEMPO trial found that metformin cut dementia diagnoses by 18 percent. TEMPO is a well-conducted trial "
        "with an important result, the editorial said. Ofcom is the regulator of broadcasting. Ofcom said it would look."
    )
    found = actors(text)
    assert "TEMPO" not in found and found["Ofcom"][0] == "organization"


def test_a_name_opening_with_a_port_is_no_person() -> None:
    text = (
        "Eldoria began filling the reservoir in March. Downstream, Port Aurel has warned that the dam could cut the "
        "river's flow by up to 25 percent in dry summers."
    )
    assert actors(text).get("Port Aurel", ("",))[0] != "person"


def test_a_body_a_whose_clause_gives_a_person_is_their_affiliation_and_no_role() -> None:
    for text in (
        "In Port Aurel, the opposition has not softened. Rafael Domínguez, whose People's Renewal Party has called for "
        "a parliamentary vote on the deal, described it as \"a capitulation\".",
        "Rafael Domínguez, whose People's Renewal Party has called for a parliamentary vote on the deal, described it "
        "as \"a capitulation\".",
    ):
        assert actors(text)["Rafael Domínguez"] == ("person", "", ["People's Renewal Party"])
    text = "Tom Hale, whose daughter is a freshman at Ohio State University, said the fees were \"too high\"."
    assert actors(text)["Tom Hale"] == ("person", "", [])


def test_a_name_tagged_a_place_that_a_body_s_noun_ends_is_a_bloc() -> None:
    text = (
        "Eldoria on Monday rejected a Meridian Union proposal to guarantee a minimum flow on the Velna River. The plan, "
        "tabled on Sunday by Meridian Union special envoy Ingrid Søndergaard, would create a joint commission. "
        "According to the Meridian Union secretariat, the two governments have met 11 times since 2019."
    )
    found = actors(text)
    assert found["Meridian Union"][0] == "organization"
    assert found["Ingrid Søndergaard"][2] == ["Meridian Union"]


def test_an_untagged_body_after_of_keeps_the_capitalised_words_that_go_on_from_it() -> None:
    text = (
        "The TEMPO study, led by Professor Siobhán Ní Bhriain of University College London and published in The "
        "Lancet, followed 12,412 adults. Ní Bhriain said the result was \"striking\"."
    )
    assert actors(text)["Siobhán Ní Bhriain"][2] == ["University College London"]  # not 'University'


def test_a_family_name_of_two_or_more_words_alone_is_the_person_named_in_full() -> None:
    text = (
        "Its secretary-general, Carmen Ibarra Solís, said the link was vital. "
        "“We cannot wait another decade,” Ibarra Solís said. "
        "The European commissioner for energy, Zoë Van der Berghe, said the EU would pay. "
        "“Europe cannot build a hydrogen market with borders in its pipes,” Van der Berghe told MEPs. "
        "Amara Okonkwo-Lévy, head of hydrogen research at the think tank Energy Futures Lab, disagreed. "
        "“The numbers do not add up,” Okonkwo-Lévy said."
    )
    found = {a.name: (a.kind, a.aliases) for a in analyze(text).actors}
    assert found["Carmen Ibarra Solís"] == ("person", ["Ibarra Solís"])
    assert found["Zoë Van der Berghe"] == ("person", ["Van der Berghe"])
    assert found["Amara Okonkwo-Lévy"] == ("person", ["Okonkwo-Lévy"])
    assert not {"Ibarra Solís", "Van der Berghe", "Berghe", "Okonkwo-Lévy"} & set(found)


def test_a_seat_on_a_body_in_a_clause_on_what_someone_is_names_the_body() -> None:
    text = "In Washington, Senator Ruth Calloway, a Democrat who sits on the Senate health committee, called that gap indefensible."
    found = {a.name: a.affiliations for a in analyze(text).actors}
    assert found["Ruth Calloway"] == ["Senate health committee"]


def test_the_seat_a_member_represents_is_a_place_not_a_body_or_an_affiliation() -> None:
    text = (
        "Graham Pellow, the Conservative MP for Lowmoor, said the decision was rushed. "
        "Councillor Ann Shaw, the member for Kelby, agreed."
    )
    found = {a.name: (a.kind, a.affiliations) for a in analyze(text).actors}
    assert "Lowmoor" not in found and "Kelby" not in found
    assert "Lowmoor" not in found["Graham Pellow"][1] and "Kelby" not in found["Ann Shaw"][1]


def test_brussels_stands_for_the_european_union_in_its_news_but_not_beside_belgium() -> None:
    text = (
        "Spain presses France to approve the pipeline as Brussels signals support. "
        "The European Commission said the link was a priority. Paris has asked Brussels to cover a larger share."
    )
    found = {a.name: a.aliases for a in analyze(text).actors}
    assert "Belgium" not in found and "Brussels" in found["European Commission"]
    belgian = "The Belgian government met in Brussels on Monday. Brussels said the plan was fair. The European Union said nothing."
    assert "Belgium" in {a.name for a in analyze(belgian).actors}


def test_a_campaign_named_after_its_town_is_no_short_form_of_the_town_nor_of_its_council() -> None:
    text = (
        "Wrenford council backs £8 daily congestion charge\n\n"
        "WRENFORD, 3 March 2026 – Drivers entering Wrenford city centre could pay £8 a day after the cabinet voted.\n\n"
        "Campaign group Breathe Wrenford welcomed the vote. Its co-ordinator, Sarah Lindqvist, said families had "
        "waited too long. The Wrenford Chamber of Commerce said the charge would cost firms £30 million a year."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert "Breathe Wrenford" in actors
    assert all("Breathe Wrenford" not in a.aliases for a in actors.values())


def test_a_common_noun_tagged_a_body_only_where_it_opens_a_quotation_is_no_name() -> None:
    text = (
        "Nurses back arbitration\n\n"
        "Members of the Royal College of Nursing voted to accept arbitration. Unison said it had not been consulted. "
        "The case will be heard by a former chair of the Central Arbitration Committee.\n\n"
        "'Arbitration is fine for lawyers,' he said. Parliament has spoken, said the speaker, and the parliament "
        "will sit again in the European Parliament's building."
    )
    names = [m.text for m in entity_mentions(parse(text))]
    assert "Arbitration" not in names
    assert "Unison" in names and any("Parliament" in n for n in names)


def test_a_body_named_with_its_country_s_name_is_the_body_not_the_country() -> None:
    doc = parse("The president of the Ghana Football Association, Samuel Adjei, will ask the congress to scrap the limit.")
    (adjei,) = [m for m in entity_mentions(doc) if m.kind == "person"]
    assert role_of(doc, adjei) == ("president", "Ghana Football Association")
    doc = parse("An Uzbek Foreign Ministry spokesperson, Aziz Karimov, said the talks would go on.")
    (karimov,) = [m for m in entity_mentions(doc) if m.kind == "person"]
    assert role_of(doc, karimov)[1] == "Uzbekistan"


def test_a_name_set_beside_a_noun_of_a_group_of_people_is_a_body_wherever_it_is_written() -> None:
    text = (
        "Kestrel Social bans political ads on Flock\n\n"
        "DUBLIN — Kestrel Social, the company behind the video app Flock, will stop accepting political ads. "
        "Kestrel said the ban would apply in all its markets.\n\n"
        "Iomairt Uibhist, a community group, said the cuts would empty the islands. "
        "Rose Hill, the head of the agency, said she was surprised."
    )
    found = actors(text)
    assert found["Kestrel Social"][0] == "organization" and "Kestrel" not in found
    assert found["Iomairt Uibhist"][0] == "organization"
    assert found["Rose Hill"][0] == "person"  # 'the head of': no group of people


def test_a_capitalised_name_ending_in_a_noun_of_a_group_of_people_is_a_body_the_recogniser_missed() -> None:
    text = (
        "Patient groups were quick to seize on the results. The Swedish Type 2 Diabetes Alliance, which has about "
        "22,000 members, called on the regions to extend reimbursement. 'Right now, whether you get a sensor depends "
        "on your wallet,' said Maria Eklund, the alliance's chair. The Prime Minister said the regions would decide."
    )
    found = actors(text)
    assert found["Swedish Type 2 Diabetes Alliance"][0] == "organization"
    assert found["Maria Eklund"][2] == ["Swedish Type 2 Diabetes Alliance"]
    assert not any("Prime Minister" in name for name in found)


def test_an_untagged_name_after_its_body_s_role_is_a_person_and_the_class_noun_the_article_gave_names_the_body() -> None:
    text = (
        "The Eastgate Residents' Association has campaigned against the scheme for more than a year. "
        "Its chair, Doreen Oyelaran, welcomed the postponement.\n\n"
        "The charity National Energy Action said the increase would push more households into fuel poverty. "
        '"Every increase means more people choosing between heating and eating," said Adam Scott, the charity\'s director of policy.'
    )
    found = actors(text)
    assert found["Doreen Oyelaran"] == ("person", "chair", ["Eastgate Residents' Association"])
    assert found["Adam Scott"][2] == ["National Energy Action"]


def test_a_sentence_opening_common_noun_tagged_a_body_is_the_one_body_it_heads() -> None:
    text = (
        "Marlow Bay council delays stadium vote until September\n\n"
        "MARLOW BAY, 17 June 2026 – Marlow Bay City Council has postponed a vote on a £310 million deal to build a new "
        "football stadium, pushing the decision back until September.\n\n"
        "The vote had been scheduled for 24 June. Under the proposed agreement, the council would lease the 22-acre site "
        "to Harbourline Developments for 99 years.\n\n"
        'Council leader Gareth Penhale said the delay was "a pause, not a retreat". "We want this stadium built," he '
        "told reporters outside the town hall on Tuesday."
    )
    found = actors(text)
    assert "Council" not in found
    assert found["Gareth Penhale"][2] == ["Marlow Bay City Council"]


def test_a_campaign_name_the_parser_read_as_an_imperative_is_a_body_when_a_group_noun_follows_it() -> None:
    text = (
        "The authority says the Castlebridge unit delivered 620 babies a year.\n\n"
        "Keep Castlebridge Births, the campaign group leading opposition to the closure, puts the figure at 1,100 "
        "births a year. Its chair, Helen Tregarthen, said the authority's count left out hundreds of local women."
    )
    found = actors(text)
    assert found["Keep Castlebridge Births"][0] == "organization"
    assert found["Helen Tregarthen"][2] == ["Keep Castlebridge Births"]


def test_a_seat_of_two_places_joined_by_and_is_a_place_not_an_affiliation() -> None:
    text = "Owen Pryce, the Labour MP for Castlebridge and Dale, opposes the closure and has written to the minister."
    found = actors(text)
    assert "Dale" not in found and found["Owen Pryce"][2] == ["Labour"]


def test_a_capital_joined_to_a_place_after_a_preposition_is_a_place_too() -> None:
    text = (
        "Harbourside unveils road toll plan\n\n"
        "Councillors in Harbourside backed a road toll on Monday. \"The results from Oslo and Helsinki are clear: tolls "
        "cut traffic,\" said Mira Kallas, a transport researcher at Harbourside University."
    )
    names = {a.name for a in analyze(text).actors}
    assert not names & {"Norway", "Finland"}, names
    assert "Finland" in {a.name for a in analyze("Helsinki said on Monday that the toll was unlawful. Oslo agreed.").actors}


def test_the_company_of_a_role_is_the_one_firm_named_before_not_the_union() -> None:
    text = (
        "Bus drivers walk out\n\n"
        "Drivers at Northfield Coaches walked out on Monday over pay. The General Transport Workers' Union said talks "
        "had failed.\nThe company's managing director, Petra Hollis, said: “We have made a fair offer.”"
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Petra Hollis"].affiliations == ["Northfield Coaches"]
    # two firms named before: no guess between them
    two = text.replace("walked out on Monday", "and at Lowfield Buses walked out on Monday")
    assert {a.name: a for a in analyze(two).actors}["Petra Hollis"].affiliations == []


def test_a_name_whose_short_form_owns_a_named_holder_s_role_is_a_body_and_one_with_its_short_form() -> None:
    text = (
        "Penhallow Automotive will close its pump factory in Dunmouth, putting 300 jobs at risk. Martin Kessler, "
        "Penhallow's chief executive, said the decision was painful. Penhallow Automotive said production would move to Gdansk."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Penhallow Automotive"].kind == "organization" and "Penhallow" in actors["Penhallow Automotive"].aliases
    assert actors["Martin Kessler"].affiliations == ["Penhallow Automotive"] and "Penhallow" not in actors


def test_a_name_run_across_a_possessive_into_the_place_it_owns_is_the_owner_and_its_short_form_joins_it() -> None:
    text = (
        "The Allied Manufacturing Union will ballot 480 members at Penhallow Automotive's Dunmouth factory for strike "
        "action. If Penhallow wants to walk away from this town, it will have to pay, the union said. Penhallow said "
        "talks would continue."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert "Penhallow Automotive" in actors and "Penhallow" in actors["Penhallow Automotive"].aliases
    assert not any("Dunmouth" in name or name == "Penhallow" for name in actors)
    # English words after the possessive are the name's own: "Women's Rights activist Tsomak Oga"
    assert "Women's Rights" in {a.name for a in analyze("Women's Rights activist Tsomak Oga said the attack was a warning.").actors}


def test_an_untagged_name_set_beside_a_noun_of_a_grouping_is_a_body() -> None:
    text = (
        "Fairway bids for Brookmans\n\n"
        "Fairway Foods offered £2.1bn for the chain on Monday. The Fair Trading Commission said it would look closely "
        "at the deal. Farmers were worried about prices. Shoppers were split.\n\n"
        "BasketWise, the consumer group, was also sceptical. Its director, Amira Haddad, said: \"Promises of lower "
        "prices rarely survive.\""
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["BasketWise"].kind == "organization" and actors["Amira Haddad"].affiliations == ["BasketWise"]  # "Its director"


def test_an_untagged_firm_named_for_its_trade_is_a_body_and_a_town_is_never_the_company() -> None:
    text = (
        "Moorland Link Buses axes six rural routes in Westdale\n\n"
        "WESTDALE, 13 May 2025 – Moorland Link Buses will withdraw six rural bus routes across Westdale from 2 June, "
        "the company confirmed on Tuesday.\n\n"
        "The company's managing director, Karen Holt, said the decision had not been taken lightly.\n\n"
        "Westdale County Council said it was disappointed. Westdale Bus Users said villages would be cut off."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Moorland Link Buses"].kind == "organization"
    assert "Westdale" not in actors["Karen Holt"].affiliations  # the town, tagged a body, is no company


def test_a_works_written_after_the_is_a_place_and_a_short_form_joins_a_name_the_recogniser_cut() -> None:
    text = (
        "Councillors approve 1,400-home scheme on former Brindle Works site\n\n"
        "NORTHAVEN, 9 March 2026 – Northaven City Council last night approved plans for 1,400 new homes on the former "
        "Brindle Works chemical plant beside the River Lode.\n\n"
        "The scheme, put forward by developer Calloway Stent Homes, was passed by 31 votes to 22. Calloway Stent Homes "
        "says the project will create 600 construction jobs.\n\n"
        "A spokesperson for Calloway Stent said that cleaning up the site cost £48 million."
    )
    analysis = analyze(text)
    actors = {a.name: a for a in analysis.actors}
    assert "Brindle Works" not in actors  # a works, tagged a person: no person's name takes 'the'
    assert "Calloway Stent" in actors["Calloway Stent Homes"].aliases  # first written 'Stent Homes' by the recogniser
    assert {c.speaker: c.affiliation for c in analysis.citations}["A spokesperson for Calloway Stent"] == "Calloway Stent Homes"


def test_its_after_a_group_noun_with_a_name_in_apposition_is_that_name_s() -> None:
    # nu78: the founder of the campaign group had been given the Environment Agency by the model
    text = (
        "The campaign group Clean Tenmere, which first published data on the spills in 2023, welcomed the decision. "
        'Its founder, Marcus Bellweather, said: "For years residents have been told the river was fine."'
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Marcus Bellweather"].affiliations == ["Clean Tenmere"]


def test_a_spokesperson_for_the_company_speaks_for_the_one_firm_named_before_tagged_or_not() -> None:
    text = (
        "Bus routes to be cut in Westdale\n\n"
        "Moorland Link Buses will withdraw six routes across Westdale from June, leaving several villages without a "
        "service.\n\n"
        "Karen Holt, the company's managing director, said the routes had lost money for three years.\n\n"
        "Moorland Link Buses carried 40,000 fewer passengers last year. A spokesperson for the company said talks "
        "with the county council were continuing."
    )
    cited = {c.speaker: c.affiliation for c in analyze(text).citations}
    # untagged, the firm is named for its trade; 'Westdale', tagged a body but only ever where the routes run, is a place
    assert cited["A spokesperson for the company"] == "Moorland Link Buses"


def test_a_dateline_town_the_recogniser_tags_a_body_in_capitals_is_never_the_company() -> None:
    text = (
        "Sorvia unveils retaliatory tariffs on dairy and machinery\n\n"
        "HOLMFIRTH, March 4 – Sorvia on Wednesday published a list of goods worth 2.1 billion euros that will face "
        "duties of up to 30 percent.\n\n"
        "Sorvasteel, the country's largest steelmaker, said the tariffs put 4,000 jobs at risk. \"This is our biggest "
        "export market, and we cannot replace it in a few weeks,\" a spokesperson for the company said."
    )
    quote = next(q for q in analyze(text).quotes if q.speaker == "a spokesperson for the company")
    assert quote.affiliation != "HOLMFIRTH"  # 'HOLMFIRTH' (tagged ORG) is the dateline's town, whatever its case


def test_a_role_of_a_field_keeps_its_of_phrase_and_the_body_after_it_is_its_affiliation() -> None:
    text = (
        "Sophie Achterberg, head of trade research at the Hartmann Institute in Berlin, said a panel would take a year. "
        "Tom Reyes, director of the Centre for Policy Studies, disagreed."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert (actors["Sophie Achterberg"].role, actors["Sophie Achterberg"].affiliations) == ("head of trade research", ["Hartmann Institute"])
    assert (actors["Tom Reyes"].role, actors["Tom Reyes"].affiliations) == ("director", ["Centre for Policy Studies"])


def test_a_brussels_dateline_over_a_story_of_the_eu_gives_the_government_to_no_belgium() -> None:
    text = (
        "EU warns it will shield steel market\n\n"
        "BRUSSELS, March 6, 2026 – The European Union is ready to protect its steel market, the European Commission "
        "said on Friday. The EU has urged both sides to settle. Steel makers urged Brussels to go further.\n\n"
        "Trade Minister Helena Brandt said the government would set aside 150 million euros for dairy producers."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert "Belgium" not in actors  # the dateline names the Union's seat; 'the government' is Brandt's
    assert "Brussels" in actors["European Union"].aliases and "EU" in actors["European Union"].aliases


def test_a_fronted_at_names_the_body_a_role_is_held_at_and_is_no_title() -> None:
    text = (
        "Health Secretary Graham Whitcombe repeated his criticism of the strike during a visit to a hospital in Birmingham.\n\n"
        "At Northbridge University Hospitals NHS Trust, chief executive Helen Marsh said the two days had so far cost the "
        "trust about £2.3 million in lost activity and premium-rate cover.\n\n"
        "Professor Ruth Callaghan of the University of Leeds said the longer the dispute ran, the more it would cost."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Helen Marsh"].affiliations == ["Northbridge University Hospitals NHS Trust"]
    assert actors["Northbridge University Hospitals NHS Trust"].kind == "organization"


def test_a_fronted_at_names_the_body_of_a_role_the_name_is_in_apposition_to() -> None:
    text = (
        "Wind farm splits a village\n\n"
        "The prefecture has authorised six turbines on the ridge above the village. Farmers say the machines will take "
        "their best summer pastures, and the regional farmers' union has announced an appeal.\n\n"
        "At Causses Vent, the project manager, Julien Ferrand, rejects the criticism. He says the company moved two "
        "turbines after the public inquiry.\n\n"
        "At Harbour Freight Group, spokesman Tom Ellery said the firm would wait for the ruling."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Julien Ferrand"].affiliations == ["Causses Vent"]  # the parser hangs 'the project manager' on it
    assert actors["Tom Ellery"].affiliations == ["Harbour Freight Group"]  # before the body a spokesman's sentence
    # before is about


def test_a_name_a_noun_of_a_grouping_premodifies_is_a_body_and_its_holds_its_roles() -> None:
    text = (
        "Environmental group Mar Vivo was divided. Its director, Ana Sequeira, welcomed the decision.\n\n"
        "The vice-speaker of the parliament Eduard Sharmazanov spoke. Publishers Jann Wenner and Tina Brown were there."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Mar Vivo"].kind == "organization" and actors["Ana Sequeira"].affiliations == ["Mar Vivo"]
    assert actors["Eduard Sharmazanov"].kind == "person"  # 'the parliament' before a person's name: no kind of his


def test_a_name_that_modifies_a_noun_of_a_place_is_no_affiliation() -> None:
    text = (
        "Environmental group Mar Vivo was divided. Its director, Ana Sequeira, welcomed the decision. But the group's "
        "regional coordinator for the Centro region, Tiago Moura, said the turbines would harm the seabed."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Tiago Moura"].affiliations == ["Mar Vivo"]  # 'the group's', not the region


def test_a_name_reordered_joins_a_body_in_any_form_it_is_written() -> None:
    text = (
        "The vaccine protected monkeys, according to scientists and University of Oxford collaborators. The vaccine "
        "was developed at the University of Oxford Jenner Institute. Oxford University has entered into a partnership "
        "with AstraZeneca to produce the vaccine."
    )
    names = [a.name for a in analyze(text).actors]
    assert sum("Oxford" in n for n in names) == 1


def test_a_name_with_a_digit_is_no_person() -> None:
    text = (
        "A single dose of ChAdOx1 nCoV-19 protected six rhesus macaques, according to scientists at the National "
        "Institutes of Health. ChAdOx1 has been used to develop vaccines against several pathogens, Vincent Munster said."
    )
    actors = {a.name: a.kind for a in analyze(text).actors}
    assert actors.get("Vincent Munster") == "person"
    assert not any("ChAdOx1" in name for name in actors)


def test_a_hyphenated_role_the_parser_heads_by_its_adjective_is_a_role() -> None:
    text = (
        "The Nordholm Industry Federation, which represents 1,400 manufacturers, reacted within hours. Its "
        "director-general, Jan van der Berg, said the measure would raise costs.\n\n"
        "Later, Tomas Ek, the federation's secretary-general, called the figures \"wildly optimistic\"."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Jan van der Berg"].role == "director-general"
    assert actors["Jan van der Berg"].affiliations == ["Nordholm Industry Federation"]
    assert actors["Tomas Ek"].affiliations == ["Nordholm Industry Federation"]


def test_a_hyphenated_given_name_the_recogniser_cut_stays_a_person_s() -> None:
    text = (
        "Industry remained opposed. Jan van der Berg, director-general of the Nordholm Industry Federation, told the "
        'committee that the levy would still make Nordholm "the most expensive place in northern Europe to build a '
        'bridge". He asked MPs to delay the start of the levy by two years.\n\n'
        'Marie-Claire Dubois of the Green Tide Alliance warned against any delay. "If this slips to 2029, the first '
        'North Skerry auction slips with it, and the developers will go to Vestria instead," Dubois said.'
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Marie-Claire Dubois"].kind == "person"
    assert actors["Marie-Claire Dubois"].affiliations == ["Green Tide Alliance"]


def test_a_name_the_article_gives_an_organ_of_state_is_a_country() -> None:
    text = (
        "OSTRAVIK – The government of Nordholm on Tuesday unveiled a carbon border levy on imported steel. The "
        "Nordholm Industry Federation said the measure would raise costs.\n\n"
        "In neighbouring Vestria, the reaction was cool. Vestria's trade minister, Pieter de Vries, said his "
        "government would study the levy."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Nordholm"].kind == "country" and actors["Vestria"].kind == "country"
    assert actors["Nordholm Industry Federation"].kind == "organization"
    assert actors["Pieter de Vries"].affiliations == ["Vestria"]
    crowd = {a.name: a.kind for a in analyze("Northwind's army of lawyers filed the appeal. Northwind said it would win.").actors}
    assert crowd.get("Northwind") != "country"  # an army of lawyers is no organ of state


def test_a_minister_is_not_given_a_country_an_unrecognised_state_is_named_more_often_than() -> None:
    text = (
        "The United Metalworkers' Union came out against Nordholm's proposed carbon border levy. Plants in Nordholm "
        "could shed jobs, and if Nordholm goes ahead, prices will rise across Nordholm.\n\n"
        "Pieter de Vries, Vestria's minister for trade, said Vestria would go to the WTO.\n\n"
        "Climate and Energy Minister Ingrid Halvorsen-Lund rejected the charge of protectionism on Monday."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Ingrid Halvorsen-Lund"].affiliations != ["Vestria"]


def test_an_abbreviated_title_a_word_qualifies_is_written_out_in_the_role() -> None:
    text = (
        "The measure, Senate Bill 214, is sponsored by state Sen. Rachel Okafor, a Democrat from Milwaukee. The lone "
        "vote against the bill came from state Sen. Paul Jorgensen. Council leader Cllr Alan Pritchard welcomed it."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Rachel Okafor"].role == "state senator" and actors["Paul Jorgensen"].role == "state senator"
    assert actors["Alan Pritchard"].role == "Council leader"


def test_a_members_home_before_the_party_s_name_is_no_affiliation() -> None:
    text = "State Sen. Rachel Okafor, the Milwaukee Democrat who sponsored the bill, said she had expected the lawsuit."
    actors = {a.name: a for a in analyze(text).actors}
    assert "Milwaukee" not in actors["Rachel Okafor"].affiliations


def test_a_name_s_for_phrase_the_parser_hangs_on_the_role_stays_in_the_name() -> None:
    text = (
        "Okafor cited a poll commissioned by the advocacy group Wisconsin Parents for Safe Screens.\n\n"
        "Dana Kowalski, executive director of Wisconsin Parents for Safe Screens, said her members had waited long "
        "enough for the Legislature to act."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Dana Kowalski"].affiliations == ["Wisconsin Parents for Safe Screens"]
    assert "Wisconsin Parents" not in actors


def test_a_name_tagged_a_person_s_where_a_role_is_held_is_a_body() -> None:
    text = (
        "\"The wholesale overlap is small and fixable, so I would be surprised if this goes to phase 2,\" said Priya "
        "Nandakumar, a retail analyst at the broker Pemberton Hayes. \"The bigger risk is political.\""
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Priya Nandakumar"].affiliations == ["Pemberton Hayes"]
    assert actors.get("Pemberton Hayes") is None or actors["Pemberton Hayes"].kind == "organization"


def test_a_name_in_apposition_to_a_possessed_group_noun_is_a_body_its_chair_belongs_to() -> None:
    text = (
        "Hamilton city council on Tuesday referred the warehouse plan back to staff.\n\n"
        "The Friends of Binbrook Fields, a residents' group formed in the spring, delivered a petition with more than "
        "6,200 signatures. Its chair, retired schoolteacher Linda Osei-Barrett, told councillors the group had nothing "
        "against Greyhaven \"as a company\" but that the location was \"simply wrong.\""
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Linda Osei-Barrett"].affiliations == ["Friends of Binbrook Fields"]


def test_english_words_between_a_body_and_a_leader_s_title_are_the_title_s() -> None:
    text = (
        "The Senate adjourned on Thursday without a vote. Senate Majority Leader Dale Prewitt, a Republican from "
        "Joplin who is sponsoring the bill, said he still had the votes. Senate Minority Leader Teresa Ocampo of St. "
        "Louis called it \"a blank check\". The Senate will return in June."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Dale Prewitt"].affiliations == ["Senate"] and actors["Teresa Ocampo"].affiliations == ["Senate"]


def test_a_form_of_address_is_no_part_of_a_name_found_outside_the_recogniser() -> None:
    # 'according to its president, Dr Amit Raghavan': the recogniser tagged nothing there, so a later rule finds
    # him; 'Dr' is still no part of his name
    text = (
        "Ms Kostopoulos said the union would hold a rally.\n\n"
        "The Rural Doctors Association of Victoria has written to the Premier asking for an independent review of "
        "the decision, according to its president, Dr Amit Raghavan.\n\n"
        '"Hallston is already full most nights. Sending another few hundred women down the highway is not '
        'consolidation, it is overflow," he told the ABC.'
    )
    names = {a.name for a in analyze(text).actors}
    assert "Amit Raghavan" in names and "Dr Amit Raghavan" not in names


def test_its_after_an_unnamed_body_as_subject_is_no_other_body_in_the_sentence() -> None:
    # "The students' association will deliver a petition to Parliament, according to its president": 'its' is the
    # association, which the article does not name here, not Parliament
    text = (
        "Second-year student Ana Lealaiauloto watched the debate from the gallery.\n\n"
        "The students' association will deliver a petition against the cuts to Parliament next week, according to "
        "its president, Mia Tupou."
    )
    tupou = next(a for a in analyze(text).actors if a.name == "Mia Tupou")
    assert "Parliament" not in tupou.affiliations


def test_leading_a_programme_of_study_is_no_role_at_a_body() -> None:
    text = (
        "Associate Professor Hēmi Te Awa, who leads the te reo Māori programme, said the university was measuring "
        "the wrong things. Ruth Okafor, who leads the Liberal Democrat opposition group, said the vote was close."
    )
    actors = {a.name: a.affiliations for a in analyze(text).actors}
    assert actors["Hēmi Te Awa"] == []
    assert actors["Ruth Okafor"] == ["Liberal Democrat opposition group"]


def test_a_city_council_members_party_and_ward_tag_is_a_party_not_a_name() -> None:
    # 'Councilmember Tasha Greer, D-Ward 4,': the AP party tag with a ward by number; 'D-Ward' is no one, and a
    # title before a name the recogniser tagged a body leaves a person
    text = (
        "The plan, introduced by Councilmember Tasha Greer, D-Ward 4, would create a crisis unit.\n\n"
        "Councilmember Brian Kowalczyk, R-Ward 7, who voted against the plan, said the council had ignored the "
        "staffing shortage. Greer said the vote was a turning point."
    )
    actors = {a.name: (a.kind, a.affiliations, a.role) for a in analyze(text).actors}
    assert actors["Tasha Greer"][:2] == ("person", ["Democratic Party"])
    assert actors["Brian Kowalczyk"][1] == ["Republican Party"] and actors["Brian Kowalczyk"][2] != "R-Ward 7"
    assert not {"D-Ward", "R-Ward", "Councilmember Tasha Greer"} & set(actors)


def test_a_bodys_lodge_or_local_and_its_number_are_part_of_its_name() -> None:
    # 'Fraternal Order of Police' + 'Lodge 12': the recogniser stops before the unit and its number; a given name
    # the parser hung the body's last word on is no part of it ('the Refugee Council Enver Solomon')
    text = (
        "Dennis Haverty, president of Fraternal Order of Police Lodge 12, which represents about 310 officers, "
        "called the proposal reckless. After the vote, CEO of the Refugee Council Enver Solomon told Sky News the "
        "process was wrong."
    )
    names = {a.name for a in analyze(text).actors}
    assert "Fraternal Order of Police Lodge 12" in names
    assert "Refugee Council Enver" not in names


def test_a_town_whose_city_council_is_named_is_a_place_and_no_bodys_short_name() -> None:
    # the recogniser tags 'Ashford Falls' a person; 'Ashford Falls City Council' says it is a town, and a town is no
    # short name of its council nor of the coalition named after it
    text = (
        "The Ashford Falls City Council voted 5-4 on Tuesday to move $12 million to a crisis team. The Ashford Falls "
        "Coalition for Community Safety said it had counted the calls. Organizer Keisha Bramwell said the city was "
        'ready. "This vote moves Ashford Falls in the right direction," said Nadia Ferrante. "Ashford Falls deserves '
        'better," said Dennis Haverty.'
    )
    actors = {a.name: (a.kind, a.affiliations) for a in analyze(text).actors}
    assert actors.get("Ashford Falls", ("place",))[0] != "person"
    assert "Ashford Falls City Council" in actors and "Ashford Falls Coalition for Community Safety" in actors


def test_a_lower_case_role_noun_tagged_a_name_names_no_body() -> None:
    # "Students' association president Mia Tupou": 'president' is tagged a proper noun; it is her role, no body
    text = "Students' association president Mia Tupou said the association opposed the merger."
    tupou = next(a for a in analyze(text).actors if a.name == "Mia Tupou")
    assert "president" not in tupou.affiliations


def test_a_name_the_recogniser_stopped_at_two_particles_runs_on_to_the_surname() -> None:
    # 'Marieke van' (tagged) + 'der' + 'Linden' (tagged apart): one person, not 'Marieke van' and 'van der Linden'
    text = (
        '"We saw the same pattern in both countries," said Professor Marieke van der Linden, the study\'s lead author. '
        "Van der Linden said the dye served no nutritional purpose."
    )
    names = {a.name for a in analyze(text).actors}
    assert "Marieke van der Linden" in names and "Marieke van" not in names


def test_a_name_the_article_gives_a_thing_is_no_person_wherever_it_is_written() -> None:
    # 'the dye, known as Allura Crimson (E128a)': tagged a person by the recogniser, here and where it opens a sentence
    text = (
        "The researchers tracked how much of the dye, known as Allura Crimson (E128a), children consumed in sweets. "
        '"We want it banned," Holm said.\n\nAllura Crimson is permitted in the EU under strict limits.'
    )
    assert "Allura Crimson" not in {a.name for a in analyze(text).actors}


def test_a_name_the_article_classes_as_a_drug_or_a_substance_is_no_body() -> None:
    text = (
        "Pressure mounted on the minister to overturn a recommendation against funding the breast cancer drug "
        "Coravant. He estimated that reimbursing Coravant would cost the National Health Fund about 700 million "
        "zloty a year. Halvern Pharma, which makes Coravant, said the estimate was wrong."
    )
    names = {a.name for a in analyze(text).actors}
    assert "Coravant" not in names and "Halvern Pharma" in names
    text = "Ryanair, the budget airline, said fares would rise. Ryanair opposed the tax."
    assert "Ryanair" in {a.name for a in analyze(text).actors}  # a body may be classed by what it runs


def test_a_bodys_description_the_parser_hung_on_its_spokesperson_makes_no_body_of_him() -> None:
    text = (
        "The industry rejected the figure. Stefan Brandt, a spokesperson for Food Additives and Colours Europe "
        "(FACE), the trade association representing dye makers, said the figure was an artefact. \"The effect all "
        'but disappears," Brandt said.'
    )
    brandt = next(a for a in analyze(text).actors if a.name == "Stefan Brandt")
    assert brandt.kind == "person"


def test_a_title_the_recogniser_tagged_with_a_name_as_a_body_is_the_persons_role() -> None:
    # 'Councilmember Tasha Greer' tagged a body whole: her title is her role, and no body of hers
    text = (
        "The plan, introduced by Councilmember Tasha Greer, D-Ward 4, would create a crisis unit. Greer said the vote "
        "was close."
    )
    greer = next(a for a in analyze(text).actors if a.name == "Tasha Greer")
    assert greer.role == "Councilmember" and greer.affiliations == ["Democratic Party"]


def test_a_name_set_beside_the_unions_general_secretary_is_a_person_of_that_union() -> None:
    text = (
        "The Dockworkers and Seafarers Union said it would take the port authority to court. "
        '"We will not accept a single redundancy," said Sizwe Mabena, the union\'s general secretary.'
    )
    found = actors(text)
    assert found["Sizwe Mabena"][0] == "person"
    assert found["Sizwe Mabena"][2] == ["Dockworkers and Seafarers Union"]


def test_a_ranking_description_of_a_company_does_not_make_it_a_person() -> None:
    text = (
        "Nordal Cement, the country's third-largest cement maker, said it was disappointed. "
        "Shares in Nordal Cement fell 4% on Friday."
    )
    assert actors(text)["Nordal Cement"][0] == "organization"


def test_two_company_names_joined_by_and_stay_two_names() -> None:
    text = (
        "Trade union leaders told the Competition Commission on Monday that the proposed merger of "
        "Harvest Basket and Marula Fresh could cost as many as 5,000 jobs."
    )
    facts = analyze(text)
    assert all("Basket and" not in alias for a in facts.actors for alias in [a.name, *a.aliases])


def test_a_body_name_the_parser_split_before_a_role_is_whole_in_the_affiliation() -> None:
    text = 'Pieter van der Walt, the Harvest Basket chief executive, welcomed what he called "constructive engagement".'
    assert actors(text)["Pieter van der Walt"][2] == ["Harvest Basket"]


def test_a_name_tagged_a_body_that_the_next_sentence_calls_she_is_a_person() -> None:
    text = (
        "Lerato Mahlangu of Consumer Watch SA told the hearing that shoppers in rural towns already paid more. "
        "She described the promise of lower prices as \u201ca fairy tale told to regulators\u201d."
    )
    facts = analyze(text)
    assert {a.name: a.kind for a in facts.actors}["Lerato Mahlangu"] == "person"
    assert [q.speaker for q in facts.quotes] == ["Lerato Mahlangu"]


def test_a_title_derived_from_the_one_body_of_its_kind_the_story_names_holds_it_there() -> None:
    text = (
        "The Competition Commission has opened an investigation into the takeover. "
        "Commissioner Thandiwe Mokoena told reporters that no conclusion had been reached."
    )
    assert actors(text)["Thandiwe Mokoena"][2] == ["Competition Commission"]


def test_a_title_is_held_at_no_body_when_two_of_its_kind_are_named() -> None:
    text = (
        "The Competition Commission and the Electoral Commission both opened inquiries. "
        "Commissioner Thandiwe Mokoena told reporters that no conclusion had been reached."
    )
    assert actors(text)["Thandiwe Mokoena"][2] == []


def test_a_nickname_before_a_middle_initial_stays_inside_one_name() -> None:
    text = (
        "Fishers protest reclamation\n\n"
        'Its chairperson, Rogelio "Ka Roger" D. Mercado, said at least 12,000 fishers depend on the bay. '
        'Mayor Eduardo "Eddie" P. Lacson, who signed the agreement, defended the project.'
    )
    names = set(actors(text))
    assert {"Rogelio D. Mercado", "Eduardo P. Lacson"} <= names
    assert not any('"' in name or name in ("Eduardo", "P. Lacson") for name in names)


def test_words_of_a_quotation_in_another_language_are_no_names() -> None:
    text = (
        "Fishers protest reclamation\n\n"
        "Rogelio Mercado leads the fishers' federation. "
        '"Hindi kami papayag na tabunan ang dagat namin," Mercado added. [We will not allow them to bury our sea.]'
    )
    assert set(actors(text)) == {"Rogelio Mercado"}


def test_the_first_words_of_a_companys_name_are_its_short_name_not_a_person() -> None:
    text = (
        "Aurora Bay Reclamation Corp. wants to build a port on the bay. "
        "Aurora Bay says 2,000 fishers will be affected, and Aurora Bay spokesperson Clarissa Dizon said the count was fair."
    )
    found = actors(text)
    assert "Aurora Bay" not in found or found["Aurora Bay"][0] == "organization"
    assert all(kind != "person" or name in ("Clarissa Dizon",) for name, (kind, _, _) in found.items())


def test_a_bay_written_after_the_is_a_place_not_a_person() -> None:
    from summarizer.extract.actors import _named_for_a_structure

    text = (
        "Scientists challenge Dalisay Bay reclamation\n\n"
        "The agency will not approve the second phase of the Dalisay Bay reclamation until every question is answered."
    )
    doc = parse(text)
    headline = Mention(21, 32, "Dalisay Bay", "person", 3)  # the recogniser tags such a headline's name a person
    assert text[headline.start : headline.end] == "Dalisay Bay"
    assert _named_for_a_structure(doc, headline)  # 'the Dalisay Bay reclamation': a bay (WordNet), untagged there
    assert not _named_for_a_structure(parse("Jane Brook said the plan was fair. Brook lives nearby."), Mention(0, 10, "Jane Brook", "person", 1))


def test_a_name_in_the_plural_that_its_own_clause_calls_its_is_a_body() -> None:
    text = (
        "Lithium plan divides the valley\n\n"
        "The developer, Salar Andino Minerals, wants to increase brine extraction at its Laguna Verde Norte project by 60%. "
        "Salar Andino rejected the communities' claims. The company's vice-president, Andrés Figueroa, said the data was outdated."
    )
    found = actors(text)
    assert found["Salar Andino Minerals"][0] == "organization"
    assert "Salar Andino" not in found  # its short name, merged into it


def test_a_person_whose_surname_is_a_plural_keeps_being_a_person_beside_an_its_of_something_else() -> None:
    from summarizer.extract.actors import _its_own_clause

    doc = parse("Sarah Banks sold the house with its garden last year.")
    assert not _its_own_clause(doc, Mention(0, 11, "Sarah Banks", "person", 1))


def test_a_romanised_hyphenated_given_name_is_part_of_the_name() -> None:
    text = 'GAF spokesperson Hye-jin Park defended the count. "Every case was reported to us," Park said.'
    found = actors(text)
    assert "Hye-jin Park" in found and found["Hye-jin Park"][1] == "GAF spokesperson"


def test_a_spokeswoman_for_the_operator_speaks_for_the_body_the_sentence_before_is_about() -> None:
    text = (
        "Hebridean Sea Links, which runs 14 routes under a contract with the Scottish Government, said it shared "
        "islanders' frustration. A spokeswoman for the operator, Fiona Rennie, said the company had recruited 40 new "
        "seafarers this year."
    )
    assert actors(text)["Fiona Rennie"][2] == ["Hebridean Sea Links"]


def test_a_name_after_a_ministers_portfolio_the_recogniser_ran_into_is_the_persons() -> None:
    text = (
        "Minister for Enterprise and Employment Siobhán Kearney defended the figure in the Dáil on Friday. "
        'She said the numbers were "robust and independently checked".'
    )
    facts = analyze(text)
    assert {a.name: a.kind for a in facts.actors}.get("Siobhán Kearney") == "person"
    assert [q.speaker for q in facts.quotes] == ["Siobhán Kearney"]
    assert {a.name: a.role for a in facts.actors}["Siobhán Kearney"] == "Minister for Enterprise and Employment"


def test_a_place_name_that_opens_a_company_s_name_is_its_short_name_where_it_acts_as_the_company() -> None:
    text = (
        "Regulator doubts airline deal\n\n"
        "The regulator has concerns about Wattle Airlines' proposed takeover of regional rival Coral Coast Airways. "
        "Wattle shares fell 3.8%, while Coral Coast shares dropped 9.5%. Coral Coast, which lost A$86 million last "
        "year, may not survive on its own, Wattle says. Coral Coast Chairman Peter Vukovich said the board backed the "
        "offer. Flights to the Coral Coast are full."
    )
    found = {a.name: a for a in analyze(text).actors}
    names = {n for a in found.values() for n in (a.name, *a.aliases)}
    coral = next(a for a in found.values() if "Coral Coast Airways" in (a.name, *a.aliases))
    assert "Coral Coast" in (coral.name, *coral.aliases) and coral.kind == "organization"
    wattle = next(a for a in found.values() if a.name == "Wattle Airlines")
    assert "Wattle" in wattle.aliases  # an English word naming no body, person or place: the airline's short name
    assert found["Peter Vukovich"].affiliations and found["Peter Vukovich"].affiliations[0] in (coral.name, *coral.aliases)
    assert "Senate" not in names or found.get("Senate") is None
    found = {a.name: a for a in analyze("The Trump Administration imposed tariffs. President Trump said they would stay.").actors}
    assert found["Trump"].kind == "person"  # a title before it: a person's name, no short name of the administration


def test_an_institution_or_a_place_written_first_is_no_short_name_of_a_body_named_after_it() -> None:
    from summarizer.extract.actors import _names_no_one

    assert _names_no_one("Wattle") and _names_no_one("Coral Coast")
    assert not _names_no_one("Senate") and not _names_no_one("Treasury") and not _names_no_one("Manitoba")
    text = (
        "Manitoba's doctors say they will cut clinics. The Manitoba Medical Alliance said talks had failed. "
        "Manitoba said it had made a fair offer."
    )
    found = {a.name: a for a in analyze(text).actors}
    assert "Manitoba" not in found.get("Manitoba Medical Alliance", found.get("Manitoba")).aliases


def test_a_company_officer_s_capitalised_title_with_no_body_is_held_at_the_body_the_sentence_before_is_about() -> None:
    from summarizer.extract.actors import _heads_a_body

    assert _heads_a_body("Chief Executive") and _heads_a_body("Managing Director") and _heads_a_body("Chief Financial Officer")
    assert not _heads_a_body("Home Secretary") and not _heads_a_body("Attorney General") and not _heads_a_body("Prime Minister")
    text = (
        "Northway Buses said it would cut the route. Chief Executive Mark Ellison said fares had not kept up with costs."
    )
    found = {a.name: a.affiliations for a in analyze(text).actors}
    assert found["Mark Ellison"] == ["Northway Buses"]


def test_a_name_after_a_grouping_noun_with_an_article_after_according_to_is_a_body() -> None:
    found = actors("According to the consumer association Familles Connectées, several hundred French users had complained.")
    assert found["Familles Connectées"][0] == "organization"


def test_a_leader_of_the_group_works_at_the_body_named_by_a_grouping_noun_whatever_it_was_tagged() -> None:
    text = "The Ridgeport Apartment Owners Association is weighing a lawsuit, according to Kevin Marsh, the group's executive director."
    assert actors(text)["Kevin Marsh"][2] == ["Ridgeport Apartment Owners Association"]  # the recogniser tags it a work of art


def test_a_country_tagged_a_people_s_name_is_a_country_and_a_demonym_opening_a_role_is_its_country() -> None:
    text = (
        "Tajik Energy Minister Nurullo Saidali Ismoilzoda called the agreement a victory. "
        "Tajikistan and Uzbekistan agreed on Wednesday on an interim schedule."
    )
    found = actors(text)
    assert found["Tajikistan"][0] == "country" and found["Uzbekistan"][0] == "country"  # both tagged NORP
    assert found["Nurullo Saidali Ismoilzoda"][2] == ["Tajikistan"]  # 'Tajik Energy' tagged a person


def test_a_generic_ministry_a_country_owns_is_that_state_and_two_such_ministries_stay_apart() -> None:
    text = (
        "Uzbekistan's Foreign Ministry said in a statement that Dushanbe had started impounding water. "
        "Tajikistan's Foreign Ministry rejected the accusations. Russia's Gazprom said it would cut supply."
    )
    found = actors(text)
    assert "Foreign Ministry" not in found and {"Uzbekistan", "Tajikistan"} <= set(found)
    assert {c.speaker for c in analyze(text).citations} == {"Uzbekistan"}


def test_someone_who_heads_a_unit_at_a_body_is_that_body_s() -> None:
    text = "Bakhodir Nazarov, who heads the water programme at the Caspian Policy Institute in Tashkent, said the river was a symbol."
    assert actors(text)["Bakhodir Nazarov"][2] == ["Caspian Policy Institute"]


def test_its_and_the_group_s_stand_for_the_body_the_sentence_before_is_about_whatever_it_was_tagged() -> None:
    text = (
        "Clean Streams Alliance on Monday delivered a petition with 41,000 signatures to the environment ministry.\n\n"
        "“We are not asking for anything radical,” said Priya Sandhu, the group’s campaigns director.\n\n"
        "The call follows a study, led by Dr Helen Marsh, which found 38 plastic particles per litre. Ms Sandhu said "
        "that figure was high.\n"
        "Westmere Water disputes the study’s findings. Its chief executive, Graham Fell, said on Monday that a limit "
        "would be premature."
    )
    found = actors(text)
    assert found["Priya Sandhu"][2] == ["Clean Streams Alliance"]
    assert found["Graham Fell"][2] == ["Westmere Water"]  # 'Westmere Water' tagged a person there
    assert actors("Tom Wood disputes the findings. Its chief executive, Ann Lee, said so.")["Ann Lee"][2] == []


def test_a_company_officer_named_with_no_company_is_the_story_s_company_s_when_one_dominates() -> None:
    text = (
        "Corvalis Software said on Tuesday it would cut 1,200 jobs. Corvalis shares rose 4%. Software Workers United, "
        "which is organising Corvalis staff, condemned the cuts. Marcus Whitlow, an analyst at Greyhaven Securities, "
        "raised his rating.\n\nChief executive Daniel Okafor told staff of the decision in a memo. Corvalis said the "
        "cuts would save $140 million."
    )
    assert actors(text)["Daniel Okafor"][2] == ["Corvalis Software"]  # not the union, not the analyst's firm
    merger = (
        "Wattle Airlines wants to buy Coral Coast Airways. Wattle says the deal helps. Coral Coast says it may not "
        "survive alone. Chief Executive Marcus Teague said fares would not rise."
    )
    assert actors(merger)["Marcus Teague"][2] != ["Coral Coast Airways"]  # two companies of one deal: no guess


def test_a_department_s_of_phrase_the_recogniser_cut_at_and_is_one_name() -> None:
    text = (
        "The New Jersey Department of Labor and Workforce Development said it was reviewing the layoffs. "
        "The House and Senate passed the bill."
    )
    found = actors(text)
    assert "New Jersey Department of Labor and Workforce Development" in found and "Workforce Development" not in found
    assert {"House", "Senate"} <= set(found)  # two bodies joined by 'and' stay two


def test_an_interview_s_label_is_no_part_of_a_name() -> None:
    text = (
        "A union organiser on the layoffs\n\n"
        "Priya Raman leads the union drive at Corvalis Software. Raman spoke to us on Friday.\n\n"
        "Q: Corvalis says 1,200 jobs are going. You say 1,800.\n\n"
        "A: The 1,200 is people on the Corvalis payroll.\n"
    )
    forms = {f for a in analyze(text).actors for f in (a.name, *a.aliases)}
    assert not any(f.startswith(("Q:", "A:")) for f in forms)


def test_a_noun_after_an_indefinite_article_before_a_titled_name_is_no_part_of_the_role() -> None:
    text = (
        "Newer buildings are exempt, a provision Council Member Rosa Delgado, the District 4 representative, said was "
        "needed. She met a former Senator John Hale."
    )
    found = actors(text)
    assert found["Rosa Delgado"][1] == "Council Member" and found["John Hale"][1] == "former Senator"


def test_a_given_name_an_editor_set_in_brackets_is_part_of_the_name() -> None:
    found = actors(
        "“Fascism has reached our door,” [Lala] Aslikyan said in Armenian. Aslikyan, a student, organised the march, "
        "while [Karen] Hakobyan pointed out that the groups define themselves by hate."
    )
    assert found["Lala Aslikyan"][0] == "person" and found["Karen Hakobyan"][0] == "person"
    assert not [name for name in found if "]" in name or name in ("Aslikyan", "Hakobyan", "Lala", "Karen")]
    found = actors("“President (Vladimir) Putin knows that he can count on us as a government,” Nicolás Maduro said.")
    assert "Vladimir Putin" in found and "Vladimir" not in found and "Putin" not in found
    assert not names_in("The Public Benefit Organisations (Transparency) Act was halted. Priests at the [Echmiadzin] Church prayed.") & {
        "Transparency Act",
        "Echmiadzin Church",
    }


def test_a_name_a_thing_is_called_is_no_body_however_the_recogniser_tagged_it() -> None:
    text = (
        "Twenty-two kilometres beyond the breakwater, where the seabed rises into a sandy ridge called Gannet Bank, "
        'Northwind Renewables wants to build 96 wind turbines. "Offshore wind is where the scale is, and Gannet Bank is '
        'one of the best sites we have left," said Helen Marsh.'
    )
    assert "Gannet Bank" not in actors(text) and "Northwind Renewables" in actors(text)
    outlet = "“The Ugandan rag called Red Pepper has been publishing names,” the blogger wrote. Red Pepper did not reply."
    assert actors(outlet).get("Red Pepper", ("",))[0] == "organization"  # 'rag' is a newspaper too: an outlet


def test_a_faith_is_no_actor_but_its_bodies_are() -> None:
    """A religion named as a system of belief (WordNet: a religion with a sense under noun.cognition) acts through
    its believers and bodies, not as itself; a church is a body and stays."""
    text = (
        "The stampede at Islam's most holy site happened at Jamarat Bridge, Saudi officials said. "
        "Pope Francis urged Christianity to open its doors. The Catholic Church said nothing, and the Church of "
        "Scientology denied the claim."
    )
    names = {a.name for a in analyze(text).actors}
    assert not names & {"Islam", "Christianity"}
    assert {"Catholic Church", "Church of Scientology", "Pope Francis"} <= names


def test_a_place_after_in_is_where_the_body_is_not_its_name() -> None:
    """'in' + a place ends a body's name ('Riverside Children's Clinic in Eastbridge': no English common noun after
    'in'); 'in' + the field a body works in stays ('Institute for Evidence in Medicine')."""
    text = (
        "Several doctors testified, among them Dr. Samuel Adeyemi, a pediatrician at Riverside Children's Clinic in "
        "Eastbridge, who has treated five patients. Ayesha Raza of the Institute for Evidence in Medicine said the "
        "figures were sound."
    )
    names = {m.text for m in entity_mentions(parse(text)) if m.kind == "organization"}
    assert "Riverside Children's Clinic" in names and "Riverside Children's Clinic in Eastbridge" not in names
    assert "Institute for Evidence in Medicine" in names


def test_a_number_after_in_opens_no_place_and_a_plural_noun_is_no_person() -> None:
    """A title-case name goes on over 'in' + a number + a capitalised common noun ('Le Retour in 3 Parts', a
    blog): a count of things names no place where a body is (though WordNet's first sense of 'parts' is a
    location), and a plural common noun the recogniser tags a person ('Parts') is no one's name."""
    text = (
        "Another Armenian blog, Le Retour in 3 Parts, comments on the policing of the event. "
        "Meanwhile, Le Retour in 3 Parts says that officials should instead be condemning the attack."
    )
    names = {m.text for m in entity_mentions(parse(text)) if m.kind == "organization"}
    assert names == {"Le Retour in 3 Parts"}


def test_a_town_tagged_a_place_anywhere_is_no_short_name_of_a_body_named_after_it() -> None:
    """A town the recogniser tags a body in most sentences but a place in one ('the situation in Eastbridge') is
    the town, not the short name of 'Eastbridge Parents for Medical Freedom': the people who say they are from
    it, or hold its offices, are not that group's."""
    text = (
        "State Rep. Thomas Greaves, a Republican from Eastbridge, introduced the bill. Dr. Miriam Castellanos, "
        "Eastbridge's health commissioner, testified against it. The committee also heard from Dana Whitlock, founder "
        "of Eastbridge Parents for Medical Freedom. \"The people of Eastbridge did not elect a school board to make "
        "medical decisions,\" Greaves said. The state health department said it was monitoring the situation in "
        "Eastbridge closely."
    )
    actors = {a.name: a for a in analyze(text).actors}
    group = actors["Eastbridge Parents for Medical Freedom"]
    assert "Eastbridge" not in group.aliases
    assert "Eastbridge Parents for Medical Freedom" not in actors["Miriam Castellanos"].affiliations


def test_a_role_noun_opening_the_sentence_is_no_part_of_the_name() -> None:
    """'Organizer Terrell Banks said': a person noun capitalised by its place before a given name, tagged with the
    name as one body; 'Hunter Biden Jones' opens with a given name and stays whole."""
    names = {(m.text, m.kind) for m in entity_mentions(parse("Organizer Terrell Banks said the group plans to march on Thursday."))}
    assert ("Terrell Banks", "person") in names
    assert not any(n.startswith("Organizer") for n, _ in names)


def test_a_nicknamed_name_keeps_its_generational_suffix() -> None:
    """'Sen. Ramon “Jun” Dizon Jr.': one person, the suffix part of the name, 'Dizon' later the same person."""
    text = (
        "Sen. Ramon \u201cJun\u201d Dizon Jr., a member of the majority bloc, urged his colleagues not to "
        "\u201ccrucify\u201d the agency. \u201cLet us not turn a logistics problem into a scandal,\u201d Dizon said."
    )
    people = {a.name: a for a in analyze(text).actors if a.kind == "person"}
    assert "Ramon Dizon Jr." in people and "Dizon" in people["Ramon Dizon Jr."].aliases


def test_a_member_s_letters_alone_are_an_office_not_a_name() -> None:
    """'Its MLA from Bhopal South, Smt. Sunita Verma, ... called the demolition "..."': the quote is hers, and
    'MLA' is no actor."""
    text = (
        "The Opposition Jan Adhikar Party welcomed the order. Its MLA from Bhopal South, Smt. Sunita Verma, who had "
        "joined the sit-in on Monday, called the demolition \"an act of cruelty in the middle of the monsoon\"."
    )
    facts = analyze(text)
    assert [q.speaker for q in facts.quotes] == ["Sunita Verma"]
    assert "MLA" not in {a.name for a in facts.actors}


def test_the_group_s_founder_belongs_to_the_body_the_article_called_a_group() -> None:
    """'Eastbridge Parents for Medical Freedom, a group formed in 2021' ... 'Dana Whitlock, the group's founder':
    the parse roots the name at 'for' and hangs 'a group' on its last word; its head is still 'Parents' and its
    description still 'group'."""
    text = (
        "The proposal has drawn sharp opposition from Eastbridge Parents for Medical Freedom, a group formed in 2021. "
        "\"Nobody wants a child to get sick,\" said Dana Whitlock, the group's founder."
    )
    people = {a.name: a for a in analyze(text).actors}
    assert people["Dana Whitlock"].affiliations == ["Eastbridge Parents for Medical Freedom"]


def test_an_officer_named_with_no_body_is_the_body_s_the_sentence_before_is_about() -> None:
    text = (
        "Regulator blocks airline merger\n\n"
        "The competition authority on Tuesday blocked Wattle Airlines' plan to buy Coral Coast Airways, saying fares "
        "would rise.\n\n"
        "Wattle, Australia's second-largest domestic carrier, said it would work with the regulator but rejected its "
        "central finding. Chief Executive Marcus Teague has argued that Coral Coast, which lost A$86 million last year, "
        "may not survive on its own."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Marcus Teague"].affiliations == ["Wattle Airlines"]  # 'Wattle' is the airline by the article's kinds
    text = (
        "Bus route to close\n\n"
        "Northway Buses said it could not run the route commercially. 'Every month of delay adds cost, and in the end "
        "it is passengers who carry it,' chief executive Mark Ellison said in a statement."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Mark Ellison"].affiliations == ["Northway Buses"]  # the quote's 'month' is no subject before him


def test_malay_honours_and_forms_of_address_are_no_part_of_a_name_or_role() -> None:
    text = (
        "Bill passes second reading\n\n"
        "Minister of Communications Datuk Seri Azman Rahim, winding up the debate, said the Bill was aimed at "
        "\"scammers and foreign troll farms, not reporters\". Puan Siti Rohana Ismail, the ministry's legal adviser, "
        "said fines would be capped at $50,000 a day. Constitutional lawyer Gerald Tan said the Bill was too broad."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Seri Azman Rahim"].role == "Minister of Communications"  # had been '... Communications Datuk'
    assert "Siti Rohana Ismail" in actors and "Gerald Tan" in actors  # 'Puan' is her form of address; 'Tan' a surname


def test_a_name_the_parser_hangs_on_a_place_in_a_role_of_a_role_has_the_whole_role() -> None:
    text = (
        "Linkr, one of the two largest platforms in the country, disputed the figure. Its head of public policy for "
        "South-East Asia, Ms Priya Nair, said in a statement on Monday that the company had received 6,200 requests."
    )
    assert _roles(text)["Priya Nair"][0] == "head of public policy for South-East Asia"  # had been 'public policy'


def test_a_party_and_a_seat_in_brackets_give_the_party_and_the_seat_is_no_one() -> None:
    text = (
        "Bill passes\n\n"
        "Backbencher Datuk Wira Kamal Hussin (National Unity Party–Bukit Tinggi) spoke in support of the Bill. "
        "Opposition MP Hafiz Latif (People's Justice Front–Sungai Bera) told the House the figure was pure invention."
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Hafiz Latif"].affiliations == ["People's Justice Front"] and actors["Hafiz Latif"].role == "Opposition MP"
    assert not {"Bukit Tinggi", "Sungai Bera"} & set(actors)  # their seats, which the recogniser tagged people
    assert any(a.affiliations == ["National Unity Party"] and a.role == "" for a in actors.values())


def test_a_body_written_short_without_a_romance_of_and_its_country() -> None:
    text = (
        "Doctors back sugar tax\n\n"
        "The Colegio Médico de Chile, which represents 30,000 doctors, backed the proposal on Monday. \"A 20% tax is "
        "the minimum that the evidence supports,\" said Dr. Luis Fernando Ibáñez Ortega, president of the Colegio "
        "Médico.\n"
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Colegio Médico de Chile"].aliases == ["Colegio Médico"] and "Colegio Médico" not in actors
    assert actors["Luis Fernando Ibáñez Ortega"].affiliations == ["Colegio Médico de Chile"]  # had been the short one


def test_a_name_with_an_article_tagged_a_person_or_a_product_is_a_body_when_apposed_to_a_grouping() -> None:
    text = (
        "Wind farm approved\n\n"
        "The prefecture approved six turbines on Monday. The Collectif Sauvegarde du Lévézou, an association of "
        "residents created in 2019, goes further.\n"
    )
    assert {a.name: a.kind for a in analyze(text).actors} == {"Collectif Sauvegarde du Lévézou": "organization"}  # tagged a person
    text = (
        "Farmers appeal\n\n"
        "The ministry approved the dam on Monday. The Asamblea Ciudadana del Valle, a coalition of farmers founded "
        "in 2010, said it would appeal.\n"
    )
    assert {a.name: a.kind for a in analyze(text).actors} == {"Asamblea Ciudadana del Valle": "organization"}  # a product


def test_a_role_s_body_is_the_one_the_article_called_by_that_noun_and_a_first_given_name_the_recogniser_left_out() -> None:
    text = (
        "Bottlers fight soda tax\n\n"
        "The Cámara Nacional de Embotelladores, the bottlers' chamber of commerce, presented a study on Thursday that "
        "projected sales falling 18% in the first year of the tax.\n\n"
        "\"Plants will close,\" Ana María Ferreira, executive director of the chamber, told a news conference.\n"
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Ana María Ferreira"].affiliations == ["Cámara Nacional de Embotelladores"]  # had been 'María Ferreira', no body


def test_a_lower_case_role_noun_s_own_of_says_where_the_role_is_held() -> None:
    text = (
        "Council aide backs attackers\n\n"
        "Hakob Barkhudaryan, chief of staff of Public Council of Republic of Armenia, a consultative body, created a "
        "Facebook page in praise of the attackers.\n"
    )
    actors = {a.name: a for a in analyze(text).actors}
    person = actors["Hakob Barkhudaryan"]
    assert person.role == "chief of staff" and person.affiliations == ["Public Council of Republic of Armenia"]  # had been 'chief'


def test_a_ministry_of_two_portfolios_the_recogniser_cut_after_its_and_is_one_body() -> None:
    text = (
        "Court suspends shutdown\n\n"
        "The Ministry of Interior and National Security had ordered all mobile money operators to halt transfers "
        "from March 9. A spokesperson for the Ministry of Interior, Isaac Wafula, said the audits would continue.\n"
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert "Ministry of Interior and National Security" in actors and not {"Ministry of Interior and", "National Security"} & set(actors)


def test_an_english_word_opening_a_sentence_in_a_hyphenated_modifier_names_no_body() -> None:
    text = (
        "Court suspends shutdown\n\n"
        "The High Court suspended the order on Friday. Digital-rights campaigners, who had argued that the order "
        "violated the right to privacy, hailed the suspension. \"Today the court has reminded the government of the "
        "constitution,\" said Neema Mushi, a spokesperson for the Haki Dijiti Initiative.\n"
    )
    actors = {a.name: a for a in analyze(text).actors}
    assert "Digital" not in actors and all("Digital" not in a.affiliations for a in actors.values())


def test_a_name_right_after_a_noun_of_a_grouping_is_a_body_however_parsed() -> None:
    """'Breast cancer charity Stronger Together said': a name the recogniser tags a person, right after a lower-case
    noun whose first WordNet sense is a grouping ('charity'), is a body's everywhere in the article, though the
    parser reads 'Stronger' as an adjective of 'charity'; its chief executive is its. A given name after such a noun
    is still a person's ('the committee John Ellis chairs')."""
    text = (
        "Breast cancer charity Stronger Together said the decision was a blow for women. "
        "Stronger Together has put the figure at about 900. Its chief executive, Siobhan Feeney, said the charity "
        "would keep campaigning. The report went to the committee John Ellis chairs."
    )
    found = actors(text)
    assert found["Stronger Together"][0] == "organization"
    assert found["Siobhan Feeney"][2] == ["Stronger Together"]
    assert found["John Ellis"][0] == "person"
    text = (
        "Breast cancer charity Stronger Together said the decision was \u201ca hammer blow\u201d for women. Its chief "
        "executive, Siobhan Feeney, said the number of women who could benefit was nearer 900 a year."
    )
    analysis = analyze(text)
    assert {a.name: a.affiliations for a in analysis.actors}["Siobhan Feeney"] == ["Stronger Together"]
    assert [q.speaker for q in analysis.quotes] == ["Stronger Together"]  # the charity, however 'Stronger' is parsed


def test_its_never_stands_for_a_person_named_in_a_role() -> None:
    """"The agency's chief executive, Dr Fergal Nolan, said ..." (the name tagged a body) is a person in a role:
    a later 'Its chief executive' is no one's of his, but the body named before it."""
    text = (
        "The Health Technology Appraisal Agency will review the offer. The agency's chief executive, Dr Fergal Nolan, "
        "said the review would take eight weeks. Breast cancer charity Stronger Together disputed the estimate. "
        "Its chief executive, Siobhan Feeney, said the charity was cautiously optimistic."
    )
    found = actors(text)
    assert "Dr Fergal Nolan" not in found["Siobhan Feeney"][2] and "Fergal Nolan" not in found["Siobhan Feeney"][2]


def test_a_role_owned_by_a_company_is_its_wherever_it_is_held() -> None:
    """"the company's general manager in Ireland" is the company's (the one firm named before), not Ireland's: a
    place after a preposition of place in an owned role says where it is held; and "Caldera Oncology's Irish
    general manager", the possessor untagged there but tagged a body elsewhere, is Caldera Oncology's, not the
    country the demonym names."""
    text = (
        "Caldera Oncology rejected the figures. Paul Hennessy, the company's general manager in Ireland, said the "
        "discount was substantial."
    )
    assert actors(text)["Paul Hennessy"][2] == ["Caldera Oncology"]
    text = (
        "The agency said Caldera Oncology had not justified the price of Veliqa. Caldera Oncology said it would "
        "appeal.\n\nCaldera Oncology's Irish general manager, Paul Hennessy, said the company was \"ready to sit "
        "down tomorrow\"."
    )
    assert actors(text)["Paul Hennessy"][2] == ["Caldera Oncology"]


def test_a_word_opening_a_sentence_is_no_body_for_being_part_of_longer_names() -> None:
    """'Health economist Dr Aoife Rennick of University College Cork': 'Health' opens the sentence, and the
    article capitalises it elsewhere only inside longer names ('The Minister for Health', 'the Health Technology
    Appraisal Agency'), so it is no body before her title; the body after 'of' is hers."""
    text = (
        "The Minister for Health, Niamh Garvey, has signalled she may fund the drug. The Health Technology Appraisal "
        "Agency refused to recommend it.\n\nHealth economist Dr Aoife Rennick of University College Cork urged "
        "caution."
    )
    assert actors(text)["Aoife Rennick"][2] == ["University College Cork"]


def test_a_town_before_an_occupation_is_where_they_work_not_a_body() -> None:
    """'the Cork oncologist' (the recogniser tags 'Cork' a body): a one-word name WordNet knows as a location and
    never as a grouping, right before a noun of a person, is where the person works: no actor, no affiliation.
    'a Nasa engineer' keeps its body (WordNet files NASA under noun.group)."""
    text = (
        "Dr Mark Tierney, the Cork oncologist who last week urged the college to back the drug, described the "
        "development as good news. Dr Ann Pike, a Nasa engineer, said the test went well."
    )
    found = actors(text)
    assert "Cork" not in found and found["Mark Tierney"][2] == []
    assert found["Ann Pike"][2] == ["Nasa"]


def test_a_firm_named_for_its_discipline_is_its_first_word_and_no_one_s_by_their_occupation() -> None:
    """'Caldera' is 'Caldera Oncology' written short (a firm named for a discipline, WordNet's noun.cognition),
    though 'caldera' is an English word; and an oncologist is not the firm's for WordNet deriving 'oncologist'
    from 'oncology' (a title's body by derivation is a grouping's: 'Commissioner' of the Competition Commission)."""
    text = (
        "The agency said the drug, made by Caldera Oncology, would cost the State too much. Caldera Oncology "
        "rejected the agency's figures. The agency said Caldera could resubmit with a lower price. Dr Mark Tierney, "
        "the Cork oncologist, described the offer as a good day for patients."
    )
    found = actors(text)
    assert "Caldera" not in found and "Caldera Oncology" in found
    assert found["Mark Tierney"][2] == []


def test_an_untagged_name_after_a_noun_of_a_grouping_is_a_body() -> None:
    """"The patients' charity Stronger Together welcomed the comments", the name untagged and parsed as words of
    'charity': the charity is Stronger Together, and its statement is the charity's."""
    text = (
        "The Minister said she was open to funding the drug. The patients' charity Stronger Together welcomed the "
        "Minister's comments but said it would continue its campaign."
    )
    analysis = analyze(text)
    assert {a.name: a.kind for a in analysis.actors}.get("Stronger Together") == "organization"
    assert "Stronger Together" in {c.speaker for c in analysis.citations}


def test_a_title_the_recogniser_tagged_a_work_of_art_is_a_role_with_its_portfolio() -> None:
    """'The Minister for Health, Niamh Garvey, said ...' with 'The Minister for Health' tagged a work of art: her
    role is the title, portfolio and all, not nothing (the model had then tied her to the agency her sentence named)."""
    text = (
        "\u201cThe Minister cannot hide behind the agency. She has the power to intervene, and she should use it.\u201d\n"
        "The Minister for Health, Niamh Garvey, said she respected the independence of the HTAA and would not "
        "overrule its assessment."
    )
    doc = parse(text)
    assert {e.label_ for e in doc.ents if e.text == "The Minister for Health"} == {"WORK_OF_ART"}  # as the small model tags it here
    (mention,) = [m for m in entity_mentions(doc) if m.text == "Niamh Garvey"]
    assert role_of(doc, mention)[0] == "Minister for Health"


def test_a_title_the_recogniser_tagged_a_person_of_its_own_is_the_role_of_the_name_apposed_to_it() -> None:
    """'Its MLA from Bhopal South, Smt. Sunita Verma': 'MLA' alone is tagged a person; it is her title, and 'Its'
    the party of the sentence before."""
    text = (
        "The Opposition Jan Adhikar Party welcomed the order. Its MLA from Bhopal South, Smt. Sunita Verma, who had "
        "joined the sit-in on Monday, called the demolition \"an act of cruelty\" and demanded compensation."
    )
    doc = parse(text)
    assert {e.text for e in doc.ents if e.label_ == "PERSON"} >= {"MLA"}  # as the small model tags it here
    (mention,) = [m for m in entity_mentions(doc) if m.text.endswith("Sunita Verma")]
    assert role_of(doc, mention) == ("MLA", "Opposition Jan Adhikar Party")


def test_a_person_s_name_opening_a_body_s_name_is_still_a_person_s() -> None:
    """'an Andy Warhol exhibit' (tagged a body) is the artist's: 'at the Andy Warhol Foundation' puts the name after
    'at' only as the start of a longer name, and 'the Warhol exhibit that ...', where the parser took 'exhibit' for
    a verb, puts no article before the surname itself. The foundation stays a body of its own."""
    text = (
        "The museum opened an Andy Warhol exhibit on Thursday. Warhol died in 1987. K.C. Maurer, chief financial "
        "officer and treasurer at the Andy Warhol Foundation, said 500 institutions received the initial invitation. "
        "Perhaps they had learned an important lesson from the Warhol exhibit that cultural events like these were "
        "ripe for use and reuse."
    )
    found = actors(text)
    assert found["Andy Warhol"][0] == "person"
    assert found["Andy Warhol Foundation"][0] == "organization"
    assert found["K.C. Maurer"][2] == ["Andy Warhol Foundation"]


def test_a_role_before_a_name_runs_over_no_semicolon_and_a_lower_case_tag_names_no_body() -> None:
    """In a list whose items a semicolon parts, the parser may hang the semicolon (and so everything before it) on
    the next item's role: 'photographers Nat Finkelstein' had the whole list before it as a role. 'disco club
    owner Steve Rubell of Studio 54', with 'disco club' tagged a body: words with no capital letter are no body's
    name, so he is of Studio 54, not of 'club'."""
    text = (
        "The exhibit at the gallery includes Polaroids of actor Dennis Hopper; musician Nick Rhodes of Duran Duran; "
        "publishers Jann Wenner of Rolling Stone Magazine and Carlo De Benedetti of Italy's la Repubblica; disco club "
        "owner Steve Rubell of Studio 54; photographers Nat Finkelstein, Christopher Makos and Felice Quinto."
    )
    doc = parse(text)
    mentions = {m.text: m for m in entity_mentions(doc)}
    assert role_of(doc, mentions["Steve Rubell"]) == ("disco club owner", "Studio 54")
    assert "Rolling Stone" not in role_of(doc, mentions["Nat Finkelstein"])[0]


def test_a_measure_or_what_someone_lacks_in_apposition_is_no_role() -> None:
    """'the ridge of Puech Redon, two kilometres from the village': a measure the recogniser tags a quantity is no
    one's role; 'The mayor, Bernard Vaissière (no party label), has defended ...': what he is said to lack is no
    role either, and his role is the mayor's."""
    text = (
        "The prefecture has authorised six wind turbines on the ridge of Puech Redon, two kilometres from the village. "
        "The mayor, Bernard Vaissière (no party label), has defended the project from the beginning."
    )
    doc = parse(text)
    mentions = {m.text: m for m in entity_mentions(doc)}
    assert role_of(doc, mentions["Bernard Vaissière"])[0] == "mayor"
    assert "kilometres" not in role_of(doc, mentions["Puech Redon"])[0]


def test_an_untagged_name_with_a_group_in_apposition_after_it_is_a_body_and_owns_the_next_its() -> None:
    """'Coastwatch Alliance, the environmental group that has vowed to fight the plant in court, seized on the
    analysis.' (untagged; the parser hung 'seized' on the name as a participle): a body, the subject its next
    sentence's 'Its' refers back to; and 'According to Coastwatch' (tagged a person) is its short name."""
    text = (
        "The Coastal Growers Federation said the figures raised doubts. Its president, Graham Tully, said farmers "
        "had been misled.\n\nCoastwatch Alliance, the environmental group that has vowed to fight the plant in "
        "court, seized on the analysis. Its campaign director, Priya Ramanathan, put it bluntly. According to "
        "Coastwatch, the brine outflow would raise salinity across four hectares of seagrass."
    )
    found = actors(text)
    assert found["Coastwatch Alliance"][0] == "organization"
    assert "Coastwatch" not in found
    assert found["Priya Ramanathan"][2] == ["Coastwatch Alliance"]


def test_a_mayor_is_of_the_town_named_before_the_title_and_a_minister_of_the_department_of_the_portfolio() -> None:
    """'Brookvale Mayor Jim Carlyle' (the town untagged, named on its own elsewhere): the mayor heads the town's
    government; 'Acting Mayor' is a rank, no town. 'Mines Minister Gordon Kettering' in a story naming the
    'Ministry of Mines': the ministry his portfolio names. And 'A spokesperson for Mines Minister Gordon
    Kettering' speaks for the same ministry."""
    text = (
        "The permit covers a property about 60 kilometres northeast of Brookvale. Ontario's Ministry of Mines granted "
        "the permit last month. Brookvale Mayor Jim Carlyle said the town needed the jobs. Acting Mayor Ann Kerr "
        "said the same. Mines Minister Gordon Kettering visited the site. A spokesperson for Mines Minister Gordon "
        "Kettering said the ministry could not comment on a matter before the courts."
    )
    analysis = analyze(text)
    found = {a.name: a.affiliations for a in analysis.actors}
    assert found["Jim Carlyle"] == ["Brookvale"]
    assert found.get("Ann Kerr", []) == []
    assert found["Gordon Kettering"] == ["Ministry of Mines"]
    spokesperson = [c for c in analysis.citations if c.speaker.startswith("A spokesperson")]
    assert spokesperson and spokesperson[0].affiliation == "Ministry of Mines"


def test_a_role_names_its_body_by_the_head_word_or_the_grouping_before_a_designator() -> None:
    """'Board president Ian McAllister' after 'The Board of Trade ...': 'Board', capitalised because it opens the
    sentence, heads one named body, whose whole name is his body's; 'union president Marcus Thibodeau' with the
    'Amalgamated Transit Union Local 1742' named: a union's name ending in a designator ('Local 1742') is still
    a union's."""
    text = (
        "The Board of Trade estimated the strike's cost at $4 million a day. Board president Ian McAllister "
        "called on the province to act.\n\nAbout 1,400 bus drivers represented by Amalgamated Transit Union Local "
        "1742 walked off the job at 4 a.m. \"We did not want to be here,\" union president Marcus Thibodeau told "
        "reporters."
    )
    found = actors(text)
    assert found["Ian McAllister"][2] == ["Board of Trade"]
    assert found["Marcus Thibodeau"][2] == ["Amalgamated Transit Union Local 1742"]


def test_two_words_read_as_a_person_s_name_that_open_a_body_s_name_are_its_short_name() -> None:
    """No given name opens 'Stratus Ridge', and its last word is an English word: the short name of the company."""
    text = (
        "Stratus Ridge Data plans a $2 billion campus in Clearwater County. Stratus Ridge disputed the water "
        "estimate on Tuesday. Its cooling design would use a fraction of that amount, the company said."
    )
    found = {a.name: a for a in analyze(text).actors}
    assert "Stratus Ridge" in found["Stratus Ridge Data"].aliases
    assert "Stratus Ridge" not in found


def test_a_two_word_name_ending_in_a_common_noun_that_opens_two_bodies_names_is_a_town() -> None:
    text = (
        "Transit talks collapse again as Cedar Harbour strike enters fourth day\n\n"
        "By Owen Baptiste, Cedar Harbour Courier\n\n"
        "Mediated talks between Cedar Harbour's striking transit workers and the city's transit commission broke "
        "down Wednesday evening after less than six hours.\n\n"
        "For commuters, the toll is mounting. Ahmed Farah, a second-year nursing student at Cedar Harbour "
        "Polytechnic, said he had missed two clinical placements this week."
    )
    found = {a.name: a for a in analyze(text).actors}
    assert "Cedar Harbour" not in found or found["Cedar Harbour"].kind != "person"


def test_a_mayor_with_no_town_is_the_mayor_of_the_dateline_s_town_the_story_names() -> None:
    text = (
        "CEDAR HARBOUR, B.C. (PPW) — Bus drivers in Cedar Harbour walked off the job on Monday. Mayor Helen Kwan "
        "said the dispute belonged at the bargaining table. Kwan said the city would run extra ferries. Traffic in "
        "Cedar Harbour was slow all day."
    )
    assert actors(text)["Helen Kwan"][2] == ["Cedar Harbour"]
    text = (
        "VICTORIA — The province will introduce back-to-work legislation on Tuesday. Mayor Helen Kwan said she "
        "welcomed the news. Kwan said buses would run by Friday."
    )
    assert actors(text)["Helen Kwan"][2] == []  # where the news was made, named nowhere else: not her town


def test_a_governor_with_no_body_heads_the_state_the_story_names_most() -> None:
    text = (
        "JEFFERSON CITY — Missouri senators blocked the voucher bill on Tuesday, a setback to Gov. Randall "
        "Whitcomb. Whitcomb said Missouri families deserved a choice. The bill's fate worries parents across "
        "Missouri, though a similar bill passed in Kansas last year."
    )
    assert actors(text)["Randall Whitcomb"][2] == ["Missouri"]
    text = "Central bank governor Ana Ruiz said rates would stay at 4 per cent. Ruiz said Missouri and Ohio were fine."
    assert actors(text)["Ana Ruiz"][2] == []


def test_a_name_the_recogniser_closed_with_a_preposition_ends_before_it() -> None:
    """'Local 14 of' tagged apart from "the International Dockworkers' Alliance" (a new user's port strike): no
    name ends in a lower-case preposition, conjunction or article, as an actor or as an affiliation."""
    text = (
        "Denise Kowalczyk, president of Local 14 of the International Dockworkers' Alliance, said the union would "
        "postpone setting a strike date while the pause was considered."
    )
    found = actors(text)
    assert found["Denise Kowalczyk"][2] == ["Local 14"]
    assert "Local 14" in found
    assert not any(name.endswith(" of") for name in found)


def test_a_reporters_note_with_an_address_to_reach_them_names_no_actor_and_claims_nothing() -> None:
    text = (
        "The council approved the rezoning on Monday. Mayor Ann Lutz said the plan would bring jobs.\n"
        "Residents can email comments to plans@example.gov until Friday, the council said.\n"
        "Tomas Brennan covers planning and housing for the Herald. Reach him at tbrennan@example.com."
    )
    facts = analyze(text)
    assert "Tomas Brennan" not in {a.name for a in facts.actors}
    assert not any("Brennan" in c.text for c in facts.claims)
    assert any("plans@example.gov" in c.text for c in facts.claims)  # a story's sentence with an address stays


def test_who_leads_or_runs_a_body_described_by_a_name_belongs_to_it() -> None:
    text = (
        "Rosa Quilla, who leads the small community of Pumire, backs the mine. Ken Sato, who runs an online forum "
        "for Mivo owners, said brakes had failed. Dara Flynn, who runs the campaign of independent candidate Niamh "
        "Ward in Cork, said the ban hurt. Tom Baker, who runs a bakery in Leeds, said prices had risen."
    )
    found = actors(text)
    assert found["Rosa Quilla"][2] == ["community of Pumire"]
    assert found["Ken Sato"][2] == ["forum for Mivo owners"]
    assert found["Dara Flynn"][2] == ["campaign of Niamh Ward"]
    assert found["Tom Baker"][2] == []  # a bakery tied to no name: which one, the text does not say


def test_a_town_tagged_a_person_before_a_mayor_s_title_is_the_mayor_s_town() -> None:
    text = (
        "The processor employs about 900 people at its Dunmore plant. Dunmore Mayor Patricia Hale, who reversed her "
        "opposition to the residential cut earlier this month, said the vote was right."
    )
    assert actors(text)["Patricia Hale"][2] == ["Dunmore"]


def test_a_body_s_name_the_recogniser_tagged_a_person_from_its_second_word_keeps_its_first() -> None:
    for name in ("Quiet Skies Dunmore", "Clear Rivers Kelvedon"):
        text = f"The plan was unveiled on Monday.\n\n{name}, a residents' group formed in 2019, said the plan would bring misery."
        found = actors(text)
        assert name in found and found[name][0] == "organization", name


def test_a_name_written_with_a_noun_of_a_region_is_a_place_not_a_person() -> None:
    text = (
        "None of the three councillors who represent Northcote, the ward closest to the runway, backed it. \"Having "
        "seen what the flights would mean for Northcote, I cannot ask my residents to pay,\" Ashby said. Northcote has "
        "waited long enough, he said."
    )
    assert actors(text).get("Northcote", ("place",))[0] != "person"
    text = (
        "Councillor Tom Ashby, who represents Eastholme ward, spoke. \"Having seen what the flights would mean for "
        "Eastholme, I cannot ask my residents to pay,\" Ashby said. Eastholme has waited long enough, he said."
    )
    assert actors(text).get("Eastholme", ("place",))[0] != "person"
    # an apposition headed by another noun is no region's: 'Smith, the county executive'
    assert actors("Dana Smith, the county executive, said the plan would pass.")["Dana Smith"][0] == "person"


def test_a_name_tagged_a_work_of_art_or_facility_is_a_body_by_its_head_noun() -> None:
    text = (
        'Airport plan divides city\n\nAn Eastmere councillor welcomed the plan. "This is the investment Eastmere has '
        'been waiting twenty years for," he said. "If the airport delivers the jobs it promises, I will back it."\n'
        "The Callenby Chamber of Commerce declined to take a position on the plan, saying its members were divided.\n"
    )
    facts = analyze(text)
    assert {a.name: a.kind for a in facts.actors}.get("Callenby Chamber of Commerce") == "organization"  # a work of art
    assert ("Callenby Chamber of Commerce", 0, "withheld") in [(p.holder, p.polarity, p.via) for p in facts.pairs]
    doc = parse(
        "Fishing row\n\nBoats blockaded the port of Halstad on Monday, and the quota will be set at the Selmar Sea "
        "Fisheries Commission in Kessport on Thursday.\n"
    )
    assert "Selmar Sea Fisheries Commission" in [(m.text) for m in entity_mentions(doc) if m.kind == "organization"]  # a facility


def test_a_title_in_quotation_marks_stays_a_title_whatever_its_head() -> None:
    doc = parse("Television\n\nThe BBC drama \"The Harbour Commission\" returns for a second series on Sunday.\n")
    assert "Harbour Commission" not in [m.text for m in entity_mentions(doc)]  # a work of art, its title quoted


def test_a_name_s_head_is_the_noun_before_its_preposition_so_an_institute_for_research_is_no_business() -> None:
    def brenner(firm: str) -> list[str]:
        text = (
            f"Herring processor braces for cut\n\n{firm} said on Friday that it would cut 200 jobs. Maren Solberg, a "
            "scientist at the Brannvik Institute for Marine Research, said the stock had halved. A one-year cut would "
            "have put 3,000 jobs at risk, according to Karl Brenner, the company's chief executive.\n"
        )
        return next(a.affiliations for a in analyze(text).actors if a.name == "Karl Brenner")

    assert brenner("Halvorsen Fisheries") == ["Halvorsen Fisheries"]  # 'the company': the one business
    assert brenner("Nordhaven Seafoods") == []  # the recogniser tags no business: none, never the institute


def test_a_name_tagged_a_body_that_the_article_writes_as_a_town_or_port_is_a_place() -> None:
    text = (
        "Boats keep harbour shut\n\nMembers of the union kept the port of Halstad closed for a fourth day. The "
        "blockade has divided Halstad, where the herring trade supports shops. For Halstad, the end of the blockade "
        "brings relief.\n"
    )
    assert "Halstad" not in {a.name for a in analyze(text).actors}  # a place, no actor of the story (tagged a body)
    assert "Halstad" in _written_as_places(parse(text))
    assert not _written_as_places(parse("Shipping news\n\nThe Port of Rotterdam said on Monday that traffic had grown.\n"))
    house = parse("Bill advances\n\nThe bill now goes to the House, where State Rep. Teresa Lindqvist, a St. Louis Democrat, said she would amend it.\n")
    assert "House" not in _written_as_places(house)  # a chamber met in, named with an article


def test_a_place_the_article_calls_the_country_with_a_minister_of_its_own_is_a_country() -> None:
    text = (
        "Quota row deepens\n\nKESSPORT, 11 March 2025 – Lusteria will press the regional commission to adopt the full "
        "30 per cent cut in the herring catch, the country's fisheries minister, Anton Melis, said on Tuesday. Boats "
        "blockaded the port of Halstad in Corvania.\n"
    )
    assert {a.name: a.kind for a in analyze(text).actors}["Lusteria"] == "country"  # tagged a place, no table holds it


def test_a_surname_wordnet_knows_only_as_a_famous_bearer_joins_the_full_name() -> None:
    """'Dekker' is in WordNet's index (Thomas Dekker, the dramatist) but only as an individual: it is no English word,
    so 'Meanwhile Ruben Dekker, a Liberal councillor ..., said' is a name the recogniser missed, and 'Dekker said',
    tagged a body there, is his surname."""
    from summarizer.extract.analysis import analyze

    a = analyze(
        "Meanwhile Ruben Dekker, a Liberal councillor who led a petition against the increase last month, said he had "
        "changed his mind after touring the treatment works. Dekker had previously described the proposal as a blank "
        'cheque. "I went in expecting to find gold taps," Dekker said on Friday.'
    )
    people = {x.name: x.kind for x in a.actors}
    assert people.get("Ruben Dekker") == "person" and "Dekker" not in people
    assert {q.speaker for q in a.quotes} == {"Ruben Dekker"} and [c.holder for c in a.changes] == ["Ruben Dekker"]


def test_a_town_is_no_short_name_of_the_company_named_after_it() -> None:
    """'Oakhaven' (tagged a place wherever it is written) and 'Oakhaven Water Company' (whose 'Company' is a legal
    form to `cleanco`) are a town and a company: the company stays an actor of its own."""
    from summarizer.extract.analysis import analyze

    a = analyze(
        "Small businesses in Oakhaven say a proposed rise in water charges could force some of them to close. "
        "Oakhaven households currently pay 412 euros a year. Oakhaven Water Company's chief executive, Annelies van "
        "der Berg, signalled on Monday that the company was open to changes."
    )
    assert "Oakhaven Water Company" in {x.name for x in a.actors if x.kind == "organization"}


def test_a_person_who_acts_in_a_relative_clause_is_an_actor() -> None:
    from summarizer.extract.analysis import analyze

    a = analyze(
        "The shift follows pressure from Oakhaven's mayor, Deirdre Hollis, who has made her support conditional on a "
        "five-year phase-in and a hardship fund."
    )
    assert "Deirdre Hollis" in {x.name for x in a.actors}


def test_a_name_made_like_a_street_s_is_no_person() -> None:
    """'Ropewalk Lane', tagged a person: an English word that is no given name, then a way by WordNet, as English
    streets are named; the quote after it is the resident's, not the street's."""
    from summarizer.extract.analysis import analyze

    a = analyze(
        "For Nguyen Thi Lan, a nurse at St Aldric's Hospital who rents a one-bedroom flat on Ropewalk Lane, the vote "
        'cannot come soon enough. "My landlord told me he could earn more in a summer from tourists than in a year '
        'from me," she said.'
    )
    assert "Ropewalk Lane" not in {x.name for x in a.actors}
    assert [q.speaker for q in a.quotes] == ["Nguyen Thi Lan"]


def test_a_name_cut_at_its_plural_possessive_and_tagged_a_work_is_one_body() -> None:
    """"The Lindenquay Traders'" (tagged a work of art, up to the apostrophe) + 'Guild' (tagged a person): one body,
    as 'The Castlebridge Shopkeepers' Association' tagged a work of art whole already is."""
    from summarizer.extract.analysis import analyze

    a = analyze(
        '"If the flats empty, my tables empty," Vu said. "Nobody from the council has asked what happens to us."\n\n'
        "The Lindenquay Traders' Guild, which represents 140 shops and restaurants in the district, said in a "
        'statement that the ban "will turn a living neighbourhood into a museum that closes at six."'
    )
    assert "Lindenquay Traders' Guild" in {x.name for x in a.actors if x.kind == "organization"}
    assert "Guild" not in {x.name for x in a.actors}


def test_the_portfolio_after_a_minister_s_of_is_no_body() -> None:
    text = (
        "Talks open in Lindhaven\n\n"
        "The council met on Tuesday. Alden Corvo, Veradia's Minister of Maritime Affairs, presented the plan to the "
        'delegates. "We have moved a long way," Corvo told reporters. Morvath did not move far.'
    )
    found = actors(text)
    assert "Maritime Affairs" not in found and found["Alden Corvo"][2] == ["Veradia"]
    assert found["Alden Corvo"][1] == "Veradia's Minister of Maritime Affairs"  # the portfolio is the role's


def test_the_agent_of_a_participle_of_leading_on_a_body_is_its_leader() -> None:
    text = "The Lakeside Growers Federation, led by Maria Santos, said it opposed any closure of the lake."
    assert actors(text)["Maria Santos"][1:] == ("leader", ["Lakeside Growers Federation"])
    bare = (
        "The Lakeside Growers Federation met the council on Monday. "
        "The federation, led by Maria Santos, said it opposed any closure of the lake."
    )
    assert actors(bare)["Maria Santos"][1:] == ("leader", ["Lakeside Growers Federation"])  # the body its description names


def test_a_country_named_only_as_the_setting_of_things_is_no_actor() -> None:
    text = (
        "Galleries throughout the United States will show the prints, said Mara Lind, a curator at Hollis College. "
        "Hollis College of the United States bought 40 prints in 2019. Prices in the United States have doubled since. "
        "Peru's national volleyball federation suspended its coach on Monday, and Lind said she would travel to Lima. "
        "Kenya's High Court blocked the sale. Kenya's trade ministry said it would appeal."
    )
    found = {a.name: a.kind for a in analyze(text).actors}
    assert "United States" not in found  # where galleries are, whose college, where prices rose
    assert "Peru" not in found  # a national sports federation is not the state
    assert found.get("Kenya") == "country"  # its court and its ministry are organs of the state


def test_a_name_hyphened_to_a_participle_is_its_agent() -> None:
    text = (
        "The Pakistan-brokered ceasefire held on Friday, and Iran said it had agreed to talks. "
        "A UK-based firm said shipping would resume. Iran's foreign minister said the talks would start soon."
    )
    found = {a.name: a.kind for a in analyze(text).actors}
    assert found.get("Pakistan") == "country"  # brokered by Pakistan: it acts, though named once
    assert "United Kingdom" not in found  # where the firm is based: no act of the country


def test_a_body_s_name_cut_and_tagged_a_person_is_the_whole_body() -> None:
    text = (
        "Chief Brennan said the Ozarks Regional Major Case Squad, made up of investigators from several area agencies, "
        "is now leading the investigation. The findings will go to the county prosecutor."
    )
    found = {a.name: a.kind for a in analyze(text).actors}
    assert found.get("Ozarks Regional Major Case Squad") == "organization"
    assert "Case Squad" not in found


def test_a_group_named_in_a_role_and_tagged_a_person_is_the_affiliation() -> None:
    text = (
        'Cyclists welcomed the plan. "This is the boldest thing the council has done," said Jonas Eberle, '
        "spokesperson for the cycling group Pedal Karsdal."
    )
    found = {a.name: (a.kind, a.affiliations) for a in analyze(text).actors}
    assert found["Jonas Eberle"] == ("person", ["Pedal Karsdal"])
    assert found["Pedal Karsdal"][0] == "organization"


def test_a_lower_case_title_s_field_of_work_after_for_stays_in_the_role() -> None:
    text = (
        '"We cannot keep asking people to breathe this air," said Ilse Brønnik-Haas, the deputy mayor for transport. '
        "Anna Berg, a spokesperson for the company, said it would appeal."
    )
    found = {a.name: a.role for a in analyze(text).actors}
    assert found["Ilse Brønnik-Haas"] == "deputy mayor for transport"
    assert found["Anna Berg"] == "spokesperson"


def test_a_body_named_with_a_place_and_cut_to_a_person_s_name_is_the_whole_body() -> None:
    text = (
        "Mine approved\n\n"
        "BELMORA — The government approved the lithium mine, the largest investment in Kaldora since independence.\n\n"
        "Wetland Guard Kaldora called the approval a betrayal and said it would join the legal challenge.\n\n"
        "Michael Jordan, a geologist, said the pit was deep. Exports to Jordan will rise."
    )
    found = actors(text)
    assert found["Wetland Guard Kaldora"][:2] == ("organization", "")  # had been 'Guard Kaldora', a person, role 'Wetland'
    assert "Guard Kaldora" not in found
    assert found["Michael Jordan"][0] == "person"  # a given name opens a person's name, whatever place ends it



def test_its_after_a_semicolon_is_the_body_whose_clause_the_semicolon_closes() -> None:
    text = (
        "Mine divides town\n\n"
        "In March the Sarna Regional Administrative Tribunal suspended the company's water permit.\n"
        "The environmental group Wetland Guard Kaldora says it has collected 20,000 signatures against the mine. The "
        "Kaldoran Mineworkers' Federation backs the project; its general secretary, Jorge Benavent, called it "
        "“the best chance in a generation for decent work”."
    )
    assert actors(text)["Jorge Benavent"][1:] == ("general secretary", ["Kaldoran Mineworkers' Federation"])  # had been the group's


def test_a_name_in_close_apposition_to_a_noun_of_a_grouping_is_the_body_a_role_is_held_at() -> None:
    text = "Gwendolyn Asare, chair of the campaign group Patients First Karelund, said patients were caught in the middle."
    assert actors(text)["Gwendolyn Asare"][2] == ["Patients First Karelund"]
    text = "Tom Reyes, head of the group John Smith founded, said it was wrong."
    assert actors(text)["Tom Reyes"][2] == []  # a relative clause, no name


def test_a_minister_s_department_named_only_as_a_venue_is_the_department_the_portfolio_names() -> None:
    text = (
        "Health Minister Ilse Varnhagen convened talks. The talks, held at the Ministry of Health in Arnholt, were "
        "convened by Varnhagen on Wednesday evening. An NHE spokesperson declined to say whether the Finance Ministry "
        "had approved the extra funding."
    )
    assert actors(text)["Ilse Varnhagen"][2] == ["Ministry of Health"]  # not the Finance Ministry, another portfolio's


def test_a_given_and_a_family_name_tagged_a_body_are_a_person_s_name() -> None:
    text = (
        "Harbourside took the lead in the 12th minute when Lukas Brandt headed in a corner, and Brandt added a third in "
        "the 81st minute. Callum Reddish took his first training session as caretaker manager on Monday."
    )
    found = actors(text)
    assert found["Lukas Brandt"][0] == "person"  # the small pipeline tags him a body
    assert found["Callum Reddish"][0] == "person"  # 'Callum' tagged a body, 'Reddish' an English adjective


def test_the_pronoun_after_a_caretaker_tagged_a_body_is_his() -> None:
    text = (
        "Reddish takes charge at Marlhaven\n\n"
        "Callum Reddish took his first training session as caretaker manager on Monday, a day after Joost van der Wal "
        "was sacked.\n"
        "\"The players are hurting,\" Reddish said at his first press conference.\n"
        "He declined to say whether he would apply for the job. \"That is not a question for today,\" he said.\n"
    )
    quotes = {text[q.start : q.end]: q.speaker for q in analyze(text).quotes}
    assert quotes["That is not a question for today"] == "Callum Reddish"  # had been the sacked manager


def test_a_role_tagged_a_person_is_no_actor_and_is_the_name_s_role() -> None:
    text = (
        "Not everyone believes the board was wrong to act. Declan Furlong, the former Marlhaven striker who now works "
        "as a pundit, said the decision was overdue."
    )
    found = actors(text)
    assert "Marlhaven striker" not in found
    assert found["Declan Furlong"][1] == "former Marlhaven striker"


def test_a_headline_s_verb_before_a_name_is_no_role() -> None:
    text = (
        "Marlhaven Athletic sack Van der Wal after sixth straight defeat\n\n"
        "Joost van der Wal was dismissed on Sunday. Van der Wal said he had been promised 12 million pounds."
    )
    assert actors(text)["Joost van der Wal"][1] == ""  # had been 'Marlhaven Athletic sack'


def test_a_nation_s_epithet_for_someone_named_is_no_actor() -> None:
    text = (
        "Marlhaven Athletic sacked manager Joost van der Wal on Sunday after a sixth straight defeat. The Dutchman, "
        "47, had been in charge for 19 months. Van der Wal said he had been promised more money."
    )
    found = actors(text)
    assert "Dutchman" not in found and "Joost van der Wal" in found
    assert actors("The Dutch government protested. The Dutch were angry, Dutch officials said.")  # a people stays


def test_a_name_premodifying_the_role_of_someone_named_is_the_body_it_is_held_at() -> None:
    text = (
        "Marlhaven Athletic sacked their manager on Sunday after a 3-1 defeat by Harbourside.\n\n"
        "Marlhaven captain Mateo Ibáñez equalised from the penalty spot in the 38th minute. Marlhaven Athletic thanks "
        "the manager for his commitment, a statement said."
    )
    found = actors(text)
    assert found["Marlhaven Athletic"][0] == "organization"  # the small pipeline tags the club a person
    assert found["Mateo Ibáñez"][0] == "person"
    text = "Donald Trump spoke on Monday. Trump adviser Stephen Miller said the order would be signed."
    assert actors(text)["Donald Trump"][0] == "person"  # a surname the article gives a person stays his


def test_a_job_a_relative_clause_says_someone_works_as_is_their_role_at_the_body_after_it() -> None:
    text = "Ann Lee, who works as a senior analyst at Google, said the rules were unclear."
    assert actors(text)["Ann Lee"][1:] == ("senior analyst", ["Google"])
    text = (
        "Not everyone believes the board was wrong to act. Declan Furlong, the former Marlhaven striker who now works "
        "as a pundit for Coastline TV, said the decision was overdue."
    )
    assert actors(text)["Declan Furlong"][2] == ["Coastline TV"]  # where he works now, not the club he played for


def test_a_piece_of_work_someone_leads_for_a_body_makes_the_body_their_affiliation() -> None:
    text = "Sergeant Tom Reyes, who led the investigation for Dunmore Police, said the van had been stolen."
    assert actors(text)["Tom Reyes"][2] == ["Dunmore Police"]  # had been 'investigation for Dunmore Police'
    text = "Ana Ruiz, who runs the community of Camar, said the water had gone."
    assert actors(text)["Ana Ruiz"][2] == ["community of Camar"]  # a body, led


def test_a_title_s_initials_before_a_family_name_are_the_title_not_a_given_name() -> None:
    text = "Detective Inspector Sam Odell said the van was found on Monday. DI Odell said two men had been arrested."
    assert list(actors(text)) == ["Sam Odell"]  # 'DI Odell' had been a second person (whom the tagger tags whole)


def test_no_one_is_affiliated_with_their_own_name_and_its_is_no_body_made_of_a_family_name() -> None:
    text = (
        "Halvorsen demands recount as commission defends Brennhaven count\n\n"
        "The People's Harbour Alliance will go to court to force a recount of Sunday's mayoral election, its defeated "
        "candidate Corin Halvorsen said on Monday, as the Valdosian Electoral Commission insisted the count had been "
        "conducted properly.\n\n"
        '"Ballots with a clear mark for me were put aside," Halvorsen told the Courier at his campaign office.'
    )
    # 'its': not the headline's 'Halvorsen', tagged a body, whose family name the article gives a person whose given
    # name the name data lacks; and no one's affiliation is their own name, whatever the tags
    assert actors(text)["Corin Halvorsen"][2] == ["People's Harbour Alliance"]


def test_a_lower_case_word_the_tagger_took_for_a_proper_noun_names_no_body_someone_runs() -> None:
    text = "Callum Reddish, who has run the club's under-23 side for three seasons, said his only aim was Saturday's trip."
    assert actors(text)["Callum Reddish"][2] == []  # had been 'under-23 side'
    text = "Anna Berg, who runs the Corner Cup café, said trade was down."
    assert actors(text)["Anna Berg"][2] == ["Corner Cup café"]


def test_a_firm_s_first_word_before_english_words_ending_in_a_plural_is_its_short_name() -> None:
    text = (
        "Keystone Value Partners, an activist fund that owns 6.2% of Harvest Stores, urged the board to engage. "
        "\"The board has had three years to close the gap,\" Declan Shaw, Keystone's founder, wrote."
    )
    found = actors(text)
    assert "Keystone" not in found  # one actor, not two
    assert found["Declan Shaw"][2] == ["Keystone Value Partners"]


def test_a_body_s_name_without_its_last_noun_of_a_kind_of_body_is_its_short_name() -> None:
    text = (
        "The Civic Renewal Party won the mayoral election on Sunday. Civic Renewal took 52 per cent of the vote, "
        "and its leader Dana Moss said voters wanted change."
    )
    found = actors(text)
    assert "Civic Renewal" not in found  # one party, not two ('Party': an organization by WordNet)
    assert found["Dana Moss"][2] == ["Civic Renewal Party"]


def test_a_body_ending_the_paragraph_before_is_not_where_a_role_opening_the_next_is_held() -> None:
    text = (
        "The Westmoor Health Board voted nine to three on Monday. The board later issued a statement:\n"
        '"No midwife will be made redundant as a result of this change." \u2013 Westmoor Health Board\n'
        "Board chief executive Dr Helen Okafor told the Courier that the journey would take 38 minutes.\n"
    )
    found = actors(text)
    assert found["Helen Okafor"][1] == "Board chief executive"  # had been 'Westmoor Health Board', the credit line's
    assert found["Helen Okafor"][2] == ["Westmoor Health Board"]


def test_a_family_name_the_name_data_holds_as_a_given_name_of_no_gender_and_a_role_after_a_body_s_name() -> None:
    text = (
        '"Each time it was pushed back," Hurst told me.\n\n'
        "Tomasz Brenner, the University of Eastmoor hydrologist, made the same point more politely in the days after the "
        'flood. "What failed on Saturday was not the rain forecast," he said.'
    )
    assert actors(text)["Tomasz Brenner"] == ("person", "hydrologist", ["University of Eastmoor"])  # untagged; role 'University'
    assert [q.speaker for q in analyze(text).quotes] == ["Hurst", "Tomasz Brenner"]  # 'he' had been Hurst


def test_cr_is_a_councillor_s_title() -> None:
    text = 'Riverton Mayor Colin Ashby said the warning came late. Cr Ashby stood by his comments. "It is the only message that counts," he said.'
    assert list(actors(text)) == ["Colin Ashby"]  # 'Cr Ashby' had been a second person, given the name 'Cr'
    assert [q.speaker for q in analyze(text).quotes] == ["Colin Ashby"]


def test_a_name_after_the_suburbs_of_is_a_place_wherever_the_recogniser_tags_it_a_body() -> None:
    text = (
        "The river broke through the town's eastern levee, flooding about 1,100 homes in the low-lying suburbs of Eastbank "
        "and Millford. But Riverton Mayor Colin Ashby said residents of Eastbank had received an evacuation order only "
        "about 40 minutes before water came over the levee."
    )
    assert "Eastbank" not in actors(text)  # tagged a body everywhere; a suburb


def test_a_premier_is_the_premier_of_the_place_named_before_the_title() -> None:
    text = (
        "Floodwaters forced about 4,200 people from their homes across northern Westland on Sunday. "
        "Westland Premier Gareth Loane declared a natural disaster and announced an A$85 million relief package."
    )
    assert actors(text)["Gareth Loane"][2] == ["Westland"]  # the state, tagged a person before the title


def test_a_graduate_is_of_no_school_they_finished() -> None:
    text = (
        "Darnell Hughes died at a hospital on Sunday. Hughes, a 2018 graduate of Central High School, worked at a "
        "warehouse. Anna Lee, a student at Eastmoor University, said she was shocked."
    )
    found = actors(text)
    assert found["Darnell Hughes"][2] == [] and "Central High School" not in found  # a school finished
    assert found["Anna Lee"][2] == ["Eastmoor University"]  # a school attended


def test_a_common_noun_s_possessive_before_a_name_is_no_role() -> None:
    text = (
        "The Westmoor Health Board voted on Monday. The politicians calling for the minister to intervene, led by the "
        "opposition's Gareth Pryce, should ask themselves what they would say."
    )
    assert actors(text)["Gareth Pryce"] == ("person", "", [])  # the role had been "opposition's"


def test_a_region_is_no_short_name_of_its_authority_for_a_service() -> None:
    text = (
        "Declan Hurst spent eleven years as chief engineer at the Westland Water Authority before he retired in 2022. "
        "In the 2018-19 budget, Westland set aside A$22 million for flood levee maintenance across the state."
    )
    found = analyze(text).actors
    assert not any("Westland" in a.aliases for a in found)  # the state had been an alias of its water authority


def test_a_river_s_short_name_is_no_body() -> None:
    text = (
        "Floodwaters from the swollen Marrow River forced about 4,200 people from their homes on Sunday. "
        "The Marrow is expected to fall below major flood level at Riverton by Wednesday, the bureau said."
    )
    assert "Marrow" not in actors(text)  # tagged a body


def test_the_body_an_unnamed_spokesperson_speaks_for_is_an_actor() -> None:
    text = (
        "A spokeswoman for the Insurance Council of Westland said insurers had received more than 6,800 claims by "
        'Sunday afternoon. "Many of the worst-hit homes do not carry flood cover," she said.'
    )
    assert "Insurance Council of Westland" in actors(text)  # named once, as whom she speaks for


def test_shares_in_a_company_do_not_make_its_short_name_a_place() -> None:
    text = (
        "British supermarket group Harvest Stores on Monday rejected a takeover approach. Shares in Harvest jumped 27%. "
        "Harvest said its board had rejected the approach."
    )
    assert "Harvest" not in actors(text)  # the short name of Harvest Stores, not a town the shares are in


def test_a_person_s_name_before_of_and_a_firm_tagged_a_body_whole_is_the_person_of_that_firm() -> None:
    text = (
        "On a call with analysts, Femi Adeyemi of Calder Securities asked whether there was any price at which the "
        "board would engage. \"Is there a number that gets you to the table?\" he asked."
    )
    found = actors(text)
    assert found["Femi Adeyemi"][::2] == ("person", ["Calder Securities"])
    assert {text[q.start : q.end]: q.speaker for q in analyze(text).quotes} == {"Is there a number that gets you to the table?": "Femi Adeyemi"}
    assert actors("The Bank of England raised rates on Thursday.")["Bank of England"][0] == "organization"


def test_an_untagged_union_named_with_and_and_a_possessive_mark_is_a_body_and_the_union_after_it() -> None:
    text = (
        "Harvest faces bid\n\n"
        "British supermarket group Harvest Stores on Monday rejected a takeover approach from Morgan Reyes Capital.\n\n"
        "JOBS FEARS\n\n"
        "The Retail and Distributive Workers' Union, which represents about 11,000 of Harvest's 28,000 employees, said "
        "it feared job cuts if the deal went ahead.\n\n"
        "\"Private equity has one play: load the company with debt and cut staff,\" said Colm Brannigan, general "
        "secretary of the union."
    )
    found = actors(text)
    assert found["Retail and Distributive Workers' Union"][0] == "organization"
    assert found["Colm Brannigan"][2] == ["Retail and Distributive Workers' Union"]


def test_an_actor_fact_never_gives_a_person_their_own_name_as_affiliation() -> None:
    from collections import Counter

    from summarizer.extract.actors import Referent
    from summarizer.extract.analysis import _actor_fact

    person = Referent(name="Corin Halvorsen", kind="person", forms=Counter({"Corin Halvorsen": 2, "Halvorsen": 3}))
    person.affiliations = ["Halvorsen", "People's Harbour Alliance"]  # a surname tagged a body, read as their body
    assert _actor_fact(person).affiliations == ["People's Harbour Alliance"]
    body = Referent(name="Harbour Alliance", kind="organization")
    assert _actor_fact(body).affiliations == ["Harbour Alliance"]  # a body quoted as itself speaks for itself


def test_two_capitalised_words_joined_by_and_before_a_body_s_head_are_its_name() -> None:
    # nu134: the recogniser tagged only 'Authority'; 'Authority' became an actor and the CCA another
    text = (
        "Corvell Group plc will challenge the Competition and Consumer Authority's decision to block its takeover of "
        "Pantry, its chief executive said on Tuesday. The CCA's ruling rests on its estimate that the merged group "
        "would hold 31 percent of grocery sales."
    )
    found = {a.name: a.aliases for a in analyze(text).actors}
    assert found.get("Competition and Consumer Authority") == ["CCA"]
    assert "Authority" not in found
    two = actors("The merger of Harvest Basket and Marula Fresh was approved. Harvest Basket said it was pleased.")
    assert "Harvest Basket and Marula Fresh" not in two  # two names side by side stay two


def test_the_group_s_role_is_held_at_the_body_the_sentence_before_names_not_an_earlier_name_with_group_in_it() -> None:
    # nu134: 'the group's director of campaigns' had been given Corvell Group plc, named three paragraphs before
    text = (
        "Corvell Group plc will appeal against the ruling, its chief executive said.\n\n"
        "Corvell says shoppers would have saved 150 million crowns a year. According to Shoppers' Voice, that promise "
        "was never binding. \"Corvell's savings would have gone to its shareholders,\" said Ayesha Rahman, the group's "
        "director of campaigns."
    )
    assert actors(text)["Ayesha Rahman"][2] == ["Shoppers' Voice"]
    text = (
        "Bramble Group criticised the Competition Authority on Monday. \"We will appeal,\" said Jo Hale, the group's "
        "chief executive."
    )
    assert actors(text)["Jo Hale"][2] == ["Bramble Group"]  # the body named so, in the sentence before


def test_a_firm_named_for_its_wealth_in_apposition_to_a_role_stays_a_body() -> None:
    # nu134: 'our shareholder, Alder Capital' (tagged a body) had become a person with the role 'shareholder'
    text = (
        "Pantry said it would review all options together with its shareholder, Alder Capital. The union would ask "
        "Alder Capital for a guarantee."
    )
    found = actors(text)
    assert found.get("Alder Capital", ("organization",))[0] == "organization"
    assert actors("\"We are ready,\" said the party's leader, Mary Baker, on Monday.")["Mary Baker"][0] == "person"


def test_a_company_named_with_its_legal_form_is_no_place_where_its_short_name_was_tagged_one() -> None:
    # nu134: 'Pantry' (tagged a place) and 'Pantry Stores Ltd' made one actor marked a place, so no holder of a side
    text = (
        '"We will fight this all the way," says Corvell chief as Pantry deal is blocked'
        "\n"
        "Corvell Group plc will challenge the Competition and Consumer Authority's decision to block its takeover of Pantry, its chief executive said on Tuesday, as the grocer disputed the figures at the heart of the ruling."
        "\n"
        'Tomas Brandt, who has run Corvell since 2019, said the regulator had drawn the market far too narrowly. "We will fight this all the way," he said. "We have a strong case, and we will make it before the tribunal."'
        "\n"
        'The CCA\'s ruling rests on its estimate that the merged group would hold 31 percent of grocery sales. Brandt rejected that figure, saying the true share was closer to 24 percent once discount chains and online grocers were counted. The regulator\'s chair, Dr Miriam Okafor-Lind, dismissed the argument. "Online sales are still less than 5 percent of the market," she said. "Counting them does not change the picture."'
        "\n"
        'The two sides are also far apart on remedies. Corvell offered to sell 60 stores; Okafor-Lind said at least 140 would have had to go, a figure Brandt described as "a break-up, not a remedy".'
        "\n"
        'Pantry issued a short statement after the ruling:'
        "\n"
        '"Pantry Stores Ltd is disappointed by today\'s decision. Our 9,000 colleagues have worked hard through a difficult period. We will now review all options for the business together with our shareholder, Alder Capital."'
        "\n"
        'Marcus Feld, head of consumer research at Kestrel Research, said the price effect of the merger had been overstated. "Prices would go up a little in some towns, but we estimate the national effect at under 1 percent," Feld said. Kestrel values the deal at 4.6 billion crowns including Pantry\'s debt.'
        "\n"
        'Corvell says shoppers would have saved 150 million crowns a year from lower buying costs. According to Shoppers\' Voice, that promise was never binding. "Corvell\'s savings would have gone to its shareholders, not to the checkout," said Ayesha Rahman, the group\'s director of campaigns.'
        "\n"
        'Staff at Pantry face an uncertain future. Colm Duffy, general secretary of the Union of Retail and Distribution Workers, said the union would ask Alder Capital for a guarantee that no stores would close this year.'
        "\n"
        'Government spokesperson Elin Marsh said ministers had no power to overturn the ruling and would let the appeal process run its course.'
        "\n"
    )
    (pantry,) = [a for a in analyze(text).actors if a.name == "Pantry Stores Ltd"]
    assert pantry.kind == "organization" and not pantry.place


def test_an_abbreviated_title_before_a_name_is_the_role_not_part_of_the_name() -> None:
    # nu137: 'Supt Colin Reddy' had been a person of that name, and the memo kept him apart from 'Colin Reddy'
    # ('different first names'); nameparser lacks 'Supt', 'Insp' and 'Det', which news abbreviates before names
    found = actors("Supt Colin Reddy, the force's head of neighbourhood policing, rejected the figure.")
    assert "Colin Reddy" in found and not any(name.startswith("Supt") for name in found)


def test_a_titled_name_tagged_a_body_is_a_person_whose_given_name_only_names_individuals() -> None:
    # nu137: 'Chief Constable Helen Marwood', tagged a body from 'Constable', had been the organisation 'Constable
    # Helen Marwood' ('Helen' is in WordNet, as Helen of Troy), and 'the chief constable said' no one
    text = (
        "Chief Constable Helen Marwood announced the closure of the Kelby Vale and Harrowgate Road stations on Thursday.\n\n"
        "\"I understand the strength of feeling,\" the chief constable said."
    )
    assert actors(text)["Helen Marwood"][:2] == ("person", "Chief Constable")
    assert [q.speaker for q in analyze(text).quotes] == ["Helen Marwood"]


def test_a_product_named_by_a_noun_of_a_device_is_no_actor_and_its_maker_holds_its_roles() -> None:
    # nu136: 'Orla', a smart speaker the recogniser tagged a body, had been an organisation four people were
    # affiliated with; the product manager of the device is its maker's
    text = (
        "The commissioner opened an inquiry on Tuesday into Veltrix Home's Orla, a smart speaker with a built-in "
        "camera. Tove Arneberg, the Orla's product manager, said the microphone woke only for its name. Veltrix Home "
        "said it would cooperate."
    )
    found = actors(text)
    assert "Orla" not in found and found["Tove Arneberg"][2] == ["Veltrix Home"]
    # a name that only modifies a device's noun is a product's unless it speaks or owns anywhere: a company's
    text = "About 340,000 Orla phones are now in use, and critics want them switched off."
    assert "Orla" not in actors(text)
    text = "Sales of Samsung phones rose by 4 percent. Samsung said the new models had sold well."
    assert "Samsung" in actors(text)
    # a noun whose first sense is a person's is a device only for a body's named product: not 'a developer'
    text = "The project is carried by Causses Vent SAS, a developer based in Montpellier. Causses Vent defends it."
    assert "Causses Vent SAS" in actors(text)


def test_a_role_written_with_no_body_is_held_where_the_article_described_the_same_role() -> None:
    # nu136: 'Marten Kjolberg, the chief executive' after "When Veltrix Home's chief executive walked onto the stage"
    text = (
        "When Veltrix Home's chief executive walked onto the stage in Halden in March, he promised a speaker that "
        "forgets. Quiet Rooms, a privacy group, disagrees.\n\n"
        "Marten Kjolberg, the chief executive, has not changed his line."
    )
    assert actors(text)["Marten Kjolberg"][2] == ["Veltrix Home"]


def test_a_noun_of_a_person_opening_a_sentence_before_a_name_describes_it() -> None:
    # nu136: 'Rival Brightwell Audio ... said' had been the campaign-like body 'Rival Brightwell Audio' ('rival' is a
    # verb too, as 'Save' of 'Save Hollins Edge' is)
    text = (
        "Rival Brightwell Audio, whose Beacon speaker has no camera, said the case showed the risk. \"We decided "
        "early,\" said Callum Reyes, a Brightwell spokesman."
    )
    assert not any(name.startswith("Rival") for name in actors(text))
    text = "Save Hollins Edge, the campaign group, said the quarry would ruin the valley. The Hollins Edge woods are old."
    assert "Save Hollins Edge" in actors(text)  # a campaign's verb is no noun of a person


def test_a_given_name_with_an_age_in_apposition_is_a_person_her_pronoun_stands_for() -> None:
    text = (
        "A teacher who took part in a trial of a new migraine injection has urged health chiefs to make it "
        "available.\n\n"
        "Leah, 34, said her migraine days fell from 14 a month to five after she joined the trial. \"I got my "
        "evenings back, and my children got their mum back,\" she said."
    )
    found = analyze(text)
    assert {a.name: a.kind for a in found.actors}.get("Leah") == "person"
    assert [q.speaker for q in found.quotes] == ["Leah"]


def test_a_name_after_a_form_of_address_the_recogniser_tagged_a_work_of_art_is_a_person() -> None:
    text = (
        "Dr Imogen Varga, Calder Thorne's chief medical officer, rejected that estimate. \"Our figure reflects the "
        "patients in whom the drug was actually tested,\" she said. \"Theirs counts people with milder migraine who "
        "were never in the trial.\" She also disputed claims that one in nine patients quit the drug because of side "
        "effects, saying the correct figure was 6 percent.\n"
        "Dr Magnus Thorlby, a statistician at the University of Ferrisby, told the Post the true benefit over placebo "
        "was 1.8 days a month. \"That is worth having,\" he said, \"but it is not a miracle, and the side-effect "
        "figures deserve far more attention than they are getting.\""
    )
    found = analyze(text)
    thorlby = next(a for a in found.actors if a.name == "Magnus Thorlby")
    assert thorlby.affiliations == ["University of Ferrisby"]
    assert [q.speaker for q in found.quotes if "worth having" in text[q.start : q.end] or "miracle" in text[q.start : q.end]] == ["Magnus Thorlby"] * 2


def test_a_name_ending_in_a_trade_that_the_article_shortens_to_its_first_words_is_a_firm() -> None:
    text = (
        "The drug, tolvaprimab, made by Calder Thorne Pharmaceuticals and to be sold as Nerivane, reduced monthly "
        "migraine days by 4.1 on average.\n\n"
        "Calder Thorne's chief medical officer, Dr Imogen Varga, said the company would set a list price of 9,800 "
        "crowns.\n\n"
        "Calder Thorne said in a statement that its estimate covered only patients who had failed two other "
        "treatments."
    )
    kinds = {a.name: a.kind for a in analyze(text).actors}
    assert kinds.get("Calder Thorne Pharmaceuticals") == "organization" and "Calder Thorne" not in kinds
    text = (  # a family name that looks like a plural is shortened as a person's is
        "Kathryn Waters, director of the gallery, said the photographs had never been shown. Waters said the "
        "university would lend them to schools."
    )
    assert {a.name: a.kind for a in analyze(text).actors}.get("Kathryn Waters") == "person"


def test_a_saint_s_name_and_the_body_named_after_it_are_one_affiliation() -> None:
    text = (
        "\"We have not seen a preventive treatment work this consistently,\" said Professor Halvard Eskeland, head of "
        "neurology at St Brennan's University Hospital in Keldmouth, who led the 1,240-patient trial.\n\n"
        "Professor Ines Marlowe, who ran the trial's second site at St Aidan's University Hospital, deserves credit "
        "for a careful study, and she has been right to call the results consistent."
    )
    found = {a.name: a for a in analyze(text).actors}
    assert found["Halvard Eskeland"].affiliations == ["St Brennan's University Hospital"]
    assert found["Ines Marlowe"].affiliations == ["St Aidan's University Hospital"]


def test_a_place_of_work_a_relative_clause_names_by_its_noun_is_the_body_named_before() -> None:
    text = (
        "The principal of Harlan Creek High School said phones will be locked away from August, after the school board "
        "voted 4-1 on Monday.\n\n"
        "Mark Delaney, who teaches ninth-grade English at the high school, said the change could not come soon enough."
    )
    found = {a.name: a for a in analyze(text).actors}
    assert found["Mark Delaney"].affiliations == ["Harlan Creek High School"]


def test_a_hyphenated_role_in_apposition_wins_over_a_title_and_is_held_where_its_lede_said() -> None:
    text = (
        "ASHCOMBE, Oct 3 (Harbour News Agency) - Students occupied the main administration building of the University "
        "of Ashcombe on Friday, two days after its vice-chancellor confirmed plans to close two departments.\n\n"
        "\"Nobody comes into a university to close departments,\" said Professor Helen Marwick, the vice-chancellor, "
        "\"but we cannot keep spending money we do not have.\""
    )
    marwick = next(a for a in analyze(text).actors if a.name == "Helen Marwick")
    assert marwick.role == "vice-chancellor" and marwick.affiliations == ["University of Ashcombe"]


def test_peoples_joined_in_a_role_name_no_country() -> None:
    text = (
        "About 150 students entered Halloran Hall on Friday morning. Among those inside was Tomasz, 20, a second-year "
        "French and Polish student. \"I chose Ashcombe because of this department,\" he said. A Polish engineer, Jan "
        "Nowak, said he had been there too."
    )
    found = {a.name: a for a in analyze(text).actors}
    assert found["Tomasz"].affiliations == []
    assert found["Jan Nowak"].affiliations == ["Poland"]  # one people: still a country


def test_a_spokesperson_after_a_definite_description_of_a_body_speaks_for_the_body_named_before() -> None:
    text = (
        "The University of Ashcombe announced on Wednesday that it would close two departments.\n"
        "The Academic Staff Union says the deficit has been exaggerated.\n"
        "The university rejected that figure. A spokesperson said the deficit was an audited projection."
    )
    cited = [c for c in analyze(text).citations if c.speaker == "A spokesperson"]
    assert [c.affiliation for c in cited] == ["University of Ashcombe"]


def test_what_a_relative_clause_says_someone_was_elected_is_their_role() -> None:
    text = (
        "Leah Castellan, who was elected president of the Ashcombe Students' Union in March, spoke from inside "
        "Halloran Hall. \"We are not leaving,\" she said."
    )
    leah = next(a for a in analyze(text).actors if a.name == "Leah Castellan")
    assert (leah.role, leah.affiliations) == ("president", ["Ashcombe Students' Union"])


def test_a_university_called_by_its_place_is_the_university() -> None:
    text = (
        "Ashcombe's cuts are painful. They are also overdue\n\n"
        "The University of Ashcombe is spending more than it earns. But Ashcombe's leadership made its mistake when it "
        "borrowed for a £60m business school on the assumption that overseas students would keep coming."
    )
    names = {a.name for a in analyze(text).actors}
    assert "University of Ashcombe" in names and "Ashcombe" not in names


def test_a_department_for_two_portfolios_is_one_body() -> None:
    text = (
        "Aldermere's Department for Culture and Heritage said the transfer could not go ahead without ministerial "
        "approval. A department spokesperson said the culture secretary had \"no plans to change the law\"."
    )
    found = analyze(text)
    assert "Department for Culture and Heritage" in {a.name for a in found.actors}
    assert [q.affiliation for q in found.quotes] == ["Department for Culture and Heritage"]


def test_a_body_a_person_s_pronoun_owns_is_that_person_s() -> None:
    text = (
        "The museum declined to hand back 13 pieces claimed by the government of Tassara.\n\n"
        "Tassara's culture minister, Ama Kessie, said the vote was \"a first step, not a settlement\". Her ministry "
        "maintains that all 45 objects were removed during the 1897 expedition."
    )
    cited = [(c.speaker, c.affiliation) for c in analyze(text).citations if "ministry" in c.speaker]
    assert cited == [("Ama Kessie's ministry", "Tassara")]


def test_the_chair_of_a_body_s_members_named_before_is_that_body_s() -> None:
    text = (
        "The trustees of the National Museum of Aldermere voted on Monday to return 32 objects.\n\n"
        "Sir Anthony Quill, chair of the trustees, said he had voted against the motion."
    )
    quill = next(a for a in analyze(text).actors if a.name == "Anthony Quill")
    assert quill.affiliations == ["National Museum of Aldermere"]


def test_a_hyphenated_leader_s_title_is_held_at_the_body_the_sentence_before_is_about() -> None:
    text = (
        "The University of Ashcombe is spending more than it earns. The vice-chancellor, Professor Helen Marwick, has "
        "put the gap at £21m this year."
    )
    marwick = next(a for a in analyze(text).actors if a.name == "Helen Marwick")
    assert marwick.affiliations == ["University of Ashcombe"]  # WordNet's 'vice_chancellor', a leader


def test_a_private_person_s_hometown_is_no_affiliation_though_tagged_a_people() -> None:
    text = (
        "Generations of Londraven schoolchildren have sketched the mask on class trips to the museum in Londraven.\n\n"
        "Julian Thorne, a Londraven collector who owns two Ekoran masks, said restitution \"will empty the great "
        "museums one vote at a time\"."
    )
    thorne = next(a for a in analyze(text).actors if a.name == "Julian Thorne")
    assert thorne.affiliations == []


def test_a_body_shortened_to_first_words_that_open_with_an_english_word_is_the_body() -> None:
    # 'Crescent' is in the name data, but genders no one and is an English word; 'Rose' genders a woman
    text = (
        "Sir Geoffrey Almond said the offer from Crescent Harbour Capital valued the club at 420 million pounds. "
        "Under the proposal, Crescent Harbour would take an 80 percent stake."
    )
    found = {a.name: a for a in analyze(text).actors}
    assert "Crescent Harbour" not in found and "Crescent Harbour" in found["Crescent Harbour Capital"].aliases


def test_a_title_after_a_noun_of_a_body_opens_a_person_s_name_not_a_body_s() -> None:
    text = (
        "Captain Ewan Tregarth, who has skippered boats out of Porthaven since he was 17, took me out to the bank. "
        "The developer says only 85 square kilometres will be closed. The federation Captain Tregarth chairs puts "
        "the loss at 340."
    )
    (tregarth,) = [a for a in analyze(text).actors if a.name == "Ewan Tregarth"]
    assert "Captain" not in tregarth.affiliations


def test_a_one_word_name_written_where_things_are_is_a_place_not_a_person() -> None:
    text = (
        "The heaviest price will be paid by the fishing families of Porthaven. Captain Ewan Tregarth has skippered "
        "boats out of Porthaven since he was 17. What Porthaven is promised for certain is 180 jobs."
    )
    assert not [a for a in analyze(text).actors if a.name == "Porthaven" and a.kind == "person"]
    text = "Councillor Jane Marsh spoke first. Later, in Marsh's view, the vote was lost. Marsh said she would resign."
    assert [a.kind for a in analyze(text).actors if a.name == "Jane Marsh"] == ["person"]


def test_a_union_name_whose_first_words_the_recogniser_tagged_with_their_and_is_one_name() -> None:
    text = (
        "The Allied Maritime and Energy Workers' Union welcomed the decision. Its regional secretary, Dave Keast, "
        "said the jobs were a lifeline."
    )
    roles = _roles(text)
    assert roles["Dave Keast"][1] == ["Allied Maritime and Energy Workers' Union"]


def test_an_untagged_name_in_apposition_to_a_noun_of_no_person_is_no_person() -> None:
    text = (
        'A spokesperson for the authority said the decision followed "the most thorough assessment we have ever carried '
        'out" and that conditions would protect both fishing and wildlife.\nSkerrow Offshore Wind, the joint venture '
        "between Nordvind Energi and Calder Power that will build the 1,300-megawatt array, issued a statement after "
        "the decision:\n\"Today's consent is the result of five years of work with this community.\""
    )
    assert [a.kind for a in analyze(text).actors if a.name == "Skerrow Offshore Wind"] == ["organization"]
