"""Actors from the trained pipeline's named entities: one actor per referent, with roles and affiliations.

Entity types map to actor kinds (PERSON -> person, GPE -> country, ORG ->
organization, NORP used as a noun -> group; a NORP used as an adjective,
`Russian`, only points at its country). Mentions of one referent merge: a
surname or a first name joins the one full name that has it, a short
organisation name joins the longer one it ends ("Home Office" and "The United
Kingdom Home Office"), an acronym joins the name it abbreviates ("National
Institutes of Health (NIH)"), and a country's capital and seat of government
fold into it (`entities.canonical_country`: the pipeline knows Moscow is a
place, not that it stands for Russia). Names lean on two small libraries where
the pipeline stops short: `nameparser` for surname particles, titles and
post-nominal letters, `cleanco` for company legal forms.

Roles and affiliations come from the parse around a person's name:
premodifiers (`Labour MP Tom Birch`, `Bank of England governor Andrew Bailey`,
`Russian President Vladimir Putin`), appositions (`X, a hydrologist at Y`,
`the Russian president, Vladimir Putin`, `Microsoft's chief executive Satya
Nadella`), `X of Y` and `a spokesman for Y`. The organisation or country the
role names is the affiliation.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

import cleanco
from nameparser.config import CONSTANTS as _NAME_CONSTANTS

from ..articles import MASTHEAD_FIELDS
from .dates import datelines
from .entities import canonical_country, country_of_demonym, is_capital, is_media, norm
from .given_names import given_name_gender, is_given_name
from .senses import GROUP, PERSON, derived_nouns, derived_verbs, first_sense_of, is_a, names_only_individuals, natural_feature, noun_class, noun_classes, person_sense_is_a, verb_class
from .nlp import TITLE_EXPANSIONS, TITLES_BEFORE_NAMES, base_verb, common_noun, common_word, foreign_paragraphs, foreign_quotations, lemma, per_document, quotes_of, text_of
from .sentences import QUOTE_MARKS, SENTENCE_ENDS, looks_like_heading, transcript_labels

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Mention", "Referent", "Referents", "body_before_title", "body_of_class_noun", "dateline_spans", "body_spoken_for", "body_named_by", "body_kinds", "business_noun", "campaign_at", "campaign_names", "case_name", "SPOKESPEOPLE", "class_nouns", "definite", "find_referents", "first_conjunct", "named_forms", "misspelt_surname", "names_no_other_kind", "one_business", "organisation_after", "prepositional_tail", "without_legal_form", "written_at", "role_of", "side_of_a_house", "surname_first", "OPPOSITION", "title_word", "HONORIFICS", "OPENING_MARKS"]

KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group"}
SURNAME_PARTICLES = frozenset(_NAME_CONSTANTS.prefixes)
"""Particles that begin a surname ('von der Leyen', 'Le Pen', 'bin Salman'), from `nameparser`."""
HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof sir dame shri sri smt kumari mme mlle sra srta herr frau alhaji alhaja hajia comrade"
    " datuk dato datin tun puan encik cik".split()
)
"""Forms of address, not roles: 'Mr Birch' names Birch and says nothing about what he does. Shri, Sri, Smt.
(Shrimati) and Kumari are Indian English's Mr, Mrs and Miss (the style guides of The Hindu and the Press
Information Bureau of India write them before names); Mme, Mlle, Sra., Srta., Herr and Frau are the French,
Spanish and German forms that English news keeps in stories from those countries; Alhaji, Alhaja and Hajia (one
who has made the hajj) and Comrade (a trade unionist) are Nigerian English's, which its papers (Punch, Vanguard)
write before the names of people of any office. Datuk, Dato', Datin and Tun are Malaysian honours and Puan, Encik
and Cik Malay forms of address, which Malaysian and Singaporean papers (The Star, The Straits Times) write before
names ('Datuk Seri Azman Rahim', 'Puan Siti Rohana'); not 'Tan' of 'Tan Sri', a common surname, nor 'Seri', which
also names places ('Bandar Seri Begawan')."""
MORE_TITLES = frozenset(
    "justice taoiseach councilmember councilwoman councilman superintendent constable inspector chairwoman spokesman spokeswoman"
    " spokesperson congressman congresswoman mp mep msp mla major cr clr".split()
)
"""Titles English news writes before a name ('Justice Gilmar Mendes', 'Taoiseach Micheál Martin', 'Labour MP Tom
Birch') that nameparser's list of titles lacks; MP, MEP, MSP and MLA are members of the UK, European and Scottish
Parliaments and of a legislative assembly (Northern Ireland's, Wales's before 2020, India's states'); Major is the
military rank ('A police spokesman, Major Fares el-Sharif'), which nameparser leaves out as the adjective; Cr and
Clr are a councillor's, as Australian and New Zealand papers write it ('Cr Ashby stood by his comments')."""
TITLE_WORDS = frozenset(_NAME_CONSTANTS.titles) | MORE_TITLES | frozenset(TITLE_EXPANSIONS)
"""Every title word, nameparser's and ours, and every abbreviation of a title (`TITLE_EXPANSIONS`: 'Supt', 'Insp',
'Det', which nameparser lacks), lower case: built once, not at each word looked up."""


def person_title(token: "Token") -> bool:
    """Whether `token` is a person's title written as a common noun ('the mayor', 'the minister'): a lower-case
    title word (`TITLE_WORDS`) other than 'group', which nameparser lists for the rank 'Group Captain' and which
    in running text names a body ('a spokesperson for the group')."""
    return token.is_lower and token.lower_ in TITLE_WORDS and token.lower_ != "group"


_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "ROOT"})
_PREMODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "nummod"})
_AFFILIATING_PREPS = frozenset({"at", "of", "for", "with", "from", "in"})
PLACE_PREPOSITIONS = frozenset({"in", "from", "at", "near"})
"""Prepositions of place: a town or a capital after one says where someone is ('a blogger in Lisbon')."""
_WRITING = frozenset("write blog report post contribute".split())
"""Lemmas of writing for a publication: 'X, writing in The Atlantic' is tied to it (as 'X of Y' is)."""


@dataclass
class Mention:
    """One place the article names a referent: the characters [start, end) and the name's root token."""

    start: int
    end: int
    text: str
    kind: str  # person | organization | country | group | place | demonym
    root: int
    nickname: str = ""  # 'Winnie Calder-Boyd' of 'Winifred "Winnie" Calder-Boyd': the name as the nickname forms it
    short: str = ""  # 'High Court' of 'High Court in Pretoria': a court's name without its seat (`_court_seat_end`)
    echo: bool = False  # found again by its letters where the recogniser left it untagged (`_untagged_repeats`)


@dataclass
class Referent:
    """One actor: every mention of it, its roles and the organisations or countries they tie it to."""

    name: str
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    forms: Counter[str] = field(default_factory=Counter)
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    subjects: int = 0  # mentions that are the subject of a clause
    agentive: int = 0  # mentions as a possessor, a passive agent ('by X') or a source ('according to X')
    place: bool = False  # a town or region, not a state: an actor only when it acts

    @property
    def aliases(self) -> list[str]:
        return [f for f, _ in self.forms.most_common() if f != self.name]

    @property
    def first(self) -> int:
        return min((m.start for m in self.mentions), default=0)


@dataclass
class Referents:
    """The article's referents and an index from every surface form (normalised) to its referent."""

    items: list[Referent]
    by_form: dict[str, Referent]
    by_token: dict[int, Referent]

    def find(self, name: str) -> Referent | None:
        """The referent `name` names (any surface form, a country alias, or a person's surname)."""
        key = norm(name)
        found = self.by_form.get(key)
        if found is None and canonical_country(name):
            found = self.by_form.get(norm(canonical_country(name) or ""))
        return found

    def at(self, token_index: int) -> Referent | None:
        """The referent whose mention contains the token at `token_index`."""
        return self.by_token.get(token_index)


# --------------------------------------------------------------------------- mentions


_RETYPED_AS_BODIES = frozenset({"PRODUCT", "WORK_OF_ART", "FAC", "LAW", "EVENT"})
"""The recogniser's labels for names of things that a name set in apposition to a noun of a grouping with an
article ('..., a coalition of farmers,'; `_grouping_named`) loses: the small English pipeline tags a body's name in
another language (Spanish, French) a product or a work of art as often as a body."""


@per_document
def _written_as_places(doc: "Doc") -> frozenset[str]:
    """Names the recogniser tagged a body that the article writes as a place's somewhere, by the parse: with a
    relative clause opened by 'where' on a name with no article ('The blockade has divided Halstad, where the herring
    trade supports shops'; not 'the House, where State Rep. Teresa Lindqvist said ...', a chamber),
    or as what 'of' names after a definite lower-case noun of a town, port or administrative district
    (`_SETTLEMENTS` by WordNet's hypernymy: 'the port of Halstad', 'the town of Marrow', 'the province of Ulla',
    'the low-lying suburbs of Eastbank'; not
    'the Port of Rotterdam', a body's name, nor 'the campus of Leeds University'). One sense per name in an
    article (Gale, Church and Yarowsky 1992), as `_other_names` reads it."""
    found = set()
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        root = ent.root
        where = any(c.dep_ == "relcl" and any(w.dep_ == "advmod" and w.lower_ == "where" for w in c.children) for c in root.children)
        where = where and not any(c.dep_ == "det" for c in root.children)  # 'the House, where State Rep. ... said': a
        # chamber with an article is a body met in, whatever 'where' says; a town's name takes none
        noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
        settled = (
            noun is not None
            and noun.pos_ == "NOUN"
            and noun.is_lower
            and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            and any(is_a(noun.lemma_.lower(), kind) for kind in _SETTLEMENTS)
        )
        if where or settled:
            found.add(_organisation_name(ent))
    return frozenset(found)


_SETTLEMENTS = ("urban_area", "port", "administrative_district", "settlement", "district")
"""WordNet nouns of a place people live in or ship from ('town', 'city', 'village', 'port', 'harbour', 'province',
'suburb', a district)."""


def _headed_by_a_body_noun(ent: "Span") -> bool:
    """Whether a name the recogniser tagged a thing (`_RETYPED_AS_BODIES`) is a body's by its head: a capitalised
    noun whose first WordNet sense is an organisation (`senses.is_a`, filed under groups), alone or with the 'of'
    phrase the name holds ('Commission' of 'the Selmar Sea Fisheries Commission', 'Chamber of Commerce' of 'The
    Callenby Chamber of Commerce'; not 'Chamber' alone, a room; not 'Metro', a railway first), and the name not set
    in quotation marks (a work's title: 'the BBC drama "The Harbour Commission"'). The small English pipeline tags
    such names a facility or a work of art after a place name or a closing quotation mark; a name is a body's by the
    noun that heads it, as a common noun's phrase is (head rule of noun phrases, Collins 1999)."""
    root = ent.root
    if root.pos_ != "PROPN" or not root.text[:1].isupper() or not ent.start <= root.i < ent.end:
        return False
    text = ent.doc.text
    before = text[: ent.start_char].rstrip(" ")[-1:]
    after = text[ent.end_char :].lstrip(" ")[:1]
    if before in QUOTE_MARKS and after in QUOTE_MARKS:
        return False
    lemmas = [root.lemma_.lower()]
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < ent.end), None)
    objects = [o for o in of.children if o.dep_ == "pobj" and o.i < ent.end] if of is not None else []
    if objects:
        lemmas.insert(0, f"{root.lemma_.lower()}_of_{objects[0].lemma_.lower()}")
    return any(noun_class(word) == GROUP and is_a(word, "organization") for word in lemmas)


def _body_cut_short(ent: "Span") -> "Span | None":
    """The whole name of a body the recogniser cut and tagged a person ('Case Squad' of 'the Ozarks Regional Major
    Case Squad, made up of investigators from several agencies'): an entity whose head is a capitalised noun of an
    organisation (`senses.is_a`, filed under groups: 'Squad', 'Council', 'Union'), after capitalised proper nouns
    the parse hangs on that head as its compounds; the name runs from the first of them. A person's name is headed
    by a family name, not a noun of a body: every word of the entity must be an English word (not 'Agriculture
    Minister Jane Doe', whose family name WordNet knows first as DOE, the Department of Energy). None otherwise."""
    root = ent.root
    word = root.lemma_.lower()
    if root.i != ent.end - 1 or root.pos_ != "PROPN" or not _capitalised_word(root) or noun_class(word) != GROUP or not is_a(word, "organization"):
        return None
    if not all(common_word(t.text, ent.doc) for t in ent):
        return None  # 'Jane Doe', whose family name WordNet knows first as a body (DOE, the Department of Energy)
    start = ent.start
    while start > 0 and (t := ent.doc[start - 1]).pos_ == "PROPN" and t.dep_ == "compound" and t.head.i == root.i and _capitalised_word(t):
        start -= 1
    return ent.doc[start : ent.end] if start < ent.start else None


def _body_named_with_a_place(ent: "Span") -> "Span | None":
    """The whole name of a body named with a place's name last that the recogniser cut and tagged a person ('Guard
    Kaldora' of 'Wetland Guard Kaldora', an environmental group of Kaldora; as 'Greenpeace Australia', 'Open Wire
    Ireland'): an entity whose last word is a country (`entities.canonical_country`) or a name the recogniser tags a
    place elsewhere in the article, and whose other words, with the capitalised words the parse hangs on the entity
    as compounds before it, are English words (`nlp.common_word`) and no given name: a person's name ends in a family
    name, which a given name or a word no dictionary has ('Jordan' of 'Michael Jordan') opens. None otherwise."""
    doc, last = ent.doc, ent[-1]
    if len(ent) < 2 or not _capitalised_word(last):
        return None
    places = {e.text for e in doc.ents if e.label_ == "GPE" and len(e) == 1}
    if last.text not in places and not canonical_country(last.text):
        return None
    start = ent.start
    while start > 0 and (t := doc[start - 1]).dep_ == "compound" and ent.start <= t.head.i < ent.end and _capitalised_word(t):
        start -= 1
    words = doc[start : ent.end - 1]
    if not all(common_word(t.text, doc) and not is_given_name(t.text) for t in words):
        return None
    return doc[start : ent.end]


def _whole_as_tagged(ent: "Span") -> bool:
    """Whether the recogniser tagged the whole of the name the parse makes the entity's head close: no word before
    it but an article hangs on its head ('Comhairle nan' of 'Comhairle nan Eilean Siar', tagged a work of art from
    'Eilean', is the name's start the recogniser cut off)."""
    return all(c.dep_ == "det" for c in ent.root.lefts if c.i < ent.start)


def entity_mentions(doc: "Doc") -> list[Mention]:
    """Each PERSON, ORG, GPE and NORP entity, cleaned: no article, no possessive, hyphenated names whole.

    A person's name the entity recogniser tagged in one place is a mention wherever
    else it is written (the model may miss it in another sentence).
    """
    mentions = []
    skipped = foreign_paragraphs(doc) + foreign_quotations(doc) + credit_paragraphs(doc) + _references(text_of(doc)) + datelines(text_of(doc))
    skipped += _seats_in_brackets(doc)  # '(National Unity Party–Bukit Tinggi)': a member's seat, no one
    labels = transcript_labels(text_of(doc))
    skipped += list(labels)  # 'MAYOR LENA ORTIZ:', a transcript's label
    for ent in (part for found in doc.ents for part in _split_at_preposition(found)):
        tagged = "PERSON" if (ent.label_ not in KINDS or ent.label_ == "ORG") and _addressed_name(ent) else ent.label_
        if tagged not in KINDS and any(t.text in ("'", "’") and _plural_possessor_of_a_name(doc, t.i, ent.label_) for t in ent[1:]):
            tagged = "ORG"  # 'The Castlebridge Shopkeepers’ Association disputes that', tagged a work of art; "The
            # Lindenquay Traders'" so tagged before 'Guild', tagged a person (the name goes on, `_whole_name`)
        if tagged == "PERSON" and (body := _body_cut_short(ent) or _body_named_with_a_place(ent)) is not None:
            ent, tagged = body, "ORG"  # 'the Ozarks Regional Major' + 'Case Squad', tagged a place and a person;
            # 'Wetland' + 'Guard Kaldora', the first word left out and the rest tagged a person
        if tagged not in KINDS and ent.label_ in _RETYPED_AS_BODIES and _grouping_named(ent.root) and _whole_as_tagged(ent):
            tagged = "ORG"  # 'The Asamblea Ciudadana del Valle, a coalition of farmers, ...', tagged a product
        if tagged == "ORG" and ent.label_ == "ORG" and _organisation_name(ent) in _written_as_places(doc):
            tagged = "GPE"  # 'The blockade has divided Halstad, where the herring trade ...', 'the port of Halstad'
        if tagged not in KINDS and ent.label_ in _RETYPED_AS_BODIES and _whole_as_tagged(ent) and _headed_by_a_body_noun(ent):
            tagged = "ORG"  # 'The Callenby Chamber of Commerce declined ...', tagged a work of art; 'the Selmar Sea
            # Fisheries Commission', a facility
        if tagged == "ORG" and (named := _person_after_portfolio(doc, ent)) is not None:
            ent, tagged = named, "PERSON"  # 'Minister for Enterprise and' + 'Employment Siobhán Kearney', tagged a body
        if tagged not in KINDS or (tagged == "ORG" and (_partial_title(ent) or case_name(ent.text))):
            continue
        if tagged == "ORG" and seat_of_a_member(ent):
            tagged = "GPE"  # 'the Conservative MP for Lowmoor': a constituency, a place
        if any(s <= ent.start_char < e for s, e in skipped) or any(m.start <= ent.start_char < m.end for m in mentions[-1:]):
            continue  # a foreign or credits paragraph; or the second half of a name made whole before
        if len(ent) == 1 and ent.text.isupper() and ent.start > 0 and doc[ent.start - 1].ent_type_ == "TIME":
            continue  # 'Update, 4:40 PM BST:': a time zone after a time, no one's name
        span = _clean(doc, ent)
        if span is None or _capitalised_common_noun(span) or tagged == "PERSON" and _lower_case_elsewhere(span):
            continue
        if _inhabitant_epithet(span):
            continue  # 'The Dutchman, 47, had been in charge for 19 months': the manager named before, by his nation
        if tagged == "PERSON" and _ends_in_someone_s_noun(span):
            continue  # 'the former Marlhaven striker who now works as a pundit': a role, tagged whole a person
        if _word_of_a_compound_modifier(span):
            continue  # 'Digital-rights campaigners ...', 'Digital' tagged a body: an English word opening the sentence
        if _members_letters_alone(span):
            continue  # 'Its MLA from Bhopal South, Smt. Sunita Verma': a member's office, the name in apposition to it
        if tagged == "ORG" and (joined := _portfolio_joined(doc, span)) is not None:
            span = joined  # 'New Jersey Department of Labor' + 'and Workforce Development', tagged two bodies
        if tagged == "ORG" and (body := _head_of_one_body(span)):
            mentions.append(Mention(span.start_char, span.end_char, body, "organization", span.root.i, short=span.text))
            continue  # 'Council leader Gareth Penhale said', after Marlow Bay City Council: that council
        if tagged == "ORG" and (span[0].pos_ == "NOUN" or len(span) == 1 and noun_class(span[0].lemma_) not in (GROUP, PERSON)) and _lower_case_elsewhere(span) and not _capitalised_inside_a_sentence([span[0]]):
            continue  # "'Arbitration is fine for lawyers,' he said" beside 'voted to accept arbitration'; 'Dementia was
            # diagnosed in 4.1 percent ...' in a study of dementia, the one word tagged a proper noun and a body (not
            # '"Parliament has spoken"' beside 'after parliament approved': a grouping's noun names the institution)
        if tagged == "ORG" and _described_not_named(span):
            continue  # "an American university's decision": a description, however the recogniser tagged it
        if (titled := _titled_given_name(doc, span)) is not None:
            span, tagged = titled, "PERSON"  # 'Cllr Priya' + 'Sandhu', tagged a body and a person
        elif (named := _after_an_opening_role(span)) is not None:
            span, tagged = named, "PERSON"  # 'Organizer Terrell Banks said', tagged a body whole

        if tagged == "PERSON" and (whole := _family_name_tagged_apart(doc, span)) is not None:
            span = whole  # 'Carmen Rosa Ugarte' + 'Llosa', tagged a person and a place
        if (split := _name_split_in_two(doc, span)) is not None:
            span, tagged = split, "PERSON"  # 'Valeska' + 'Paris', tagged two places
        elif tagged != "PERSON" and (left := _given_name_left_out(doc, span)) is not None:
            span, tagged = left, "PERSON"  # 'Dorotea' + 'Ñancupil', the surname tagged a place
        while tagged == "PERSON" and len(span) > 2 and _letters_after_a_name(span[-1], members=True):
            span = doc[span.start : span.end - 1]  # 'Sipho Ndlovu SC' tagged whole: the name, then its letters
        post_nominals = _post_nominals(doc, span.end, members=tagged == "ORG") if tagged in ("PERSON", "ORG") else span.end
        if post_nominals > span.end:  # 'Simon Phillips KC', 'Keir Starmer MP': letters after the name, not a body
            label, root = "PERSON", span.root.i
        else:
            span, label, root = _whole_name(doc, span, tagged)
        if (peer := _peer_before_designation(doc, span)) is not None:
            span, label, root = peer, "PERSON", peer.root.i  # 'Baroness Hale of Richmond', tagged a body whole
        elif label == "ORG" and (named := _given_and_family_name_tagged_a_body(span)) is not None:
            span, label, root = named, "PERSON", named.root.i  # 'when Lukas Brandt headed in a corner', 'Callum
            # Reddish took his first training session' (only 'Callum' tagged)
        colon = next((t for t in reversed(span[:-1]) if t.text == ":" and any(s < t.idx < e for s, e in labels)), None)
        if colon is not None:  # 'ORTIZ: Dan', a transcript's label the name was widened over ('Unzipped: Gay Armenia' is a name)
            span = doc[colon.i + 1 : span.end]
            root = span.root.i
        if label == "ORG" and _title_of_person(span):
            continue  # 'The Home Secretary, Yvette Cooper,': her role, not a body
        if _named_vehicle(doc, span):
            continue  # 'its frigate Almirante Tavares', 'the survey vessel Nordmar Explorer': a ship, no actor
        if label in ("PERSON", "ORG") and span.text in _names_of_things(doc):
            continue  # 'a synthetic red dye called Allura Crimson': a substance, no one, wherever it is named; 'a sandy
            # ridge called Gannet Bank': a place in the sea, no body (the recogniser tags a name ending 'Bank' a bank)
        if _territorial_designation(doc, span):
            continue  # 'Lord Pelham of Ashby': part of a peer's title, no body or place of the story
        if label in ("ORG", "NORP") and _describes_a_name(span):
            continue  # 'Valeska Paris, an Australian woman and former Scientologist,': what she is, not a body
        if label in ("ORG", "NORP", "GPE") and _names_a_faith(span):
            continue  # "Islam's most holy site": a faith, no actor; its believers and its bodies are
        if label == "ORG" and (person := _person_after_body(doc, span)) is not None:
            mentions.append(Mention(person.start_char, person.end_char, person.text, "person", person.root.i))
            span, root = doc[span.start : person.start], doc[span.start : person.start].root.i
            post_nominals = span.end  # the letters after the name, if any, are the person's
        elif label == "ORG" and (person := _person_of_a_body(span)) is not None:
            mentions.append(Mention(person.start_char, person.end_char, person.text, "person", person.root.i))
            span = doc[person.end + 1 : span.end]  # 'Femi Adeyemi of Calder Securities asked ...', tagged a body whole:
            root = span.root.i  # the analyst, and the firm he is of
        kind = _kind(span, label)
        if kind == "organization" and (state := _state_of_generic_body(span)):
            mentions.append(Mention(span.start_char, span.end_char, state, "country", span.root.i))
            continue  # "Uzbekistan's Foreign Ministry said": that state's government speaking, as 'the Kremlin' is Russia's
        if kind:
            text = re.sub(r"[’']s$", "", span.text)  # 'Maduro’s' when the tokenizer kept the possessive on
            end = span.start_char + len(text)
            bare = text.lstrip(QUOTE_MARKS)  # 'support for Russia.”Russia has': a closing mark glued on
            start = end - len(bare)
            text = bare
            if kind == "person":
                end, text = _nicknamed(doc, span, end, text)
            if post_nominals > span.end:
                end = doc[post_nominals - 1].idx + len(doc[post_nominals - 1].text)  # the letters map to the person
            mentions = [m for m in mentions if not (m.start == start and m.end < end)]  # 'Maritime', now opening the name
            for name in _distributed(text):
                mentions.append(Mention(start, end, name, "country" if name != text else kind, root, short=court_without_seat(span)))
    mentions = _nicknamed_people(doc, mentions)
    mentions = _bracketed_given_names(doc, mentions)
    campaigns = campaign_names(doc)
    mentions = [m for m in mentions if not any(c.start < m.end and m.start < c.end for c in campaigns)]
    mentions = sorted(mentions + campaigns, key=lambda m: m.start)
    mentions = _defined_by_acronyms(doc, mentions)
    mentions = _defined_terms(doc, mentions)
    mentions = _companies_by_legal_form(doc, mentions)
    mentions = _named_for_a_cause(doc, mentions)
    documents = _document_acronyms(doc)
    mentions = [m for m in mentions if m.text not in documents]
    for m in mentions:
        if m.kind in ("organization", "place") and (
            _introduced_as_someone(doc[m.root])
            or _addressed(text_of(doc), m)
            or _addressed_elsewhere(text_of(doc), m)
            or _named_in_a_role(doc, m)
            or _given_and_family_name(doc, m)
            or _aged(doc, m)
            or _titled_person(doc, m)
            or _antecedent_of_he_or_she(doc, m)
        ):
            m.kind = "person"
    mentions = _without_titles_of_people(doc, mentions)
    _countries_as_people(mentions)
    mentions = _without_features_named_short(doc, mentions)
    _places_as_people(doc, mentions)
    _known_places_as_people(mentions)
    _towns_opening_names(doc, mentions)
    mentions += _people_who(doc, mentions, skipped)
    _without_titles(doc, mentions)
    mentions = _without_heading_people(text_of(doc), mentions)
    for m in mentions:
        if m.kind == "person" and (
            _named_like_a_body(doc, m)
            or _the_name_elsewhere(doc, m)
            or _named_after_a_place(doc, m)
            or _ends_in_a_legal_form(m.text)
            or _owns_the_next_its(doc[m.root])
            or _its_own_clause(doc, m)
            or _owns_a_named_holder_s_role(doc, m)
            or _plural_agreement(doc[m.root])
            or _described_as_a_group(doc, m.text)
            or _workplace_of_a_role(doc[m.root])
        ):
            m.kind = "organization"
        elif m.kind == "person" and (_named_for_a_structure(doc, m) or _seat_of_a_local_body(doc, m) or _named_like_a_street(doc, m) or _named_like_a_port(m)):
            m.kind = "place"  # 'the former Brindle Works chemical plant': a works, no person; 'Ashford Falls', whose
            # city council the article names
    _first_words_of_groups(doc, mentions)
    _short_names_of_bodies(doc, mentions)
    _first_words_of_bodies(doc, mentions)
    mentions += _places_named_as_bodies(doc, mentions, skipped)
    mentions += _described_people(doc, mentions)
    mentions += _untagged_people_acting(doc, mentions, skipped)
    mentions += _unrecognised_people(doc, mentions)
    mentions += _addressed_people(doc, mentions)
    mentions += _unrecognised_bodies(doc, mentions)
    mentions += _untagged_repeats(doc, mentions)
    _first_words_of_groups(doc, mentions)  # and of the bodies found since: 'According to Coastwatch'
    for m in mentions:  # the people found since in words the recogniser left untagged: 'Dr Amit Raghavan'
        if m.kind == "person" and len(m.text.split()) > 1 and m.text.split()[0].rstrip(".").lower() in HONORIFICS:
            _drop_words(m, 1)  # a form of address is no part of a name (as `_without_titles`)
    for m in mentions:  # 'Q: Corvalis says ...', found again by its letters: an interview's label is no part of a name
        label = _INTERVIEW_LABEL.match(m.text)
        if label is not None and (m.start == 0 or text_of(doc)[m.start - 1] == "\n"):
            m.start, m.text = m.start + label.end(), m.text[label.end() :]
    inside = _other_names(doc) + _party_tags(doc)
    return sorted((m for m in mentions if not _within(m, inside) and not _applied_name(doc, m)), key=lambda m: m.start)


_INTERVIEW_LABEL = re.compile(r"[QA]:\s+(?=\S)")
"""The label that opens an interview's question or answer line ('Q: ', 'A: ')."""


def _portfolio_joined(doc: "Doc", span: "Span") -> "Span | None":
    """A body's name whose 'of' phrase the recogniser cut at 'and', tagging the rest a body of its own ('The New
    Jersey Department of Labor' + 'Workforce Development'; 'Ministry of Economy' + 'Finance'): when the parse makes
    the second a conjunct of the last word of the first's 'of' phrase, and the second is capitalised English words
    headed by no noun of a grouping (so 'the Senate Appropriations Committee and Finance Committee' stay two), the
    whole, as 'Department of Health and Human Services' is tagged; None otherwise."""
    end = span.end - 1 if len(span) > 2 and span[-1].lower_ in ("and", "&") else span.end  # 'The Ministry of Interior
    last = doc[end - 1]  # and' + 'National Security': the recogniser may take the 'and' into the first
    if last.dep_ != "pobj" or last.head.lower_ != "of" or not span.start <= last.head.i < end:
        return None
    if end + 1 >= len(doc) or doc[end].lower_ not in ("and", "&"):
        return None
    nxt = next((e for e in doc.ents if e.start == end + 1 and e.label_ == "ORG"), None)
    if nxt is None or nxt.root.dep_ != "conj" or nxt.root.head.i not in (last.i, last.head.head.i):
        return None  # a conjunct of the 'of' phrase's word, or of the noun the 'of' hangs on ('Ministry')
    words = [t for t in nxt if t.is_alpha]
    if not words or not all(t.text[:1].isupper() and common_word(t.text, doc) for t in words) or _grouping_noun(nxt.root):
        return None
    return doc[span.start : nxt.end]


def _party_tags(doc: "Doc") -> list[tuple[int, int]]:
    """[start, end) in characters of every US party tag after a name (`_PARTY_TAG`: ', D-Ward 4,', ' (R-Texas)'):
    a party's letter and a state, town or district, never a name of its own ('D-Ward' is no one)."""
    text = text_of(doc)
    found = []
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG") and (tag := _PARTY_TAG.match(text, ent.end_char)):
            found.append((tag.start(), tag.end()))
    for token in doc:  # a name the recogniser left untagged: 'Councilmember Tasha Greer, D-Ward 4,'
        if token.text[:1].isupper() and token.pos_ == "PROPN" and (tag := _PARTY_TAG.match(text, token.idx + len(token.text))):
            found.append((tag.start(), tag.end()))
    return found


def _seats_in_brackets(doc: "Doc") -> list[tuple[int, int]]:
    """[start, end) in characters of the seat after a party in brackets after a person's name (`_BRACKETED`:
    'Bukit Tinggi' of 'Kamal Hussin (National Unity Party–Bukit Tinggi)'): a constituency, which the recogniser
    tags a person."""
    text = text_of(doc)
    return [
        (found.start(2), found.end(2))
        for ent in doc.ents
        if ent.label_ == "PERSON" and (found := _BRACKETED.match(text, ent.end_char)) and found.group(2)
    ]


PEERAGES = frozenset("lord lady baron baroness viscount viscountess earl countess marquess marchioness duke duchess".split())
"""Titles of the British peerage, whose holders are styled with a place: 'Lord Pelham of Ashby', 'Baroness Hale of
Richmond' (Debrett's forms of address: the territorial designation is part of the title)."""


def _workplace_of_a_role(token: "Token") -> bool:
    """Whether a name tagged a person's is where a role is held: the object of 'at' after a noun of a person's
    role, or in apposition to that object ('a retail analyst at the broker Pemberton Hayes', 'an economist at
    Harrow Marsh'); someone works at a body, not at a person."""
    pobj = token.head if token.dep_ == "appos" and token.head.dep_ == "pobj" else token if token.dep_ == "pobj" else None
    if pobj is None or pobj.head.lower_ != "at":
        return False
    role = pobj.head.head
    return role.pos_ == "NOUN" and noun_class(role.lemma_) == PERSON


def _hyphen_beside(token: "Token") -> bool:
    """Whether a hyphen joins `token` to the word before or after it ('co' of 'co-founder')."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text in "-‐–" and not token.whitespace_ or token.i > 0 and doc[token.i - 1].text in "-‐" and not doc[token.i - 1].whitespace_


def _named_vehicle(doc: "Doc", span: "Span") -> bool:
    """Whether a name is a ship's, an aircraft's or a spacecraft's: the common noun in lower case right before it,
    which it names (a compound of the name or the name in apposition to it), is a vehicle by its first WordNet
    sense (`senses.is_a`: 'frigate', 'patrol ship', 'tanker', 'spacecraft'; also 'vessel', whose first sense is a
    container), or a vessel by one of its two most frequent ('the Peterhead trawler Morning Star', 'tug': a trawler
    is first someone who trawls). News names vehicles after people ('Almirante Tavares'), and a vehicle is no actor
    of a story."""
    if span.start == 0:
        return False
    noun = doc[span.start - 1]
    if noun.pos_ != "NOUN" or not noun.is_lower:
        return False
    names_it = noun.head.i == span.root.i or span.root.head.i == noun.i and span.root.dep_ == "appos"
    lemma = noun.lemma_.lower()
    return names_it and (lemma == "vessel" or is_a(lemma, "vehicle") or is_a(lemma, "vessel", senses=2))


@per_document
def _names_of_things(doc: "Doc") -> frozenset[str]:
    """The names the article gives a thing (`_called_a_thing`), as written, of those the recogniser tagged a person
    or an organisation: one sense per discourse, so 'Allura Crimson is permitted ...' is the dye the article called
    so before, however the recogniser tagged it."""
    called = {ent.text for ent in doc.ents if ent.label_ == "PERSON" and _called_a_thing(ent) or ent.label_ == "ORG" and _called_a_thing(ent, _NO_BODY)}
    called |= {ent.text for ent in doc.ents if ent.label_ in ("PERSON", "ORG") and _said_to_be_a_thing(ent)}
    return frozenset(called | _names_of_substances(doc) | _names_of_devices(doc))


_DEVICE_KINDS = ("device", "equipment")
"""WordNet classes of a product's common noun: a 'watch', 'laptop', 'headset' or 'robot' is a device, a 'phone'
or a 'camera' equipment."""


def _device_noun(token: "Token", senses: int = 1) -> bool:
    """Whether a lower-case noun is a device or equipment (`_DEVICE_KINDS`) by its first sense, whose first sense is
    no person's or group's; with `senses` 2, by either of its two most frequent senses ('speaker', a loudspeaker
    second; also 'developer', 'broadcaster' and 'governor', which is why callers ask it only of a name something
    else marks as a product)."""
    if token.pos_ != "NOUN" or not token.is_lower:
        return False
    lemma_ = token.lemma_.lower()
    if senses == 1 and noun_class(lemma_) in (PERSON, GROUP):
        return False
    return any(is_a(lemma_, kind, senses=senses) for kind in _DEVICE_KINDS)


def _names_of_devices(doc: "Doc") -> set[str]:
    """The names the article gives a product, by a common noun of a device or equipment (`_device_noun`): a name
    in apposition to one ('Orla, a smart phone'), or a body's product in apposition to or modifying one, where
    a noun whose second sense is a device will do ("Veltrix Home's Orla, a smart speaker", "Veltrix Home's
    camera-equipped Orla speaker"); or a name that modifies such a noun anywhere ('340,000 Orla phones') and acts
    as no body anywhere in the article (`_a_body_somewhere`: a company's name modifies its products too, 'Samsung
    phones', and says and owns things: 'Samsung said', "Samsung's chief", 'Samsung engineers'). The recogniser
    tags a product's name a body's or a person's: a new user's speaker had been an organisation that four people
    were affiliated with."""
    found: dict[str, bool] = {}  # a name -> whether the article says for sure it names a device
    for token in doc:
        if token.pos_ != "PROPN":
            continue
        start = _proper_name_start(token)
        owned = lambda noun: any(c.dep_ == "poss" and c.i < start and c.pos_ == "PROPN" for c in noun.children)  # noqa: E731
        if token.dep_ != "compound":
            appositions = [c for c in token.children if c.dep_ == "appos"]
            if any(_device_noun(c) or owned(token) and _device_noun(c, senses=2) for c in appositions):
                found[doc[start : token.i + 1].text] = True  # 'Orla, a smart phone'; "Veltrix Home's Orla, a smart speaker"
        elif token.head.i > token.i and (_device_noun(token.head) or owned(token.head) and _device_noun(token.head, senses=2)):
            if any(t.pos_ != "PROPN" for t in doc[token.i + 1 : token.head.i]):
                continue  # the name modifies another word first
            name = doc[start : token.i + 1].text
            found[name] = found.get(name, False) or owned(token.head)  # "Veltrix Home's Orla speaker"
    return {name for name, sure in found.items() if sure or not _a_body_somewhere(doc, name)}


def _name_ends(doc: "Doc", name: str) -> list["Token"]:
    """The last token of each place the article writes `name` whole (its words, in order, as tokens)."""
    words = name.split()
    return [t for t in doc if t.text == words[-1] and doc[max(0, t.i - len(words) + 1) : t.i + 1].text == name] if words else []


def _maker_of(doc: "Doc", thing: str, bodies: dict[str, str]) -> str:
    """The body that owns a thing the article names, by a possessor of the thing's name that is a body's name
    (`bodies`: each written form -> its name): "Veltrix Home's Orla" is Veltrix Home's; '' when no body or several
    do."""
    found = set()
    for token in _name_ends(doc, thing):
        for owner in (c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
            if body := bodies.get(norm(doc[_proper_name_start(owner) : owner.i + 1].text)):
                found.add(body)
    return found.pop() if len(found) == 1 else ""


def _a_body_somewhere(doc: "Doc", name: str) -> bool:
    """Whether a name is, anywhere in the article, the subject of a verb of communication (WordNet's
    verb.communication: 'said', 'announced'), a possessor ("Samsung's chief"), or a modifier of a noun of people or
    of a group ('Scientology officials', 'the Scientology organization')."""
    for token in _name_ends(doc, name):
        if token.dep_ == "poss" or any(c.dep_ == "case" for c in token.children):
            return True
        if token.dep_ == "nsubj" and verb_class(token.head.lemma_.lower()) == "verb.communication":
            return True
        if token.dep_ == "compound" and token.head.pos_ == "NOUN" and noun_class(token.head.lemma_.lower()) in (PERSON, GROUP):
            return True
    return False


def _said_to_be_a_thing(span: "Span") -> bool:
    """Whether the name is the subject of 'be' whose complement is a common noun no sense of which is a person's, a
    group's or a text's in WordNet (`_BODY_SENSES`): 'TEMPO is a well-conducted trial' (a trial is an act, a
    cognition or an event), so the study the recogniser tagged a body is none; not 'Ofcom is the regulator' (a
    person too) nor 'Hera is a mission' (a group too)."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    complement = next((c for c in root.head.children if c.dep_ == "attr"), None)
    if complement is None or complement.pos_ != "NOUN" or not complement.is_lower:
        return False
    senses = noun_classes(complement.lemma_)
    return bool(senses) and not senses & _BODY_SENSES


def _names_of_substances(doc: "Doc") -> set[str]:
    """The names the article classes, by a common noun right before them or in apposition, as a substance or a
    medicine ('the breast cancer drug Coravant', 'Coravant, a new breast cancer drug', 'the pesticide Fenoxin',
    'the vaccine ChAdOx1'; WordNet: a kind of substance, or of medicine by one of the noun's two most frequent
    senses), which the recogniser tags as a body's or a person's name as often as not: a new user's drug had been
    an organisation, the speaker of a sentence and a stance holder. Not a name classed as a building or a
    vehicle, which may name a body too ('Ryanair, the budget airline')."""
    found = set()
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ == "compound":
            continue
        start = _proper_name_start(token)
        classes = [c for c in token.children if c.pos_ == "NOUN" and c.is_lower and (c.dep_ == "appos" or c.dep_ == "compound" and c.i == start - 1)]
        classes = [c for c in classes if not _hyphen_beside(c)]  # not 'co' of 'co-founder' (carbon monoxide to WordNet)
        if any(is_a(c.lemma_.lower(), "substance") or is_a(c.lemma_.lower(), "medicine", senses=2) for c in classes):
            found.add(doc[start : token.i + 1].text)
    return found


_NO_BODY = frozenset({"noun.object", "noun.artifact", "noun.location", "noun.substance", "noun.plant", "noun.animal", "noun.food"})
"""WordNet's lexicographer files of things no body is ('a sandy ridge called Gannet Bank', 'a vessel called ...'),
for a name the recogniser tagged an organisation: not 'noun.communication' ('a tabloid called Red Pepper' is an
outlet, which is a body of this domain) nor 'noun.act' ('a campaign called ...'). A noun with any sense among
`_BODY_SENSES` is not one of them ('the Ugandan rag called Red Pepper': a cloth first, a newspaper too)."""

_BODY_SENSES = frozenset({"noun.communication", PERSON, GROUP})


def _called_a_thing(span: "Span", classes: frozenset[str] | None = None) -> bool:
    """Whether a name is what a common noun of no person or group is called: the object of 'called' or 'named', or
    of 'as' after 'known', in a participle clause on that noun ('a synthetic red dye called Allura Crimson', 'the
    dye, known as Allura Crimson'), the noun's first WordNet sense being neither a person nor a group
    (`senses.noun_class`), or one of `classes` when given. The recogniser tags unfamiliar names of products and
    substances as people's."""
    root = span.root
    verb = root.head if root.dep_ == "oprd" else root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else None
    if verb is None or verb.dep_ != "acl" or verb.lemma_.lower() not in ("call", "name", "know"):
        return False
    if (verb.lemma_.lower() == "know") != (root.dep_ == "pobj"):
        return False
    noun = verb.head
    if noun.pos_ != "NOUN" or not noun.is_lower:
        return False
    kind = noun_class(noun.lemma_)
    if classes is None:
        return kind not in ("", PERSON, GROUP)
    return kind in classes and not noun_classes(noun.lemma_) & _BODY_SENSES  # 'rag': a cloth first, a newspaper too


def _territorial_designation(doc: "Doc", span: "Span") -> bool:
    """Whether the name `span` follows 'of' right after a peer's name ('Lord Pelham of *Ashby*', 'Baroness Hale of
    *Richmond*'): the place is part of the title (`PEERAGES`), neither an actor nor the peer's affiliation."""
    if span.start < 3 or doc[span.start - 1].lower_ != "of":
        return False
    name = doc[span.start - 2]
    if name.pos_ != "PROPN" or doc[span.start - 1].head.i != name.i:
        return False
    first = name
    while first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].head.i == name.i and doc[first.i - 1].lower_ not in PEERAGES:
        first = doc[first.i - 1]
    return first.i > 0 and doc[first.i - 1].lower_ in PEERAGES


def _peer_before_designation(doc: "Doc", span: "Span") -> "Span | None":
    """'Baroness Hale of Richmond' tagged as one name: the peer's title and name before the territorial designation
    (`PEERAGES`), a person; None when `span` is no such name."""
    if len(span) < 4 or span[0].lower_ not in PEERAGES:
        return None
    of = next((t.i for t in span[2:] if t.lower_ == "of"), None)
    if of is None or not all(_capitalised_word(t) for t in doc[span.start + 1 : of]):
        return None
    return doc[span.start : of]


def _named_for_a_structure(doc: "Doc", m: Mention) -> bool:
    """Whether a name tagged a person's is a building's, a works' or a natural feature's: two or more capitalised
    words, the last an English noun whose most frequent WordNet sense is a structure, a body of water or a
    landform by hypernymy (`senses.is_a`: 'Works', 'Mill', 'Tower', 'Bridge', 'Stadium', 'Plant'; 'Bay',
    'River', 'Valley'), written somewhere after 'the' with only adjectives between ('on the former Brindle Works
    chemical plant', 'the Dalisay Bay reclamation'): no person's name takes an article, and 'Tom Hall' or 'Jane
    Bridge' end in a surname."""
    words = m.text.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    for found in written_at(doc.text, m.text):  # tagged or not ('challenge Dalisay Bay reclamation', then 'the
        span = doc.char_span(found.start(), found.end(), alignment_mode="expand")  # Dalisay Bay reclamation')
        if span is None:
            continue
        before = span.start - 1
        while before >= 0 and doc[before].pos_ in ("ADJ", "ADV"):
            before -= 1
        if before >= 0 and doc[before].lower_ == "the":  # checked first: WordNet's hypernyms load on first use
            return any(is_a(words[-1].lower(), kind) for kind in _PLACES_BY_KIND)
    return False


def _named_like_a_street(doc: "Doc", m: Mention) -> bool:
    """Whether a name tagged a person's is a street's: two or three capitalised words, the first an English word
    and no given name (`nlp.common_word`, `given_names.is_given_name`), the last a way by its first WordNet sense or
    a road or thoroughfare by one of its first three (`senses.is_a`: 'Lane', 'Road', 'Street', 'Avenue'), as
    English streets are named ('a one-bedroom flat on Ropewalk Lane', 'Station Road'); 'Nathan Lane' and 'Tom
    Hall' open with a given name."""
    words = m.text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or is_given_name(words[0]) or not common_word(words[0], doc):
        return False
    last = words[-1].lower()
    return is_a(last, "way") or is_a(last, "road", senses=3) or is_a(last, "thoroughfare", senses=3)


def _named_like_a_port(m: Mention) -> bool:
    """Whether a name tagged a person's is a town's: two or three capitalised words, the first an English noun whose
    most frequent WordNet sense is a port's ('Port', 'Harbour': 'Port Aurel has warned that ...', 'Port Moresby',
    'Harbour Grace') and no given name: a person's name opens with a given name or a family name, never a port."""
    words = m.text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or is_given_name(words[0]):
        return False
    return is_a(words[0].lower(), "port")  # not any location's noun: 'Park Ji-sung' opens with a family name


_PLACES_BY_KIND = ("structure", "body_of_water", "geological_formation")
"""WordNet synsets whose hyponyms name places: buildings and works, and waters and landforms ('Bay', 'River',
'Valley'; `_named_for_a_structure`)."""


def _plural_agreement(subject: "Token") -> bool:
    """Whether a singular proper name is the subject of a verb in the plural ('Harwick Athletic have lodged an
    appeal', 'Castlebridge United are bottom'): British English makes a team, a company or a band agree in the
    plural as a collective, never one person (a name is third person, so 'have', 'are' or 'were' is a plural's).
    Only an auxiliary or copula counts, whose form the tagger does not confuse with a noun's (it tags 'harbour' in
    'who has fished out of Kestrel harbour for thirty years' a plural verb). Not a name conjoined with another
    ('Smith and Jones have')."""
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.tag_ != "NNP" or any(c.dep_ == "conj" for c in subject.children):
        return False
    verb = subject.head
    finite = [t for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))) if t.i > subject.i]
    plural = [t for t in finite if t.pos_ == "AUX" and (t.tag_ == "VBP" or t.lower_ == "were")]
    return bool(plural) and not any(t.tag_ in ("VBZ", "MD") for t in finite)


def _applied_name(doc: "Doc", m: Mention) -> bool:
    """A name a verb of calling gives its object ('Tabloid newspapers called her "Red Winnie"', the object
    predicate): what someone is called, not someone else."""
    root = doc[m.root]
    return root.dep_ == "oprd" and lemma(root.head) in _CALLING


_NOT_ACTORS = frozenset({"LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
_FUNCTION_WORDS = frozenset({"of", "the", "and", "de", "du", "la", "le", "del", "for", "on", "in"})


@per_document
def dateline_spans(doc: "Doc") -> list[tuple[int, int]]:
    """`datelines` of a parsed article, found once per document (the result is shared: do not change it)."""
    return datelines(text_of(doc))


_CALLING = frozenset("call dub label brand term nickname name christen".split())
"""Verbs of calling, whose object predicate is a name given to their object ('called her "Red Winnie"')."""


def _split_at_preposition(ent: "Span") -> list["Span"]:
    """An entity the recogniser ran across a preposition that the parse hangs outside it is two names: 'move the
    championships from Lindmark to Feldhaven', tagged one place, is Lindmark and Feldhaven ('to' heads a phrase of
    'move'); 'Isle of Man' keeps its words, whose heads are inside the name. Places only: the parser hangs the 'for'
    of 'the Center for a Secure Free Society' outside the body's name too. Any entity run across a comma into a
    possessor is two names too, where the parse hangs both sides outside it: "In Meruka, Tarandi's energy
    ministry", tagged one body, is Meruka (of 'In') and Tarandi (of 'ministry'); 'Washington, D.C.' keeps its
    words, the second hanging on the first, and so does a name in another language ('Eu, Você e Todo Mundo',
    a blog), whose parse says little."""
    from spacy.tokens import Span

    for comma in (t for t in ent[1:-1] if t.text == ","):
        left, right = ent.doc[ent.start : comma.i], ent.doc[comma.i + 1 : ent.end]
        if right.root.dep_ == "poss" and not ent.start <= left.root.head.i < ent.end and not ent.start <= right.root.head.i < ent.end:
            after = Span(ent.doc, right.start, right.end, label=ent.label_)
            return [Span(ent.doc, left.start, left.end, label=ent.label_), *_split_at_preposition(after)]
    cuts = [t.i for t in ent[1:-1] if t.is_lower and t.dep_ == "prep" and not ent.start <= t.head.i < ent.end]
    if not cuts or ent.label_ not in ("GPE", "LOC"):  # a body's name may hold 'for', and the parser hang it outside
        return [ent]

    bounds = [ent.start, *(i for cut in cuts for i in (cut, cut + 1)), ent.end]
    return [Span(ent.doc, a, b, label=ent.label_) for a, b in zip(bounds[::2], bounds[1::2]) if b > a]


def _other_names(doc: "Doc") -> list[tuple[int, int]]:
    """Where the article writes the name of a place, facility, product, work or event of two or more words
    ('Strait of Hormuz', 'Bermuda Triangle', 'Kennedy Space Center') that the recogniser tagged as such once:
    the [start, end) in characters of every occurrence of that name, however it was tagged there.

    One name keeps one sense within one article ('one sense per discourse', Gale, Church and Yarowsky 1992;
    label consistency across a document, Krishnan and Manning 2006): the small recogniser tags 'Hormuz' in
    'the Strait of Hormuz' as a person in one sentence and the whole as a location in the next. Only names
    written in title case count, not a quoted phrase tagged as a work of art.
    """
    names = set()
    for ent in doc.ents:
        if ent.label_ not in _NOT_ACTORS or _addressed_name(ent):
            continue  # 'Smt. Lakshmi Devi' tagged a work of art is a person's name (`entity_mentions`)
        words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        if 2 <= len(words) <= 5 and all(t.text[:1].isupper() or t.lower_ in _FUNCTION_WORDS or t.like_num for t in words):
            names.add(doc[words[0].i : words[-1].i + 1].text)
    if not names:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text_of(doc))]


def _within(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether the mention is part of, and shorter than, one of `spans` ('Hormuz' in 'Strait of Hormuz')."""
    return any(s <= mention.start and mention.end <= e and e - s > mention.end - mention.start for s, e in spans)


def _distributed(text: str) -> list[str]:
    """'North and South Korea': two countries that share their last word, each named whole (a coordination with
    the shared head left out); any other name as it is, none when it is empty."""
    match = re.fullmatch(r"(\w+) (?:and|or|&) (\w+) (\w+)", text)
    if match:
        first, second = f"{match[1]} {match[3]}", f"{match[2]} {match[3]}"
        if canonical_country(first) and canonical_country(second):
            return [first, second]
    return [text] if text else []


_SHORT_FORM = re.compile(r"\(\s*([A-Z][A-Za-z&]{1,11})\s*[),;]")
_SHORT_FORM_AFTER = re.compile(r"\s{0,4}" + _SHORT_FORM.pattern)
_LONG_FORM_LINKS = frozenset({"of", "for", "the", "and", "in", "on", "&", ",", "de", "la", "du", "des", "del", "to"})


def _defined_by_acronyms(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
    """An organisation's whole name, as the acronym in brackets after it defines it (`long_forms`): 'the Commission
    for Conciliation, Mediation and Arbitration (CCMA)', which the recogniser cut into two bodies, is one. The long
    form replaces the mentions inside it when the recogniser saw a body there (one of them is an organisation),
    not when it starts inside a person's name nor when one of them holds it whole, and from the start of one
    that begins before it ('The UN Office' for the Coordination of Humanitarian Affairs (OCHA)); also when the
    recogniser saw nothing there but tags the acronym a body elsewhere."""
    out = list(mentions)
    shorts = set()
    bodies = {e.text for e in doc.ents if e.label_ == "ORG"}
    for first, last in long_forms(doc):
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        inside = [m for m in out if start <= m.start < end or m.start <= start < m.end]
        unseen = (  # 'The Global Powerlifting Union (GPU)' tagged a work of art; not a law ('... Powers Act (IEEPA)')
            not inside
            and _short_form_after(doc, last) in bodies
            and doc[last].lower_ not in DOCUMENT_HEADS
            and not any(t.ent_type_ in ("LAW", "EVENT", "FAC", "PRODUCT", "LOC", "GPE") for t in doc[first : last + 1])
        )
        if not (unseen or any(m.kind == "organization" for m in inside)) or any(m.kind == "person" and m.start < start for m in inside):
            continue
        if any(m.start <= start and m.end >= end for m in inside):
            shorts.add(_short_form_after(doc, last))
            continue  # 'the Johns Hopkins Applied Physics Laboratory (APL)': the recogniser's name holds it whole
        before = [m for m in inside if m.start < start]
        if before:  # 'The UN Office for the Coordination of Humanitarian Affairs (OCHA)': the name starts before
            first = doc.char_span(before[0].start, before[0].end, alignment_mode="expand").start
            start = doc[first].idx
        span = doc[first : last + 1]
        out = [m for m in out if m not in inside]
        out.append(Mention(start, end, " ".join(span.text.split()), "organization", span.root.i))
        shorts.add(_short_form_after(doc, last))
    for m in out:
        if m.text in shorts and m.kind == "person":
            m.kind = "organization"  # 'RCSI has run the trial': the acronym is the body's, however the recogniser tagged it
    return sorted(out, key=lambda m: m.start)


_DEFINED_TERM = re.compile(r"\s{0,4}\(\s*[\"“‘']([A-Z][^\"”’'()]{1,40}?)[\"”’']\s*(?:\)|,|or\b)")
"""A defined term in brackets and quotation marks right after a name: ' ("Clipzy")', ' (“Acme” or “the Company”)'."""


def _defined_terms(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
    """`mentions` and a mention of an organisation wherever its defined term is written: the words of its name
    that a bracket and quotation marks right after it define as its short name ('Clipzy Technologies Limited
    ("Clipzy")', as press releases and filings write it), however the recogniser tagged them (it took 'Clipzy'
    for a product). The term must be one or more of the name's own words; a term that is no part of the name
    ('("the Company")') is left to the description rules."""
    text = text_of(doc)
    out = list(mentions)
    for m in mentions:
        found = _DEFINED_TERM.match(text, m.end) if m.kind == "organization" else None
        if found is None or not set(found.group(1).split()) <= set(m.text.split()):
            continue
        term = found.group(1)
        for at in written_at(text, term):
            if found.start() <= at.start() < found.end() or any(o.start <= at.start() < o.end for o in out):
                continue
            span = doc.char_span(at.start(), at.end(), alignment_mode="expand")
            if span is not None:
                out.append(Mention(at.start(), at.end(), term, "organization", span.root.i))
    return sorted(out, key=lambda x: x.start)


def _short_form_after(doc: "Doc", last: int) -> str:
    """The acronym in brackets right after token `last` ('' if none)."""
    found = _SHORT_FORM_AFTER.match(text_of(doc), doc[last].idx + len(doc[last].text))
    return found.group(1) if found else ""


@per_document
def long_forms(doc: "Doc") -> list[tuple[int, int]]:
    """(first, last) token indices of each long form an acronym in brackets defines: the words just before the
    brackets whose capitalised words' initials spell the acronym's capitals, right to left, linking words (of,
    for, the, and, in, a comma) and capitalised words the acronym leaves out between them ('Kenya Medical
    Practitioners, Pharmacists and Dentists Union (KMPDU)') skipped, the first word matching the acronym's first
    letter, within one sentence and at most 2n + 4 words for an n-letter acronym: the Schwartz and Hearst (2003)
    short-form/long-form matching, restricted to initials."""
    found = []
    for match in _SHORT_FORM.finditer(text_of(doc)):
        letters = [c for c in match.group(1) if c.isupper()]
        opening = doc.char_span(match.start(), match.start() + 1)
        if opening is None or opening.start == 0:
            continue
        if len(letters) < 2:
            if (spelled := _spelled_long_form(doc, match.group(1), opening.start - 1)) is not None:
                found.append(spelled)  # 'Federación Nacional de Voleibol del Perú (Fenavol)'
            continue
        last = opening.start - 1
        first, want, lower = None, len(letters) - 1, 0
        for i in range(last, max(-1, last - 2 * len(letters) - 4), -1):
            token = doc[i]
            if token.text[:1].isupper() and token.is_alpha:
                if token.text[0] == letters[want]:
                    want -= 1
                    if want < 0:
                        first = i
                        break
                elif i == last:
                    break  # the word before the brackets is the long form's last: it must spell the acronym's
            elif token.lower_ in _LONG_FORM_LINKS:
                if want > 0 and token.lower_[0] == letters[want].lower():
                    want -= 1  # 'Bank of Japan (BOJ)': a linking word may give a letter, never the first
            elif token.tag_ == "POS" or token.dep_ == "case" and token.text in ("’", "'"):
                continue  # "the Public and Civic Workers’ Union (PCWU)": a plural possessive inside the name
            elif token.is_alpha and token.is_lower and token.pos_ in ("NOUN", "ADJ") and i < last and not lower and want < len(letters) - 1:
                lower += 1  # 'Medicines and Healthcare products Regulatory Agency (MHRA)': one word in lower case
                # inside the name, between capitalised words that spell the acronym, gives no letter
            elif not (token.text == "-" and i > 0 and doc[i - 1].text[:1].isupper()):
                break
        if first is None:
            first = _translated_long_form(doc, letters, last)
        if first is not None and last > first and doc[first].sent.start == doc[last].sent.start:
            found.append((first, last))
    return found


def _translated_long_form(doc: "Doc", letters: list[str], last: int) -> int | None:
    """The first token of a long form whose acronym keeps the word order of another language: the last n
    capitalised words before the brackets (linking words between them skipped), for an n-letter acronym, whose
    initials are the acronym's letters in another order ('the Union of Rationalist Atheists and Agnostics (UAAR)',
    from the Italian; 'the Revolutionary Armed Forces of Colombia (FARC)', from the Spanish). None when a word that
    is neither capitalised nor linking comes first, or the initials differ."""
    initials: list[str] = []
    i = last
    while i >= 0 and len(initials) < len(letters) and doc[i].sent.start == doc[last].sent.start:
        token = doc[i]
        if token.text[:1].isupper() and token.is_alpha:
            initials.append(token.text[0])
        elif token.lower_ not in _LONG_FORM_LINKS or i == last:
            return None
        i -= 1
    return i + 1 if sorted(initials) == sorted(letters) else None


def _spelled_long_form(doc: "Doc", short: str, last: int) -> tuple[int, int] | None:
    """(first, last) token indices of the name a short form written as a word ('Fenavol', 'Unesco') abbreviates:
    within the run of capitalised words and linking words that ends at token `last`, the shortest tail whose
    letters hold the short form's letters in order, its first letter opening a word, as Schwartz and Hearst's
    (2003) algorithm matches them; the tail must open with a capitalised word and hold two or more. None when
    no tail does or the short form is under four letters."""
    if len(short) < 4 or not short.isalpha():
        return None
    run = last
    while run - 1 >= 0 and last - run < 2 * len(short) and doc[run - 1].sent.start == doc[last].sent.start and (
        doc[run - 1].text[:1].isupper() and doc[run - 1].is_alpha or doc[run - 1].lower_ in _LONG_FORM_LINKS
    ):
        run -= 1
    words = [t.text for t in doc[run : last + 1]]
    letters, want = short.lower(), len(short) - 1
    for w in range(len(words) - 1, -1, -1):
        word = words[w].lower()
        end = len(word) - 1
        while want >= 0 and end >= 0:
            if word[end] == letters[want] and (want > 0 or end == 0):
                want -= 1
            end -= 1
        if want < 0:
            first = run + w
            capitalised = [t for t in doc[first : last + 1] if t.text[:1].isupper()]
            return (first, last) if doc[first].text[:1].isupper() and len(capitalised) >= 2 else None
    return None


def _document_acronyms(doc: "Doc") -> set[str]:
    """'the Help America Vote Act (HAVA)', 'the U.S.-Mexico-Canada Agreement (USMCA)', 'the Help America Vote Act
    of 2002 (HAVA; P.L. 107-252)': the acronym of a document (a name ending in one of DOCUMENT_HEADS) names the
    document, which is no actor."""
    found = set()
    for token in doc[1:-2]:
        after, close = doc[token.i + 1], doc[token.i + 2]
        if token.text == "(" and close.text in (")", ";", ",") and re.fullmatch(r"[A-Z][A-Z&.-]{1,10}", after.text):
            head = doc[token.i - 3] if token.i >= 3 and doc[token.i - 2].lower_ == "of" and doc[token.i - 1].like_num else doc[token.i - 1]
            if head.lower_ in DOCUMENT_HEADS:  # 'the Help America Vote Act of 2002 (HAVA)'
                found.add(after.text)
    return found


_NAME_LINKS = frozenset({"of", "for", "on", "in", "and", "&"})
_INNER = frozenset({"the", "of", "for", "and", "&", "on"})
_STOP_ENTITIES = frozenset({"PERSON", "GPE", "ORG", "NORP", "DATE", "TIME", "LOC", "FAC", "MONEY", "PERCENT"})


POST_NOMINALS = frozenset(_NAME_CONSTANTS.suffix_acronyms) | {"kc"}
"""Letters written after a name ('KC', 'MP', 'OBE', 'PhD'), from `nameparser`; it lacks KC (King's Counsel,
which replaced QC in 2022)."""

GENERATIONAL_SUFFIXES = frozenset({"jr", "jnr", "sr", "snr", "ii", "iii", "iv"}) & frozenset(_NAME_CONSTANTS.suffix_not_acronyms)
"""Suffixes that tell a generation apart ('Jr.', 'Sr.', 'III'), lower case without a stop: those of nameparser's
suffixes that are no acronyms."""


MEMBERS_LETTERS = frozenset("mp mep msp mla mpp mha td kc qc sc".split())
"""Letters after the name of a member of a parliament or of the bar (Commonwealth and Irish usage: MP, MEP, MLA,
TD, KC, SC ...): a person's, never a body's, so they also retype a name the recogniser took for a body."""
BAR_LETTERS = frozenset({"kc", "qc", "sc"})
"""Of `MEMBERS_LETTERS`, the bar's (King's, Queen's and Senior Counsel): a lawyer's rank, no office or seat."""


def _letters_after_a_name(token: "Token", members: bool = False) -> bool:
    """Post-nominal letters in capitals: nameparser's suffix acronyms (KC, MBE, PhD ...), or with `members` only
    `MEMBERS_LETTERS` (nameparser's list also holds company forms and broadcasters: ASA, SE, LP, ABC)."""
    letters = MEMBERS_LETTERS if members else POST_NOMINALS | MEMBERS_LETTERS
    return token.text.isupper() and len(token.text) > 1 and token.lower_ in letters


def _post_nominals(doc: "Doc", end: int, members: bool = False) -> int:
    """The end of the post-nominal letters right after a name that ends at token `end` ('Simon Phillips KC')."""
    while end < len(doc) and _letters_after_a_name(doc[end], members):
        end += 1
    return end


_OFFICES = frozenset({"office", "department", "bureau"})
"""Nouns of a body named for the office-holder it serves: "the Los Angeles Sheriff's office"."""


def _name_goes_on(doc: "Doc", span: "Span", end: int) -> bool:
    """Whether the proper nouns a person's name modifies up to token `end` go on with that person's name, not a
    body's or a place's: a hyphenated given name the recogniser cut ('Marie' of 'Marie-Claire Dubois'), or words
    none of which is English ('Nguyen' + 'Thi Lan'), where 'Goddard' + 'Space Flight Center' is a body's."""
    hyphen = doc[span.end]
    glued = hyphen.text == "-" and not doc[span.end - 1].whitespace_ and not hyphen.whitespace_ and span.end + 1 < len(doc)
    if glued and doc[span.end + 1].text[:1].isupper():
        return True
    added = [t for t in doc[span.end : end] if t.is_alpha]
    return bool(added) and all(t.text[:1].isupper() and not common_word(t.text, doc) for t in added)


def _whole_name(doc: "Doc", span: "Span", label: str) -> tuple["Span", str, int]:
    """The whole name a small model's entity is cut out of, its label (unchanged unless said) and its root token.

    - A name the parse continues with proper nouns ('Goddard Space' of 'Goddard Space Flight Center', 'Homeland
      Security' of 'Homeland Security Investigations'): up to the proper noun it modifies; a "person" that
      modifies another proper noun names a place or a body ('Goddard' Space Flight Center), an organisation.
    - An organisation's name that goes on with 'of', 'for', 'on', 'in' or 'and' and capitalised words the parse
      hangs from it ('Joint Associations Group' on Indirect Costs, 'Le Retour' in 3 Parts), up to another entity.
    - "the Los Angeles Sheriff's office": a name whose office is named for it is that office's (an organisation).
    - 'Fraternal Order of Police Lodge 12', 'UAW Local 600': a number the parse hangs on an organisation's last
      word numbers its lodge, local or chapter, and is part of its name.
    - 'Unzipped: Gay Armenia': a title of two parts joined by a colon, whose first word is no common noun and
      does not govern the name (a label does: 'Source: CRS', 'Key Takeaway: Maduro is ...'); a title is an
      organisation's or a work's, never a person's.
    """
    start, end = span.start, _compound_head(doc, span)
    if label == "PERSON" and span[-1].tag_ in ("NNS", "NNPS") and _plural_possessor_of_a_name(doc, end):
        label = "ORG"  # "Trentside Rovers Supporters' Trust": plural people own a body's name, not a person's
    if label == "PERSON":
        start = _given_name_before(doc, span)
        start = _patronym_before(doc, start)  # 'Hamza' + 'ibn' + 'Yusuf al-Khatib', tagged a body and a person
        start = _surname_particles_before(doc, start)  # 'Van der' + 'Berghe told MEPs'
    plural_noun = span[0].text.endswith("s") and common_noun(span[0].text, doc)  # 'Families' of 'Families Ireland'
    national = common_noun(span[0].text, doc) and len(span) > 1 and bool(canonical_country(span[-1].text))  # 'Wire Ireland'
    body_as_place = label == "GPE" and not canonical_country(span.text) and (plural_noun or national)
    body_as_person = label == "PERSON" and plural_noun and len(span) > 1 and not is_given_name(span[0].text)
    if body_as_person and start == span.start and start > 0 and _first_word_left_out(doc[start - 1], span.start, end):
        label = "ORG"  # 'Quiet' + 'Skies Callenby', tagged a person: no one's name opens with a plural common noun
    while (label in ("ORG", "NORP") or body_as_place) and start > 0 and _first_word_left_out(doc[start - 1], span.start, end):
        start -= 1  # 'Northbridge' + 'Semiconductor Holdings Inc.', 'Liberal' + 'Democrats', 'Alzheimer' + 'Families
        # Ireland', 'Open' + 'Wire Ireland' (a body's name the recogniser tagged a place, as a common noun opens it,
        # plural or before a country's name): a first word left out
    if label == "ORG" and start > 1 and doc[start - 1].lower_ in ("and", "&") and _coordinated_in_name(doc[start - 2], start, end):
        start -= 2  # 'Maritime and' + "Coastal Workers' Union": the name's first words joined by 'and'
        while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ == "ORG" and doc[start - 1].dep_ != "det":
            start -= 1  # 'the Allied Maritime and' + "Energy Workers' Union": the words the first entity held before
    elif label == "ORG" and (pair_start := _coordinated_modifiers_before(doc, start, end)) < start:
        start = pair_start  # 'Competition and Consumer' + 'Authority': two modifiers the head shares, left out
    if label == "ORG" and (head_start := _head_before_preposition(doc, start, end)) < start:
        start = head_start  # 'Consumers for' + 'Digital Rights': the name's head the recogniser left out
    elif label == "ORG" and (head_start := _words_tagged_a_person_before(doc, start)) < start:
        start = head_start  # 'Parents United' + 'for' + 'Schools', tagged a person and a body
    if label == "PERSON" and (surname_end := _surname_after(doc, span)) > span.end:
        end = max(end, surname_end)  # 'Marcos' + 'Tavares': the surname the recogniser left out (a person's still)
    elif label == "PERSON" and (particle_end := _after_surname_particle(doc, span)) > span.end:
        end = particle_end  # 'Ursula von der' + 'Leyen', 'Marine Le' + 'Pen': the surname the recogniser cut off
    elif label == "PERSON" and len(span) > 1 and end + 1 < len(doc) and doc[end].text in ("i", "y") and _capitalised(doc[end + 1]):
        end += 2  # 'Núria Batlló' + 'i Serra', 'José Ortega' + 'y Gasset': Catalan and Spanish join two surnames
    elif end > span.end and label == "PERSON" and not _name_goes_on(doc, span, end):
        label = "ORG"
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].is_lower:
        if doc[end + 1].tag_ in ("VBN", "VBD", "VBG", "JJ") or label != "PERSON" and common_word(doc[end + 1].text, doc):
            break  # 'a Cork-based economist', 'a Kremlin-backed group': a participle the name modifies, not its part;
            # so is an English word after a name not tagged a person's ('The Labour-run authority': 'run' a noun)
        end += 2  # 'Bong Young-shik', 'Moon Jae-in': a hyphenated part in lower case the recogniser left out
    if label in ("PERSON", "GPE", "ORG") and (body_end := _local_body_end(doc, start, end)) > end:
        end, label = body_end, "ORG"  # 'Hamilton city council': the town's council, whatever the town was tagged
    if label == "ORG":
        end = prepositional_tail(doc, start, end)
        end = _court_seat_end(doc, start, end)
    while label == "ORG" and end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end and doc[end].pos_ == "PROPN" and doc[end].text.istitle() and not doc[end].ent_type_ and not is_given_name(doc[end].text):
        end += 1  # 'Fraternal Order of Police' + 'Lodge': the name's last word modifies the capitalised noun after it
        # (not a given name the parser hung it on: 'CEO of the Refugee Council Enver Solomon')
    if label == "ORG" and end < len(doc) and doc[end].text.isdigit() and len(doc[end].text) <= 4 and doc[end].dep_ == "nummod" and doc[end].head.i == end - 1:
        end += 1  # 'Fraternal Order of Police Lodge 12', 'UAW Local 600': a body's unit by its number
    if label == "ORG" and (joined_end := _name_after_particle(doc, end)) > end:
        end = joined_end  # 'Casa' + 'do' + 'Espada': one name the recogniser cut in two at its particle
    if label == "ORG" and end - start > 1 and _title_before_a_person(doc, end):
        end -= 1  # 'Board of Regents Chair Linda Mayhew': the board, not 'Board of Regents Chair'
    if label == "ORG" and end - start > 1 and end + 1 < len(doc) and doc[end].tag_ == "POS" and doc[end + 1].lemma_.lower() in _OFFICES:
        end += 2  # "the Los Angeles Sheriff's office" is the body (one word before it is as often a person: "Maduro's office")
    elif label == "ORG" and end > start + 1 and doc[end - 1].tag_ == "POS" and _possessor_of_a_body_s_name(doc, end - 1):
        end = doc[end - 2].head.i + 1  # "St Brennan's" (its possessive tagged with it) + 'University Hospital'
    elif label == "ORG" and (_plural_possessor_of_a_name(doc, end) or _possessor_of_a_body_s_name(doc, end)):
        end = doc[end - 1].head.i + 1  # "the Alfama Neighbours' Collective": the name goes on after a plural possessive
    elif label == "ORG" and end - start > 1 and doc[end - 1].tag_ == "POS" and _plural_possessor_of_a_name(doc, end - 1):
        end = doc[end - 2].head.i + 1  # "The United Steelworkers'" + "Guild": the recogniser kept the apostrophe
    if label == "ORG" and (owner_end := _owner_in_name(doc, start, end)) < end:
        end = owner_end  # "Harwell Automotive's Castlebridge factory": the company, not "... 's Castlebridge"
    root = doc[start:end].root.i
    colon = _title_prefix(doc, start)
    if colon is not None and label in ("PERSON", "ORG"):
        start, label = colon, "ORG"
    return doc[start:end], label, root


def _owner_in_name(doc: "Doc", start: int, end: int) -> int:
    """The end of the owner in a name the recogniser ran across a possessive into the noun phrase it owns
    ("Harwell Automotive's Castlebridge" of "Harwell Automotive's Castlebridge factory"): the name's last word
    modifies a lower-case noun after it, so the name is no whole noun phrase, and what the possessive owns is
    that noun's ('the Castlebridge factory', a name that is no English word), not a body's name ("People's Renewal
    Party", "Sainsbury's Bank" end in their own head; "Women's Rights activist" goes on in English words); `end`
    otherwise."""
    last = doc[end - 1]
    if last.dep_ != "compound" or last.head.i < end or not last.head.is_lower or last.head.pos_ != "NOUN":
        return end
    owner = next((t.i for t in doc[start + 1 : end - 1] if t.tag_ == "POS"), None)
    if owner is None or any(common_word(t.text, doc) for t in doc[owner + 1 : end]):
        return end  # "Women's Rights activist": English words after the possessive are the name's own
    return owner


LOCAL_LEVELS = frozenset("city county town district municipal regional borough village parish provincial state".split())
LOCAL_BODIES = frozenset("council commission board government assembly legislature".split())
"""Local government written in lower case after a place's name ('Hamilton city council', 'the Nairobi county
government', 'Surrey county council'): a level of government, then the body."""


def _local_government(words: list[str]) -> bool:
    """Whether two words, in any case, are a level of local government and a body ('City Council', 'county
    board'): what a town's name goes before in its council's name."""
    return len(words) == 2 and words[0].lower() in LOCAL_LEVELS and words[1].lower() in LOCAL_BODIES


def _local_body_end(doc: "Doc", start: int, end: int) -> int:
    """The end of 'Hamilton city council' when the name [start, end) is the place that opens it: the name is a
    compound of a lower-case level of local government (`LOCAL_LEVELS`) and a body (`LOCAL_BODIES`) right after
    it; `end` otherwise. A country's government is its country ('the Irish government'), never such a body."""
    if end + 1 >= len(doc) or canonical_country(doc[start:end].text):
        return end
    level, body = doc[end], doc[end + 1]
    if level.lower_ in LOCAL_LEVELS and level.is_lower and body.is_lower and body.lemma_.lower() in LOCAL_BODIES:
        if doc[end - 1].head.i in (level.i, body.i) and level.head.i == body.i:
            return end + 2
    return end


def _plural_possessor_of_a_name(doc: "Doc", end: int, within: str = "") -> bool:
    """Whether the name ending at `end` is a plural possessor inside a longer name: "Alfama Neighbours" + "'" +
    "Collective", "National Farmers' Union" (the recogniser may stop at the apostrophe). The word it possesses
    must be capitalised, right after the apostrophe, tagged no entity of another kind (than a body, or `within`,
    the label of an entity the whole name is tagged, or a person's name of that one word) and an English common
    noun (`nlp.common_noun`), as the heads of such names are."""
    if end + 1 >= len(doc) or end < 1 or doc[end].text not in ("'", "’") or doc[end - 1].whitespace_:
        return False
    last, head = doc[end - 1], doc[end - 1].head
    plural = last.tag_ in ("NNS", "NNPS") or last.text.endswith("s")
    if not (last.dep_ == "poss" and plural and head.i == end + 1 and head.pos_ in ("PROPN", "NOUN") and head.text[:1].isupper()):
        return False  # the head capitalised mid-sentence, however tagged ('Trust' a common noun)
    alone = head.ent_type_ == "PERSON" and head.ent_iob_ == "B" and (head.i + 1 == len(doc) or doc[head.i + 1].ent_iob_ != "I")
    return (head.ent_type_ in ("", "ORG", within) or alone) and common_noun(head.lower_, doc)  # 'Union', 'Collective'; not
    # "Amylyx Pharmaceuticals' Relyvrio", a product; 'Guild' tagged a person by itself


def _possessor_of_a_body_s_name(doc: "Doc", end: int) -> bool:
    """Whether the body's name ending at `end` possesses a name the recogniser tagged a body right after it, of
    capitalised English common nouns only ("St. Brendan's" + "Medical Center", tagged two bodies): one name, as a
    hospital, college or shop named after its founder or saint is written."""
    if end + 1 >= len(doc) or end < 1 or doc[end].tag_ != "POS" or doc[end].text not in ("'s", "’s"):
        return False
    head = doc[end - 1].head
    words = doc[end + 1 : head.i + 1]
    return (
        doc[end - 1].dep_ == "poss"
        and head.i > end
        and head.ent_type_ == "ORG"
        and doc[end + 1].ent_iob_ == "B"
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ == "ORG" and common_noun(t.text, doc) for t in words)
    )


def _opened_by_a_plural_possessor(noun: "Token") -> str:
    """The name `noun` heads when a plural possessor opens it ("Trentside Rovers Supporters' Trust", the recogniser
    tagging its first words a person and the head none, `_plural_possessor_of_a_name`); '' otherwise."""
    owner = next((c for c in noun.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    within = noun.ent_type_ if noun.ent_type_ not in KINDS else ""  # 'The Castlebridge Shopkeepers’ Association', a work of art
    if owner is None or not _plural_possessor_of_a_name(noun.doc, owner.i + 1, within):
        return ""
    return _clean_name(noun.doc[owner.left_edge.i : noun.i + 1].text)


def _surname_after(doc: "Doc", span: "Span") -> int:
    """The end of a person's name the recogniser stopped after the given name ('Marcos' Tavares, with 'Tavares'
    tagged a plural noun): a lone given name the name data marks with a gender, which the parse makes a compound
    of the capitalised word right after it, when that word is untagged, no English word (`nlp.common_word`), no
    abbreviation in capitals and no surname particle. So after a title tagged with the given name ('Cllr Alan'
    Pritchard). `span.end` otherwise."""
    titled = len(span) == 2 and _title_of([span[0].text, span[1].text])
    if not (len(span) == 1 or titled) or span.end >= len(doc):
        return span.end
    given, word = span[-1], doc[span.end]
    if given.dep_ != "compound" or given.head.i != word.i or not word.is_alpha or not word.text[:1].isupper() or word.text.isupper():
        return span.end
    if word.ent_type_ or not given_name_gender(f"{given.text} {word.text}") or not _family_name_word(word.text, doc) or word.lower_ in SURNAME_PARTICLES:
        return span.end
    return span.end + 1


_PATRONYMIC = frozenset("ibn bin bint binti binte ben".split())
"""Words of Arabic and Malay names meaning 'son of' or 'daughter of', between a given name and the father's."""


def _patronym_before(doc: "Doc", start: int) -> int:
    """'Hamza ibn Yusuf al-Khatib', 'Salim bin Hamad': the start of a person's name whose first words, a given name
    and a patronymic particle in lower case (`_PATRONYMIC`), the recogniser left out; `start` otherwise."""
    while start >= 2 and doc[start - 1].lower_ in _PATRONYMIC and doc[start - 1].is_lower:
        given = doc[start - 2]
        if not (given.is_alpha and given.text[:1].isupper() and not given.text.isupper() and given.whitespace_ and doc[start - 1].whitespace_):
            break
        if given.ent_type_ == "PERSON" or _title_alone(given.text) or given.lower_ in HONORIFICS:
            break
        start -= 2
    return start


def _romanised_given_name_before(doc: "Doc", start: int) -> bool:
    """'Hye-jin Park', 'Ji-woo Han': a given name romanised from Korean or Chinese, two syllables joined by a hyphen
    with the second in lower case (the Revised Romanization of Korean, 2000; Hanyu Pinyin writes 'Xiao-ming' so
    too), right before token `start`: a capitalised syllable of at most MAX_SYLLABLE letters that is no English
    word, a hyphen with no space, a lower-case syllable of at most MAX_SYLLABLE letters."""
    if start < 3:
        return False
    first, hyphen, second = doc[start - 3], doc[start - 2], doc[start - 1]
    return (
        hyphen.text == "-"
        and not first.whitespace_
        and not hyphen.whitespace_
        and first.is_alpha
        and first.text[:1].isupper()
        and first.text[1:].islower()
        and len(first) <= MAX_SYLLABLE
        and second.is_alpha
        and second.is_lower
        and len(second) <= MAX_SYLLABLE
        and not common_word(first.text, doc)
    )


MAX_SYLLABLE = 4


def _given_name_before(doc: "Doc", span: "Span") -> int:
    """The start of a person's name whose first word the recogniser left out or tagged as something else ('Irungu'
    Houghton, 'Manan' Kumar Mishra, tagged a place): the capitalised proper noun just before the name that the
    parse makes part of it (a compound of one of its words), when the name is a surname alone or the word was
    tagged a place or a work, and it is no title (nameparser's titles, the forms of address, MORE_TITLES,
    `nlp.TITLES_BEFORE_NAMES`), no abbreviation in capitals ('MP', 'CEO'), no surname particle, no country or
    demonym, and no word the article also writes in lower case ('Inspector' Mwangi, where the article writes
    'the inspector'). Before a name of two or more words, only a given name the name data marks with a gender and
    no English word ('President Beatriz' + 'Sequeira Lôbo'): another capitalised word is as often a title the lists
    lack. One word at most, unless it is such a given name that the recogniser tagged a nationality ('Marleni'
    Condori Ccama)."""
    start = span.start
    if start == 0:
        return start
    if _romanised_given_name_before(doc, start):
        return start - 3  # 'Hye-jin' + 'Park'
    word = doc[start - 1]
    key = word.lower_.rstrip(".")
    attached = word.dep_ == "compound" and span.start <= word.head.i < span.end
    if (
        word.pos_ != "PROPN"
        or not (attached or _given_name_misparsed(doc, word, span))
        or not word.is_alpha
        or len(word) < 2
        or not word.text[:1].isupper()
        or word.text.isupper()
    ):
        return start
    if word.ent_type_ == "PERSON" or word.ent_type_ and not (word.ent_iob_ == "B" and (start >= len(doc) or doc[start].ent_iob_ != "I")):
        return start  # a word of another, longer entity ('Bank of England' governor ...)
    one_word = len([w for w in span.text.split() if w.lower() not in SURNAME_PARTICLES]) == 1
    tagged_a_body = word.ent_type_ in ("ORG", "NORP") and word.ent_iob_ == "B" and (start >= len(doc) or doc[start].ent_iob_ != "I")
    if tagged_a_body and one_word and given_name_gender(f"{word.text} {span.text}"):
        return start - 1  # 'Dilek' + 'Aydın', the given name tagged a body alone: the name data genders it
    english = common_word(word.text, doc) and not (  # an agent noun ('Farmer', 'Baker': who farms, bakes) stays English
        is_given_name(span[0].text) and not (noun_class(word.text) == PERSON and derived_verbs(word.text))
    )
    given = not word.ent_type_ and given_name_gender(f"{word.text} {span.text}") and not english  # 'Ana' + 'María
    # Ferreira': an English word that is no agent noun ('ana', WordNet's) before a given name is a first given name,
    # as Spanish and Portuguese names have two; 'Farmer' Tom Reed, who farms, is not
    family_first = not word.ent_type_ and not common_word(word.text, doc) and is_given_name(word.text) and is_given_name(span[0].text)
    # 'Vu' + 'Minh Duc': a name the name data holds and no English word at all (as no title of English is) before
    # a name that opens with a given name is the family name, which Vietnamese, Chinese and Korean names put first
    given = given or family_first
    if word.ent_type_ in ("ORG", "NORP") or not word.ent_type_ and not one_word and not given:
        return start  # 'Prosecutor Ann Wambui', 'Councilwoman' (tagged a body), 'Democrat' Rebecca Hale: not first names
        # ('President Beatriz' + 'Sequeira Lôbo' is: a given name the name data genders, and no English word)
    if _title_word(word) or key in SURNAME_PARTICLES:
        return start
    if canonical_country(word.text) or country_of_demonym(word.text) or key in _lower_case_words(doc):
        return start
    first = doc[start - 2] if start > 1 else None  # 'Marleni' Condori Ccama: a given name tagged a nationality
    if first is not None and first.dep_ == "compound" and span.start <= first.head.i < span.end and first.ent_type_ == "NORP":
        if given_name_gender(f"{first.text} {span.text}") and not country_of_demonym(first.text):
            return start - 2
    return start - 1


def _given_name_misparsed(doc: "Doc", word: "Token", span: "Span") -> bool:
    """Whether the untagged capitalised word just before a one-word person's name is its given name though the
    parse hangs it elsewhere ('CEO of the Refugee Council Enver Solomon', where 'Enver' is the object of 'of' and
    'Solomon' apposed to 'CEO'): the name data genders the pair confidently (`given_names.given_name_gender`) and
    the word is no English word (`nlp.common_word`)."""
    return (
        not word.ent_type_
        and len(span) == 1
        and word.text.istitle()
        and bool(given_name_gender(f"{word.text} {span.text}"))
        and not common_word(word.text, doc)
    )


@per_document
def _lower_case_words(doc: "Doc") -> frozenset[str]:
    return frozenset(t.text for t in doc if t.is_alpha and t.text.islower())


def _capitalised(token: "Token") -> bool:
    """A word in letters that opens with a capital where no sentence starts (so the capital is the word's own)."""
    return token.is_alpha and token.text[:1].isupper() and not token.is_sent_start


def _name_after_particle(doc: "Doc", end: int) -> int:
    """The end of the name an organisation's name joins across a lower-case name particle ('Casa do Espada',
    'Banco de Portugal', tagged as two names): a particle (`SURNAME_PARTICLES`) right after the name, then the first
    word of another entity; `end` when the words after the name are not that."""
    if end + 1 >= len(doc) or not doc[end].is_lower or doc[end].lower_ not in SURNAME_PARTICLES:
        return end
    after = doc[end + 1]
    if after.ent_iob_ != "B" or after.ent_type_ not in ("ORG", "GPE", "PERSON") or after.is_sent_start:
        return end
    ent = _entity_at(after)
    return ent.end if ent is not None else end


def _surname_particles_before(doc: "Doc", start: int) -> int:
    """The start of a family name the recogniser tagged without the particles that open it ('Van der' + 'Berghe
    told MEPs', 'De' + 'Niro'; `SURNAME_PARTICLES`): the particles right before it that the parse hangs inside the
    name; `start` otherwise."""
    i = start
    while i > 0 and doc[i - 1].lower_ in SURNAME_PARTICLES and doc[i - 1].is_alpha and doc[i - 1].dep_ == "compound" and doc[i - 1].head.i >= i:
        i -= 1
    return i


def _after_surname_particle(doc: "Doc", span: "Span") -> int:
    """The end of a person's name the recogniser stopped at a surname particle ('von der', 'Le', 'de', 'bin'): the
    capitalised words after it (up to two), and any lower-case particle between ('Marieke van' + 'der Linden'),
    within the sentence (`SURNAME_PARTICLES`)."""
    end = span.end
    if span[-1].lower_ not in SURNAME_PARTICLES or len(span) < 2:
        return end
    while end < span.end + 2 and end < len(doc) and doc[end].is_lower and doc[end].lower_ in SURNAME_PARTICLES:
        end += 1  # 'Marieke van' + 'der' + 'Linden': the particle's own particle
    first = end
    while end < first + 2 and end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() and not doc[end].is_sent_start:
        end += 1  # at most two words: 'Le Pen', 'de la Cruz Fuentes'
    return end if end > first else span.end


OPENING_MARKS = "“\"‘'«„"
"""Quotation marks a quotation may open with (a nickname's, a summary's quoted statement)."""
_CLOSING = "”\"’'»“"


def _nicknamed(doc: "Doc", span: "Span", end: int, text: str) -> tuple[int, str]:
    """'Natchimuthuk “Nat” Gopalswamy': a person's name the recogniser stopped at a nickname in quotation marks
    runs on to the surname the parse hangs it from; the name is kept without the nickname."""
    i = span.end
    if i + 3 >= len(doc) or doc[i].text not in OPENING_MARKS:
        return end, text
    close = next((j for j in range(i + 1, min(i + 5, len(doc))) if doc[j].text in _CLOSING), None)
    if close is None or close == i + 1 or not all(t.is_alpha for t in doc[i + 1 : close]):
        return end, text
    surname = []
    for t in doc[close + 1 : close + 3]:
        if not (t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper()) or t.ent_type_ not in ("", "PERSON"):
            break
        surname.append(t)
    if not surname or not any(t.is_ancestor(span.root) for t in surname):
        return end, text
    return surname[-1].idx + len(surname[-1].text), f"{text} {' '.join(t.text for t in surname)}"


def _in_place_of(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """`mentions` with `found` in place of every mention any of them overlaps, in order of their start."""
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start <= m.start < f.end or m.start <= f.start < m.end for f in found)]
    return sorted(kept + found, key=lambda m: m.start)


_EDITORIAL_BRACKETS = {"[": "]", "(": ")"}


def _bracketed_given_names(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each person's name whose given name an editor set in brackets before the surname made one
    mention of the whole name without the brackets: '[Lala] Aslikyan said', 'President (Vladimir) Putin knows',
    a writer's insertion into a quotation or a translation, which the recogniser cuts in two or tags a body
    ('Lala] Aslikyan'). The pattern: an opening bracket, one capitalised word that is a given name in the name
    data or tagged a person, its closing bracket, then a capitalised word that a mention covers, the recogniser
    tagged a person or the tagger a proper noun ('[Karen] Hakobyan pointed out'; '(Transparency) Act' and
    '[Echmiadzin] Church' are no one's: no given name in brackets). The mention runs from the given name to the
    end of the surname's mention."""
    found = []
    for i in range(len(doc) - 3):
        opening, given, closing, surname = doc[i], doc[i + 1], doc[i + 2], doc[i + 3]
        if _EDITORIAL_BRACKETS.get(opening.text) != closing.text or not _capitalised_word(given) or not _capitalised_word(surname):
            continue
        if not (is_given_name(given.text) or given.ent_type_ == "PERSON"):
            continue
        covering = [m for m in mentions if m.start < surname.idx + len(surname.text) and surname.idx < m.end]
        if not covering and surname.ent_type_ != "PERSON" and surname.pos_ != "PROPN":
            continue
        end = max([surname.idx + len(surname.text), *(m.end for m in covering)])
        name = f"{given.text} {text_of(doc)[surname.idx : end]}"
        found.append(Mention(given.idx, end, name, "person", surname.i))
    return _in_place_of(mentions, found)


def _nicknamed_people(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each person's name written around a nickname in quotation marks made one mention of the
    name without it: 'Winifred "Winnie" Calder-Boyd', 'Earvin "Magic" Johnson', 'Robert “Bobby” Keane', which the
    recogniser cuts, tags a work of art or misses. The pattern: one or two capitalised words, one or two
    capitalised words between quotation marks, then a capitalised surname (hyphenated parts joined, a middle
    initial before it kept: 'Rogelio "Ka Roger" D. Mercado', a Filipino name), all one noun
    phrase in the parse (every word's head inside it but one); the first word a given name in the name data, or a
    word of it tagged a person. No title opens it (the title is the role: 'Coach Robert “Bobby” Keane'). The
    mention's `nickname` is the nickname with the surname, the form the article may use later ('Winnie
    Calder-Boyd')."""
    found = []
    for i, mark in enumerate(doc):
        if mark.text not in OPENING_MARKS or i < 1 or i + 3 >= len(doc):
            continue
        close = next((j for j in range(i + 2, min(i + 4, len(doc))) if doc[j].text in _CLOSING), None)
        if close is None or not all(_capitalised_word(t) for t in doc[i + 1 : close]):
            continue
        start = i
        while start > i - 2 and start > 0 and _capitalised_word(doc[start - 1]) and not _title_word(doc[start - 1]):
            start -= 1
        end = close + 1
        while end < len(doc) and end < close + 5 and (_capitalised_word(doc[end]) or _initial(doc[end]) or _inner_hyphen(doc, end, close + 1)):
            end += 1  # 'Calder' + '-' + 'Boyd': a hyphenated surname is one; 'D.' + 'Mercado': a middle initial
        while end > close + 1 and (doc[end - 1].text == "-" or _initial(doc[end - 1])):
            end -= 1
        if end > close + 1 and end < len(doc) and doc[end].text.rstrip(".").lower() in GENERATIONAL_SUFFIXES:
            end += 1  # 'Ramon “Jun” Dizon Jr.': a generational suffix ends the name
        if start == i or end == close + 1:
            continue
        phrase = doc[start:end]
        if sum(1 for t in phrase if not start <= t.head.i < end or t.head.i == t.i) != 1:
            continue  # not one noun phrase: a title and a name ('the film “Heat” Mann directed')
        if not (is_given_name(doc[start].text) or any(t.ent_type_ == "PERSON" for t in phrase)):
            continue
        given, surname = doc[start:i].text, doc[close + 1 : end].text
        nickname, family = doc[i + 1 : close].text, " ".join(t.text for t in doc[close + 1 : end] if not _initial(t))
        found.append(Mention(doc[start].idx, phrase.end_char, f"{given} {surname}", "person", phrase.root.i, f"{nickname} {family}"))
    return _in_place_of(mentions, found)


_CASE_NAME = re.compile(r"[A-Z][\w'’.&-]*\s+(?:v\.?|vs\.?|versus)\s+[A-Z]")
"""Two parties' names either side of 'v', 'v.', 'vs' or 'versus': the form of a court case's citation."""


def case_name(text: str) -> bool:
    """Whether `text` holds the name of a court case ("Portvale Hosts' Association v City of Portvale", 'Brown v.
    Board of Education'): a case, no body, though the recogniser tags it one and a credit line may end in it."""
    return _CASE_NAME.search(text) is not None


def _initial(token: "Token") -> bool:
    """A middle initial: one capital letter, with or without its stop ('D.', 'P')."""
    return re.fullmatch(r"[A-Z]\.?", token.text) is not None


def _inner_hyphen(doc: "Doc", i: int, start: int) -> bool:
    """Whether token `i` is a hyphen joining two parts of one word after `start`, with no space on either side."""
    return doc[i].text == "-" and i > start and not doc[i].whitespace_ and not doc[i - 1].whitespace_


def _capitalised_word(token: "Token") -> bool:
    """A word in letters (an apostrophe allowed: 'O'Neill') that opens with a capital and goes on in lower case."""
    word = token.text.replace("'", "").replace("’", "")
    return word.isalpha() and word[:1].isupper() and not word.isupper()


def _title_word(token: "Token") -> bool:
    """Whether a word is a title written before names: nameparser's titles, MORE_TITLES, the forms of address and
    the abbreviations of `nlp.TITLES_BEFORE_NAMES` ('Coach', 'Dr', 'Sgt.')."""
    key = token.lower_.rstrip(".")
    return key in TITLE_WORDS or key in HONORIFICS or token.text in TITLES_BEFORE_NAMES


_NAME_PREPOSITIONS = frozenset({"for", "of", "against", "on"})


def _head_before_preposition(doc: "Doc", start: int, end: int) -> int:
    """The start of an organisation's name whose head and preposition the recogniser left out ('Consumers for'
    + 'Digital Rights', 'Campaign against' + 'Arms Trade'): a capitalised word inside its sentence, with no entity
    type and no title's, that the preposition right before the name hangs from, when what was tagged is two or
    more English words and nothing else (no body's whole name: 'Members of Congress', 'Gopalswamy of NASA' stay
    out). `start` otherwise."""
    words = [t for t in doc[start:end] if t.is_alpha and t.lower_ not in _FUNCTION_WORDS]
    if start < 2 or len(words) < 2 or not all(common_word(t.text, doc) for t in words):
        return start
    if _ends_in_a_legal_form(doc[start:end].text):
        return start  # 'Shares of' + 'Northern Spodumene Corp.': a company's whole name, with its legal form
    preposition, head = doc[start - 1], doc[start - 2]
    if preposition.lower_ not in _NAME_PREPOSITIONS or not preposition.is_lower or preposition.head.i != head.i:
        return start
    if not (head.is_alpha and head.text[:1].isupper() and not head.text.isupper()) or head.is_sent_start or head.ent_type_:
        return start
    if _title_alone(head.text) or head.lower_ in HONORIFICS or canonical_country(head.text) or country_of_demonym(head.text):
        return start
    return start - 2


def _words_tagged_a_person_before(doc: "Doc", start: int) -> int:
    """The start of an organisation's name whose first words the recogniser tagged a person ('Parents United' +
    'for' + 'Schools'): two or more capitalised English words (`nlp.common_word`), the first no one's given
    name, right before a preposition of names in lower case. `start` otherwise."""
    if start < 3 or doc[start - 1].lower_ not in _NAME_PREPOSITIONS or not doc[start - 1].is_lower:
        return start
    if doc[start - 2].ent_type_ != "PERSON":
        return start
    first = start - 2
    while first > 0 and doc[first].ent_iob_ == "I" and doc[first - 1].ent_type_ == "PERSON":
        first -= 1
    words = doc[first : start - 1]
    if len(words) < 2 or not all(t.is_alpha and t.text[:1].isupper() and common_word(t.text, doc) for t in words):
        return start
    return start if is_given_name(words[0].text) else first


def _coordinated_in_name(word: "Token", start: int, end: int) -> bool:
    """Whether `word`, before 'and' right before an organisation's name [start, end), is the first of two
    modifiers the name's head shares ('The Maritime and Coastal Workers' Union'): a capitalised proper noun that a
    word of the name other than its head is a conjunct of ('House and Senate', two bodies, stay apart), no
    country, demonym or title, and not the last word of a name of two or more words the recogniser tagged ('the
    merger of Harvest Basket and Marula Fresh': two names); or the first of two portfolios a body's head shares
    after its preposition ("Aldermere's Department for Culture and" + 'Heritage': the recogniser tagged the last
    word alone), the head a capitalised noun of a grouping (`senses.GROUP`: department, ministry, office)."""
    head = word.head.head if word.dep_ == "pobj" and word.head.lower_ in ("for", "of", "on") else None
    portfolio = (
        head is not None and head.pos_ == "PROPN" and head.text[:1].isupper() and noun_class(head.lemma_.lower()) == GROUP
        and any(c.dep_ == "conj" and start <= c.i < end for c in word.children)
    )  # fmt: skip
    return (
        word.pos_ == "PROPN"
        and word.is_alpha
        and word.text[:1].isupper()
        and not word.text.isupper()
        and not (word.ent_iob_ == "I" and word.ent_type_ and word.doc[word.i + 1].ent_iob_ != "I")  # 'Harvest Basket
        # and Marula Fresh': the end of a name ('the Allied Maritime and', tagged with its 'and', is a name's start)
        and (portfolio or any(c.dep_ == "conj" and start <= c.i < end and c.i != word.doc[start:end].root.i for c in word.children))
        and not canonical_country(word.text)
        and not country_of_demonym(word.text)
        and not _title_alone(word.text)
    )


def _coordinated_modifiers_before(doc: "Doc", start: int, end: int) -> int:
    """The start of two capitalised modifiers joined by 'and' or '&' right before an organisation's name [start,
    end) that the recogniser left out, as the parse shows them: the first a modifier of a word of the name
    (`_first_word_left_out`), the second its conjunct ('the Competition and Consumer' + 'Authority', 'Food and
    Drug' + 'Administration', 'Fire and Rescue' + 'Service'); `start` when there are none. Two bodies named side
    by side are tagged as two names ('Harvest Basket and Marula Fresh') and stay apart."""
    if start < 3:
        return start
    second, joiner, first = doc[start - 1], doc[start - 2], doc[start - 3]
    if joiner.lower_ not in ("and", "&") or joiner.dep_ != "cc" or joiner.head.i != first.i:
        return start
    if second.dep_ != "conj" or second.head.i != first.i or not _first_word_left_out(first, start, end):
        return start
    shape = second.pos_ == "PROPN" and second.is_alpha and second.text[:1].isupper() and not second.text.isupper()
    if not shape or second.ent_type_ or _title_alone(second.text) or canonical_country(second.text) or country_of_demonym(second.text):
        return start
    return start - 3


def _first_word_left_out(word: "Token", start: int, end: int) -> bool:
    """Whether `word`, right before an organisation's name, is its first word: a capitalised proper noun with no
    entity type of its own that the parse makes a modifier inside the name, not a title, a form of address or a
    country ('Chairman', 'Ms', 'US' stay out)."""
    key = word.lower_.rstrip(".")
    return (
        word.pos_ == "PROPN"
        and word.dep_ in ("compound", "nmod")
        and start <= word.head.i < end
        and word.is_alpha
        and word.text[:1].isupper()
        and not word.text.isupper()  # 'SOURCE NovaCell Therapeutics': a press release's label
        and not word.ent_type_
        and not _title_alone(word.text)
        and key not in HONORIFICS
        and not canonical_country(word.text)
        and not country_of_demonym(word.text)
    )


def _compound_head(doc: "Doc", span: "Span") -> int:
    head = span.root
    while (head.dep_ in ("compound", "flat") or head.dep_ == "nmod" and head.head.i == head.i + 1) and head.head.i > head.i and head.head.pos_ == "PROPN":
        head = head.head  # 'the Harvest' + 'Basket chief executive': the parser's nmod for a proper noun before another
    if head.i < span.end or "\n" in doc[span.end - 1 : head.i].text:
        return span.end
    tail = doc[span.end : head.i + 1]
    if head.i + 1 < len(doc) and doc[head.i + 1].ent_type_ == "PERSON":
        return span.end  # 'the Refugee Council Enver Solomon': a first name the recogniser left out
    def joins(t: "Token") -> bool:  # 'Revolutionary Federation-Dashnaktsutyun'
        return t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_

    words = [t for t in tail if not joins(t)]
    if words and _letters_after_a_name(words[-1], members=True):
        return span.end  # 'a Labour MP', 'Keir Starmer MP': a member's letters name no body
    if all(t.is_alpha and t.pos_ == "PROPN" and t.text[:1].isupper() and (not t.ent_type_ or t.ent_type_ == span.root.ent_type_ and t.ent_iob_ != "B") for t in words):
        return head.i + 1
    if span.root.ent_type_ == "ORG" and len(words) == 1 and words[0].ent_type_ == "GPE" and canonical_country(words[0].text):
        return head.i + 1  # 'Memory Matters' + 'UK', 'Amnesty International' + 'UK': a country's name the body's name
        # hangs on, as its last word, names the body's national branch, not the country (the charity had been the UK)
    return span.end


def prepositional_tail(doc: "Doc", start: int, end: int) -> int:
    """The end (a token index) of a name [start, end) that goes on over a preposition of names and the capitalised
    words after it ('Institute for Evidence in Medicine', 'Le Retour in 3 Parts'), as far as the parse hangs those
    words on the name; `end` where it does not, or where 'in' opens a place ('Riverside Clinic in Eastbridge').
    With an acronym in brackets after it, the end of that (`_joined_by_acronym`)."""
    inside = lambda i: start <= i < end  # noqa: E731
    while end + 1 < len(doc):
        link, first = doc[end], doc[end + 1]
        has_prep = any(t.lower_ in ("of", "for", "on", "in") for t in doc[start:end])
        root = doc[start:end].root
        shared = link.lower_ == "for" and root.dep_ == "pobj" and link.head.i == root.head.head.i and root.tag_ == "NNPS"
        # 'director of Wisconsin Parents for Safe Screens': the parser hangs 'for' on the role the name's 'of' hangs
        # from; a plural of people opens such a name ('Citizens for ...'), not 'the Member of Parliament for Harlow'
        if link.lower_ not in _NAME_LINKS or not (inside(link.head.i) or link.head.i == root.head.i or shared):
            break
        if link.lower_ in ("and", "&") and not has_prep:
            break  # 'Microsoft and Apple' are two names; 'Union of Rationalist Atheists and Agnostics' is one
        words = []
        for t in doc[end + 1 :]:
            if t.is_space or not (t.text[:1].isupper() or t.like_num or t.lower_ in _INNER) or _stops_a_name(t) or t.text == "I":
                break
            words.append(t)
        while words and words[-1].lower_ in _INNER:
            words.pop()  # 'Joint Council for the Welfare of Immigrants': small words only between capitalised ones
        if not words or first.i != words[0].i or not any(t.pos_ in ("PROPN", "NOUN") for t in words):
            break
        if not all(t.head.i == link.i or inside(t.head.i) or start <= t.head.i <= words[-1].i for t in words):
            break
        if link.lower_ == "in" and not words[0].like_num and _place_after_in(doc, words[0]):
            break  # "Riverside Children's Clinic in Eastbridge": where the body is; 'Institute for Evidence in Medicine'
            # and 'Le Retour in 3 Parts' (a count of things is no place) stay whole
        end = words[-1].i + 1
    return _joined_by_acronym(doc, start, end)


def _stops_a_name(token: "Token") -> bool:
    """Whether `token`'s entity type ends a body's name that goes on over a preposition: a person, place, body,
    date or sum of its own, except a person the recogniser saw in a plural common noun ('Le Retour in 3 Parts':
    'Parts' is tagged NNS, an English noun by `common_noun`, and names no one)."""
    if token.ent_type_ == "PERSON" and token.tag_ == "NNS" and common_noun(token.text, token.doc):
        return False
    return token.ent_type_ in _STOP_ENTITIES


def _place_after_in(doc: "Doc", word: "Token") -> bool:
    """Whether the capitalised word after a name's 'in' opens a place's name, not the field a body works in: no
    English common noun by the pipeline's lexicon (`common_noun`; 'Medicine', 'Research', 'Science' are), or one
    whose most frequent WordNet sense is a location ('Cairo', 'Manitoba'). A court's seat is part of its name
    (`_court_seat_end`)."""
    return not common_noun(word.text, doc) or noun_class(word.text) == "noun.location"


COURT_NOUNS = frozenset({"court", "tribunal"})
"""The head nouns of a court's name ('the High Court', 'the Employment Appeal Tribunal')."""


def _court_seat_end(doc: "Doc", start: int, end: int) -> int:
    """The end of a court's name that goes on with the place it sits in or the district it serves, as courts are
    named: 'the High Court in Pretoria', 'a U.S. District Court in Massachusetts' (a place the recogniser tagged,
    'in' hanging from the court), 'the U.S. District Court for the Southern District of New York' (capitalised
    words and 'of' after 'for', up to a place the recogniser tagged). The name [start, end) must end in a court
    noun (`COURT_NOUNS`); `end` otherwise. Its name without the seat stays a form of it (`Mention.short`)."""
    if end + 1 >= len(doc) or doc[end - 1].lower_ not in COURT_NOUNS or doc[end].lower_ not in ("in", "for"):
        return end
    link = doc[end]
    if link.head.i != end - 1:
        return end
    i = end + 1 + (doc[end + 1].lower_ == "the")
    if link.lower_ == "in":
        place = next((e for e in doc.ents if e.start == i and e.label_ == "GPE"), None)
        return place.end if place is not None else end
    run = i
    while run < len(doc) and (doc[run].is_alpha and doc[run].text[:1].isupper() or doc[run].lower_ == "of" and run > i):
        run += 1
    of = next((j for j in range(run - 1, i, -1) if doc[j].lower_ == "of"), None)
    place = next((e for e in doc.ents if of is not None and e.start == of + 1 and e.label_ in ("GPE", "LOC")), None)
    return place.end if place is not None and place.end <= run else end


def court_without_seat(span: "Span") -> str:
    """'High Court' of 'The High Court in Pretoria' (`_court_seat_end`); '' when the name has no seat."""
    for t in span[:-1]:
        if t.lower_ in COURT_NOUNS and span.doc[t.i + 1].lower_ in ("in", "for") and t.i > span.start:
            first = span.start + (span[0].lower_ == "the")
            return span.doc[first : t.i + 1].text
    return ""


def _joined_by_acronym(doc: "Doc", start: int, end: int) -> int:
    """'the Center for Tech and Civic Life (CTCL, ...)': two organisation entities joined by 'and' are one name
    when the acronym in brackets right after spells the initials of both together."""
    if end + 2 >= len(doc) or doc[end].lower_ not in ("and", "&") or doc[end + 1].ent_type_ != "ORG":
        return end
    second = next((e for e in doc.ents if e.start == end + 1 and e.label_ == "ORG"), None)
    if second is None or second.end + 1 >= len(doc) or doc[second.end].text != "(":
        return end
    acronym = doc[second.end + 1].text
    return second.end if acronym.isupper() and _initials(doc[start : second.end].text) == acronym else end


def _title_prefix(doc: "Doc", start: int) -> int | None:
    if start < 2 or doc[start - 1].text != ":" or not doc[start - 1].whitespace_ or doc[start - 2].whitespace_:
        return None
    word = doc[start - 2]
    if not (word.is_alpha and word.text[:1].isupper()) or word.ent_type_ or word.pos_ == "NOUN":
        return None
    if any(a.i == word.i for a in doc[start].ancestors):
        return None  # 'Key Takeaway: Maduro is ...', 'Source: CRS': a label the sentence hangs from
    return word.i


def _references(text: str) -> list[tuple[int, int]]:
    """'(for more, see CRS Report R47520, The Voting Rights Act, by R. Sam Garrett)': a cross-reference in brackets names
    the reading it points to and its authors, not actors of the story."""
    return [m.span() for m in re.finditer(r"\([^()]*?\b(?:[Ss]ee|cf\.)\s[^()]*\)", text)]


MAX_BYLINE_TOKENS = 40  # a credit line of three names and their desks


_THE_ARTICLE = frozenset({"story", "report", "article"})  # what 'this ...' calls the article itself


@per_document
def credit_paragraphs(doc: "Doc") -> list[tuple[int, int]]:
    """(start, end) of the paragraphs that credit the article's own makers, whose names are no actors: a sign-off
    ('I’m Mario Ritter.'), a paragraph with a sentence whose subject, a person, did something to 'this story'
    or 'this report' ('Brian Padden reported on this story for VOANews.com. Mario Ritter was the editor.'), or a
    byline or credit line: no clause with a subject, and a person's name after 'by' ('By Jane Smith, Associated
    Press', '(Reporting by Michael Grant; Editing by Sam Holmes)', 'Photo by John Doe/Reuters'); or such a byline
    as one field of a masthead line ('WCLX News 8 | By Jenna Morales, Consumer Reporter | Posted March 5'); or an
    editor's note on the article itself (`_editors_note`: 'This article was updated at 17:05 to add comment'); or a
    reporter's note with the address to reach them at (`_reporters_note`: 'Hannah Pruitt covers the environment for
    the Courier. Reach her at hpruitt@example.com.')."""
    out = []
    start = 0
    for paragraph in text_of(doc).split("\n"):
        end = start + len(paragraph)
        span = doc.char_span(start, end, alignment_mode="expand") if paragraph.strip() else None
        if span is not None and (any(_credits(sentence) or _editors_note(sentence) for sentence in span.sents) or _byline(span) or _reporters_note(span)):
            out.append((start, end))
        elif span is not None:
            out.extend(_credit_fields(doc, paragraph, start))
        start = end + 1
    return out


def _credit_fields(doc: "Doc", paragraph: str, start: int) -> list[tuple[int, int]]:
    """[(start, end)] of a masthead line, one of whose fields (cut at ' | ' or ' • ') is a byline (`_byline`): its
    other fields are the outlet and the time of posting, no part of the story either; [] for any other line."""
    offset = 0
    for part in MASTHEAD_FIELDS.split(paragraph):
        begin = paragraph.index(part, offset)
        offset = begin + len(part)
        if part != paragraph and part.strip():
            span = doc.char_span(start + begin, start + offset, alignment_mode="contract")
            if span is not None and len(span) > 1 and _byline(span):
                return [(start, start + len(paragraph))]
    return []


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})  # Penn Treebank tags of finite verbs


def _byline(span: "Span") -> bool:
    """A credit line: no subject and no finite verb ('By Jane Smith, Associated Press'; a sentence the parser
    left without a subject, 'The course ... had been taught for eight years by Prof. Miriam Adeyemi', is none)."""
    if any(t.dep_ in ("nsubj", "nsubjpass") or t.tag_ in _FINITE for t in span) or len(span) > MAX_BYLINE_TOKENS:
        return False
    if span[0].lower_ == "by" and len(span) > 1 and span[1].pos_ == "PROPN":
        return True  # 'By Eleanor Whitcombe, Health Correspondent', whatever the recogniser calls the name
    return any(t.lower_ == "by" and any(o.ent_type_ == "PERSON" for o in t.subtree if o.i > t.i) for t in span)


def _credits(sentence: "Span") -> bool:
    root = sentence.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(sentence) <= 6 and (root.lemma_ == "be" or root.norm_ == "am") and [s.lower_ for s in subjects] == ["i"]:
        return any(c.dep_ == "attr" and c.ent_type_ == "PERSON" for c in root.children)  # 'I’m Mario Ritter.'
    if not any(s.ent_type_ == "PERSON" for s in subjects) or any(c.dep_ == "neg" for c in root.children):
        return False
    objects = [c for c in root.children if c.dep_ == "dobj"] + [o for p in root.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in _THE_ARTICLE and any(d.lower_ == "this" for d in o.children) for o in objects)


def _reporters_note(paragraph: "Span") -> bool:
    """Whether a paragraph is a reporter's note: a sentence with no subject that gives an email address to reach
    someone at (an imperative, 'Reach her at hpruitt@example.com.', 'Email him at ...'; the recogniser's
    `like_email`), its other sentences each with a person as its subject ('Hannah Pruitt covers the environment and
    water for the Courier.', 'Jane Doe is a staff writer for The Times.'). News pages close with such a note; its
    name is the writer's, no actor's, and it asserts nothing about the story. A story's sentence with an address
    and a subject ('The council said residents can email comments to plans@example.gov') is no such note."""
    sentences = list(paragraph.sents)
    contact = [s for s in sentences if any(t.like_email for t in s) and not any(t.dep_ in ("nsubj", "nsubjpass") for t in s)]
    if not contact:
        return False
    return all(s in contact or any(t.dep_ == "nsubj" and t.ent_type_ == "PERSON" and t.head.i == s.root.i for t in s) for s in sentences)


def _editors_note(sentence: "Span") -> bool:
    """'This article was updated at 17:05 to add comment from ...', 'This story has been corrected', 'An earlier
    version of this article misstated ...': a note on the article's own making, whose subject is the article
    itself ('this article' or 'this story' undergoing an act, or an earlier version of it), asserts nothing
    about the story. 'This report' is left alone: it is as often a report the story cites."""
    def itself(noun: "Token") -> bool:
        return noun.lower_ in ("article", "story") and any(d.lower_ == "this" for d in noun.children)

    for subject in (c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.dep_ == "nsubjpass" and itself(subject):
            return True
        if subject.lower_ == "version" and any(p.lower_ == "of" and any(itself(o) for o in p.children) for p in subject.children):
            return True
    return False


_WORD_BEFORE = re.compile(r"\b(\w+)\.?\s+$")


def word_before(text: str, start: int) -> str:
    """The word just before character `start`, a period after it allowed ('Ms' of 'Ms. Ní Bhriain'), within the
    8 characters before it; '' when there is none."""
    found = _WORD_BEFORE.search(text[max(0, start - 8) : start])
    return found.group(1) if found else ""


def _addressed_name(ent: "Span") -> bool:
    """'Smt. Lakshmi Devi' tagged as a work of art, 'Ms Kovacs' as a product, 'Dr Raman' as a body: an entity of a
    kind that is no actor, or an organisation, which opens with a form of address and goes on with one to three
    capitalised names is a person's name (no body's name opens with 'Dr' or 'Ms'); so is one of one to three
    capitalised names right after a form of address the recogniser left out ('Dr' + 'Magnus Thorlby', tagged a
    work of art)."""
    def address(token: "Token") -> bool:
        return token.lower_.rstrip(".") in HONORIFICS and not token.text.isupper()

    def names(tokens: list["Token"]) -> bool:
        return 1 <= len(tokens) <= 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tokens)

    first, rest = ent[0], [t for t in ent[1:] if not t.is_punct]
    if address(first):
        return names(rest)
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and address(before) and names([t for t in ent if not t.is_punct])


def _addressed(text: str, m: "Mention") -> bool:
    """'Dr Aoife Ní Bhriain', 'Ms Ní Bhriain': a name after a form of address (or opening with one) is a person's,
    whatever the recogniser tagged it (it tags unfamiliar names as bodies or places). A form of address in capitals
    ('DR Congo') is none."""
    first, _, rest = m.text.partition(" ")
    if rest and first.rstrip(".").lower() in HONORIFICS and not first.isupper():
        return True
    before = word_before(text, m.start)
    if before.lower() in HONORIFICS and not before.isupper():
        return True
    return f"{before}." in TITLES_BEFORE_NAMES and text[: m.start].rstrip().endswith(f"{before}.")  # 'Col. Quispe'


_ADDRESSING = "|".join(re.escape(t) for t in (*HONORIFICS, "professor", *(t.rstrip(".") for t in TITLES_BEFORE_NAMES)))
"""A form of address, 'Professor' or an abbreviated title before names, as a regex alternation."""


def _addressed_elsewhere(text: str, m: "Mention") -> bool:
    """'Tamsin Avery' ... 'Ms Avery', 'Lydia Marsh' ... 'Professor Marsh': a name of one to three capitalised words
    whose last word the article writes elsewhere after a form of address, 'Professor' or an abbreviated title
    before names ('Prof.', 'Col.') is a person's, whatever the recogniser tagged it where it is written whole."""
    words = m.text.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and all(p.isalpha() for p in w.split("-")) for w in words):
        return False  # 'Tobi Adeyemi-Okafor' ... 'Mrs Adeyemi-Okafor': a hyphenated surname is one
    return words[-1].casefold() in _addressed_words(text)


_ADDRESSED = re.compile(rf"\b({_ADDRESSING})\.?\s+([^\W\d_]+(?:-[^\W\d_]+)*)", flags=re.I)


@lru_cache(maxsize=8)
def _addressed_words(text: str) -> frozenset[str]:
    """Every word `text` writes right after a capitalised form of address, 'Professor' or an abbreviated title
    (not one in capitals: 'DR Congo'), case-folded; read once per article."""
    return frozenset(
        found.group(2).casefold() for found in _ADDRESSED.finditer(text) if found.group(1)[:1].isupper() and not found.group(1).isupper()
    )


def _given_and_family_name(doc: "Doc", m: "Mention") -> bool:
    """'Nadia Castellanos', 'Emeka Okonkwo', 'Wilber Condori Ccama', 'Rodrigo de la Fuente Ortiz' (lower-case
    surname particles, `SURNAME_PARTICLES`, aside): two to four capitalised words that open with
    a given name the name data marks with a gender (`given_names.given_name_gender`) and end in no English word
    are a person's name, whatever the recogniser tagged them, when the sentence treats them as one: listed with
    people ('Justices Laura Penning, Charles Abernathy and Nadia Castellanos'), described by a common noun in
    apposition ('Wilber Condori Ccama, 34, a potato farmer'; 'the party's leader, Declan Ó Faoláin') or titled by
    one ('ambassador Kamala Shirin Lakhdhir'; 'The Education Secretary, Helena Márquez-Dunn,'; 'Justice Helena
    Cardoso', `TITLE_WORDS`), or that head a relative clause with 'who' ('Helena Cardoso, who wrote ...'), or
    whose last word the recogniser tags a person where it stands alone ('Marta Jardim runs a restaurant' ...
    'Jardim said': a surname), or that 'of' and a body or place follow and no English word ends ('Nadia Ferrant of
    the Portvale Tenants' Union', the name tagged a body of its own); never after 'at' ('an analyst at Goldman
    Sachs'; 'at the Andy Warhol Foundation' is after 'at' only as the start of a longer name), nor with two or more English nouns after the given name ('The
    Harlan Creek Education Association, the teachers' union'). A name none of that holds for keeps its tag ('the
    MV Loch Tarra', a ferry)."""
    words = [w for w in m.text.split() if w not in SURNAME_PARTICLES]  # 'Rodrigo de la Fuente Ortiz': 'de', 'la'
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False  # four: 'Marcos Antônio Vilela Prado', two given names and two surnames
    if not given_name_gender(m.text):
        return False
    last_is_word = common_word(words[-1], doc)
    at = re.compile(rf"\bat\s+(?:the\s+)?{re.escape(m.text)}\b(?![ \t]+[A-Z])")  # not 'at the Andy Warhol Foundation',
    # the start of a longer name
    if at.search(text_of(doc)):
        return False
    root = doc[m.root]
    listed = any(t.ent_type_ == "PERSON" for t in root.conjuncts)
    described = any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.is_lower for c in root.children)
    described = described or root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.is_lower and root.head.i < root.i
    described = described or root.dep_ == "appos" and root.head.i < root.i and root.head.lower_ in TITLE_WORDS  # 'The
    # Education Secretary, Helena Márquez-Dunn,': in apposition to a title, capitalised or not
    described = described or root.dep_ == "appos" and root.head.i < root.i and root.head.ent_type_ == "PERSON"  # 'a
    # spokesperson for President Álvaro Mendieta, Lucía Etxeberría,': set beside a person's name, whichever the parser
    # hung it on
    described = described or _titled_in_apposition(root)  # 'Alden Corvo, Veradia's Minister of ...'
    who = lambda clause: any(s.lower_ == "who" and s.dep_ in ("nsubj", "nsubjpass") for s in clause.children)  # noqa: E731
    described = described or any(c.dep_ == "relcl" and who(c) for c in root.children)
    # 'Helena Cardoso, who wrote the majority opinion': 'who' takes a personal antecedent (as for `_people_who`)
    first = doc.char_span(m.start, m.end, alignment_mode="expand").start
    titled = any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower and c.i < first for t in doc[first : root.i + 1] for c in t.lefts)
    titled = titled or first > 0 and doc[first - 1].is_alpha and doc[first - 1].lower_ in TITLE_WORDS  # 'Governor', 'Justice', and
    # 'judge Helena Cardoso', whatever the parser made of the title ('judge' a verb)
    surnamed = any(e.label_ == "PERSON" and e.text == words[-1] for e in doc.ents)  # 'Marta Jardim runs ...', 'Jardim said'
    of_a_body = not last_is_word and any(
        c.dep_ == "prep" and c.lower_ == "of" and c.i == root.i + 1 and any(o.dep_ == "pobj" and o.ent_type_ in ("ORG", "GPE") for o in c.children)
        for c in root.children
    )  # 'Nadia Ferrant of the Portvale Tenants' Union', tagged a body apart from the union: one of the body's people
    if last_is_word and (words[-1].lower() in _lower_case_words(doc) or not (described or titled)):
        return False  # 'Grace Church': an English word ends it; 'Lagos', 'Reyes' are words only as names of places
    if last_is_word and _named_like_a_firm(m):
        return False  # "our shareholder, Alder Capital", tagged a body: a firm's name ends in a noun of wealth or a group
    if sum(common_noun(w, doc) for w in words[1:]) >= 2:
        return False  # 'The Harlan Creek Education Association, the teachers' union': a body's words after a given name
    return listed or described or titled or surnamed or of_a_body


def _named_like_a_body(doc: "Doc", m: "Mention") -> bool:
    """'Northline Rail', 'Greenvale Renewables', 'Shirakawa Precision': a 'person' of two or more capitalised words
    whose first word no one in the name data bears as a given name and whose last word is an English common noun
    (or a plural of an adjective used as one, `_common_plural`: 'Orsa Renewables') that no one bears either
    (`given_names.is_given_name`, `nlp.common_noun`) is a body's name; the recogniser tags unfamiliar company
    names as people. So is one whose last word is any English word (`nlp.common_word`: 'Northwind Offshore')
    set in apposition after a definite description ('The developer, Northwind Offshore,'). A name with a form of
    address or a title before it, here or
    elsewhere, or in apposition to a role held at a body stays a person's ('Irungu Houghton, Amnesty International
    Kenya's executive director'); 'Fujita Shin', 'Jordan Sinclair' and 'Pereira da Silva' keep theirs: 'Shin',
    'Jordan' and 'Silva' are names."""
    words = _unaddressed_name(doc, m)
    if not words or _apposed_to_a_role(doc, m) or is_given_name(words[0]) or is_given_name(words[-1]):
        return False
    return _common_plural(words[-1], doc) or common_word(words[-1], doc) and _apposed_to_a_description(doc, m)


def _grouping_noun(noun: "Token") -> bool:
    """Whether a noun names a grouping by its most frequent WordNet sense (`senses.noun_class`, the file noun.group:
    'company', 'party', 'union', 'council'), or is 'group' itself (WordNet files it under noun.Tops)."""
    return noun.lower_ == "group" or noun_class(noun.lemma_) == GROUP


def _described_as_a_group(doc: "Doc", name: str) -> bool:
    """'Kestrel Social, the company behind the app', 'Iomairt Uibhist, a community group', 'The environmental group
    Fundación Desierto Vivo': a name the article sets, anywhere, in apposition to a lower-case common noun with an
    article whose most frequent WordNet sense is a grouping (`senses.noun_class`: the file noun.group, 'company',
    'party', 'union', 'council'; or 'group' itself) is a body's, wherever it is written (one sense per
    discourse). Nouns of other files are left alone: people are described as 'the head of', 'the face of' or 'a
    legend' (noun.body, noun.communication) as often as things are; and the name data cannot tell a person from a
    body here ('Kestrel' is a given name to it). So is a name right after such a noun, however parsed
    (`_after_a_grouping_noun`: 'Breast cancer charity Stronger Together said')."""
    described = _apposed_to_a_group(doc)
    for found in written_at(doc.text, name):
        span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if span is not None and (span.root.i in described or _after_a_grouping_noun(span)):
            return True
    return False


@per_document
def _apposed_to_a_group(doc: "Doc") -> frozenset[int]:
    """The tokens in apposition to a noun of a group of people with an article (`_described_as_a_group`), and proper
    names such a noun premodifies (`_premodifying_group`)."""

    def group(noun: "Token") -> bool:
        described = noun.pos_ == "NOUN" and noun.is_lower and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children)
        owned = any(c.dep_ == "poss" and c.tag_ == "NNS" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) for c in noun.children)
        return (described or noun.pos_ == "NOUN" and noun.is_lower and owned) and not person_title(noun) and _grouping_noun(noun)
        # ('a residents' group', the parser giving the article to the plural possessor)

    def role_before(token: "Token") -> bool:  # 'Stefan Brandt, a spokesperson for FACE, the trade association
        return any(  # representing ..., said': the parser hangs the body's description on the person
            c.dep_ == "appos" and c.i < token.i and c.pos_ == "NOUN" and noun_class(c.lemma_) == PERSON for c in token.head.children
        )

    found = set()
    for token in doc:
        if token.dep_ == "appos" and group(token) and not role_before(token):
            found.add(token.head.i)  # 'Kestrel Social, the company behind ...'
        elif token.dep_ == "appos" and token.head.i < token.i and group(token.head):
            found.add(token.i)  # 'The environmental group Fundación Desierto Vivo', 'The company, Kestrel Social,'
        elif token.pos_ == "PROPN" and any(_premodifying_group(c, token) for c in token.children):
            found.add(token.i)  # 'Environmental group Mar Vivo was divided', 'Rights group Amnesty Watch'
    return frozenset(found)


def _premodifying_group(noun: "Token", name: "Token") -> bool:
    """Whether `noun` is a singular lower-case noun of a grouping written before the proper name it is a compound
    of, with no article ('Environmental group Mar Vivo', 'consumer group ShopperWatch'): the name's kind, as 'the
    group' in apposition says it. Not a person's title ('Labour leader Keir Starmer'), a plural ('publishers Jann
    Wenner') or a noun with an article of its own ('the vice-speaker of the parliament Eduard Sharmazanov')."""
    if noun.dep_ != "compound" or noun.tag_ != "NN" or not noun.is_lower or noun.i > name.i:
        return False  # 'publishers Jann Wenner': people
    if any(c.dep_ == "det" for c in (*noun.children, *name.children)) and not _opens_a_subject(noun, name):
        return False  # 'the vice-speaker of the parliament Eduard Sharmazanov'
    return not person_title(noun) and _grouping_noun(noun)


def _opens_a_subject(noun: "Token", name: "Token") -> bool:
    """'The passenger group Rail Users Alliance urged both sides ...', 'According to the consumer association
    Familles Connectées, ...': an article before the noun of a grouping that opens a clause's subject, or the
    object of a preposition other than 'of', the name its head, is the whole noun phrase's, not the noun's own
    ('the vice-speaker of the parliament Eduard Sharmazanov' runs a body's noun, with its own article, into a
    person's name after 'of')."""
    heading = name.dep_ in ("nsubj", "nsubjpass") or name.dep_ == "pobj" and name.head.lower_ != "of"
    return heading and name.left_edge.dep_ == "det" and name.left_edge.head.i == noun.i


def _apposed_to_a_description(doc: "Doc", m: "Mention") -> bool:
    """'The developer, Northwind Offshore, welcomed the decision': the mention in apposition after a definite
    lower-case common noun, which describes what it is."""
    root = doc[m.root]
    head = root.head
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    return root.dep_ == "appos" and head.i < root.i and head.pos_ == "NOUN" and head.is_lower and definite


_LEGAL_FORMS = frozenset(words[0] for n, words in cleanco.prepare_default_terms() if n == 1)
"""One-word legal forms of companies, by `cleanco` (Ltd, plc, GmbH, LLC, AG, Corp., Limited, PT, OOO ...), lower
case: written after a name (`_ends_in_a_legal_form`) or, the alphabetic ones, before it (`_PREFIX_FORMS`)."""


def _owns_the_next_its(subject: "Token") -> bool:
    """'Kestrel Biopharma, the Swiss-based maker of the drug, rejected that estimate. Its Australian managing
    director, Marco Delacroix-Reyes, said': a name the recogniser tagged a person, the subject of its sentence's
    main verb, described in apposition by a definite noun with 'of' (what it makes, owns or runs), whose next
    sentence opens with 'Its' and a role that a named person holds (in apposition), is a body's: 'its' never
    stands for a person, and the sentence before gives it its referent (the subject, as `_possessor` resolves
    it). 'Maria Lopez, a nurse, said the ward was full. Its manager ...' keeps her a person."""
    if subject.ent_type_ != "PERSON" or subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.dep_ != "ROOT":
        return False
    described = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if not any(
        any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
        for c in described
    ):
        return False  # described as 'the maker of', 'the owner of', 'the operator of' something, as bodies are
    end = subject.sent.end
    if end >= len(subject.doc):
        return False
    opener = subject.doc[end]
    if opener.lower_ != "its" or opener.dep_ != "poss" or opener.head.pos_ != "NOUN":
        return False
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in opener.head.children)


_UNOWNING = frozenset({"noun.act", "noun.event", "noun.process"})
"""WordNet's files of nouns of what happens, which own nothing an 'its' could name (`_its_own_clause`)."""


def _its_own_clause(doc: "Doc", m: "Mention") -> bool:
    """'The developer, Salar Andino Minerals, wants to increase brine extraction at its Laguna Verde Norte
    project': a name tagged a person whose last word is an English noun in the plural (a company's 'Minerals',
    'Holdings', 'Airways'), the subject of its clause or in apposition to it, that the clause's 'its' refers back
    to, is a body's: 'its' never stands for a person. 'its' refers back when no noun between them could own it:
    none but nouns of acts, events and processes (`_UNOWNING`: 'increase', 'extraction'), so 'Tom
    Banks sold the house with its garden' keeps him a person. Surnames that are English plurals ('Banks',
    'Fields') need the 'its' as well."""
    words = m.text.split()
    root = doc[m.root]
    if len(words) < 2 or not words[-1].endswith("s") or not _common_plural(words[-1], doc):
        return False
    subject = root.head if root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass") else root
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = subject.head
    for token in doc[root.i + 1 : clause.right_edge.i + 1]:
        if token.lower_ == "its" and token.dep_ == "poss":
            return True
        if token.pos_ == "PROPN" or token.pos_ == "NOUN" and noun_class(token.lemma_) not in _UNOWNING and token.i > clause.i:
            return False
    return False


def _grouping_named(token: "Token") -> bool:
    """Whether `token` is a proper noun the article sets in apposition to a noun of a grouping with an article
    ('ShopperWatch, the consumer group', `_apposed_to_a_group`), however the recogniser tagged it."""
    return token.pos_ == "PROPN" and token.i in _apposed_to_a_group(token.doc)


def _proper_name_start(token: "Token") -> int:
    """The first token of the name a proper noun heads: the proper nouns in compound before it ('Valley' of
    'Valley Watch'), and capitalised words hyphenated into one right before it ('Show-Me' of 'Show-Me Parents for
    Choice', parsed as a modifier of its own)."""
    hyphenated = [
        c.left_edge.i
        for c in token.children
        if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.right_edge.i == token.i - 1 and any(t.tag_ == "HYPH" for t in c.subtree)
        and all(t.tag_ == "HYPH" or t.text[:1].isupper() for t in c.subtree)
    ]
    compounds = [c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
    return min([token.i, *compounds, *hyphenated])


def _owns_a_named_holder_s_role(doc: "Doc", m: "Mention") -> bool:
    """"Banco Atlântico’s chief economist, Paulo Reis, sided with the ministry": a 'person' whose first word is no
    given name in the name data, that possesses a lower-case role whose holder is named in apposition to it
    (`_possessors_of_named_roles`), is the body the role is held at (the recogniser tags unfamiliar company names
    as people); so is a longer name that opens with such a possessor ('Harwell Automotive', after "Martin Kessler,
    Harwell's chief executive"). Not a surname the article gives a person ('Donald Trump' ... "Trump's chief of
    staff, Mark Meadows")."""
    words = m.text.split()
    possessors = _possessors_of_named_roles(doc)
    if is_given_name(words[0]) or not (len(words) > 1 and words[0] in possessors or m.text in possessors):
        return False
    if len(words) == 1 and not any(e.label_ == "PERSON" and len(e) > 1 and e[0].text == words[0] for e in doc.ents):
        return False  # a one-word name only as the short form of a longer one ('Harwell' of 'Harwell Automotive')
    return not any(e.label_ == "PERSON" and e.text != m.text and len(e) > 1 and e[-1].text == words[-1] for e in doc.ents)


@per_document
def _possessors_of_named_roles(doc: "Doc") -> frozenset[str]:
    """The capitalised names written in the possessive before a lower-case role whose holder the article names in
    apposition, after it ("Banco Atlântico’s chief economist, Paulo Reis") or before it ("Martin Kessler,
    Harwell's chief executive"): each name as written, its compound words joined ('Banco Atlântico')."""
    found = set()
    for token in doc:
        role = token.head
        if token.dep_ == "compound" and (first := _premodifies_a_named_holder_s_role(token)) is not None:
            found.add(doc[first : token.i + 1].text)  # 'Marlhaven captain Mateo Ibáñez equalised'
            continue
        if token.dep_ != "poss" or token.pos_ != "PROPN" or role.pos_ != "NOUN" or not role.is_lower:
            continue
        named = any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in role.children)
        named = named or role.dep_ == "appos" and role.head.ent_type_ == "PERSON"
        if named:
            first = min([token.i, *(c.i for c in token.subtree if c.dep_ == "compound")])
            found.add(doc[first : token.i + 1].text)
    return frozenset(found)


def _premodifies_a_named_holder_s_role(token: "Token") -> int | None:
    """Where the capitalised name that `token` ends starts, when it modifies a lower-case noun whose most frequent
    WordNet sense is a person, which itself modifies a person's name ('Marlhaven captain Mateo Ibáñez',
    'Harbourside manager Siobhan Garvey'): the name is where the role is held, as a possessive names it. Not after
    an article or an adjective ('the Cork oncologist Dr Aoife Byrne', 'a Paris lawyer ...': where they are from).
    None otherwise."""
    doc, role = token.doc, token.head
    if not token.text[:1].isupper() or token.ent_type_ not in ("", "PERSON", "ORG") or token.i + 1 != role.i:
        return None
    if role.pos_ != "NOUN" or not role.is_lower or role.dep_ != "compound" or role.head.ent_type_ != "PERSON":
        return None
    first = min([token.i, *(c.i for c in token.children if c.dep_ == "compound" and c.text[:1].isupper())])
    if first > 0 and doc[first - 1].pos_ in ("DET", "ADJ", "NUM"):
        return None
    return first if noun_class(role.lemma_) == PERSON else None


def _ends_in_a_legal_form(name: str) -> bool:
    """'The ride-hailing operator Kestrel Mobility Ltd said': a name of two or more words whose last is a company's
    legal form (`_LEGAL_FORMS`, by `cleanco`) is a company's, however a role noun before it or the recogniser
    typed it. The form must be written as only forms are: in capitals ('AG', 'SA'), abbreviated (with a full stop
    or no vowel: 'Corp.', 'Ltd', 'plc') or in five or more letters ('Limited'), and be no one's given name in the
    name data ('Daniel Teo', 'Maria Sa' and 'Liesbeth Vos', whose 'vos' is a Dutch partnership, stay people)."""
    words = name.split()
    if len(words) < 2:
        return False
    last = words[-1].rstrip(".")
    if last.lower() not in _LEGAL_FORMS or is_given_name(last):
        return False
    abbreviated = words[-1].endswith(".") or not re.search(r"[aeiouy]", last.lower())  # 'Corp.', 'Ltd', 'plc', 'GmbH'
    return (last.isupper() and len(last) >= 2) or abbreviated or len(last) >= 5  # 'Limited', 'Company'; not 'Vos'


def _seat_of_a_local_body(doc: "Doc", m: "Mention") -> bool:
    """Whether a 'person' is a town: the article names a body whose name is it, a level of local government and a
    body (`LOCAL_LEVELS`, `LOCAL_BODIES`, capitalised: 'Ashford Falls City Council', 'Kent County Council'). A
    council is named for its place, never for a person."""
    n = len(m.text.split())
    names = (_clean_name(ent.text).split() for ent in doc.ents if ent.label_ == "ORG")
    return any(" ".join(words[:n]) == m.text and _local_government(words[n:]) for words in names)


def _named_after_a_place(doc: "Doc", m: "Mention") -> bool:
    """'Kaizora North America': a 'person' of capitalised words that ends in a place's name (a country, or words
    the recogniser tags a place elsewhere in the article, 'North America') after a first word no one bears as a
    given name is a body's branch or office there; the recogniser tags unfamiliar company names as people. Not
    'Michael Jordan' (a given name first) nor a name with a form of address (`_unaddressed_name`)."""
    words = _unaddressed_name(doc, m)
    if not words or is_given_name(words[0]):
        return False
    places = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")}
    return any((tail := " ".join(words[k:])) in places or canonical_country(tail) for k in range(1, len(words)))


def _unaddressed_name(doc: "Doc", m: "Mention") -> list[str]:
    """The words of a 'person' of two or more capitalised words that no form of address or title marks as a
    person's, here or elsewhere in the article (`_addressed`, `_addressed_elsewhere`); [] for any other."""
    words = m.text.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or _addressed(text_of(doc), m) or _addressed_elsewhere(text_of(doc), m):
        return []
    return words


def _the_name_elsewhere(doc: "Doc", m: "Mention") -> bool:
    """'the opposition Lok Jan Morcha' ... 'The Morcha's president': a 'person' of two or more capitalised words
    whose last word the article writes elsewhere as a noun phrase of its own after 'the', or that it writes whole
    after 'the' ('an editorial in the Hunter Herald'), is a body's name (no one's name takes an article; 'the
    Trump administration' is no such phrase, as 'Trump' modifies a noun there, nor is 'the Warhol exhibit that
    ...', where the parser took the noun after the name for a verb: a name before a lower-case common noun
    modifies it, however parsed). A name with a form of address before it, here or elsewhere, stays a person's."""
    words = _unaddressed_name(doc, m)
    return bool(words) and any(
        t.dep_ not in ("compound", "amod", "nmod")
        and any(
            c.dep_ == "det" and c.lower_ == "the" and (c.i == t.i - 1 or [w.text for w in doc[c.i + 1 : t.i + 1]] == words)
            for c in t.children
        )
        and not (t.i + 1 < len(doc) and doc[t.i + 1].tag_ in ("NN", "NNS") and doc[t.i + 1].is_lower)
        for t in _tokens_by_text(doc).get(words[-1], [])
    )


@per_document
def _tokens_by_text(doc: "Doc") -> dict[str, list["Token"]]:
    """Each word of `doc` as written -> its tokens, built once per document."""
    found: dict[str, list["Token"]] = {}
    for t in doc:
        found.setdefault(t.text, []).append(t)
    return found


_BODY_OR_WEALTH = frozenset({"noun.possession", "noun.group", "noun.Tops"})
"""WordNet lexicographer classes of the first sense of a word that ends firms' names ('Capital', 'Trust',
'Group'), where a surname's word is most often a person's, a thing's or a quality ('Baker', 'Roux', 'Price')."""


def _named_like_a_firm(m: "Mention") -> bool:
    """Whether a name the recogniser tagged a body ends in a word whose first WordNet sense is a noun of wealth or
    of a group (`_BODY_OR_WEALTH`: 'Alder Capital', 'Harbour Trust'), as firms' names do and surnames seldom do."""
    words = m.text.split()
    return m.kind == "organization" and bool(words) and noun_class(words[-1].lower()) in _BODY_OR_WEALTH


def _named_in_a_role(doc: "Doc", m: "Mention") -> bool:
    """"Marula's chief executive, Pieter du Plessis, said", 'Dominique Ngarlem-Ferrand, UNHCR's representative in
    Chad': a name of two to four capitalised words (and particles) in apposition to a role, a common noun in the
    singular that a body owns ('Marula's', 'its') or that names the body it is held at ('a spokesperson for X'), is
    a person's, however the recogniser tagged it, when its last word is no English common noun (`nlp.common_noun`:
    a body's name most often ends in one, 'Batteries', 'Platforms', 'Authority'; a hyphenated surname counts
    as none when one of its parts is none) or it is two words, the first a given name in the name data
    ('France's minister for energy, Jean-Baptiste Roux': 'roux' is a common noun; not 'Harlan Creek Education
    Association'; not a name the recogniser tagged a body whose last word is a noun of wealth or of a group,
    `_BODY_OR_WEALTH`: 'our shareholder, Alder Capital'), and it holds no company's legal form."""
    words = m.text.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() or w.lower() in SURNAME_PARTICLES for w in words):
        return False
    given = len(words) == 2 and is_given_name(words[0].split("-")[0])  # 'Jean-Baptiste Roux', 'Mary Baker'
    if given and _named_like_a_firm(m):
        given = False  # "our shareholder, Alder Capital" (tagged a body): a firm named for its wealth or as a group
    if not given and all(common_noun(part, doc) for part in words[-1].split("-")) or _company_base(m.text) != tuple(norm(m.text).split()):
        return False
    return _apposed_to_a_role(doc, m)


def _apposed_to_a_role(doc: "Doc", m: "Mention") -> bool:
    """Whether the mention is in apposition to a role held at a body (`_held_at_a_body`), before or after it."""
    root = doc[m.root]
    roles = [root.head] if root.dep_ == "appos" and root.head.i < root.i else []
    roles += [c for c in root.children if c.dep_ == "appos"]
    return any(_held_at_a_body(noun) for noun in roles)


def _held_at_a_body(noun: "Token") -> bool:
    """A singular common noun in lower case that a name or a possessive pronoun owns ('Marula's chief executive',
    'Its president', 'his lawyer', 'the union's general secretary': a definite noun of a grouping, `_grouping_noun`)
    or that names the body it is held at ('a spokesperson for Wald statt Werk',
    'head of research at the ISS'; 'for' or 'at' a name tagged a place or a facility too)."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not noun.is_lower:
        return False
    owned = any(c.dep_ == "poss" and (c.pos_ == "PROPN" or c.tag_ == "PRP$" or _definite_grouping(c) and _office(noun)) for c in noun.children)
    at = any(p.dep_ == "prep" and p.lower_ in ("for", "at", "of", "with") and any(o.ent_type_ == "ORG" for o in p.subtree) for p in noun.children)
    at = at or any(  # 'an analyst at the Bruegel think tank', 'a professor at Oxford': a body tagged a place or a
        p.dep_ == "prep" and p.lower_ in ("for", "at") and any(o.ent_type_ in ("GPE", "FAC") for o in p.subtree) for p in noun.children
    )  # building, where someone holds the role; 'in' says only where they are
    at = at or any(  # 'head of hydrogen research at the think tank Energy Futures Lab': 'at' on the role's object
        p.dep_ == "prep" and p.lower_ == "at" and p.head.dep_ == "pobj" and any(o.ent_type_ in ("ORG", "GPE") for o in p.subtree)
        for p in noun.subtree
    )
    return owned or at


def _office(noun: "Token") -> bool:
    """'general secretary', 'director': a noun of a person (`senses.noun_class`) with no superlative or ordinal before
    it, which ranks a member of a class ('the country's third-largest cement maker': a company)."""
    before = [t for left in noun.lefts for t in left.subtree]
    ranked = any(t.tag_ == "JJS" or t.ent_type_ == "ORDINAL" or t.lower_.endswith("est") and t.pos_ == "ADJ" for t in before)
    return noun_class(noun.lemma_) == PERSON and not ranked


def _definite_grouping(noun: "Token") -> bool:
    """'the union', 'the group': a lower-case noun of a grouping (`_grouping_noun`) with 'the', which stands for a
    body the article names."""
    return noun.pos_ == "NOUN" and noun.is_lower and definite(noun) and _grouping_noun(noun)


def _introduced_as_someone(root: "Token") -> bool:
    """'Another expert, Bong Young-shik from the Asan Institute, doubts ...': a name in apposition to a singular
    common noun that is a clause's subject, itself 'from' or 'at' an organisation, is a person's (an organisation
    is not 'from' another)."""
    head = root.head
    if root.dep_ != "appos" or head.pos_ != "NOUN" or head.tag_ != "NN" or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("from", "at") and any(o.ent_type_ == "ORG" for o in p.children) for p in root.children)


def _antecedent_of_he_or_she(doc: "Doc", m: "Mention") -> bool:
    """'Lerato Mahlangu of Consumer Watch SA told the hearing that ... She described ...': a name the recogniser
    tagged a body or a place, subject of its sentence, whose next sentence in the paragraph has 'he' or 'she' as its
    subject, with no other person named in between, is a person's: bodies and places are 'it' or 'they'
    (gender agreement, the first test of pronoun resolution: Jurafsky and Martin, Speech and Language Processing,
    ch. 'Coreference Resolution'). Names written with an English word ('Northline Rail') or a legal form are left
    to the rules for bodies."""
    root = doc[m.root]
    words = m.text.split()
    if root.dep_ not in ("nsubj", "nsubjpass") or len(words) < 2 or any(common_word(w, doc) for w in words) or _ends_in_a_legal_form(m.text):
        return False
    sentence = root.sent
    if sentence.end >= len(doc) or "\n" in doc[sentence.end - 1 : sentence.end + 1].text:
        return False
    if any(t.ent_type_ == "PERSON" and not m.start <= t.idx < m.end for t in sentence):
        return False
    following = doc[sentence.end].sent
    subject = next((t for t in following if t.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        subject is not None
        and subject.pos_ == "PRON"
        and subject.morph.get("Person") == ["3"]
        and subject.morph.get("Number") == ["Sing"]
        and subject.morph.get("Gender") in (["Masc"], ["Fem"])
    )


MAX_AGE = 110


def _aged(doc: "Doc", m: "Mention") -> bool:
    """'Lindiwe Mokoena, a 58-year-old pensioner', 'Thabo Nkosi, 34, a taxi driver': a name given an age in
    apposition (a figure of at most `MAX_AGE`, news style's way of writing ages: the AP Stylebook's 'ages') is a
    person's, whatever the recogniser tagged it; it tags names it has not seen as bodies or places."""
    return _given_an_age(doc[m.root])


def _given_an_age(name: "Token") -> bool:
    """Whether a name's head has an age in apposition: a figure of at most `MAX_AGE` ('Thabo Nkosi, 34,') or 'an
    N-year-old' noun ('Lindiwe Mokoena, a 58-year-old pensioner')."""
    def age(token: "Token") -> bool:
        return token.text.isdigit() and 0 < int(token.text) <= MAX_AGE

    for c in name.children:
        if c.dep_ != "appos":
            continue
        if age(c):
            return True
        olds = [a for a in c.children if a.dep_ == "amod" and a.lower_ == "old"] if c.pos_ == "NOUN" and c.tag_ == "NN" else []
        years = [y for a in olds for y in a.children if y.lemma_ == "year"]
        if any(age(n) for y in years for n in y.children if n.dep_ == "nummod"):
            return True
    return False


def _described_people(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
    """A proper name the recogniser missed, typed by the parse: 'NAME, a hydrologist at ORG, said' (a name with an
    apposition whose head is a common noun qualified by an organisation is a person with a role); or a given name
    the name data marks with a gender and a family name 'of', 'at' or 'from' an organisation ('Hydrologist Camila
    Soto of the University of Valparaíso was sceptical'), from the given name on; or a given name (in the name
    data, with a gender or not) and a family name that is no English word, with a common noun in apposition
    ("Siobhán O'Kane-Whitfield, general secretary of the union,", "Selam Berhane, the ministry spokesperson,"); or
    a given name alone, no English word ('Hope'), that an age in apposition makes a person's
    ('Leah, 34, said her migraine days fell', `_given_an_age`: news gives a member of the public by first name
    and age)."""
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for token in doc:
        if token.pos_ == "PROPN" and not token.ent_type_ and token.dep_ in ("nsubj", "nsubjpass") and _given_an_age(token):
            if not any(c.dep_ in ("compound", "flat") for c in token.lefts) and is_given_name(token.text) and not common_word(token.text, doc):
                if not any(token.idx < e and s < token.idx + len(token) for s, e in taken):
                    found.append(Mention(token.idx, token.idx + len(token), token.text, "person", token.i))
                continue
        if token.pos_ == "PROPN" and token.dep_ == "appos" and not token.ent_type_ and _apposed_to_someone_s_role(token, doc):
            span = doc[_hyphenated_start(doc, token.left_edge.i, token.i + 1) : token.i + 1]
            if not any(span.start_char < e and s < span.end_char for s, e in taken):
                found.append(Mention(span.start_char, span.end_char, span.text, "person", token.i))
            continue
        if token.pos_ != "PROPN" or token.dep_ not in ("nsubj", "nsubjpass") or token.ent_type_:
            continue
        appos = [c for c in token.rights if c.dep_ == "appos" and c.pos_ == "NOUN" and c.tag_ == "NN"]
        words = [t for t in token.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"] + [token]
        at_body = any(p.dep_ == "prep" and p.lower_ in ("of", "at", "from") and any(o.ent_type_ == "ORG" for o in p.children) for p in token.rights)
        given = next((t for t in words[:-1] if given_name_gender(f"{t.text} {token.text}")), None)
        first_given = given is not None and given.i == words[0].i or is_given_name(words[0].text) and not _title_alone(words[0].text)
        first_given = first_given and words[0].lower_.rstrip(".") not in HONORIFICS  # 'Dr Raman': a title, not a name
        if not appos and at_body and given is not None:
            words = [t for t in words if t.i >= given.i]  # 'Hydrologist Camila Soto of the University of Valparaíso was'
        elif appos and len(words) >= 2 and first_given and _family_name_word(token.text, doc):
            pass  # "Siobhán O'Kane-Whitfield, general secretary of the union, welcomed", "Selam Berhane, the ministry
            # spokesperson, later rejected": a given name (with a gender or not), a family name, a role
        elif not appos or not any(p.dep_ == "prep" and any(t.ent_type_ in ("ORG", "GPE") for o in p.children for t in o.subtree) for p in appos[0].children):
            continue  # ('coordinator of the Maluku Marine Advocacy Network (JALM)': a body somewhere in the phrase)
        elif noun_class(appos[0].lemma_) not in (PERSON, ""):
            continue  # 'Skerrow Offshore Wind, the joint venture between Nordvind Energi and Calder Power': no one's role
        while len(words) > 2 and _title_alone(words[0].text):
            words = words[1:]  # 'Dr Inés Villalba-Müller, a hydrologist at ...': a title, not part of the name
        span = doc[_hyphenated_start(doc, min(t.i for t in words), token.i + 1) : token.i + 1]
        if not any(span.start_char < e and s < span.end_char for s, e in taken) and span.text[:1].isupper():
            found.append(Mention(span.start_char, span.end_char, span.text, "person", token.i))
    return found


def _family_name_word(word: str, doc: "Doc") -> bool:
    """Whether a capitalised word after a given name may be a family name: no English word (`nlp.common_word`), or
    a word WordNet holds only as the name of individuals (`senses.names_only_individuals`: 'Dekker', the
    dramatist Thomas Dekker's, is in its index but no common noun), so that 'Meanwhile Ruben Dekker, a Liberal
    councillor ..., said' is a person's name the recogniser missed; 'Victoria Station' and 'Jordan Valley' end in
    English words."""
    return not common_word(word, doc) or names_only_individuals(word)


def _apposed_to_someone_s_role(token: "Token", doc: "Doc") -> bool:
    """'Its chair, Doreen Oyelaran, welcomed the postponement': an untagged name in apposition after a role held at a
    body (`_held_at_a_body`: 'Its chair', 'the charity's director') whose noun names a person (a title, or a noun
    whose most frequent WordNet sense is a person, `senses.noun_class`), of a given name the name data marks with
    a gender and a family name that is no English word: that person's name, as the recogniser would have tagged it."""
    role = token.head
    if role.i > token.i or not _held_at_a_body(role) or not (person_title(role) or noun_class(role.lemma_) == PERSON):
        return False
    words = [t for t in doc[token.left_edge.i : token.i + 1] if not t.is_punct]
    if not 2 <= len(words) <= 4 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_ for t in words):
        return False
    return bool(given_name_gender(" ".join(t.text for t in words))) and _family_name_word(token.text, doc)


def _untagged_people_acting(doc: "Doc", mentions: list[Mention], skipped: list[tuple[int, int]]) -> list[Mention]:
    """'Teresa Almeida and the National Association of Retirees took an unfashionable case to court': two or three
    capitalised proper nouns the recogniser tagged nothing, opening with a given name the name data marks with a
    gender (`given_names.given_name_gender`) and ending in no English word (`nlp.common_word`: not 'Victoria
    Station', 'Jordan Valley') and no given name, that are the subject of a verb or joined to one, are a person's
    name, as `_given_and_family_name` reads a name the recogniser mis-tagged, after any title before it ('Justice
    Ilse Tavernier dissented'); after a title right before them, they are a name wherever they stand ('led by
    Professor Siobhán Ní Bhriain of University College London'). Not in a credits or foreign paragraph (`skipped`)."""
    taken = [(m.start, m.end) for m in mentions] + list(skipped)
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ or not token.text[:1].isupper():
            continue
        subject = token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "conj" and token.head.dep_ in ("nsubj", "nsubjpass")
        words = [t for t in token.lefts if t.dep_ in ("compound", "flat")] + [token]
        titled = False
        while len(words) > 2 and words[0].is_alpha and _title_alone(words[0].text) and not words[0].ent_type_:
            words, titled = words[1:], words[1].i == words[0].i + 1  # 'Justice Ilse Tavernier dissented': the title
            # before the name is no part of it
        if not (subject or titled) or not 2 <= len(words) <= 3 or words[-1].i - words[0].i + 1 != len(words):
            continue  # a title right before a given name opens a person's name, wherever the name stands ('led by
            # Professor Siobhán Ní Bhriain of University College London', untagged)
        if any(t.ent_type_ or not t.is_alpha or not t.text[:1].isupper() or _title_alone(t.text) for t in words):
            continue
        span = doc[words[0].i : token.i + 1]
        if not given_name_gender(span.text) or not _family_name_or_no_noun(token.text, doc) or given_name_gender(token.text):
            continue  # (a last word the name data holds as a given name of no gender is a family name: 'Tomasz Brenner')
        if not any(span.start_char < e and s < span.end_char for s, e in taken):
            found.append(Mention(span.start_char, span.end_char, span.text, "person", token.i))
    return found


def _without_features_named_short(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
    """`mentions` without a one-word name tagged a body or a person that the article also writes beside a capitalised
    noun of a natural feature (`senses.natural_feature`: 'Marrow River', 'River Marrow', 'Lake Tarrow', 'Bermuda
    Triangle' after an island's name): the feature's short name, a place that has no government to act for it, as
    the recogniser's locations are no actors ('The Marrow is expected to fall below major flood level', tagged a
    body, is the river). One name, one sense per article (Gale, Church and Yarowsky 1992)."""
    text = text_of(doc)
    features: dict[str, bool] = {}  # name -> whether it is a feature's, read once per name, not per mention

    def feature(name: str) -> bool:
        if name not in features:
            found = re.escape(name)
            beside = re.finditer(rf"(?<![\w-]){found}\s+([A-Z][a-z]+)\b|\b([A-Z][a-z]+)\s+(?:of\s+(?:the\s+)?)?{found}(?![\w-])", text)
            features[name] = any(natural_feature(w) for hit in beside for w in hit.groups() if w)
        return features[name]

    return [
        m for m in mentions
        if not (m.kind in ("organization", "person") and len(m.text.split()) == 1 and m.text[:1].isupper() and feature(m.text))
    ]  # fmt: skip


def _places_as_people(doc: "Doc", mentions: list[Mention]) -> None:
    """A person mention whose very name the recogniser tags as a place elsewhere in the article ('Harlow Bay',
    a location in the dateline, a person in 'the biggest investment Harlow Bay has seen') is that place: one
    name, one sense per article (see `_other_names`)."""
    places = [(re.sub(r"^the ", "", e.text, flags=re.I), e.start_char) for e in doc.ents if e.label_ in ("LOC", "FAC", "GPE")]
    people = {m.text for m in mentions if m.kind == "person" and len(m.text.split()) > 1}
    with_a_region: dict[str, bool] = {}  # name -> `_named_with_a_region_noun`, read once per name, not per mention
    for m in mentions:
        elsewhere = any(text == m.text and not m.start <= start < m.end for text, start in places)  # not its own tag
        if m.kind == "person" and not elsewhere and m.text not in with_a_region:
            with_a_region[m.text] = _named_with_a_region_noun(doc, m.text) or _named_where_things_are(doc, m.text)
        if m.kind == "person" and (elsewhere or with_a_region[m.text]) and not any(p != m.text and m.text in p.split() for p in people):
            m.kind = "country" if canonical_country(m.text) else "place"


_WHERE = frozenset({"in", "near", "around", "outside", "across"})
"""Prepositions of where something is: 'in Porthaven', 'near Porthaven' (and 'out of Porthaven')."""


def _named_where_things_are(doc: "Doc", name: str) -> bool:
    """Whether a one-word name that is no given name in the name data (`given_names.is_given_name`) is written
    somewhere in the article as the object of a preposition of where things are (`_WHERE`, or 'out of': 'boats out
    of Porthaven', 'families in Porthaven'): a place's name, whatever the recogniser tagged it where it acts ('What
    Porthaven is promised'). A person named by one word is a family name the article gives in full before, which
    `_places_as_people` leaves a person."""
    if " " in name or is_given_name(name):
        return False
    for token in doc:
        if token.text != name or token.dep_ != "pobj":
            continue
        prep = token.head
        if prep.lower_ in _WHERE or prep.lower_ == "of" and prep.i > 0 and doc[prep.i - 1].lower_ == "out":
            return True
    return False


def _named_with_a_region_noun(doc: "Doc", name: str) -> bool:
    """Whether the article writes `name` as the modifier of a lower-case noun of a region of land, by one of its three
    most frequent WordNet senses (`senses.is_a`: 'Eastmere ward', 'Harlow Green district', 'Kelso parish'; no stop
    word, nor a noun of a group first, 'union'), or with such a noun in apposition to it ('Eastmere, the ward closest
    to the runway'; not 'Smith, the county executive', whose apposition is an executive): the name of a place,
    whatever the recogniser tagged it where it acts ('the investment Eastmere has been waiting twenty years for')."""
    from spacy.lang.en.stop_words import STOP_WORDS  # the word list only ('in' is a region, Indiana, by a sense)

    def region(noun: "Token") -> bool:
        word = noun.lower_
        return noun.pos_ in ("NOUN", "PROPN") and noun.is_lower and word not in STOP_WORDS and noun_class(word) != GROUP and is_a(word, "region", senses=3)

    words = name.split()
    for token in doc:
        if token.text != words[-1] or doc[max(0, token.i - len(words) + 1) : token.i + 1].text != name:
            continue
        if token.dep_ == "compound" and token.head.i == token.i + 1 and region(token.head):
            return True  # 'Eastmere ward'
        if any(c.dep_ == "appos" and region(c) for c in token.children):
            return True  # 'Eastmere, the ward closest to the runway'
    return False


_SAINTS = frozenset({"st", "st.", "saint"})
"""Words that open a saint's name, which in news names a place or an institution ('St James's Hospital', 'St
Helens'), not a person in the story."""


def _towns_opening_names(doc: "Doc", mentions: list[Mention]) -> None:
    """A name of two or more words tagged a person whose last word is an English common noun, and that opens the
    names of two or more other things the article names ('Cedar Harbour' of the 'Cedar Harbour Transit
    Commission', 'Cedar Harbour Polytechnic' and the 'Cedar Harbour Courier'), is a town's: a town lends its name
    to its council, college and paper, a person's name seldom to two bodies, and then ends in a family name, no
    common noun ('Andy Warhol' of the 'Andy Warhol Foundation'). A place, an actor only when it acts
    (`Referent.place`); one sense per discourse (Gale, Church and Yarowsky 1992)."""
    names = {" ".join(e.text.split()) for e in doc.ents}
    for m in mentions:
        words = m.text.split()
        if m.kind != "person" or len(words) < 2 or not common_noun(words[-1], doc) or not words[-1][:1].isupper():
            continue
        opened = {n for n in names if n.startswith(m.text + " ")}
        if len(opened) >= 2:
            m.kind = "place"


def _known_places_as_people(mentions: list[Mention]) -> None:
    """A person mention that is a place's name: one word that WordNet knows as a place and not as a person, that
    is no given name (`given_names.is_given_name`: 'Florence', 'Austin' may be people) and that no other person
    mention bears ('... as rail strike hits Yorkshire', tagged a person in a headline); or a saint's name ('St
    James's' of 'St James's Hospital'). Either is a place, an actor only when it acts (`Referent.place`)."""
    people = [m.text.split() for m in mentions if m.kind == "person" and len(m.text.split()) > 1]
    borne = {norm(w) for words in people for w in words}
    for m in mentions:
        words = m.text.split()
        if m.kind != "person" or not words:
            continue
        if len(words) > 1 and words[0].lower() in _SAINTS:
            m.kind = "place"
        elif len(words) == 1 and norm(m.text) not in borne and m.text[:1].isupper() and not is_given_name(m.text):
            classes = noun_classes(m.text.lower())
            if "noun.location" in classes and PERSON not in classes:
                m.kind = "place"


def _without_titles_of_people(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
    """'The Education Secretary, Helena Márquez-Dunn, condemned ...': a body's name that ends in a title
    (nameparser's titles) and has a person's name in apposition to it is her title, not a body (as
    `_title_of_person`, for a name the recogniser tagged a body and a rule has since made a person's)."""
    people = {m.root for m in mentions if m.kind == "person"}
    out = []
    for m in mentions:
        root = doc[m.root]
        if m.kind == "organization" and root.lower_ in _NAME_CONSTANTS.titles and m.text.split()[-1] == root.text:
            if any(c.dep_ == "appos" and c.i in people for c in root.children):
                continue
        out.append(m)
    return out


def _without_titles(doc: "Doc", mentions: list[Mention]) -> None:
    """'Councillor Whitfield' is Whitfield: a person mention that opens with a word the article writes just
    before another person's name, as its modifier ('Councillor Dana Whitfield'), opens with a title, not a
    first name; the title is left out of the mention (the parse still gives it as the role). A form of address
    ('Ms Reeves', 'Mrs. Cooper', which the recogniser often tags with the name) is always left out, and so is a
    capitalised title (nameparser's titles, MORE_TITLES) that no one bears as a given name before a name
    ('Mayor Ana Silva', 'Councillor Whitfield') or any such title before a given name and a family name
    ('President Ana Silva'; 'Dean Smith' stays whole, as 'Prince Harry' does). So are capitalised words ending
    in a title before a given name (`_titles_before_a_given_name`: 'City Councillor Marta Okafor') and a
    portfolio after a title and 'of' (`_portfolio_opening`: 'Minister of Mines Marie-Ève Côté')."""
    titles = set()
    for m in mentions:
        if m.kind == "person" and m.start > 0:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            before = doc[span.start - 1] if span is not None and span.start > 0 else None
            if before is not None and before.dep_ == "compound" and before.head.i >= span.start and before.text[:1].isupper() and not before.ent_type_:
                titles.add(before.text)
    people = [m for m in mentions if m.kind == "person" and len(m.text.split()) > 1]
    for m in people:
        title = m.text.split()[0]
        if title.rstrip(".").lower() in HONORIFICS or _title_of(m.text.split()) or title in titles and not any(n.text.split()[0] == title for n in people if n.text.split()[-1] != m.text.split()[-1]):
            _drop_words(m, 1)  # and no one else bears it as a first name
        words = m.text.split()
        run = next((k for k in range(len(words) - 2, 1, -1) if _titles_before_a_given_name(words, k)), 0)
        _drop_words(m, run)  # 'City Councillor Marta Okafor', 'Deputy Health Secretary Ana Silva': capitalised words ending in a title
        _drop_words(m, _portfolio_opening(doc, m))  # 'Minister of Mines' + 'Marie-Ève Côté', 'Mines' taken into her name
    runs = [_capitalised_run(doc, m) for m in mentions if m.kind == "person"]
    for m in people:
        words = m.text.split()
        if len(words) == 2 and _initials_of_a_title(words[0], words[1], runs):
            _drop_words(m, 1)  # 'DI Odell' after 'Detective Inspector Sam Odell': the title's initials, no given name


def _capitalised_run(doc: "Doc", m: Mention) -> list[str]:
    """The capitalised words that end where a person's mention ends, back to the first that is not one: the title
    written before the name with the name ('Detective Inspector Sam Odell')."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return m.text.split()
    start = span.start
    while start > span.sent.start and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper():
        start -= 1
    return [t.text for t in doc[start : span.end] if t.is_alpha]


def _initials_of_a_title(first: str, family: str, runs: list[list[str]]) -> bool:
    """Whether `first`, a word of two to four capitals before a family name ('DI' of 'DI Odell'), spells the first
    letters of the words of a title the article writes whole before a name with that family name ('Detective
    Inspector Sam Odell'): an abbreviated title, as British news writes police and military ranks after the first
    mention ('DI', 'DCI', 'Lt Col'), not a given name's initials ('JP Castellane' has no such run)."""
    if not (2 <= len(first) <= 4 and first.isalpha() and first.isupper()):
        return False
    k = len(first)
    return any(
        len(run) > k + 1 and run[-1] == family and "".join(w[0] for w in run[:k]) == first
        for run in runs
    )


def _drop_words(m: Mention, count: int) -> None:
    """Leave the first `count` words of a mention out of it (its start moves past them and the space after)."""
    words = re.match(r"(?:\S+\s+){%d}" % count, m.text) if count > 0 else None
    if words:
        m.start += words.end()
        m.text = m.text[words.end() :]


def _portfolio_opening(doc: "Doc", m: Mention) -> int:
    """How many words of a person's mention are the portfolio of a title written before it ('Minister of Mines
    Marie-Ève Côté', 'Secretary for Health Ana Silva'): words after a capitalised title (nameparser's titles) and
    'of' or 'for', up to a given name (`given_names.is_given_name`, for a hyphenated name its first part), at
    most two, leaving two words or more. 0 otherwise."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return 0
    preposition, title = doc[span.start - 1], doc[span.start - 2]
    if preposition.lower_ not in ("of", "for") or not title.text[:1].isupper():
        return 0
    if title.lower_.rstrip(".") not in _NAME_CONSTANTS.titles or title.lower_.rstrip(".") in HONORIFICS:
        return 0
    words = m.text.split()
    for k in range(1, min(3, len(words) - 1)):
        if is_given_name(words[k].split("-")[0]) and not is_given_name(words[0].split("-")[0]):
            return k
    return 0


def _titles_before_a_given_name(words: list[str], k: int) -> bool:
    """Whether the first `k` of a person mention's `words`, all capitalised, end in a title (`TITLE_WORDS`) and the
    next is a given name with at least one more name after it: a role the recogniser tagged with the name."""
    return (
        all(w[:1].isupper() for w in words[:k])
        and words[k - 1].rstrip(".").lower() in TITLE_WORDS
        and is_given_name(words[k])
        and len(words) - k >= 2
    )


def _titled_person(doc: "Doc", m: "Mention") -> bool:
    """'Councillor Dev Mistry', tagged a body: a title written before names (`_title_of`) that is an English noun,
    then a given name in the name data that is no English word, and one or two more capitalised words, is a
    person's name with its title, whatever the recogniser tagged it (`_without_titles` then leaves the title
    out). A given name WordNet holds only as an individual's name counts as no English word (`_family_name_word`:
    'Constable Helen Marwood', of Helen of Troy). Not 'United Kingdom Home Office' or 'British Red Cross':
    nameparser's titles hold adjectives, and 'Kingdom' and 'Red' are words."""
    words = m.text.split()
    if not (3 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and _title_of(words)):
        return False
    noun = common_noun(words[0], doc) or words[0].lower() in MORE_TITLES  # 'Councilmember', which WordNet writes apart
    return noun and is_given_name(words[1]) and _family_name_word(words[1], doc)


def _title_of(words: list[str]) -> bool:
    """Whether the first of a person mention's `words` is a title before the name (see `_without_titles`)."""
    first = words[0]
    if len(words) < 2 or not first[:1].isupper() or first.rstrip(".").lower() not in TITLE_WORDS:
        return False
    return not is_given_name(first) or len(words) >= 3 and is_given_name(words[1])


_LABEL_END = re.compile(r":\s")


def _headings(text: str) -> list[tuple[int, int]]:
    """The [start, end) in characters of every heading line (no closing punctuation, most words capitalised:
    'China’s Role: Economic Leverage and Quiet Support') and of every line label (see `_line_labels`)."""
    found = []
    for line in re.finditer(r"[^\n]+", text):
        if line.group().split() and looks_like_heading(line.group(), (*SENTENCE_ENDS, ":")):
            found.append(line.span())
    return sorted(found + _line_labels(text))


def _line_labels(text: str) -> list[tuple[int, int]]:
    """The [start, end) in characters of every label in title case, six words at most, that opens a line before
    a colon ('• Proxy Conflicts and Cyber Warfare: Direct military confrontation ...'): a term, not a clause."""
    found = []
    for line in re.finditer(r"[^\n]+", text):
        label = _LABEL_END.search(line.group())
        if label and label.start() < 80 and not looks_like_heading(line.group(), (*SENTENCE_ENDS, ":")):
            head = [w for w in line.group()[: label.start()].split() if any(c.isalnum() for c in w)]  # not a bullet
            if 0 < len(head) <= 6 and all(w[:1].isupper() or w in _FUNCTION_WORDS for w in head):
                found.append((line.start(), line.start() + label.start()))
    return found


def _without_heading_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a person the recogniser found only in headings and line labels, never in the article's sentences:
    a heading's capitalised words ('Quiet Support', 'Maduro’s Plea', 'Cyber Warfare') look like names to it.
    Someone named in a heading and in the text keeps every mention."""
    headings = _headings(text)
    if not headings:
        return mentions
    inside = lambda m: any(s <= m.start and m.end <= e for s, e in headings)  # noqa: E731
    in_text = {m.text for m in mentions if not inside(m)}
    return [m for m in mentions if not (m.kind == "person" and inside(m) and m.text not in in_text)]


def _people_who(doc: "Doc", mentions: list[Mention], skipped: list[tuple[int, int]]) -> list[Mention]:
    """'Dame Meg Hillier, who chairs the Treasury Committee', 'Kemi Adeosun-Bakare, who heads the Nigerian Ports
    Authority': a proper name that heads a relative clause with 'who' is a person's when the recogniser left it
    untagged or took it for a facility, product or work ('who' takes a personal antecedent: Quirk et al. 1985,
    A Comprehensive Grammar of the English Language, 6.34). Names it tagged as a body stay bodies."""
    taken = [(m.start, m.end) for m in mentions] + list(skipped)
    found = []
    for clause in doc:
        head = clause.head
        if clause.dep_ != "relcl" or head.pos_ != "PROPN" or head.ent_type_ not in ("", *_NOT_ACTORS):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in clause.children):
            continue
        start = head.left_edge.i
        while start < head.i and _title_alone(doc[start].text):
            start += 1  # 'Councilmember', 'Dame': a title, not part of the name
        span = doc[start : head.i + 1]
        words = [t for t in span if not (t.is_punct and t.text == "-")]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ in ("", *_NOT_ACTORS) for t in words):
            continue
        if len(words) < 2 and start == head.left_edge.i:
            continue  # one word with no title before it may be a place or a body as well
        if any(span.start_char < e and s < span.end_char for s, e in taken):
            continue
        found.append(Mention(span.start_char, span.end_char, span.text, "person", head.i))
    return found


def _one_word_entity_at(doc: "Doc", i: int, labels: Iterable[str]) -> "Token | None":
    """Token `i` when an entity of one of `labels` begins there and is one word long; None otherwise."""
    if i >= len(doc) or doc[i].ent_iob_ != "B" or doc[i].ent_type_ not in labels:
        return None
    return None if i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I" else doc[i]


def _name_split_in_two(doc: "Doc", span: "Span") -> "Span | None":
    """'Valeska Paris, an Australian woman and former Scientologist, has claimed': a person's name the recogniser
    tagged as two entities side by side ('Valeska' and 'Paris', two places). Joined when the first is one word
    that the name data marks, with the second, as a given name with a gender, the second is one capitalised word,
    and the sentence treats the pair as a person (described by a common noun in apposition, as in
    `_given_and_family_name`). None otherwise."""
    nxt = span.end
    if len(span) != 1 or _one_word_entity_at(doc, nxt, KINDS) is None:
        return None
    first, second = span[0], doc[nxt]
    if not (first.is_alpha and second.is_alpha and first.text[:1].isupper() and second.text[:1].isupper() and first.whitespace_ == " "):
        return None
    if not is_given_name(first.text) or not given_name_gender(f"{first.text} {second.text}"):
        return None
    pair = doc[span.start : nxt + 1]
    described = any(c.dep_ == "appos" and c.pos_ == "NOUN" for t in pair for c in t.children)
    return pair if described else None


def _given_and_family_name_tagged_a_body(span: "Span") -> "Span | None":
    """A person's name the recogniser tagged a body, whole: two or three capitalised words, no article before them,
    the first a given name the name data marks with a gender (`given_names.given_name_gender`) and no English
    word, the others family names or words English has as no noun ('Reddish'), so that no word is a body's or a
    place's noun (`_family_name_or_no_noun`: 'Maria Lopez Foundation', 'Victoria Station', 'Grace Church', 'Tomoe
    Precision Industries' stay bodies). A given name tagged alone takes the untagged proper noun the parser makes
    it a compound of ('Callum' + 'Reddish took ...'). A body named after its founder is written so too ('John
    Lewis'), but news names people far more often; the small English pipeline tags players' names in a match
    report a body ('Lukas Brandt headed in a corner'). None otherwise."""
    doc = span.doc
    if len(span) == 1 and span.end < len(doc):
        after = doc[span.end]
        if not after.ent_type_ and after.pos_ == "PROPN" and span[0].dep_ == "compound" and span[0].head.i == after.i:
            span = doc[span.start : span.end + 1]
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 3 or len(words) != len(span) or span.start > 0 and doc[span.start - 1].lower_ == "the":
        return None
    if not all(t.text[:1].isupper() and not t.text.isupper() and t.text.replace("-", "").isalpha() for t in words):
        return None
    if common_word(words[0].text, doc) or not given_name_gender(span.text):
        return None
    return span if all(_family_name_or_no_noun(t.text, doc) for t in words[1:]) else None


def _person_of_a_body(span: "Span") -> "Span | None":
    """The person's name that opens a name tagged a body whole, before 'of' and the body's capitalised name
    ('Femi Adeyemi of Calder Securities'): two or three words read as `_given_and_family_name_tagged_a_body`
    reads them, or a given name the name data holds and a family name no English word. None otherwise (the 'Bank
    of England' opens with no given name)."""
    doc = span.doc
    of = next((t.i for t in span[2:4] if t.lower_ == "of"), None)
    if of is None or of + 1 >= span.end or not doc[of + 1].text[:1].isupper():
        return None
    name = doc[span.start : of]
    if (person := _given_and_family_name_tagged_a_body(name)) is not None:
        return person
    words = [t.text for t in name]  # a given name the name data knows but genders with no confidence ('Femi'), and a
    if len(words) == 2 and is_given_name(words[0]) and not common_word(words[0], doc) and _family_name_word(words[1], doc):
        return name  # family name that is no English word, before 'of' and a body: the person's
    return None


def _family_name_or_no_noun(word: str, doc: "Doc") -> bool:
    """Whether a capitalised word after a given name may be part of a person's name: a family name by
    `_family_name_word`, or an English word that is no noun in any form (`nlp.common_noun`: 'Reddish', an
    adjective), which can name no body's or place's kind ('Station', 'Valley', 'Church', 'Industries', 'Buses')."""
    return _family_name_word(word, doc) or not common_noun(word, doc)


def _given_name_left_out(doc: "Doc", span: "Span") -> "Span | None":
    """'Dorotea Ñancupil, who leads the Caleta Honda Fishers' Cooperative, said': a person's name whose given name
    the recogniser left untagged and whose family name it tagged something else (a place), one word. The two are
    the person's name when the word before is a capitalised given name the name data marks with a gender, with
    the family name, and no English word, and the sentence treats the pair as a person as `_given_and_family_name`
    asks (a 'who' clause, an apposition, a title). None otherwise."""
    start = span.start
    if len(span) != 1 or start == 0:
        return None
    given = doc[start - 1]
    if given.ent_type_ or not (given.is_alpha and given.text[:1].isupper() and not given.text.isupper() and given.whitespace_):
        return None
    if not given_name_gender(f"{given.text} {span.text}") or common_word(given.text, doc):
        return None
    pair = doc[start - 1 : span.end]
    return pair if _given_and_family_name(doc, Mention(pair.start_char, pair.end_char, pair.text, "person", span.root.i)) else None


def _members_letters_alone(span: "Span") -> bool:
    """Whether a mention is only the letters of a member of a legislature, singular or plural ('MLA', 'MPs',
    `MEMBERS_LETTERS` but the bar's KC, QC and SC): an office, as 'the senator' is, never a body's or a person's name."""
    word = span.text.strip()
    letters = word[:-1] if word.endswith("s") and word[:-1].isupper() else word
    return len(span) == 1 and letters.isupper() and letters.lower() in MEMBERS_LETTERS - BAR_LETTERS


def _after_an_opening_role(span: "Span") -> "Span | None":
    """'Organizer Terrell Banks said the group plans to march': a noun for what someone does, capitalised only
    because it opens the sentence, before a given name and a family name that the recogniser tagged as one
    entity with it. The name is the words after it (the parse still gives the noun as the role) when the first
    word opens its sentence, is an English noun whose most frequent WordNet sense is a person's (`senses`:
    'organizer', 'activist', 'resident') and no given name ('Hunter Biden' stays whole), and the second is a
    given name (`given_names`). None otherwise."""
    if len(span) < 3 or not span[0].is_sent_start or not all(t.is_alpha and t.text[:1].isupper() for t in span[:3]):
        return None
    role, given = span[0], span[1]
    if is_given_name(role.text) or noun_class(role.text.lower()) != PERSON or not is_given_name(given.text):
        return None
    return span[1:]


def _titled_given_name(doc: "Doc", span: "Span") -> "Span | None":
    """'Their leader, Cllr Priya Sandhu, said': a title and a given name the recogniser tagged as one entity (a
    body), and the family name right after as another. The given name and the family name are the person's name
    (the title stays before it, the role) when the first word is a title no one bears as a given name
    (`_title_of`), the second a given name, and the next entity one capitalised word. None otherwise."""
    nxt = span.end
    if len(span) != 2 or _one_word_entity_at(doc, nxt, KINDS) is None:
        return None
    given, family = span[1], doc[nxt]
    if not (given.is_alpha and family.is_alpha and family.text[:1].isupper() and given.whitespace_ == " "):
        return None
    return doc[span.start + 1 : nxt + 1] if _title_of([span[0].text, given.text]) and is_given_name(given.text) else None


def _titled_in_apposition(name: "Token") -> bool:
    """Whether a person's title is set in apposition after a name ('Alden Corvo, Veradia's Minister of Maritime
    Affairs,'): a title word (`TITLE_WORDS`) whose first WordNet sense is a person's, capitalised or not, as titles
    of office are written; the name is a person's, whatever the recogniser tagged it."""
    return any(c.dep_ == "appos" and c.i > name.i and c.lower_ in TITLE_WORDS and noun_class(c.lemma_.lower()) == PERSON for c in name.children)


def _surname_of_someone(token: "Token") -> bool:
    """Whether a one-word name the recogniser tagged anything is written elsewhere in the article after a given name
    the name data genders (`given_names.given_name_gender`), or as the last word of a person's name the recogniser
    tagged (`_ends_a_person_s_name`: 'Corin Halvorsen'): "'...,' Corvo told reporters" after 'Alden Corvo,
    Veradia's Minister of Maritime Affairs' is the minister by his surname, no body (one sense per discourse: Gale,
    Church and Yarowsky 1992), whatever the recogniser tagged it there."""
    doc = token.doc
    if token.ent_iob_ != "B" or token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I" or not token.text[:1].isupper():
        return False
    return any(
        t.i != token.i and t.text == token.text and t.i > 0 and doc[t.i - 1].text[:1].isupper()
        and (given_name_gender(f"{doc[t.i - 1].text} {t.text}") or _ends_a_person_s_name(t))
        for t in doc
    )  # fmt: skip


def _ends_a_person_s_name(token: "Token") -> bool:
    """Whether a word is the last of two or more the recogniser tags one person's name ('Corin Halvorsen', whose
    given name the name data lacks)."""
    doc = token.doc
    return token.ent_type_ == "PERSON" and token.ent_iob_ == "I" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")


def _family_name_tagged_apart(doc: "Doc", span: "Span") -> "Span | None":
    """'Former captain Carmen Rosa Ugarte Llosa, now a commentator, said': the last of a person's names the
    recogniser tagged as an entity of its own (a place), right after the person's. Joined when it is one
    capitalised word, no country or capital, and the parse makes it the head the person's words hang from as
    a compound: one noun phrase, one name (Spanish and Portuguese names carry two family names). None otherwise."""
    nxt = span.end
    if len(span) < 2 or _one_word_entity_at(doc, nxt, ("GPE", "LOC", "ORG", "PERSON")) is None:
        return None
    last = doc[nxt]
    if not (last.is_alpha and last.text[:1].isupper() and span[-1].whitespace_ == " ") or canonical_country(last.text) or is_capital(last.text):
        return None
    return doc[span.start : nxt + 1] if all(t.dep_ == "compound" and t.head.i in (nxt, *range(span.start, span.end)) for t in span) and span.root.head.i == nxt else None


def _portfolio_before(doc: "Doc", span: "Span") -> str:
    """'Minister for Enterprise and Employment Siobhán Kearney': a title and its portfolio written before the name
    with no comma, the parse hanging the name from the title's 'for' or 'of' (British and Irish style): the title
    with its portfolio is the role. '' otherwise."""
    root = span.root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in ("for", "of") or preposition.i >= span.start:
        return ""
    title = preposition.head
    between = doc[preposition.i + 1 : span.start]
    if title.i != preposition.i - 1 or not _title_word(title) or not between:
        return ""
    if not all(t.lower_ in ("and", "&", ",") or t.is_alpha and t.text[:1].isupper() and common_word(t.text, doc) for t in between):
        return ""
    return doc[title.i : span.start].text


def _person_after_portfolio(doc: "Doc", span: "Span") -> "Span | None":
    """'Minister for Enterprise and Employment Siobhán Kearney announced': a minister's or secretary's portfolio
    written before the name with no comma (British and Irish style), whose last words the recogniser tagged with the
    name as one body ('Employment Siobhán Kearney'). The name is the last two words when they open with a given
    name the name data marks with a gender, every word before them in the entity is a capitalised English word,
    and those words, with any more of the portfolio before them ('Enterprise and'), follow 'for' or 'of' after a
    title ('Minister', `_title_word`). None otherwise."""
    if len(span) < 3:
        return None
    given, family = span[-2], span[-1]
    if not (given.is_alpha and family.is_alpha and given.text[:1].isupper() and family.text[:1].isupper()):
        return None
    if not given_name_gender(f"{given.text} {family.text}"):
        return None
    if not all(t.is_alpha and t.text[:1].isupper() and common_word(t.text, doc) for t in span[:-2]):
        return None
    i = span.start - 1
    while i >= 0 and (doc[i].lower_ in ("and", "&", ",") or doc[i].is_alpha and doc[i].text[:1].isupper() and common_word(doc[i].text, doc)):
        i -= 1
    if i < 1 or doc[i].lower_ not in ("for", "of") or not _title_word(doc[i - 1]):
        return None
    return doc[span.end - 2 : span.end]


def _person_after_body(doc: "Doc", span: "Span") -> "Span | None":
    """'the Council on American-Islamic Relations Alia Salem said': the person's name an organisation's entity ran
    on into (a body's name before a person's, with no comma: the recogniser tags both as one body). The last two
    words are the name when they are capitalised and open with a given name the name data marks with a gender,
    after a word that is no given name or is an English word ('Bill & Melinda Gates' is not cut; '... Housing Trust
    Enver Solomon' is), the body keeps two or more words
    before them, and the body hangs (through 'of') from a common noun that is the clause's subject: the role
    the person holds there ('Executive director of ...'; 'Bank of America Merrill Lynch said' is not cut)."""
    if len(span) < 4:
        return None
    given, family, before = span[-2], span[-1], span[-3]
    if not (given.is_alpha and family.is_alpha and given.text[:1].isupper() and family.text[:1].isupper() and before.text[:1].isupper()):
        return None
    if not given_name_gender(f"{given.text} {family.text}") or is_given_name(before.text) and not common_word(before.text, doc):
        return None  # ('Trust' and 'Council' are in the name data too, but they are English words)
    if canonical_country(given.text):
        return None  # 'Clean Air Nigeria Initiative': a country's name in a body's, though the name data holds it
    head = span.root
    while head.dep_ in ("pobj", "prep", "compound", "appos") and head.head.i != head.i:
        head = head.head  # up the 'of' chain: 'director of the Dallas chapter of the Council ...'; or from the family
        # name the parse put in apposition to the role ('CEO of the Marlow Housing Trust Enver Solomon')
    role_noun = head.pos_ == "NOUN" or head.pos_ == "PROPN" and not head.ent_type_ and _title_word(head)  # 'CEO',
    if not role_noun or head.dep_ not in ("nsubj", "nsubjpass") or head.i >= span.start:  # tagged a proper noun
        return None
    return doc[span.end - 2 : span.end]


_PREFIX_FORMS = frozenset(form for form in _LEGAL_FORMS if form.isalpha())
"""One-word legal forms of companies, by `cleanco` (PT, OOO, AG, Ltd ...): written in capitals before a name
('PT Andalas Semen Perkasa', Indonesian; 'OOO Sibirskaya', Russian) they make it a company's."""


def _companies_by_legal_form(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
    """'the takeover of PT Andalas Semen Perkasa by rival PT Karya Beton Nusantara': a legal form in capitals
    (`_PREFIX_FORMS`, no country's code and no title after it; one of two letters only before two or more words,
    as initials are written so) that the parse hangs on the capitalised proper nouns right after it makes them,
    with it, a company's name, whatever the recogniser tagged there (a person, or nothing); and a mention elsewhere of the name's first words ('Karya Beton said') is that company's."""
    found = []
    for token in doc[:-1]:
        if not (token.is_alpha and token.text.isupper() and 2 <= len(token) <= 4 and token.lower_ in _PREFIX_FORMS) or canonical_country(token.text):
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_alpha and doc[end].text[:1].isupper() and not _title_alone(doc[end].text):
            end += 1
        if end == token.i + 1 or token.head.i not in range(token.i + 1, end) or doc[end - 1].lower_ in _NAME_CONSTANTS.titles:
            continue
        if len(token) == 2 and end - token.i < 3:
            continue  # 'AS Heagle', 'JK Rowling': two capitals before one name are as often a person's initials
        found.append(doc[token.i : end])
    found += _untagged_names_with_a_legal_form(doc, mentions)
    if not found:
        return mentions
    out = [m for m in mentions if not any(m.start < span.end_char and span.start_char < m.end for span in found)]
    out += [Mention(span.start_char, span.end_char, span.text, "organization", span.root.i) for span in found]
    names = [(span[1:] if span[0].lower_ in _PREFIX_FORMS else span).text.split() for span in found]
    names = [without_legal_form(" ".join(words)).split() for words in names]
    for m in out:
        words = m.text.split()
        if m.kind == "person" and any(words == name[: len(words)] for name in names):
            m.kind = "organization"  # 'Karya Beton, the country's third-largest cement maker, said'
    return sorted(out, key=lambda m: m.start)


def _untagged_names_with_a_legal_form(doc: "Doc", mentions: list[Mention]) -> list["Span"]:
    """'Supporters of Trentside Rovers FC Ltd have vowed ...': capitalised proper nouns that the parse hangs on a
    company's legal form written after them (`_ends_in_a_legal_form`), where the recogniser tagged no name over
    the form: a company's name, whatever it tagged over its first words."""
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.text.rstrip(".").lower() not in _LEGAL_FORMS or any(m.start <= token.idx < m.end for m in mentions):
            continue
        start = token.i
        while (
            start > 0
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].is_alpha
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].head.i in range(start, token.i + 1)
            and not _title_alone(doc[start - 1].text)
            and doc[start - 1].lower_ not in HONORIFICS
        ):
            start -= 1
        if start < token.i and _ends_in_a_legal_form(doc[start : token.i + 1].text):
            found.append(doc[start : token.i + 1])
    return found


def _named_for_a_cause(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
    """'Maya Feldman, director of Riders for Brookport Transit,', 'Americans for Prosperity', 'Mothers Against Drunk
    Driving': a capitalised plural (a common noun, or a people's name the recogniser tagged NORP) inside a sentence,
    then 'for' or 'against' and a run of capitalised words (`_cause_end`), is an organisation's name, the way
    advocacy groups name themselves: who they are, then what they stand for. Whatever the recogniser tagged over
    its parts ('Americans', 'Brookport Transit') gives way to it. A plural that opens its sentence is capitalised
    anyway ('Calls for Brookport Transit to ...') and counts only where the same name is written inside a sentence
    too; a heading's words are all capitalised and count nowhere."""
    headings = _headings(text_of(doc))
    found: list["Span"] = []
    for plural in doc[:-2]:
        end = cause_named_after(plural)
        start = plural.i
        while start > plural.sent.start and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and doc[start - 1].head.i == plural.i:
            start -= 1  # 'Concerned Parents for Safe Streets'
        start = min(start, _proper_name_start(plural))  # 'Show-Me Parents for Choice'
        if end is None or any(s <= plural.idx < e for s, e in headings):
            continue
        if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].text[:1].isupper() and doc[start - 2].lower_ not in TITLE_WORDS:
            continue  # 'the Court of Appeals for the Federal Circuit': the end of a longer name ('Director of ...' is a title)
        found.append(doc[start:end])
    inside = {span.text for span in found if not _opens_sentence(span[0])}
    found = [span for span in found if span.text in inside]
    if not found:
        return mentions
    out = [m for m in mentions if not any(m.start < span.end_char and span.start_char < m.end for span in found)]
    out += [Mention(span.start_char, span.end_char, span.text, "organization", span.root.i) for span in found]
    return sorted(out, key=lambda m: m.start)


def cause_named_after(plural: "Token") -> int | None:
    """The end (a token index) of an advocacy group's name that `plural` opens: a capitalised plural (a common noun,
    or a people's name the recogniser tagged NORP: 'Riders', 'Americans'), then 'for' or 'against' and its cause
    (`_cause_end`); None where `plural` opens no such name."""
    doc = plural.doc
    if plural.i + 1 >= len(doc) or doc[plural.i + 1].lower_ not in ("for", "against") or not plural.is_alpha or not plural.text[:1].isupper():
        return None
    if not (plural.tag_ in ("NNS", "NNPS") and common_noun(plural.text, doc) or plural.ent_type_ == "NORP" and plural.lower_.endswith("s")):
        return None
    return _cause_end(doc, plural.i + 2)


def _cause_end(doc: "Doc", start: int) -> int | None:
    """The end (a token index) of the cause an advocacy group's name states from `start`, after its 'for' or
    'against': capitalised words, with 'the', 'of', 'and' or '&' between or before them ('the Environment
    Australia', 'Safe Streets and Schools'), in the sentence; None without one capitalised word, or when the words
    run into a possessive ('for Brookport Transit's riders': what is for whom, no name)."""
    sentence_end = doc[start - 1].sent.end
    end, i = None, start
    while i < sentence_end:
        word = doc[i]
        if word.is_alpha and word.text[:1].isupper():
            end = i = i + 1
        elif word.lower_ in ("the", "of", "and", "&") and i + 1 < sentence_end and doc[i + 1].text[:1].isupper():
            i += 1
        else:
            break
    if end is not None and end < sentence_end and doc[end].tag_ == "POS":
        return None
    return end


def _untagged_repeats(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
    """Each other place the text writes a body's name the recogniser tagged once, letter for letter, that it left
    untagged ('Nordisense, a Copenhagen-based manufacturer' tagged; 'Nordisense welcomed the findings' not): a
    mention of the same body, the exact-match sieve of coreference (Lee et al. 2013, "Deterministic coreference
    resolution based on entity-centric, precision-ranked rules", Computational Linguistics 39(4)). Not inside a
    longer name (a capitalised word right before or after it), nor a one-word name that is an English word
    (`nlp.common_word`: 'Unite', 'Reform'), which may be the word. An echo counts toward nothing that makes a name
    an actor (`Mention.echo`): the recogniser's tags of 'Regulation FD', 'FY2018' or 'Google Science Fair' as
    bodies are wrong often enough that finding them again must not make them salient (measured on the development
    set: seven such names became actors)."""
    text = text_of(doc)
    taken = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for name in dict.fromkeys(m.text for m in mentions if m.kind == "organization" and len(m.text) > 3):
        if " " not in name and common_word(name, doc):
            continue
        for hit in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text):
            start, end = hit.span()
            if any(s < end and start < e for s, e in taken):
                continue
            span = doc.char_span(start, end)
            if span is None or span.start > 0 and _capitalised_word(doc[span.start - 1]) and doc[span.start - 1].is_sent_start is not True:
                continue
            if span.end < len(doc) and _capitalised_word(doc[span.end]):
                continue
            found.append(Mention(start, end, name, "organization", span.root.i, echo=True))
            taken.append((start, end))
    return found


@per_document
def _untagged_grouping_names(doc: "Doc") -> list["Span"]:
    """Names of bodies the recogniser tagged nothing, written after a capitalised 'The' as capitalised proper nouns
    (and the words that join them, `_capitalised_name`) whose last is a grouping's noun (`_grouping_noun`: "The Retail
    and Distributive Workers' Union"): each name without its article."""
    found = []
    for chunk in doc.noun_chunks:
        words = [t for t in chunk if not t.is_punct or t.tag_ == "POS"]
        if len(words) < 3 or words[0].text != "The" or any(t.ent_type_ for t in words):
            continue
        name = words[1:]
        if _capitalised_name(name) and _grouping_noun(name[-1]) and name[-1].lower_ not in TITLE_WORDS:
            found.append(doc[name[0].i : name[-1].i + 1])
    return found


def _capitalised_name(words: list["Token"]) -> bool:
    """Whether words are a name: capitalised proper nouns, and inside them only the words that join such a name's
    parts, 'and', 'of', 'for', '&', or a plural's possessive mark ("Retail and Distributive Workers' Union")."""
    joins = lambda t: t.lower_ in ("and", "of", "for", "&") or t.tag_ == "POS" and t.text in ("'", "’")  # noqa: E731
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha or 0 < k < len(words) - 1 and joins(t) for k, t in enumerate(words))


def _unrecognised_bodies(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
    """'The Deseret News observed', 'reported by The Aviation Herald': a name of two or more capitalised proper
    nouns after a capitalised 'The' (and the words that join them, `_capitalised_name`: "The Retail and
    Distributive Workers' Union, which represents ..., said"), that the recogniser did not tag and that acts (the
    subject or the passive agent of a verb), is a body's: no person's name takes an article. A title is not ('The Prime Minister said'),
    nor a document's name ('The End Zuckerbucks Act would ban ...', `DOCUMENT_HEADS`), nor the second part of a
    work's ('Batman: The Animated Series'). So is an untagged proper noun (with the proper nouns before it) set in
    apposition to a noun of a grouping with an article ('ShopperWatch, the consumer group, was sceptical':
    `_apposed_to_a_group`), unless its first word is an English word; and a firm named for its trade
    (`_named_for_their_trade`: 'Moorland Link Buses will withdraw six routes'); and a grouping's name a place or
    body owns ("Casmeria's High Court struck down the ban", `_owned_body_name`)."""
    taken = [(m.start, m.end) for m in mentions]
    found = []
    grouped = _named_groups(doc)
    for span in grouped:
        if not any(span.start_char < m.end and m.start < span.end_char for m in mentions if m.kind != "demonym"):  # 'Swedish' opens it
            found.append(Mention(span.start_char, span.end_char, span.text, "organization", span.root.i))
    for i in sorted(_apposed_to_a_group(doc)):  # 'ShopperWatch, the consumer group, was sceptical', untagged
        token = doc[i]
        if not _grouping_named(token) or token.ent_type_ or not token.text[:1].isupper() or not token.is_alpha:
            continue
        first = _proper_name_start(token)
        if first != i and any(doc[k].ent_type_ or not doc[k].text[:1].isupper() for k in range(first, i)):
            continue
        start, end = doc[first].idx, token.idx + len(token)
        if not any(start < m.end and m.start < end for m in mentions + found) and not common_word(doc[first].text, doc):
            found.append(Mention(start, end, doc.text[start:end], "organization", i))
    for span in _named_after_a_grouping_noun(doc):  # "The patients' charity Stronger Together welcomed", tagged nothing
        if not any(span.start_char < m.end and m.start < span.end_char for m in mentions + found):
            found.append(Mention(span.start_char, span.end_char, span.text, "organization", span[-1].i))
    for run in _named_for_their_trade(doc):  # 'Moorland Link Buses will withdraw six routes', tagged nothing
        if not any(run.start_char < m.end and m.start < run.end_char for m in mentions + found):
            found.append(Mention(run.start_char, run.end_char, run.text, "organization", run.root.i))
    opened = {span.start for span in grouped}
    for chunk in doc.noun_chunks:
        words = [t for t in chunk if not t.is_punct]
        if len(words) >= 2 and words[1].i in opened:
            continue  # one `_named_groups` found
        owned = _owned_body_name(words)  # "Casmeria's High Court struck down the ban", tagged nothing
        if owned is None and (len(words) < 3 or words[0].text != "The" or any(t.ent_type_ for t in words)):
            continue
        name = owned or words[1:]
        if not _capitalised_name(name):
            continue  # ("The Retail and Distributive Workers' Union", with its 'and' and its possessive mark inside)
        if name[-1].lower_ in TITLE_WORDS or name[-1].lower_ in DOCUMENT_HEADS:
            continue  # 'The Prime Minister', 'The Conservative MP', 'The End Zuckerbucks Act'
        if words[0].i > 0 and (doc[words[0].i - 1].text == ":" or doc[words[0].i - 1].pos_ == "PROPN"):
            continue  # 'Batman: The Animated Series': the second part of a title
        root = chunk.root
        acting = root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "pobj" and root.head.dep_ == "agent"
        start, end = name[0].idx, name[-1].idx + len(name[-1])
        if acting and not any(start < e and s < end for s, e in taken):
            found.append(Mention(start, end, doc.text[start:end], "organization", root.i))
    taken += [(m.start, m.end) for m in found]
    return found + _bodies_in_apposition(doc, taken)


def _owned_body_name(words: list["Token"]) -> list["Token"] | None:
    """The words of an untagged body's name after a tagged name that owns it ("Casmeria's High Court", "Kaldora's
    National Assembly"): two or more proper nouns after the possessive ending, none tagged, whose last is a
    grouping's noun by its first WordNet sense ('court', 'council', 'ministry': `senses.is_a`); None otherwise ('the
    city's Old Town', a place)."""
    ending = next((k for k, t in enumerate(words) if t.tag_ == "POS"), None)
    if ending is None or ending == 0 or not words[ending - 1].ent_type_ or words[ending - 1].ent_type_ == "PERSON":
        return None
    name = words[ending + 1 :]
    if len(name) < 2 or any(t.ent_type_ for t in name) or not is_a(name[-1].lemma_.lower(), "group"):
        return None
    return name


@per_document
def _named_after_a_grouping_noun(doc: "Doc") -> tuple["Span", ...]:
    """Untagged runs of two or more capitalised words inside a sentence, right after a lower-case singular noun
    of a grouping that has an article or a possessor (`_grouping_noun`: "The patients' charity Stronger Together
    welcomed the comments"): the noun says the run is a body's name, as 'the company Apple' does, whatever the
    parser made of its words ('Stronger' an adjective). Not a person's (a given name first: 'the committee John
    Ellis chairs'), and not a run a capitalised word or a tagged entity goes on from."""
    found = []
    for noun in doc:
        if not _grouping_noun_naming(noun) or not any(c.dep_ in ("det", "poss") for c in noun.children):
            continue
        end = noun.i + 1
        while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() and not doc[end].ent_type_ and not doc[end].is_sent_start:
            end += 1
        if end - noun.i - 1 < 2 or is_given_name(doc[noun.i + 1].text) or end < len(doc) and doc[end].ent_type_:
            continue
        found.append(doc[noun.i + 1 : end])
    return tuple(found)


@per_document
def _named_for_their_trade(doc: "Doc") -> tuple["Span", ...]:
    """Each untagged run of two or more proper nouns that is a clause's subject and ends in the plural of an English
    noun, after a first word that is no given name, and no English word unless the article writes the run so,
    capitals and all, twice or more ('Moorland Link Buses will withdraw six routes': a firm named for its trade;
    people's names do not end in a plural noun, and a headline's 'Local Residents' is capitalised only by its
    line). Found once per document."""
    found = []
    for token in doc:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "PROPN" or token.ent_type_ or not token.text[:1].isupper():
            continue
        first = token.i
        while first > 0 and doc[first - 1].dep_ == "compound" and first <= doc[first - 1].head.i <= token.i and doc[first - 1].pos_ == "PROPN":
            first -= 1
        run = doc[first : token.i + 1]
        if len(run) < 2 or any(t.ent_type_ or not t.text[:1].isupper() or not t.is_alpha for t in run) or is_given_name(run[0].text):
            continue
        named = not common_word(run[0].text, doc) or len(list(written_at(text_of(doc), run.text))) >= 2  # not 'Local Residents'
        if named and _plural_of_a_noun(token.text, doc):  # 'Coaches', 'Buses'
            found.append(run)
    return tuple(found)


@per_document
def _named_groups(doc: "Doc") -> tuple["Span", ...]:
    """The names after 'the' that `_named_group` finds a body's, each occurrence, found once per document."""
    found = []
    for chunk in doc.noun_chunks:
        words = [t for t in chunk if not t.is_punct]
        if len(words) >= 3 and words[0].lower_ == "the" and _named_group(words[1:]):
            found.append(doc[words[1].i : words[-1].i + 1])
    return tuple(found)


def _named_group(name: list["Token"]) -> bool:
    """'The Swedish Type 2 Diabetes Alliance', 'the Valley Farmers Union': two or more capitalised words (a
    nationality and numbers among them), no name of a person, body, place or building the recogniser found
    inside, whose last word is a singular noun with a WordNet sense in the file of groups (`senses.noun_classes`,
    noun.group: 'alliance', 'union', 'federation'), no time or event in its most frequent sense ('the Diversity
    March') and no title ('The Prime Minister'), is a body's name the recogniser missed or cut; not the second
    part of a title after a colon ('Batman: The Animated Series')."""
    if len(name) < 2 or any(t.ent_type_ in ("PERSON", "ORG", "GPE", "FAC", "LOC") for t in name):
        return False
    if not all(t.text[:1].isupper() and t.is_alpha or t.like_num for t in name) or not name[0].is_alpha:
        return False
    last = name[-1]
    before = name[0].doc[name[0].i - 2] if name[0].i > 1 else None
    if before is not None and before.text == ":":
        return False  # 'Batman: The Animated Series': the second part of a title
    plural = last.lower_.endswith("s") and common_noun(last.lower_[:-1], last.doc)  # 'African Leaders': people, described
    when = noun_class(last.text) in ("noun.time", "noun.event")  # 'the Diversity March': an event, or a month
    return last.is_alpha and not plural and not when and last.lower_ not in TITLE_WORDS and GROUP in noun_classes(last.text)


def _bodies_in_apposition(doc: "Doc", taken: list[tuple[int, int]]) -> list[Mention]:
    """The bodies named in apposition to a definite common noun (`_apposed_bodies`) where no mention in `taken`
    already stands, each a mention of its own."""
    return [replace(m) for m in _apposed_bodies(doc) if not any(m.start < e and s < m.end for s, e in taken)]


@per_document
def _apposed_bodies(doc: "Doc") -> tuple[Mention, ...]:
    """'The developer, Atlantic Breeze Renewables, said it would appeal': a name of two or more capitalised proper
    nouns, none of them tagged by the recogniser, set off by commas in apposition to a definite common noun ('the
    developer', 'the company') names the body that noun describes; a name that opens with a given name ('the chief
    executive, Conor Dillane') is a person's, and is left to the recogniser. So does such a name with a definite
    noun of a grouping in apposition after it ('Coastwatch Alliance, the environmental group that has vowed to
    fight the plant, seized on the analysis': `_grouping_noun`). Read once per article: the mentions
    (`_unrecognised_bodies`) and each 'its' after such a subject (`_subject_body`) ask for them."""
    found = []
    for token in doc:
        described = next((c for c in token.rights if c.dep_ == "appos" and c.pos_ == "NOUN" and c.is_lower and _grouping_noun(c)), None)
        before = token.dep_ == "appos" and token.head.pos_ == "NOUN" and token.head.is_lower
        if token.pos_ != "PROPN" or not (before or described is not None and doc[described.left_edge.i - 1].text == ","):
            continue
        noun = token.head if before else described
        if not any(c.dep_ == "det" and c.lower_ in ("the", "its", "their") for c in noun.children):
            continue
        words = sorted([*(t for t in token.subtree if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"), token], key=lambda t: t.i)
        if len(words) < 2 or words[-1].i - words[0].i + 1 != len(words) or any(t.ent_type_ or not t.text[:1].isupper() for t in words):
            continue
        if is_given_name(words[0].text) or before and (words[0].i == 0 or doc[words[0].i - 1].text != ","):
            continue  # a person's name; or not set off by commas ('CEI (Italian Episcopal Conference)': an acronym's)
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        found.append(Mention(start, end, doc.text[start:end], "organization", token.i))
    return tuple(found)


def campaign_names(doc: "Doc") -> list[Mention]:
    """Campaigns named by what they demand: 'Save Hollins Edge', "Save Kelsford's Limes", 'Stop the Coldharbour
    Burner'. The recogniser cuts such names up or tags their object ('Kelsford' a place, "Save Kelsford's" a
    person); this finds them from the parse.

    A name is a run of capitalised words (`_campaign_run`) opened by the base form of an English verb
    (`nlp.base_verb`, WordNet's verb index) that no one bears as a given name (`given_names.is_given_name`:
    not 'Mark Carney', 'Will Smith'). It is a body's name when the article describes one of its occurrences as
    a body (`_described_as_a_body`: 'the Save Hollins Edge campaign', 'the campaign group Save Castlebridge
    Libraries', 'Save Ashworth Maternity, a campaign group', 'Save Ashworth Maternity, which opposes ...', 'who
    chairs Save Hollin Edge', 'chair of Save Ashworth Maternity'), or, when the recogniser tagged no word of that
    occurrence a person's, the occurrence acts as a body does (the subject of a verb, 'Save Hollins Edge said'; a member's body, 'Ruth Okafor of Save Hollins Edge', 'Volunteers
    from Save Hollins Edge'). Never in a heading line (title case makes any verb a capital), after 'to' ('the
    Campaign to Protect Rural England': the name goes on before it), or as the verb of an imperative sentence.

    Returns an organisation's mention for every occurrence of every such name, in text order."""
    spans = [doc[a:b] for a, b in _campaign_spans(doc)]
    return [Mention(span.start_char, span.end_char, span.text, "organization", span.root.i) for span in spans]


@per_document
def _campaign_spans(doc: "Doc") -> tuple[tuple[int, int], ...]:
    """[start, end) in tokens of every occurrence of every campaign name (`campaign_names`), found once per document."""
    headings = _headings(text_of(doc))
    standalone = {t.text for t in doc if _capitalised(t) and not t.is_sent_start and t.i + 1 < len(doc) and not _capitalised(doc[t.i + 1])}
    nouns = {t.lower_ for t in doc if t.is_lower and t.pos_ == "NOUN"}
    runs: dict[str, list[tuple[int, int]]] = {}
    named: set[str] = set()
    for verb in doc:
        if not (verb.is_alpha and verb.text[:1].isupper() and verb.text[1:].islower()) or not base_verb(verb.text, doc):
            continue
        if is_given_name(verb.text) or verb.lower_ in TITLE_WORDS:
            continue
        before = doc[verb.i - 1] if verb.i > 0 else None
        if before is not None and (before.lower_ == "to" or before.text[:1].isupper() and before.pos_ in ("PROPN", "NOUN", "ADJ", "VERB")):
            continue  # 'the Campaign to Protect ...'; or inside a longer name ('Kelsford Save ...')
        if any(s <= verb.idx < e for s, e in headings):
            continue
        if verb.ent_iob_ == "I" and not (doc[verb.i - 1].ent_iob_ == "B" and doc[verb.i - 1].pos_ == "DET"):
            continue  # 'the Center for a Secure Free Society': inside a name the recogniser found whole
        end = _campaign_run(doc, verb.i)
        if end is None or doc[end - 1].lower_ in DOCUMENT_HEADS or any(t.ent_type_ == "LAW" for t in doc[verb.i : end]):
            continue  # 'The End Zuckerbucks Act': a law's name
        if verb.dep_ == "ROOT" and verb.is_sent_start and not _described_as_a_body(doc, verb.i, end):
            continue  # an imperative sentence; not 'Keep Castlebridge Births, the campaign group ..., puts the figure
        if verb.text in standalone or verb.lower_ in nouns:
            continue  # 'Trump Administration' beside 'Trump said', 'Team Estonia' beside 'the team': one sense per discourse
        if not _named_apart(doc, verb.i, end):
            continue  # 'Space Station Freedom', 'Open Wire Ireland': no verb and its object, one name
        name = doc[verb.i : end].text
        if verb.is_sent_start and noun_class(verb.lower_) == PERSON and not any(t.text == verb.text and not t.is_sent_start and doc[t.i : t.i + end - verb.i].text == name for t in doc):
            continue  # 'Rival Brightwell Audio, whose ... speaker has no camera, said': a noun of a person before a
            # name describes whoever it names, capitalised only because it opens the sentence (no mention inside a
            # sentence writes it so); a campaign's verb is no such noun ('save', 'stop', 'ban')
        runs.setdefault(name, []).append((verb.i, end))
        person = any(t.ent_type_ == "PERSON" for t in doc[verb.i : end])
        tags = {t.ent_type_ for t in doc[verb.i : end]}
        if len(tags) == 1 and (end == len(doc) or doc[end].ent_iob_ != "I") and tags & ({"ORG"} | _NOT_ACTORS):
            continue  # tagged whole already: a body's name as it is, or a product's ('Google Chrome')
        if _described_as_a_body(doc, verb.i, end) or not person and _acts_as_a_body(doc, verb.i, end):
            named.add(name)
    return tuple(sorted(span for name in named for span in runs[name]))


def _named_apart(doc: "Doc", i: int, end: int) -> bool:
    """Whether the first capitalised word after the verb at token `i` (and an optional 'the') is written elsewhere in
    the article without that verb before it: what a campaign demands is a thing the story names on its own
    ('Hollins Edge quarry' beside 'Save Hollins Edge', 'Kelsford City Council' beside "Save Kelsford's Limes")."""
    first = i + 2 if doc[i + 1].lower_ == "the" else i + 1
    word = doc[first].text
    for t in doc:
        if t.text == word and t.i != first:
            opening = t.i - 2 if t.i >= 2 and doc[t.i - 1].lower_ == "the" else t.i - 1
            if opening < 0 or doc[opening].text != doc[i].text:
                return True
    return False


def _campaign_run(doc: "Doc", i: int) -> int | None:
    """The end of the run of capitalised words after the verb at token `i` that names what a campaign demands:
    after an optional 'the', capitalised words, two of them joined by a possessive 's ("Save Kelsford's Limes"),
    up to a title ('Save Hollins Edge Chair Ruth Okafor') or a person's name the recogniser begins; None when
    no capitalised word follows."""
    end = i + 1
    if end + 1 < len(doc) and doc[end].lower_ == "the" and _capitalised(doc[end + 1]):
        end += 1
    first = end
    while end < len(doc):
        word = doc[end]
        if word.tag_ == "POS" and end + 1 < len(doc) and _capitalised(doc[end + 1]) and end > first:
            end += 1
            continue
        if not (_capitalised(word) and word.is_alpha) or word.lower_ in TITLE_WORDS:
            break
        if end > first and word.ent_type_ == "PERSON" and word.ent_iob_ == "B":
            break
        end += 1
    return end if end > first and doc[end - 1].tag_ != "POS" else None


def _described_as_a_body(doc: "Doc", start: int, end: int) -> bool:
    """Whether the name [start, end) modifies a lower-case common noun right after it ('the Save Hollins Edge
    campaign'), follows one ('the campaign group Save Castlebridge Libraries'), has one in apposition ('Save
    Ashworth Maternity, a campaign group'; a noun phrase after a comma headed by a noun of a grouping, `senses`,
    where the parser saw no apposition), opens a relative clause with 'which', or is what someone leads or
    holds a role in ('who chairs Save Hollin Edge', 'chair of Save Ashworth Maternity', 'Save Hollin Edge chair
    Margaret Heyes'). A title alone is no such noun ('president Park Sung-ho'; nameparser's titles hold 'group'
    too, so 'the group' alone is none, 'the campaign group' is one)."""
    titles = TITLE_WORDS

    def body_noun(t: "Token") -> bool:
        named = t.lower_ not in titles or any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in titles for c in t.children)
        return t.pos_ == "NOUN" and t.is_lower and named

    if end < len(doc) and body_noun(doc[end]) and doc[end - 1].head.i == end:
        return True
    if start > 0 and body_noun(doc[start - 1]):
        return True
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "which":
        return True
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("the", "a", "an"):
        chunk = next((c for c in doc.noun_chunks if c.start == end + 1), None)  # 'Keep Castlebridge Births, the campaign
        if chunk is not None and _grouping_noun(chunk.root):  # group ...,
            return True  # puts the figure': an apposition the parser missed, read as an imperative's object
    if end + 1 < len(doc) and doc[end].is_lower and doc[end].lower_ in titles and doc[end + 1].ent_type_ == "PERSON":
        return True  # 'Save Hollin Edge chair Margaret Heyes': a role held at it, before its holder's name
    if any(c.dep_ == "appos" and body_noun(c) for t in doc[start:end] for c in t.children):
        return True
    root = doc[start:end].root
    if root.dep_ == "dobj" and lemma(root.head) in _LEADING:
        return True  # 'Margaret Heyes, who chairs Save Hollin Edge'
    role = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("of", "for") else None
    return role is not None and role.pos_ == "NOUN" and role.is_lower and role.lower_ in titles  # 'chair of Save X'


def _acts_as_a_body(doc: "Doc", start: int, end: int) -> bool:
    """Whether the name [start, end) is the subject of a verb, or the object of a preposition after a noun
    ('Ruth Okafor of Save Hollins Edge', 'Volunteers from Save Hollins Edge')."""
    root = doc[start:end].root
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    return root.dep_ == "pobj" and root.head.lower_ in ("of", "from", "at", "with", "for") and root.head.head.pos_ in ("NOUN", "PROPN")


def written_at(text: str, name: str) -> Iterator[re.Match[str]]:
    """Each place `name` is written in `text` as a whole name: no letter, digit or hyphen right before or after it
    ('Veloz', not the 'Veloz' of 'Veloz-backed')."""
    return re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)


def _unrecognised_people(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
    """Each place a person's name, or the surname of one named in full, is written where the recogniser did not tag
    it; not in a paragraph in another language (`nlp.foreign_paragraphs`), whose words are not read for names, nor
    where a capitalised word follows it as part of a longer name ('According to Coastwatch' tagged a person; 'Coastwatch
    Alliance, the environmental group ...' is the body's name, as `_untagged_repeats` reads a body's)."""
    names = {m.text for m in mentions if m.kind == "person"}
    names |= {n.split()[-1] for n in names if len(n.split()) > 1 and n.split()[-1][:1].isupper() and len(n.split()[-1]) > 2}
    taken = [(m.start, m.end) for m in mentions] + foreign_paragraphs(doc)
    found = []
    for name in sorted(names, key=len, reverse=True):
        for hit in written_at(text_of(doc), name):
            if any(hit.start() < e and s < hit.end() for s, e in taken):
                continue
            span = doc.char_span(hit.start(), hit.end())
            if span is None:
                continue
            if span.end < len(doc) and _capitalised_word(doc[span.end]) and doc[span.end].pos_ == "PROPN":
                continue
            span = doc[_hyphenated_start(doc, span.start, span.end) : span.end]
            span = doc[_given_name_before(doc, span) : span.end]
            found.append(Mention(span.start_char, span.end_char, span.text, "person", span.root.i))
            taken.append((span.start_char, span.end_char))
    return found


def _addressed_people(doc: "Doc", mentions: list[Mention]) -> list[Mention]:
    """'Dr Raman, the water-security expert, said': one to three capitalised proper nouns after a form of address
    (`HONORIFICS`), which the recogniser tagged as nothing, are a person's name (the form of address left out, as
    `_without_titles` leaves it out of a tagged name); not in a paragraph in another language."""
    taken = [(m.start, m.end) for m in mentions] + foreign_paragraphs(doc)
    found = []
    for token in doc[:-1]:
        if token.lower_.rstrip(".") not in HONORIFICS or not token.text[:1].isupper() or token.text.isupper():
            continue
        end = token.i + 1
        if end < len(doc) and doc[end].text == ".":
            end += 1  # 'Dr. Raman', tokenised apart
        start = end
        while end < len(doc) and end - start < 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and not doc[end].ent_type_:
            end += 1
        if end == start or end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            continue  # nothing after it, or a longer run of capitals than a name (or one the recogniser tagged in part)
        span = doc[start:end]
        if not any(span.start_char < e and s < span.end_char for s, e in taken):
            found.append(Mention(span.start_char, span.end_char, span.text, "person", span.root.i))
    return found


def _hyphen_glued(doc: "Doc", i: int) -> bool:
    """Whether token `i` is joined to the next by a hyphen with no space ('el' of 'el-Sharif', 'al' of 'al-Khatib')."""
    return i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text == "-" and not doc[i + 1].whitespace_


_NAME_NEVER_ENDS = frozenset({"ADP", "CCONJ", "SCONJ", "DET"})
"""Parts of speech a name never ends with when written in lower case: a preposition, a conjunction or an article
('Bank of', 'Smith and', 'Banco do' are the recogniser's cuts); 'Ludwig van Beethoven' keeps its 'van' inside."""


def _name_end(doc: "Doc", start: int, end: int) -> int:
    """Where a name the recogniser tagged over tokens [start, end) ends: before the lower-case prepositions,
    conjunctions and articles it closes with (`_NAME_NEVER_ENDS`: 'Local 14 of', tagged apart from "the
    International Dockworkers' Alliance" after it, is Local 14); a token index."""
    while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].pos_ in _NAME_NEVER_ENDS:
        end -= 1
    return end


def _clean(doc: "Doc", ent: "Span") -> "Span | None":
    start, end = ent.start, ent.end
    while start < end and not _hyphen_glued(doc, start) and (
        doc[start].dep_ == "det" or doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct or doc[start].tag_ == "PRP$"
    ):
        start += 1  # 'Its Foreign Ministry said': a possessive pronoun is no part of a name ('el-Sharif' keeps 'el')
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while ent.label_ == "ORG" and end - start > 1 and _lower_case_lead(doc[start].text) and not _hyphen_glued(doc, start):
        start += 1  # 'the federal Immigration Department': a body's name opens with a capital
    for i in range(start, end):  # an entity run across a line break keeps its first line; '(CIT' is cut off
        if "\n" in doc[i].text_with_ws and i + 1 < end or doc[i].text == "(" and ")" not in doc[i:end].text:
            end = i if doc[i].text == "(" else i + 1
            break
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    colon = next((i for i in range(start, end) if doc[i].text == ":"), None)
    if colon is not None and all(t.is_stop or t.is_punct for t in doc[colon + 1 : end]):
        end = colon  # 'the Arab League: The dispute ...': the next sentence's article is not part of the name
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    end = _name_end(doc, start, end)  # 'Local 14 of' + "the International Dockworkers' Alliance", tagged apart
    if end <= start:
        return None
    if ent.label_ == "ORG" and end - start > 1 and _letters_after_a_name(doc[end - 1], members=True):
        end -= 1  # 'a Labour MP': the party, not 'Labour MP'
    if ent.label_ == "ORG":
        start = _after_a_descriptor(doc, start, end)
    owner = next((i for i in range(start, end - 2) if doc[i + 1].tag_ == "POS" and doc[i].dep_ == "poss"), None)
    if ent.label_ == "ORG" and owner is not None and canonical_country(doc[start : owner + 1].text) and doc[owner + 2].text[:1].isupper():
        start = owner + 2  # "Ireland’s Data Protection Commission": the country owns the body, and is no part of its name
    if end - start > 1 and _opening_gerund(doc, start, end):
        start += 1  # "Closing Harlow's maternity unit ...", a headline: the verb is no part of the name
    if ent.label_ == "PERSON":
        inner = [i for i in range(start + 1, end - 1) if _letters_after_a_name(doc[i], members=True)]
        if inner:  # 'Fianna Fáil TD Jim O'Callaghan': the name after the member's letters, the rest is the role
            start = inner[-1] + 1
        start = _hyphenated_start(doc, start, end)
    span = doc[start:end]
    if not any(ch.isalpha() for ch in span.text) or _glued(span) or _uncased_name(span.text):
        return None  # no letters, text glued by extraction ('TimesThis'), or a lower-case word ('airbus')
    return span


def _inhabitant_epithet(span: "Span") -> bool:
    """Whether a one-word mention after 'the' is a singular noun whose most frequent WordNet sense is an inhabitant
    of a country or place ('the Dutchman', 'the Briton', 'the Texan'): an epithet by which news refers again to
    someone it has named, no actor of its own. A people as a whole ('the Dutch', 'Brazilians') is a group."""
    word = span[0]
    if len(span) != 1 or span.start == 0 or span.doc[span.start - 1].lower_ != "the" or word.tag_ not in ("NNP", "NN"):
        return False
    return not word.text.endswith("s") and noun_class(word.text) == PERSON and is_a(word.text.lower(), "inhabitant")


def _ends_in_someone_s_noun(span: "Span") -> bool:
    """Whether a mention tagged a person ends in a lower-case common noun whose most frequent WordNet sense is a
    person ('Marlhaven striker', 'Harbourside coach'): a role with the name of what it is held at before it, no
    person's name (a name's words are capitalised but its particles, 'van der', which are no nouns). The name
    before it is read where the article names it alone."""
    last = span[-1]
    return len(span) > 1 and last.is_lower and last.pos_ == "NOUN" and noun_class(last.lemma_) == PERSON


def _word_of_a_compound_modifier(span: "Span") -> bool:
    """Whether a one-word name is an English word capitalised only because it opens its sentence, glued by a hyphen
    to the lower-case word after it ('Digital-rights campaigners', 'Anti-war protesters'): the first part of a
    compound modifier, no one's name."""
    doc, word = span.doc, span[0]
    glued = len(span) == 1 and _hyphen_glued(doc, word.i) and doc[word.i + 2].is_lower
    return glued and word.is_sent_start and common_word(word.text, doc)


def _opening_gerund(doc: "Doc", start: int, end: int) -> bool:
    """Whether the name [start, end) opens its sentence with a verb's -ing form the recogniser ran into it ("Closing
    Harlow's maternity unit trades one risk ..."): the word is the -ing form of an English verb by the pipeline's
    lexicon (`nlp.base_verb`), the article never writes it capitalised inside a sentence, and it writes the rest of
    the name without it; a surname such as 'Manning' or 'Browning' is written after a given name elsewhere."""
    word = doc[start]
    if not (word.is_sent_start and word.text.endswith("ing") and len(word) > 5 and not is_given_name(word.text)):
        return False
    stem = word.text[:-3]
    if not any(base_verb(form, doc) for form in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "") if form):
        return False
    if any(t.text == word.text and not t.is_sent_start for t in doc):
        return False
    return any(t.text == doc[start + 1].text and t.i > 0 and doc[t.i - 1].text != word.text for t in doc)


def _after_a_descriptor(doc: "Doc", start: int, end: int) -> int:
    """Where a body's name starts when the recogniser ran a descriptor into it: after the last lower-case common
    noun (of three or more letters, in the pipeline's English lexicon, `nlp.common_noun`) that capitalised proper
    nouns follow ('Championship club Castlebrook Rovers', 'chipmaker Nvidia'; a name's own words are capitalised,
    and 'of', 'the' or the Portuguese 'e' of 'Eu, Você e Todo Mundo' are no English common nouns). Left whole
    when what follows opens with a given name ('Bank of England governor Andrew Bailey': `_person_after_body`'s
    case, a person)."""
    cut = max(
        (i for i in range(start, end - 1) if doc[i].pos_ == "NOUN" and doc[i].is_lower and len(doc[i]) > 2 and common_noun(doc[i].text, doc)),
        default=None,
    )
    if cut is None:
        return start
    rest = doc[cut + 1 : end]
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest) or is_given_name(rest[0].text):
        return start
    return cut + 1


def _title_before_a_person(doc: "Doc", end: int) -> bool:
    """Whether the token before `end` is a title (nameparser's titles: 'Chair', 'President', 'Director') that a
    person's name follows at once, so it is that person's, not the end of the body's name."""
    title, after = doc[end - 1], doc[end] if end < len(doc) else None
    return after is not None and after.ent_type_ == "PERSON" and title.text[:1].isupper() and title.lower_ in _NAME_CONSTANTS.titles


def _glued(span: "Span") -> bool:
    """A word that runs into the next sentence's first word where a page lost a break ('TimesThis', 'ReutersIn').

    The tail from an inner capital must be a stop word of the pipeline's vocabulary: 'McConnell', 'DeSantis',
    'MicroMega' and 'YouTube' are names written with an inner capital, not two words glued together; so is one the
    article writes twice or more ('PetWell', whose 'Well' is a stop word): a lost break does not repeat."""
    vocab = span.doc.vocab
    written = _written(span.doc)  # a word written so twice or more is a name ('PetWell'), not a lost break
    tails = ((t, m.group(1)) for t in span for m in re.finditer(r"(?<=[a-z])([A-Z][a-z]+)$", t.text))
    return any(vocab[tail.lower()].is_stop and written[t.text] < 2 for t, tail in tails)


@per_document
def _written(doc: "Doc") -> Counter[str]:
    """How many times the article writes each token's text."""
    return Counter(t.text for t in doc)


def _capitalised_common_noun(span: "Span") -> bool:
    """'Commuters in Kent said ...', 'Campaigners said ...': one plural common noun, capitalised only because it
    opens the sentence (or the quotation that opens it: '"Strikes will only hurt ..."'), which the recogniser took
    for a name ('the Teamsters' inside a sentence stays one). A plural the tagger took for a proper noun there is
    such a word too when it is an English noun (`nlp.common_noun`) that the article never capitalises inside a
    sentence, and no people's name the recogniser tagged ('Muslims'). So is an adverb that opens the sentence and
    modifies its verb ('Realistically, perhaps 40,000 people a year could be treated')."""
    word = span[0]
    if len(span) != 1 or not _opens_sentence(word):
        return False
    if word.pos_ == "ADV" and word.tag_ == "RB" and word.dep_ == "advmod":
        return True  # 'Realistically, perhaps 40,000 people ...': a sentence adverb the recogniser tagged a body
    if word.tag_ == "NNPS" and word.ent_type_ != "NORP" and common_noun(word.text, word.doc):  # '"Citizens who ...'
        return not any(t.text == word.text and not _opens_sentence(t) for t in word.doc)  # ('Muslims' stays a name)
    return word.pos_ == "NOUN" and word.tag_ == "NNS"


def _described_not_named(span: "Span") -> bool:
    """'an American university', 'a Canadian mining company': words whose head is a lower-case common noun after
    an indefinite article describe a body; they name none (a name's head is capitalised: 'Hollis State University')."""
    root = span.root
    before = span.doc[span.start - 1] if span.start > 0 else None
    indefinite = before is not None and before.lower_ in ("a", "an") or span[0].lower_ in ("a", "an")
    return len(span) > 1 and indefinite and root.is_lower and root.is_alpha and root.pos_ == "NOUN"


def _opens_sentence(word: "Token") -> bool:
    """Whether `word` opens its sentence, or the quotation that opens it ('"Strikes will only hurt ...'), where a
    common word is capitalised too."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return word.is_sent_start or before is not None and before.is_sent_start and before.is_quote


def _sentence_case_word(span: "Span") -> bool:
    """Whether the span is one word, capitalised only because it opens a sentence (or the quotation that opens it),
    that the article writes in lower case elsewhere ('Council leader ...' beside 'the council')."""
    word = span[0]
    return len(span) == 1 and _opens_sentence(word) and word.is_alpha and word.lower_ in _lower_case_words(word.doc)


def _head_of_one_body(span: "Span") -> str:
    """'Council leader Gareth Penhale said ...' after 'Marlow Bay City Council', and 'the council' elsewhere: one
    word tagged a body, capitalised only because it opens its sentence, that the article writes in lower case
    elsewhere and that heads the name of exactly one body the article names (`_bodies_by_head`, head match as in
    the Stanford sieve, Lee et al. 2013) is that body, as 'the council' is; '' otherwise."""
    if not _sentence_case_word(span):
        return ""
    return _one_body_headed_by(span[0])


def _lower_case_elsewhere(span: "Span") -> bool:
    """'"Dementia is now the leading cause of death," Dr Mayhew said' in a study of dementia: one word the recogniser
    tagged a person, capitalised only because it opens a sentence (or the quotation that opens it), that the article
    writes in lower case elsewhere and no person's longer name holds (or that modifies a common noun after it), is
    that word, not a name."""
    if not _sentence_case_word(span):
        return False
    word = span[0]
    if word.dep_ == "compound" and word.head.pos_ == "NOUN" and word.head.is_lower:
        return True  # 'Quarry workers and their union have ...': a word modifying a common noun names no one
    return not any(e.label_ == "PERSON" and len(e) > 1 and word.text in e.text.split() for e in word.doc.ents)


def _uncased_name(text: str) -> bool:
    """A name in a script with capitals has one ('iPhone' does); scripts without case pass."""
    cased = [ch for ch in text if ch.isalpha() and ch.lower() != ch.upper()]
    return bool(cased) and not any(ch.isupper() for ch in cased)


def _hyphenated_start(doc: "Doc", start: int, end: int) -> int:
    """'Ana-Lucía Pérez-Ortega': a hyphenated given name the entity left out stays with the name."""
    root = doc[start:end].root
    i = start
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        i -= 2  # 'Pérez-Ortega' when the entity began at 'Ortega'
    j = i
    while j >= 3 and doc[j - 1].whitespace_ and doc[j - 2].text == "-" and not doc[j - 3].whitespace_:
        group = [doc[j - 1], doc[j - 3]]
        if all(t.pos_ == "PROPN" and t.head.i in (root.i, *range(start, end)) for t in group):
            j -= 3
        else:
            break
    return j


_CODE = re.compile(r"\w-\d|\d-\w|^[A-Z][a-z]*\d")
DOCUMENT_HEADS = frozenset("act acts bill bills agreement treaty law laws report resolution convention accord regulation protocol directive".split())
"""Heads of the names of documents, which the small model often tags as organisations ('Help America Vote Act').
Measured on the development gold: dropping them raises actors precision (see docs/language-layer.md)."""


def _kind(span: "Span", label: str) -> str | None:
    if label in ("ORG", "GPE", "LOC") and len(span) == 1 and _demonym_word(span.text) and not canonical_country(span.text):
        label = "NORP"  # 'The Kyrgyz embassy', 'the Uzbeks': a people's name tagged a body or a place is a demonym
    if label in ("ORG", "PERSON") and (_CODE.search(span.text) or span[-1].lower_ in DOCUMENT_HEADS):
        return None  # 'COVID-19', 'SARS-CoV-2', 'the Consolidated Appropriations Act': not actors
    if label == "PERSON" and not span.text.startswith("@") and any(ch.isdigit() for ch in span.text):
        return None  # 'ChAdOx1', 'Model 3': no one's name holds a digit (a handle, '@2Twenty3', may)
    if label == "PERSON" and span.start > 0 and span.doc[span.start - 1].lower_ == "the" and span.root.dep_ not in ("compound", "nmod", "amod"):
        if _grouping_named(span.root) or _where_words_appeared(span):
            return "organization"  # 'The Collectif Sauvegarde du Lévézou, an association of residents, ...', tagged a person
        return None  # 'the Moon': no one's name takes an article ('the Trump administration' is his)
    if label == "PERSON" and _firm_by_its_short_name(span):
        return "organization"  # 'Calder Thorne Pharmaceuticals', later 'Calder Thorne said': a firm named for its trade
    if label == "ORG" and _town_before_an_occupation(span):
        return "place"  # 'the Cork oncologist'
    if label == "GPE" and len(span) > 1 and not canonical_country(span.text) and span[-1].text.istitle() and is_a(span[-1].lemma_.lower(), "organization"):
        return "organization"  # 'the Meridian Union', 'the Arab League', tagged a place: a name a body's noun ends (not
        # 'Republic' or 'Kingdom', which WordNet files as no organisation) is a bloc's
    if label == "GPE":
        return "country" if canonical_country(span.text) and not _town_in_region(span) and not _capital_as_place(span) else "place"
    if label == "ORG" and canonical_country(span.text):
        return "country"  # 'the Kremlin', 'White House': a country's seat of government
    if label == "NORP" and norm(canonical_country(span.text) or "") == norm(span.text):
        return "country"  # 'Tajikistan and Uzbekistan agreed': a country's own name, which the recogniser tagged a people's
    if label == "NORP":
        root = span.root
        used_as_noun = root.pos_ in ("NOUN", "PROPN") and root.dep_ in _NOUN_DEPS and root.tag_ in ("NNS", "NNPS")
        return "group" if used_as_noun else "demonym"
    return KINDS[label]


def _plural_of_a_noun(word: str, doc: "Doc") -> bool:
    """Whether a word is the plural of an English common noun by its '-s' or '-es' ('Buses', 'Coaches',
    'Developments', 'Pharmaceuticals'; `nlp.common_noun`)."""
    return any(common_noun(word[:-k].lower(), doc) for k in (1, 2) if word.endswith("es"[2 - k :]))


def _firm_by_its_short_name(span: "Span") -> bool:
    """Whether a name of two or more capitalised words that ends in the plural of an English noun (people's names do
    not, though family names may look like one: 'Kathryn Waters', 'Terrell Banks') is a firm's named for its trade
    ('Calder Thorne Pharmaceuticals', 'Harcastle Developments'): the article shortens it as a firm is shortened,
    to the words before its trade ('Calder Thorne said in a statement'), and never as a person is, to the last
    word alone ('Waters said')."""
    words = [t for t in span if not t.is_punct]
    last = words[-1].text if len(words) >= 2 else ""
    if not last[:1].isupper() or not all(t.text[:1].isupper() for t in words) or not _plural_of_a_noun(last, span.doc):
        return False
    text = text_of(span.doc)
    short = text[words[0].idx : words[-2].idx + len(words[-2])]
    elsewhere = [m for m in written_at(text, short) if not text[m.end() :].lstrip().startswith(last)]
    alone = [m for m in written_at(text, last) if not span.start_char <= m.start() < span.end_char and text[: m.start()].rstrip()[-len(short) :] != short]
    return bool(elsewhere) and not alone


def _where_words_appeared(span: "Span") -> bool:
    """Whether a name of two or more words is where a piece of writing appeared: the object of 'in' after a noun
    whose most frequent WordNet sense is filed under noun.communication ('an editorial in the Hunter Herald', 'an
    article in the Northern Courier'): an outlet, however the recogniser tagged it."""
    root = span.root
    if len(span) < 2 or root.dep_ != "pobj" or root.head.lower_ != "in":
        return False
    noun = root.head.head
    return noun.pos_ == "NOUN" and noun_class(noun.lemma_) == "noun.communication"


def _after_a_grouping_noun(span: "Span") -> bool:
    """Whether a name comes right after a lower-case singular noun of a grouping that is no title
    (`_grouping_noun`: 'Breast cancer charity Stronger Together said', 'after the charity Stronger Together
    disputed'), the noun saying what kind of thing the name names, as 'the actor' or 'the company' before a name
    does; read from the words, since the parser takes such a name's adjectives ('Stronger') for the noun's own.
    Not when the name opens with a given name (`given_names.is_given_name`): 'the committee John Smith chairs' is
    a person after the committee."""
    if span.start == 0 or is_given_name(span[0].text):
        return False
    return _grouping_noun_naming(span.doc[span.start - 1])


def _grouping_noun_naming(noun: "Token") -> bool:
    """Whether a noun can say what kind of body the name after it is: lower case, singular, no title of a person,
    and of a grouping (`_grouping_noun`: 'charity', 'union', 'company')."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.is_lower and not person_title(noun) and _grouping_noun(noun)


def _demonym_word(word: str) -> bool:
    """Whether `word` is a people's name ('Kyrgyz'), or its plural ('Uzbeks'), by `entities.country_of_demonym`."""
    return bool(country_of_demonym(word) or word.endswith("s") and country_of_demonym(word[:-1]))


def _capital_as_place(span: "Span") -> bool:
    """'told reporters in Ottawa', 'met in Brussels': a capital after a preposition of place is where something
    happens, not its government speaking ('Ottawa said' is); so is one joined to such a place ('the evidence from
    London and Stockholm')."""
    root = first_conjunct(span.root)
    city_state = norm(canonical_country(span.text) or "") == norm(span.text)  # 'in Singapore' is as 'in France'
    return is_capital(span.text) and not city_state and root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS | {"to"}


def _town_in_region(span: "Span") -> bool:
    """'San Jose, Calif.', 'Kingston, Ontario', 'Athens, Ga.': a capital's name with a region after it is a town
    of that name elsewhere, not the seat of a government."""
    doc, end = span.doc, span.end
    if not is_capital(span.text) or end + 1 >= len(doc) or doc[end].text != ",":
        return False
    region = doc[end + 1]
    return region.ent_type_ == "GPE" and not canonical_country(region.text) or region.text.endswith(".") and region.text[:1].isupper()


def _countries_as_people(mentions: list["Mention"]) -> None:
    """A person mention that is a country's own name ('Armenia', which the small recogniser tags PERSON in
    hashtag-heavy posts; not an alias such as 'Washington') is the country, and a one-word capital's name
    ('Dakar') its seat, unless another person mention bears that name as a first name or surname ('Georgia
    Smith', 'Jim Jordan')."""
    people = [m.text.split() for m in mentions if m.kind == "person" and len(m.text.split()) > 1]
    borne = {norm(words[0]) for words in people} | {norm(words[-1]) for words in people}
    for m in mentions:
        if m.kind == "person" and norm(m.text) not in borne and norm(canonical_country(m.text) or "") == norm(m.text):
            m.kind = "country"
        elif m.kind == "person" and norm(m.text) not in borne and " " not in m.text and is_capital(m.text):
            m.kind = "country"  # 'Dakar', tagged a person: a capital (a place or its government, as the parse tells)


# --------------------------------------------------------------------------- referents


def find_referents(doc: "Doc", mentions: Iterable[Mention] | None = None) -> Referents:
    """Group the article's mentions into referents (see the module docstring)."""
    mentions = list(entity_mentions(doc) if mentions is None else mentions)
    groups: dict[str, Referent] = {}
    _not_people(doc, mentions)
    people = _people(mentions)
    _birth_names(text_of(doc), mentions, people)
    _retype(mentions, people)
    acronyms = _acronyms(doc, mentions)
    labels = _line_labels(text_of(doc))
    latest = _latest_bearers(mentions, people)
    for m in mentions:
        key, kind, name = (f"person:{norm(latest[id(m)])}", "person", latest[id(m)]) if id(m) in latest else _key(m, people, acronyms)
        if key is None:
            continue
        ref = groups.get(key)
        if ref is None:
            ref = groups[key] = Referent(name, kind)
        _add_mention(doc, ref, m, labels)
    _states_by_their_organs(doc, groups)
    _merge_short_organisations(doc, groups)
    _merge_places_of_schools(groups)
    _merge_name_starts(doc, groups)
    _merge_variants(groups)
    governments = _governments_of_states(doc, groups, labels)
    state = _state_government(doc, groups, governments)
    _the_government(doc, groups, labels, state)
    _brussels_for_the_union(text_of(doc), groups)
    for ref in groups.values():
        ref.name = ref.name if any(ref is g for g in governments) else _best_name(ref)  # by its place, not 'the government'
        if ref.kind == "country":
            ref.forms[ref.name] += 0
        if ref.kind == "person":
            ref.place = False  # 'Henrik Aasland' ... 'Aasland told reporters' tagged a place there: a person is none
        elif ref.kind == "organization" and ref.place and any(_ends_in_a_legal_form(m.text) for m in ref.mentions):
            ref.place = False  # 'Pantry' (tagged a place) of 'Pantry Stores Ltd': a company by its legal form is no town
    # each form an organisation's name is written in, where the recogniser tagged it a body (not 'Illinois', a
    # place that a merge joined to 'Common Cause Illinois'; a capital already stands for its country)
    bodies = {norm(m.text): ref.name for ref in groups.values() if ref.kind == "organization" for m in ref.mentions if m.kind == "organization"}
    typed: Referents | None = None  # the referents so far, for the kind of a subject before a spokesperson, built once
    venues: dict[str, str] | None = None  # bodies named only as places (`_bodies_named_as_places`), read once
    for ref in groups.values():
        if ref.kind == "person":
            for m in ref.mentions:
                role, affiliation = role_of(doc, m)
                if not role and not affiliation:
                    role, affiliation = _leader_of(doc[m.root])  # 'The federation, led by Maria João ...'
                affiliation = bodies.get(norm(affiliation), affiliation)  # 'The Morcha's president': the Lok Jan Morcha's
                if affiliation in _names_of_things(doc):  # "the Orla's product manager": a product's is its maker's
                    affiliation = _maker_of(doc, affiliation, bodies)
                owner = re.match(r"(.+?)['’]s\s", role) if role and not affiliation else None
                if owner:  # "Northbridge's chief executive": a body's name or the words it starts with
                    key = norm(owner.group(1))
                    starts = {n for k, n in bodies.items() if k.split()[: len(key.split())] == key.split()}
                    affiliation = bodies.get(key) or (starts.pop() if len(starts) == 1 else "")
                if role and not affiliation:
                    affiliation = _body_of_the_title(role, bodies)  # 'Commissioner Thandiwe Mokoena' of the Commission
                if role and not affiliation:
                    affiliation = _department_of_the_portfolio(role, bodies)  # 'Mines Minister' of the Ministry of Mines
                if role and not affiliation:
                    venues = _bodies_named_as_places(doc) if venues is None else venues
                    affiliation = _department_of_the_portfolio(role, venues)  # 'held at the Ministry of Health in
                    # Arnholt': the ministry named only as the talks' venue
                if role and not affiliation and _speaks_for_the_body_before(role):
                    if typed is None:
                        typed = Referents(list(groups.values()), {}, _token_index(doc, list(groups.values())))
                    span = doc.char_span(m.start, m.end, alignment_mode="expand")
                    affiliation = body_spoken_for(doc, span, typed) if span is not None else ""  # the subject before
                    # by the article's kinds: "Wattle, Australia's second-largest domestic carrier, said ... Chief
                    # Executive Marcus Teague has argued", where the recogniser had not tagged 'Wattle' a body
                if role and not affiliation:
                    affiliation = _owner_of_the_role_described(doc, role, bodies)  # "Veltrix Home's chief executive"
                    # walked onto the stage', then 'Marten Kjolberg, the chief executive'
                if role and not affiliation and _company_officer(role):
                    affiliation = _story_company(groups)  # 'Chief executive Daniel Okafor told staff' of Corvalis Software
                if role and role not in ref.roles:
                    ref.roles.append(role)
                if affiliation and affiliation not in ref.affiliations:
                    ref.affiliations.append(affiliation)
    _ministers_of_home(doc, groups, state)
    _mayors_of_the_dateline(doc, groups)
    _governors_of_the_state(doc, groups, state)
    _spokespeople_of_officials(doc, groups)
    _titles_as_their_holders(groups)
    items = sorted(groups.values(), key=lambda r: r.first)
    return Referents(items, _form_index(items), _token_index(doc, items))


def _owner_of_the_role_described(doc: "Doc", role: str, bodies: dict[str, str]) -> str:
    """The body a role written with none is held at, when the article describes someone by the same role as that
    body's, and by no other body's ("When Veltrix Home's chief executive walked onto the stage ...", then 'Marten
    Kjolberg, the chief executive, has not changed his line'): the possessor, a body's name (`bodies`: each written
    form -> its name), of a noun that is the role's last word with the role's other words before it, or the body
    its 'its' or 'their' stands for (`_possessor`: 'the University of Ashcombe ..., two days after its
    vice-chancellor confirmed'). '' for none or several."""
    words = role.lower().split()
    if not words or not all(w.replace("-", "").isalpha() for w in words):
        return ""  # a role that names its holder's body or place itself ("the union's chief", 'Kelby Vale chair')
    found = set()
    for token in doc:
        if token.lower_ != words[-1] or token.pos_ != "NOUN":
            continue
        if not set(words[:-1]) <= {t.lower_ for t in token.lefts if t.dep_ in ("compound", "amod")}:
            continue
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is not None and (body := bodies.get(norm(doc[_proper_name_start(owner) : owner.i + 1].text))):
            found.add(body)
        pronoun = next((c for c in token.children if c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ in ("its", "their")), None)
        if pronoun is not None and (body := _possessor([pronoun, token])) and body in bodies.values():
            found.add(body)  # '... the University of Ashcombe on Friday, two days after its vice-chancellor confirmed'
    return found.pop() if len(found) == 1 else ""


def _story_company(groups: dict[str, Referent]) -> str:
    """The company a story is about: of the organisations whose names say no other kind of body (no grouping noun
    heads them, `_one_business_before`'s test; no body of people, 'Software Workers United'; no outlet), the one the
    article mentions most, at least twice and at least twice as often as any other; '' otherwise. A company officer
    named with no company ('Chief executive Daniel Okafor told staff ...', 'chief financial officer Ruth Adeyemi')
    is that company's, as a reader takes it, not the analyst's firm or the union a sentence near names."""
    counts = []
    for ref in groups.values():
        if ref.kind != "organization" or ref.place or not names_no_other_kind(ref.name):
            continue
        if any(w.endswith("s") and noun_class(w[:-1].lower()) == PERSON for w in ref.name.split(" of ")[0].split()):
            continue  # 'Software Workers United': a body of people, no company
        counts.append((len(ref.mentions), ref.name))
    counts.sort(reverse=True)
    if not counts or counts[0][0] < 2 or len(counts) > 1 and counts[1][0] * 2 > counts[0][0]:
        return ""  # (two companies of one deal, 'Wattle' 4 and 'Coral Coast' 5: no guess between them)
    return counts[0][1]


def _body_of_the_title(role: str, bodies: dict[str, str]) -> str:
    """The body a title names by derivation, when the article names exactly one body whose head noun it is: WordNet
    derives 'commissioner' from 'commission' (`senses.derived_nouns`), so 'Commissioner Thandiwe Mokoena', in a
    story naming the Competition Commission and no other commission, holds her title there; only a noun of a
    grouping (WordNet's noun.group) is such a body's head, not a discipline an occupation is named for ('oncologist'
    from 'oncology': 'Caldera Oncology' is no oncologist's body). '' otherwise."""
    words = role.split()
    if not words:
        return ""
    title = title_word(role)  # 'State Sen.': a senator
    nouns = {n for n in derived_nouns(title) if noun_class(n) == GROUP}  # not 'oncology' of an oncologist:
    # a discipline ('Caldera Oncology' is a firm, no oncologist's body)
    nouns |= {CHAMBER_OF_MEMBER[title]} if title in CHAMBER_OF_MEMBER else set()
    found = {name for name in bodies.values() if name.split()[-1].lower() in nouns}
    return found.pop() if len(found) == 1 else ""


def title_word(role: str) -> str:
    """The last word of a role, in lower case, an abbreviated title written out (`nlp.TITLE_EXPANSIONS`): 'State
    Sen.' -> 'senator', 'Gov.' -> 'governor', 'Presiding Commissioner' -> 'commissioner'; '' for no words."""
    words = role.split()
    title = words[-1].lower().rstrip(".") if words else ""
    return TITLE_EXPANSIONS.get(title, title)


CHAMBER_OF_MEMBER = {
    "senator": "senate",
    "representative": "house",
    "congressman": "house",
    "congresswoman": "house",
    "assemblyman": "assembly",
    "assemblywoman": "assembly",
    "assemblymember": "assembly",
    "councillor": "council",
    "councilor": "council",
    "councilman": "council",
    "councilwoman": "council",
    "councilmember": "council",
    "alderman": "council",
}
"""The head noun of the chamber a legislator's title makes them a member of: a senator sits in a senate, a
representative (the US 'Rep.') in a house, a councillor in a council. WordNet does not derive these ('senate' is
no derivation of 'senator'), so `_body_of_the_title` reads them here: 'State Sen. Daniel Okafor' in a story naming
the Missouri Senate and no other senate is its member."""


def _bodies_named_as_places(doc: "Doc") -> dict[str, str]:
    """The names of bodies the recogniser tagged (an organisation or a facility) as their head noun's phrase: its
    compounds and its 'of' phrase, without a place after it ('the Ministry of Health in Arnholt', where the talks
    were held: 'Ministry of Health'), keyed by `norm`. A body named only as a venue is no actor, but its name says
    which department a portfolio is (`_department_of_the_portfolio`)."""
    out = {}
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "FAC"):
            continue
        root = ent.root
        words = [t for t in ent if t.i < root.i and t.dep_ == "compound" and t.head.i == root.i] + [root]
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < ent.end), None)
        if of is not None:
            words += [t for t in of.subtree if t.i < ent.end and t.dep_ != "det"]
        name = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
        out[norm(name)] = name
    return out


def _department_of_the_portfolio(role: str, bodies: dict[str, str]) -> str:
    """The department a minister's or secretary's portfolio names (`PORTFOLIO_TITLES`), when the article names
    exactly one body whose words are the portfolio's around a head noun of a grouping ('Mines Minister Gordon
    Kettering' and 'Ontario's Ministry of Mines'; 'Education Secretary' and the 'Department of Education'):
    the minister heads it. Words compared case-folded, function words and ranks ('Deputy') aside; '' otherwise."""
    words = [w for w in re.split(r"[\s-]+", role) if w]
    titles = [n for n, w in enumerate(words) if w.lower() in PORTFOLIO_TITLES]
    if not titles:
        return ""
    portfolio = {w.lower() for n, w in enumerate(words) if n not in titles and w.lower() not in _FUNCTION_WORDS and w.lower() not in TITLE_WORDS}
    if not portfolio:
        return ""
    found = set()
    for name in bodies.values():
        head = name.split(" of ")[0].split()[-1]  # 'Ministry' of 'Ministry of Mines'; the last word of 'Health Ministry'
        rest = {w.lower() for w in re.split(r"[\s-]+", name) if w and w != head and w.lower() not in _FUNCTION_WORDS}
        if rest == portfolio and noun_class(head.lower()) == GROUP:
            found.add(name)
    return found.pop() if len(found) == 1 else ""


_UNION_NAMES = ("european union", "eu", "european commission", "commission")
"""Names of the European Union's institutions, the body first (`_brussels_for_the_union`)."""


def _names_the_union(text: str) -> bool:
    """Whether the article names the European Union or its Commission (`_UNION_NAMES`, as words)."""
    return re.search(r"\b(?:European Union|EU|European Commission)\b", text) is not None


def _brussels_for_the_union(text: str, groups: dict[str, Referent]) -> None:
    """In a story that names the European Union or its Commission, 'Brussels' stands for them, as the press uses
    the seat of the EU's institutions ('Brussels signals support', 'Paris has asked Brussels to cover a larger
    share'), not for Belgium: the country the capital was folded into gives its mentions to the Union, when
    Brussels is all the article calls that country (a story that names Belgium or the Belgians keeps them)."""
    belgium = groups.get("country:belgium")
    if belgium is None or any(norm(form) != "brussels" for form in belgium.forms) or re.search(r"\bBelgi(?:um|an)", text):
        return
    union = next((ref for name in _UNION_NAMES for ref in groups.values() if ref.kind == "organization" and norm(ref.name) == name), None)
    if union is None:
        return
    for m in belgium.mentions:
        union.mentions.append(m)
        union.forms[m.text] += 0  # a form of it, never its name (`_best_name` counts the forms)
    union.subjects += belgium.subjects
    union.agentive += belgium.agentive
    del groups["country:belgium"]


@per_document
def _dateline_words(doc: "Doc") -> frozenset[str]:
    """The place names of the article's datelines, as written and in title case ('HACKNEY, 5 February 2025 –':
    'HACKNEY', 'Hackney'; 'CALDER SPRINGS, Colo. —': 'Calder Springs')."""
    text = text_of(doc)
    runs = [w for start, end in datelines(text) for w in re.findall(r"[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+)*", text[start:end])]
    return frozenset(form for w in runs for form in (w, w.title()))


def _lawgivers_town(token: "Token") -> bool:
    """Whether a one-word name the recogniser tagged a body is a legislator's home town or state, as US papers
    write it after the title and name: 'Rep. Tom Albright of Dayton', 'Sen. Ann Lee of Toledo'. The title before
    the name is a lawgiver's by its first three WordNet senses (`senses.is_a`: 'Rep.' expanded to
    'representative', 'Sen.', 'Congresswoman'), and the name is a place in WordNet and no body ('Dayton'; not
    'Whitehall', also a body)."""
    prep = token.head
    person = prep.head
    if token.dep_ != "pobj" or prep.lower_ != "of" or prep.i + 1 != token.i or person.ent_type_ != "PERSON":
        return False
    ent = _entity_at(token)
    if ent is None or len(ent) != 1 or token.ent_type_ != "ORG":
        return False
    name = _entity_at(person)
    start = name.start if name is not None else person.i
    if start == 0:
        return False
    title = token.doc[start - 1].lower_.rstrip(".")
    classes = noun_classes(token.lower_)
    return is_a(TITLE_EXPANSIONS.get(title, title), "lawgiver", senses=3) and "noun.location" in classes and GROUP not in classes


def _dateline_place(doc: "Doc", name: str) -> bool:
    """Whether a name the recogniser tagged a body is the place the dateline gives ('Hackney' under 'HACKNEY, 5
    February 2025 –'): a town, which is an actor only when it acts (`Referent.place`)."""
    return name in _dateline_words(doc)


def _add_mention(doc: "Doc", ref: Referent, m: Mention, labels: list[tuple[int, int]]) -> None:
    """One more mention of `ref`, counted as a subject or an agent where the parse makes it one."""
    ref.mentions.append(m)
    ref.forms[m.text] += 0 if m.echo else 1  # an echo does not vote for the name either (`_best_name`)
    if m.short:
        ref.forms[m.short] += 0  # a form the article may use alone, never the name (`_best_name` takes the longer)
    town = m.kind == "organization" and (_dateline_place(doc, m.text) or _lawgivers_town(doc[m.root]))
    ref.place = ref.place or m.kind == "place" or town
    root = first_conjunct(doc[m.root])
    if m.echo:
        return  # the recogniser's one tag decides whether it is a body at all: an echo tells who acts, not how much
    if any(s <= m.start and m.end <= e for s, e in labels):
        return  # a line's label is a term, not a clause: its parse says nothing of who acts
    if root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "appos" and root.ent_type_ == "PERSON" and _closes_subject(root):
        ref.subjects += 1
    elif _agentive(root) or m.kind == "person" and _who_acts(doc[m.root]):
        ref.agentive += 1


def _who_acts(name: "Token") -> bool:
    """Whether a person's name is the antecedent of a relative 'who' that is the subject of its clause ('pressure
    from Oakhaven's mayor, Deirdre Hollis, who has made her support conditional on ...': she acts, in the relative
    clause; Quirk et al. 1985, 17.10). The clause must hang on the name itself."""
    return any(c.dep_ == "relcl" and any(t.dep_ == "nsubj" and t.lower_ == "who" for t in c.children) for c in name.children)


def _closes_subject(appositive: "Token") -> bool:
    """Whether an appositive name ends its clause's subject ('Co-founder of Google, Sergey Brin, met ...', the
    parser hanging the name on 'Google'): it is inside a subject's phrase and only punctuation and adverbs stand
    between it and that subject's verb, so the name is who acts. Only a person's name is asked about (a place in
    apposition, 'Irving, Texas, was ...', locates)."""
    for ancestor in appositive.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
        if ancestor.dep_ in ("nsubj", "nsubjpass"):
            verb = ancestor.head
            between = appositive.doc[appositive.right_edge.i + 1 : verb.i]
            return verb.i > appositive.i and all(t.is_punct or t.pos_ in ("ADV", "AUX", "PART") for t in between)
    return False


_ORGANS_OF_STATE = frozenset("government embassy parliament ministry minister cabinet army navy".split())
"""Nouns of what only a state has: a government, an embassy, a parliament, ministries and ministers, an army and
a navy ('the government of Nordholm', "Vestria's trade minister", 'the Vestrian embassy')."""
_LEADERS_ORGANS = frozenset({"government", "cabinet", "army"})
"""Organs of state a head of government is said to have as his or her own ("Putin's government", "Netanyahu's cabinet")."""


def _states_by_their_organs(doc: "Doc", groups: dict[str, Referent]) -> None:
    """A name the recogniser tagged a body or a place that the article gives an organ of state ('the government
    of Nordholm', "Vestria's trade minister", 'the embassy of Somaliland') is a state's, a country, though no
    table of countries holds it: an unrecognised or breakaway state, or one a story invents. Not a party's
    'shadow' minister, nor 'the Labour government' (a name before the noun is a party's as often as a state's). A
    place the article then calls 'the country' with an organ of its own is one too (`_called_the_country`).

    So is a one-word name tagged a person that the article never gives as a person's ('Ostmark's fisheries
    minister', 'Ostmark's fisheries ministry'): no given name, title or role anywhere, itself no given name
    (`given_names.is_given_name`), owning an organ that is no leader's own (not "Putin's government", nor his
    cabinet: a leader's administration is spoken of as his)."""
    called = _called_the_country(doc) | _its_organs(doc)
    for key, ref in list(groups.items()):
        nameless = ref.kind == "person" and " " not in ref.name and not ref.roles and not is_given_name(ref.name)
        if ref.kind not in ("organization", "place") and not nameless or len(ref.name.split()) > 2:
            continue
        if not any(_owns_an_organ(doc[m.root], leaders=not nameless) or m.root in called for m in ref.mentions):
            continue
        country = groups.setdefault(f"country:{norm(ref.name)}", Referent(ref.name, "country"))
        if country is not ref:
            _absorb(country, groups.pop(key))


LEADING = {"lead": "leader", "head": "head", "chair": "chair"}
"""Verbs of leading a body, and the role their participle's agent holds ('The federation, led by X': its leader)."""


def body_led_by(name: "Token") -> "Token | None":
    """The noun of the body a name leads by a participle of leading on it ('The federation, led by Maria João
    Albuquerque-Teixeira, said ...': 'federation'; `LEADING`): the name is the participle's agent. None otherwise."""
    agent = name.head
    verb = agent.head
    if name.dep_ != "pobj" or agent.dep_ != "agent" or verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.lemma_.lower() not in LEADING:
        return None
    return verb.head


def _leader_of(name: "Token") -> tuple[str, str]:
    """(role, body) for a name that is the agent of a participle of leading on a body ('The federation, led by Maria
    João Albuquerque-Teixeira, said ...': leader, the federation by the name its bare description points back to,
    `body_named_by`; 'The Harbour Union, chaired by X': chair, the Harbour Union); ('', '') otherwise."""
    body = body_led_by(name)
    if body is None:
        return "", ""
    verb = name.head.head
    ent = _entity_at(body)
    if ent is not None and ent.label_ == "ORG":
        named = _organisation_name(ent) or _clean_name(ent.text)
    else:
        named = body_named_by(body) if body.pos_ == "NOUN" and definite(body) else ""
    return (LEADING[verb.lemma_.lower()], named) if named else ("", "")


def _its_organs(doc: "Doc") -> frozenset[int]:
    """Tokens of names that own an organ of state through 'its' in the next sentence: the proper-noun subject of
    the sentence before one that opens with 'Its' and an organ ('Ostmark did not move far. Its fisheries minister,
    Henrik Valstad, said ...'): 'its' refers back to the subject before it (the centering of Grosz, Joshi and
    Weinstein 1995: the preferred antecedent is the last sentence's subject), and is never a person's."""
    found = set()
    sentences = list(doc.sents)
    for before, sentence in zip(sentences, sentences[1:]):
        opener = next((t for t in sentence if not t.is_punct and not t.is_space), None)
        if opener is None or opener.lower_ != "its" or opener.dep_ != "poss" or opener.head.lemma_.lower() not in _ORGANS_OF_STATE:
            continue
        subject = next((t for t in before.root.children if t.dep_ == "nsubj" and t.pos_ == "PROPN"), None)
        if subject is not None:
            found.add(subject.i)
    return frozenset(found)


def _called_the_country(doc: "Doc") -> frozenset[int]:
    """Tokens of place names the article then calls 'the country' with an organ of state of its own: the nearest
    name tagged a place before "the country's fisheries minister" in its sentence ('Lusteria will press the
    commission to adopt the cut, the country's fisheries minister, Anton Melis, said'): a definite description
    refers back to the nearest compatible name, as in the Stanford sieve's head match (Lee et al. 2013)."""
    found = set()
    for token in doc:
        if token.lemma_.lower() not in ("country", "nation") or not token.is_lower or not _owns_an_organ(token):
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            continue
        before = [t for t in token.sent if t.i < token.i and t.ent_type_ == "GPE" and t.ent_iob_ == "B" and t.pos_ == "PROPN"]
        if before:
            found.add(before[-1].i)
    return frozenset(found)


def _owns_an_organ(token: "Token", leaders: bool = True) -> bool:
    """Whether a name is the possessor of an organ of state (`_ORGANS_OF_STATE`: "Vestria's trade minister") or
    what one is 'of' ('the government of Nordholm'), with no 'shadow' on it; without `leaders`, not the organs a
    leader is said to have (`_LEADERS_ORGANS`: "Putin's government")."""
    if token.dep_ == "poss":
        organ = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "of":
        organ = token.head.head
    else:
        return False
    measure = any(c.dep_ == "prep" and c.lower_ == "of" and any(o.tag_ == "NNS" for o in c.children) for c in organ.children)
    if not leaders and organ.lemma_.lower() in _LEADERS_ORGANS:
        return False
    return organ.lemma_.lower() in _ORGANS_OF_STATE and organ.pos_ == "NOUN" and not measure and not any(c.lower_ == "shadow" for c in organ.children)
    # (not "Google's army of lawyers": a crowd, no organ)


def _the_government(doc: "Doc", groups: dict[str, Referent], labels: list[tuple[int, int]], state: Referent | None = None) -> None:
    """'the government' (or 'the Government') with nothing to say whose is the government of the country the
    article is about (`_home_country`), and so a mention of that country: the gold format labels a government
    by its country, with 'the government' among the country's aliases. A name the recogniser made of a bare
    'Government' joins that country too. Nothing changes where no one country is the article's. In a story of one
    state's or province's government that names no country's (`state`, `_state_government`), 'the government' is
    that state's ('the New South Wales government ... said the government would ask the tribunal')."""
    for key, ref in list(groups.items()) if state is not None else []:
        if ref is not state and ref.kind == "organization" and norm(ref.name) in ("state", "province"):
            _absorb(state, groups.pop(key))  # 'The State itself has recognised them', capitalised: its government
    bare = [t for t in doc if lemma(t) == "government" and t.pos_ in ("NOUN", "PROPN") and _unqualified(t)]
    if not bare:
        return
    home = state.name if state is not None else _home_country(doc, groups, bare)
    if home is None:
        return
    country = state if state is not None else groups.setdefault(f"country:{norm(home)}", Referent(home, "country"))
    for name in [k for k, ref in groups.items() if ref.kind == "organization" and norm(ref.name) in ("government", "the government")]:
        _absorb(country, groups.pop(name))  # 'Government' tagged a body: the same government
    taken = {i for ref in groups.values() for m in ref.mentions for i in range(m.start, m.end)}
    for token in bare:
        start = token.i - 1 if token.i and doc[token.i - 1].lower_ == "the" else token.i
        span = doc[start : token.i + 1]
        if _countries_named(token.sent) - {home}:
            continue  # 'Israeli opposition lawmaker Yael Dorin criticised the government': hers, maybe not home's
        if span.start_char not in taken and token.idx not in taken:
            _add_mention(doc, country, Mention(span.start_char, span.end_char, span.text, country.kind, token.i), labels)


SUBNATIONAL = frozenset("state provincial regional territorial".split())
"""Words that make a government a state's, province's or region's, not a country's: 'the state government', 'the
provincial government', 'the regional government' (the constituent units of a federation, or of a unitary state's
regions: Australia's and India's states, Canada's provinces, Italy's regions)."""
_NATIONAL = frozenset("federal national central union".split())
"""Words that make a government the country's own: 'the federal government', 'the central government', 'the Union
government' (India's)."""


def _governments_of_states(doc: "Doc", groups: dict[str, Referent], labels: list[tuple[int, int]]) -> list[Referent]:
    """A state's, province's or region's government is an organisation the story is about, as the gold format
    labels one ('New South Wales government', with 'the state government' and 'New South Wales' among its
    aliases): a singular 'government' whose modifier or possessor is a place the recogniser tagged that no table
    of countries holds ('the New South Wales government', "Manitoba's government", 'the Karnataka state
    government', 'the government of Victoria'), or one with a word of `SUBNATIONAL` and the definite article ('the
    state government', 'the provincial government'). When the article names one such place's government, an
    unnamed one is the same ('the state government' in a story of the New South Wales government), and the place's
    own mentions join it, as a country's join its government; with two named, an unnamed one is left alone. The
    government is named by its place ('Manitoba government'), else as written ('state government'). Returns the
    governments found."""
    named: dict[str, list[tuple["Span", "Span"]]] = {}
    unnamed: list["Span"] = []
    for token in doc:
        if lemma(token) != "government" or token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS"):
            continue
        if token.dep_ == "compound" or any(c.lower_ in _NATIONAL for c in token.children):
            continue  # 'government officials', 'the federal government'
        place = _place_of_a_government(token)
        if place is not None:
            start = place.start if token.i > place.start else token.i
            start += 1 if doc[start].lower_ == "the" else 0
            span = doc[start : max(token.i, place.end - 1) + 1]
            named.setdefault(norm(place.text), []).append((span, place))
        elif definite(token) and any(c.dep_ in ("amod", "compound") and c.lower_ in SUBNATIONAL for c in token.children):
            start = min(c.i for c in token.children if c.dep_ in ("amod", "compound") and c.lower_ in SUBNATIONAL)
            unnamed.append(doc[start : token.i + 1])
    if len(named) > 1:
        unnamed = []  # 'the state government' of which of two states: only a reader can tell
    if not named and not unnamed:
        return []
    if unnamed and not named:
        states = [e for e in doc.ents if e.label_ in ("GPE", "ORG") and norm(e.text) not in SUBNATIONAL and _a_state_by_wordnet(e.text)]
        place = _named_most(states)  # 'talks with the provincial government' in a story of Manitoba (named 4 times,
        if place is not None:  # Ontario once)
            named[norm(place.text)] = [(doc[place.start : place.end], place)]
    found = []
    name = " ".join(unnamed[0].text.lower().split()) if unnamed else ""
    for key_name, spans in named.items():
        place_name = spans[0][1].text
        level = next((c.lower_ for s, _ in spans for c in s.root.children if c.dep_ in ("amod", "compound") and c.lower_ in SUBNATIONAL), "")
        title = " ".join(w for w in (_clean_name(place_name), level, "government") if w)  # 'Karnataka state government'
        government = groups.setdefault(f"named:{norm(title)}", Referent(title, "organization"))
        for key, ref in list(groups.items()):
            if ref is not government and ref.kind in ("organization", "place") and norm(ref.name) == key_name:
                _absorb(government, groups.pop(key))  # 'Manitoba' the place is its government, as a country is
        _government_mentions(doc, government, [s for s, _ in spans if lemma(s.root) == "government"] + (unnamed if len(named) == 1 else []), labels)
        found.append(government)
    if unnamed and not named:
        government = groups.setdefault(f"named:{norm(name)}", Referent(name, "organization"))
        _government_mentions(doc, government, unnamed, labels)
        found.append(government)
    return found


def _named_most(places: list["Span"]) -> "Span | None":
    """The first mention of the place `places` name most (by `norm`), when it is named at least twice and at least
    twice as often as any other (Manitoba four times, Ontario once); None otherwise."""
    counts = Counter(norm(p.text) for p in places).most_common(2)
    if not counts or counts[0][1] < 2 or len(counts) > 1 and counts[0][1] < 2 * counts[1][1]:
        return None
    return next(p for p in places if norm(p.text) == counts[0][0])


def _modifiers_of_government(government: "Token") -> list["Token"]:
    """The words that say whose a government is: its adjectives, compounds, possessors and nominal modifiers, then
    the objects of its 'of' ('the Irish government', 'the New South Wales government', "Manitoba's government",
    'the government of Peru')."""
    words = [c for c in government.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    return words + [o for p in government.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _place_of_a_government(government: "Token") -> "Span | None":
    """The place a government's modifier, possessor or 'of' phrase names, when the recogniser tagged it a place
    and no table of countries holds it, nor is it a country's people ('New South Wales', 'Manitoba', not
    'Peru' or 'Irish'), and it is a state or province by WordNet or by a word of `SUBNATIONAL` on the government
    ('the Maharashtra state government'), not a country no table holds ('the Kasanda government'); None
    otherwise."""
    for word in (w for w in _modifiers_of_government(government) if w.dep_ != "amod"):
        place = _entity_at(word)
        if place is None and word.pos_ == "PROPN" and word.dep_ == "compound":
            start = word.i
            while start > 0 and word.doc[start - 1].pos_ == "PROPN" and word.doc[start - 1].dep_ == "compound":
                start -= 1
            run = word.doc[start : word.i + 1]  # 'The New South Wales government', which the recogniser left untagged
            place = run if _a_state_by_wordnet(run.text) else None
        elif place is not None and place.label_ == "ORG" and len(place) > 1 and place[-1].lower_ in SUBNATIONAL:
            place = place[:-1]  # 'The Maharashtra state government', where the recogniser tagged 'Maharashtra state'
        elif place is not None and place.label_ != "GPE":
            continue
        if place is None:
            continue
        text = place.text[:-2] if place.text.endswith(("'s", "’s")) else place.text
        if canonical_country(text) or country_of_demonym(text) or is_capital(text):
            continue
        if _a_state_by_wordnet(text) or any(c.lower_ in SUBNATIONAL for c in government.children):
            return place  # not 'the Kasanda government' of a country no table holds: 'the Maharashtra state government'
    return None


def _a_state_by_wordnet(name: str) -> bool:
    """Whether one of WordNet's three most frequent senses of a place's name is a state or province, a constituent
    district of a nation ('Manitoba', 'New South Wales', 'Ontario', 'Uttar Pradesh'; not 'Sydney')."""
    return is_a(name, "province", 3)


def _government_mentions(doc: "Doc", government: Referent, spans: list["Span"], labels: list[tuple[int, int]]) -> None:
    """Each span a mention of `government`, in place of any mention of the same referent inside it."""
    for span in spans:
        government.mentions = [m for m in government.mentions if not (span.start_char <= m.start and m.end <= span.end_char)]
        text = span.text[:-2] if span.text.endswith(("'s", "’s")) else span.text
        _add_mention(doc, government, Mention(span.start_char, span.start_char + len(text), text, "organization", span.root.i), labels)


def _state_government(doc: "Doc", groups: dict[str, Referent], found: list[Referent]) -> Referent | None:
    """The one government of a state, province or region of `found` (`_governments_of_states`), when the article
    names no country's government outright ('the federal government', 'the Indian government', 'the government
    of Peru') and is about no one country (`_home_country`: an Italian story's 'the regional government' leaves
    'the government' Italy's); None otherwise."""
    if len(found) != 1 or _home_country(doc, groups, []) is not None:
        return None
    for token in doc:
        if lemma(token) == "government" and token.pos_ in ("NOUN", "PROPN"):
            words = _modifiers_of_government(token)
            if any(w.lower_ in _NATIONAL or canonical_country(w.text) or country_of_demonym(w.text) for w in words):
                return None
    return found[0]


_NOT_THE_HOME_GOVERNMENT = frozenset("former ex shadow opposition state provincial regional".split())
"""Words before 'minister' in a role by which the minister is not the home government's: a former one, the
opposition's ('shadow'), or a state's or province's ('State Transport Minister' in Sydney)."""


def _ministers_of_home(doc: "Doc", groups: dict[str, Referent], state: Referent | None = None) -> None:
    """A minister whom the text ties to no body or country ('Economy Minister Martín Echeverría Salazar', 'Water
    Minister Nasser al-Fayez') is a member of the government of the country the article is about
    (`_home_country`), by the gold format's rule that a minister speaking for a state is affiliated with its
    government. Nothing changes where no one country is the article's, or for a former, shadow or state
    minister (`_NOT_THE_HOME_GOVERNMENT`). In a story of one state's or province's government that names no
    country's (`state`, `_state_government`), a minister or premier with no body is of that government ('State
    Transport Minister Olivia Brennan', 'Premier Gordon Fairbanks'), unless former, shadow, opposition or
    federal."""
    home: str | None = None
    for ref in groups.values():
        if ref.kind != "person" or ref.affiliations:
            continue
        words = [w.lower().strip(".,") for role in ref.roles for w in role.replace("-", " ").split()]
        if state is not None:
            if any(w in ("minister", "premier") for w in words) and not any(w in ("former", "ex", "shadow", "opposition", *_NATIONAL) for w in words):
                ref.affiliations.append(state.name)
            continue
        if "minister" not in words or any(w in _NOT_THE_HOME_GOVERNMENT for w in words):
            continue
        home = home or _home_country(doc, groups, [])
        if home is None:
            return
        ref.affiliations.append(home)


def _mayors_of_the_dateline(doc: "Doc", groups: dict[str, Referent]) -> None:
    """A mayor whom the text ties to no town or body ('Mayor Helen Kwan said ...') is the mayor of the town the
    story's dateline gives ('CEDAR HARBOUR, B.C. (PPW) —'), when the story names that town at least twice
    besides: a local story is datelined where it happens, and a mayor heads that town's government (as
    `_town_of_a_mayor` reads 'Red Lake Mayor Jim Carlyle'); a dateline the story names nowhere else is only where
    the news was made ('VICTORIA —' over a provincial vote on another town's strike). The town is written as the
    article writes it ('Cedar Harbour'); nothing changes with no dateline, a country's name there, or a rank
    before the title ('Deputy Mayor')."""
    mayors = [r for r in groups.values() if r.kind == "person" and not r.affiliations and r.roles and _bare_civil_title(r.roles[0])]
    if not mayors:
        return
    text = text_of(doc)
    places = [re.split(r"[,(–—]|--", text[start:end])[0].strip() for start, end in datelines(text)]
    places = [p for p in places if p and p.isupper() and not canonical_country(p.title())]
    if not places:
        return
    written = [m.group(0) for m in re.finditer(rf"(?<![\w-]){re.escape(places[0])}(?![\w-])", text, flags=re.I) if not m.group(0).isupper()]
    if len(written) < 2:
        return  # 'VICTORIA —' over a story of a legislature's vote on a strike in another town: where the news was made,
        # which the story names nowhere else, not the mayor's town
    for ref in mayors:
        ref.affiliations.append(written[0])


def _governors_of_the_state(doc: "Doc", groups: dict[str, Referent], state: Referent | None) -> None:
    """A governor whom the text ties to no body ('Gov. Randall Whitcomb', 'Governor Linda Harwell') heads the
    government of the state the story is about, as the gold format ties an official to the government it speaks
    for: that state's government when the article names one (`state`, `_state_government`), else the state
    itself, the place WordNet calls a state or province that the article names most (at least twice, twice as
    often as any other: 'Missouri'). Not a former governor, nor a central bank's ('central bank governor', a role
    of more than a title)."""
    governors = [r for r in groups.values() if r.kind == "person" and not r.affiliations and r.roles and _bare_title(r.roles[0], "governor")]
    if not governors:
        return
    if state is not None:
        home = state.name
    else:
        place = _named_most([e for e in doc.ents if e.label_ == "GPE" and not canonical_country(e.text) and _a_state_by_wordnet(e.text)])
        if place is None:
            return
        home = place.text
    for ref in governors:
        ref.affiliations.append(home)


def _spokespeople_of_officials(doc: "Doc", groups: dict[str, Referent]) -> None:
    """A spokesperson tied to no body, in apposition with the official they speak for ('A spokesperson for the
    governor, Dana Whitcomb', 'Tom Fry, the mayor's spokesman', 'a spokesman for Gov. Linda Harwell'), speaks for
    that official's body, as the gold format ties a spokesperson to the body they speak for (a White House
    spokesperson: the White House): the official is the one person in the article whose title is that noun
    ('the governor': 'Gov. Linda Harwell'), or the person named there (whose name had been read as the body:
    'a spokeswoman for Harwell'); nothing changes when no one or several hold the title, or the official has no
    body either. A new user's governor's spokesperson had been given the state senate by the embedded model."""
    people = [r for r in groups.values() if r.kind == "person"]
    names = {norm(f) for r in people for f in r.forms}
    speakers = [r for r in people if all(norm(a) in names for a in r.affiliations)]  # none, or a person ('a
    # spokeswoman for Harwell': 'Harwell', no body)
    if not speakers:
        return
    index = _token_index(doc, people)
    for ref in speakers:
        for m in ref.mentions:
            root = doc[m.root]
            spokes = root.head if root.dep_ == "appos" else next((c for c in root.children if c.dep_ == "appos"), None)
            if spokes is None or spokes.lemma_.lower() not in SPOKESPEOPLE:
                continue
            whom = [o for p in spokes.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
            whom += [c for c in spokes.children if c.dep_ == "poss"]
            officials = []
            for token in whom:
                if token.pos_ == "PROPN":
                    officials = [index[token.i]] if token.i in index else []
                elif token.pos_ == "NOUN":
                    officials = [r for r in people if any(title_word(role) == token.lemma_.lower() for role in r.roles)]
            if len(officials) == 1 and officials[0] is not ref and officials[0].affiliations:
                ref.affiliations[:] = officials[0].affiliations[:1]
                break


def _bare_title(role: str, title: str) -> bool:
    """Whether a role is the one title `title` (a lemma), abbreviated or not, and nothing more ('Gov.', 'Governor';
    not 'former governor' or 'central bank governor')."""
    return len(role.split()) == 1 and title_word(role) == title


def _bare_civil_title(role: str) -> bool:
    """Whether a role is one title of a town's civil head and nothing more ('Mayor', 'mayor'; not 'Deputy Mayor' or
    'former mayor'): WordNet's first sense of the word is a 'civil authority' (`senses.is_a`)."""
    words = role.split()
    return len(words) == 1 and is_a(words[0].lower(), "civil authority")


def named_forms(forms: Iterable[str]) -> list[str]:
    """The forms of an actor that are names, without 'the government' (`_the_government`): a common noun that
    stands for a country here, but says no more of a sentence than 'the company' would."""
    return [f for f in forms if norm(f) not in ("government", "the government")]


def _unqualified(noun: "Token") -> bool:
    """A noun with 'the' and nothing else to say which: no adjective, compound, possessor or 'of' phrase
    ('the government', not 'the federal government', 'Peru's government', 'the government of Peru'), and
    no modifier of another noun itself ('government officials')."""
    if noun.dep_ == "compound" or not definite(noun):
        return False
    return not any(c.dep_ in ("amod", "compound", "poss", "nmod", "nummod") or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def definite(noun: "Token") -> bool:
    """Whether a noun has the definite article: no one's name takes one ('the Bill' is no man called Bill)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _home_country(doc: "Doc", groups: dict[str, Referent], bare: list["Token"]) -> str | None:
    """The country whose government an unqualified 'the government' is: the one country whose government the
    article names outright ('the Irish government', 'the government of Peru': head match, as in the Stanford
    coreference sieves), else the country of the story's dateline ('PARIS –', 'KISUMU, Kenya —'; not 'BRUSSELS –' over
    a story that names the European Union, whose seat it is: its 'government' is no more Belgium's), else the
    country the article names most, if it names it at least twice, more often than any other, and no less often
    than any place the recogniser tagged that no table of countries holds (an unrecognised or invented state,
    which may be the home); None when none of these holds."""
    named = set()
    for token in doc:
        if lemma(token) == "government" and token not in bare:
            words = _modifiers_of_government(token)
            named.update(c for w in words if (c := canonical_country(w.text) or country_of_demonym(w.text)))
    if len(named) == 1:
        return named.pop()
    if named:
        return None  # two governments named: which one the bare word is, only a reader can tell
    text = text_of(doc)
    for start, end in datelines(text)[:1]:
        parts = [p.strip() for p in re.split(r"[,/–—(]|--", text[start:end])]
        places = {c for p in parts if (c := canonical_country(p) or canonical_country(p.title()))}
        if any(norm(p) == "brussels" for p in parts) and _names_the_union(text):
            break  # 'BRUSSELS –' over a story of the EU: the seat of its institutions (`_brussels_for_the_union`)
        if len(places) == 1 and not _named_more_than(groups, next(iter(places))):  # 'PARIS –', 'KISUMU, Kenya —'; not
            return places.pop()  # 'JERUSALEM/BEIRUT (AP) —'
    counts = sorted((len(r.mentions), r.name) for r in groups.values() if r.kind == "country" and not r.place)
    unknown = max((len(r.mentions) for r in groups.values() if r.kind != "country" and r.place), default=0)
    if counts and counts[-1][0] >= 2 and (len(counts) == 1 or counts[-2][0] < counts[-1][0]) and unknown <= counts[-1][0]:
        return counts[-1][1]  # (not when a place no table holds, 'Nordholm', is named more often: it may be the home)
    return None


def _named_more_than(groups: dict[str, Referent], dateline_country: str) -> bool:
    """Whether the article names another country (one the tables hold, or a place the recogniser tagged a country
    that they do not) at least twice and at least twice as often as its dateline's country: a wire's regional
    bureau datelines stories about its neighbours ('SINGAPORE (Reuters) - A regional press freedom group called
    on Kelantara to scrap ...', Kelantara named seven times, Singapore once more), and the government the story
    speaks of is theirs (a new user's 'the government' had become Singapore's)."""
    own = next((len(r.mentions) for r in groups.values() if r.kind == "country" and r.name == dateline_country), 0)
    return any(
        r.kind == "country" and r.name != dateline_country and len(r.mentions) >= max(2, 2 * own)
        for r in groups.values()
    )


def _countries_named(sentence: "Span") -> set[str]:
    """The countries a sentence names, by name, capital or nationality ('Israeli', 'Beirut')."""
    named = set()
    for ent in sentence.ents:
        if ent.label_ in ("GPE", "NORP"):
            found = canonical_country(ent.text) or country_of_demonym(ent.text)
            if found:
                named.add(found)
    return named


def _titles_as_their_holders(groups: dict[str, Referent]) -> None:
    """'The Transport Secretary has defended ...' after 'Transport Secretary Louise Haigh': an organisation the
    recogniser found (or a 'person' ending in a title: 'Goiás Governor') that is word for word the role of one
    person in the article is that person (two words or more: a one-word role is as often a stray word the parse
    took for one)."""
    holders: dict[str, list[Referent]] = {}
    for ref in groups.values():
        if ref.kind == "person":
            bodies = {norm(a) for a in ref.affiliations}
            for role in ref.roles:  # a 'role' that is the body they are at ('- Daniel Okafor, Coastline Legal Trust') is no title
                if norm(_clean_name(role)) not in bodies:
                    holders.setdefault(norm(_clean_name(role)), []).append(ref)
    for key, ref in list(groups.items()):
        titled = ref.kind == "person" and ref.name.split()[-1].lower() in _NAME_CONSTANTS.titles  # 'Goiás Governor'
        found = holders.get(norm(ref.name), []) if (ref.kind == "organization" or titled) and len(ref.name.split()) > 1 else []
        if len(found) == 1 and found[0] is not ref:
            _absorb(found[0], groups.pop(key))


def _people(mentions: list[Mention]) -> dict[str, str]:
    """Every person form -> the full name it stands for ('Birch' -> 'Tom Birch'), when only one fits."""
    full = Counter(m.text for m in mentions if m.kind == "person" and len(m.text.split()) > 1)
    names = sorted(full, key=lambda n: (-len(n.split()), -full[n], n))
    out: dict[str, str] = {}
    for name in names:
        key = norm(name)
        if key in out:
            continue
        longer = [n for n in names if len(n.split()) > len(name.split()) and _contains_name(n, name)]
        out[key] = longer[0] if len(longer) == 1 else name
        reversed_name = " ".join(reversed(key.split()))
        if len(key.split()) == 2 and reversed_name not in out and any(norm(n) == reversed_name for n in names):
            out[reversed_name] = out[key]  # 'Morikawa Kenji' and 'Kenji Morikawa': one name in both orders
    for m in mentions:
        if m.nickname:  # 'Winnie Calder-Boyd' of 'Winifred "Winnie" Calder-Boyd'
            out[norm(m.nickname)] = out.get(norm(m.text), m.text)
    for m in mentions:
        words = m.text.split()
        particled = len(words) == 2 and words[0].lower() in SURNAME_PARTICLES  # 'Du Plessis' of 'Pieter du Plessis'
        if len(words) != 1 and not particled or norm(m.text) in out:
            continue
        fits = [n for n in names if _part_of(m.text, n)]
        surname = [n for n in fits if norm(n).split()[-1] == norm(m.text)]
        fits = surname or fits  # 'Maduro' is the surname of Nicolás Maduro before a first word of 'Maduro’s Plea'
        owners: Counter[str] = Counter()
        for n in fits:
            owners[out[norm(n)]] += full[n]
        if len(owners) > 1:  # 'Kim': Kim Jong Un, named five times, before Youmi Kim, named once
            (first, a), (_, b) = owners.most_common(2)
            one = all(other == first or _spelt_alike(first, other) for other in owners)  # 'Artsvik' and 'Ardzvik Minasyan': one man
            fits = [n for n in fits if out[norm(n)] == first] if a > b or one else fits
        exact = [n for n in fits if n.split()[-1] == m.text]
        if len({out[norm(n)] for n in fits}) > 1 and len({out[norm(n)] for n in exact}) == 1:
            fits = exact  # 'García' is Alan García, not Erick Garcia: the accent is written as the name is
        ending = [" ".join(n.split()[-len(words) :]) for n in fits]  # the full names' last word, or last two
        ending += [n.split()[0] for n in fits if surname_first(n)]  # 'Choi' of Choi Min-jae
        ending += [n.split()[-2] for n in fits if len(words) == 1 and len(n.split()) >= 3 and not is_given_name(n.split()[-2])]
        # 'said Quiroga', tagged a body, of María José Quiroga Benítez: Spanish and Portuguese names end in two family
        # names, and the first is the one used alone
        ending += [n.split()[0] for n in fits if len(words) == 1 and is_given_name(n.split()[0])]  # 'Tesfay wrote', tagged a body:
        # the given name of the one person named in full (Eritrean and Ethiopian names have no family name)
        if len({out[norm(n)] for n in fits}) == 1 and (m.kind == "person" or any(norm(m.text) == norm(e) for e in ending)):
            out[norm(m.text)] = out[norm(fits[0])]
    for m in mentions:  # 'Ibarra Solís said' of Carmen Ibarra Solís, 'Van der Berghe said' of Zoë Van der Berghe (the
        words = norm(m.text).split()  # recogniser may tag either a body): a family name of two or more words
        if len(words) < 2 or norm(m.text) in out or not all(w[:1].isupper() or w in SURNAME_PARTICLES for w in m.text.split()):
            continue
        owners = {out[norm(n)] for n in names if len(n.split()) > len(words) and norm(n).split()[-len(words) :] == words}
        if len(owners) == 1:
            out[norm(m.text)] = owners.pop()
    return out


BIRTH_WORDS = frozenset({"born", "née", "nee"})
"""Words before a person's name at birth ('Born Winifred Boyd in 1936, she married ...', 'Ann Smith, née Jones')."""


def _birth_names(text: str, mentions: list[Mention], people: dict[str, str]) -> None:
    """A name the article gives as someone's name at birth (after `BIRTH_WORDS`) names a person it names otherwise
    too, when exactly one person's full name shares its given name or a part of its family name ('Born Winifred
    Boyd' is Winifred Calder-Boyd, who took her husband's name too): `people` maps it to that name, so it is no
    second person. A birth name that shares no word with anyone's stays a name of its own."""
    full = {people.get(norm(m.text), m.text) for m in mentions if m.kind == "person" and len(m.text.split()) > 1}
    for m in mentions:
        if m.kind != "person" or word_before(text, m.start).lower() not in BIRTH_WORDS or len(m.text.split()) < 2:
            continue
        parts = set(re.split(r"[\s-]+", norm(m.text)))
        owners = [n for n in full if norm(n) != norm(m.text) and parts & set(re.split(r"[\s-]+", norm(n)))]
        if len(owners) == 1:
            people[norm(m.text)] = owners[0]


def _latest_bearers(mentions: list[Mention], people: dict[str, str]) -> dict[int, str]:
    """id(mention) -> full name, for a surname alone that two people named in full bear ('Daniel Reyes' and the
    driver 'Luis Reyes'), which `_people` leaves to neither: each such mention is the bearer named in full most
    recently before it (recency, as the Stanford sieve resolves a name that fits several antecedents, Lee et al.
    2013); none when neither is named before it."""
    full = [m for m in mentions if m.kind == "person" and len(m.text.split()) > 1]
    out: dict[int, str] = {}
    for m in mentions:
        words = m.text.split()
        if len(words) != 1 or norm(m.text) in people or not m.text[:1].isupper():
            continue
        bearers = {people.get(norm(f.text), f.text) for f in full if norm(f.text).split()[-1] == norm(m.text)}
        if len(bearers) < 2:
            continue
        before = [f for f in full if f.start < m.start and norm(f.text).split()[-1] == norm(m.text)]
        if before:
            last = max(before, key=lambda f: f.start)
            out[id(m)] = people.get(norm(last.text), last.text)
    return out


def _contains_name(longer: str, shorter: str) -> bool:
    a, b = norm(longer).split(), norm(shorter).split()
    return a[-len(b) :] == b or a[: len(b)] == b


def _part_of(word: str, name: str) -> bool:
    """Whether a one-word form is a part of a full name: its first or last word, its last two, or any other word
    but a particle ('Lula' of 'Luiz Inácio Lula da Silva')."""
    parts = norm(name).split()
    key = norm(word)
    if key in (parts[0], parts[-1], " ".join(parts[-2:]) if len(parts) > 2 else "") or key in parts and key not in SURNAME_PARTICLES:
        return True
    written = [norm(w) for w in name.split()]  # "O'Kane-Whitfield" of "Siobhán O'Kane-Whitfield": one written word,
    return len(written) > 1 and key in (written[0], written[-1])  # however many its apostrophe and hyphen make


def _acronyms(doc: "Doc", mentions: list[Mention]) -> dict[str, str]:
    """'NIH' -> 'National Institutes of Health': written after it in brackets, or its initials."""
    names = [m.text for m in mentions if m.kind in ("organization", "place") and len(m.text.split()) > 1]
    out: dict[str, str] = {}
    text = text_of(doc)
    for m in mentions:
        if m.kind not in ("organization", "place") or len(m.text.split()) < 2:
            continue
        after = re.match(r"\s*\(([A-Z][\w&.-]{1,14})[),;]", text[m.end : m.end + 20])  # '(CTCL, $350 million)'
        if after:
            out.setdefault(norm(after.group(1)), m.text)
    for m in mentions:
        if m.kind == "organization" and re.fullmatch(r"[A-Z][A-Z&.]{1,8}", m.text) and norm(m.text) not in out:
            fits = [n for n in names if _initials(n) == m.text.replace(".", "").upper()]
            if len(set(fits)) == 1:
                out[norm(m.text)] = fits[0]
    return out


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def _not_people(doc: "Doc", mentions: list[Mention]) -> None:
    """A name tagged a person that a relative 'which' follows is an organisation ('Healthwatch Ashworth, which
    opposes the plan, said'): English relates a person by 'who', anything else by 'which' (Quirk et al. 1985,
    A Comprehensive Grammar of the English Language, 17.10). Every mention of that name is retyped. Not after a
    preposition, where the clause may be the head noun's ('a study by Jane Doe, which found ...'). And a common
    noun tagged a person that ends, with the words before it, the name of a body tagged elsewhere is that body
    (one sense per discourse: 'The Shopkeepers Guild opposed ...', with only 'Guild' tagged, a person)."""
    names = _related_by_which(doc)
    for m in mentions:
        if m.kind == "person" and norm(m.text) in names:
            m.kind = "organization"
    text = text_of(doc)
    bodies = {m.text for m in mentions if m.kind == "organization" and len(m.text.split()) > 1}
    for m in mentions:
        if m.kind != "person" or len(m.text.split()) != 1 or not common_noun(m.text, doc):
            continue  # a surname ('Minasyan' of 'Artsvik Minasyan', tagged a body elsewhere) is no body's head noun
        whole = _ending_name(text, m, bodies)
        if whole is not None:  # 'The Shopkeepers Guild opposed ...' tagged 'Guild' a person; 'the Shopkeepers
            m.start, m.text, m.kind = m.end - len(whole), whole, "organization"  # Guild' is a body elsewhere


def _ending_name(text: str, mention: Mention, bodies: Iterable[str]) -> str | None:
    """The body's name in `bodies` that `mention` ends, with the words before it in `text` ('Shopkeepers Guild'
    for 'Guild' there), or None."""
    return next((b for b in bodies if b.split()[-1] == mention.text and text[max(0, mention.end - len(b)) : mention.end] == b), None)


def _first_words_of_groups(doc: "Doc", mentions: list[Mention]) -> None:
    """'Kestrel says' after 'Kestrel Social, the company behind ...', 'According to Coastwatch' after 'Coastwatch
    Alliance, the environmental group ...': a one-word 'person' that opens the name of a body the article
    describes as a group (`_described_as_a_group`), and is no word of a person's name of two or more words ('Rose'
    of 'Tom Rose'), is that body's short name. Retypes the mentions in place."""
    for m in mentions:
        full = next((n.text for n in mentions if n.kind == "organization" and n.text.startswith(f"{m.text} ")), None)
        surname = any(p.kind == "person" and " " in p.text and m.text in p.text.split() for p in mentions)
        if m.kind == "person" and " " not in m.text and full is not None and not surname and _described_as_a_group(doc, full):
            m.kind, m.text, m.short = "organization", full, m.text


def _short_names_of_bodies(doc: "Doc", mentions: list[Mention]) -> None:
    """A single English common noun tagged a person that is the last word of a body's name of two or more words
    tagged in the same article is that body's short name, not a person ('fight Rovers stadium' in a headline, with
    'Castlebrook Rovers' tagged a body below; one sense per discourse). A surname (the last word of a person's
    name tagged in the article, of a body's name a given name opens, 'Andy Warhol' tagged a body; or no English
    noun: 'Minasyan') and a country ('Armenia' of 'Unzipped: Gay Armenia') are left to `_not_people` and the
    referents, and so is a mention the words before complete the name ('The Shopkeepers Guild opposed ...'), which
    `_not_people` makes the whole name. A company's name without its legal form and the abbreviations before it
    ('Trentside Rovers' of 'Trentside Rovers FC Ltd', `_without_forms`) is the company's too, and so is its last word.
    The mention is retyped before other people's names are looked for, so 'Castlebrook Rovers said' is not taken
    for a person named after it."""
    text = text_of(doc)
    names = [m.text for m in mentions if m.kind == "organization" and len(m.text.split()) > 1]
    bare = {_without_forms(name) for name in names} - set(names)
    for m in mentions:
        if m.kind == "person" and m.text in bare:
            m.kind = "organization"  # 'Trentside Rovers' of 'Trentside Rovers FC Ltd'
    names += [name for name in bare if len(name.split()) > 1]
    bodies = [name.split() for name in names]
    last_words = {words[-1] for words in bodies}
    surnames = {m.text.split()[-1] for m in mentions if m.kind == "person" and len(m.text.split()) > 1}
    surnames |= {words[-1] for words in bodies if is_given_name(words[-2])}  # 'Andy Warhol', tagged a body
    for m in mentions:
        if m.kind != "person" or " " in m.text or m.text not in last_words or m.text in surnames:
            continue  # 'Warhol' of 'Andy Warhol' (WordNet lists him as a noun) is his
        if common_noun(m.text, doc) and not canonical_country(m.text) and _ending_name(text, m, names) is None:
            m.kind = "organization"


def _without_forms(name: str) -> str:
    """A company's name without the legal form that ends it and the capitalised abbreviations before that form
    ('Trentside Rovers FC Ltd' -> 'Trentside Rovers'), as articles name it again; the name itself when it ends in no
    legal form (`_ends_in_a_legal_form`)."""
    bare = without_legal_form(name)
    if bare == name:
        return name
    words = bare.split()
    while len(words) > 1 and words[-1].isupper() and 2 <= len(words[-1].strip(".,")) <= 4:
        words.pop()
    return " ".join(words).rstrip(",")


_BODY_ROLES = frozenset({"nsubj", "nsubjpass", "poss"})


def _first_words_of_bodies(doc: "Doc", mentions: list[Mention]) -> None:
    """A single word tagged a person that opens a body's name tagged in the same article, the rest of which is
    English words ('Veridan Energy', 'Harwell Automotive'), is that body's short name ('Veridan says ...'; cf. 'Corvessa' and
    'Corvessa Therapeutics' in `_merge_name_starts`, which then joins them): when it is no English word, no given
    name and no word of a person's name the article writes in full, and the mention does what a body does, as a
    clause's subject or a possessor. A people's name modifying a noun ('Atacameño communities', beside the
    'Atacameño Water Council') is not the body. So are two or more words tagged a person that open a body's name
    as its short name (`_short_name_of`: 'Aurora Bay' of 'Aurora Bay Reclamation Corp.', 'Salar Andino' of
    'Salar Andino Minerals'), when their last word is no one's family name in the article and the mention does
    what a body does, or names whom someone works for ('Aurora Bay spokesperson'); or when they open with no given
    name (`_opens_with_a_given_name`) and their last word is an English word ('Stratus Ridge' of 'Stratus Ridge
    Data', 'Crescent Harbour' of 'Crescent Harbour Capital'). An
    English word that names no body, person or place in any sense (`_names_no_one`: 'Wattle' of 'Wattle
    Airlines') is a name as well as a word that is none, unless a title stands before it somewhere ('President
    Trump', beside the 'Trump Administration'). One sense per discourse
    (Gale, Church and Yarowsky 1992, "One sense per discourse")."""
    bodies = [m.text.split() for m in mentions if m.kind == "organization" and len(m.text.split()) > 1]
    in_people = {w for m in mentions if m.kind == "person" and " " in m.text for w in m.text.split()}
    starts = {
        words[0]
        for words in bodies
        if all(common_word(w, doc) for w in words[1:] if w.lower() not in _FUNCTION_WORDS) and not is_given_name(words[0])
    }
    for m in mentions:
        word = m.text
        if m.kind == "person" and " " not in word and word in starts and word not in in_people and (not common_word(word, doc) or _names_no_one(word) and not _titled_somewhere(doc, word)):
            if not canonical_country(word) and doc[m.root].dep_ in _BODY_ROLES:  # `starts` holds no given name
                m.kind = "organization"
    for m in mentions:
        words = m.text.split()
        root = doc[m.root]
        role = root.dep_ == "compound" and root.head.pos_ == "NOUN" and noun_class(root.head.lemma_) == PERSON  # 'Aurora Bay spokesperson'
        if m.kind != "person" or len(words) < 2 or not (root.dep_ in _BODY_ROLES or role):
            continue
        if words[-1] in {p.text.split()[-1] for p in mentions if p.kind == "person" and p.text != m.text}:
            continue  # the family name of someone the article names
        if any(_short_name_of(words, c, doc) for c in bodies):
            m.kind = "organization"  # 'Aurora Bay says 2,000 fishers', 'Aurora Bay's spokesperson': Aurora Bay Reclamation Corp.
        elif not _opens_with_a_given_name(words, doc) and common_word(words[-1], doc) and any(c[: len(words)] == words and len(c) > len(words) for c in bodies):
            m.kind = "organization"  # 'Stratus Ridge disputed the estimate' of Stratus Ridge Data: no given name opens it
            # ('Crescent Harbour would take an 80 percent stake' of Crescent Harbour Capital: 'Crescent' is an English
            # word the name data holds, marking no gender)


def _opens_with_a_given_name(words: list[str], doc: "Doc") -> bool:
    """Whether a name of two or more words opens with a given name: one the name data genders with the name's next
    word (`given_names.given_name_gender`: 'Rose Baker'), or one it holds that is no English word (`nlp.common_word`:
    'Jordan Hale', borne by men and women alike). An English word the data holds and genders for no one opens a
    body's name as often ('Crescent Harbour', 'Summit Ridge')."""
    return bool(given_name_gender(" ".join(words[:2]))) or is_given_name(words[0]) and not common_word(words[0], doc)


def _places_named_as_bodies(doc: "Doc", mentions: list[Mention], skipped: list[tuple[int, int]]) -> list[Mention]:
    """Places the recogniser tagged that are a body's short name where they act as that body: 'Coral Coast' of
    'Coral Coast Airways' (`_short_name_of`) in 'Coral Coast Chairman Peter Vukovich said', 'Coral Coast, which
    lost A$86 million, ...' or 'Coral Coast shares dropped 9.5%', written as the subject of a clause, a possessor,
    or a word before a noun of a person or a thing a company has (its shares, its board), never where something is
    (`_where`: 'flights to Coral Coast'). A place that is a country's name is never one ('Singapore' beside
    'Singapore Airlines' stays the state). The place mentions (GPE) found before are retyped; the others (LOC, FAC)
    are new organisation mentions, returned. One sense per discourse (Gale, Church and Yarowsky 1992)."""
    bodies = [m.text.split() for m in mentions if m.kind == "organization" and len(m.text.split()) > 1]
    if not bodies:
        return []
    found = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC") or canonical_country(ent.text) or any(s <= ent.start_char < e for s, e in skipped):
            continue
        span = _clean(doc, ent)
        if span is None or not any(_short_name_of(span.text.split(), body, doc) for body in bodies):
            continue
        root = span.root
        noun = root.head if root.dep_ == "compound" and root.head.pos_ == "NOUN" else None
        owned = noun is not None and (noun_class(noun.lemma_) == PERSON or noun.lemma_ in _COMPANY_HOLDINGS)
        if _where(root) or not (root.dep_ in _BODY_ROLES or owned or root.dep_ == "nsubj" and root.head.pos_ == "NOUN"):
            continue
        same = next((m for m in mentions if m.start == span.start_char and m.end == span.end_char), None)
        if same is None:
            found.append(Mention(span.start_char, span.end_char, span.text, "organization", root.i))
        elif same.kind == "place":
            same.kind = "organization"
    return found


@per_document
def _bodies_named_short(doc: "Doc") -> dict[str, str]:
    """Each name of a place the recogniser tagged (GPE, LOC, FAC; no country) that is the short name of a body
    tagged in the article (`_short_name_of`: 'Coral Coast' of 'Coral Coast Airways'), with that body's name: a role
    it premodifies is held at the body ('Coral Coast Chairman', `_affiliation`). A short name that opens two
    bodies' names is neither's."""
    bodies = {_clean_name(e.text) for e in doc.ents if e.label_ == "ORG" and len(e) > 1}
    found: dict[str, list[str]] = {}
    for ent in doc.ents:
        name = _clean_name(ent.text)
        if ent.label_ in ("GPE", "LOC", "FAC") and not canonical_country(name) and name not in found:
            found[name] = [b for b in bodies if _short_name_of(name.split(), b.split(), doc)]
    return {name: fits[0] for name, fits in found.items() if len(fits) == 1}


_COMPANY_HOLDINGS = frozenset("share stock board bid offer takeover merger deal profit loss revenue result".split())
"""Nouns of what a company has or does that a company's name premodifies ('Coral Coast shares', 'the Wattle
board'), as a place's name does not ('Queensland shares' is rare; `_places_named_as_bodies` asks for a body the
place's name opens as well)."""


def _short_name_of(words: list[str], body: list[str], doc: "Doc") -> bool:
    """Whether `words` open the body's name `body` as its short name: a company's (one with a legal form) whose
    other words are English words, the short name ending in an English noun ('Aurora Bay' of 'Aurora Bay
    Reclamation Corp.'), or any body's whose other words are English nouns in the plural, which end companies'
    names and no person's ('Salar Andino' of 'Salar Andino Minerals', 'Coral Coast' of 'Coral Coast Airways'), or
    English words the last of which is such a plural ('Keystone' of 'Keystone Value Partners'), or one English
    noun of a discipline ('Caldera' of 'Caldera Oncology', 'Helix' of 'Helix Genomics'), or one noun of a kind of
    body (an organization by WordNet's first sense: 'Civic Renewal' of 'Civic Renewal Party')."""
    if body[: len(words)] != words or len(body) <= len(words):
        return False
    rest = _without_forms(" ".join(body)).split()[len(words) :]
    if _ends_in_a_legal_form(" ".join(body)) and all(common_word(w, doc) for w in rest) and common_noun(words[-1], doc):
        return True
    if len(rest) == 1 and noun_class(rest[0]) == "noun.cognition":
        return True  # 'Caldera' of 'Caldera Oncology': a firm named for its discipline (WordNet's noun.cognition)
    if len(rest) == 1 and is_a(rest[0], "organization"):
        return True  # 'Civic Renewal' of 'Civic Renewal Party', 'Open Rights' of 'Open Rights Group': a body's name
        # without the noun of what kind of body it is (WordNet: an organization), as news writes a party or a group
    if len(rest) > 1 and all(common_word(w, doc) for w in rest[:-1]) and rest[-1].endswith("s") and _common_plural(rest[-1], doc):
        return True  # 'Keystone' of 'Keystone Value Partners': English words ending in a plural noun, as firms' names end
    return bool(rest) and all(w.endswith("s") and _common_plural(w, doc) for w in rest)


@per_document
def _related_by_which(doc: "Doc") -> frozenset[str]:
    """The names (`norm`ed) of the entities tagged a person that a relative 'which' follows (`_not_people`)."""
    names = set()
    for ent in doc.ents:
        root = ent.root
        if ent.label_ != "PERSON" or root.dep_ == "pobj":
            continue
        for clause in root.children:
            if clause.dep_ == "relcl" and clause.i > root.i and clause.left_edge.lower_ == "which" and clause.left_edge.i <= root.i + 2:
                names.add(norm(ent.text))
    return frozenset(names)


def _retype(mentions: list[Mention], people: dict[str, str]) -> None:
    """'Labour' tagged a person in one sentence and an organisation in another, and nobody's name: an organisation."""
    orgs = {norm(m.text) for m in mentions if m.kind == "organization"}
    for m in mentions:
        if m.kind == "person" and len(m.text.split()) == 1 and norm(m.text) in orgs and people.get(norm(m.text), m.text) == m.text:
            m.kind = "organization"
            people.pop(norm(m.text), None)


def _key(m: Mention, people: dict[str, str], acronyms: dict[str, str]) -> tuple[str | None, str, str]:
    if m.kind == "demonym" and norm(m.text) in people and not country_of_demonym(m.text):
        return f"person:{norm(people[norm(m.text)])}", "person", people[norm(m.text)]  # 'Balasubramanian', tagged NORP
    if m.kind == "demonym":
        return None, "", ""
    if m.kind == "country" and norm(m.text) in people and norm(canonical_country(m.text) or "") != norm(m.text):
        return f"person:{norm(people[norm(m.text)])}", "person", people[norm(m.text)]  # 'Paris claims' of Valeska Paris
    if m.kind == "country" or m.kind == "group" and canonical_country(m.text):
        country = canonical_country(m.text) or m.text
        return f"country:{norm(country)}", "country", country
    person = people.get(norm(m.text))
    if person is not None:
        return f"person:{norm(person)}", "person", person
    if m.kind == "person":
        return f"person:{norm(m.text)}", "person", m.text
    full = acronyms.get(norm(m.text))
    if full:
        return f"named:{norm(full)}", "organization", full
    kind = "organization" if m.kind == "place" else m.kind
    return f"named:{norm(m.text)}", kind, m.text


def first_conjunct(token: "Token") -> "Token":
    """The first of the conjuncts `token` is one of, itself when it is none: 'Oman, Kuwait and Saudi Arabia
    welcomed it': every name of a list stands where the first one does."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


JOINT_ACTS = frozenset(
    """partner collaborate cooperate negotiate meet talk agree ally sign partnership collaboration cooperation
    agreement deal negotiation meeting alliance treaty contract""".split()
)
"""Lemmas of acts done together: the object of their 'with' is a partner in the act ('partnered with the EPA',
'a partnership with AstraZeneca', 'our deals with Albania'), where 'with' after another word is most often a
manner or an instrument ('with a warning', 'with the help of')."""


_ACT_NOUNS = frozenset(
    "request decision ruling resistance demand call proposal plan support opposition response initiative move bid order".split()
)
"""Nouns of an act or a position: 'the request of X' makes X an agent as 'X's request' does (`_agentive`);
'the capital of France' does not. On the tuning sets it adds one gold actor (dev: the Catholic Church, from 'the
resistance of the Catholic Church') and no false one (code-only actors F1, every set)."""


def _agentive(root: "Token") -> bool:
    """'X's plan', 'backed by X', 'according to X', 'X, a firm, said', 'X spokesman': a mention as an agent or a source;
    'partnered with X', 'a deal with X': a partner in a joint act."""
    if root.dep_ == "poss":
        return True
    if root.dep_ == "pobj":
        prep = root.head
        if prep.lower_ == "by" or (prep.lower_ == "to" and prep.head.lower_ == "according"):
            return True
        if prep.lower_ == "with" and lemma(prep.head) in JOINT_ACTS:
            return True
        if prep.lower_ == "of" and lemma(prep.head) in _ACT_NOUNS and any(d.lower_ == "the" for d in prep.head.children):
            return True  # 'the request of the Municipality of Livorno': as 'X's request'
    if root.dep_ == "appos":  # '... with UK-based company AstraZeneca': the name stands where its noun does
        return root.head.dep_ in ("nsubj", "nsubjpass") or root.head.dep_ == "pobj" and _agentive(root.head)
    if root.dep_ == "compound":
        return root.head.ent_type_ == "PERSON"
    if root.dep_ == "npadvmod" and _agent_of_a_hyphened_participle(root):
        return True
    return _in_subject(root)


_NO_AGENT_CLASSES = frozenset("verb.stative verb.cognition verb.perception verb.emotion verb.change verb.body verb.weather".split())
"""WordNet verb classes (lexicographer files) of the first sense whose participle after a name says where or what
something is, not who did it: 'UK-based' (base: cognition), 'Lagos-born' (bear: stative)."""


def _agent_of_a_hyphened_participle(root: "Token") -> bool:
    """'The Pakistan-brokered ceasefire', 'the JPL-led study': a name joined by a hyphen to the past participle
    after it is that participle's agent (brokered by Pakistan), as in English compounds of a noun and a participle
    ('man-made': made by man), unless the verb's first WordNet sense is no act (`_NO_AGENT_CLASSES`)."""
    verb = root.head
    if verb.tag_ != "VBN" or verb.i != root.i + 2 or root.doc[root.i + 1].text != "-":
        return False
    kind = verb_class(verb.lemma_.lower())
    return bool(kind) and kind not in _NO_AGENT_CLASSES


_SETTING_PREPOSITIONS = frozenset("in across throughout around within inside outside near".split())
"""Prepositions of location: their object says where something is or happens ('surface ozone has declined across
the U.S.', 'art galleries throughout the United States'), not who acts."""
_ORGAN_KINDS = ("administrative_unit", "court", "legislature", "government", "authority")
"""WordNet classes of the organs a state acts through: departments, agencies and councils (administrative units),
courts, legislatures, governments, authorities; with `_ORGANS_OF_STATE`."""
_THING_CLASSES = frozenset("noun.substance noun.artifact noun.object noun.phenomenon noun.plant noun.animal noun.food".split())
"""WordNet lexicographer files of things: a country's name before one says where it is ('US surface ozone')."""


def _organ_of_state(word: "Token") -> bool:
    """Whether a noun (or a name's last word) is an organ a state acts through ('Brazil's Supreme Court', "Japan's
    transport ministry", 'the government of Nordholm'): `_ORGANS_OF_STATE` or a WordNet class of `_ORGAN_KINDS`."""
    lemma_ = word.lemma_.lower()
    return lemma_ in _ORGANS_OF_STATE or any(is_a(lemma_, kind) for kind in _ORGAN_KINDS)


def a_setting(token: "Token") -> bool:
    """Whether a country's mention at `token` (its root) says only where something is or whose place a body is,
    not that the country acts: the object of a preposition of location (`_SETTING_PREPOSITIONS`: 'across the
    U.S.'); the owner or the 'of' or 'from' of a named thing or a body that is none of the state's organs ("Italy's
    la Repubblica", 'Colorado State University of the US', 'Immortals, from Brazil', "Peru's national volleyball
    federation": a national body is not the state); a modifier of a thing's noun ('US surface ozone'). Not the
    owner of an organ of state (`_organ_of_state`: "Brazil's Supreme Court", "Japan's transport ministry"), of a
    person ('the President of the United States'), or of an act ("Russia's help"). In a list, the first name's
    place decides (`first_conjunct`)."""
    root = first_conjunct(token)
    if root.dep_ == "pobj" and root.head.lower_ in _SETTING_PREPOSITIONS:
        return True
    if root.dep_ in ("compound", "nmod"):
        return root.head.pos_ == "NOUN" and noun_class(root.head.lemma_) in _THING_CLASSES
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "from"):
        owner = root.head.head
    elif root.dep_ == "poss":
        owner = root.head
    else:
        return False
    if _organ_of_state(owner) or noun_class(owner.lemma_) == "noun.person" or person_title(owner):
        return False
    if owner.pos_ == "PROPN":
        return owner.ent_type_ not in ("PERSON", "GPE", "NORP")
    return owner.pos_ == "NOUN" and is_a(owner.lemma_, "organization")


def _in_subject(root: "Token") -> bool:
    """'Individuals from the FBI ... attended', 'officials of Russia and China urged': a body acts through its members.

    True when the mention hangs by `of`/`from`/`at` (through lists and appositions) from the common-noun subject
    of a clause. Measured on the development gold: 10 more gold actors, 3 more names the gold does not list.
    """
    token, through = root, False
    while token.dep_ in ("conj", "pobj", "prep", "appos") and token.head.i != token.i:
        if token.dep_ == "prep":
            if token.lower_ not in ("of", "from", "at"):
                return False
            through = True
        token = token.head
    return through and token.dep_ == "nsubj" and token.pos_ == "NOUN" and not token.ent_type_


def _head_word(word: str) -> str:
    """An organisation name's last word without a plural 's' ('Committees' -> 'Committee'), to match heads."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _contains(words: list[str], part: list[str]) -> bool:
    """Whether `part` is a run of consecutive words of `words`."""
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


def _name_head(words: list[str]) -> str:
    """The head of an organisation's name: its last word ('Trump Administration'), or the word before 'of' in a
    name of the form 'X of Y' ('Bank of England', 'Court of Appeal': English noun phrases take their
    postmodifiers after the head)."""
    inner = words.index("of") if "of" in words[1:] else len(words)
    return _head_word(words[inner - 1])


def _merge_short_organisations(doc: "Doc", groups: dict[str, Referent]) -> None:
    """'The United Kingdom Home Office' joins 'Home Office' (two or more words it ends with); a one-word name joins
    the one longer organisation whose head it is ('the Administration' and 'the Trump Administration', 'the
    Committee' and 'the Senate Appropriations Committees', 'the Bank' and 'the Bank of England'): head match, as
    in the Stanford multi-pass sieve. What a campaign demands is no short form of it: 'Hollins Edge' never joins
    'Save Hollins Edge' (`_demanding`), nor the town 'Wrenford' the campaign 'Breathe Wrenford' (`_campaign_name`)."""
    orgs = [k for k, r in groups.items() if r.kind == "organization"]
    names = [k.split(":", 1)[1].split() for k in orgs]
    inside = [n for n in names if any(len(o) > len(n) and _contains(o, n) for o in names)]  # one name, written short
    heads = Counter(_name_head(n) for n in names if len(n) > 1 and n not in inside)
    for key in sorted(orgs, key=lambda k: -len(k)):
        words = key.split(":", 1)[1].split()
        head = _name_head(words)
        bare = {_without_forms(form) for form in groups[key].forms} - set(groups[key].forms)
        if bare:  # 'Rovers' of 'Trentside Rovers FC Ltd': the head of the name without its legal form
            head = _name_head(norm(min(bare, key=len)).split())
            heads[head] += 1
        for other in orgs:
            other_words = other.split(":", 1)[1].split()
            if other == key or other not in groups or key not in groups or len(other_words) >= len(words):
                continue
            joins = 2 <= len(other_words) and words[-len(other_words) :] == other_words
            joins = joins and not _demanding(doc, words[: -len(other_words)])
            joins = joins or len(other_words) == 1 and head == _head_word(other_words[0]) and heads[head] == 1 and not _campaign_name(doc, words)
            if joins:
                _absorb(groups[other], groups.pop(key))
                break


def _merge_places_of_schools(groups: dict[str, Referent]) -> None:
    """A one-word name tagged a body, never a place in the article, that ends the name of exactly one university or
    college ('... of X' whose head is an educational institution by one of its three most frequent WordNet
    senses, `senses.is_a`) is that school called by its place, as news calls universities ('Ashcombe's cuts are
    painful' after 'The University of Ashcombe is spending more than it earns'): one actor."""
    orgs = {k: r for k, r in groups.items() if r.kind == "organization"}
    for key, ref in list(orgs.items()):
        word = key.split(":", 1)[1]
        if " " in word or ref.place or key not in groups:
            continue
        schools = [
            k for k in orgs
            if k != key and k in groups and (w := k.split(":", 1)[1].split())[-2:] == ["of", word] and len(w) >= 3 and is_a(w[-3], "educational_institution", senses=3)
        ]  # fmt: skip
        if len(schools) == 1:
            _absorb(groups[schools[0]], groups.pop(key))


def _campaign_name(doc: "Doc", words: list[str]) -> bool:
    """Whether `words` (normalised, lower case) are the whole of a campaign's name the article writes
    (`campaign_names`: 'Breathe Wrenford', 'Save Hollins Edge')."""
    return " ".join(words) in {norm(doc[a:b].text) for a, b in _campaign_spans(doc)}


def _demanding(doc: "Doc", words: list[str]) -> bool:
    """Whether `words` (normalised, lower case) are what opens a campaign's name before the thing it demands: a base
    verb, then at most 'the' ('save' of 'Save Hollins Edge', 'stop the' of 'Stop the Coldharbour Burner'); see
    `campaign_names`."""
    return 1 <= len(words) <= 2 and base_verb(words[0], doc) and words[1:] in ([], ["the"])


_ROMANCE_OF = frozenset({"de", "del", "do", "da", "dos", "das", "du", "des", "di", "della"})
"""The Spanish, Portuguese, French and Italian 'of', and its forms joined with an article, which English news keeps
in the names of those countries' bodies ('Colegio Médico de Chile', 'Collectif Sauvegarde du Viaur')."""
_PLACE_LINKS = frozenset({"of", "in", "for"}) | _ROMANCE_OF
"""The words that join a body's name to the place it is of ('Tenants' Union of NSW', 'Colegio Médico de Chile')."""


def _merge_name_starts(doc: "Doc", groups: dict[str, Referent]) -> None:
    """A body written short by the words its full name starts with: 'Tenants' Union' and 'Tenants' Union of NSW'
    (the full name adds only 'of', 'in' or 'for', or the Romance 'of' of `_PLACE_LINKS`, and a place: 'Colegio
    Médico' and 'Colegio Médico de Chile'), 'Corvessa' and 'Corvessa Therapeutics',
    'Shirakawa Precision' and 'Shirakawa Precision Industries' (the full name adds only English words, nouns,
    plurals of adjectives used as nouns, 'Orsa Renewables', `_common_plural`, or adjectives, 'Harwell
    Automotive', and function words, 'Westbrook' and 'Westbrook School of Public Health', and the short one has
    a word that is no English word, so it is a name: 'Senate' never joins 'Senate Appropriations Committee', and
    acts as a body somewhere, `_acts_as_body`: 'beneath Holt Green' is the village, not 'Holt Green Primary
    School'), and that acts as a clause's subject if the recogniser also tagged it a place, in one of its mentions
    or anywhere else ('Northline says'; `_place`: 'monitoring the situation in Eastbridge', tagged a location,
    though the recogniser tagged 'Eastbridge' a body everywhere else; the town in 'Residents of Ilkley' never
    joins 'Ilkley Clean River Group'), and is never
    where something is (`_located`: 'Hoteliers in Carrow' is the city, so 'Carrow is asking visitors to pay more'
    is the city too, not the 'Carrow Hospitality Association'). A full name that adds only a company's legal form
    (`cleanco`'s: 'Kaizora Motor' and 'Kaizora Motor Corp.') is the same body. The short form joins the one full name that fits;
    of two or more, the one that adds the fewest words ('Hollis State University', not 'Hollis State Faculty
    Association', a body of its own that bears its name), and none when two add as few; never a full name in
    apposition to a noun the short one owns ("Flikt's parent company, Flikt Holdings", `_apposed_to_its_own`),
    nor a town's council ('Ashford Falls' and 'Ashford Falls City Council', `LOCAL_LEVELS`, `LOCAL_BODIES`) or a
    region's authority for a service ('Westland' and the 'Westland Water Authority'); and a
    short name the article calls a town by ('City of Portvale', `_called_a_town`) is the town, no body's."""
    orgs = {k: r for k, r in groups.items() if r.kind == "organization"}
    for key, short in sorted(orgs.items(), key=lambda kv: len(kv[1].name)):
        words = norm(short.name).split()
        fits = []
        if _called_a_town(doc, short.name):
            continue  # 'Portvale will ask the court', the City of Portvale: no short name of the Portvale Law School
        for other_key, long in orgs.items():
            starting = [f.split() for f in long.forms if norm(" ".join(f.split()[: len(words)])).split() == words]
            other = max(starting, key=len, default=long.name.split())  # any form the name is written in: 'Calloway
            if other_key == key or len(other) <= len(words) or norm(" ".join(other[: len(words)])).split() != words:
                continue  # Stent Homes', first written 'Stent Homes' where the recogniser left out a word
            rest = other[len(words) :]
            placed = len(rest) >= 2 and rest[0].lower() in _PLACE_LINKS and _place(doc, " ".join(rest[1:]))
            named = not all(common_word(w, doc) for w in words) or _names_no_one(short.name) and _short_name_of(other[: len(words)], other, doc)
            retyped = len(words) > 1 and not _opens_with_a_given_name(short.name.split(), doc) and any(doc[m.root].ent_type_ == "PERSON" for m in short.mentions)
            named = named or retyped  # 'Stratus Ridge', read as a person's name by the recogniser and retyped a body
            # (`_first_words_of_bodies`): a name, though its words are English ones
            named = named and not canonical_country(short.name) and not is_capital(short.name)
            placed_too = short.place or _place(doc, short.name)  # tagged a place in a mention, or where it is no mention
            named = named and (not placed_too or short.subjects > 0 and not _located(doc, short))  # ('Northline says')
            nouns = [w for w in rest if w.lower() not in _FUNCTION_WORDS]  # 'Westbrook' + 'School of Public Health'
            legal = named and all(w.lower().strip(".,") in _PREFIX_FORMS for w in rest)  # 'Kaizora Motor' + 'Corp.'
            if _apposed_to_its_own(doc, long, short):
                continue  # "Flikt's parent company, Flikt Holdings": a body of its own, related to the short one
            if _local_government(rest) or len(rest) == 2 and rest[-1].lower() == "authority":
                fits = []  # 'Ashford Falls' and 'Ashford Falls City Council': a town, whose council the article
                break  # names; a town is no short name of any body named after it, nor a region of its public
                # authority for a service ('Westland' of the 'Westland Water Authority')
            if placed or legal or named and nouns and all(_common_plural(w, doc) or common_word(w, doc) for w in nouns) and _acts_as_body(doc, short):
                fits.append(other_key)
        if len(fits) > 1:  # 'Hollis State' beside 'Hollis State University' and 'Hollis State Faculty Association':
            sizes = sorted((len(orgs[k].name.split()), k) for k in fits)  # the fewest words added is the body's own
            fits = [sizes[0][1]] if sizes[0][0] < sizes[1][0] else fits  # name; the longer ones are its parts
        if len(fits) == 1 and key in groups and fits[0] in groups:
            _absorb(groups[fits[0]], groups.pop(key))


def _called_a_town(doc: "Doc", name: str) -> bool:
    """Whether the article writes `name` after a level of local government and 'of' ('the city of Portvale', 'City
    of Portvale' in a case's name, 'the town of Carrow'; `LOCAL_LEVELS`, and 'municipality'): the name of a town,
    whatever bodies are named after it."""
    words = name.split()
    return any([t.text for t in doc[i : i + len(words)]] == words for i in _after_town_levels(doc))


@per_document
def _after_town_levels(doc: "Doc") -> tuple[int, ...]:
    """Where a name may start after a level of local government and 'of' ('the city of' + 'Portvale'), in tokens:
    read once per article, not once per body `_merge_name_starts` weighs."""
    return tuple(t.i + 2 for t in doc[:-1] if t.lower_ in _TOWN_LEVELS and doc[t.i + 1].lower_ == "of")


_TOWN_LEVELS = LOCAL_LEVELS - {"state", "provincial", "regional", "municipal"} | {"municipality"}
"""Nouns of a place's level of government that 'of' and the place's name follow ('the city of', 'the county of';
not 'the state of', which names a country's state as often as a condition)."""


def _apposed_to_its_own(doc: "Doc", long: Referent, short: Referent) -> bool:
    """Whether a mention of `long` is in apposition to a noun `short` owns ("Flikt's parent company, Flikt
    Holdings", "Meridian's subsidiary, Meridian Labs"): the article says the two are related bodies, not one."""
    name = norm(short.name)
    for m in long.mentions:
        root = doc[m.root]
        if root.dep_ != "appos":
            continue
        owners = [c for c in root.head.children if c.dep_ == "poss"]
        if any(norm(doc[c.left_edge.i : c.i + 1].text) == name for c in owners):
            return True
    return False


def _titled_somewhere(doc: "Doc", word: str) -> bool:
    """Whether the article writes `word` right after a title before names somewhere ('President Trump', 'Mr
    Wattle'; `TITLE_WORDS`): a person's name there."""
    return any(t.text == word and t.i > 0 and doc[t.i - 1].text.rstrip(".").lower() in TITLE_WORDS for t in doc)


def _names_no_one(name: str) -> bool:
    """Whether a name's words, English words all, name no body and no person in any WordNet sense (`noun_classes`:
    neither 'noun.group' nor 'noun.person'), nor a place (WordNet lists many: 'Manitoba', 'noun.location'), so that,
    capitalised, they are a name ('Wattle' of 'Wattle Airlines', 'Coral Coast' of 'Coral Coast Airways'), not an
    institution written with a capital ('Senate', 'Treasury', 'House', 'Council', whose full names are other
    bodies: 'Senate Appropriations Committee') nor the place a body is named for ('Manitoba Medical Alliance')."""
    words = [w for w in name.split() if w.lower() not in _FUNCTION_WORDS]
    return bool(words) and not any(noun_classes(w.strip(".,'’")) & {GROUP, PERSON, "noun.location"} for w in words)


def _common_plural(word: str, doc: "Doc") -> bool:
    """Whether `word` is an English common noun, or the plural of an adjective English uses as a noun (WordNet lists
    the adjective only: 'Renewables', 'Chemicals' of a company's name)."""
    return common_noun(word, doc) or word.lower().endswith("s") and len(word) > 3 and common_word(word[:-1], doc)


_LOCATIVE = frozenset({"in", "at", "near", "around", "across", "throughout", "outside", "inside"})


def _located(doc: "Doc", ref: Referent) -> bool:
    """Whether a mention of `ref` names where something is: the object of a locative preposition ('hoteliers in
    Carrow', 'a site near Kelham', 'fishermen in the town of Carrow': `_where`). A body's short name is not used so
    ('in Northline' would be in its offices)."""
    return any(_where(doc[m.root]) for m in ref.mentions)


def _where(token: "Token") -> bool:
    """Whether a name is the object of a locative preposition ('in Carrow'), or names the place a noun after one
    is of ('Fishermen in the estuary town of Carrow'); not after a noun whose first WordNet sense is a possession
    ('shares in Harvest', 'a stake in Keystone': part of a company, owned)."""
    if token.dep_ != "pobj":
        return False
    if token.head.lower_ == "of" and token.head.head.pos_ == "NOUN" and token.head.head.dep_ == "pobj":
        token = token.head.head
    held = token.head.head
    if held.pos_ == "NOUN" and noun_class(held.lemma_) == "noun.possession":
        return False  # 'Shares in Harvest', 'a 7.5% stake in Keystone': what is owned of a company, no place
    return token.head.lower_ in _LOCATIVE


def _acts_as_body(doc: "Doc", ref: Referent) -> bool:
    """Whether a mention of `ref` does what a body does: a clause's subject or agent, or the owner of a role or a
    thing ("Westbrook's dean"), or what a spokesperson speaks for ('a spokesperson for Calloway Stent'). A name
    only ever after another preposition or as an object ('beneath Holt Green', 'who represents Holt Green') may be
    the place a body is named after ('Holt Green Primary School'), not the body."""
    if ref.subjects > 0 or ref.agentive > 0 or any(doc[m.root].dep_ == "poss" for m in ref.mentions):
        return True
    heads = [doc[m.root].head for m in ref.mentions if doc[m.root].dep_ == "pobj"]
    return any(p.lower_ == "for" and p.head.lower_ in SPOKESPEOPLE for p in heads)


SPELLING_MIN = 70.0
"""Least rapidfuzz ratio (0-100) of two given names, with one surname, for one person spelt two ways (a
transliteration: 'Artsvik' and 'Ardzvik' Minasyan score 77; different people who share a surname, 'Kim Jong Un'
and 'Youmi Kim', differ in the surname's place or score far lower)."""


def _merge_variants(groups: dict[str, Referent]) -> None:
    """One referent written two ways: a two-word name in two transliterations (the recogniser may type one of
    them an organisation: it becomes a person if either is), and an organisation's words in another order
    ('University of Oxford' and 'Oxford University'), in any form either is written in (the University of Oxford
    that a name start joined to 'University of Oxford Jenner Institute')."""
    keys = sorted(groups, key=lambda k: -len(groups[k].mentions))
    for n, key in enumerate(keys):
        for other in keys[n + 1 :]:
            if key not in groups or other not in groups:
                continue
            a, b = groups[key], groups[other]
            if {a.kind, b.kind} - {"person", "organization"}:
                continue
            spelt = _spelt_alike(a.name, b.name) or a.kind == b.kind == "person" and _one_misspelt(a.name, b.name, groups)
            reordered = any(_reordered(fa, fb) for fa in [a.name, *a.forms] for fb in [b.name, *b.forms])
            company = _one_company(a.name, b.name) and not any(_only_a_place(r) for r in (a, b))  # 'Oakhaven', the
            same = spelt or a.kind == b.kind == "organization" and (reordered or company)  # town the Oakhaven Water
            # Company is named after, is no short name of it
            if same:
                a.kind = "person" if "person" in (a.kind, b.kind) else a.kind
                _absorb(a, groups.pop(other))


_ORDER_WORDS = frozenset({"of", "the"})


def _reordered(a: str, b: str) -> bool:
    """Whether two names of two words or more hold the same words, save 'of' and 'the', in another order
    ('University of Oxford', 'Oxford University')."""
    wa, wb = norm(a).split(), norm(b).split()
    return len(wa) > 1 and set(wa) - _ORDER_WORDS == set(wb) - _ORDER_WORDS and wa != wb


def misspelt_surname(alone: str, people: Iterable[str]) -> str | None:
    """'Water said' in an article that named 'Kathryn Waters': the one person among `people` (full names of two
    or more words) whose surname a one-word name of five letters or more is one edit (Levenshtein) from, when no
    other person's surname is that close; None otherwise. Reporters introduce people in full before using the
    surname alone, so a surname alone that matches no one is most often misspelt."""
    from rapidfuzz.distance import Levenshtein

    if len(alone.split()) != 1 or len(alone) < 5:
        return None
    near = [p for p in people if len(p.split()) > 1 and Levenshtein.distance(norm(alone), norm(p).split()[-1]) <= 1]
    return near[0] if len(near) == 1 and norm(near[0]).split()[-1] != norm(alone) else None


def _one_misspelt(a: str, b: str, groups: dict[str, Referent]) -> bool:
    """Whether one of two people's names is the other's surname misspelt (`misspelt_surname`)."""
    people = [r.name for r in groups.values() if r.kind == "person"]
    return misspelt_surname(a, people) == b or misspelt_surname(b, people) == a


def _spelt_alike(a: str, b: str) -> bool:
    """Two two-word names with one surname and first names spelt alike (rapidfuzz ratio at least SPELLING_MIN):
    one person in two transliterations ('Artsvik' and 'Ardzvik Minasyan')."""
    from rapidfuzz import fuzz

    wa, wb = norm(a).split(), norm(b).split()
    return len(wa) == len(wb) == 2 and wa[1] == wb[1] and fuzz.ratio(wa[0], wb[0]) >= SPELLING_MIN


@lru_cache(maxsize=4096)  # cleanco's patterns are slow, and every pair of organisations asks
def _company_base(name: str) -> tuple[str, ...]:
    """The words of a company's name without its legal form ('Apple Inc.' -> ('apple',)), by `cleanco`."""
    return tuple(norm(cleanco.basename(name, prefix=True)).split())


def without_legal_form(name: str) -> str:
    """A company's name without the legal form that ends it ('Northern Spodumene Corp.' -> 'Northern Spodumene',
    `_ends_in_a_legal_form`, by `cleanco`), as articles name it again; the name itself otherwise."""
    if not _ends_in_a_legal_form(name):
        return name
    return " ".join(name.split()[:-1]).rstrip(",")


def _only_a_place(ref: Referent) -> bool:
    """Whether every mention of a referent is of a place (the recogniser tagged it a town or a region wherever it is
    written: 'small businesses in Oakhaven', "Oakhaven's mayor")."""
    return bool(ref.mentions) and all(m.kind == "place" for m in ref.mentions)


def _one_company(a: str, b: str) -> bool:
    """'Apple Inc.' and 'Apple', 'NovaCell Therapeutics, Inc.' and 'NovaCell': a company's name with its legal
    form (removed by `cleanco`) and a name its remaining words begin with."""
    for full, short in ((a, b), (b, a)):
        base, words = _company_base(full), tuple(norm(short).split())
        if base != tuple(norm(full).split()) and words == base[: len(words)]:
            return True
    return False


def _absorb(target: Referent, source: Referent) -> None:
    """`source`'s mentions, forms, subjects and agentive count added to `target` (one referent of two)."""
    target.mentions.extend(source.mentions)
    target.forms.update(source.forms)
    target.subjects += source.subjects
    target.agentive += source.agentive


def _best_name(ref: Referent) -> str:
    if ref.kind == "country":
        return ref.name
    if ref.kind == "person":
        return max(ref.forms, key=lambda f: (len(f.split()), ref.forms[f], -ref.first))
    spelled = [f for f in ref.forms if len(f.split()) > 1]
    initials = [f for f in ref.forms if f not in spelled and ref.forms[f]]  # (not 'Calder Thorne' beside 'Calder Thorne
    # Pharmaceuticals', no initialism, whose shorter start is no name of its own: below)
    if spelled and initials and all(re.fullmatch(r"[A-Z][A-Z&.]{1,8}", f) for f in initials):  # a form
        # counted 0 is never its name ('Brussels' of the European Union, `_brussels_for_the_union`)
        return max(spelled, key=lambda f: (ref.forms[f], len(f)))  # 'National Institutes of Health', not 'NIH'
    heads = {
        f
        for f in ref.forms
        if len(f.split()) == 1 and any(len(g.split()) > 1 and _head_word(_without_forms(g).split()[-1]) == _head_word(f) for g in ref.forms)
    }  # 'Administration' of 'Trump Administration', 'Rovers' of 'Trentside Rovers FC Ltd'
    starts = {f for f in ref.forms if any(g.startswith(f + " ") and _company_base(g) != tuple(norm(f).split()) for g in ref.forms)}
    # 'Corvessa' of 'Corvessa Therapeutics'; but 'Apple', not 'Apple Inc.': a legal form adds nothing to a name
    return max([f for f in ref.forms if f not in heads | starts], key=lambda f: (ref.forms[f], len(f)))  # 'Trump Administration', not 'Administration'


_HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def surname_first(name: str) -> bool:
    """'Choi Min-jae', 'Park Sung-ho', 'Lee Hsien-loong': a name of two words whose second is a given name of two
    syllables joined by a hyphen, the second in lower case (the Revised Romanization of Korean, and the usual
    romanization of many Chinese names outside the mainland), is written family name first: 'Choi said' is him."""
    words = name.split()
    return len(words) == 2 and words[0][:1].isupper() and words[0].isalpha() and bool(_HYPHENATED_GIVEN_NAME.fullmatch(words[1]))


def _form_index(items: list[Referent]) -> dict[str, Referent]:
    index: dict[str, Referent] = {}
    for ref in items:
        for form in [ref.name, *ref.forms]:
            index.setdefault(norm(form), ref)
        if ref.kind == "person" and len(ref.name.split()) > 1:
            index.setdefault(norm(ref.name.split()[-1]), ref)
            if surname_first(ref.name):
                index.setdefault(norm(ref.name.split()[0]), ref)
    return index


def _token_index(doc: "Doc", items: list[Referent]) -> dict[int, Referent]:
    index: dict[int, Referent] = {}
    for ref in items:
        for m in ref.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            for token in span or ():
                index[token.i] = ref
    return index


# --------------------------------------------------------------------------- roles and affiliations


def role_of(doc: "Doc", m: Mention) -> tuple[str, str]:
    """(role, affiliation) the parse gives a person's mention; '' where it gives none.

    Premodifiers (`Labour MP` Tom Birch), an apposition after the name (X, `a
    hydrologist at Y`) or around it (`the Russian president`, Vladimir Putin),
    and `of Y` after the name. The affiliation is the organisation or country
    named inside the role (a demonym stands for its country).
    """
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return "", ""
    root = span.root
    # 'Kim Min-jae, a vice president at ...': the parser may split a hyphenated name and hang the apposition on
    # its last part, which then heads the name too
    tails = [t for t in span if t.i != root.i and not span.start <= t.head.i < span.end]
    appositions = next((found for t in (root, *tails) if (found := _apposition(t))), [])
    if appositions and appositions[0].tag_ == "WP$" and (owned := _affiliation(appositions)):
        return "", owned  # 'Rafael Domínguez, whose People's Renewal Party has called ...', the body parsed as in
        # apposition to him: his, and no role
    found = []  # (role, organisation named inside it, the body a class noun in it names), from each place a role can stand
    premodifiers = _premodifiers(span)
    owner = _owner_before(span, premodifiers)
    if owner:
        premodifiers = []  # "The Left Bloc's Joana Reis": whose she is, no role
    elif len(premodifiers) > 1 and premodifiers[-1].tag_ == "POS" and premodifiers[-2].pos_ == "NOUN":
        owner = body_named_by(premodifiers[-2])  # "the opposition's Gareth Pryce", "the board's Helen Okafor": whose
        premodifiers = []  # they are, by a noun (the body it names, if any), and no role
    heads = {}  # each role's head noun, in lower case
    for tokens in (premodifiers, appositions, _around(root)):
        words = _role_words(tokens) if tokens else []
        role = _role_text(words) if tokens else ""
        if role and tokens is appositions and _part_of_a_name(words):
            continue  # 'Nadia Ferrant of the Portvale Tenants' Union', the parser hanging 'Union' on her: a body's word
        if role:
            clauses = {t.i for t in tokens if t.dep_ in ("relcl", "acl", "advcl") for t in t.subtree}
            kept = [t for t in tokens if t.i not in clauses]
            found.append((role, _affiliation(kept), body_of_class_noun(doc, kept, span.start)))
            tops = [t for t in words if t.head.i not in {w.i for w in words} or t.head.i == t.i]
            heads[role] = tops[-1].lemma_.lower() if tops else ""
    after = _of_after(root) or next((o for t in tails if (o := _of_after(t))), "")  # 'Salim al-Harthy of Oman': split
    after = after or owner
    if not found and (portfolio := _portfolio_before(doc, span)):
        return portfolio, after or _party_tag(doc, span)
    relative = _relative_role(root) if not found else None  # a clause on the name itself says more than the
    if not found and relative is None and (described := _identified_after_its_description(doc, span)):  # sentence before
        words = _role_words(described)
        return _role_text(words), _affiliation(described) or body_of_class_noun(doc, described, span.start)
    if not found:
        return relative or ("", after or _party_tag(doc, span))
    # 'A spokesman for the Pentagon, Maj. Gen. Pat Ryder': the first role, and the first organisation any names;
    # a title alone yields to a role described in words ('Sgt. Amanda Ruiz, a department spokeswoman', 'Sheikh
    # Mohammed ..., Qatar's prime minister'), never to a tag ('Sen. Edward J. Markey (D-Mass.)')
    label = parenthesised_label(doc, span)
    found = [f for f in found if re.split(r" ?[–—] ?", f[0])[0] != label] or [("", label, "")] if label else found  # '(Labour)'
    # is no role, nor '(National Unity Party–Bukit Tinggi)', a party and a seat
    in_role = next((organisation for _, organisation, _ in found if organisation), "")
    role = found[0][0]
    described = [r for r, _, _ in found[1:] if any(word.replace("-", "").isalpha() and word.islower() for word in r.split())]  # ('vice-chancellor')
    if _title_alone(role) and described and not all(word.islower() for word in role.split()) and not _office_over_a_relation(role, heads.get(described[0], "")):
        role = described[0]  # (a title written in lower case is a role in words itself: 'chief executive Douglas
        # Whitcombe', whom the parser put in apposition to 'the company's investor site' before)
    if first_sense_of(heads.get(role, ""), "alumnus"):
        return role, ""  # 'Hughes, a 2018 graduate of Central High School': a school finished, no body they are of now
    classed = next((body for _, _, body in found if body), "")
    party = _party_tag(doc, span)
    chosen = _prefer_organisation(doc, in_role, after)
    if party and chosen and _place(doc, chosen):
        return role, party  # 'Senator Walter Brennan, Republican of Utah': the state is where he was elected
    if not (chosen or party or classed) and (relative := _relative_role(root)) is not None:
        return role, relative[1]  # 'Professor Miriam Feld, who studies ageing at the Rotterdam Institute ...'
    if not (chosen or party or classed) and role and (workplace := _fronted_workplace(root)):
        return role, workplace  # 'At Northbridge University Hospitals NHS Trust, chief executive Helen Marsh said'
    if not (chosen or party or classed) and _speaks_for_the_body_before(role):
        return role, body_spoken_for(doc, span)  # 'Unison ... opposes the cuts. Branch secretary Helen Okafor said'
    return role, chosen or party or classed


def _identified_after_its_description(doc: "Doc", span: "Span") -> list["Token"]:
    """The words of the role a person named for the first time was given in the sentence before, in the same
    paragraph, by a definite description that was its subject and named no one ('The federation's general secretary,
    addressing the crowd from a truck, said nurses had been left with no choice. "We did not want to be here,"
    Renata Solberg-Kahl told the crowd': general secretary, of the federation). News introduces a source by role and
    names them after (the delayed identification of the AP Stylebook), and a writer brings in no one new by a bare
    name as the subject of a speech verb. [] when the name is the subject of no verb of speech (WordNet's
    verb.communication), is not new, or shares either sentence with another person's name; or when the description
    is plural, indefinite, owned by a pronoun ('her lawyer') or headed by a noun that names no person in WordNet."""
    root = span.root
    if root.dep_ != "nsubj" or verb_class(root.head.lemma_.lower()) != "verb.communication":
        return []
    sentence = root.sent
    if sentence.start == 0 or "\n" in doc[sentence.start - 1].text_with_ws:
        return []  # the name opens its paragraph
    before = doc[sentence.start - 1].sent
    if "\n" in before.text.strip():
        return []
    surname = span[-1].lower_
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.start < sentence.end and not (e.start >= span.start and e.end <= span.end)]
    if any(e.start >= before.start or surname in {t.lower_ for t in e} for e in people):
        return []  # someone else named in either sentence, or the person named before
    subject = next((t for t in before.root.children if t.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN" or noun_class(subject.lemma_) != PERSON:
        return []
    if any(c.dep_ == "appos" for c in subject.children):
        return []  # "PetWell's chief executive, Marcus Hale, defended ...": named there (whatever the recogniser tagged)
    if verb_class(before.root.lemma_.lower()) != "verb.communication":
        return []
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    if owner is not None and owner.pos_ == "PRON" or owner is None and not definite:
        return []
    return [t for t in subject.subtree if t.i <= subject.i and _in_role(t)]


def _part_of_a_name(words: list["Token"]) -> bool:
    """Whether the words of an apposition all lie in one name the recogniser tagged a body or place, which starts
    before them ("Union" of 'the Portvale Tenants' Union'): the end of a name the parser misread, no role."""
    if not words:
        return False
    doc = words[0].doc
    ent = next((e for e in doc.ents if e.start <= words[0].i < e.end), None)
    return ent is not None and ent.label_ in ("ORG", "GPE", "FAC", "LOC") and ent.start < words[0].i and all(ent.start <= t.i < ent.end for t in words)


def _fronted_workplace(root: "Token") -> str:
    """The organisation of a fronted 'At X,' in the clause a person with a role but no body is the subject of ('At
    Northbridge University Hospitals NHS Trust, chief executive Helen Marsh said ...'): where the role is held, as
    'a chief executive at X' says; '' when there is none or X is not tagged an organisation. The person may stand in
    apposition to their role, the subject ('At Causses Vent, the project manager, Julien Ferrand, rejects ...'); a
    fronted place of work comes before the body a spokesperson's sentence before is about (`body_spoken_for`)."""
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and not root.head.ent_type_:
        root = root.head  # the role the name is in apposition to stands where the name would
    if root.dep_ == "appos" and root.head.ent_type_ == "ORG" and (ent := _entity_at(root.head)) is not None:
        before = root.doc[ent.start - 1] if ent.start > 0 else None  # the parser may hang the name on the body
        return _organisation_name(ent) if before is not None and before.lower_ == "at" and before.i == before.sent.start else ""
    if root.dep_ != "nsubj":
        return ""
    for prep in root.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "at" and prep.i < root.i:
            obj = next((o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ == "ORG"), None)
            ent = _entity_at(obj) if obj is not None else None
            if ent is not None:
                return _organisation_name(ent)
    return ""


SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())


def _speaks_for_the_body_before(role: str) -> bool:
    """Whether a role naming no body is held at the body the sentence before is about (`body_spoken_for`): a
    spokesperson's, a leader's or representative's in lower case (`_heads_a_body`) or a company officer's
    (`_company_officer`)."""
    return role.lower() in SPOKESPEOPLE or _heads_a_body(role) or _company_officer(role)


def _heads_a_body(role: str) -> bool:
    """Whether a role written in lower case (its first word may open the sentence) is, by its head noun's first
    WordNet sense, a leader's or a representative's that no word names the body of ('Branch secretary', 'chief
    executive', 'chairwoman'): like a spokesperson's, it is held at the body the sentence before is about
    (`body_spoken_for`). Not a title of office (capitalised: 'Home Secretary'), nor one with 'of', 'at' or 'for',
    nor one of a side of parliament (`_SIDES_OF_A_HOUSE`: 'Opposition health spokesperson')."""
    words = role.split()
    if not words or re.search(r"\b(?:of|at|for|with)\b", role) or len(words) > 4:
        return False
    if side_of_a_house(role):
        return False  # 'Opposition health spokesperson', 'Government spokesman': a side of parliament's, no body's before
    if any(w[:1].isupper() for w in words[1:]):
        return _company_officer(role)
    head = words[-1]
    if not head.replace("-", "").isalpha() or not head.islower() and len(words) == 1:
        return False  # 'President', 'Chairman': a title alone, capitalised, may be a state's ('vice-chancellor' is a word)
    head = head.lower()
    public = head in ("minister", "president") or is_a(head, "politician") or is_a(head, "lawgiver")  # a state's
    return not public and (is_a(head, "leader") or is_a(head, "representative"))


_SIDES_OF_A_HOUSE = frozenset({"opposition", "government", "shadow"})
"""Words before a role that name the side of a parliament its holder speaks for, as Westminster-style politics
writes them ('Opposition health spokesperson', 'shadow health secretary', 'Government spokesman')."""


def side_of_a_house(role: str, sides: frozenset[str] = _SIDES_OF_A_HOUSE) -> bool:
    """Whether a role names the side of a parliament its holder speaks for before its head (`_SIDES_OF_A_HOUSE`, or
    `sides`: 'Opposition health spokesperson', 'Government spokesperson')."""
    words = role.split()
    return any(w.lower() in sides for w in words[:-1])


OPPOSITION = frozenset({"opposition", "shadow"})
"""The sides of a parliament out of government: a role of theirs is a party's, which only the party's name says
('Opposition health spokesperson'; a 'Government spokesperson' is the government's, the state's)."""


def _company_officer(title: str) -> bool:
    """Whether a title of two or more words, in any case ('Chief Executive', 'chief financial officer', 'Managing
    Director'), is a company's officer's by WordNet: the phrase, or it with 'officer' added, is a 'corporate
    executive' ('chief executive officer'), or a 'director' or a 'presiding officer' ('managing director'). A state's
    titles are not ('Home Secretary' is an executive, no corporate one), so newswire's capitalised company titles
    join the lower-case roles of `_heads_a_body`, and an officer named with no company is the story's company's
    (`_story_company`)."""
    phrase = " ".join(title.lower().split())
    if len(phrase.split()) < 2 or noun_class(phrase) != PERSON:
        return False
    return any(is_a(p, kind) for p in (phrase, f"{phrase} officer") for kind in ("corporate executive", "director", "presiding officer"))


def body_spoken_for(doc: "Doc", span: "Span", refs: "Referents | None" = None) -> str:
    """The body a spokesperson named with no body speaks for: the organisation that is the main subject of the
    sentence before, in the same paragraph, or of their own sentence before the name ('Northway Buses said it
    could not run the service commercially. "We would like to keep the 14 on the road ...," spokesman Mark
    Ellison said': Northway Buses; centering's preference for the previous subject, as for 'its' in
    `_possessor`), or the body a definite description there refers back to ('The university rejected that figure. A
    spokesperson said ...', `body_named_by`); '' when that subject is no organisation. With `refs`, the subject is typed by the article's
    referents ('Brackwell said ...', the recogniser's 'person' there, is Brackwell Aggregates), else by the
    recogniser's tag."""
    sentence = doc[span.start].sent
    start = sentence.start
    if start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start = doc[start - 1].sent.start  # the sentence before, unless a paragraph ends between
    roles = [t for t in doc[start : span.start] if t.pos_ == "NOUN" and t.is_ancestor(span.root)]  # what her name hangs from
    if any(n.pos_ == "NOUN" and definite(n) and (business_noun(n.lemma_.lower()) or _grouping_noun(n)) for r in roles for n in r.subtree):
        return ""  # 'The company's chief executive, Anna Berg,': a body of that kind (`body_of_class_noun`), not the subject before
    quoted = [(q.start, q.end) for q in quotes_of(doc)]
    subjects = [  # 'A spokeswoman for the operator, Fiona Rennie, said': the role her name hangs from is no body before her
        t for t in doc[start : span.start] if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == t.sent.root.i and t not in roles
        and not any(a <= t.idx < b for a, b in quoted)  # "'Every month of delay adds cost,' chief executive X said": her words
    ]
    if not subjects:
        return ""
    if refs is not None:
        ref = refs.at(subjects[-1].i)
        if ref is None:
            return body_named_by(subjects[-1])  # 'The university rejected that figure. A spokesperson said ...': the
            # University of Ashcombe named before (a definite description, head match)
        return ref.name if ref.kind == "organization" else ""
    subject = subjects[-1]
    if not subject.ent_type_ and (described := body_named_by(subject)):
        return described
    headed = subject.pos_ == "PROPN" and subject.ent_type_ and noun_class(subject.lower_) == GROUP  # 'The Ridgeport
    # Apartment Owners Association', tagged a work of art: a name headed by a grouping noun names a body
    if subject.ent_type_ not in _BODY_TAGS and not headed or (ent := _entity_at(subject)) is None:
        return ""
    return _organisation_name(ent) or _clean_name(ent.text)  # its whole name ('Maritime and Coastal Workers' Union')


_BODY_TAGS = frozenset({"ORG", "FAC", "LOC"})
"""The recogniser's tags a body's name gets as the subject a spokesperson speaks for (`body_spoken_for`): an
organisation, or a name it took for a facility or a place that is no country or city ('Hebridean Sea Links, which
runs 14 routes ..., said ... A spokeswoman for the operator, Fiona Rennie, said'); a country or a city (GPE) is
spoken for by its government, and no spokesperson's body."""


def body_of_class_noun(doc: "Doc", tokens: list["Token"], before: int) -> str:
    """'union president Denise Lachance', 'programme director at the alliance', 'regional police commander': a
    common noun in a role, other than the role's own head, that is the head word of the name of exactly one
    organisation the article named before (the 'Canadian Rail Workers Union', the 'Kenya Diabetes Alliance', the
    'National Police') names that body: head match, as in the Stanford multi-pass sieve (Lee et al. 2013). ''
    when no body or two or more fit ('the ministry' after the Economy and the Finance Ministry). A portfolio before a
    minister's or secretary's title (`PORTFOLIO_TITLES`: 'energy minister') names no body, whatever its words head
    ('Northvale Energy', a company). A noun no body's name has for its head names the one body the article called
    by that noun before (`_bodies_called`: a name in another language described in English)."""
    inside = {t.i for t in tokens}
    roots = {t.i for t in tokens if t.head.i not in inside or t.head.i == t.i}  # the role's own head
    portfolios = {t.i for t in tokens if t.head.i in roots and t.head.lower_ in PORTFOLIO_TITLES and t.i < t.head.i}  # 'energy minister'
    nouns = {t.lemma_.lower() for t in tokens if t.pos_ in ("NOUN", "PROPN") and _lower_case(t) and t.i not in roots | portfolios}  # 'ministry' PROPN
    if not nouns:
        return ""
    bodies: dict[str, set[str]] = {}
    for end, head, name in _bodies_by_head(doc):
        if end <= before:
            bodies.setdefault(head, set()).add(name)
    named = [next(iter(bodies[n])) for n in nouns if len(bodies.get(n, ())) == 1]
    if not named:  # 'executive director of the chamber' after 'The Cámara Nacional de Embotelladores, the bottlers'
        described = {n: _bodies_called(doc, n, before) for n in nouns - set(bodies)}  # chamber of commerce,': a
        named = [next(iter(b)) for b in described.values() if len(b) == 1]  # name in another language, described
    definite_business = [t for t in tokens if t.lemma_.lower() in nouns - set(bodies) and definite(t) and business_noun(t.lemma_.lower())]
    if not named and definite_business:  # "the company's chief executive": the one firm named before; 'a company
        return _one_business_before(doc, before)  # spokesperson' might be anyone's
    definite_body = [t for t in tokens if t.lemma_.lower() in nouns - set(bodies) and definite(t) and _grouping_noun(t)]
    if not named and definite_body:  # 'The MHRA said it had asked for the full dataset. Dr. Priya Raghunathan, the
        return _subject_body_before(doc, before)  # agency's chief medical officer, said': the body just the subject
    return named[0] if len(named) == 1 else ""


def _subject_body_before(doc: "Doc", at: int) -> str:
    """The organisation that is the main subject of the sentence before token `at`'s, in the same paragraph: what a
    definite description of a body ('the agency', 'the charity') that no name the article gives is headed by refers
    to (centering's preference for the previous sentence's subject, Grosz, Joshi and Weinstein 1995, "Centering: a
    framework for modeling the local coherence of discourse", Computational Linguistics 21(2)); '' when that subject
    is no name the recogniser tagged a body."""
    start = doc[at].sent.start
    if start == 0 or "\n" in doc[start - 1].text_with_ws:
        return ""
    previous = doc[start - 1].sent
    subject = next((t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == previous.root.i), None)
    if subject is None or subject.ent_type_ != "ORG" or (ent := _entity_at(subject)) is None:
        return ""
    return _organisation_name(ent) or _clean_name(ent.text)


def _bodies_called(doc: "Doc", noun: str, before: int) -> set[str]:
    """The organisations named before token `before` that the article calls by the common noun `noun` (a lemma) in
    apposition or before the name (`class_nouns`: 'The Cámara Nacional de Embotelladores, the bottlers' chamber of
    commerce,' is called a 'chamber')."""
    return {
        name
        for ent in doc.ents
        if ent.label_ == "ORG" and ent.end <= before and noun in class_nouns(ent) and (name := _organisation_name(ent))
    }


def business_noun(lemma: str) -> bool:
    """Whether a common noun's most frequent sense is a company or a business by WordNet's hypernymy
    (`senses.is_a`): 'company', 'firm', 'carmaker', 'utility', 'publisher'; not 'union', 'council' or 'party'."""
    return is_a(lemma, "company") or is_a(lemma, "business")


def _one_business_before(doc: "Doc", before: int) -> str:
    """The one organisation named before token `before` whose name says no other kind of body: its head word
    (the last before 'of', or the last) is no noun with a WordNet sense among the groupings ('Westmoor Rail',
    'Salar Andino Minerals', 'Vaimo'; not the 'National Union of Rail Crews', the 'Financial Conduct Authority',
    the 'Scottish Government' or an outlet). A definite noun of a business with no body of its name's head ('the
    company', 'the firm') is that body when there is exactly one (a short form, 'Westmoor', is its whole
    name's), as a reader takes it; '' for none or two (no guess between firms). A firm named for its trade that
    the recogniser left untagged counts too (`_named_for_their_trade`: 'Moorland Link Buses')."""
    names = set()
    people = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    places = _place_names(doc)
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.end > before or ent.text in people:
            continue  # 'Mamani' tagged a body, once, where 'Julio Mamani' is a person
        name = _organisation_name(ent)
        if not names_no_other_kind(name) or canonical_country(name) or name in places:
            continue
        names.add(name)
    names |= {run.text for run in _named_for_their_trade(doc) if run.end <= before}  # untagged: 'Moorland Link Buses'
    whole = {n for n in names if not any(o != n and o.startswith(n + " ") for o in names)}  # 'Westmoor': 'Westmoor Rail'
    return next(iter(whole)) if len(whole) == 1 else ""


def one_business(doc: "Doc") -> str:
    """The one organisation the whole article names whose name says no other kind of body than a business
    (`_one_business_before`); '' for none or two."""
    return _one_business_before(doc, len(doc))


def names_no_other_kind(name: str) -> bool:
    """Whether a body's name says it is no other kind of body than a business: its head word (the last before
    'of', 'for', 'on', 'in' or 'at', or the last) is no noun with a WordNet sense among the groupings ('Westmoor
    Rail', 'Salar Andino Minerals'; not the 'National Union of Rail Crews', the 'Financial Conduct Authority' or the
    'Brannvik Institute for Marine Research'), and it is no outlet."""
    words = re.split(r" (?:of|for|on|in|at) ", name)[0].split()  # 'Brannvik Institute for Marine Research': an institute
    return bool(words) and not is_media(name) and GROUP not in noun_classes(words[-1].lower())


@per_document
def _place_names(doc: "Doc") -> frozenset[str]:
    """Names the article uses for places, whatever the recogniser tagged them: tagged a place (GPE, LOC), written
    in a dateline ('WESTDALE, 13 May 2025 –': 'Westdale', and 'WESTDALE' as the recogniser may tag it), opening
    the names of two or more bodies ('Westdale' of 'Westdale County Council' and 'Westdale Bus Users': a town
    names its institutions), or tagged a body but only
    ever written after a preposition of where something is (`_SPATIAL`: 'six routes across Westdale')."""
    text = text_of(doc)
    found = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")}
    found |= {form for start, end in datelines(text) for w in re.findall(r"[A-Z][A-Z'-]+", text[start:end]) for form in (w, w.title())}
    opening = Counter(e.text.split()[0] for e in doc.ents if e.label_ == "ORG" and len(e.text.split()) > 1)
    where: dict[str, bool] = {}  # each name tagged a body: is every mention where something is ('across Westdale')?
    for ent in doc.ents:
        if ent.label_ == "ORG":
            name = ent.text.strip()
            head = ent.root.head
            spatial = ent.root.dep_ == "pobj" and head.lower_ in _SPATIAL and not ent.text.startswith(("The ", "the "))
            where[name] = where.get(name, True) and spatial
    return frozenset(found | {word for word, n in opening.items() if n >= 2} | {name for name, spatial in where.items() if spatial})


_SPATIAL = frozenset({"in", "across", "around", "throughout", "near", "outside", "within"})
"""Prepositions of where something is: a name only ever written after one ('routes across Westdale', 'cut in
Westdale') is a place's, whatever the recogniser tagged it ('at' and 'from' are not among them: 'a manager at
Harwell', 'a statement from Harwell')."""


def body_named_by(token: "Token") -> str:
    """The organisation a noun names: its own name when the recogniser tagged it one ('for the Pentagon'), or,
    for a definite common noun, the nearest organisation named before it whose name that noun heads ('the
    association' after 'The National Athletes' Association welcomed the decision', though the Northern Hotel
    Association came earlier: head match to the closest antecedent, as in the Stanford multi-pass sieve, Lee et al.
    2013), unless the article used the same description before when only one body could be meant, which it keeps
    ('the union's branch secretary' of the Academic Staff Union, then the Ashcombe Students' Union named, then 'The
    union has also criticised the vice-chancellor's pay': the staff union's still); '' for none."""
    ent = _entity_at(token) if token.ent_type_ == "ORG" else None
    if ent is not None:
        return _organisation_name(ent)
    if token.pos_ != "NOUN" or not token.is_lower or not definite(token):
        return ""
    lemma = token.lemma_.lower()
    bodies = _bodies_by_head(token.doc)
    names = [name for end, head, name in bodies if end <= token.i and head == lemma]
    if not names and business_noun(lemma):
        return _one_business_before(token.doc, token.i)  # 'a spokeswoman for the company'
    if len(set(names)) > 1:  # 'the union' after the Academic Staff Union and then the Ashcombe Students' Union: the body
        first = next((t for t in token.doc[: token.i] if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and t.is_lower and definite(t)), None)
        earlier = [name for end, head, name in bodies if first is not None and end <= first.i and head == lemma]
        if earlier and len(set(earlier)) == 1:  # the same description named first, when one body could be meant then
            return earlier[-1]  # (a description keeps its referent, the entity-centric view of coreference: Lee et al.
            # 2013's sieves resolve a mention to a cluster, not to the nearest string)
    return names[-1] if names else ""


@per_document
def body_kinds(doc: "Doc") -> frozenset[str]:
    """The head nouns (lemmas, lower case) of the bodies the article names ('university' for Hollis State
    University, `_bodies_by_head`): what a common noun must be to refer to one of them."""
    return frozenset(head for _, head, _ in _bodies_by_head(doc))


def _lower_case(token: "Token") -> bool:
    """A word in lower case, or capitalised only because it opens its sentence ('Federation president Park
    Sung-ho said')."""
    return token.is_lower or token.is_sent_start and not token.ent_type_ and token.text[1:].islower() and common_noun(token.lower_, token.doc)


def _grouping_before_a_designator(span: "Span") -> "Token | None":
    """The last noun of a grouping (`_grouping_noun`) in a body's name that ends in a designator, a word and a
    number ('Amalgamated Transit Union Local 1742', 'Teamsters Union Branch 12'): what the body is, for a role that
    names it by that noun ('union president'); None when there is none."""
    words = [t for t in span[:-2] if t.is_alpha]
    return next((t for t in reversed(words) if _grouping_noun(t)), None)


@per_document
def _bodies_by_head(doc: "Doc") -> list[tuple[int, str, str]]:
    """(end token, head lemma, whole name) of every organisation of two or more words the article names, and of
    every named facility, which the recogniser tells from a body by no mark a reader sees ('Tampa International
    Airport' FAC, 'St. Pete-Clearwater International Airport' ORG: 'airport officials' are of either); and of
    every campaign named by what it demands (`campaign_names`). A name that modifies a common noun right after
    it is also that noun's ('the Save Hollins Edge campaign': 'the campaign's engineer', 'campaign founder')."""
    campaigns = [doc[a:b] for a, b in _campaign_spans(doc)]
    named = [(span, span[-1], span.text) for span in campaigns]
    for ent in doc.ents:
        if ent.label_ in ("ORG", "FAC") and not any(c.start < ent.end and ent.start < c.end for c in campaigns):
            named.append((ent, ent.root, _clean_name(_whole_name(doc, ent, ent.label_)[0].text)))
    named += [(span, span[-1], span.text) for span in _named_groups(doc)]  # 'The Swedish Type 2 Diabetes Alliance'
    named += [(span, span[-1], span.text) for span in _untagged_grouping_names(doc)]  # "The Retail and Distributive
    # Workers' Union", tagged nothing: 'general secretary of the union' is its
    for token in doc:  # 'Environmental group Mar Vivo' (tagged a person): 'the group's regional coordinator' is its
        # (a capitalised name: 'association president', tagged a name, is a role)
        # ('The federation Captain Tregarth chairs': a title opens a person's name, no body's)
        if token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ not in ("ORG", "FAC") and not _title_word(token) and any(_premodifying_group(c, token) for c in token.children):
            span = doc[_proper_name_start(token) : token.i + 1]
            named.append((span, span[-1], span.text))

    found = []
    for span, head, name in sorted(named, key=lambda n: n[0].start):
        if not head.text[:1].isupper():
            head = _head_of_a_split_name(span)  # 'Eastbridge Parents for Medical Freedom', whose parse roots it at 'for'
        if len(span) > 1 and head.text[:1].isupper():
            found.append((span.end, head.lemma_.lower(), name))
            if span[-1].like_num and (grouping := _grouping_before_a_designator(span)) is not None:
                found.append((span.end, grouping.lemma_.lower(), name))  # 'Amalgamated Transit Union Local 1742': a union
            after = doc[span.end] if span.end < len(doc) else None
            if after is not None and after.pos_ == "NOUN" and after.is_lower and any(t.head.i == after.i for t in span):
                found.append((span.end + 1, after.lemma_.lower(), name))
        for noun in _described_by(span):
            found.append((max(span.end, noun.i + 1), noun.lemma_.lower(), name))
    return sorted(found)


def _described_by(span: "Span") -> list["Token"]:
    """The lower-case common nouns the article describes a body's name with: right before it ('The charity National
    Energy Action', 'the developer Harbourline') or in apposition ('Friends of the Tarrow, a local conservation
    group'; 'Kestrel Social, the company behind the app'), so that 'the charity's director' is of that body. A noun
    before it has an article of its own or modifies it (the parser may make both subjects); titles are no such
    nouns ('president Park Sung-ho')."""
    doc, root = span.doc, span.root
    before = doc[span.start - 1] if span.start > 0 else None
    determined = before is not None and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in before.children)
    nouns = [before] if before is not None and (determined or before.head.i in range(span.start, span.end)) else []
    nouns += [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    nouns += [c for c in span[-1].children if c.dep_ == "appos" and c.i >= span.end and span[-1].i != root.i]  # hung on
    # the name's last word where the parse split the name ('... for Medical Freedom, a group formed in 2021')
    nouns += [root.head] if root.dep_ == "appos" and root.head.i < span.start else []
    return [n for n in nouns if n.pos_ == "NOUN" and n.is_lower and n.tag_ == "NN" and not person_title(n)]


def _head_of_a_split_name(span: "Span") -> "Token":
    """The head word of a body's name the parse did not root inside it ('Eastbridge Parents for Medical Freedom',
    rooted at 'for', its words hung on the clause around it): the last capitalised word before the name's first
    lower-case word ('Parents'), or its last word."""
    first_lower = next((t.i for t in span if t.is_lower and t.is_alpha), span.end)
    before = [t for t in span if t.i < first_lower and t.text[:1].isupper()]
    return before[-1] if before else span[-1]


_PARTY_TAG = re.compile(
    r"\s*(?:\(([RD])-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?(?:\s\d{1,3})?\)|,\s([RD])-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?(?:\s\d{1,3})?(?=[,.;)]|\s[a-z])"
    r"|,\s(Republican|Democrat) of [A-Z])"
)
_PARTIES = {"R": "Republican Party", "D": "Democratic Party", "Republican": "Republican Party", "Democrat": "Democratic Party"}


def _party_tag(doc: "Doc", span: "Span") -> str:
    """'Sen. Ted Cruz (R-Texas)', 'Rep. Nancy Mace (R-S.C.)', 'state Sen. Dale Whitaker, R-Enid,', 'Councilmember
    Tasha Greer, D-Ward 4,' (a city council's ward or district by number), 'Senator Walter Brennan, Republican of
    Utah,': the party a US legislator's tag after the name gives, in the forms of the AP
    Stylebook's 'party affiliation' entry and The New York Times's; '' for none (or an independent's 'I-'). Also
    a party named in brackets after a candidate's name, as British and European papers write it ('Priya
    Nandakumar (Labour)', 'Dennis Whitlow (Independent)', `parenthesised_label`)."""
    found = _PARTY_TAG.match(text_of(doc), span.end_char)
    return _PARTIES[next(g for g in found.groups() if g)] if found else parenthesised_label(doc, span)


_BRACKETED = re.compile(
    r"[ \t]*\(([A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3})(?: ?[–—] ?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}))?\)(?![ \t]*[A-Z][a-z])"
)
"""One to four capitalised words in brackets right after a name, not followed by more of the name ('Mgrdich
(Arame) Khapazyan' is a nickname); after a dash, the constituency of a member of a parliament, as Malaysian
papers write it ('Kamal Hussin (National Unity Party–Bukit Tinggi)': the party, then the seat)."""


def parenthesised_label(doc: "Doc", span: "Span") -> str:
    """The capitalised words in brackets right after a person's name ('Priya Nandakumar (Labour)', 'Graham Oduya
    (Conservative)', 'Dennis Whitlow (Independent)'): the party or body the article ties them to, written as the
    article writes it; '' for none, for an acronym the name is given (`'Ann Lee (AL)'`), or for what is no name
    of a body (an age, a nickname before the surname)."""
    found = _BRACKETED.match(text_of(doc), span.end_char)
    if found is None or span.root.ent_type_ != "PERSON":
        return ""
    words = found.group(1)
    initials = "".join(w[0] for w in span.text.split() if w[:1].isupper())
    us_tag = re.match(r"[A-Z]-[A-Z]", words)  # 'Sen. Bernie Sanders (I-Vt.)': an independent's US tag (`_PARTY_TAG`)
    return "" if words == initials or us_tag else words


_OFFICE_KINDS = ("leader", "official", "representative", "lawgiver", "politician")
"""WordNet kinds of the holder of an office a title before a name gives ('Sen.': a senator, a lawgiver; 'Gov.',
'Mayor', 'Commissioner': leaders; 'Judge', 'Ambassador': officials); not 'Dr.', 'Prof.', 'Sgt.'."""
_POSITION_KINDS = ("worker", "leader", "representative", "professional", "expert", "head", "official", "serviceman")
"""WordNet kinds of someone holding a position or occupation ('spokeswoman': a representative; 'chairman',
'Democrat': leaders; 'analyst': an expert; 'aide': a worker); a 'sponsor', 'author', 'member' or 'critic of' is
none: a relation to something, no position."""


def _office_over_a_relation(title: str, head: str) -> bool:
    """Whether a title of office before a name says more than the role described after it, which names a relation
    and no position ('State Sen. Daniel Okafor, the bill's sponsor'; 'Sen. Ana Ruiz, a member of the Finance
    Committee'): the title stays the role, so the person stays an official of their chamber (a new user's state
    senator had been typed 'other' as 'bill's sponsor'). A described position still wins over a title ('Sgt.
    Amanda Ruiz, a department spokeswoman', 'Sheikh Mohammed ..., Qatar's prime minister'). `head` is the described
    role's head noun, a lemma in lower case."""
    office = title_word(title)
    if office not in CHAMBER_OF_MEMBER and not any(is_a(office, kind) for kind in _OFFICE_KINDS):
        return False
    return head.isalpha() and noun_class(head) == PERSON and not any(is_a(head, kind) for kind in _POSITION_KINDS)


def _title_alone(role: str) -> bool:
    """'Sgt.', 'Lt. Col.', 'Sheikh', 'Major': a role of titles written before names and nothing else (nameparser's
    titles, MORE_TITLES and the abbreviations `nlp.TITLES_BEFORE_NAMES`)."""
    return all(word in TITLES_BEFORE_NAMES or word.lower().rstrip(".") in TITLE_WORDS for word in role.split())


_LEADING = {"head": "head", "lead": "leader", "run": "head", "chair": "chair", "direct": "director", "found": "founder", "manage": "manager"}
"""Lemmas of leading a body, with the role they give: 'X, who heads the IMF' is the IMF's head."""
_APPOINTING = frozenset("elect appoint name make choose install".split())
"""Lemmas of making someone what their object predicate says, in the passive ('who was elected president of the
union'): the role they hold."""
_WORKING = frozenset("work teach serve study".split())
"""Lemmas of belonging to a body through a preposition: 'X, who works at Google'."""
_SEATED = frozenset("represent sit".split())
"""Lemmas of holding a seat on a body, named after 'on': 'X, who represents Ashcombe ward on Kelsbury District
Council', 'who sits on the Senate Finance Committee'."""


def _relative_role(root: "Token") -> tuple[str, str] | None:
    """(role, affiliation) from a relative clause on the name: 'Kristalina Georgieva, who heads the International
    Monetary Fund' (head, International Monetary Fund), 'Ann Lee, who works at Google' ('', Google), 'Ann Lee, who
    works as a senior analyst at Google' (senior analyst, Google), 'Sunita Rao, who
    represents Ashcombe ward on Kelsbury District Council' ('', Kelsbury District Council), 'Tom Hale, who is a member
    of the Green Party' (member, Green Party), also in a clause joined to the relative one ('who farms 380 hectares
    near Colón and is a member of the Cooperativa Agrícola La Unión'); a named body the clause says is theirs
    ('Rafael Domínguez, whose People's Renewal Party has called for ...': '', People's Renewal Party); what a clause
    of appointing says they were made ('Leah Castellan, who was elected president of the Ashcombe Students' Union',
    `_APPOINTING`: president, Ashcombe Students' Union); a body named
    before that the clause's place of work refers back to ('Mark Delaney, who teaches ninth-grade English at the high
    school', after Harlan Creek High School: `body_named_by`); the role a clause of leading a body the article
    describes gives ('Sir Geoffrey Almond, who has chaired the club since 2011': chair, of the club if the article
    names one so)."""
    relatives = [c for c in root.children if c.dep_ == "relcl"]
    relatives += [c for a in root.children if a.dep_ == "appos" and a.i > root.i for c in a.children if c.dep_ == "relcl"]
    # 'Senator Ruth Calloway, a Democrat who sits on the Senate health committee': the clause on what she is
    for clause in [*relatives, *(v for c in relatives for v in c.conjuncts if v.pos_ in ("VERB", "AUX"))]:
        verb = lemma(clause)
        attribute = next((c for c in clause.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if verb in _APPOINTING and (made := next((c for c in clause.children if c.dep_ == "oprd" and c.pos_ == "NOUN"), None)) is not None:
            subject = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)  # 'who was elected president of
            verb, attribute = "be", made  # the Ashcombe Students' Union in March': what she was made, she is
        if subject is None and clause.dep_ == "conj":
            subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        of_the_name = subject is not None and subject.lower_ in ("who", "that")  # not 'whose daughter is a freshman at'
        if subject is not None and subject.ent_type_ == "ORG" and any(t.tag_ == "WP$" for t in subject.subtree if t.i < subject.i):
            if body := body_named_by(subject):  # 'Rafael Domínguez, whose People's Renewal Party has called for ...':
                return "", body  # the body the clause says is theirs
        if verb == "be" and attribute is not None and of_the_name:  # 'who farms near Colón and is a member of ...'
            tokens = list(attribute.subtree)
            role, affiliation = _role_text(_role_words(tokens)), _affiliation(tokens)
            if role and affiliation:
                return role, affiliation
            continue
        if verb in _LEADING:
            objects = [c for c in clause.children if c.dep_ == "dobj"]
            objects += [  # 'who heads the water programme at the Caspian Policy Institute': a unit of a body, held at it
                o for h in [clause, *objects] for p in h.children if p.dep_ == "prep" and p.lower_ == "at" for o in p.children if o.dep_ == "pobj"
            ]
            role = _LEADING[verb]
        elif verb == "speak":  # 'Ingrid Solheim, who speaks for the association': its spokesperson
            bodies = [body_named_by(o) for p in clause.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
            if bodies and bodies[0]:
                return "", bodies[0]
            continue
        elif verb in _WORKING:
            hosts = [clause, *(o for o in clause.children if o.dep_ in ("dobj", "advcl", "xcomp"))]  # 'who studies ageing at the Rotterdam
            jobs = [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
            hosts += jobs  # 'who now works as a pundit for Coastline TV': the job, and the body after it
            objects = [  # Institute': the parser may hang the place of work on the object
                o for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ in ("at", "for", "on", "with") for o in p.children if o.dep_ == "pobj"
            ]
            job = jobs[0] if jobs and jobs[0].pos_ == "NOUN" and noun_class(jobs[0].lemma_) == PERSON else None
            role = _role_text(_role_words([t for t in job.lefts if t.dep_ in ("amod", "compound")] + [job])) if job is not None else ""
        elif verb in _SEATED:
            objects = [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children if o.dep_ == "pobj"]
            role = ""
        else:
            continue
        for obj in objects:
            ent = _entity_at(obj)
            if verb in _WORKING and (name := _place_of_work([obj])):
                return role, name  # 'who studies ... at the Maynooth Centre for Digital Democracy', tagged a facility
            if ent is not None and ent.label_ in ("ORG", "GPE"):
                name = _organisation_name(ent) if ent.label_ == "ORG" else canonical_country(ent.text) or _clean_name(ent.text)
                if name:
                    return role, name
            elif (verb in _LEADING or verb in _SEATED) and (name := _led_body(obj)):
                return role, name  # 'who sits on the Senate health committee': a seat on a body named so
            elif verb in _WORKING and obj.tag_ == "NN" and (name := body_named_by(obj)):
                return role, name  # 'who teaches ninth-grade English at the high school': the Harlan Creek High School
                # named before (a definite description of one body, head match)
            elif verb in _LEADING and (name := _work_done_for(obj)):
                return "", name  # 'who led the inquiry for Wexshire Police': the body the work was done for
            elif verb in _LEADING and (name := _unnamed_body_of_a_name(obj)):
                return role, name  # 'who leads the small community of Camar': the community of Camar
            elif verb in _LEADING and obj.tag_ == "NN" and definite(obj) and _grouping_noun(obj):
                return role, body_named_by(obj)  # 'who has chaired the club since 2011': its chair, of the one club
                # named before if the article names one by that noun (head match), else of a body it does not name
    return None


_PIECES_OF_WORK = frozenset({"noun.cognition", "noun.act"})
"""WordNet files of nouns of a piece of work one leads ('inquiry', 'review', 'investigation', 'prosecution'), not a
body ('community', 'forum': noun.group)."""


def _work_done_for(obj: "Token") -> str:
    """The organisation a piece of work someone leads is done for ('who led the inquiry for Wexshire Police' ->
    Wexshire Police): a common noun of a piece of work (`_PIECES_OF_WORK`, by its first WordNet sense) with 'for'
    and an organisation's name; '' otherwise. The work is no body, so the body it serves is the affiliation."""
    if obj.pos_ != "NOUN" or noun_class(obj.lemma_.casefold()) not in _PIECES_OF_WORK:
        return ""
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for pobj in prep.children:
                ent = _entity_at(pobj) if pobj.dep_ == "pobj" else None
                if ent is not None and ent.label_ == "ORG" and ent.root.i == pobj.i:
                    return _organisation_name(ent)
    return ""


def _unnamed_body_of_a_name(obj: "Token") -> str:
    """What one leads or runs when the text describes it by a common noun tied to a name, not by a name of its own:
    the noun and the name its 'of' or 'for' takes ('who leads the small community of Camar' -> 'community of
    Camar', 'who runs an online forum for Ketto owners' -> 'forum for Ketto owners', 'who runs the campaign of
    independent candidate Sorcha Nevin' -> 'campaign of Sorcha Nevin'); '' for a noun of a person, a plural,
    or a noun tied to no name ('who runs a bakery', 'who leads the team in Leeds')."""
    if obj.pos_ != "NOUN" or obj.tag_ != "NN" or noun_class(obj.lemma_.lower()) == PERSON:
        return ""
    for prep in obj.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        ent = _entity_at(pobj)
        if ent is not None and ent.root.i == pobj.i and ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
            return f"{obj.text} {prep.text} {_clean_name(ent.text)}"  # 'campaign of Sorcha Nevin'
        names = [c for c in pobj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if pobj.pos_ == "PROPN" or names:
            start = min([pobj.i, *(c.i for c in names)])
            return f"{obj.text} {prep.text} {obj.doc[start : pobj.i + 1].text}"  # 'forum for Ketto owners'
    return ""


def campaign_at(token: "Token") -> str:
    """The name of the campaign (`campaign_names`) whose mention `token` heads, or ''."""
    return _campaign_roots(token.doc).get(token.i, "")


@per_document
def _campaign_roots(doc: "Doc") -> dict[int, str]:
    """The root token of each campaign mention (`_campaign_spans`) -> the campaign's name, built once per document."""
    return {doc[a:b].root.i: doc[a:b].text for a, b in _campaign_spans(doc)}


def _led_body(obj: "Token") -> str:
    """The body a verb of leading has as its object, when the recogniser did not tag it an organisation: what
    one chairs, leads or runs is a body whatever else the recogniser called it ('who chairs the Friends of
    Millfield Park', tagged a facility; 'who heads the Fair Vets Campaign', tagged a law), or a common noun with
    the proper nouns of its name before it ('who leads the Liberal Democrat opposition group', 'who runs the
    Corner Cup café'), a proper name the recogniser left untagged ('who chairs the GKV-Spitzenverband'), or a
    campaign's name
    (`campaign_names`: 'who chairs Save Hollin Edge', tagged a person); '' for a plain noun phrase ('who runs a
    bakery') or a person. A definite common noun is the body named before that it heads (`body_named_by`: 'who
    chairs the association')."""
    if campaign := campaign_at(obj):
        return campaign  # 'who chairs Save Hollin Edge', tagged a person
    ent = _entity_at(obj)
    if ent is not None and ent.root.i == obj.i and ent.label_ in ("FAC", "EVENT", "WORK_OF_ART", "LOC", "PRODUCT", "LAW"):
        return _clean_name(ent.text)
    if obj.pos_ == "PROPN" and not obj.ent_type_ and obj.text[:1].isupper():
        return _clean_name(obj.doc[_proper_name_start(obj) : obj.i + 1].text)  # 'who chairs the GKV-Spitzenverband'
    if obj.pos_ != "NOUN" or obj.ent_type_:
        return ""
    if noun_class(obj.lemma_) in _WORKS:
        return ""  # 'who leads the te reo Māori programme': a course of study or work, not a body
    names = [c for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON" and c.text[:1].isupper()]
    return _compound_name(obj, names) if names else body_named_by(obj)  # 'who chairs the association': the one named
    # ('who has run the club's under-23 side': a word the tagger took for a proper noun, in lower case, names nothing)


_WORKS = frozenset({"noun.act", "noun.cognition", "noun.communication"})
"""WordNet's lexicographer files of nouns of what is done or taught ('programme', 'course', 'project', 'study'):
leading one is holding no role at a body it names."""


def _prefer_organisation(doc: "Doc", in_role: str, after: str) -> str:
    """'Korea expert Bruce Bennett from the RAND Corporation': the organisation a person is at, named after the
    name, is their affiliation before a place in their role (which may be their subject, not their employer)."""
    if in_role and after and _place(doc, in_role) and not _place(doc, after):
        return after
    return in_role or after


def _place(doc: "Doc", name: str) -> bool:
    return bool(canonical_country(name)) or any(e.label_ in ("GPE", "LOC") and _clean_name(e.text) == name for e in doc.ents)


def _premodifiers(span: "Span") -> list["Token"]:
    """The words before a name that modify it: 'Bank of England governor' Andrew Bailey."""
    if span[0].ent_iob_ == "I" and span[0].ent_type_ == "ORG":
        start = next(t.i for t in reversed(span.doc[: span.start]) if t.ent_iob_ == "B")
        while start > span.sent.start and _capitalised_title(span.doc[start - 1]):
            start -= 1  # 'Chief' + 'Constable Helen Marwood', the entity's first title word left out of it
        titles = span.doc[start : span.start]
        if all(_capitalised_title(t) for t in titles):
            return list(titles)  # 'Councilmember' + 'Tasha Greer', tagged a body whole: her title
        return []  # 'the Council on American-Islamic Relations Alia Salem': the body the name was tagged with, no role
    if _role_held_before(span):
        return []  # 'The chief executive of the Lindmark Hotel Association Anna Berg': the body is where the role is held
    left = [t for word in span for t in word.lefts if t.i < span.start and t.dep_ in _PREMODIFIERS]
    if not left:  # 'Police Chief' Lester Baker: the parse may hang the title from the first name
        left = _title_run_before(span)  # 'Labour Minister Hélène Marchetti ruled': or from the verb
        if not left:
            return []
    first = min(t.left_edge.i for t in left)
    first = _after_a_list_separator(span.doc, first, span.start)
    first = _organisation_before(span.doc, first)
    first = _title_before_its_portfolio(span.doc, first)
    tokens = [t for t in span.doc[first : span.start] if _in_role(t)]
    tokens = _after_another_person(span.doc, tokens)
    tokens = _after_an_indefinite_noun(span.doc, tokens)
    if tokens and _no_one_s_noun(tokens[-1]):
        return []  # 'Marlhaven Athletic sack Van der Wal after sixth straight defeat', a headline: a verb the parser
        # read as a noun before the name, no role
    return tokens if tokens and not all(t.lower_.rstrip(".") in HONORIFICS for t in tokens) else []


def _capitalised_title(token: "Token") -> bool:
    """Whether a word is a title written capitalised before a name (`TITLE_WORDS`: 'Chief', 'Deputy', 'Constable')."""
    return token.text[:1].isupper() and token.lower_.rstrip(".") in TITLE_WORDS


def _no_one_s_noun(word: "Token") -> bool:
    """Whether a lower-case word right before a name is a noun WordNet holds with no person's sense, and no title
    (`person_title`): 'sack', 'defeat', not 'striker', 'coach' or 'councilmember' (which WordNet lacks)."""
    if not word.is_lower or word.pos_ not in ("NOUN", "VERB") or person_title(word):
        return False
    classes = noun_classes(word.lemma_) or noun_classes(word.lower_)
    return bool(classes) and PERSON not in classes


def _after_a_list_separator(doc: "Doc", first: int, end: int) -> int:
    """The first word of a role before a name at `end` when the words from `first` run over a semicolon, a colon
    or a dash (Penn Treebank tag ':'): the role starts after the last of them ('... disco club owner Steve Rubell
    of Studio 54; photographers Nat Finkelstein', where the parser hung the semicolon, and so everything before it,
    on 'photographers'). A role premodifying a name runs over no separator of a list's items."""
    marks = [t.i for t in doc[first:end] if t.tag_ == ":"]
    return marks[-1] + 1 if marks else first


def _after_an_indefinite_noun(doc: "Doc", tokens: list["Token"]) -> list["Token"]:
    """The role's words from its capitalised title on, when lower-case nouns after an indefinite article come
    before it ('exempt, a provision Council Member Rosa Delgado ... said was meant to ...': 'a provision' is the
    noun a reduced relative clause describes, and a titled name takes no 'a'); `tokens` otherwise."""
    if not tokens or tokens[0].i == 0 or doc[tokens[0].i - 1].lower_ not in ("a", "an") or not tokens[0].is_lower:
        return tokens
    first = next((k for k, t in enumerate(tokens) if t.text[:1].isupper()), None)
    titled = first is not None and any(t.text[:1].isupper() and t.lower_.rstrip(".") in TITLE_WORDS for t in tokens[first:])
    return tokens[first:] if titled and all(t.is_lower and t.pos_ == "NOUN" for t in tokens[:first]) else tokens  # ('a
    # former Senator John Hale' keeps 'former')


def _owner_before(span: "Span", premodifiers: list["Token"]) -> str:
    """The body a person's name is written as belonging to when the words before it are only its possessor: "The
    Left Bloc's Joana Reis", "Labour's Yvette Cooper", "Acme Corp's Jane Doe" (capitalised proper nouns and the
    possessive's mark, with an article, the possessor not a person's name): the possessor's name, a country's
    canonical name for a place; '' otherwise ('the company's chief executive Jane Doe' has a role)."""
    words = [t for t in premodifiers if t.lower_ != "the"]
    if len(words) < 2 or words[-1].tag_ != "POS" or words[-2].dep_ != "poss" or words[-2].head.i not in range(span.start, span.end):
        return ""
    name = words[:-1]
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ != "PERSON" for t in name):
        return ""
    text = "".join(t.text_with_ws for t in name).strip()
    return canonical_country(text) or text


def _title_before_its_portfolio(doc: "Doc", first: int) -> int:
    """'Minister for Energy Declan Horgan', 'Commissioner for Trade Anna Berg', 'Minister of Mines Marie-Ève Côté':
    the parser hangs the portfolio on the person's name and the title above it, so a capitalised title
    (nameparser's titles) and 'for' or 'of' (before a portfolio the recogniser tagged no body or place) right
    before the premodifier start the role. `first` unchanged otherwise."""
    of_portfolio = first >= 2 and doc[first - 1].lower_ == "of" and doc[first].text[:1].isupper() and doc[first].ent_type_ not in ("ORG", "GPE")
    of_portfolio = of_portfolio and not doc[first - 2].ent_type_  # not 'the United States of businessman Alex Saab'
    if first >= 2 and (doc[first - 1].lower_ == "for" or of_portfolio) and doc[first - 2].text[:1].isupper():
        title = doc[first - 2].lower_.rstrip(".")
        if title in _NAME_CONSTANTS.titles and title not in HONORIFICS:
            return first - 2
    return first


def _title_run_before(span: "Span") -> list["Token"]:
    """'Labour Minister Hélène Marchetti ruled out ...', parsed with 'Minister' as an adverb of the verb: a title
    (nameparser's titles) written right before a person's name, with the capitalised words before it in the same
    sentence (at most three), is that person's, wherever the parser hung it. [] when the word before is no title."""
    doc = span.doc
    i = span.start - 1
    if i < 0 or doc[i].lower_.rstrip(".") not in _NAME_CONSTANTS.titles or not doc[i].text[:1].isupper():
        return []
    if doc[i].lower_.rstrip(".") in HONORIFICS or doc[i].is_sent_start and span.root.ent_type_ != "PERSON":
        return []
    run = [doc[i]]
    while len(run) < 4 and run[0].i > span.sent.start and doc[run[0].i - 1].text[:1].isupper() and doc[run[0].i - 1].is_alpha:
        run.insert(0, doc[run[0].i - 1])
    return run


def _after_another_person(doc: "Doc", tokens: list["Token"]) -> list["Token"]:
    """'Tolliver and board member Luis Ortega voted': words before an 'and' that are all words of people's names
    the recogniser found in the article are another person, not part of Ortega's role; the role is what follows.
    A body's name joined by 'and' ('Health and Social Care Secretary') is kept whole."""
    joints = [n for n, t in enumerate(tokens) if t.tag_ == "CC"]
    if not joints or joints[-1] == 0:
        return tokens
    before = [t for t in tokens[: joints[-1]] if not t.is_punct]
    people = {t.lower_ for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
    return tokens[joints[-1] + 1 :] if before and all(t.lower_ in people for t in before) else tokens


def _organisation_before(doc: "Doc", first: int) -> int:
    """'Joint Council for the Welfare of Immigrants campaigner Caitlin Boswell': an organisation's name right
    before a role the parse left unattached to it is where the role is held; not one that ends the paragraph
    before (a statement's credit line, '... – Westmoor Health Board', over 'Board chief executive Dr Helen Okafor
    told the Courier'), which the parser may run into the same sentence."""
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent.start < first <= ent.end + 8 and ent.sent.start <= first:
            whole, _, _ = _whole_name(doc, ent, ent.label_)
            if whole.end == first and "\n" not in doc[whole.start : first + 1].text:
                return whole.start
    return first


def _capitalised_start(name: str) -> str:
    """A body's name from its first capitalised word ('federal Immigration Department' -> 'Immigration Department')."""
    words = name.split()
    while len(words) > 1 and _lower_case_lead(words[0]):
        words.pop(0)
    return " ".join(words)


def _lower_case_lead(word: str) -> bool:
    """A word in lower case that opens no body's name ('federal'), unlike a linking word ('of', 'de')."""
    return word.isalpha() and word.islower() and word not in _FUNCTION_WORDS


def _organisation_name(ent: "Span") -> str:
    """An organisation entity's whole name (`_whole_name`, or the long form an acronym defines around it: `long_forms`),
    cleaned; '' for a title the recogniser took for one (a person's in apposition, or a common noun's portfolio
    and a title of government: 'Education Secretary'), and for words with no capital letter ('disco club owner
    Steve Rubell', 'disco club' tagged a body: a name is capitalised)."""
    if not any(c.isupper() for c in ent.text):
        return ""
    if ent.label_ == "ORG" and (person := _person_of_a_body(ent)) is not None:
        return _clean_name(ent.doc[person.end + 1 : ent.end].text)  # 'Femi Adeyemi of Calder Securities': the firm
    start = ent.start + 1 if ent[0].dep_ == "det" else ent.start  # 'the Royal College of Surgeons'
    if ent.label_ == "ORG" and (person := _person_after_body(ent.doc, ent)) is not None:
        return _clean_name(ent.doc[start : person.start].text)  # 'the Marlow Housing Trust Enver Solomon': the trust
    defined = next((ent.doc[a : b + 1] for a, b in long_forms(ent.doc) if a <= start and ent.end - 1 <= b), None)
    if defined is None and len(ent) == 1:  # 'BOJ' Governor, after 'the Bank of Japan (BOJ)'
        defined = next((ent.doc[a : b + 1] for a, b in long_forms(ent.doc) if _short_form_after(ent.doc, b) == ent.text), None)
    if defined is not None:
        return _clean_name(defined.text)
    if body := _head_of_one_body(ent):
        return body  # 'Council leader Gareth Penhale': the one council the article names
    whole, _, _ = _whole_name(ent.doc, ent, ent.label_)
    if _title_of_person(whole):
        return ""
    if len(whole) == 2 and whole[-1].lower_ in PORTFOLIO_TITLES and common_noun(whole[0].text, ent.doc):
        return ""  # 'The Education Secretary, Helena Márquez-Dunn,': a portfolio and its title, no body
    return _capitalised_start(_clean_name(whole.text))


def _names_a_faith(span: "Span") -> bool:
    """Whether a one-word name is a religion's as a system of belief: by one of its two most frequent WordNet senses
    a religion (`senses.is_a`), with a sense filed under `noun.cognition` ('Islam', 'Christianity', 'Judaism',
    'Buddhism', 'Catholicism'). A belief acts and speaks through its believers and its bodies, named otherwise
    ('Muslim pilgrims', 'the Catholic Church'); a name WordNet files only as a group ('Scientology', 'Church')
    may be the body itself and is kept."""
    if len(span) != 1 or not span[0].text.isalpha():
        return False
    word = span[0].text.lower()
    return is_a(word, "religion", senses=2) and "noun.cognition" in noun_classes(word)


def _describes_a_name(span: "Span") -> bool:
    """Whether a one-word name stands in apposition to a name before it, alone or joined to a common noun there,
    with an article or a modifier of its own ('Valeska Paris, an Australian woman and former Scientologist', 'Tom
    Reed, a Democrat'), or the first word of such a name ('Tom Whitfield, a Liberal Democrat'): it says what that
    person is, a member of a faith or a party, and is no actor of its own."""
    if len(span) != 1:
        return False
    root = span.root
    if root.dep_ in ("amod", "compound") and root.head.pos_ == "PROPN" and root.head.i == root.i + 1:
        root = root.head  # 'Tom Whitfield, a Liberal Democrat,': the first word of a member's name for the party
    first = root.head if root.dep_ == "conj" else root
    if first.dep_ != "appos" or first.head.pos_ != "PROPN" or first.head.i > first.i or first.head.ent_type_ == "ORG":
        return False
    return any(c.dep_ in ("det", "amod") for c in root.children) or first.i != root.i and first.pos_ == "NOUN"


def _title_of_person(span: "Span") -> bool:
    """'The Home Secretary, Yvette Cooper,': a name in apposition to a person's is her title (a person is not a
    body), however the recogniser tagged it. Not a body a role noun is held at, on which the parser hangs the
    name meant for the whole phrase ('A spokeswoman for the National Athletes' Association, Ingrid Solheim'), nor
    one written after 'at' (a title never is: 'At Northbridge NHS Trust, chief executive Helen Marsh said')."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in _HELD_AT and root.head.head.pos_ == "NOUN" and root.head.head.i < root.i:
        return False
    if span.start > 0 and span.doc[span.start - 1].lower_ == "at":
        return False  # 'At Northbridge University Hospitals NHS Trust, chief executive Helen Marsh said': a place of work
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in root.children)


def _another_person_s_name(token: "Token") -> bool:
    """Whether the proper noun at `token` ends a name of two to four capitalised words that opens with a given name
    the name data marks with a gender and ends in no English word ('Lucía Etxeberría', tagged a body), however the
    recogniser tagged it: a person's name, which is no role of the name it stands beside."""
    ent = _entity_at(token)
    if ent is None or ent.end - 1 != token.i:
        return False
    words = ent.text.split()
    capitalised = all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
    return 2 <= len(words) <= 4 and capitalised and bool(given_name_gender(ent.text)) and not common_word(words[-1], token.doc)


def _apposition(root: "Token") -> list["Token"]:
    """'X, a hydrologist at Y': the apposition after the name (the role is its noun and what modifies it before).
    For a name set off after 'according to' someone (`_after_according_to`), that someone: 'According to the
    union's branch president, Dr Simon Kealy, the real operating deficit is ...' has the parser take the name for
    the clause's subject and the subject for its apposition."""
    doc = root.doc
    if (described := _after_according_to(root)) is not None:
        return [t for t in described.subtree if not t.is_punct and t.dep_ != "det"]
    if _PARTY_TAG.match(text_of(doc), root.idx + len(root.text)):
        return []  # 'Councilmember Tasha Greer, D-Ward 4,': her party and ward, not a role
    for child in root.rights:
        if child.dep_ == "appos" and child.lower_ == "one" and child.pos_ == "NUM":  # 'Kim Da-eun, one of the group's
            of = [o for p in child.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]  # organisers':
            if of and of[0].dep_ == "pobj" and of[0].tag_ == "NNS" and _of_a_body(of[0]) and not _a_thing(of[0]):
                return [t for t in of[0].subtree if not t.is_punct]  # the group's organisers
        if child.dep_ == "appos" and (child.ent_type_ != "PERSON" or child.is_lower) and (child.pos_ in ("NOUN", "PROPN") or _hyphenated_noun(child)) and not _a_thing(child):
            if child.pos_ == "PROPN" and _another_person_s_name(child):
                continue  # 'a spokesperson for President Álvaro Mendieta, Lucía Etxeberría,': someone else, no role
            parts = [child]  # 'co-founder and chief executive of ...': the parser may hang each piece of a hyphenated
            while parts[-1].i + 2 < len(doc) and not parts[-1].whitespace_ and doc[parts[-1].i + 1].text == "-":
                after = doc[parts[-1].i + 2]  # word on the name as an apposition of its own
                if after.head.i != root.i or after.dep_ != "appos":
                    break
                parts += [doc[parts[-1].i + 1], after]
            tokens = sorted({t.i: t for p in parts for t in p.subtree}.values(), key=lambda t: t.i)
            return [t for t in tokens if not (t.dep_ == "punct" and t.i in (tokens[0].i, tokens[-1].i))]
    head, comma = root.head, root.right_edge.i + 1
    if root.dep_ in ("nmod", "compound") and head.pos_ == "NOUN" and comma < head.i and doc[comma].text == ",":
        return [t for t in head.subtree if comma < t.i and not t.is_punct]  # 'said Lee Eun-ji, Norae's marketing
        # director': the parser hung the name before the comma on the role that follows it
    return []


def _after_according_to(name: "Token") -> "Token | None":
    """The object of 'according to' right before a person's name set off by commas, when it is a noun of a person
    ('According to the union's branch president, Dr Simon Kealy, the deficit is ...'): the name is in apposition to
    it, whatever the parser made of it (the next clause's subject, here). None when the name does not follow such
    a phrase."""
    doc = name.doc
    start = name.left_edge.i if name.dep_ != "nsubj" else min([name.i, *(c.i for c in name.lefts if c.dep_ == "compound")])
    if start < 4 or doc[start - 1].text != "," or name.ent_type_ != "PERSON":
        return None
    before = doc[start - 2]
    head = next((a for a in [before, *before.ancestors] if a.dep_ == "pobj" and a.head.lower_ == "to" and a.head.head.lower_ == "according"), None)
    if head is None or head.right_edge.i != start - 2 or head.pos_ != "NOUN" or noun_class(head.lemma_) != PERSON:
        return None  # 'According to court records, Oswald Reyna, ...', 'According to Wilkins, Warhol ...': no role
    return head


def _of_a_body(plural: "Token") -> bool:
    """'the group's organisers', 'the founders of the Harbour Residents Association': a plural owned by something
    or of a body the recogniser named, so members of it, as 'one of' them is ('Iván Duque, one of the critical
    issues addressed by ...', 'Orkut, one of the most popular online social networks in Brazil' name no one's
    role: the parser hung a clause's subject, or a thing's description, on a name)."""
    owned = any(c.dep_ == "poss" for c in plural.children)
    return owned or any(
        o.ent_type_ == "ORG" for p in plural.children if p.dep_ == "prep" and p.lower_ in ("of", "at") for o in p.children if o.dep_ == "pobj"
    )


_ELECTED_TITLES = frozenset("member senator councillor councilor".split())
"""Nouns of an elected member, who is a member 'for' the seat they represent ('the member for Lowmoor')."""


def seat_of_a_member(span: "Span") -> bool:
    """Whether a name is the seat an elected member represents: the object of 'for' after a member's letters or
    title ('the Conservative MP for Lowmoor', 'the member for Kelby', `MEMBERS_LETTERS` but the bar's,
    `_ELECTED_TITLES`), or joined by 'and' to that object ('the Labour MP for Castlebridge and Dale'), with no
    article and no noun of a grouping ending it (`senses.noun_classes`: 'Party', 'Union'). A constituency is a place, whatever the recogniser tagged it, and no
    one's affiliation."""
    root = span.root
    first = first_conjunct(root)  # 'the Labour MP for Castlebridge and Dale': a seat of two places' names
    preposition = first.head
    if first.dep_ != "pobj" or preposition.lower_ != "for" or preposition.head.i == preposition.i:
        return False
    title = preposition.head
    member = _letters_after_a_name(title, members=True) and title.lower_ not in BAR_LETTERS
    if not (member or title.lemma_.lower() in _ELECTED_TITLES):
        return False
    # a seat's name takes no article and ends in no noun of a grouping: 'a member of parliament for the governing
    # Freedom and Enterprise Party' names the party the member sits for ('representative for X' is a spokesperson's);
    # a place's own word may end it ('Castlebridge and Dale', 'Hackney North')
    return not any(c.dep_ == "det" for c in root.children) and GROUP not in noun_classes(span[-1].text)


_TEMPORAL_MARKS = frozenset("before after until since when while".split())
"""Subordinators of time: a noun whose clause opens with one is a span of time ('a fortnight before ...')."""


def _a_thing(noun: "Token") -> bool:
    """'an action that aims to ...': a noun its relative clause calls 'that' or 'which' is no person's role; nor is a
    span of time a clause of time measures ('on Hollin Edge, a fortnight before the committee decides'; the
    recogniser's dates are no test: 'a second year USI art major' is a role); nor a measure the recogniser tags
    a quantity ('the ridge of Puech Redon, two kilometres from the village'), nor what a name's bearer is said
    to lack ('Bernard Vaissière (no party label)': 'no' before the noun)."""
    if noun.ent_type_ == "QUANTITY" or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    if any(g.dep_ == "mark" and g.lower_ in _TEMPORAL_MARKS for c in noun.children for g in c.children):
        return True
    return any(c.dep_ == "relcl" and any(g.lower_ in ("that", "which") and g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in noun.children)


def _role_words(tokens: list["Token"]) -> list["Token"]:
    """The role without the organisation it is held at: 'hydrologist' of 'a hydrologist at the University of Chile'."""
    if not tokens:
        return tokens
    heads = [t for t in tokens if t.head.i not in {x.i for x in tokens} or t.head.i == t.i]
    head = heads[-1] if heads else tokens[-1]  # 'Bank of England Governor': the title nearest the name heads the role
    if head.ent_type_ in ("ORG", "GPE"):  # 'the University of Eastmoor hydrologist', parsed with the noun of a person
        after = [t for t in tokens if t.i > head.i and not t.ent_type_]  # in apposition to the body's name: the role
        person = next((t for t in reversed(after) if t.pos_ == "NOUN" and noun_class(t.lemma_) == PERSON), None)  # is
        if person is not None and all(t.i > head.i and t.ent_type_ == head.ent_type_ for t in tokens[tokens.index(head) + 1 : tokens.index(after[0])]):
            return [t for t in after if t.i <= person.i]  # the person's noun after the name
    named = lambda t: any(x.ent_type_ in ("ORG", "GPE") or cause_named_after(x) is not None for x in t.subtree)  # noqa: E731
    # 'of the Center for ...', 'of Riders for Brookport Transit'
    cut = [
        t
        for t in head.rights
        if t.dep_ in ("prep", "acl", "relcl") and (t.lower_ != "of" or named(t)) and not _portfolio(t) and t.i in {x.i for x in tokens}
    ]
    if cut and cut[0].lower_ == "of":
        inner = _held_at_inside(cut[0], named)
        if inner is not None:
            return [t for t in tokens if t.i < inner.i]  # 'head of trade research' at the Hartmann Institute
    if cut:
        return [t for t in tokens if t.i < cut[0].i]
    return tokens


def _held_at_inside(of: "Token", named: "Callable[[Token], bool]") -> "Token | None":
    """The preposition inside an 'of' phrase of a role that says where the role is held, when the 'of' phrase's own
    noun phrase names no body: 'at the Hartmann Institute' of 'head of trade research at the Hartmann Institute'
    (the role is 'head of trade research'; 'of Public Council' of 'chief of staff of Public Council'); None when the
    'of' names the body itself ('director of the Center for ...') or nothing inside it is named."""
    for obj in of.children:
        if obj.dep_ != "pobj":
            continue
        inner = [p for p in obj.children if p.dep_ == "prep" and (p.lower_ != "of" or obj.is_lower) and named(p)]  # 'chief
        # of staff of Public Council': a lower-case noun's own 'of' may say where the role is held too
        skipped = {x.i for p in inner for x in p.subtree}
        if inner and not any(x.ent_type_ in ("ORG", "GPE") for x in obj.subtree if x.i not in skipped):
            return inner[0]
    return None


def _portfolio(prep: "Token") -> bool:
    """'for Energy' of 'Minister for Energy': a capitalised title's 'for' with a capitalised object that names no
    body or place is the office's portfolio, part of the role, not where it is held ('spokesman for Acme' is); so is
    'of Maritime Affairs' of 'Minister of Maritime Affairs' (`_portfolio_after_a_title`), and a lower-case title's
    field of work (`_lower_case_portfolio`: 'the deputy mayor for transport')."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    if prep.lower_ == "of":  # 'Minister of Maritime Affairs' (`_portfolio_after_a_title`), tagged a body or not
        return bool(objects) and all(_portfolio_after_a_title(o.doc[o.i : o.i + 1]) for o in objects)
    if prep.lower_ == "for" and prep.head.is_lower and objects and all(_lower_case_portfolio(o) for o in objects):
        return True  # 'the deputy mayor for transport', 'the commissioner for trade'
    return (
        prep.lower_ == "for"
        and prep.head.text[:1].isupper()
        and bool(objects)
        and all(o.text[:1].isupper() and not any(x.ent_type_ and x.ent_type_ not in _NO_AGENTS for x in o.subtree) for o in objects)
    )  # ('The Minister for Health' tagged a work of art whole: its 'Health' is the portfolio still)


def _lower_case_portfolio(obj: "Token") -> bool:
    """Whether the object of a lower-case title's 'for' is a field of work, the office's portfolio ('deputy mayor
    for transport', 'commissioner for trade'): a bare singular lower-case common noun, with no article or owner
    and nothing after it, that names neither people nor a body by its first WordNet sense ('spokesperson for the
    company', 'advocate for patients', 'lawyer for the family' name whom the role serves)."""
    return (
        obj.tag_ == "NN"
        and obj.is_lower
        and not obj.ent_type_
        and not any(c.dep_ in ("det", "poss", "prep", "relcl", "acl") for c in obj.children)
        and noun_class(obj.lemma_) not in (GROUP, PERSON, "")
    )


def _role_held_before(span: "Span") -> "Token | None":
    """The role noun of 'The chief executive of the Lindmark Hotel Association Anna Berg said' and 'Secretary General
    of NATO Jens Stoltenberg said': a name written right after the body a role before it is held at, which the parser
    makes the object of the role's preposition with the body as the name's premodifier. None unless every word between
    the preposition and the name is of an organisation the recogniser tagged (or its article). The object may be the
    given name alone, the family name hung elsewhere ('CEO of the Refugee Council Enver Solomon', 'Solomon' apposed
    to 'CEO')."""
    outer = [t for t in span if not span.start <= t.head.i < span.end]
    root = next((t for t in outer if t.dep_ == "pobj"), span.root)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _HELD_AT or prep.head.i > prep.i:
        return None
    role = prep.head
    if not (role.pos_ == "NOUN" or role.pos_ == "PROPN" and not role.ent_type_):
        return None
    between = span.doc[prep.i + 1 : span.start]
    if not any(t.ent_type_ == "ORG" for t in between) or not all(t.ent_type_ == "ORG" or t.dep_ == "det" for t in between):
        return None
    return role


_NO_AGENTS = frozenset({"WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})
"""Entity types of things that speak for no one: a title the recogniser tagged so is still a title."""


def _title_tagged_a_person(token: "Token") -> bool:
    """Whether the recogniser tagged a title word alone a person ('Its MLA from Bhopal South, Sunita Verma': 'MLA',
    a one-word PERSON): a title alone names no one, so it is the role of the name in apposition to it."""
    ent = _entity_at(token)
    return ent is not None and ent.label_ == "PERSON" and len(ent) == 1


def _around(root: "Token") -> list["Token"]:
    """'the Russian president, Vladimir Putin' and 'Microsoft's chief executive Satya Nadella': the name is the
    apposition. 'The chief executive of the Lindmark Hotel Association Anna Berg': the name follows the body the role
    before it is held at (`_role_held_before`)."""
    head = root.head
    ent = _entity_at(root)
    if ent is not None and ent.label_ == "ORG" and (person := _person_after_body(root.doc, ent)) is not None and root in person:
        ent = person  # 'CEO of the Refugee Alliance Dilek Arslan', tagged a body whole: the name the body ran on into
    if ent is not None and ent.label_ in ("PERSON", "") and (role := _role_held_before(ent)) is not None:
        return [t for t in role.subtree if t.i < ent.start and _in_role(t)]
    if root.dep_ == "appos" and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN" and head.ent_type_ != "PERSON":
        held = head.head.lower_ in _HELD_AT and (head.ent_type_ == "ORG" or head.head.lower_ != "of" and not any(c.dep_ == "poss" for c in head.children))
        held = held and not person_title(head)  # 'A spokesperson for the mayor, Priya Raman': the mayor is named
        if head.ent_type_ in ("GPE", "LOC") or held:  # "Temasek's managing director for India,
            head = head.head.head  # Rohit Bhalla", 'A spokeswoman for the National Athletes' Association, Ingrid
            # Solheim', 'A spokeswoman for the operator, Fiona Rennie': the parser hangs the name on the body
            while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN" and head.head.head.i < head.i:
                head = head.head.head  # 'Its head of public policy for South-East Asia, Ms Priya Nair': the role is
                # the head's, not 'public policy'
    titled = head.pos_ == "PROPN" and head.lower_ in TITLE_WORDS and (head.ent_type_ in _NO_AGENTS or _title_tagged_a_person(head))
    # 'The Minister for Health, Niamh Garvey,', the title tagged a work of art, 'Its MLA from Bhopal South, Sunita
    # Verma', the title tagged a person of its own: a title all the same
    if root.dep_ != "appos" or head.i > root.i or not (head.pos_ == "NOUN" or head.pos_ == "PROPN" and not head.ent_type_ or titled or _hyphenated_noun(head)):
        return []  # 'the Secretary General, Jens Stoltenberg': a title the recogniser left out is a role too
    if any(s <= head.idx < e for s, e in dateline_spans(root.doc)):
        return []  # 'SAN TELMO, 15 March 2026 (AAN) – Foreign Minister Rafael Quiñones Ábrego': the parser hung the
        # name on the dateline's place, whose date and agency are no role of his
    tokens = [t for t in head.subtree if t.i < root.left_edge.i and _in_role(t)]
    joined = [c for c in head.children if c.dep_ == "cc" and c.i < root.i]
    if joined:  # 'lost Danny Reece to a knee injury and left-back Marco Silvestri': the parser took the name for
        owner = [c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]  # an apposition to
        tokens = owner + [t for t in tokens if t.i > joined[-1].i]  # 'injury'; the role follows the 'and' ('Its
        # environment and energy minister, Rui Carvalho Pinto': the possessive both roles share stays)
    return tokens


def _hyphenated_noun(token: "Token") -> bool:
    """Whether `token` is the adjective that closes a hyphenated noun begun by a noun ('director-general',
    'secretary-general', 'attorney-general'), which the parser splits and heads by the adjective."""
    doc = token.doc
    if token.pos_ != "ADJ" or token.i < 2 or doc[token.i - 1].tag_ != "HYPH" or doc[token.i - 1].whitespace_:
        return False
    first = doc[token.i - 2]
    return first.pos_ == "NOUN" and not first.whitespace_ and first.head.i == token.i


_HELD_AT = frozenset("for of at with".split())
"""Prepositions joining a role noun to the body it is held at ('a spokeswoman for the association', 'an editor at
the Saudi Gazette')."""


def _in_role(token: "Token") -> bool:
    """Punctuation is no part of a role, but a possessive's mark and a hyphen are ("Rovers' chairman", 'left-back')."""
    return not token.is_punct or token.tag_ in ("POS", "HYPH") or token.text in ("'s", "’s", "-")


def _role_text(tokens: list["Token"]) -> str:
    """The role the words name, without a determiner or a possessive pronoun before it; 'one of' before a plural
    (`_apposition`: 'one of the group's organisers') is kept, determiner and all."""
    top = next((t for t in tokens if t.head.i not in {x.i for x in tokens}), None)
    one_of = top is not None and top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lower_ == "one"
    text = _role_words_text(tokens)
    if one_of and text:
        first = tokens[0].text + " " if tokens[0].dep_ == "det" or tokens[0].tag_ == "PRP$" else ""  # 'the', 'its'
        return f"one of {first}{text}"
    return text


def _role_words_text(tokens: list["Token"]) -> str:
    words = [t for t in tokens if not (t.i == tokens[0].i and (t.dep_ == "det" or t.tag_ == "PRP$"))]  # 'Its chief executive'
    relative = next((n for n, t in enumerate(words) if t.tag_ in ("WP", "WDT", "WP$")), None)
    words = words[:relative] if relative is not None else words  # 'a Marine Corps veteran who has worked at ...'; a
    # relative clause is no role, nor its owner ('Rafael Domínguez, whose People's Renewal Party has called ...')
    line_end = next((n for n, t in enumerate(words) if t.is_space and "\n" in t.text), None)
    words = words[:line_end] if line_end is not None else words  # a credit line's role ends with its line
    address = next((n for n, t in enumerate(words) if t.lower_.rstrip(".") in HONORIFICS), None)
    if address == 0 and len(words) > 1 and words[-1].lower_.rstrip(".") in TITLE_WORDS:
        words = words[1:]  # 'Ms Justice' Aisling Brennan, 'Mr Justice': the form of address before a judge's title
    elif address is not None and all(t.pos_ == "PROPN" and not t.ent_type_ for t in words[address + 1 :]):
        words = words[:address]  # 'Labour MP Ms Priya' Desai: a form of address and the first name the recogniser left out
    expanded: tuple[int, str] | None = None
    if len(words) > 1 and _abbreviated_title(words[-1].text) and any(t.is_lower and t.pos_ == "NOUN" for t in words[:-1]):
        if any(t.is_lower and noun_class(t.lemma_) == PERSON for t in words[:-1]):
            words = words[:-1]  # 'council leader Cllr' Alan Pritchard: the role in words, then the title written before names
        elif (title := TITLE_EXPANSIONS.get(words[-1].lower_.rstrip("."))) is not None:
            expanded = (words[-1].i, title)  # 'state Sen.' Rachel Okafor: the title a word before it qualifies ('state senator')
    while words and words[-1].tag_ in ("WP", "WDT", "WP$", "IN", "CC", "DT", ",", "TO"):
        words.pop()  # 'a nursing student who rides a scooter': the role ends at its noun
    text = "".join(t.text_with_ws for t in words).strip(" ,")
    if not text or not any(t.pos_ in ("NOUN", "PROPN") or t.tag_ == "HYPH" for t in words):
        return ""  # a hyphenated word is a noun compound there, however its last part is tagged ('left-back')
    if expanded is not None and words and words[-1].i == expanded[0]:
        text = "".join(t.text_with_ws for t in words[:-1]) + expanded[1]
    return _after_unopened_bracket(text)


_ABBREVIATED_TITLES = frozenset(t.rstrip(".").lower() for t in TITLES_BEFORE_NAMES) | HONORIFICS


def _abbreviated_title(word: str) -> bool:
    """Whether `word` is an abbreviated title or a form of address written before names, with or without its
    period ('Cllr', 'Dr.', 'Sen.', 'Ms'; `nlp.TITLES_BEFORE_NAMES`, `HONORIFICS`): never a role's own last word,
    as 'General' of 'director General' may be."""
    return word[:1].isupper() and word.rstrip(".").lower() in _ABBREVIATED_TITLES


def _after_unopened_bracket(text: str) -> str:
    """A role without the end of a bracket it does not open, glued on by the page ('(EFE)Venezuelan Vice
    President Delcy Rodríguez': 'Venezuelan Vice President', not 'EFE)Venezuelan Vice President')."""
    depth, cut = 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            if depth:
                depth -= 1
            else:
                cut = i + 1
    return text[cut:].strip(" ,") if cut else text


def _first_word_of_a_name(ent: "Span") -> bool:
    """'a Liberal Democrat': a body the recogniser cut from the indefinite capitalised noun right after it, which it
    modifies and which is no title ('Labour MP' is one), names no body."""
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    after = doc[ent.end]
    return (
        after.pos_ == "PROPN"
        and after.text[:1].isupper()
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in after.children)  # not 'the Refugee Council Enver'
        and ent.root.head.i == after.i
        and after.lower_.rstrip(".") not in TITLE_WORDS
        and after.lower_.rstrip(".") not in _NAME_CONSTANTS.titles
    )


def _names_a_place_noun(ent: "Span") -> bool:
    """Whether a name modifies a lower-case noun whose first WordNet sense is a location ('the Centro region', 'the
    Kaduna area'): it names a place, whatever the recogniser tagged it; so does a town before an occupation
    (`_town_before_an_occupation`: 'the Cork oncologist')."""
    head = ent.root.head
    located = ent.root.dep_ == "compound" and head.i >= ent.end and head.pos_ == "NOUN" and head.is_lower and noun_class(head.lemma_.lower()) == "noun.location"
    return located or _town_before_an_occupation(ent)


def _town_before_an_occupation(ent: "Span") -> bool:
    """Whether a one-word name tagged a body right before a lower-case noun of a person ('the Cork oncologist', 'a
    Dublin solicitor') is where that person works, not a body: WordNet knows the word as a location (in any sense)
    and never as a grouping ('the Nasa engineer', 'a Labour councillor' stay bodies)."""
    head = ent.root.head
    if len(ent) != 1 or ent.root.dep_ != "compound" or head.i != ent.end or head.pos_ != "NOUN" or not head.is_lower:
        return False
    classes = noun_classes(ent.text)
    return noun_class(head.lemma_.lower()) == PERSON and "noun.location" in classes and GROUP not in classes


def _affiliation(tokens: list["Token"]) -> str:
    """The organisation, country or demonym inside a role: 'Labour' MP, 'Bank of England' governor, 'Russian' president,
    an acronym the article defined in brackets ('AWUC president'); first the body 'its' or 'their' refers back to
    ('Its Brandenburg director': the body's, not Brandenburg's). A country after a preposition of place in a role
    that a common noun owns is where the role is held, not whose it is ("the company's general manager in
    Ireland": the company's, `body_of_class_noun`); an untagged possessor the article tags a body elsewhere owns
    the role (`_possessor_named_elsewhere`)."""
    if any(t.dep_ == "poss" and t.lower_ in ("its", "their") for t in tokens):
        owner = _possessor(tokens)
        if owner:
            return owner
    words = [t.text for t in tokens]
    for short, body in (_bodies_named_short(tokens[0].doc) if tokens else {}).items():
        n = short.split()
        if any(words[i : i + len(n)] == n and tokens[i].ent_type_ in ("", "LOC", "FAC", "GPE") for i in range(len(words))):
            return body  # 'Coral Coast Chairman Peter Vukovich', the short name tagged a place or left untagged
    if owner := _possessor_named_elsewhere(tokens):
        return owner  # "Caldera Oncology's Irish general manager", the company tagged a body elsewhere only
    for label in ("ORG", "GPE", "NORP"):
        for token in tokens:
            if token.ent_type_ != label or token.ent_iob_ != "B":
                continue
            ent = _entity_at(token)
            if ent is None or label == "ORG" and (_partial_title(ent) or _first_word_of_a_name(ent)) or _where_from(ent) or seat_of_a_member(ent):
                continue
            if label == "ORG" and ent.end > tokens[-1].i + 1 and ent.doc[ent.end - 1].ent_type_ == "ORG" and all(
                t.lower_.rstrip(".") in TITLE_WORDS for t in ent.doc[ent.start : tokens[-1].i + 1]
            ):
                continue  # 'Councilmember' of 'Councilmember Tasha Greer', tagged a body whole: her title, no body
            if _names_a_place_noun(ent):
                continue  # 'regional coordinator for the Centro region': a region, not the body the role is held at
            if label == "ORG":
                country = _country_of_generic_body(ent)
                if country:
                    return country
                name = _organisation_name(ent)
                if name:
                    return name
                continue
            if label != "NORP":
                if token.i > 0 and _whereabouts(token.doc[token.i - 1], token):
                    continue
                if token.i > 0 and _held_where(token.doc[token.i - 1], token):
                    continue  # "the company's general manager in Ireland": the role is the company's (`body_of_class_noun`)
                if ent.root.dep_ in ("compound", "nmod", "amod") and ent.root.head.i == ent.end and ent.root.head.ent_type_ == "NORP":
                    continue  # 'the Milwaukee Democrat', 'a Waukesha Republican': a member's home, before the party's name
                if _hometown_of_a_private_person(ent):
                    continue  # 'a Londraven collector': where a collector lives, no body of theirs
                return _clean_name(ent.text)
            if any(c.dep_ == "conj" and c.ent_type_ == "NORP" for c in ent.root.children) or ent.root.dep_ == "conj" and ent.root.head.ent_type_ == "NORP":
                continue  # 'a second-year French and Polish student': peoples joined name what is studied or spoken
                # (one person, one nation in a role), no country
            country = country_of_demonym(ent.text)
            if country:
                return country
    for token in tokens:  # 'Tajik Energy Minister Nurullo Saidali Ismoilzoda', the recogniser tagging 'Tajik Energy' a
        # person: a people's name that opens a role (capitalised, untagged or tagged a person) is its country's
        if token.i == tokens[0].i and token.ent_type_ in ("", "PERSON") and token.text[:1].isupper() and not canonical_country(token.text):
            if country := country_of_demonym(token.text):
                return country
    if place_of_work := _place_of_work(tokens):
        return place_of_work
    if named := _group_named_in_role(tokens):
        return named  # 'spokesperson for the cycling group Pedal Karsdal', the name tagged a person
    if town := _town_of_a_mayor(tokens):
        return town
    if members := next((name for t in tokens if (name := _body_of_its_members(t))), ""):
        return members  # 'chair of the trustees', after 'The trustees of the National Museum of Aldermere voted'
    if possessed := next((name for t in tokens if (name := _opened_by_a_plural_possessor(t))), ""):
        return possessed  # "chair, Trentside Rovers Supporters' Trust"
    acronyms = _acronym_names(tokens[0].doc) if tokens else {}
    defined = [acronyms[t.text] for t in tokens if t.text in acronyms]
    if defined:
        return defined[0]  # 'AWUC president', the recogniser tagging no body: the name the article defined 'AWUC' for
    return _possessor(tokens) or body_before_title(tokens)


def _written_as_a_place(word: "Token") -> bool:
    """Whether the article tags `word`'s very text a place (GPE or LOC) somewhere: one name, one sense per article."""
    return any(e.label_ in ("GPE", "LOC") and e.text == word.text for e in word.doc.ents)


def _hometown_of_a_private_person(ent: "Span") -> bool:
    """Whether a place's name that is no country's modifies, right before it, a noun of a person who holds no title
    of office and leads nothing (a noun WordNet files first as a person's, of none of the kinds `_HOLDING_OFFICE`
    by its first person's sense: 'a Londraven collector', 'a Castlebridge teacher'; not 'the Londraven mayor' nor
    'the Londraven chief'): where the person is from, which the gold format ties no one to."""
    head = ent.root.head
    if canonical_country(ent.text) or ent.root.dep_ not in ("compound", "nmod", "amod") or head.i != ent.end or head.pos_ != "NOUN":
        return False
    lemma_ = head.lemma_.lower()
    return noun_class(lemma_) == PERSON and not any(person_sense_is_a(lemma_, kind) for kind in _HOLDING_OFFICE)


_HOLDING_OFFICE = ("leader", "official", "representative", "politician", "lawman", "member")
"""WordNet kinds of person whose noun before it makes a town's name their office's place, not their hometown ('the
Londraven mayor', a leader and a politician; 'councillor', a member; 'sheriff', a lawman)."""


def _body_of_its_members(noun: "Token") -> str:
    """The body a definite plural noun in a role stands for when the article first wrote it with that body ('chair
    of the trustees', after 'The trustees of the National Museum of Aldermere voted on Monday': the museum's
    trustees, so its chair is the museum's): the organisation after 'of' on an earlier mention of the same noun; ''
    for none."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.dep_ != "pobj" or not definite(noun):
        return ""
    for earlier in noun.doc[: noun.i]:
        if earlier.lemma_ != noun.lemma_ or earlier.tag_ != "NNS":
            continue
        for prep in earlier.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                body = next((o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ == "ORG"), None)
                if body is not None and (ent := _entity_at(body)) is not None and (name := _organisation_name(ent)):
                    return name
    return ""


def _group_named_in_role(tokens: list["Token"]) -> str:
    """The name in a role that a noun of a grouping with an article is set in apposition to ('spokesperson for the
    cycling group Pedal Karsdal', `_apposed_to_a_group`), though the recogniser tagged it a person: the noun says
    it is a body's, as `_described_as_a_group` reads it for the actors. '' otherwise."""
    described = _apposed_to_a_group(tokens[0].doc) if tokens else frozenset()
    for token in tokens:
        if token.ent_type_ == "PERSON" and token.i in described and (ent := _entity_at(token)) is not None:
            return _clean_name(ent.text)
    return ""


def _town_of_a_mayor(tokens: list["Token"]) -> str:
    """The town a role names before the title of its civil head ('Red Lake Mayor Jim Carlyle', 'Guiuan Mayor
    Rodolfo Abenojar', untagged): capitalised proper nouns the recogniser tagged as nothing, right before a title
    whose first WordNet sense is a 'civil authority' (`senses.is_a`: a mayor, a burgomaster) or a 'head of state' (a
    premier, a prime minister: 'Westland Premier Gareth Loane'), when the article names them on their own somewhere
    else too ('about 60 kilometres northeast of Red Lake'). A mayor heads a town's government, and a premier a
    state's, so the place is whom the role is held for, as the gold format ties an official to the government it
    speaks for. '' otherwise."""
    if len(tokens) < 2 or not (is_a(tokens[-1].lower_, "civil authority") or is_a(tokens[-1].lower_, "head of state")):
        return ""
    words = tokens[:-1]
    places = {e.text for e in tokens[0].doc.ents if e.label_ in ("GPE", "LOC")}
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and (t.ent_type_ in ("", "PERSON") or t.text in places) and t.is_alpha for t in words):
        return ""  # untagged, or tagged a person as the recogniser may tag a town before a title ('Linden Mayor
        # Patricia Holloway', 'Linden' a person there and a place elsewhere), or a body where it is tagged a place
        # elsewhere ('Westland Premier Gareth Loane' after 'across northern Westland')
    if any(t.lower_ in TITLE_WORDS or t.lower_ in HONORIFICS for t in words):
        return ""  # 'Deputy Mayor', 'Lord Mayor': a rank, no town
    name = " ".join(t.text for t in words)
    elsewhere = re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?!\s+{re.escape(tokens[-1].text)})", text_of(tokens[0].doc))
    return name if next(elsewhere, None) is not None else ""  # the town named on its own somewhere ('northeast of Red
    # Lake'), not 'Acting Mayor' again and again


def _possessor_named_elsewhere(tokens: list["Token"]) -> str:
    """The body a role's possessor names when the recogniser left it untagged there but tagged the same words a
    body elsewhere in the article ("Caldera Oncology's Irish general manager": one sense per discourse, Gale et
    al. 1992); the role is its, whatever people's name ('Irish') says where it is held. '' for none."""
    owner = next((t for t in tokens if t.dep_ == "poss" and t.pos_ == "PROPN" and not t.ent_type_), None)
    if owner is None:
        return ""
    words = owner.doc[owner.left_edge.i : owner.i + 1]
    if any(t.ent_type_ or not t.text[:1].isupper() for t in words):
        return ""
    return next((words.text for ent in owner.doc.ents if ent.label_ == "ORG" and _clean_name(ent.text) == words.text), "")


def _place_of_work(tokens: list["Token"]) -> str:
    """A name the recogniser tagged a facility (or a person, `_workplace_of_a_role`) that a role is held at ('an editor at the Saudi Gazette', 'who
    studies political communication at the Maynooth Centre for Digital Democracy'): the small English pipeline
    tags many newspapers, centres and hospitals so, and a role is held at a body, not a building. Only as the
    object of a preposition of `_HELD_AT` right on the role's words; '' for none."""
    for token in tokens:
        ent = _entity_at(token) if token.ent_type_ in ("FAC", "PERSON") else None
        if ent is None or token.ent_type_ == "PERSON" and not _workplace_of_a_role(ent.root):
            continue  # (a name tagged a person's where a role is held, 'at the broker Pemberton Hayes', is a body's too)
        held = [t for t in ent if t.dep_ == "pobj" and t.head.i < ent.start]  # the parser may hang a name's 'for ...' outside it
        held = held or ([ent.root.head] if ent.root.dep_ == "appos" and ent.root.head.dep_ == "pobj" else [])  # 'the broker X'
        if held and held[0].head.lower_ in _HELD_AT:
            return _clean_name(ent.text)
    return ""


def _country_of_generic_body(ent: "Span") -> str:
    """'Uzbek Foreign Ministry spokesperson': a body named only by English words (`nlp.common_word`: 'Foreign
    Ministry', 'Defence Ministry', 'Central Bank') after a demonym, in the entity or tagged apart, is that
    country's (as 'Russian president' is Russia's); its generic name would otherwise be read as another
    country's body of that name in the article. '' when the name has a proper word ('Russian Academy of
    Sciences' is tagged whole) or no demonym comes before it."""
    doc = ent.doc
    words = [t for t in ent if t.is_alpha and t.lower_ != "the"]
    demonym = words[0] if words and country_of_demonym(words[0].text) and not canonical_country(words[0].text) else None
    # 'Uzbek Foreign Ministry', tagged whole; not a country's own name ('the Ghana Football Association' is a body's name)
    if demonym is None and ent.start > 0 and doc[ent.start - 1].ent_type_ == "NORP":
        demonym = doc[ent.start - 1]
    words = [t for t in words if demonym is None or t.i != demonym.i]
    if demonym is None or not words or not all(common_word(t.text, doc) for t in words):
        return ""
    return country_of_demonym(demonym.text) or ""


def _state_of_generic_body(span: "Span") -> str:
    """The country whose own name owns a body named only by English words ("Uzbekistan's Foreign Ministry",
    "Japan's Transport Ministry": `nlp.common_word`, a head of a government body, `_GOVERNMENT_HEADS`), whose
    generic name would otherwise stand for any state's ministry of that name (two foreign ministries of one story
    merged as one actor): that country, as its government, '' otherwise. A body with a name of its own ("Russia's
    Gazprom", "Kenya's Safaricom") is no generic body; nor is one a demonym names ('Uzbek Foreign Ministry',
    `_country_of_generic_body`)."""
    doc = span.doc
    words = [t for t in span if t.is_alpha and t.lower_ != "the"]
    if not words or words[-1].lower_ not in _GOVERNMENT_HEADS or not all(common_word(t.text, doc) for t in words):
        return ""
    if span.start < 2 or doc[span.start - 1].tag_ != "POS":
        return ""
    owner = doc[span.start - 2]
    ent = _entity_at(owner) if owner.ent_type_ in ("GPE", "NORP") else None
    country = canonical_country(ent.text) if ent is not None else None
    return country if country and norm(country) == norm(canonical_country(_clean_name(ent.text)) or "") else ""


_GOVERNMENT_HEADS = frozenset("ministry department government cabinet office".split())
"""Head nouns of a state's own executive bodies, whose generic names ('Foreign Ministry', 'Interior Department')
a country's possessive makes that state's (`_state_of_generic_body`)."""


_LOCATING = frozenset("base bear headquarter register raise".split())
"""Lemmas of the participles that say where someone or something is ('Cork-based', 'Texas-born',
'Delaware-registered'), not whom they work for ('Kremlin-backed' says who backs them)."""


def _where_from(ent: "Span") -> bool:
    """'a Cork-based housing economist', 'a Texas-born engineer': a name hyphen-joined to a participle of place
    (`_LOCATING`) says where the person is or is from, never the body they are at."""
    end = ent.end
    doc = ent.doc
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and doc[end + 1].lemma_.lower() in _LOCATING
        and doc[end + 1].tag_ in ("VBN", "VBD", "JJ")
    )


def _capitalised_inside_a_sentence(run: list["Token"]) -> bool:
    """Whether the article writes these words with their capitals inside a sentence too, as a name that starts
    there ('the Scientology property', 'the Liberal Democrats'; not as the start, the end or the middle of a longer
    one, 'the Health Technology Appraisal Agency', 'the Minister for Health', "St. Mary's Hospital", 'Derbyshire
    County Council' opening a sentence): then the capital the first has at a sentence's start is its own (one
    sense per discourse)."""
    doc = run[0].doc
    words = [t.text for t in run]

    def starts_a_name(i: int) -> bool:
        before = doc[i - 1] if i > 0 else None
        if before is not None and before.text in ("'s", "’s", "'", "’") and i > 1:
            before = doc[i - 2]
        if before is not None and before.lower_ in _NAME_PREPOSITIONS and i > 1 and doc[i - 2].text[:1].isupper():
            return False  # 'The Minister for Health': the end of a longer name
        return before is None or not (before.is_alpha and before.text[:1].isupper() and (not before.is_sent_start or before.pos_ == "PROPN"))

    def ends_there(i: int) -> bool:  # 'Health' of 'the Health Technology Appraisal Agency' opens a longer name
        after = doc[i] if i < len(doc) else None
        return after is None or not (after.is_alpha and after.text[:1].isupper())

    for t in doc:
        if t.text != words[0] or t.is_sent_start or t.i == run[0].i or t.i + len(words) > len(doc):
            continue
        found = [doc[t.i + k].text for k in range(len(words))]
        if found[:-1] == words[:-1] and found[-1].startswith(words[-1]) and starts_a_name(t.i) and ends_there(t.i + len(words)):
            return True
    return False


_NOT_BODIES = _NOT_ACTORS | {"PERSON", "GPE", "DATE", "TIME", "LANGUAGE", "CARDINAL", "ORDINAL"}
"""Entity types a name before a title cannot be if it is the body the title is held at: those that are no actor,
people, places, times and numbers ('Form Three student': a school year)."""


def body_before_title(tokens: list["Token"]) -> str:
    """'Ofwat chief', 'a Greens senator', 'the Social Democrats leader', 'Conservative MP': the capitalised name
    right before a title in lower case (or members' letters) is the body the title is held at, where the recogniser
    typed it as no body or as a group. '' when the name is a place, a person, an event or a work, when the title
    is capitalised ('Agriculture Minister': a portfolio, not a body), or when the name is only a word that opens
    the sentence ('Club head coach', 'Former senator': an English word the article never capitalises inside a
    sentence). A campaign's name (`campaign_names`) before the title is the body whatever its words."""
    if tokens and (campaign := next((tokens[0].doc[a:b] for a, b in _campaign_spans(tokens[0].doc) if a == tokens[0].i), None)):
        title = next((t for t in tokens if t.i == campaign.end), None)
        if title is not None and title.is_lower:
            return campaign.text  # 'Save Hollin Edge chair': a campaign's name (`campaign_names`) opens the role
    words = [t for t in tokens if t.dep_ != "det" and t.tag_ != "PRP$" and t.text not in ("'s", "’s")]  # a name in the possessive stays
    run: list["Token"] = []
    for token in words:
        apostrophe = token.text in ("'", "’") and bool(run)  # "Workers' Party chief"
        if not (token.text[:1].isupper() or apostrophe) or token.lower_ in MEMBERS_LETTERS:
            break
        run.append(token)
    rest = words[len(run) :]
    split = _body_before_a_capitalised_title(run) if run and not rest else None
    if split is not None:
        body = split[0]  # 'Northvein Chief Executive': the company tagged a body, then its officer's title
        return _clean_name(body[0].doc[body[0].i : body[-1].i + 1].text)
    if not run or not rest or not (rest[0].is_lower and rest[0].pos_ in ("NOUN", "ADJ") or rest[0].lower_ in MEMBERS_LETTERS):
        return ""
    first = run[0]
    if first.is_sent_start and common_word(first.text, first.doc) and not _capitalised_inside_a_sentence(run):
        return ""  # 'Former', 'Club': a word capitalised only because it opens the sentence
    if any(t.ent_type_ in _NOT_BODIES or t.like_num or t.lower_.rstrip(".") in HONORIFICS for t in run):
        return ""  # "Mr. Delgado's lawyer": a form of address opens a person's name, not a body's
    if len(run) == 1 and (ent := _entity_at(run[0])) is not None and _town_before_an_occupation(ent):
        return ""  # 'the Cork oncologist': where she works
    if len(run) == 1 and _written_as_a_place(run[0]) and (ent := _entity_at(run[0])) is not None and _hometown_of_a_private_person(ent):
        return ""  # 'a Londraven collector' (tagged a people there), the town the article tags a place elsewhere
    if rest[0].lower_ in MEMBERS_LETTERS and rest[0].lower_ not in BAR_LETTERS and _place_word(run[-1]):
        return ""  # 'Barnsley East MP': a name ending in a word of place before a member's letters is the seat
    if len(run) == 1 and first.is_sent_start and (whole := _one_body_headed_by(first)):
        return whole  # 'Board president Ian McAllister' after 'The Board of Trade ...': the one body 'Board' heads
    return _clean_name(first.doc[first.i : run[-1].i + 1].text)


def _one_body_headed_by(word: "Token") -> str:
    """The name of the one body of two or more words the article names whose head is `word` (`_bodies_by_head`,
    head match as in the Stanford sieve, Lee et al. 2013: 'Board' of 'the Board of Trade'); '' for none or
    several."""
    names = {name for _, head, name in _bodies_by_head(word.doc) if head == word.lower_ and len(name.split()) > 1}
    return next(iter(names)) if len(names) == 1 else ""


def _body_before_a_capitalised_title(run: list["Token"]) -> tuple[list["Token"], list["Token"]] | None:
    """(the body, the title) of a run of capitalised words that is a name the recogniser tagged a body and a title
    of a body's officer after it, capitalised as wire copy writes it ('Coral Coast Chairman', 'Northvein Chief
    Executive'); None for a title of government after its portfolio ('Agriculture Minister', `PORTFOLIO_TITLES`)
    or a run whose first words are not one name tagged a body, or whose title does not end in a leader's noun;
    English words between the body and the title's first title word are the title's ('Senate Majority Leader':
    the Senate, 'Majority Leader')."""
    first_title = next((k for k, t in enumerate(run) if k and t.lower_ in TITLE_WORDS), None)
    if first_title is None or any(t.lower_ in PORTFOLIO_TITLES for t in run[first_title:]):
        return None
    body, title, lead = run[:first_title], run[first_title:], 0
    ent = _entity_at(body[0])
    if ent is not None and ent.label_ == "ORG" and ent.start == run[0].i and ent.end < body[-1].i + 1 and all(common_word(t.text, t.doc) for t in body[len(ent) :]):
        body, title, lead = run[: len(ent)], run[len(ent) :], first_title - len(ent)  # 'Senate Majority Leader': the body
        # tagged, then a title whose first `lead` words are English words nameparser lists no title for ('Majority')
    if ent is None or ent.label_ != "ORG" or (ent.start, ent.end) != (body[0].i, body[-1].i + 1) or not all(t.is_alpha for t in body):
        return None  # the body is one name of words the recogniser tagged a body, whole ('EFE)Venezuelan' is not)
    head = title[-1].lower_
    if not all(t.lower_ in TITLE_WORDS for t in title[lead:]) or not (person_sense_is_a(head, "leader") or is_a(head, "executive")):
        return None  # the title ends in a leader's noun ('Chairman', 'Chief Executive'), not nameparser's 'States'
    return body, title


def _place_word(token: "Token") -> bool:
    """Whether a capitalised word is, in lower case, a point of the compass: a noun WordNet files both as a location
    and as a direction ('East' of 'Barnsley East', 'North' of 'Hackney North'): a constituency's name ends so, a
    party's does not ('Labour', 'Green': a village green is a location but no direction; 'Tashnak')."""
    return len(token.text) > 1 and {"noun.location", "noun.relation"} <= noun_classes(token.lower_)


POSSESSOR_SENTENCES = 4
"""How far back 'its' or 'their' in a role is looked for: the role's own sentence and the three before (a news
story's second paragraph often says more of the body its lede named before it turns to the body's people)."""


_ANY_BODY_NOUNS = frozenset({"group", "organisation", "organization", "body"})
"""Nouns that describe any body, whatever its kind (an alliance, a union, a campaign): 'the group' may stand for
the organisation that is the subject of the sentence before, as 'the company' may not for a regulator."""


def _body_tagged_a_person(head: "Token") -> bool:
    """Whether a name the recogniser tagged a person is a body's by its words: its last word an English common noun
    of no person ('Westmere Water', 'Northway Buses'; not 'Baker' or 'Smith', nouns of people) and its first no
    given name in the name data ('Tom Wood' is a man's). A body's short name may look like a person's; these are
    the names a company or a utility takes."""
    words = [t for t in head.doc[head.left_edge.i : head.i + 1] if t.pos_ == "PROPN"]
    if len(words) < 2 or words[-1].i != head.i:
        return False
    last, first = words[-1], words[0]
    return common_noun(last.text, head.doc) and noun_class(last.lower_) != PERSON and not is_given_name(first.text)


def _apposed_holder(owner: "Token") -> int:
    """The index of the noun that the role `owner` opens is in apposition to ('Marcus Bell, its executive
    director': 'Bell'), -1 when the role is no apposition."""
    role = owner.head
    return role.head.i if role.dep_ == "appos" and role.head.i != role.i else -1


def _possessor(tokens: list["Token"]) -> str:
    """The body a role names only by a possessive that refers back to it: 'Qantas reported a profit. Its chief
    executive, Vanessa Hudson, said' (Qantas: 'its' or 'their' is the organisation or country that is the last
    subject of one, within the role's own sentence before the role and the sentences before it,
    POSSESSOR_SENTENCES in all; a capital is its country; with no such subject, the one organisation that the
    sentence before and the role's own sentence name, `_only_body`); 'The council's chairman, Manan Kumar
    Mishra' (the Bar Council of India: the nearest organisation named anywhere before whose name holds the
    possessive's noun, or that the noun describes, or the place the text called by the noun ("The town's mayor"
    after 'the estuary town of Carrow', `_place_called`), or a name the recogniser missed that the noun is in
    apposition to within POSSESSOR_SENTENCES, `_apposed_name`: "Parents for Safe Taps, a national advocacy
    group ... the group's executive director"; with none, a body the recogniser missed that is the main
    subject of the sentence before, as for 'its': "Save Ashworth Maternity, which opposes the plan, welcomed the
    vote. The group's chair, Jenny Dawlish, said ...").
    '' when no such body is named (coreference by the parse's subjects and the definite description's head
    noun, a standard shallow heuristic)."""
    owner = next((t for t in tokens if t.dep_ == "poss"), None)
    if owner is None:
        return ""
    doc = owner.doc
    sentence = owner.sent
    first = sentence.start
    for _ in range(POSSESSOR_SENTENCES - 1):
        if first > 0:
            first = doc[first - 1].sent.start
    if owner.tag_ == "PRP$" and owner.lower_ in ("its", "their"):
        before = doc[first : tokens[0].i]
        bodies = _related_by_which(doc)  # 'Healthwatch Ashworth, which ...', tagged a person, is a body
        holder = _apposed_holder(owner)  # 'Marcus Bell, its executive director': Bell holds the role, and no
        subjects = [  # one is their own body, though the recogniser tagged 'Marcus Bell' an organisation
            t
            for t in before
            if t.i != holder
            and (t.dep_ in ("nsubj", "nsubjpass") or _passive_agent(t))
            and (t.ent_type_ in ("ORG", "GPE") or _body_by_which(t, bodies) or campaign_at(t) or _owns_the_next_its(t) or _grouping_named(t))
            and not _names_a_law(t)
            and not _surname_of_someone(t)
            and not _titled_in_apposition(t)  # 'Alden Corvo, Veradia's Minister of Maritime Affairs,' (tagged a body): no 'its'
        ]
        agents = [t for t in subjects if _passive_agent(t)]
        if len(agents) > 1:  # 'backed by the Council of Governors and opposed by the Kenya Medical Association': either
            subjects = [t for t in subjects if not _passive_agent(t)]
        main = [t for t in subjects if t.head.i == t.sent.root.i or _passive_agent(t) or _clause_before_a_semicolon(t.head)]
        # ('Spain wants the EU to ...': Spain)
        subjects = main or subjects
        nominal = [t for t in _main_nominal_subjects(before) if t.i != holder and (t.ent_type_ != "PERSON" or _body_tagged_a_person(t))]
        if owner.lower_ == "its":  # 'Supporters were backed by Ohio Families for School Choice, ... Its executive
            nominal = [t for t in nominal if t.tag_ != "NNS"]  # director': a plural subject is no 'its'
        if nominal and (not subjects or nominal[-1].i > subjects[-1].i) and nominal[-1].ent_type_ not in ("ORG", "GPE"):
            named = _subject_body(nominal[-1], owner.lower_ == "their")  # the later subject is what 'its' is
            apposed = next((c for c in nominal[-1].children if c.dep_ == "appos" and _grouping_named(c)), None)
            if named is None and apposed is not None:  # 'The campaign group Clean Tenmere ... welcomed the decision.
                named = doc[_proper_name_start(apposed) : apposed.i + 1].text  # Its founder': the name, tagged a person
            if named is None:  # 'The authority wants ... Its chief executive': the body the description names
                named = body_named_by(nominal[-1]) or None
            if named is None and _body_tagged_a_person(nominal[-1]):  # 'Westmere Water disputes ... Its chief
                named = doc[nominal[-1].left_edge.i : nominal[-1].i + 1].text  # executive', tagged a person
            if named is not None:
                return named
            definite = any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" for c in nominal[-1].children)
            if not subjects and definite and nominal[-1].pos_ == "NOUN" and _grouping_noun(nominal[-1]):
                return ""  # "The students' association will deliver a petition to Parliament, according to its
                # president": 'its' is the body the article does not name there, not another body in the sentence
        if subjects and (campaign := campaign_at(subjects[-1])):
            return campaign  # 'Save Hollin Edge, the campaign group fighting the scheme, says ... Its chair'
        if subjects and not subjects[-1].ent_type_ and _grouping_named(subjects[-1]):
            named_at = subjects[-1]  # 'ShopperWatch, the consumer group, was sceptical. Its director ...', untagged
            return doc[_proper_name_start(named_at) : named_at.i + 1].text
        ent = _entity_at(subjects[-1]) if subjects else _only_body(doc[doc[sentence.start - 1].sent.start if sentence.start else 0 : tokens[0].i])
        if ent is not None and ent.label_ == "GPE" and not canonical_country(ent.text) and class_nouns(ent):
            return _organisation_name(ent)  # 'The children's charity ChildSafe Ireland said ...': called a body, tagged a place
        if ent is not None and ent.label_ == "GPE" and not canonical_country(ent.text):
            whole = _whole_name(doc, ent, ent.label_)[0]
            if whole.start < ent.start:  # 'Open Wire Ireland ... Its director': a body's name tagged a place but its
                return whole.text  # first word (`_whole_name`)
        if ent is None or ent.label_ == "GPE" and not canonical_country(ent.text):
            return ""
        if ent.label_ == "GPE":
            return canonical_country(ent.text) or ""  # 'Pretoria': South Africa
        return _organisation_name(ent) or _clean_name(ent.text)  # its whole name ('Parents United for Schools')
    if owner.text in _acronym_names(doc):  # "CLIA's head of investigations": the Clean Lift Integrity Agency (CLIA)
        return _acronym_names(doc)[owner.text]
    if owner.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children):
        noun = owner.lemma_.lower()
        named = [e for e in doc.ents if e.label_ == "ORG" and e.end <= tokens[0].i]  # the head noun is the constraint
        holding = next((e for e in reversed(named) if noun in {t.lemma_.lower() for t in e} | {t.lower_ for t in e}), None)
        if noun in _ANY_BODY_NOUNS and (near := _body_named_just_before(doc, sentence, tokens[0].i)) is not None:
            if holding is None or holding.end <= near.start and holding.start < _previous_sentence_start(sentence):
                return _organisation_name(near) or _clean_name(near.text)  # "According to Shoppers' Voice, that
                # promise was never binding. ... said Ayesha Rahman, the group's director': not 'Corvell Group plc'
        if holding is not None:
            return _organisation_name(holding)
        called = [e for e in doc.ents if e.label_ in ("ORG", "GPE") and e.end <= tokens[0].i and not canonical_country(e.text)]
        for ent in reversed(called):  # "The company's chief financial officer" after 'the EV company Voltiq'; "the
            if noun in class_nouns(ent):  # charity's chief executive" after 'charity ChildSafe Ireland', tagged a place
                return _organisation_name(ent)
        if place := _place_called(doc[: tokens[0].i], noun):
            return place  # "The town's mayor" after 'the estuary town of Carrow'
        for appos in reversed(doc[first : tokens[0].i]):  # 'Parents for Safe Taps, a national advocacy group ...':
            if appos.dep_ == "appos" and appos.lemma_.lower() == noun and appos.head.i < appos.i:  # a name the
                name = _apposed_name(appos)  # recogniser missed, which the article called by the noun
                if name:
                    return name
        if sentence.start > 0:  # "Save Ashworth Maternity, which opposes the plan, welcomed the vote. The group's
            previous = doc[sentence.start - 1].sent  # chair, ...": no body named so, the last sentence's subject
            main = _main_nominal_subjects(previous)
            if main and main[-1].ent_type_ == "ORG" and noun in _ANY_BODY_NOUNS and (ent := _entity_at(main[-1])) is not None:
                return _organisation_name(ent) or _clean_name(ent.text)  # 'Clean Streams Alliance delivered a petition
                # ... said Priya Sandhu, the group's campaigns director': 'group' describes any body
            if main and not main[-1].ent_type_:  # a name the recogniser missed; one it tagged that the noun does not
                return _subject_body(main[-1], False) or ""  # describe is another body ('The FCA fined Voltiq. The
    return ""  # company's chief executive')


def _previous_sentence_start(sentence: "Span") -> int:
    """The first token of the sentence before `sentence` (its own first token when it opens the text)."""
    return sentence.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start


def _body_named_just_before(doc: "Doc", sentence: "Span", before: int) -> "Span | None":
    """The last organisation the recogniser tagged in the sentence before `sentence` or in `sentence` before token
    `before`, outside quotations (`quotes_of`): what 'the group's' of a role refers back to when no body named so
    is that near (a definite description's antecedent is most often in the sentence before: Poesio and Vieira
    1998, "A corpus-based investigation of definite description use", Computational Linguistics 24(2))."""
    quoted = [(q.start, q.end) for q in quotes_of(doc)]
    start = _previous_sentence_start(sentence)
    found = [
        e
        for e in doc.ents
        if e.label_ == "ORG" and start <= e.start and e.end <= before and not any(a <= e.start_char < b for a, b in quoted) and not _names_a_law(e.root)
    ]
    return found[-1] if found else None


def _names_a_law(token: "Token") -> bool:
    """Whether a proper name's head word is a document's (`DOCUMENT_HEADS`: 'the Rail Safety Reform Bill', 'the
    Clean Air Act', 'the Lisbon Treaty', tagged a body), which `_kind` already keeps from the actors: a law holds no
    roles, so no 'its chief executive' or 'its chair' refers back to it."""
    return token.pos_ == "PROPN" and token.lower_ in DOCUMENT_HEADS


def _place_called(before: "Span", noun: str) -> str:
    """The last place (GPE) the text before calls by the common noun `noun`: 'the estuary town of Carrow' or
    'Carrow, a fishing town' for 'town'; a country by its canonical name. '' for none."""
    for token in reversed(before):
        if token.lemma_.lower() != noun or token.pos_ != "NOUN":
            continue
        place = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
        if place is None and token.dep_ == "appos" and token.left_edge.i >= 2:
            comma = before.doc[token.left_edge.i - 1]  # the name right before the apposition, wherever the parser
            place = before.doc[comma.i - 1] if comma.text == "," else None  # hung it ('Residents of Carrow, a town')
        ent = _entity_at(place) if place is not None and place.ent_type_ == "GPE" else None
        if ent is not None:
            return canonical_country(ent.text) or _clean_name(ent.text)
    return ""


def _apposed_name(appos: "Token") -> str:
    """The capitalised name a common noun is in apposition to, whole, wherever the parser hung the apposition
    inside it ('Parents for Safe Taps, a national advocacy group': on 'Taps'; a campaign's name whole, its verb
    too, `campaign_names`); '' when the noun phrase before the apposition is no name (a lower-case word other
    than a preposition, article or conjunction in it)."""
    top = appos.head
    while top.dep_ in ("pobj", "prep", "compound") and top.head.i != top.i:
        top = top.head
    if campaign := next((appos.doc[a:b].text for a, b in _campaign_spans(appos.doc) if a <= appos.head.i < b), ""):
        return campaign  # 'Keep Merrigal Births, a group of local mothers': the parser's phrase lacks its verb
    words = [t for t in top.subtree if t.i < appos.left_edge.i and not t.is_punct]
    if not words or any(t.is_alpha and not t.text[:1].isupper() and t.pos_ not in ("ADP", "DET", "CCONJ") for t in words):
        return ""
    if not words[-1].text[:1].isupper() or words[0].pos_ == "DET" and len(words) < 3:
        return ""
    return _clean_name(appos.doc[words[0].i : words[-1].i + 1].text)


def _clause_before_a_semicolon(verb: "Token") -> bool:
    """Whether `verb` heads a clause that a semicolon closes, in a sentence that goes on: a main clause of its own
    ('The Kaldoran Mineworkers' Federation backs the project; its general secretary, Jorge Benavent, called it ...'),
    which en_core_web_sm 3.8 hangs under the next clause's verb as its complement."""
    after = verb.right_edge.i + 1
    return verb.dep_ in ("ccomp", "conj", "parataxis") and after < len(verb.doc) and verb.doc[after].text == ";" and verb.head.i > after


def _main_nominal_subjects(span: "Span") -> list["Token"]:
    """The nouns and names in `span` that are the subject of their sentence's main verb, in order; a noun or name
    the parser made the root of its sentence, with the main verb in the past hung on it as a participle after
    it, is its subject too ('Coastwatch Alliance, the environmental group that has vowed to fight the plant in
    court, seized on the analysis.': 'seized' parsed as a clause modifying the name)."""
    return [
        t
        for t in span
        if t.pos_ in ("NOUN", "PROPN")
        and (
            t.dep_ == "nsubj"
            and t.head.i == t.sent.root.i
            or t.dep_ == "ROOT"
            and (last := max((c for c in t.children if not c.is_punct), key=lambda c: c.i, default=None)) is not None
            and last.dep_ == "acl"
            and last.tag_ in ("VBD", "VBN")
            and last.i > t.i
        )
    ]


def _compound_name(noun: "Token", names: list["Token"]) -> str:
    """The name the proper nouns `names` (compounds before `noun`) make with it: 'Save Ridgeway Valley campaign'."""
    start = min([noun.i, *(t.i for c in names for t in c.subtree)])
    return _clean_name(noun.doc[start : noun.i + 1].text)


def _body_by_which(token: "Token", bodies: frozenset[str]) -> bool:
    ent = _entity_at(token) if token.ent_type_ == "PERSON" else None
    return ent is not None and norm(ent.text) in bodies


def _a_person_s_name(ent: "Span") -> bool:
    """Whether a name the recogniser tagged a body is a person's by its first words: a form of address or a title
    before a given name ('Dr Fergal Nolan'), or a given name the name data knows followed by a capitalised word."""
    words = [t for t in ent if t.is_alpha and t.text[:1].isupper()]  # not 'the' of 'the Asociación de ...'
    titled = len(words) >= 3 and words[0].lower_.rstrip(".") in HONORIFICS | TITLE_WORDS
    rest = words[1:] if titled else words
    named = len(rest) >= 2 and is_given_name(rest[0].text) and rest[1].text[:1].isupper()
    return named and (titled or not common_word(rest[-1].text, ent.doc))  # 'Grace Church' is no one


def _subject_body(subject: "Token", plural: bool) -> str | None:
    """The body a sentence's main subject names when the recogniser tagged no organisation or country there: the
    organisation in apposition to a common noun ('The players' union, the Asociación de Voleibolistas Profesionales
    (AVP), welcomed ...'; or right after a noun of a grouping, `_after_a_grouping_noun`: 'Breast cancer charity
    Stronger Together said'; or a name the recogniser missed there, `_apposed_bodies`: 'The developer, Atlantic
    Breeze Renewables, said'), a name the recogniser missed, of proper nouns before a common head ('The Save Ridgeway
    Valley campaign, which opposes ...') or capitalised words after a capitalised one ('The Campaign to Protect
    Rural England said ...'), and for 'their' a people or party ('The Liberal Democrats proposed ...'; a
    nationality is its country). None when it names none of these ('the union', or a name the recogniser tagged),
    so the caller looks further."""
    for child in subject.children:
        if child.dep_ == "appos" and child.ent_type_ == "ORG":
            ent = _entity_at(child)
            if ent is not None and _a_person_s_name(ent):
                return None  # "The HTAA's chief executive, Dr Fergal Nolan,", tagged a body: a person, whom 'its' never stands for
            if ent is not None:
                return _organisation_name(ent)
        if child.dep_ == "appos" and child.ent_type_ == "GPE" and subject.i < child.i:
            ent = _entity_at(child)  # 'The children's charity ChildSafe Ireland said': a body's name tagged a place
            if ent is not None and not canonical_country(ent.text):
                return _clean_name(ent.text)
    following = _entity_at(subject.doc[subject.i + 1]) if subject.i + 1 < len(subject.doc) else None
    if following is not None and following.start == subject.i + 1 and _after_a_grouping_noun(following):
        return _clean_name(following.text)  # 'Breast cancer charity Stronger Together said', the name parsed as the noun's words
    named = next((m.text for m in _apposed_bodies(subject.doc) if subject.doc[m.root].head.i == subject.i), None)
    if named is not None:
        return named
    doc = subject.doc
    campaign = next((doc[a:b].text for a, b in _campaign_spans(doc) if b + 1 == subject.left_edge.i and doc[b].text == ","), None)
    if campaign is not None:
        return campaign  # 'Keep Castlebridge Births, the campaign group leading ..., puts': the parser's subject is the description
    names = [c for c in subject.lefts if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.ent_type_ in ("", "NORP")]
    if plural and subject.ent_type_ == "NORP":
        ent = _entity_at(subject)
        if ent is not None:
            start = min([ent.start, *(t.i for c in names for t in c.subtree)])
            return canonical_country(country_of_demonym(ent.text) or "") or _clean_name(subject.doc[start : ent.end].text)
    if possessed := _opened_by_a_plural_possessor(subject):
        return possessed  # "The Trentside Rovers Supporters' Trust"
    if subject.ent_type_:
        return None
    if names:
        return _compound_name(subject, names)
    after = [t for c in subject.rights if c.dep_ in ("prep", "acl") for t in c.subtree]
    capitalised = [t for t in after if t.is_alpha and not t.is_stop]
    if subject.text[:1].isupper() and not subject.is_sent_start and capitalised and all(t.text[:1].isupper() for t in capitalised):
        return _clean_name(subject.doc[_proper_name_start(subject) : after[-1].i + 1].text)  # 'Show-Me Parents for Choice'
    return None


@per_document
def _acronym_names(doc: "Doc") -> dict[str, str]:
    """Each acronym the article defines in brackets after a name (`long_forms`) -> that name, without an article."""
    names = {}
    for first, last in long_forms(doc):
        short = _short_form_after(doc, last)
        if short:
            names.setdefault(short, _clean_name(" ".join(doc[first : last + 1].text.split())))
    return names


def _only_body(span: "Span") -> "Span | None":
    """The one organisation named in `span` (the sentence before a role and the role's own up to it), when there
    is exactly one and no body is a subject there: 'That proposal has the backing of the Council of Governors
    (CoG), which represents Kenya's 47 county administrations. The chair of its health committee, ...'. Not the
    agency a dateline credits ('ASHCOMBE, Oct 3 (Harbour News Agency) - ... of the University of Ashcombe ...,
    two days after its vice-chancellor confirmed')."""
    lines = dateline_spans(span.doc)
    bodies = {_clean_name(e.text): e for e in span.ents if e.label_ == "ORG" and not any(s <= e.start_char < t for s, t in lines)}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def class_nouns(span: "Span") -> set[str]:
    """The lemmas of the common nouns this mention of an organisation calls it by: a noun before its name ('Cloud
    software company Cloudnest Inc.', 'the charity Shelter') or in apposition to it ('Safaricom, Kenya's largest
    telecoms firm,', 'the telecoms group, Safaricom,'), and 'company' and 'firm' for a name that ends in a company's
    legal form ('Northern Spodumene Corp.', `_ends_in_a_legal_form`). A definite description with one of them
    ('the company') may refer back to it."""
    nouns = {c.lemma_.lower() for t in span for c in t.children if c.i < span.start and c.dep_ in ("compound", "nmod") and _written_as_common_noun(c)}
    root = span.root
    nouns.update(c.lemma_.lower() for c in root.children if c.dep_ == "appos" and _written_as_common_noun(c))
    if root.dep_ == "appos" and _written_as_common_noun(root.head) and root.head.i < root.i:
        nouns.add(root.head.lemma_.lower())
    if _ends_in_a_legal_form(span.text) or _TICKER.match(text_of(span.doc), span.end_char):
        nouns |= {"company", "firm"}  # 'Northern Spodumene Corp.', 'Harrowgate Steel (DSX: HGST)': a listed company
    return nouns


def _written_as_common_noun(noun: "Token") -> bool:
    """Whether a token is a common noun: tagged one, or tagged a proper noun but written in lower case mid-sentence
    ('the bottlers' chamber of commerce', which the small tagger took for part of a name)."""
    return noun.pos_ == "NOUN" or noun.pos_ == "PROPN" and noun.is_lower


_TICKER = re.compile(r"\s*\((?:[A-Z][A-Za-z]{1,9}\s*:\s*)[A-Z][A-Z0-9.]{0,7}\)")
"""A stock ticker after a name, with its exchange ('Harrowgate Steel (DSX: HGST)', 'Apple (NASDAQ: AAPL)', the
financial press's notation and the AP Stylebook's): the name is a listed company's."""


def _passive_agent(token: "Token") -> bool:
    """Whether a noun is the agent of a passive verb ('backed by Ohio Families for School Choice', 'organised by a
    loose group'): the clause's logical subject, which 'its' in the next sentence may stand for."""
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def _town(token: "Token") -> bool:
    """Whether a name is a town or region's: tagged a place (GPE) and neither a country nor a capital (a capital
    may stand for its state: 'Rafael Ramírez of Caracas' is rarer than 'of Venezuela', and kept)."""
    ent = _entity_at(token) if token.ent_type_ == "GPE" else None
    return ent is not None and not canonical_country(ent.text) and not is_capital(ent.text)


def _held_where(preposition: "Token", obj: "Token") -> bool:
    """Whether a place after a preposition of place says where a role that a common noun owns is held ("the
    company's general manager in Ireland"): the role is the owner's (`body_of_class_noun` finds the company), and
    the country, which elsewhere stands for its state ('the ambassador in France'), is no body of it."""
    role = preposition.head
    owned = role.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in role.children)
    return preposition.lower_ in PLACE_PREPOSITIONS and obj.ent_type_ == "GPE" and owned


def _whereabouts(preposition: "Token", obj: "Token") -> bool:
    """'a blogger in Lisbon', 'a teacher from Porto': a town, region or capital after a preposition of place says
    where someone is, not whom they speak for ('the mayor of Lisbon' does; a country is its state either way);
    so does a name after 'from' or 'near' the recogniser tagged a person or nothing whose head word is no common
    noun of a body or thing ('a Republican from Joplin'; not 'a researcher from Harwell Labs')."""
    if preposition.lower_ in ("from", "near") and obj.pos_ == "PROPN" and obj.ent_type_ in ("", "PERSON"):
        word = obj.lower_
        classes = noun_classes(word) | (noun_classes(word[:-1]) if word.endswith("s") else frozenset())  # 'Harwell
        # Labs' (tagged a person): a lab's name
        return not canonical_country(obj.text) and classes <= {"noun.person"}  # 'a Republican from Joplin', the
        # town tagged a person or not at all (its word no common noun, or a person's name only: 'Joplin', 'St. Louis')
    if preposition.lower_ not in PLACE_PREPOSITIONS or obj.ent_type_ != "GPE":
        return False
    ent = _entity_at(obj)
    return ent is not None and (not canonical_country(ent.text) or is_capital(ent.text))


def _partial_title(ent: "Span") -> bool:
    """'Home' of 'Home Secretary' tagged as an organisation: a name cut out of a title is no affiliation (an acronym
    is a body's name: 'BOJ Governor')."""
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    acronym = ent[0].text.isupper() and len(ent[0].text) > 1
    if len(ent) == 1 and not acronym and nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ == "" and nxt.dep_ == "compound":
        return True
    # "Canada's International Trade Minister": between a country's possessive and a title of government that takes
    # a portfolio before it (`PORTFOLIO_TITLES`), a name without 'of' is the portfolio, not a body of its own
    # ('Mineral and Petroleum Resources Minister': before 'Minister' even with no country's possessive; a
    # 'Police Commissioner' or a 'Treasury Secretary' may be at a body of that name); so is a portfolio of two parts
    # joined by 'and' before any such title, tagged whole or in part ('Health and Social Care Secretary', 'Climate'
    # of 'Climate and Energy Minister')
    owner = ent.start > 1 and ent.doc[ent.start - 1].text in ("'s", "’s") and ent.doc[ent.start - 2].ent_type_ == "GPE"
    joined = any(t.lower_ in ("and", "&") for t in ent) or _after_portfolio_part(ent)
    nxt = _after_joined_portfolio(ent) or nxt
    titled = nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in PORTFOLIO_TITLES
    minister = nxt is not None and nxt.text == "Minister"
    return ((owner or joined) and titled or minister) and not acronym and all(t.lower_ != "of" for t in ent) or _portfolio_after_a_title(ent)


def _after_portfolio_part(ent: "Span") -> bool:
    """Whether the recogniser tagged the second part of a portfolio of two ('Social Care' of 'Health and Social Care
    Secretary'): 'and' or '&' right before it, after a capitalised word no entity holds."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("and", "&"):
        return False
    before = doc[ent.start - 2]
    return before.is_alpha and before.text[:1].isupper() and not before.ent_type_


def _after_joined_portfolio(ent: "Span") -> "Token | None":
    """The word after the rest of a portfolio of two or more parts the recogniser tagged only the first of ('Climate'
    of 'Climate and Energy Minister'): past 'and', '&' or a comma and capitalised words no entity holds, up to
    three; None when no such words follow."""
    doc = ent.doc
    i = ent.end
    while i < len(doc) and i - ent.end < 4 and (
        doc[i].lower_ in ("and", "&", ",") or doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].ent_type_ and doc[i].lower_ not in PORTFOLIO_TITLES
    ):
        i += 1
    if i == ent.end or i >= len(doc) or not any(t.lower_ in ("and", "&") for t in doc[ent.end : i]):
        return None
    return doc[i]


def _portfolio_after_a_title(ent: "Span") -> bool:
    """'Minister of State for Petroleum Resources', 'Secretary of State for Energy Security': a name after 'for'
    on a capitalised title of government (`PORTFOLIO_TITLES`) is the portfolio, not a body, unless its last word is
    the noun of a grouping ('Minister for the Ministry of ...' is no English; 'Commissioner for the Police
    Service' is at a body: `senses.noun_classes`). So is one after 'of' on such a title ('Alden Corvo, Veradia's
    Minister of Maritime Affairs': the portfolio, not a body called 'Maritime Affairs'; 'Commissioner of Police'
    and 'Secretary of the Navy' name groupings, bodies)."""
    root = ent.root
    preposition = root.head
    title = preposition.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ in ("for", "of")
        and title.text[:1].isupper()
        and title.lower_ in PORTFOLIO_TITLES
        and GROUP not in noun_classes(ent[-1].lower_)
    )


PORTFOLIO_TITLES = frozenset({"minister", "secretary", "commissioner"})
"""Titles of government written after their portfolio ('Trade Minister', 'Home Secretary', 'Trade Commissioner'),
unlike a title after the body it is held at ('Deutsche Bank Chief Executive', 'World Bank President')."""


def organisation_after(root: "Token") -> str:
    """The organisation named after a name ('X of Y', 'X from Y', 'X, a representative for Y'); '' if none."""
    return _of_after(root)


def _of_after(root: "Token") -> str:
    """'Mu Li, of the University of NSW', 'a representative for the LA Sheriff's office', 'Todd Kim of ENRD':
    the organisation after the name or its apposition (the noun phrase, when it holds a name)."""
    if root.i + 2 < len(root.doc) and _territorial_designation(root.doc, root.doc[root.i + 2 : root.i + 3]):
        return ""  # 'Lord Pelham of Ashby': the place is his title's
    heads = [root] + [c for c in root.rights if c.dep_ == "appos"]
    writing = _writing_for(root)
    for head in heads + writing:
        held_at = any(p.dep_ == "prep" and p.lower_ == "at" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in p.children) for p in head.rights)
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in _AFFILIATING_PREPS:
                for obj in prep.rights:
                    if head.i == root.i and prep.lower_ == "of" and (_town(obj) or _lawgivers_town(obj)):
                        continue  # 'Sen. Lorna Haskett of Kirksville': her home town, as US papers write it
                    if head.i != root.i and prep.lower_ == "of" and held_at and obj.ent_type_ in ("LOC", "GPE"):
                        continue  # 'head of Central Europe at Halvern Pharma': a territory the role covers, held at
                        # the body after 'at'
                    if obj.dep_ == "pobj" and not _whereabouts(prep, obj) and not (head in writing and obj.ent_type_ == "GPE") and not _held_where(prep, obj):
                        if seat_of_a_member(obj.doc[obj.i : obj.i + 1]):
                            continue  # 'the member for Kelby': the seat, a place
                        if _portfolio_after_a_title(obj.doc[obj.i : obj.i + 1]):
                            continue  # 'Veradia's Minister of Maritime Affairs': a portfolio, no body
                        found = _organisation_phrase(obj)
                        if found:
                            return found
    nxt = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if nxt is not None and nxt.lower_ in ("of", "at") and nxt.i + 1 < len(root.doc):
        ent = _entity_at(root.doc[nxt.i + 1])
        if ent is not None and ent.label_ in ("ORG", "GPE") and ent.start == nxt.i + 1 and not (nxt.lower_ == "of" and (_town(ent.root) or _lawgivers_town(ent.root))):
            return canonical_country(ent.text) or _clean_name(ent.text)
    return ""


def _writing_for(root: "Token") -> list["Token"]:
    """Participles of writing that tie a name to where it is published: 'Cynthia Drescher, blogging at the
    Britannica Blog', 'Writing for Foreign Policy, Stephen Walt said', 'written by Ben Sandilands at Crikey'."""
    found = [c for c in root.children if c.dep_ in ("acl", "appos", "advcl") and lemma(c) in _WRITING]
    if root.dep_ == "nsubj":  # 'Writing for Foreign Policy, Walt said': the participle hangs from the clause
        found += [c for c in root.head.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < root.i and lemma(c) in _WRITING]
        if root.head.tag_ == "VBG" and lemma(root.head) in _WRITING and root.head.i > root.i:
            found.append(root.head)  # 'Haidt, writing in The Atlantic, argued', parsed with Haidt as the participle's subject
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and lemma(root.head.head) in _WRITING:
        found.append(root.head.head)  # 'written by X at Y'
    return found


def _organisation_phrase(obj: "Token") -> str:
    """The organisation a preposition's object names: its entity ('the Center for Strategic and International
    Studies', which the small model may tag a facility), else its noun phrase when that holds a name. A time or
    an amount is no organisation, whatever its capitals ('who gave birth at St Brigid's in January')."""
    if obj.ent_type_ in TIMES_AND_AMOUNTS:
        return ""
    if obj.ent_type_ in ("ORG", "GPE", "FAC"):
        ent = _entity_at(obj)
        if ent is not None and (whole := _institution_of_a_division(ent)):
            return whole  # "the University of Otago's Department of Marine Science": the university
        if ent is not None and ent.label_ == "ORG" and _person_of_a_body(ent) is not None:
            return _organisation_name(ent)  # 'Femi Adeyemi of Calder Securities', tagged whole: the firm
        if ent is not None:
            return canonical_country(ent.text) or _clean_name(ent.text)
    words = [t for t in obj.subtree if t.dep_ not in ("relcl", "acl", "appos", "punct") and t.i <= obj.i]
    if (cause := cause_named_after(obj)) is not None and not _opens_sentence(words[0]):
        return _clean_name(obj.doc[words[0].i : cause].text)  # 'director of Riders for Brookport Transit'
    if (name := _named_in_close_apposition(obj)):
        return name  # 'chair of the campaign group Patients First Karelund': the name after the noun of a grouping
    named = any(t.ent_type_ in ("ORG", "GPE") or t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
    if named and obj.pos_ == "PROPN" and obj.text[:1].isupper():
        described = [t for t in words if t.is_lower and t.pos_ == "NOUN"]
        if described and all(t.text[:1].isupper() for t in words if t.i > described[-1].i):
            words = [t for t in words if t.i > described[-1].i]  # 'the Berlin think tank Forum Gesundheitspolitik':
            # the name after the words that say what it is
    if named and obj.pos_ in ("NOUN", "PROPN") and obj.text[:1].isupper() or named and obj.pos_ == "NOUN":
        end = obj.i + 1
        if not obj.ent_type_ and obj.pos_ == "PROPN":  # 'of University College London', untagged, the parser hanging
            while end < len(obj.doc) and obj.doc[end].pos_ == "PROPN" and obj.doc[end].is_title and obj.doc[end].ent_type_ != "PERSON":
                end += 1  # 'College London' elsewhere: the capitalised words that go on from the name are its own
        return _clean_name(obj.doc[words[0].i : end].text)  # "the LA Sheriff's office", "ENRD"
    return ""


def _named_in_close_apposition(noun: "Token") -> str:
    """The name set right after a lower-case noun of a grouping (a 'group' by WordNet's first sense: 'the campaign
    group Patients First Karelund', 'the union Unite Scotland'), its head in apposition to the noun and every word
    of it capitalised (close apposition, Quirk et al. 1985, 17.65: the name says which group); '' otherwise."""
    if not noun.is_lower or noun.pos_ != "NOUN" or not is_a(noun.lemma_.lower(), "group"):
        return ""
    name = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i and c.pos_ == "PROPN"), None)
    words = noun.doc[noun.i + 1 : name.i + 1] if name is not None else []
    if not words or not all(t.is_alpha and t.text[:1].isupper() for t in words) or any(t.ent_type_ in ("PERSON", "DATE") for t in words):
        return ""
    return _clean_name(words.text)


def _institution_of_a_division(ent: "Span") -> str:
    """The organisation a named division belongs to, when a possessive names it: "the University of Otago's
    Department of Marine Science" is at the University of Otago (a department, division or branch, by WordNet's
    hypernymy, `senses.is_a`, of a body tagged an organisation); '' otherwise. A person at a department is
    affiliated, as a reader puts it, with the institution (a new user's marine scientist had become the department's
    in one article and the university's in the next, and the memo then kept her as two people)."""
    inside = re.match(r"(?:[Tt]he\s+)?(.+?)['’]s\s+([A-Z].*)$", ent.text)  # one entity over both names
    if inside and is_a(inside.group(2).split(" of ")[0].split()[-1].lower(), "division"):
        return inside.group(1)
    head = ent.text.split(" of ")[0].split()[-1].lower() if ent.text.split() else ""
    if not head.isalpha() or not is_a(head, "division"):
        return ""
    owner = next((c for c in ent.root.children if c.dep_ in ("poss", "nmod") and c.ent_type_ == "ORG"), None)
    owned = _entity_at(owner) if owner is not None else None
    if owned is None or not re.search(r"['’]s?$", owned.text):
        return ""  # the parser may hang the possessor as a modifier ('the University of Otago's' nmod)
    return _clean_name(re.sub(r"^[Tt]he\s+|\s*['’]s?$", "", owned.text))


TIMES_AND_AMOUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
"""Entity types (OntoNotes 5, the scheme of spaCy's English pipelines) of times and amounts: no organisation, and
never what a stance is taken toward (`stances`)."""


def _entity_at(token: "Token") -> "Span | None":
    """The entity `token` is part of, without the function words it closes with (`_name_end`) unless `token` is
    one of them, and with the body's name that possesses it when the recogniser tagged the two apart ("St
    Brennan's" + 'University Hospital', `_possessor_of_a_body_s_name`); None when it is part of none."""
    from spacy.tokens import Span

    doc = token.doc
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            end = _name_end(doc, ent.start, ent.end)
            if token.i < end < ent.end:
                return Span(doc, ent.start, end, label=ent.label_)
            if ent.label_ == "ORG" and ent.start > 1 and _possessor_of_a_body_s_name(doc, ent.start - 1):
                owner = doc[ent.start - 2]
                start = next((e.start for e in doc.ents if e.start <= owner.i < e.end and e.label_ == "ORG"), None)
                if start is not None:
                    return Span(doc, start, ent.end, label="ORG")
            return ent
    return None


def _clean_name(text: str) -> str:
    text = re.sub(r"\s*\([^()]*\)?$", "", text.strip())  # 'Center for a Secure Free Society (SFS)'
    text = re.sub(r"^(?:the|The|a|A|an|An)\s+", "", text.strip())
    return re.sub(r"[’']s$", "", text).strip()
