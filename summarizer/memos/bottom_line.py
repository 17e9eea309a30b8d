"""The bottom line: 3 to 5 sentences built from the memo's facts, each citing exactly the articles its facts come from.

Code writes one sentence per fact (`Fact.text`) and picks the strongest:
the top shared stance, a contradiction, the main sources' positions, then
more shared stances and the articles' main issues. A model may phrase the
sentences instead (`BottomLineDraft`: each sentence lists the ids of the facts
it states); every one of its sentences is checked, and dropped with its reason
(listed in the method footer) unless

- it is one complete sentence (`language.sentence_problem`), not a repeat,
  and states no article's lead or main issue (code says those as written);
- every name in it is a name of its facts (or of an entity they name, by any
  of its names or its nationality), and a role it gives a name in apposition is one the briefs give that
  entity (`Colin Marsh and Jo Kettering, both RMT general secretaries` is dropped when only Marsh is one);
- every stance word in it (`supports`, `backs`, `condemns`, ...) says a label
  of its facts, and every number in it is one of their numbers;
- every stance verb whose subject names a holder or source of its facts says a
  label one fact gives that holder, toward a target the same fact names
  (`_unbound`: names and labels that are each the facts' may still be
  swapped between them);
- every passage it quotes is part of a quote or sentence of its facts, and it gives no six words in a row of
  a source's quote outside quotation marks (reported speech that passes off the source's words as its own);
- it adds little the facts it states do not say: at most MAX_NEW_WORDS content words (nouns, verbs,
  adjectives, adverbs, by lemma) that none of them has; a fact it cites but does not state (a source's
  quote with the source unnamed) gives it no words (a phrasing may add 'remains', 'firmly'; a
  sentence that adds a clause of its own, 'and that the current regime is officially encouraging ...', is
  not its facts' sentence).

Its citations are the articles of its facts, never the model's. Code's
sentences for the strongest facts no kept sentence states fill in, up to 5;
with no sentence of the model's left (a small model's usually fail), the
bottom line is code's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Sequence

from rapidfuzz import fuzz

from ..extract.cutoff import Cut
from .context import Context
from .facts import JUDGED_VERB
from .language import content_lemmas, described_names, doc, inventory, polarity, quoted_spans, sentence_problem
from .schema import (
    MAX_BOTTOM_LINE,
    MIN_BOTTOM_LINE,
    BottomLineDraft,
    CitedSentence,
    DroppedItem,
    Fact,
    Memo,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["BottomLine", "REPEAT_SIMILARITY", "check_sentence", "code_sentences", "compose", "failed_sentences", "states"]

_AS_WRITTEN = ("lead", "main_issue")
"""Facts code says as written, never in the model's words: an article's own lead sentence is exact, and a
small model's rephrasing of it (or of a main issue) merges what it should keep apart."""
MAX_NEW_WORDS = 5
"""Content words a model's sentence may add to its facts' (see the module docstring)."""
_CONTENT = ("NOUN", "VERB", "ADJ", "ADV")  # the parts of speech of a sentence's content words (names are checked as names)
_REPORTING = frozenset("report say state write add note article articles also both agree describe suggest".split())
REPEAT_SIMILARITY = 90
"""rapidfuzz ratio at or above which a sentence repeats an earlier one."""
_ORDER = ("shared_stance", "lead", "contradiction", "shared_stance", "source_position", "shared_stance", "stated_stance", "source_position")
_SENTENCE_ENDS = (".", "!", "?", '."', ".”", ".’", ".)")
_CITATION = re.compile(r"\s*\[(?:A\d+(?:\s*,\s*)?)+\]|\s*\((?:A\d+(?:\s*,\s*)?)+\)")


@dataclass
class BottomLine:
    sentences: list[CitedSentence]
    source: str  # model | code | none
    filled: list[str]


def code_sentences(ctx: Context, facts: list[Fact], limit: int = MAX_BOTTOM_LINE) -> list[CitedSentence]:
    """The strongest facts as code's sentences, at most `limit`.

    One fact of each kind in the turn of `_ORDER` (the top shared stance, the
    story's lead: the most central lead sentence, else main issue, the top contradiction, the next
    shared stance, the top source position, one more shared stance, the top
    stance one article states, the next source position), each of a holder not yet
    chosen where one as strong (as stated, in as many articles) is left; a
    stance one article states is said only of a holder not yet chosen; a
    stance is said together with one that shares its target and articles
    (`Russia and China support ...`) or its holder (`... opposes the United
    States, and two articles that Maduro opposes NATO`). Then what happened in
    the articles no sentence tells it of (`_untold`: a lead, else a main issue),
    up to `limit`; then, when still fewer than 3, the strongest of the rest.
    """
    chosen: list[list[Fact]] = []
    used: set[str] = set()
    for kind in _ORDER:
        pool = [f for f in facts if f.kind == kind and f.id not in used]
        if kind == "lead" and not pool:
            pool = [f for f in facts if f.kind == "main_issue" and f.id not in used]  # no lead sentence: the model's main issue
        if not pool or len(chosen) >= limit:
            continue
        holders = {f.holder or f.names[0] for group in chosen for f in group if f.names}
        if kind == "stated_stance":  # one article's stance of someone already in the bottom line adds little
            pool = [f for f in pool if f.names and (f.holder or f.names[0]) not in holders and f.names[0] not in holders]
            if not pool:
                continue
        peers = [f for f in pool if (f.basis, f.numbers) == (pool[0].basis, pool[0].numbers)]  # never a weaker fact for variety
        fact = pool[0] if kind == "lead" else next((f for f in peers if f.names and (f.holder or f.names[0]) not in holders), pool[0])
        group = [fact, *_companion(fact, [f for f in pool if f is not fact])]
        used |= {f.id for f in group}
        chosen.append(group)
    for fact in _untold(facts, chosen):
        if len(chosen) < limit and fact.id not in used:
            used.add(fact.id)
            chosen.append([fact])
    for fact in facts:
        if len(chosen) >= min(limit, MIN_BOTTOM_LINE):
            break
        if fact.id not in used:
            used.add(fact.id)
            chosen.append([fact])
    return [_of(ctx, group) for group in chosen]


def _untold(facts: list[Fact], chosen: list[list[Fact]]) -> list[Fact]:
    """What happened in each article the chosen sentences do not tell it of: its lead sentence, else its main
    issue (a quote or a stance from an article does not say what happened in it). Least redundant first: by the
    share of its content words the chosen sentences already have (maximal marginal relevance, Carbonell and
    Goldstein 1998), then articles no sentence cites before those one does."""
    told = {a for group in chosen for f in group if f.kind in _AS_WRITTEN for a in f.articles}
    cited = {a for group in chosen for f in group for a in f.articles}
    first: dict[str, Fact] = {}
    for kind in _AS_WRITTEN:  # a lead before a main issue: the article's own words
        for f in facts:
            if f.kind == kind and len(f.articles) == 1 and f.articles[0] not in told:
                first.setdefault(f.articles[0], f)
    said = set().union(*(content_lemmas(f.text, _CONTENT, stop_words=False) for group in chosen for f in group))

    def redundancy(fact: Fact) -> float:
        words = content_lemmas(fact.text, _CONTENT, stop_words=False)
        return len(words & said) / len(words) if words else 1.0

    return sorted(first.values(), key=lambda f: (round(redundancy(f), 1), f.articles[0] in cited))


def _companion(fact: Fact, pool: list[Fact]) -> list[Fact]:
    """A stance of the same kind to say in one sentence with `fact`: the same target, label and articles, or (for a
    shared stance) the same holder and label."""
    if fact.kind not in ("shared_stance", "stated_stance"):
        return []
    same = [f for f in pool if f.kind == fact.kind and f.labels == fact.labels]
    same_target = [f for f in same if _same_target(f, fact) and f.articles == fact.articles]
    same_holder = [f for f in same if f.holder == fact.holder and not _same_target(f, fact)]
    if fact.kind == "stated_stance":
        same_holder = []  # 'A5 reports that X supports Y, and a5 reports ...' reads badly; one article's stances stand alone
    return (same_target or same_holder)[:1]


def _of(ctx: Context, group: list[Fact]) -> CitedSentence:
    return CitedSentence(text=_combined(ctx, group), articles=_articles(ctx, group), facts=[f.id for f in group], by="code")


def _combined(ctx: Context, group: list[Fact]) -> str:
    """The sentence of one fact, or of two shared stances (see `_companion`): their own sentences, joined."""
    if len(group) == 1:
        return group[0].text
    first, second = group
    count = first.text.partition(" that ")[0]
    if _same_target(first, second):
        verb = {"supports": "support", "opposes": "oppose", "mixed": "have mixed views on"}.get(first.labels[0], "are neutral on")
        return f"{count} that {first.holder} and {second.holder} {verb} {first.target}."
    other = second.text.partition(" that ")[0].removesuffix(" report").removesuffix(f" {JUDGED_VERB}")
    predicate = second.text.partition(" that ")[2].removeprefix(second.holder or "").strip()
    return f"{first.text.rstrip('.')}, and {other[:1].lower() + other[1:]} that {_short(ctx, second.holder or '')} {predicate}"


def _same_target(a: Fact, b: Fact) -> bool:
    """Two stances toward one target: the same phrase, or a name in common ('Nicolás Maduro's Venezuela' and 'Nicolás Maduro')."""
    return a.target == b.target or bool(set(a.names[1:]) & set(b.names[1:]))


def _short(ctx: Context, name: str) -> str:
    """A person's surname the second time they are named ('Maduro'); other names whole."""
    entity = ctx.resolution.lookup(name)
    return name.split()[-1] if entity and entity.kind == "person" and len(name.split()) > 1 else name


def compose(
    ctx: Context, facts: list[Fact], draft: BottomLineDraft | None, dropped: list[DroppedItem], cuts: Sequence[Cut] = ()
) -> BottomLine:
    """The bottom line: code's plan of the strongest facts, each said by the model's sentence where one passed the checks.

    A model's sentence that passes (`check_sentence`) and states every fact of a
    planned sentence takes its place (one that states only some of them would
    lose the others); code's sentences say the rest of the plan; then any
    other sentence of the model's, up to 5. A sentence of the model's that
    states only weaker facts than the five shown is listed as dropped.
    """
    if not facts:
        return BottomLine([], "none", [])
    passed = _passed(ctx, facts, draft, dropped, cuts)
    line: list[CitedSentence] = []
    covered: set[str] = set()
    for planned in code_sentences(ctx, facts):
        if covered.issuperset(planned.facts):
            continue
        said = next((m for m in passed if m not in line and set(m.facts) >= set(planned.facts)), None)
        chosen = said or planned
        if chosen in line or _repeats(chosen.text, line):
            continue
        line.append(chosen)
        covered |= set(chosen.facts)
    line += [m for m in passed if m not in line and not covered.issuperset(m.facts)]
    for extra in line[MAX_BOTTOM_LINE:]:
        if extra.by == "model":
            dropped.append(DroppedItem(article="memo", kind="sentence", text=extra.text, item="bottom line", reason=_WEAKER))
    line = line[:MAX_BOTTOM_LINE]
    if not any(s.by == "model" for s in line):
        return BottomLine(line, "code", [])
    return BottomLine(line, "model", [s.text for s in line if s.by == "code"])


_WEAKER = "states weaker facts than the five shown"
"""Why a sentence of the model's that passed the checks is left out: the line holds `MAX_BOTTOM_LINE`."""


def failed_sentences(memo: Memo) -> int:
    """How many of the model's bottom-line sentences a memo dropped because they failed a
    check (named someone or stated something its facts do not, cut off, repeated ...), not counting those that
    passed and were left out for stronger ones."""
    return sum(d.item == "bottom line" and d.kind == "sentence" and d.reason != _WEAKER for d in memo.method.dropped)


def _passed(
    ctx: Context, facts: list[Fact], draft: BottomLineDraft | None, dropped: list[DroppedItem], cuts: Sequence[Cut] = ()
) -> list[CitedSentence]:
    """The model's sentences that pass the checks, each citing only the facts it states, and their articles.

    A sentence the pipeline found cut off (`cuts`) is kept only when its trimmed
    text is still a whole sentence; either way the cut is listed.
    """
    by_id = {f.id: f for f in facts}
    cut_of = {cut.path: cut for cut in cuts}
    passed: list[CitedSentence] = []
    for n, sentence in enumerate(draft.sentences if draft else []):
        text = _CITATION.sub("", " ".join(sentence.text.split())).strip()
        cited = [by_id[i] for i in dict.fromkeys(sentence.facts) if i in by_id]
        stated = [f for f in cited if states(ctx, text, f)]
        cut = cut_of.get(f"sentences[{n}].text")
        whole = text.endswith(_SENTENCE_ENDS)
        if cut is not None and not whole:
            reason = f"{cut.cause}; no whole sentence remained"
        elif any(f.kind in _AS_WRITTEN for f in cited):
            reason = "rephrases an article's lead or main issue, which code gives as written"
        else:
            reason = "cites no fact it was given" if not cited else check_sentence(ctx, text, cited)
        if not reason and not stated:
            reason = "states none of the facts it cites"
        if not reason:
            reason = _adds(text, stated)  # what a cited fact it does not state (its source unnamed) says is not given
        if not reason:
            reason = _unquoted(text, cited)
        if not reason:
            reason = _reports_judged(text, stated)
        if cut is not None and whole and not reason:
            dropped.append(DroppedItem(article="memo", kind="cut", text=cut.written, item="bottom line", reason=f"{cut.cause}; shown up to its last whole sentence"))
        if not reason and _repeats(text, passed):
            reason = "repeats an earlier sentence"
        if reason:
            dropped.append(DroppedItem(article="memo", kind="sentence", text=text, item="bottom line", reason=reason))
        else:
            passed.append(CitedSentence(text=text, articles=_articles(ctx, stated), facts=[f.id for f in stated], by="model"))
    return passed


_STATING = frozenset({"report", "state", "say", "write", "confirm", "show"})
"""Verbs by which a sentence has articles state what it gives (`Both articles report that ...`)."""


def _reports_judged(text: str, facts: list[Fact]) -> str:
    """Why `text` passes a judgement off as a report ('' when it does not): it states only stances the model judged
    (`Fact.basis`), and a verb of stating (`_STATING`, outside quotation marks) has articles say them; the model's
    reading of two articles is no statement of theirs (code's sentence says `suggest`, `facts.JUDGED_VERB`)."""
    stances = [f for f in facts if f.kind in _STANCE_KINDS]
    if not stances or any(f.basis != "judged" for f in stances):
        return ""
    quotes = quoted_spans(text)
    for token in doc(text):
        if token.pos_ == "VERB" and token.lemma_ in _STATING and not any(s <= token.idx < e for s, e in quotes):
            return f"says the articles {token.lemma_} what the model judged (they {JUDGED_VERB} it)"
    return ""


def states(ctx: Context, text: str, fact: Fact) -> bool:
    """Whether `text` states `fact`: names its holder and its target (a stance), its source (a position), or most of its words.

    A fact that a sentence cites but does not state lends it none of its articles.
    """
    if fact.kind in ("shared_stance", "stated_stance", "contradiction"):
        return len(fact.names) >= 2 and _named(ctx, text, fact.names[0]) and any(_named(ctx, text, n) for n in fact.names[1:])
    if fact.kind == "source_position":
        return bool(fact.names) and _named(ctx, text, fact.names[0]) and _gives_position(ctx, text, fact)
    return _says_most_of(text, fact.text)


def _says_most_of(text: str, source: str) -> bool:
    """Whether `text` has at least half of the longer words (4+ letters) of `source`."""
    words = set(re.findall(r"\w{4,}", source.casefold()))
    return bool(words) and 2 * len(words & set(re.findall(r"\w{4,}", text.casefold()))) >= len(words)


def _gives_position(ctx: Context, text: str, fact: Fact) -> bool:
    """Whether `text` gives the source's position, not only their name: it quotes their words, states their
    stance toward the fact's target, or says most of what their quote says in other words.

    Naming Maduro in "Two articles report that Maduro opposes NATO" does not state his quote about the West;
    a sentence that cited it would borrow that quote's article.
    """
    said = inventory(text)
    if fact.quote and any(_squash(q) and _squash(q) in _squash(fact.quote.text) for q in said.quotes):
        return True
    if fact.labels and len(fact.names) >= 2 and set(fact.labels) & said.labels and _named(ctx, text, fact.names[-1]):
        return True
    return _says_most_of(text, fact.quote.text if fact.quote else fact.text)


def _named(ctx: Context, text: str, name: str) -> bool:
    """`name` is in `text`: as written, as any name of its entity (a person's surname too), or by nationality."""
    entity = ctx.resolution.lookup(name)
    if entity is None:
        return name.casefold() in text.casefold()
    names = {entity.name, *entity.names}
    if entity.kind == "person":
        names |= {n.split()[-1] for n in names}
    written = any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in names if len(n) > 2)
    return written or "e:" + entity.id in ctx.mentioned(text, "")


def _articles(ctx: Context, facts: list[Fact]) -> list[str]:
    """Ids of the articles of `facts`, in memo order."""
    order = {e.id: n for n, e in enumerate(ctx.entries)}
    return sorted({a for f in facts for a in f.articles}, key=lambda a: order.get(a, len(order)))


def _repeats(text: str, kept: list[CitedSentence]) -> bool:
    norm = lambda t: " ".join(t.lower().split()).strip(" .")  # noqa: E731
    return any(fuzz.ratio(text, k.text) >= REPEAT_SIMILARITY or norm(k.text) in norm(text) for k in kept)


# --------------------------------------------------------------------------- checking a sentence against its facts


def check_sentence(ctx: Context, text: str, facts: list[Fact]) -> str:
    """Why `text` may not stand for `facts` in a bottom line ('' when it may); see the module docstring."""
    problem = sentence_problem(text)
    if problem:
        return f"not a complete sentence: {problem}"
    allowed_keys = _keys(ctx, facts)
    facts_text = " ".join(f.text for f in facts).casefold()
    known = tuple(sorted({n for k in allowed_keys for n in ctx.surface_names(k) if len(n) > 2}, key=len, reverse=True))
    stated = inventory(text, known)
    for name, label in stated.names:
        if name.casefold() in facts_text:
            continue
        keys = ctx.mentioned(name, "") if label != "KNOWN" else {k for k in allowed_keys if name in ctx.surface_names(k)}
        if not keys or not keys <= allowed_keys:
            return f"names {name}, which its facts do not"
    for name, role in described_names(text):
        entity = ctx.resolution.lookup(name)
        held = " ".join(entity.roles).casefold() if entity is not None else ""
        if entity is not None and not all(re.search(rf"(?<!\w){re.escape(noun[:5])}", held) for noun in role):
            return f"calls {name} what the briefs do not ({', '.join(sorted(role))})"  # 'both RMT general secretaries'
    given = [inventory(f.text) for f in facts]  # what a fact's own sentence says counts as given
    labels = {label for f in facts for label in f.labels} | {label for g in given for label in g.labels}
    for label in sorted(stated.labels - labels):
        return f"says '{label}', which its facts do not"
    numbers = {n for f in facts for n in f.numbers} | {n for g in given for n in g.numbers}
    for number in sorted(stated.numbers - numbers):
        return f"gives the number {number:g}, which its facts do not"
    unbound = _unbound(ctx, text, facts)
    if unbound:
        return unbound
    quotes = " ".join(f.text + " " + (f.quote.text if f.quote else "") for f in facts)
    for quoted in stated.quotes:
        if _squash(quoted) not in _squash(quotes):
            return f"quotes “{quoted}”, which its facts do not"
    return ""


_STANCE_KINDS = ("shared_stance", "stated_stance", "source_position", "contradiction")
_OBJECT_DEPS = frozenset({"dobj", "prep", "attr", "xcomp", "ccomp", "dative", "oprd", "acomp", "pobj"})


def _unbound(ctx: Context, text: str, facts: list[Fact]) -> str:
    """Why `text` ties a stance to the wrong holder or target ('' when it does not): each stance verb outside
    quotation marks whose subject names a holder or source of `facts` must say, of that holder, a label one of the facts
    gives it, toward a target that fact names in the verb's object. The names and labels of two facts may
    each be theirs while the sentence swaps them: 'Erik Hallberg supports the Sorvian government' from
    'Hallberg supports keeping them' and 'the Metalworkers' Union supports the Sorvian government' (a new
    user's memo). A verb whose subject names no holder (`Sources are split`), or that is negated, is not read.

    A fact's holders, labels and targets: a stance's first name, its label, its other names; a source's
    position, its first name and the target named last; a contradiction, any of its names either way."""
    bindings = [_binding(f) for f in facts if f.kind in _STANCE_KINDS and f.labels and len(f.names) >= 2]
    holders = {h for held, _, _ in bindings for h in held} | {f.names[0] for f in facts if f.kind in _STANCE_KINDS and f.names}
    parsed = doc(text)
    quotes = quoted_spans(text)
    for verb in parsed:
        label = polarity(verb)
        if not label or verb.pos_ != "VERB" or any(start <= verb.idx < end for start, end in quotes) or any(c.dep_ == "neg" for c in verb.children):
            continue
        subject = _subject_of(verb)
        if subject is None:
            continue
        said_by = [h for h in holders if _named(ctx, subject, h)]
        if not said_by:
            continue
        obj = " ".join(
            parsed[c.left_edge.i : c.right_edge.i + 1].text for c in verb.children if c.dep_ in _OBJECT_DEPS and c.i > verb.i
        )
        if not any(
            set(held) & set(said_by) and label in labels and (not obj or any(_named(ctx, obj, t) for t in targets))
            for held, labels, targets in bindings
        ):
            toward = f" {obj}" if obj else ""
            return f"says {subject} {verb.text}{toward}, which its facts do not"
    return ""


def _binding(fact: Fact) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(holders, labels, targets) of a stance fact: see `_unbound`."""
    if fact.kind == "contradiction":
        return tuple(fact.names), tuple(fact.labels), tuple(fact.names)
    if fact.kind == "source_position":
        return (fact.names[0],), tuple(fact.labels), (fact.names[-1],)
    return (fact.names[0],), tuple(fact.labels), tuple(fact.names[1:])


def _subject_of(verb: "Token") -> str | None:
    """The text of `verb`'s subject (of the verb it is conjoined to when it has none: 'X supports Y and opposes Z')."""
    for head in [verb, verb.head] if verb.dep_ == "conj" else [verb]:
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return verb.doc[subject.left_edge.i : subject.right_edge.i + 1].text
    return None


def _adds(text: str, facts: list[Fact]) -> str:
    """Why `text` says more than `facts` do ('' when it does not): see MAX_NEW_WORDS."""
    own = content_lemmas(text, _CONTENT)
    given = " ".join(f.text + " " + (f.quote.text if f.quote else "") for f in facts)
    added = sorted(own - content_lemmas(given, _CONTENT) - _REPORTING)
    if len(added) > MAX_NEW_WORDS:
        return f"adds what its facts do not say ({', '.join(added[:6])})"
    return ""


UNQUOTED_WORDS = 6
"""Words in a row of a source's quote that a model's sentence may give outside quotation marks."""


def _unquoted(text: str, facts: list[Fact]) -> str:
    """Why `text` gives a source's words as its own ('' when it does not): UNQUOTED_WORDS or more words in a row
    of a fact's quote outside quotation marks ('Joseph Humire said that you have to be very vigilant because
    ... I think that is a card'): reported speech must not pass off the source's words, nor their 'I'."""
    outside = text
    for quoted in inventory(text).quotes:
        outside = outside.replace(quoted, " ")
    words = re.findall(r"\w+", outside.casefold())
    for fact in facts:
        if fact.quote is None:
            continue
        said = re.findall(r"\w+", fact.quote.text.casefold())
        match = SequenceMatcher(None, words, said, autojunk=False).find_longest_match(0, len(words), 0, len(said))
        if match.size >= UNQUOTED_WORDS:
            return f"gives {fact.names[0] if fact.names else 'a source'}'s words without quotation marks"
    return ""



def _keys(ctx: Context, facts: list[Fact]) -> set[str]:
    """Keys of the entities the facts name, and of the states those entities lead or speak for."""
    keys = set()
    for fact in facts:
        for name in fact.names:
            entity = ctx.resolution.lookup(name)
            if entity:
                keys.add("e:" + entity.id)
    return keys | {k for key in keys for k in ctx.allegiances.get(key, ())}


def _squash(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.casefold()).strip()
