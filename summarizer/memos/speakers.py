"""Who said what: each source's quotes and statements across articles, the words shown under whoever said them.

Two corrections to the briefs, each listed in the method footer (`QuoteMove`):

- a passage of one or two words in quotation marks (“strong support”,
  “hegemonic empires”) is a scare quote: the author's framing of someone's
  words, too short to stand as what they said. It is shown under framing;
  a short passage with a finite verb (said it “strongly disagrees”) is the
  speaker's words quoted in part, and stays theirs;
- a quoted passage whose subject is the speaker named in the third person
  (“Nicolás Maduro expressed his strong support ...”, the statement from the
  Russian office indicates) is a statement *about* the speaker. It belongs to
  the statement's author, found from the parse of its sentence: the subject of
  the verb that reports it, outside the quotation (`the statement from the
  Russian office` -> Russia). When no author is named it is shown under no one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..extract.actors import SPOKESPEOPLE
from ..extract.speakers import SPEECH_VERBS
from ..schema import SourceType
from .context import Context
from .language import doc, quoted_spans, word_count
from .schema import Passage, Quote, QuoteMove, Speaker, Statement

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["SCARE_QUOTE_MAX_WORDS", "SpeakerSection", "speakers"]

SCARE_QUOTE_MAX_WORDS = 2
"""A quotation of at most this many words is framing, not a quote (the issue's rule: under three words)."""
_SUBJECT = frozenset({"nsubj", "nsubjpass"})


@dataclass
class _Draft:
    name: str
    entity: str | None
    key: str
    types: list[SourceType] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

    def speaker(self) -> Speaker:
        return Speaker(
            name=self.name, entity=self.entity, types=self.types or ["other"], affiliations=self.affiliations,
            roles=self.roles, names=self.names, articles=self.articles, quotes=self.quotes, statements=self.statements,
        )  # fmt: skip


@dataclass
class SpeakerSection:
    """The speakers to show, the quotes moved (or shown as framing only), and the scare quotes."""

    speakers: list[Speaker]
    moves: list[QuoteMove]
    scare_quotes: list[Passage]


def speakers(ctx: Context) -> SpeakerSection:
    """Every cited source with the quotes that are their own words; see the module docstring for what moves."""
    drafts: dict[str, _Draft] = {}
    moves: list[QuoteMove] = []
    scare: list[Passage] = []
    for brief in ctx.briefs:
        aid = brief.article_id
        placed = [(source, _draft(ctx, drafts, source.name, aid, _spoken_for(ctx, source, aid))) for source in brief.sources]
        for source, draft in placed:
            _add(draft.types, source.type)
            if source.affiliation:
                body = ctx.name(source.affiliation, aid)[0]
                if body == ctx.name(source.name, aid)[0]:  # 'A spokesperson for the Tualo Tribal Council', resolved
                    body = " ".join(source.affiliation.split())  # to one entity with the council: the body's own name
                _add(draft.affiliations, body)
            if source.role and source.role.casefold() not in {r.casefold() for r in draft.roles}:
                draft.roles.append(source.role)  # 'Housing minister' in one article, 'housing minister' in the next: one role
            _add(draft.names, source.name)
            _add(draft.articles, aid)
            draft.statements.extend(Statement(article=aid, text=t) for t in source.statements)
        for source, draft in placed:
            for span in source.quotes:
                quote = Quote(article=aid, text=span.text, start=span.start, end=span.end)
                _place(ctx, drafts, draft, quote, moves, scare)
        _claims_as_statements(ctx, drafts, brief)
    shown = [d.speaker() for d in drafts.values() if d.quotes or d.statements]  # a heading with nothing under it tells nothing
    return SpeakerSection(sorted(shown, key=lambda s: (-len(s.quotes) - len(s.articles), s.name)), moves, scare)


def _draft(ctx: Context, drafts: dict[str, _Draft], surface: str, article: str, key: str = "") -> _Draft:
    """The draft of the speaker `surface` names in `article`, made on first use; `key` in place of the name's own
    grouping key (`_spoken_for`)."""
    name, own, is_entity = ctx.name(surface, article)
    key = key or own
    if key not in drafts:
        drafts[key] = _Draft(name=name, entity=own[2:] if is_entity else None, key=key)
    return drafts[key]


def _spoken_for(ctx: Context, source, article: str) -> str:
    """One grouping key for every unnamed spokesperson of one body ('A spokesperson for the board' in one article, 'A
    spokesperson for the regulator' in another, both the Medicines Evaluation Board's): the body's voice, under the
    first such name; '' for a named source, another description, or a body no brief resolved to an entity."""
    _, key, _ = ctx.name(source.name, article)
    words = [w.strip(".,").casefold() for w in source.name.split()]
    if not words or words[0] not in ("a", "an", "the") or not source.affiliation or not set(words) & SPOKESPEOPLE:
        return ""  # (a description opens with an article; a name does not)
    _, body_key, body_is_entity = ctx.name(source.affiliation, article)
    return f"s:{body_key}" if body_is_entity and body_key != key else ""


def _place(ctx: Context, drafts: dict[str, _Draft], given: _Draft, quote: Quote, moves: list[QuoteMove], scare: list[Passage]) -> None:
    passage = Passage(article=quote.article, text=quote.text, start=quote.start, end=quote.end)
    if word_count(quote.text) <= SCARE_QUOTE_MAX_WORDS and not _quoted_clause(ctx, quote) and not _opens_its_report(ctx, quote):
        scare.append(passage)
        if _in_reported_speech(ctx, quote):  # 'Judge Okafor said Pellow had shown "limited remorse"': a term, and her words
            given.quotes.append(quote)
            moves.append(QuoteMove(passage=passage, given_to=given.name, shown_under=given.name, kind="scare_quote", reason="a partial quotation of fewer than three words in reported speech: shown as framing and among the speaker's words"))
            return
        moves.append(QuoteMove(passage=passage, given_to=given.name, shown_under=None, kind="scare_quote", reason="a scare quote of fewer than three words: shown as framing"))
        return
    if not _about(ctx, given, quote):
        given.quotes.append(quote)
        return
    author = _author(ctx, drafts, quote)
    if author is not None and author is not given:
        author.quotes.append(quote)
        _add(author.articles, quote.article)
        reason = f"a statement about {given.name}, reported as the words of {author.name}"
    else:
        reason = f"a statement about {given.name}, not their words; its author is not named"
    shown_under = author.name if author and author is not given else None
    moves.append(QuoteMove(passage=passage, given_to=given.name, shown_under=shown_under, kind="statement_about", reason=reason))


def _quoted_clause(ctx: Context, quote: Quote) -> bool:
    """Whether a short quoted passage holds a verb in its sentence's parse, finite or in its base form ('said it
    “strongly disagrees” with the decision', 'would “engage constructively” with the union'): the speaker's own
    words, quoted in part. A scare quote marks a term, a noun or adjective phrase (“hegemonic empires”, “serious
    concerns”, a “rigged” vote: a participle stays an adjective), not a clause (`_verb_of_a_clause`)."""
    text = ctx.texts[quote.article]
    start, end = _sentence_around(text, quote.start, quote.end)
    inside = (quote.start - start, quote.end - start)
    return any(_verb_of_a_clause(t) and _within(t, inside) for t in doc(text[start:end]))


def _verb_of_a_clause(token: "Token") -> bool:
    """Whether a token heads a clause: a finite or base verb ('strongly disagrees'), a participle with its
    auxiliary ('had "unanimously rejected"', the auxiliary outside the quote), or a word the parse makes a clausal
    complement whatever its tag ('the offer "fundamentally undervalues" the company', 'undervalues' tagged a plural
    noun). A participle alone modifies a noun ('a "rigged" vote')."""
    if token.tag_ in ("VB", "VBZ", "VBD", "VBP", "MD"):
        return True
    if token.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return True
    return token.dep_ == "ccomp" and any(c.dep_ in ("dobj", "advmod", "nsubj") for c in token.children)


def _in_reported_speech(ctx: Context, quote: Quote) -> bool:
    """Whether a short quoted passage is inside the clause a speech verb reports, whose subject is outside it ('Judge
    Okafor said Pellow had shown "limited remorse"', 'Ms Teague said her client was "deeply ashamed"'): a partial
    quotation of the reporting clause's subject, in the convention of news writing (the AP Stylebook's partial
    quotes), so shown among their words as well as under framing; the writer's scare quote, in the writer's own
    sentence, is framing only."""
    text = ctx.texts[quote.article]
    start, end = _sentence_around(text, quote.start, quote.end)
    inside = (quote.start - start, quote.end - start)
    for verb in doc(text[start:end]):
        if verb.pos_ != "VERB" or verb.lemma_.casefold() not in SPEECH_VERBS or _within(verb, inside):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ in ("advcl", "xcomp", "conj"):  # 'rejected that request, saying the fraud put
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # the case "well beyond" ...'
        reported = [c for c in verb.children if c.dep_ == "ccomp"]
        if subject is not None and not _within(subject, inside) and any(_within(t, inside) for c in reported for t in c.subtree):
            return True
    return False


def _opens_its_report(ctx: Context, quote: Quote) -> bool:
    """Whether a short quoted passage opens its sentence and a comma then leads to the words that report it
    ('"The vote," she said, "was a betrayal."', '"Never," said the minister.'): the first part of an interrupted
    quotation or a one-word answer, said by the speaker the reporting clause names; a scare quote sits inside the
    author's own sentence."""
    text = ctx.texts[quote.article]
    start, _ = _sentence_around(text, quote.start, quote.end)
    before = text[start : quote.start].strip()
    after = text[quote.end : quote.end + 3].lstrip("”\"’'")
    return before in ("", "“", '"', "‘", "'", "«", "„") and (quote.text.rstrip().endswith(",") or after.startswith(","))


def _about(ctx: Context, speaker: _Draft, quote: Quote) -> bool:
    """Whether the quoted words are about the speaker, named in the third person.

    Either the quote's own subject is the speaker ('“Nicolás Maduro expressed
    his strong support ...”') or a verb inside the quote has the speaker,
    outside it, as its subject ('Putin, meanwhile, “shared his vision ...”'):
    then the words describe the speaker, and someone else wrote them. Not when the quote also speaks as a first
    person subject ('“Bellwether Energy has been proud to support Marlhaven Athletic. ... we are reviewing the
    terms of our partnership”'): a body's statement names the body and goes on as 'we'; nor when a body's quotation
    is a paragraph of its own, the form a statement is reproduced in (`_a_body_s_statement_set_off`).
    """
    parsed = doc(quote.text)
    if any(t.dep_ in _SUBJECT and t.lower_ in ("i", "we") for t in parsed):
        return False
    if _a_body_s_statement_set_off(ctx, speaker, quote):
        return False
    for token in parsed:
        if token.dep_ in _SUBJECT and token.pos_ == "PROPN" and _names(ctx, speaker, parsed[token.left_edge.i : token.i + 1].text, quote.article):
            return True
    text = ctx.texts[quote.article]
    start, end = _sentence_around(text, quote.start, quote.end)
    sentence = doc(text[start:end])
    inside = (quote.start - start, quote.end - start)
    for token in sentence:
        if token.pos_ in ("VERB", "AUX") and _within(token, inside):
            for subject in (c for c in token.children if c.dep_ in _SUBJECT and not _within(c, inside) and c.pos_ == "PROPN"):
                if _names(ctx, speaker, sentence[subject.left_edge.i : subject.i + 1].text, quote.article):
                    return True
    return False


def _a_body_s_statement_set_off(ctx: Context, speaker: _Draft, quote: Quote) -> bool:
    """Whether a quotation the brief gives a body is a paragraph of its own, of two or more sentences ('In a written
    statement, it said:' and then '"The Commission has reviewed the conduct of the count. ... The Commission has
    found no evidence ..."'): a statement reproduced whole, in which a body names itself in the third person, as
    official statements do; a person does not."""
    if not speaker.entity or ctx.resolution.entity(speaker.entity).kind != "organization":
        return False
    text = ctx.texts[quote.article]
    before = text[text.rfind("\n", 0, quote.start) + 1 : quote.start].strip(" \t“\"‘'«„")
    after = text[quote.end : (text.find("\n", quote.end) + 1 or len(text) + 1) - 1].strip(" \t”\"’'»“.")
    return not before and not after and len(list(doc(quote.text).sents)) >= 2


def _names(ctx: Context, speaker: _Draft, phrase: str, article: str) -> bool:
    if speaker.key in ctx.mentioned(phrase, article):
        return True
    names = set(speaker.names) | set(speaker.name.split()[-1:])
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", phrase) for n in names if len(n) > 2)


def _author(ctx: Context, drafts: dict[str, _Draft], quote: Quote) -> _Draft | None:
    """The source whose words the quote is: the subject of the verb reporting it, outside any quotation.

    Looked for in the quote's sentence, then in the sentences before it in its
    paragraph (a statement quoted over several sentences is reported once).
    """
    text = ctx.texts[quote.article]
    start, end = _sentence_around(text, quote.start, quote.end)
    known = _quote_spans(ctx, quote.article)
    for begin, finish, inside in [(start, end, [(quote.start, quote.end)]), *_earlier_in_paragraph(text, start, known)]:
        sentence = doc(text[begin:finish])
        spans = [(s - begin, e - begin) for s, e in inside]
        for verb in _reporting_verbs(sentence, spans):
            subject = next(c for c in verb.children if c.dep_ in _SUBJECT and not _within_any(c, spans))
            phrase = sentence[subject.left_edge.i : subject.right_edge.i + 1].text
            keys = ctx.mentioned(phrase, quote.article)
            if len(keys) == 1:
                key = keys.pop()
                if key not in drafts:
                    entity = ctx.resolution.entity(key[2:])
                    drafts[key] = _Draft(name=entity.name, entity=entity.id, key=key)
                return drafts[key]
    return None


def _earlier_in_paragraph(text: str, start: int, known: list[tuple[int, int]]) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(start, end, quoted spans) of up to two sentences before `start` in its paragraph, nearest first.

    The quoted spans are those in quotation marks and those the briefs quote
    (a quotation whose opening mark is missing is still one).
    """
    paragraph = text.rfind("\n", 0, start) + 1
    spans = [(s.start_char, s.end_char) for s in doc(text).sents if paragraph <= s.start_char and s.end_char <= start]
    out = []
    for s, e in reversed(spans[-2:]):
        quoted = [(s + a, s + b) for a, b in quoted_spans(text[s:e])] + [(a, b) for a, b in known if s <= a < e]
        out.append((s, e, quoted))
    return out


def _quote_spans(ctx: Context, article: str) -> list[tuple[int, int]]:
    return [(q.start, q.end) for b in ctx.briefs if b.article_id == article for src in b.sources for q in src.quotes]


def _reporting_verbs(sentence: "Span", spans: list[tuple[int, int]]) -> list["Token"]:
    """Verbs outside the quotations, with a subject outside them, whose clause holds a quotation: the reporting verbs."""
    out = []
    for token in sentence:
        if token.pos_ != "VERB" or _within_any(token, spans):
            continue
        if not any(c.dep_ in _SUBJECT and not _within_any(c, spans) for c in token.children):
            continue
        covered = sum(1 for t in token.subtree if _within_any(t, spans))
        if covered:
            out.append((covered, token))
    return [t for _, t in sorted(out, key=lambda c: -c[0])]


def _within_any(token: "Token", spans: list[tuple[int, int]]) -> bool:
    return any(_within(token, span) for span in spans)


def _within(token: "Token", span: tuple[int, int]) -> bool:
    return span[0] <= token.idx < span[1]


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The article's sentences that hold the quote, and the next one when the quote ends its sentence.

    (A parser may end the sentence at the closing mark and start a new one with
    the reporting words: '...countries,” the statement from the office indicates.')
    """
    spans = [(s.start_char, s.end_char) for s in doc(text).sents]
    covering = [(s, e) for s, e in spans if s < end and e > start]
    first = covering[0][0] if covering else start
    last = covering[-1][1] if covering else end
    if last - end <= 2:
        following = next(((s, e) for s, e in spans if s >= last), None)
        last = following[1] if following else last
    return first, last


def _claims_as_statements(ctx: Context, drafts: dict[str, _Draft], brief) -> None:
    """A brief's claims made by a source are that source's statements, unless the claim's evidence overlaps one
    of the source's quotes in the article (the quote shows those words, whole) or its words are part of one of the
    source's statements from that article, brackets aside (a claim is often its sentence's first clause)."""
    aid = brief.article_id
    for claim in brief.claims:
        if claim.by.strip().casefold() in ("", "author", "the author"):
            continue
        key = ctx.name(claim.by, aid)[1]
        if key in drafts:
            span = claim.evidence
            if span is not None and any(q.article == aid and q.start < span.end and span.start < q.end for q in drafts[key].quotes):
                continue  # 'X said: "We have listened.' cut at a sentence inside the quote: the quote shows it whole
            core = _unbracketed(claim.text).rstrip(". ").casefold()
            if any(s.article == aid and core in _unbracketed(s.text).casefold() for s in drafts[key].statements):
                continue  # the claim cut from a sentence the source's statements show whole ('(ASCH)' or not; its
                # first word capitalised: 'Chief executive Helen Marsh said' of 'At the trust, chief executive ...')
            drafts[key].statements.append(Statement(article=aid, text=claim.text))


def _unbracketed(text: str) -> str:
    """The text with its whitespace folded and without what it puts in brackets ('The Association of School and
    College Heads (ASCH) said' reads as the same words as a restatement that drops the acronym)."""
    return " ".join(re.sub(r"\s*\([^()]*\)", "", text).split())


def _add(items: list, item: object) -> None:
    if item and item not in items:
        items.append(item)
