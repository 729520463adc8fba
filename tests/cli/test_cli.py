"""The command line as scripts use it: exit codes, one French line on error, never a traceback."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from cluster_crm import __version__
from tests.cli.helpers import assert_one_french_error_line, run


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"cluster-crm {__version__}"


def test_help_is_in_french():
    result = run("--help")
    assert result.returncode == 0
    assert "remplir une base vide avec le cluster de démonstration" in result.stdout


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    result = run("--db", str(path), "demo")
    assert result.returncode == 0, result.stderr
    assert "Cluster de démonstration chargé" in result.stdout
    return path


def test_demo_then_check(demo_db):
    result = run("--db", str(demo_db), "check")
    assert result.returncode == 0, result.stderr
    assert "intègre" in result.stdout and "organisations" in result.stdout


def test_demo_refuses_a_database_that_is_not_empty(demo_db):
    line = assert_one_french_error_line(run("--db", str(demo_db), "demo"))
    assert "vide" in line


def test_the_database_can_come_from_the_environment(demo_db):
    result = run("check", env={"CLUSTER_CRM_DB": str(demo_db)})
    assert result.returncode == 0 and str(demo_db) in result.stdout


def test_check_reports_a_damaged_database(tmp_path, demo_db):
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(demo_db.read_bytes())
    for offset in range(8192, min(len(data), 8192 * 6), 97):  # scribble over b-tree pages
        data[offset] = 0xA5
    damaged.write_bytes(bytes(data))
    line = assert_one_french_error_line_or_problems(run("--db", str(damaged), "check"))
    assert "endommagée" in line or "illisible" in line


def assert_one_french_error_line_or_problems(result: subprocess.CompletedProcess[str]) -> str:
    """``check`` may list the engine's findings, indented, before its one-line verdict."""
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    verdicts = [line for line in result.stderr.splitlines() if line.startswith("cluster-crm : ")]
    assert len(verdicts) == 1, result.stderr
    return verdicts[0]


def test_a_file_that_is_not_a_database(tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("ceci n'est pas une base de données\n" * 200)
    for command in ("check", "demo"):
        line = assert_one_french_error_line(run("--db", str(bogus), command))
        assert "illisible" in line


def test_check_on_a_missing_file(tmp_path):
    line = assert_one_french_error_line(run("--db", str(tmp_path / "absent.sqlite"), "check"))
    assert "n'existe pas" in line


def test_unknown_command_is_refused_in_french():
    result = run("exporter")
    line = assert_one_french_error_line(result)
    assert "choix invalide" in line
    assert result.returncode == 2


def test_backup_and_restore(tmp_path, demo_db):
    working = tmp_path / "work.sqlite"
    working.write_bytes(demo_db.read_bytes())
    result = run("--db", str(working), "backup", str(tmp_path / "copie.sqlite"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "copie.sqlite").exists()
    result = run("--db", str(working), "restore", str(tmp_path / "copie.sqlite"))
    assert result.returncode == 0, result.stderr
    assert run("--db", str(working), "check").returncode == 0
    line = assert_one_french_error_line(run("--db", str(working), "restore", str(tmp_path / "absent.sqlite")))
    assert "introuvable" in line
