"""What code reads in an article, once, as JSON-able facts: sentences, actors, quotes and speakers, citations, stance pairs, claims.

`analyze(text)` runs the language pipeline (`nlp`) and the rules over its
parse (`actors`, `quotes`, `speakers`, `stances`, `claims`); the strategy then
asks a model only what needs judgement. The facts are plain data (`Analysis`,
Pydantic), so `Analyzer` keeps them in the call cache keyed by the article's
hash, the pipeline's name and version and a hash of this code: a warm rerun
reads them back in well under a millisecond and never loads spaCy.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from .actors import SPOKESPEOPLE, TITLE_WORDS, Referent, Referents, a_setting, business_noun, credit_paragraphs, find_referents, named_forms, one_business
from .claims import is_clause, key_claims
from .given_names import given_name_gender
from .nlp import foreign_paragraphs, parse, pipeline_identity
from .quotes import Quote, find_quotes
from .senses import is_a, verb_class
from .speakers import HANDLE, Attribution, asks_anonymity, attribute, block_quotes, citations, dash_byline_span, interview_questions, law_enforcement_agency, partial_quotes, turn_label_end
from .stances import WITHHELD, Proposal, acting_groups, is_measure, is_stated, issues, position_changes, propose, sides_withheld, writer_s_views

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..llm.cache import CallCache

__all__ = ["ActorFact", "Analysis", "Analyzer", "CitationFact", "ClaimFact", "PairFact", "QuoteFact", "analyze", "code_version"]

MAX_CLAIMS = 8
MAX_PAIRS = 24
_MODULES = ("analysis", "actors", "claims", "dates", "entities", "nlp", "quotes", "senses", "sentences", "speakers", "stances")


class _Fact(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ActorFact(_Fact):
    name: str
    kind: str  # person | country | organization | group
    aliases: list[str] = Field(default_factory=list)
    role: str = ""
    affiliations: list[str] = Field(default_factory=list)
    mentions: int = 0
    subjects: int = 0
    first: int = 0  # character offset of the first mention
    place: bool = False  # a town or region (its kind says organization): somewhere, not a body one speaks for
    described: bool = False  # an unnamed person the article describes ('a senior UPA official'): no name to count
    apart: list[str] = Field(default_factory=list)  # bodies set beside the person as other parties (`_coordinated_bodies`)


class QuoteFact(_Fact):
    start: int
    end: int
    speaker: str | None = None
    named: bool = False
    candidates: list[str] = Field(default_factory=list)
    how: str = "unattributed"
    cue: str = ""
    sentence: tuple[int, int] = (0, 0)
    details: list[str] = Field(default_factory=list)
    affiliation: str = ""
    plural: bool = False
    foreign: bool = False  # in another language than the pipeline's (a translation may follow it)


class CitationFact(_Fact):
    speaker: str
    named: bool
    sentence: tuple[int, int]
    affiliation: str = ""
    plural: bool = False
    document: bool = False  # a document cited as itself: a source, but no holder of a position
    embedded: bool = False  # its speech verb is in a relative clause: it reports part of the sentence, not all of it


class PairFact(_Fact):
    holder: str
    target: str
    start: int
    end: int
    via: str
    polarity: int = 0
    changed: bool = False  # the sentence states a change to this side (`stances.Proposal.changed`)


class ChangeFact(_Fact):
    holder: str
    start: int  # the sentence stating the change, [start, end) in characters
    end: int


class ClaimFact(_Fact):
    text: str
    evidence: str


class Analysis(_Fact):
    """Everything code found in one article; offsets are characters of the article text."""

    pipeline: str
    version: str
    sentences: list[tuple[int, int]] = Field(default_factory=list)
    claimable: list[tuple[int, int]] = Field(default_factory=list)  # the sentences that may be key claims: no credit lines
    actors: list[ActorFact] = Field(default_factory=list)
    quotes: list[QuoteFact] = Field(default_factory=list)
    citations: list[CitationFact] = Field(default_factory=list)
    pairs: list[PairFact] = Field(default_factory=list)
    claims: list[ClaimFact] = Field(default_factory=list)
    issues: list[str] = Field(default_factory=list)  # candidate contested issues, best first (stances.issues)
    settled: dict[str, list[str]] = Field(default_factory=dict)  # issue -> holders a stance word already places on it
    changes: list[ChangeFact] = Field(default_factory=list)  # changes of position the narration states (stances.position_changes)
    anonymous: list[str] = Field(default_factory=list)  # unnamed speakers said to speak anonymously (speakers.asks_anonymity)
    no_side: list[PairFact] = Field(default_factory=list)  # holders who say they take no side on anything named (stances.sides_withheld): neutral on the issue; via TORN, of two minds: mixed on it
    writer: list[tuple[int, int]] = Field(default_factory=list)  # the sentences in which the writer gives their own view (stances.writer_s_views)


@lru_cache(maxsize=None)
def code_version() -> str:
    """A hash of the analysis code itself: a changed rule never returns a stale cached analysis."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in _MODULES:
        digest.update((here / f"{name}.py").read_bytes())
    return digest.hexdigest()[:16]


def analyze(text: str, setting: str | None = None, title: str | None = None) -> Analysis:
    """Parse `text` with the pipeline `setting` names (None: the default) and read every fact from the parse.

    `title`: the article's title; when the text does not open with it (`_title_apart`), it is parsed too and is
    the headline the issue candidates are scored by (`stances.issues`)."""
    doc = parse(text, setting)
    foreign = foreign_paragraphs(doc)
    refs = find_referents(doc)
    quotes = block_quotes(doc, find_quotes(text), refs)
    attributions = attribute(doc, quotes, refs)
    words = [q for q in find_quotes(text, min_words=1) if not any(o.start <= q.start < o.end for o in quotes)]
    partial = partial_quotes(doc, words, refs)  # 'said it was "disappointed"': one word, reported
    cited = citations(doc, quotes, refs)
    actors = _actors(doc, refs, attributions, cited)
    _name_described_bodies(doc, [*attributions, *cited], actors)
    actors += _described_speakers(doc, attributions, cited, actors)
    _add_groups(refs, [*attributions, *cited])
    actors += _acting_groups(doc, refs, [(q.start, q.end) for q in quotes], actors)
    attributed = [(a.speaker, quotes[a.quote].start, quotes[a.quote].end) for a in attributions if a.speaker and a.named]
    pairs = [p for p in propose(doc, refs, attributed, limit=MAX_PAIRS) if not _speaks_for(p.holder, p.target, actors)]
    actors += _stance_holders(refs, pairs, actors)
    changes = _changes(doc, refs, [(q.start, q.end) for q in quotes], pairs, actors)
    pairs, changes = _earlier_sides(pairs, changes, actors)
    sentences = [_trimmed(text, turn_label_end(text, s.start_char), s.end_char) for s in doc.sents]  # no 'Q: ' label
    sentences = [s for s in sentences if s[1] > s[0]]
    names = [named_forms([a.name, *a.aliases]) for a in actors if not a.described]
    credits = credit_paragraphs(doc)  # bylines and credit lines assert nothing about the story
    credits += _credit_lines(text, quotes, attributions)  # '— Annelies van der Berg, chief executive, ...' under a quote
    credits += interview_questions(text)  # 'Q: Last Monday you called the offer "an insult".': the interviewer's
    claimable = [s for s in sentences if not any(start <= s[0] < end for start, end in credits) and _clause(doc, s) and not _lead_in(doc, s)]
    claims = key_claims(text, names, MAX_CLAIMS, sentences=claimable, quoted=[(q.start, q.end) for q in quotes], clauses=True)
    headline = parse(title, setting) if _title_apart(text, title) else None
    candidates = issues(doc, bodies=[a.name for a in actors if a.kind == "organization" and not a.place], headline=headline)
    named = {a.name for a in actors}
    return Analysis(
        pipeline=pipeline_identity(setting),
        version=code_version(),
        sentences=sentences,
        claimable=claimable,
        actors=actors,
        quotes=sorted([_quote_fact(text, quotes[a.quote], a, foreign) for a in attributions if a.how != "term"] + [_quote_fact(text, words[a.quote], a, foreign) for a in partial], key=lambda q: q.start),
        citations=[
            CitationFact(
                speaker=c.speaker, named=c.named, sentence=(turn_label_end(text, c.sentence[0]), c.sentence[1]), affiliation=c.affiliation,
                plural=c.plural, document=c.document, embedded=c.embedded,
            )
            for c in cited
        ],
        pairs=[PairFact(holder=p.holder, target=p.target, start=p.start, end=p.end, via=p.via, polarity=p.polarity, changed=p.changed) for p in pairs],
        claims=[ClaimFact(text=c.text, evidence=c.evidence) for c in claims],
        issues=candidates,
        settled=settled(candidates, pairs, setting),
        changes=changes,
        anonymous=sorted({a.speaker for a in [*attributions, *cited] if a.speaker and not a.named and a.subject is not None and asks_anonymity(doc[a.subject])}),
        no_side=[
            PairFact(holder=p.holder, target="", start=p.start, end=p.end, via=p.via, polarity=0)
            for p in sides_withheld(doc, refs, attributed)
            if p.holder in named
        ],
        writer=writer_s_views(doc, [(q.start, q.end) for q in [*quotes, *find_quotes(text, min_words=1)]]),  # block quotes too
    )


def _changes(doc: "Doc", refs: Referents, quoted: list[tuple[int, int]], pairs: list[Proposal], actors: list[ActorFact]) -> list[ChangeFact]:
    """The changes of position the narration states (`stances.position_changes`: 'reversed its position', 'changed
    course') and the sides given up (a pair `Proposal.changed`: 'could no longer support the project'), of actors
    only, one per holder and sentence, in article order."""
    named = {a.name for a in actors}
    found = {(c.holder, c.start): ChangeFact(holder=c.holder, start=c.start, end=c.end) for c in position_changes(doc, refs, quoted)}
    for p in pairs:
        if p.changed:
            found.setdefault((p.holder, p.start), ChangeFact(holder=p.holder, start=p.start, end=p.end))
    return sorted((c for c in found.values() if c.holder in named), key=lambda c: (c.start, c.holder))


def _earlier_sides(pairs: list[Proposal], changes: list[ChangeFact], actors: list[ActorFact]) -> tuple[list[Proposal], list[ChangeFact]]:
    """A side a sentence says its holder held before (`Proposal.earlier`: 'who in March had criticised residential
    cuts', 'who on Monday welcomed the airport's plan'), in a sentence that also gives that holder the other side now or states a change ('said on Monday that
    she would now back the plan'; 'cast one of the votes to withdraw support'), is no stance of theirs now: it is
    dropped, and the sentence is a change of position. Elsewhere it stays: 'X, who had backed the plan from the
    start, said ...'; 'Sunita Verma, who had joined the sit-in on Monday, ... demanded that families be
    compensated' (a side held before and still, the same way). A side held before toward a target the holder
    also takes a side on now (`stances.propose` keeps the two apart) is the same pair twice, or one superseded:
    only the side now stays ('Cresthaven Foods, which had opposed the plan before the vote, said that it now
    supports the plan': a change, and `supports` only). A side held before by a holder whose change of position the
    article states in another sentence is gone too ('Varnholt changed course on Thursday. She had promised last week
    to veto any reduction, but ...')."""
    now = {(p.holder, p.start, p.polarity) for p in pairs if not p.earlier and p.polarity}
    current = {(p.holder, p.target.lower()) for p in pairs if not p.earlier}
    stated = {(c.holder, c.start) for c in changes}
    changed = {c.holder for c in changes}
    named = {a.name for a in actors}
    before = [p for p in pairs if p.earlier and p.polarity and ((p.holder, p.start) in stated or (p.holder, p.start, -p.polarity) in now)]
    added = [ChangeFact(holder=p.holder, start=p.start, end=p.end) for p in before if p.holder in named and (p.holder, p.start) not in stated]
    before += [p for p in pairs if p.earlier and p.polarity and p.holder in changed and p not in before]  # a change told elsewhere: no second one
    superseded = [p for p in pairs if p.earlier and (p.holder, p.target.lower()) in current]
    kept = [p for p in pairs if p not in before and p not in superseded]
    return kept, sorted([*changes, *{(c.holder, c.start): c for c in added}.values()], key=lambda c: (c.start, c.holder))


def settled(candidates: list[str], pairs: list[Proposal], setting: str | None = None) -> dict[str, list[str]]:
    """For each candidate issue, the holders of a pair whose stance word states their side on it: the pair's target
    and the issue share a lemma ('Okafor supports the ban' and 'banning cars from the old town'; 'Harwell has not
    taken a position on the bill', a stated neutral one). A position withheld on a measure named by a bare definite
    description ('StayLocal declined to take a position on the proposal', `stances.is_measure`) is withheld on the
    measure the article is about, whatever words the candidate uses for it: the description's 'the' points to the
    measure the reader already knows (Prince 1992, discourse-old), and a holder who declined a side is not
    given one by the model."""
    stated = [p for p in pairs if is_stated(p)]
    if not stated or not candidates:
        return {}
    parses = {phrase: parse(phrase, setting) for phrase in {*candidates, *(p.target for p in stated)}}
    lemmas = {phrase: {t.lemma_.lower() for t in doc if t.is_alpha and not t.is_stop} for phrase, doc in parses.items()}
    declined = {p.holder for p in stated if p.via == WITHHELD and _bare_measure(parses[p.target])}
    out = {issue: list(dict.fromkeys(p.holder for p in stated if lemmas[p.target] & lemmas[issue] or p.holder in declined)) for issue in candidates}
    return {issue: holders for issue, holders in out.items() if holders}


def _bare_measure(phrase: "Doc") -> bool:
    """Whether a parsed phrase is 'the' and one noun that names a measure ('the proposal', 'the bill')."""
    return len(phrase) == 2 and phrase[0].lower_ == "the" and phrase[1].pos_ == "NOUN" and is_measure(phrase[1].lemma_)


def _credit_lines(text: str, quotes: list[Any], attributions: list[Attribution]) -> list[tuple[int, int]]:
    """(start, end) of each line that credits a quotation with a dash ('“...” — Annelies van der Berg, chief
    executive, Oakhaven Water Company', a pull-quote's byline, `speakers.dash_byline_span`): a name and a role, no
    claim, whatever the tagger made of a word of it ('Annelies', read as a verb)."""
    return [span for a in attributions if a.how == "dash" and (span := dash_byline_span(text, quotes[a.quote])) is not None]


def _clause(doc: "Doc", sentence: tuple[int, int]) -> bool:
    """Whether the sentence [start, end) of the article's parse is a clause: a verb (VERB or AUX) or a subject
    (`claims.is_clause`); read from the parse the analysis already has, so a warm brief parses nothing."""
    span = doc.char_span(sentence[0], sentence[1], alignment_mode="expand")
    return span is None or is_clause(span)


def _lead_in(doc: "Doc", sentence: tuple[int, int]) -> bool:
    """Whether the sentence [start, end) only leads in to a quotation after it: it ends with a colon, and its main
    verb is one of speech (WordNet's verb.communication) with no object or clause of what was said ('In a statement
    issued after the announcement, the Ashforth Police Federation said:'), so it asserts nothing (a new user's
    brief had 'The Ashforth Police Federation said.' as a key claim)."""
    span = doc.char_span(sentence[0], sentence[1], alignment_mode="expand")
    if span is None or not span.text.rstrip().endswith(":"):
        return False
    root = span.root
    said = any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") and c.i < span.end - 1 for c in root.children)
    return root.pos_ == "VERB" and verb_class(root.lemma_.lower()) == "verb.communication" and not said


def _speaks_for(holder: str, target: str, actors: list[ActorFact]) -> bool:
    """Whether `target` is what `holder` works for or speaks for, by the role and affiliations the text gives
    them ('David Reames, Special Agent in Charge of the DEA' toward the DEA; 'Crown prosecutor Mark Tedeschi'
    toward the Crown): a position, not a stance (the memo's rule for its matrix, applied where pairs are made)."""
    actor = next((a for a in actors if a.name == holder or holder in a.aliases), None)
    if actor is None:
        return False
    names = {target.casefold()} | {
        alias.casefold() for a in actors if target == a.name or target in a.aliases for alias in [a.name, *a.aliases]
    }
    own = {actor.name, *actor.aliases}
    held = " ".join([actor.role, *(a for a in actor.affiliations if a not in own)]).casefold()  # not itself
    return any(len(n) > 1 and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", held) for n in names)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _quote_fact(text: str, quote: Quote, a: Attribution, foreign: list[tuple[int, int]]) -> QuoteFact:
    """The facts of a quote and its attribution; its sentence starts after an interview's turn label ('A: '), which
    is no word of the speaker's (the sentence is the evidence a stance shows and the passage the model reads)."""
    return QuoteFact(
        start=quote.start,
        end=quote.end,
        speaker=a.speaker,
        named=a.named,
        candidates=a.candidates,
        how=a.how,
        cue=a.cue,
        sentence=(turn_label_end(text, a.sentence[0]), a.sentence[1]),
        details=a.details,
        affiliation=a.affiliation,
        plural=a.plural,
        foreign=any(start <= quote.start < end for start, end in foreign),
    )


def _title_apart(text: str, title: str | None) -> bool:
    """Whether `title` is a title the text does not open with (its first line, spacing aside): a JSON Lines
    record's title field, a page's title that its extracted text leaves out."""
    if not title or not title.strip():
        return False
    first = text.lstrip().split("\n", 1)[0]
    return " ".join(first.split()).casefold() != " ".join(title.split()).casefold()


def _actors(doc: "Doc", refs: Referents, attributions: list[Attribution], cited: list[Any]) -> list[ActorFact]:
    """The referents the story is about: named more than once, the subject of a clause, quoted or cited, or given a
    role, or the affiliation of a person who is, or of an unnamed spokesperson quoted or cited."""
    speakers = {a.speaker for a in attributions if a.named} | {c.speaker for c in cited if c.named}
    for a in attributions:
        speakers.update(a.candidates)
    persons = [r for r in refs.items if r.kind == "person" and _salient(doc, r, speakers, set())]
    affiliations = {a for r in persons for a in r.affiliations}
    affiliations |= {  # 'A spokeswoman for the Insurance Council of Westland said': the body she speaks for acts
        f.affiliation for f in [*attributions, *cited] if f.speaker and not f.named and f.affiliation and SPOKESPEOPLE & set(f.speaker.lower().split())
    }  # in the story (not a described official's: the gold names 'a European Commission official', not the body)
    named = [_actor_fact(ref, doc, refs) for ref in refs.items if _salient(doc, ref, speakers, affiliations)]
    named += _unrecognised_speakers(refs, attributions, cited)
    return named


def _unrecognised_speakers(refs: Referents, attributions: list[Attribution], cited: list[Any]) -> list[ActorFact]:
    """Named speakers that are no referent, because the recogniser missed or mistyped their name ('Crofter Ruairidh
    Steele', 'ferry operator Hebridean Sea Links', 'According to the Saudi Interior Ministry over 345 ...'), take part
    in the story as every quoted or cited referent does (`_salient`). A name of two or more words whose first is a
    given name the name data confidently genders (`given_names`) is a person's ('Le Retour', a blog, is not), any
    other a body's, as an unrecognised source was before. A handle ('@KevorkO') names no one the story is
    about, and one word alone ('Commenter', a blog's 'Ianyan') is kept a source only, as `_one_word` keeps such
    persons."""
    found: dict[str, ActorFact] = {}
    for f in [*attributions, *cited]:
        name = f.speaker or ""
        if not f.named or not name or refs.find(name) is not None or HANDLE.search(name) or name in found:
            continue
        words = name.split()
        if len(words) < 2:
            continue  # 'Commenter', 'Ianyan': one capitalised word is seldom all the story says of an actor
        person = bool(given_name_gender(name)) and all(w[:1].isupper() for w in words)
        kind = "person" if person else "organization"
        affiliations = ([f.affiliation] if f.affiliation else []) if person else [name]  # 'Amazilia Fracaso of Perú Apartheid'
        found[name] = ActorFact(name=name, kind=kind, affiliations=affiliations, mentions=1, subjects=1, first=f.sentence[0])
    return list(found.values())


def _stance_holders(refs: Referents, pairs: list[Proposal], actors: list[ActorFact]) -> list[ActorFact]:
    """Named referents a stance word makes the holder of a stance ('the publication Freedom Magazine, which
    attacked high-ranking defectors', named once and never a clause's subject) take a side in the story, so
    they are actors too."""
    taken = {a.name for a in actors}
    out = []
    for pair in pairs:
        ref = refs.find(pair.holder) if pair.polarity else None
        if ref is not None and ref.name not in taken and ref.kind in ("person", "organization", "country"):
            taken.add(ref.name)
            out.append(_actor_fact(ref))
    return out


def _add_groups(refs: Referents, found: list[Any]) -> None:
    """Unnamed speakers in the plural become referents at the noun that names them, so they can hold stances."""
    groups: dict[str, Referent] = {}
    for f in found:
        if f.speaker and not f.named and f.plural and f.subject is not None:
            group = groups.setdefault(f.speaker.lower(), Referent(f.speaker, "group"))
            refs.by_token.setdefault(f.subject, group)


def _acting_groups(doc: "Doc", refs: Referents, quoted: list[tuple[int, int]], actors: list[ActorFact]) -> list[ActorFact]:
    """Groups that take a side in the story (`stances.acting_groups`: 'Opposition lawmakers criticised the ban')
    become referents at the noun that names them, so they hold their stances, and actors of kind group."""
    taken = {a.name.lower() for a in actors}
    found: dict[str, ActorFact] = {}
    for span in acting_groups(doc, quoted, refs):
        if refs.at(span.root.i) is not None:
            continue
        name = " ".join(span.text.split())
        group = Referent(name, "group")
        for token in span:
            refs.by_token.setdefault(token.i, group)
        if name.lower() not in taken and name.lower() not in found:
            found[name.lower()] = ActorFact(name=name, kind="group", mentions=1, subjects=1, first=span.start_char)
    return list(found.values())


def _described_speakers(doc: "Doc", attributions: list[Attribution], cited: list[Any], named: list[ActorFact]) -> list[ActorFact]:
    """Unnamed speakers the article quotes or cites, described and no more, act in the story as named ones do.

    In the plural ('Some analysts', 'Critics') each is a group, unless its description refers back to people or
    a body named before (`_anaphoric`: 'Both experts', 'its doctors'). In the singular ('A senior UPA official, who
    asked not to be named, said', 'one Senator applauded what he described as ...') each is a person under its
    description, when the parse makes it a person's: a `who` clause on its noun, a `he` or `she` the quote gives
    it (`Attribution.gender`), or a noun that titles people (`TITLE_WORDS`); a spokesperson speaks for a body,
    which is the actor ('A company spokeswoman said'), and a document is no one. Either keeps its affiliation; a
    description of one word ('critics', 'the authorities') says too little. A police force described by where
    it serves ('Athens police estimate ...') is a body, its own, though it takes a plural verb. Groups come first,
    then people.
    Measured on the development and probe gold (actors F1), the people: dev 0.757 -> 0.762, probe 0.879 ->
    0.895, probe3 0.882 -> 0.889, probe4 0.877 -> 0.884; the seeds 0.879 -> 0.870 (their gold lists no unnamed
    person)."""
    groups: dict[str, ActorFact] = {}
    people: dict[str, ActorFact] = {}
    taken = {n.name.lower() for n in named}
    for found in [*attributions, *cited]:
        speaker = found.speaker or ""
        key = speaker.lower()
        words = [w for w in speaker.split() if w.lower() not in ("the", "a", "an")]
        if found.named or len(words) < 2 or key in taken:
            continue
        noun = doc[found.subject] if found.subject is not None else None
        affiliation = [found.affiliation] if found.affiliation else []
        if noun is not None and _unrecognised_name(noun, words):
            groups.setdefault(key, ActorFact(name=speaker, kind="organization", affiliations=[speaker], mentions=1))
        elif noun is not None and law_enforcement_agency(noun):  # 'Athens police estimate': a body, its own
            groups.setdefault(key, ActorFact(name=speaker, kind="organization", affiliations=[speaker], mentions=1, described=True))
        elif found.plural:
            if noun is None or not _anaphoric(noun):
                groups.setdefault(key, ActorFact(name=speaker, kind="group", affiliations=affiliation, mentions=1))
        elif noun is not None and not getattr(found, "document", False) and key not in groups and _a_body(noun):
            kind = _kind_of_body(noun.lemma_.lower())  # 'the country's military': an organization; 'Her family': a group
            groups.setdefault(key, ActorFact(name=speaker, kind=kind, affiliations=affiliation, mentions=1, described=True))
        elif noun is not None and not getattr(found, "document", False) and key not in groups and _a_person(noun, found):
            people.setdefault(key, ActorFact(name=speaker, kind="person", affiliations=affiliation, mentions=1, described=True))
    return [*groups.values(), *people.values()]


def _a_body(noun: "Token") -> bool:
    """Whether an unnamed speaker's noun, in the singular, is one whose first WordNet sense is a group by
    hypernymy (`senses.is_a`): 'the city's largest landlord group said it had hired a law firm', 'Her family said',
    'the country's military said': a body or a group under its description, not a person, though 'group' titles
    people in 'rights group director' (`TITLE_WORDS`); an organisation when WordNet files it under one."""
    return noun.pos_ == "NOUN" and noun.lower_ not in SPOKESPEOPLE and is_a(noun.lemma_.lower(), "group")


def _name_described_bodies(doc: "Doc", found: list[Any], named: list[ActorFact]) -> None:
    """An unnamed speaker described as a body whose noun heads the name of exactly one organisation the article
    names, and whose capitalised words are all in that name, is that organisation ('A coalition of environmental
    groups and a South Taranaki fishing cooperative yesterday asked the High Court ...', then 'Rewi Parata, who
    chairs the South Taranaki Fishers' Cooperative': news describes a body in its lede and names it later, as
    it does a person; head match with compatible modifiers, as in the Stanford multi-pass sieve, Lee et al.
    2013). A noun of a business that heads no name is the one business the article names, when it names one and
    its name holds the description's capitalised words ("Missouri's largest electric utility said ..." in a lede,
    then 'Missouri Valley Power & Light, which serves about 1.2 million customers, filed ...': news identifies a
    body after the lede, as it does a person). Each such attribution or citation (`found`) takes the name, as
    named. A plural describes no one body ('a bill that unions say would weaken safety rules')."""
    bodies = [a for a in named if a.kind == "organization" and not a.described]
    for item in found:
        if item.named or not item.speaker or getattr(item, "subject", None) is None or getattr(item, "document", False):
            continue
        noun = doc[item.subject]
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not _a_body(noun):
            continue  # 'a bill that unions say would weaken safety rules': unions in general, not the one named
        capitalised = {t.lower_ for t in noun.subtree if t.text[:1].isupper() and t.i != noun.i and t.pos_ == "PROPN"}
        fits = [
            b.name
            for b in bodies
            if _headed_by(b.name, noun) and capitalised <= {w.lower().strip("'’") for w in b.name.split()}
        ]
        if not fits and business_noun(noun.lemma_.lower()):  # "Missouri's largest electric utility said ...", then
            only = one_business(doc)  # 'Missouri Valley Power & Light, which serves about 1.2 million customers,
            words = {w.lower().strip("'’") for w in only.split()}  # filed ...': the one business the article names
            fits = [b.name for b in bodies if b.name == only and capitalised <= words]
        if len(fits) == 1:
            item.speaker, item.named = fits[0], True
            if getattr(item, "affiliation", ""):
                item.affiliation = fits[0]  # a body quoted as itself is its own ('Missouri' described where it is)


def _headed_by(name: str, noun: "Token") -> bool:
    """Whether a name's head word (its last before 'of') is the noun, in the singular or the plural ('Cooperative'
    of "South Taranaki Fishers' Cooperative" for 'cooperative')."""
    words = name.split(" of ")[0].split()
    last = words[-1].lower().strip("'’") if words else ""
    lemma = noun.lemma_.lower()
    return bool(last) and last in (lemma, noun.lower_, lemma + "s", lemma + "es")


def _kind_of_body(lemma: str) -> str:
    """'organization' for a noun WordNet files under organisations ('military', 'board', 'union'), except a family
    or a household, which WordNet also files there but news and its readers take for a group of people ('Her
    family said in a statement'); 'group' for any other ('the city's largest landlord group')."""
    if is_a(lemma, "family") or is_a(lemma, "kin_group"):
        return "group"
    return "organization" if is_a(lemma, "organization") else "group"


def _a_person(noun: "Token", found: Any) -> bool:
    """Whether an unnamed speaker's noun describes a person who is no body's spokesperson (`_described_speakers`)."""
    if noun.lower_ in SPOKESPEOPLE:
        return False
    who = any(c.dep_ == "relcl" and any(t.lower_ == "who" for t in c.children) for c in noun.children)
    return who or noun.lower_ in TITLE_WORDS or bool(getattr(found, "gender", ""))


_ANAPHORIC = frozenset({"both", "its", "their", "his", "her", "our", "my", "your"})


def _unrecognised_name(noun: "Token", words: list[str]) -> bool:
    """Whether an unnamed speaker is a name the recogniser left untagged: every word of it a proper noun by the
    parse, none a people's ('Ice Wings, a supporters' group that claims 30,000 members, condemned the ban'; not
    'Senate Republicans'). Such a speaker is a body quoted as itself, as a tagged one is."""
    name = [t for t in noun.lefts if t.dep_ == "compound" and t.i >= noun.i - len(words)] + [noun]
    return len(name) == len(words) and all(t.pos_ == "PROPN" and t.ent_type_ != "NORP" and t.text[:1].isupper() for t in name)


def _anaphoric(noun: "Token") -> bool:
    """Whether a described speaker's noun refers back rather than to a new group: 'Both experts agreed' (people
    the article named before), 'its doctors say', 'their members warn' (part of a body named before, whose
    voice it is): a description with 'both' or a possessive pronoun is anchored to an antecedent (Poesio and
    Vieira 1998, "A corpus-based investigation of definite description use", Computational Linguistics 24(2)).
    'The two dissenting commissioners argued' may be new to the story, and stays a group."""
    lefts = list(noun.lefts)
    return any(t.lower_ in _ANAPHORIC and t.dep_ in ("det", "poss", "predet", "preconj") for t in lefts)


def _salient(doc: "Doc", ref: Referent, speakers: set[str], affiliations: set[str]) -> bool:
    """Measured on the development gold: a name mentioned once that never acts is most often a passing mention;
    a country named only as the setting of something (`actors.a_setting`: 'across the U.S.', "Italy's la
    Repubblica") is no actor, however often it is named."""
    if ref.name in speakers:
        return True
    named = [m for m in ref.mentions if not m.echo]
    if ref.kind == "country" and named and all(a_setting(doc[m.root]) for m in named):
        return False
    if ref.kind == "person" and _one_word(ref):
        return ref.subjects >= 1  # 'Twitter', 'Skylab', 'Didymos': one capitalised word is seldom all we learn of a person
    tagged = len(named)  # a name found again by its letters only counts for nothing here
    if ref.kind == "person":
        return tagged >= 2 or ref.subjects >= 1 or ref.agentive >= 1 or bool(ref.roles)
    if ref.place:
        return ref.subjects >= 1
    if ref.kind == "organization" and ref.name in affiliations:
        return True
    return tagged >= 3 or ref.subjects >= 1 or ref.agentive >= 1


def _one_word(ref: Referent) -> bool:
    """A 'person' the article names by one word alone, never with a first name or a title before it.

    The recogniser tags sites, products, places and spacecraft so ('Twitter', 'Skylab', 'Yerevan'). Measured on
    the development gold: of 10 such names that neither spoke nor were a clause's subject, 1 was a gold actor
    (an agency); a person the story is about speaks or acts."""
    return all(len(form.split()) == 1 for form in ref.forms) and not ref.roles and not any(
        "-" in form for form in ref.forms
    )


def _coordinated_bodies(doc: "Doc", refs: Referents, ref: Referent) -> list[str]:
    """The organisations a person's mention is coordinated with as another party ('challenged by the Portvale Hosts'
    Association and by Tobias Wren', 'The union and Anna Berg sued the city'): joined as two parties of one
    clause, the sentence makes the person no member of the body (the model, offered it, had made the plaintiff a
    member of the association). A tie the text states ('the union and its leader') is read from the possessive
    or apposition, not from here."""
    if ref.kind != "person":
        return []
    apart = []
    for m in ref.mentions:
        root = doc[m.root]
        unit = root.head if root.dep_ == "pobj" else root  # 'by Tobias Wren': the preposition is what is joined
        for other in unit.conjuncts:
            body = next((c for c in other.children if c.dep_ == "pobj"), other) if other.pos_ == "ADP" else other
            found = refs.at(body.i)
            if found is not None and found.kind == "organization" and found.name not in apart:
                apart.append(found.name)
    return apart


def _actor_fact(ref: Referent, doc: "Doc | None" = None, refs: Referents | None = None) -> ActorFact:
    return ActorFact(
        apart=_coordinated_bodies(doc, refs, ref) if doc is not None and refs is not None else [],
        name=ref.name,
        kind=ref.kind,
        aliases=ref.aliases,
        role=ref.roles[0] if ref.roles else "",
        affiliations=_not_their_own_name(ref) if ref.kind == "person" else [ref.name],  # a body quoted as itself speaks
        # for itself
        mentions=sum(not m.echo for m in ref.mentions),
        subjects=ref.subjects,
        first=ref.first,
        place=ref.place,
    )


def _not_their_own_name(person: Referent) -> list[str]:
    """A person's affiliations without any that is one of their own names ('Halvorsen demands recount', a headline
    whose surname the recogniser tagged an organisation, had made Corin Halvorsen affiliated with 'Halvorsen'): no
    one is affiliated with themselves."""
    own = {n.casefold() for n in (person.name, *person.aliases, person.name.split()[-1])}
    return [a for a in person.affiliations if a.casefold() not in own]


class Analyzer:
    """`analysis(article_hash, text)`: the cached facts of an article, computed on a miss with pipeline `setting`."""

    def __init__(self, setting: str | None = None, cache: "CallCache | None" = None) -> None:
        self.setting = setting
        self.cache = cache

    def key(self, article_hash: str) -> str:
        blob = json.dumps(["analysis", article_hash, pipeline_identity(self.setting), code_version()])
        return hashlib.sha256(blob.encode()).hexdigest()

    def analysis(self, article_hash: str, text: str, title: str | None = None) -> Analysis:
        """The facts of the article `text` (whose sha256 is `article_hash`) with `title` (`analyze`), from the
        cache when it holds them."""
        key = self.key(article_hash if not _title_apart(text, title) else f"{article_hash}:{title}") if self.cache else ""
        if self.cache:
            cached = self.cache.get_value(key)
            if cached is not None:
                try:
                    return Analysis.model_validate_json(cached)
                except ValueError:
                    pass  # an entry from older code or a corrupt one: recompute
        found = analyze(text, self.setting, title)
        if self.cache:
            self.cache.put_value(key, found.model_dump_json())
        return found
