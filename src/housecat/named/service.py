"""Create, read, update and delete named records; what each kind adds is its own service's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, Self, TypeVar

from housecat.clock import now_iso
from housecat.errors import Conflict, InvalidInput, NotFound
from housecat.named.fields import Deleted
from housecat.named.store import NamedStore, present
from housecat.suites.service import new_test_id


class Record(Protocol):
    """A stored record: an id and a name, and its Redis hash form."""

    id: str
    name: str

    def to_hash(self) -> dict[str, str]: ...

    @classmethod
    def from_hash(cls, fields: dict[str, str]) -> Self: ...


R = TypeVar("R", bound=Record)


def name_taken(kind: str, name: str) -> InvalidInput:
    article = "an" if kind[0] in "aeiou" else "a"
    return InvalidInput.of({"name": f"there is already {article} {kind} named '{name}'"})


class NamedRecords(Generic[R]):
    """The use cases every named record shares; `kind` names it in messages."""

    def __init__(
        self,
        store: NamedStore,
        record_type: type[R],
        kind: str,
        *,
        while_used: str = "give them another one (or none) first",
    ) -> None:
        self.store = store
        self.record_type = record_type
        self.kind = kind
        self.while_used = while_used  # what a refused delete tells to do first

    async def insert(self, make: Callable[[str, str], R]) -> R:
        """Store the record `make(id, now)` builds, drawing ids until one is free."""
        while True:
            record = make(new_test_id(), now_iso())
            outcome = await self.store.insert(record.id, record.name, record.to_hash())
            if outcome == "ok":
                return record
            if outcome == "name":
                raise name_taken(self.kind, record.name)
            # The drawn id is taken (8 hex characters can collide): draw again.

    async def all(self) -> list[R]:
        return [self.record_type.from_hash(present(fields)) for fields in await self.store.all()]

    async def get(self, record_id: str) -> R:
        fields = await self.store.get(record_id)
        if fields is None:
            raise self.not_found(record_id)
        return self.record_type.from_hash(present(fields))

    async def update(self, record_id: str, name: str | None, changes: dict[str, str]) -> R:
        """Write the changed fields (and a new name) with a new `updated_at`."""
        changes = changes | {"updated_at": now_iso()}
        stored = await self.store.update(record_id, name, changes)
        if stored is None:
            raise self.not_found(record_id)  # deleted meanwhile
        if stored == "name":
            raise name_taken(self.kind, name or "")
        return self.record_type.from_hash(present(stored))

    async def delete(self, record_id: str) -> Deleted:
        """Delete a record nothing uses; one that suites or tests use is a 409 naming them."""
        users = await self.store.delete(record_id)
        if users is None:
            raise self.not_found(record_id)
        if users:
            stored = await self.store.get(record_id)
            name = stored["name"] if stored else record_id
            named = " and ".join(
                f"{kind}{'' if len(names) == 1 else 's'} " + ", ".join(f"'{n}'" for n in names)
                for kind, names in users.items()
            )
            raise Conflict(f"{self.kind} '{name}' is used by {named}: {self.while_used}")
        return Deleted(id=record_id)

    def not_found(self, record_id: str) -> NotFound:
        return NotFound(f"{self.kind} '{record_id}' not found")
