"""One contested issue across articles: each article's wording of what its sources argue over, linked when two
articles argue over the same thing.

Articles on one story name its proposal differently: 'plans to axe the number 14 bus', 'plans to cut a rural bus
service', 'scrapping rural bus route 14'. `matrix.same_topics` joins wordings that share a head word and whose
content words one contains the other's; these do not, so their holders never met in one row, one agreement or
one contradiction. This is cross-document event coreference (Bejan and Harabagiu 2010, "Unsupervised event
coreference resolution with rich linguistic features", ACL; Cybulska and Vossen 2014, the ECB+ corpus, LREC).

Code proposes and the model decides, as for ambiguous names (`questions.settle_ambiguities`):

- each article's **contested issue** (`contested_issues`) is the topic (not a named entity) that the most
  distinct holders of its stances take a position on, at least `MIN_HOLDERS` of them, after the memo's own
  merging of wordings;
- two articles' issues worded differently are a candidate pair when each shares a noun or name (not a number
  alone, not a head word both share) with the other article's wording, headline or lead sentence, or when two of
  the memo's resolved holders take sides on both (`candidates`); so is an article's issue with another topic of
  the same article that shares such a word with it ('withdrawing its subsidy for bus route 14' beside 'scrapping
  rural bus route 14'), or that is a bare definite description ('the proposal');
- each candidate pair is one constrained question to the model ('same' or 'different', the two wordings alone;
  `issue_link_variables`), at most `MAX_QUESTIONS` per memo, all asked at once;
- a 'same' answer links the two wordings (`IssueLink`); `matrix.same_topics` reads linked wordings as one
  target, and the memo lists each link with the model's answer as its reason. A failed or unusable answer links
  nothing and is listed in the memo's method.

Neither part alone is enough. Word overlap cannot tell a proposal from its opposite ('scrapping route 14',
'saving route 14'), and the embedded model, asked about every pair of issues with both headlines, answered 'same'
for all of them, 'Venezuelan economy' and 'Russian invasion' among them; its answers on a close pair also vary
between runs ('plans to axe the number 14 bus' and 'saving the 14': 'different' here, 'same' in a new user's run
with an empty cache, which the number-alone rule now keeps from being asked; docs/quality.md).
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Sequence

from pydantic import BaseModel, ConfigDict, Field

from ..articles import Article
from ..errors import SummarizerError
from ..extract.pipeline import Outcome, Summarizer, UsageMeter
from ..extract.senses import PERSON, derived_verbs, noun_class
from ..extract.stances import EVALUATIVE
from ..schema import Usage
from . import matrix
from .context import Context
from .facts import lead_sentence
from .language import doc
from .questions import call_usage
from .schema import DroppedItem

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "ISSUE_LINK_PROMPT", "MAX_QUESTIONS", "MIN_HOLDERS", "SHARED_HOLDERS", "ContestedIssue", "IssueAnswer", "IssueLink", "article_topics",
    "apart_in_kind", "candidates", "contested_issues", "issue_link_variables", "link_issues",
]  # fmt: skip

ISSUE_LINK_PROMPT = "memo_issue_link"
MIN_HOLDERS = 2
"""Distinct holders an article's topic needs to be its contested issue: one holder's view is no dispute."""
SHARED_HOLDERS = 2
"""Holders two articles' issues must share to be asked about whatever their words (`candidates`)."""
MAX_QUESTIONS = 24
"""Questions one memo may ask about issues (about 2 s each on the embedded model on two cores, model loaded:
`benchmarks/bench_memo_questions.py`)."""


@dataclass(frozen=True)
class ContestedIssue:
    """A topic of an article: its key (`Context.name`), its wording, the keys of the holders who take a side on it,
    and whether it is a bare definite description, which refers back within its article ('the proposal')."""

    article: str
    key: str
    phrase: str
    holder_keys: frozenset[str] = frozenset()
    refers_back: bool = False

    @property
    def holders(self) -> int:
        """How many distinct holders take a side on the topic."""
        return len(self.holder_keys)


@dataclass(frozen=True)
class IssueLink:
    """The topic `key` (as `Context.name` keys it) is the same issue as the topic `to`; `reason` says who decided."""

    key: str
    to: str
    reason: str


class IssueAnswer(BaseModel):
    """The model's answer: do two articles' wordings name the same proposal, plan, decision or event?"""

    model_config = ConfigDict(extra="forbid")
    answer: Literal["different", "same"] = Field(
        description="same: both wordings name one proposal, plan, decision or event; different: anything else."
    )


def article_topics(ctx: Context) -> dict[str, list[ContestedIssue]]:
    """Each article's topics (stance targets that are no named entity), most distinct holders first, then in the
    brief's order. The first that is no bare definite description is the article's contested issue when it has at
    least `MIN_HOLDERS` holders (`contested_issues`).

    Stances are read as the memo screens them (`matrix.screen`, less the check of quotes the memo moves to
    another speaker, which needs the whole who-said-what section) and merges their wordings (`matrix.same_topics`).
    """
    kept, _ = matrix.screen(ctx, matrix.observations(ctx))
    kept, _ = matrix.same_topics(ctx, kept)
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    phrase: dict[str, str] = {}
    order: dict[tuple[str, str], int] = {}
    for n, obs in enumerate(kept):
        if obs.target_is_entity:
            continue
        holders[(obs.article, obs.target_key)].add(obs.holder_key)
        phrase.setdefault(obs.target_key, obs.target)
        order.setdefault((obs.article, obs.target_key), n)
    out: dict[str, list[ContestedIssue]] = defaultdict(list)
    for article, key in sorted(holders, key=lambda k: (-len(holders[k]), order[k])):
        out[article].append(ContestedIssue(article, key, phrase[key], frozenset(holders[(article, key)]), "@" in key))
    return dict(out)


def contested_issues(ctx: Context) -> list[ContestedIssue]:
    """Each article's contested issue, in article order (articles with none are left out): the topic that the most
    distinct holders of its stances take a position on, at least `MIN_HOLDERS` of them; on a tie, the topic the
    brief lists first (`article_topics`). Entities (people, countries, bodies) are not topics, and a bare definite
    description ('the plan') points back within its article."""
    return _issues(ctx, article_topics(ctx))


def _issues(ctx: Context, topics: dict[str, list[ContestedIssue]]) -> list[ContestedIssue]:
    out = []
    for entry in ctx.entries:
        first = next((t for t in topics.get(entry.id, []) if not t.refers_back), None)
        if first is not None and first.holders >= MIN_HOLDERS:
            out.append(first)
    return out


_NAMING = ("NOUN", "PROPN", "NUM")


def _naming_words(text: str) -> set[str]:
    """Case-folded lemmas of the nouns, proper nouns and numbers of `text` that are not stop words ('bus', '14'),
    and of its capitalised adjectives: the tagger reads a place name before a noun as one ('Ashworth maternity')."""
    return {
        t.lemma_.casefold()
        for t in doc(text)
        if (t.pos_ in _NAMING or t.pos_ == "ADJ" and t.text[:1].isupper()) and not t.is_stop and any(c.isalnum() for c in t.text)
    }


def _shares_words(first: str, second: str) -> bool:
    """Whether two wordings of one article may name one thing: both particular (`_particular`), sharing a noun or
    name (`_names_one`) besides a head word they share ('withdrawing its subsidy for bus route 14' and 'scrapping
    rural bus route 14')."""
    if not (_particular(first) and _particular(second)):
        return False
    shared_head = {matrix.head_lemma(first)} & {matrix.head_lemma(second)}
    return _names_one(_naming_words(first) & _naming_words(second) - shared_head)


_ACTS = frozenset({"noun.act", "noun.event"})
"""WordNet's lexicographer files of nouns of acts and events ('closure', 'merger'): a noun of one names something
done, as a verb does."""
_EDICTS = frozenset({"noun.communication"})
"""The file WordNet puts 'ban', 'approval' and 'veto' under (an edict is words): such a noun names an act when
WordNet derives it from a verb (`senses.derived_verbs`)."""


def _names_an_act(token: "Token") -> bool:
    """Whether a word of a wording names an act: a verb other than one of reporting or intending (`_REPORTING`), or
    a noun of an act or event (`_ACTS`), or of an edict that WordNet derives from a verb ('ban', 'veto')."""
    if token.pos_ == "VERB":
        return token.lemma_.lower() not in _REPORTING and not token.is_stop
    if token.pos_ != "NOUN":
        return False
    kind = noun_class(token.lemma_)
    return kind in _ACTS or kind in _EDICTS and bool(derived_verbs(token.lemma_) - _REPORTING)


def apart_in_kind(first: str, second: str) -> bool:
    """Whether two wordings cannot name one issue, whatever a model answers: one names people (its head's first
    WordNet sense is a person, `senses.noun_class`: 'the midwives', 'the doctors'), who hold stances rather than
    being what one argues over; or one names a thing that the other names something done to ('Merrigal District
    Hospital maternity unit' and 'plan to close the maternity unit at Merrigal District Hospital': the unit's head
    word is inside the other under a word that names an act, `_names_an_act`: 'closure of the unit', 'EU ban on red
    food dye'). Taking a side on the thing and on closing it are opposite sides, so one link would turn a stance
    round ('opposes the unit' read as 'opposes the plan to close it'); a plan *for* a thing ('plans for the
    incinerator') has no act over it and stays askable. So is an act apart from a verb's act on it ('30-day mobile
    money shutdown' and 'suspending the 30-day mobile money shutdown', a new user's memo that had read the
    shutdown's defenders as backing its suspension)."""
    for one, other in ((first, second), (second, first)):
        parsed = next(iter(doc(one).sents), None)
        if parsed is None:
            continue
        head = parsed.root
        if head.pos_ in ("NOUN", "PROPN") and head.tag_ in ("NN", "NNS") and noun_class(head.lemma_) == PERSON:
            return True
        if head.pos_ == "VERB":
            continue  # an act itself, not a thing acted on
        acted_on_by = (lambda a: a.pos_ == "VERB" and _names_an_act(a)) if _names_an_act(head) else _names_an_act
        # an act ('30-day mobile money shutdown') is apart from an act done to it by a verb ('suspending the 30-day
        # shutdown'): for the one and for suspending it are opposite sides; a noun of an act above it ('the shutdown
        # order') names the act again
        for token in next(iter(doc(other).sents), parsed):
            if token.lemma_.lower() != head.lemma_.lower() or token.dep_ == "ROOT":
                continue
            if any(acted_on_by(a) for a in token.ancestors):
                return True
    return False


def _named_before(issue: str, description: str, text: str) -> bool:
    """Whether the article names the issue (one of its nouns or names, `_naming_words`) before the bare definite
    description is first written: a description refers back, so what it stands for is written before it ('Finance
    Minister David Okafor backed the decision', after a rate rise, two sentences before any tax cut, is not the
    tax cut). True when the description is not found as written."""
    at = text.casefold().find(description.casefold())
    if at < 0:
        return True
    return bool(_naming_words(issue) & _naming_words(text[:at]))


def _undoes(description: str, issue: str) -> bool:
    """Whether a wording names an act against the issue that the issue's wording does not ('the suspension' beside
    'planned two-day strike': suspending the strike, which one who welcomes it favours and the strike's backers
    oppose): a verb of opposing (`stances.EVALUATIVE` below zero: suspend, cancel, scrap, withdraw) among its verbs
    and the verbs WordNet derives its nouns from, and not among the issue's acts (`_acts`). Such a wording is the
    issue's other side, never the same issue."""
    parsed = doc(description)
    verbs = {t.lemma_.lower() for t in parsed if t.pos_ == "VERB"}
    verbs |= {v for t in parsed if t.pos_ == "NOUN" for v in derived_verbs(t.lemma_.lower())}  # any sense: WordNet's
    # first of 'suspension' is a substance's
    against = {verb for verb in verbs if EVALUATIVE.get(verb, 0) < 0}
    return bool(against - _acts(issue))


def _acts(phrase: str) -> set[str]:
    """The acts a wording names, as verb lemmas: its verbs ('close' of 'plan to close the maternity unit') and the
    verbs WordNet derives its nouns of acts from (`senses.derived_verbs`, `_names_an_act`: 'close' of 'the
    closure', 'merge' of 'the merger', 'ban' of 'the ban'). Reporting and auxiliary verbs name no act of the story."""
    found: set[str] = set()
    for t in doc(phrase):
        if t.dep_ not in ("aux", "auxpass") and _names_an_act(t):
            found |= {t.lemma_.lower()} if t.pos_ == "VERB" else derived_verbs(t.lemma_)
    return found - _REPORTING


_REPORTING = frozenset("say tell report announce propose plan want seek".split())
"""Verbs that report or intend an act rather than name one ('plans to close', 'proposed scrapping'): two wordings
sharing only one of them share no act."""


def _names_one(shared: set[str]) -> bool:
    """Whether shared words can tie two wordings to one thing: a noun or a name among them. A number alone does not:
    'the 14' the campaign fights to save and the plan to axe 'the number 14 bus' are opposites."""
    return any(not doc(word)[0].like_num for word in shared)


def _particular(phrase: str) -> bool:
    """Whether a wording can name one particular proposal or event: more than one word, or a name or a number. A
    bare common noun ('park', 'law') names a kind, which the articles of one story may argue over on opposite
    sides (for the park, against the stadium on it)."""
    words = [t for t in doc(phrase) if not (t.is_punct or t.is_space)]
    return len(words) > 1 or any(t.like_num or t.text[:1].isupper() for t in words)  # the tagger reads 'park' alone as a name


def candidates(ctx: Context, first: ContestedIssue, second: ContestedIssue) -> bool:
    """Whether two articles' issues may be one, so that the model is asked. Both must be particular (a bare common
    noun is never a candidate, `_particular`), and either

    - each wording shares a noun or name (a number alone is not enough, `_names_one`) with the other article's
      wording, headline or lead sentence ('Rovers stadium' is in the headline of the article arguing over
      'Millfield Park plan', and 'Millfield' and 'park' in the other's). A head word the two wordings share does
      not count: with modifiers that differ ('Djibouti ceasefire plan', 'Ashworth maternity plan') it names two
      things of one kind (the modifier test of Lee et al. 2013, as in `matrix.same_topics`); or
    - at least `SHARED_HOLDERS` of the memo's resolved holders take a side on both: the same people arguing in
      two articles are most likely arguing over one thing, whatever each outlet calls it ('350,000-tonne waste
      incinerator', 'Coldharbour burner'); or
    - the two wordings name one act, as a verb or as a noun derived from it (`_acts`: 'the closure' and 'plan to
      close the maternity unit').

    The word test is the same-lemma test that is the strong baseline of cross-document event coreference
    (Upadhyay et al. 2016, "Revisiting the evaluation for cross document event coreference", COLING; on ECB+),
    required here rather than sufficient: the embedded model, shown two headlines of one story, answers 'same'
    for unrelated issues of it ('Venezuelan economy' and 'Russian invasion'; measured in docs/quality.md)."""
    if not (_particular(first.phrase) and _particular(second.phrase)):
        return False
    if len(first.holder_keys & second.holder_keys) >= SHARED_HOLDERS:
        return True
    words = {}
    for issue in (first, second):
        title = next((e.title or "" for e in ctx.entries if e.id == issue.article), "")
        context = f"{issue.phrase}\n{title}\n{lead_sentence(ctx.texts.get(issue.article, ''), title)}"
        words[issue.article] = (_naming_words(issue.phrase), _naming_words(context))
    (a_phrase, a_all), (b_phrase, b_all) = words[first.article], words[second.article]
    shared_head = {matrix.head_lemma(first.phrase)} & {matrix.head_lemma(second.phrase)}  # one head, different modifiers: two things
    if _acts(first.phrase) & _acts(second.phrase):
        return True  # 'the closure' and 'plan to close the maternity unit': one act named as a noun and as a verb
    return _names_one(a_phrase & b_all - shared_head) and _names_one(b_phrase & a_all - shared_head)


def issue_link_variables(first: ContestedIssue, second: ContestedIssue) -> dict[str, Any]:
    """What the issue-link prompt shows: the two wordings alone, each in quotation marks.

    Neither the headlines nor a data fence around the wordings: shown two headlines of one story, the embedded
    model answered 'same' for every pair, and fenced, it answered 'same' for a proposal and its opposite ('plans
    to axe the number 14 bus', 'saving the 14'; both measured in docs/quality.md). A wording is a stance target of
    a brief, and the answer can only be 'same' or 'different', so the worst a wording can do is a wrong link."""
    return {"first": first.phrase, "second": second.phrase}


async def link_issues(
    summarizer: Summarizer, outcomes: Sequence[Outcome], ctx: Context
) -> tuple[list[IssueLink], list[DroppedItem], list[Usage]]:
    """Link the wordings of one contested issue that the model judges the same (see the module docstring).

    Asked about: each pair of articles' issues that code proposes (`candidates`), the later article's beside the
    earlier one's; then each article's issue beside each other topic of that article that shares a noun or
    name with it (`_shares_words`) or is a bare definite description ('the proposal': it points back within its
    article, and the article's issue is what it most often points back to) written after the issue is first
    named (`_named_before`); then each article's issue beside each topic of another article that names the same act
    (`_acts`: 'plan to close the maternity unit' and another article's 'the closure'). At most `MAX_QUESTIONS` pairs, in
    that order, all asked at once (so that a batch run asks them in one round). A 'same' answer links the second
    wording to the first, and links chain (`matrix.same_topics` reads each chain as one topic). Returns the links,
    the pairs left unlinked for want of an answer (a call's error, `SummarizerError`, or an answer that is not one
    of the two choices: listed in the memo's method, never raised), and the questions' usage; no question at all
    when no pair is proposed.
    """
    topics = article_topics(ctx)
    contested = _issues(ctx, topics)
    issues: list[ContestedIssue] = []
    for issue in contested:
        if all(i.key != issue.key for i in issues):
            issues.append(issue)
    pairs = [(first, second) for n, second in enumerate(issues) for first in issues[:n] if candidates(ctx, first, second)]
    for issue in contested:
        text = ctx.texts.get(issue.article, "")
        pairs += [
            (issue, other)
            for other in topics[issue.article]
            if other.key != issue.key
            and (other.refers_back and _named_before(issue.phrase, other.phrase, text) or _shares_words(issue.phrase, other.phrase))
            and not _undoes(other.phrase, issue.phrase)
        ]
    taken = {i.key for i in issues}
    for issue in issues:  # 'the closure' in one article, 'plan to close the maternity unit' another's issue: one act
        acts = _acts(issue.phrase)
        pairs += [
            (issue, other)
            for article, others in topics.items()
            if article != issue.article
            for other in others
            if other.key not in taken and _particular(other.phrase) and acts & _acts(other.phrase)
        ]
    pairs = [(first, second) for first, second in pairs if not apart_in_kind(first.phrase, second.phrase)][:MAX_QUESTIONS]
    if not pairs:
        return [], [], []
    articles = {o.article.id: o.article for o in outcomes}
    meter = UsageMeter()
    started = time.perf_counter()
    answers = await asyncio.gather(*(_same(summarizer, meter, articles[second.article], first, second) for first, second in pairs))
    links, unanswered = [], []
    for (first, second), same in zip(pairs, answers):
        wordings = f"{ctx.label(second.article)}'s '{second.phrase}' and {ctx.label(first.article)}'s '{first.phrase}'"
        if same is True:
            links.append(IssueLink(second.key, first.key, f"model: {wordings} name the same issue"))
        elif same is not False:
            item = f"{second.phrase} = {first.phrase}"
            unanswered.append(DroppedItem(article=second.article, kind="issue link", text=wordings, item=item, reason=f"not linked: {same}"))
    return links, unanswered, [call_usage(summarizer, meter, started)] if meter.calls else []


async def _same(summarizer: Summarizer, meter: UsageMeter, article: Article, first: ContestedIssue, second: ContestedIssue) -> bool | str:
    """True or False as the model answers, or why there is no answer (a failed call, an unusable answer)."""
    try:
        answer = await summarizer.ask(article, meter, ISSUE_LINK_PROMPT, IssueAnswer, issue_link_variables(first, second))
    except SummarizerError as e:
        return f"the model's call failed ({' '.join(str(e).split())})"  # one line in the method's list
    except (ValueError, AttributeError) as e:  # a backend returned something that is no answer
        return f"the model's answer was unusable ({type(e).__name__})"
    return getattr(answer, "answer", None) == "same"

