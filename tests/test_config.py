"""Configuration files: discovery, validation naming key and file, CLI precedence."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.config import Config, ConfigError, find_config_file, load_config, read_config_file


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_pyproject_table_found_from_a_subfolder(tmp_path: Path) -> None:
    write(
        tmp_path / "pyproject.toml",
        '[project]\nname="x"\n[tool.compliance]\nfail-on = "weak"\nlang = "en"\n'
        'rules = ["rules-extra"]\ndisable = ["A1"]\nseverity = {B2 = "info"}\n'
        'jobs = 2\ntimeout = 5\nunit-from = "folder"\n',
    )
    sub = tmp_path / "docs" / "sp"
    sub.mkdir(parents=True)
    assert find_config_file(sub) == tmp_path / "pyproject.toml"
    config = load_config(start=sub)
    assert (config.fail_on, config.lang, config.jobs, config.timeout, config.unit_from) == (
        "weak",
        "en",
        2,
        5.0,
        "folder",
    )
    assert config.rule_dirs == (str(tmp_path.resolve() / "rules-extra"),)  # relative to the file
    assert config.disabled == frozenset({"A1"})
    assert config.severity_overrides() == {"B2": "info"}


def test_pyproject_without_table_is_skipped_and_compliance_toml_wins_in_a_folder(
    tmp_path: Path,
) -> None:
    write(tmp_path / "compliance.toml", 'fail-on = "info"\n')
    inner = tmp_path / "inner"
    write(inner / "pyproject.toml", '[project]\nname = "no-table"\n')
    assert find_config_file(inner) == tmp_path / "compliance.toml"
    write(inner / "compliance.toml", 'fail-on = "never"\n')
    write(inner / "pyproject.toml", '[tool.compliance]\nfail-on = "weak"\n')
    assert find_config_file(inner) == inner / "compliance.toml"
    assert load_config(start=inner).fail_on == "never"


def test_nothing_found_gives_defaults(tmp_path: Path) -> None:
    assert find_config_file(tmp_path) is None  # pytest's tmp tree holds no configuration
    config = load_config(start=tmp_path)
    assert config == Config() and "config-file" not in config.extra


@pytest.mark.parametrize(
    ("text", "key", "fragment"),
    [
        ('fail-on = "bogus"\n', "fail-on", "harus salah satu dari absent, weak, info, never"),
        ('colour = "red"\n', "colour", "tidak dikenal"),
        ("jobs = -1\n", "jobs", "bilangan bulat"),
        ('jobs = "2"\n', "jobs", "bilangan bulat"),
        ("timeout = 0\n", "timeout", "angka > 0"),
        ('rules = "dir"\n', "rules", "daftar teks"),
        ('severity = {X1 = "fatal"}\n', "severity", "X1"),
        ('format = ["json", "pdf"]\n', "format", "pdf"),
        ("no-cache = 1\n", "no-cache", "true atau false"),
    ],
)
def test_bad_values_name_key_and_file(tmp_path: Path, text: str, key: str, fragment: str) -> None:
    path = write(tmp_path / "compliance.toml", text)
    with pytest.raises(ConfigError) as info:
        read_config_file(path)
    message = info.value.message("id")
    assert message.startswith("Konfigurasi tidak valid di compliance.toml: kunci")
    assert f"'{key}'" in message and fragment in message
    assert "Invalid configuration in compliance.toml" in info.value.message("en")


def test_toml_syntax_error_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", "[tool.compliance\nfail-on = 'weak'\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert "pyproject.toml" in info.value.message("id") and "TOML" in info.value.message("id")


def test_pyproject_error_names_pyproject(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.compliance]\nfail-on = "sometimes"\n')
    with pytest.raises(ConfigError, match="pyproject.toml: key 'fail-on'"):
        load_config(start=tmp_path)


def test_command_line_wins_and_extends_lists(tmp_path: Path) -> None:
    path = write(
        tmp_path / "compliance.toml",
        'fail-on = "weak"\ndisable = ["A1"]\nlang = "en"\ncache-dir = "c"\n',
    )
    config = load_config(path, overrides={"fail-on": "never", "disable": ["B2"]})
    assert config.fail_on == "never" and config.lang == "en"
    assert config.disabled == frozenset({"A1", "B2"})
    assert config.extra["cache-dir"] == str(tmp_path.resolve() / "c")
    assert config.extra["config-file"] == str(path)


def test_bad_command_line_value_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="jobs"):
        load_config(start=tmp_path, overrides={"jobs": -3})


def test_missing_explicit_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "nope.toml")
    assert "nope.toml" in info.value.message("id") and "tidak ditemukan" in info.value.message("id")
