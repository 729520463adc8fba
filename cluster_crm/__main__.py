"""Entry point of ``cluster-crm`` and ``python -m cluster_crm``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from cluster_crm.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
