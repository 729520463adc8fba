#!/usr/bin/env python3
"""Refresh the French catalogue from the sources, then fill new entries from TSV files.

Usage: scripts/merge_translations.py FILE.tsv… — each line ``context<TAB>source<TAB>translation``;
for a plural (%n) source, the French forms are separated by ``||``. Prints what is still missing.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "cluster_crm_fr.ts"
QM = TS.with_suffix(".qm")
BIN = ROOT / ".venv" / "bin"


def load(paths: list[str]) -> dict[tuple[str, str], str]:
    entries = {}
    for path in paths:
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                print(f"{path}:{number}: expected 3 tab-separated fields", file=sys.stderr)
                continue
            entries[(parts[0], parts[1])] = parts[2]
    return entries


def main() -> int:
    entries = load(sys.argv[1:])
    sources = sorted(str(p) for p in (ROOT / "cluster_crm").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(TS)],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source", "")
            text = entries.get((name, source))
            if text is None:
                missing.append(f"{name}\t{source}")
                continue
            del translation.attrib["type"]
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                forms = text.split("||")
                for form in forms if len(forms) > 1 else [text, text]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    # lupdate's own layout (DOCTYPE, indentation), so that diffs stay small
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(TS)],
        check=True,
        capture_output=True,
    )
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
    for line in missing:
        print(line)
    print(f"{len(missing)} missing", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
