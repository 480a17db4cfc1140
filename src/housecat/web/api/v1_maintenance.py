"""Maintenance windows: `/api/v1/maintenance-windows`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from housecat.maintenance.models import CreateWindow, UpdateWindow, Window, WindowList
from housecat.maintenance.service import MaintenanceService
from housecat.named.fields import Deleted
from housecat.web.openapi import TOKEN_REQUIRED
from housecat.web.state import app_state

router = APIRouter(
    prefix="/api/v1/maintenance-windows", tags=["maintenance"], dependencies=TOKEN_REQUIRED
)


def maintenance(request: Request) -> MaintenanceService:
    return MaintenanceService(app_state(request).redis)


Windows = Annotated[MaintenanceService, Depends(maintenance)]


@router.get("")
async def list_windows(service: Windows) -> WindowList:
    """List every maintenance window, newest first."""
    return await service.list()


@router.post("", status_code=201)
async def create_window(body: CreateWindow, service: Windows) -> Window:
    """Create a window: one-off (`starts_at`) or recurring (`cron`, in `timezone`)."""
    return await service.create(body)


@router.get("/{window_id}")
async def get_window(window_id: str, service: Windows) -> Window:
    """Get one maintenance window."""
    return await service.get(window_id)


@router.patch("/{window_id}")
async def update_window(window_id: str, body: UpdateWindow, service: Windows) -> Window:
    """Change the fields sent; `cron` makes the window recurring, `starts_at` one-off."""
    return await service.update(window_id, body)


@router.delete("/{window_id}")
async def delete_window(window_id: str, service: Windows) -> Deleted:
    """Delete a maintenance window."""
    return await service.delete(window_id)
