"""The lexicons the language layer keeps: countries, their capitals and seats of government, demonyms; and the
nouns for documents and utterances that carry someone's words (`CARRIERS`).

A trained pipeline knows that Moscow is a place and that "Russian" is a
nationality, not that either stands for the Russian state. This table folds
"the Kremlin" and "Moscow" into "Russia" so an actor is not listed twice, and
reads a country out of a demonym in a title ("Russian Deputy Prime Minister"
-> Russia). `is_media` tells an outlet from another organisation, for the
source type only.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

import pycountry
from unidecode import unidecode

__all__ = ["CARRIERS", "canonical_country", "country_aliases", "country_forms", "country_of_demonym", "is_media", "COUNTRIES", "norm"]

CARRIERS = frozenset(
    """letter memo memorandum email e-mail statement report study paper survey poll analysis review document note
    comment remark post tweet message article editorial column release notice filing complaint ruling decision
    order judgment opinion plan proposal guidance policy data result finding observation evidence record figure
    estimate research website page video footage interview testimony transcript book draft submission application
    summary assessment""".split()
)
"""Nouns for what carries words without speaking (documents, utterances, findings), by lemma: the carrier types
of source in quote-attribution corpora (PARC 3.0 annotates 'the report says' with the report as the source's
medium). Such a noun speaks for its author ('The Home Office letter says', 'His comments stated'), never as a
source of its own."""

COUNTRIES = frozenset(
    """Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh
    Belarus Belgium Bolivia Bosnia Brazil Bulgaria Cambodia Cameroon Canada Chile China Colombia Congo
    Croatia Cuba Cyprus Czechia Denmark Ecuador Egypt Eritrea Estonia Ethiopia Finland France Georgia
    Germany Ghana Greece Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel
    Italy Japan Jordan Kazakhstan Kenya Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Libya Lithuania
    Luxembourg Malaysia Mali Mexico Moldova Mongolia Montenegro Morocco Mozambique Myanmar Nepal
    Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines
    Poland Portugal Qatar Romania Russia Rwanda Serbia Singapore Slovakia Slovenia Somalia Spain Sudan
    Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Tunisia Turkey Turkmenistan Uganda Ukraine
    Uruguay Uzbekistan Venezuela Vietnam Yemen Zambia Zimbabwe""".split()
) | {
    "United States", "United Kingdom", "South Korea", "North Korea", "Saudi Arabia", "South Africa",
    "New Zealand", "Costa Rica", "El Salvador", "Dominican Republic", "Sri Lanka", "Soviet Union",
    "United Arab Emirates", "Czech Republic", "Ivory Coast", "Burkina Faso",
}
"""Countries under the names news writes; `_alias_table` adds the rest of ISO 3166-1 (pycountry)."""

# Other names for a country's state: its short forms and its seat of government.
_COUNTRY_ALIASES = {
    "United States": "US|U.S.|USA|U.S.A.|America|Washington|White House|Pentagon|United States of America",
    "United Kingdom": "UK|U.K.|Britain|Great Britain|London|Downing Street",
    "Russia": "Moscow|Kremlin|Russian Federation",
    "China": "Beijing|People's Republic of China|PRC",
    "Venezuela": "Caracas|Miraflores|Bolivarian Republic of Venezuela",
    "Ukraine": "Kyiv|Kiev",
    "Iran": "Tehran|Teheran",
    "Cuba": "Havana",
    "Colombia": "Bogota|Bogotá",
    "Brazil": "Brasilia|Brasília",
    "Mexico": "Mexico City",
    "France": "Paris|Elysee|Élysée",
    "Germany": "Berlin",
    "Japan": "Tokyo",
    "India": "New Delhi|Delhi",
    "Israel": "Jerusalem",
    "Turkey": "Ankara|Türkiye",
    "Syria": "Damascus",
    "North Korea": "Pyongyang|DPRK",
    "South Korea": "Seoul",
    "Taiwan": "Taipei",
    "Nicaragua": "Managua",
    "Soviet Union": "USSR|Soviets",
    "Ivory Coast": "Côte d'Ivoire|Cote d'Ivoire",
    "Czechia": "Czech Republic",
}

_DEMONYMS = {
    "American": "United States", "Russian": "Russia", "Chinese": "China", "Venezuelan": "Venezuela",
    "Ukrainian": "Ukraine", "Iranian": "Iran", "Cuban": "Cuba", "Colombian": "Colombia", "Brazilian": "Brazil",
    "Mexican": "Mexico", "French": "France", "German": "Germany", "British": "United Kingdom",
    "Japanese": "Japan", "Indian": "India", "Israeli": "Israel", "Turkish": "Turkey", "Syrian": "Syria",
    "North Korean": "North Korea", "South Korean": "South Korea", "Taiwanese": "Taiwan", "Nicaraguan": "Nicaragua", "Soviet": "Soviet Union",
    "Spanish": "Spain", "Italian": "Italy", "Polish": "Poland", "Canadian": "Canada", "Argentine": "Argentina",
    "Chilean": "Chile", "Peruvian": "Peru", "Bolivian": "Bolivia", "Ecuadorian": "Ecuador", "Saudi": "Saudi Arabia",
    "Egyptian": "Egypt", "Iraqi": "Iraq", "Afghan": "Afghanistan", "Pakistani": "Pakistan", "US": "United States",
    "U.S.": "United States", "Kremlin": "Russia",
}

_MEDIA_WORDS = re.compile(
    r"\b(?:Times|Post|Journal|News|Herald|Tribune|Guardian|Telegraph|Gazette|Reuters|AFP|EFE|AP|Interfax|TASS|"
    r"Xinhua|Bloomberg|BBC|CNN|Fox|Al Jazeera|France24|France 24|Le Monde|El País|Pais|Agency|Agence|Press|"
    r"Television|TV|Radio|Magazine|Newspaper|Economist|Politico|Axios|Wire)\b"
)


@lru_cache(maxsize=8192)  # called for every name at every comparison; pure
def norm(name: str) -> str:
    """A name folded for comparison: ASCII, lower case, punctuation as spaces ('Nicolás Maduro' -> 'nicolas maduro')."""
    return " ".join(re.sub(r"[^\w\s]", " ", unidecode(name).lower()).split())


def _alias_table() -> dict[str, str]:
    """Every name of a country's state (normalised) -> its canonical name.

    The names above first; then every country of ISO 3166-1 from pycountry, under the first of its common,
    short and official names that is already known, else its common or short name (names written
    'Korea, Republic of' are index forms, never written in news, and are left out)."""
    table = {norm(c): c for c in COUNTRIES}
    for country, aliases in _COUNTRY_ALIASES.items():
        for alias in aliases.split("|"):
            table[norm(alias)] = country
    for entry in pycountry.countries:
        names = [n for n in (getattr(entry, "common_name", None), entry.name, getattr(entry, "official_name", None)) if n and "," not in n]
        names = [re.sub(r"^the ", "", n) for n in names]
        if not names:
            continue
        canonical = next((table[norm(n)] for n in names if norm(n) in table), names[0])
        for name in names:
            table.setdefault(norm(name), canonical)
    return table


_ALIASES = _alias_table()
_GENERIC_TAIL = re.compile(
    r"\s+(?:officials?|government|administration|authorities|regime|leadership|delegation|side)$", re.I
)
_ARTICLE = re.compile(r"^(?:the)\s+", re.I)


def canonical_country(name: str) -> str | None:
    """'the Kremlin' -> 'Russia', 'US officials' -> 'United States'; None when not a country's state."""
    bare = _ARTICLE.sub("", name.strip())
    for candidate in (bare, _GENERIC_TAIL.sub("", bare)):
        country = _ALIASES.get(norm(candidate))
        if country:
            return country
    return None


def country_aliases(country: str) -> list[str]:
    """The other names of a country's state, as written ('Moscow', 'Kremlin' for Russia)."""
    return [a for a in _COUNTRY_ALIASES.get(country, "").split("|") if a]


def country_forms(country: str) -> list[str]:
    """The country's name and every alias, normalised (for counting mentions)."""
    return [norm(country)] + [alias for alias, c in _ALIASES.items() if c == country and alias != norm(country)]


def country_of_demonym(word: str) -> str | None:
    """'Russian' -> 'Russia', 'North Korean' -> 'North Korea'; a country's own name or alias works too; else a
    one-word demonym formed from its country's name ('Belarusian' -> 'Belarus', 'Norwegian' -> 'Norway',
    `_formed_demonym`)."""
    word = " ".join(word.split())
    return _DEMONYMS.get(word) or canonical_country(word) or _formed_demonym(word)


_DEMONYM_ENDING = re.compile(r"(?:an|ese|ish|i|ic)$")  # -ian and -ean end in -an
_ONE_WORD_COUNTRIES = frozenset(c for c in _ALIASES.values() if " " not in c)


@lru_cache(maxsize=1024)
def _formed_demonym(word: str) -> str | None:
    """The one-word country whose name shares the longest start with a capitalised adjective in a demonym ending
    (-an, -ian, -ean, -ese, -ish, -i, -ic), at least four letters and half the name, with the ending after it:
    the regular English derivation (Belarus-ian, Norw-egian, Indonesia-n; not 'Roman', which is all stem).
    None when two countries tie."""
    if " " in word or not word[:1].isupper() or not _DEMONYM_ENDING.search(word):
        return None
    lower = word.lower()
    best: list[tuple[int, str]] = []
    for country in _ONE_WORD_COUNTRIES:
        shared = len(os.path.commonprefix([lower, country.lower()]))
        if shared >= 4 and shared * 2 >= len(country) and shared < len(word):  # an ending after the stem: not 'Roman'
            best.append((shared, country))
    best.sort(reverse=True)
    if not best or len(best) > 1 and best[0][0] == best[1][0]:
        return None
    return best[0][1]


def is_media(name: str) -> bool:
    """Whether a name looks like a news outlet's ('The Washington Post', 'Interfax')."""
    return bool(_MEDIA_WORDS.search(name))
