"""What the trash holds and answers."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from housecat.trash.keep import Kind


class TrashItem(BaseModel):
    """A deleted record, restorable until `purge_after`."""

    kind: Kind
    id: str
    name: str
    deleted_at: str = Field(description="When it was deleted (ISO-8601, UTC)")
    deleted_by: str = Field(description="Who deleted it, as the audit trail names them")
    purge_after: str = Field(description="When retention empties it from the trash")


class TrashList(BaseModel):
    """Everything in the trash, most recently deleted first."""

    items: list[TrashItem]
    total: int


class Restored(BaseModel):
    status: Literal["restored"] = "restored"
    kind: Kind
    id: str


class Purged(BaseModel):
    status: Literal["purged"] = "purged"
    kind: Kind
    id: str


class Emptied(BaseModel):
    status: Literal["emptied"] = "emptied"
    purged: int = Field(description="How many records were purged")
