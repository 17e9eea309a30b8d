"""The memo's reading of short texts with the trained parse: phrases, sentences, names, stance words, numbers.

Everything here reads spaCy's tokens, parts of speech, dependencies and named
entities (`extract.nlp`), parsed once per text and kept in a small cache:

- `topic_problem`: whether a stance target written as a phrase is a noun
  phrase (`any unilateral intervention`) or a gerund phrase (`separating
  Venezuela from Russia`), or a clause fragment that is neither (`respond to
  missile installations`, `the serious mistake made by those`);
  `without_clause` reads a noun phrase that a participle or relative clause
  ends as the noun phrase alone (`the fine imposed by the agency` -> `the fine`);
- `sentence_problem`: whether a text is one complete sentence (a finite verb
  with its subject, a closing mark, no dangling last word), not a list of topics;
- `inventory`: the names, stance words and numbers a sentence states, outside
  what it quotes, for checking each against the facts it was given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extract.nlp import common_noun, common_word, parse

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "NAME_LABELS",
    "Inventory",
    "content_lemmas",
    "described_names",
    "doc",
    "inventory",
    "number_value",
    "polarity",
    "quoted_spans",
    "sentence_problem",
    "topic_problem",
    "without_clause",
    "word_count",
]

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
"""OntoNotes entity types (the labels of spaCy's English pipelines) that name an actor."""

# Lemmas that state a stance, by the label they state. Used to check a sentence's stance words against
# its facts' labels, never to find stances (the briefs did that).
_SUPPORTS = frozenset(
    "support supporter back backing endorse endorsement favor favour praise defend champion ally alliance loyal "
    "loyalty welcome embrace side partner partnership".split()
)
_OPPOSES = frozenset(
    "oppose opposition opponent condemn condemnation criticize criticise criticism critical reject rejection denounce "
    "rebuke resist resistance hostile hostility against adversary enemy".split()
)
_MIXED = frozenset("mixed ambivalent ambiguous".split())
_NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
}
# A phrase or sentence that ends on one of these stops mid-phrase ("... to help a", "... and the").
_DANGLING = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|‘[^’]*’(?!\w)|(?<!\w)'(?:[^']|(?<=\w)'(?=\w))+'(?!\w)")
_CLOSERS = ("”", '"', "’", "'", ")", "»")


@lru_cache(maxsize=512)
def doc(text: str) -> "Doc":
    """The parse of `text` (cached: the memo reads the same evidence and sentences many times)."""
    return parse(text)


def content_lemmas(text: str, parts: tuple[str, ...], *, stop_words: bool = True) -> set[str]:
    """Lemmas (case-folded) of the words of `text` whose part of speech is one of `parts` ('NOUN', 'VERB', ...),
    stop words among them unless `stop_words` is False."""
    return {t.lemma_.casefold() for t in doc(text) if t.is_alpha and t.pos_ in parts and (stop_words or not t.is_stop)}


def word_count(text: str) -> int:
    """Words in `text`: tokens that are not punctuation or space."""
    return sum(1 for t in doc(text) if not (t.is_punct or t.is_space))


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the passages `text` puts in quotation marks (marks included).

    Single marks count when they open after no letter and close before none, so
    that an apostrophe (`Venezuela's`, `don't`) never opens or closes one.
    """
    return [m.span() for m in _QUOTE.finditer(text)]


def polarity(token: "Token") -> str | None:
    """The stance label a token's lemma states ('supports', 'opposes', 'mixed'), or None."""
    lemma = token.lemma_.lower()
    if lemma in _SUPPORTS:
        return "supports"
    if lemma in _OPPOSES:
        return "opposes"
    return "mixed" if lemma in _MIXED else None


def number_value(token: "Token") -> float | None:
    """The value of a number token ('5', '10,000', 'five'), or None when it is not one."""
    text = token.text.lower().replace(",", "")
    if text in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[text])
    try:
        return float(text)
    except ValueError:
        return None


# --------------------------------------------------------------------------- phrases


def topic_problem(phrase: str) -> str:
    """Why `phrase` is not a usable stance target, as a predicate ('ends on ...', 'is a clause fragment ...'); '' when it is one.

    A target is a noun phrase (`potential U.S. unilateral action`, `the return
    to negotiations with the opposition in Mexico`) or a gerund phrase naming an
    action (`separating Venezuela from Russia`). A phrase headed by a verb in
    another form (`respond to ...`, `buy it oil ...`, `allies to prevent ...`,
    where the parse makes `prevent` the head), or a noun phrase that holds a
    verb (`the serious mistake made by those`: cut out of a longer clause), or
    one that ends on a word that needs more (`the support of`) is a fragment.
    """
    joined = re.sub(r"(?<=[a-z])-(?=[a-z])", "", phrase)  # 're-establishing': one word to the parser
    problem = _phrase_problem(joined)
    if problem and joined != phrase and not _phrase_problem(phrase):
        return ""  # 'midwife-led maternity unit': read whole, 'midwifeled' is an unknown verb; with its hyphen, a noun phrase
    if problem.startswith("is a clause fragment") and _named_verb(joined) and _noun_phrase_in_a_frame(phrase):
        return ""  # 'Fondaryo hydropower dam on the upper Zarafshan River': a name the parser took for a verb alone
    return problem


def _named_verb(phrase: str) -> bool:
    """Whether the parse of `phrase` alone has a verb that is a capitalised word no English lexicon holds (WordNet's
    index, `nlp.common_word`): a name the parser could not read ('Fondaryo'), no verb."""
    parsed = doc(phrase)
    return any(t.pos_ in ("VERB", "AUX") and t.text[:1].isupper() and not common_word(t.text, parsed) for t in parsed)


def _noun_phrase_in_a_frame(phrase: str) -> bool:
    """Whether `phrase`, parsed as the object of a carrier sentence (`_FRAME`), is one noun phrase whose only verbs
    are adjectival participles or stand in a content clause of one of its nouns, so a target the parse of the
    phrase alone made a clause ('Fondaryo hydropower dam on the upper Zarafshan River': an unknown name read as a
    verb) is the noun phrase it is in its sentence. A participle or relative clause that ends the phrase ('the
    serious mistake made by those') keeps it a fragment."""
    parsed = doc(f"{_FRAME}{phrase}.")
    inside = [t for t in parsed if t.idx >= len(_FRAME) and not t.is_punct and not t.is_space]
    objects = [t for t in parsed if t.dep_ == "dobj" and t.head.i == 1 and t.pos_ == "NOUN" and common_noun(t.text, parsed)]
    head = next((o for o in objects if inside and inside[-1].i in {t.i for t in o.subtree}), None)
    if head is None:
        return False  # ('respond to the crisis': 'respond', no English noun, the frame's object)
    subtree = {t.i for t in head.subtree}
    if not all(t.i in subtree or t.pos_ == "PROPN" and t.i < head.left_edge.i for t in inside):
        return False  # (a name's words before the head the parser split off as another object: 'Fondaryo')
    content = {
        t.i
        for clause in parsed
        if clause.dep_ in ("acl", "ccomp") and clause.head.pos_ == "NOUN" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        for t in clause.subtree
    }
    return not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" and t.i not in content for t in inside)


def _phrase_problem(joined: str) -> str:
    tokens = [t for t in doc(joined) if not t.is_space]
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return "is empty"
    named = len(words) > 1 and words[-1].tag_ == "POS" and words[-2].pos_ == "PROPN" and words[-1].whitespace_ == ""
    if (words[-1].pos_ in _DANGLING or words[-1].tag_ in ("DT", "WDT", "WP")) and not named:  # "bringing Harvest and
        return f"ends on '{words[-1].text}'"  # Dalby's": a shop's name in the possessive, as Sainsbury's is, dangles not
    roots = [t for t in tokens if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return "has more than one clause"
    root = roots[0]
    if root.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        verbs = [t for t in words if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") and not _nonfinite(t)]
        return f"is a clause fragment (the verb '{verbs[0].text}')" if verbs else ""
    if root.pos_ == "VERB" and root.tag_ == "VBG":  # 'separating Venezuela from Russia', 'Venezuela joining the war'
        return ""
    if len(words) == 1 and root.tag_ in ("VB", "VBP", "VBD", "VBN", "VBZ") and common_noun(root.text, root.doc):
        return ""  # 'charge', 'strike', 'cut' alone: no context to tell, and the lexicon has them as nouns too
    clausal = any(c.dep_ in ("nsubj", "nsubjpass", "expl", "dobj", "ccomp") for c in root.children)
    if root.i == words[0].i and root.tag_ == "VBZ" and not clausal and common_noun(root.text, root.doc):
        return ""  # 'plans to move consultant-led births', 'cuts to bus services': a plural noun, no subject or object
    determined = root.pos_ == "ADJ" and root.i == words[-1].i and any(c.dep_ == "det" and c.i == words[0].i for c in root.children)
    if determined and common_noun(root.text, root.doc):
        return ""  # 'the fine', 'the poor': a determiner makes the last word a noun, however the tagger read it
    modified = len(words) > 1 and root.i == words[-1].i and all(c.dep_ in ("advmod", "amod") and c.i == root.i - 1 for c in root.children)
    if modified and root.tag_ in ("VB", "VBP") and common_noun(root.text, root.doc):
        return ""  # 'better pay', 'fair pay': one modifier before a noun, which the tagger read as a verb
    after_a_plural = len(words) > 1 and words[-2].tag_ == "NNS" and root.tag_ in ("VBP", "VB")
    if root.i == words[-1].i and (root.tag_ == "VBZ" or after_a_plural) and len(words) > 1 and _object_in_a_frame(joined):
        return ""  # 'limited rent controls', 'price controls': a plural noun the tagger took for a verb with a subject;
        # 'the jobs figure': a noun after a plural one, which the tagger took for a verb in the present
    infinitive = any(c.dep_ == "xcomp" and _nonfinite(c) for c in root.children)
    if root.i == words[0].i and root.tag_ in ("VB", "VBP") and infinitive and not clausal and common_noun(root.text, root.doc):
        return ""  # 'plan to extend a limestone quarry': a noun and its infinitive, which the parser took for a verb's
    return f"is a clause fragment, not a noun phrase (headed by the {root.pos_.lower()} '{root.text}')"


_FRAME = "We discussed "
"""A carrier sentence that asks the parser for a noun phrase: its object slot."""


def _object_in_a_frame(phrase: str) -> bool:
    """Whether `phrase`, parsed as the object of a carrier sentence (`_FRAME`: 'We discussed limited rent
    controls.'), is one noun phrase: its last word a noun that is the object, every word of it in that noun's
    subtree, and no verb in it but an adjectival participle ('limited', 'targeted'). Parsed alone, a phrase that
    ends in a plural noun may read as a clause ('price controls': 'price' its subject); a stance target is a noun
    phrase, and the frame gives the parser the context a phrase cut out of its sentence lacks."""
    parsed = doc(f"{_FRAME}{phrase}.")
    inside = [t for t in parsed if t.idx >= len(_FRAME) and not t.is_punct and not t.is_space]
    if not inside:
        return False
    head = inside[-1]
    if head.pos_ != "NOUN" or head.dep_ != "dobj":
        return False
    subtree = {t.i for t in head.subtree}
    return all(t.i in subtree for t in inside) and not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in inside)


def without_clause(phrase: str) -> str:
    """The noun phrase `phrase` opens with, cut before the participle or relative clause that ends it, when the
    whole is a clause fragment (`topic_problem`) and the cut is none: 'the £11.4 million fine' of 'the £11.4 million
    fine imposed by the Environment Standards Agency last week', 'a formal appeal against the 12-point deduction'
    of '... imposed on the club', 'the proposal' of 'the proposal that would close the clinic'. '' when `phrase` is
    no such phrase; a content clause ('the possibility that Russia could send troops') is the noun's content, not
    a modifier, and is never cut. The clause says which thing the writer means; the noun phrase is what the holder
    is for or against, and what other articles call it."""
    if not topic_problem(phrase):
        return ""
    tokens = [t for t in doc(phrase) if not t.is_space]
    roots = [t for t in tokens if t.dep_ == "ROOT"]
    words = [t for t in tokens if not t.is_punct]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN") or not words:
        return ""
    for clause in tokens:
        if clause.dep_ not in ("acl", "relcl") or clause.head.pos_ not in ("NOUN", "PROPN") or clause.left_edge.i <= clause.head.i:
            continue
        if any(c.dep_ == "mark" for c in clause.children) or clause.right_edge.i < words[-1].i:
            return ""
        cut = tokens[0].doc[tokens[0].i : clause.left_edge.i].text.strip(" ,;:")
        return cut if cut and not topic_problem(cut) else ""
    return ""


def _nonfinite(verb: "Token") -> bool:
    """Whether `verb` is an infinitive with its 'to' ('the plan to extend the quarry', 'the decision to close six
    libraries') or a gerund ('the cost of running the plant'): a noun phrase holds such a verb, not a clause cut out
    of a longer one. Auxiliaries ('to be built') count with the verb they serve."""
    if verb.tag_ == "VBG" and verb.dep_ != "ROOT":
        return True
    head = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children)


# --------------------------------------------------------------------------- sentences


def sentence_problem(text: str) -> str:
    """Why `text` is not one complete sentence an analyst could sign ('' when it is).

    Complete: it ends with a full stop, question or exclamation mark (a closing
    quotation mark or bracket may follow), its main clause has a finite verb
    with a subject, and its last word does not leave a phrase open. Quoted
    passages are the speaker's, so a sentence may quote several sentences.
    """
    text = " ".join(text.split())
    if not text:
        return "empty"
    if not text.rstrip("".join(_CLOSERS)).endswith((".", "!", "?")):
        return "does not end as a sentence ends"
    quotes = quoted_spans(text)
    parsed = doc(text)
    outside = [t for t in parsed if not _inside(t.idx, quotes) and not (t.is_punct or t.is_space)]
    if not outside:
        return "only a quotation"
    if outside[-1].pos_ in _DANGLING and outside[-1].idx + len(outside[-1]) >= len(text.rstrip(". !?”\"’')»")):
        return f"stops mid-phrase ('{outside[-1].text}')"
    starts = [s for s in parsed.sents if not _inside(s.start_char, quotes)]
    if len(starts) > 1:
        return "more than one sentence"
    root = next(iter(parsed.sents)).root
    if root.pos_ not in ("VERB", "AUX"):
        return f"no main verb: a list of topics, not a sentence (headed by '{root.text}')"
    if not _has_subject(root):
        return "its main verb has no subject"
    return ""


def _has_subject(root: "Token") -> bool:
    if any(c.dep_ in _SUBJECTS for c in root.children):
        return True
    # "X supports Y and opposes Z": a conjoined verb shares the first verb's subject
    return root.dep_ == "conj" and _has_subject(root.head)


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


# --------------------------------------------------------------------------- what a sentence states


@dataclass(frozen=True)
class Inventory:
    """What a sentence states outside its quotations: names (with entity type), stance labels, numbers, quotes."""

    names: tuple[tuple[str, str], ...]
    labels: frozenset[str]
    numbers: frozenset[float]
    quotes: tuple[str, ...]


def described_names(text: str) -> list[tuple[str, frozenset[str]]]:
    """(name, the lemmas of the common nouns of the role it is given) for each name a sentence describes by an
    apposition between commas, outside its quotations: 'Nicolás Maduro, Venezuela's president,' -> ('Nicolás Maduro',
    {'president'}); 'Colin Marsh and Jo Kettering, both RMT general secretaries,' gives the role to both names."""
    quotes = quoted_spans(text)
    parsed = doc(text)
    out = []
    for role in parsed:
        if role.dep_ != "appos" or role.pos_ != "NOUN" or _inside(role.idx, quotes) or role.head.pos_ != "PROPN":
            continue
        after = parsed[role.right_edge.i + 1] if role.right_edge.i + 1 < len(parsed) else None
        if after is None or after.text != ",":
            continue  # set off by commas on both sides ('..., all three articles report.' is no apposition)
        nouns = frozenset(t.lemma_.lower() for t in role.subtree if t.pos_ == "NOUN")
        for named in [role.head, *role.head.conjuncts]:
            entity = next((e for e in parsed.ents if e.start <= named.i < e.end), None)
            out.append((_trim(entity) if entity is not None else named.text, nouns))
    return out


def inventory(text: str, known_names: tuple[str, ...] = ()) -> Inventory:
    """The names, stance labels and numbers `text` states outside its quotations, and what it quotes.

    Names are the named entities of the parse (people, organisations,
    countries, nationalities, places) plus any of `known_names` written in the
    text, which catches a name the entity recogniser missed.
    """
    quotes = quoted_spans(text)
    parsed = doc(text)
    names: dict[tuple[int, int], tuple[str, str]] = {}
    for entity in parsed.ents:
        if entity.label_ in NAME_LABELS and not _inside(entity.start_char, quotes):
            names[(entity.start_char, entity.end_char)] = (_trim(entity), entity.label_)
    for name in known_names:
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            span = match.span()
            if not _inside(span[0], quotes) and not any(s <= span[0] < e for s, e in names):
                names[span] = (name, "KNOWN")
    outside = [t for t in parsed if not _inside(t.idx, quotes)]
    labels = frozenset(label for t in outside if (label := polarity(t)))
    numbers = frozenset(
        value for t in outside if t.like_num and not _inside_name(t, names) and (value := number_value(t)) is not None
    )
    return Inventory(
        names=tuple(names[k] for k in sorted(names)),
        labels=labels,
        numbers=numbers,
        quotes=tuple(text[s + 1 : e - 1] for s, e in quotes),
    )


def _trim(entity: "Span") -> str:
    """An entity's text without a leading 'the' and a trailing possessive."""
    words = [t for t in entity if not (t.i == entity.start and t.lower_ == "the") and t.tag_ != "POS"]
    return " ".join(t.text for t in words) if words else entity.text


def _inside_name(token: "Token", names: dict[tuple[int, int], tuple[str, str]]) -> bool:
    return any(s <= token.idx < e for s, e in names)
