"""Data of the demo cluster (no logic): its organisations, and the fictional people who work there."""

from cluster_crm.demo.data.organisations import (  # noqa: F401
    CONTRACTING,
    INSTITUTIONS,
    Contracting,
    Profile,
    Title,
)
from cluster_crm.demo.data.people import (  # noqa: F401
    ADVISER_ROLE,
    BOARD_ROLES,
    CCI_ROLE,
    CLUSTER_BOARD_ROLE,
    FEMALE_FIRST_NAMES,
    LAST_NAMES,
    MALE_FIRST_NAMES,
    NOTES,
    SIMULATION_ROLE,
    TEACHING_ROLE,
    TITLE_SETS,
)
from cluster_crm.demo.data.places import (  # noqa: F401
    PHONE_PREFIXES,
    STREETS,
    TOWNS,
    ZONES,
    ZONES_BY_TOWN,
)
from cluster_crm.demo.data.trades import (  # noqa: F401
    PROFILES,
    SMES,
)
