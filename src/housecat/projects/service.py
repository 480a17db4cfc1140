"""What can be done with projects: create, rename, delete an empty one, manage members."""

from __future__ import annotations

import re

from redis.asyncio import Redis

from housecat.accounts.roles import DEFAULT_PROJECT, Role
from housecat.accounts.store import UserStore
from housecat.audit.models import CREATE, DELETE, MEMBER_CHANGE, UPDATE, Change
from housecat.audit.store import record
from housecat.errors import Conflict, NotFound
from housecat.projects.contents import contents
from housecat.projects.context import in_project
from housecat.projects.models import PROJECT_ID, Member, NewProject, Project, ProjectChange
from housecat.projects.store import ProjectStore


class ProjectNotFound(NotFound):
    def __init__(self, project_id: str) -> None:
        super().__init__(f"project '{project_id}' not found")


def id_from_name(name: str) -> str:
    """Make a project id of a name: lowercase words joined by '-'."""
    made = "-".join(re.findall(r"[a-z0-9]+", name.casefold()))[:40].strip("-")
    return made if PROJECT_ID.match(made) else "project"


class ProjectService:
    """Projects and their members."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self.store = ProjectStore(redis)

    async def of_user(self, user_id: str | None) -> list[Project]:
        """Return the projects a user belongs to (every project for None: the API token)."""
        roles = await self.store.roles_of(user_id) if user_id else None
        ids = list(roles) if roles is not None else await self.store.ids()
        found = [await self._project(project_id) for project_id in ids]
        if roles is not None:
            found = [p.model_copy(update={"role": Role(roles[p.id])}) for p in found]
        else:
            found = [p.model_copy(update={"role": Role.ADMIN}) for p in found]
        return found

    async def get(self, project_id: str) -> Project:
        return await self._project(project_id)

    async def create(self, new: NewProject, creator: str | None) -> Project:
        """Create a project; its creator (a user; none for the API token) becomes its admin."""
        project_id = new.id or id_from_name(new.name)
        if not await self.store.insert(project_id, new.name):
            raise Conflict(f"a project with the id '{project_id}' exists already")
        with in_project(project_id):  # a project's trail holds its own changes
            await record(
                self.redis, action=CREATE, kind="project", entity_id=project_id, name=new.name
            )
        if creator is not None:
            await self.set_role(project_id, creator, Role.ADMIN)
        return await self._project(project_id)

    async def rename(self, project_id: str, change: ProjectChange) -> Project:
        before = await self._project(project_id)
        await self.store.rename(project_id, change.name)
        changes = [Change(field="name", old=before.name, new=change.name)]
        with in_project(project_id):
            await record(
                self.redis,
                action=UPDATE,
                kind="project",
                entity_id=project_id,
                name=change.name,
                changes=changes,
            )
        return await self._project(project_id)

    async def delete(self, project_id: str) -> None:
        """Delete an empty project other than `default`; 409 otherwise."""
        project = await self._project(project_id)
        if project_id == DEFAULT_PROJECT:
            raise Conflict("the default project cannot be deleted")
        with in_project(project_id):
            held = await contents(self.redis)
        if held:
            raise Conflict(f"project '{project_id}' still holds {held}: delete them first")
        await self.store.delete(project_id)
        await record(
            self.redis, action=DELETE, kind="project", entity_id=project_id, name=project.name
        )

    async def members(self, project_id: str) -> list[Member]:
        await self._project(project_id)
        users = await UserStore(self.redis, project_id).all()
        return [
            Member(user_id=u.id, username=u.username, display_name=u.display_name, role=u.role)
            for u in users
            if u.role is not None
        ]

    async def set_role(self, project_id: str, user_id: str, role: Role) -> Member:
        """Make a user a member with `role`, or change their role; the last admin stays one."""
        await self._project(project_id)
        users = UserStore(self.redis, project_id)
        before = await users.get(user_id)
        if before is None:
            raise NotFound(f"no user with id '{user_id}'")
        user = await users.update(user_id, {}, role)
        if user is None or user.role is None:
            raise NotFound(f"no user with id '{user_id}'")
        if before.role != role:
            old = before.role.value if before.role else ""
            await self._member_changed(project_id, user.id, user.username, old, role.value)
        return Member(
            user_id=user.id, username=user.username, display_name=user.display_name, role=role
        )

    async def remove(self, project_id: str, user_id: str) -> None:
        """Take a member out of the project; never its last admin (409)."""
        await self._project(project_id)
        users = UserStore(self.redis, project_id)
        user = await users.get(user_id)
        if user is None or user.role is None or not await users.remove_member(user_id):
            raise NotFound(f"user '{user_id}' is no member of project '{project_id}'")
        await self._member_changed(project_id, user.id, user.username, user.role.value, "")

    async def _project(self, project_id: str) -> Project:
        fields = await self.store.get(project_id)
        if fields is None:
            raise ProjectNotFound(project_id)
        return Project(id=project_id, name=fields["name"], created_at=fields["created_at"])

    async def _member_changed(
        self, project_id: str, user_id: str, username: str, old: str, new: str
    ) -> None:
        """Record in the audit trail that a member was added, changed or removed."""
        how = "added" if not old else "removed" if not new else "changed"
        with in_project(project_id):  # the trail of the project whose members changed
            await record(
                self.redis,
                action=MEMBER_CHANGE,
                kind="user",
                entity_id=user_id,
                name=username,
                changes=[Change(field=f"role in {project_id}", old=old, new=new)],
                detail=f"{username} {how} in project {project_id}",
            )
