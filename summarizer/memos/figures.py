"""Disputed figures: one counted thing given different numbers by different sources.

News reports a disputed figure by setting one source's number beside
another's: `Police said 2,000 people attended; organisers put the figure at
10,000`, `Veridan says 120 HGV movements a day ... it is nearer 400`. A reader
of a memo wants those side by side, across articles as well as within one.

Everything here reads the trained parse (`memos.language.doc`):

- a **count** is a cardinal number (entity type CARDINAL, never a date,
  percentage or measure) before the plural noun it counts (`nummod`), or with
  that noun after `of` (`81 of the trees`): `120 HGV movements a day` counts
  *movement*, per *day*. A number after its noun
  (`route 14`, `Section 122`) or before a singular one (`the 400 figure`, `a
  350,000-tonne plant`) names or describes something and counts nothing;
- a number that counts no noun (`it is nearer 400`, `put the figure at
  10,000`, `9,600 of them`) is an **elliptical** figure: it counts what the
  last figure before it in its paragraph counted, within two sentences
  (`_ELLIPSIS_SENTENCES`), per the same unit and with the same predicate;
- a **sum** is an amount of money (entity type MONEY, with its currency sign:
  `£`, `$`, `US$`) and measures what the parse ties it to: the noun `put ... at` it
  (`puts the extra cost at £1.2m`; also `estimate`, `value`, `peg`, `place`), the noun it is `of` (`a saving of £2m`),
  the subject of a copula (`the cost is £2m`), or the verb taking it as
  object (`save about £4 million a year`) or what that verb adds it to (`add
  £4.5 million to the cost`); a verb and its `-ing` noun are one measure
  (`save`, `saving`), and sums in different currencies are never compared;
- a number of hours or minutes (entity type TIME: `1,900 hours of spills`)
  counts its unit as a count counts its noun (`_hours`); a clock time counts
  nothing;
- a term of a ratio in words (`one in five sign-ups`) is a proportion, not a
  count (`_ratio`);
- a **percentage** (`33%`, `35 per cent`, `0.3 percent`: read from the number
  before the sign, as the recogniser misses many written in words) measures
  what it is a share of (`33% of the country's electricity`), the noun an `of`
  hangs from (`growth of 0.3 percent`), the subject of a copula or the noun it
  is in apposition to (`Unemployment, now 4.2%`) or what a verb sets or brings
  to it (`inflation stood at 4.3%`, `could reach 5 per cent`); a percentage of
  what will or should be (under a modal, a verb of expecting or aiming, or a
  noun of forecasting: `aims to generate 80% ... by 2030`) is compared only
  with others of its kind (`_percentage`); a percentage `by` which a verb of
  change says its subject rises or falls (`footfall would rise by 8%`, `...
  would fall by 20%`) is a change of that subject, signed by the verb's
  direction (`_direction`), and compared only with other changes; a
  percentage with no `of` that is its clause's subject is a share of the
  population its sentence's poll or survey is `of` (`its survey of 1,000
  parents found that only 44 percent backed ...`, `_polled`); a share of a
  whole that a named party holds or is (`Corvell holds 19 percent of the
  market`, `online sales are 5 percent of the market`) is compared only with
  shares of the same party or of none (`_portion`);
- a figure's **holder** is who states it: the passive agent of a participle
  of saying on its noun (`the 150 jobs claimed by the GMB union`) or the
  subject of a relative clause of saying on it (`the 400 metres they keep
  putting in their brochures`; a pronoun there leaves it with none), else the
  subject of the nearest speech verb above it in the parse
  (`extract.speakers.SPEECH_VERBS`, and `put ... at`), the object of
  `according to` in its sentence, or else the speaker of the brief's quote it
  lies in. A pronoun subject other than the speaker's own voice (`she said`)
  is the source the brief gives that sentence to as a statement (the brief's
  speakers resolve pronouns), else no one; so is a definite description's
  (`the minister said`) when the brief gives that sentence to a named source,
  unless the description heads the name of a body named before it (`the
  authority puts the figure at about 300` after the Upper Salado Water
  Authority: that body, `extract.actors.body_named_by`).
  A figure its sentence denies (`not
  the 12 hectares in the application`), one in a relative clause set off by
  a comma after a name (`Flikt, which has about 11 million users, said`: the
  writer's aside), one a definite noun phrase takes as
  given before (`most of the 650 jobs`), and one the article states in its own
  voice have no holder: neither can make a dispute; a number on an adjective
  (`stacked six high`) is no figure;
- two figures count **the same thing** when they count the same noun lemma,
  per the same unit if both give one, and their predicates agree (a measure's
  predicate is the dimension its unit measures, `_dimension`: `180 metres
  tall` is a height, `800 metres from houses` a distance): the same
  lemma, or one of them merely states the number (a copula, `say`, `put ...
  at`, a verb of measuring such as `record`). `12 people died` and `30 people were injured` count different
  things, and so do `212 trees will be removed` and `she had found fewer than
  20 trees with any defect`.
  A **measure** in a unit of measure (`_unit`: a unit `pint` knows, of a kind
  the recogniser tags as a measure in the articles told together) counts what
  its unit measures, in SI base units: `1.2 km` and `1,200 metres` are one length and one value, `30 acres`
  and `12 hectares` two values of one area.

The size of a gathering of people (`estimated the crowd at about 300`, `a
crowd of 5,000`: a noun whose first WordNet sense is a gathering) counts
people, whoever gathered, marched or attended (`_gathering_counted`), as
`more than 500 people attended` does.

A count `put ... at` after `the number` or `the figure` (`Police Scotland
put the number at around 35 vessels`) counts again what the figure before it
in its paragraph counted, when its noun is by WordNet a kind of that noun or
what it is a kind of (`_put_again`: trawlers and vessels, people and
protesters).

A source that disputes a figure outright (`disputed the figure`, `that
figure`) sets the next figure it gives, within two sentences and of the same
kind, against the last figure before, whatever their verbs
(`_disputed_outright`: `would cut 2,000 jobs` and `fewer than 300 jobs would
go` count one thing).

A thing is **disputed** when two of its values each have a holder who does
not also state the other value, in one article or in two articles that share
a person or organisation (the same story; unrelated articles count `jobs` or
`members` of different things). Each disputed thing is one item with every
figure stated for it, its holder and its sentence.
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable, Iterator

from ..extract.actors import body_named_by, campaign_at
from ..extract.senses import GROUP, PERSON, is_a, noun_class
from ..extract.sentences import headline_span, standfirst_span
from ..extract.speakers import OWN_VOICE, SPEECH_VERBS, speaker_description, whose_antecedent
from .context import Context
from .language import doc, number_value, quoted_spans
from .schema import Contradiction, FigureMention, Passage

if TYPE_CHECKING:
    import pint
    from spacy.tokens import Doc, Span, Token

__all__ = ["FIGURE_NOUNS", "Figure", "disputed_figures", "figures", "named_holder", "source_statements"]

_ELLIPSIS_SENTENCES = 2
"""How many sentences back an elliptical figure looks for the thing it counts (its own and the one before)."""
_MULTIPLIERS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6, "bn": 1e9}
_SUFFIXED = re.compile(r"(\d+(?:\.\d+)?)(k|m|bn)?")
"""A number as money writes it, with its multiplier joined on: '4.5', '800k', '3bn'."""
_SUBJECTS = ("nsubj", "nsubjpass")
_CLAUSES = frozenset({"ccomp", "xcomp", "parataxis", "advcl", "conj"})
"""Dependencies by which a speech verb holds the clause it reports."""
_DIRECT = frozenset({"say", "put", "record", "count", "measure", "estimate"})
"""Verbs that take a reported figure as their object: 'says 120 movements a day', 'puts traffic at 120', and the
verbs of measuring ('recorded an average of 210 movements a day', 'counted 340 trees')."""
_STATING = _DIRECT | {"show"}
_CLAUSE_MODIFIERS = frozenset({"relcl", "acl"})
"""Verbs after which a counted noun only states its number, no event of its own (`_predicate`): `_DIRECT`, and
'show' ('the documents showed 25 jobs' counts what '150 jobs would be created' counts)."""


@dataclass(frozen=True)
class Figure:
    """A number an article states for a counted thing, and who states it.

    `thing` is the lemma of the counted noun, `per` the lemma of the unit of a
    rate (`a day` -> 'day') or '', `predicate` the lemma of the verb the noun
    depends on or '' when the figure only states the number; for a measure,
    `dimension` is what its unit measures (`_dimension`: 'height', 'distance')
    and stands as its predicate. `start`/`end`
    are the character span of its sentence in the article; `holder`/`key`
    the display name and grouping key of who states it.
    """

    article: str
    value: float
    text: str
    thing: str
    noun: str
    per: str
    predicate: str
    holder: str
    key: str
    start: int
    end: int
    dimension: str = ""
    part: bool = False  # a partitive count ('240 of the units'): a part of what it counts, compared only with parts
    added: bool = False  # an amount added to one stated before ('a further 40 to 60 millimetres'), `_added`
    portion: str = ""  # whose share of the whole a percentage is ('Corvell holds 19 percent of the market'), `_portion`
    answered: bool = False  # the counter-figure to one disputed outright (`_disputed_outright`)


def figures(ctx: Context, article: str, measures: frozenset[str] | None = None) -> list[Figure]:
    """The attributed figures of one article, in text order (see the module docstring for each rule). `measures`:
    what the recogniser reads as measures in the articles told together (`_measures`); by default in this one."""
    text = ctx.texts.get(article) or ""
    if not text:
        return []
    parsed = doc(text)
    if measures is None:
        measures = _measures([text])
    quotes = [(q.start, q.end, s.name) for b in ctx.briefs if b.article_id == article for s in b.sources for q in s.quotes]
    stated = source_statements(ctx, article, text)
    out: list[Figure] = []
    last: dict[int, tuple[int, Token, tuple[str, float] | None, str, str, str, bool]] = {}  # paragraph start -> (sentence,
    # noun, unit of measure, unit of rate, predicate, dimension, partitive)
    for n, sentence in enumerate(parsed.sents):
        paragraph = text.rfind("\n", 0, sentence.start_char) + 1
        counted = [e for e in sentence.ents if e.label_ in ("CARDINAL", "QUANTITY") or e.label_ == "TIME" and (_hours(e) or _before_a_compound(e))]
        counted += [parsed[t.i : t.i + 1] for t in sentence if _untagged_count(t)]  # '900 women a year', left untagged
        counted += [e for e in sentence.ents if e.label_ == "MONEY" and _amount(e) is None]  # 'an estimated 4 trillion
        # cubic feet', tagged money: with no currency, a quantity like any other
        for entity in [e for e in counted if not _in_words(e) and not _currency_after(e)]:
            value = _value(entity)
            number = _number(entity)
            if value is None or _ratio(number):
                continue
            noun = _counted(number) or _singular_unit(number, measures)
            gathering = _gathering_counted(number) if noun is None else None  # 'estimated the crowd at about 300'
            noun = noun if gathering is None else gathering
            unit = _unit(noun, measures) if noun is not None else None
            earlier = last.get(paragraph)
            antecedent = earlier if earlier is not None and n - earlier[0] < _ELLIPSIS_SENTENCES else None  # the figure
            # before, within reach of a number that refers back to it
            if noun is not None and unit is None and antecedent is not None and _put_again(noun, antecedent[1]):
                _, noun, unit, per, predicate, dimension, part = antecedent  # 'About 60 trawlers took part, organisers said,
                # while Police Scotland put the number at around 35 vessels': the trawlers, counted again
            elif noun is not None:
                measured = unit is not None or entity.label_ == "QUANTITY" and entity.start <= noun.i < entity.end
                dimension = _dimension(noun) if measured else ""
                per, predicate, part = _per(noun), dimension or _predicate(noun), _partitive(number)
                predicate = "" if gathering is not None else predicate  # a crowd's size: of whoever gathered, marched or attended
                last[paragraph] = (n, noun, unit, per, predicate, dimension, part)
            elif number.dep_ in ("nummod", "compound") and number.head.pos_ in ("NOUN", "PROPN"):
                continue  # 'route 14', 'the 400 figure': a label, not a count
            elif number.dep_ in ("npadvmod", "nummod") and number.head.pos_ in ("ADJ", "ADV"):
                continue  # 'stacked six high', 'three deep': a measure of what it describes, no count
            else:
                if antecedent is None:
                    continue
                _, noun, unit, per, predicate, dimension, part = antecedent  # it counts what its antecedent counted, as it did
            holder = _holder(ctx, article, number, quotes, stated)
            if holder is None:
                continue
            out.append(
                Figure(
                    article=article,
                    value=_significant(value * unit[1]) if unit else value,
                    text=_measure_text(entity, noun) if unit else entity.text,
                    thing=unit[0] if unit else "people" if gathering is not None else noun.lemma_.casefold(),
                    noun=_unit_text(noun) if unit else noun.text,
                    per=per,
                    predicate=predicate,
                    holder=holder[0],
                    key=holder[1],
                    start=sentence.start_char,
                    end=sentence.end_char,
                    dimension=dimension,
                    part=part,
                    added=_added(noun, number),
                )
            )
    for entity in [e for e in parsed.ents if e.label_ == "MONEY" or e.label_ == "QUANTITY" and _in_words(e) or _currency_after(e)]:
        figure = _sum(ctx, article, entity, quotes, stated)
        if figure is not None:
            out.append(figure)
    out += [f for number in parsed if (f := _percentage(ctx, article, number, quotes, stated)) is not None]
    summary = [span for span in (headline_span(text), standfirst_span(text)) if span is not None]
    out = [f for f in out if not any(start <= f.start < end for start, end in summary)]  # a headline's or standfirst's
    # figure sums up one the body gives with its holder ('Operator says scheme will bring ... 1,400 jobs')
    out.sort(key=lambda f: f.start)
    return _restated(_disputed_outright(parsed, out))


_PEOPLE = {"people": "person", "persons": "person"}
"""'people' counts persons (WordNet files the plural as a group of its own)."""


def _put_again(noun: "Token", antecedent: "Token") -> bool:
    """Whether a count `put ... at` after a definite noun of a figure ('put the number at around 35 vessels',
    `_PUTTING_AT`, `FIGURE_NOUNS`, `_REFERRING`) counts again what the figure before counted (`antecedent`), in a
    word for a kind of it or for what it is a kind of: by one of the two most frequent WordNet senses of either,
    as `senses.is_a` reads hypernymy ('vessels' and 'trawlers', a trawler's second sense a fishing boat; 'people' and
    'protesters'). 'the number' refers back to the figure before, as `_disputed_outright` reads 'the figure'."""
    at = noun.head
    if noun.dep_ != "pobj" or at.lower_ != "at" or at.head.lemma_.casefold() not in _PUTTING_AT:
        return False
    if not any(o.dep_ == "dobj" and o.lemma_.casefold() in FIGURE_NOUNS and any(d.lower_ in _REFERRING for d in o.children) for o in at.head.children):
        return False
    mine, theirs = (_PEOPLE.get(w, w) for w in (noun.lemma_.casefold(), antecedent.lemma_.casefold()))
    return mine == theirs or is_a(mine, theirs, senses=2) or is_a(theirs, mine, senses=2)


_DISPUTING = frozenset("dispute contest challenge reject question deny".split())
_REFERRING = frozenset("the that this those these".split())


def _disputed_outright(parsed: "Doc", found: list[Figure]) -> list[Figure]:
    """The figures with the first one a source gives right after disputing an earlier one outright ('Calloway Ridge
    disputed the figure. The company said ... fewer than 300 jobs would go', after '... would cut 2,000 jobs')
    counting what the disputed one counted: a verb of disputing (`_DISPUTING`) with a definite noun of a figure as
    its object ('the figure', 'that figure', 'those numbers') refers back to the last figure before its sentence,
    and the next figure of another holder, within its sentence and the two after, of the same kind (a count of the
    same noun, or a percentage), is the counter-figure, however its verb differs ('go' and 'cut')."""
    sentences = list(parsed.sents)
    out = list(found)
    for n, sentence in enumerate(sentences):
        disputing = any(
            t.pos_ == "VERB" and t.lemma_.casefold() in _DISPUTING
            and any(o.dep_ == "dobj" and o.lemma_.casefold() in FIGURE_NOUNS and any(d.lower_ in _REFERRING for d in o.children) for o in t.children)
            for t in sentence
        )  # fmt: skip
        if not disputing:
            continue
        before = [f for f in out if f.end <= sentence.start_char]
        window = sentences[min(n + 2, len(sentences) - 1)].end_char
        if not before:
            continue
        disputed = before[-1]
        for k, figure in enumerate(out):
            if sentence.start_char <= figure.start < window and figure.key != disputed.key and _same_kind(disputed, figure):
                out[k] = replace(
                    figure, thing=disputed.thing, noun=disputed.noun, per=disputed.per, predicate=disputed.predicate, dimension=disputed.dimension,
                    added=disputed.added, answered=True,
                )  # fmt: skip
                break
    return out


_RESTATED_REACH = 400


def _restated(found: list[Figure]) -> list[Figure]:
    """The figures whose percentage measures a noun of a figure itself ('The union says the real figure is closer
    to 7 per cent', after 'its latest offer amounts to a 12 per cent increase') or a part with no 'of' of its own
    (`_PROPORTION_NOUNS`: 'said the true share was closer to 61 per cent', after 'farms use 78 per cent of the
    basin's water'), or a noun of change with nothing it is 'in' ('whose analysis puts the fall at 25%', after 'the
    spawning stock has fallen by 40%': the last change before it, signed by its own direction), counting what the
    last percentage before them of another holder counted, in an earlier
    sentence or earlier in their own ('the authority says agriculture accounts for 78 per cent of the water; the
    bureau says the figure is 61 per cent'): 'the figure' refers back to it, as `_disputed_outright` reads it after
    a verb of disputing. Unchanged when there is none ending within `_RESTATED_REACH` characters before the
    figure's sentence (about two sentences of news)."""
    out = list(found)
    figure_nouns = {_stem(n) for n in FIGURE_NOUNS | _PROPORTION_NOUNS}
    rising, falling = {_stem(w) for w in _RISING}, {_stem(w) for w in _FALLING}
    for k, figure in enumerate(out):
        parts = figure.thing.split(":")
        change = len(parts) == 3 and parts[0] == "%" and parts[1] in rising | falling and "change" not in parts[2]
        if len(parts) < 2 or parts[0] != "%" or parts[1] not in figure_nouns and not change:
            continue
        before = [f for f in out[:k] if f.thing.startswith("%:") and f.key != figure.key and f.start <= figure.start]
        if change:  # 'puts the fall at 25%' after 'the spawning stock has fallen by 40%': the change before, restated
            before = [f for f in before if "change" in f.thing.split(":")[-1]]
        if before and figure.start - before[-1].end < _RESTATED_REACH:
            earlier = before[-1]
            value = (-abs(figure.value) if parts[1] in falling else abs(figure.value)) if change else figure.value
            out[k] = replace(figure, value=value, thing=earlier.thing, noun=earlier.noun, per=earlier.per, predicate=earlier.predicate, dimension=earlier.dimension)
    return out


def _same_kind(a: Figure, b: Figure) -> bool:
    """Whether two figures are of one kind to compare: two percentages, or two counts of one noun."""
    if a.thing.startswith("%:") or b.thing.startswith("%:"):
        same = a.thing.startswith("%:") and b.thing.startswith("%:") and a.thing.split(":")[-1] == b.thing.split(":")[-1]
        return same and _same_portion(a, b)
    return a.thing == b.thing and a.part == b.part


def _ratio(number: "Token") -> bool:
    """Whether `number` is a term of a ratio written in words ('about one in five sign-ups', '1 out of 10 users'):
    a proportion, like a percentage, not a count of the noun after it."""
    doc, i = number.doc, number.i
    term = lambda k: 0 <= k < len(doc) and doc[k].like_num and doc[k].ent_type_ != "DATE"  # noqa: E731 ('10 in 2019' is no ratio)
    after = [t.lower_ for t in doc[i + 1 : i + 3]]
    if after[:1] == ["in"] and term(i + 2) or after == ["out", "of"] and term(i + 3):
        return True
    before = [t.lower_ for t in doc[max(0, i - 2) : i]]
    return bool(before) and before[-1] == "in" and term(i - 2) or before == ["out", "of"] and term(i - 3)


def _percentage(
    ctx: Context, article: str, number: "Token", quotes: list[tuple[int, int, str]], stated: list[tuple[int, int, str]]
) -> Figure | None:
    """The attributed figure a percentage states ('33%', '35 per cent', '0.3 percent'), read from its number, or
    None. It measures (`_share_of`) what it is a share of ('33% of the country's electricity'), the noun an 'of'
    hangs from ('growth of 0.3 percent'), the subject of a copula or of the noun it is in apposition to
    ('Unemployment is 4.4 per cent', 'Unemployment, now 4.2%'), or what a verb sets or brings to it ('stood at 4.3%',
    'raised its rate to 5.25%', 'could reach 5 per cent'). A figure of what will or should be is compared only
    with others of its kind (`_prospective`): a target of 80% of the electricity by 2030 disputes no 33% of last
    year's."""
    sign = number.head
    if not number.like_num or number.dep_ != "nummod" or not _percent_sign(sign):
        return None
    measured = _share_of(sign)
    if measured is None:
        return None
    if measured.lemma_.casefold() in _PROPORTION_NOUNS:  # 'the share of coal was 28 per cent': a share of coal
        measured = next((o for p in measured.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), measured)
    named_change = _change_of(measured) if measured.pos_ == "NOUN" and sign.dep_ == "pobj" else 0
    changed = (_changed_in(measured) or _changed_in_after(measured)) if named_change else None
    if changed is not None:  # 'puts the fall in the spawning stock since 2019 at 25%': a change of the stock, as
        measured = changed  # 'the spawning stock has fallen by 40%' is
    else:
        named_change = 0
    value = number_value(number)
    holder = _holder(ctx, article, number, quotes, stated)
    if value is None or holder is None:
        return None
    sentence = number.sent
    kind = "expected" if _prospective(sign) else "stated"
    end = sign.i + 1
    direction = _direction(sign) or named_change
    start = sign.head.head.i if direction and sign.dep_ == "pobj" and sign.head.head.i < number.i else number.i  # 'rise by 8%'
    if direction and sign.dep_ == "compound":
        end = sign.head.i + 1  # 'a 12 per cent increase'
    if direction:
        value, kind = value * direction, f"change {kind}"
    return Figure(
        article=article,
        value=value,
        text=sign.doc[start:end].text if end - start <= 6 else sign.doc[number.i : end].text,
        thing=f"%:{_stem(measured.lemma_.casefold())}:{kind}",
        noun=f"{measured.lemma_.casefold()} ({'change, ' if direction else ''}per cent{', expected' if 'expected' in kind else ''})",
        per="",
        predicate="",
        holder=holder[0],
        key=holder[1],
        start=sentence.start_char,
        end=sentence.end_char,
        portion=_portion(sign),
    )


def _portion(sign: "Token") -> str:
    """Whose share of a whole a percentage (its sign, `sign`) is: the subject of the verb that takes the share of
    something as its object or complement ('Corvell holds about 19 percent of the market', 'Online sales are less
    than 5 percent of the market'), as a lemma, or its name; '' when the percentage is of no whole ('the share was
    24 percent') or the subject is a pronoun. Two shares of one whole held by different parties are two figures,
    not a dispute (Corvell's 19 percent and online sales' 5 percent)."""
    if sign.dep_ not in ("dobj", "attr") or not any(c.dep_ == "prep" and c.lower_ == "of" for c in sign.children):
        return ""
    subject = next((c for c in sign.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return ""
    return subject.text.casefold() if subject.pos_ == "PROPN" else subject.lemma_.casefold()


def _percent_sign(token: "Token") -> bool:
    """Whether `token` is what makes the number before it a percentage: '%', 'percent', or the 'cent' of 'per cent'."""
    return token.text == "%" or token.lower_ in ("percent", "per cent") or token.lower_ == "cent" and any(c.lower_ == "per" for c in token.children)


def _share_of(sign: "Token") -> "Token | None":
    """The noun a percentage (its sign, `sign`) measures, or None (see `_percentage`)."""
    head = sign.head
    for prep in sign.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            found = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            name = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if found is None and name is not None and name.i + 1 < len(sign.doc) and sign.doc[name.i + 1].tag_ == "NNS":
                return sign.doc[name.i + 1]  # '71 percent of Wisconsin parents support', parsed with 'Wisconsin' the
                # object of 'of' and 'parents' a subject of its own: the parents the name modifies
            return found  # '33% of the country's electricity'
    if sign.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.lemma_.casefold() not in _FORECASTS:
        return head.head  # 'growth of 0.3 percent' (not 'the bank's forecast of 0.9%': of what, it does not say)
    if sign.dep_ == "attr" and head.lemma_ == "be":
        return next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if (complement := _complement_of_be(sign)) is not None:
        return next((c for c in complement.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)  # 'the
        # revised offer was worth 9 per cent', 'the real figure is closer to 7 per cent'
    if sign.dep_ == "compound" and head.pos_ == "NOUN" and _change_of(head):
        return _changed(head)  # 'its latest offer amounts to a 12 per cent increase'; 'a 5 per cent rise in fares'
    if sign.dep_ == "appos" and head.pos_ == "NOUN":
        return head  # 'Unemployment, now 4.2%,'
    if sign.dep_ in _SUBJECTS and (polled := _polled(sign)) is not None:
        return polled  # 'its survey of 1,000 Wisconsin parents found that only 44 percent backed age checks'
    if _part_taken(sign):  # 'agriculture accounts for 78 per cent', 'imports make up 40 per cent': the share of
        verb = head.head if sign.dep_ == "pobj" else head  # the subject
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if _direction(sign):  # 'footfall would rise by 8%': the change of the verb's subject
        return next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    verb = head.head if sign.dep_ == "pobj" and head.lower_ in ("at", "to") else head if sign.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB" or sign.dep_ == "dobj" and verb.lemma_.casefold() not in _REACHING:
        return None  # 'the operator has offered 3.5 percent': what is offered, not the operator
    if sign.dep_ == "pobj":
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if obj is not None:
            return obj  # 'raised its benchmark interest rate by a quarter-point to 5.25%'
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)


def _part_taken(sign: "Token") -> bool:
    """Whether a percentage with no 'of' is the part of a whole its clause's subject takes up: the object of
    'account for' ('agriculture accounts for 78 per cent') or of 'make up' ('imports make up 40 per cent')."""
    head = sign.head
    if sign.dep_ == "pobj" and head.lower_ == "for":
        return head.head.lemma_.casefold() == "account"
    return sign.dep_ == "dobj" and head.lemma_.casefold() == "make" and any(c.dep_ == "prt" and c.lower_ == "up" for c in head.children)


def _complement_of_be(sign: "Token") -> "Token | None":
    """The adjective a percentage completes, itself the complement of 'be' ('was worth 9 per cent', 'is closer
    to 7 per cent'): its subject is what the percentage measures; None otherwise."""
    adjective = sign.head.head if sign.dep_ == "pobj" and sign.head.dep_ == "prep" else sign.head
    if sign.dep_ not in ("pobj", "npadvmod") or adjective.pos_ != "ADJ" or adjective.dep_ != "acomp":
        return None
    return adjective if adjective.head.lemma_ == "be" else None


def _change_of(word_of_change: "Token") -> int:
    """+1 or -1 for a verb or noun of change by its direction ('increase', 'rise', 'drop': `_RISING`, `_FALLING`),
    else 0."""
    word = word_of_change.lemma_.casefold()
    return 1 if word in _RISING else -1 if word in _FALLING else 0


def _changed(noun: "Token") -> "Token | None":
    """What a noun of change changes: the object of its 'in' ('a 5 per cent rise in fares', `_changed_in`), else the
    subject of the verb its phrase hangs from ('its latest offer amounts to a 12 per cent increase': the offer)."""
    inside = _changed_in(noun)
    if inside is not None:
        return inside
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None) if verb is not None else None
    return subject if subject is not None and subject.i not in {t.i for t in noun.subtree} else None  # not 'a 60%
    # increase ... is a gamble', the change its own clause's subject


def _changed_in(noun: "Token") -> "Token | None":
    """The object of a noun of change's 'in' ('a 5 per cent rise in fares', 'the fall in the spawning stock'), or None."""
    return next(
        (
            o
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children
            if o.dep_ == "pobj" and o.pos_ == "NOUN" and not any(c.dep_ == "nummod" for c in o.children)
        ),
        None,
    )  # not 'a 50 per cent jump in one go'


def _changed_in_after(noun: "Token") -> "Token | None":
    """The object of an 'in' right after a verb's object that the parser hung on the verb ('puts the fall | in the
    spawning stock | at 25%': prepositional attachment, the parser's commonest ambiguity), or None."""
    if noun.dep_ != "dobj" or noun.right_edge.i + 1 >= len(noun.doc):
        return None
    after = noun.doc[noun.right_edge.i + 1]
    if after.lower_ != "in" or after.dep_ != "prep" or after.head.i != noun.head.i:
        return None
    return next((o for o in after.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and not any(c.dep_ == "nummod" for c in o.children)), None)


_POLLS = frozenset("survey poll study sample census".split())
"""Nouns of asking or counting a population ('a survey of 1,000 parents'): a percentage with no 'of' of its own,
the subject of its clause, is a share of the population its sentence's poll is 'of'."""


def _polled(sign: "Token") -> "Token | None":
    """The plural noun of the population a poll in the percentage's sentence asked ('survey of 1,000 Wisconsin
    parents' -> 'parents'), or None."""
    for noun in sign.sent:
        if noun.lemma_.casefold() in _POLLS and noun.pos_ == "NOUN":
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    found = next((c for c in prep.children if c.dep_ == "pobj" and c.tag_ == "NNS"), None)
                    if found is not None:
                        return found
    return None


_RISING = frozenset("rise increase grow climb jump surge soar gain".split())
_FALLING = frozenset("fall decrease drop decline shrink slump sink plunge dip".split())
"""Verbs of change by their direction: a percentage 'by' one is a change up or down of the verb's subject
('footfall would rise by 8%', '... would fall by 20%'), which a memo compares with its sign. 'go up' and 'go
down' are read by their particle."""


def _direction(sign: "Token") -> int:
    """+1 or -1 when the percentage (its sign) is how much a verb of change says its subject rises or falls
    ('rise by 8%', 'go down by 3 per cent'), else 0."""
    prep = sign.head
    if sign.dep_ == "compound" and prep.pos_ == "NOUN":
        return _change_of(prep)  # 'a 12 per cent increase'
    if sign.dep_ != "pobj" or prep.lower_ != "by" or prep.head.pos_ != "VERB":
        return 0
    verb = prep.head
    if verb.lemma_.casefold() == "go":
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
        return 1 if particle == "up" else -1 if particle == "down" else 0
    return _change_of(verb)


_REACHING = frozenset("reach hit top exceed average total touch approach".split())
"""Verbs whose subject a percentage object measures ('Unemployment could reach 5 per cent')."""
_FORECASTS = frozenset("forecast projection prediction estimate target goal aim expectation outlook".split())
"""Nouns of what someone expects or aims at: a figure hung on one measures what they forecast."""
_EXPECTING = frozenset("expect forecast project predict aim target plan hope want seek intend".split())
"""Verbs of expecting or aiming: a percentage under one states what will or should be (`_prospective`)."""


def _prospective(sign: "Token") -> bool:
    """Whether a percentage states what will or should be, not what is or was: a modal verb ('could reach 5 per
    cent'), a verb of expecting or aiming ('expects growth of 1.2 per cent', 'aims to generate 80%') or a noun of
    forecasting ('a projection of 4.6 per cent') above it in its clause. The verb 'estimate' is none: 'a survey
    estimated that the stock had fallen by 40%' states what was (only the noun forecasts: 'the bank's estimate of
    0.9%')."""
    for token in [sign, *sign.ancestors]:
        if token.lemma_.casefold() in _FORECASTS and token.pos_ == "NOUN" or token.pos_ == "VERB" and token.lemma_.casefold() in _EXPECTING:
            return True
        if token.pos_ in ("VERB", "AUX") and any(c.tag_ == "MD" and c.lower_ not in ("can",) for c in token.children):
            return True
        if token.pos_ == "VERB" and token.lemma_.casefold() in SPEECH_VERBS:
            break  # the verb that reports it: what the speaker says is, not what they expect
    return False


def _sum(
    ctx: Context, article: str, entity: "Span", quotes: list[tuple[int, int, str]], stated: list[tuple[int, int, str]]
) -> Figure | None:
    """The attributed figure an amount of money states (`_amount`, `_measured`), or None."""
    amount = _amount(entity)
    if amount is None:
        return None
    currency, value, root, text = amount
    measured = _measured(root)
    if measured is None:
        return None
    holder = _holder(ctx, article, root, quotes, stated)
    if holder is None:
        return None
    word, is_noun = measured
    sentence = root.sent
    return Figure(
        article=article,
        value=value,
        text=text,
        thing=f"{currency}:{_stem(word.lemma_)}",
        noun=word.text if is_noun else f"the sum to {word.lemma_}",
        per=_per(root),
        predicate="" if is_noun else _what_does(word),
        holder=holder[0],
        key=holder[1],
        start=sentence.start_char,
        end=sentence.end_char,
    )


def _what_does(verb: "Token") -> str:
    """The lemma of the common noun that is the subject of the verb a sum measures, '' for none: what costs or saves
    it ('a 19 per cent rise would cost more than £1.5 billion a year' and 'the two days had cost the trust about
    £2.3 million' are the costs of two things, no dispute); a pronoun or a name is no such noun."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject.lemma_.casefold() if subject is not None and subject.pos_ == "NOUN" else ""


def _amount(entity: "Span") -> tuple[str, float, "Token", str] | None:
    """(currency, value, root token, text) of an amount of money: '£4.5 million', '800k' after '£', '£1.2m' (the
    recogniser may leave the currency sign or the 'm' outside the entity), '18 million pounds' (a currency in words,
    `_CURRENCY_WORDS`, as its sign). None without a currency ('£', '$', 'US$', or in words; a code such as 'EUR' is
    not read), or when the number is not one value."""
    doc = entity.doc
    start, end = entity.start, entity.end
    if start > 0 and doc[start - 1].is_currency:
        start -= 1
    if end < len(doc) and doc[end].lower_.rstrip(".") in _MULTIPLIERS:  # '£1.2m.' ends its sentence: 'm.'
        end += 1
    if end < len(doc) and _currency_word(doc[end]) and doc[end - 1].head.i == end:  # '12 million' (CARDINAL) 'euros'
        end += 1
    span = doc[start:end]
    currency = next((t.text.rstrip("$") + "$" if t.text.endswith("$") else t.text for t in span if t.is_currency or t.text.endswith("$")), None)
    if currency is None:  # '18 million pounds': the currency named in words, as its sign
        currency = next((_CURRENCY_WORDS[t.lemma_.lower()] for t in span if t.lemma_.lower() in _CURRENCY_WORDS), None)
    if currency is None:
        return None
    value = _read(span, _written_sum)
    if value is None:
        return None
    roots = [t for t in span if not start <= t.head.i < end or t.head.i == t.i]  # (spaCy makes a new Token each time:
    return currency, value, (roots or [span.root])[0], span.text.rstrip(".")  # compare indices, never identity)


_CURRENCY_WORDS = {"pound": "£", "dollar": "$", "euro": "€", "yen": "¥"}
"""Currencies named in words after an amount, as their sign ('18 million pounds' is '£18 million')."""


def _currency_word(token: "Token") -> bool:
    return token.lemma_.lower() in _CURRENCY_WORDS and token.pos_ == "NOUN"


def _currency_after(entity: "Span") -> bool:
    """Whether a number the recogniser tagged a cardinal is an amount of money whose currency follows it in words
    ('about 12 million euros', 'about 12 million' tagged CARDINAL): a sum, never a count of euros (counted so, the
    40 million euros a city spent on an arena had disputed a loss of 7.5 million euros)."""
    doc = entity.doc
    return entity.label_ == "CARDINAL" and entity.end < len(doc) and _currency_word(doc[entity.end]) and entity.root.head.i == entity.end


_HOURS = frozenset({"hour", "minute"})


def _hours(entity: "Span") -> bool:
    """Whether a TIME entity counts hours or minutes ('1,900 hours of spills', '45 minutes'): a duration is a count
    of its unit like any other, and sources dispute it ('Severnmoor says its own monitors show 1,900 hours'); a
    clock time ('6:15 p.m.') or a part of the day counts nothing."""
    return any(t.like_num and t.dep_ == "nummod" and t.head.tag_ == "NNS" and t.head.lemma_.lower() in _HOURS for t in entity)


def _in_words(entity: "Span") -> bool:
    """Whether an amount names its currency in words ('18 million pounds', which the recogniser may tag a
    weight): a sum, never a measure."""
    return any(_currency_word(t) for t in entity)


_PUTTING_AT = frozenset({"put", "estimate", "value", "peg", "place"})
"""Verbs that set what their object measures at an amount ('puts the extra cost at £14', 'estimates the extra cost
for a typical owner at more than £150')."""


def _measured(root: "Token") -> tuple["Token", bool] | None:
    """(the word naming what an amount measures, whether it is a noun): the object of 'put ... at' ('puts the extra
    cost at £1.2 million', and of the other `_PUTTING_AT` verbs: 'estimates the extra cost at £150'), the noun an
    'of' hangs from ('a saving of £2m'), the subject of a copula ('the cost is
    £2m'), or the verb taking the amount as object ('save about £4 million a year'), or what that verb adds it to
    ('add £4.5 million to the cost'). None for an amount that describes a noun ('the £6.2 million scheme')."""
    head = root.head
    if root.dep_ == "npadvmod" and head.lower_ == "worth":  # 'a redundancy package worth £18 million', 'the
        if head.dep_ == "amod" and head.head.pos_ == "NOUN":  # allowance is worth nearer £3,000'
            return head.head, True
        subject = next((c for c in head.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None) if head.dep_ == "acomp" else None
        return (subject, True) if subject is not None else None
    if root.dep_ == "pobj" and head.lower_ == "at" and head.head.lemma_ in _PUTTING_AT:
        obj = next((c for c in head.head.children if c.dep_ == "dobj"), None)
        return (obj, True) if obj is not None and obj.pos_ == "NOUN" else None
    if root.dep_ == "pobj" and head.lower_ == "at" and head.head.dep_ == "dobj" and head.head.head.lemma_ in _PUTTING_AT:
        return (head.head, True) if head.head.pos_ == "NOUN" else None  # the parser hung 'at' on the object
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head, True
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.head.dep_ == "acomp" and head.head.head.lemma_ == "be":
        subject = next((c for c in head.head.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        return (subject, True) if subject is not None else None  # 'the real effect was closer to 7.5 million euros'
    if root.dep_ == "attr" and head.lemma_ == "be":
        subject = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        return (subject, True) if subject is not None else None
    if root.dep_ == "npadvmod" and head.pos_ == "VERB" and root.ent_type_ == "MONEY":
        return head, False  # 'would cost a typical owner £36 a year': the second object, parsed as an adverb
    if root.dep_ == "dobj" and head.pos_ == "VERB":
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
                if obj is not None:
                    return obj, True
        return head, False
    return None


def _stem(lemma: str) -> str:
    """A lemma without the '-ing' of a verb's noun and a final 'e', so that a noun and its verb are one measure
    ('saving' and 'save', 'spending' and 'spend'; English -ing nominalisation)."""
    word = lemma.casefold()
    if word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    return word.rstrip("e")


def disputed_figures(ctx: Context) -> list[Contradiction]:
    """One `disputed_figure` contradiction per counted thing whose figures disagree, across the memo's briefed articles.

    Figures are grouped by counted noun lemma; a group holds figures whose
    units and predicates agree with each of its figures' (`_same_measure`). A
    group is disputed when two values each have a holder who does not state
    the other, and neither is a bound the other lies within (`_within_bound`)
    unless one answers a figure disputed outright, in one article or in two
    that share a person or organisation;
    the item lists the group's figures from those articles and any other that
    shares a person or organisation with them.
    """
    shared = _shared_names(ctx)
    measures = _measures([ctx.texts.get(b.article_id) or "" for b in ctx.briefs])
    groups: dict[str, list[list[Figure]]] = defaultdict(list)
    for brief in ctx.briefs:  # a failed article has no brief and shows no passage
        text = ctx.texts.get(brief.article_id) or ""
        found = _claimed(figures(ctx, brief.article_id, measures))
        for n, figure in enumerate(found):
            if _stated_before(text, figure) or _repeated_in_quotation(text, figure, found[:n]):
                continue  # 'What we can say is that 38 particles per litre would be ...' after 'a study reported 38
                # particles per litre': the speaker repeats the study's figure, which is not theirs
            for group in groups[figure.thing]:
                if all(_same_measure(other, figure) for other in group):
                    group.append(figure)
                    break
            else:
                groups[figure.thing].append([figure])
    out = []
    for found in groups.values():
        for group in map(_converted_alike, found):
            pair = _dispute(group, shared)
            if pair is not None:
                story = shared[pair[0].article] | shared[pair[1].article]
                articles = {pair[0].article, pair[1].article}
                out.append(_contradiction(ctx, [f for f in group if f.article in articles or shared[f.article] & story]))
    return out


def _stated_before(text: str, figure: Figure) -> bool:
    """Whether a figure in a speaker's quoted words repeats a number the article wrote with the same noun before its
    sentence ('a study reported an average of 38 particles per litre', then a commenter's '“What we can say is
    that 38 particles per litre would be at the high end ...”'): the speaker talks about the figure, which is not
    theirs. A figure a holder is named for outside quotation marks ('the council's figure of 120') stays theirs."""
    number = re.escape(figure.text)
    pattern = rf"(?<![\w.,]){number}\s+(?:[\w-]+\s+){{0,2}}{re.escape(figure.noun)}\b"
    if re.search(pattern, text[: figure.start], flags=re.IGNORECASE) is None:
        return False
    found = re.search(pattern, text[figure.start : figure.end], flags=re.IGNORECASE)
    at = figure.start + found.start() if found else -1
    return any(start < at < end for start, end in quoted_spans(text))


def _repeated_in_quotation(text: str, figure: Figure, earlier: list[Figure]) -> bool:
    """Whether a figure stated inside a quotation gives the value another holder gave the same thing earlier in the
    article, in other words ('let them show the court four thousand ballots', after the candidate's 'some 4,000
    ballots were wrongly classed as spoiled'): the speaker takes up the other's figure, which is not theirs; a
    figure a source states as their own count (outside quotation marks, or a value no one gave before) stays
    theirs. `earlier`: the article's figures before it, in text order."""
    at = text.find(figure.text, figure.start, figure.end)
    if at < 0 or not any(start < at < end for start, end in quoted_spans(text)):
        return False
    return any(f.value == figure.value and f.thing == figure.thing and f.key != figure.key and f.start < figure.start for f in earlier)


MEASURE_TOLERANCE = 0.01
"""Largest relative difference between two measures in different units that are one value written twice: a
conversion's rounding ('about 95 miles (153 km)': 152.9 and 153 km differ by 0.07%)."""


def _converted_alike(group: list[Figure]) -> list[Figure]:
    """The group with each measure that lies within MEASURE_TOLERANCE of an earlier one given that one's value
    (so '153 km' stands with 'about 95 miles', not against it); counts and sums keep their values."""
    out: list[Figure] = []
    for figure in group:
        if figure.thing.startswith("measure:"):
            alike = next((f for f in out if f.thing == figure.thing and math.isclose(f.value, figure.value, rel_tol=MEASURE_TOLERANCE)), None)
            if alike is not None and alike.value != figure.value:
                figure = replace(figure, value=alike.value)
        out.append(figure)
    return out


def _claimed(found: list[Figure]) -> list[Figure]:
    """The figures that state what a thing is: not two values one holder gives one thing, with one predicate and
    unit of rate, in one sentence, which set two things side by side ('I'd rather it came from ten miles away
    than two hundred'), give one value twice ('about 8 feet (2.5 meters)', whose rounding differs) or a change
    ('fall from about 310 cubic metres per second to 190'), and dispute nothing."""
    return [
        f
        for f in found
        if not any((o.holder, o.start, o.thing, o.per, o.predicate) == (f.holder, f.start, f.thing, f.per, f.predicate) and o.value != f.value for o in found)
    ]


def _shared_names(ctx: Context) -> dict[str, set[str]]:
    """Article id -> the keys of the people and organisations among its brief's actors and sources (entities
    resolved across the memo). Two articles that share one tell one story; others may count the same noun
    for unrelated things."""
    named: dict[str, set[str]] = defaultdict(set)
    for brief in ctx.briefs:
        for name in [a.name for a in brief.actors] + [s.name for s in brief.sources]:
            _, key, is_entity = ctx.name(name, brief.article_id)
            if is_entity and ctx.resolution.entity(key[2:]).kind in ("person", "organization"):
                named[brief.article_id].add(key)
    return named


def _dispute(group: list[Figure], shared: dict[str, set[str]]) -> tuple[Figure, Figure] | None:
    """Two figures of the group with different values, each stated by a holder who does not state the other
    value, in one article or in two that share a person or organisation; None when there are none."""
    holders: dict[float, set[str]] = defaultdict(set)
    for figure in group:
        holders[figure.value].add(figure.key)
    for i, a in enumerate(group):
        for b in group[i + 1 :]:
            if a.value == b.value or a.key in holders[b.value] or b.key in holders[a.value]:
                continue
            if _within_bound(a, b) and not (a.answered or b.answered):
                continue  # 'more than 300 millimetres' and '312 millimetres' agree; a figure given against one disputed
                # outright ('Campaigners dispute that figure ... up to 65 minutes') disagrees all the same
            if a.article == b.article or shared[a.article] & shared[b.article]:
                return a, b
    return None


_LOWER_BOUND = re.compile(r"(?:more than|at least|upwards of|in excess of)\s", re.I)
_UPPER_BOUND = re.compile(r"(?:less than|fewer than|up to|at most|no more than)\s", re.I)
"""Words before a number that make it a bound ('more than 300', 'up to 65'), as the recogniser keeps them in the
number's entity; not 'over', 'under', 'above' or 'below', which a verb may take ('would never fall below 285')."""


def _within_bound(a: Figure, b: Figure) -> bool:
    """Whether one of two figures is a bound the other's plain value lies within ('more than 300 millimetres' and
    '312 millimetres'; 'up to 65 minutes' and '38 minutes'): two statements that agree. Two bounds ('up to 30 night
    flights', 'no more than eight') are two limits claimed, which disagree."""
    for bound, other in ((a, b), (b, a)):
        if _LOWER_BOUND.match(other.text) or _UPPER_BOUND.match(other.text):
            continue
        if _LOWER_BOUND.match(bound.text) and other.value >= bound.value or _UPPER_BOUND.match(bound.text) and other.value <= bound.value:
            return True
    return False


def _contradiction(ctx: Context, group: list[Figure]) -> Contradiction:
    per = next((f.per for f in group if f.per), "")
    named = next((f.noun for f in group if not f.noun.startswith("the sum to ")), group[0].noun)
    dimension = next((f.dimension for f in group if f.dimension), "")
    converted = len({f.noun.casefold() for f in group}) > 1 and group[0].thing in _MEASURES  # '1.2km', '800 metres'
    if converted:
        thing = dimension or _MEASURES[group[0].thing]  # 'figures for distance differ', 'figures for area differ'
    else:
        thing = named + (f" a {per}" if per else "")
        thing = f"{dimension} in {thing}" if dimension else thing  # 'figures for distance in metres differ'
    by_value: dict[float, list[Figure]] = defaultdict(list)
    for figure in group:
        by_value[figure.value].append(figure)
    sides = []
    for value, said in by_value.items():
        holders = list(dict.fromkeys(f.holder for f in said))
        metric = converted and said[0].thing in _SI_SHOWN
        shown = f"{said[0].text} [{_in_si(value, said[0].thing)}]" if metric else said[0].text  # '95 miles [153 km]'
        sides.append(f"{shown} ({', '.join(holders)})")
    mentions = [
        FigureMention(
            value=f.text,
            holder=f.holder,
            article=f.article,
            passage=Passage(article=f.article, text=ctx.texts[f.article][f.start : f.end], start=f.start, end=f.end),
        )
        for f in group
    ]
    return Contradiction(
        kind="disputed_figure",
        summary=f"figures for {thing} differ: " + " against ".join(sides),
        figures=mentions,
        found_by="rules",
    )


_MEASURES = {
    "measure:[length]": "length",
    "measure:[length] ** 2": "area",
    "measure:[length] ** 3": "volume",
    "measure:[mass]": "weight",
    "measure:[length] ** 3 / [time]": "flow",
    "measure:[mass] * [length] ** 2 / [time] ** 3": "power",
    "measure:[mass] * [length] ** 2 / [time] ** 2": "energy",
}
"""The English noun for what measures of one dimensionality (as `pint` writes it) measure, for a dispute stated in
two units ('figures for area differ: 30 acres ... against 12 hectares')."""


_SI_SHOWN = {
    "measure:[length]": ((1000.0, "km"), (1.0, "m")),
    "measure:[length] ** 2": ((1e6, "km²"), (1e4, "ha"), (1.0, "m²")),
    "measure:[length] ** 3": ((1.0, "m³"),),
    "measure:[mass]": ((1000.0, "t"), (1.0, "kg")),
}
"""How a measure in SI base units is shown beside figures written in different units: the largest unit it is at
least one of ('190 kilometres [190 km]', 'about 95 miles [153 km]', '30 acres [12.1 ha]')."""


def _in_si(value: float, thing: str) -> str:
    """`value` (SI base units) in the metric unit `_SI_SHOWN` gives for `thing` (one of its keys): whole above 100,
    else to three significant digits ('2,500 km', '153 km', '12.1 ha', '1.61 km')."""
    size, name = next((s for s in _SI_SHOWN[thing] if value >= s[0]), _SI_SHOWN[thing][-1])
    shown = value / size
    return f"{shown:,.0f} {name}" if shown >= 100 else f"{shown:.3g} {name}"


def _value(entity: "Span") -> float | None:
    """The number a CARDINAL entity states ('2,000' -> 2000, '1.2 million' -> 1200000), or None (a range, a word)."""
    return _read(entity, lambda token: number_value(token) if token.like_num else _NOT_A_NUMBER)


_NOT_A_NUMBER = float("nan")
"""What a token reader gives for a token that is no number ('about', '£'): `_read` passes over it."""


def _written_sum(token: "Token") -> float:
    """The number of a token as money writes it ('4.5', '800k', '3bn', '1,200'), or `_NOT_A_NUMBER`."""
    found = _SUFFIXED.fullmatch(token.lower_.replace(",", ""))
    return float(found.group(1)) * _MULTIPLIERS.get(found.group(2) or "", 1.0) if found else _NOT_A_NUMBER


def _read(tokens: "Span", number: "Callable[[Token], float | None]") -> float | None:
    """The one value `tokens` state: the number `number` reads from one of them, times each multiplier word after
    it ('1.2 million', '£1.2m.'). None when there is none, when a second number follows ('between 300 and 400',
    '3 or 4'), or when `number` gives None for a token it takes for a number it cannot read."""
    value = None
    for token in tokens:
        word = token.lower_.rstrip(".")
        if word in _MULTIPLIERS and value is not None:
            value *= _MULTIPLIERS[word]
            continue
        found = number(token)
        if found is not None and math.isnan(found):
            continue
        if value is not None or found is None:
            return None
        value = found
    return value


def _number(entity: "Span") -> "Token":
    """The entity's number word that depends on a word outside it ('over 345 pilgrims': '345', whatever the
    parser made of 'over'; '1.2 million people': 'million'), or the number before the unit a measure counts ('450
    metres'), else its syntactic root ('nearer 400')."""
    numbers = [t for t in entity if t.like_num or t.lower_ in _MULTIPLIERS]
    outside = [t for t in numbers if not entity.start <= t.head.i < entity.end]
    unit = [t for t in numbers if t.dep_ == "nummod" and t.head.pos_ == "NOUN" and t.head.i > t.i]  # '450 metres', 'one mile'
    return (outside or unit or [entity.root])[0]


def _untagged_count(token: "Token") -> bool:
    """Whether `token` is a number in digits that the recogniser left out of any count ('Siobhan Feeney said 900
    women a year would be eligible': untagged; 'nearer 900 a year': tagged a date): a cardinal by its tag (CD), in
    digits, with no number word after it ('900 million' is read whole or not at all), and no part of a date it
    could be: no year (four digits from 1000 to 2100) nor day of a month (1 to 31) inside a date, nor any number
    inside another entity (a sum, a percentage, a measure); and only where it counts a noun (`_counted`) that is no
    unit of time (WordNet's noun.time: 'within 60 days', '120 years of history')."""
    digits = token.text.replace(",", "")
    if token.tag_ != "CD" or not digits.isdigit() or token.ent_type_ not in ("", "DATE"):
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.like_num:
        return False
    value = int(digits)
    if len(digits) == 4 and 1000 <= value <= 2100:
        return False  # a year, tagged or not
    if token.ent_type_ == "DATE" and value <= 31:
        return False  # '12 May', '3 days ago'
    noun = _counted(token)  # never elliptical ('§§ 2411-2420' counts nothing), nor a stretch of time ('within 60 days')
    return noun is not None and noun_class(noun.lemma_.casefold()) != "noun.time"


def _counted(number: "Token") -> "Token | None":
    """The plural noun `number` counts: the one it precedes ('120 HGV movements'), or the object of its 'of' ('81 of
    the trees'), or what a figure noun the number is stated for counts ('the number of women who could benefit was
    nearer 900': a copula's complement, its subject a noun of `FIGURE_NOUNS` with 'of' and a plural); None for a
    number that counts no noun ('nearer 400', '9,600 of them')."""
    head = number.head
    if number.dep_ == "attr" and head.lemma_ == "be":
        figure = next((c for c in head.children if c.dep_ == "nsubj" and c.lemma_.casefold() in FIGURE_NOUNS), None)
        of = [o for p in (figure.children if figure is not None else ()) if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if of and of[0].pos_ == "NOUN" and of[0].tag_ == "NNS":
            return of[0]
    if number.dep_ == "nummod" and head.pos_ == "NOUN" and head.i > number.i and head.tag_ == "NNS":
        return head
    if _counts_through_a_compound(number):
        return head.head  # 'up to 30 night flights', 'no more than eight night flights': the flights
    if number.dep_ == "nummod" and head.pos_ == "NOUN" and head.tag_ == "NN" and _collective_count(number, head):
        return head  # '26 staff would lose their jobs': a collective noun counted, singular in form
    return next((noun for noun in _partitive_objects(number) if noun.pos_ == "NOUN" and noun.tag_ == "NNS"), None)


def _gathering_counted(number: "Token") -> "Token | None":
    """The noun of a gathering of people whose size `number` states, a count of people ('Authority officials
    estimated the crowd at about 300', 'police put the turnout at 2,000', 'a crowd of 5,000'): the object of a
    verb of `_PUTTING_AT` whose 'at' takes the number, or the noun whose 'of' does, when that noun's first WordNet
    sense is a gathering (`senses.is_a`: crowd, audience, turnout, rally, throng, mob). Such a figure counts the
    people that another source counts ('more than 500 people attended'): the classic dispute over a crowd's
    size. None for any other number."""
    if number.dep_ != "pobj" or number.head.lower_ not in ("at", "of"):
        return None
    found = _measured(number)  # what 'put ... at' or 'of' ties the number to, as for a sum
    noun = found[0] if found is not None and found[1] else None
    if noun is None or noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return None
    return noun if is_a(noun.lemma_.casefold(), "gathering") else None


def _counts_through_a_compound(number: "Token") -> bool:
    """Whether `number` counts the plural noun that the singular noun right after it modifies ('30 night flights',
    'eight night flights': flights at night, counted; the recogniser tags such a phrase a time or an amount)."""
    head = number.head
    return (
        number.dep_ == "nummod" and head.i == number.i + 1 and head.tag_ == "NN" and head.dep_ == "compound"
        and head.head.i == head.i + 1 and head.head.pos_ == "NOUN" and head.head.tag_ == "NNS"
    )


def _before_a_compound(entity: "Span") -> bool:
    """Whether a TIME entity holds a number that counts the plural noun after the noun it ends with ('up to 30
    night' of 'up to 30 night flights'): a count, not a time (`_counts_through_a_compound`)."""
    return any(t.like_num and _counts_through_a_compound(t) for t in entity)


def _collective_count(number: "Token", head: "Token") -> bool:
    """Whether a number before a singular noun counts it, as a collective noun is counted ('26 staff', '300
    personnel'): the noun right after the number, or after adjectives only, with no article or possessive before
    the number ('the 400 figure' names a figure) nor a hyphen joining them ('a 350,000-tonne plant'), and a number
    above one."""
    doc = number.doc
    between = doc[number.i + 1 : head.i]
    if head.i <= number.i or any(t.pos_ != "ADJ" for t in between) or number.i + 1 < len(doc) and doc[number.i + 1].text == "-":
        return False
    if any(c.dep_ in ("det", "poss") for c in head.children):
        return False
    return number.like_num and number.text.replace(",", "").isdigit() and int(number.text.replace(",", "")) > 1


def _measure_text(entity: "Span", unit: "Token") -> str:
    """A measure as the article writes it, with its unit when the recogniser left the unit outside the number ('12'
    before 'hectares': '12 hectares') and without a verb it took in ('covers 30 acres': '30 acres')."""
    start = entity.start
    while start < entity.end - 1 and entity.doc[start].pos_ in ("VERB", "AUX"):
        start += 1
    end = unit.i + 1 if unit.i == entity.end else entity.end
    return entity.doc[start:end].text


def _singular_unit(number: "Token", measures: frozenset[str]) -> "Token | None":
    """The singular unit of measure `number` counts ('one mile', '1 km'): a noun right after it that the recogniser
    put in a measure with it and that is a unit (`_unit`); None otherwise (a singular noun after a number is
    otherwise a label or a description: 'the 400 figure'), for a unit that describes a noun ('a 30-metre buffer') and
    for the first unit of a rate written with a slash ('130 km/h')."""
    head = number.head
    if number.dep_ != "nummod" or head.pos_ != "NOUN" or head.i < number.i or head.ent_type_ != "QUANTITY":
        return None
    if head.dep_ in ("compound", "amod", "nmod"):  # 'a 30-metre buffer', 'a 1.2-million-square-foot warehouse'
        return None
    if head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == "/":  # '130 km/h': a rate, not a length
        return None
    return head if _unit(head, measures) is not None else None


def _unit(noun: "Token", measures: frozenset[str]) -> tuple[str, float] | None:
    """(what the unit measures, its size in SI base units) when `noun`, with the words of size before it ('cubic
    metres', 'square kilometres'), is a unit of measure that `pint`'s units registry knows ('kilometres', 'km',
    'acres', 'tonnes') of a kind the recogniser reads as a measure (`measures`): '1.2 km' and '1,200 metres' are
    then one value of one length, and '12 hectares', which the recogniser left as a number and a noun, an area
    when it tagged '30 acres' a measure. None for any other noun: a counted thing ('jobs', 'trees') is never
    converted, and neither is a word `pint` would read as a unit of a kind the articles never measure
    ('points', 'lines', 'hands' are lengths to `pint`)."""
    if noun.lemma_.lower() in _CURRENCY_WORDS:
        return None  # '18 million pounds' is money (`_in_words`), not a weight
    size = _unit_size(_unit_words(noun)) or _unit_size(noun.lower_) or _unit_size(noun.lemma_.casefold())
    return size if size is not None and size[0] in measures else None


def _unit_words(noun: "Token") -> str:
    """A unit noun with the adjectives before it back to its number ('cubic metres' of '310 cubic metres')."""
    words = [noun.lower_]
    i = noun.i - 1
    while i >= 0 and noun.doc[i].pos_ == "ADJ" and noun.doc[i].head.i == noun.i:
        words.insert(0, noun.doc[i].lower_)
        i -= 1
    return " ".join(words)


def _unit_text(noun: "Token") -> str:
    """A unit noun as the article writes it, with the words of size before it ('cubic metres')."""
    return noun.doc[noun.i - len(_unit_words(noun).split()) + 1 : noun.i + 1].text


def _measures(texts: list[str]) -> frozenset[str]:
    """What the units in the recogniser's measures (entity type QUANTITY) of `texts` measure, keyed as `_unit_size`
    keys them ('measure:[length]', 'measure:[length] ** 2'): the kinds of measure the articles state."""
    found = set()
    for text in texts:
        for entity in doc(text).ents:
            if entity.label_ == "QUANTITY":
                for token in entity:
                    if token.pos_ == "NOUN" and (size := _unit_size(_unit_words(token)) or _unit_size(token.lower_)):
                        found.add(size[0])
    return frozenset(found)


@functools.cache
def _unit_size(word: str) -> tuple[str, float] | None:
    """(dimensionality, size in SI base units) of a unit word by `pint`'s default registry, or None (no unit, or
    a dimensionless one)."""
    if not word.replace(" ", "").isalpha():
        return None
    try:
        quantity = _registry().Quantity(1, word).to_base_units()
    except Exception:  # pint's UndefinedUnitError, and others for words it half-parses
        return None
    return None if quantity.dimensionless else (f"measure:{quantity.dimensionality}", float(quantity.magnitude))


@functools.cache
def _registry() -> "pint.UnitRegistry":
    """`pint`'s default units registry, built once per process on first use (about 0.15 s)."""
    import pint

    return pint.UnitRegistry()


def _significant(value: float) -> float:
    """`value` to 9 significant digits, so that a conversion's rounding error ('1.2 km' in metres) makes no second
    value."""
    return float(f"{value:.9g}")


def _per(noun: "Token") -> str:
    """The unit of a rate the counted noun (or its verb) is given per: '120 movements a day' -> 'day'."""
    for token in (noun, noun.head):
        for child in token.children:
            if child.dep_ == "npadvmod" and child.pos_ == "NOUN" and any(c.lower_ in ("a", "an", "per", "each", "every") for c in child.children):
                return child.lemma_.casefold()
            if child.dep_ == "prep" and child.lower_ == "per":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj.lemma_.casefold()
    return ""


def _predicate(noun: "Token") -> str:
    """The lemma of the word whose event the counted noun takes part in ('345 people died' -> 'die', 'you will
    count 340 trees' -> 'count'), or of the noun a preposition ties it to ('offices in all 50 states' -> 'office',
    'electricity for 60 million people' -> 'electricity'), or '' when its head only states the
    number: a copula, or a verb of `_DIRECT` ('the true number is 120 movements', 'Veridan says 120 HGV
    movements a day', 'recorded 210 movements')."""
    head = noun
    while head.dep_ in ("pobj", "prep", "conj", "appos") and head.head.i != head.i:
        if head.dep_ == "prep" and head.lower_ != "of" and head.head.pos_ == "NOUN" and not head.head.like_num:
            return head.head.lemma_.casefold()  # 'electricity for 60 million people', 'offices in all 50 states' ('a
            # fraction of the 120,000 hectares' and 'the number of people' measure the figure, not a thing of their own)
        head = head.head
    if head.like_num or head.ent_type_ == "CARDINAL":  # '81 of the trees': the partitive's number, then its head
        head = head.head
        if head.dep_ in ("pobj", "prep") and head.head.i != head.i:
            head = head.head
    else:
        head = head.head
    put_at = _put_at_a_state(head)
    if put_at:
        return put_at  # 'put up to 4,000 jobs at risk' is an event of the jobs, no estimate of their number
    if head.i == noun.i or head.pos_ == "AUX" or head.lemma_ in _STATING or head.lemma_ == "be":
        return ""
    return head.lemma_.casefold()


def _put_at_a_state(verb: "Token") -> str:
    """'put at risk' (lemmas) when `verb` is 'put' with an 'at' phrase that names no number ('put up to 4,000 jobs
    at risk', 'put lives at stake'): the idiom of endangering, not of estimating ('put the figure at 10,000'); ''
    otherwise."""
    if verb.lemma_.casefold() != "put":
        return ""
    ats = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"]
    if any(t.like_num for at in ats for t in at.subtree):
        return ""  # 'put the number of posts at risk at 160': an estimate, whatever else is at risk
    for at in ats:
        state = next((c for c in at.children if c.dep_ == "pobj"), None)
        if state is not None and state.pos_ == "NOUN":  # no number in it, as none is in any 'at' phrase (above)
            return f"put at {state.lemma_.casefold()}"
    return ""


FIGURE_NOUNS = frozenset("figure number total estimate tally count calculation".split())
"""Nouns that name a figure, not a thing measured: 'puts the figure at 45 square kilometres' gives another value of
what the figure before it measured, as news sets one source's number beside another's."""
_PROPORTION_NOUNS = frozenset("share proportion percentage portion fraction".split())
"""Nouns of a part of a whole: a percentage of one with no 'of' ('the true share was closer to 61 per cent') is a
share of what the percentage before it measured, as 'the figure' is that figure (`_restated`)."""
_DIMENSIONS = {"tall": "height", "high": "height", "long": "length", "wide": "width", "deep": "depth", "thick": "thickness"}
"""English adjectives of dimension and the noun of what they measure ('180 metres tall' is a height)."""
_DISTANCE = frozenset({"away", "from"})
"""Words that make a measure a distance ('450 metres away', '800 metres from houses')."""


def _dimension(unit: "Token") -> str:
    """What a measure's unit measures, as a noun: a distance when 'from' or 'away' follows it ('800 metres from
    houses'), the noun of the adjective of dimension it modifies ('180 metres tall': height; `_DIMENSIONS`), the
    noun it is 'of' with no determiner ('a tip height of 149 metres'), or the object of 'put ... at' it ('puts the
    tip height at 149 metres'; not a noun that names a figure, `FIGURE_NOUNS`: 'puts the figure at 45 square
    kilometres' restates the figure before it); '' when the parse says none ('it is 180 metres'), which is
    compatible with any."""
    if any(c.lower_ in _DISTANCE for c in unit.children) or unit.head.lower_ in _DISTANCE and unit.dep_ == "npadvmod":
        return "distance"
    head = unit.head
    if unit.dep_ == "npadvmod" and head.pos_ in ("ADJ", "ADV"):
        return _DIMENSIONS.get(head.lemma_.casefold(), head.lemma_.casefold())
    if unit.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and not any(c.dep_ == "det" for c in unit.children):
        return head.head.lemma_.casefold()  # not 'a fraction of the 120,000 hectares': a determiner names a thing
    if unit.dep_ == "pobj" and head.lower_ == "at" and head.head.lemma_ == "put":
        measured = next((c for c in head.head.children if c.dep_ == "dobj"), None)
        return measured.lemma_.casefold() if measured is not None and measured.lemma_.casefold() not in FIGURE_NOUNS else ""
    return ""


def _same_measure(a: Figure, b: Figure) -> bool:
    """Whether two figures of one counted noun measure one thing: the same unit of rate when both give one, the
    same predicate when both have one, both a part or both not (`_partitive`: '240 of the units' is no count
    of the units beside 'Twelve hundred units'), and both an amount added to another or both not (`_added`: 'a
    further 40 to 60 millimetres could fall' is no other total beside '312 millimetres' recorded), and shares of
    no two parties (`_portion`)."""
    same_rate = not a.per or not b.per or a.per == b.per
    return same_rate and (not a.predicate or not b.predicate or a.predicate == b.predicate) and a.part == b.part and a.added == b.added and _same_portion(a, b)


def _same_portion(a: Figure, b: Figure) -> bool:
    """Whether two shares may be of one party (`_portion`): the same party, or either of none (Corvell's 19 percent
    and online sales' 5 percent of the market are two figures)."""
    return not a.portion or not b.portion or a.portion == b.portion


_ADDING = frozenset("further additional extra another".split())
"""Words that make an amount one added to another ('a further 40 to 60 millimetres', 'an additional 300 jobs')."""


def _added(noun: "Token", number: "Token") -> bool:
    """Whether a figure is an amount added to one the article gave before: its noun or number modified by a word of
    adding (`_ADDING`)."""
    return any(c.lower_ in _ADDING for token in (noun, number) for c in token.children)


def _partitive(number: "Token") -> bool:
    """Whether `number` counts the object of its 'of' ('240 of the units', '81 of the trees'): a part of them."""
    return any(True for _ in _partitive_objects(number))


def _partitive_objects(number: "Token") -> "Iterator[Token]":
    """The object of each 'of' that `number` governs ('the units' of '240 of the units')."""
    for prep in number.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None:
                yield noun


def _holder(
    ctx: Context, article: str, number: "Token", quotes: list[tuple[int, int, str]], stated: list[tuple[int, int, str]]
) -> tuple[str, str] | None:
    """(display name, grouping key) of who states the figure at `number`, or None when the article states it itself
    or the parse names no one. A pronoun subject other than the speaker's own voice ('She said the scheme would
    create 25 jobs') is the source the brief gives that sentence to (`source_statements`; the brief's speakers resolve
    pronouns), else no one, outside a quote. Inside a quote, a subject the speaker owns ('Our own monitors
    recorded 1,900 hours', 'my figures show') is the speaker's voice."""
    position = number.idx
    quoted = next((name for start, end, name in quotes if start <= position < end), None)
    own = _own_clause_subject(number)
    if own is not None:  # 'not the 400 metres they keep putting in their brochures': theirs, not the speaker's
        return None if own.pos_ in ("PRON", "NUM") else named_holder(ctx, article, own)
    if _rejected(number):
        return None  # '31 hectares, not the 12 hectares in the application': the speaker denies it
    if _presupposed(number):
        return None  # '"Most of the 650 jobs are construction posts," Marsh said': a figure given before, not hers
    if _described_in_passing(number):
        return None  # 'Flikt, which has about 11 million users in Ireland, said ...': the writer's aside, not Flikt's word
    if (owner := _figure_owner(number)) is not None:  # 'the council's figure of 120'
        if owner.pos_ == "PRON":
            return None
        name, key = named_holder(ctx, article, owner)
        return re.sub(r"\s*['’]s?$", "", name), key  # the owner, without its possessive ending
    if (owner := _planned_by(number)) is not None:  # 'the council had never agreed to the fund's plan to take the
        name, key = named_holder(ctx, article, owner)  # ground to 45,000 seats': the fund's figure, not the speaker's
        return re.sub(r"\s*['’]s?$", "", name), key
    subject = _speech_subject(number)
    if subject is not None and (antecedent := whose_antecedent(subject)) is not None:
        subject = antecedent  # 'Dr Helena Voss, ... whose modelling suggests around 42,000 people ...': Voss's figure
    if quoted is not None and subject is not None and any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subject.children):
        name, key, _ = ctx.name(quoted, article)
        return name, key  # '"Our own monitors recorded 1,900 hours," Ellison said': the speaker's own count
    if subject is not None and subject.pos_ == "NUM":
        subject = None  # 'said only three of the cases were confirmed and that the remaining nine were ...': a number
        # is no one who states the other (the parse's subject of the clause it was joined to)
    thing = subject is not None and subject.pos_ == "NOUN" and noun_class(subject.lemma_.casefold()) not in (PERSON, GROUP)
    if thing and not (_definite(subject) and body_named_by(subject)):  # (not 'the authority' for a body named before)
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
        if owner is not None:  # "the federation's count of its logbooks puts the fall at 25%": a thing states no
            name, key = named_holder(ctx, article, owner)  # figure; whose count it is does
            return re.sub(r"\s*['’]s?$", "", name), key
        said = next((name for start, end, name in stated if start <= position < end), None)
        if said is not None and (found := ctx.name(said, article))[2]:
            return found[0], found[1]  # 'Its own analysis ... puts the fall at 25%': whom the brief gave the sentence to
    if subject is not None and subject.lower_ not in OWN_VOICE and subject.pos_ != "PRON":
        body = body_named_by(subject) if _definite(subject) else ""
        if body and (found := ctx.name(body, article))[2]:
            return found[0], found[1]  # 'The Farm Bureau maintains ... 1,200 farm jobs; the authority puts the figure at
            # about 300': the authority named before, not the source the brief gave the whole sentence to
        said = next((name for start, end, name in stated if start <= position < end), None) if _definite(subject) else None
        if said is not None and (found := ctx.name(said, article))[2]:
            return found[0], found[1]  # 'The minister said fewer than 20,000 hectares ...': whom the brief resolved it to
        return named_holder(ctx, article, subject)
    if quoted is not None:
        name, key, _ = ctx.name(quoted, article)
        return name, key
    said = next((name for start, end, name in stated if start <= position < end), None) if subject is not None else None
    if said is not None and subject is not None and subject.pos_ == "PRON" and subject.lower_ not in OWN_VOICE:
        name, key, _ = ctx.name(said, article)
        return name, key
    return None


_FIGURE_NOUNS_OF_A_CLAIM = FIGURE_NOUNS | {"forecast", "projection"}
"""Nouns of a figure someone claims (`_figure_owner`): those that name a figure (`FIGURE_NOUNS`) and the two of a
forecast that take an 'of' before their number ('the Treasury's forecast of 2.1%')."""


def _figure_owner(number: "Token") -> "Token | None":
    """Whose figure a number is when a possessive names it: 'the council's figure of 120', 'the police's estimate of
    2,000' (the number the object of 'of' on a noun of counting that a possessor owns; a relative 'whose', the noun
    its clause modifies), or that a relative clause's subject gives ('the figure of 1,100 the emergency service has
    used'). The sentence's speaker compares it ('higher than the council's figure of 120'), not
    states it, so the figure is the possessor's; None when no possessor owns such a noun."""
    head = number
    while head.dep_ in ("nummod", "quantmod", "compound") and head.head.i != head.i:
        head = head.head
    preposition = head.head
    if head.dep_ != "pobj" or preposition.lower_ != "of" or preposition.head.lemma_.lower() not in _FIGURE_NOUNS_OF_A_CLAIM:
        return None
    owner = next((c for c in preposition.head.children if c.dep_ == "poss"), None)
    if owner is None:  # 'the figure of 1,100 the emergency service has used': the subject of a relative clause on the
        clause = next((c for c in preposition.head.children if c.dep_ == "relcl"), None)  # noun, whose object it is
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.tag_ not in ("WDT", "WP"):
            return subject
    if owner is not None and owner.tag_ == "WP$":  # 'Professor Fiona MacLeod ..., whose estimate of £6.8 billion has been
        # challenged': a relative 'whose' stands for the noun its clause modifies
        clause = next((a for a in owner.ancestors if a.dep_ == "relcl"), None)
        return clause.head if clause is not None else None
    return owner


_PLAN_NOUNS = frozenset("plan proposal offer bid promise pledge scheme target".split())
"""Nouns of what someone means to do or offers, whose figure is theirs ('the fund's plan to take the ground to 45,000
seats', 'the union's offer of a 3% rise')."""


def _planned_by(number: "Token") -> "Token | None":
    """The named possessor (a noun or a name, no pronoun) of a noun of a plan or an offer (`_PLAN_NOUNS`) whose
    infinitive or prepositional phrase holds the number, with no clause of its own between them: the figure is what
    that one plans or offers, which the sentence's speaker reports or rejects ('Castell said the council had never
    agreed to the fund's plan to take the ground to 45,000 seats'); None otherwise."""
    for ancestor in number.ancestors:
        if ancestor.pos_ == "NOUN" and ancestor.lemma_.lower() in _PLAN_NOUNS:
            return next((c for c in ancestor.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in ancestor.children):
            return None  # a clause with a subject of its own: its figure is that clause's
    return None


def _described_in_passing(number: "Token") -> bool:
    """Whether `number` lies in a relative clause set off by a comma after a name ('Flikt, which has about 11 million
    users in Ireland and the UK, said ...'), with no verb of saying between them: a non-restrictive relative clause
    is the writer's aside about the name, not part of what its sentence reports (the non-restrictive relative clause of Quirk et al. 1985)."""
    for ancestor in number.ancestors:
        if ancestor.lemma_ in SPEECH_VERBS | _DIRECT:
            return False  # 'the Peak Fringe Wildlife Trust, which says 400 trees ...': the clause reports it
        if ancestor.dep_ == "relcl":
            opening = ancestor.left_edge.i
            return ancestor.head.pos_ == "PROPN" and opening > 0 and number.doc[opening - 1].text == ","
    return False


def _rejected(number: "Token") -> bool:
    """Whether the figure is the one its sentence denies: 'not' right before its noun phrase ('31 hectares, not the
    12 hectares in the application'). Whoever reports the sentence holds the other figure, not this one."""
    noun = number.head if number.dep_ == "nummod" else number
    if any(c.dep_ == "neg" and c.i < number.i for c in noun.children):
        return True  # ', not 12 jobs as others said': the parser hangs the 'not' on the noun
    start = min(noun.left_edge.i, number.left_edge.i)
    return start > 0 and number.doc[start - 1].lower_ == "not"


def _presupposed(number: "Token") -> bool:
    """Whether the figure is one a definite noun phrase takes as known ('Most of the 650 jobs are construction
    posts', 'those 40 trees'): a definite article or demonstrative before the number refers to a figure given
    before (a presupposition, not an assertion: Strawson 1950; Karttunen 1974), so the speaker does not state it;
    who gave it first does. A number that counts no noun is not one."""
    if number.dep_ != "nummod":
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") and c.i < number.i for c in number.head.children)


def _own_clause_subject(number: "Token") -> "Token | None":
    """Who states the figure by a clause of saying on the figure's own noun, nearer than any verb above it: the
    passive agent of a participle ('not the 150 jobs claimed by the GMB union') or the subject of a relative clause
    ('not the 400 metres they keep putting in their brochures', 'the £18 million the cabinet report sets out');
    None when its noun has no such clause."""
    noun = number.head if number.dep_ == "nummod" else number
    for verb in noun.children:
        lemmas = {verb.lemma_, *(c.lemma_ for c in verb.children if c.dep_ == "xcomp")}  # 'keep putting'
        if not lemmas & (SPEECH_VERBS | _DIRECT):
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if obj is not None:
                return obj
        if verb.dep_ == "relcl":
            subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.tag_ not in ("WDT", "WP")), None)
            if subject is not None:
                return subject
    return None


def source_statements(ctx: Context, article: str, text: str) -> list[tuple[int, int, str]]:
    """[start, end) in characters and source name of every statement the article's brief gives a source that is
    one of the article's own passages, found where it is written (stepwise briefs copy the sentence)."""
    found = []
    for brief in ctx.briefs:
        if brief.article_id != article:
            continue
        for source in brief.sources:
            for statement in source.statements:
                start = text.find(statement)
                if statement and start >= 0:
                    found.append((start, start + len(statement), source.name))
    return found


def _definite(subject: "Token") -> bool:
    """'the minister', 'The company': a common noun with a definite article and no name, which points back at
    someone the article named (the brief's speakers resolve such role phrases), as the subject of its sentence's
    main verb, whose statement the brief's sentence is."""
    definite = subject.pos_ == "NOUN" and not subject.ent_type_ and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    return definite and subject.head.i == subject.sent.root.i  # the sentence's own speaker, not 'which the company says


def named_holder(ctx: Context, article: str, subject: "Token") -> tuple[str, str]:
    """(display name, key) of the holder a subject names: a campaign's name it heads (`extract.actors.campaign_at`),
    its own entity ('Tom Riley, of Stop the Coldharbour Burner,' -> Tom Riley), one entity in apposition ('The developer, Veridan Energy,'), or else the phrase
    itself ('Riley's group', 'organisers'), never an entity that only possesses it, nor a place its people are from
    (`_placed_people`: 'Costa Serrana bottlers')."""
    if campaign := campaign_at(subject):  # 'Save Hollin Edge, the campaign group ..., says': not the place in it
        name, key, _ = ctx.name(campaign, article)
        return name, key
    entity = next((e for e in subject.doc.ents if e.start <= subject.i < e.end), None)
    if entity is not None:
        phrase = entity.text
    else:
        left_out = {t.i for c in subject.children if c.dep_ in ("poss", "relcl", "acl", "prep") for t in c.subtree}
        phrase = " ".join(t.text for t in subject.subtree if t.i not in left_out and not t.is_punct)
    keys = ctx.mentioned(phrase, article) if entity is not None or not _placed_people(subject) else set()
    if len(keys) == 1:
        key = keys.pop()
        return ctx.resolution.entity(key[2:]).name, key
    whole = (speaker_description(subject) or subject.doc[subject.left_edge.i : subject.i + 1].text) if entity is None else phrase
    name, key, _ = ctx.name(whole, article)
    return name, key


def _placed_people(subject: "Token") -> bool:
    """Whether a subject is a common noun whose only names say where its people are from ('Costa Serrana bottlers',
    'Brazilian farmers'): the group, not the country, holds what they say."""
    named = [t for t in subject.subtree if t.ent_type_ and t.i != subject.i]
    return subject.pos_ == "NOUN" and bool(named) and all(t.ent_type_ in ("GPE", "NORP", "LOC") and t.i < subject.i for t in named)


def _subject_of(verb: "Token") -> "Token | None":
    """A verb's subject, or for a verb with none of its own the subject of the verb it is joined to or hangs from
    ('Volunteers stood at the junction and recorded 210 ...', 'The campaign disputes the figure, saying ...'), or
    of the verb whose object a participle describes ('The group published an analysis putting the cost at ...')."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is None and verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB":
            verb = verb.head.head  # 'The campaign group has published an analysis putting the cost at £410m'
            continue
        if subject is not None or verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head.i == verb.i:
            return subject
        verb = verb.head


def _speech_subject(number: "Token") -> "Token | None":
    """The subject of the nearest speech verb above `number` whose clause reports it ('Veridan says 120 ...';
    'puts traffic at 120'), or the object of 'according to' in its sentence. A speech verb reports what its
    clausal complement says; only `_DIRECT`'s verbs ('say', 'put ... at', verbs of measuring) take the figure
    itself as object ('Kaizora recalls 640,000 cars' reports nothing), and 'put' only as a figure's estimate, not
    in the idiom of endangering ('said the tax would ... put 12,000 jobs at risk': the tax states nothing; who said it
    does; `_put_at_a_state`). A subject that holds the number counts nothing ('according to two people')."""
    below = number
    clause_crossed = False
    for ancestor in number.ancestors:
        coordinated = below.dep_ == "conj" and ancestor.lemma_ not in SPEECH_VERBS  # 'said the authority was counting
        # water ..., and that the true share was closer to 61 per cent': a clause joined to another is reported by
        # what reports that one, not by its verb (a verb of measuring here)
        direct = ancestor.lemma_ in _DIRECT and not clause_crossed  # 'recorded 210 movements': its own object's figure
        reports = not coordinated and (below.dep_ in _CLAUSES or direct)
        clause_crossed = clause_crossed or below.dep_ in _CLAUSES | _CLAUSE_MODIFIERS
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.lemma_ in SPEECH_VERBS | _DIRECT and reports and not _put_at_a_state(ancestor):
            subject = _subject_of(ancestor)
            if subject is not None and subject.tag_ in ("WDT", "WP") and ancestor.dep_ == "relcl":
                subject = ancestor.head  # 'the Peak Fringe Wildlife Trust, which says ...': the noun it refers to
            reported = {t.i for t in ancestor.subtree}
            if subject is not None and number.i not in {t.i for t in subject.subtree if t.i not in reported or t.i == subject.i}:
                return subject
        below = ancestor
    for token in number.sent:
        if token.lower_ == "according":
            to = next((c for c in token.children if c.lower_ == "to"), None)
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if obj is not None and number.i not in {t.i for t in obj.subtree}:
                return obj
    return None
