"""What a member of a project may do: read, change and run, or everything."""

from __future__ import annotations

import enum

# Today HouseCat holds one project; every member's role is kept per project all the same.
DEFAULT_PROJECT = "default"


class Role(enum.StrEnum):
    """A member's role in a project, each allowing what the ones below it allow."""

    VIEWER = "viewer"  # reads
    EDITOR = "editor"  # creates, changes and runs
    ADMIN = "admin"  # members, secrets, deletes, and other people's keys

    @property
    def rank(self) -> int:
        return list(Role).index(self)

    def allows(self, needed: Role) -> bool:
        """Tell whether this role may do what `needed` may."""
        return self.rank >= needed.rank


def lower(first: Role, second: Role) -> Role:
    """Return the lesser of two roles (a key never does more than its owner may)."""
    return first if first.rank <= second.rank else second
