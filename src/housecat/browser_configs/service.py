"""Create, read, update and delete browser configurations, filling in device presets."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

from housecat.browser.devices import DevicePreset, closest_devices, device_presets
from housecat.browser_configs.models import (
    DEFAULTS,
    PRESET_FIELDS,
    BrowserConfig,
    BrowserConfigList,
    CreateBrowserConfig,
    DeviceList,
    UpdateBrowserConfig,
)
from housecat.errors import InvalidInput
from housecat.named.fields import Deleted
from housecat.named.service import NamedRecords
from housecat.named.store import NamedStore, hash_fields


async def presets() -> Mapping[str, DevicePreset]:
    """Playwright's device presets (the first call asks its driver, off the event loop)."""
    return await asyncio.to_thread(device_presets)


class BrowserConfigService:
    """The browser-configuration use cases."""

    def __init__(self, store: NamedStore) -> None:
        self.records = NamedRecords(store, BrowserConfig, "browser configuration")

    async def devices(self) -> DeviceList:
        known = list((await presets()).values())
        return DeviceList(devices=known, total=len(known))

    async def create(self, body: CreateBrowserConfig) -> BrowserConfig:
        """Store a configuration: the fields sent, over the device's preset, over defaults."""
        fields = DEFAULTS | await self._preset(body.device) | body.model_dump(exclude_none=True)
        return await self.records.insert(
            lambda new_id, now: BrowserConfig(**fields, id=new_id, created_at=now, updated_at=now)
        )

    async def list(self) -> BrowserConfigList:
        configs = await self.records.all()
        return BrowserConfigList(browser_configs=configs, total=len(configs))

    async def get(self, config_id: str) -> BrowserConfig:
        return await self.records.get(config_id)

    async def update(self, config_id: str, body: UpdateBrowserConfig) -> BrowserConfig:
        """Change the fields sent; a new device fills in the preset's fields not sent with it."""
        changes = body.model_dump(exclude_unset=True)
        name = changes.pop("name", None)
        changes = await self._preset(body.device) | changes
        return await self.records.update(config_id, name, hash_fields(changes))

    async def delete(self, config_id: str) -> Deleted:
        """Delete a configuration no suite uses (409 naming the suites that do)."""
        return await self.records.delete(config_id)

    async def _preset(self, device: str | None) -> dict[str, object]:
        """The fields a device preset fills in; an unknown device is a 422 naming the closest."""
        if device is None:
            return {}
        known = await presets()
        preset = known.get(device)
        if preset is None:
            close = closest_devices(device, list(known))
            hint = f"; closest: {', '.join(repr(name) for name in close)}" if close else ""
            message = f"unknown device '{device}'{hint} (see GET /api/v1/browser-configs/devices)"
            raise InvalidInput.of({"device": message})
        return preset.model_dump(include=set(PRESET_FIELDS))
