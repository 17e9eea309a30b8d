"""The gender a given name usually marks, from the name data of `nomquamgender`, read as data.

Coreference systems use name gender to keep 'she' off a man's name (the Stanford
multi-pass sieve, Lee et al. 2013, with the gender counts of Bergsma & Lin 2006).
The data here is that of nomquamgender 0.1.4 (Van Buskirk, Clauset & Larremore
2023, "An Open-Source Cultural Consensus Approach to Name-Based Gender
Classification", ICWSM; MIT licence): for each of about 720,000 given names,
how many of 36 sources list it, how many people bear it, and p(gf), the share of
them gendered female. The package is located and its JSON file read after its
SHA-256 is checked; its code (which loads pandas) is never imported.

A name marks a gender only when the data is confident: p(gf) at most
`UNCERTAINTY` or at least 1 - `UNCERTAINTY` (the package's own default
threshold, 0.1), over at least `MIN_BEARERS` people. Names that are as often
surnames written first ('Kim', 'Lee', 'Xi', 'Park') and names borne by both
('Jean', 'Alexis', 'Jo') fall between and mark nothing.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

from unidecode import unidecode

from ..resources import package_data_file, verified_bytes
from .nlp import TITLES_BEFORE_NAMES

__all__ = ["DATA_SHA256", "UNCERTAINTY", "MIN_BEARERS", "given_name_gender", "is_given_name"]

DISTRIBUTION = "nomquamgender"
DATA_FILE = "nomquamgender/name_data.json"
DATA_SHA256 = "66b53d66237220d5b0e6fa489f03f1eba850052783f994220c6798c6a7c5bfdf"  # nomquamgender 0.1.4
UNCERTAINTY = 0.1
MIN_BEARERS = 50

_TABLE: dict[str, str] | None = None
_LOCK = threading.Lock()


def given_name_gender(name: str) -> str:
    """'m' or 'f' when the first word of a person's `name` ('Nancy Mace', 'Cyril Ramaphosa') is a given name the
    data confidently genders, '' otherwise (and for a name of one word, which may be a surname alone, also after an
    abbreviated title, `nlp.TITLES_BEFORE_NAMES`: 'Dr Raman'). A
    hyphenated given name the data does not hold is its first part's gender, as in the Romance languages'
    compound given names ('Ana-Lucía': f; 'Jean-Marie' marks none, as 'Jean' marks none; 'María José' is a
    woman's name and 'José María' a man's).

    The data is read once per process, on first use (about 0.3 s; what is kept is a dict of the about 75,600
    names at least MIN_BEARERS people bear, '' for those that mark no gender confidently). Raises
    MissingDependencyError when the package is not installed and ConfigError when its data file is missing or
    changed."""
    words = name.split()
    if words and f"{words[0].rstrip('.')}." in TITLES_BEFORE_NAMES:
        words = words[1:]  # 'Dr Raman': a title, and the family name after it (the data holds 'dr' as a man's name)
    if len(words) < 2:
        return ""
    given = unidecode(words[0]).lower().strip(".,")
    if given not in _table() and "-" in given.strip("-"):  # 'Ana-Lucía': the first part's
        given = given.strip("-").split("-")[0]
    return _table().get(given, "")


def is_given_name(word: str) -> bool:
    """Whether `word` (any case, accents folded) is a given name that at least `MIN_BEARERS` people in the data bear,
    whatever gender it marks ('Jordan', 'Kim', 'Shin', 'Silva'); 'Northline', 'Rail' and 'Precision' are not.
    Raises as `given_name_gender` does."""
    return unidecode(word).lower().strip(".,") in _table()


def _table() -> dict[str, str]:
    global _TABLE
    with _LOCK:
        if _TABLE is None:
            _TABLE = _read(_data_path())
        return _TABLE


def _data_path() -> Path:
    return package_data_file(DISTRIBUTION, DATA_FILE, "name gender data", f"{DISTRIBUTION}==0.1.4")


def _read(path: Path) -> dict[str, str]:
    data = verified_bytes(path, DATA_SHA256, f"{DISTRIBUTION}==0.1.4")
    table = {}
    for found in _ENTRY.finditer(data):  # the pinned file's entries, scanned: 0.3 s where json.loads takes 1.7 s
        bearers, female = int(found.group(2)), float(found.group(3))
        if bearers >= MIN_BEARERS:
            table[found.group(1).decode()] = "m" if female <= UNCERTAINTY else "f" if female >= 1 - UNCERTAINTY else ""
    return table


_ENTRY = re.compile(rb'"([a-z]+)": \[\d+, (\d+), ([0-9.]+)')
"""One entry of the pinned name_data.json, '"nancy": [31, 1109618, 0.992, 3]': a given name in lower-case ASCII
letters (names with other characters are left out), the sources that list it, its bearers and p(gf). The file's
SHA-256 is checked first, so its layout is known; a test checks the scan against `json.loads` of the whole file."""
