"""Create, read, update and delete environments; each write is one script, whole or not at all."""

from __future__ import annotations

import json

from housecat.environments.models import (
    CreateEnvironment,
    Environment,
    EnvironmentList,
    UpdateEnvironment,
)
from housecat.named.fields import Deleted
from housecat.named.service import NamedRecords
from housecat.named.store import NamedStore
from housecat.suites.values import Values, check_kinds, resolved_secrets


class EnvironmentService:
    """The environment use cases."""

    def __init__(self, store: NamedStore) -> None:
        self.records = NamedRecords(store, Environment, "environment")

    async def create(self, body: CreateEnvironment) -> Environment:
        check_kinds(Values(body.variables, body.secrets))
        fields = body.model_dump()
        return await self.records.insert(
            lambda new_id, now: Environment(**fields, id=new_id, created_at=now, updated_at=now)
        )

    async def list(self) -> EnvironmentList:
        environments = await self.records.all()
        return EnvironmentList(environments=environments, total=len(environments))

    async def get(self, environment_id: str) -> Environment:
        return await self.records.get(environment_id)

    async def update(self, environment_id: str, body: UpdateEnvironment) -> Environment:
        """Change the fields sent; secrets not sent are kept, '••••••••' keeps one by name."""
        before = await self.get(environment_id)
        changes: dict[str, str] = {}
        for name in ("base_url", "description"):
            if name in body.model_fields_set:
                changes[name] = getattr(body, name)
        secrets = before.secret_values()
        if body.secrets is not None:
            secrets = resolved_secrets(body.secrets, secrets)
            changes["secrets"] = json.dumps(secrets)
        variables = before.variables
        if body.variables is not None:
            variables = body.variables
            changes["variables"] = json.dumps(variables)
        check_kinds(Values(variables, secrets))
        return await self.records.update(environment_id, body.name, changes)

    async def delete(self, environment_id: str) -> Deleted:
        """Delete an environment no suite uses (409 naming the suites that do)."""
        return await self.records.delete(environment_id)


class KnownEnvironments:
    """What tests need to know of the stored environments."""

    def __init__(self, store: NamedStore) -> None:
        self.store = store

    async def names(self) -> frozenset[str]:
        given: set[str] = set()
        for environment in await EnvironmentService(self.store).records.all():
            given |= environment.values().names
        return frozenset(given)

    async def exists(self, environment_id: str) -> bool:
        return await self.store.get(environment_id) is not None
