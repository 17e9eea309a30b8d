"""The memo's checkable facts, collected by code from the briefs: what a bottom line may say.

Four kinds, strongest first, each with the articles whose briefs contain it
and written out as one sentence by code:

- `shared_stance`: a stance two or more articles show (the same holder and
  label; a state and the person who leads it count as one target), those
  stated by a stance word or the parse in one of them first;
- `contradiction`: one holder with opposite labels toward a target in
  different articles, or cited sources on opposite sides of one target, each
  side stated in its article;
- `source_position`: each main source (each article's most quoted person or
  body, media aside) with their position (their strongest row that one of
  their quotes speaks to) and their sharpest verified quote on it;
- `stated_stance`: a stance one article states by a stance word (`A3 reports that
  Russia supports Nicolás Maduro's Venezuela`), those between the actors the
  shared stances are about first; never toward a definite description that
  refers within its article (`the plan`);
- `lead`: each article's lead, the first sentence of its first paragraph after
  the title whose first sentence has eight words or more (bylines and
  breadcrumbs are shorter), as written (a dateline before a dash set aside: `RIVERTON, March
  12, 2024 — `), when it is one complete sentence (the inverted pyramid: a
  news story says what happened first); the article's own sentence may name
  anyone, but one whose every name is its brief's actor (or a place) comes
  first, and a news story's before a piece written in the first person (a
  column may open on the view it goes on to reject), then, when the articles
  were published on different days, the latest (a developing story's current
  state: the update task of TAC 2008 summarises what is new), then the one
  closest to the others' titles and main issues. It is said as the article's, in quotation marks (`A1 reports: “...”`, with its
  date when the articles' dates differ: `A3 (2025-05-19) reports: “...”`): one
  article's sentence, often its framing, is not the memo's own finding;
- `main_issue`: each article's main issue, when it reads as complete; the one
  closest to the others' titles and main issues first.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date as Date
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..extract.dates import dateline_at
from ..extract.entities import country_of_demonym
from ..extract.nlp import lemma
from ..extract.quotes import find_quotes
from ..extract.senses import natural_feature
from ..extract.speakers import OWN_VOICE, SPEECH_VERBS
from ..extract.stances import LEDE_CHARS
from ..schema import Brief
from .context import Context
from .language import content_lemmas, doc, inventory, polarity, sentence_problem, topic_problem, word_count
from .matrix import Observation, names_target, opener
from .schema import Fact, Passage, Quote, Speaker, StanceRow
from .text import body_start, published_date

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["collect_facts", "lead_sentence", "main_sources", "number_word", "place_names"]

QUOTE_WORDS = (6, 30)
"""Words of a quote that can be read in one sentence of a bottom line (shorter or longer quotes rank below)."""
_NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()


def number_word(n: int) -> str:
    """'two' for 2 (up to twelve), else the digits."""
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


@dataclass(frozen=True)
class _Side:
    label: str
    observations: tuple[Observation, ...]

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(o.article for o in self.observations))

    @property
    def stated(self) -> bool:
        return any(o.basis == "stated" for o in self.observations)


def collect_facts(ctx: Context, kept: list[Observation], rows: list[StanceRow], speakers: list[Speaker]) -> list[Fact]:
    """Every fact of the memo, strongest first, numbered F1, F2, ..."""
    order = {e.id: n for n, e in enumerate(ctx.entries)}
    shared = _shared_stances(ctx, kept)
    found = [
        *shared,
        *_contradictions(ctx, kept, speakers),
        *_source_positions(ctx, rows, speakers, shared),
        *_stated_stances(ctx, kept, shared),
        *_leads(ctx),
        *_main_issues(ctx),
    ]
    return [
        f.model_copy(update={"id": f"F{n}", "articles": sorted(f.articles, key=lambda a: order.get(a, len(order)))})
        for n, f in enumerate(found, 1)
    ]


# --------------------------------------------------------------------------- shared stances


def _target_groups(ctx: Context, kept: list[Observation]) -> dict[tuple[str, str], list[Observation]]:
    """Observations by (holder, target), a person who leads a state folded into the state they lead."""
    groups: dict[tuple[str, str], list[Observation]] = defaultdict(list)
    for obs in kept:
        groups[(obs.holder_key, _folded(ctx, obs.target_key))].append(obs)
    return groups


def _folded(ctx: Context, key: str) -> str:
    served = [k for k in sorted(ctx.allegiances.get(key, ())) if k.startswith("e:") and ctx.resolution.entity(k[2:]).kind == "country"]
    return served[0] if key.startswith("e:") and ctx.resolution.entity(key[2:]).kind == "person" and len(served) == 1 else key


def _sides(group: list[Observation]) -> list[_Side]:
    """The group's observations by label, one (the stated one first) per article."""
    by_label: dict[str, dict[str, Observation]] = defaultdict(dict)
    for obs in sorted(group, key=lambda o: o.basis != "stated"):
        by_label[obs.label].setdefault(obs.article, obs)
    return [_Side(label, tuple(per_article.values())) for label, per_article in by_label.items()]


def _shared_stances(ctx: Context, kept: list[Observation]) -> list[Fact]:
    """Stances shown by two or more articles, strongest first: stated before judged, then by articles, then evidence.

    A stance that only echoes a stronger one (the state a holder leads, with the
    same label toward the same target: `Venezuela supports Russia` after
    `Nicolás Maduro supports Russia`) is left out: the matrix shows it.
    """
    scored = []
    for group in _target_groups(ctx, kept).values():
        for side in _sides(group):
            n = len(side.articles)
            if side.label == "neutral" or n < 2:
                continue
            holder, target = side.observations[0].holder, _target_phrase(ctx, side.observations)
            evidence = sum(1 for o in side.observations if names_target(ctx, o))
            folded = (_folded(ctx, side.observations[0].holder_key), _folded(ctx, side.observations[0].target_key), side.label)
            scored.append(((not side.stated, -n, -evidence), folded, _shared_fact(ctx, holder, side.label, target, side)))
    scored.sort(key=lambda s: s[0])
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for _, folded, fact in scored:
        if folded not in seen:
            kept.append(fact)
        seen.add(folded)
    return kept


def _target_phrase(ctx: Context, observations: tuple[Observation, ...]) -> tuple[str, list[str]]:
    """How to name a folded target ('Nicolás Maduro's Venezuela'), and the names it uses."""
    names = list(dict.fromkeys(o.target for o in observations))
    if len(names) == 1:
        return names[0], names
    person = next(o.target for o in observations if o.target_key != _folded(ctx, o.target_key))
    state = next((o.target for o in observations if o.target_key == _folded(ctx, o.target_key)), None)
    state = state or ctx.resolution.entity(_folded(ctx, observations[0].target_key)[2:]).name
    return f"{person}'s {state}", [person, state]


JUDGED_VERB = "suggest"
"""What articles do with a stance the model judged and no stance word states (`Two articles suggest that ...`): they
imply it, as the model reads them; they do not report it."""


def _shared_fact(ctx: Context, holder: str, label: str, target: tuple[str, list[str]], side: _Side) -> Fact:
    """The sentence of a shared stance: `Both articles report that X opposes Y.` when a stance word or the parse
    states it in one of them; `Both articles suggest that ...` when the model judged it in each (`JUDGED_VERB`): a
    judgement, however many articles it is made on, is no report of theirs."""
    n, total = len(side.articles), len(ctx.briefs)
    verb = "report" if side.stated else JUDGED_VERB
    if n == total:
        count = f"Both articles {verb}" if n == 2 else f"All {number_word(n)} articles {verb}"
    else:
        count = f"{number_word(n).capitalize()} articles {verb}"
    phrase, names = target
    text = f"{count} that {_the(ctx, holder)} {_verb(label, _plural(holder))} {_the(ctx, phrase)}."
    numbers = [float(n)]
    return Fact(
        id="", kind="shared_stance", text=text, articles=side.articles, names=[holder, *names], holder=_the(ctx, holder), target=_the(ctx, phrase),
        basis="stated" if side.stated else "judged", labels=[label], numbers=numbers,  # type: ignore[list-item]
    )  # fmt: skip


def _stated_stances(ctx: Context, kept: list[Observation], shared: list[Fact]) -> list[Fact]:
    """Stances of support or opposition that one article states by a stance word, strongest first.

    A stance the shared stances already say (the same holder, label and folded
    target) is left out. Ranked by how many of the actors the shared stances are
    about (`_central`, with the states they lead) it joins, an actor as target
    before a topic phrase, then by evidence sentences that name the target.
    """
    central = _central(ctx, shared)
    central |= {_folded(ctx, k) for k in central}
    groups = _target_groups(ctx, kept).values()
    fold = lambda side: (_folded(ctx, side.observations[0].holder_key), _folded(ctx, side.observations[0].target_key), side.label)  # noqa: E731
    said = {fold(side) for group in groups for side in _sides(group) if len(side.articles) >= 2}
    scored = []
    for group in groups:
        for side in _sides(group):
            first, folded = side.observations[0], fold(side)
            if len(side.articles) != 1 or not side.stated or side.label not in ("supports", "opposes") or folded in said:
                continue
            if "@" in first.target_key:
                continue  # 'the plan': a definite description that refers within its article says nothing on its own
            observations = tuple(o for o in side.observations if o.basis == "stated")
            joined = sum(k in central for k in folded[:2])
            evidence = sum(1 for o in group if o.label == side.label and names_target(ctx, o))
            target = _target_phrase(ctx, tuple(o for o in group if o.label == side.label))
            scored.append(((-joined, not folded[1].startswith("e:"), -evidence), _stated_fact(ctx, first.holder, side.label, target, observations)))
    scored.sort(key=lambda s: s[0])
    return [fact for _, fact in scored]


def _stated_fact(ctx: Context, holder: str, label: str, target: tuple[str, list[str]], observations: tuple[Observation, ...]) -> Fact:
    article = observations[0].article
    phrase, names = target
    text = f"{ctx.label(article)} reports that {_the(ctx, holder)} {_verb(label, _plural(holder))} {_the(ctx, phrase)}."
    return Fact(
        id="", kind="stated_stance", text=text, articles=[article], names=[holder, *names], holder=_the(ctx, holder), target=_the(ctx, phrase),
        basis="stated", labels=[label],  # type: ignore[list-item]
    )  # fmt: skip


def _verb(label: str, plural: bool = False) -> str:
    verbs = {"supports": "support", "opposes": "oppose", "mixed": "has mixed views on", "neutral": "is neutral on"}
    if label in ("mixed", "neutral"):
        return verbs[label].replace("has", "have").replace("is", "are") if plural else verbs[label]
    return verbs[label] if plural else label


def _the(ctx: Context, name: str) -> str:
    """A name or phrase as it reads inside a sentence: 'the' where the articles put one.

    A name or phrase the articles write takes 'the' when they mostly write it
    with an article (`the United States`, `the Kremlin`, but `Russia`; `a plan
    by the authority to ...`, which the memo refers back to); a phrase they do not write
    takes it when the parse makes its head a singular common noun (`the D.I.Y.
    bar`), and keeps its own determiner or possessive.
    """
    words = [t for t in doc(name) if not t.is_punct]
    opening = words and (words[0].dep_ in ("det", "poss") or words[0].tag_ in ("DT", "PRP$")) and words[0].pos_ in ("DET", "PRON")
    if opening and name[:1].isupper() and ctx.resolution.lookup(name) is None:
        return name[:1].lower() + name[1:]  # 'The plan' as a sentence began it: 'the plan' inside one (a name keeps 'The
        # Hague', and a name that owns it keeps its capital: "Portvale's ban")
    if not words or words[0].dep_ in ("det", "poss") or words[0].tag_ in ("DT", "PRP$"):
        return name
    articles = "the|an?" if name[:1].islower() else "the"  # 'a Reuters reporter' writes no article of 'Reuters'
    pattern = re.compile(rf"(?<![\w.])((?:{articles})\s+)?{re.escape(name)}(?![\w])", re.IGNORECASE)
    uses = [m.group(1) is not None for text in ctx.texts.values() for m in pattern.finditer(text) if m.group(0)[-len(name):] == name]
    if uses:  # 'a plan by the authority to ...', introduced so: 'the plan by ...' when the memo refers to it again
        return f"the {name}" if 2 * sum(uses) > len(uses) else name
    if name[:1].islower():
        return name
    head = next(iter(doc(name).sents)).root
    return f"the {name}" if head.text.islower() and head.tag_ != "NNS" else name


def _plural(name: str) -> bool:
    """Whether a name or phrase is plural ('Armenian nationalists', 'Russia and China'), by the parse. A person's
    name is one person however its last word is tagged ('Anneli Roos', whose 'Roos' the tagger reads as a plural
    noun)."""
    head = next(iter(doc(name).sents)).root
    if head.ent_type_ == "PERSON" and not any(c.dep_ == "conj" for c in head.children):
        return False
    return head.tag_ in ("NNS", "NNPS") and head.lower_ not in ("states", "nations", "emirates") or any(c.dep_ == "conj" for c in head.children)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# --------------------------------------------------------------------------- contradictions


def _contradictions(ctx: Context, kept: list[Observation], speakers: list[Speaker]) -> list[Fact]:
    out = []
    for group in _target_groups(ctx, kept).values():
        sides = {s.label: s for s in _sides(group) if s.stated}
        pro, con = sides.get("supports"), sides.get("opposes")
        if pro and con and set(pro.articles) != set(con.articles):
            holder = group[0].holder
            phrase, names = _target_phrase(ctx, tuple(group))
            later = _published_after(ctx, con.articles, pro.articles) or _published_after(ctx, pro.articles, con.articles)
            if later:  # one side in every earlier article, the other in every later one: a change, or a disagreement
                first, then = (con, pro) if later == pro.articles else (pro, con)  # told in order, neither claimed
                text = (
                    f"{_and(ctx.labels(first.articles))} {_report(first.articles)} that {_the(ctx, holder)} {_verb(first.label, _plural(holder))} "
                    f"{_the(ctx, phrase)}; {_and(ctx.labels(then.articles))}, published later, that {_the(ctx, holder)} "
                    f"{_verb(then.label, _plural(holder))} {_the(ctx, phrase)}."
                )
            else:
                text = (
                    f"The articles differ on {_the(ctx, holder)} and {_the(ctx, phrase)}: "
                    f"{_and(ctx.labels(pro.articles))} {_report(pro.articles)} that {_the(ctx, holder)} supports {_the(ctx, phrase)}, "
                    f"{_and(ctx.labels(con.articles))} that {_the(ctx, holder)} opposes {_the(ctx, phrase)}."
                )
            out.append(Fact(id="", kind="contradiction", text=text, articles=pro.articles + con.articles, names=[holder, *names], labels=["supports", "opposes"]))
    out.extend(_opposed_sources(ctx, kept, speakers))
    return out


def _published_after(ctx: Context, later: list[str], earlier: list[str]) -> list[str]:
    """`later` when every article of it was published after every article of `earlier` (full dates read by
    `text.published_date` from `ArticleEntry.published`), else []: a holder's side in earlier articles and the other
    in later ones may be a change of position, which 'the articles differ' would misreport (a tribunal that suspended
    a permit in March and reinstated it in May)."""
    dates = _full_dates(ctx)
    if not all(a in dates for a in [*later, *earlier]):
        return []  # a year alone, or no date: no order to tell
    return later if min(dates[a] for a in later) > max(dates[a] for a in earlier) else []


def _opposed_sources(ctx: Context, kept: list[Observation], speakers: list[Speaker]) -> list[Fact]:
    sources = {("e:" + s.entity) if s.entity else None for s in speakers if s.quotes} - {None}
    by_target: dict[str, list[Observation]] = defaultdict(list)
    for obs in kept:
        if obs.holder_key in sources and obs.basis == "stated":
            by_target[_folded(ctx, obs.target_key)].append(obs)
    out = []
    for group in by_target.values():
        pro = sorted({o.holder for o in group if o.label == "supports"})
        con = sorted({o.holder for o in group if o.label == "opposes"})
        if pro and con and set(pro).isdisjoint(con):
            phrase, names = _target_phrase(ctx, tuple(group))
            text = (
                f"Sources are split on {_the(ctx, phrase)}: {_and([_the(ctx, p) for p in pro])} {_verb('supports', len(pro) > 1)} it, "
                f"while {_and([_the(ctx, c) for c in con])} {_verb('opposes', len(con) > 1)} it."
            )
            articles = list(dict.fromkeys(o.article for o in group if o.holder in pro + con))
            out.append(Fact(id="", kind="contradiction", text=text, articles=articles, names=[*pro, *con, *names], labels=["supports", "opposes"]))
    return out


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _report(articles: list[str]) -> str:
    return "reports" if len(articles) == 1 else "report"


# --------------------------------------------------------------------------- source positions


def _source_positions(ctx: Context, rows: list[StanceRow], speakers: list[Speaker], shared: list[Fact]) -> list[Fact]:
    """The main sources' positions, most quoted first: each with their strongest row and their sharpest quote on it."""
    said = {(f.names[0], target) for f in shared for target in f.names[1:]}
    central = _central(ctx, shared)
    out = []
    for speaker in main_sources(ctx, speakers):
        row, quote = _position(ctx, speaker, rows, central)
        out.append(_position_fact(ctx, speaker, None if row and (row.holder, row.target) in said else row, quote))
    return out


def _central(ctx: Context, shared: list[Fact]) -> set[str]:
    """Keys of the entities the shared stances are about: what the memo's story is about."""
    return {"e:" + e.id for f in shared for n in f.names if (e := ctx.resolution.lookup(n))}


def main_sources(ctx: Context, speakers: list[Speaker]) -> list[Speaker]:
    """Each article's most quoted source not chosen for an earlier article (media aside), most quoted overall first.

    A named source (an actor of the briefs) comes before a described one ('a commenter').
    """
    quoting = [s for s in speakers if "media" not in s.types and not opener(s.name) and any(_readable(q) for q in s.quotes)]
    count = lambda s, article=None: sum(1 for q in s.quotes if _readable(q) and article in (None, q.article))  # noqa: E731
    chosen: list[Speaker] = []
    for entry in ctx.entries:
        left = [s for s in quoting if s not in chosen and count(s, entry.id)]
        if left:
            chosen.append(max(left, key=lambda s: (s.entity is not None, count(s, entry.id), len(s.articles))))
    return sorted(chosen, key=lambda s: (s.entity is None, -count(s), s.name))


def _position(ctx: Context, speaker: Speaker, rows: list[StanceRow], central: set[str]) -> tuple[StanceRow | None, Quote]:
    """The speaker's strongest row that one of their quotes speaks to (its target named), with that quote.

    A row with a supports or opposes label whose evidence names its target,
    stated in some article or shown by two (one judgement of the model is not a
    checked fact); with no such row, no position, and the sharpest quote of all.
    """
    whole = [q for q in speaker.quotes if _readable(q) and not _first_half(q, speaker.quotes)]
    readable = [_lead(q) for q in (whole or [q for q in speaker.quotes if _readable(q)])]
    for row in rows:
        checked = row.strength.basis == "stated" or row.strength.articles >= 2
        if row.holder == speaker.name and checked and row.strength.evidence and _row_label(row) in ("supports", "opposes"):
            targets = {ctx.name(row.target, c.article)[1] for c in row.cells}
            naming = [q for q in readable if ctx.mentioned(q.text, q.article) & targets]
            if naming:
                return row, _sharpest(ctx, naming, central)
    return None, _sharpest(ctx, readable, central)


SPLIT_GAP = 120
"""Most characters between the halves of one quote split around its attribution ('"The headline figure counts the
cost," said Anna Keller, an economist at the Coastal Economics Institute, "but not the money ..."')."""
SPLIT_MIN_GAP = 8
"""Fewest: '," she said, "' has 13; the sentences of one quotation, or its next paragraph, follow each other closer
('. ', '.\n\n"'), and are not halves of anything."""


def _first_half(quote: Quote, quotes: list[Quote]) -> bool:
    """Whether `quote` is the first half of a quote split around its attribution: another of the speaker's quotes in
    the same article starts SPLIT_MIN_GAP to SPLIT_GAP characters after it ends, and it does not end a sentence. Shown
    alone, a first half may say the opposite of the whole ('... counts the cost of running the boats' without
    'but not the money those boats bring in')."""
    if quote.text.rstrip().endswith((".", "!", "?", "…")):
        return False
    return any(q.article == quote.article and SPLIT_MIN_GAP <= q.start - quote.end <= SPLIT_GAP for q in quotes)


def _readable(quote: Quote) -> bool:
    return word_count(quote.text) >= 3


def _lead(quote: Quote) -> Quote:
    """A quote longer than one bottom-line sentence can carry (`QUOTE_WORDS`) cut to its first sentence that is long
    enough to say something and is the speaker's own: a sentence that reports someone else's words ('Veridan says
    120 HGV movements a day.', before 'We went through their figures and it is nearer 400.') would, alone, put
    the other side's claim in the speaker's mouth (`_reports_another`). The cut quote keeps its exact span."""
    if word_count(quote.text) <= QUOTE_WORDS[1]:
        return quote
    for sentence in doc(quote.text).sents:
        if _reports_another(sentence):
            continue
        text = quote.text[sentence.start_char : sentence.end_char].strip()
        if not QUOTE_WORDS[0] <= word_count(text) <= QUOTE_WORDS[1]:
            return quote
        start = quote.start + quote.text.index(text, sentence.start_char)
        return quote.model_copy(update={"text": text, "start": start, "end": start + len(text)})
    return quote



def _reports_another(sentence: "Span") -> bool:
    """Whether a sentence reports someone else's words: its main verb is a speech verb (`speakers.SPEECH_VERBS`)
    whose subject is not the speaker ('Veridan says ...', not 'I say ...')."""
    root = sentence.root
    if lemma(root) not in SPEECH_VERBS:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in OWN_VOICE for c in root.children)


def _sharpest(ctx: Context, quotes: list[Quote], central: set[str]) -> Quote:
    """The quote that says most in one sentence.

    Preferred, in this order: of a readable length (`QUOTE_WORDS`), opening
    as a sentence does (not in lower case: '“but a building with a front
    counter ...”', the second part of a quotation split by its attribution,
    had opened a bottom line's sentence), a clause of its own (not a fragment
    of the author's sentence), naming more of the
    actors the memo's shared stances are about (a person who leads or speaks
    for one names it too), then more of its actors at all
    (who does what to whom), with a stance word; then the nearest to 20 words.
    """

    def score(quote: Quote) -> tuple:
        words = word_count(quote.text)
        clause = not sentence_problem(quote.text.strip().rstrip(".,;:!?") + ".")
        stance = any(polarity(t) for t in doc(quote.text))
        mentioned = ctx.mentioned(quote.text, quote.article)
        about = mentioned | {k for key in mentioned for k in ctx.allegiances.get(key, ())}  # 'Putin' names Russia too (as in `names_target`)
        opening = quote.text.lstrip(" \"'“‘")[:1]
        return (not QUOTE_WORDS[0] <= words <= QUOTE_WORDS[1], opening.islower(), not clause, -len(about & central), -len(mentioned), not stance, abs(words - 20))

    return min(quotes, key=score)


def _position_fact(ctx: Context, speaker: Speaker, row: StanceRow | None, quote: Quote) -> Fact:
    role = speaker.roles[0] if speaker.roles else ""
    affiliation = speaker.affiliations[0] if speaker.affiliations and speaker.affiliations[0] != speaker.name else ""
    described = ", ".join(p for p in (role, affiliation) if p and not (p is affiliation and p.casefold() in role.casefold()))
    who = speaker.name + (f" ({described})" if described else "")
    words = quote.text.strip().rstrip(",;:")
    passage = Passage(article=quote.article, text=quote.text, start=quote.start, end=quote.end)
    names = [speaker.name, *speaker.affiliations[:1]]
    said = "was quoted as saying" if words[:1].islower() else "said:"  # a quote that starts mid-sentence is a fragment
    end = "" if words[-1:] in (".", "!", "?", "…") else "."  # “... to this moment.” ends the sentence; no second period
    if row is None:
        return Fact(id="", kind="source_position", text=_cap(f"{who} {said} “{words}”{end}"), articles=[quote.article], names=names, quote=passage)
    label = _row_label(row)
    articles = list(dict.fromkeys([quote.article, *(c.article for c in row.cells if c.label == label)]))
    text = _cap(f"{who} {_verb(label, _plural(speaker.name))} {_the(ctx, row.target)}, and {said} “{words}”{end}")
    return Fact(id="", kind="source_position", text=text, articles=articles, names=[*names, row.target], labels=[label], quote=passage)  # type: ignore[list-item]


def _row_label(row: StanceRow) -> str:
    """The label most of the row's cells give (a stated cell breaks a tie)."""
    counts: dict[str, tuple[int, int]] = {}
    for c in row.cells:
        n, stated = counts.get(c.label, (0, 0))
        counts[c.label] = (n + 1, stated + (c.basis == "stated"))
    return max(counts, key=lambda label: counts[label])


# --------------------------------------------------------------------------- main issues


def _main_issues(ctx: Context) -> list[Fact]:
    out = []
    for brief in ctx.briefs:
        issue = " ".join(brief.main_issue.split()).rstrip(". ")
        if not issue or topic_problem(issue).startswith("ends on") or _list_of_topics(issue) or _headline(issue):
            continue
        if _other_script(issue, ctx.texts[brief.article_id]) or _stranger(ctx, brief, issue):
            continue
        sentence = issue + "."
        if sentence_problem(sentence):
            sentence = _about(ctx.label(brief.article_id), issue, ctx.texts[brief.article_id])
            if sentence_problem(sentence):
                continue
        names = [e.text for e in doc(issue).ents]
        out.append(Fact(id="", kind="main_issue", text=sentence, articles=[brief.article_id], names=names))
    return _by_centrality(ctx, out)


LEAD_WORDS = (8, 60)
"""Words of an article's lead sentence: shorter is a byline or a breadcrumb ('by', 'Home » world'), longer no lead.
Wire ledes run long: of the tuning sets' first sentences of 46 to 60 words (fourteen, among them a recall, a court
ruling and a study's finding), every one is the story's lede; the bound had been 45 (nu138's wire lede had 50)."""


def _leads(ctx: Context) -> list[Fact]:
    """Each article's lead sentence as a fact (see the module docstring): a news story's before a piece in the
    first person, then those whose names the brief has, then the latest published when the articles' full dates
    differ, then the most central."""
    titles = {e.id: e.title or "" for e in ctx.entries}
    dates = _story_dates(ctx)
    out: list[Fact] = []
    checked: dict[int, bool] = {}
    for brief in ctx.briefs:
        aid = brief.article_id
        lead = lead_sentence(ctx.texts.get(aid, ""), titles.get(aid, ""))
        if not lead or word_count(lead) > LEAD_WORDS[1] or not lead.endswith((".", "!", "?", ".”", '."')) or not lead[:1].isupper():
            continue
        if sentence_problem(lead):
            continue
        when = f" ({dates[aid].isoformat()})" if aid in dates else ""
        said = f"{ctx.label(aid)}{when} reports: “{lead}”"  # one article's sentence, never the memo's own claim
        out.append(Fact(id="", kind="lead", text=said, articles=[aid], names=[e.text for e in doc(lead).ents]))
        checked[id(out[-1])] = not _stranger(ctx, brief, lead)
    # the article's own sentence may name anyone it names; a news story's comes before a piece in the first person
    # (a column opening on the view it will reject: 'Every few years a new medicine arrives with a headline number
    # that sounds like liberation.' had opened nu138's bottom line), then one whose every name its brief has
    voiced = {aid: _in_the_first_person(ctx.texts.get(aid, "")) for aid in {f.articles[0] for f in out}}
    return sorted(_by_centrality(ctx, out), key=lambda f: (voiced[f.articles[0]], not checked[id(f)], -_ordinal(dates.get(f.articles[0]))))


def _in_the_first_person(text: str) -> bool:
    """Whether an article's writer speaks in the first person singular outside quotation marks, twice or more ('I
    do not doubt it', 'when I visited his flat'; the parse's Person=1 and Number=Sing on a pronoun): a column, a
    review or an interview's answers, whose opening sentence may be a view the piece goes on to weigh or reject,
    where a news story's lead says what happened."""
    quoted = [(q.start, q.end) for q in find_quotes(text, min_words=1)]
    mine = [
        t for t in doc(text)
        if t.pos_ == "PRON" and t.morph.get("Person") == ["1"] and t.morph.get("Number") == ["Sing"] and not any(s <= t.idx < e for s, e in quoted)
    ]
    return len(mine) >= 2


def _story_dates(ctx: Context) -> dict[str, Date]:
    """Each article's full publication date (`text.published_date`), when the memo's articles have two or more
    different ones; else {} (one day's coverage, or undated articles, has no order to tell)."""
    dates = _full_dates(ctx)
    return dates if len(set(dates.values())) >= 2 else {}


def _full_dates(ctx: Context) -> dict[str, Date]:
    """Each article's publication date where `text.published_date` reads a full one from `ArticleEntry.published`
    (not a year alone)."""
    return {e.id: d for e in ctx.entries if isinstance(d := published_date(e.published), Date)}


def _ordinal(day: Date | None) -> int:
    return day.toordinal() if day else 0


def lead_sentence(text: str, title: str) -> str:
    """An article's lead: the first sentence of its body (after the headline, `text.body_start`) that opens a
    paragraph and has at least `LEAD_WORDS[0]` words, its dateline removed; '' when the first `LEDE_CHARS`
    characters of the body have none."""
    start = body_start(text, title)
    head = text[start : start + LEDE_CHARS]
    firsts = [x for x in doc(head).sents if _opens_paragraph(head, x.start_char)]
    return next((s for s in map(_without_dateline, firsts) if word_count(s) >= LEAD_WORDS[0]), "")


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether the sentence at character `start` opens its paragraph, or follows only the paragraph's dateline
    (`KISUMU, Kenya — At dawn ...`, where the parser made the dateline a sentence of its own)."""
    before = text[:start].rstrip(" \t")
    if not before or before.endswith("\n"):
        return True
    paragraph = text.rfind("\n", 0, start) + 1
    found = dateline_at(text, paragraph)
    return found is not None and not text[found[0] : start].strip()


def _without_dateline(sentence: "Span") -> str:
    """A sentence without the dateline that opens it (`text.dateline_at`: 'RIVERTON, March 12, 2024 — The council
    voted ...'), its whitespace made single."""
    found = dateline_at(sentence.text)
    return " ".join(sentence.text[found[0] if found else 0 :].split())


def _stranger(ctx: Context, brief: Brief, issue: str) -> str:
    """A name in a main issue that is no actor, source or affiliation of its brief (a person or organisation the
    model named in its summary, or an actor of another article): a fact names only who its brief checked, so such
    a main issue is not one. A place its article writes may stand (`place_names`), and so may a group word the
    recogniser tags as a nationality or party but that is no one's name (`nationalists`)."""
    aid = brief.article_id
    surfaces = {n for a in brief.actors for n in (a.name, *a.aliases)} | {n for s in brief.sources for n in (s.name, s.affiliation) if n}
    known = {ctx.name(n, aid)[1] for n in surfaces}
    known |= {k for key in list(known) for k in ctx.allegiances.get(key, ())}
    surfaces |= {n for key in known if key.startswith("e:") for n in ctx.surface_names(key)}
    places = place_names(issue, ctx.texts.get(aid, ""))
    for name, label in inventory(issue).names:
        keys = ctx.mentioned(name, aid)
        if name in places or any(name in n for n in surfaces) or (keys and keys <= known):
            continue
        if label == "NORP" and not keys and country_of_demonym(name) is None:
            continue  # 'nationalists', 'liberals': a group word, not a nationality ('Iranian' must be an actor's)
        return name
    return ""


_LOCATIVE = frozenset("in at near across throughout inside outside within around".split())


def place_names(text: str, article: str) -> set[str]:
    """Names in `text` used as places, not actors, that `article` writes: a location or facility (`Latin America`,
    `the Caribbean`), a natural feature's name of two or more words whatever the recogniser tagged it
    (`senses.natural_feature`: `the Miravel Wetlands`, `Tarrow River`), or a country or city after a preposition of
    place (`a march in Armenia`), and one set beside such a place (`in Yerevan, Armenia`)."""
    out: set[str] = set()
    parsed = doc(text)
    for entity in parsed.ents:
        head = entity.root.head
        located = entity.label_ in ("LOC", "FAC") or (entity.label_ == "GPE" and head.dep_ == "prep" and head.lower_ in _LOCATIVE)
        located = located or (len(entity) > 1 and natural_feature(entity[-1].text))  # 'the Miravel Wetlands', tagged a body
        beside = entity.label_ == "GPE" and entity.root.dep_ in ("appos", "conj", "npadvmod") and any(
            e.text in out and e.start <= head.i < e.end for e in parsed.ents
        )
        if (located or beside) and entity.text in article:
            out.add(entity.text)
    return out


def _by_centrality(ctx: Context, issues: list[Fact]) -> list[Fact]:
    """Main issues, the story's lead first: the one whose content words (lemmas of nouns, names, verbs and
    adjectives) most of the other articles' titles and main issues share, per square root of its own words
    (a centroid choice, as in multi-document summarisation: Radev et al., 2004, MEAD); ties in memo order."""
    titles = {e.id: e.title or "" for e in ctx.entries}
    words = {b.article_id: _topic_words(f"{titles.get(b.article_id, '')}. {b.main_issue}") for b in ctx.briefs}

    def centrality(fact: Fact) -> float:
        own = _topic_words(fact.text)
        shared = sum(len(own & other) for article, other in words.items() if article != fact.articles[0])
        return shared / max(1, len(own)) ** 0.5

    return sorted(issues, key=lambda f: -centrality(f))



def _topic_words(text: str) -> set[str]:
    """What `_by_centrality` compares: lemmas of nouns, names, verbs and adjectives, stop words aside."""
    return content_lemmas(text, ("NOUN", "PROPN", "VERB", "ADJ"), stop_words=False)


def _about(label: str, issue: str, article: str = "") -> str:
    """'A1 is about arson attack on ...': a main issue that is no sentence of its own, its first word cased as
    the article mostly writes it away from a sentence start (truecasing by the most frequent form); a word
    the article does not use keeps its capital when the entity recogniser puts it in a name, or is an acronym."""
    first = doc(issue)[0]
    cased = _usual_case(first.text, article)
    if cased is None:
        cased = first.text if first.ent_type_ or first.text.isupper() else first.text.lower()
    return f"{label} is about {cased}{issue[len(first.text):]}."


def _usual_case(word: str, article: str) -> str | None:
    """`word` as `article` writes it inside sentences: lower case when it is written so at least as often as
    capitalised after another word; None when it does not occur inside a sentence."""
    lower = len(re.findall(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", article))
    inside = len(re.findall(rf"(?<=[\w,;:] ){re.escape(word)}(?![\w-])", article)) if word != word.lower() else 0
    if not lower and not inside:
        return None
    return word.lower() if lower >= inside else word


def _list_of_topics(text: str) -> bool:
    """A main issue that only lists three or more things ('X, Y's role and Z') states nothing about them.

    Read from the parse: the root's conjuncts, or, with no finite verb (the small parser often misses the
    coordination), two or more comma-separated parts after the first that open as bare noun phrases ('U.S.
    military intervention in Venezuela, Venezuela-Russia alliance, Cold War dynamics'), or three or more whatever
    verbs the tagger found; a part opening with a determiner or preposition describes the one before (', a gay
    friendly bar in Yerevan', ', with two MPs')."""
    parsed = doc(text)
    root = next(iter(parsed.sents)).root
    if root.pos_ not in ("VERB", "AUX") and len(root.conjuncts) >= 2:
        return True
    openers = [parsed[t.i + 1] for t in parsed if t.text == "," and t.i + 1 < len(parsed)]
    bare = sum(t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") for t in openers)
    if bare >= 3:
        return True  # 'nurses strike in Karelund, health service, eleven years after talks collapse, Karelund Nurses'
        # Federation (KNF), National Health Executive (NHE)': the tagger's verbs ('strike', 'collapse') make no sentence
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in parsed):
        return False
    return bare >= 2


_SCRIPTS = re.compile(r"[\u0400-\u04ff\u0530-\u058f\u0600-\u06ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _other_script(issue: str, article: str) -> bool:
    """A main issue that drifts into a script its article does not use (a small model's `... supporting and 鼓励`)."""
    return any(ch not in article for ch in _SCRIPTS.findall(issue))


def _headline(text: str) -> bool:
    """A main issue in title case ('Homophobic Firebombing Controversy Continues as Officials, MPs ...') is a headline copied, not a sentence."""
    words = [t for t in doc(text) if t.is_alpha and len(t) > 3]
    return len(words) >= 4 and sum(t.text[0].isupper() for t in words) * 10 >= 6 * len(words)
