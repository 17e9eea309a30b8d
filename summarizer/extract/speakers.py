"""Who said each quote, and who is cited without quotation marks: attribution from the dependency parse.

A quote's speaker is the subject (or the passive agent) of the speech verb that
governs the quote or stands in its sentence, over speech verbs by lemma
(`SPEECH_VERBS`: say, tell, add, ask, warn, argue, write, ...); the object of
`according to`; a lead-in that ends the paragraph before (`X said:`, `From
X:`); or a dash byline after it (`– X, Title, Org`). The subject resolves to:

- a named referent (`actors.Referents`): its name;
- a pronoun: `he`/`she` the nearest person named before it outside quotes
  (subjects first; not one marked as the other gender, and one marked as the
  pronoun's before one not marked at all, `gender_of`),
  `it` and `they` the nearest organisation, country or group;
- a role phrase (`the Russian president`, `the engineer`): the person the
  article gave that role, when exactly one has it;
- any other noun phrase (`a council spokesperson`, `critics`): an unnamed
  source with that description.

A quote continued over paragraphs, or a quote that is a whole paragraph right
after another speaker's quote, keeps that speaker. Where two or more people fit
(a pronoun after two people, a role two people hold) the candidates are kept
for the model to choose from; where nothing fits, the quote is unattributed,
never given to a guess.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Sequence

from ..webpages import word_count
from .actors import (
    HONORIFICS,
    LEADING,
    PLACE_PREPOSITIONS,
    SPOKESPEOPLE,
    TITLE_WORDS,
    Referent,
    Referents,
    body_before_title,
    body_of_class_noun,
    body_led_by,
    body_named_by,
    body_spoken_for,
    campaign_names,
    case_name,
    prepositional_tail,
    class_nouns,
    definite,
    misspelt_surname,
    names_no_other_kind,
    organisation_after,
    person_title,
    without_legal_form,
    word_before,
    written_at,
)
from .dates import datelines
from .entities import CARRIERS, canonical_country, country_of_demonym, is_capital, norm
from .given_names import given_name_gender, is_given_name
from .nlp import TITLE_EXPANSIONS, common_noun, comparative_adjective, foreign_paragraphs, lemma, per_document, quotes_of, text_of
from .quotes import Quote
from .senses import GROUP, PERSON, first_sense_of, is_a, noun_class, noun_classes, person_sense_is_a
from .sentences import QUOTE_MARKS, headline_span, standfirst_span, transcript_labels, transcript_turns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "ANY_BODY_NOUNS", "AWAITED", "BY_ITS_PLACE", "DESCRIBING", "SPEECH_VERBS", "Attribution", "Citation", "attribute", "binding_subject", "block_quotes", "carrier", "citations", "dash_byline_span", "describes", "interview_questions", "joined_above",
    "law_enforcement_agency", "name_joined_to_a_fronted_place", "OWN_VOICE", "partial_quotes", "person_antecedent", "quotes_of", "role_holder", "speaker_description", "turn_label_end", "whose_antecedent",
]

OWN_VOICE = frozenset({"i", "we", "you"})
"""Pronouns by which a speaker speaks as themselves or to the reader: a speech verb with one of them as its subject
reports no one else's words."""

SPEECH_VERBS = frozenset(
    """say tell add ask complain respond reply insist warn argue note claim deny admit explain write state declare
    announce stress emphasize emphasise comment continue conclude acknowledge confirm suggest predict urge caution
    contend maintain observe point recall remark report reiterate repeat describe affirm assert assure concede
    counter testify tweet post blog joke boast lament vow pledge promise believe think estimate recommend propose
    question wonder charge allege accuse criticize criticise praise call spell tout decry concur agree disagree
    reveal indicate express insist shout cry whisper mention muse quip retort object protest demand threaten order cite read celebrate hope
    summarize summarise recount inform advise reason rule opine find determine remind signal direct instruct""".split()
)
"""Speech and report verbs by lemma (the set follows the reporting-verb lists of quote-attribution corpora such as PARC 3.0)."""
_PRONOUNS = {"he": "person", "she": "person", "it": "thing", "they": "plural"}
_POSSESSIVES = {"his": "person", "her": "person", "its": "thing", "their": "plural"}
_CLIMB = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "acl", "acomp"})  # acomp: "Furlong was right to say"
_DASHES = "–—-"
LOOKBACK_SENTENCES = 3
_QUOTING = frozenset({"quote", "cite"})
_ADDRESSING = frozenset("tell inform brief notify assure warn advise remind".split())
"""Speech verbs whose object is whom the words are addressed to: in the passive with no agent ('had been told
informally that ...') their subject heard the words and no one named spoke them."""
DESCRIBING = frozenset("describe call label brand term dub characterize characterise".split())
"""Verbs of calling something something: with an object and its description they report a judgement."""
HANDLE = re.compile(r"(?<![\w@])@\w{1,30}")
"""A social-media handle ('@unzippedblog'): Twitter's and most platforms' usernames are letters, digits and '_'."""
_HANDLE_LINE = re.compile(r"(@\w{1,30}):[ \t]+(?=\S)")


@dataclass
class Attribution:
    """Who said quote `quote` (an index into the quotes list), and how code knows."""

    quote: int
    speaker: str | None = None  # a referent's name or an unnamed source's description
    named: bool = False  # the speaker is a referent (not a description)
    candidates: list[str] = field(default_factory=list)  # two or more that fit: the model chooses
    how: str = "unattributed"  # verb | according | lead-in | dash | pronoun | role | continues | follows | repeats | term
    cue: str = ""  # the attributing words
    sentence: tuple[int, int] = (0, 0)  # the quote's own sentence(s), context for a question
    details: list[str] = field(default_factory=list)  # ', Title, Org' after a dash byline
    affiliation: str = ""  # an unnamed or unrecognised speaker's organisation ('a Home Office spokesperson')
    plural: bool = False  # an unnamed speaker in the plural ('critics'): a group
    subject: int | None = None  # the token of an unnamed speaker's noun
    gender: str = ""  # 'm' or 'f': the quote's own 'he' or 'she', when no one named before it fits
    ownerless: bool = False  # its sentence gives the words to a document or a bare noun that no one owns: no one's


@dataclass
class Citation:
    """A source cited without quotation marks: 'Microsoft says that ...', 'according to X'."""

    speaker: str
    named: bool
    sentence: tuple[int, int]
    affiliation: str = ""
    plural: bool = False
    subject: int | None = None
    document: bool = False  # a document cited as itself ('according to media reports'): no one who takes sides
    embedded: bool = False  # reported in a relative or subordinate clause ('a fight with executives who say ...', 'When
    # Veltrana announced ..., I understood'): not the sentence's


# --------------------------------------------------------------------------- quotes


def attribute(doc: "Doc", quotes: list[Quote], refs: Referents) -> list[Attribution]:
    """One attribution per quote, in order (see the module docstring)."""
    out: list[Attribution] = []
    answered_by = {start: name for (start, _), name in interview_answers(doc, refs).items()}  # read once per article
    terms = terms_of_a_change(doc, quotes)
    for n, quote in enumerate(quotes):
        if n in terms:
            out.append(Attribution(n, how="term", sentence=_sentence_of(doc, quote)))
            continue  # 'switched from "cognitive decline" to "incident dementia"': the names of things, no one's words
        a = _resolved(doc, quotes, n, refs, _own(doc, quotes, n, refs, answered_by)) or Attribution(n)
        a.sentence = _sentence_of(doc, quote)
        if a.speaker is None and not a.candidates and (source := _words_came_from(doc, quote, refs)) is not None:
            a.speaker, a.named, a.how = source, True, "verb"  # '"...." The warning came from Dr. Naomi Greer'
        if a.speaker is None and not a.candidates and not a.ownerless:
            _inherit(doc, quotes, out, a, refs)
        out.append(a)
    _share_over_paragraphs(quotes, out)
    _pull_quotes(doc, quotes, out)
    for a in out:
        ref = refs.find(a.speaker) if a.speaker and a.named else None
        bearers = _bearers_of(ref, refs) if ref is not None else []
        if len(bearers) >= 2:  # 'Yoon said' of Yoon Tae-joon and his father Yoon Jae-hyuk: the model chooses
            titled = _titled_bearer(text_of(doc), a.cue, a.speaker or "", bearers, refs)  # 'Col. Quispe told': the colonel
            a.speaker, a.named, a.candidates = (titled, True, []) if titled else (None, False, bearers)
    return out


TERM_WORDS = 4
"""Most words of a quoted term in a change 'from "X" to "Y"' (`terms_of_a_change`)."""


def terms_of_a_change(doc: "Doc", quotes: list[Quote]) -> set[int]:
    """The indices of the quotes that name the two ends of a change, 'from "X" to "Y"' with nothing but 'to' between
    them ('the main outcome was switched from "cognitive decline" to "incident dementia"', 'cut the outlook from
    "stable" to "negative"'), each of at most TERM_WORDS words: labels the text mentions, not words someone said
    (the use-mention distinction), whoever the sentence's speech verb names."""
    text = text_of(doc)
    found: set[int] = set()
    for n in range(len(quotes) - 1):
        first, second = quotes[n], quotes[n + 1]  # (in article order)
        if max(word_count(first.text), word_count(second.text)) > TERM_WORDS:
            continue
        before = text[max(0, first.start - 7) : first.start]
        between = text[first.end : second.start]
        if re.search(r"\bfrom\s+\W$", before, re.I) and re.fullmatch(r"\W?\s+to\s+\W", between, re.I):
            found.update((n, n + 1))
    return found


def _words_came_from(doc: "Doc", quote: Quote, refs: Referents) -> str | None:
    """Whom the sentence right after a quotation names as its source with 'came from' ('"Nobody wins a long transit
    strike." The warning came from Dr. Naomi Greer, a labour-relations professor ...'): its subject a definite noun
    of words (WordNet's noun.communication: a warning, a remark, a comment), in the same paragraph; the person or
    body named after 'from', or None."""
    text = text_of(doc)
    after = quote.end
    while after < len(text) and text[after] in QUOTE_MARKS + " .!?,":
        after += 1
    if after >= len(text) or "\n" in text[quote.end : after]:
        return None
    token = next((t for t in doc if t.idx >= after), None)
    if token is None or not token.is_sent_start:
        return None
    root = token.sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if root.lemma_ != "come" or subject is None or noun_class(subject.lemma_) != "noun.communication":
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this", "those", "these") for c in subject.children):
        return None
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for obj in prep.children:
                ref = refs.at(obj.i) if obj.dep_ == "pobj" else None
                if ref is not None and ref.kind in ("person", "organization"):
                    return ref.name
    return None


_STRENGTH = {"verb": 5, "according": 5, "dash": 5, "role": 4, "lead-in": 3, "pronoun": 2, "follows": 1, "repeats": 1, "continues": 0}

BY_ITS_PLACE = frozenset({"lead-in", "follows", "continues", "unattributed"})
"""How an attribution is known when no words in or beside the quote's own sentence name its speaker."""


def _pull_quotes(doc: "Doc", quotes: list[Quote], out: list[Attribution]) -> None:
    """A quotation that is a paragraph of its own and repeats words an earlier quotation held ('"This fine should send
    a clear message to the whole industry."' after Markby's '"This fine should send a clear message to the whole
    industry that ..."', said Helen Markby) is a pull quote: its speaker is the earlier quotation's, not whoever the
    paragraph before it cites; so is a quotation in the headline whose words a later quotation holds. Only when
    nothing in or beside its own sentence attributes it (`BY_ITS_PLACE`); the
    earlier quotation may be attributed any way. A pull quote set before the words it repeats takes the speaker of
    the later quotation that holds them within a paragraph of running text (a quotation continued over paragraphs
    keeps its speaker: 'Gaps are where mistakes happen. I would rather women travel ...', Anand's third paragraph)."""
    text = text_of(doc)
    headline = headline_span(text)
    for n, a in enumerate(out):
        quote = quotes[n]
        in_headline = headline is not None and headline[0] <= quote.start < headline[1]  # '"We have not won anything
        # yet": nurses' leader on the suspended strike', as headlines quote the story's words
        by_role = in_headline and a.how == "verb" and _said_by_a_role(doc, headline)  # '"We will fight this all the
        # way," says Corvell chief': the person whose words the story quotes, not the body the role is at
        if a.how not in BY_ITS_PLACE and not by_role or len(quote.text.split()) < 4 or not (_alone_in_paragraph(text, quote) or in_headline):
            continue
        words = _plain(quote.text)
        earlier = next((m for m in range(n) if out[m].speaker and words in _plain(quotes[m].text)), None)
        later = (
            m for m in range(n + 1, len(out))
            if out[m].speaker and words in _plain(quotes[m].text) and out[m].how != "unattributed"
            and (quotes[m].continues is not None or not _alone_in_paragraph(text, quotes[m]))
        )
        found = earlier if earlier is not None else next(later, None)
        if found is not None and by_role and not out[found].named:
            continue  # a role in the headline, and a description of someone in the story: the role says as much
        if found is not None:
            source = out[found]
            a.speaker, a.named, a.candidates, a.how = source.speaker, source.named, [], "repeats"
            a.affiliation, a.plural, a.subject, a.cue = source.affiliation, source.plural, source.subject, ""


def _said_by_a_role(doc: "Doc", headline: tuple[int, int]) -> bool:
    """Whether a headline's speech verb (`SPEECH_VERBS`) has a common noun of a person's role or office as its
    subject ('says Corvell chief', 'union boss warns'): headlines name people by their role and leave the name to
    the story (a body or a name as the subject, 'says Corvell', keeps its speaker)."""
    line = doc.char_span(headline[0], headline[1], alignment_mode="expand")
    for verb in line or []:
        if lemma(verb) not in SPEECH_VERBS or verb.pos_ != "VERB":
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:  # '... says Corvell chief as Pantry deal is blocked': the parser may hang the inverted
            after = [t for t in line if t.i > verb.i]  # subject elsewhere; it is the noun phrase right after the verb
            subjects = next(([t] for t in after if not (t.pos_ in ("PROPN", "ADJ", "DET") or t.tag_ == "POS")), [])
        if any(t.pos_ == "NOUN" and noun_class(t.lemma_.lower()) == PERSON for t in subjects):
            return True
    return False


def _plain(words: str) -> str:
    return " ".join(re.findall(r"\w+", words.lower()))


def _alone_in_paragraph(text: str, quote: Quote) -> bool:
    """Whether the quotation, with its marks, is all its paragraph holds."""
    start = text.rfind("\n", 0, quote.start) + 1
    end = text.find("\n", quote.end)
    end = len(text) if end == -1 else end
    return len(text[start:end].strip().strip(QUOTE_MARKS + ".,;: ")) <= len(quote.text.strip().strip(QUOTE_MARKS + ".,;: "))


def _share_over_paragraphs(quotes: list[Quote], out: list[Attribution]) -> None:
    """A quote over several paragraphs has one speaker: the strongest attribution of any of its parts
    ('"...\n"...," says Joseph Humire.' names the speaker of the first paragraph too)."""
    chains: list[list[int]] = []
    for n, quote in enumerate(quotes):
        if quote.continues is not None and chains and chains[-1][-1] == quote.continues:
            chains[-1].append(n)
        else:
            chains.append([n])
    for chain in chains:
        if len(chain) < 2:
            continue
        own = [chain[0], *(n for n in chain[1:] if out[n].how not in BY_ITS_PLACE)]  # a later part's lead-in is the
        # part before it, the same speaker's words ('"... combined.\n\n"We ask the GAF ..."': not 'Brazil', its subject)
        best = max((out[n] for n in own if out[n].speaker or out[n].candidates), key=lambda a: (a.named, _STRENGTH.get(a.how, 0)), default=None)
        if best is None:
            continue
        for n in chain:
            a = out[n]
            if (a.named, _STRENGTH.get(a.how, 0)) < (best.named, _STRENGTH.get(best.how, 0)) or n != chain[0] and a.how in BY_ITS_PLACE:
                a.speaker, a.named, a.candidates, a.cue = best.speaker, best.named, list(best.candidates), best.cue
                a.how, a.affiliation, a.plural = "continues", best.affiliation, best.plural


def _resolved(doc: "Doc", quotes: list[Quote], n: int, refs: Referents, found: Attribution | None) -> Attribution | None:
    """An anaphoric description ('the blog notes') gives way to the name earlier in its paragraph."""
    if found is None or not _anaphoric(found, doc) or found.subject is None:
        return found
    named = _earlier_in_paragraph(doc, quotes, n, doc[found.subject].sent, refs)
    if named is None or not named.named:
        return found
    named.how = found.how
    return named


def _own(doc: "Doc", quotes: list[Quote], n: int, refs: Referents, answered_by: dict[int, str]) -> Attribution | None:
    """The attribution the quote's own sentence, line or label gives (`answered_by`: the start of each interview
    answer -> its interviewee, `interview_answers`); None when none does."""
    quote = quotes[n]
    handle = _handle_lead(text_of(doc), quote)
    if handle:
        return Attribution(n, _handle_owner(handle, refs), True, how="lead-in", cue=f"{handle}:")
    answered = answered_by.get(quote.start)
    if answered is not None:  # 'We asked Dr Ruth Callaghan ... Q: ... A: They are counting different things.'
        return Attribution(n, answered, True, how="lead-in", cue="A:")
    label = turn_label(text_of(doc), quote)
    if label:  # 'MAYOR LENA ORTIZ: With respect to Marta, ...': a transcript's turn is its speaker's
        return Attribution(n, _turn_speaker(label, refs), True, how="lead-in", cue=f"{label}:")
    named = _name_label(text_of(doc), quote, refs)
    if named is not None:  # '19:31 — Nandakumar: "I'd rather be honest and lose ..."', a live blog's line
        return Attribution(n, named.name, True, how="lead-in", cue=f"{named.name}:")
    frame = _frame(doc, quotes, quote)
    verb = _speech_verb(frame, doc, quote)
    according = _according(frame)
    if according is not None and verb is not None and not _governs(verb, doc, quote):
        verb = None  # '..., per an Iranian source, reportedly included "..."': not the fees Iran 'charged' after it
    subject = _subject(verb) if verb is not None else None
    if verb is not None and _act_in_headlinese(doc, verb, subject):
        verb = None  # "'They did the opposite of what we asked': fury as maternity closure confirmed": what was done
    if verb is not None:
        if subject is not None and subject.lower_ == "you" and (asked := _asked(text_of(doc), quote, answered_by)):
            return Attribution(n, asked, True, how="verb", cue=_cue(doc, subject, verb))  # 'Q: Last Monday you called
            # the offer "an insult".': the interviewee's word, which the question recalls
        if subject is not None:
            return _from_subject(doc, quotes, n, subject, refs, "verb", verb)
    if according is not None:
        return _from_subject(doc, quotes, n, according, refs, "according", according.head)
    within = _named_within(doc, quotes, n, refs)
    if within is not None:
        return within
    titled = _headline_quote_s_subject(doc, quote, refs)
    if titled is not None:  # '"You found yourself a villa": judge jails ex-mayor Pryle for seven years'
        return Attribution(n, titled, True, how="verb", cue=text_of(doc)[quote.end : quote.end + 40].split("\n")[0].strip(' "”:'))
    owner = _possessor_of_words(doc, quote)
    if owner is not None:
        return _from_subject(doc, quotes, n, owner, refs, "verb", owner.head)
    dash = _dash_byline(doc, quote, refs)
    if dash is not None:
        dash.quote = n
        return dash
    lead = _lead_in(doc, quotes, quote)
    if lead is not None:
        found = _own_sentence_speaker(doc, quotes, n, lead, refs)
        if found is None or not (found.speaker or found.candidates) or _anaphoric(found, doc):
            found = _earlier_in_paragraph(doc, quotes, n, lead, refs) or found
        if found is not None:
            found.how = "lead-in"
            return found
    subject = _subject_of_quoted_clause(doc, quote)
    person = refs.at(subject.i) if subject is not None else None
    if subject is not None and person is not None and person.kind == "person":
        return _from_subject(doc, quotes, n, subject, refs, "verb", subject.head)
    return None


_ACTS_AND_EVENTS = frozenset({"noun.act", "noun.event", "noun.process"})
"""WordNet's lexicographer files of nouns of what is done or happens ('closure', 'merger', 'strike')."""


def _act_in_headlinese(doc: "Doc", verb: "Token", subject: "Token | None") -> bool:
    """Whether a speech verb of the headline has for its subject a common noun whose most frequent WordNet sense is
    an act, event or process (`_ACTS_AND_EVENTS`): headlines drop the auxiliary of the passive ('fury as maternity
    closure confirmed': the closure is confirmed), and an act says nothing, so the verb names no speaker. Only in
    the headline: in the body, 'the ruling said' quotes a document."""
    headline = headline_span(text_of(doc))
    if subject is None or headline is None or not headline[0] <= verb.idx < headline[1]:
        return False
    return subject.pos_ == "NOUN" and not subject.ent_type_ and noun_class(subject.lemma_) in _ACTS_AND_EVENTS


def partial_quotes(doc: "Doc", quotes: list[Quote], refs: Referents) -> list[Attribution]:
    """Attributions of one-word quotations someone is reported to have said (`quotes`, found with
    `find_quotes(text, min_words=1)`: each of one word): the word in lower case (no name or title), inside the
    clause of a speech verb whose subject names its speaker (`Halvern said it was "disappointed" by the draft
    opinion`, `He added that the patient numbers cited by campaigners were "optimistic"`), the partial quotation
    of news writing; a quoted word with no such verb is a scare quote or a term, no one's words, and is left out,
    and so is one inside the speaker's own noun phrase (a firm's rating in the clause that describes the analyst).
    The tuning gold labels such one-word quotes (10 of 798), which two new users also expected. Each
    attribution's `quote` indexes `quotes`."""
    out = []
    every = sorted([*quotes, *quotes_of(doc)], key=lambda q: q.start)  # the one-word quotations among the others
    terms = {(every[i].start, every[i].end) for i in terms_of_a_change(doc, every)}  # 'from "stable" to "negative"'
    for n, quote in enumerate(quotes):
        if not quote.text[:1].islower() or word_count(quote.text) != 1 or (quote.start, quote.end) in terms:
            continue
        if re.search(r"\bso[- ]called\W*$", text_of(doc)[max(0, quote.start - 12) : quote.start], re.I):
            continue  # 'the so-called "experts"': the writer's distance from a word, no one's words
        frame = _frame(doc, quotes, quote)
        verb = _speech_verb(frame, doc, quote)
        if verb is None or not _governs(verb, doc, quote):
            continue
        subject = _subject(verb)
        if subject is None or subject.left_edge.idx <= quote.start < subject.right_edge.idx + len(subject.right_edge):
            continue  # 'Sung-min Park, an analyst at broker Harlow & Finch, which rates Harvest a "buy" ..., said':
            # a word inside the speaker's own noun phrase describes the speaker; it is not what they said
        found = _resolved(doc, quotes, n, refs, _from_subject(doc, quotes, n, subject, refs, "verb", verb))
        if found is not None and found.speaker and found.named and not found.candidates:
            found.sentence = _sentence_of(doc, quote)
            out.append(found)
    return out


def _handle_lead(text: str, quote: Quote) -> str:
    """'@onewmphoto: No sooner than posting ...': a post quoted on its own line after its author's handle."""
    line_start = text.rfind("\n", 0, quote.start) + 1
    m = re.fullmatch(r"\s*(@\w{1,30}):\s+", text[line_start : quote.start])
    return m.group(1) if m else ""


def _handle_owner(handle: str, refs: Referents) -> str:
    """The one organisation or person of the article a handle spells ('@unzippedblog' is 'Unzipped: Gay Armenia',
    '@BBCNews' is 'BBC News'): the handle starts with the whole name run together (three letters or more) or with
    its first word (five or more), or holds the run-together name of five or more. Else the handle itself."""
    key = norm(handle).replace(" ", "")
    owners = []
    for ref in refs.items:
        if ref.kind not in ("person", "organization") or ref.place or canonical_country(ref.name):
            continue  # '@ArmenianWomen' is not Armenia
        words = norm(ref.name).split()
        joined = "".join(words)
        spelled = key == joined or len(joined) >= 3 and key.startswith(joined) or len(joined) >= 5 and joined in key
        if words and (spelled or len(words[0]) >= 5 and key.startswith(words[0])):
            owners.append(ref.name)
    return owners[0] if len(owners) == 1 else handle


def _subject_of_quoted_clause(doc: "Doc", quote: Quote) -> "Token | None":
    """'Putin, meanwhile, “shared his vision of the situation”': the quote is the rest of a clause whose subject,
    a name, stands before it."""
    inside = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if inside is None:
        return None
    verb = inside.root
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i < inside.start and child.pos_ == "PROPN":
            return child
    return None


def _frame(doc: "Doc", quotes: list[Quote], quote: Quote, within: bool = False) -> list["Token"]:
    """The tokens of the quote's sentence(s) that lie outside every quote: where its attribution is written. With
    `within`, the words of a quote around it count too (`_named_within`)."""
    sentences = [s for s in doc.sents if s.start_char <= quote.end and quote.start <= s.end_char]
    after = doc.char_span(quote.end, min(len(text_of(doc)), quote.end + 3), alignment_mode="expand")
    if sentences and after is not None and quote.text[-1:] in "!?" and "\n" not in text_of(doc)[quote.end : quote.end + 3]:
        nxt = sentences[-1].end
        if nxt < len(doc) and doc[nxt].sent.start_char <= quote.end + 3:  # '“... for Russia!” Maduro said': the
            sentences.append(doc[nxt].sent)  # parser ended the sentence at the exclamation inside the quote
    tokens = [t for s in sentences for t in s]
    others = [q for q in quotes if not within or q is quote or not (q.start <= quote.start and quote.end <= q.end)]
    return [t for t in tokens if not any(q.start - 1 <= t.idx < q.end + 1 for q in others) and not t.is_space]


def _named_within(doc: "Doc", quotes: list[Quote], n: int, refs: Referents) -> Attribution | None:
    """A quote inside another (an interview's answer, a speaker's words) whose words around it give it a speech
    verb with a named person or body for its subject ('A: ... Adrian Mopelle looked at me and said, "This is the
    last money in the building."'): that one's words, not the interviewee's, as a quotation within a quotation is
    attributed in its own clause. None otherwise: 'I told them, "Close it tonight"' stays the speaker's, and so do
    the words an unnamed one is reported to have used ('One speaker praised the "brave youth"' in a blogger's
    excerpt)."""
    quote = quotes[n]
    if not any(q is not quote and q.start <= quote.start and quote.end <= q.end for q in quotes):
        return None
    verb = _speech_verb(_frame(doc, quotes, quote, within=True), doc, quote)
    subject = _subject(verb) if verb is not None else None
    ref = (_person_in_apposition(subject, refs) or refs.at(subject.i)) if subject is not None else None
    if ref is None or ref.kind not in ("person", "organization") or subject.pos_ == "PRON":
        return None
    return _from_subject(doc, quotes, n, subject, refs, "verb", verb)


def _speech_verb(frame: list["Token"], doc: "Doc", quote: Quote) -> "Token | None":
    inside = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    verbs = [
        t
        for t in frame
        if (lemma(t) in SPEECH_VERBS or _put_it(t) or _called_as(t, inside) or _reports_that(t, inside))
        and _verbal(t)
        and t.dep_ != "amod"  # 'clinically confirmed cases', 'the reported figure': a participle used as an adjective
        and not _negated(t)
        and not _nominal_gerund(t)
        and not _sums(t)
    ]
    if not verbs:
        return None
    governing = [v for v in verbs if _governs(v, doc, quote)]
    governing = [v for v in governing if not _found_in_report(v, governing) and not _conjunct_reported(v, governing, inside)] or governing
    pool = governing or verbs
    return min(pool, key=lambda v: min(abs(v.idx - quote.end), abs(v.idx - quote.start)))


def _sums(verb: "Token") -> bool:
    """'the rise would add "around £40 a month" to a typical mortgage': 'add' with an object and a 'to' phrase
    sums, it does not speak (one adds words, 'he added that ...', to nothing)."""
    return lemma(verb) == "add" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


_FINDING = frozenset("find determine reveal indicate signal".split())
"""Verbs of finding out, among SPEECH_VERBS: they report words only with a clause of content ('the study found
that ...')."""


def _found_in_report(verb: "Token", governing: list["Token"]) -> bool:
    """'Its regional organiser, Helen Cartwright, said staff had found out about the closures "from the local
    paper"': a verb of finding out (`_FINDING`) with no clause of its own, inside what another governing speech
    verb reports, is part of the report; the reporter speaks. So is any verb that governs only by its content
    clause (`_reports_that`, no speech verb itself) under a governing speech verb: 'Teresa Almeida said the ruling
    proved that "pensioners are not ..."' is hers, not the ruling's."""
    if lemma(verb) not in SPEECH_VERBS:
        return not _aside(verb) and any(v.is_ancestor(verb) and lemma(v) in SPEECH_VERBS for v in governing)
    return lemma(verb) in _FINDING and not any(c.dep_ == "ccomp" for c in verb.children) and any(v.is_ancestor(verb) for v in governing if v.i != verb.i)


def _conjunct_reported(verb: "Token", governing: list["Token"], inside: "Span | None") -> bool:
    """'Colin Drury said members had written to the council and received "a two-line brush-off"': the quotation is
    in a clause conjoined to `verb` whose own verb is no speech verb (what members received, not what they wrote),
    and another governing speech verb above reports both clauses; that reporter speaks."""
    if inside is None:
        return False
    own = inside.root
    while own.pos_ not in ("VERB", "AUX") and own.head.i != own.i:
        own = own.head
    if own.dep_ != "conj" or own.head.i != verb.i or lemma(own) in SPEECH_VERBS:
        return False
    return any(v.i != verb.i and v.is_ancestor(verb) and lemma(v) in SPEECH_VERBS for v in governing)


def _nominal_gerund(token: "Token") -> bool:
    """'called that finding "clinically meaningful"': an -ing form with a determiner is a noun, whatever its tag
    (determiners modify nouns), so it reports no one's words."""
    return token.tag_ == "VBG" and any(c.dep_ == "det" for c in token.children)


def _called_as(verb: "Token", inside: "Span | None") -> bool:
    """'dismissed those provisions as "a fig leaf"', 'hailed the ruling as "historic"': a verb with an object and
    an 'as' phrase that opens with the quote calls the object by the quote's words, so it reports its subject's
    words, whatever the verb (calling something something is saying it). In a relative clause the object may be
    the noun the clause modifies ('a concession the federation dismissed as "paperwork ..."'); set off by a comma,
    that noun and its clause are the writer's aside, not part of what a speech verb above reports (`_aside`)."""
    gapped = verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and not _relative_pronoun(c) for c in verb.children)
    if not (gapped or any(c.dep_ == "dobj" for c in verb.children)):
        return False
    if not _aside(verb) and any(lemma(a) in SPEECH_VERBS for a in verb.ancestors):
        return False  # '... said that the family regarded the vote as "a formality"': the one who said it speaks
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    phrases += [m for c in verb.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark" and m.lower_ == "as"]
    # 'dismissed Lindqvist's cost figure as "math built backwards ..."': the parser read the quoted words as a clause
    for obj in (c for c in verb.children if c.dep_ == "dobj"):  # 'dismissed the claim that the offer is worth 5 per
        phrases += [t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "as" and t.right_edge.i >= obj.right_edge.i]
        # cent as "a conjuring trick"': the parser hung the 'as' ending the object on a clause inside it
    return inside is not None and any(p.i < inside.start and all(t.is_punct for t in verb.doc[p.i + 1 : inside.start]) for p in phrases)


def _aside(verb: "Token") -> bool:
    """Whether `verb` heads a relative clause on a noun phrase set off by a comma ('He said producers would be
    exempt, a concession the federation dismissed as ...'): a non-restrictive description the writer adds, whose
    words are not those of a speech verb the phrase hangs from."""
    if verb.dep_ != "relcl":
        return False
    opening = verb.head.left_edge.i
    return opening > 0 and verb.doc[opening - 1].text == ","


def _reports_that(verb: "Token", inside: "Span | None") -> bool:
    """'Maduro ratified that your country is on "the path of powerful military cooperation"': a verb whose
    'that' clause holds the quote (`inside`, its tokens) reports its subject's words, whatever the verb (a
    content clause is what the PARC attribution corpus takes as the content of any cue, Pareti 2016)."""
    if verb.pos_ != "VERB" or inside is None:
        return False
    for clause in verb.children:
        if clause.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            if clause.left_edge.i <= inside.start and inside.end - 1 <= clause.right_edge.i:
                return True
    return False


def _puts_a_figure_at(verb: "Token") -> bool:
    """'Lowe puts the saving from the two buildings at just £1.1m', 'the union puts the loss at 85 officers': 'put'
    or 'place' with an object and an 'at' phrase holding a number is an estimate its subject gives, as news writes
    one (`_reports` asks a clause of what was said, which the idiom has none of)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("put", "place") or not any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children):
        return False
    at = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "at"]
    return any(t.like_num or t.tag_ == "CD" for p in at for t in p.subtree)


def _put_it(verb: "Token") -> bool:
    """'as one Member put it, "end this conflict"': the idiom 'as X put it' reports X's words."""
    return verb.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    )


def _governs(verb: "Token", doc: "Doc", quote: Quote) -> bool:
    """Whether the quote's first words hang (directly or further down) from `verb` in the parse."""
    inside = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return inside is not None and any(verb.is_ancestor(t) for t in inside[:3])


def _possessor_of_words(doc: "Doc", quote: Quote) -> "Token | None":
    """"Kremlin spokesman Dimitri Peskov's insistence on respecting 'International Law'": whose noun governs the quote."""
    inside = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if inside is None:
        return None
    for ancestor in inside.root.ancestors:
        if ancestor.pos_ == "VERB":
            return None
        if ancestor.pos_ == "NOUN":
            for child in ancestor.children:
                if child.dep_ == "poss" and child.pos_ == "PROPN":
                    return child
    return None


def _negated(token: "Token") -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _object_of_stranded_preposition(subject: "Token") -> "Token | None":
    """The object the parser took from a preposition on a verb's subject and made a second subject of the verb:
    'A spokesperson for Mines Minister Gordon Kettering said', parsed with 'for' left without an object and
    'Gordon Kettering' as a subject of its own. The name's phrase begins right after the preposition, so it is
    whom the spokesperson speaks for, not the speaker; None when the parse has no such stranded preposition."""
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for prep in subject.children:
        if prep.dep_ != "prep" or any(o.dep_ == "pobj" for o in prep.children):
            continue
        for other in verb.children:
            if other.dep_ == subject.dep_ and other.i > prep.i and other.left_edge.i == prep.i + 1:
                return other
    return None


def _campaign_read_as_a_clause(verb: "Token") -> "Token | None":
    """The campaign a speech verb with no subject reports, when the parser read the campaign's name as an
    imperative clause before the verb ('Keep Merrigal Births, a group of local mothers, says there were ...':
    'Keep' parsed as an adverbial clause of 'says'): the root of the campaign's name (`campaign_names`), whose
    verb is a clause hanging from the speech verb before it. None otherwise."""
    doc = verb.doc
    for child in verb.lefts:
        if child.dep_ in ("advcl", "csubj", "ccomp") and child.pos_ in ("VERB", "AUX"):
            name = next((m for m in campaign_names(doc) if m.start == child.idx), None)
            if name is not None:
                return doc[name.root] if name.root < verb.i else None
    return None


def _name_under_a_misread_verb(subject: "Token") -> "Token | None":
    """The name that opens a subject the parser read as a clause of its own ('Priya Sandhu, campaigns director at
    the environmental group Clean Streams Alliance, said:' parsed with 'campaigns' a verb, the speech verb's subject,
    and 'Sandhu' its subject): a person's name set off by a comma before it, as the subject of that misread verb. A
    verb is never who speaks."""
    name = next((c for c in subject.children if c.dep_ == "nsubj" and c.i < subject.i and c.ent_type_ == "PERSON"), None)
    if name is None or name.i + 1 >= len(name.doc) or name.doc[name.i + 1].text != ",":
        return None
    return name


def _subject(verb: "Token") -> "Token | None":
    """The speaker token of a speech verb: its subject, its passive agent, or its head clause's subject. The one
    quoted is the speaker, not who quotes them ('Minasyan was quoted by the local media as saying ...'). A subject
    inside quotation marks is passed over when the verb has another ('"Hindi po ito pamumulitika," Gov. Rodrigo
    Villaraza told reporters': the parser took the quote's last word for a second subject). Of two or more
    subjects before the verb, the nearest is the head the parser broke a premodifier off ('Facebook co-founder
    Mark Zuckerberg tweeted ... and said', parsed with 'co', '-' and 'Zuckerberg' all as subjects)."""
    children = list(verb.children)
    outside = [c for c in children if c.dep_ in ("nsubj", "nsubjpass") and not _in_quotation(c)]
    if outside:
        before = [c for c in outside if c.i < verb.i and c.pos_ in ("NOUN", "PROPN", "PRON") and c.text[:1].isalnum()]
        stranded = _object_of_stranded_preposition(before[-2]) if len(before) > 1 else None
        if stranded is not None and stranded.i == before[-1].i:
            outside = before[-2:-1]  # 'A spokesperson for Mines Minister Gordon Kettering said': the role, not the name
        elif len(before) > 1:
            outside = before[-1:]  # the parser broke a premodifier off the subject: the nearest is its head
        children = [c for c in children if c.dep_ not in ("nsubj", "nsubjpass") or c in outside]
    for child in children:
        if child.dep_ in ("nsubj", "nsubjpass") and not _relative_pronoun(child):
            named = _name_before_its_relative_clause(verb)
            if named is not None and named.i < child.i and child.pos_ in ("NOUN", "VERB") and not child.ent_type_:
                return named  # 'Chinedu Eze, who runs two POS stands at ..., said:': 'stands' parsed as the subject
            if child.pos_ in ("VERB", "AUX") and (name := _name_under_a_misread_verb(child)) is not None:
                return name  # 'Priya Sandhu, campaigns director at ..., said': 'campaigns' read as a verb, her its subject
            if child.dep_ == "nsubjpass" and verb.lemma_.lower() not in _QUOTING:
                agent = _agent(verb)
                if agent is not None:
                    return agent
                if verb.lemma_.lower() in DESCRIBING:
                    return None  # 'These protests have been called "Against the Digital AI-5"': what is named, no speaker
                if verb.lemma_.lower() in _ADDRESSING:
                    return None  # 'Calloway Ridge had been told informally that ...': who was told, no speaker
            return child
        if child.dep_ == "agent" and verb.lemma_.lower() not in _QUOTING:
            agent = _agent(verb)
            if agent is not None:
                return agent
    for child in verb.lefts:  # 'Haidt, writing in The Atlantic, argued': the parser made him the participle's subject
        if child.dep_ == "advcl" and child.tag_ == "VBG":
            subject = next((c for c in child.lefts if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
            if subject is not None:
                return subject
            subject = _apposed_to_its_place(child, verb)
            if subject is not None:
                return subject
    if verb.pos_ not in ("VERB", "AUX") and _name_before(verb) is not None:
        return _name_before(verb)
    if (named := _apposed_name_before(verb)) is not None:
        return named  # "In a statement posted to the company's investor site, chief executive Douglas Whitcombe said"
    if verb.dep_ == "amod" and verb.head.pos_ == "PROPN" and 0 < verb.head.i - verb.i <= 3:
        return verb.head  # '"...", added KCNA.' parsed as an adjective of the name after it
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    inverted = after is not None and _right_after_a_quote(verb)  # '"...," said X'
    if inverted and after.dep_ == "dobj" and after.head.i == verb.i and after.pos_ == "PROPN":
        return after  # '"...", added KCNA.': the inverted subject parsed as an object
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None) if inverted else None
    if obj is not None and obj.left_edge.i == verb.i + 1 and lemma(verb) != "tell":
        named = next((c for c in obj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        return named or obj  # '"...," announced the lawyer Juan Pablo Restrepo': the inverted subject as an object
    if inverted and after.ent_iob_ == "B" and after.ent_type_ in ("PERSON", "ORG"):
        ent = next((e for e in verb.doc.ents if e.start == after.i), None)  # '"...," said Pieter Van den Berghe, a
        if ent is not None:  # senior fellow': the inverted name the parser broke up ('den' taken for a verb)
            return ent[-1]
    if inverted and after.dep_ == "nsubj" and after.head.i > after.i and after.pos_ in ("NOUN", "PROPN"):
        return after  # "'...', says trust as board backs takeover": the inverted subject the parser gave the next clause
    named = _name_after_the_quote(verb) or _phrase_after_the_quote(verb)
    if named is not None:
        return named
    if (campaign := _campaign_read_as_a_clause(verb)) is not None:
        return campaign
    root = verb.sent.root
    if verb.tag_ == "VBD" and verb.dep_ == "acl" and root.pos_ in ("PROPN", "NOUN") and root.i < verb.i and root.dep_ == "ROOT":
        return root  # 'Dennis Haverty, president of ..., which represents 310 officers, called the proposal "..."': a
        # finite verb the parser hung on the last noun, in a sentence it left with no verb of its own
    who = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "who" and _relative_pronoun(c)), None)
    if verb.dep_ == "relcl" and (who is None or _spans_to(verb.head, who)):
        if who is not None:
            person = _person_described_at(verb.head)
            if person is not None:
                return person
        return verb.head  # 'Heald, who said ...', 'the leader of the party, who said ...'
    if who is not None:  # the parser hung 'who said' elsewhere: 'criticizes García, who said'
        return _relative_antecedent(who) or (verb.head if verb.dep_ == "relcl" else None)
    if (issuing := _document_before_a_time(verb)) is not None:
        return _subject(issuing)  # 'issued a statement shortly after the vote calling the decision "..."'
    head = verb
    for _ in range(3):  # 'Sunak defended the record whilst promising ...': the clause it hangs from has the subject
        if head.dep_ not in _CLIMB or head.head.i == head.i:
            return _name_before_its_relative_clause(verb) or name_joined_to_a_fronted_place(head)
        if joined_above(head):
            head = head.head  # past the perfect it was wrongly joined to, to the clause that reports it
        head = head.head
        while _set_off(verb) and head.dep_ == "ccomp" and head.head.lemma_.lower() in SPEECH_VERBS and head.head.i != head.i:
            head = head.head  # 'X said her party would not vote ..., accusing Y of "..."': the reported clause is X's
        if _joined_to_a_report(verb, head):
            head = head.head  # 'He said it came from a survey, and accused the council of "..."': his second act
        if _set_off(verb) and head.dep_ in ("acl", "relcl") and _verbal(head.sent.root):
            head = head.sent.root  # 'She rejected the company's claim that fewer than 400,000 children were affected,
            # saying ...': a participle set off by a comma tells what the main clause's subject did, not the noun's clause
        if _in_quotation(head) and not _in_quotation(verb) and head.dep_ == "ccomp" and head.head.i != head.i:
            head = head.head  # 'The commission rated the unit "requires improvement", citing shortages': the quoted
            # words the parser read as a clause are the rating's, not a verb whose subject cites
        if _main_verb_hung_on_its_subject(verb, head):
            return head
        if _verbal(head):
            return _subject(head)
        if verb.dep_ == "acl" and head.i == verb.head.i and head.dep_ == "dobj" and carrier(head) and _verbal(head.head):
            return _subject(head.head)  # 'The commission issued a short statement saying it "..."': whoever issued the words
    return _name_before_its_relative_clause(verb) or name_joined_to_a_fronted_place(verb)


def name_joined_to_a_fronted_place(verb: "Token") -> "Token | None":
    """The person's name the parser joined, after a comma, to the place of a prepositional phrase that opens the
    verb's sentence ('In Ekora, Chief Baraka Osei, a senior elder of the royal council, welcomed the vote': 'Osei'
    parsed as a conjunct of 'Ekora', the verb left with no subject): the verb's subject. None otherwise."""
    for prep in verb.lefts:
        if prep.dep_ != "prep" or prep.i != verb.sent.start:
            continue
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            for name in place.children:
                if name.dep_ == "conj" and name.ent_type_ == "PERSON" and name.left_edge.i > 0 and verb.doc[name.left_edge.i - 1].text == ",":
                    return name
    return None


def _document_before_a_time(verb: "Token") -> "Token | None":
    """'did not attend but issued a statement shortly after the vote calling the decision "..."': a participle
    the parser hung on the object of a preposition of time ('after the vote', no document), when the clause that
    preposition belongs to has a document as its object (`carrier`: a statement, a letter): the participle tells
    what the document says, and the clause's verb, whose subject issued it, is returned. None otherwise."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.dep_ != "pobj" or carrier(noun) or noun.i > verb.i:
        return None
    preposition = noun.head
    clause = preposition.head
    if preposition.lower_ not in _TIME_PREPOSITIONS or not _verbal(clause):
        return None
    return clause if any(c.dep_ == "dobj" and carrier(c) and c.i < noun.i for c in clause.children) else None


_TIME_PREPOSITIONS = frozenset("after before during following since at on".split())


def _main_verb_hung_on_its_subject(verb: "Token", head: "Token") -> bool:
    """'Justice Hollis, who reserved her decision, observed during the hearing that ...': the parser made the
    sentence's name its root and hung the speech verb on it as a participle. A speech verb set off by a comma
    after the noun it hangs on, in a sentence with no verb above, is the sentence's main verb, and the noun its
    subject."""
    return (
        verb.dep_ == "acl" and head.i == verb.head.i and head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN")
        and head.i < verb.i and verb.doc[verb.i - 1].text == "," and lemma(verb) in SPEECH_VERBS
    )


def _set_off(verb: "Token") -> bool:
    """A participle set off by a comma ('X said her party would not vote for the budget, accusing Y of "..."'):
    the parser hangs it on the nearest clause, the reported one, but it tells what the reporter did, so its
    subject is the reporter's; a participle with no comma before it stays with its clause ('the Commerce
    Secretary had submitted a report finding that ...', a development article whose gold cites the Secretary)."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _right_after_a_quote(verb: "Token") -> bool:
    """Whether a finite speech verb follows a closing quotation mark, with or without a comma after it ('"...,"
    said X', '"...", added KCNA'), as an inverted verb does; a participle after a comma is not one ('..., accusing
    Transport Minister Jörg Haberland of "..."': its subject is the clause's it hangs from)."""
    doc, i = verb.doc, verb.i
    if verb.tag_ == "VBG" or i == 0:
        return False
    def closing(token: "Token") -> bool:  # a single mark only where the tagger reads it as closing a quotation
        return token.text in ("”", '"') or token.text in ("'", "’") and token.tag_ == "''"  # ("'We are ...', says trust")

    return closing(doc[i - 1]) or (doc[i - 1].text == "," and i > 1 and closing(doc[i - 2]))


def joined_above(verb: "Token") -> bool:
    """'X said the government had not consulted parliament and called the measure "..."': a simple past ('called')
    the parser joined to a perfect ('had ... consulted') inside a reported clause cannot share its 'had' (it would
    be 'had called'), so it is joined to the verb that reports the clause ('said'), whose subject it shares; so is
    a participle with an object joined to a passive ('had not been consulted and criticized the board')."""
    head = verb.head
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children) and head.tag_ == "VBN"
    # 'said the tribe had not been consulted and criticized the board': a participle with an object cannot share a
    # passive's 'been' either ('had been criticized the board'), however the tagger read it
    active = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children) and any(c.dep_ == "dobj" for c in verb.children)
    if verb.dep_ == "conj" and (verb.tag_ == "VBD" or active) and perfect and head.dep_ == "ccomp" and head.head.tag_ == "VBD":
        return True
    return _reporting_again(verb)


def _reporting_again(verb: "Token") -> bool:
    """'Raman said larger units tended to have better outcomes but warned that longer journeys carried risks': a
    speech verb with a clause of its own, joined by the parser to the verb of a clause another speech verb reports,
    whose subject is no person ('larger units', 'the government'), goes on reporting: the reporter warned, as a
    reader takes it. A person there may be the one who warned ('said the minister agreed but warned ...'), so it
    stays."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or lemma(verb) not in SPEECH_VERBS or head.dep_ != "ccomp":
        return False
    if not any(c.dep_ == "ccomp" for c in verb.children) or lemma(head.head) not in SPEECH_VERBS:
        return False
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.ent_type_ != "PERSON" and subject.pos_ != "PRON"


def _person_described_at(noun: "Token") -> "Token | None":
    """'Jennifer Walsh, an intensive care nurse at a Dayton hospital who said ...': the parser hangs the relative
    clause on the nearest noun, the body in the description's 'at'/'for'/'of' phrase; 'who' stands for a person,
    so the clause is about the named person that description is apposed to, a common noun's or a party's member's
    ('a Republican from Jefferson City, who called it ...'). That person's name (its root), else None (the noun is
    a person's name itself, or its phrase describes no named person)."""
    if noun.ent_type_ == "PERSON" or noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in ("at", "for", "of", "with", "from"):
        return None
    role = noun.head.head
    # a party's member: 'Sen. Daniel Okafor, a Republican from Jefferson City, who called it ...'
    party = role.pos_ == "PROPN" and role.ent_type_ == "NORP"
    if role.dep_ == "appos" and (role.pos_ == "NOUN" or party) and role.head.ent_type_ == "PERSON":
        return role.head
    return None


def _in_quotation(token: "Token") -> bool:
    """Whether `token` stands between an opening and a closing double quotation mark of its sentence, or inside a
    quotation of the article that opened in a sentence before ('"The law is clear. No ECC, no reclamation,"
    Baltazar told reporters': 'ECC' is no subject of 'told', and 'Baltazar', after the mark that closes it, is
    outside). The article's quotations (`find_quotes`) decide where they cross the sentence; the sentence's own
    marks otherwise."""
    sentence = token.sent
    crossing = [q for q in quotes_of(token.doc) if q.start < sentence.end_char and sentence.start_char < q.end]
    if crossing:
        return any(q.start <= token.idx < q.end for q in crossing)
    inside = False
    for t in token.sent:
        if t.i == token.i:
            return inside
        if t.text in ("“", "„", "«"):
            inside = True
        elif t.text in ("”", "»"):
            inside = False
        elif t.text == '"':
            inside = not inside
    return False


def _name_after_the_quote(verb: "Token") -> "Token | None":
    """'"Right now, they don't have one," Tolliver said': a proper name between a closing quote (or its comma)
    and the speech verb, which the parser hung from the verb as something other than its subject (an adverb, a
    dependent); the name's root, else None. Only a name that fills the whole gap counts: '..." Later Tolliver
    said' has its subject parsed as one."""
    if verb.i == 0:
        return None
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.head.i != verb.i or name.dep_ in ("nsubj", "nsubjpass"):
        return None
    start = name.left_edge.i
    if start == 0 or any(t.pos_ != "PROPN" for t in verb.doc[start : name.i]):
        return None
    return name if verb.doc[start - 1].text in ("”", '"', "’", "'", ",") else None


def _phrase_after_the_quote(verb: "Token") -> "Token | None":
    """'"... Every rupiah matters to our buyers," the association's secretary-general, Yusuf Hakim, said': a noun
    phrase that fills the whole gap between the closing quotation mark (and its comma) and a speech verb with no
    subject of its own (the parser joined the verb to the quotation's last clause): its head, else None."""
    doc = verb.doc
    close = next((i for i in range(verb.i - 1, max(-1, verb.i - 16), -1) if doc[i].text in ("”", '"', "’", "'") and doc[i].tag_ != "POS"), None)
    if close is None or close + 1 >= verb.i:  # (not the apostrophe of a plural's possessive: 'the companies' price')
        return None
    gap = [t for t in doc[close + 1 : verb.i] if not t.is_punct]
    heads = [t for t in gap if t.pos_ in ("NOUN", "PROPN") and t.head.i not in range(close + 1, verb.i)]
    if len(heads) != 1 or any(t.pos_ in ("VERB", "AUX") for t in gap):
        return None
    head = heads[0]
    return head if all(head.is_ancestor(t) or t.i == head.i for t in gap) else None


def _name_before_its_relative_clause(verb: "Token") -> "Token | None":
    """'Tom Reilly, who has fished out of Kestrel harbour for thirty years, said:': a sentence that opens with a
    person's name and ', who', and whose speech verb the parser left with no subject (it took 'harbour' for a
    verb) or gave a common noun of the relative clause as one ('who runs two POS stands at ..., said'), has that
    person as the verb's subject; None otherwise. A title may open the sentence before the name ('Mayor Tom
    Reilly, who has pushed the project since his campaign, called the vote "..."', parsed with 'campaign' the
    subject of 'called')."""
    sentence = verb.sent
    words = [t for t in sentence if not t.is_space]
    while len(words) > 1 and words[0].ent_type_ != "PERSON" and words[0].dep_ == "compound" and words[1].ent_iob_ in ("B", "I"):
        words = words[1:]  # 'Mayor' + 'Tom Reilly': a title the recogniser left out of the name
    if not words or words[0].ent_type_ != "PERSON" or words[0].ent_iob_ != "B":
        return None
    end = next((t for t in words if t.ent_iob_ != "I" and t.i > words[0].i), None)
    if end is None or end.text != "," or end.i + 1 >= len(verb.doc) or verb.doc[end.i + 1].lower_ != "who" or end.i > verb.i:
        return None
    return verb.doc[end.i - 1]


def _apposed_to_its_place(participle: "Token", verb: "Token") -> "Token | None":
    """'Speaking at a press conference in Accra, the party's general secretary, Kwabena Asante-Mensah, said': the
    parser made the speaker an apposition to the place that ends the fronted participle's clause, and left the verb
    with no subject. The apposition that ends right before the verb's comma is the subject: the person's name it
    ends with, else its outermost noun ('..., the council's spokeswoman, said')."""
    last = participle.right_edge
    if last.dep_ != "appos" or last.i + 2 != verb.i or verb.doc[last.i + 1].text != ",":
        return None
    if last.ent_type_ == "PERSON":
        return last
    while last.head.dep_ == "appos" and last.head.i != last.i:
        last = last.head
    return last if last.pos_ in ("NOUN", "PROPN") else None


def _relative_pronoun(token: "Token") -> bool:
    """'who', 'which', 'that' opening a relative clause, by its tag and outside any named entity: 'the WHO said'
    is the World Health Organization (the tagger may still tag it WP; the recogniser tags it ORG)."""
    return token.lower_ in ("which", "that", "who") and token.tag_ in ("WP", "WDT") and not token.ent_type_


def _spans_to(head: "Token", who: "Token") -> bool:
    """Whether the noun phrase of `head` runs up to the relative pronoun: only its own words and punctuation
    stand between them."""
    inside = {t.i for t in head.subtree}
    return head.i < who.i and all(t.i in inside or t.is_punct for t in head.doc[head.i + 1 : who.i])


def _relative_antecedent(who: "Token") -> "Token | None":
    """The noun a relative 'who' follows ('President García [es], who said'), past commas and bracketed
    asides; None when a verb, a place or the start of the sentence comes first."""
    i, depth = who.i - 1, 0
    while i >= who.sent.start:
        token = who.doc[i]
        if token.text in ")]":
            depth += 1
        elif token.text in "([":
            depth = max(0, depth - 1)
        elif depth == 0 and not token.is_punct:  # 'who' stands for people, never a place
            return token if token.pos_ in ("PROPN", "NOUN") and token.ent_type_ not in ("GPE", "LOC", "FAC") else None
        i -= 1
    return None


def _verbal(token: "Token") -> bool:
    """A verb, or a word the tagger took for a noun that has a subject all the same ('Arles comments on this'),
    or whose name before it is its subject ('The U.S. Department of Agriculture notes, "..."')."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    return token.dep_ == "ROOT" and (any(c.dep_ == "nsubj" for c in token.children) or _name_before(token) is not None)


def _apposed_name_before(verb: "Token") -> "Token | None":
    """A person's name right before a speech verb that has no subject, which the parser hung in apposition on the
    noun of an opening phrase ('In a statement posted to the company's investor site, chief executive Douglas
    Whitcombe said ...'), or joined to the object of its preposition ('In a statement from Kessel, Prime Minister
    Tomás Kerényi called ...'): the verb's subject, as no apposition sits between a noun and a verb it is not the
    subject of."""
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    conjoined = before.dep_ == "conj" and before.head.dep_ == "pobj"  # 'In a statement from Kessel, Prime Minister
    # Tomás Kerényi called ...': the name parsed as a second object of the opening phrase's preposition
    name = before if before.dep_ == "appos" or conjoined else None
    if name is None or name.ent_type_ != "PERSON" or name.head.i >= name.i:
        return None
    return name


def _name_before(noun: "Token") -> "Token | None":
    """The proper name that ends right before a noun and modifies it: the subject of a mis-tagged verb."""
    for child in noun.lefts:
        if child.dep_ in ("nmod", "compound") and child.right_edge.i == noun.i - 1 and (child.ent_type_ in ("ORG", "PERSON", "GPE") or child.pos_ == "PROPN"):
            return child
    return None


def _agent(verb: "Token") -> "Token | None":
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


_RECKONING = frozenset("estimate estimation reckoning calculation count account view opinion assessment".split())
"""Nouns of a judgement or a count whose owner, after 'by' or 'in', is the source of the sentence ('By her
estimate, ...', 'In the union's view, ...', 'by the council's count'), as 'according to' makes one."""


def _by_whose_reckoning(prep: "Token") -> "Token | None":
    """The owner of 'By her estimate' or 'In the union's view' (`_RECKONING`) on a clause's verb: the possessive
    of the preposition's object; None for any other token."""
    if prep.dep_ != "prep" or prep.lower_ not in ("by", "in") or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    obj = next((o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in _RECKONING), None)
    return next((c for c in obj.children if c.dep_ == "poss"), None) if obj is not None else None


def _according(frame: list["Token"]) -> "Token | None":
    """The source of 'according to X' or 'per X' (for words that a contact relative clause tells who put out,
    `_author_in_relative_clause`, its subject)."""
    for token in frame:
        heads = [token] if token.lower_ == "per" and token.dep_ == "prep" else []
        if token.lower_ == "according":
            heads = [to for to in token.children if to.lower_ == "to"]
        for head in heads:
            for obj in head.children:
                if obj.dep_ == "pobj":
                    return _author_in_relative_clause(obj) or _name_set_off_after(obj) or obj
    return None


def _name_set_off_after(noun: "Token") -> "Token | None":
    """A person's name right after a described source and a comma, and followed by a comma ('according to the union's
    branch president, Dr Simon Kealy, the deficit is ...'): the name the description is in apposition to, which
    the parser may have made the next clause's subject. Capitalised words between the comma and the name are its
    title ('Dr'). None otherwise."""
    doc, comma = noun.doc, noun.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != "," or noun.pos_ != "NOUN" or noun_class(noun.lemma_) != PERSON:
        return None  # 'according to court records, Oswald Reyna, 45, ...': no one described
    ent = next((e for e in doc.ents if e.label_ == "PERSON" and comma < e.start <= comma + 3), None)
    if ent is None or not all(t.text[:1].isupper() for t in doc[comma + 1 : ent.start]):
        return None
    return ent.root if ent.end == len(doc) or doc[ent.end].text in (",", ".") else None


def _author_in_relative_clause(noun: "Token") -> "Token | None":
    """'according to modelling she presented to the council', 'according to figures the ministry released': the
    subject of a relative clause with no relative word (a contact clause), whose verb puts words or figures out,
    made the noun, so it is the source. None otherwise ('figures that show ...': the clause is about them)."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    clauses = [c for c in noun.children if c.dep_ == "relcl"]
    if after is not None and after.dep_ == "nsubj" and after.lower_ in ("he", "she") and after.head.i > after.i:
        clauses.append(after.head)  # 'according to modelling she presented ...', parsed as a clause of its own
    for clause in clauses:
        if clause.pos_ != "VERB" or lemma(clause) not in _ISSUING or any(c.tag_ in ("WDT", "WP") for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if subject is not None and (subject.lower_ in ("he", "she") or subject.ent_type_ in ("PERSON", "ORG", "GPE")):
            return subject  # a person or a body by name; 'figures the ministry released' stays the figures'
    return None


def _from_subject(
    doc: "Doc", quotes: list[Quote], n: int, subject: "Token", refs: Referents, how: str, verb: "Token"
) -> Attribution:
    a = Attribution(n, how=how, cue=_cue(doc, subject, verb))
    pronoun = _PRONOUNS.get(subject.lower_)
    if pronoun:
        binder = binding_subject(subject)
        if binder is not None and any(q.start <= binder.idx < q.end for q in quotes):
            binder = None  # '"The door was open, but ...," he said': a subject inside the quotation is the speaker's words
        if binder is not None and pronoun == "person" and binder.pos_ == "NOUN" and noun_class(binder.lemma_.lower()) not in (PERSON, GROUP):
            binder = None  # 'She said the real problem was the window, which she described as "..."': 'she' is no problem
        if binder is not None and refs.at(binder.i) is None and binder.pos_ in ("NOUN", "PROPN") and not binder.ent_type_ and not carrier(binder):
            return _from_subject(doc, quotes, n, binder, refs, how, verb)  # 'one Senator applauded what he described'
        group = _plural_subject_before(doc, quotes, refs, subject.i) if pronoun == "plural" else None
        if group is not None:  # 'Scientists at the University of Cambridge ... "...," they said': the scientists
            found = _from_subject(doc, quotes, n, group, refs, how, verb)
            found.how = "pronoun"
            return found
        if pronoun == "thing" and _document_before(doc, quotes, subject.i):
            a.ownerless = True  # 'The statement itself is short. "...," it reads.': the document's words, and the
            return a  # text does not say whose here (the city the statement was signed in had been given them)
        body = _body_before(doc, quotes, refs, subject.i) if pronoun == "thing" else None
        if body is not None:  # 'The Kyrgyz embassy in Tashkent went further. In a statement, it described ...'
            found = _from_subject(doc, quotes, n, body, refs, how, verb)
            found.how = "pronoun"
            return found
        described = _someone_before(doc, quotes, refs, subject.i) if pronoun == "person" else None
        if described is not None:  # 'A long-serving employee ..., who asked not to be named, said ... "...," he said'
            found = _from_subject(doc, quotes, n, described, refs, how, verb)
            found.how = "pronoun"
            return found
        a.how = "pronoun"
        _settle(a, _antecedents(doc, quotes, refs, subject.i, pronoun, quotes[n] if 0 <= n < len(quotes) else None))
        if a.speaker is None and not a.candidates:
            a.gender = _GENDER_OF_PRONOUN.get(subject.lower_, "")
        return a
    if subject.lower_ in OWN_VOICE:
        return a  # the author or someone in the quote: not settled by code
    person = _person_in_apposition(subject, refs)
    ref = person or refs.at(subject.i)
    if ref is not None:
        a.speaker, a.named = ref.name, True
        return a
    handle = _handle_in(subject)
    if handle:
        a.speaker, a.named = handle, True
        return a
    unrecognised = _addressed(_proper_name(subject), refs)
    if unrecognised:
        a.speaker, a.named = unrecognised, True
        a.affiliation = organisation_after(subject)  # 'Amazilia Fracaso of Perú Apartheid writes'
        return a
    if _spoken_for(subject) or _bare(subject) and not _headline_body(refs, subject):  # ('..., says trust': a headline's)
        owner = _carrier_owner(subject, refs) if _spoken_for(subject) else None
        earlier = _earlier_mention(subject, quotes) if owner is None else None
        if earlier is not None:  # '"...," the statement said' after 'A statement from the NCDC said'
            return _from_subject(doc, quotes, n, earlier, refs, how, verb)
        if owner is None:
            a.ownerless = True  # 'A leaked internal letter says', 'emphasis added': no one to give the words to, so
            return a  # not the speaker of the quote before it either (`attribute`)
        if owner.lower_ in _POSSESSIVES:
            a.how = "pronoun"
            _settle(a, _antecedents(doc, quotes, refs, owner.i, _POSSESSIVES[owner.lower_]))
            return a
        return _from_subject(doc, quotes, n, owner, refs, how, verb)
    holders = _role_holders(refs, subject) or _named_body(refs, subject)
    if holders:
        a.how = "role"
        _settle(a, _centred(refs, subject, holders))
        return a
    earlier = _earlier_mention(subject, quotes)
    if earlier is not None:  # '"...," the official said' after 'A senior official in the Treasury ... said'
        return _from_subject(doc, quotes, n, earlier, refs, how, verb)
    described = _described_just_before(doc, quotes, refs, subject)
    if described is not None:  # 'For Helen Marsh, the answer is straightforward. "...," the Northwind chief executive told me'
        a.speaker, a.named, a.how = described.name, True, "role"
        a.affiliation = _described_affiliation(subject, refs)
        return a
    author = _author(subject)
    if author is not None:
        return _from_subject(doc, quotes, n, author, refs, how, verb)
    a.speaker = speaker_description(subject) or _elided_noun(subject, quotes) or None
    a.affiliation, a.plural = _described_affiliation(subject, refs), subject.tag_ in ("NNS", "NNPS") or subject.lower_ == "others"
    a.subject = subject.i
    return a


_ELLIPTIC = {"another": "another", "others": "other", "one": "one"}


def _elided_noun(subject: "Token", quotes: list[Quote]) -> str:
    """'one Senator applauded ..., while another called for ...': a subject that is only 'another', 'others' or
    'one' leaves out the noun of a quantified noun phrase before it in the sentence, outside quotations ('one
    Senator', 'some analysts'): noun-phrase ellipsis, resolved to that noun ('another Senator')."""
    word = _ELLIPTIC.get(subject.lower_)
    if word is None or subject.pos_ not in ("PRON", "DET", "NUM") or any(c.pos_ in ("NOUN", "PROPN") for c in subject.children):
        return ""
    for token in reversed(subject.doc[subject.sent.start : subject.i]):
        if any(q.start <= token.idx < q.end for q in quotes):
            continue
        if token.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("det", "nummod") and c.lower_ in ("one", "some", "a", "an") for c in token.children):
            return f"{word} {token.text}"
    return ""


def carrier(noun: "Token") -> bool:
    """Whether a noun names a document, an utterance or a finding (`CARRIERS`), not someone who speaks. Its
    lemma or its form: the lemmatizer gives 'data' the lemma 'datum'."""
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in CARRIERS or noun.lower_ in CARRIERS)


_ACTION_NOUN_ENDINGS = ("tion", "sion", "ment", "ance", "ence")
"""Endings of English nouns formed from verbs ('invocation', 'announcement', 'insistence'; the deverbal noun
suffixes of Quirk et al. 1985, A Comprehensive Grammar of the English Language, App. I.32-34)."""


def _owned_words(noun: "Token") -> bool:
    """Whether a noun's possessor is whose words they are: a carrier ("the SEC's complaint") or an action
    ("Trump's invocation of Section 122"). Otherwise it names a role ("Japan's foreign minister", "Boeing's chief
    executive"), held by someone the possessor is the affiliation of."""
    return _spoken_for(noun) or noun.pos_ == "NOUN" and noun.lower_.endswith(_ACTION_NOUN_ENDINGS)


def _someone(noun: "Token") -> bool:
    """'A spokesperson for the Brazilian Navy', 'A senior official', 'His neighbor': a singular common noun that
    introduces someone new (an indefinite article, or a possessor) and is neither words (a carrier) nor an action.
    A definite one ('the team', 'the newspaper') points back at someone named, whom code does not settle here."""
    new = _indefinite_description(noun) or any(c.dep_ == "poss" for c in noun.children)
    named = noun.dep_ == "appos" or any(t.dep_ == "appos" and t.pos_ == "PROPN" and not _names_a_title(t, noun) for t in noun.subtree)
    # 'A spokeswoman for X, Tricia McLaughlin,' is named; 'A spokesperson for the mayor, Priya Raman,' is not
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and new and not named and not _owned_words(noun) and _may_be_someone(noun)


def _may_be_someone(noun: "Token") -> bool:
    """Whether some WordNet sense of the noun is a person's or a group's ('spokesperson', 'official', 'source',
    'neighbor', 'family'): 'a landmark trial reported that ...' (an act, a cognition, an event) is a finding, no
    one who speaks. A noun WordNet holds no sense of may be anyone's."""
    word = noun.lemma_.lower()
    senses = noun_classes(word)
    return not senses or bool(senses & {PERSON, GROUP}) or word == "group" or is_a(word, "person")  # WordNet files
    # 'group', 'person' and 'someone' among its unique beginners (noun.Tops)


def _held_role(noun: "Token", refs: Referents) -> bool:
    """'Japan's foreign minister', "the company's chief executive": a common noun owned by a named body (or its
    'company's', 'ministry's' stand-in) that is neither its words nor its action, so someone who holds a role."""
    owners = [c for c in noun.children if c.dep_ == "poss" and (refs.at(c.i) is not None or c.pos_ == "NOUN")]
    return noun.pos_ == "NOUN" and bool(owners) and not _owned_words(noun)


def whose_antecedent(noun: "Token") -> "Token | None":
    """The noun a relative 'whose' stands for when it owns `noun`, a carrier of words (`_spoken_for`): 'Dr Helena Voss,
    an acoustics researcher at the University of Callenby whose modelling suggests around 42,000 people ...': the
    researcher, named Voss (the clause's antecedent, or the name it is in apposition to). None otherwise."""
    if not any(c.dep_ == "poss" and c.tag_ == "WP$" for c in noun.children) or not _spoken_for(noun):
        return None
    clause = next((a for a in noun.ancestors if a.dep_ == "relcl"), None)
    if clause is None:
        return None
    head = clause.head
    return head.head if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.pos_ == "PROPN" else head


def _spoken_for(noun: "Token") -> bool:
    """A noun whose owner's words it gives: a carrier ('his comments') or someone's office or press service ('His
    office said', "Senator Ann Lee's office said", 'his press service said': it speaks for whoever holds it; 'the
    Russian office' and "the UN's humanitarian coordination office", described by words of their own, are bodies
    of their own)."""
    owned = noun.pos_ == "NOUN" and any(c.dep_ == "poss" for c in noun.children)
    office = owned and noun.lemma_.lower() == "office" and not any(c.dep_ in ("compound", "amod") for c in noun.children)
    press = owned and noun.lemma_.lower() in ("office", "service") and any(c.dep_ == "compound" and c.lower_ == "press" for c in noun.children)
    return carrier(noun) or office or press  # ('his press service said': the president's words, as his office's are)


def _bare(noun: "Token") -> bool:
    """'emphasis added': a singular common noun in lower case with nothing before it names no one (a person or
    body in the singular takes a determiner, a possessor or a name: 'a spokesman', 'the court'). A capitalised
    one may be a name the tagger took for a noun ('Jomra writes')."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.is_lower and not any(c.i < noun.i for c in noun.children)


_ISSUING = frozenset("publish release issue produce prepare compile write post sign draft send file submit present provide author".split())
"""Lemmas of putting out words or figures: 'figures published by the authority' are the authority's; a statement
'seen' or 'obtained by reporters' is not theirs."""


def _carrier_owner(noun: "Token", refs: Referents) -> "Token | None":
    """Whose words a carrier holds: its possessor ('His comments', "the SEC's complaint", "the authority's
    statement" after the Carrow Harbour Authority, `_named_body`), a name that modifies
    it ('The Home Office letter', 'a Senate Finance Committee report') or its author after 'from' or 'by', also
    after a participle ('figures published by the authority', 'a statement issued by the ministry')."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and lemma(child) in _ISSUING:
            for agent in (c for c in child.children if c.dep_ == "agent"):
                found = next((o for o in agent.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
                if found is not None:
                    return found
        if child.dep_ == "poss" and (child.lower_ in _POSSESSIVES or refs.at(child.i) is not None or _named_body(refs, child)):
            return child  # "the authority's environmental statement": a definite description of a body named before
        if child.dep_ in ("compound", "nmod", "amod") and child.i < noun.i and refs.at(child.i) is not None:
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return obj  # 'the statement from the Russian office': a described author speaks as described
    return _outlet_of(noun)


def _outlet_of(noun: "Token") -> "Token | None":
    """The outlet a piece of writing appeared in, named after 'in' ('an editorial in the Hunter Herald', 'an
    article in the Northern Courier'): a noun whose most frequent WordNet sense is a kind of article
    (`senses.is_a`: an editorial, an article) speaks for the publication it is in; so do words, figures or
    findings published in one ('according to results published on Tuesday in the Northern Journal of Medicine':
    the journal, as a study is cited by where it appeared); None otherwise ('a statement in Parliament' is
    someone's)."""
    if noun.pos_ != "NOUN":
        return None
    heads = [noun] if is_a(noun.lemma_.lower(), "article") else []
    if carrier(noun):
        heads += [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) == "publish"]
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                found = next((o for o in child.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
                if found is not None:
                    return found
    return None


def _handle_in(subject: "Token") -> str:
    """'Twitter user @2Twenty3 suggests': a speaker described with their handle is named by it."""
    words = subject.doc[subject.left_edge.i : subject.i + 1].text + " " + " ".join(c.text for c in subject.rights if c.dep_ in ("appos", "compound", "npadvmod"))
    found = HANDLE.findall(words)
    return found[0] if len(found) == 1 else ""


def binding_subject(pronoun: "Token") -> "Token | None":
    """The subject of the clause a pronoun's clause hangs from, in the same sentence and before it: 'one
    Senator applauded what he described as ...' (he is the Senator). Number must agree ('he'/'she' a singular
    noun, 'they' a plural one; a body whose name ends in a plural binds either). A parenthetical report binds nothing: in 'Remote monitoring, he said, was "..."' the
    host clause's subject is what is talked about, not who talks. A relative pronoun binds as the noun it follows
    ('Priya Nair, who has said she will vote for the expansion': she is Nair)."""
    head = pronoun.head
    if head.dep_ == "parataxis":
        return None
    for clause in head.ancestors:
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i and c.i != pronoun.i]
        if subjects:
            found = subjects[0]
            if found.tag_ in ("WP", "WDT") and clause.dep_ == "relcl" and clause.head.i < found.i:
                found = clause.head  # 'Priya Nair, who has said she will vote for it': the noun 'who' stands for
            plural = found.tag_ in ("NNS", "NNPS")
            if found.tag_ == "NNPS" and found.ent_type_ == "ORG" and found.i > 0 and found.doc[found.i - 1].ent_type_ == "ORG":
                return found  # a body's name that ends in a plural ('Cresthaven Foods said it ...', 'British Airways
                # said they ...'): one body, which English calls 'it' or 'they'
            return found if plural == (pronoun.lower_ == "they") else None
    return None


def _bearers_of(ref: Referent, refs: Referents) -> list[str]:
    """The people whose full names hold the one-word name of person `ref` when two or more do ('Yoon' of 'Yoon
    Tae-joon' and 'Yoon Jae-hyuk', 'Quispe' of 'Rosa Quispe Mamani' and 'Jorge Quispe Huamán'): a family name
    they share, which alone says neither; [] otherwise (`actors` joins a surname to the one full name it fits)."""
    if ref.kind != "person" or len(ref.name.split()) != 1:
        return []
    word = ref.name.casefold()
    return [r.name for r in refs.items if r is not ref and r.kind == "person" and word in r.name.casefold().split()]


def _titled_bearer(text: str, cue: str, name: str, bearers: list[str], refs: Referents) -> str:
    """Of people who share the family name `name`, the one the article gives the title the cue writes before it,
    in a role or right before their full name ('Col. Quispe told' of Col. Jorge Quispe Huamán, not of Rosa Quispe
    Mamani); '' when none or two fit."""
    found = re.search(rf"([A-Z][\w.]*)\s+{re.escape(name)}\b", cue)
    if not found:
        return ""
    title = found.group(1).rstrip(".")

    def fits(bearer: str) -> bool:
        ref = refs.find(bearer)
        roles = ref.roles if ref is not None else []
        in_role = any(title.casefold() in {w.rstrip(".").casefold() for w in role.split()} for role in roles)
        return in_role or re.search(rf"\b{re.escape(title)}\.?\s+{re.escape(bearer)}\b", text) is not None

    fit = [b for b in bearers if fits(b)]
    return fit[0] if len(fit) == 1 else ""


def _settle(a: Attribution, names: list[str]) -> None:
    names = list(dict.fromkeys(names))
    if len(names) == 1:
        a.speaker, a.named = names[0], True
    elif names:
        a.candidates = names


def _cue(doc: "Doc", subject: "Token", verb: "Token") -> str:
    start, end = min(subject.left_edge.i, verb.i), max(subject.right_edge.i, verb.i) + 1
    return doc[start:end].text[:160]


def _proper_name(subject: "Token") -> str:
    """A name the entity recogniser missed: the proper-noun words of the speaker ('Another Me') or of whoever owns
    the words ("PC World's analysis"). Its kind is not known, so it is a source, never typed as a person. A noun
    phrase with a determiner or a possessor ('one Senator', "Iran's Foreign Minister") is a description. A title
    before two or more words of the name is left out ('Councilmember Tasha Greer')."""
    if any(c.dep_ in ("det", "nummod", "poss", "predet") for c in subject.children) and subject.pos_ == "PROPN":
        return ""
    owners = [c for c in subject.children if c.dep_ == "poss" and _owned_words(subject)]
    named_after = [c for c in subject.children if c.dep_ in ("appos", "compound") and c.i > subject.i]
    for token in [subject, *owners, *named_after]:
        if token.pos_ == "PROPN" and token.tag_ != "NNPS":
            words = [*_proper_compounds(token, "lefts"), token, *_proper_compounds(token, "rights")]
            start, end = min(t.i for t in words), max(t.i for t in words) + 1
            while end - start > 2 and token.doc[start].lower_.rstrip(".") in TITLE_WORDS:
                start += 1  # 'Councilmember Tasha Greer': her title, not her name
            if end - start > 1 and _opening_word_apart(token.doc, start):
                start += 1  # 'Rival Brightwell Audio ... said': 'a Brightwell spokesman' names it without 'Rival'
            end = _common_tail(token.doc, start, end)
            text = token.doc[start:end].text
            if text[:1].isupper() and len(text) > 2:
                return text
    return ""


def _opening_word_apart(doc: "Doc", start: int) -> bool:
    """Whether the first word of an untagged name opens its sentence as a noun of a person by its first WordNet
    sense, capitalised only there ('Rival'), and the next word opens a name the article writes elsewhere, inside a
    sentence, without it ('Rival Brightwell Audio, whose Beacon speaker has no camera, said ...' and 'a Brightwell
    spokesman'): the noun describes the body; it is no part of its name ('South Pennine Hospitals NHS Trust' keeps
    its first word)."""
    first, second = doc[start], doc[start + 1]
    if not first.is_sent_start or noun_class(first.lower_) != PERSON or not second.text[:1].isupper():
        return False
    return any(t.text == second.text and not t.is_sent_start and t.i != second.i and doc[t.i - 1].text != first.text for t in doc)


_NAME_JOINS = frozenset({"of", "for", "on", "in", "and", "the"})
"""The small words inside a name that goes on over a preposition ('Institute for Evidence in Medicine')."""


def _common_tail(doc: "Doc", start: int, end: int) -> int:
    """The end of an untagged name [start, end) that goes on over a preposition as a tagged body's name does
    (`actors.prepositional_tail`: 'Le Retour in 3 Parts'), when the words after it are numbers and English common
    nouns (`nlp.common_noun`); a proper name after the preposition is a name of its own ('Amazilia Fracaso of
    Peru Apartheid': a blogger and her blog), so `end`."""
    tail = prepositional_tail(doc, start, end)
    words = [t for t in doc[end:tail] if t.is_alpha and t.lower_ not in _NAME_JOINS]
    return tail if all(common_noun(t.text, doc) for t in words) else end


def _proper_compounds(token: "Token", side: str) -> list["Token"]:
    """The proper nouns joined to `token` as compounds on one `side` ('lefts' or 'rights'), and theirs in turn: the
    parser hangs 'Atlantic' on 'Breeze', not on the head 'Renewables', in 'Atlantic Breeze Renewables'; and a
    capitalised common noun right before it that opens the sentence ('Riders United said ...': 'Riders', no title
    word), which the tagger reads as the noun it also is."""
    found = []
    for t in getattr(token, side):
        if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN":
            found += [*_proper_compounds(t, "lefts"), t, *_proper_compounds(t, "rights")]
        elif t.dep_ == "compound" and t.is_sent_start and t.i == token.i - 1 and t.text[:1].isupper() and t.lower_ not in TITLE_WORDS:
            found.append(t)  # 'Riders United said in a statement': a capitalised common noun opening the sentence and
            # the name, which the tagger read as the plural it is
    return found


def _capitalised_body(noun: "Token") -> str:
    """A body's name the recogniser missed after 'the': two or more capitalised words heading a definite noun phrase
    ('the Saudi Interior Ministry', whose 'Saudi' alone it tagged), without the article; '' for anything else (a
    lower-case word in it, or one word: 'the Ministry')."""
    if noun.pos_ != "PROPN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return ""
    words = [t for t in noun.lefts if t.dep_ in ("compound", "amod")] + [noun]
    words = [t for t in noun.doc[min(t.i for t in words) : noun.i + 1] if t.dep_ != "det"]
    if len(words) < 2 or not all(t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ") for t in words):
        return ""
    return noun.doc[words[0].i : noun.i + 1].text


def _addressed(name: str, refs: Referents) -> str:
    """'Mrs Cooper', 'Councillor Pascoe', a name the recogniser missed that is a form of address or a title and a
    surname, or the last two words or
    more of one person's full name ('Albuquerque Neto'), or a surname misspelt ('Water' of Kathryn Waters,
    `actors.misspelt_surname`): the person the article named in full ('Yvette Cooper', 'Rodrigo Albuquerque
    Neto'). Any other name is returned as it is."""
    words = name.split(maxsplit=1)
    if len(words) == 2 and words[0].rstrip(".").lower() in HONORIFICS | TITLE_WORDS:
        ref = refs.find(words[1])
        if ref is not None and ref.kind == "person":
            return ref.name
        tail = words[1].casefold().split()  # 'Councillor Pascoe' (tagged a work of art) of Councillor Morwenna Pascoe
        bearers = [r.name for r in refs.items if r.kind == "person" and r.name.casefold().split()[-len(tail) :] == tail]
        if len(bearers) == 1:
            return bearers[0]
    misspelt = misspelt_surname(name, [r.name for r in refs.items if r.kind == "person"])
    if misspelt:  # 'Water said' of Kathryn Waters
        return misspelt
    if len(name.split()) >= 2:  # 'Albuquerque Neto said' of Rodrigo Albuquerque Neto: two surnames, as Iberian names go
        tail = name.casefold().split()
        bearers = [r.name for r in refs.items if r.kind == "person" and r.name.casefold().split()[-len(tail) :] == tail and r.name != name]
        if len(bearers) == 1:
            return bearers[0]
    return name


def _a_person_at(token: "Token", refs: Referents) -> bool:
    """Whether a person's name is at `token`: tagged so, or a person's by the article's referents ('Lucía
    Etxeberría', which the recogniser tagged a body)."""
    ref = refs.at(token.i)
    return token.ent_type_ == "PERSON" if ref is None else ref.kind == "person"


def _names_a_title(name: "Token", noun: "Token") -> bool:
    """Whether the name at `name` is in apposition to a title inside `noun`'s phrase, not to `noun` itself: 'A
    spokesperson for the mayor, Priya Raman,' names the mayor (`person_title`)."""
    head = name.head
    return head.i != noun.i and person_title(head)


def _person_in_apposition(subject: "Token", refs: Referents) -> Referent | None:
    """The name behind a described speaker: 'the company's chief executive, Satya Nadella' (apposition, before
    the role's owner), 'the security firm Secunia.com' (a name it modifies), 'PC World's analysis' and 'the SEC's
    complaint' (the owner of the words), 'Marcus Bell, a software tester who said' (the name it describes), 'the MP
    for Selby, Andrew Hale,' (a person's name in apposition to the role's object), 'American academic and
    professor Marc Lamont Hill' (a name joined to a bare singular noun), 'Executive director of the Dallas chapter of
    X Alia Salem said' (a person's name that ends the role's phrase, right before the verb or before a relative
    clause set off by a comma: 'Minister for Energy Declan Horgan, who has made ..., said'; and a body's name after
    a noun of a grouping, WordNet's noun.group: 'Breast cancer charity Stronger Together said')."""
    own = refs.at(subject.i)
    if own is not None and own.kind == "person":
        return None
    described = refs.at(subject.head.i) if own is None and subject.dep_ == "appos" else None
    if described is not None and not described.place and described.kind != "country":
        return described  # 'Marcus Bell, a 29-year-old software tester who said ...': the name it describes (not a
        # place the parser hung it on: 'Speaking in Accra, the council's spokeswoman, said')
    named = [c for c in subject.children if c.dep_ == "appos" or c.dep_ == "compound" and c.i > subject.i]
    named += [  # 'Conservative MP for Selby, Andrew Hale, said': the parser hung the name on the role's place
        a
        for p in subject.children
        if p.dep_ == "prep" and subject.pos_ in ("NOUN", "PROPN") and not named
        for o in p.children
        if o.dep_ == "pobj"
        for a in o.children
        if a.dep_ == "appos" and _a_person_at(a, refs) and not _names_a_title(a, subject)  # 'A spokesperson for the
        # mayor, Priya Raman,': her name is the mayor's, not the spokesperson's
    ]
    named += [  # 'said Lee Eun-ji, Norae's marketing director': the parser hung the name before the comma on the role
        c
        for c in subject.children
        if c.dep_ in ("nmod", "compound") and c.i < subject.i and c.ent_type_ == "PERSON" and c.right_edge.i + 1 < subject.i
        and subject.doc[c.right_edge.i + 1].text == ","
    ]
    named += [  # 'American academic and professor Marc Lamont Hill commented': a bare singular noun (no article, no
        # possessor) cannot be a subject on its own in English, so the nouns joined to a name are that person's titles
        c
        for c in subject.children
        if c.dep_ == "conj" and c.ent_type_ == "PERSON" and subject.tag_ == "NN"
        and not any(d.dep_ in ("det", "poss") for d in subject.children)
    ]
    named += [  # 'The Nationals Member for Merrigal, Leanne Curtis, who ..., told': an apposition parsed as a conjunct,
        # set off by a comma with no conjunction before it
        c
        for c in subject.children
        if c.dep_ == "conj" and c.i > subject.i and c.ent_type_ == "PERSON" and subject.doc[c.left_edge.i - 1].text == ","
        and not any(d.dep_ == "cc" for d in subject.children)
    ]
    named += [  # 'Its founder, retired teacher Denise Okoro, said': the parser hung the name on a second description
        a
        for c in subject.children
        if c.dep_ == "appos" and c.pos_ == "NOUN" and refs.at(c.i) is None
        for a in c.children
        if a.dep_ == "appos" and a.ent_type_ == "PERSON"
    ]
    named += [  # "France's data-protection watchdog, the Commission nationale de l'informatique et des libertés (CNIL),
        # said": a body's name the recogniser left untagged, its acronym in brackets the article's name for it
        a
        for c in subject.children
        if c.dep_ == "appos" and c.pos_ == "PROPN" and refs.at(c.i) is None
        for a in c.children
        if a.dep_ == "appos" and (found := refs.at(a.i)) is not None and found.kind == "organization"
    ]
    last = subject.right_edge  # 'Executive director of the Dallas chapter of the Council on ... Alia Salem said': the
    # name the parser (and the recogniser) ran into the role's body, written last before the verb
    before_verb = last.i + 1 == subject.head.i
    set_off = [c for c in subject.children if c.dep_ == "relcl" and c.i > subject.i]
    if set_off and set_off[0].left_edge.i >= 2 and subject.doc[set_off[0].left_edge.i - 1].text == ",":
        last, before_verb = subject.doc[set_off[0].left_edge.i - 2], True  # 'Minister for Energy Declan Horgan, who
        # has made planning reform a priority, said': the name ends the role's phrase before the relative clause
    role_noun = subject.tag_ == "NN" or subject.tag_ == "NNP" and not subject.ent_type_
    if role_noun and last.i > subject.i and before_verb and not _titled_name(last, subject):
        found = refs.at(last.i)
        grouping = subject.pos_ == "NOUN" and noun_class(subject.lemma_) == GROUP
        if found is not None and found is not own and (found.kind == "person" or grouping and found.kind == "organization"):
            return found  # 'Breast cancer charity Stronger Together said': a noun of a grouping, the body's name after it
    owners = [c for c in subject.children if c.dep_ == "poss" and _owned_words(subject)]
    for child in named + owners:  # "Apple's spokeswoman, Jane Horvath,": the name, not the owner of the role
        ref = refs.at(child.i)
        if ref is not None and (own is None or ref.kind == "person" and child.dep_ == "appos"):
            return ref  # 'The Home Secretary, Yvette Cooper,': a role the recogniser took for a body names her
    return None


def _titled_name(last: "Token", subject: "Token") -> bool:
    """Whether the name that ends a role's phrase at `last` has a title of its own right before it, inside the
    phrase: 'A spokesperson for Mines Minister Gordon Kettering said' names the minister the spokesperson speaks
    for, not the speaker (a title word, `TITLE_WORDS`, in any case); 'Executive director of the Dallas chapter of
    the Council on American-Islamic Relations Alia Salem said' runs the speaker's name into the body's."""
    start = last.i
    while start > subject.i + 1 and last.doc[start].ent_iob_ == "I":
        start -= 1
    return start - 1 > subject.i and last.doc[start - 1].lower_ in TITLE_WORDS


_DEFINITE = frozenset({"the", "this", "that"})
_OWN_DESCRIPTION = frozenset({"poss", "prep", "appos", "relcl", "acl", "nummod"})


def _earlier_mention(noun: "Token", quotes: list[Quote]) -> "Token | None":
    """'A senior official in the Treasury ... said that ... "Nothing is off the table," the official said': a
    definite singular description ('the official', 'the statement') with nothing of its own after it is the
    nearest earlier speaker the article described with the same head noun, within LOOKBACK_SENTENCES sentences
    (the strict head match of the Stanford multi-pass sieve for nominal mentions, Lee et al. 2013); its modifiers
    must be among that speaker's ('the senior official', not 'the Russian official'). The earlier speaker is the
    subject of a speech verb or what words are 'according to', outside quotations. None when there is none."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return None
    if any(c.dep_ in _OWN_DESCRIPTION for c in noun.children):
        return None  # 'the official from the ministry', "the company's statement": a description of its own
    head, modifiers = noun.lemma_.lower(), _modifiers(noun)
    for token in reversed(noun.doc[_lookback(noun).start : noun.i]):
        if token.pos_ != "NOUN" or token.lemma_.lower() != head or any(q.start <= token.idx < q.end for q in quotes):
            continue
        speaks = token.dep_ in ("nsubj", "nsubjpass") and lemma(token.head) in SPEECH_VERBS or _according_to(token)
        if speaks and modifiers <= _modifiers(token):
            return token
        issuer = _issuer(token) if carrier(token) else None
        issuer = issuer if issuer is not None else _outlet_of(token)  # '"...," the editorial said' after 'an editorial in
        # the Hunter Herald'
        if issuer is not None and modifiers <= _modifiers(token):
            return issuer
        if _a_kind_of(token) and not _a_kind_of(noun):
            continue  # 'alongside the environmental impact statement. "...," the statement said': a kind of
            # statement named by a noun before it, which issues no words, is not what a bare 'the statement' is
        return None  # the nearest mention with that head is someone or something else
    return None


def _a_kind_of(noun: "Token") -> bool:
    """Whether a noun has a common noun compounded before it that names a kind of what it heads ('impact
    statement', 'budget statement', 'police officer')."""
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in noun.children)


def _first_mention(noun: "Token", quotes: list[Quote]) -> "Token | None":
    """The mention a chain of definite descriptions refers back to (`_earlier_mention`): 'A spokesperson for NICE
    said ... "...," the spokesperson said. The spokesperson added that ...' is the spokesperson for NICE, through
    the mention between; None when the noun refers back to none."""
    found = None
    for _ in range(8):  # a chain of eight sentences' descriptions at most
        earlier = _earlier_mention(found if found is not None else noun, quotes)
        if earlier is None:
            break
        found = earlier
    return found


def _issuer(document: "Token") -> "Token | None":
    """Who put out a document the article names: the subject of the speech verb it is the medium of ('Her family
    said in a statement that ...', 'In a statement, the ministry said ...'), of any other verb whose act the
    document is the medium of ('In a statement signed by its president, the congress gave the government seven
    days ...': a person, a body or a name acts there, not 'the economy'), or of a verb of issuing it (`_ISSUING`:
    'The union issued a statement on Monday'), outside a relative clause; None otherwise."""
    verb = document.head
    acting = False
    if document.dep_ == "pobj" and verb.lower_ == "in" and verb.dep_ == "prep":
        verb = verb.head
        if lemma(verb) not in SPEECH_VERBS:
            if verb.pos_ != "VERB":
                return None
            acting = True  # 'In a statement signed by its president, the congress gave the government seven days'
    elif document.dep_ != "dobj" or lemma(verb) not in _ISSUING:
        return None
    if verb.dep_ == "relcl":
        return None  # 'a statement that the ministry released', whose head noun is someone else's
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if acting and subject is not None and subject.pos_ == "NOUN" and noun_class(subject.lemma_) not in (PERSON, GROUP):
        return None  # 'In a report published on Tuesday, the economy grew': no one acts in it
    return subject


def _lookback(token: "Token") -> "Span":
    """The sentence LOOKBACK_SENTENCES before the token's own (or the first one): where a description that refers
    back looks for what it refers to."""
    sentence = token.sent
    for _ in range(LOOKBACK_SENTENCES):
        if sentence.start == 0:
            break
        sentence = token.doc[sentence.start - 1].sent
    return sentence


def _modifiers(noun: "Token") -> set[str]:
    return {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}


def _according_to(noun: "Token") -> bool:
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according"


def _indefinite(noun: "Token") -> bool:
    """A noun phrase that introduces something new ('a 2025 economics study', 'media reports', 'one report'),
    not one that points back at something named before ('the report', 'these results', 'its study')."""
    return not any(c.dep_ in ("det", "poss") and c.lower_ not in _NEW_REFERENT for c in noun.children)


_QUANTIFIERS = frozenset("every each any no".split())
"""Determiners of universal and negative quantification: a noun phrase they open ('every institution', 'no
minister') is about all or none of its kind, not a referent, so it names no speaker (generalised quantifiers,
Barwise and Cooper 1981, "Generalized quantifiers and natural language", Linguistics and Philosophy 4(2))."""


def speaker_description(subject: "Token") -> str:
    """The noun phrase of an unnamed speaker at `subject`, without relative clauses, asides, a dateline or the noun a
    reduced relative clause hangs on: 'a council spokesperson'; 'administrators' of 'a move administrators said
    ...'; a bare plural of people keeps the relative clause that says who they are ('people who have seen the
    financing plans', the convention of anonymous sourcing); '' for none, and for a plural with 'both' ('both
    sides said', 'Both experts agreed'), which refers back to two speakers named before (Poesio and Vieira 1998)
    and is no new one."""
    if subject.tag_ in ("NNS", "NNPS") and any(c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj") for c in subject.children):
        return ""  # 'both sides said': two speakers named before
    if any(c.dep_ == "det" and c.lower_ in _QUANTIFIERS for c in subject.children):
        return ""  # 'what every institution offers': a quantified noun phrase refers to no one in particular
    if (group := _group_of_one(subject)) is not None:
        return f"one of the {group.text}"  # 'neighbours spoke of their shock. One, who did not want to be identified,
        # said:': one of the neighbours
    people = _of_people(subject)
    bare = people and subject.tag_ == "NNS" and not any(c.i < subject.i for c in subject.children)  # 'according to people
    # who have seen the financing plans': a bare plural is no one without the clause that says who they are
    restrictive = bare and subject.i + 1 < len(subject.doc) and subject.doc[subject.i + 1].text != ","  # not 'Residents,
    # who live near the site,': an aside
    defining = next((c.i for c in subject.children if c.dep_ == "relcl" and c.i > subject.i), -1) if restrictive else -1
    skip = {t.i for c in subject.children if c.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj") and not (people and _reduced_passive(c)) and c.i != defining for t in c.subtree}
    skip |= {t.i for c in subject.subtree if c.dep_ == "relcl" and c.i != defining for t in c.subtree}  # 'Two officials at the authority,
    # who spoke on condition of anonymity ...': a relative clause the parser hung on the noun inside
    doc = subject.doc
    skip |= {t.i for c in subject.subtree if c.dep_ == "appos" and c.left_edge.i > subject.left_edge.i and doc[c.left_edge.i - 1].text == "," for t in c.subtree}
    # 'Parents for Safe Taps, a national advocacy group whose lawsuit ...': an aside the parser hung on the noun inside
    tokens = [t for t in subject.subtree if t.i not in skip]
    stranded = _object_of_stranded_preposition(subject)
    if stranded is not None and tokens and tokens[-1].i + 1 == stranded.left_edge.i:
        tokens += list(stranded.subtree)  # 'A spokesperson for Mines Minister Gordon Kettering': the whole phrase
    dash = next((t for t in reversed(list(subject.subtree)) if t.i < subject.i and t.text in ("-", "–", "—") and t.whitespace_), None)
    if dash is not None:  # 'JAKARTA, March 12 - Indonesia's competition watchdog': a dateline the parser hung on it
        tokens = [t for t in tokens if t.i > dash.i]
    while tokens and tokens[-1].text in (",", ";", ":", "-", "–", "—") and tokens[-1].i > subject.i:
        tokens.pop()  # the comma before a relative clause left out
    first = tokens[0] if tokens else None
    if first is not None and first.lower_ in ("a", "an") and subject.tag_ in ("NNS", "NNPS") and first.head.i == subject.i:
        singular = [t for t in tokens if first.i < t.i < subject.i and t.dep_ == "compound" and t.tag_ == "NN"]
        if singular:  # '..., a plan campaigners say would ...': 'a' cannot go with a plural; a reduced relative
            tokens = [t for t in tokens if t.i > singular[-1].i]  # clause the parser read as one noun phrase
    while tokens and tokens[0].tag_ in ("WDT", "WP", "WP$") and tokens[0].i < subject.i:
        tokens.pop(0)  # '... but which car dealers ... warned would ...': the relative pronoun the parser took for a determiner
    if not tokens or subject.pos_ not in ("NOUN", "PROPN"):
        return ""
    text = subject.doc[tokens[0].i : tokens[-1].i + 1].text
    after = subject.doc[subject.i + 1].text if subject.i + 1 < len(subject.doc) else ""
    if after == '"' and text.count('"') % 2 or after == "”" and text.count("“") > text.count("”"):
        text += after  # 'these underage "fascists"': the scare quote closes after the noun
    return " ".join(text.split())[:80]


def _group_of_one(subject: "Token") -> "Token | None":
    """The plural noun of people that 'One' as a subject with no noun of its own picks one of: the last
    such noun of a subject in the sentence before, in the same paragraph ('Neighbours spoke of their shock. One, who
    did not want to be identified, said: ...'), the partitive the ellipsis leaves out (one [of the neighbours]);
    None otherwise."""
    if subject.lower_ != "one" or subject.pos_ not in ("NUM", "PRON") or subject.sent.start == 0:
        return None
    if any(c.dep_ in ("prep", "det", "amod", "compound") for c in subject.children):
        return None  # 'One of the officers', 'one official': the noun is there
    doc = subject.doc
    before = doc[subject.sent.start - 1].sent
    if "\n" in doc.text[before.start_char + len(before.text.rstrip()) : subject.idx]:  # (the sentence's words end
        # before the line break the parser may count in it)
        return None  # another paragraph
    plural = [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS" and _of_people(t)]
    return plural[-1] if plural else None


def _of_people(noun: "Token") -> bool:
    """Whether a common noun names people by its most frequent WordNet sense (noun.person, or a kind of person by
    `senses.is_a`: 'person' itself; 'people', its plural)."""
    lemma = "person" if noun.lower_ == "people" else noun.lemma_
    return noun.pos_ == "NOUN" and (noun_class(lemma) == PERSON or is_a(lemma, "person"))


def _reduced_passive(clause: "Token") -> bool:
    """'two people briefed on the discussions', 'officials involved in the talks': after a noun of people, a past
    participle with no subject of its own tells who they are, and stays in the description (a clause with its
    subject, 'a move administrators said ...', does not; nor does one after a document's noun, 'a study based on
    data from ...', which names the same study as before)."""
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _author(subject: "Token") -> "Token | None":
    """'the statement from the Russian office': words come from their author, named after 'from'."""
    if subject.pos_ != "NOUN" or _someone(subject):  # 'A congressman from the governing coalition' is himself
        return None
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return obj
    return None


def _its_owner(subject: "Token", refs: Referents) -> tuple[str, str] | None:
    """(body or country, the words that name it) that a description's 'its' or 'their' stands for: the subject of a
    clause before it in its sentence ('Tarandi has begun filling the dam, its energy ministry said': Tarandi,
    'Tarandi'), or the main subject of the sentence before, or the owner of a body that subject describes
    ("Ethiopia's energy ministry brushed off the warnings. Its spokesperson said": Ethiopia, "Ethiopia's energy
    ministry"). An institution's noun (by one of its three most frequent WordNet senses, no family) a person's
    'his' or 'her' owns is the body of the person it stands for
    (`person_antecedent`: "Tassara's culture minister, Ama Kessie, said ... Her ministry maintains that ...": Tassara,
    'Ama Kessie'). None when the description has no such pronoun or the subjects name no body."""
    personal = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    lemma_ = subject.lemma_.lower()
    institution = is_a(lemma_, "organization", senses=3) and not is_a(lemma_, "family") and not is_a(lemma_, "kin_group", senses=3)
    if personal is not None and subject.pos_ == "NOUN" and subject.lower_ not in SPOKESPEOPLE and institution:  # (not 'Her
        # family', which says whose it is as it stands)
        name = person_antecedent(subject.doc, refs, personal.i)
        person = refs.find(name) if name else None
        return (person.affiliations[0] if person.affiliations else "", person.name) if person is not None else None
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subject.children):
        return None
    sentence = subject.sent
    before = [t for t in sentence if t.i < subject.i]
    if sentence.start > 0:
        previous = subject.doc[sentence.start - 1].sent
        before += [t for t in previous if t.head.i == previous.root.i]
    for token in before:
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        ref = refs.at(token.i) or (refs.find(token.text) if token.pos_ == "PROPN" else None)  # a name untagged there
        if ref is not None and ref.kind in ("organization", "country"):
            return ref.name, ref.name
        owner = next((refs.at(c.i) for c in token.children if c.dep_ == "poss" and refs.at(c.i) is not None), None)
        if owner is not None and token.pos_ == "NOUN" and owner.kind in ("organization", "country"):
            words = [t for t in subject.doc[token.left_edge.i : token.i + 1] if t.dep_ != "det"]
            return owner.name, "".join(t.text_with_ws for t in words).strip()  # "Ethiopia's energy ministry"
    return None


def _owner_named(description: str, owner: str) -> str:
    """A description that opens with 'its', 'their', 'his' or 'her' with the owner they stand for named ('its energy
    ministry' -> "Tarandi's energy ministry", 'Her ministry' -> "Ama Kessie's ministry"), so it reads alone; any
    other description as it is."""
    first, _, rest = description.partition(" ")
    if owner and rest and first.lower() in ("its", "their", "his", "her"):
        return f"{owner}'s {rest}"
    return description


def _described_affiliation(subject: "Token", refs: Referents) -> str:
    """The organisation or country inside an unnamed speaker's description: 'a Home Office spokesperson'; a
    definite description in it that refers back to one ('A person close to the group' after 'Hezbollah, the
    Iran-backed group', `_named_body`, or 'A spokesperson for the company' when one firm is named before,
    `body_named_by`); a person's body for one who serves them ('A spokesperson for Mines Minister Gordon
    Kettering': the Ministry of Mines, his); first, the body or country its 'its' or 'their' stands for
    (`_its_owner`). Not a body a relative or adverbial clause on it names ('A senior council official, who asked not
    to be named because talks with the hospital were continuing': the clause says why, not whose official). A
    police force described by where it serves ('Athens police estimate that ...', 'Leeds police said') is a body
    quoted as itself (`law_enforcement_agency`), its own as the gold format has it, not its town's or its
    country's."""
    if law_enforcement_agency(subject):
        return speaker_description(subject)
    owner = _its_owner(subject, refs)
    if owner is not None:
        return owner[0]
    if served := _served_person(subject, refs):
        return served.affiliations[0] if served.affiliations else ""
    clauses = {t.i for c in subject.children if c.dep_ in ("relcl", "advcl") for t in c.subtree}
    for token in (t for t in subject.subtree if t.i not in clauses):  # not 'who asked not to be named because talks
        if token.i != subject.i and token.dep_ == "pobj":  # with the hospital were continuing': what it says, no body
            body = _named_body(refs, token)
            if len(body) == 1:
                return body[0]
            if not body and token.pos_ == "NOUN" and (firm := body_named_by(token)):
                return firm  # 'a spokesperson for the company': the one firm named before (`body_named_by`)
        ref = refs.at(token.i)
        where = token.head.dep_ == "prep" and token.head.lower_ in PLACE_PREPOSITIONS and is_capital(token.text)
        if token.i < subject.i and len(token.text.split()) == 1 and (named := _demonym_of_a_named_country(token, refs)):
            return named  # 'the Tassaran embassy' beside the Republic of Tassara, however 'Tassaran' was tagged
        if ref is not None and ref.kind in ("organization", "country") and not where:  # 'officials in Brussels'
            return ref.name
        if token.ent_type_ == "NORP" or token.i < subject.i and token.pos_ in ("ADJ", "PROPN") and refs.at(token.i) is None:
            country = country_of_demonym(token.text)  # 'The Kyrgyz embassy', its adjective tagged a place
            if country:
                return country
    before = list(subject.doc[subject.left_edge.i : subject.i + 1])
    # 'Scientology officials', 'a Ryanair spokeswoman': a body the recogniser missed; else 'a defense ministry
    # spokesman' after 'South Korea's Defense Ministry': the one body named before whose head word the description uses
    found = body_before_title(before) or body_of_class_noun(subject.doc, before, subject.i)
    if not found and subject.lower_ in SPOKESPEOPLE:  # 'Brackwell said ... "Our figure ...," a company spokesperson said'
        found = body_spoken_for(subject.doc, subject.doc[subject.left_edge.i : subject.i + 1], refs)
    return found


def law_enforcement_agency(noun: "Token") -> bool:
    """Whether a common noun in its base form names a police force by its first WordNet sense, a law enforcement
    agency by hypernymy ('police', 'constabulary'; `senses.is_a`): a body under a collective noun that takes a
    plural verb ('Athens police estimate'), not the officers in it ('police officers said')."""
    return noun.pos_ in ("NOUN", "PROPN") and noun.lower_ == noun.lemma_.lower() and is_a(noun.lower_, "law_enforcement_agency")


_DEMONYM_ENDINGS = ("ian", "an", "n", "ese", "i", "ish")
"""Endings English adds to a country's name for its people and their adjective ('Kenyan', 'Tassaran',
'Tanzanian', 'Maltese', 'Omani', 'Danish'; Quirk et al. 1985, A Comprehensive Grammar of the English Language,
App. I.42), for a country the demonym tables do not hold."""


def _demonym_of_a_named_country(token: "Token", refs: Referents) -> str:
    """The country or state the article names whose name a capitalised adjective is, with a demonym's ending
    (`_DEMONYM_ENDINGS`): 'Tassaran' of the Republic of Tassara, 'Ekoran' of Ekora, read as `entities.country_of_demonym`
    reads real ones; '' for none."""
    word = token.text
    if not word[:1].isupper() or not word.isalpha():
        return ""
    for ending in _DEMONYM_ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[: -len(ending)]
        for ref in refs.items:
            if ref.kind not in ("country", "organization") or ref.kind == "organization" and not ref.place:
                continue
            if any(form == stem or form.endswith(f" of {stem}") or form.endswith(f" {stem}") and ref.kind == "country" for form in [ref.name, *ref.forms]):
                return ref.name
    return ""


def _served_person(subject: "Token", refs: Referents) -> "Referent | None":
    """The person a described speaker serves, named right after its 'for' or 'to' behind capitalised titles ('A
    spokesperson for Mines Minister Gordon Kettering', 'an adviser to President Ruto'), read from the words since
    the parser may hang the name elsewhere (here on the verb, as its subject); None when no person follows."""
    doc = subject.doc
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "to"):
            continue
        k = prep.i + 1
        while k < len(doc) and refs.at(k) is None and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k += 1  # 'Mines Minister': the titles before the name
        ref = refs.at(k) if k < len(doc) else None
        return ref if ref is not None and ref.kind == "person" else None
    return None


def _of_a_named_body(subject: "Token", refs: Referents) -> bool:
    """'Malaysia's foreign ministry said that ...': a common noun whose possessor is an organisation or country the
    article names is a part of that body, a source described as such (a person's possessor is not: 'Lee's lawyer'
    is someone the article may name later)."""
    if not (subject.pos_ == "NOUN" or subject.pos_ == "PROPN" and subject.is_lower) or carrier(subject):
        return False  # the tagger takes 'ministry' for a proper noun at times
    owners = [refs.at(c.i) for c in subject.children if c.dep_ == "poss"]
    return any(o is not None and o.kind in ("organization", "country") for o in owners)


def _people_noun(noun: "Token") -> bool:
    """'according to analysts at Barclays', 'according to a senior official': a lower-case common noun whose most
    frequent WordNet sense is a person (`senses.noun_class`, the file noun.person), in the plural or after 'a',
    names people, a source described as such ('a person familiar with the matter': 'person' itself is filed at the
    top of the hierarchy, noun.Tops, so it counts by `senses.is_a`); 'according to the figures', 'according to the
    plan' name none, and
    'according to the security researcher who found it' is someone the article names (a definite description)."""
    indefinite = noun.tag_ == "NNS" or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    return noun.is_lower and indefinite and _of_people(noun)  # 'people', the plural of 'person', WordNet files a group


def _owned_office(noun: "Token") -> bool:
    """"according to the city's transport department": a singular common noun in lower case that a possessive
    before it ties to an owner, and no carrier of words ('the city's figures' are words, cited as the city's when
    it is named), is a part of that owner, a source described as such."""
    return (
        noun.pos_ == "NOUN"
        and noun.tag_ == "NN"
        and noun.is_lower
        and not carrier(noun)
        and any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in noun.children)
    )


def _described_body(noun: "Token") -> bool:
    """'The housing ministry said that ...': a noun in lower case that the recogniser tags as an organisation is a
    body the article describes rather than names, a source described as such (not words: 'the report')."""
    return noun.pos_ in ("NOUN", "PROPN") and noun.is_lower and noun.ent_type_ == "ORG" and not carrier(noun)


def _centred(refs: Referents, subject: "Token", holders: list[str]) -> list[str]:
    """Of two or more people who hold the role a definite description gives ('the minister'), the one who is the
    subject of the sentence just before it ('Melis dismissed the accusation. "That is simply untrue," the minister
    said.'): the previous sentence's subject is the preferred centre, the likeliest referent of what follows
    (Grosz, Joshi and Weinstein 1995, "Centering: a framework for modeling the local coherence of discourse",
    Computational Linguistics 21(2)). `holders` unchanged when that subject is none of them, or when that sentence
    names another of them too ('Foreign Minister Ivan Petrov met Defence Minister Olga Ivanova.': left to the model)."""
    if len(holders) < 2 or subject.sent.start == 0:
        return holders
    before = subject.doc[subject.sent.start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    named = {ref.name for c in subjects if (ref := refs.at(c.i)) is not None and ref.name in holders}
    mentioned = {ref.name for t in before if (ref := refs.at(t.i)) is not None and ref.name in holders}
    return list(named) if len(named) == 1 and mentioned == named else holders  # 'Petrov met Ivanova.': both, no centre


def role_holder(refs: Referents, description: "Token") -> str | None:
    """The one person a definite description of a role refers to (`_role_holders`: 'the environment minister',
    "Kaldora's environment minister" before 'Environment Minister Ilse Varga'), None for none or several."""
    holders = _role_holders(refs, description)
    return holders[0] if len(holders) == 1 else None


def _role_holders(refs: Referents, subject: "Token") -> list[str]:
    """People the article gave the role a speaker is described by ('the engineer', 'the Russian president'). An
    indefinite description names someone new, except in the lede, where news introduces a source by role and
    names them later ('A hydrologist has warned that ...', then 'Dr Owen Pritchard, a hydrologist at ...': the
    delayed identification of the AP Stylebook); there only someone first named after it can be meant, and a
    modifier in lower case ('an independent statistician') may say what the article says of them in other words,
    when one person only fits. Anywhere else a definite one refers back: of the people who hold the role, those
    named before it, when any are."""
    common = subject.pos_ == "NOUN" or subject.pos_ == "PROPN" and (subject.is_lower or not subject.ent_type_)  # 'minister' NNP
    delayed = _indefinite_description(subject) and _in_lede(subject)
    ahead = not delayed and _in_lede(subject)  # 'in what the sentencing judge called ...', then 'Justice Miriam Okafor-Lane'
    if not common or subject.tag_ in ("NNS", "NNPS") or _indefinite_description(subject) and not delayed:
        return []
    head = subject.lemma_.lower()
    left = [t for t in subject.lefts if t.dep_ in ("amod", "compound", "nmod") and t.pos_ != "DET"]
    modifiers = {t.lower_ for t in left}
    proper = {t.lower_ for t in left if t.text[:1].isupper() and not t.is_sent_start}
    found, compatible = [], []
    for ref in refs.items:
        if ref.kind != "person" or delayed and ref.first <= subject.idx:
            continue
        if _initialism_of(subject.text, ref):
            found.append(ref.name)
            continue
        for role in ref.roles:
            words = {w.lower().strip(",.") for w in role.split()}
            heads = _role_heads(role)
            lemmas = {w[:-1] if w.endswith("s") else w for w in heads}
            if not (head in heads or head in lemmas or (ref.first < subject.idx or ahead) and _same_office(head, heads)):
                continue  # another form of the role's word refers back only ('the spokesperson' after a spokeswoman)
            if _of_something_else(subject, role) or _of_another_body(refs, subject, ref):
                continue
            extra = modifiers - words - {m for m in modifiers if _demonym_fits(m, ref)}
            if not extra:
                found.append(ref.name)
                break
            if (extra <= proper or ahead and ref.first > subject.idx) and _adds_to(role, heads, extra, ref):
                compatible.append(ref.name)
                break
            if delayed and not extra & proper:  # 'an independent statistician warned ...' in the lede, then 'Dr Magnus
                compatible.append(ref.name)  # Thorlby, a medical statistician at the University of Ferrisby who was
                break  # not involved in the study': a word in lower case names no body to conflict with his
    if not delayed:  # a definite description refers back ('the minister said' after one minister, before another)
        named_before = {r.name for r in refs.items if r.first < subject.idx}
        found = [n for n in found if n in named_before] or found
        compatible = [n for n in compatible if n in named_before] or compatible
    if not found and not compatible and not delayed:
        found = _leaders_of(subject, refs)
    return found or (compatible if len(compatible) == 1 else [])


def _of_another_body(refs: Referents, description: "Token", ref: Referent) -> bool:
    """Whether a description names in its 'of' phrase a body the person is not tied to, when the article ties them
    to another: 'The chairman of Halbrook Athletic told shareholders ...' is not the chair of the Halbrook Athletic
    Supporters' Trust, a body of its own whose name holds the club's."""
    bodies = [
        found
        for p in description.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj" and (found := refs.at(o.i)) is not None and found.kind == "organization"
    ]
    return bool(bodies) and bool(ref.affiliations) and not any(b.name in ref.affiliations for b in bodies)


def _of_something_else(description: "Token", role: str) -> bool:
    """Whether a description and a role both say what their head noun is of, and the description's 'of' phrase has
    no noun among the role's words after its 'of': 'the head of the Ashforth police force' is not the force's 'head
    of neighbourhood policing', nor 'the director of the museum' a 'director of finance'."""
    objects = [o for p in description.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    of = re.search(r"\bof\s+(.+)", role)
    if not objects or of is None:
        return False
    words = {w.lower().strip(",.").removesuffix("'s").removesuffix("’s") for w in of.group(1).split()}
    return not any(t.lower_ in words for o in objects for t in o.subtree if t.pos_ in ("NOUN", "PROPN"))


def _leaders_of(subject: "Token", refs: Referents) -> list[str]:
    """The person named before as the leader of a body, when a definite description is that body's leader: its head
    a leader by its first person's sense in WordNet ('president', 'chair', 'director', 'secretary';
    `senses.person_sense_is_a`) and its possessor, if any, the body by its head noun ('the federation's
    president', 'the head of the police force'). A leader is named so by a participle on the body ('The federation, led by Maria João
    Albuquerque-Teixeira, said ...'; `actors.body_led_by`) or holds a role of leading it (`actors.LEADING`'s roles, from
    a relative clause: 'Renata Szabó-Lind, who has led the union since 2019', then "the union's general secretary
    said"). 'its' or 'their' is the body its sentence has as a subject before it ('Corvell Group plc will challenge
    the decision, its chief executive said'). In the lede, where news describes a source by role and names them
    after (the delayed identification of the AP Stylebook), a leader named later counts when none was named
    before ('... its chief executive said on Tuesday.', then 'Tomas Brandt, who has run Corvell since 2019, said').
    One such person, else none."""
    if not person_sense_is_a(subject.lemma_.lower(), "leader"):
        return []
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None:  # 'the head of the Ashforth police force': the body the leader is of
        owner = next((o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
    named = body_named_by(owner) if owner is not None else ""
    if owner is not None and owner.tag_ == "PRP$" and owner.lower_ in ("its", "their") and not named:
        bodies = [r for t in subject.sent if t.i < subject.i and t.dep_ in ("nsubj", "nsubjpass") and (r := refs.at(t.i)) is not None and r.kind == "organization"]
        named = bodies[0].name if bodies and all(b is bodies[0] for b in bodies) else ""  # the body that is a subject

    def same(body: "Token") -> bool:  # 'the union's president' is no leader of the federation
        return owner is None or owner.lemma_.lower() == body.lemma_.lower() or refs.at(owner.i) is not None and refs.at(owner.i) is refs.at(body.i)

    def leaders_named(before: bool) -> list[str]:
        found = []
        for ref in refs.items:
            if ref.kind != "person" or (ref.first >= subject.idx) == before:
                continue
            led = [body for m in ref.mentions if (m.root < subject.i or not before) and (body := body_led_by(subject.doc[m.root])) is not None]
            if any(same(body) for body in led):
                found.append(ref.name)  # 'The federation, led by Maria João Albuquerque-Teixeira,'
            elif set(ref.roles) & set(LEADING.values()) and (owner is None and len(ref.affiliations) == 1 or named and named in ref.affiliations):
                found.append(ref.name)  # 'Renata Szabó-Lind, who has led the union since 2019' (`actors._relative_role`)
        return found

    leaders = leaders_named(True)
    if not leaders and _in_lede(subject):
        leaders = leaders_named(False)
    return leaders if len(leaders) == 1 else []


def _initialism_of(word: str, ref: Referent) -> bool:
    """Whether `word`, a title written in capitals ('MP', 'MEP', 'CEO'), is the initials of the capitalised words
    of a role the article gave the person, read with the body it is held at ('Fiona MacAllister, the Member of
    Parliament for Glenmoor', role 'Member' at 'Parliament', is 'Glenmoor's MP'; 'Chief Executive Officer'), its
    last word among them: the initials of a body in a lower-case role ('United Nations envoy') name the body."""
    if not (2 <= len(word) <= 4 and word.isalpha() and word.isupper()):
        return False
    for role in ref.roles:
        for phrase in (role, *(f"{role} of {body}" for body in ref.affiliations)):
            initials = "".join(w[0] for w in phrase.split() if w[:1].isupper())
            if initials == word and phrase.split()[-1][:1].isupper():
                return True  # the initials cover the whole title ('UN' is no 'United Nations envoy')
    return False


def _adds_to(role: str, heads: set[str], extra: set[str], ref: Referent) -> bool:
    """Whether a definite description's proper modifiers (`extra`, not among the role's words) can add to what
    the article said of the person holding `role`, rather than describe someone else: the role itself names no
    party, place or body (no capitalised word but its head: 'local MP', not 'Labour MP'), and the person is tied
    to no organisation or country the modifiers do not name. 'the local MP, Sarah Hollings', then 'The
    Conservative MP for Castlebrook South said': a later mention may add a modifier that does not conflict with
    the antecedent's (the compatible-modifier test of coreference resolvers, relaxed from inclusion; Lee et al.
    2013, "Deterministic coreference resolution based on entity-centric, precision-ranked rules")."""
    if any(w[:1].isupper() and w.lower().strip(",.") not in heads for w in role.split()):
        return False  # the role names its own party, place or body
    named = " ".join(ref.affiliations).lower()
    return not ref.affiliations or all(word in named for word in extra)


_ROLE_PREPOSITIONS = frozenset("of at for in with to".split())


def _in_lede(token: "Token") -> bool:
    """Whether a token is in the article's first sentence after its headline (and dateline)."""
    start, end = _lede(token.doc)
    return start <= token.i < end


@per_document
def _lede(doc: "Doc") -> tuple[int, int]:
    """[start, end) in tokens of the article's first sentence after its headline and dateline (the parser may cut
    'WELLBRIDGE, March 3 (Newsline) -' off as a sentence of its own); (0, 0) when there is none."""
    text = text_of(doc)
    headline = headline_span(text)
    lines = datelines(text)

    def dateline(sent: "Span") -> bool:
        return any(start <= sent.start_char and sent.end_char <= end + 1 for start, end in lines)

    first = next(
        (sent for sent in doc.sents if sent.text.strip() and (headline is None or sent.start_char >= headline[1]) and not dateline(sent)), None
    )
    return (first.start, first.end) if first is not None else (0, 0)


def _role_heads(role: str) -> set[str]:
    """The words a role can be called by: its last word and the word before each preposition ('spokesman' of
    'Company spokesman', 'president' of 'president of Cosatu'), an abbreviated title as the title it stands for
    ('senator' of 'Sen.', `nlp.TITLE_EXPANSIONS`); not a modifier ('the company said' is no 'Company
    spokesman'), nor the body a dash byline names after a comma ('medical director, Northmoor Regional Health
    Authority' is no 'authority')."""
    words = [TITLE_EXPANSIONS.get(w, w) for w in (w.lower().strip(",.") for w in role.split(",")[0].split())]  # 'Sen.': senator
    return {words[-1]} | {w for w, nxt in zip(words, words[1:]) if nxt in _ROLE_PREPOSITIONS} if words else set()


def _same_office(head: str, heads: set[str]) -> bool:
    """Whether a description's head noun names the office of one of a role's `heads` by another form of the same
    word, one a kind of the other by WordNet's hypernymy (`senses.is_a`) with the same first four letters: 'the
    landlords' spokesman' of the association's 'spokesperson', 'the chairwoman' of a 'chair', 'the councilwoman'
    of a 'councillor'; not 'the spokeswoman' of a 'spokesman' (neither is a kind of the other), nor 'the
    president' of a 'chairman'. Or a synonym by the description's most frequent sense (`senses.first_sense_of`:
    'the judge' of a 'Justice', whose title WordNet files with 'judge')."""
    return any(h != head and (h[:4] == head[:4] and (is_a(head, h) or is_a(h, head)) or first_sense_of(head, h)) for h in heads if h.isalpha())


_NEW_REFERENT = frozenset({"a", "an", "one", "another", "some", "any"})


def _indefinite_description(noun: "Token") -> bool:
    """'one senator', 'a minister', 'another official': an indefinite description introduces someone new, so it
    is no one the article named before (the senator it gave that role is 'the senator')."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in _NEW_REFERENT for c in noun.children)


@per_document
def _headline_of(doc: "Doc") -> tuple[int, int] | None:
    """The article's headline (`sentences.headline_span`), found once per document: `_named_body` asks for it of
    every bare noun it reads."""
    return headline_span(text_of(doc))


def _headline_body(refs: Referents, subject: "Token") -> list[str]:
    """"'We are not a trophy for a palace', says trust as board backs takeover": a headline drops its articles, and
    a bare singular noun there that is no title of a person names the one organisation of the article whose name
    has that word ('Halbrook Athletic Supporters' Trust'), wherever the article names it: a headline sums up the
    story below it. [] when the subject is outside the headline, has a determiner or modifier, or fits no body or
    two."""
    if any(c.dep_ in ("det", "amod", "compound", "poss") for c in subject.children):
        return []
    headline = _headline_of(subject.doc)
    if headline is None or not headline[0] <= subject.idx < headline[1] or person_title(subject):
        return []
    word = subject.lemma_.lower()
    found = [r.name for r in refs.items if r.kind == "organization" and not r.place and word in {w.lower().strip("'’") for w in r.name.split()}]
    return found if len(found) == 1 else []


def _named_body(refs: Referents, subject: "Token") -> list[str]:
    """'The institute reported that ...': the organisation named before it whose name has the noun of a definite
    description ('Schwarzenegger Institute for State and Global Policy'; a definite description refers back, so a
    body first named after it is none); when several have it, the one named last in the sentences just before;
    none when none of them is."""
    if (named := _named_with_its_kind(refs, subject)) is not None:
        return [named]
    common = subject.pos_ == "NOUN" and subject.tag_ == "NN" or subject.tag_ == "NNP" and subject.is_lower  # 'the congress', tagged a name
    if common and (headlined := _headline_body(refs, subject)):
        return headlined
    if not common or not any(c.lower_ in ("the", "this") for c in subject.children if c.dep_ == "det"):
        return []
    if any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in subject.children):
        return []  # 'the federal court', 'the Senate committee': a description of its own
    word = subject.lemma_.lower()
    owned = [" ".join(t.text for t in o.subtree if t.pos_ == "PROPN") for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    named_before = [r for r in refs.items if r.kind == "organization" and any(m.start < subject.idx for m in r.mentions)]
    named_before = [r for r in named_before if all(o in r.name for o in owned)]  # 'the port of Marrow Bay' is no
    # 'Halstad Port Authority': a name its own 'of' gives must be in the body's (compatible modifiers, Lee et al. 2013)
    found = [r for r in named_before if word in {w.lower() for w in r.name.split()}]  # a definite description refers
    # back: 'The chamber said' after the Cámara Nacional de Embotelladores is no 'Chamber of Deputies' named later
    if not found:  # 'the federation' of the 'Federación Agraria del Litoral': a name in another language
        found = [r for r in named_before if any(_cognate(word, w) for w in r.name.split())]
    sentence = _lookback(subject)
    if not found:  # 'The company also said' after 'Cloud software company Cloudnest Inc.': named so, just before
        found = [r for r in refs.items if r.kind == "organization" and word in _class_nouns(subject.doc, r, subject.idx)]
        window = text_of(subject.doc)[sentence.start_char : subject.idx]  # a name inside a quotation counts too:
        found = [  # '"Northern Spodumene remains committed ...," the company said'
            r
            for r in found
            if any(sentence.start_char <= m.start < subject.idx for m in r.mentions)
            or any(f in window for f in {without_legal_form(f) for f in r.forms} if len(f) > 3)
        ]
    if not found and word in ANY_BODY_NOUNS:  # '"Parents want tools ...," the group said' after 'NetChoice said in
        named = [
            (m.start, r.name)
            for r in refs.items
            if r.kind == "organization" and not r.place
            for m in r.mentions
            if sentence.start_char <= m.start < subject.idx and subject.doc[m.root].dep_ != "compound"  # not '1,000 Wisconsin parents'
        ]
        if word in ("company", "firm"):  # a company is, of those, one whose name says no other kind of body when one
            named = [n for n in named if names_no_other_kind(n[1])] or named  # does ('Court of Appeal', named last
            # before 'The company said' after Kilele Communications, is none)
        if not named and (called := _untagged_name_called(subject, sentence)):
            return [called]  # 'Quiet Rooms, a privacy advocacy group, says ... According to the group, ...'
        return [max(named)[1]] if named else []  # a statement ...': the body named last before it (recency, as below)
    if len(found) <= 1:
        return [r.name for r in found]
    # several ('the Supreme Court', 'the Court of International Trade'): the one named last before it, within
    # LOOKBACK_SENTENCES sentences (head match, then recency: the Stanford multi-pass sieve, Lee et al. 2013)
    before = [(m.start, r.name) for r in found for m in r.mentions if sentence.start_char <= m.start < subject.idx]
    return [max(before)[1]] if before else []


def _untagged_name_called(subject: "Token", lookback: "Span") -> str:
    """The name the recogniser did not tag that the sentences from `lookback` on, before a definite description,
    set its noun in apposition to ('Quiet Rooms, a privacy advocacy group, says ...', then 'According to the group'):
    the last such name (`_proper_name`), '' for none."""
    word = subject.lemma_.lower()
    for token in reversed(subject.doc[lookback.start : subject.i]):
        if token.pos_ == "NOUN" and token.lemma_.lower() == word and token.dep_ == "appos" and token.head.pos_ == "PROPN" and not token.head.ent_type_:
            if name := _proper_name(token.head):
                return name
    return ""


def _named_with_its_kind(refs: Referents, noun: "Token") -> str | None:
    """The organisation a body noun right after its whole name is ('the Pilbara Regional Councils group said', 'the
    Save Westmoor General campaign, which ..., said'): the noun is one any body may be called by
    (`ANY_BODY_NOUNS`) or 'campaign', its last proper-noun compound ends the organisation's mention right before it,
    and that mention is the organisation's name in full, which opens no other referent's name ('the Westmoor
    campaign' after Westmoor General Hospital is no hospital's, nor a body called Westmoor). Nouns of a part of a
    body ('the Senate committee', 'the BBC board') are not the body. None otherwise."""
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.lemma_.lower() not in NAMED_BODY_NOUNS or noun.i == 0:
        return None
    last = noun.doc[noun.i - 1]
    if last.dep_ != "compound" or last.head.i != noun.i or last.pos_ != "PROPN":
        return None
    ref = refs.at(last.i)
    if ref is None or ref.kind != "organization":
        return None
    text = text_of(noun.doc)
    end = last.idx + len(last.text)
    mention = next((m for m in ref.mentions if m.start <= last.idx and m.end == end), None)
    if mention is None or norm(text[mention.start : mention.end]) != norm(ref.name):
        return None
    longer = any(r is not ref and r.name.startswith(f"{ref.name} ") for r in refs.items)
    return None if longer else ref.name  # 'the Westmoor campaign': the first word of Westmoor General Hospital


ANY_BODY_NOUNS = frozenset("group organisation organization body company firm".split())
"""Nouns a definite description may call any body by ('the group' for a trade association, 'the company' for a
private-equity firm named only by its name): with no body of that kind named, it refers to the body named last in
the sentences just before (`_named_body`); in a stance, a description any body may answer to
(`stances._names_its_kind`)."""
NAMED_BODY_NOUNS = ANY_BODY_NOUNS | {"campaign"}
"""Nouns a body's name may go before as its kind ('the Pilbara Regional Councils group', 'the Save Westmoor
General campaign'): the noun and the name are one body (`_named_with_its_kind`)."""

COGNATE_MIN = 88.0
"""Least rapidfuzz ratio (0-100) of an English noun and a word of a name, accents folded, for one word in two
languages: 'federation' and 'Federación' score 90, 'commission' and 'Comisión' 89; 'association' and
'Associated' score 86, and 'federation' and 'Federal' 82."""


def _cognate(english: str, word: str) -> bool:
    """Whether `word` of a name in another language is the English noun `english` (lower case), as Romance
    languages write their cognates: the same word with accents folded ('Unión'), or of six letters or more, the
    same first three letters and a rapidfuzz ratio of at least COGNATE_MIN ('Federación', 'Fédération',
    'Comisión')."""
    from rapidfuzz import fuzz

    folded = norm(word)
    if folded == english:
        return True
    return len(english) >= 6 and folded[:3] == english[:3] and fuzz.ratio(english, folded) >= COGNATE_MIN


def _class_nouns(doc: "Doc", ref: Referent, before: int) -> set[str]:
    """The common nouns the article calls an organisation by before character `before` (`actors.class_nouns` of
    each of its mentions there, and of each place its name is written where the recogniser did not tag it: 'has
    fined the ride-hailing company Veloz', before 'Veloz rejected the findings')."""
    text = text_of(doc)[:before]
    places = {(m.start, m.end) for m in ref.mentions if m.start < before}
    for form in ref.forms:
        if form[:1].isupper():
            places |= {(hit.start(), hit.end()) for hit in written_at(text, form)}
    spans = (doc.char_span(start, end, alignment_mode="expand") for start, end in places)
    return {noun for span in spans if span is not None for noun in class_nouns(span)}


def _demonym_fits(word: str, ref: Referent) -> bool:
    country = country_of_demonym(word.capitalize())
    return bool(country) and country in ref.affiliations


def person_antecedent(doc: "Doc", refs: Referents, at: int) -> str | None:
    """Whom 'he' or 'she' at token `at`, outside quotation marks, stands for (`_antecedents`: the nearest
    sentence's subject that fits, of the pronoun's gender when the article marks it), or None; names inside any
    quotation of the article (`find_quotes`) are not antecedents."""
    return next(iter(_antecedents(doc, quotes_of(doc), refs, at, "person")), None)


def _antecedents(doc: "Doc", quotes: list[Quote], refs: Referents, at: int, kind: str, said: Quote | None = None) -> list[str]:
    """Who a pronoun at token `at` stands for: in the nearest sentence (this one first, then back up to
    LOOKBACK_SENTENCES) that names someone who fits, its subject (or the name in apposition to it), else the
    last one named there. Names inside quotes are not antecedents, and neither is any person the quotation `said`
    (the one the pronoun's speech verb introduces) names: a speaker does not name themselves in their own words
    ('For Kevin Allton, ..., Warhol was also a legend. He said, "Andy Warhol was the center ..."': not Warhol).
    A 'he' or 'she' passes over a bare word of no gender (`_a_bare_word`) to a person of that gender in the
    sentences before, and comes back to it when there is none."""
    sentence = doc[at].sent
    gender = _GENDER_OF_PRONOUN.get(doc[at].lower_, "") if kind == "person" else ""
    named_in_quote = _named_in_quotation(doc, refs, said) if said is not None else frozenset()
    fronted = _fronted_adjunct(doc[at])
    fallback: list[str] = []
    budget = LOOKBACK_SENTENCES + 1
    while budget > 0:
        end = at if sentence.start <= at < sentence.end else sentence.end
        budget -= not _quoted_throughout(sentence, quotes)  # a sentence of the quotation itself is no narrative one
        found: list[tuple[Referent, bool, str]] = []  # (referent, a subject, its gender)
        main_clause = False  # someone found is the subject of the sentence's main verb, not of a clause inside it
        for token in doc[sentence.start : end]:
            if token.i in fronted:
                continue  # 'In a letter to the council's mayor, Caroline Whitmore, she urged ...': not the mayor
            ref = refs.at(token.i)
            if ref is None and token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "NOUN":
                ref = _named_in(token, refs)  # 'the U.S. government appealed ..., it argued': the body it names
                if ref is None and kind == "person" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                    holder = role_holder(refs, token)  # 'The judge disagreed. "...," she said.': the judge named before
                    ref = refs.find(holder) if holder else None  # (Judge Miriam Okafor), not the last woman named
                elif ref is None and kind == "thing" and (body := body_named_by(token)):
                    ref = refs.find(body)  # 'The commission answered within hours. In a written statement, it said:': the
                    # commission named before (the Valdosian Electoral Commission)
            if ref is None or not _fits(ref, kind) or any(q.start <= token.idx < q.end for q in quotes):
                continue
            if _named(ref, named_in_quote) and ref.kind == "person":
                continue  # a person does not name themselves in their own words; a body's statement does ('The
                # commission answered. In a written statement, it said: "The Commission has reviewed ..."')
            marked = gender_of(doc, ref) if gender else ""
            if marked not in ("", gender):
                continue  # 'she' after Mr Lee and Sarah Jones: not him
            found.append((ref, _in_subject(token), marked))
            main_clause |= _in_subject(token) and _of_the_main_verb(token)
        subjects = [(ref, marked) for ref, subject, marked in found if subject]
        if not main_clause and gender and (chained := _same_pronoun_subject(doc, quotes, sentence.start, end, at)) is not None:
            if resolved := _antecedents(doc, quotes, refs, chained, kind):
                return resolved  # 'Mr Walford said ... He said the council had requested a meeting with Mr Ferrante.
                # "We are not here to say no," he said.': the same pronoun as a subject before continues its referent
        pool = subjects or [(ref, marked) for ref, subject, marked in reversed(found) if not subject]
        if pool and gender and all(not mark and _a_bare_word(ref) for ref, mark in pool):
            fallback = fallback or [pool[0][0].name]  # 'Lenivumab slowed decline ..., he said': a word the recogniser
            pool = []  # tagged a person, of no gender, yields to a man named before ('Professor Matthias Kessler')
        if pool:
            marked = [ref for ref, mark in pool if mark]  # 'she' after 'Ro Khanna and Nancy Mace introduced': her
            return [(marked or [ref for ref, _ in pool])[0].name]
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
    return fallback


def _same_pronoun_subject(doc: "Doc", quotes: list[Quote], start: int, end: int, at: int) -> int | None:
    """The first subject 'he' or 'she' of a sentence's main verb, outside quotations, among tokens [start, end)
    that is the same word as the pronoun at `at` (case aside), or None ('One senior MP, who spoke on condition of
    anonymity because he was not authorised, said ...' has no such subject: that 'he' is in a clause). A
    sentence whose subject is that pronoun, and names no one else as its subject, keeps its referent in the
    centre of attention: a later 'he' stands for the same person, not for someone the sentence names as an
    object ('He said the council had requested a meeting with Mr Ferrante'). Centering theory's continuation
    (Grosz, Joshi and Weinstein 1995); Hobbs's (1978) search reaches the subject pronoun of the sentence before
    first as well."""
    return next(
        (
            t.i
            for t in doc[start:end]
            if t.i != at
            and t.dep_ in ("nsubj", "nsubjpass")
            and t.head.i == t.sent.root.i
            and t.lower_ == doc[at].lower_
            and not any(q.start <= t.idx < q.end for q in quotes)
        ),
        None,
    )


def _a_bare_word(ref: Referent) -> bool:
    """Whether a 'person' is only ever one word, with no role: no given name, title or description marks it as
    anyone ('Lenivumab', a drug the recogniser tagged a person), so a gendered pronoun prefers another person named
    in the sentences it looks back over."""
    return ref.kind == "person" and not ref.roles and all(len(form.split()) == 1 for form in ref.forms)


def _fronted_adjunct(pronoun: "Token") -> frozenset[int]:
    """The tokens of a prepositional phrase fronted before a subject pronoun in its own clause ('In a letter to the
    council's mayor, Caroline Whitmore, she urged ...', 'In a meeting with Tom Reyes on Tuesday, he said ...'):
    whom the subject wrote to or met is someone else, so a name there is not what the pronoun stands for
    (the adjunct is no antecedent of the clause's own subject)."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return frozenset()
    verb = pronoun.head
    return frozenset(t.i for c in verb.children if c.dep_ == "prep" and c.i < pronoun.i for t in c.subtree)


def _quoted_throughout(sentence: "Span", quotes: list[Quote]) -> bool:
    """Whether every word of `sentence` lies inside one of `quotes` (a sentence of a quotation of several)."""
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    return bool(words) and all(any(q.start <= t.idx < q.end for q in quotes) for t in words)


def _named_in_quotation(doc: "Doc", refs: Referents, said: Quote) -> frozenset[str]:
    """The words of the names a quotation uses of others (normalised): every word of each name inside it, except a
    speaker naming themselves in apposition to 'I' or 'we' ('I, Barack Obama, ... do hereby proclaim')."""
    words = set()
    inside = doc.char_span(said.start, said.end, alignment_mode="expand")
    for token in inside if inside is not None else ():
        if not said.start <= token.idx < said.end or refs.at(token.i) is None:
            continue
        head = token
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        if head.dep_ == "appos" and head.head.lower_ in ("i", "we"):
            continue
        words.add(norm(token.text))
    return frozenset(words)


def _named(ref: Referent, words: frozenset[str]) -> bool:
    """Whether a quotation names `ref`: the last word of one of its names is among `words` (`_named_in_quotation`)."""
    return any(norm(form.split()[-1]) in words for form in ref.forms if form.split())


def _of_the_main_verb(token: "Token") -> bool:
    """Whether a subject (`_in_subject`) is its sentence's main verb's, not a clause's inside it ('a loan which
    Pryle had paid back', 'that Mori had ordered it'): such a subject is less salient than the main clause's
    (Grosz, Joshi and Weinstein 1995, centering: the subject of the main clause ranks first)."""
    token = _apposed_or_conjoined_to(token)
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        token = token.head
    return token.head.i == token.sent.root.i


def _apposed_or_conjoined_to(token: "Token") -> "Token":
    """The token an apposition or a conjunct hangs from, up the chain ('Nancy Mace' of 'Ro Khanna and Nancy Mace')."""
    while token.dep_ in ("appos", "conj") and token.head.i != token.i:
        token = token.head
    return token


def _in_subject(token: "Token") -> bool:
    """The subject, a name in apposition to it or one conjoined with it ('Ro Khanna and Nancy Mace introduced'), or
    the agent of a passive, its logical subject ('These considerations were made by Joseph Humire, ...')."""
    token = _apposed_or_conjoined_to(token)
    return token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "pobj" and token.head.dep_ == "agent"


def _plural_subject_before(doc: "Doc", quotes: list[Quote], refs: Referents, at: int) -> "Token | None":
    """What 'they' at token `at` stands for when it is a group the article describes: the plural common-noun
    subject of the nearest sentence before (or of its own, before it) that has a subject outside quotation
    marks, when that subject names no one ('Hospital administrators', 'Scientists at the University of
    Cambridge'); None when it names someone ('The companies' of a named body are left to `_antecedents`)."""
    last = _last_subject_before(doc, quotes, at)
    if last is None:
        return None
    plural = last.pos_ == "NOUN" and last.tag_ == "NNS" and refs.at(last.i) is None and _named_in(last, refs) is None
    return last if plural and not carrier(last) else None


def _last_subject_before(doc: "Doc", quotes: list[Quote], at: int) -> "Token | None":
    """The last subject (a noun, proper noun or pronoun that is neither a personal nor a relative pronoun) outside
    quotation marks of the nearest sentence before token `at`, or of its own before it, that has one; at most
    LOOKBACK_SENTENCES back."""
    sentence = doc[at].sent
    for _ in range(LOOKBACK_SENTENCES + 1):
        end = at if sentence.start <= at < sentence.end else sentence.end
        subjects = [
            t for t in doc[sentence.start : end]
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN", "PRON") and not any(q.start <= t.idx < q.end for q in quotes)
        ]
        subjects = [t for t in subjects if t.lower_ not in _PRONOUNS and not _relative_pronoun(t)]
        if subjects:
            return subjects[-1]
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
    return None


_STATE = frozenset("government administration authorities authority regime leadership delegation side state".split())
"""Heads of a description that stands for a whole country ('the Brazilian government'): `_antecedents` gives
the country itself, as the gold format labels governments."""


def _body_before(doc: "Doc", quotes: list[Quote], refs: Referents, at: int) -> "Token | None":
    """What 'it' at token `at` stands for when the sentence just before it (or its own, before it) is about a
    body the article describes without naming it: the last subject outside quotation marks there, a singular
    common noun with 'the' ('The Kyrgyz embassy in Tashkent went further. ... it described ...'), that names no
    referent, no organisation by a modifier (a country's adjective may qualify it), no words (`carrier`), and
    does not stand for a whole state (`_STATE`). None otherwise: `_antecedents` then looks for a name."""
    last = _last_subject_before(doc, quotes, at)
    if last is None:
        return None
    named = _named_in(last, refs)
    if last.pos_ != "NOUN" or last.tag_ != "NN" or not definite(last) or refs.at(last.i) is not None or carrier(last):
        return None
    if lemma(last) in _STATE or named is not None and named.kind != "country" or _role_holders(refs, last) or _named_body(refs, last):
        return None
    return None if any(c.dep_ == "poss" for c in last.children) else last


def _document_before(doc: "Doc", quotes: list[Quote], at: int) -> bool:
    """Whether 'it' at token `at` stands for a document: the last subject outside quotation marks of the sentence
    just before it (or of its own, before it) is a carrier of words with 'the' and no owner ('The statement itself
    is short. "...," it reads.')."""
    last = _last_subject_before(doc, quotes, at)
    return last is not None and carrier(last) and definite(last) and not any(c.dep_ == "poss" for c in last.children)


def _someone_before(doc: "Doc", quotes: list[Quote], refs: Referents, at: int) -> "Token | None":
    """What 'he' or 'she' at token `at` stands for when the sentence just before it (or its own, before it) is
    about someone the article introduces without a name: the subject of that sentence's main clause, outside
    quotation marks, an indefinite singular description (`_someone`: 'A long-serving employee at the company's
    Okazaki plant', 'A congressman from the governing coalition') that is the subject of a speech verb, so a
    person, also when a named body describes it ('A senior UPA official, who asked not to be named, said ...
    "...," he said': the official, not UPA), or a spokesperson whatever the verb ('A spokesman for Callenby
    Airport Holdings rejected that. "...," he said'), or compared with the speaker before in how it spoke
    (`_compared_in_manner`: "The agency's deputy commissioner was blunter. '...,' she told reporters"). None when
    that subject is a name, a pronoun, a body or anything else: then `_antecedents` looks for a name. Anonymous sources are written so (the AP Stylebook's 'anonymous
    sources': describe the source as fully as possible, then refer back)."""
    sentence = doc[at].sent
    for _ in range(LOOKBACK_SENTENCES + 1):  # sentences wholly inside the quotation are passed over
        end = at if sentence.start <= at < sentence.end else sentence.end
        main = sentence.root
        subjects = [t for t in main.children if t.dep_ in ("nsubj", "nsubjpass") and t.i < end and not any(q.start <= t.idx < q.end for q in quotes)]
        if subjects:
            last = subjects[-1]
            anonymous = _someone(last) and refs.at(last.i) is None and not carrier(last)
            spoke = last.dep_ == "nsubj" and lemma(main) in SPEECH_VERBS  # it spoke, so it is a person ('Her death was confirmed by')
            spoke = spoke or last.dep_ == "nsubj" and _compared_in_manner(main)  # "The agency's deputy commissioner was blunter."
            spoke = spoke or last.dep_ == "nsubj" and last.lower_ in SPOKESPEOPLE  # 'A spokesman for Callenby Airport
            # Holdings rejected that. "...," he said': a spokesperson speaks, whatever the verb
            return last if anonymous and spoke else None
        if sentence.start == 0 or "\n\n" in doc[sentence.start - 1].text_with_ws:
            break  # a paragraph's first sentence: the one before belongs to another paragraph
        sentence = doc[sentence.start - 1].sent
    return None


def _described_just_before(doc: "Doc", quotes: list[Quote], refs: Referents, subject: "Token") -> "Referent | None":
    """The person a definite description of a role refers back to when the article gave no one that role: the one
    person its sentence (before it) or the sentence just before names outside quotation marks, who has no role of
    their own ('For Helen Marsh, the answer is straightforward. "...," the Northwind chief executive told me'; 'Ana
    Ruiz waited outside the court. "...," the 34-year-old nurse said'). A news writer names someone, then describes
    them instead of repeating the name (an elegant variation; the definite article marks someone already met). None
    for a plural, an indefinite or a possessed description, a head that names no person in WordNet (`noun.person`),
    two people named there, or a person with a role, whom `_role_holders` would have found by it."""
    if subject.pos_ != "NOUN" or subject.tag_ != "NN" or noun_class(subject.lemma_) != PERSON:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    sentence = subject.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 and "\n\n" not in doc[sentence.start - 1].text_with_ws else sentence.start
    people = {}
    for token in doc[start : subject.i]:
        ref = refs.at(token.i)
        if ref is not None and ref.kind == "person" and not any(q.start <= token.idx < q.end for q in quotes):
            people[ref.name] = ref
    if len(people) != 1:
        return None
    person = next(iter(people.values()))
    return None if person.roles else person


def _compared_in_manner(verb: "Token") -> bool:
    """'was blunter', 'was more cautious': a copula whose complement is a comparative adjective, which in a sentence
    before a quotation compares how its subject spoke with the speaker before (so its subject spoke)."""
    if lemma(verb) != "be":
        return False
    complements = [c for c in verb.children if c.dep_ in ("acomp", "attr")]  # 'blunter' may be tagged a noun
    return any(
        c.tag_ == "JJR" or comparative_adjective(c.text, c.doc) or any(a.tag_ == "RBR" for a in c.children if a.dep_ == "advmod") for c in complements
    )


def _named_in(noun: "Token", refs: Referents) -> Referent | None:
    """The organisation or country a common noun's modifiers name: 'the U.S. government', 'the Brazilian
    government' (a demonym stands for its country, when the article names that country)."""
    for child in noun.lefts:
        if child.dep_ in ("compound", "amod", "poss", "nmod"):
            ref = refs.at(child.i)
            if ref is None and child.pos_ in ("ADJ", "PROPN"):  # a demonym, tagged NORP or not
                country = country_of_demonym(child.text)
                ref = refs.find(country) if country else None
            if ref is not None and ref.kind in ("organization", "country"):
                return ref
    return None


_GENDER_OF_PRONOUN = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}
_ADDRESS_GENDER = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f"}


def gender_of(doc: "Doc", ref: Referent) -> str:
    """'m' or 'f' when the article marks a person's gender, '' when it does not or marks both: a form of
    address before one of their mentions (Mr, Sir, Lord; Mrs, Ms, Miss, Dame, Lady) or a role noun in -woman
    or, in lower case, -man ('spokeswoman', 'chairman'; not the demonym 'German'); failing those, a given name
    the name data confidently genders (`given_names`: 'Nancy Mace', 'Mark Carney'; not 'Kim Jong Un')."""
    cues = set()
    for m in ref.mentions:
        address = word_before(text_of(doc), m.start).lower()
        if address in _ADDRESS_GENDER:
            cues.add(_ADDRESS_GENDER[address])
    for role in ref.roles:
        for word in re.findall(r"[A-Za-z]+", role):
            if word.lower().endswith(("woman", "women")):
                cues.add("f")
            elif word.islower() and word.endswith("man") and len(word) > 5:
                cues.add("m")
    if not cues and ref.kind == "person":
        return given_name_gender(ref.name)
    return cues.pop() if len(cues) == 1 else ""


def _fits(ref: Referent, kind: str) -> bool:
    if kind == "person":
        return ref.kind == "person"
    if kind == "thing":
        return ref.kind in ("organization", "country")
    return ref.kind in ("organization", "country", "group")


# --------------------------------------------------------------------------- other places attribution is written


_CREDIT_FUNCTION_WORDS = frozenset("of for and the on de du la le".split())


def _credited_name(text: str) -> bool:
    """Whether a credit is written as a name: two to eight words, each opening with a capital but the function
    words between them ('Halden Centre for Maritime Security', 'Maria Lopez'; not 'said the minister')."""
    words = text.split()
    if not 2 <= len(words) <= 8 or words[0].lower() in _CREDIT_FUNCTION_WORDS or words[-1].lower() in _CREDIT_FUNCTION_WORDS:
        return False
    return all(w[:1].isupper() and w[:1].isalpha() or w in _CREDIT_FUNCTION_WORDS for w in words)


_DASH_BYLINE = re.compile(rf"^[ \t”\"’'»,.]*\n?[ \t]*\n?[ \t]*[{_DASHES}]\s*(?P<byline>[^\n]+)")
"""A dash and a credit after a quotation, on its line or the next ('”\n— Annelies van der Berg, chief executive')."""


def dash_byline_span(text: str, quote: Quote) -> tuple[int, int] | None:
    """(start, end) in characters of the dash credit line after `quote`, from the quotation's end to the line's end,
    as `_dash_byline` reads it; None when no dash credits the quotation."""
    m = _DASH_BYLINE.match(text[quote.end : quote.end + 300])
    return (quote.end, quote.end + m.end()) if m else None


def _dash_byline(doc: "Doc", quote: Quote, refs: Referents) -> Attribution | None:
    """'“...” – Dr. Anya Petrova, Geopolitical Analyst, Institute for Strategic Studies.': the role and the
    organisation after the name; a byline that gives only an organisation the article names ('– Daniel Okafor,
    Coastline Legal Trust') gives their affiliation, not a role."""
    text = text_of(doc)
    m = _DASH_BYLINE.match(text[quote.end : quote.end + 300])
    if not m:
        return None
    start = quote.end + m.start("byline")
    parts = [p.strip(" .") for p in m.group("byline").split(",")]
    named = [(mention.end - mention.start, ref) for ref in refs.items for mention in ref.mentions if start <= mention.start < start + len(parts[0]) + 1]
    named += [(len(form), ref) for ref in refs.items for form in {ref.name, *ref.forms} if re.match(rf"{re.escape(form)}(?!\w)", parts[0])]
    details = [p for p in parts[1:] if p and not case_name(p)]  # '– Justice Ilse Tavernier, dissenting, Portvale Hosts'
    # Association v City of Portvale': the case she wrote in, no body she is of
    if not named and _credited_name(parts[0]):  # '– Halden Centre for Maritime Security': a name the recogniser
        return Attribution(0, parts[0], True, how="dash", cue=m.group(0).strip()[:160], details=details)  # did not find
    if not named:
        return None
    ref = max(named, key=lambda pair: pair[0])[1]  # the longest name there: 'Kestrel Workers' Union', not 'Kestrel'
    body = refs.find(details[0]) if len(details) == 1 else None
    if body is not None and body.kind in ("organization", "country"):  # '– Daniel Okafor, Coastline Legal Trust'
        return Attribution(0, ref.name, True, how="dash", cue=m.group(0).strip()[:160], affiliation=body.name)
    return Attribution(0, ref.name, True, how="dash", cue=m.group(0).strip()[:160], details=details)


def _lead_in(doc: "Doc", quotes: list[Quote], quote: Quote) -> "Span | None":
    """The sentence that introduces a quote opening its sentence: the paragraph before ending in 'Rathbun stated:'
    or 'From the minister,', or the sentence before it in the same paragraph ('Gopalswamy describes the design.')."""
    text = text_of(doc)
    line_start, own = _line_before(text, quote)
    if own.strip() == "":
        before = text[:line_start].rstrip()
        if not before.endswith((":", ",")) and (not _whole_paragraph(text, quote) or _quoted_heading(text, quote)):
            return None  # a quoted subheading ('“Both sides are estimating”') is introduced by nothing before it
    elif own.rstrip().endswith((".", "!", "?", ":", "”", '"', "’")):
        before = own.rstrip()
        before = text[: line_start + len(before)]
    else:
        return None
    token = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if token is None:
        return None
    sentence = token.sent
    if any(q.start <= sentence.start_char and sentence.end_char <= q.end + 2 for q in quotes):
        return None  # the sentence before is itself a quote
    return _whole_clause(doc, sentence)


def _line_before(text: str, quote: Quote) -> tuple[int, str]:
    """(where the quote's line starts, the line's text before the quote, without the quote's opening marks)."""
    line_start = text.rfind("\n", 0, quote.start) + 1
    return line_start, text[line_start : quote.start].rstrip(" \t“\"‘'«„「『")


def _whole_clause(doc: "Doc", sentence: "Span") -> "Span":
    """'... Kerimel expresses his condolences [fr] to the passengers.': a fragment the parser split off (no verb
    of its own) is read with the sentence before it in the same paragraph."""
    while not any(_verbal(t) for t in sentence) and sentence.start > 0:
        before = doc[sentence.start - 1].sent
        if "\n" in text_of(doc)[before.start_char : sentence.start_char].rstrip(" ") or before.start >= sentence.start:
            break
        sentence = doc[before.start : sentence.end]
    return sentence


def _own_sentence_speaker(doc: "Doc", quotes: list[Quote], n: int, sentence: "Span", refs: Referents) -> Attribution | None:
    frame = [t for t in sentence if not t.is_space and not any(q.start <= t.idx < q.end for q in quotes)]
    verb = next((t for t in reversed(frame) if lemma(t) in SPEECH_VERBS and _verbal(t)), None)
    subject = _subject(verb) if verb is not None else None
    introduces = sentence.text.rstrip().endswith(":") or _whole_paragraph(text_of(doc), quotes[n])
    if subject is None and introduces:
        verb = sentence.root  # 'Paul Weber, an economist, put it this way:' introduces whoever it names; so does a
        subject = _named_subject(verb, refs)  # paragraph about someone, before what it is 'according to'
    if subject is None and introduces and (issued := _statement_issued(frame, refs)) is not None:
        verb, subject = issued  # '... when Bellwether Energy, whose logo has appeared on Marlhaven shirts since 2021,
        # issued a statement questioning the future of its sponsorship deal.' before the statement, set off
    head = text_of(doc)[sentence.start_char : quotes[n].start].rstrip(" \t“\"‘'«„")
    if subject is None and sentence.start_char < quotes[n].start and head.endswith(":"):
        verbs = [t for t in frame if t.idx < quotes[n].start and _verbal(t)]  # 'Natalia Quiñones ... was brief: "..."':
        verb = verbs[-1] if verbs else None  # a colon in the quote's own sentence, after a clause about a person
        subject = _named_subject(verb, refs) if verb is not None else None
        while subject is None and verb is not None and verb.dep_ in _SUBORDINATE and verb.head.idx < verb.idx:
            verb = verb.head  # 'Sofia Brandauer ... put it well when we spoke on Monday: "..."': the clause the
            subject = _named_subject(verb, refs)  # colon ends is an adjunct of hers
    if subject is None:
        subject = _according(frame) or _opening_for(sentence)
    if subject is None:
        return None
    if verb is not None and introduces and (owner := _whose_statement(verb)) is not None:
        subject = owner  # 'Tredwell read a statement from his client on the court steps:': the client's words, read
        # out by his barrister (nu135 had given them to the barrister)
    handle = _name_after_a_role(sentence, verb) if verb is not None else ""
    if handle:
        return Attribution(n, handle, False, how="lead-in", cue=doc[sentence.start : verb.i + 1].text, subject=subject.i)
    return _from_subject(doc, quotes, n, subject, refs, "lead-in", verb or subject)


def _whose_statement(verb: "Token") -> "Token | None":
    """Whose document a speech verb's object is, when the subject only delivers it: the object a carrier
    (`carrier`: a statement, a letter) from or by someone, or someone's ('read a statement from his client', 'read
    out a letter by the victim's mother', "read the family's statement"); None otherwise."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or not carrier(obj):
            continue
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                owner = next((o for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
                if owner is not None:
                    return owner
            if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"):
                return c
    return None


def _statement_issued(frame: list["Token"], refs: Referents) -> "tuple[Token, Token] | None":
    """(verb, subject) of the one clause of a lead-in that has someone the article names put out a document
    (`carrier`, `_issuer`: 'issued a statement', 'said in a statement'), or None: what such a sentence introduces,
    set off as its own paragraph after it, is that document's text, the issuer's words."""
    found = []
    for token in frame:
        if not carrier(token):
            continue
        verb = token.head if token.dep_ == "dobj" and lemma(token.head) in _ISSUING else None  # a clause the parser
        if verb is None and (issuer := _issuer(token)) is not None:  # hung on a noun before it ('... deepened when
            verb = issuer.head  # Bellwether Energy ... issued a statement', parsed a relative clause) is read too
        subject = _named_subject(verb, refs) if verb is not None else None
        if subject is not None and subject.tag_ not in ("WP", "WDT"):
            found.append((verb, subject))
    return found[0] if len(found) == 1 else None


def _name_after_a_role(sentence: "Span", verb: "Token") -> str:
    """'Commenter Another Me states:': when a lead-in is only capitalised words and its speech verb, the first a
    word of a role (no given name, no entity) and the rest no entity but a function word (spaCy's stop words: a
    handle made of any words, 'Another Me', which the tagger reads as a pronoun or as proper nouns), the words
    after the role are the speaker's name; '' otherwise ('Blogger Jomra writes' is read as a name already; 'Union
    Spokesman Says' names no one)."""
    run = sentence.doc[sentence.start : verb.i]
    if len(run) < 2 or not all(t.is_alpha and t.text[:1].isupper() for t in run):
        return ""
    first, rest = run[0], run[1:]
    if first.ent_type_ or is_given_name(first.text) or any(t.ent_type_ for t in rest) or not any(t.is_stop for t in rest):
        return ""
    return rest.text


LEAD_IN_SENTENCES = 2
_SUBORDINATE = frozenset({"advcl", "conj", "xcomp", "ccomp"})
"""Dependency labels of a clause that hangs on a verb before it: a colon after it may end the clause above."""


def _anaphoric(found: Attribution, doc: "Doc") -> bool:
    """'the blog notes': an unnamed speaker described by a definite singular noun alone refers back to someone
    the paragraph named before."""
    if found.named or found.plural or found.subject is None:
        return False
    noun = doc[found.subject]
    return noun.tag_ == "NN" and [c.lower_ for c in noun.children if c.i < noun.i] == ["the"]


def _earlier_in_paragraph(doc: "Doc", quotes: list[Quote], n: int, lead: "Span", refs: Referents) -> Attribution | None:
    """'Erick Garcia continues the criticism of the government. ... it was well known that ...:': when the
    sentence right before a quote names no one, the one who speaks is named earlier in the same paragraph (up to
    LEAD_IN_SENTENCES sentences back)."""
    sentence = lead
    for _ in range(LEAD_IN_SENTENCES):
        if sentence.start == 0 or "\n" in doc[sentence.start - 1].text_with_ws:
            return None
        sentence = doc[sentence.start - 1].sent
        if "\n" in text_of(doc)[sentence.start_char : lead.start_char].rstrip():
            return None
        found = _own_sentence_speaker(doc, quotes, n, sentence, refs)
        if found is not None and (found.speaker or found.candidates):
            return found
    return None


def _named_subject(verb: "Token", refs: Referents) -> "Token | None":
    """The subject of `verb` when it is a person, a pronoun for one, a proper name, or an organisation or country
    the article names ('On Tuesday the PFL issued the following statement:'): who a lead-in introduces."""
    named = _subject(verb) if _verbal(verb) else None
    if named is None:
        return None
    person = _person_in_apposition(named, refs) or refs.at(named.i)
    pronoun = named.lower_ in ("he", "she")
    named_body = person is not None and person.kind in ("organization", "country") and not person.place
    return named if person is not None and person.kind == "person" or named_body or pronoun or _proper_name(named) else None


def _opening_for(sentence: "Span") -> "Token | None":
    """'For Leite de Cobra, the coverage is outrageous:' and 'From Kuwait, the blogger ZDistrict:'."""
    first = sentence[0]
    if first.lower_ in ("for", "from") and first.dep_ == "prep":
        for obj in first.children:
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                return obj
    return None


def _inherit(doc: "Doc", quotes: list[Quote], done: list[Attribution], a: Attribution, refs: Referents) -> None:
    """A quote continued from the paragraph before, or a whole-paragraph quote right after another, keeps that speaker."""
    quote = quotes[a.quote]
    previous = done[quote.continues] if quote.continues is not None and quote.continues < len(done) else None
    how = "continues"
    if previous is None and done and not _other_gender(doc, refs, a.gender, done[-1].speaker):
        last = quotes[done[-1].quote]
        same_paragraph = "\n" not in text_of(doc)[last.end : quote.start]
        whole = _whole_paragraph(text_of(doc), quote) and not _quoted_heading(text_of(doc), quote)
        if same_paragraph or whole and _adjacent_paragraphs(text_of(doc), last, quote):
            previous, how = done[-1], "follows"
    if previous is not None and (previous.speaker or previous.candidates):
        a.speaker, a.named, a.candidates, a.how, a.cue = previous.speaker, previous.named, list(previous.candidates), how, previous.cue


HEADING_WORDS = 8
"""Words at most of a quoted heading ('“Both sides are estimating”'): a page's subheading quotes a phrase."""


def _quoted_heading(text: str, quote: Quote) -> bool:
    """Whether a quote that is its own paragraph reads as a subheading: at most HEADING_WORDS words and no
    full stop, question or exclamation mark to end it ('“Both sides are estimating”' over an interview). A
    heading quotes someone the section below names, not the speaker of the quote before it."""
    words = quote.text.split()
    tail = text[quote.end : quote.end + 3]
    return len(words) <= HEADING_WORDS and not quote.text.rstrip().endswith((".", "!", "?")) and not re.match(r"\W{0,2}[.!?]", tail)


def _other_gender(doc: "Doc", refs: Referents, gender: str, speaker: str | None) -> bool:
    """'She replied: "..."' after a man's quote, with no woman named before it: not his words."""
    ref = refs.find(speaker) if gender and speaker else None
    return ref is not None and ref.kind == "person" and gender_of(doc, ref) not in ("", gender)


def _whole_paragraph(text: str, quote: Quote) -> bool:
    """Whether the quote is its paragraph, but for punctuation and an editor's note in brackets after it ('"...."
    (translated)', '[sic]')."""
    start = text.rfind("\n", 0, quote.start) + 1
    end = text.find("\n", quote.end)
    end = len(text) if end == -1 else end
    after = _EDITORS_NOTE.sub("", text[quote.end : end])
    return not re.search(r"\w", text[start : quote.start] + after)


_EDITORS_NOTE = re.compile(r"^\W*[(\[][^()\[\]]*[)\]]")
"""A note in brackets right after a quotation: '(translated)', '(in Spanish)', '[sic]'."""


def _adjacent_paragraphs(text: str, earlier: Quote, later: Quote) -> bool:
    between = text[earlier.end : later.start]
    return between.count("\n") >= 1 and not re.search(r"\n[^\n]*\w[^\n]*\n", "\n" + between.split("\n", 1)[1] if "\n" in between else "")


def _sentence_of(doc: "Doc", quote: Quote) -> tuple[int, int]:
    sentences = [s for s in doc.sents if s.start_char < quote.end and quote.start < s.end_char]
    if not sentences:
        return quote.start, quote.end
    start, end = min(sentences[0].start_char, quote.start), max(sentences[-1].end_char, quote.end)
    text = text_of(doc)
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --------------------------------------------------------------------------- block quotes and citations


def block_quotes(doc: "Doc", marked: list[Quote], refs: Referents) -> list[Quote]:
    """`marked` with the quotations set off without marks, in order (`continues` renumbered):

    - a paragraph after a lead-in that names a source and ends with ':' ('Camerini, from blog Transbrasil, states:',
      'President Reagan spelled out the benefits:'), or with a speech verb and ',' ('the report stated,');
    - the paragraph after an omission mark ('[...]') inside such a quotation;
    - the translation after a quotation in another language: up to MAX_TRANSLATION paragraphs in the article's
      language, until one introduces something else (ends with ':') or opens with a quotation mark.
    """
    text = text_of(doc)
    paragraphs = _paragraphs(text)
    foreign = foreign_paragraphs(doc)
    quoted = {k for k, (ps, pe) in enumerate(paragraphs) if any(q.start < pe and ps < q.end for q in marked)}
    blocks: list[tuple[int, int, int | None]] = []  # start, end, start of the part it continues
    source_of: dict[int, int] = {}  # paragraph index -> start of the quotation it holds or continues
    excerpts = _excerpts(doc, paragraphs, refs, quoted)
    labelled = {s for s, _ in transcript_labels(text)}  # where a transcript's turns open, read once
    for k, (start, end) in enumerate(paragraphs):
        if k == 0 or k in quoted and any(q.start <= start + 1 for q in marked if start <= q.end and q.start < end):
            continue  # a paragraph that opens inside a marked quote is that quote's
        before = text[paragraphs[k - 1][0] : paragraphs[k - 1][1]].strip()
        kind = None
        if _introduces(doc, paragraphs[k - 1], refs):
            kind, continues = "block", None
        elif before in _OMISSIONS and k - 2 in source_of:
            kind, continues = "block", source_of[k - 2]
        elif k in excerpts:
            kind, continues = "block", source_of.get(k - 1, source_of.get(k - 2) if before in _OMISSIONS else None)
        elif k - 1 in source_of and _elided(text[start:end].strip()):
            kind, continues = "block", source_of[k - 1]  # the next excerpt of the quotation just before
        elif k not in quoted and (speaker := _reported_speaker(doc, paragraphs[k - 1], refs)) is not None and (cut := _first_person_run(doc, (start, end), speaker, refs)):
            kind, continues, end = "block", None, cut
        elif _translates(text, paragraphs, k, foreign, quoted, source_of, marked) and not _introduces_next(doc, paragraphs, k, refs):
            kind, continues = "translation", _start_of(k - 1, paragraphs, marked, source_of)
        if kind is None or len(text[start:end].split()) < MIN_BLOCK_WORDS or text[start] in "“\"‘'«„「『-–—•*|" and k not in excerpts:
            continue
        if _HANDLE_LINE.match(text, start, end):
            continue
        if kind == "block" and (turn_label_end(text, start) > start or start in labelled):
            continue  # 'Brezová explained the change of course:' then 'Q: Minister, ...?': a transcript follows, whose
            # question is the interviewer's and whose turns (`transcript_turns`) are the answers
        blocks.append((start, end, continues))
        source_of[k] = start
    blocks += _posts(text, paragraphs, marked)
    turns = [(m.end(), end) for m, end in transcript_turns(text)]  # a mark right after the label opens a marked quote
    turns += [(s, e) for s, e in interview_answers(doc, refs)]
    blocks += [(s, e, None) for s, e in turns if text[s] not in "“\"‘'«„「『" and not any(q.start == s for q in marked)]
    return _merged(marked, [(Quote(text[s:e], s, e), c) for s, e, c in sorted(blocks)])


_OMISSIONS = ("[...]", "[…]", "…", "...")
MAX_EXCERPT_PARAGRAPHS = 3


def _excerpts(doc: "Doc", paragraphs: list[tuple[int, int]], refs: Referents, quoted: set[int]) -> set[int]:
    """Paragraphs an omission mark shows to be excerpts of someone else's text, in an article that names who
    wrote them just before: a paragraph that opens or closes with '[...]', and up to MAX_EXCERPT_PARAGRAPHS
    paragraphs between a lead-in that names a source ('Unzipped: Gay Armenia likens the disruption to fascism.')
    and an omission mark on a line of its own. Authors mark what they leave out of a quotation, never of their
    own prose."""
    text = text_of(doc)
    found: set[int] = set()
    for k, (start, end) in enumerate(paragraphs):
        body = text[start:end].strip()
        if body in _OMISSIONS:
            run = []
            for j in range(k - 1, max(0, k - 1 - MAX_EXCERPT_PARAGRAPHS), -1):
                if text[paragraphs[j][0] : paragraphs[j][1]].strip() in _OMISSIONS or j in found:
                    run = []
                    break
                if _names_speaker(doc, paragraphs[j], refs):
                    break
                run.append(j)
            else:
                run = []
            found.update(run)
        elif _elided(body):
            if k > 0 and (k - 1 in found or _names_speaker(doc, paragraphs[k - 1], refs, LEAD_IN_SENTENCES) or text[paragraphs[k - 1][0] : paragraphs[k - 1][1]].strip() in _OMISSIONS):
                found.add(k)
    return found


def _reported_speaker(doc: "Doc", paragraph: tuple[int, int], refs: Referents) -> "Token | None":
    """The named subject of a speech verb in a paragraph's last sentence ('Paris also claims that her passport was
    taken away', 'Le Retour in 3 Parts says that officials should ...'): who the paragraph reports as speaking."""
    token = doc.char_span(paragraph[1] - 1, paragraph[1], alignment_mode="expand")
    if token is None:
        return None
    for verb in token.sent:
        subject = _subject(verb) if lemma(verb) in SPEECH_VERBS and _verbal(verb) else None
        if subject is not None and (refs.at(subject.i) is not None or _proper_name(subject)):
            return subject
    return None


def _first_person_run(doc: "Doc", paragraph: tuple[int, int], speaker: "Token", refs: Referents) -> int | None:
    """Where an unmarked quotation of the speaker just reported ends in this paragraph, in characters; None when the
    paragraph is not one. Plain text keeps a blog's or a wiki's block quotations without their marks, and the
    paragraph right after 'X says that ...' that speaks as 'I' or 'we' (a first-person subject, spaCy's
    morphology) is X's, not the reporter's, who does not write in the first person: 'Paris also claims ...' and
    then 'I was basically hauled in ...'. The quotation runs from the paragraph's start up to the first sentence
    with no first person that speaks of someone in the third person (the speaker's name, or 'he'/'she'/'his'/
    'her'): 'Her mother had spoken out ...' is the reporter again."""
    span = doc.char_span(paragraph[0], paragraph[1], alignment_mode="expand")
    if span is None or not any(_first_person(t) and t.dep_ in ("nsubj", "nsubjpass") for t in span):
        return None
    ref = refs.at(speaker.i)
    mentions = [(m.start, m.end) for m in ref.mentions] if ref is not None else []
    end = None
    for sentence in span.sents:
        first = any(_first_person(t) for t in sentence)
        third = any(t.pos_ == "PRON" and "3" in t.morph.get("Person") and t.morph.get("Gender") in (["Masc"], ["Fem"]) for t in sentence)
        named = any(sentence.start_char <= s < sentence.end_char for s, _ in mentions) or speaker.text in sentence.text
        if not first and (third or named):
            break
        end = min(sentence.end_char, paragraph[1])
    run = doc.char_span(paragraph[0], end, alignment_mode="expand") if end is not None else None
    if run is None or not any(_first_person(t) for t in run):
        return None
    return paragraph[0] + len(text_of(doc)[paragraph[0] : end].rstrip())


def _first_person(token: "Token") -> bool:
    """'I', 'we', 'my', 'us', ...: a personal pronoun in the first person (spaCy's morphology)."""
    return token.pos_ == "PRON" and "1" in token.morph.get("Person")


def _elided(body: str) -> bool:
    """A paragraph that opens or closes with an omission mark in brackets ('[...] due to ...', '... nation [...].')."""
    return body.startswith(("[...]", "[…]")) or body.endswith(("[...]", "[…]", "[...].", "[…]."))


def _names_speaker(doc: "Doc", paragraph: tuple[int, int], refs: Referents, sentences: int = 1) -> bool:
    """Whether one of a paragraph's last `sentences` has a named subject, or a speech verb whose subject is a
    name: a lead-in."""
    token = doc.char_span(paragraph[1] - 1, paragraph[1], alignment_mode="expand")
    if token is None:
        return False
    sentence = token.sent
    for _ in range(sentences):  # 'Global Chaos also posts an account. ..., the blog notes ...'
        if _named_subject(sentence.root, refs) is not None:
            return True
        subjects = [_subject(t) for t in sentence if lemma(t) in SPEECH_VERBS and _verbal(t)]
        if any(x is not None and (refs.at(x.i) is not None or _proper_name(x)) for x in subjects):
            return True
        if sentence.start_char <= paragraph[0] or sentence.start == 0:
            return False
        sentence = doc[sentence.start - 1].sent
    return False


def _posts(text: str, paragraphs: list[tuple[int, int]], marked: list[Quote]) -> list[tuple[int, int, int | None]]:
    """Posts quoted one a paragraph after their author's handle ('@ArmenianWomen: DIY pub has been vandalized ...'),
    the way blog round-ups cite Twitter; a quotation mark right after the handle opens a marked quote instead."""
    out: list[tuple[int, int, int | None]] = []
    for start, end in paragraphs:
        m = _HANDLE_LINE.match(text, start, end)
        if m is None or text[m.end()] in "“\"‘'«„「『" or any(q.start == m.end() for q in marked):
            continue
        out.append((m.end(), end, None))
    return out


_QUESTION = re.compile(r"Q:[ \t]+(?=\S)")
_ANSWER = re.compile(r"A:[ \t]+(?=\S)")  # not 'A.', which opens a name ('A. Smith said ...')
INTERVIEW_LEAD_PARAGRAPHS = 2
"""Paragraphs before an interview's first question where the interviewee is introduced ('We asked Dr Ruth
Callaghan, a hydrologist at the University of Wessex, to explain the dispute.')."""


def interview_answers(doc: "Doc", refs: Referents) -> dict[tuple[int, int], str]:
    """The answers of a question-and-answer interview -> the interviewee: paragraphs opening with 'A:' after one
    opening with 'Q:', as (start of the words, end of the paragraph) in characters, in an article whose
    INTERVIEW_LEAD_PARAGRAPHS paragraphs before the first question name exactly one person outside quotation
    marks, or name one more often than any other, at least twice ('Priya Raman is the lead organiser ... The
    company's chief executive, Daniel Okafor, has said ... Raman spoke to us on Friday.': an introduction names its
    interviewee first and last, and others in passing). An explainer's questions and answers introduced by no one
    ('Q: What is a congestion charge? A: ...') are the author's own and are none of these."""
    text = text_of(doc)
    paragraphs = _paragraphs(text)
    first_question = next((k for k, (s, _) in enumerate(paragraphs) if _QUESTION.match(text, s)), None)
    if first_question is None:
        return {}
    answers = [(m.end(), e) for k, (s, e) in enumerate(paragraphs) if k > first_question and (m := _ANSWER.match(text, s)) is not None]
    if not answers:
        return {}
    lead = paragraphs[max(0, first_question - INTERVIEW_LEAD_PARAGRAPHS) : first_question]
    named = Counter(
        ref.name
        for ref in refs.items
        if ref.kind == "person"
        for m in ref.mentions
        if any(s <= m.start < e for s, e in lead) and not _inside_marks(text, m.start, lead)
    )
    ranked = named.most_common(2)
    if not ranked or len(ranked) > 1 and (ranked[1][1] == ranked[0][1] or ranked[0][1] < 2):
        return {}  # two people named as often, or once each: no telling whom the questions are put to
    person = ranked[0][0]
    return {span: person for span in answers}


def _asked(text: str, quote: Quote, answered_by: dict[int, str]) -> str:
    """The interviewee, when `quote` lies in a question of an interview whose answers are all one person's
    (`interview_answers`): the 'you' the interviewer asks; '' otherwise."""
    people = set(answered_by.values())
    if len(people) != 1 or not any(s <= quote.start < e for s, e in interview_questions(text)):
        return ""
    return next(iter(people))


def interview_questions(text: str) -> list[tuple[int, int]]:
    """The questions of a question-and-answer article: (start, end) in characters of each paragraph opening with
    'Q:' that an 'A:' paragraph or a transcript's labelled turn ('BREZOVÁ: ...') follows somewhere after it. They
    are the interviewer's words put to the interviewee ('Q: Last Monday you called the offer "an insult".'), no
    claim the article makes; [] for an article with no answers."""
    paragraphs = _paragraphs(text)
    labelled = {s for s, _ in transcript_labels(text)}  # 'Q: ...?' then 'BREZOVÁ: Because ...': a named answer
    last_answer = max((k for k, (s, _) in enumerate(paragraphs) if _ANSWER.match(text, s) or s in labelled), default=-1)
    return [(s, e) for k, (s, e) in enumerate(paragraphs) if k < last_answer and _QUESTION.match(text, s)]


def turn_label_end(text: str, start: int) -> int:
    """Where the words of a sentence at character `start` begin after an interview's turn label that opens it
    ('Q: ', 'A: '), else `start`."""
    found = _QUESTION.match(text, start) or _ANSWER.match(text, start)
    return found.end() if found else start


def _inside_marks(text: str, at: int, paragraphs: list[tuple[int, int]]) -> bool:
    """Whether character `at` lies between quotation marks within its paragraph."""
    start = next((s for s, e in paragraphs if s <= at < e), at)
    before = text[start:at]
    return (before.count("“") > before.count("”")) or before.count('"') % 2 == 1


def turn_label(text: str, quote: Quote) -> str:
    """The label a transcript turn opens with, when the quote is that turn's words (`transcript_turns`); ''."""
    line_start = text.rfind("\n", 0, quote.start) + 1
    for m, _ in transcript_turns(text):
        if m.start() == line_start and m.end() == quote.start:
            return m.group(1)
    return ""


def _turn_speaker(label: str, refs: Referents) -> str:
    """The person a transcript's label names: the article's person whose name ends the label ('MAYOR LENA ORTIZ' is
    Lena Ortiz), or whose family name is its last word; else the label in title case without the titles before the
    name ('Mayor')."""
    words = [w.casefold() for w in label.split()]
    people = [r for r in refs.items if r.kind == "person"]
    for ref in people:
        name = [w.casefold() for w in ref.name.split()]
        if name and words[-len(name) :] == name:
            return ref.name
    surnamed = [r.name for r in people if r.name.split()[-1].casefold() == words[-1]]
    if len(set(surnamed)) == 1:
        return surnamed[0]
    shown = [w.capitalize() for w in label.split()]
    while len(shown) > 1 and shown[0].casefold().rstrip(".") in TITLE_WORDS:
        shown = shown[1:]
    return " ".join(shown)


MIN_BLOCK_WORDS = 8
MAX_TRANSLATION = 3
TRANSLATION_RATIO = 1.3  # a translation runs at most this many words per word of the original (plus 5): more is the author again


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((start + lead, start + lead + len(stripped)))
        start = end + 1
    return out


def _introduces(doc: "Doc", paragraph: tuple[int, int], refs: Referents) -> bool:
    """Whether the paragraph ends with a lead-in: a sentence ending in ':' that names who speaks, or 'X stated,'.
    A sentence that ends in an infinitive's 'to' ('It calls on the government to:') introduces the verb phrases
    that complete it, a list of demands in the writer's words, not a quotation."""
    token = doc.char_span(paragraph[1] - 1, paragraph[1], alignment_mode="expand")
    if token is None:
        return False
    sentence = token.sent
    lead = sentence.text.rstrip()
    words = [t for t in sentence if not t.is_space and not t.is_punct]
    if lead.endswith(":") and words and words[-1].lower_ == "to":
        return False
    if lead.endswith(",") and words and lemma(words[-1]) in SPEECH_VERBS:
        return True
    if not lead.endswith(":"):
        return False
    if any(lemma(t) in SPEECH_VERBS and t.pos_ == "VERB" for t in sentence) or _opening_for(sentence) is not None:
        return True
    subject = _subject(sentence.root) if sentence.root.pos_ in ("VERB", "AUX") else None
    return subject is not None and (refs.at(subject.i) is not None or bool(_proper_name(subject)))


def _introduces_next(doc: "Doc", paragraphs: list[tuple[int, int]], k: int, refs: Referents) -> bool:
    """Whether paragraph k ends by naming who speaks next (its subject, or any person in its last sentence) and
    the next paragraph opens with a quotation mark ('From Kuwait, the blogger ZDistrict summed up his feelings.'
    before '“228 people ...', 'From Plane Talking, written by Ben Sandilands.'): the author's words."""
    if k + 1 >= len(paragraphs) or text_of(doc)[paragraphs[k + 1][0]] not in "“\"‘'«„「『":
        return False
    token = doc.char_span(paragraphs[k][1] - 1, paragraphs[k][1], alignment_mode="expand")
    if token is None:
        return False
    sentence = token.sent
    return _named_subject(sentence.root, refs) is not None or any((r := refs.at(t.i)) is not None and r.kind == "person" for t in sentence)


def _translates(
    text: str,
    paragraphs: list[tuple[int, int]],
    k: int,
    foreign: list[tuple[int, int]],
    quoted: set[int],
    source_of: dict[int, int],
    marked: list[Quote],
) -> bool:
    """Whether paragraph k translates the quotation in another language just before it."""
    def is_foreign(j: int) -> bool:
        return any(fs <= paragraphs[j][0] < fe for fs, fe in foreign)

    if is_foreign(k) or text[paragraphs[k][0] : paragraphs[k][1]].rstrip().endswith(":"):
        return False
    back = 1
    while back <= MAX_TRANSLATION and k - back >= 0:
        j = k - back
        if (j in quoted or j in source_of) and is_foreign(j):
            return back == 1 or _words(text, paragraphs[j + 1 : k + 1]) <= TRANSLATION_RATIO * _words(text, paragraphs[j : j + 1]) + 5
        if j not in source_of or is_foreign(j):
            return False
        back += 1
    return False


def _words(text: str, paragraphs: list[tuple[int, int]]) -> int:
    """Words in `paragraphs` (`word_count`: one per character in scripts written without spaces)."""
    return sum(word_count(text[start:end]) for start, end in paragraphs)


def _start_of(j: int, paragraphs: list[tuple[int, int]], marked: list[Quote], source_of: dict[int, int]) -> int | None:
    if j in source_of:
        return source_of[j]
    inside = [q.start for q in marked if paragraphs[j][0] <= q.start < paragraphs[j][1]]
    return inside[-1] if inside else None


def _merged(marked: list[Quote], blocks: list[tuple[Quote, int | None]]) -> list[Quote]:
    """Both lists in text order, each `continues` pointing at the new index of the part it continues."""
    starts = {q.start: q for q in marked}
    parents = {q.start: (marked[q.continues].start if q.continues is not None else None) for q in marked}
    for quote, continues in blocks:
        starts[quote.start] = quote
        parents[quote.start] = continues
    order = sorted(starts)
    index = {start: n for n, start in enumerate(order)}
    out = []
    for start in order:
        q = starts[start]
        parent = parents[start]
        out.append(Quote(q.text, q.start, q.end, q.opened, q.closed, index.get(parent) if parent is not None else None))
    return out


def citations(doc: "Doc", quotes: list[Quote], refs: Referents) -> list[Citation]:
    """Sources cited in sentences with no quotation: the subject of a speech verb, or `according to X`. The
    headline cites no one, its 'Scientist warns quarry plan could drain springs' being the story's summary of a
    source the body names, unless it opens with a name and a colon (`_headline_speaker`)."""
    out: list[Citation] = []
    places = datelines(text_of(doc))  # 'DAYTON, Ohio (AP) — Ohio lawmakers demanded that ...': the dateline says nothing
    headline = headline_span(text_of(doc))
    if headline is not None and (labelled := _headline_speaker(text_of(doc), headline, refs)) is not None:
        out.append(Citation(labelled, True, headline))
    deck = standfirst_span(text_of(doc))  # 'Operator says scheme will bring ... 1,400 jobs; residents warn of ...'
    for sentence in doc.sents:
        if any(q.start <= sentence.start_char < q.end for q in quotes):
            continue  # a sentence that opens inside a quotation cites for its speaker ('They would not,' she said.)
        if headline is not None and headline[0] <= sentence.start_char < headline[1]:
            continue
        if deck is not None and deck[0] <= sentence.start_char < deck[1]:
            continue  # a standfirst sums up the sources the body names, as the headline does
        for citation in _cited(sentence, refs, quotes, places):
            citation.sentence = _trim_sentence(sentence)
            out.append(citation)
    return out


def _headline_quote_s_subject(doc: "Doc", quote: Quote, refs: Referents) -> str | None:
    """The person whose words a headline's opening quotation is when a colon follows it and the clause after the
    colon has that person as its subject: a name, or a role the article gives one person (`_role_holders`:
    '"You found yourself a villa": judge jails ex-mayor Pryle for seven years', the judge the story names). The
    headline writer's convention sets the words before the one who said them ('"I am not going anywhere": PM
    faces revolt'). None for a group or a body (whose words a quotation seldom is), an event noun ('fury as
    ...') or anyone the article does not name."""
    text = text_of(doc)
    headline = headline_span(text)
    if headline is None or not (headline[0] <= quote.start < headline[1]) or text[headline[0] : quote.start].strip(' "“‘\'') != "":
        return None
    after = text[quote.end : headline[1]]
    if not after.lstrip(' "”’\'').startswith(":"):
        return None
    clause = doc.char_span(quote.end + after.index(":") + 1, headline[1], alignment_mode="expand")
    if clause is None:
        return None
    verb = next((t for t in clause if t.pos_ == "VERB" and t.dep_ in ("ROOT", "ccomp", "conj")), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i >= clause.start), None) if verb is not None else None
    if subject is None:
        return None
    ref = refs.at(subject.i)
    if ref is not None:
        return ref.name if ref.kind == "person" else None
    holders = _role_holders(refs, subject) if subject.pos_ == "NOUN" and subject.tag_ == "NN" else []
    return holders[0] if len(holders) == 1 else None


def _headline_speaker(text: str, headline: tuple[int, int], refs: Referents) -> str | None:
    """Whose words a headline gives when it opens with a name and a colon ('Quiñones: Aldoria will not yield an inch
    of the Serrana Bank', 'Starmer: we will fix the NHS'), the headline writer's way of attributing a paraphrase:
    the person or body the article names so (any form of its name: a surname alone); None otherwise."""
    line = text[headline[0] : headline[1]]
    label = line.split(":", 1)[0].strip() if ":" in line else ""
    if not label or len(label.split()) > 4 or not line.split(":", 1)[1].strip() or canonical_country(label):
        return None  # 'Armenia: Fears After Nationalist Firebombers Released on Bail': a country labels a region's news
    ref = refs.find(label)
    if ref is None:  # a surname alone, which the article writes only in the full name ('Rafael Quiñones Ábrego')
        people = [r for r in refs.items if r.kind == "person" and norm(label) in {norm(w) for w in r.name.split()[1:]}]
        ref = people[0] if len(people) == 1 else None
    return ref.name if ref is not None and ref.kind in ("person", "organization") else None


def _bound_person(doc: "Doc", refs: Referents, pronoun: "Token") -> list[str]:
    """The one person 'he' or 'she' stands for when the subject of the clause its own clause hangs from binds it
    (`binding_subject`) and names or describes someone the article named ('The councilwoman has also criticised
    Villanueva for what she called a rushed process': she is the councilwoman, Hartwell, not the nearer
    Villanueva; the subject is found first as Hobbs's 1978 algorithm walks the tree), of the pronoun's gender
    when the article marks one; [] otherwise (the nearest fitting mention decides, `_antecedents`)."""
    binder = binding_subject(pronoun)
    if binder is None or binder.lower_ in _PRONOUNS:
        return []
    ref = refs.at(binder.i)
    holders = [ref] if ref is not None else [r for name in _role_holders(refs, binder) if (r := refs.find(name)) is not None]
    if len(holders) != 1 or holders[0].kind != "person":
        return []
    marked = gender_of(doc, holders[0])
    return [holders[0].name] if marked in ("", _GENDER_OF_PRONOUN.get(pronoun.lower_, "")) else []


def _trim_sentence(sentence: "Span") -> tuple[int, int]:
    text = text_of(sentence.doc)
    start, end = sentence.start_char, sentence.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _reports(verb: "Token") -> bool:
    """A verb that reports what someone said has its content as a clause ('Microsoft says that ...') or is
    passive with its source as agent ('as reported by Interfax'). An infinitive after it is an action, not
    words ('Canada agreed to provide a robotic system', 'Seoul will continue to push'): measured on the
    development gold, counting it cited more countries and bodies that said nothing than sources. A passive
    whose subject is a thing other than words ('bail was posted by X') reports nothing, nor does a participle after a
    noun other than words ('the tariffs announced by Aldmark a day earlier': the act announced). Calling something
    something is saying it: 'MicroMega described the judgement as historic', 'the senator called the bill a
    disgrace' (`DESCRIBING`, with an object and what it is called)."""
    if any(c.dep_ == "ccomp" and not _reflexive_subject(c) or c.dep_ == "dobj" and c.lemma_ in ("statement", "report") for c in verb.children):
        return True
    if any(_content_of(o) for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "via") for o in p.children if o.dep_ == "pobj"):
        return True  # 'said in a statement that supply would be restored': the parser hangs the clause on the statement
    if lemma(verb) in DESCRIBING and describes(verb):
        return True
    if _stranded_content(verb):
        return True  # 'told the crowd outside the civic centre that tenants had run out of patience'
    if _parenthetical(verb):
        return True  # 'Economists broadly agree that rent control reduces supply, she said, but ...'
    if _directs(verb):
        return True  # 'urged the Nigerian National Petroleum Marketing Company to guarantee adequate supply'
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    extraposed = passive and passive[0].lower_ == "it" and any(t.dep_ in ("ccomp", "csubj") or t.dep_ == "mark" and t.lower_ == "that" for t in verb.subtree)
    words = not passive or extraposed or carrier(passive[0])  # 'It was reported by X that ...'; not 'It (the
    # ordinance) was written by Council Member Rosa Delgado', whose 'it' is a thing, as 'bail was posted by X' is
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        words = carrier(verb.head)  # 'the steel tariffs announced by Aldmark' name an act; 'a statement issued by' words
    return words and any(c.dep_ == "agent" for c in verb.children)


def _named_examples(subject: "Token", refs: Referents) -> list[str]:
    """The people and bodies a plural description names as its examples ('Critics, including the Irish Council for
    Civil Liberties, have long argued ...', 'groups such as Amnesty International said'; `_EXAMPLES`, 'such as'):
    the named are the sources the article cites, as in `_quoted_as_sources`; [] when it names none."""
    if subject.tag_ not in ("NNS", "NNPS"):
        return []
    found: list[str] = []
    for noun in _example_nouns(subject, such_as=True):
        ref = refs.at(noun.i)
        if ref is not None and ref.kind in ("person", "organization") and ref.name not in found:
            found.append(ref.name)
    return found


def _may_speak(noun: "Token") -> bool:
    """Whether a plural common noun may name those who say something: one with a sense of people, a group, a
    place (a state's government: 'states') or words ('reports'), by WordNet's lexicographer files (`noun_classes`),
    or one WordNet does not list ('media'). 'The reactions in Brussels and Dublin suggest the fight has only
    begun' cites no one: reactions are acts and processes."""
    classes = noun_classes(noun.lemma_)
    return not classes or bool(classes & {PERSON, GROUP, "noun.Tops", "noun.location", "noun.communication"})  # (the top
    # synsets 'group' and 'person' are filed under noun.Tops)


def _parenthetical(verb: "Token") -> bool:
    """Whether a speech verb is a parenthetical inside the clause it reports ('Economists broadly agree that rent
    control reduces supply, she said, but ...'; 'The plan, he said, was never costed'): the parser hangs it from
    that clause's verb as parataxis, with a subject of its own and no content or object of its own. The clause it
    interrupts is its content (a comment clause, Quirk et al. 1985, 15.53), so its subject is the source."""
    if verb.dep_ != "parataxis" or lemma(verb) not in SPEECH_VERBS or verb.pos_ != "VERB" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("ccomp", "dobj", "xcomp", "nsubjpass") for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ == "mark" for c in verb.children)


_DIRECTIVES = frozenset("urge ask call tell advise remind warn".split())
"""Speech verbs that report a request or a warning made to someone when an object and an infinitive follow ('urged
the company to guarantee supply', 'called on the minister to order a review', 'asked the court to delay'):
object control, where the infinitive is what the object is asked to do (Huddleston and Pullum 2002, ch. 14).
Verbs of command by authority ('ordered', 'directed', 'instructed') are left out: a court's or a general's order
is an act, not words the article reports."""


def _directs(verb: "Token") -> bool:
    """Whether an active speech verb of `_DIRECTIVES` has an addressee (its object, or the object of 'on' for 'call
    on': 'calling the organisation to attempt to speak with his mother' is a telephone call) and, after it, an
    infinitive the addressee is to carry out: a reported request is words said, unlike an infinitive with no
    addressee ('agreed to provide': an act)."""
    if lemma(verb) not in _DIRECTIVES or any(c.dep_ == "nsubjpass" for c in verb.children):
        return False
    addressees = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON") and lemma(verb) != "call"]
    addressees += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "on" and lemma(verb) == "call" for o in p.children if o.dep_ == "pobj"]
    infinitives = [c for c in verb.subtree if c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")]
    return any(x.i > a.i for a in addressees for x in infinitives if x.head.i in (verb.i, a.i) or x.head.head.i == verb.i)


def _stranded_content(verb: "Token") -> bool:
    """Whether a clause opened by the subordinator 'that', with a subject of its own, hangs on a noun in the verb's
    object or its prepositional phrases where the parser put it ('told the crowd outside the civic centre that
    tenants had run out of patience': parsed a relative clause of 'centre'). A relative clause has no
    subordinator, its 'that' is a pronoun (the subject or object: 'the crowd that gathered'), so the clause is the
    verb's content, as in 'told the crowd that ...'. The verb must have told it to someone, its object people or a
    group of them ('the crowd', 'reporters', 'MPs'): the tagger takes an object 'that' for a subordinator at times
    ('maintain his loyalty despite the rapprochement that the White House has initiated'); whatever 'tell' has
    as its object is whom it told ('told a budget estimates hearing that higher steel prices had added ...',
    where the parser took 'hearing' for a participle and hung the clause on it)."""
    listeners = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    told = lemma(verb) == "tell" and bool(listeners)
    if not told and not any(c.ent_type_ in ("PERSON", "NORP") or c.pos_ == "PRON" or _of_people(c) or noun_class(c.lemma_) == GROUP for c in listeners):
        return False
    for token in verb.subtree:
        on_a_participle = told and token.dep_ == "ccomp" and token.head.dep_ == "acl" and token.head.tag_ in ("VBG", "VBN")
        if not on_a_participle and (token.dep_ not in ("relcl", "acl") or token.head.pos_ not in ("NOUN", "PROPN")):
            continue
        if token.head.i < verb.i:
            continue
        if not any(m.dep_ == "mark" and m.lower_ == "that" and m.pos_ == "SCONJ" for m in token.children):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) or carrier(token.head):
            continue
        noun = token.head.head if on_a_participle else token.head
        while noun.i != verb.i and noun.dep_ in ("dobj", "dative", "pobj", "prep"):
            noun = noun.head
        if noun.i == verb.i:
            return True
    return False


def _content_of(noun: "Token") -> bool:
    """Whether a carrier noun ('statement', 'post') has a that-clause as its content ('a statement that ...')."""
    return carrier(noun) and any(c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in noun.children)


def describes(verb: "Token") -> bool:
    """A verb with an object and what the object is called: 'as' + a phrase ('described it as historic') or an
    object predicate ('called the bill a disgrace', 'called that gap "indefensible"')."""
    children = list(verb.children)
    predicate = next((c for c in children if c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as"), None)
    if predicate is None:
        return False
    # the parser may take the object before a predicate in quotation marks for an adverbial noun ('called that
    # gap "indefensible"': 'gap' npadvmod, 'indefensible' oprd)
    return any(c.dep_ == "dobj" or c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.i < predicate.i and predicate.dep_ == "oprd" for c in children)


def _reflexive_subject(clause: "Token") -> bool:
    """'... who finds himself increasingly isolated', 'the bar found itself the target': a small clause about the
    subject itself is no report."""
    return any(c.dep_ in ("nsubj", "dobj") and c.lower_.endswith(("self", "selves")) for c in [clause, *clause.children])


def _cited(sentence: "Span", refs: Referents, quotes: list[Quote], places: Sequence[tuple[int, int]]) -> Iterable[Citation]:
    """Who the sentence cites; a report verb inside a quotation is the speaker's own report, not a citation, and a
    dateline's place (`places`: character spans) is no subject."""
    seen: set[str] = set()
    embedded: dict[str, Citation] = {}  # speaker -> their citation yielded from a relative or subordinate clause
    for token in sentence:
        if any(q.start <= token.idx < q.end for q in quotes):
            continue
        for quoted in _quoted_as_sources(token, refs):
            if quoted not in seen:
                seen.add(quoted)
                yield Citation(quoted, True, (0, 0))
        subject = None
        if any(_parenthetical(c) for c in token.children):
            continue  # 'Economists broadly agree that ..., she said,': the clause is what she said, not the economists'
        if lemma(token) in SPEECH_VERBS and token.pos_ == "VERB" and not _negated(token) and _reports(token) and not _conditional(token):
            subject = _after_a_colon(_subject(token))
            place = next(((s, e) for s, e in places if s <= subject.idx < e), None) if subject is not None else None
            if subject is not None and place is not None:
                other = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != subject.i), None)
                subject = other or _first_after_dateline(token, place[1])
        elif _puts_a_figure_at(token) and not _negated(token) and not _conditional(token):
            subject = _subject(token)  # 'The Civic Party's Gareth Lowe puts the saving ... at just £1.1m': his estimate
        elif token.lower_ == "according" or token.lower_ == "per" and token.dep_ == "prep" and token.i == sentence.start:
            subject = _according([token])  # 'per' opening a sentence, not '$5 per ounce'
        elif (owner := _by_whose_reckoning(token)) is not None:
            subject = owner  # 'By her estimate, each day of strike action costs ...'
        if subject is None or _evidence_in_a_report(token, subject):
            continue
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES), None)
        if owner is not None and _POSSESSIVES[owner.lower_] == "person" and _spoken_for(subject):
            subject = owner  # 'His office said that ...', 'Her comments suggest that ...': whom 'his' stands for
        elif (antecedent := whose_antecedent(subject)) is not None:
            subject = antecedent  # 'Dr Helena Voss, ... whose modelling suggests ...': Voss's words, not the modelling's
        described = _someone_before(sentence.doc, quotes, refs, subject.i) if _PRONOUNS.get(subject.lower_) == "person" else None
        holders = _role_holders(refs, described) if described is not None else []
        cited: Iterable[Citation]
        if len(holders) == 1:  # "The union's general secretary said ... '...,' she said": the one named holder of that role
            cited = [Citation(holders[0], True, (0, 0))]
        elif described is not None:  # 'A senior council official, who spoke on condition of anonymity, said ... "...," he said'
            cited = [Citation(speaker_description(described), False, (0, 0), _described_affiliation(described, refs), False, described.i)]
        elif _PRONOUNS.get(subject.lower_) == "person" or _POSSESSIVES.get(subject.lower_) == "person":
            named = _bound_person(sentence.doc, refs, subject) or _antecedents(sentence.doc, quotes, refs, subject.i, "person")
            cited = [Citation(named[0], True, (0, 0))] if named else []
        elif subject.lower_ in _PRONOUNS or subject.pos_ == "PRON":
            continue  # 'it' and 'they' are as often no one ('It should be noted that'): 3 wrong of 3 on dev and seeds
        elif _compared_with_what(subject):
            continue  # 'The evidence is less settled than either the authority or its critics suggest': the author's
        else:
            earlier = _first_mention(subject, quotes)
            cited = _cited_subjects(earlier or subject, token, refs, alone=earlier is not None)
        cited = list(cited)
        inside = bool(cited) and (token.dep_ in ("relcl", "acl") or any(a.dep_ in ("relcl", "acl") for a in token.ancestors) or _subordinate(token))
        for found in cited:
            if found.speaker and found.speaker not in seen:
                seen.add(found.speaker)
                found.embedded = inside
                if inside:
                    embedded[found.speaker] = found
                yield found
            elif found.speaker in embedded and not inside:
                embedded.pop(found.speaker).embedded = False  # 'Dr Helena Voss, ... whose modelling suggests ..., said
                # the council should ...': cited in a relative clause first, then by the main clause, which is hers


def _evidence_in_a_report(verb: "Token", subject: "Token") -> bool:
    """Whether a speech verb's subject is a thing a source cites as evidence inside what that source reports
    ('Mariana Carvalho ... said freedom-of-information requests made by the group suggest the true figure is closer
    to 11,000'; 'She said the figures show ...'): the verb is the content clause of another speech verb, and its
    subject a common noun no sense of which is a person or a group (by WordNet's lexicographer files,
    `senses.noun_classes`). The words are the reporting source's, who is cited; the requests are no source of
    their own. People and groups inside a report still are ('He said economists warn ...')."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or lemma(clause.head) not in SPEECH_VERBS or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    classes = noun_classes(subject.lemma_)
    return bool(classes) and not classes & {PERSON, GROUP, "noun.Tops"}


_CONDITIONS = frozenset({"if", "unless", "provided", "providing"})
"""Words that open a clause of condition ('provided the agency confirmed it offered value')."""
AWAITED = frozenset({"until", "till", "once", "before"})
"""Words that open a clause of time, which in the present tense says what is awaited ('until the commissioner says
it does'), in the past what happened ('until she said yes')."""


def _conditional(verb: "Token") -> bool:
    """Whether a speech verb is in a clause of condition (`_CONDITIONS`: 'the college now backed funding at the
    revised price, provided the agency confirmed it offered value'; 'if the minister says so'): it says what
    would have to be said, not what anyone said, so it cites no one; nor does one under 'would', a plan reported
    ('said the government would ask the tribunal to suspend any further action', 'said the alliance would ask
    members to close clinics'), which its subject has not carried out, nor one under 'should' or 'must', an
    obligation (`_UNREALISED`, the modal of a verb joined to it shared). ('Proponents ... might argue that' is an
    argument the article gives them, and cites them.) Nor does one in a clause of time in the present tense
    (`AWAITED`: 'until the commissioner says it does'), which says what is awaited."""
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children):
        return True
    if verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ in AWAITED for c in verb.children):
        return True  # 'Until the commissioner says it does, the reviewers should stop listening': not said yet
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    if not auxiliaries and verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        auxiliaries = [c for c in verb.head.children if c.dep_ == "aux"]  # 'should reopen the consent and ask ...'
    if any(c.tag_ == "MD" and c.lower_ in _UNREALISED for c in auxiliaries):
        return True
    return verb.dep_ in ("pcomp", "advcl", "ccomp") and verb.head.lower_ in _CONDITIONS


_UNREALISED = frozenset("would should must shall".split())
"""Modal auxiliaries of a plan or an obligation: 'would ask', 'The authority should reopen the consent and ask the
developer to look again' (a columnist's advice) say what is to be said, not what was."""


_EXAMPLES = frozenset("like including among".split())
"""Prepositions that list examples of a quoted object ('critics like X and Y')."""


def _example_nouns(noun: "Token", such_as: bool = False) -> list["Token"]:
    """The nouns a noun lists as its examples after a preposition of `_EXAMPLES` ('critics like X and Y': X, Y),
    and after 'such as' with `such_as` ('groups such as Amnesty International')."""
    preps = [
        c
        for c in noun.children
        if c.dep_ == "prep" and (c.lower_ in _EXAMPLES or such_as and c.lower_ == "as" and c.i > 0 and c.doc[c.i - 1].lower_ == "such")
    ]
    return [o for prep in preps for p in prep.children if p.dep_ == "pobj" for o in (p, *p.conjuncts)]


def _quoted_as_sources(verb: "Token", refs: Referents) -> list[str]:
    """The people and bodies a writer quotes or cites, named as the object of an active `quote`/`cite`
    (`_QUOTING`): 'It quoted critics like immigration barrister Colin Yeo, and ... Caitlin Boswell', 'Yonhap,
    quoting North Korea's news agency KCNA', 'Interfax, citing the Kremlin', 'The paper quoted Mayor John
    Smith as saying ...'. Their words are reported, so each is a source; the object's conjuncts and appositions
    and the names it lists as examples ('critics like X and Y') count too. 'citing risk to housing costs' names
    no referent and cites no one. Returns referents' names, in order, each once."""
    if lemma(verb) not in _QUOTING or verb.pos_ != "VERB" or _negated(verb) or any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    found: list[str] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        named = [obj, *obj.conjuncts]
        for noun in list(named):
            named += _example_nouns(noun)
        named += [a for noun in list(named) for a in noun.children if a.dep_ == "appos"]
        for noun in named:
            ref = refs.at(noun.i)
            if ref is not None and ref.kind in ("person", "organization") and ref.name not in found and not _names_a_role(noun, ref, refs):
                found.append(ref.name)
    return found


def _names_a_role(noun: "Token", ref: Referent, refs: Referents) -> bool:
    """Whether the body's mention at `noun` only says whose role a person holds: 'Joint Council for the Welfare
    of Immigrants campaigner Caitlin Boswell', where the parser may take the body for the object's conjunct."""
    mention = next((m for m in ref.mentions if m.start <= noun.idx < m.end), None)
    after = next((t for t in noun.doc[noun.i :] if mention is not None and t.idx >= mention.end and not t.is_space), None)
    holder = refs.at(after.head.i) if after is not None and after.pos_ == "NOUN" else None
    return holder is not None and holder is not ref and holder.kind == "person"


_NAME_LABEL = re.compile(r"(?:^|[.!?][”\"’]?[ \t]+|[—–][ \t]*)([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2}):[ \t]*$")
"""A name alone before a colon and the quote, opening a line, a sentence, or what follows a dash ('19:31 —
Nandakumar: "..."', 'Closing statements. Ferris: "..." Whitlow: "..."')."""


def _name_label(text: str, quote: Quote, refs: Referents) -> Referent | None:
    """The person a live blog or a round-up labels a quote with: a name the article gives a person, alone before a
    colon right before the quote's opening mark (`_NAME_LABEL`); None when the words are no person's name of the
    article ('Update:', 'Closing statements:', a body's name)."""
    found = _NAME_LABEL.search(_line_before(text, quote)[1])
    ref = refs.find(found.group(1)) if found else None
    return ref if ref is not None and ref.kind == "person" else None


def _joined_to_a_report(verb: "Token", head: "Token") -> bool:
    """Whether a speech verb the parser joined by 'and' to the clause another speech verb reports is that speaker's
    second act: 'He said it came from a survey of 400 businesses, and accused the council of "..."' (parsed with
    'accused' joined to 'came', so its subject would be 'it'). A reported clause seldom goes on with a verb of
    speaking; its speaker's next act does."""
    return (
        verb.dep_ == "conj"
        and verb.head.i == head.i
        and lemma(verb) in SPEECH_VERBS
        and head.dep_ == "ccomp"
        and lemma(head) not in SPEECH_VERBS
        and lemma(head.head) in SPEECH_VERBS
        and head.head.i != head.i
    )


def _after_a_colon(subject: "Token | None") -> "Token | None":
    """The speaker after a colon the parser hung on the words before it: 'The dispute centres on grading: around
    900 healthcare assistants and junior nurses say ...' (parsed 'centres' subject, 'assistants' its apposition).
    A colon ends what comes before it, so the noun in apposition after it is the subject."""
    if subject is None:
        return None
    colon = next((c for c in subject.children if c.dep_ == "punct" and c.text == ":" and c.i > subject.i), None)
    after = next((c for c in subject.children if colon is not None and c.dep_ == "appos" and c.i > colon.i), None)
    return after or subject


def _first_after_dateline(verb: "Token", end: int) -> "Token | None":
    """The noun that opens a sentence after its dateline, before the verb, when the parser took the dateline's
    place for the verb's subject ('ORSK, 21 October 2025 - Renée Söderström, who runs ..., said ...', parsed with
    the name in apposition to the date): the head of the first name or noun after character `end`."""
    first = next((t for t in verb.sent if t.idx >= end and not t.is_punct and not t.is_space), None)
    if first is None or first.i >= verb.i:
        return None
    head = first
    while head.dep_ in ("compound", "flat", "det", "amod") and head.head.i > head.i and head.head.i < verb.i:
        head = head.head
    return head if head.pos_ in ("PROPN", "NOUN") else None


def _compared_with_what(subject: "Token") -> bool:
    """Whether a speech verb's subject opens the clause of a comparison: right after a `than` that has no object of
    its own ('less settled than either the authority or its critics suggest', 'higher than analysts expected'):
    what they say is the yardstick of the author's claim, not a report of their words."""
    start = subject.left_edge.i
    before = subject.doc[start - 1] if start > 0 else None
    return before is not None and before.lower_ == "than" and not any(c.dep_ in ("pobj", "pcomp") for c in before.children)


def _subordinate(verb: "Token") -> bool:
    """Whether a speech verb heads an adverbial clause a subordinator opens ('When Veltrana announced on Wednesday
    that ..., I understood why families cheered'): its sentence's main clause is someone else's; 'As Okafor noted,
    ...' is an attribution of the main clause, not a subordinate event."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ != "as" or c.dep_ == "advmod" and c.tag_ == "WRB" for c in verb.children)


def _cited_subjects(first: "Token", token: "Token", refs: Referents, alone: bool = False) -> Iterable[Citation]:
    """'Chan and Zuckerberg reported': each conjoined subject is cited; `alone`: only `first`, an earlier mention a
    description refers back to ('The authority says ...' is the authority, not the critics conjoined with it
    before)."""
    for subject in [first] if alone else [first, *(c for c in first.conjuncts if c.dep_ != "pobj")]:  # (not the place
        # 'In Ekora, Chief Baraka Osei ... welcomed' was parsed as joined to, `name_joined_to_a_fronted_place`)
        ref = _person_in_apposition(subject, refs) or refs.at(subject.i)
        if ref is None and (_spoken_for(subject) or _bare(subject)):
            owner = _carrier_owner(subject, refs) if _spoken_for(subject) else None
            ref = refs.at(owner.i) if owner is not None else None
            body = _named_body(refs, owner) if ref is None and owner is not None else []
            if ref is not None or len(body) == 1:  # 'according to figures published by the authority'
                yield Citation(ref.name if ref is not None else body[0], True, (0, 0))
            elif owner is None and token.lower_ in ("according", "per") and _indefinite(subject):
                # 'according to media reports', 'per one April 7 media report': a document no one is named as
                # writing is cited as itself, as described
                yield Citation(speaker_description(subject), False, (0, 0), document=True)  # documents, not a group of people
            continue  # 'These results indicate that ...': a finding, no source
        holders = (_role_holders(refs, subject) or _named_body(refs, subject)) if ref is None else [ref.name]
        if ref is None and not holders and _handle_in(subject):
            holders = [_handle_in(subject)]  # 'Twitter user @2Twenty3 suggests that ...'
        if ref is None and not holders and _proper_name(subject):
            holders = [_addressed(_proper_name(subject), refs)]  # 'France24 wrote that ...'
        if ref is None and not holders and token.lower_ in ("according", "per") and (body := _capitalised_body(subject)):
            holders = [body]  # 'According to the Saudi Interior Ministry', a body's name the recogniser missed
        examples = _named_examples(subject, refs) if ref is None and not holders else []
        if examples:  # 'Critics, including the Irish Council for Civil Liberties, have long argued that ...'
            yield from (Citation(name, True, (0, 0)) for name in examples)
        elif len(holders) == 1:
            yield Citation(holders[0], True, (0, 0))
        elif (subject.tag_ == "NNS" and _may_speak(subject) or _held_role(subject, refs) or _someone(subject) or _of_a_named_body(subject, refs) or _described_body(subject)) and any(
            c.dep_ == "ccomp" for c in token.children
        ) or token.lower_ in ("according", "per") and (_of_a_named_body(subject, refs) or _owned_office(subject) or _people_noun(subject)):  # "According to the UN's
            # humanitarian coordination office, ...": a part of a named body, cited as described
            plural = subject.tag_ == "NNS"  # 'Japan's foreign minister said that ...': a role someone holds
            owner = _its_owner(subject, refs)  # ('its energy ministry': the body it stands for names it and is its own)
            description = _owner_named(speaker_description(subject), owner[1]) if owner else speaker_description(subject)
            affiliation = owner[0] if owner else _described_affiliation(subject, refs)
            yield Citation(description, False, (0, 0), affiliation, plural, subject.i)
        # any other singular unnamed subject ('the team said') is as often a document, a finding or someone named
        # before as a new source


_ASKING = frozenset("ask request want".split())
"""Verbs of asking not to be named ('who asked not to be named')."""
_REFUSING = frozenset("decline refuse".split())
"""Verbs of refusing to be named ('who declined to be identified')."""


_DISCLOSING = frozenset("give provide disclose reveal share offer".split())


def _name_withheld(verb: "Token") -> bool:
    """'who did not give his name', 'who would not give her surname', 'who declined to give his full name': a verb of
    disclosing (`_DISCLOSING`), negated or under a verb of refusing, whose object's lemma is 'name' or 'surname'."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DISCLOSING:
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in ("name", "surname") for c in verb.children):
        return False
    return any(c.dep_ == "neg" for c in verb.children) or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSING


def asks_anonymity(noun: "Token") -> bool:
    """Whether an unnamed source's noun (`Attribution.subject`) is said to speak anonymously: a relative clause or
    participle on it, or an adverbial of the verb it is the subject of, that holds 'anonymity' or 'anonymously'
    ('a senior official, speaking on condition of anonymity, said', 'said on condition of anonymity'), or that asks
    not to be named or identified, or declines or refuses to be ('a diplomat who asked not to be named', 'who
    declined to be identified'), or does not give a name (`_name_withheld`: 'Another man, who did not give his
    name, said'). Anonymity is a standard of attribution a reader weighs the words by (AP
    Stylebook, 'anonymous sources')."""
    clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    if noun.dep_ == "nsubj":
        clauses += [c for c in noun.head.children if c.dep_ in ("advcl", "prep") and c.i > noun.i]
    for clause in clauses:
        for token in clause.subtree:
            if token.lemma_.lower() == "anonymity" or token.lower_ == "anonymously":
                return True
            if _name_withheld(token):
                return True
            if token.lemma_.lower() not in ("name", "identify") or token.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in token.children):
                continue
            asked = token.head.lemma_.lower()
            if asked in _REFUSING or asked in _ASKING and any(c.dep_ == "neg" for c in token.children):
                return True
    return False

