"""Cross-article entity resolution: one entity for each actor, however each article names it.

Deterministic, and conservative where it matters:

- names are compared after normalisation (accents, case, punctuation, titles
  such as `Mr`, `President`, `Russian Foreign Minister` dropped);
- the aliases each brief gives for an actor bind those names within that article,
  except an alias that is another actor's name in the same brief;
- people merge across articles on the same full name, or a near-identical one
  (`Sergey` ~ `Sergei`, `Delcy` ~ `Delsy`: every name part must be close, checked
  with rapidfuzz); a bare surname joins the one person who has it, never one of
  several; two people who share a surname but not a first name stay apart;
- a first name is never another first name: a spelling variant differs inside
  the name or by `y`/`i` (`Dmitry` ~ `Dimitri`), while a different ending or an
  added ending makes another name (`Maria` / `Mario`, `Daniel` / `Daniela`,
  `Jan` / `Jana`: the feminine and masculine forms of Romance, Slavic and
  Germanic names differ in their endings);
- two people whose roles or affiliations conflict never merge, whatever their
  names: both tied to states and none in common (`Russian Foreign Minister` /
  `Venezuelan Foreign Minister`), or both to organisations and none in common;
- countries and organisations merge when one's name is among the other's names,
  through a small table of stand-ins (`Moscow`, `the Kremlin` -> Russia) or as an
  acronym (`NATO` / `North Atlantic Treaty Organization`), or by one name, one
  article writing it with a company's legal form (`Corvell Group plc` /
  `Corvell Group`, `extract.actors.without_legal_form`).

An ambiguous bare surname can be settled by `decisions` (for example a model's
answer to a constrained question, see `memos.questions`); otherwise it is kept
apart, reported, and listed in `Resolution.ambiguities`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from rapidfuzz import fuzz
from unidecode import unidecode

from ..extract.actors import SURNAME_PARTICLES, without_legal_form
from ..extract.entities import canonical_country, country_of_demonym
from ..extract.nlp import TITLE_EXPANSIONS
from ..extract.senses import PERSON, noun_class
from ..schema import ActorKind, Brief
from .schema import Entity, KeptApart, Merge

__all__ = [
    "same_given_name",
    "Ambiguity",
    "Decision",
    "Resolution",
    "name_key",
    "person_key",
    "resolve_entities",
]

TITLES = frozenset(
    """mr mrs ms miss dr prof professor sir dame lord lady president vice prime minister deputy foreign
    secretary general gen chancellor senator sen rep representative congressman congresswoman governor gov
    ambassador spokesman spokeswoman spokesperson former leader king queen prince princess colonel col
    admiral commander chief director executive head chairman chairwoman chair mayor defense defence interior
    finance affairs state supreme dictator comrade the his her of analyst envoy premier emir sheikh pope
    judge justice lt lieutenant captain capt sgt sergeant marshal minister-president""".split()
)
GEO_WORDS = frozenset(
    """russia russian russians venezuela venezuelan venezuelans us usa american americans united states china
    chinese iran iranian cuba cuban colombia colombian ukraine ukrainian nato kremlin moscow washington caracas
    beijing european eu un bolivarian soviet british uk france french germany german israel israeli""".split()
)
NOT_A_PERSON = frozenset(
    "regime government administration office ministry house party people forces army embassy".split()
)
STAND_INS = {
    "moscow": "russia",
    "kremlin": "russia",
    "russian federation": "russia",
    "russian government": "russia",
    "washington": "united states",
    "white house": "united states",
    "usa": "united states",
    "united states of america": "united states",
    "us government": "united states",
    "caracas": "venezuela",
    "miraflores": "venezuela",
    "bolivarian republic of venezuela": "venezuela",
    "venezuelan government": "venezuela",
    "beijing": "china",
    "peoples republic of china": "china",
    "tehran": "iran",
    "havana": "cuba",
    "kyiv": "ukraine",
    "kiev": "ukraine",
    "bogota": "colombia",
    "london": "united kingdom",
    "downing street": "united kingdom",
}
_MINOR_WORDS = frozenset("of the and for a an de del la".split())
FIRST_NAME_MIN = 75.0
SURNAME_MIN = 85.0
FULL_NAME_MIN = 85.0


# --------------------------------------------------------------------------- normalisation


def _tokens(surface: str) -> list[tuple[str, str]]:
    """(folded, original) word pairs; brackets and dots dropped, hyphens split."""
    text = re.sub(r"[()\[\]]", " ", surface)
    words = re.split(r"[\s\-‐–—/]+", text)
    out = []
    for word in words:
        original = word.strip(".,;:!?\"'“”‘’")
        folded = re.sub(r"[^a-z0-9]", "", unidecode(original).lower())
        if folded:
            out.append((folded, original))
    return out


def name_key(surface: str) -> str:
    """Normalised key of a country, organisation or group name (stand-ins mapped)."""
    words = [w for w, _ in _tokens(surface)]
    while words and words[0] == "the":
        words = words[1:]
    key = " ".join(words)
    return STAND_INS.get(key, key)


def person_key(surface: str) -> str:
    """Normalised personal name: titles and leading descriptions dropped; '' if none is left.

    `Venezuelan Vice President Delsy Rodriguez` -> `delsy rodriguez`;
    `President (Vladimir) Putin` -> `vladimir putin`; `the Russian leader` -> ``; `A spokesperson for Mr
    Ferrante` -> `` (the name after 'for' or 'to' and titles is whom the source serves, not the source).
    """
    surface = re.sub(r"(?<=[^\W\d_])([-‐])([^\W\d_])", lambda m: m.group(1) + m.group(2).upper(), surface)  # 'Kim Seo-yeon',
    # 'Moon Jae-in': the second syllable of a hyphenated given name (Revised Romanization of Korean) is no word
    # in lower case
    tokens = _tokens(surface)
    last_title = max((i for i, (w, _) in enumerate(tokens) if w in TITLES), default=-1)
    for w, _ in reversed(tokens[: last_title + 1]):
        if w in ("for", "to"):
            return ""  # 'A spokesperson for Mr Ferrante', 'an adviser to President Ruto': someone who serves the person
        if w not in TITLES:
            break
    rest = tokens[last_title + 1 :]
    if not rest or any(not o[:1].isupper() and not o[:1].isdigit() and (w not in SURNAME_PARTICLES or n == 0) for n, (w, o) in enumerate(rest)):
        return ""  # 'Jan van der Berg' has a surname's particles in lower case ('van der'; nameparser's list)
    words = [w for w, _ in rest]
    if any(w in NOT_A_PERSON for w in words) or all(w in GEO_WORDS for w in words):
        return ""
    return " ".join(words)


def acronym(key: str) -> str:
    words = [w for w in key.split() if w not in _MINOR_WORDS]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _ratio(a: str, b: str) -> float:
    return fuzz.ratio(a, b)


def same_given_name(a: str, b: str) -> bool:
    """Whether two folded first names are one name spelled two ways (see the module docstring).

    `y` and `i` count as one letter (`Sergey` / `Sergei`, `Yury` / `Yuri`); an
    added ending (`Jan` / `Jana`) or a different last letter (`Maria` / `Mario`)
    is another name; other differences must leave the names close (rapidfuzz
    ratio >= FIRST_NAME_MIN: `Delcy` / `Delsy`, `Dmitry` / `Dimitri`).
    """
    fa, fb = a.replace("y", "i"), b.replace("y", "i")
    if fa == fb:
        return True
    short, long_ = sorted((fa, fb), key=len)
    if not short or long_.startswith(short) or fa[-1] != fb[-1]:
        return False
    return _ratio(fa, fb) >= FIRST_NAME_MIN


def names_compatible(a: str, b: str) -> tuple[bool, str]:
    """Whether two full person keys name the same person, and how that was decided."""
    if a == b:
        return True, "same name once accents, case and titles are set aside"
    ta, tb = a.split(), b.split()
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if not same_given_name(short[0], long_[0]):
        return False, "different first names"
    if len(ta) == len(tb):
        parts_close = all(_ratio(x, y) >= SURNAME_MIN for x, y in zip(ta[1:], tb[1:]))
        score = fuzz.token_sort_ratio(a, b)
        if parts_close and score >= FULL_NAME_MIN:
            return True, f"near-identical spelling (rapidfuzz {score:.0f})"
        return False, "different names"
    if all(any(_ratio(x, y) >= SURNAME_MIN for y in long_[1:]) for x in short[1:]):
        return True, "the shorter name is part of the longer one"
    return False, "different names"


# --------------------------------------------------------------------------- records


@dataclass
class _Record:
    """One actor (or cited source) as one brief names it."""

    article: str
    name: str
    names: list[str]
    kind: ActorKind
    roles: list[str] = field(default_factory=list)
    from_source: bool = False
    affiliations: list[str] = field(default_factory=list)

    @property
    def person(self) -> bool:
        return self.kind == "person"

    def person_keys(self) -> set[str]:
        return {k for k in map(person_key, self.names) if k}

    def full_key(self) -> str:
        own = person_key(self.name)
        if len(own.split()) >= 2:
            return own
        multi = sorted((k for k in self.person_keys() if len(k.split()) >= 2), key=lambda k: (-len(k.split()), k))
        return multi[0] if multi else ""

    def org_keys(self) -> set[str]:
        keys = {k for k in map(name_key, self.names) if k}
        return keys | {a for a in map(acronym, keys) if a}

    def anchor(self) -> str:
        return name_key(self.name)


def _guess_kind(name: str, source_type: str) -> ActorKind:
    """The kind of a source no brief lists as an actor: an outlet or a body as itself is an organisation; a
    description headed by a noun whose first WordNet sense is a person ('A ministry spokesperson', 'a senior
    official'; `extract.senses.noun_class`) is a person, or a group in the plural ('Analysts'); a personal name
    of two words or more a person; anything else an organisation."""
    if source_type in ("media", "organization"):
        return "organization"
    words = re.findall(r"[A-Za-z]+", name.lower())
    head = words[-1] if words else ""
    if head and noun_class(head) == PERSON:
        return "person"
    if head.endswith("s") and noun_class(head[:-1]) == PERSON:
        return "group"
    return "person" if len(person_key(name).split()) >= 2 else "organization"


def _told_apart(briefs: list[Brief]) -> set[frozenset[str]]:
    """Pairs of names (`name_key`s) that one brief gives two separate actors ('Nordholm', the country, and the
    'Nordholm Industry Federation'): an alias another brief gives one of them for the other is its article's
    short form, or a slip, and joins nothing across articles."""
    pairs: set[frozenset[str]] = set()
    for brief in briefs:
        keys = sorted({k for k in (name_key(a.name) for a in brief.actors) if k})
        pairs.update(frozenset((a, b)) for n, a in enumerate(keys) for b in keys[n + 1 :])
    return pairs


def _records(briefs: Iterable[Brief]) -> list[_Record]:
    records: list[_Record] = []
    briefs = list(briefs)
    apart = _told_apart(briefs)
    for brief in briefs:
        own: list[_Record] = []
        others = {a.name.casefold() for a in brief.actors}
        for actor in brief.actors:
            # an alias that is another actor's name in the same brief ('Armenia' for 'Unzipped: Gay Armenia') names that actor
            aliases = [a for a in actor.aliases if a.casefold() not in others - {actor.name.casefold()}]
            aliases = [a for a in aliases if frozenset((name_key(a), name_key(actor.name))) not in apart]
            names = _unique([actor.name, *aliases])
            own.append(_Record(brief.article_id, actor.name, names, actor.kind, [actor.role] if actor.role else []))
        for source in brief.sources:
            match = _same_article_match(own, source.name)
            if match is not None:
                if source.role and source.role not in match.roles:
                    match.roles.append(source.role)
                if source.affiliation and source.affiliation not in match.affiliations:
                    match.affiliations.append(source.affiliation)
                continue
            kind = _guess_kind(source.name, source.type)
            roles = [source.role] if source.role else []
            affiliations = [source.affiliation] if source.affiliation else []
            own.append(_Record(brief.article_id, source.name, [source.name], kind, roles, True, affiliations))
        records.extend(own)
    return records


def _same_article_match(records: list[_Record], surface: str) -> _Record | None:
    folded = surface.casefold().strip()
    for record in records:
        if folded in (n.casefold() for n in record.names):
            return record
    pkey, okey = person_key(surface), name_key(surface)
    for record in records:
        if record.person and pkey and (pkey in record.person_keys() or pkey == record.full_key()):
            return record
        if not record.person and okey and okey in record.org_keys():
            return record
    return None


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        item = " ".join(item.split())
        if item and item.casefold() not in seen:
            seen[item.casefold()] = item
    return list(seen.values())


# --------------------------------------------------------------------------- clustering


class _Clusters:
    def __init__(self, records: list[_Record]) -> None:
        self.parent = list(range(len(records)))
        self.reasons: dict[int, list[str]] = defaultdict(list)
        self.keys: dict[int, set[str]] = {i: {r.full_key()} - {""} for i, r in enumerate(records)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int, reason: str) -> None:
        a, b = self.find(i), self.find(j)
        if a == b:
            return
        self.parent[b] = a
        self.reasons[a].extend(self.reasons.pop(b, []))
        self.keys[a] |= self.keys.pop(b, set())
        if reason not in self.reasons[a]:
            self.reasons[a].append(reason)

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return out


@dataclass(frozen=True)
class Ambiguity:
    """A bare name in one article that could be any of several entities."""

    article: str
    name: str
    candidates: tuple[str, ...]
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Decision:
    """Who an ambiguous name refers to: one of its candidates, or anything else (e.g. 'unclear') to keep it apart.

    `reason` is shown with the merge (or beside the names kept apart).
    """

    choice: str
    reason: str = ""

    @classmethod
    def of(cls, value: "str | Decision") -> "Decision":
        return value if isinstance(value, Decision) else cls(value)


def _cluster_people(records: list[_Record], idx: list[int], uf: _Clusters, kept: list[KeptApart]) -> None:
    by_key: dict[str, list[int]] = defaultdict(list)
    for i in idx:
        if records[i].full_key():
            by_key[records[i].full_key()].append(i)
    for key, members in by_key.items():
        for j in members[1:]:
            home = next((m for m in members[: members.index(j)] if not _conflict(records, uf, m, j, same_name=True)), None)
            if home is None:
                _keep_apart(kept, [records[members[0]].name, records[j].name], f"same name, {_conflict(records, uf, members[0], j, same_name=True)}: not merged")
            else:
                uf.union(home, j, _same_name_reason(records[home], records[j]))
    keys = sorted(by_key)
    for n, ki in enumerate(keys):
        for kj in keys[n + 1 :]:
            i, j = by_key[ki][0], by_key[kj][0]
            if uf.find(i) == uf.find(j):
                continue
            ok, how = names_compatible(ki, kj)
            conflict = _conflict(records, uf, i, j) if ok else ""
            if ok and not conflict and _cluster_compatible(uf, i, j):
                uf.union(i, j, f"'{records[i].name}' / '{records[j].name}': {how}")
            elif ki.split()[-1] == kj.split()[-1] or ok:
                why = conflict or (how if not ok else "conflicting names in the group")
                _keep_apart(kept, [records[i].name, records[j].name], f"same surname, {why}: not merged")


def _conflict(records: list[_Record], uf: _Clusters, i: int, j: int, *, same_name: bool = False) -> str:
    """How the roles or affiliations of the groups of `i` and `j` conflict ('' when they do not).

    Both groups tied to states (by a role's nationality or country, or an
    affiliation that is a state) with none in common, or both to organisations
    with none in common. For one full name written the same (`same_name`),
    organisations alone do not conflict when the two hold the same role
    (`Councilmember Gary Pruitt` in two articles, tied once to the council and
    once to a merchants' group) or one is given no role at all (`Tom Achebe
    told Westmoor Radio the authority was ...`, whose body the model chose from
    the bodies around him): a brief's affiliation without a role is most often
    a model's choice, and the name agrees.
    """
    a, b = _ties(records, uf, i), _ties(records, uf, j)
    for what, (x, y) in (("states", (a[0], b[0])), ("organisations", (a[1], b[1]))):
        if x and y and not any(_same_body(p, q) for p in x for q in y):
            if what == "organisations" and same_name and (_same_role(records, uf, i, j) or not (_roles(records, uf, i) and _roles(records, uf, j))):
                continue
            return f"their {what} differ ({', '.join(sorted(x))} / {', '.join(sorted(y))})"
    return ""


def _roles(records: list[_Record], uf: _Clusters, k: int) -> list[str]:
    """The roles the briefs give anyone in the group of `k`."""
    root = uf.find(k)
    return [role for n, r in enumerate(records) if uf.find(n) == root for role in r.roles]


def _same_role(records: list[_Record], uf: _Clusters, i: int, j: int) -> bool:
    """Whether the groups of `i` and `j` share a role word ('Mayor', 'Councilmember'), compared case-folded by its
    first five letters, as the extraction compares words ('Councillor' and "the council's cabinet member"); an
    abbreviated title counts as the word it stands for (`TITLE_EXPANSIONS`: 'Sen.' and 'Democratic senator')."""
    from spacy.lang.en.stop_words import STOP_WORDS

    def words(k: int) -> set[str]:  # 'MP'; an abbreviated title as the word it stands for ('Sen.' and 'senator')
        found = (w for role in _roles(records, uf, k) for w in re.findall(r"[a-z]{2,}", role.casefold()) if w not in STOP_WORDS)
        return {TITLE_EXPANSIONS.get(w, w)[:5] for w in found}

    return bool(words(i) & words(j))


def _ties(records: list[_Record], uf: _Clusters, i: int) -> tuple[set[str], set[str]]:
    """(states, organisations) the members of `i`'s group are tied to, as name keys."""
    root = uf.find(i)
    states, bodies = set(), set()
    for record in (r for k, r in enumerate(records) if uf.find(k) == root):
        for text in record.roles + record.affiliations:
            states |= _states_in(text)
        for affiliation in record.affiliations:
            country = canonical_country(affiliation)
            if country:
                states.add(name_key(country))
            elif not _states_in(affiliation) and name_key(affiliation):
                bodies.add(name_key(affiliation))
    return states, bodies


def _states_in(text: str) -> set[str]:
    """Name keys of the states a role or affiliation names: `Russian Foreign Minister` -> {'russia'}."""
    found = set()
    for word in re.findall(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*", text):
        for part in {word, *word.split()}:
            country = country_of_demonym(part)
            if country:
                found.add(name_key(country))
    return found


def _same_body(a: str, b: str) -> bool:
    """Whether two organisations' name keys name one body: the same, one the other's acronym or inside it, or the
    same words in another order around 'of' ('university of leeds' and 'leeds university')."""
    if a == b or a == acronym(b) or b == acronym(a) or f" {a} " in f" {b} " or f" {b} " in f" {a} ":
        return True
    return _name_words(a) == _name_words(b)


def _name_words(key: str) -> frozenset[str]:
    return frozenset(key.split()) - {"of", "the", "for", "and", "at"}


def _same_name_reason(a: _Record, b: _Record) -> str:
    if a.name == b.name:
        return f"'{a.name}': same name"
    return f"'{a.name}' / '{b.name}': same name once accents, case and titles are set aside"


def _cluster_compatible(uf: _Clusters, i: int, j: int) -> bool:
    keys_a, keys_b = uf.keys[uf.find(i)], uf.keys[uf.find(j)]
    return all(names_compatible(x, y)[0] for x in keys_a for y in keys_b)


def _attach_bare_names(
    records: list[_Record],
    idx: list[int],
    uf: _Clusters,
    kept: list[KeptApart],
    decisions: Mapping[tuple[str, str], str | Decision],
) -> list[Ambiguity]:
    ambiguities = []
    bare = [i for i in idx if not records[i].full_key() and records[i].person_keys()]
    named = [i for i in idx if records[i].full_key()]
    for i in bare:
        record = records[i]
        word = sorted(record.person_keys())[0]
        roots = {uf.find(j) for j in named if _surname_matches(word, records[j])}
        if len(roots) == 1:
            root = roots.pop()
            uf.union(root, i, f"'{record.name}' ({record.article}): surname of {_root_name(records, uf, root)}, the only person by that name")
            continue
        if len(roots) > 1:
            decided = (record.article, record.name) in decisions
            decision = Decision.of(decisions[(record.article, record.name)]) if decided else None
            root = _chosen_root(records, uf, roots, decision.choice) if decision else None
            if decision and root is not None:
                uf.union(root, i, decision.reason or f"'{record.name}' ({record.article}): resolved to {decision.choice} by the tie-breaker")
                continue
            candidates = tuple(sorted(_root_name(records, uf, r) for r in roots))
            ambiguities.append(Ambiguity(record.article, record.name, candidates, tuple(record.roles)))
            why = f" ({decision.reason})" if decision and decision.reason else ""
            _keep_apart(kept, [record.name, *candidates], f"'{record.name}' could be any of {', '.join(candidates)}: not merged{why}")
        for j in bare:
            if j != i and word in records[j].person_keys() and uf.find(i) != uf.find(j) and not roots:
                uf.union(i, j, f"'{record.name}' / '{records[j].name}': same name")
    return ambiguities


def _chosen_root(records: list[_Record], uf: _Clusters, roots: set[int], choice: str) -> int | None:
    """The candidate group named `choice` (by its shown name or its full name); None when none is."""
    key = person_key(choice)
    for root in sorted(roots):
        if _root_name(records, uf, root) == choice or (key and key in uf.keys[root]):
            return root
    return None


def _surname_matches(word: str, record: _Record) -> bool:
    surname = record.full_key().split()[-1]
    return word == surname or (len(word) > 3 and _ratio(word, surname) >= 90)


def _root_name(records: list[_Record], uf: _Clusters, root: int) -> str:
    members = [records[k] for k in range(len(records)) if uf.find(k) == root]
    return _canonical_name(members)


def _keep_apart(kept: list[KeptApart], names: list[str], reason: str) -> None:
    names = sorted(set(names))
    if not any(k.names == names for k in kept):
        kept.append(KeptApart(names=names, reason=reason))


def _cluster_others(records: list[_Record], idx: list[int], uf: _Clusters) -> None:
    for n, i in enumerate(idx):
        for j in idx[n + 1 :]:
            if uf.find(i) == uf.find(j):
                continue
            reason = _org_link(records[i], records[j])
            if reason:
                uf.union(i, j, reason)


def _org_link(a: _Record, b: _Record) -> str:
    pair = f"'{a.name}' / '{b.name}'"
    anchor_a, anchor_b = a.anchor(), b.anchor()
    if anchor_a == anchor_b:
        return f"{pair}: same name" if _plain(a.name) == _plain(b.name) else f"{pair}: one stands for the other"
    if anchor_a == acronym(anchor_b) or anchor_b == acronym(anchor_a):
        return f"{pair}: acronym"
    if anchor_a in b.org_keys() or anchor_b in a.org_keys():
        return f"{pair}: listed among each other's names"
    if a.kind == b.kind == "organization" and name_key(without_legal_form(a.name)) == name_key(without_legal_form(b.name)):
        return f"{pair}: one name, one with its legal form"  # 'Corvell Group plc' in one article, 'Corvell Group' in another
    return ""


def _plain(name: str) -> str:
    return " ".join(w for w, _ in _tokens(name) if w != "the")


# --------------------------------------------------------------------------- entities


def _canonical_name(members: list[_Record]) -> str:
    counts = Counter(m.name for m in members if not m.from_source) or Counter(m.name for m in members)
    stand_in_targets = set(STAND_INS.values())

    every_name = [n for m in members for n in m.names]

    def support(name: str) -> int:
        """How many names in the group use each word of this one as spelled (outvotes a misspelling)."""
        return sum(1 for word in name.split() for other in every_name if word in other.split())

    def rank(name: str) -> tuple:
        is_country = name_key(name) == _plain(name) and _plain(name) in stand_in_targets
        titled = bool(_tokens(name)) and _tokens(name)[0][0] in TITLES
        accents = sum(1 for ch in name if ord(ch) > 127)
        return (-is_country, titled, -counts[name], -len(name.split()), -support(name), -accents, name)

    return sorted(counts, key=rank)[0]


def _slug(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", unidecode(name).lower()).strip("-") or "entity"
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


class Resolution:
    """Entities, the merges that made them, and a lookup from any name used in an article."""

    def __init__(
        self,
        entities: list[Entity],
        merges: list[Merge],
        kept_apart: list[KeptApart],
        ambiguities: list[Ambiguity],
        owners: list[tuple[str, _Record]],
    ) -> None:
        self.entities = entities
        self.merges = merges
        self.kept_apart = kept_apart
        self.ambiguities = ambiguities
        self._by_id = {e.id: e for e in entities}
        self._owners = owners
        self._by_article: dict[str, list[tuple[str, _Record]]] = defaultdict(list)
        for owner in owners:
            self._by_article[owner[1].article].append(owner)
        self._cache: dict[tuple[str, str | None], str | None] = {}

    def entity(self, entity_id: str) -> Entity:
        return self._by_id[entity_id]

    def lookup(self, surface: str, article: str | None = None) -> Entity | None:
        """The entity `surface` names in `article`, else anywhere when only one fits; None if none."""
        surface = " ".join(surface.split())
        if not surface:
            return None
        key = (surface, article)
        if key not in self._cache:
            found = _lookup_in(self._by_article.get(article, []), surface) if article else None
            self._cache[key] = found or _lookup_in(self._owners, surface)
        found_id = self._cache[key]
        return self._by_id[found_id] if found_id else None


def _lookup_in(scope: list[tuple[str, _Record]], surface: str) -> str | None:
    folded, okey, pkey = surface.casefold(), name_key(surface), person_key(surface)
    tests = (
        lambda r: folded in (n.casefold() for n in r.names),
        lambda r: (not r.person) and okey in r.org_keys(),
        lambda r: r.person and bool(pkey) and pkey in r.person_keys(),
        lambda r: r.person and _fuzzy_person(pkey, r),
    )
    for test in tests:
        ids = {e for e, r in scope if test(r)}
        if len(ids) == 1:
            return ids.pop()
        if len(ids) > 1:
            return None
    return None


def _fuzzy_person(key: str, record: _Record) -> bool:
    full = record.full_key()
    if not key or not full:
        return False
    if len(key.split()) == 1:
        return _surname_matches(key, record)
    return names_compatible(key, full)[0]


def resolve_entities(
    briefs: Iterable[Brief], *, decisions: Mapping[tuple[str, str], str | Decision] | None = None
) -> Resolution:
    """Resolve the actors (and cited sources) of all briefs into entities.

    `decisions` maps (article id, bare name), as in `Resolution.ambiguities`,
    to the candidate chosen for that ambiguous name (a name or a `Decision`),
    e.g. by a model asked a constrained question. Any other choice ('unclear')
    keeps the name apart; the decision's reason is listed either way.
    """
    records = _records(briefs)
    uf = _Clusters(records)
    kept: list[KeptApart] = []
    people = [i for i, r in enumerate(records) if r.person]
    others = [i for i, r in enumerate(records) if not r.person]
    _cluster_people(records, people, uf, kept)
    ambiguities = _attach_bare_names(records, people, uf, kept, decisions or {})
    _cluster_others(records, others, uf)
    return _build(records, uf, kept, ambiguities)


def _build(records: list[_Record], uf: _Clusters, kept: list[KeptApart], ambiguities: list[Ambiguity]) -> Resolution:
    entities, merges, owner = [], [], []
    taken: set[str] = set()
    groups = sorted(uf.groups().items(), key=lambda kv: (-len({records[i].article for i in kv[1]}), kv[1][0]))
    for root, members in groups:
        group = [records[i] for i in members]
        name = _canonical_name(group)
        entity = Entity(
            id=_slug(name, taken),
            name=name,
            kind=Counter(r.kind for r in group).most_common(1)[0][0],
            names=_unique(n for r in group for n in r.names),
            roles=_distinct_roles(_unique(role for r in group for role in r.roles)),
            articles=_unique(r.article for r in group),
        )
        entities.append(entity)
        owner.extend((entity.id, r) for r in group)
        if len(entity.names) > 1:
            reasons = [r for r in uf.reasons.get(root, []) if not r.endswith(": same name")]
            if any(len(r.names) > 1 for r in group):
                reasons = [*reasons, "aliases given by the briefs"]
            merges.append(Merge(entity=entity.id, name=name, names=entity.names, reasons=_unique(reasons)))
    return Resolution(entities, merges, kept, ambiguities, owner)


def _distinct_roles(roles: list[str]) -> list[str]:
    """Roles without one that another role says again behind its body's possessive: "Northern Hotel Association's
    chief executive" beside 'chief executive' (one article named her body before the role, the other after it; the
    memo shows her affiliation beside the roles)."""
    said = {r.casefold() for r in roles}
    return [r for r in roles if not ((m := re.match(r"^.+?['’]s\s+(.+)$", r)) and m.group(1).casefold() in said)]
