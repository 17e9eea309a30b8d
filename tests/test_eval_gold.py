"""Gold files: loading, the validator, and `summarizer eval check-gold`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from summarizer.cli.eval import eval_app
from summarizer.evaluation import GoldError, check_gold, load_gold, load_gold_set

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "evals" / "gold"
ARTICLES = ROOT / "evals" / "articles"
STEM = "002_c4d90af70d619d42"


@pytest.fixture
def gold_copy(tmp_path: Path) -> tuple[Path, Path]:
    gold = tmp_path / "gold"
    shutil.copytree(GOLD, gold)
    return gold, ARTICLES


def edit(gold_dir: Path, change) -> Path:
    path = gold_dir / f"{STEM}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_seed_gold_loads_and_checks_clean() -> None:
    items = load_gold_set(GOLD, ARTICLES)
    assert [i.article.id for i in items] == sorted(p.stem for p in GOLD.glob("*.yaml"))
    assert all(check_gold(i.gold, i.article.text) == [] for i in items)


def test_quote_not_in_article_is_rejected_naming_file_and_item(gold_copy) -> None:
    gold_dir, articles = gold_copy
    path = edit(gold_dir, lambda d: d["sources"][1]["quotes"].append("We never said this at all"))
    with pytest.raises(GoldError) as e:
        load_gold_set(gold_dir, articles)
    message = str(e.value)
    assert str(path) in message and "sources[1] 'Jens Stoltenberg'" in message and "quotes[2]" in message


def test_quote_check_tolerates_quote_marks_and_whitespace() -> None:
    gold = load_gold(GOLD / f"{STEM}.yaml")
    text = (ARTICLES / f"{STEM}.txt").read_text(encoding="utf-8")
    sources = list(gold.sources)
    quote = sources[1].quotes[0]
    sources[1] = sources[1].model_copy(update={"quotes": [f"“{quote.replace(' ', '  ')}”"]})
    changed = gold.model_copy(update={"sources": sources})
    assert check_gold(changed, text) == []


def test_each_kind_of_problem_is_reported(gold_copy) -> None:
    gold_dir, _ = gold_copy

    def break_it(d: dict) -> None:
        d["stances"][0]["holder"] = "Simón Bolívar"
        d["stances"][1]["evidence"] = "words that are not in the article"
        d["claims"][0]["by"] = "Anonymous Blogger"

    edit(gold_dir, break_it)
    gold = load_gold(gold_dir / f"{STEM}.yaml")
    problems = check_gold(gold, (ARTICLES / f"{STEM}.txt").read_text(encoding="utf-8"))
    assert len(problems) == 3
    assert "stances[0]" in problems[0] and "holder 'Simón Bolívar' is not an actor" in problems[0]
    assert "stances[1]" in problems[1] and "evidence not found" in problems[1]
    assert "claims[0]" in problems[2] and "'Anonymous Blogger'" in problems[2]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["actors"][0].update(nmae="x"), "actors[0] 'Nicolás Maduro': unknown key 'nmae'"),
        (lambda d: d["stances"][0].update(stance="loves"), "stances[0] 'Nicolás Maduro'.stance"),
        (lambda d: d["sources"][0].update(type="blogger"), "sources[0] 'The New York Times'.type"),
        (lambda d: d.update(summary="x"), "unknown key 'summary'"),
        (lambda d: d["actors"][1].pop("name"), "actors[1].name"),
    ],
)
def test_wrong_keys_and_values_are_rejected(gold_copy, change, expected) -> None:
    gold_dir, _ = gold_copy
    path = edit(gold_dir, change)
    with pytest.raises(GoldError) as e:
        load_gold(path)
    assert str(path) in str(e.value) and expected in str(e.value)


def test_missing_article_and_bad_yaml(gold_copy, tmp_path: Path) -> None:
    gold_dir, articles = gold_copy
    edit(gold_dir, lambda d: d.update(article="nowhere.txt"))
    with pytest.raises(GoldError, match="article 'nowhere.txt' not found"):
        load_gold_set(gold_dir, articles)
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors: [unclosed", encoding="utf-8")
    with pytest.raises(GoldError, match="invalid YAML"):
        load_gold(bad)


def test_gold_set_from_any_folder(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "g").mkdir()
    (tmp_path / "a" / "story.txt").write_text("Alice Smith met Bob Jones. “It went well,” Alice said.", encoding="utf-8")
    (tmp_path / "g" / "story.yaml").write_text(
        "article: story.txt\nactors:\n  - {name: Alice Smith, aliases: [Alice], kind: person}\n"
        "sources:\n  - {name: Alice Smith, type: other, quotes: [It went well]}\n",
        encoding="utf-8",
    )
    [item] = load_gold_set(tmp_path / "g", tmp_path / "a")
    assert item.article.id == "story" and item.gold.sources[0].quotes == ["It went well"]


runner = CliRunner()


def test_check_gold_command_ok() -> None:
    result = runner.invoke(eval_app, ["check-gold", str(GOLD), "--articles", str(ARTICLES)])
    assert result.exit_code == 0, result.output
    assert "ok: 5 gold file(s)" in result.output


def test_check_gold_command_reports_every_problem_and_exits_1(gold_copy) -> None:
    gold_dir, articles = gold_copy
    edit(gold_dir, lambda d: d["sources"][2]["quotes"].append("invented words"))
    (gold_dir / "zzz.yaml").write_text("article: x.txt\nactors: 3\n", encoding="utf-8")
    result = runner.invoke(eval_app, ["check-gold", str(gold_dir), "--articles", str(articles)])
    assert result.exit_code == 1
    assert f"{STEM}.yaml: sources[2] 'Nicolás Maduro': quotes[2] not found" in result.output
    assert "zzz.yaml: actors" in result.output
    assert "Traceback" not in result.output


def test_check_gold_command_lists_every_schema_fault_of_a_file(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "g").mkdir()
    (tmp_path / "a" / "story.txt").write_text("Alice Smith met Bob Jones. “It went well,” Alice said.", encoding="utf-8")
    (tmp_path / "g" / "story.yaml").write_text(
        "article: story.txt\nactors:\n  - {name: Alice Smith, kind: wizard}\n"
        "stances:\n  - {holder: Alice Smith, target: the plan, stance: adores}\n",
        encoding="utf-8",
    )
    result = runner.invoke(eval_app, ["check-gold", str(tmp_path / "g"), "--articles", str(tmp_path / "a")])
    assert result.exit_code == 1
    assert "actors[0] 'Alice Smith'.kind" in result.output and "stances[0] 'Alice Smith'.stance" in result.output
    assert "2 problem(s) in 1 gold file(s); quotes and evidence of the 1 file(s) that did not load" in result.output


def test_check_gold_command_missing_folder_is_one_line() -> None:
    result = runner.invoke(eval_app, ["check-gold", "no/such/dir", "--articles", str(ARTICLES)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == ["error: no/such/dir: no such gold folder"]


def test_check_gold_prints_markup_like_text_verbatim(gold_copy) -> None:
    gold_dir, articles = gold_copy
    edit(gold_dir, lambda d: d["sources"][1]["quotes"].append("[/INST] [bold]not here[/]"))
    result = runner.invoke(eval_app, ["check-gold", str(gold_dir), "--articles", str(articles)])
    assert result.exit_code == 1
    assert "'[/INST] [bold]not here[/]'" in result.output and "Traceback" not in result.output
