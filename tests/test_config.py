"""Configuration: ``[tool.seedlint]`` in pyproject.toml or seedlint.toml, found upward from the cwd."""

from __future__ import annotations

from pathlib import Path

import pytest

from seedlint.config import Config, ConfigError, find_config, load_config
from seedlint.finding import Severity
from tests.data.kit import COLOUR, MARKER, META, NOTE, Run, positions, write_pack

ALL_FOUR = "XX marks it.\nThe colour is red.\n有妖怪。\nMETA: id=7\n"


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """project/{pack/zz.yaml, data/a.txt, deep/er/}; no config yet."""
    root = tmp_path / "project"
    write_pack(root / "pack")
    (root / "data").mkdir(parents=True)
    (root / "data" / "a.txt").write_text(ALL_FOUR, encoding="utf-8")
    (root / "deep" / "er").mkdir(parents=True)
    return root


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> Run:
    capsys.readouterr()
    from seedlint.cli import main

    code = main(["check", "--no-cache", "--format", "json", *args])
    out = capsys.readouterr()
    return Run(code, out.out, out.err)


def _codes(run: Run) -> list[str]:
    return sorted({f["rule"] for f in run.ours()})


def test_pyproject_found_upward_from_the_cwd(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.seedlint]\npaths = ["data"]\n'
        'rule-packs = ["pack/zz.yaml"]\nselect = ["ZZA001"]\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(project / "deep" / "er")
    assert find_config(Path.cwd()) == project / "pyproject.toml"
    run = _run(capsys)  # no paths, no --select, no --rule-pack: all from the config
    assert run.code == 1
    assert positions(run.json()) == [(MARKER, 1, 1, 1, 3)]
    assert Path(run.json()[0]["path"]).resolve() == (project / "data" / "a.txt").resolve()


def test_pyproject_without_a_seedlint_table_is_passed_over(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "seedlint.toml").write_text('rule-packs = ["pack/zz.yaml"]\nselect = ["ZZB"]\n', encoding="utf-8")
    (project / "deep" / "pyproject.toml").write_text('[project]\nname = "inner"\n', encoding="utf-8")
    monkeypatch.chdir(project / "deep" / "er")
    assert find_config(Path.cwd()) == project / "seedlint.toml"
    assert _codes(_run(capsys, str(project / "data"))) == [COLOUR]


def test_seedlint_toml_wins_over_pyproject_in_the_same_folder(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "pyproject.toml").write_text('[tool.seedlint]\nselect = ["ZZA001"]\n', encoding="utf-8")
    (project / "seedlint.toml").write_text('rule-packs = ["pack/zz.yaml"]\nselect = ["ZZC001"]\n', encoding="utf-8")
    monkeypatch.chdir(project)
    assert _codes(_run(capsys, "data")) == [NOTE]


def test_nearest_config_wins(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "seedlint.toml").write_text('rule-packs = ["pack/zz.yaml"]\nselect = ["ZZA001"]\n', encoding="utf-8")
    (project / "deep" / "seedlint.toml").write_text(
        'rule-packs = ["../pack/zz.yaml"]\nselect = ["ZZD001"]\n', encoding="utf-8"
    )
    monkeypatch.chdir(project / "deep" / "er")
    (project / "deep" / "er" / "b.txt").write_text(ALL_FOUR, encoding="utf-8")
    assert _codes(_run(capsys, "b.txt")) == [META]
    # a path outside deep/ is checked with the config found upward from it, as ruff does
    assert _codes(_run(capsys, str(project / "data"))) == [MARKER]


def test_tool_table_inside_seedlint_toml(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "seedlint.toml").write_text(
        '[tool.seedlint]\nrule-packs = ["pack/zz.yaml"]\nselect = ["ZZC001"]\n', encoding="utf-8"
    )
    monkeypatch.chdir(project)
    assert _codes(_run(capsys, "data")) == [NOTE]


@pytest.mark.parametrize(
    ("name", "text", "fragment"),
    [
        ("pyproject.toml", '[tool.seedlint]\nselct = ["ZZ"]\n', "unknown key 'selct'"),
        ("seedlint.toml", 'rule-packs = []\nfail_on = "error"\n', "unknown key 'fail_on'"),
        ("seedlint.toml", "select = [\n", "invalid TOML"),
        ("seedlint.toml", "select = 3\n", "'select' must be a list of strings"),
        ("seedlint.toml", 'fail-on = "fatal"\n', "fail-on: unknown severity 'fatal'"),
        ("seedlint.toml", "[severity]\nZZA001 = 'loud'\n", "severity: unknown severity 'loud'"),
        ("seedlint.toml", "timeout = -1\n", "'timeout' must be a number of seconds above 0"),
        ("seedlint.toml", "timeout = true\n", "'timeout' must be a number of seconds above 0"),
        ("seedlint.toml", "timeout = nan\n", "'timeout' must be a number of seconds above 0"),
        ("seedlint.toml", "timeout = inf\n", "'timeout' must be a number of seconds above 0"),
        ("pyproject.toml", "[tool.seedlint]\npaths = [\n", "invalid TOML: "),
        ("pyproject.toml", "[project]\nname = 'x'\n[tool.seedlint\n", "(at line 3"),
        ("pyproject.toml", "tool = 5\n", "'tool' must be a table"),
        ("seedlint.toml", "x = " + "[" * 5000 + "]" * 5000 + "\n", "invalid TOML"),
        ("seedlint.toml", 'languages = ["EN", "xx"]\n', "unknown language 'xx'"),
        ("seedlint.toml", "[severity]\nZZA001 = 3\n", "severity.ZZA001 must be"),
        ("seedlint.toml", "fail-on = 2\n", "'fail-on' must be"),
        ("seedlint.toml", 'baseline = "../../outside.json"\n', "'baseline' must name a path inside"),
        ("seedlint.toml", 'cache-dir = "/tmp/elsewhere"\n', "'cache-dir' must name a path inside"),
        ("seedlint.toml", 'per-file-ignores = ["a"]\n', "'per-file-ignores' must be a table"),
        ("seedlint.toml", "[tool]\nseedlint = 1\n", "must be a table"),
    ],
)
def test_bad_config_exits_2_naming_the_file(
    project: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    text: str,
    fragment: str,
) -> None:
    config = project / name
    config.write_text(text, encoding="utf-8")
    monkeypatch.chdir(project / "deep")
    for command in (["check", "--no-cache", str(project / "data")], ["rules"]):
        capsys.readouterr()
        from seedlint.cli import main

        code = main(command)
        err = capsys.readouterr().err
        assert code == 2
        assert err.startswith(f"seedlint: error: {config}: "), err
        assert fragment in err
        assert err.count("\n") == 1 and "Traceback" not in err


def test_explicit_config_option(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "seedlint.toml").write_text("this is not toml\n", encoding="utf-8")
    other = project / "deep" / "other.toml"
    other.write_text('rule-packs = ["../pack/zz.yaml"]\nselect = ["ZZB001"]\n', encoding="utf-8")
    monkeypatch.chdir(project)
    assert _codes(_run(capsys, "--config", str(other), "data")) == [COLOUR]


# -- what the keys do -------------------------------------------------------------------


def _configure(project: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    (project / "seedlint.toml").write_text('paths = ["data"]\nrule-packs = ["pack/zz.yaml"]\n' + body, encoding="utf-8")
    monkeypatch.chdir(project)


def test_select_ignore_extend_select(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _configure(project, monkeypatch, 'select = ["ZZ"]\nignore = ["chrome"]\nextend-select = []\n')
    assert _codes(_run(capsys)) == [MARKER, NOTE]
    _configure(project, monkeypatch, 'select = ["ZZA001"]\nextend-select = ["ZZD"]\n')
    assert _codes(_run(capsys)) == [MARKER, META]
    # the command line replaces the configured selection
    _configure(project, monkeypatch, 'select = ["ZZA001"]\nignore = ["ZZC001"]\n')
    assert _codes(_run(capsys, "--select", "ZZB001")) == [COLOUR]
    assert _codes(_run(capsys, "--select", "ZZ", "--ignore", "ZZA001")) == [COLOUR, NOTE, META]
    assert _codes(_run(capsys, "--ignore", "ZZD001", "--select", "ZZ")) == [MARKER, COLOUR, NOTE]


def test_per_file_ignores(project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    (project / "data" / "b.md").write_text(ALL_FOUR, encoding="utf-8")
    _configure(project, monkeypatch, 'select = ["ZZ"]\n[per-file-ignores]\n"*.md" = ["ZZA001", "chrome"]\n')
    run = _run(capsys)
    by_file: dict[str, list[str]] = {}
    for f in run.ours():
        by_file.setdefault(Path(f["path"]).name, []).append(f["rule"])
    assert by_file == {"a.txt": [MARKER, COLOUR, NOTE, META], "b.md": [NOTE]}


def test_severity_and_fail_on(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "data" / "a.txt").write_text("有妖怪。The colour.\n", encoding="utf-8")
    _configure(project, monkeypatch, 'select = ["ZZB001", "ZZC001"]\nfail-on = "error"\n')
    run = _run(capsys)
    assert run.code == 0  # a warning and a note; only errors fail
    assert [(f["rule"], f["severity"]) for f in run.json()] == [(NOTE, "info"), (COLOUR, "warning")]
    _configure(project, monkeypatch, 'select = ["ZZB001", "ZZC001"]\nfail-on = "error"\n[severity]\nzzb001 = "error"\n')
    run = _run(capsys)
    assert run.code == 1
    assert [(f["rule"], f["severity"]) for f in run.json()] == [(NOTE, "info"), (COLOUR, "error")]
    _configure(project, monkeypatch, 'select = ["ZZC001"]\nfail-on = "info"\n')
    assert _run(capsys).code == 1
    assert _run(capsys, "--fail-on", "warning").code == 0  # the command line wins


def test_load_config_values(tmp_path: Path) -> None:
    path = tmp_path / "seedlint.toml"
    path.write_text(
        'select = "ZZ"\nexclude = ["*.bak"]\ntimeout = 3\nlanguages = ["en", "zh"]\n'
        '[per-file-ignores]\n"a.txt" = "ZZA001"\n[severity]\nzza001 = "info"\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.select == ("ZZ",)
    assert config.exclude == ("*.bak",)
    assert config.timeout == 3.0
    assert config.languages == ("en", "zh")
    assert config.per_file_ignores == {"a.txt": ("ZZA001",)}
    assert config.severity == {"ZZA001": Severity.INFO}
    assert config.fail_on == Severity.WARNING
    assert config.source == str(path)
    assert load_config(None) == Config()
    with pytest.raises(ConfigError, match=rf"^{path}: "):
        path.write_text("unknown = 1\n", encoding="utf-8")
        load_config(path)
