"""The core never imports Qt: domain, db, services, documents and io stay usable without a GUI."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "cluster_crm"
CORE = ("domain", "db", "services", "documents", "io")
CORE_MODULES = ("i18n.py", "config.py", "cli.py", "cli_parser.py", "logs.py")


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
        "cluster_crm.services.demo, cluster_crm.services.maintenance; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
