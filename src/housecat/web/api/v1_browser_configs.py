"""Browser configurations: `/api/v1/browser-configs`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from housecat.browser_configs.models import (
    BrowserConfig,
    BrowserConfigList,
    CreateBrowserConfig,
    DeviceList,
    UpdateBrowserConfig,
)
from housecat.browser_configs.service import BrowserConfigService
from housecat.named.fields import Deleted
from housecat.web.openapi import IN_USE, TOKEN_REQUIRED
from housecat.web.state import browser_configs

router = APIRouter(
    prefix="/api/v1/browser-configs", tags=["browser configurations"], dependencies=TOKEN_REQUIRED
)
BrowserConfigs = Annotated[BrowserConfigService, Depends(browser_configs)]


@router.get("")
async def list_browser_configs(service: BrowserConfigs) -> BrowserConfigList:
    """List every browser configuration, newest first."""
    return await service.list()


@router.get("/devices")
async def list_devices(service: BrowserConfigs) -> DeviceList:
    """List Playwright's device presets, which `device` may name."""
    return await service.devices()


@router.post("", status_code=201)
async def create_browser_config(
    body: CreateBrowserConfig, service: BrowserConfigs
) -> BrowserConfig:
    """Create a configuration; a `device` fills in its preset, which fields sent override."""
    return await service.create(body)


@router.get("/{config_id}")
async def get_browser_config(config_id: str, service: BrowserConfigs) -> BrowserConfig:
    """Get one browser configuration."""
    return await service.get(config_id)


@router.put("/{config_id}")
async def update_browser_config(
    config_id: str, body: UpdateBrowserConfig, service: BrowserConfigs
) -> BrowserConfig:
    """Change the fields sent (a partial update); null clears an optional one."""
    return await service.update(config_id, body)


@router.delete("/{config_id}", responses=IN_USE)
async def delete_browser_config(config_id: str, service: BrowserConfigs) -> Deleted:
    """Delete a browser configuration; 409 while a suite uses it."""
    return await service.delete(config_id)
