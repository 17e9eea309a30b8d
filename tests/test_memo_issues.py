"""Each article's contested issue, and the model's links between wordings of one issue across articles
(hand-made briefs; the model is a fake backend whose answers the tests choose)."""

from __future__ import annotations

from summarizer.articles import article_from_text
from summarizer.config import Settings
from summarizer.errors import BackendError
from summarizer.extract.pipeline import Outcome, Summarizer, run_sync
from summarizer.llm.backends.fake import FakeBackend
from summarizer.llm.request import Request
from summarizer.memos.build import _context, build_memo
from summarizer.memos.issues import ISSUE_LINK_PROMPT, candidates, contested_issues, link_issues
from summarizer.memos.render import memo_markdown
from summarizer.memos.resolve import resolve_entities
from summarizer.schema import Actor, Brief, Source, Span, Stance, Usage

TEXTS = {
    "a1": "Residents protested against plans to axe the number 14 bus. Raj Bhatt opposed plans to axe the number 14 bus. "
    "Mary Hollis opposed plans to axe the number 14 bus. Raj Bhatt backed saving the 14. Diane Foley backed the proposal.",
    "a2": "Tom Achebe opposed plans to cut a rural bus service. Helen Broadbent opposed plans to cut a rural bus service.",
    "a3": "The authority proposed scrapping rural bus route 14. Diane Foley backed scrapping rural bus route 14. "
    "Tom Achebe opposed scrapping rural bus route 14. Westmoor Transport Authority backed withdrawing its subsidy for bus route 14.",
    "a4": "The council backed the Rovers stadium. Ann Lee backed the Rovers stadium. Bo Kim opposed the Rovers stadium.",
}
TITLES = {
    "a1": "Ashby Cross fights to save the 14",
    "a2": "Bus cut row: Westmoor told to think again over route 14",
    "a3": "Transport authority proposes scrapping rural bus route 14",
    "a4": "Castlebrook Rovers stadium plan heads for council vote",
}
STANCES = {
    "a1": [("Raj Bhatt", "opposes", "plans to axe the number 14 bus"), ("Mary Hollis", "opposes", "plans to axe the number 14 bus"),
           ("Raj Bhatt", "supports", "saving the 14"), ("Diane Foley", "supports", "the proposal")],
    "a2": [("Tom Achebe", "opposes", "plans to cut a rural bus service"), ("Helen Broadbent", "opposes", "plans to cut a rural bus service")],
    "a3": [("Diane Foley", "supports", "scrapping rural bus route 14"), ("Tom Achebe", "opposes", "scrapping rural bus route 14"),
           ("Westmoor Transport Authority", "supports", "withdrawing its subsidy for bus route 14")],
    "a4": [("Ann Lee", "supports", "the Rovers stadium"), ("Bo Kim", "opposes", "the Rovers stadium")],
}  # fmt: skip


def make_brief(aid: str, text: str, title: str, stances: list[tuple[str, str, str]]) -> Brief:
    """A stepwise brief of `text` whose (holder, label, target) stances are stated in the sentence naming both."""
    spans = []
    for holder, label, target in stances:
        sentence = next(s for s in text.split(". ") if holder.split()[-1] in s and target.split()[-1] in s)
        start = text.index(sentence)
        spans.append(Stance(holder=holder, target=target, label=label, basis="stated", evidence=Span(text=sentence, start=start, end=start + len(sentence))))  # type: ignore[arg-type]
    people = sorted({h for h, _, _ in stances})
    return Brief(
        article_id=aid, title=title, main_issue=title, summary=title, usage=Usage(strategy="stepwise"),
        actors=[Actor(name=p, kind="organization" if "Authority" in p else "person") for p in people],  # type: ignore[arg-type]
        sources=[Source(name=p, type="official" if "Authority" in p else "other") for p in people],  # type: ignore[arg-type]
        stances=spans,
    )  # fmt: skip


def brief(aid: str) -> Brief:
    return make_brief(aid, TEXTS[aid], TITLES[aid], STANCES[aid])


def outcomes(*ids: str) -> list[Outcome]:
    return [Outcome(article=article_from_text(TEXTS[i], id=i, title=TITLES[i]), brief=brief(i)) for i in ids]


def context(*ids: str):
    found = outcomes(*ids)
    return found, _context(found, (), False, resolve_entities([o.brief for o in found]))


def ask(answer, *ids: str) -> tuple[list, list[Request], list]:
    """The links `link_issues` makes when the model answers every question with `answer` (or `answer(request)`),
    the questions asked, and the pairs left unlinked for want of an answer."""
    def respond(request: Request):
        if isinstance(answer, BaseException):
            raise answer
        return answer(request) if callable(answer) else answer

    backend = FakeBackend(responder=respond)
    found, ctx = context(*ids)
    with Summarizer(Settings(use_cache=False), backend=backend) as s:
        links, unlinked, _ = run_sync(lambda: link_issues(s, found, ctx))
    return links, [r for r in backend.requests if r.prompt_name == ISSUE_LINK_PROMPT], unlinked


def phrases(request: Request) -> tuple[str, str]:
    """The two wordings a question shows (its user message's 'Phrase 1: "…"' and 'Phrase 2: "…"' lines)."""
    lines = dict(line.split(": ", 1) for line in request.messages[-1]["content"].splitlines() if line.startswith("Phrase "))
    return lines["Phrase 1"].strip('"'), lines["Phrase 2"].strip('"')


def test_an_articles_contested_issue_is_the_topic_most_of_its_holders_take_a_side_on():
    _, ctx = context("a1", "a2", "a3", "a4")
    issues = {i.article: (i.phrase, i.holders) for i in contested_issues(ctx)}
    assert issues == {
        "a1": ("plans to axe the number 14 bus", 2),
        "a2": ("plans to cut a rural bus service", 2),
        "a3": ("scrapping rural bus route 14", 2),
        "a4": ("the Rovers stadium", 2),
    }


def test_only_wordings_sharing_a_noun_or_name_with_the_others_article_are_asked_about():
    _, ctx = context("a1", "a2", "a3", "a4")
    by_article = {i.article: i for i in contested_issues(ctx)}
    assert candidates(ctx, by_article["a1"], by_article["a2"])  # 'bus' (the head 'plan' both share does not count)
    assert candidates(ctx, by_article["a1"], by_article["a3"])  # 'bus', '14'
    assert not candidates(ctx, by_article["a1"], by_article["a4"])  # nothing in common: another story
    links, asked, _ = ask({"answer": "same"}, "a1", "a2", "a3", "a4")
    shown = [phrases(r) for r in asked]
    assert ("plans to axe the number 14 bus", "plans to cut a rural bus service") in shown
    assert ("scrapping rural bus route 14", "withdrawing its subsidy for bus route 14") in shown  # same article
    assert not any("Rovers" in a + b for a, b in shown)
    assert not any("saving the 14" in a + b for a, b in shown), "a number alone ties nothing: the 14 saved, the 14 axed"
    assert ("plans to axe the number 14 bus", "the proposal") in shown, "a bare definite description points back in its article"
    assert len(asked) == 5 and len(links) == 5


def one_article_links(text: str, title: str, stances: list[tuple[str, str, str]]) -> tuple[list, list[Request]]:
    """The links `link_issues` makes in a memo of one article when the model answers 'same' to every question, and
    the questions asked."""
    found = [Outcome(article=article_from_text(text, id="b1", title=title), brief=make_brief("b1", text, title, stances))]
    ctx = _context(found, (), False, resolve_entities([o.brief for o in found]))
    backend = FakeBackend(responder=lambda request: {"answer": "same"})
    with Summarizer(Settings(use_cache=False), backend=backend) as s:
        links, _, _ = run_sync(lambda: link_issues(s, found, ctx))
    return links, backend.requests


def test_a_bare_definite_description_written_before_the_issue_is_named_is_not_asked_about():
    text = (
        "The bank raised its rate to 5.25%. Ann Lee backed the decision. Ann Lee added that a planned tax cut "
        "would go ahead. Bo Kim opposed the planned tax cut. Cy Ott backed the planned tax cut."
    )
    stances = [("Ann Lee", "supports", "the decision"), ("Bo Kim", "opposes", "the planned tax cut"), ("Cy Ott", "supports", "the planned tax cut")]
    assert one_article_links(text, "Rate rise", stances) == ([], []), "'the decision' is the rate rise, written before any tax cut"


def test_a_bare_definite_description_of_an_act_against_the_issue_is_not_asked_about():
    text = (
        "Nurses planned a two-day strike. Jo Ray backed the planned two-day strike. Al Dunn opposed the planned "
        "two-day strike. Patients First welcomed the suspension."
    )
    stances = [("Jo Ray", "supports", "the planned two-day strike"), ("Al Dunn", "opposes", "the planned two-day strike"),
               ("Patients First", "supports", "the suspension")]  # fmt: skip
    assert one_article_links(text, "Strike", stances) == ([], []), "suspending the strike is its other side, never the strike"


def test_a_bare_common_noun_is_never_asked_about():
    from summarizer.memos.issues import ContestedIssue

    _, ctx = context("a1", "a4")
    park = ContestedIssue("a4", "t:park", "park", frozenset({"e:a", "e:b"}))
    stadium = ContestedIssue("a1", "t:x", "Rovers stadium", frozenset({"e:c", "e:d"}))
    assert not candidates(ctx, stadium, park)


def as_measured(request: Request) -> dict[str, str]:
    """'same' for the wordings of the bus cut, 'different' for the cut and its opposite (the embedded model's answers
    on a new user's articles, docs/quality.md)."""
    return {"answer": "different" if "saving" in " ".join(phrases(request)) else "same"}


def test_a_same_answer_makes_one_target_and_its_two_sides_meet_in_a_contradiction():
    links, _, _ = ask(as_measured, "a1", "a2", "a3")
    found, _ = context("a1", "a2", "a3")
    m = build_memo(found, issue_links=links)
    assert len({r.target for r in m.stances if "bus" in r.target}) == 1
    achebe = next(r for r in m.stances if r.holder == "Tom Achebe")
    assert [c.article for c in achebe.cells] == ["a2", "a3"]
    opposed = next(c for c in m.contradictions if c.kind == "opposed_sources")
    assert {p.holder for p in opposed.positions if p.label == "supports"} == {"Diane Foley", "Westmoor Transport Authority"}
    assert {"Tom Achebe", "Helen Broadbent", "Raj Bhatt", "Mary Hollis"} <= {p.holder for p in opposed.positions if p.label == "opposes"}
    (merge,) = m.topic_merges
    assert merge.name == "scrapping rural bus route 14" and "plans to cut a rural bus service (A2)" in merge.wordings
    assert any(r.startswith("model: A2's 'plans to cut a rural bus service' and A1's") for r in merge.reasons)
    assert "name the same issue" in memo_markdown(m)
    assert ("Raj Bhatt", "saving the 14") in {(r.holder, r.target) for r in m.stances}, "the opposite proposal stays apart"
    foley = next(r for r in m.stances if r.holder == "Diane Foley")
    assert [c.article for c in foley.cells] == ["a1", "a3"], "'the proposal' of A1 is the bus cut"


def test_a_different_answer_or_a_failed_call_links_nothing():
    assert ask({"answer": "different"}, "a1", "a2", "a3")[0] == []
    assert ask({"answer": "different"}, "a1", "a2", "a3")[2] == []
    links, asked, unlinked = ask(BackendError("down", backend="fake", attempts=1), "a1", "a2", "a3")
    assert links == [] and asked and len(unlinked) == 5
    assert unlinked[0].kind == "issue link" and unlinked[0].reason.startswith("not linked: the model's call failed (")
    found, _ = context("a1", "a2", "a3")
    m = build_memo(found, issue_links=links, unlinked=unlinked)
    assert sum(d.kind == "issue link" for d in m.method.dropped) == 5, "each unanswered pair is listed"
    assert len({r.target for r in m.stances if "bus" in r.target}) == 4
    sides = [{p.holder for p in c.positions} for c in m.contradictions if c.kind == "opposed_sources"]
    assert not any({"Diane Foley", "Helen Broadbent"} <= holders for holders in sides), "no contradiction across wordings"


def test_one_answer_per_pair_links_only_that_pair():
    def respond(request: Request):
        return {"answer": "same" if "withdrawing" in phrases(request)[1] else "different"}

    links, _, _ = ask(respond, "a1", "a2", "a3")
    assert [(link.key, link.to) for link in links] == [("t:withdrawing its subsidy for bus route 14", "t:scrapping rural bus route 14")]


def test_linked_wordings_are_shown_by_one_that_names_the_act():
    from summarizer.memos.issues import IssueLink
    from summarizer.memos.matrix import _names_an_act

    assert _names_an_act("plans to axe the number 14 bus") and _names_an_act("ending consultant-led births at Ashworth General")
    assert not _names_an_act("Ashworth maternity") and not _names_an_act("the proposal")
    texts = {
        "m1": "Ann Lee opposed Ashworth maternity. Bo Kim opposed Ashworth maternity. Cy Ray backed Ashworth maternity.",
        "m2": "Di Fox backed ending consultant-led births at Ashworth General. Ed Orr opposed ending consultant-led births at Ashworth General.",
    }
    stances = {
        "m1": [("Ann Lee", "opposes", "Ashworth maternity"), ("Bo Kim", "opposes", "Ashworth maternity"), ("Cy Ray", "supports", "Ashworth maternity")],
        "m2": [("Di Fox", "supports", "ending consultant-led births at Ashworth General"), ("Ed Orr", "opposes", "ending consultant-led births at Ashworth General")],
    }  # fmt: skip
    found = []
    for aid, text in texts.items():
        spans = []
        for holder, label, target in stances[aid]:
            sentence = next(s for s in text.split(". ") if s.startswith(holder))
            start = text.index(sentence)
            spans.append(Stance(holder=holder, target=target, label=label, basis="stated", evidence=Span(text=sentence, start=start, end=start + len(sentence))))  # type: ignore[arg-type]
        people = [Actor(name=h, kind="person") for h, _, _ in stances[aid]]  # type: ignore[arg-type]
        b = Brief(article_id=aid, main_issue="Maternity.", summary="Maternity.", usage=Usage(strategy="stepwise"), actors=people, stances=spans)
        found.append(Outcome(article=article_from_text(text, id=aid), brief=b))
    ctx = _context(found, (), False, resolve_entities([o.brief for o in found]))
    key = {aid: ctx.name(stances[aid][0][2], aid)[1] for aid in texts}
    link = IssueLink(key["m2"], key["m1"], "model: same")
    m = build_memo(found, issue_links=[link])
    assert {r.target for r in m.stances} == {"ending consultant-led births at Ashworth General"}, "not the most frequent wording"
    (merge,) = m.topic_merges
    assert merge.wordings == ["Ashworth maternity (A1)"] and merge.reasons == ["model: same"]


def test_a_stance_the_article_states_overrules_the_models_short_answer_on_the_same_issue():
    from summarizer.memos.issues import IssueLink

    texts = {
        "f1": "Diane Foley defended the proposal. \"Every pound we spend on a half-empty bus is a pound we cannot spend on full ones,\" Foley said.",
        "f2": "\"We are not abandoning anyone,\" said Diane Foley of plans to axe the number 14 bus.",
    }
    stances = {
        "f1": [("the proposal", "supports", "Diane Foley defended the proposal", "stated"),
               ("plans to axe the number 14 bus", "opposes", "\"Every pound we spend", "judged")],
        "f2": [("plans to axe the number 14 bus", "opposes", "\"We are not abandoning anyone,\"", "judged")],
    }  # fmt: skip
    found = []
    for aid, text in texts.items():
        spans = [
            Stance(holder="Diane Foley", target=t, label=lab, basis=basis, evidence=Span(text=e, start=text.index(e), end=text.index(e) + len(e)))  # type: ignore[arg-type]
            for t, lab, e, basis in stances[aid]
        ]
        b = Brief(article_id=aid, main_issue="Bus.", summary="Bus.", usage=Usage(strategy="stepwise"), actors=[Actor(name="Diane Foley", kind="person")], stances=spans)
        found.append(Outcome(article=article_from_text(text, id=aid), brief=b))
    ctx = _context(found, (), False, resolve_entities([o.brief for o in found]))
    link = IssueLink(ctx.name("the proposal", "f1")[1], ctx.name("plans to axe the number 14 bus", "f1")[1], "model: same")
    m = build_memo(found, issue_links=[link])
    (row,) = [r for r in m.stances if r.holder == "Diane Foley"]
    assert [(c.article, c.label) for c in row.cells] == [("f1", "supports"), ("f2", "opposes")]
    assert not [c for c in m.contradictions if "Foley" in c.summary], "one short answer left: no stance shift"
    (dropped,) = [d for d in m.method.dropped if d.reason.startswith("the model's short answer")]
    assert dropped.item == "Diane Foley → plans to axe the number 14 bus (A1)" and "(supports)" in dropped.reason
    unlinked = build_memo(found)
    assert not [d for d in unlinked.method.dropped if d.reason.startswith("the model's short answer")], "two targets: nothing overruled"


def test_wordings_with_no_word_in_common_are_asked_about_when_the_same_people_take_sides_on_both():
    texts = {
        "w1": "Brenford incinerator: what is the row about?\n\nTom Riley opposed the large rubbish-burning power station. "
        "Ann Lee backed the large rubbish-burning power station. Bo Kim opposed the large rubbish-burning power station.",
        "w2": "Town split over waste plan\n\nTom Riley opposed the 350,000-tonne waste incinerator. "
        "Ann Lee backed the 350,000-tonne waste incinerator.",
        "w3": "Council news\n\nTom Riley opposed the new cycle lanes on Mill Road. Cy Ray backed the new cycle lanes on Mill Road.",
    }
    stances = {
        "w1": [("Tom Riley", "opposes", "large rubbish-burning power station"), ("Ann Lee", "supports", "large rubbish-burning power station"),
               ("Bo Kim", "opposes", "large rubbish-burning power station")],
        "w2": [("Tom Riley", "opposes", "350,000-tonne waste incinerator"), ("Ann Lee", "supports", "350,000-tonne waste incinerator")],
        "w3": [("Tom Riley", "opposes", "the new cycle lanes on Mill Road"), ("Cy Ray", "supports", "the new cycle lanes on Mill Road")],
    }  # fmt: skip
    found = [Outcome(article=article_from_text(t, id=a), brief=make_brief(a, t, t.split("\n")[0], stances[a])) for a, t in texts.items()]
    ctx = _context(found, (), False, resolve_entities([o.brief for o in found]))
    w1, w2, w3 = contested_issues(ctx)
    assert len(w1.holder_keys & w2.holder_keys) == 2 and candidates(ctx, w1, w2), "two holders in common, no word"
    assert not candidates(ctx, w1, w3) and not candidates(ctx, w2, w3), "one holder in common is no evidence"


def test_a_wording_named_in_the_other_articles_lead_sentence_is_asked_about():
    texts = {
        "l1": "Hospital row deepens\n\nASHWORTH (Wire) - A trust has proposed closing the maternity unit at Ashworth General Hospital.\n\n"
        "Ann Lee opposed ending consultant-led births. Bo Kim backed ending consultant-led births.",
        "l2": "What it means for mothers\n\nConsultant-led births may move 28 miles away after a trust review.\n\n"
        "Cy Ray opposed the Ashworth maternity plan. Di Fox backed the Ashworth maternity plan.",
    }
    stances = {
        "l1": [("Ann Lee", "opposes", "ending consultant-led births"), ("Bo Kim", "supports", "ending consultant-led births")],
        "l2": [("Cy Ray", "opposes", "Ashworth maternity plan"), ("Di Fox", "supports", "Ashworth maternity plan")],
    }  # fmt: skip
    found = [Outcome(article=article_from_text(t, id=a), brief=make_brief(a, t, t.split("\n")[0], stances[a])) for a, t in texts.items()]
    ctx = _context(found, (), False, resolve_entities([o.brief for o in found]))
    l1, l2 = contested_issues(ctx)
    assert not (l1.holder_keys & l2.holder_keys)
    assert candidates(ctx, l1, l2), "'birth' is in l2's lead, 'maternity' and 'Ashworth' in l1's"


def test_bodies_whose_side_a_stance_word_states_are_on_the_sides_quoted_or_not():
    text = (
        "The care board came out in support of the closure plan. Healthwatch Ashworth opposes the closure plan. "
        "Ann Lee backed the closure plan. Ann Lee opposed the closure plan."
    )
    stances = [("Northvale Care Board", "supports", "the closure plan"), ("Healthwatch Ashworth", "opposes", "the closure plan"),
               ("Ann Lee", "supports", "the closure plan"), ("Ann Lee", "opposes", "the closure plan")]  # fmt: skip
    spans = []
    for holder, label, target in stances:
        words = {"Northvale Care Board": "The care board came out", "Healthwatch Ashworth": "Healthwatch Ashworth opposes"}
        cue = words.get(holder) or ("Ann Lee backed" if label == "supports" else "Ann Lee opposed")
        sentence = next(s for s in text.split(". ") if s.startswith(cue))
        spans.append(Stance(holder=holder, target=target, label=label, basis="stated", evidence=Span(text=sentence, start=text.index(sentence), end=text.index(sentence) + len(sentence))))  # type: ignore[arg-type]
    b = Brief(article_id="s1", main_issue="A closure.", summary="A closure.", usage=Usage(strategy="stepwise"), stances=spans,
              actors=[Actor(name=n, kind="organization") for n in ("Northvale Care Board", "Healthwatch Ashworth")] + [Actor(name="Ann Lee", kind="person")])  # type: ignore[arg-type]  # fmt: skip
    m = build_memo([Outcome(article=article_from_text(text, id="s1"), brief=b)])
    (sides,) = [c for c in m.contradictions if c.kind == "opposed_sources"]
    assert sides.summary == "On the closure plan: Northvale Care Board supports; Healthwatch Ashworth opposes"
    assert "Ann Lee" not in sides.summary, "a holder on both sides is on neither"


def test_a_thing_and_an_act_on_it_or_people_are_never_asked_about_as_one_issue():
    # 'the maternity unit' and 'plan to close the maternity unit' are opposite sides of one argument, and 'the
    # midwives' are people: a 'same' answer on either would turn a stance round in the memo
    texts = {
        "m1": "Ann Lee backed the plan to close the maternity unit at Merrigal Hospital. Bo Kim opposed the plan to close "
        "the maternity unit at Merrigal Hospital. Cy Ott opposed the Merrigal Hospital maternity unit. Di Poe backed "
        "the midwives.",
    }
    stances = [
        ("Ann Lee", "supports", "plan to close the maternity unit at Merrigal Hospital"),
        ("Bo Kim", "opposes", "plan to close the maternity unit at Merrigal Hospital"),
        ("Cy Ott", "opposes", "Merrigal Hospital maternity unit"),
        ("Di Poe", "supports", "the midwives"),
    ]
    found = [Outcome(article=article_from_text(texts["m1"], id="m1", title="Unit to close"), brief=make_brief("m1", texts["m1"], "Unit to close", stances))]
    ctx = _context(found, (), False, resolve_entities([o.brief for o in found]))
    backend = FakeBackend(responder=lambda request: {"answer": "same"})
    with Summarizer(Settings(use_cache=False), backend=backend) as s:
        links, _, _ = run_sync(lambda: link_issues(s, found, ctx))
    asked = [phrases(r) for r in backend.requests if r.prompt_name == ISSUE_LINK_PROMPT]
    assert not any("unit" in a and "unit" in b and ("close" in a) != ("close" in b) for a, b in asked)
    assert not any("midwives" in a + b for a, b in asked)
    assert links == []


def test_a_topic_naming_the_same_act_as_another_articles_issue_is_asked_about():
    # A1's 'the closure' (a bare description, so never A1's issue) and A2's issue 'plan to close the maternity unit':
    # the noun is derived from the verb (WordNet), so the model is asked, and its 'same' puts both sides on one target
    texts = {
        "c1": "The state will shut the unit. Ann Lee opposed the closure. Bo Kim opposed the closure.",
        "c2": "Cy Ott backed the plan to close the maternity unit. Di Poe backed the plan to close the maternity unit.",
    }
    stances = {
        "c1": [("Ann Lee", "opposes", "the closure"), ("Bo Kim", "opposes", "the closure")],
        "c2": [("Cy Ott", "supports", "plan to close the maternity unit"), ("Di Poe", "supports", "plan to close the maternity unit")],
    }
    found = [
        Outcome(article=article_from_text(texts[i], id=i, title="Unit to close"), brief=make_brief(i, texts[i], "Unit to close", stances[i]))
        for i in ("c1", "c2")
    ]
    ctx = _context(found, (), False, resolve_entities([o.brief for o in found]))
    backend = FakeBackend(responder=lambda request: {"answer": "same"})
    with Summarizer(Settings(use_cache=False), backend=backend) as s:
        links, _, _ = run_sync(lambda: link_issues(s, found, ctx))
    asked = [phrases(r) for r in backend.requests if r.prompt_name == ISSUE_LINK_PROMPT]
    assert ("plan to close the maternity unit", "the closure") in asked
    assert len(links) == 1


def test_a_thing_and_a_ban_on_it_areapart_in_kind_and_an_edict_names_an_act():
    # WordNet files 'ban' under communication (an edict), not acts; derived from the verb 'ban' it names one
    from summarizer.memos.issues import _acts, apart_in_kind

    assert apart_in_kind("red food dye", "EU ban on red food dye")
    assert not apart_in_kind("the incinerator", "plans for the incinerator")
    assert _acts("the ban") & _acts("banning the dye") == {"ban"}


def test_an_act_on_a_thing_named_like_a_person_is_never_keyed_as_the_thing():
    text = (
        "The union urged the government to withdraw the Bill. The minister backed the Bill in the debate. "
        "Rahim said the Bill was needed."
    )
    found = [
        Outcome(
            article=article_from_text(text, id="a1", title="Bill debated"),
            brief=make_brief("a1", text, "Bill debated", [("The union", "supports", "withdrawing the Bill"), ("Jamal Rahim", "supports", "Bill")]),
        )
    ]
    ctx = _context(found, (), False, resolve_entities([o.brief for o in found]))
    withdrawing, bill = ctx.name("withdrawing the Bill", "a1"), ctx.name("Bill", "a1")
    assert withdrawing[1] != bill[1]  # both had been keyed 't:bill' ('Bill' a given name), so 'supports Bill' read as
    # 'supports withdrawing the Bill'


def test_an_act_and_a_verb_s_act_on_it_areapart_in_kind_but_a_noun_naming_it_again_is_not():
    from summarizer.memos.issues import apart_in_kind

    # for the shutdown and for suspending it are opposite sides (a new user's memo had merged them)
    assert apart_in_kind("30-day mobile money shutdown", "suspending 30-day mobile money shutdown")
    assert apart_in_kind("the merger", "blocking the merger")
    assert not apart_in_kind("the shutdown", "the shutdown order")
    assert not apart_in_kind("the closure", "plan to close the maternity unit")


def test_links_never_join_a_thing_to_the_act_that_blocks_it_through_a_shorter_wording():
    # nu134 (a new user's memo of a blocked takeover): the model linked A3's 'the decision' to A3's takeover and to
    # A2's 'decision to block the takeover'; joined, the takeover's backers were shown backing its blocking
    from summarizer.memos.issues import IssueLink

    texts = {
        "m1": "Ann Lee opposed the decision to block the takeover of Pantry. Bo Kim backed the decision to block the takeover of Pantry.",
        "m2": "Cy Ray welcomed the decision. Di Fox backed the takeover.",
    }
    stances = {
        "m1": [("Ann Lee", "opposes", "the decision to block the takeover of Pantry"), ("Bo Kim", "supports", "the decision to block the takeover of Pantry")],
        "m2": [("Cy Ray", "supports", "the decision"), ("Di Fox", "supports", "the takeover")],
    }  # fmt: skip
    found = [Outcome(article=article_from_text(text, id=aid), brief=make_brief(aid, text, "Takeover blocked", stances[aid])) for aid, text in texts.items()]
    ctx = _context(found, (), False, resolve_entities([o.brief for o in found]))
    blocking, decision, takeover = ctx.name(stances["m1"][0][2], "m1")[1], ctx.name("the decision", "m2")[1], ctx.name("the takeover", "m2")[1]
    links = [IssueLink(decision, takeover, "model: same"), IssueLink(decision, blocking, "model: same")]
    m = build_memo(found, issue_links=links)
    fox = next(r for r in m.stances if r.holder == "Di Fox")
    ray = next(r for r in m.stances if r.holder == "Cy Ray")
    assert fox.target != ray.target, "backing the takeover is not backing its blocking"
    assert ray.target == next(r for r in m.stances if r.holder == "Bo Kim").target, "the decision is the blocking, by its head"
    sides = [{p.holder for p in c.positions if p.label == "supports"} for c in m.contradictions if c.kind == "opposed_sources"]
    assert not any("Di Fox" in holders for holders in sides)
