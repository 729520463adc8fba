"""Every user-visible source string has a French translation, and the shipped .qm is up to date."""

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "cluster_crm_fr.ts"
QM = ROOT / "resources" / "translations" / "cluster_crm_fr.qm"
TOOLS = Path(PySide6.__file__).parent


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(TOOLS / name)
    return found


def test_every_source_string_is_translated(tmp_path):
    # GIVEN the catalogue as lupdate would refresh it from today's sources
    ts = tmp_path / "check.ts"
    shutil.copy(TS, ts)
    sources = sorted(str(p) for p in (ROOT / "cluster_crm").rglob("*.py"))
    subprocess.run(
        [_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    # THEN no message is left without a French translation
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [translation.text] + [n.text for n in translation.iter("numerusform")]
            if translation.get("type") == "unfinished" or not any(texts):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert missing == []


def test_compiled_catalogue_matches_the_source(tmp_path):
    qm = tmp_path / "check.qm"
    subprocess.run([_tool("lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == QM.read_bytes(), "run `make translations` and commit the .qm"
