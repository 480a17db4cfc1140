"""Projects and their members: `/api/v1/projects`.

A project's own routes check the caller's role in the project of the path, not the
request's: reading needs a member, changing it or its members needs its admin. A project
the caller is no member of is answered 404, as one that does not exist.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from housecat.accounts.roles import Role
from housecat.errors import Forbidden
from housecat.projects.models import Member, MemberRole, NewProject, Project, ProjectChange
from housecat.projects.service import ProjectNotFound, ProjectService
from housecat.web.auth import Proof, caller_of
from housecat.web.openapi import TOKEN_REQUIRED, errors
from housecat.web.state import app_state

router = APIRouter(prefix="/api/v1/projects", tags=["projects"], dependencies=TOKEN_REQUIRED)
ADMINS_CREATE = "refused: only an admin of a project (or the API token) creates projects"
OPEN_INSTALL = (
    "no user exists yet: create the first admin at /setup or with `housecat admin create`"
)


def project_service(request: Request) -> ProjectService:
    return ProjectService(app_state(request).redis)


Projects = Annotated[ProjectService, Depends(project_service)]


async def role_in(request: Request, service: ProjectService, project_id: str) -> Role:
    """Return the caller's role in a project; 404 when they may not see it."""
    caller = caller_of(request)
    if caller.proof is Proof.KEY:
        # A key acts only in its own project, with its own role there.
        if caller.project != project_id or caller.role is None:
            raise ProjectNotFound(project_id)
        await service.get(project_id)
        return caller.role
    if caller.user_id is None:
        await service.get(project_id)
        return Role.ADMIN  # the API token, or an open install
    roles = await service.store.roles_of(caller.user_id)
    if project_id not in roles:
        raise ProjectNotFound(project_id)
    return Role(roles[project_id])


async def admin_of(request: Request, service: ProjectService, project_id: str) -> None:
    """Refuse (403) a caller who is a member of the project but not its admin."""
    role = await role_in(request, service, project_id)
    if not role.allows(Role.ADMIN):
        actor = caller_of(request).actor
        raise Forbidden(f"refused: this needs the admin role in '{project_id}'; {actor} has {role}")


@router.get("")
async def list_projects(request: Request, service: Projects) -> list[Project]:
    """List the projects you belong to, with your role in each."""
    caller = caller_of(request)
    if caller.proof is Proof.KEY:
        mine = [p for p in await service.of_user(caller.user_id) if p.id == caller.project]
        return [p.model_copy(update={"role": caller.role}) for p in mine]
    return await service.of_user(caller.user_id)


@router.post("", status_code=201, responses=errors(403, 409))
async def create_project(request: Request, body: NewProject, service: Projects) -> Project:
    """Create a project (an admin of any project, or the API token); you become its admin."""
    caller = caller_of(request)
    if caller.proof is Proof.OPEN:
        # Projects are of members: an open install has nobody to make one's admin.
        raise Forbidden(OPEN_INSTALL)
    if caller.proof is Proof.KEY:
        allowed = caller.role is Role.ADMIN
    elif caller.user_id is not None:
        allowed = Role.ADMIN.value in (await service.store.roles_of(caller.user_id)).values()
    else:
        allowed = True  # the API token
    if not allowed:
        raise Forbidden(ADMINS_CREATE)
    return await service.create(body, caller.user_id)


@router.get("/{project_id}", responses=errors(404))
async def get_project(request: Request, project_id: str, service: Projects) -> Project:
    """Show a project you belong to, with your role in it."""
    role = await role_in(request, service, project_id)
    return (await service.get(project_id)).model_copy(update={"role": role})


@router.put("/{project_id}", responses=errors(403, 404))
async def rename_project(
    request: Request, project_id: str, body: ProjectChange, service: Projects
) -> Project:
    """Rename a project (its admins)."""
    await admin_of(request, service, project_id)
    return await service.rename(project_id, body)


@router.delete("/{project_id}", status_code=204, responses=errors(403, 404, 409))
async def delete_project(request: Request, project_id: str, service: Projects) -> Response:
    """Delete an empty project (its admins); never the default one (409)."""
    await admin_of(request, service, project_id)
    await service.delete(project_id)
    return Response(status_code=204)


@router.get("/{project_id}/members", responses=errors(404))
async def list_members(request: Request, project_id: str, service: Projects) -> list[Member]:
    """List a project's members and their roles."""
    await role_in(request, service, project_id)
    return await service.members(project_id)


@router.put("/{project_id}/members/{user_id}", responses=errors(403, 404, 409))
async def set_member(
    request: Request, project_id: str, user_id: str, body: MemberRole, service: Projects
) -> Member:
    """Add a user to the project with a role, or change their role (its admins)."""
    await admin_of(request, service, project_id)
    return await service.set_role(project_id, user_id, body.role)


@router.delete("/{project_id}/members/{user_id}", status_code=204, responses=errors(403, 404, 409))
async def remove_member(
    request: Request, project_id: str, user_id: str, service: Projects
) -> Response:
    """Take a user out of the project (its admins); never its last admin (409)."""
    await admin_of(request, service, project_id)
    await service.remove(project_id, user_id)
    return Response(status_code=204)
