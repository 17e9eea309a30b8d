"""The stance matrix: every brief's stances as rows of (holder, target), screened, ranked by strength.

Screened out, each listed with its reason in the method footer:

- a holder toward itself, or toward a state or organisation it leads, serves
  or speaks for (`Vladimir Putin -> Russia`, `Kremlin spokesman -> Russia`):
  that is who they are, not a stance;
- a holder that is a sentence's opening word (`Moreover`), not a name;
- a target written as a phrase that is a clause fragment rather than a noun or
  gerund phrase (`respond to American nuclear missile installations`; see
  `language.topic_problem`). A noun phrase that a participle or relative clause
  ends (`the £11.4 million fine imposed by the agency last week`) is read as the
  noun phrase without it (`language.without_clause`), not dropped;
- a stance the model judged from a quote the memo does not give to its holder
  (a statement about them: `speakers.speakers` moves it), so the reading of
  someone else's words is never shown as the holder's stance;
- a model's short answer that gives a holder the other side of a target than a
  stance word in the same article gives them (`overruled`: 'defended the
  proposal' beside the model's reading of her quote as opposing it).

Rows are ranked by strength (`StanceStrength`): a row stated by a stance word
or the parse in some article beats one only judged by the model; then more
articles; then more evidence sentences that name the target. The strongest
`DEFAULT_ROWS` are the default view; the rest are listed under "All stances".
The default view holds the rows that stand on more than one short answer
(`standing`, which Agreement and contradiction read too): stated in some
article, judged alike in two or more, or judged by a model that read the whole
article (the `single` strategy). A stepwise brief's
judged stance is a model's answer to one short question about a pair code
proposed without a stance word; alone, it is no checked fact (as for the bottom
line's source positions) and is listed under "All stances". A judged stance
whose evidence the parse finds stating it is stated after all (`_parsed_pairs`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from itertools import groupby
from typing import Callable, Sequence

from ..extract.analysis import PairFact, analyze
from ..extract.given_names import is_given_name
from ..render import stance_verb
from .context import Context, passage
from .language import doc, topic_problem, without_clause
from .schema import (
    Agreement,
    Contradiction,
    DroppedItem,
    Passage,
    Position,
    QuoteMove,
    Statement,
    StanceCell,
    StanceRow,
    StanceStrength,
    TopicMerge,
)

__all__ = [
    "DEFAULT_ROWS", "Observation", "agreements", "contradictions", "head_lemma", "names_target", "observations", "opener", "overruled", "rows",
    "same_topics", "screen", "standing",
]

DEFAULT_ROWS = 15
"""Rows in the default view of the matrix: about what a reader takes in at a glance."""
_ARROW = "→"


@dataclass(frozen=True)
class Observation:
    """One stance of one brief, with its names resolved."""

    holder: str
    holder_key: str
    target: str
    target_key: str
    target_is_entity: bool
    article: str
    label: str
    evidence: Passage | None
    basis: str = "judged"
    asked: bool = False  # judged as the answer to a short question about a pair code proposed (the stepwise strategy)
    changed: bool = False  # its evidence states a change to this side ('no longer backs the plan'; `_parsed_pairs`)

    @property
    def pair(self) -> tuple[str, str]:
        return self.holder_key, self.target_key


def observations(ctx: Context) -> list[Observation]:
    """Every stance of every brief, holder and target resolved to entities where they are ones.

    A stance a model judged is stated after all when the parse of its evidence states it (`_parsed_pairs`):
    a model's reading that code can check is a checked one. A stance whose evidence states that its holder came
    to it, giving up a side ('said she could no longer support the project', 'voted to withdraw its support for
    the bill'; `extract.stances.Proposal.changed`), is a change of position.
    """
    out = []
    for brief in ctx.briefs:
        for stance in brief.stances:
            holder, holder_key, _ = ctx.name(stance.holder, brief.article_id)
            target, target_key, is_entity = ctx.name(stance.target, brief.article_id)
            if not is_entity and (cut := without_clause(target)):  # 'the fine imposed by the agency': the fine
                target, target_key, is_entity = ctx.name(cut, brief.article_id)
            evidence = passage(brief.article_id, stance.evidence)
            asked = stance.basis == "judged" and brief.usage.strategy == "stepwise"
            obs = Observation(holder, holder_key, target, target_key, is_entity, brief.article_id, stance.label, evidence, stance.basis, asked)
            parsed = _parsed_pairs(ctx, obs)
            basis = "stated" if parsed else obs.basis
            out.append(replace(obs, basis=basis, changed=any(p.changed for p in parsed)))
    return out


def _parsed_pairs(ctx: Context, obs: Observation) -> list[PairFact]:
    """The stance pairs the parse proposes from the evidence (`extract.stances.propose`: a stance verb or noun
    linking a holder to a target) with this holder, this target and this label; none for a label other than
    supports or opposes, or no evidence."""
    want = {"supports": 1, "opposes": -1}.get(obs.label)
    if want is None or obs.evidence is None:
        return []
    found = []
    for pair in analyze(obs.evidence.text).pairs:
        if pair.polarity != want or ctx.name(pair.holder, obs.article)[1] != obs.holder_key:
            continue
        key = ctx.name(pair.target, obs.article)[1]
        if key == obs.target_key or (not obs.target_is_entity and head_lemma(pair.target) == head_lemma(obs.target)):
            found.append(pair)
    return found


def head_lemma(phrase: str) -> str:
    """The lower-case lemma of a phrase's syntactic head ('plan' of 'plans to axe the number 14 bus')."""
    return next(iter(doc(phrase).sents)).root.lemma_.lower()


def screen(ctx: Context, found: list[Observation], moves: Sequence[QuoteMove] = ()) -> tuple[list[Observation], list[DroppedItem]]:
    """The observations a matrix may show, and the others listed with why (see the module docstring); `moves` are
    the quotes the memo shows under someone other than the speaker a brief gave them to."""
    kept, dropped = [], []
    problems: dict[str, str] = {}
    for obs in found:
        why = _problem(ctx, obs, problems) or _moved(obs, moves)
        if not why:
            kept.append(obs)
            continue
        item = f"{obs.holder} {_ARROW} {obs.target} ({ctx.label(obs.article)})"
        if not any(d.item == item for d in dropped):
            dropped.append(DroppedItem(article=obs.article, kind="stance", text=f"{obs.holder} {obs.label} {obs.target}", item=item, reason=why))
    return kept, dropped


def _problem(ctx: Context, obs: Observation, cache: dict[str, str]) -> str:
    if obs.holder_key == obs.target_key:
        return "a holder toward itself"
    if opener(obs.holder):
        return f"the holder '{obs.holder}' is a sentence opener, not a name"
    if ctx.serves(obs.holder_key, obs.target_key):
        return f"{obs.holder} leads, serves or speaks for {obs.target}: not a stance"
    if not obs.target_is_entity:
        if obs.target not in cache:
            cache[obs.target] = topic_problem(obs.target)
        if cache[obs.target]:
            return f"the target {cache[obs.target]}"
    return ""


def _moved(obs: Observation, moves: Sequence[QuoteMove]) -> str:
    """Why a judged stance rests on words that are not its holder's: its evidence is inside a moved quote."""
    if obs.basis != "judged" or obs.evidence is None:
        return ""
    for move in moves:
        p = move.passage
        if move.kind == "statement_about" and move.given_to == obs.holder and p.article == obs.article and p.start < obs.evidence.end and obs.evidence.start < p.end:
            return f"judged from a quote the memo does not give to {obs.holder} ({move.reason})"
    return ""


def opener(name: str) -> bool:
    """A 'name' that begins with an adverb or a conjunction ('Moreover', 'However, the ministry'): a sentence's opening
    words. A given name the tagger, reading the name alone, takes for an adverb ('Raj Bhatt': 'Raj' ADV) opens a
    person's name (`given_names.is_given_name`)."""
    first = next((t for t in doc(name) if not t.is_punct), None)
    if first is None:
        return False
    return first.pos_ in ("SCONJ", "CCONJ") or first.pos_ == "ADV" and not is_given_name(first.text)


# --------------------------------------------------------------------------- one topic, several wordings


_NEGATIONS = frozenset({"no", "not", "non", "anti", "never", "without"})


@dataclass(frozen=True)
class _Wording:
    head: str
    words: frozenset[str]
    articles: frozenset[str]
    anaphoric: bool


def _wording(phrase: str, articles: set[str], anaphoric: bool) -> _Wording:
    """A topic phrase's head lemma and its content lemmas; a negation is content ('no tax cuts' is not 'tax cuts'),
    and so is a name that is also a stop word ('the US invasion')."""
    parsed = doc(phrase)
    root = next(iter(parsed.sents)).root
    words = {
        "not" if t.lower_ in _NEGATIONS or t.dep_ == "neg" else t.lemma_.casefold()
        for t in parsed
        if t.is_alpha and (not t.is_stop or t.lower_ in _NEGATIONS or t.dep_ == "neg" or t.pos_ == "PROPN")
    }
    return _Wording(root.lemma_.casefold(), frozenset(words), frozenset(articles), anaphoric)


def _within(small: _Wording, large: _Wording) -> bool:
    """Whether `small` words the topic `large` words, more briefly: the same head, no content word of its own,
    and (for a bare definite description like 'the charge', which points back within its article) an article
    in common."""
    if small.head != large.head or not small.words <= large.words:
        return False
    return not (small.anaphoric or large.anaphoric) or bool(small.articles & large.articles)


def same_topics(ctx: Context, kept: list[Observation], apart: Callable[[str, str], bool] | None = None) -> tuple[list[Observation], list[TopicMerge]]:
    """The observations with every wording of one topic under one target: 'the charge', 'congestion charge' and
    "Halbridge City Council's proposed congestion charge" are one target, so holders on its two sides meet in
    one row group, agreement and contradiction.

    Two wordings are one topic when they share the head word and one's content words are all among the other's
    (a shorter name of the same thing, as a later mention shortens a first one; cf. the head-match and
    modifier-inclusion tests of coreference resolvers, Lee et al. 2013, "Deterministic coreference resolution
    based on entity-centric, precision-ranked rules", Computational Linguistics 39(4)). A wording that two
    unrelated longer ones contain ('invasion' beside 'Russian invasion' and 'US invasion') joins neither; a
    different head ('opposition to the charge', 'the charge proposal') is a different target. Entity targets
    are untouched. Wordings of one contested issue that the model linked across articles (`ctx.issue_links`,
    `memos.issues`) are one topic too, whatever their words; such a topic is shown by a wording that names the
    act by a verb when one does (`_names_an_act`). Two groups of wordings are never joined when `apart` says a
    wording of one and a wording of the other cannot name one issue (`issues.apart_in_kind`: 'the decision to
    block its takeover' and 'the takeover' are opposite sides), however the model linked them: the links are taken
    shared head first ('the decision' and 'decision to block its takeover', the surer), so a link the model made
    between 'the decision' and 'the takeover' in one article no longer joins the takeover to its blocking. The
    topic's shown wording is its most frequent one, then its
    shortest; each merge is returned for the memo to list (the other wordings with their articles' labels, and
    the model's answers that linked them).
    """
    topics: dict[str, tuple[str, set[str]]] = {}
    for obs in kept:
        if not obs.target_is_entity:
            topics.setdefault(obs.target_key, (obs.target, set()))[1].add(obs.article)
    if len(topics) < 2:
        return kept, []
    wordings = {key: _wording(phrase, articles, "@" in key) for key, (phrase, articles) in topics.items()}
    parent = {key: key for key in wordings}

    def root(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    def opposite(a: str, b: str) -> bool:  # a wording of one group and one of the other cannot name one issue
        if apart is None:
            return False
        one = [topics[k][0] for k in wordings if root(k) == root(a)]
        other = [topics[k][0] for k in wordings if root(k) == root(b)]
        return any(apart(x, y) for x in one for y in other)

    for key, w in wordings.items():
        larger = [other for other, o in wordings.items() if other != key and _within(w, o)]
        chain = [w, *(wordings[k] for k in larger)]
        if any(not (a.words <= b.words or b.words <= a.words) for a in chain for b in chain):
            continue  # contained in two unrelated wordings: which one it means is not known
        for other in larger:
            if not opposite(other, key):
                parent[root(other)] = root(key)
    reasons: dict[str, list[str]] = defaultdict(list)
    same_head = lambda link: link.key in wordings and link.to in wordings and wordings[link.key].head == wordings[link.to].head  # noqa: E731
    for link in sorted(ctx.issue_links, key=lambda link: not same_head(link)):  # a shared head first: the surer link
        if link.key in parent and link.to in parent and root(link.key) != root(link.to) and not opposite(link.key, link.to):
            parent[root(link.key)] = root(link.to)
            reasons[link.to].append(link.reason)
    groups: dict[str, list[str]] = defaultdict(list)
    for key in wordings:
        groups[root(key)].append(key)
    counts = defaultdict(int)
    for obs in kept:
        counts[obs.target_key] += 1
    renamed: dict[str, tuple[str, str]] = {}
    merges = []
    for members in groups.values():
        if len(members) < 2:
            continue
        plain = [k for k in members if "@" not in k] or members
        why = [r for key in members for r in reasons.get(key, [])]
        if why:  # wordings with no head in common: one that names the act says what the issue is
            plain = [k for k in plain if _names_an_act(topics[k][0])] or plain
        shown = min(plain, key=lambda k: (-counts[k], len(topics[k][0]), topics[k][0]))
        for key in members:
            renamed[key] = (shown, topics[shown][0])
        others = sorted((topics[k][0], ", ".join(ctx.labels(sorted(topics[k][1])))) for k in members if k != shown)
        merges.append(TopicMerge(name=topics[shown][0], wordings=[f"{phrase} ({labels})" for phrase, labels in others], reasons=why))
    out = [replace(o, target_key=renamed[o.target_key][0], target=renamed[o.target_key][1]) if o.target_key in renamed else o for o in kept]
    return out, merges


def overruled(ctx: Context, kept: list[Observation]) -> tuple[list[Observation], list[DroppedItem]]:
    """The observations without those a stance word overrules, and those listed with why: a model's short answer
    (`asked`) that gives a holder the other side of a target than a stance the same article states for them.
    The stated stance is read from the words of the article; the short answer is the model's reading of one quote
    (a defence of a plan read as opposing it), and the memo ranks stated above judged throughout. Checked after
    wordings of one topic are merged (`same_topics`), so 'defended the proposal' overrules the answer about 'plans
    to axe the number 14 bus' when the two are one topic."""
    stated: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for obs in kept:
        if obs.basis == "stated" and obs.label in ("supports", "opposes"):
            stated[(*obs.pair, obs.article)].add(obs.label)
    out, dropped = [], []
    for obs in kept:
        said = stated.get((*obs.pair, obs.article), set())
        if obs.asked and obs.basis != "stated" and obs.label in ("supports", "opposes") and said and obs.label not in said:
            item = f"{obs.holder} {_ARROW} {obs.target} ({ctx.label(obs.article)})"
            reason = f"the model's short answer ({obs.label}) is overruled by the stance the article states ({', '.join(sorted(said))})"
            dropped.append(DroppedItem(article=obs.article, kind="stance", text=f"{obs.holder} {obs.label} {obs.target}", item=item, reason=reason))
            continue
        out.append(obs)
    return out, dropped


def _names_an_act(phrase: str) -> bool:
    """Whether a topic wording names an act by a verb: its head ('scrapping rural bus route 14') or the verb a
    plan's infinitive or a clause attaches to it ('plans to axe the number 14 bus'), not only what the act is about
    ('Ashworth maternity')."""
    root = next(iter(doc(phrase).sents)).root
    return root.pos_ == "VERB" or any(t.pos_ == "VERB" and t.dep_ in ("xcomp", "acl", "relcl") and t.head == root for t in root.children)


# --------------------------------------------------------------------------- rows


def rows(ctx: Context, kept: list[Observation], default_rows: int = DEFAULT_ROWS) -> list[StanceRow]:
    """One row per (holder, target), strongest first; the first `default_rows` rows that stand on more than one
    short answer (see the module docstring) are the default view and come first."""
    grouped: dict[tuple[str, str], list[Observation]] = defaultdict(list)
    for obs in kept:
        grouped[obs.pair].append(obs)
    order = {e.id: n for n, e in enumerate(ctx.resolution.entities)}
    articles = {e.id: n for n, e in enumerate(ctx.entries)}
    built = []
    standing_pairs = {o.pair for o in standing(kept)}
    eligible: set[int] = set()  # rows that may be in the default view: id of the row
    for (holder_key, target_key), group in grouped.items():
        by_article = sorted(group, key=lambda o: articles.get(o.article, len(articles)))
        cells = [_cell(list(same)) for _, same in groupby(by_article, key=lambda o: o.article)]
        strength = StanceStrength(
            basis="stated" if any(c.basis == "stated" for c in cells) else "judged",
            articles=len(cells),
            evidence=len({(o.evidence.article, o.evidence.start) for o in group if o.evidence and names_target(ctx, o)}),
        )
        first = group[0]
        row = StanceRow(holder=first.holder, target=first.target, target_is_entity=first.target_is_entity, cells=cells, strength=strength)
        rank = (strength.basis != "stated", -strength.articles, -strength.evidence)
        built.append((rank, order.get(holder_key[2:], len(order)), order.get(target_key[2:], len(order)), row.target, row))
        if (holder_key, target_key) in standing_pairs:
            eligible.add(id(row))
    ranked = [entry[-1] for entry in _round_robin(sorted(built, key=lambda e: e[:-1]))]
    shown_ids = {id(r) for r in [r for r in ranked if id(r) in eligible][:default_rows]}
    ordered = [r for r in ranked if id(r) in shown_ids] + [r for r in ranked if id(r) not in shown_ids]
    return [r.model_copy(update={"default_view": id(r) in shown_ids}) for r in ordered]


def _round_robin(entries: list[tuple]) -> list[tuple]:
    """Within rows of equal strength, one row per holder in turn, so that one prolific holder does not fill the view."""
    out = []
    for _, tier in groupby(entries, key=lambda e: e[0]):
        turn: dict[int, int] = defaultdict(int)
        numbered = []
        for entry in tier:
            numbered.append((turn[entry[1]], entry))
            turn[entry[1]] += 1
        out.extend(entry for _, entry in sorted(numbered, key=lambda n: (n[0], n[1][1:-1])))
    return out


def _cell(same_article: list[Observation]) -> StanceCell:
    """The cell of one article: its stated observation if it has one (else the first), its label."""
    best = next((o for o in same_article if o.basis == "stated"), same_article[0])
    return StanceCell(article=best.article, label=best.label, evidence=best.evidence, basis=best.basis)  # type: ignore[arg-type]


def names_target(ctx: Context, obs: Observation) -> bool:
    """Whether the evidence names the target.

    An entity is named by any of its names, by its nationality (`Russian` for
    Russia), or by someone who leads or speaks for it (`Putin` for Russia): the
    names the entity recogniser finds in the evidence are resolved like the
    briefs' names. A topic phrase is named when half its words are there, its head among them ('Russian
    invasion' is not named by 'the Russian office').
    """
    text = obs.evidence.text if obs.evidence else ""
    if not text:
        return False
    if not obs.target_is_entity:
        words = re.findall(r"\w{4,}", obs.target.casefold())
        head = next(iter(doc(obs.target).sents)).root.lower_
        return bool(words) and sum(w in text.casefold() for w in words) * 2 >= len(words) and head in text.casefold()
    named = ctx.mentioned(text, obs.article)
    if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in ctx.surface_names(obs.target_key) if len(n) > 1):
        named.add(obs.target_key)
    return obs.target_key in named or any(ctx.serves(key, obs.target_key) for key in named)


# --------------------------------------------------------------------------- agreement and contradiction


def standing(kept: list[Observation]) -> list[Observation]:
    """The observations that stand on more than one short answer of a model (as the default view's rows do):
    stated, judged by a model that read the whole article, or asked and answered alike in two or more articles.
    Agreement and contradiction are read from these only, so a single short answer never lists an opponent as
    a supporter in the memo's body."""
    articles: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for obs in kept:
        articles[(*obs.pair, obs.label)].add(obs.article)
    return [o for o in kept if o.basis == "stated" or not o.asked or len(articles[(*o.pair, o.label)]) >= 2]


def _position(obs: Observation) -> Position:
    return Position(holder=obs.holder, article=obs.article, label=obs.label, evidence=obs.evidence, basis=obs.basis)  # type: ignore[arg-type]


def agreements(kept: list[Observation], serves: Callable[[str, str], bool]) -> list[Agreement]:
    """Two or more voices sharing a stance (supports or opposes) toward one target (`_voices`: a holder and the
    body `serves` says it leads, serves or speaks for, on one piece of evidence, are one voice)."""
    groups: dict[tuple[str, str], list[Observation]] = defaultdict(list)
    for obs in kept:
        if obs.label in ("supports", "opposes"):
            groups[(obs.target_key, obs.label)].append(obs)
    out = []
    for (_, label), group in groups.items():
        if _voices(group, serves) >= 2:
            out.append(Agreement(target=group[0].target, label=label, holders=[_position(o) for o in group]))  # type: ignore[arg-type]
    return sorted(out, key=lambda a: (-len({p.holder for p in a.holders}), a.target))


def _voices(group: list[Observation], serves: Callable[[str, str], bool]) -> int:
    """How many voices the holders of one shared stance are: a holder and a body it leads, serves or speaks for
    (`Context.serves`) whose stances rest on one and the same passage are one voice ('Labour's health spokesperson,
    Declan Murtagh TD, accused the Government ...' gives the spokesman's side and his party's, the party's taken
    from his words: no agreement between them); two holders of one passage that serve neither ('Labour and the
    Greens oppose the plan') stay two."""
    keys = sorted({o.holder_key for o in group})
    passages = {k: {(o.article, o.evidence.start, o.evidence.end) for o in group if o.holder_key == k and o.evidence} for k in keys}
    voice = {k: k for k in keys}

    def find(k: str) -> str:
        while voice[k] != k:
            k = voice[k]
        return k

    for a in keys:
        for b in keys:
            if a != b and serves(a, b) and passages[a] & passages[b]:
                voice[find(a)] = find(b)
    return len({find(k) for k in keys})


def _stated_changes(ctx: Context, kept: list[Observation]) -> list[Contradiction]:
    """Changes of position an article states, each a stance shift within one article: a brief's `position_changes`
    ('reversing the stance she took earlier in the week', 'changed course', 'In a shift from her earlier stance'),
    shown with the holder's stance whose evidence is that sentence where the matrix keeps one ('Lucia Ferreira on
    the project: now opposes (A1)'), else with the sentence itself; and a kept stance whose own evidence states
    the change (`Observation.changed`, for briefs that carry no list of changes)."""
    out = []
    covered: set[tuple[str, str, int]] = set()
    stated = [(brief.article_id, change) for brief in ctx.briefs for change in brief.position_changes]
    for article, change in stated:
        holder, key, _ = ctx.name(change.holder, article)
        if (key, article, change.evidence.start) in covered:
            continue
        covered.add((key, article, change.evidence.start))
        there = change.evidence.start, change.evidence.end
        shown = [o for o in kept if o.article == article and o.holder_key == key and o.evidence and o.evidence.start < there[1] and there[0] < o.evidence.end]
        if shown:
            summary = f"{holder} on {shown[0].target}: now {shown[0].label} ({ctx.label(article)}), a change of position the article states"
            out.append(Contradiction(kind="stance_shift", summary=summary, positions=[_position(shown[0])]))
        else:
            summary = f"{holder} ({ctx.label(article)}): a change of position the article states"
            out.append(Contradiction(kind="stance_shift", summary=summary, claims=[Statement(article=article, text=change.evidence.text)]))
    for obs in kept:
        if obs.changed and obs.evidence and (obs.holder_key, obs.article, obs.evidence.start) not in covered:
            covered.add((obs.holder_key, obs.article, obs.evidence.start))  # 'could no longer support the project'
            summary = f"{obs.holder} on {obs.target}: now {obs.label} ({ctx.label(obs.article)}), a change of position the article states"
            out.append(Contradiction(kind="stance_shift", summary=summary, positions=[_position(obs)]))
    return out


def contradictions(ctx: Context, kept: list[Observation], speaker_keys: set[str]) -> list[Contradiction]:
    """A holder whose label toward a target differs between articles, or whose stance's evidence states a change to
    it (`Observation.changed`); holders on opposite sides of a target.

    A side is taken by a quoted source (`speaker_keys`), or by any holder whose side a stance word states (a body
    that 'has come out in support of the proposal' is on its side, quoted or not). A holder on both sides is on
    neither (and is a stance shift when the two sides are in different articles)."""
    out = []
    pairs: dict[tuple[str, str], list[Observation]] = defaultdict(list)
    for obs in kept:
        pairs[obs.pair].append(obs)
    for group in pairs.values():
        if len({o.label for o in group}) > 1 and len({o.article for o in group}) > 1:
            shown = ", ".join(f"{o.label} ({ctx.label(o.article)})" for o in group)
            out.append(Contradiction(kind="stance_shift", summary=f"{group[0].holder} on {group[0].target}: {shown}", positions=[_position(o) for o in group]))
    out += _stated_changes(ctx, kept)
    by_target: dict[str, list[Observation]] = defaultdict(list)
    for obs in kept:
        if obs.holder_key in speaker_keys or obs.basis == "stated":
            by_target[obs.target_key].append(obs)
    for group in by_target.values():
        both = {o.holder_key for o in group if o.label == "supports"} & {o.holder_key for o in group if o.label == "opposes"}
        pro = [o for o in group if o.label == "supports" and o.holder_key not in both]
        con = [o for o in group if o.label == "opposes" and o.holder_key not in both]
        if pro and con:
            names = lambda obs: ", ".join(sorted({o.holder for o in obs}))  # noqa: E731
            many = lambda obs: len({o.holder for o in obs}) > 1  # noqa: E731
            summary = f"On {group[0].target}: {names(pro)} {stance_verb('supports', many(pro))}; {names(con)} {stance_verb('opposes', many(con))}"
            out.append(Contradiction(kind="opposed_sources", summary=summary, positions=[_position(o) for o in pro + con]))
    return out
