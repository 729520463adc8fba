"""The core never imports Qt: domain, db, services, documents and io stay usable without a GUI."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "cluster_crm"
CORE = ("domain", "db", "services", "documents", "io", "demo")
CORE_MODULES = ("i18n.py", "config.py", "cli.py", "cli_parser.py", "logs.py", "clock.py")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_sources_do_not_import_qt():
    files = [f for package in CORE for f in (PACKAGE / package).rglob("*.py")]
    files += [PACKAGE / name for name in CORE_MODULES]
    offenders = {
        str(f.relative_to(PACKAGE)): sorted(
            n for n in _imports(f) if n.split(".")[0] in ("PySide6", "shiboken6")
        )
        for f in files
    }
    assert {f: n for f, n in offenders.items() if n} == {}


def test_loading_the_core_and_cli_does_not_load_qt():
    code = (
        "import sys, cluster_crm.cli, cluster_crm.services.organisations, cluster_crm.services.contacts, "
        "cluster_crm.demo.cluster, cluster_crm.services.maintenance; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


SHELL = PACKAGE / "ui"
DOOR = SHELL / "ops.py"


def _shell_files() -> list[Path]:
    return sorted(SHELL.rglob("*.py"))


def test_the_shell_never_imports_the_database_layer():
    offenders = {
        str(f.relative_to(PACKAGE)): sorted(
            n for n in _imports(f) if n.split(".")[:2] == ["cluster_crm", "db"]
        )
        for f in _shell_files()
    }
    assert {f: n for f, n in offenders.items() if n} == {}


def _calls(path: Path, attribute: str) -> list[int]:
    """Lines where ``….attribute(…)`` is called."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == attribute
    ]


def test_only_the_door_opens_units_of_work():
    # a unit of work is made by calling ``….uow()``; under ui/ only ui/ops.py may do it
    offenders = {str(f.relative_to(PACKAGE)): _calls(f, "uow") for f in _shell_files() if f != DOOR}
    assert {f: lines for f, lines in offenders.items() if lines} == {}


def test_only_the_door_announces_changes():
    # views refresh from the bus; only an action (or a task's announce) of ui/ops.py emits on it
    offenders = {}
    for f in _shell_files():
        if f == DOOR:
            continue
        lines = [
            node.lineno
            for node in ast.walk(ast.parse(f.read_text(encoding="utf-8")))
            if isinstance(node, ast.Attribute)
            and node.attr == "sig_data_changed"
            and isinstance(getattr(node, "ctx", None), ast.Load)
        ]
        emitted = set(_calls(f, "emit")) & set(lines)
        if emitted:
            offenders[str(f.relative_to(PACKAGE))] = sorted(emitted)
    assert offenders == {}


def test_the_architecture_test_sees_a_unit_of_work_opened_in_a_widget(tmp_path):
    # the walk above would catch it: a widget that opens one is reported with its line
    widget = tmp_path / "widget.py"
    widget.write_text(
        "def load(self):\n    with self.ctx.database.uow() as uow:\n        pass\n", encoding="utf-8"
    )
    assert _calls(widget, "uow") == [2]
