"""What langextract is asked in bench_peers.py, and how its answer becomes our `Brief`.

The task (`PROMPT`, `EXAMPLE_TEXTS`): three extraction classes in langextract's
own idiom, each an exact span of the article with attributes:

    actor    a person, organisation, country or group that acts or is acted upon, at its
             first mention that is not a speaker mention; attributes: name (the fullest
             form the article gives), kind, role
    speaker  the mention of whoever is quoted or cited, where the article attributes it;
             attributes: name, type (expert/official/media/organization/other), role, affiliation
    quote    the words inside quotation marks; attribute: speaker (the speaker's full name)

The three few-shot examples are invented news paragraphs written for this benchmark
(a city budget story, an international agreement, a road closure with reported speech
and no quotation marks), not taken from any gold article.

`brief_from_extractions` turns the extractions into a `Brief` with plain rules a
consumer of any mention-level extractor would apply, written down here so the
comparison can be checked:

- actors are grouped by the normalised `name` attribute (else the mention); a one-word
  name equal to the last word of exactly one longer name joins it (a surname); every
  speaker is an actor too; a group whose actor extraction names a kind that is no
  actor's (a date, a place) is dropped and counted;
- sources are the speakers and every quote's `speaker`, grouped the same way; a
  placeholder speaker ("unknown", "") is no speaker; type, role and affiliation come
  from the first speaker mention that gives them;
- a quote's span is langextract's `char_interval` (the article's own characters);
  a quote langextract could not align is listed in `unverified`, and a quote with
  no speaker is counted as unattributed (our eval cannot give it to anyone).

This module needs no langextract at import; `examples()` and `found_in()` import it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer.articles import Article
from summarizer.evaluation.names import normalize_name
from summarizer.schema import Actor, Brief, Source, Span, Unverified

__all__ = ["EXAMPLE_TEXTS", "PROMPT", "Found", "brief_from_extractions", "examples", "found_in"]

PROMPT = """\
From a news article, extract in order of appearance:
- actor: each person, organisation, country or group that acts or is acted upon in the story, once, \
at its first mention that is not a speaker mention. Attributes: name (the fullest form of the name the article gives), \
kind (person, organization, country or group), role (their title or office, "" if none).
- speaker: whoever the article quotes or cites, at the mention where it attributes the words \
(a pronoun such as "she" is resolved to the person's full name in the name attribute). \
Attributes: name, type (expert, official, media, organization or other), role, \
affiliation (the organisation or country they speak for, "" if none).
- quote: the exact words inside quotation marks, without the marks. Attribute: speaker \
(the full name of who said it; "" if the article does not say). A passage without quotation marks \
has no quotes.
Use exact text from the article for every extraction; do not paraphrase. Dates, places and \
events are not actors."""

_CITY = (
    "The city of Harwick will close two of its five public libraries next year, Mayor Elena Varga "
    "announced on Tuesday. \u201cWe cannot keep every branch open on the budget we have,\u201d Varga "
    "told the city council. Tom Reyes, a librarian at the Eastside branch, called the plan short-sighted. "
    "\u201cThe people who need us most will lose us first,\u201d he said. The Harwick Library Union said "
    "in a statement that it would \u201cfight the closures in every way the law allows.\u201d"
)

_OCEAN = (
    "Norway and Chile signed an agreement on Monday to share data on ocean temperatures. "
    "\u201cThis is the first time our two navies will pool their buoys,\u201d said Ingrid Dahl, "
    "Norway\u2019s fisheries minister. According to Samuel Osei, an oceanographer at the University "
    "of Ghana, the data \u201cwill sharpen storm forecasts across the southern Pacific.\u201d "
    "Fishing cooperatives in both countries welcomed the deal."
)

_ROADS = (
    "Heavy rain closed three highways in the north of the province on Sunday. The regional transport "
    "authority said repairs would take at least a week, and police urged drivers to stay away."
)

# (class, exact text, attributes) in order of appearance
_CITY_EXTRACTIONS = [
    ("actor", "city of Harwick", {"name": "Harwick", "kind": "organization", "role": "city government"}),
    ("actor", "Mayor Elena Varga", {"name": "Elena Varga", "kind": "person", "role": "Mayor of Harwick"}),
    ("quote", "We cannot keep every branch open on the budget we have,", {"speaker": "Elena Varga"}),
    ("speaker", "Varga", {"name": "Elena Varga", "type": "official", "role": "Mayor", "affiliation": "Harwick"}),
    ("actor", "city council", {"name": "Harwick city council", "kind": "organization", "role": ""}),
    ("actor", "Tom Reyes", {"name": "Tom Reyes", "kind": "person", "role": "librarian at the Eastside branch"}),
    ("quote", "The people who need us most will lose us first,", {"speaker": "Tom Reyes"}),
    ("speaker", "he", {"name": "Tom Reyes", "type": "other", "role": "librarian", "affiliation": "Eastside branch"}),
    (
        "speaker",
        "The Harwick Library Union",
        {"name": "Harwick Library Union", "type": "organization", "role": "", "affiliation": "Harwick Library Union"},
    ),
    ("quote", "fight the closures in every way the law allows.", {"speaker": "Harwick Library Union"}),
]

_OCEAN_EXTRACTIONS = [
    ("actor", "Norway", {"name": "Norway", "kind": "country", "role": ""}),
    ("actor", "Chile", {"name": "Chile", "kind": "country", "role": ""}),
    ("quote", "This is the first time our two navies will pool their buoys,", {"speaker": "Ingrid Dahl"}),
    ("speaker", "Ingrid Dahl", {"name": "Ingrid Dahl", "type": "official", "role": "fisheries minister", "affiliation": "Norway"}),
    ("speaker", "Samuel Osei", {"name": "Samuel Osei", "type": "expert", "role": "oceanographer", "affiliation": "University of Ghana"}),
    ("actor", "University of Ghana", {"name": "University of Ghana", "kind": "organization", "role": ""}),
    ("quote", "will sharpen storm forecasts across the southern Pacific.", {"speaker": "Samuel Osei"}),
    ("actor", "Fishing cooperatives", {"name": "fishing cooperatives", "kind": "group", "role": ""}),
]

_ROADS_EXTRACTIONS = [
    (
        "speaker",
        "The regional transport authority",
        {"name": "regional transport authority", "type": "official", "role": "", "affiliation": "regional transport authority"},
    ),
    ("speaker", "police", {"name": "police", "type": "official", "role": "", "affiliation": "police"}),
]

EXAMPLE_TEXTS = [(_CITY, _CITY_EXTRACTIONS), (_OCEAN, _OCEAN_EXTRACTIONS), (_ROADS, _ROADS_EXTRACTIONS)]

_KINDS = {"person", "organization", "country", "group"}
_KIND_WORDS = {
    "organisation": "organization", "company": "organization", "agency": "organization",
    "government": "organization", "institution": "organization", "party": "organization",
    "nation": "country", "state": "country", "people": "group", "community": "group",
}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them"}
_NO_SPEAKER = {"", "unknown", "unnamed", "none", "n/a", "na", "unspecified", "not stated", "author"}
_TYPES = {"expert", "official", "media", "organization", "other"}


def examples() -> list[Any]:
    """The few-shot examples as `langextract.data.ExampleData` (imports langextract)."""
    import langextract as lx

    return [
        lx.data.ExampleData(
            text=text,
            extractions=[
                lx.data.Extraction(extraction_class=cls, extraction_text=span, attributes=attrs)
                for cls, span, attrs in extractions
            ],
        )
        for text, extractions in EXAMPLE_TEXTS
    ]


@dataclass(frozen=True)
class Found:
    """One langextract extraction, reduced to what the conversion reads.

    `start`/`end` are character offsets in the article (langextract's `char_interval`),
    `None` when langextract could not align the extraction text.
    """

    cls: str
    text: str
    start: int | None = None
    end: int | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    alignment: str | None = None


def found_in(document: Any) -> list[Found]:
    """The extractions of a langextract `AnnotatedDocument` as `Found` items."""
    items = []
    for e in document.extractions or ():
        interval = e.char_interval
        aligned = interval is not None and interval.start_pos is not None and interval.end_pos is not None
        attrs = {k: v if isinstance(v, str) else ", ".join(map(str, v)) for k, v in (e.attributes or {}).items() if v}
        items.append(
            Found(
                cls=(e.extraction_class or "").strip().lower(),
                text=e.extraction_text or "",
                start=interval.start_pos if aligned else None,
                end=interval.end_pos if aligned else None,
                attributes=attrs,
                alignment=e.alignment_status.value if e.alignment_status else None,
            )
        )
    return items


# --------------------------------------------------------------------------- conversion


class _Groups:
    """(name, extraction) pairs grouped by normalised name, in order of first appearance.

    A one-word name equal to the last word of exactly one longer name joins that
    longer name (a surname), wherever either first appears.
    """

    def __init__(self, pairs: Iterable[tuple[str, Found]]) -> None:
        pairs = [(name.strip(), item, normalize_name(name)) for name, item in pairs]
        pairs = [p for p in pairs if p[2]]
        longer = {norm for _, _, norm in pairs if len(norm.split()) > 1}
        self.order: list[str] = []
        self.members: dict[str, list[Found]] = {}
        for _, item, norm in pairs:
            key = self._fold(norm, longer)
            if key not in self.members:
                self.order.append(key)
                self.members[key] = []
            self.members[key].append(item)
        spelled = {}
        for name, _, norm in pairs:
            spelled.setdefault(norm, name)
        self.display = {key: spelled[key] for key in self.order}

    @staticmethod
    def _fold(norm: str, longer: set[str]) -> str:
        words = norm.split()
        if len(words) != 1:
            return norm
        ends = [k for k in longer if k.split()[-1] == words[0]]
        return ends[0] if len(ends) == 1 else norm


def _name(item: Found) -> str:
    return (item.attributes.get("name") or item.text).strip()


def _first(items: Iterable[Found], attribute: str) -> str:
    return next((i.attributes[attribute].strip() for i in items if i.attributes.get(attribute, "").strip()), "")


def _speaker_name(item: Found) -> str:
    """Who a speaker or quote extraction names; '' for a quote whose speaker is a placeholder."""
    name = _name(item) if item.cls == "speaker" else item.attributes.get("speaker", "").strip()
    return "" if name.lower() in _NO_SPEAKER else name


def _kind(items: list[Found]) -> str | None:
    """The actor kind the extractions give; `None` when an actor extraction names a kind that is no actor's."""
    stated = _first((i for i in items if i.cls == "actor"), "kind").lower()
    if stated:
        stated = _KIND_WORDS.get(stated, stated)
        return stated if stated in _KINDS else None
    speaker_type = _first(items, "type").lower()
    return "organization" if speaker_type in ("organization", "media") else "person"


def _actors(found: list[Found]) -> tuple[list[Actor], int]:
    """Actors from actor extractions and from every speaker (a speaker is an actor of the story).

    Returns the actors and how many groups were dropped for a kind that is no actor's (a date, a place).
    """
    groups = _Groups((_name(i) if i.cls == "actor" else _speaker_name(i), i) for i in found if i.cls in ("actor", "speaker", "quote"))
    actors, dropped = [], 0
    for key in groups.order:
        items = groups.members[key]
        kind = _kind(items)
        if kind is None:
            dropped += 1
            continue
        name = groups.display[key]
        mentions = {i.text.strip() for i in items if i.cls != "quote" and i.text.strip()}
        aliases = sorted(m for m in mentions if m != name and m.lower() not in _PRONOUNS)
        actors.append(Actor(name=name, aliases=aliases, kind=kind, role=_first((i for i in items if i.cls == "actor"), "role")))
    return actors, dropped


def brief_from_extractions(article: Article, found: list[Found]) -> tuple[Brief, dict[str, int]]:
    """A `Brief` built from langextract's extractions, and counts of what could not be used.

    Counts: `quotes` (quote extractions), `quotes_unaligned` (no char_interval: listed
    in `unverified`), `quotes_unattributed` (no speaker attribute: not in any source).
    Stances and claims were not asked of langextract and stay empty.
    """
    speakers = _Groups((_speaker_name(i), i) for i in found if i.cls in ("speaker", "quote"))
    actors, dropped = _actors(found)
    counts = {"quotes": 0, "quotes_unaligned": 0, "quotes_unattributed": 0, "actors_dropped_for_kind": dropped}
    sources, unverified = [], []
    for key in speakers.order:
        items = speakers.members[key]
        described = [i for i in items if i.cls == "speaker"]
        source_type = _first(described, "type").lower()
        quotes = []
        for quote in (i for i in items if i.cls == "quote"):
            if quote.start is None:
                unverified.append(Unverified(kind="quote", text=quote.text, item=f"source '{speakers.display[key]}'",
                                             reason="langextract could not align it with the article"))
            else:
                quotes.append(Span(text=article.text[quote.start:quote.end], start=quote.start, end=quote.end))
        sources.append(
            Source(
                name=speakers.display[key],
                type=source_type if source_type in _TYPES else "other",
                affiliation=_first(described, "affiliation"),
                role=_first(described, "role"),
                quotes=quotes,
            )
        )
    for item in found:
        if item.cls == "quote":
            counts["quotes"] += 1
            counts["quotes_unaligned"] += item.start is None
            counts["quotes_unattributed"] += not _speaker_name(item)
    brief = Brief(
        article_id=article.id,
        title=article.title,
        main_issue="(not asked of langextract)",
        summary="(not asked of langextract)",
        actors=actors,
        sources=sources,
        unverified=unverified,
    )
    return brief, counts
