"""Every generation setting has a flag and an environment variable, and every flag an error names exists."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from conftest import ROOT
from summarizer.cli import app
from summarizer.config import ENV, FLAGS, Settings, resolve_settings
from summarizer.errors import ConfigError

PACKAGE = ROOT / "summarizer"
MODEL_COMMANDS = ("brief", "memo", "eval")
GENERATION = ("max_tokens", "temperature", "seed", "timeout", "max_attempts", "max_seconds", "max_reasks", "context_tokens")
_FLAG = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")
_ENV_NAME = re.compile(r"\bSUMMARIZER_[A-Z_]+\b")
_FOREIGN = re.compile(r"pip install(?: --[\w-]+)*")  # pip's own flags in install hints


def command_options() -> dict[str, set[str]]:
    """Every option string of every command (subcommands as 'eval check-gold')."""
    root = typer.main.get_command(app)
    found: dict[str, set[str]] = {"": {o for p in root.params for o in p.opts}}

    def walk(command: Any, path: str) -> None:
        found[path] = {o for p in command.params for o in [*p.opts, *p.secondary_opts] if o.startswith("-")}
        for name, sub in getattr(command, "commands", {}).items():  # a group (typer ships its own click)
            walk(sub, f"{path} {name}".strip())

    for name, command in root.commands.items():  # type: ignore[attr-defined]
        walk(command, name)
    return found


def package_strings() -> list[tuple[str, int, str]]:
    """(file, line, text) of every string literal in the package, f-string pieces included."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out.append((str(path.relative_to(ROOT)), node.lineno, node.value))
    return out


def environment_reads() -> set[str]:
    """Names the package reads with os.environ.get / os.environ[...] / os.getenv, plus the settings' table."""
    names = set(ENV.values())
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            target = None
            if isinstance(node, ast.Call) and ast.unparse(node.func) in ("os.environ.get", "os.getenv"):
                target = node.args[0] if node.args else None
            elif isinstance(node, ast.Subscript) and ast.unparse(node.value) == "os.environ":
                target = node.slice
            if isinstance(target, ast.Constant) and isinstance(target.value, str):
                names.add(target.value)
    return names


def test_every_model_command_takes_every_setting_flag() -> None:
    options = command_options()
    for command in MODEL_COMMANDS:
        missing = sorted(set(FLAGS.values()) - options[command])
        assert not missing, f"`summarizer {command}` lacks {missing}"


def test_every_generation_setting_has_a_flag_an_environment_variable_and_a_field() -> None:
    fields = set(Settings.__dataclass_fields__)
    for name in GENERATION:
        assert name in fields
        assert FLAGS[name] == "--" + name.replace("_", "-")
        assert ENV[name] == "SUMMARIZER_" + name.upper()


def test_every_flag_named_in_the_package_exists() -> None:
    """Errors, hints and help texts name only flags that some command really takes."""
    known = set().union(*command_options().values()) | {"--help"}
    named = [
        (where, line, flag)
        for where, line, text in package_strings()
        for flag in _FLAG.findall(_FOREIGN.sub("", text))
    ]
    assert any(flag == "--format" for *_, flag in named), "the scan sees error messages"
    unknown = [f"{where}:{line} {flag}" for where, line, flag in named if flag not in known]
    assert not unknown, unknown


def test_every_environment_variable_named_in_the_package_is_read() -> None:
    readable = environment_reads()
    named = {(where, line, var) for where, line, text in package_strings() for var in _ENV_NAME.findall(text)}
    unknown = sorted(f"{where}:{line} {var}" for where, line, var in named if var not in readable)
    assert not unknown, unknown


def test_environment_sets_each_generation_setting() -> None:
    env = {
        "SUMMARIZER_MAX_TOKENS": "300",
        "SUMMARIZER_TEMPERATURE": "0.4",
        "SUMMARIZER_SEED": "7",
        "SUMMARIZER_TIMEOUT": "12.5",
        "SUMMARIZER_MAX_ATTEMPTS": "2",
        "SUMMARIZER_MAX_SECONDS": "30",
        "SUMMARIZER_MAX_REASKS": "0",
        "SUMMARIZER_CONTEXT_TOKENS": "8192",
        "SUMMARIZER_MODE": "tools",
    }
    s = resolve_settings({}, env=env)
    assert (s.max_tokens, s.temperature, s.seed, s.timeout) == (300, 0.4, 7, 12.5)
    assert (s.max_attempts, s.max_seconds, s.max_reasks, s.context_tokens, s.mode) == (2, 30.0, 0, 8192, "tools")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SUMMARIZER_MAX_TOKENS": "0"}, "max_tokens must be at least 1, got 0 (set with --max-tokens or SUMMARIZER_MAX_TOKENS)"),
        ({"SUMMARIZER_MAX_SECONDS": "0"}, "max_seconds must be above 0, got 0 (set with --max-seconds"),
        ({"SUMMARIZER_MODE": "xml"}, "unknown structured-output mode 'xml'"),
    ],
)
def test_out_of_range_settings_name_their_flag(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError) as error:
        resolve_settings({}, env=env)
    assert message in str(error.value)


def test_generation_flags_reach_the_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`brief` with every generation flag: a bad value is refused by name, a good one is used (fake backend)."""
    article = tmp_path / "a.txt"
    article.write_text("Ministers met on Monday. They agreed a plan.\n", encoding="utf-8")
    runner = CliRunner()
    refused = runner.invoke(app, ["brief", str(article), "--backend", "fake", "--max-reasks", "-1"])
    assert refused.exit_code == 2 and "--max-reasks" in refused.stderr
    seen: list[Settings] = []
    from summarizer.cli import brief as brief_module

    real = brief_module.brief_articles
    monkeypatch.setattr(brief_module, "brief_articles", lambda settings, *a, **k: seen.append(settings) or real(settings, *a, **k))
    flags = [
        "--max-tokens", "321", "--temperature", "0.3", "--seed", "5", "--timeout", "9", "--max-attempts", "2",
        "--max-seconds", "44", "--max-reasks", "0", "--context-tokens", "4096", "--mode", "json",
    ]  # fmt: skip
    result = runner.invoke(app, ["brief", str(article), "--backend", "fake", "--format", "json", *flags])
    assert result.exit_code == 0, result.stderr
    s = seen[0]
    assert (s.max_tokens, s.temperature, s.seed, s.timeout, s.max_attempts) == (321, 0.3, 5, 9.0, 2)
    assert (s.max_seconds, s.max_reasks, s.context_tokens, s.mode) == (44.0, 0, 4096, "json")
