"""What the audit trail holds and answers."""

from __future__ import annotations

from pydantic import BaseModel, Field

# The actions HouseCat records; others (a member change, a key created) may be added by
# whoever records them: an action is any short word.
CREATE = "create"
UPDATE = "update"
DELETE = "delete"
RESTORE = "restore"
PURGE = "purge"
PAUSE = "pause"
RESUME = "resume"
RUN = "run"
SECRET_CHANGE = "secret_change"  # noqa: S105 (an action, not a secret)
MEMBER_CHANGE = "member_change"
KEY_CREATED = "key_created"
KEY_REVOKED = "key_revoked"
SIGN_IN_FAILED = "sign_in_failed"


class Change(BaseModel):
    """One field a change touched; a secret's values are never shown, only its names."""

    field: str
    old: str | None = Field(description="The value before ('' when unset; None: not shown)")
    new: str | None = Field(description="The value after ('' when unset; None: not shown)")


class AuditEntry(BaseModel):
    """One recorded change."""

    id: str = Field(description="Its place in the trail (a Redis stream id): the paging cursor")
    at: str = Field(description="When (ISO-8601, UTC)")
    actor: str = Field(description="Who: a user's name, 'api-token', 'cli', 'scheduler'…")
    action: str = Field(description="create, update, delete, restore, purge, pause, resume, run…")
    kind: str = Field(description="test, suite, environment, browser_config, template…")
    entity_id: str
    name: str = Field(description="The entity's name when the change was made ('' if unknown)")
    changes: list[Change] = Field(default_factory=list, description="The fields changed")
    detail: str = Field(default="", description="Anything else worth knowing (a run's id…)")
    project: str = Field(default="default", description="The project it was made in")


class AuditPage(BaseModel):
    """A page of the trail, newest first."""

    entries: list[AuditEntry]
    next_cursor: str | None = Field(description="Pass as `cursor` for older entries; None: no more")
