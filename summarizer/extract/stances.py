"""Which (holder, target) stances an article may state, found by code.

Three kinds of evidence propose a pair, strongest first:

1. **cue**: a stance word in a sentence ("expressed his strong *support* for
   Russia", "*condemning* the actions of the US", "*Russia's military assistance*
   to Venezuela"). The holder is the actor before the cue (or after `support of`,
   `backed by`), the target the actor after it; when no actor follows, or the
   actor only qualifies an action, the words after the cue name an action or
   policy ("*opposes* a U.S. military intervention" gives the topic `a U.S.
   military intervention`). The cue's polarity is the label; cues of both
   polarities for one pair make it mixed. A hypothetical or a negation between
   holder and cue states nothing.
2. **quote**: a source quoted about an actor holds a stance toward what they
   talk about; a model has to judge which. Their own pejorative for it ("`the
   repressive regime in Venezuela`", said Stoltenberg) is a cue.
3. **co-mention**: the actor a sentence opens with, toward each other actor named
   in it (weakest; ranked by how often the pair recurs; a model has to judge).

Each proposal keeps its sentence: the evidence shown to the reader, and to the
model when it is asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from .entities import country_of_demonym
from .sentences import spans

__all__ = ["ActorForms", "Proposal", "QuoteBy", "propose"]

MAX_ASKED_PER_HOLDER = 3  # quote and co-mention pairs of one holder
MAX_TOPIC_WORDS = 12

_SUPPORT = (
    r"support(?:s|ed|ing|ive|ers?)?|back(?:s|ed|ing|er|ers)?|all(?:y|ies|ied|iance|iances)|loyal(?:ty)?|"
    r"partner(?:s|ship|ships)?|solidarity|help(?:s|ed|ing)?|aid(?:s|ed|ing)?|assist(?:s|ed|ing|ance)?|"
    r"defend(?:s|ed|ing)?|cooperat(?:e|es|ed|ing|ion)|endors(?:e|es|ed|ing|ement)|prais(?:e|es|ed|ing)|"
    r"welcom(?:e|es|ed|ing)|embrac(?:e|es|ed|ing)|favou?r(?:s|ed|ing)?|lobby(?:ing)?|lobbie[sd]|"
    r"champion(?:s|ed|ing)?|advocat(?:e|es|ed|ing)|commitment|friend(?:s|ship)?|rapprochement|"
    r"appeal(?:s|ed|ing)?|turn(?:s|ed)? to|rel(?:y|ies|ied|iance) on|count(?:s|ed)? on"
)
_OPPOSE = (
    r"oppos(?:e|es|ed|ing|ition)|condemn(?:s|ed|ing|ation)?|critici[sz](?:e|es|ed|ing)|criticism|critical|"
    r"denounc(?:e|es|ed|ing)|reject(?:s|ed|ing|ion)?|sanction(?:s|ed|ing)?|threat(?:en|ens|ened|ening|s)?|"
    r"warn(?:s|ed|ing)?\s+(?:against|of)|accus(?:e|es|ed|ing)|resist(?:s|ed|ing|ance)?|hostil(?:e|ity)|"
    r"rebuke[sd]?|pressur(?:e|es|ed|ing)|attack(?:s|ed|ing)?|confront(?:s|ed|ing|ation)?|"
    r"sever(?:s|ed|ing)|against|blam(?:e|es|ed|ing)|punish(?:es|ed|ing|ment)?|deter(?:s|red|ring)?|"
    r"destroy(?:s|ed|ing)?|undermin(?:e|es|ed|ing)|weaken(?:s|ed|ing)?|overthrow(?:s|n|ing)?|topple[sd]?|"
    r"interven(?:e|es|ed|ing|tion)|invad(?:e|es|ed|ing)|invasion|blockade[sd]?|bomb(?:s|ed|ing)|"
    r"destabili[sz](?:e|es|ed|ing)|enem(?:y|ies)"
)
_INTENT = (
    r"announc(?:e|es|ed|ing)|call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|request(?:s|ed|ing)?|"
    r"propos(?:e|es|ed|ing)|seek(?:s|ing)?|sought|aim(?:s|ed|ing)? (?:at|to)|push(?:es|ed|ing)? for|agree(?:s|d)? to|"
    r"pledg(?:e|es|ed|ing)|plan(?:s|ned)? to|want(?:s|ed)?|insist(?:s|ed|ing)? on|press(?:es|ed|ing)? for"
)
"""Doing or asking for an action: its holder supports the action ('Washington has proposed to buy oil')."""
_CUE = re.compile(rf"\b(?:(?P<plus>{_SUPPORT})|(?P<minus>{_OPPOSE})|(?P<intent>{_INTENT}))\b", re.I)
_ACTION_AFTER = re.compile(
    r"^(?:[’']s)?\s+(?:(?!(?:for|to|in|of|on|with|from|by|and|or)\s)[a-z-]+\s+){0,2}(?:intervention|action|invasion|strikes?|attacks?|sanctions|embargo|blockade|"
    r"deployment|presence|involvement|aid|assistance|support|polic(?:y|ies)|trade|deal|agreement|plan|proposal|"
    r"regime change|troops|occupation|annexation|withdrawal|talks|negotiations)\b"
)
_PASSIVE = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:of|from|by)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)
_BY_BEFORE = re.compile(r"-(?:backed|supported|sponsored|led)\b", re.I)
_TOPIC_STOP = re.compile(
    r"[,;:!?()\"“”]|(?<!\b[A-Z])\.(?=\s|$)|\s[–—-]\s|\b(?:which|that|while|because|although|but|who|whose|after|before|since|when|where|"
    r"as|if|so|would|will|is|was|are|were|has|have|had|could|can|may|might|should|must|and\s+(?:the|a)\s|"
    r"underscores|shows|suggests|highlights|indicates|means|remains|seems|appears|says|said|makes|marks|reflects|"
    r"signals|raises|poses|by\s+\w+ing)\b",
    re.I,
)
_GENERIC_TOPIC = re.compile(r"^(?:it|this|that|them|him|her|us|these|those|the\s+\w+)$", re.I)
_DEMONYM_HOLDER = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:(?:and|or)\s+[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?"
    r"(?:support|backing|assistance|aid|help|government|regime|authorities|officials|opposition|pressure|"
    r"threats?|sanctions|intervention|involvement|commitment|cooperation|leader|leadership|president)\b"
)
_TOPIC_OPENERS = frozenset("a an the any further greater new more its their his her closer deeper".split())
_PREPOSITIONS = frozenset("in on at by with from to of for into over under about during amid after before".split())


_REGIME = re.compile(r"\bthe\s+(?:[a-z]+\s+)?(?:regime|government|dictatorship)\s+(?:in|of)\s+[A-Z][\wÀ-ÿ]+(?:\s+[A-Z][\wÀ-ÿ]+)?")


_PEJORATIVE = re.compile(
    r"\b(?:repressive|brutal|corrupt|illegitimate|criminal|dictatorial|authoritarian|murderous|rogue|tyrannical|narco)\b", re.I
)


@dataclass(frozen=True)
class ActorForms:
    name: str
    forms: tuple[str, ...]
    kind: str


@dataclass(frozen=True)
class QuoteBy:
    speaker: str
    text: str
    context: str = ""  # the sentence around the quote ('Borisov declared after meeting with Maduro: "..."')
    affiliation: str = ""


@dataclass
class Proposal:
    holder: str
    target: str
    sentence: str
    via: str  # cue | quote | co-mention
    polarity: int = 0  # +1 a support cue, -1 an opposition cue, 0 none
    count: int = 1
    mixed: bool = False  # stance words of both polarities for this pair


@dataclass(frozen=True)
class _Mention:
    name: str
    start: int
    end: int


def propose(
    text: str, actors: Sequence[ActorForms], quotes: Iterable[QuoteBy] = (), *, limit: int = 8
) -> list[Proposal]:
    """Ranked stance proposals: cue pairs first, then quote pairs, then recurring co-mentions."""
    kinds = {a.name: a.kind for a in actors}
    found: dict[tuple[str, str], Proposal] = {}

    def add(p: Proposal) -> None:
        if p.holder == p.target or kinds.get(p.holder, "group") == "group":
            return  # a group, or a phrase such as 'the regime in Venezuela', is a target only
        key = (p.holder, p.target.lower())
        if key in found:
            old = found[key]
            old.count += p.count
            if old.via == p.via == "cue" and p.polarity * old.polarity < 0:
                old.mixed = True  # 'backed Maduro' here, 'sanctioned his government' there
            if _RANK[p.via] < _RANK[old.via]:  # a cue sentence is better evidence than a co-mention
                old.via, old.sentence, old.polarity = p.via, p.sentence, p.polarity
            return
        found[key] = p

    for start, end in spans(text):
        sentence = text[start:end]
        if len(sentence.split()) < 5 or _heading(sentence):
            continue
        mentions = _mentions(sentence, actors)
        for p in _cue_pairs(sentence, mentions):
            add(p)
        named = sorted({m.name: m for m in reversed(mentions)}.values(), key=lambda m: m.start)
        if len(named) >= 2:
            for other in named[1:]:
                add(Proposal(named[0].name, other.name, sentence, "co-mention"))
    for quote in quotes:
        inside = {m.name for m in _mentions(quote.text, actors)}
        for m in _mentions(quote.context or quote.text, actors):
            if m.name in (quote.speaker, quote.affiliation):
                continue  # not toward themselves or whom they speak for
            if m.name in inside and _PEJORATIVE.search(m.name):  # their own words: 'the repressive regime in Venezuela'
                add(Proposal(quote.speaker, m.name, quote.text, "cue", -1))
                continue
            add(Proposal(quote.speaker, m.name, quote.context or quote.text, "quote", count=2 if m.name in inside else 1))
    ranked = sorted(found.values(), key=lambda p: (_RANK[p.via], -p.count))
    per_holder: dict[tuple[str, str], int] = {}
    kept = []
    for p in ranked:
        if p.via == "co-mention" and p.count < 2 and len(ranked) >= limit:
            continue
        seen = per_holder[(p.via, p.holder)] = per_holder.get((p.via, p.holder), 0) + 1
        if p.via != "cue" and seen > MAX_ASKED_PER_HOLDER:
            continue  # a long interview must not spend every question on one speaker
        kept.append(p)
    return kept[:limit]


_RANK = {"cue": 0, "quote": 1, "co-mention": 2}


def _mentions(sentence: str, actors: Sequence[ActorForms]) -> list[_Mention]:
    """Non-overlapping actor mentions, longest form first; 'Russian support' counts as Russia."""
    taken: list[_Mention] = []
    forms = sorted(((f, a.name) for a in actors for f in a.forms if f), key=lambda item: -len(item[0]))
    for form, name in forms:
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w])", sentence):
            if not any(m.start() < t.end and t.start < m.end() for t in taken):
                taken.append(_Mention(name, m.start(), m.end()))
    for m in _REGIME.finditer(sentence):
        inside = [t for t in taken if m.start() <= t.start and t.end <= m.end()]
        if not any(m.start() < t.end and t.start < m.end() for t in taken if t not in inside):
            taken = [t for t in taken if t not in inside]
            taken.append(_Mention(m.group(0), m.start(), m.end()))  # 'the repressive regime in Venezuela' names a government
    by_country = {a.name: a.name for a in actors if a.kind == "country"}
    for m in _DEMONYM_HOLDER.finditer(sentence):
        for word in re.findall(r"[A-Z][a-z]+", m.group(0)):
            country = country_of_demonym(word)
            start = m.start() + m.group(0).find(word)
            if country in by_country and not any(start < t.end and t.start < start + len(word) for t in taken):
                taken.append(_Mention(country, start, start + len(word)))
    return sorted(taken, key=lambda t: t.start)


def _cue_pairs(sentence: str, mentions: list[_Mention]) -> list[Proposal]:
    out: list[Proposal] = []
    for cue in _CUE.finditer(sentence):
        if any(m.start <= cue.start() < m.end for m in mentions):
            continue  # a word inside a name ('Center for Strategic Support')
        polarity = -1 if cue.group("minus") else 1
        before = [m for m in mentions if m.end <= cue.start()]
        after = [m for m in mentions if m.start >= cue.end()]
        gap = sentence[cue.end() : after[0].start] if after else ""
        if after and (_PASSIVE.match(gap) and not (polarity < 0 and re.match(r"\s*of\b", gap))):  # 'rebuke of X': X is the target
            holders = _listed(after, sentence)  # 'the support of China and Russia to ...', 'sanctions imposed by the US'
            rest = [m for m in after if m.start >= holders[-1].end]
            if rest and re.fullmatch(r"\s*(?:to|for|toward|towards|on|against)\s+" + _NP_GAP, sentence[holders[-1].end : rest[0].start]):
                targets = _listed(rest, sentence)
            elif before and re.fullmatch(_HAS_GAP, sentence[before[-1].end : cue.start()], re.I):
                targets = [before[-1]]  # 'Russia has the full support of ...'
            else:
                targets = []
            out.extend(Proposal(h.name, t.name, sentence, "cue", polarity) for h in holders for t in targets if h.name != t.name)
            continue
        related = _relation(sentence, cue, before, after)
        if related:
            out.append(Proposal(related[0].name, related[1].name, sentence, "cue", polarity))
            continue
        if before and _BY_BEFORE.match(sentence[cue.start() - 1 : cue.end()]) and before[-1].end >= cue.start() - 2:
            holder = before[-1]  # 'U.S.-backed regime change'
        else:
            holder = _subject(sentence, before, cue.start())
        if holder is None or re.search(r"\b(?:would|could|might|may|not|never|no longer)\b|n[’']t\b", sentence[holder.end : cue.start()]):
            continue  # a hypothetical or a negation is no stated stance
        aside = _ASIDE_AFTER.match(sentence[cue.end() :])  # 'condemned, along the lines of Putin's arguments, the ...'
        start = cue.end() + (aside.end() if aside else 0)
        after = [m for m in after if m.start >= start]
        targets = [m for m in after if m.name != holder.name and re.fullmatch(_NP_GAP, sentence[start : m.start], re.I)]
        targets = _listed(targets[:1] + [m for m in after if targets and m.start > targets[0].start], sentence) if targets else []
        action = bool(targets) and bool(_ACTION_AFTER.match(sentence[targets[-1].end :]))
        if action:
            targets = []  # 'a rebuke of potential U.S. unilateral action': the target is the action, not the US
        if targets and not cue.group("intent"):
            out.extend(Proposal(holder.name, t.name, sentence, "cue", polarity) for t in targets if t.name != holder.name)
            continue
        topic = _topic(sentence[cue.end() :], bool(cue.group("intent")) or action)
        if topic and not re.match(r"(?:its|his|her|their|our)\s", topic):  # 'announces its full support for X'
            out.append(Proposal(holder.name, topic, sentence, "cue", polarity))
    return out


_FUNCTION = r"(?:of|for|to|toward|towards|against|on|in|into|with|the|a|an|its|his|her|their|our|this|that|these|those|all|any|both)"
_MODIFIER = r"(?:[a-z]+(?:al|ic|ive|ing|ed|ful|ous|ary|ist|ian|ly|ent|ant)|strong|full|key|firm|new|total|open|clear|whole|"
_MODIFIER += r"actions?|activit(?:y|ies)|polic(?:y|ies)|government|regime|people|interests?|leaders?(?:hip)?|role|efforts?)"
_NP_GAP = (
    rf"\s*(?:what\s+(?:he|she|they|it)\s+(?:called|calls|termed|described\s+as)\s+)?"
    rf"(?:(?:{_FUNCTION}|{_MODIFIER}|[’']s)\s+){{0,5}}(?:(?:{_FUNCTION}|by)\s+)?(?:the\s+)?"
)
"""What may stand between a cue and its target: 'support for the', 'the destabilizing activity of the'."""
_ASIDE_AFTER = re.compile(r"\s*,[^,;:.!?]{3,80},")
_HAS_GAP = (
    r"\s*(?:[’']s\s+)?(?:has|had|have|is|was|are|were|enjoys?|enjoyed|receives?|received|gets?|got|wins?|won|with)\s+(?:\w+\s+){0,4}|"
    r"\s+(?:\w+\s+){0,3}with\s+(?:the\s+)?(?:\w+\s+)?"  # 'Russia acted accordingly and with the support of China'
)


def _relation(sentence: str, cue: re.Match[str], before: list[_Mention], after: list[_Mention]) -> tuple[_Mention, _Mention] | None:
    """'Russia's ally Venezuela' and 'Putin, ..., one of Maduro's allies': (the ally, whose ally they are)."""
    if not re.fullmatch(r"all(?:y|ies)|partners?|friends?", cue.group(0), re.I) or not before:
        return None
    owner = before[-1]
    if not re.fullmatch(r"[’']s\s+(?:[a-z]+\s+)?", sentence[owner.end : cue.start()]):
        return None
    if after and re.fullmatch(r",?\s*", sentence[cue.end() : after[0].start]):
        return after[0], owner
    first = before[0]
    if first is not owner and len(sentence[: first.start].split()) <= 2:
        return first, owner
    return None


def _listed(after: list[_Mention], sentence: str) -> list[_Mention]:
    """The first actor after a cue and any listed with it: 'the actions of the US and NATO'."""
    if not after:
        return []
    listed = [after[0]]
    for m in after[1:]:
        if not re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?", sentence[listed[-1].end : m.start]):
            break
        listed.append(m)
    return listed


_VERBS = frozenset("is was are were has have had will would could can may might be been".split())
_HOLDER_GAP = re.compile(
    r"has|have|had|is|was|were|are|will|also|again|now|still|[a-z]+ly|expressed|expresses|express|announced|announces|"
    r"declared|declares|voiced|voices|showed|shows|shown|offered|offers|gave|gives|given|reiterated|reiterates|"
    r"ratified|ratifies|reaffirmed|reaffirms|pledged|pledges|promised|promises|its|his|her|their|the|a|an|strong|"
    r"full|firm|total|unconditional|continued|clear|explicit|open|public|vocal|staunch|close|military|potential|"
    r"possible|desperate|repeated|renewed|new|armed|direct"
)


def _subject(sentence: str, before: list[_Mention], cue_at: int) -> _Mention | None:
    """Who holds a cue: the actor just before it ('Russia's assistance', 'Maduro firmly backed'), else the sentence's subject.

    The gap to the actor just before may hold a possessive, auxiliaries, adverbs and
    determiners ('has expressed his strong'), never a preposition, a comma or an -ing
    word (those open another phrase: 'separate Russia from its allies'). Otherwise the
    holder is the actor the sentence (or its heading label) opens with.
    """
    if not before:
        return None
    last = before[-1]
    gap = sentence[last.end : cue_at]
    if re.match(r",\s+(?:who|which)\s+", gap) and len(gap.split()) <= 6:
        return last  # 'Nicolás Maduro, who will maintain his loyalty to'
    possessive = re.match(r"[’']s\s+", gap)
    words = gap[possessive.end() :].split() if possessive else gap.split()
    if possessive and "," not in gap and len(words) <= 2 and not any(w.lower() in _VERBS for w in words):
        return last  # "Russia's military assistance"
    participle = not words and sentence[cue_at:].split(" ", 1)[0].lower().endswith("ing")  # 'a letter to Xi requesting'
    if not possessive and not participle and "," not in gap and len(words) <= 4 and all(_HOLDER_GAP.fullmatch(w.lower()) for w in words):
        return last  # 'Maduro has firmly backed', 'Venezuela announces its full support'
    first = before[0]
    opening = re.sub(r"^(?:[A-Z][\w’'-]*\s*){1,3}:\s+", "", sentence[: first.start])  # 'Key Takeaway: '
    if len(opening.split()) <= 1 and not re.search(r"[;:]", sentence[first.end : cue_at]):
        return first  # 'Nicolás Maduro expressed his strong support for ...'
    return None


def _heading(sentence: str) -> bool:
    """A title, crosshead or breadcrumb ('Home » world » Maduro Asks Russia for Aid'): no sentence to judge from."""
    words = sentence.split()
    ended = sentence.rstrip(" ”\"’").endswith((".", "!", "?"))
    return "»" in sentence or (not ended and (len(words) <= 15 or sum(w[:1].isupper() for w in words) >= 0.5 * len(words)))


def _topic(tail: str, verb_or_noun_ok: bool = False) -> str:
    """The action or policy a cue points at: 'for the return to negotiations in Mexico' -> 'the return to negotiations in Mexico'.

    Only a phrase right after the cue that opens like a noun phrase or an action
    (a determiner, an adjective or an -ing verb) and stops at the clause's end.
    """
    m = re.match(r"\s*(?:for|of|to|against|toward|towards)?\s*", tail, re.I)
    rest = tail[m.end() :] if m else tail
    first = rest.split()[:1]
    if not first:
        return ""
    opener = first[0].lower()
    infinitive = verb_or_noun_ok or bool(re.search(r"\bto\s*$", tail[: m.end()] if m else ""))
    if opener in _PREPOSITIONS or not (
        opener in _TOPIC_OPENERS or opener.endswith("ing") or first[0][:1].isupper() or (infinitive and opener.isalpha())
    ):
        return ""
    stop = _TOPIC_STOP.search(rest)
    words = (rest[: stop.start()] if stop else rest).split()[:MAX_TOPIC_WORDS]
    phrase = " ".join(words).strip(" ’'\"“”")
    if len(words) < 2 or _GENERIC_TOPIC.match(phrase) or not re.search(r"[a-z]{4}", phrase):
        return ""
    return phrase
