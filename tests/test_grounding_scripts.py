"""Grounding on scripts written without spaces between words (Chinese, Japanese), and through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from openai_server import OpenAIServer
from summarizer.cli import app
from summarizer.extract.grounding import locate, occurs, transliterate, weight

JA = (
    "東京都の山田太郎知事は3日、記者会見で新しい防災計画を発表した。山田氏は「私たちは準備ができている」と述べた。"
    "計画にはAppleやトヨタ自動車も協力する。Appleは資金を提供し、トヨタは車両を出す。発表は２０２４年５月３日に行われた。"
)
ZH = (
    "国务院总理李强周二在北京表示，中国将继续扩大对外开放。据Reuters报道，"
    "李强还会见了多国企业代表并表示欢迎外资企业来华投资兴业共同分享中国发展机遇。"
)


@pytest.mark.parametrize(
    ("text", "phrase", "found"),
    [
        (JA, "山田太郎", True),  # after the particle の
        (JA, "山田", True),
        (JA, "トヨタ", True),  # katakana inside トヨタ自動車
        (JA, "Apple", True),  # a Latin name followed by the particle は
        (ZH, "Reuters", True),  # a Latin name between Chinese characters
        (ZH, "李强", True),
        (ZH, "里强", False),  # same reading (li qiang), other characters: not the same name
        (ZH, "Li Qiang", False),  # a transliteration is not what the article wrote
        ("Ms. Lin spoke to Li Wei.", "Lin", True),
        ("Ms. Lin spoke.", "Li", False),  # in spaced scripts a word boundary is still required
        ("Nicolás Maduro spoke.", "Nicolas Maduro", True),  # accents still fold
    ],
)
def test_occurs_in_scripts_with_and_without_spaces(text: str, phrase: str, found: bool) -> None:
    assert occurs(text, phrase) is found


def test_unspaced_scripts_are_never_transliterated() -> None:
    assert transliterate("山田 josé トヨタ straße") == "山田 jose トヨタ strasse"
    assert weight("abc山田") == 3 + 2 * 3


def test_full_width_digits_and_corner_brackets_match_their_plain_forms() -> None:
    span = locate(JA, "2024年5月3日")
    assert span is not None and (span.text, span.start) == ("２０２４年５月３日", JA.index("２０２４"))
    quote = locate(JA, "“私たちは準備ができている”")
    assert quote is not None and quote.text == "私たちは準備ができている"


@pytest.mark.parametrize(
    ("evidence", "span"),
    [
        ("李强还会见了多国企业的代表", "李强还会见了多国企业代表"),  # one character more in the evidence
        ("李强还会见了多国企业的代表并表示欢迎外资企业", "李强还会见了多国企业代表并表示欢迎外资企业"),
        ("会见了多国企业代表并表示欢迎外国企业来华投资", "会见了多国企业代表并表示欢迎外资企业来华投资"),
    ],
)
def test_fuzzy_evidence_in_chinese_is_aligned_to_its_own_extent(evidence: str, span: str) -> None:
    """Not extended to the whole run of characters (in an unspaced script every character is a letter)."""
    found = locate(ZH, evidence, fuzzy=True)
    assert found is not None and found.text == span
    assert ZH[found.start : found.end] == span


# --------------------------------------------------------------------------- the CLI


def japanese_brief(received) -> dict:
    return {
        "main_issue": "東京都が新しい防災計画を発表した",
        "summary": "東京都の山田太郎知事が防災計画を発表した。Appleとトヨタが協力する。",
        "actors": [
            {"name": "山田太郎", "aliases": ["山田", "山田氏"], "kind": "person", "role": "東京都知事"},
            {"name": "トヨタ自動車", "aliases": ["トヨタ"], "kind": "organization", "role": ""},
            {"name": "Apple", "aliases": [], "kind": "organization", "role": ""},
            {"name": "国务院总理", "aliases": ["李强", "里强"], "kind": "person", "role": ""},
        ],
        "stances": [
            {"holder": "Apple", "target": "防災計画", "label": "supports", "evidence": "Appleは資金を提供し"},
        ],
        "sources": [
            {"name": "山田太郎", "type": "official", "affiliation": "東京都", "role": "知事",
             "quotes": ["私たちは準備ができている"], "statements": []},
        ],
        "claims": [{"text": "発表は5月3日", "by": "author", "evidence": "発表は2024年5月3日に行われた"}],
    }  # fmt: skip


def test_cli_keeps_names_and_quotes_of_a_japanese_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "tokyo.txt"
    article.write_text(JA + "\n" + ZH + "\n", encoding="utf-8")
    text = article.read_text(encoding="utf-8")
    with OpenAIServer(responder=japanese_brief) as server:
        flags = ["--base-url", server.url, "--model", "m", "--strategy", "single", "--format", "json"]
        result = CliRunner().invoke(app, ["brief", str(article), *flags], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    brief = json.loads(result.stdout)
    aliases = {a["name"]: a["aliases"] for a in brief["actors"]}
    assert aliases == {"山田太郎": ["山田", "山田氏"], "トヨタ自動車": ["トヨタ"], "Apple": [], "国务院总理": ["李强"]}
    assert [(u["kind"], u["text"]) for u in brief["unverified"]] == [("alias", "里强")]
    [quote] = brief["sources"][0]["quotes"]
    assert text[quote["start"] : quote["end"]] == quote["text"] == "私たちは準備ができている"
    assert brief["stances"][0]["evidence"]["text"] == "Appleは資金を提供し"
    assert brief["claims"][0]["evidence"]["text"] == "発表は２０２４年５月３日に行われた"
