"""Given-name gender from the pinned nomquamgender data, read as data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.errors import ConfigError
from summarizer.extract import given_names
from summarizer.extract.given_names import given_name_gender


def test_confident_given_names_mark_a_gender_and_shared_or_surname_first_names_do_not() -> None:
    assert [given_name_gender(n) for n in ("Nancy Mace", "Mark Carney", "Éric Zemmour", "Ngozi Okonjo-Iweala")] == ["f", "m", "m", "f"]
    assert [given_name_gender(n) for n in ("Kim Jong Un", "Xi Jinping", "Jean Rondeau", "Ro Khanna")] == ["", "", "", ""]
    assert given_name_gender("Carney") == ""  # one word may be a surname alone


def test_a_changed_data_file_is_refused(tmp_path: Path) -> None:
    forged = tmp_path / "name_data.json"
    forged.write_text(json.dumps({"nancy": [30, 1000000, 0.0, 3]}))
    with pytest.raises(ConfigError, match="SHA-256"):
        given_names._read(forged)


def test_the_scan_of_the_pinned_file_keeps_what_reading_it_as_json_would() -> None:
    path = given_names._data_path()
    expected = {}
    for name, (_, bearers, female, *_) in json.loads(path.read_bytes()).items():
        if bearers >= given_names.MIN_BEARERS and name.isascii() and name.isalpha() and name.islower():
            unsure = given_names.UNCERTAINTY < female < 1 - given_names.UNCERTAINTY
            expected[name] = "" if unsure else "m" if female <= given_names.UNCERTAINTY else "f"
    assert given_names._read(path) == expected and len(expected) > 70_000


def test_a_given_name_is_one_enough_people_bear_whatever_gender_it_marks() -> None:
    from summarizer.extract.given_names import is_given_name

    assert all(is_given_name(w) for w in ("Jordan", "Kim", "Shin", "Silva", "Lucía"))
    assert not any(is_given_name(w) for w in ("Northline", "Rail", "Precision", "Renewables"))


def test_a_hyphenated_given_name_the_data_lacks_has_its_first_part_s_gender() -> None:
    assert given_name_gender("Ana-Lucía Pérez-Ortega") == "f"
    assert given_name_gender("Jean-Marie Le Pen") == ""  # 'Jean' marks no gender; 'Marie' after it does not decide


def test_an_abbreviated_title_before_a_surname_marks_no_gender() -> None:
    assert given_name_gender("Dr Raman") == ""  # the name data holds 'dr' as a man's given name
    assert given_name_gender("Dr. Priya Raman") == "f"
