"""Rebuttals: a source rejecting what another source said, as news reports a charge and its answer.

News sets a charge beside the answer to it: `Dr Kelly called the trial's
change of outcome "a textbook case of moving the goalposts". Ní Bhriain
rejected the criticism, saying ...`; `The union says players are owed their
September bonuses. The club denied the claim.` The answer names no one; it
refers back to a statement with a definite noun of a statement or a
pronoun, as coreference of an abstract anaphor does (Kolhatkar, Roussel and
Hirst 2018, "Anaphora with non-nominal antecedents in computational
linguistics: a survey", Computational Linguistics 44(3): `this claim`, `the
criticism`, `that` refer to the proposition stated before).

A **rebuttal** is a clause whose verb is one of disputing (`REBUTTING`: deny,
dispute, reject, contest, challenge, question, dismiss, rebut, refute), not
negated, whose direct object is either a noun of a statement (one of its two
most frequent WordNet senses is a kind of `statement`, `disapproval` or
`speech_act`: claim, allegation, accusation, criticism, charge, argument,
characterisation, report; not a proposal, offer, request or plan, whose
rejection is a side taken on an act, which the stance matrix holds, unless
a demonstrative points back at it: `The judge rejected that request` answers
the request made just before) or a demonstrative or `it` standing for a
statement (`The club denies that`). A noun of a
figure is left to `figures.py`, which pairs the numbers. A **retort** is one
too: `hit`, `fire` or `strike` with the particle `back` and no object
(`Mr Brierley hit back, saying Dr Gallacher's view was "not shared ..."`,
`fired back at Whitlock`), answering the object of its `at`, else the
owner of a noun of what someone thinks or said in the clause that gives its
words, else the last statement before it.

Who made the statement is the noun's possessor or the name after its `from`
or `by` (`rejected the communities' claims`, `dismissed criticism from
campaigners`), else the source whose statement (a quotation or a sentence the
brief gives them) ends last before the rebuttal's sentence within
`_REACH` characters and who is not the rebutter: the answer follows the
charge. When the rebutted noun says what the statement was about (`the
criticism over the change of outcome`, `Kim's assertion that North Korea is
a nuclear power`), the statement must share a content word with that, and may
end up to `_REACH_OF_CONTENT` characters before. Who rebuts is the clause's subject as `figures` reads a figure's
holder (a name, a body a definite noun names, or for a pronoun or a
definite description the source the brief gives that sentence or the one
quotation in it to: `The judge rejected that request, saying ... "well
beyond" a suspended term` is the judge the brief named). A rebuttal whose two sides are not two known
different holders is none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..extract.actors import body_named_by
from ..extract.senses import is_a, noun_class
from .context import Context
from .figures import FIGURE_NOUNS, named_holder, source_statements
from .language import doc
from .schema import Contradiction, Passage, Position

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = ["REBUTTING", "rebuttals"]

REBUTTING = frozenset("deny dispute reject contest challenge question dismiss rebut refute".split())
"""Verbs of disputing a statement (their WordNet senses 'declare untrue', 'take exception to', 'refuse to accept',
'overthrow by argument'), by lemma."""

_STATEMENT_KINDS = ("statement", "disapproval", "speech_act")
"""WordNet nouns a noun of a statement is a kind of ('claim' and 'allegation' are statements, 'criticism' a
disapproval, 'report' and 'argument' speech acts)."""

_SIDE_TAKEN_ON = ("proposal", "offer", "request", "plan", "bid")
"""WordNet nouns whose kinds are acts proposed, not statements made: rejecting one is a stance on it."""

_POINTING = frozenset("it that this".split())
"""Pronouns a rebuttal's object refers back to the statement with ('The club denies that')."""

_REACH = 600
"""How far back in characters (about two short paragraphs) the rebutted statement may end before the rebuttal."""

_REACH_OF_CONTENT = 3000
"""How far back a statement about what the rebuttal names may end (`_content`: 'the criticism over the change of
outcome' answers a critic several paragraphs up)."""


def rebuttals(ctx: Context) -> list[Contradiction]:
    """One `rebuttal` contradiction per clause of a briefed article in which one source disputes what another said
    (see the module docstring for the rules), in article order: its positions are the claimant's (`supports`, the
    statement as evidence where the brief has it) and the rebutter's (`opposes`, the rebuttal's sentence), both
    stated. Raises nothing; an article with no text gives none."""
    out = []
    for brief in ctx.briefs:
        article = brief.article_id
        text = ctx.texts.get(article) or ""
        if not text:
            continue
        statements = sorted(
            {(q.start, q.end, s.name) for s in brief.sources for q in s.quotes} | set(source_statements(ctx, article, text))
        )
        for sentence in doc(text).sents:
            for verb in sentence:
                found = _rebuttal(ctx, article, sentence, verb, statements)
                if found is not None:
                    out.append(found)
    return out


_UNREAL = frozenset("should must ought would could might may can shall will".split())
"""Modal auxiliaries: a rebuttal verb under one is asked for, feared or foreseen, not made ('Vance should reject
this plan', the columnist's advice, had been Vance's rebuttal of the plan's supporter)."""


def _rebuttal(ctx: Context, article: str, sentence: "SpacySpan", verb: "Token", statements: list[tuple[int, int, str]]) -> Contradiction | None:
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _UNREAL for c in verb.children):
        return None
    retort = _retort(verb)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if retort:
        obj = None
    elif verb.lemma_.casefold() not in REBUTTING or obj is None:
        return None
    elif not (_statement_noun(obj) or _pointed_at_act(obj) or obj.pos_ == "PRON" and obj.lower_ in _POINTING):
        return None
    rebutter = _rebutter(ctx, article, verb, statements)
    if rebutter is None:
        return None
    claimant: tuple[str, str] | None = None
    evidence: Passage | None = None
    if obj is not None:
        owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
        if owner is None:
            owner = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("from", "by") for g in c.children if g.dep_ == "pobj"), None)
    else:
        owner = _retorted_at(verb)
    if owner is not None:
        name, key = named_holder(ctx, article, owner)
        claimant = name.removesuffix("'s").removesuffix("’s").rstrip("'’"), key
    content = _content(obj) if obj is not None else set()
    claim_end = _claim_end(obj) if obj is not None else None
    figures = {t.lower_ for t in sentence.doc[obj.i + 1 : claim_end + 1] if t.like_num} if obj is not None and claim_end is not None else set()
    reach = _REACH_OF_CONTENT if content else _REACH
    before = [s for s in statements if s[1] <= sentence.start_char and sentence.start_char - s[1] <= reach]
    for start, end, name in reversed(before):
        shown, key, _ = ctx.name(name, article)
        if key == rebutter[1] or claimant is not None and key != claimant[1]:
            continue
        if content and not content & {t.lemma_.casefold() for t in _sentences_of(sentence.doc, start, end)}:
            continue  # 'rejected the criticism over the change of outcome': a statement about the outcome (its words or
            # the sentence they are in: 'Dr Voss said the switch of the main outcome "should worry any reader"')
        if figures and not figures <= {t.lower_ for t in _sentences_of(sentence.doc, start, end)}:
            continue  # 'disputed claims that one in nine patients quit the drug': whoever gave that figure, no one else
        claimant = claimant or (shown, key)
        evidence = Passage(article=article, text=ctx.texts[article][start:end], start=start, end=end)
        break
    if claimant is None or claimant[1] == rebutter[1]:
        return None
    last = claim_end if claim_end is not None else max(  # 'hit back', 'fired back at Whitlock' (not 'on Monday')
        c.right_edge.i if c.dep_ == "prep" else c.i for c in verb.children if c.lower_ == "back" or c.dep_ == "prep" and c.lower_ == "at"
    )
    words = sentence.doc[verb.i : last + 1].text
    if obj is not None and obj.pos_ == "PRON" and owner is None:  # 'denies that' -> 'denies what Ria Osei said'
        words = "".join(f"what {claimant[0]} said{t.whitespace_}" if t.i == obj.i else t.text_with_ws for t in sentence.doc[verb.i : last + 1]).strip()
    said = Passage(article=article, text=sentence.text.strip(), start=sentence.start_char, end=sentence.start_char + len(sentence.text.strip()))
    if obj is None:
        whose = "" if any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children) else f" at {claimant[0]}"
    else:
        whose = "" if owner is not None or obj.pos_ == "PRON" else f" made by {claimant[0]}"
    return Contradiction(
        kind="rebuttal",
        summary=f"{rebutter[0]} {words}{whose} ({ctx.label(article)})",
        positions=[
            Position(holder=claimant[0], article=article, label="supports", evidence=evidence, basis="stated"),
            Position(holder=rebutter[0], article=article, label="opposes", evidence=said, basis="stated"),
        ],
    )


_RETORTING = frozenset("hit fire strike".split())
"""Verbs that with the particle 'back' answer an attack in words ('hit back', 'fired back'), by lemma."""


def _retort(verb: "Token") -> bool:
    """Whether a verb answers what someone said as a counter-attack: 'hit', 'fire' or 'strike' with the particle
    'back' and no object ('Mr Brierley hit back, saying ...', 'The club fired back at its critics')."""
    return (
        verb.lemma_.casefold() in _RETORTING
        and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)  # (the parser takes the
        # particle for an adverb at times)
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


def _retorted_at(verb: "Token") -> "Token | None":
    """Whom a retort answers: the object of its 'at' ('hit back at the union'), else the owner of a noun of what
    someone thinks or said in the clause that gives the retort's words ('hit back, saying Dr Gallacher's view was
    "not shared ..."'; a noun filed under WordNet's noun.cognition or noun.communication); None when neither names
    one, and the retort answers the last statement before it."""
    at = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children if g.dep_ == "pobj"), None)
    if at is not None:
        return at
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj") and c.pos_ == "VERB"):
        for noun in clause.subtree:
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if owner is not None and noun.pos_ == "NOUN" and noun_class(noun.lemma_) in ("noun.cognition", "noun.communication"):
                return owner
    return None


def _sentences_of(parsed: "Doc", start: int, end: int) -> list["Token"]:
    """The tokens of the sentences of `parsed` that the characters [start, end) are in."""
    return [t for sentence in parsed.sents if sentence.start_char < end and start < sentence.end_char for t in sentence]


def _content(obj: "Token") -> set[str]:
    """Lemmas of the content words that say what a rebutted statement was about: those of its prepositional phrase
    or clause ('the criticism over the change of outcome', 'Kim's assertion that North Korea is a nuclear power'),
    not its determiner or possessor."""
    said = [c for c in obj.children if c.dep_ in ("prep", "acl", "relcl", "ccomp") and c.lower_ not in ("from", "by")]
    return {t.lemma_.casefold() for c in said for t in c.subtree if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and not t.is_stop}


def _claim_end(obj: "Token") -> int:
    """The last token of what a rebutted statement claimed, before a participle clause the parser hung on it that
    says what the rebutter said instead ('disputed claims that one in nine patients quit the drug, saying the correct
    figure was 6 percent'). A claim that gives a figure was made by whoever stated that figure (`_rebuttal`)."""
    return next((t.i - 2 for t in obj.subtree if t.i > obj.i + 1 and t.tag_ == "VBG" and t.nbor(-1).text == ","), obj.right_edge.i)


def _pointed_at_act(noun: "Token") -> bool:
    """Whether a noun of an act proposed (`_SIDE_TAKEN_ON`: a request, a proposal, an offer) is pointed back at by a
    demonstrative ('Teague asked for a suspended sentence ... The judge rejected that request'): the act the
    sentences before proposed, so rejecting it answers whoever proposed it there. A proposal named in full ('rejected
    a 2.4 billion pound takeover proposal') is a side taken on it, which the stance matrix holds."""
    lemma = noun.lemma_.casefold()
    return noun.pos_ == "NOUN" and any(is_a(lemma, kind, senses=2) for kind in _SIDE_TAKEN_ON) and any(
        c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those") for c in noun.children
    )


def _statement_noun(noun: "Token") -> bool:
    """Whether a noun names a statement someone made (`_STATEMENT_KINDS`), not an act proposed (`_SIDE_TAKEN_ON`)
    nor a figure, by its two most frequent WordNet senses."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.casefold()
    if lemma in FIGURE_NOUNS or any(is_a(lemma, kind, senses=2) for kind in _SIDE_TAKEN_ON):
        return False
    return any(is_a(lemma, kind, senses=2) for kind in _STATEMENT_KINDS)


def _rebutter(ctx: Context, article: str, verb: "Token", statements: list[tuple[int, int, str]]) -> tuple[str, str] | None:
    """(display name, key) of who disputes: the verb's subject (or that of the verb it is coordinated with or the
    complement of: 'said it rejected the claim' gives the subject of 'said' no say, 'it' does), a pronoun being the
    source the brief gives the sentence to, a definite noun the body it names; None for no one known."""
    head = verb
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while subject is None and head.dep_ in ("conj", "xcomp") and head.head is not head:
        head = head.head
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    at = subject.idx
    said = next((name for start, end, name in statements if start <= at < end), None)
    sentence = subject.sent
    if said is None:  # 'The judge rejected that request, saying the fraud put the case "well beyond" ...': the one
        # source the brief gives the sentence's quotation to, whom its speakers resolved the description to
        voices = {name for start, end, name in statements if sentence.start_char <= start < sentence.end_char}
        said = voices.pop() if len(voices) == 1 else None
    if subject.pos_ == "PRON":
        if said is None or subject.lower_ in ("i", "we", "you"):
            return None
        shown, key, known = ctx.name(said, article)
        return (shown, key) if known else None
    if subject.pos_ == "NOUN" and (body := body_named_by(subject)):
        shown, key, known = ctx.name(body, article)
        if known:
            return shown, key
    if subject.pos_ == "NOUN" and said is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        shown, key, known = ctx.name(said, article)
        if known:
            return shown, key  # 'The judge' of that sentence: the judge the brief named
    name, key = named_holder(ctx, article, subject)
    return (name, key) if ctx.name(name, article)[2] or key.startswith("e:") else None
