"""French postal address blocks (AFNOR NF Z10-011): at most 6 lines of at most 38 characters.

Contract (to be completed): ``address_block(address)`` gives the lines as they are printed in a
window envelope or on a label; ``address_problem(address)`` says, in words a user can act on, why an
address cannot be used for a letter (None when it can).
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_LINES = 6
MAX_LENGTH = 38


@dataclass(frozen=True)
class PostalAddress:
    """What an address block is made of, in AFNOR's order of lines."""

    recipient: str  # line 1: the organisation's name (or the person's, for a private address)
    attention: str = ""  # line 2: the person or the department, e.g. « Madame Claire MARTIN »
    building: str = ""  # line 3: building, staircase, business park
    street: str = ""  # line 4: number and street
    locality: str = ""  # line 5: BP, lieu-dit
    postcode: str = ""
    town: str = ""
    cedex: str = ""  # « CEDEX 1 » or ""
    country: str = "France"


def address_block(address: PostalAddress) -> list[str]:
    raise NotImplementedError


def address_problem(address: PostalAddress) -> str | None:
    raise NotImplementedError
