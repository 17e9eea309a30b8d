"""The stepwise strategy with a fake model: code reads the article, the model is asked only for judgement."""

from __future__ import annotations

import os
from typing import Any

import pytest

from summarizer import Settings, Summarizer
from summarizer.articles import article_from_text
from summarizer.extract.strategies.stepwise import (
    CHARS_PER_POSITION_QUESTION,
    MAX_ISSUE_OPTIONS,
    MAX_POSITION_QUESTIONS,
    MAX_STANCE_QUESTIONS,
    MIN_POSITION_QUESTIONS,
    VIEW_CHARS,
    Stepwise,
    position_questions,
)
from summarizer.llm.backends import FakeBackend, Request
from summarizer.render import brief_markdown
from summarizer.schema import count_sentences

ARTICLE = """Ministers clash over the budget

Foreign Minister Ivan Petrov met Defence Minister Olga Ivanova in Moscow on Monday, according to The New York Times.
The Kremlin has backed the new budget for months, and Russia sold arms to Venezuela.
“We agreed on everything,” the minister said.
Labour MP Tom Birch criticised the budget. “This is a scandal,” Birch said.
Critics say the plan will fail.
The vote is on Friday.
“Nobody knows what happens next.”
"""


def answers(request: Request) -> Any:
    name = request.response_model.__name__
    if name == "Gist":
        return {"main_issue": "Russian ministers agree a budget that critics attack"}
    if name == "Choices":
        fields = request.response_model.model_json_schema()["properties"]
        return {key: ("Olga Ivanova" if key.startswith("q") else "not stated") for key in fields}
    if name == "StanceAnswer":
        return {"answer": "adversary"}
    if name == "IssueChoice":
        return {"issue": request.response_model.model_json_schema()["properties"]["issue"]["enum"][0]}
    if name == "PositionAnswer":
        return {"answer": "oppose"}
    raise AssertionError(f"unexpected question {name}")


def run(text: str = ARTICLE, **settings: Any) -> tuple[Any, FakeBackend]:
    fake = FakeBackend(responder=answers)
    with Summarizer(Settings(backend="fake", strategy="stepwise", use_cache=False, **settings), backend=fake) as s:
        brief = s.brief(article_from_text(text))
    return brief, fake


def asked(fake: FakeBackend, name: str) -> list[Request]:
    return [r for r in fake.requests if r.response_model.__name__ == name]


def choices_asked(fake: FakeBackend) -> str:
    """The user messages of every choice question the model was asked, joined."""
    return " ".join(r.messages[1]["content"] for r in asked(fake, "Choices"))


def test_the_model_is_asked_the_main_issue_from_the_head_of_the_article_only() -> None:
    brief, fake = run(ARTICLE + "Filler sentence about nothing in particular here.\n" * 100)
    (gist,) = asked(fake, "Gist")
    assert "Ministers clash over the budget" in gist.messages[1]["content"]
    assert len(gist.messages[1]["content"]) < VIEW_CHARS + 400
    assert brief.main_issue == "Russian ministers agree a budget that critics attack"
    assert brief.summary.startswith("Russian ministers agree a budget that critics attack. ") and 2 <= count_sentences(brief.summary) <= 4


def test_every_question_shares_one_system_line() -> None:
    _, fake = run()
    assert len({r.messages[0]["content"] for r in fake.requests}) == 1


def test_a_speaker_with_two_candidates_is_chosen_by_the_model_on_the_quote_s_own_sentence() -> None:
    brief, fake = run()
    (choice,) = asked(fake, "Choices")
    question = choice.messages[1]["content"]
    assert "“We agreed on everything,” the minister said." in question
    assert "Ivan Petrov | Olga Ivanova | unknown" in question
    assert "Moscow on Monday" not in question  # the quote's sentence, not the article
    sources = {s.name: s for s in brief.sources}
    assert [q.text for q in sources["Olga Ivanova"].quotes] == ["We agreed on everything"]
    assert [q.text for q in sources["Tom Birch"].quotes] == ["This is a scandal"]


def test_an_unattributed_quote_is_listed_never_dropped_nor_guessed() -> None:
    brief, _ = run()
    assert [(q.text, ARTICLE[q.start : q.end]) for q in brief.unattributed_quotes] == [("Nobody knows what happens next.",) * 2]
    assert all(q.text != "Nobody knows what happens next." for s in brief.sources for q in s.quotes)


def test_quotes_keep_the_span_where_they_were_found() -> None:
    text = "This is a scandal, some say.\n\nLabour MP Tom Birch spoke on Friday. “This is a scandal,” Birch said."
    brief, _ = run(text)
    (quote,) = [q for s in brief.sources for q in s.quotes]
    assert (quote.start, quote.text) == (text.rindex("This is a scandal"), "This is a scandal")


def test_a_position_not_taken_is_a_stated_neutral_stance_and_no_question() -> None:
    text = (
        "Senate panel advances data centre bill\n\nA Missouri Senate committee voted on Tuesday to advance the "
        "bill. Gov. Linda Harwell has not taken a position on the bill. The Missouri Chamber of Commerce has "
        "remained neutral on the tax break.\n"
    )
    brief, fake = run(text)
    found = {(s.holder, s.target): (s.label, s.basis) for s in brief.stances}
    assert found[("Linda Harwell", "data centre bill")] == ("neutral", "stated")  # 'the bill' of the headline
    assert found[("Missouri Chamber of Commerce", "the tax break")] == ("neutral", "stated")
    assert not any("Harwell" in r.messages[1]["content"] for r in asked(fake, "StanceAnswer"))


def test_stance_verbs_label_their_pair_and_the_model_judges_at_most_a_few_others() -> None:
    brief, fake = run()
    found = {(s.holder, s.target): s for s in brief.stances}
    backed = found[("Russia", "the new budget")]
    assert (backed.label, backed.basis) == ("supports", "stated") and "backed the new budget" in backed.evidence.text
    assert found[("Tom Birch", "the new budget")].label == "opposes"  # "the budget": the new budget named before
    stance_questions = asked(fake, "StanceAnswer")
    assert len(stance_questions) <= MAX_STANCE_QUESTIONS
    for request in stance_questions:
        assert "<<<" in request.messages[1]["content"] and "Ministers clash" not in request.messages[1]["content"]
    judged = [s for s in brief.stances if s.basis == "judged"]
    assert all(s.label == "opposes" for s in judged)


def test_a_quoted_person_with_no_stated_affiliation_is_asked_once_among_the_article_s_bodies() -> None:
    brief, fake = run()
    (choice,) = asked(fake, "Choices")
    content = choice.messages[1]["content"]
    assert "which organisation or country does Tom Birch (Labour MP) speak for or belong to?" in content
    # the model reads the sentence that introduces him, not the name alone
    item = content[content.index("a1:") : content.index("which organisation")]
    assert "Labour MP Tom Birch criticised the budget." in item and "(the article as a whole)" not in item
    assert {s.name: s.affiliation for s in brief.sources}["Tom Birch"] == ""  # the model answered 'not stated'


def test_a_body_the_sentence_sets_beside_a_person_as_another_party_is_not_offered_as_theirs() -> None:
    text = (
        "Court strikes down rentals ban\n\n"
        "The ban was challenged by the Portvale Hosts' Association and by Tobias Wren, a retired schoolteacher who "
        "rents out a flat. \"I am a pensioner with one flat,\" Wren said. The Portvale Hosts' Association welcomed it.\n"
    )
    brief, fake = run(text)
    assert "does Tobias Wren" not in choices_asked(fake)  # the association was the only body offered: no question at all
    assert {s.name: s.affiliation for s in brief.sources}["Tobias Wren"] == ""


def test_a_judge_is_offered_only_the_article_s_courts() -> None:
    text = (
        "Court strikes down rentals ban\n\n"
        "The Portvale Tenants' Union backed the city. Casmeria's High Court on Monday struck down the ban.\n\n"
        "Writing for the majority, Justice Adela Brenwick said the city had \"chosen the bluntest instrument available\".\n"
    )
    _, fake = run(text)
    asked_about = choices_asked(fake)
    question = asked_about[asked_about.index("does Adela Brenwick") :]
    assert "High Court" in question and "Portvale Tenants' Union" not in question


def test_a_police_officer_a_prosecutor_and_a_council_s_officer_are_offered_only_bodies_of_their_kind() -> None:
    # nu135: the embedded model gave a detective, a prosecutor and the council's chief executive the developer
    text = (
        "Former mayor jailed\n\n"
        "Corrant Developments paid the bribes, the court heard. The Clean Councils Alliance welcomed the verdict. "
        "Harcastle Police said the inquiry had taken two years.\n\n"
        "\"Every payment had a paper trail,\" said Detective Inspector Fiona Baskerville.\n\n"
        "\"He sold the keys to the town hall,\" Prosecutor Ruth Castellan told the court.\n\n"
        "\"We were misled,\" said Patrick Lomond, the council's chief executive. Wellbridge Town Council has "
        "ordered a review.\n"
    )
    _, fake = run(text)
    asked = choices_asked(fake)

    def offered(name: str) -> str:
        if f"does {name}" not in asked:
            return ""
        rest = asked[asked.index(f"does {name}") :]
        return rest[: rest.index("does ", 5)] if "does " in rest[5:] else rest

    assert "Corrant" not in offered("Fiona Baskerville") and "Corrant" not in offered("Ruth Castellan")
    assert "Corrant" not in offered("Patrick Lomond") and "Clean Councils" not in offered("Patrick Lomond")
    assert "Harcastle Police" in offered("Fiona Baskerville") and "Wellbridge Town Council" in offered("Patrick Lomond")


def test_a_government_s_spokesperson_is_offered_only_the_state_and_its_bodies() -> None:
    # nu134: 'Government spokesperson Elin Marsh' had been given the competition regulator among every body
    text = (
        "Takeover blocked\n\n"
        "The Competition and Consumer Authority blocked the deal. Shoppers' Voice welcomed the ruling, and Kestrel "
        "Research said the price effect was overstated. The Trade Ministry declined to comment.\n\n"
        "Government spokesperson Elin Marsh said ministers had no power to overturn the ruling.\n"
    )
    _, fake = run(text)
    asked = choices_asked(fake)
    question = asked[asked.index("does Elin Marsh") :] if "does Elin Marsh" in asked else ""
    assert "Shoppers' Voice" not in question and "Kestrel Research" not in question
    assert "Competition and Consumer Authority" not in question


def test_the_analysis_is_cached_and_a_warm_run_never_parses(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = {"cache_dir": str(tmp_path)}
    fake = FakeBackend(responder=answers)
    with Summarizer(Settings(backend="fake", strategy="stepwise", **settings), backend=fake) as s:
        cold = s.brief(article_from_text(ARTICLE))

    def no_parse(*_: Any, **__: Any) -> None:
        raise AssertionError("a warm run parsed the article again")

    monkeypatch.setattr("summarizer.extract.analysis.parse", no_parse)
    with Summarizer(Settings(backend="fake", strategy="stepwise", **settings), backend=FakeBackend(responder=answers)) as s:
        warm = s.brief(article_from_text(ARTICLE))
    assert warm.model_dump(exclude={"usage"}) == cold.model_dump(exclude={"usage"})
    assert warm.usage.cached_calls == warm.usage.calls


def test_view_chars_setting_reaches_the_stepwise_strategy(tmp_path) -> None:
    from summarizer.config import resolve_settings

    def strategy(**options: Any) -> Stepwise:
        with Summarizer(Settings(strategy="stepwise", cache_dir=str(tmp_path), **options), backend=FakeBackend()) as s:
            return s.strategy  # type: ignore[return-value]

    assert strategy().view_chars == VIEW_CHARS
    assert strategy(view_chars=0).view_chars is None  # 0: the model reads the whole article
    assert strategy(view_chars=12000).view_chars == 12000
    assert resolve_settings(env={"SUMMARIZER_VIEW_CHARS": "0"}).view_chars == 0


def test_core_imports_without_llama_cpp_or_spacy() -> None:
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['llama_cpp'] = None\n"
        "import summarizer, summarizer.extract.strategies.stepwise, summarizer.llm.backends\n"
        "assert 'spacy' not in sys.modules, 'spaCy is loaded lazily, on the first analysis'\n"
        "from summarizer import Settings, MissingDependencyError\n"
        "from summarizer.llm.backends import make_backend\n"
        "try:\n    make_backend(Settings(backend='local'))\nexcept MissingDependencyError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ, check=True)
    assert 'pip install "summarizer[local]"' in out.stdout


ISSUE_ARTICLE = """Council votes to ban cars from the city centre

The city council voted on Tuesday to ban cars from the city centre from next year.
“Banning cars from the centre will save lives,” said Mayor Anna Berg, who proposed the plan.
Shop owners fear the car ban will cost them customers. “Nobody will come to shop here any more,” said Tom Lind, who runs a bakery.
The ban on cars starts in March.
"""


def test_sources_are_asked_their_position_on_the_issue_the_model_picks_among_code_s_phrases() -> None:
    brief, fake = run(ISSUE_ARTICLE)
    (choice,) = asked(fake, "IssueChoice")
    options = choice.response_model.model_json_schema()["properties"]["issue"]["enum"]
    assert options[0] == "Banning cars from the centre" and options[-1] == "none of these"
    assert len(options) == MAX_ISSUE_OPTIONS + 1  # code's best candidates only: more options misled the model
    assert "Council votes to ban cars" in choice.messages[1]["content"]
    positions = asked(fake, "PositionAnswer")
    assert len(positions) == 2
    assert "Nobody will come to shop here any more" in " ".join(p.messages[1]["content"] for p in positions)
    on_issue = {(s.holder, s.label, s.basis) for s in brief.stances if s.target == "Banning cars from the centre"}
    assert on_issue == {("Anna Berg", "opposes", "judged"), ("Tom Lind", "opposes", "judged")}


def test_a_longer_article_asks_more_of_its_sources_their_position_and_a_short_one_four() -> None:
    people = [
        ("Anna Berg", "mayor"), ("Tom Lind", "baker"), ("Sara Holm", "nurse"), ("Erik Dahl", "cyclist"),
        ("Maja Strand", "teacher"), ("Olof Berggren", "taxi driver"),
    ]
    lines = [
        f"“Banning cars from the centre is {word},” said {name}, a {job} who has lived in the town for {n + 10} years. "
        f"{name.split()[1]} said the council had not listened to people who work in the centre every day of the week."
        for n, ((name, job), word) in enumerate(zip(people, ["right", "wrong", "overdue", "welcome", "rushed", "unfair"]))
    ]
    short = ISSUE_ARTICLE + "\n".join(lines)
    assert position_questions(len(short)) == MIN_POSITION_QUESTIONS < len(people)
    _, fake = run(short)
    assert len(asked(fake, "PositionAnswer")) == MIN_POSITION_QUESTIONS
    text = short + "\n" + "The town square will host the spring market again this year, as it has since 1990.\n" * 40
    assert len(text) >= len(people) * CHARS_PER_POSITION_QUESTION and MAX_POSITION_QUESTIONS >= len(people)
    _, fake = run(text)
    assert len(asked(fake, "PositionAnswer")) == len(people)  # a longer article: each of its six sources


def run_answering(question: str, answer: dict[str, Any], text: str = ISSUE_ARTICLE) -> tuple[Any, FakeBackend]:
    """`run`, with the model answering `question` (a response model's name) with `answer`."""

    def responder(request: Request) -> Any:
        return answer if request.response_model.__name__ == question else answers(request)

    fake = FakeBackend(responder=responder)
    with Summarizer(Settings(backend="fake", strategy="stepwise", use_cache=False), backend=fake) as s:
        return s.brief(article_from_text(text)), fake


def test_no_position_is_asked_when_the_model_sees_no_contested_issue() -> None:
    brief, fake = run_answering("IssueChoice", {"issue": "none of these"})
    assert asked(fake, "PositionAnswer") == []
    assert not [st for st in brief.stances if st.target == "Banning cars from the centre"]


def test_a_source_whose_stance_word_already_places_them_on_the_issue_is_not_asked() -> None:
    text = (
        "Town bans cars from its old town\n\n"
        "The town council of Riverton voted on Monday to ban cars from the old town. Councillor David Okafor supports the ban. "
        "“It will save lives,” Okafor said.\n"
        "Shop owner Margaret Chen disagrees. “Banning cars from the old town will kill my business,” said Chen, who runs a bakery.\n"
    )
    brief, fake = run(text)
    asked_about = " ".join(p.messages[1]["content"] for p in asked(fake, "PositionAnswer"))
    assert "will kill my business" in asked_about and "It will save lives" not in asked_about
    okafor = {(s.target, s.label, s.basis) for s in brief.stances if s.holder == "David Okafor"}
    assert okafor == {("the ban", "supports", "stated")}


def test_a_stray_brace_or_quote_at_the_end_of_the_main_issue_is_dropped() -> None:
    brief, _ = run_answering("Gist", {"main_issue": "Harbor City adopts the Safe Streets plan on residential roads. }"})
    assert brief.main_issue == "Harbor City adopts the Safe Streets plan on residential roads."


def test_a_main_issue_that_slips_into_another_script_ends_before_it() -> None:
    brief, _ = run_answering("Gist", {"main_issue": "Russian ministers agree a budget opposed by the Kremlin's批评者"})
    assert brief.main_issue == "Russian ministers agree a budget opposed by the Kremlin"  # cut at the switch, the dangling possessive trimmed


def test_a_claim_a_source_makes_is_theirs_and_the_author_makes_the_rest() -> None:
    text = (
        "Town bans rental scooters\n\n"
        "Millbrook will ban rental e-scooters from its town centre from July 1, after a rise in injuries.\n"
        "Sam Reyes, general manager of ZipRide, said the company opposed the ban and would ask the council to reconsider.\n"
        "The ban removes the 400 scooters run by ZipRide from the streets of the town centre next month.\n"
    )
    brief, _ = run(text)
    by = {c.text.split(",")[0]: c.by for c in brief.claims}
    assert by["Sam Reyes"] == "Sam Reyes"
    assert by["Millbrook will ban rental e-scooters from its town centre from July 1"] == "author"


def test_a_quote_s_own_sentence_is_never_also_a_paraphrased_statement() -> None:
    text = (
        "Fishermen sue over dredging\n\n"
        "Maggie Trelawny, who chairs the association, said her members had no other choice.\n"
        "'We asked the council to wait a single season. They would not,' Trelawny said.\n"
        "“This is the biggest investment the town has seen in a generation,” Mayor Colin Ashworth said.\n"
    )
    brief, _ = run(text)
    statements = {s.name: s.statements for s in brief.sources}
    assert statements["Maggie Trelawny"] == ["Maggie Trelawny, who chairs the association, said her members had no other choice."]
    assert statements.get("Colin Ashworth", []) == []


def test_a_sentence_reporting_in_the_writer_s_words_around_a_partial_quotation_is_also_a_statement() -> None:
    text = (
        "Health board votes to close maternity unit\n\n"
        "A spokesperson for the Westmoor Ambulance Service said it would need two additional crews to cover the transfers "
        'and that talks with the board on funding were "at an early stage".\n'
    )
    brief, _ = run(text)
    (source,) = [s for s in brief.sources if s.quotes]
    assert [q.text for q in source.quotes] == ["at an early stage"]
    assert source.statements == [" ".join(text.split("\n\n")[1].split())]  # the crews had been shown nowhere


def test_a_source_written_with_the_is_its_actor_and_a_byline_organisation_is_an_affiliation() -> None:
    text = (
        "Fishermen sue over dredging\n\n"
        "The Harlow Bay Port Authority approved the dredging in March. Daniel Okafor, a lawyer at the Coastline "
        "Legal Trust, filed the suit on Monday.\n\n"
        "The Harlow Bay Port Authority said it would “defend the council's decision vigorously”.\n\n"
        "“The permit ignored the oyster beds entirely.”\n– Daniel Okafor, Coastline Legal Trust\n"
    )
    brief, _ = run(text)
    sources = {s.name: s for s in brief.sources}
    assert "The Harlow Bay Port Authority" not in sources  # one source, its actor's name
    assert sources["Harlow Bay Port Authority"].type == "official"  # a public authority speaking as itself (gold format)
    assert (sources["Daniel Okafor"].role, sources["Daniel Okafor"].affiliation) == ("lawyer", "Coastline Legal Trust")


def test_a_named_source_no_person_holds_is_affiliated_with_itself() -> None:
    text = (
        "Browser makers drop old versions\n\n"
        "Internet Explorer is losing users. PC World's recent analysis of its own web traffic concluded, \"Usually, "
        "Internet Explorer is the second browser after Firefox.\" Marta Ruiz, a developer in Madrid, said she had "
        "waited years for it.\n"
    )
    brief, _ = run(text)
    sources = {s.name: s for s in brief.sources}
    assert sources["PC World"].affiliation == "PC World"  # a body or outlet cited as itself speaks for itself
    assert sources["Marta Ruiz"].affiliation != "Marta Ruiz"  # a person is never their own body


def test_a_source_the_article_only_describes_is_unnamed_and_one_it_names_is_named() -> None:
    text = (
        "Ministry silent on rentals ruling\n\n"
        "A spokesperson for the Ministry of Housing said the ministry would study the judgment. Mayor Rosalind "
        "Achterberg said the city would appeal. \"We believe the majority got the law wrong,\" Achterberg said.\n"
    )
    brief, _ = run(text)
    sources = {s.name: s for s in brief.sources}
    assert sources["Rosalind Achterberg"].named is True
    unnamed = [s for s in brief.sources if "spokesperson" in s.name.lower()]
    assert unnamed and all(s.named is False and not s.anonymous for s in unnamed)  # described, not said to be anonymous
    assert ", unnamed" in brief_markdown(brief)


def test_the_summary_does_not_say_the_same_thing_twice() -> None:
    from summarizer.extract.strategies.stepwise import _summary

    claims = [
        "Harlow Bay council approves $240 million port expansion.",
        "The town council voted 5-2 on Thursday to approve the $240 million expansion of the town's port.",
        "Fishermen said they would go to court to stop the dredging.",
    ]
    summary = _summary(claims, "The Harlow Bay council approves a $240 million port expansion")
    assert "Harlow Bay council approves $240 million port expansion." not in summary
    assert "Fishermen said they would go to court to stop the dredging." in summary


TRANSLATED_ARTICLE = """Brazilian bloggers fight the cybercrime bill

Thousands of bloggers in Brazil are campaigning against the cybercrime bill that the Senate will vote on next month.
Paula Ribeiro, a blogger in São Paulo, writes:
“A Rede foi importante para a organização dos três atos de que participei este ano, e o projeto de lei acabaria com isso.”
The Internet was important for organising the three protests I took part in this year, and the bill would put an end to that.
The Senate is expected to vote on the bill before the end of the month.
"""


def test_a_source_quoted_in_another_language_is_asked_about_on_the_translation() -> None:
    brief, fake = run(TRANSLATED_ARTICLE)
    positions = asked(fake, "PositionAnswer")
    assert positions, "the model should be asked Paula Ribeiro's position"
    shown = positions[0].messages[1]["content"]
    assert "The Internet was important for organising" in shown and "A Rede foi" not in shown.split("The Internet was")[0]
    (stance,) = [s for s in brief.stances if s.holder == "Paula Ribeiro" and s.basis == "judged"]
    assert stance.evidence.text.startswith("The Internet was important for organising")


def test_the_same_choice_questions_give_the_same_answer_model() -> None:
    from summarizer.extract.strategies.stepwise_schema import choice_model

    one = choice_model("Choices", {"q1": ("Olga Ivanova", "Ivan Petrov", "not stated")})
    assert choice_model("Choices", {"q1": ("Olga Ivanova", "Ivan Petrov", "not stated")}) is one  # built once, hashed once
    assert choice_model("Choices", {"q1": ("Olga Ivanova", "not stated")}) is not one


DESCRIBED_ARTICLE = """Harbour plan splits the council

The Harlow Bay Council approved the harbour plan on Monday, and the Port Authority welcomed the vote.
After the Harlow Bay Council meeting, a spokesperson said: “We will start work in March.”
“It will ruin the beach,” one resident said.
The Port Authority has asked for the plan since 2019.
"""


def test_an_unnamed_source_is_asked_its_affiliation_among_the_article_s_bodies() -> None:
    def responder(request: Request) -> Any:
        if request.response_model.__name__ == "Choices":
            fields = request.response_model.model_json_schema()["properties"]
            return {key: "Harlow Bay Council" for key in fields}
        return answers(request)

    fake = FakeBackend(responder=responder)
    with Summarizer(Settings(backend="fake", strategy="stepwise", use_cache=False), backend=fake) as s:
        brief = s.brief(article_from_text(DESCRIBED_ARTICLE))
    (choice,) = asked(fake, "Choices")
    content = choice.messages[1]["content"]
    assert "which organisation or country does a spokesperson speak for or belong to?" in content
    assert "After the Harlow Bay Council meeting, a spokesperson said" in content
    assert "one resident" not in content  # its sentence names no body: any answer would be a guess
    affiliations = {s.name: s.affiliation for s in brief.sources}
    assert affiliations["a spokesperson"] == "Harlow Bay Council" and affiliations["one resident"] == ""


def test_a_town_is_not_offered_as_the_body_someone_speaks_for() -> None:
    text = (
        "Lisbon bans cars from the centre\n\n"
        "Lisbon's council voted to ban cars from the Baixa district, and the Chamber of Commerce protested on Monday. "
        "Lisbon has debated the plan for years, and Lisbon will start the ban in June.\n"
        "Maria Costa, a blogger, said after the Chamber of Commerce protest: “The ban is a mistake that will ruin small shops.”\n"
    )
    brief, fake = run(text)
    (choice,) = asked(fake, "Choices")
    options = choice.response_model.model_json_schema()["properties"]["a1"]["enum"]
    assert "Chamber of Commerce" in options and "Lisbon" not in options


def test_a_person_is_asked_their_body_only_among_those_their_sentence_names_and_countries() -> None:
    text = (
        "Ferry cut angers islanders\n\n"
        "The North Coast Transport Authority wants to scrap the night ferry, and the Maritime Workers Union has "
        "promised to fight the plan.\n"
        "Tom Reilly, who has fished out of Kestrel harbour for thirty years, said: “Without the boat we are finished.”\n"
    )
    brief, fake = run(text)
    assert not asked(fake, "Choices")  # no body his sentence names: any would be a guess (a new user's got the union)
    assert {s.name: s.affiliation for s in brief.sources}.get("Tom Reilly") == ""



def test_a_person_whose_role_names_a_body_the_article_has_no_actor_for_is_not_offered_every_body() -> None:
    text = (
        "Council split over charge\n\n"
        "The Transport Workers Union gave the congestion charge a cautious welcome on Monday.\n"
        "Graham Oakes, leader of the Conservative group on the council, said: “The people will get "
        "their say on this next year.”\n"
    )
    brief, fake = run(text)
    assert not asked(fake, "Choices")  # his role names his group; the union, named elsewhere, was a guess
    assert {s.name: s.affiliation for s in brief.sources}.get("Graham Oakes") == ""

LITHIUM_ARTICLE = (
    "Chile weighs lithium expansion\n\n"
    "The mining company Andino Lithium Corp. wants to pump more brine in Chile, and the Atacama Water Council has "
    "promised to fight the plan. Chile's government has not decided. Chile says a decision will come in March.\n"
    "Farmers have formed an alliance against the plan.\n"
    "Rosa Cruz, the alliance's chair, said: “The lagoons are drying up.”\n"
    "Hernán Soto, the deputy mining minister, said: “No project will be approved on the basis of promises.”\n"
)


def test_a_country_is_not_offered_to_someone_whose_role_a_body_s_possessive_names() -> None:
    brief, fake = run(LITHIUM_ARTICLE)
    (choice,) = asked(fake, "Choices")
    properties = choice.response_model.model_json_schema()["properties"]
    content = choice.messages[1]["content"]
    options = {name: properties[key]["enum"] for key, name in (("a1", "Rosa Cruz"),)}
    assert "Rosa Cruz" in content and "Hernán Soto" not in content and "a2" not in properties
    assert "Atacama Water Council" in options["Rosa Cruz"] and "Chile" not in options["Rosa Cruz"]
    soto = next(s for s in brief.sources if s.name == "Hernán Soto")
    assert soto.affiliation == "Chile"  # a minister tied to no body is the home government's, read by code, not asked


def every_option(fake) -> list[str]:
    """Every option of every choice question the model was asked (none when code settled every choice)."""
    return [o for choice in asked(fake, "Choices") for p in choice.response_model.model_json_schema()["properties"].values() for o in p.get("enum", [])]


def offered(fake) -> list[list[str]]:
    """The options of each item of the one choice question the model was asked."""
    (choice,) = asked(fake, "Choices")
    properties = choice.response_model.model_json_schema()["properties"]
    return [properties[k]["enum"] for k in properties]


def test_a_described_group_of_no_office_is_offered_no_country() -> None:
    text = (
        "Drug agency rejects funding for cancer pill\n\n"
        "WARSAW — Poland's medicines watchdog, the Medicines Agency, has recommended against reimbursing the drug, a "
        "decision that patients' groups described as \"a death sentence in slow motion\".\n"
    )
    _, fake = run(text)
    assert "Poland" not in every_option(fake)  # the watchdog's country, not the patients'
    assert "Medicines Agency" in every_option(fake)


def test_a_minister_is_offered_only_countries_and_bodies_of_government() -> None:
    text = (
        "Energy bills to rise again\n\n"
        "The charity National Energy Action said the increase would push more households into fuel poverty. "
        "Northvale Energy said wholesale costs had risen. The Department for Energy said it was monitoring prices.\n"
        "Rachel Dunmore, the energy minister, said: “We know this is a worrying time for families.”\n"
        "Dana Whitfield, a state secretary, said: “Members are angry.”\n"
    )
    brief, fake = run(text)
    assert {s.name: s.affiliation for s in brief.sources}["Rachel Dunmore"] != "Northvale Energy"  # 'energy' is her portfolio
    (choice,) = asked(fake, "Choices")
    properties = choice.response_model.model_json_schema()["properties"]
    enums = sorted((properties[k]["enum"] for k in properties), key=len)
    assert ["Department for Energy", "not stated"] in enums, "a minister: bodies of government and countries only"
    assert any("Northvale Energy" in e and "National Energy Action" in e for e in enums), "a union's secretary: any body"


def test_a_minister_is_offered_no_ministry_of_another_portfolio_and_no_legislature() -> None:
    text = (
        "Nordholm unveils border levy\n\n"
        "The Ministry of Finance said the levy would raise €400 million a year. The Parliament will vote in April. "
        "The Ministry of Climate and Energy published the plan.\n"
        "Ingrid Halvorsen-Lund, the climate and energy minister, said: “Every euro will end up in a turbine.”\n"
        "Ola Berg, the finance minister, said: “The numbers add up.”\n"
    )
    brief, fake = run(text)
    assert not asked(fake, "Choices")  # each portfolio names its one ministry: code settles both, no question
    found = {s.name: s.affiliation for s in brief.sources}
    assert found["Ingrid Halvorsen-Lund"] == "Ministry of Climate and Energy", "her own portfolio only"
    assert found["Ola Berg"] == "Ministry of Finance", "his own portfolio only"


def test_a_governor_or_a_senator_by_an_abbreviated_title_is_offered_only_bodies_of_government() -> None:
    from summarizer.extract.strategies.stepwise import _office_of_state

    assert _office_of_state("Gov.") and _office_of_state("Sen.") and _office_of_state("Lieutenant Governor")
    assert not _office_of_state("central bank governor") and not _office_of_state("Dr.")
    text = (
        "Brandt signs age-verification law\n\n"
        "Gov. Thomas Brandt on Tuesday signed Senate Bill 214 into law at a middle school in Green Bay.\n"
        "“I trust parents to make this call,” Brandt said. Dr. Priya Raman of the University of Wisconsin-Madison "
        "said the state should track the law. The Wisconsin Senate passed it last week.\n"
    )
    brief, fake = run(text)
    assert not asked(fake, "Choices"), "a governor: no university, no legislative chamber; nothing else to offer"
    assert {s.name: s.affiliation for s in brief.sources}["Thomas Brandt"] == ""


def test_a_representative_is_offered_no_senate_and_a_senator_is_the_senate_s_member() -> None:
    from summarizer.extract.strategies.stepwise import _another_chamber

    assert _another_chamber("State Rep.", "Missouri Senate") and not _another_chamber("State Sen.", "Missouri Senate")
    assert not _another_chamber("Energy Minister", "House")  # whichever chamber a minister sits in, the text may say
    text = (
        "Data centre tax break advances\n\n"
        "A Missouri Senate committee advanced the bill on Tuesday. The measure is sponsored by State Sen. Daniel "
        "Okafor. State Rep. Teresa Lindqvist, a Democrat from St. Louis, said the measure was a blank check.\n"
        "“This hands wealthy companies a blank check,” Lindqvist said. “It is a generational opportunity,” Okafor said.\n"
    )
    brief, fake = run(text)
    found = {s.name: s.affiliation for s in brief.sources}
    assert found["Daniel Okafor"] == "Missouri Senate", "a senator sits in the one senate named"
    assert found["Teresa Lindqvist"] != "Missouri Senate"
    assert not asked(fake, "Choices"), "a representative: no senate, and nothing else to offer"


def test_a_mayor_or_councillor_is_offered_only_bodies_of_local_government() -> None:
    text = (
        "Harbourside plans a road toll\n\n"
        "Drivers would pay £6 a day under plans unveiled by the city's mayor, Ines Calder. The Harbourside Chamber of "
        "Commerce said shops would suffer. Tomas Reyes, a researcher at the University of Harbourside, said the toll "
        "would cut pollution. Harbourside City Council will vote in May.\n"
        "“The air in this city is killing people,” Calder said.\n"
        "“We will vote against it,” said Ward 4 councillor Maya Brandt.\n"
    )
    brief, fake = run(text)
    offered = every_option(fake)
    assert "University of Harbourside" not in offered and "Harbourside Chamber of Commerce" not in offered
    assert {s.name: s.affiliation for s in brief.sources}["Maya Brandt"] == "Harbourside City Council"  # a councillor
    # sits in the one council named: code settles it (CHAMBER_OF_MEMBER), no question


def test_a_mayor_is_offered_no_council_of_a_people_or_a_cause() -> None:
    text = (
        "Lithium mine divides Calvera\n\n"
        "Nayra Collanti, president of the Tesque Indigenous Council, rejected the plan. The Medical Research Council "
        "funds a study of the wetland. The Sarna Regional Administrative Tribunal suspended the permit. Calvera Council "
        "will vote in June. Mayor Tomas Ilheu said he would wait.\n"
        "“Calvera needs the jobs, because our young people are leaving,” he said.\n"
    )
    _, fake = run(text)
    offered = every_option(fake)
    assert "Calvera Council" in offered  # a council named by its place
    assert "Tesque Indigenous Council" not in offered and "Medical Research Council" not in offered  # had been offered
    assert "Sarna Regional Administrative Tribunal" not in offered  # 'regional' is a local government's in 'Regional Council' only


def test_a_council_member_or_councilwoman_is_offered_only_bodies_of_local_government() -> None:
    text = (
        "Calder Springs caps rents\n\n"
        "The Calder Springs City Council approved a cap on rent increases on Tuesday. The Calder Springs Apartment "
        "Owners Association said it would fight the cap in court.\n"
        "“This is not a freeze,” said Council Member Marcus Oyelaran.\n"
        "“We are treating the symptom,” said Councilwoman Denise Hartwell.\n"
    )
    _, fake = run(text)
    (choice,) = asked(fake, "Choices")
    properties = choice.response_model.model_json_schema()["properties"]
    offered = [option for k in properties for option in properties[k].get("enum", []) if option != "not stated"]
    assert len(properties) == 1 and "Calder Springs City Council" in offered  # the council member's; the
    # councilwoman sits in the one council named, which code settles (CHAMBER_OF_MEMBER)
    assert "Calder Springs Apartment Owners Association" not in offered  # the landlords who fought his ordinance


def test_a_body_the_sentence_ties_to_someone_else_is_not_offered() -> None:
    text = (
        "Calder Springs caps rents\n\n"
        "Helen Strauss, a professor of urban economics at Front Range State University, has followed the debate since "
        "Mayor Teresa Villanueva first proposed a cap in her campaign. Calder Springs City Council approved it.\n"
        "“We do not need a consultant,” Villanueva said.\n"
    )
    brief, fake = run(text)
    offered = [o for c in asked(fake, "Choices") for k, v in c.response_model.model_json_schema()["properties"].items() for o in v.get("enum", [])]
    assert "Front Range State University" not in offered  # the professor's, not the mayor's
    assert {s.name: s.affiliation for s in brief.sources}["Teresa Villanueva"] != "Front Range State University"


def test_someone_of_a_private_occupation_is_offered_no_country() -> None:
    text = (
        "Skater banned for two years\n\n"
        "The Korea Ice Sports Federation banned Han Ji-woo on Monday. South Korea's sports ministry declined to comment.\n"
        "“The panel ignored the evidence,” said her lawyer, Choi Min-jae.\n"
        "“I trust the process,” said President Lee Jae-won of South Korea.\n"
    )
    brief, fake = run(text)
    content = " ".join(c.messages[1]["content"] for c in asked(fake, "Choices"))
    assert "Choi Min-jae" not in content  # her sentence names no body: nothing to offer a lawyer, no question
    assert {s.name: s.affiliation for s in brief.sources}.get("Choi Min-jae", "") == ""


def test_a_legislator_is_offered_only_countries_and_bodies_of_government_and_a_driver_no_guess() -> None:
    text = (
        "Hospital closure opposed\n\n"
        "South Pennine Hospitals NHS Trust plans to close Westmoor General. The Health Staff Federation opposes it, "
        "and the plan goes to the United Kingdom Parliament next month.\n"
        "“We will fight this every step of the way,” said Barnsley East MP Mark Thwaites.\n"
        "“It is the passengers who will suffer,” said Taiwo Afolabi, a commercial bus driver.\n"
    )
    brief, fake = run(text)
    content = " ".join(c.messages[1]["content"] for c in asked(fake, "Choices"))
    assert "Taiwo Afolabi" not in content  # his sentence names no body: no question, no guess
    assert "Mark Thwaites" not in content  # an MP: no state or government body is an actor here, none to offer
    assert {s.name: s.affiliation for s in brief.sources}["Mark Thwaites"] != "Health Staff Federation"


def test_an_occupation_is_private_unless_some_frequent_sense_of_its_noun_is_a_public_one() -> None:
    from summarizer.extract.strategies.stepwise import _private_occupation

    assert [_private_occupation(r) for r in ("commercial bus driver", "Former mill owner", "editor", "lawyer")] == [True] * 4
    assert _private_occupation("crane operator")  # a person's noun by its second sense (a mathematical operator first)
    assert not _private_occupation("chair")  # a seat first, a leader by its first person's sense
    assert [_private_occupation(r) for r in ("dictator", "director", "police spokesman", "prosecutor", "member")] == [False] * 5


def test_a_spokesperson_or_secretary_of_a_body_that_is_no_state_s_speaks_for_an_organization() -> None:
    text = (
        "Northaven approves homes\n\n"
        "Northaven City Council approved 1,400 homes on Monday.\n\n"
        "Priya Basra, spokesperson for the Lode Valley Residents' Association, said the roads could not cope.\n\n"
        "Leon Adebayo, secretary of the Northaven Tenants' Union, said rents were too high.\n\n"
        "Opposition councillor Daniel Ashworth, who leads the Liberal Democrat group, said the deal was poor.\n"
    )
    brief, _ = run(text)
    types = {s.name: s.type for s in brief.sources}
    assert types["Priya Basra"] == "organization" and types["Leon Adebayo"] == "organization"
    text = "Northaven approves homes\n\nAmara Quintero, an organiser for the Northaven Tenants Union, said rents were too high.\n"
    brief, _ = run(text)
    assert {s.name: s.type for s in brief.sources}["Amara Quintero"] == "organization"  # an organiser speaks for it
    assert types["Daniel Ashworth"] == "official"  # a councillor holds an office, whatever group he leads


def test_a_document_cited_as_itself_is_a_source_but_not_asked_its_position() -> None:
    text = ISSUE_ARTICLE + "According to media reports, banning cars from the centre will cost the city two million euros a year.\n"
    brief, fake = run(text)
    assert "media reports" in {s.name for s in brief.sources}
    assert not [p for p in asked(fake, "PositionAnswer") if "media reports" in p.messages[1]["content"].split("Question:")[1]]


def test_a_cut_answer_is_listed_as_shortened_not_as_missing_from_the_article() -> None:
    from summarizer.render import brief_markdown
    from summarizer.schema import Unverified

    brief, _ = run()
    brief = brief.model_copy(update={"unverified": [
        Unverified(kind="cut", text="Ministers agree a budget, with critics saying the", item="step_gist: main_issue", reason="cut"),
        Unverified(kind="quote", text="words nobody wrote", item="source 'Tom Birch'"),
    ]})
    text = brief_markdown(brief)
    missing = text.split("## Not shown: not found in the article", 1)[1].split("##", 1)[0]
    assert "words nobody wrote" in missing and "critics saying the" not in missing
    assert "## Shortened" in text and "critics saying the" in text.split("## Shortened", 1)[1]


def test_the_summary_opens_with_a_capital_when_the_issue_is_a_phrase() -> None:
    from summarizer.extract.strategies.stepwise import _summary

    summary = _summary(["Fishermen said they would go to court to stop the dredging."], "dredging of the bay")
    assert summary == "Dredging of the bay. Fishermen said they would go to court to stop the dredging."


def test_the_markdown_brief_says_the_main_issue_once() -> None:
    from summarizer.render import brief_markdown

    brief, _ = run()
    page = brief.model_copy(update={"main_issue": "dredging of the bay", "summary": "Dredging of the bay. Fishermen said they would sue."})
    text = brief_markdown(page)
    assert text.casefold().count("dredging of the bay") == 1  # the summary stands alone in JSON and memos, not here
    assert "**Main issue:** dredging of the bay\n\nFishermen said they would sue.\n" in text
    other = brief.model_copy(update={"main_issue": "dredging of the bay", "summary": "The port will dredge the bay."})
    assert "The port will dredge the bay." in brief_markdown(other)  # a summary that opens otherwise stays whole
    bare = brief.model_copy(update={"main_issue": "dredging of the bay", "summary": "Dredging of the bay."})
    assert "**Main issue:** dredging of the bay\n\n## " in brief_markdown(bare) or "Dredging of the bay." not in brief_markdown(bare)


def test_the_markdown_brief_lists_the_quotes_with_no_clear_speaker() -> None:
    from summarizer.render import brief_markdown

    text = ISSUE_ARTICLE + '\n"Nobody asked the shopkeepers what they wanted," one line of the leaflet read, unsigned.\n'
    brief, _ = run(text)
    assert brief.unattributed_quotes, "the leaflet's words have no speaker"
    shown = brief_markdown(brief).split("## Quotes with no clear speaker", 1)[1].split("##", 1)[0]
    quote = brief.unattributed_quotes[0]
    assert f"“{quote.text}” [{quote.start}–{quote.end}]" in shown


def test_a_source_cited_in_a_relative_clause_does_not_make_the_sentence_s_claim() -> None:
    text = (
        "Nurses' union backs staffing bill\n\n"
        "The state's largest nurses' union threw its support on Tuesday behind a bill that would set minimum "
        "nurse-to-patient ratios in Ohio hospitals, setting up a fight with hospital executives who say the rules "
        "would force them to close beds.\n"
        "Union president Maria Delgado told a rally that nurses were exhausted and patients were paying the price.\n"
    )
    brief, _ = run(text)
    by = {c.text.split(" ")[1]: c.by for c in brief.claims}
    assert by["state's"] == "author"


def test_a_claim_of_someone_the_brief_lists_as_no_source_keeps_who_said_it() -> None:
    text = (
        "Ferry strike enters second day\n\n"
        "Only nine of the usual 40 daily crossings sailed on Wednesday, the operator said. The Seafarers' Union put "
        "the figure at six. Union organiser Dara Flynn said crews would stay out until Friday.\n"
    )
    brief, _ = run(text)
    claim = next(c for c in brief.claims if "crossings" in c.text)
    assert claim.by == "author" and claim.text.endswith(", the operator said.")  # never the author's own fact
    assert "the operator said" in brief.summary or "crossings" not in brief.summary


def test_the_summary_never_ends_inside_a_quotation() -> None:
    from summarizer.extract.strategies.stepwise import _summary

    claims = ['"People talk about the harbour as if nobody works in it.', "The council will vote on the quay in March."]
    summary = _summary(claims, "Harbour workers back the new quay")
    assert summary == "Harbour workers back the new quay. The council will vote on the quay in March."


def test_a_focus_puts_the_issue_candidates_it_names_first() -> None:
    fake = FakeBackend(responder=answers)
    with Summarizer(Settings(backend="fake", strategy="stepwise", use_cache=False), backend=fake) as s:
        brief = s.brief(article_from_text(ISSUE_ARTICLE), focus="The plan: who supports it?")
    (choice,) = asked(fake, "IssueChoice")
    options = choice.response_model.model_json_schema()["properties"]["issue"]["enum"]
    assert options[0] == "plan" and options[1] == "Banning cars from the centre"  # the rest in code's order
    assert {s.target for s in brief.stances if s.basis == "judged"} >= {"plan"}
    _, plain = run(ISSUE_ARTICLE)
    (choice,) = asked(plain, "IssueChoice")
    assert choice.response_model.model_json_schema()["properties"]["issue"]["enum"][0] == "Banning cars from the centre"


def test_a_focus_is_not_asked_with_what_the_article_is_about() -> None:
    fake = FakeBackend(responder=answers)
    with Summarizer(Settings(backend="fake", strategy="stepwise", use_cache=False), backend=fake) as s:
        s.brief(article_from_text(ISSUE_ARTICLE), focus="Should the council widen the ban?")
    (gist,) = asked(fake, "Gist")
    assert "widen the ban" not in gist.messages[-1]["content"]  # a small model echoed the focus as the subject


def test_a_main_issue_that_copies_the_lede_is_shown_up_to_its_first_clauses() -> None:
    long = (
        "Hospital trust proposes closing consultant-led maternity unit at Ashworth General Hospital and moving most "
        "births to Carrow Royal Infirmary, 28 miles away, a plan campaigners say"
    )
    brief, _ = run_answering("Gist", {"main_issue": long})
    assert brief.main_issue == long.split(", 28")[0]  # the first clause break after twelve words
    brief, _ = run_answering("Gist", {"main_issue": "Harbor City adopts the Safe Streets plan, angering drivers"})
    assert brief.main_issue == "Harbor City adopts the Safe Streets plan, angering drivers"  # a short line stays whole


def test_a_position_against_the_stated_side_of_the_body_a_source_speaks_for_is_not_shown() -> None:
    text = (
        "Traders fight car ban in city centre\n\n"
        "The city council voted on Tuesday to ban cars from the city centre. The Harbour Traders Association opposed the car ban.\n"
        "“Nobody will come to shop here any more,” said Tom Lind, a spokesman for the Harbour Traders Association.\n"
        "“The car ban will save lives,” said Mayor Anna Berg.\n"
    )
    brief, fake = run_answering("PositionAnswer", {"answer": "support"}, text)
    on_ban = {(st.holder, st.label) for st in brief.stances if st.target == "car ban"}
    assert ("Tom Lind", "supports") not in on_ban  # his body states the other side: the model's reading is not shown
    assert ("Anna Berg", "supports") in on_ban


def test_a_body_that_declined_a_position_on_the_measure_and_its_spokesperson_are_given_no_side() -> None:
    text = (
        "Council votes on car ban in city centre\n\n"
        "The city council votes on Tuesday on a plan to ban cars from the city centre. "
        "“The car ban will save lives,” said Mayor Anna Berg.\n\n"
        "Zentrix Mobility, the largest taxi app in the city, declined to take a position on the proposal.\n\n"
        "“We will work with whatever rules the council adopts,” said Tom Lind, a spokesman for Zentrix Mobility. "
        "“Our drivers will adapt.”\n"
    )
    brief, fake = run_answering("PositionAnswer", {"answer": "support"}, text)
    sides = {(st.holder, st.label) for st in brief.stances}
    assert ("Zentrix Mobility", "neutral") in sides
    assert not {("Zentrix Mobility", "supports"), ("Tom Lind", "supports")} & sides  # the body declined: no side for it or its voice
    assert ("Anna Berg", "supports") in sides


def test_a_source_who_says_they_take_no_side_is_neutral_on_the_issue_and_not_asked() -> None:
    text = (
        "Council votes on car ban in city centre\n\n"
        "The city council votes on Tuesday on a plan to ban cars from the city centre. "
        "“The car ban will save lives,” said Mayor Anna Berg.\n\n"
        "“We will hear both sides before anything is decided. We are not taking sides,” said Commissioner Lotte "
        "Brandvik, who chairs the regional transport board.\n"
    )
    brief, fake = run_answering("PositionAnswer", {"answer": "support"}, text)
    brandvik = {(st.label, st.basis) for st in brief.stances if st.holder == "Lotte Brandvik"}
    assert brandvik == {("neutral", "stated")}
    assert not [r for r in asked(fake, "PositionAnswer") if "Lotte Brandvik" in r.messages[1]["content"].split("Question:")[-1]]


def test_a_source_said_to_be_torn_is_mixed_on_the_issue_and_not_asked() -> None:
    text = (
        "Council votes on car ban in city centre\n\n"
        "The city council votes on Tuesday on a plan to ban cars from the city centre. "
        "“The car ban will save lives,” said Mayor Anna Berg.\n\n"
        "Shopkeeper Tomas Ilheu said he was torn. “Half my customers drive, and half of them want the air cleaner,” he said.\n"
    )
    brief, fake = run_answering("PositionAnswer", {"answer": "oppose"}, text)
    assert {(st.label, st.basis) for st in brief.stances if st.holder == "Tomas Ilheu"} == {("mixed", "stated")}
    assert not [r for r in asked(fake, "PositionAnswer") if "Tomas Ilheu" in r.messages[1]["content"].split("Question:")[-1]]


def test_a_judged_position_shows_the_source_s_sentence_that_is_on_the_issue() -> None:
    from summarizer.extract.analysis import QuoteFact
    from summarizer.extract.strategies.stepwise import _on_the_issue, _Source

    text = "Rents have risen by 23 per cent, the union says. “A cap on rent rises is the only thing standing between us and eviction,” said Leon Adebayo."
    said = text.index("“A cap")
    source = _Source(
        name="Leon Adebayo", named=True, statements=["Rents have risen by 23 per cent, the union says."],
        quotes=[QuoteFact(start=said + 1, end=len(text) - 22, sentence=(said, len(text)))],
    )  # fmt: skip
    assert _on_the_issue(text, source, "rent cap") == text[said:]  # not the figures the statement opens with
    assert _on_the_issue(text, source, "housing supply") == text[said:]  # no sentence on it: the first, as before


def test_the_main_issue_writes_an_actors_name_as_the_article_does() -> None:
    from summarizer.extract.strategies.stepwise import _named_as_written

    line = "Federal water safety administration proposes limit on chlorovanate, drawing opposition from ohio governor"
    fixed = _named_as_written(line, ["Federal Water Safety Administration", "FWSA", "Mark Delaney"])
    assert fixed == "Federal Water Safety Administration proposes limit on chlorovanate, drawing opposition from ohio governor"
    assert _named_as_written("the red crossing", ["Red Cross"]) == "the red crossing"  # whole words only
    fixed = _named_as_written("Denr withholds certificate for Dalisay Bay reclamation", ["DENR", "Mercado"])
    assert fixed == "DENR withholds certificate for Dalisay Bay reclamation"  # an acronym in its capitals
    fixed = _named_as_written("Marlhaven sacked Joost Van der Wal after a defeat", ["Joost van der Wal", "Van der Wal", "Joost"])
    assert fixed == "Marlhaven sacked Joost van der Wal after a defeat"  # not its short form inside it
    assert _named_as_written("a mercado stall", ["Mercado"]) == "a mercado stall"  # one word in title case: left
    assert _named_as_written("leaders call it un-African, who says", ["UN", "WHO"]) == "leaders call it un-African, who says"


def test_a_member_of_parliament_or_a_lawmaker_is_an_official_source() -> None:
    brief, _ = run()
    assert {s.name: s.type for s in brief.sources}["Tom Birch"] == "official"  # 'Labour MP Tom Birch'
    text = ARTICLE.replace("Labour MP Tom Birch", "Tom Birch, a Labour lawmaker,")
    brief, _ = run(text)
    assert {s.name: s.type for s in brief.sources}["Tom Birch"] == "official"


def test_the_summary_passes_over_a_claim_that_opens_with_a_third_person_pronoun() -> None:
    from summarizer.extract.strategies.stepwise import _summary

    claims = ["She said Castleford offers a neonatal intensive care unit.", "The board will vote on the plan in January."]
    summary = _summary(claims, "Health board plans to close Harlow's maternity unit")
    assert summary == "Health board plans to close Harlow's maternity unit. The board will vote on the plan in January."


def test_a_quotation_too_long_for_the_summary_leaves_room_for_the_claim_after_it() -> None:
    from summarizer.extract.strategies.stepwise import _summary

    claims = [
        "Capt. Ilse Varga has fished the lake for 31 years.",
        '"If they close the lake, I lose the boat. The bank will not wait," Capt. Varga said.',
        "Morvath asked the regional council to impose a two-year moratorium on fishing.",
    ]
    summary = _summary(claims, "lake closure divides fishers")
    assert summary.endswith("Morvath asked the regional council to impose a two-year moratorium on fishing.")


def test_the_summary_passes_over_a_claim_in_someone_s_own_first_person_words() -> None:
    from summarizer.extract.strategies.stepwise import _summary

    claims = ["We have 18,000 homes still connected through lead pipes.", "The regulator will rule on the application in July."]
    summary = _summary(claims, "Oakhaven Water asks regulator for a 23% price rise")
    assert summary == "Oakhaven Water asks regulator for a 23% price rise. The regulator will rule on the application in July."


def test_a_brief_s_stances_read_as_sentences_with_a_group_in_the_plural() -> None:
    from summarizer.render import brief_markdown
    from summarizer.schema import Actor, Brief, Stance

    brief = Brief(
        article_id="a1", main_issue="A fine.", summary="A fine.",
        actors=[Actor(name="Privacy campaigners", kind="group"), Actor(name="Flikt", kind="organization")],
        stances=[
            Stance(holder="Privacy campaigners", target="the fine", label="supports", basis="stated"),
            Stance(holder="Flikt", target="the fine", label="neutral"),
        ],
    )  # fmt: skip
    text = brief_markdown(brief)
    assert "- **Privacy campaigners** support **the fine**\n" in text
    assert "- **Flikt** is neutral on **the fine** (judged by the model)" in text


def test_someone_who_speaks_for_a_public_authority_is_an_official_source() -> None:
    from summarizer.extract.strategies.stepwise import _Source, _source_type

    director = _Source("Amara Osei", True, affiliation="Northmoor Regional Health Authority", role="medical director", kind="person")
    assert _source_type(director) == "official"
    assert _source_type(_Source("Kim Lee", True, affiliation="Harbour Bakery", role="owner", kind="person")) == "other"


def test_a_council_of_a_trade_or_a_cause_is_an_organisation_and_a_council_of_a_place_governs() -> None:
    from summarizer.extract.strategies.stepwise import _Source, _source_type

    def body(name: str) -> str:
        return _source_type(_Source(name, True, affiliation=name, kind="organization"))

    assert [body(n) for n in ("Aldmark Dairy Council", "Refugee Council", "Sydney Commuters Council")] == ["organization"] * 3
    assert [body(n) for n in ("Castlebridge Borough Council", "Westdale Council", "Hamilton City Council")] == ["official"] * 3
    councillor = _Source("Dave Marsh", True, affiliation="Labour Party", role="Labour councillor for Millbrook", kind="person")
    assert _source_type(councillor) == "official"


def test_who_leads_a_body_that_is_no_state_s_speaks_for_it_and_a_member_does_not() -> None:
    from summarizer.extract.strategies.stepwise import _Source, _source_type

    def person(role: str, body: str) -> str:
        return _source_type(_Source("Jo Bell", True, affiliation=body, role=role, kind="person"))

    assert person("chairwoman", "Junior Doctors' Alliance") == "organization"
    assert person("chair", "Rail Users Alliance") == "organization"  # a leader by its first person's sense
    assert person("father", "Rail Users Alliance") == "other"  # a parent first
    assert person("chief executive", "Patients First Network") == "organization"
    assert person("executive director", "Haki Sasa Coalition") == "organization"
    assert person("member", "Patients First Network") == "other" and person("blogger", "Global Chaos") == "other"
    assert person("Shadow Home Secretary", "Labour") == "official"  # a word of office
    assert person("Calder Thorne's chief medical officer", "Calder Thorne Pharmaceuticals") == "organization"  # nu138
    assert person("senior managing executive officer and chief quality officer", "Kaizora Motor Corp.") == "organization"
    assert person("compliance officer", "Calder Thorne Pharmaceuticals") == "other"  # no chief: leads nothing
    assert person("businessman", "Venezuela") == "other"  # a country's people hold no office (nu139's student 'official')
    assert person("Russian leader", "Russia") == "official" and person("", "Russia") == "official"


def test_a_body_s_other_names_say_what_kind_of_body_it_is() -> None:
    from summarizer.extract.strategies.stepwise import _Source, _source_type

    officer = _Source("Priya Raghunathan", True, affiliation="MHRA", role="chief medical officer", kind="person")
    assert _source_type(officer) == "organization"  # an acronym alone says no state's: a chief officer leads for a body
    assert _source_type(officer, ["Medicines and Healthcare products Regulatory Agency"]) == "official"
    author = _Source("Ana Ruiz", True, affiliation="UCL", role="co-author", kind="person")
    assert _source_type(author, ["University College London"]) == "expert"


def test_a_state_s_armed_force_speaks_officially() -> None:
    from summarizer.extract.strategies.stepwise import _Source, _source_type

    assert _source_type(_Source("The navy", False, kind="")) == "official"
    assert _source_type(_Source("the coast guard", False, kind="")) == "official"


def test_a_body_cited_beside_an_unnamed_source_in_its_sentence_is_not_offered_as_its_affiliation() -> None:
    from summarizer.extract.analysis import analyze
    from summarizer.extract.strategies.stepwise import _unaffiliated

    text = (
        "Junior doctors walk out over pay\n\n"
        "LONDON, 14 January 2026 – Thousands of junior doctors across England walked out of hospitals on Wednesday at the "
        "start of a 72-hour strike over pay, in a dispute that the government says puts patients at risk and that the "
        "doctors' union says was forced on it by years of falling real wages.\n\n"
        "The Junior Doctors' Alliance said 87 per cent of its members backed the action."
    )
    items: dict = {}
    assert _unaffiliated(text, analyze(text), items) == {}  # the government speaks beside the union, not for it


def test_a_source_tied_to_a_country_and_to_a_body_is_given_the_body() -> None:
    text = (
        "Ghana's football chief seeks third term\n\n"
        "ACCRA — The president of the Ghana Football Association, Samuel Adjei, will ask the congress next month to "
        "scrap the two-term limit on his office.\n\n"
        "“The game has grown under my leadership,” Adjei said. Ghana's sports minister warned against the change."
    )
    brief, _ = run(text)
    assert {s.name: s.affiliation for s in brief.sources}["Samuel Adjei"] == "Ghana Football Association"


def test_a_judged_stance_toward_the_holders_own_country_is_dropped() -> None:
    from summarizer.extract.analysis import Analysis
    from summarizer.extract.strategies.stepwise import _Source, _toward_own_side
    from summarizer.schema import StanceDraft

    facts = Analysis(pipeline="test", version="0")
    sources = [
        _Source("Isaac Kariuki", True, affiliation="Kenya", role="Government spokesperson"),  # the model's choice
        _Source("Grace Odhiambo", True, affiliation="Kenya", role="Opposition MP"),
    ]

    def judged(holder: str, target: str, basis: str = "judged") -> StanceDraft:
        return StanceDraft(holder=holder, target=target, label="opposes", basis=basis)

    assert _toward_own_side(judged("Isaac Kariuki", "Kenya"), sources, facts)
    assert not _toward_own_side(judged("Isaac Kariuki", "foreign donors"), sources, facts)
    assert not _toward_own_side(judged("Grace Odhiambo", "Kenya"), sources, facts)  # the opposition: the government
    assert not _toward_own_side(judged("Isaac Kariuki", "Kenya", "stated"), sources, facts)  # a stance word says so


def test_a_judged_stance_against_the_holders_own_act_is_dropped_but_not_one_against_its_countrys() -> None:
    from summarizer.extract.analysis import analyze
    from summarizer.extract.strategies.stepwise import _toward_own_side
    from summarizer.schema import StanceDraft

    text = (
        "The Global Athletics Federation (GAF) banned Brazil's national team on Monday. "
        "Senator Maria Lopez of the United States said the new US tariffs on running shoes were a mistake."
    )
    facts = analyze(text)

    def judged(holder: str, target: str) -> StanceDraft:
        return StanceDraft(holder=holder, target=target, label="opposes", evidence=text[:40], basis="judged")

    assert _toward_own_side(judged("Global Athletics Federation", "GAF ban"), [], facts)  # its own act
    assert not _toward_own_side(judged("Global Athletics Federation", "Brazil's national team"), [], facts)
    assert not _toward_own_side(judged("Maria Lopez", "US tariffs on running shoes"), [], facts)  # her country's policy


def test_source_types_of_a_company_spokesperson_a_centre_right_mep_and_a_director_general() -> None:
    from summarizer.extract.strategies.stepwise import _Source, _source_type

    assert _source_type(_Source("A spokesperson for Kinetiq", False, affiliation="Kinetiq Labs")) == "organization"
    assert _source_type(_Source("A government spokesperson", False, affiliation="UK government")) == "official"
    mep = _Source("Pieter van der Berg", True, role="Dutch centre-right member", affiliation="European Parliament", kind="person")
    assert _source_type(mep) == "official"  # 'centre-right' is politics, no research centre
    head = _Source("Jean-Baptiste Roussel", True, role="director-general", affiliation="DigitalHealth Europe", kind="person")
    assert _source_type(head) == "organization"  # a director-general is a director: he leads the industry group
    assert _source_type(_Source("Anna Smith", True, role="researcher", affiliation="Centre for Policy Studies", kind="person")) == "expert"


def test_a_director_general_leads_and_a_news_agency_named_so_is_media() -> None:
    from summarizer.extract.strategies.stepwise import _Source, _source_type

    head = _Source("Hamdan bin Mohammed Al Mansoori", True, role="director general", affiliation="Abu Dhabi Fund for Development", kind="person")
    assert _source_type(head) == "organization"  # 'general' after the noun is an adjective: a director
    assert _source_type(_Source("Tajikistan's Khovar news agency", True, affiliation="Tajikistan", kind="organization")) == "media"


def test_a_scientist_or_medical_specialist_by_wordnet_is_an_expert() -> None:
    """'epidemiologist', 'paediatrician' are experts by WordNet's kinds (a scientist, a specialist) though no word
    of the list names them; a nurse or a family attorney is not."""
    from summarizer.extract.strategies.stepwise import _Source, _source_type

    def kind(role: str) -> str:
        return _source_type(_Source("Ann Lee", True, affiliation="Riverside Children's Clinic", role=role, kind="person"))

    assert kind("pediatrician") == "expert"
    assert kind("epidemiologist") == "expert"
    assert kind("nurse") == "other"
    assert kind("family attorney") == "other"


def test_an_unnamed_body_quoted_as_itself_is_affiliated_with_itself() -> None:
    text = (
        "Man shot by officer in Springfield\n\n"
        "A man was shot by an officer on West Division Street on Sunday night, and the city has promised an inquiry. "
        "Police said a handgun was recovered at the scene. "
        "Officials said the officer had been placed on leave.\n"
    )
    brief, _ = run(text)
    affiliations = {s.name: s.affiliation for s in brief.sources}
    assert affiliations["Police"] == "Police"  # a body by its noun (WordNet: a group), as 'Reuters' -> 'Reuters'
    assert affiliations["Officials"] == ""  # people, not a body: which body they are of the text does not say


def test_a_role_held_at_a_body_named_before_it_is_not_offered_the_article_s_other_bodies() -> None:
    text = (
        "Fishing fleet blockades harbour\n\n"
        "The Northern Fishermen's Federation led a flotilla of 60 boats into Peterhead harbour on Saturday, and the "
        "Marine Management Organisation said it would rule on the cable route in April.\n\n"
        "Seabed Watch campaigner Priya Nandakumar, who joined the fishermen on the quayside, said: “The protest shows "
        "that conservationists and fishing crews have common cause.”\n"
    )
    brief, fake = run(text)
    for choice in asked(fake, "Choices"):
        assert "Priya Nandakumar" not in choice.messages[1]["content"]  # her role names her body; no guess among others
    assert next(s for s in brief.sources if s.name == "Priya Nandakumar").affiliation != "Northern Fishermen's Federation"


def test_a_body_takes_the_side_its_leader_or_spokesperson_takes_on_a_topic() -> None:
    from summarizer.extract.analysis import Analysis, ActorFact
    from summarizer.extract.strategies.stepwise import _Source, _spoken_for_bodies
    from summarizer.schema import StanceDraft

    facts = Analysis(
        pipeline="test",
        version="0",
        actors=[
            ActorFact(name=name, kind=kind, affiliations=affiliations)
            for name, kind, affiliations in [
                ("Rail Workers Union", "organization", []), ("Harbour City Rail", "organization", []), ("Kenya", "country", []),
                ("Northern University", "organization", []), ("Dana Whitfield", "person", ["Rail Workers Union"]),
                ("Tom Avery", "person", ["Northern University"]), ("Isaac Kariuki", "person", ["Kenya"]),
                ("Martin Hale", "person", ["Harbour City Rail"]), ("Ann Lee", "person", ["Rail Workers Union"]),
                ("Paul Mwangi", "person", []),  # a governor whose bank the model chose: no body the text gives him
            ]
        ],
    )
    sources = [
        _Source("Dana Whitfield", True, affiliation="Rail Workers Union", role="the union's general secretary"),
        _Source("Tom Avery", True, affiliation="Northern University", role="transport economist"),  # no one's voice but his
        _Source("Isaac Kariuki", True, affiliation="Kenya", role="Government spokesperson"),  # a country's side is its own
        _Source("Martin Hale", True, affiliation="Harbour City Rail", role="chief of staff"),  # WordNet's staff officer
    ]

    def stance(holder: str, target: str, label: str = "opposes") -> StanceDraft:
        return StanceDraft(holder=holder, target=target, label=label, evidence="...", basis="judged")

    found = _spoken_for_bodies(
        [stance("Dana Whitfield", "the pay offer"), stance("Dana Whitfield", "Harbour City Rail"), stance("Tom Avery", "the pay offer"),
         stance("Isaac Kariuki", "the pay offer"), stance("Martin Hale", "the 24-hour strike")],
        sources,
        facts,
    )
    assert [(s.holder, s.target, s.label, s.basis) for s in found] == [("Rail Workers Union", "the pay offer", "opposes", "judged")]
    # the body's own stance stands, and two of its people on opposite sides say nothing of it
    assert _spoken_for_bodies([stance("Dana Whitfield", "the pay offer"), stance("Rail Workers Union", "the pay offer", "supports")], sources, facts) == []
    sources.append(_Source("Ann Lee", True, affiliation="Rail Workers Union", role="union president"))
    assert _spoken_for_bodies([stance("Dana Whitfield", "the pay offer"), stance("Ann Lee", "the pay offer", "supports")], sources, facts) == []
    sources.append(_Source("Paul Mwangi", True, affiliation="Harbour City Rail", role="chief executive"))
    assert _spoken_for_bodies([stance("Paul Mwangi", "the pay offer")], sources, facts) == []  # the model's choice of body
    voted = StanceDraft(holder="Dana Whitfield", target="the motion", label="opposes", evidence="Dana Whitfield said she had voted against the motion.", basis="stated")
    assert _spoken_for_bodies([voted], sources, facts) == []  # her own vote in the body's count (nu140's chair of trustees)


def test_someone_named_with_a_member_s_letters_holds_an_office() -> None:
    """'Labour's health spokesperson, Declan Murtagh TD': a spokesperson of a party is the party's voice, but the
    article names him a member of the Dáil, an office (the bar's letters are no office: 'Jane Roe KC')."""
    from summarizer.extract.analysis import analyze
    from summarizer.extract.strategies.stepwise import _source_type, _sources

    text = (
        "Labour's health spokesperson, Declan Murtagh TD, accused the Government of \u201chiding behind a "
        "spreadsheet\u201d. Jane Roe KC, who acts for the charity, said the ruling was \u201cdeeply flawed\u201d."
    )
    types = {s.name: _source_type(s) for s in _sources(text, analyze(text), {}, {})}
    assert types["Declan Murtagh"] == "official" and types["Jane Roe"] != "official"


def test_a_premier_is_an_official_and_a_league_is_no_office() -> None:
    """'The Premier, Louise Garrity, backed her minister': a premier heads a state's or province's government
    (a new user's trial had her 'other'); the Premier League is a football competition, no office."""
    from summarizer.extract.strategies.stepwise import _Source, _source_type

    assert _source_type(_Source("Louise Garrity", True, role="Premier", kind="person")) == "official"
    assert _source_type(_Source("Ann Cole", True, affiliation="Premier League", role="chief executive", kind="person")) != "official"


def test_a_columnist_is_a_media_source() -> None:
    """'In a column published in Thursday's Courier, columnist Bernadette Hale argued ...': a journalist by WordNet
    (a columnist is one) speaks as the press does, a `media` source (a new user's trial had her 'other')."""
    from summarizer.extract.strategies.stepwise import _Source, _source_type

    assert _source_type(_Source("Bernadette Hale", True, role="columnist", kind="person")) == "media"
    assert _source_type(_Source("Kim Lee", True, affiliation="Harbour Bakery", role="owner", kind="person")) == "other"


def test_a_company_officer_is_offered_no_university_and_no_legislature() -> None:
    from summarizer.extract.strategies.stepwise import _no_business

    assert _no_business("University of Missouri") and _no_business("Missouri Senate")
    assert not _no_business("Stratus Ridge Data") and not _no_business("Westmoor Bank")
    text = (
        "Data centre bill advances\n\n"
        "A Missouri Senate committee advanced the bill on Tuesday. Stratus Ridge Data plans a campus in Clearwater "
        "County. Samuel Ortiz, an energy economist at the University of Missouri, said the evidence was mixed. "
        "Aaron Whitfield, the company's vice president for public policy, said the campus would employ 85 people.\n"
        "“Without the exemption, the numbers simply don't work,” Whitfield said.\n"
    )
    brief, fake = run(text)
    offered = every_option(fake)
    assert "University of Missouri" not in offered and "Missouri Senate" not in offered
    assert {s.name: s.affiliation for s in brief.sources}["Aaron Whitfield"] != "University of Missouri"


def test_a_brief_lists_the_changes_of_position_its_article_states() -> None:
    """Every change of position code finds is in the brief with its sentence as a span, and in its Markdown."""
    from summarizer.render import brief_markdown

    text = (
        "Port dispute deepens\n\n"
        "Harbourline Terminals wants to automate its quay. Mayor Lucia Ferreira welcomed the investment last year.\n"
        "On Monday she said she could no longer support the project without binding job guarantees.\n"
        "The Kestrel Bay Shippers' Council also changed course on Tuesday.\n"
    )
    brief, _ = run(text)
    found = [(c.holder, c.evidence.text) for c in brief.position_changes]
    assert ("Lucia Ferreira", "On Monday she said she could no longer support the project without binding job guarantees.") in found
    assert ("Kestrel Bay Shippers' Council", "The Kestrel Bay Shippers' Council also changed course on Tuesday.") in found
    assert all(text[c.evidence.start : c.evidence.end] == c.evidence.text for c in brief.position_changes)
    assert "## Position changes" in brief_markdown(brief)


SHARED_CUE = """Two ministers split over river quotas

Dario Lenz, Velmora's water minister, wants a 20 per cent cut in abstraction. Hana Ostrova, Kestland's water minister, has said her government will vote against it.

Ostrova accused Velmora of protecting its own farms. The charge drew a quick reply. 'That is plainly false,' the minister said. 'Our farms will lose exactly what Kestland's farms lose.'
"""


def test_quotes_after_one_attribution_with_two_candidates_are_asked_once_and_share_the_answer() -> None:
    def by_key(request: Request) -> Any:
        if request.response_model.__name__ == "Choices":
            fields = request.response_model.model_json_schema()["properties"]
            return {key: ("Hana Ostrova" if key == "q2" else "Dario Lenz") if key.startswith("q") else "not stated" for key in fields}
        return answers(request)

    fake = FakeBackend(responder=by_key)
    with Summarizer(Settings(backend="fake", strategy="stepwise", use_cache=False), backend=fake) as s:
        brief = s.brief(article_from_text(SHARED_CUE))
    (choice,) = asked(fake, "Choices")
    keys = [k for k in choice.response_model.model_json_schema()["properties"] if k.startswith("q")]
    assert keys == ["q1"]
    speakers = {q.text: s.name for s in brief.sources for q in s.quotes}
    assert speakers == {"That is plainly false": "Dario Lenz", "Our farms will lose exactly what Kestland's farms lose.": "Dario Lenz"}


def test_a_spokesperson_of_a_side_of_parliament_is_offered_only_a_body_their_own_sentence_names():
    from summarizer.extract.analysis import analyze
    from summarizer.extract.strategies.stepwise import _unaffiliated

    text = (
        "Nurses suspend strike\n\nPatients First Karelund welcomed the suspension, calling it 'the first good news for "
        "patients in a month'. Opposition health spokesperson Petr Olund said the minister had \"finally done her "
        "job\", but asked why it had taken a week."
    )
    items: dict = {}
    asked = _unaffiliated(text, analyze(text), items)
    assert "Petr Olund" not in asked.values()  # the patients' group of the sentence before is no party of his


def test_a_judge_is_an_official_and_a_party_s_lawyer_no_expert() -> None:
    # nu135: 'Justice Miriam Okafor-Lane' had been typed other and "Pryle's barrister" an expert; the gold sets type
    # a client's lawyer 'other' and a barrister consulted on the law 'expert'
    from summarizer.extract.strategies.stepwise import _Source, _source_type

    def typed(role: str) -> str:
        return _source_type(_Source(name="A B", named=True, kind="person", role=role))

    assert typed("Justice") == "official" and typed("High Court judge") == "official"
    assert typed("Pryle's barrister") == "other" and typed("counsel for the applicants") == "other"
    assert typed("immigration barrister") == "expert"


def test_every_sentence_that_reports_a_source_is_its_statement() -> None:
    """A source the writer reports three times without quotation marks has three statements, in article order:
    a cap of two had dropped the third (a new user's trial lost a chief executive's rejection of a regulator's
    figure, and the memo the figure's holder)."""
    from summarizer.extract.analysis import analyze
    from summarizer.extract.strategies.stepwise import _sources

    text = (
        "Corvell chief executive Martin Brandt said the takeover would lower prices. Brandt said the company would "
        "appeal the ruling. The regulator said prices would rise by 4 percent. Brandt rejected that figure, saying "
        "prices would fall by 2 percent."
    )
    brandt = next(s for s in _sources(text, analyze(text), {}, {}) if s.name == "Martin Brandt")
    assert [s.split()[-1] for s in brandt.statements] == ["prices.", "ruling.", "percent."]


COLUMN = """Closing Kelby Vale police station is a false economy

When Chief Constable Helen Marwood promised that Ashforth was not retreating from its neighbourhoods, I wanted to believe her. The force says the plan to close Kelby Vale police station will save money.

"I am not convinced," said Cllr Gareth Lowe, who opposes the plan. The i reported that the savings were small.

My view is simple. Rupert Vance, the police and crime commissioner, should reject the plan to close Kelby Vale police station.
"""


def test_a_column_s_writer_is_asked_their_position_from_their_own_view_and_holds_it() -> None:
    """Two new users' columns argued a side in the first person ('My view is simple: ... should reject this plan')
    and the brief had no stance of the writer's, nor the writer as an actor."""
    fake = FakeBackend(responder=answers)
    with Summarizer(Settings(backend="fake", strategy="stepwise", use_cache=False), backend=fake) as s:
        brief = s.brief(article_from_text(COLUMN, author="Daniel Achterberg"))
    asked_writer = [r for r in asked(fake, "PositionAnswer") if "Daniel Achterberg" in r.messages[1]["content"]]
    (question,) = asked_writer
    assert "should reject the plan" in question.messages[1]["content"] and "I am not convinced" not in question.messages[1]["content"]
    assert "the writer ('I' in the passage), Daniel Achterberg," in question.messages[1]["content"]  # whom 'I' is
    held = [st for st in brief.stances if st.holder == "Daniel Achterberg"]
    assert [st.label for st in held] == ["opposes"] and held[0].evidence is not None and held[0].evidence.text in COLUMN
    assert any(a.name == "Daniel Achterberg" and a.kind == "person" for a in brief.actors)
    # no byline, no writer to hold it: nothing asked
    fake = FakeBackend(responder=answers)
    with Summarizer(Settings(backend="fake", strategy="stepwise", use_cache=False), backend=fake) as s:
        s.brief(article_from_text(COLUMN))
    assert not any("writer" in r.messages[1]["content"] or "Achterberg" in r.messages[1]["content"] for r in asked(fake, "PositionAnswer"))


def test_the_writer_s_views_are_first_person_sentences_outside_quotations() -> None:
    from summarizer.extract.nlp import parse
    from summarizer.extract.quotes import find_quotes
    from summarizer.extract.stances import writer_s_views

    views = [COLUMN[a:b] for a, b in writer_s_views(parse(COLUMN), [(q.start, q.end) for q in find_quotes(COLUMN, min_words=1)])]
    assert views[0].endswith("I wanted to believe her.")
    assert views[1:] == ["My view is simple.", "Rupert Vance, the police and crime commissioner, should reject the plan to close Kelby Vale police station."]


def test_a_university_is_offered_only_to_its_scholars_or_to_someone_whose_sentence_names_it() -> None:
    """nu137: 'Police and Crime Commissioner Rupert Vance', offered every body of the article, had been given the
    university a criminologist quoted later works at, and typed an expert (a commissioner is now offered public
    bodies only: `test_a_commissioner_is_offered_public_bodies_...`; a campaign director stands in for him here)."""
    from summarizer.extract.analysis import analyze
    from summarizer.extract.strategies.stepwise import _unaffiliated

    text = (
        "Police to close stations\n\n"
        "Campaign director Rupert Vance said he backed the plan. The Kelby Vale Residents' Association "
        "opposes it. \"Patrols build trust,\" said Anjali Deshmukh, a criminologist at the University of Northcombe."
    )
    items: dict = {}
    keys = _unaffiliated(text, analyze(text), items)
    options = {keys[k]: item["options"] for k, item in items.items()}
    assert "Kelby Vale Residents' Association" in options["Rupert Vance"] and "University of Northcombe" not in options["Rupert Vance"]
    from summarizer.extract.strategies.stepwise import _academic, _of_the_academy

    assert _of_the_academy("professor of computer science") and _of_the_academy("dean") and not _of_the_academy("Campaign director")
    assert _academic("Front Range State University") and not _academic("University of Texas Arlington Muslim Student Association")


def test_a_staff_body_of_an_office_holds_none_and_an_abbreviated_title_is_read_written_out() -> None:
    """nu137: the Ashforth Police Federation and its chair had been officials by the word 'police'; 'Cllr Gareth
    Lowe', a councillor, had been 'other'."""
    from summarizer.extract.strategies.stepwise import _Source, _source_type

    assert _source_type(_Source("Darren Pike", True, affiliation="Ashforth Police Federation", role="federation's chair", kind="person")) == "organization"
    assert _source_type(_Source("Ashforth Police Federation", True, affiliation="Ashforth Police Federation", kind="organization")) == "organization"
    assert _source_type(_Source("Helen Marwood", True, affiliation="Ashforth Police", role="Chief Constable", kind="person")) == "official"
    assert _source_type(_Source("Gareth Lowe", True, affiliation="Civic Party", role="Cllr", kind="person")) == "official"


def test_a_statement_whole_in_quotation_marks_is_no_sentence_of_the_summary() -> None:
    """nu136: a page's summary had been a company's blockquoted statement, shown as the article's own account."""
    from summarizer.extract.strategies.stepwise import _summary

    claims = ['"Orla was built to forget. We will cooperate fully with the Commissioner."', "The regulator has logged 212 complaints about the speaker."]
    assert _summary(claims, "privacy inquiry into the Orla speaker") == "Privacy inquiry into the Orla speaker. The regulator has logged 212 complaints about the speaker."


def test_a_commissioner_is_offered_public_bodies_and_a_police_officer_no_staff_body() -> None:
    """nu136: 'Commissioner Ragnhild Oyen' had been given the company she investigates, an analysts' firm and a
    rival; nu137: 'Chief Constable Helen Marwood' the police federation, a union opposing her plan."""
    from summarizer.extract.analysis import analyze
    from summarizer.extract.strategies.stepwise import _enforces_the_law, _unaffiliated

    text = (
        "Privacy inquiry opened\n\n"
        "\"We will follow every recording,\" Commissioner Ragnhild Oyen said on Tuesday. Veltrix Home said it would "
        "cooperate. Meridian Insight, a research firm, said sales had slowed. The Economic Competition Tribunal "
        "fined a rival last year."
    )
    items: dict = {}
    keys = _unaffiliated(text, analyze(text), items)
    options = {keys[k]: item["options"] for k, item in items.items()}
    assert options["Ragnhild Oyen"] == ["Economic Competition Tribunal", "not stated"]
    assert _enforces_the_law("Ashforth Police") and not _enforces_the_law("Ashforth Police Federation")
