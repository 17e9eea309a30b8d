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
from countryinfo import all_countries
from unidecode import unidecode

__all__ = ["CARRIERS", "canonical_country", "country_of_demonym", "is_capital", "is_media", "COUNTRIES", "norm"]

CARRIERS = frozenset(
    """letter memo memorandum email e-mail statement report study paper survey poll analysis review document note
    comment remark post tweet message article editorial column release notice filing complaint ruling decision
    order judgment opinion plan proposal guidance policy data result finding observation evidence record figure
    estimate research website page video footage interview testimony transcript book draft submission application
    summary assessment leaflet flyer pamphlet brochure manifesto advert advertisement slogan placard banner
    modelling modeling calculation projection forecast simulation""".split()
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

# Other names for a country's state: its short forms and its seat of government (capitals come from countryinfo;
# Jerusalem, which countryinfo also gives as Palestine's, is Israel's seat of government; The Hague, La Paz,
# Putrajaya, Abidjan and Cotonou seat their governments where the constitutional capital is elsewhere, as the
# CIA World Factbook's 'Capital' entries note).
_COUNTRY_ALIASES = {
    "United States": "US|U.S.|USA|U.S.A.|America|Washington|White House|Pentagon|United States of America",
    "United Kingdom": "UK|U.K.|Britain|Great Britain|Downing Street",
    "Russia": "Kremlin|Russian Federation",
    "China": "People's Republic of China|PRC",
    "Venezuela": "Miraflores|Bolivarian Republic of Venezuela",
    "Ukraine": "Kiev",
    "Iran": "Teheran",
    "France": "Elysee|Élysée",
    "India": "Delhi",
    "Israel": "Jerusalem",
    "Turkey": "Türkiye",
    "North Korea": "DPRK",
    "Soviet Union": "USSR|Soviets",
    "Czechia": "Czech Republic",
    "Netherlands": "Hague",  # "The Hague": the article goes before a name is looked up
    "Bolivia": "La Paz",
    "Malaysia": "Putrajaya",
    "Ivory Coast": "Côte d'Ivoire|Cote d'Ivoire|Abidjan",
    "Benin": "Cotonou",
}

_RENAMED_CAPITALS = {"Astana": "Kazakhstan"}
"""Capitals under names their countries gave them after countryinfo's data was taken: Kazakhstan's capital was
Nur-Sultan from 2019 and is Astana again since September 2022 (the old name stays known)."""

_DEMONYMS = {
    "American": "United States", "Chinese": "China", "French": "France", "Indian": "India", "Soviet": "Soviet Union",
    "Argentine": "Argentina", "Ecuadorian": "Ecuador", "Saudi": "Saudi Arabia", "US": "United States",
    "U.S.": "United States", "Kremlin": "Russia",
}
"""Demonyms countryinfo does not give one country for ('Chinese' is China's, Hong Kong's and Macau's there) or
spells otherwise ('Ecuadorean', 'Saudi Arabian'); the rest come from it (`_INFO_DEMONYMS`)."""

_MEDIA_WORDS = re.compile(
    r"\b(?:Times|Post|Journal|News|Herald|Tribune|Guardian|Telegraph|Gazette|Reuters|AFP|EFE|AP|Interfax|TASS|"
    r"Xinhua|Bloomberg|BBC|CNN|Fox|Al Jazeera|France24|France 24|Le Monde|El País|Pais|News Agency|Agence|Press|"
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
    for country, capital, _ in _COUNTRY_INFO:
        if norm(country) in table and capital:
            table.setdefault(norm(capital), table[norm(country)])  # 'Minsk' -> Belarus
    for capital, country in _RENAMED_CAPITALS.items():
        table.setdefault(norm(capital), country)
    return table


def is_capital(name: str) -> bool:
    """Whether `name` is a country's capital city ('Lisbon', 'Washington'), by countryinfo."""
    return norm(name) in _CAPITALS


def _demonym_table() -> dict[str, str]:
    """Demonym -> country from countryinfo, for the countries the alias table knows; a demonym two countries
    share ('Congolese', 'Guinean') names neither."""
    found: dict[str, set[str]] = {}
    for country, _, demonym in _COUNTRY_INFO:
        if demonym:
            found.setdefault(demonym, set()).add(_ALIASES.get(norm(country), country))
    table = {}
    for demonym, countries in found.items():
        country = next(iter(countries))
        if len(countries) == 1 and norm(country) in _ALIASES:
            table[demonym] = country
    return table


def _first(value: str | list[str] | None) -> str:
    return (value[0] if value else "") if isinstance(value, list) else value or ""  # 'Vatican City State': a list


MIN_CAPITAL_POPULATION = 1_000_000
"""Least population of a country whose capital stands for it: the capitals of small states and territories share
their names with towns elsewhere ('Georgetown', 'Hamilton', 'Victoria', 'The Valley')."""
_COUNTRY_INFO = [
    (c.name(), _first(c.capital()) if (c.population() or 0) >= MIN_CAPITAL_POPULATION else "", _first(c.demonym()))
    for c in all_countries()
]
"""(name, capital, demonym) of every country in countryinfo (MIT; its data from the REST Countries project)."""
_ALIASES = _alias_table()
_INFO_DEMONYMS = _demonym_table()
_CAPITALS = frozenset(norm(capital) for _, capital, _ in _COUNTRY_INFO if capital) | {"washington"} | {norm(c) for c in _RENAMED_CAPITALS}
# 'washington': countryinfo writes 'Washington D.C.'
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


def country_of_demonym(word: str) -> str | None:
    """'Russian' -> 'Russia', 'North Korean' -> 'North Korea'; a country's own name or alias works too; else a
    one-word demonym formed from its country's name ('Belarusian' -> 'Belarus', 'Norwegian' -> 'Norway',
    `_formed_demonym`; 'Philippine' -> 'Philippines', `_SINGULAR_COUNTRIES`; 'Uzbek' -> 'Uzbekistan',
    `_STAN_COUNTRIES`)."""
    word = " ".join(word.split())
    return (
        _DEMONYMS.get(word)
        or _INFO_DEMONYMS.get(word)
        or canonical_country(word)
        or _formed_demonym(word)
        or _SINGULAR_COUNTRIES.get(word)
        or _STAN_COUNTRIES.get(word)
    )


_DEMONYM_ENDING = re.compile(r"(?:an|ese|ish|i|ic)$")  # -ian and -ean end in -an
_ONE_WORD_COUNTRIES = frozenset(c for c in _ALIASES.values() if " " not in c)
_SINGULAR_COUNTRIES = {c[:-1]: c for c in _ONE_WORD_COUNTRIES if c.endswith(("es", "ds", "as")) and len(c) > 5}
"""'Philippine' -> 'Philippines': the adjective English makes of a country's name in -s by dropping it."""
_STAN_COUNTRIES = {
    stem: c
    for c in _ONE_WORD_COUNTRIES
    if c.endswith("stan") and len(stem := c[:-4].removesuffix("i")) >= 4
}
"""'Uzbek' -> 'Uzbekistan', 'Kazakh' -> 'Kazakhstan', 'Kyrgyz', 'Tajik', 'Turkmen', 'Afghan': the names in -stan
('land of', Persian) are their people's name and the suffix, and English uses that name as the adjective
(countryinfo lists only 'Uzbekistani' and the like); stems under four letters ('Pak') are left out."""


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
    """Whether a name looks like a news outlet's ('The Washington Post', 'Interfax', 'Yonhap News Agency'); an
    agency alone is as often a government's ('Environment Agency', 'European Space Agency')."""
    return bool(_MEDIA_WORDS.search(name))
