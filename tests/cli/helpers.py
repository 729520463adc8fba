"""Running the real command line in a subprocess, and what every error must look like."""

from __future__ import annotations

import os
import subprocess
import sys


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cluster_crm", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )  # no timeout here (pytest-timeout bounds the test): its polling sleep breaks under libfaketime


def assert_one_french_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """A failure: non-zero exit, no traceback, exactly one line "cluster-crm : …" on stderr."""
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("cluster-crm : ")
    return lines[0]
