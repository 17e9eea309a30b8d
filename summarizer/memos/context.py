"""What every part of a memo reads: the briefed articles, their labels, the resolved entities, and whom each actor serves.

`Context.name` turns a name as an article used it into (display name,
grouping key, is an entity); `Context.allegiance` says which states and
organisations an actor leads, serves or speaks for, read from the briefs'
roles and affiliations (`Russian Deputy Prime Minister` -> Russia,
`Secretary General of NATO` -> NATO, affiliation `Kremlin` -> Russia).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from ..extract.entities import country_of_demonym
from ..schema import Brief, Span
from .language import NAME_LABELS, doc
from .resolve import Resolution, name_key, person_key
from .schema import ArticleEntry, Passage

if TYPE_CHECKING:  # issues reads the context: a type-only import
    from .issues import IssueLink

__all__ = ["Context", "anaphoric", "passage"]

_AFFILIATION_LABELS = ("ORG", "GPE", "NORP")


def passage(article: str, span: Span | None) -> Passage | None:
    return Passage(article=article, text=span.text, start=span.start, end=span.end) if span else None


def anaphoric(phrase: str) -> bool:
    """Whether a topic phrase is a bare definite description ('the ban', 'this plan', 'its decision'): a determiner
    or possessive pronoun and one content word, which refers back within its own article, so 'the ban' of one
    article is never 'the ban' of another (a car ban and a phone ban)."""
    parsed = doc(phrase)
    content = [t for t in parsed if t.is_alpha and not t.is_stop]
    return len(parsed) >= 2 and len(content) <= 1 and parsed[0].pos_ in ("DET", "PRON") and parsed[0].lower_ != "no"


def _opens_with_an_act(phrase: str) -> bool:
    """Whether a topic phrase opens with a verb, an act done to what follows ('withdrawing the Bill'): no person's
    name, though its last word may be a given name ('Bill'), and never one key with the thing acted on (a memo had
    read 'supports Bill' as 'supports withdrawing the Bill', the two keyed 'bill')."""
    parsed = doc(phrase)
    return len(parsed) > 1 and parsed[0].pos_ == "VERB"


@dataclass
class Context:
    """The briefed articles, their labels and the entities resolved across them."""

    entries: list[ArticleEntry]
    briefs: list[Brief]
    texts: dict[str, str]
    resolution: Resolution
    issue_links: list["IssueLink"] = field(default_factory=list)  # wordings of one contested issue (`memos.issues`)
    _names: dict[tuple[str, str], tuple[str, str, bool]] = field(default_factory=dict, repr=False)

    def label(self, article_id: str) -> str:
        return next((e.label for e in self.entries if e.id == article_id), article_id)

    def labels(self, article_ids: list[str]) -> list[str]:
        return [self.label(a) for a in article_ids]

    def name(self, surface: str, article: str) -> tuple[str, str, bool]:
        """(display name, grouping key, is an entity) for a name used in an article."""
        key = (surface, article)
        if key not in self._names:
            entity = self.resolution.lookup(surface, article)
            if entity:
                self._names[key] = (entity.name, "e:" + entity.id, True)
            else:
                clean = " ".join(surface.split())
                person = person_key(clean) if not _opens_with_an_act(clean) else ""
                topic = "t:" + (person or name_key(clean) or clean.casefold())
                self._names[key] = (clean, topic + (f"@{article}" if anaphoric(clean) else ""), False)
        return self._names[key]

    def surface_names(self, key: str) -> list[str]:
        """Every name the briefs used for the entity `key` (or the phrase of a topic key), longest first."""
        if key.startswith("e:"):
            names = list(self.resolution.entity(key[2:]).names)
            return sorted(set(names), key=len, reverse=True)
        return []

    @cached_property
    def allegiances(self) -> dict[str, set[str]]:
        """Entity key -> keys of the states and organisations it leads, serves or speaks for (from roles and affiliations)."""
        out: dict[str, set[str]] = defaultdict(set)
        for brief in self.briefs:
            aid = brief.article_id
            for actor in brief.actors:
                out[self.name(actor.name, aid)[1]] |= self._served(actor.role, aid)
            for source in brief.sources:
                key = self.name(source.name, aid)[1]
                out[key] |= self._served(source.role, aid)
                if source.affiliation:
                    out[key].add(self.name(source.affiliation, aid)[1])
                    out[key] |= self._served(source.affiliation, aid)
        for key, served in out.items():
            served.discard(key)
        return dict(out)

    def serves(self, holder_key: str, target_key: str) -> bool:
        """Whether `holder_key` leads, serves or speaks for `target_key` (a head of state toward the state)."""
        return target_key in self.allegiances.get(holder_key, ())

    def _served(self, text: str, article: str) -> set[str]:
        """Keys of the states and organisations a role or affiliation names."""
        return self.mentioned(text, article, _AFFILIATION_LABELS)

    def mentioned(self, text: str, article: str, labels: frozenset[str] | tuple[str, ...] = NAME_LABELS) -> set[str]:
        """Keys of the entities the entity recogniser finds named in `text` (a nationality stands for its country)."""
        text = " ".join((text or "").split())
        keys = set()
        for entity in doc(text).ents if text else ():
            if entity.label_ not in labels:
                continue
            surface = re.sub(r"^(?:the|The)\s+", "", entity.text)
            country = country_of_demonym(surface) if entity.label_ == "NORP" else None
            _, key, is_entity = self.name(country or surface, article)
            if is_entity:
                keys.add(key)
        return keys
