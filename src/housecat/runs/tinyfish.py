"""TinyFish's agent API, as HouseCat uses it: start a run and read its events, look a run
up, cancel one.

The wire format (TinyFish's SDK 0.11, and as measured): `POST /v1/automation/run-sse`
answers `text/event-stream` whose `data:` lines each hold one JSON event, told apart by
`type` (STARTED, STREAMING_URL, PROGRESS, HEARTBEAT, COMPLETE; keys in camelCase);
`GET /v1/runs/{id}` answers the run with `status`, `result`, `error` and `num_of_steps`;
`POST /v1/runs/{id}/cancel` stops it. Every request carries the key in `X-API-Key`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

import httpx

from housecat.errors import HouseCatError

DEFAULT_BASE_URL = "https://agent.tinyfish.ai"
TERMINAL = frozenset({"COMPLETED", "FAILED", "CANCELLED"})
CONNECT_TIMEOUT_S = 10.0
# TinyFish sends a HEARTBEAT every few seconds while its agent thinks: this long without a
# byte means the stream is gone, even if no socket says so.
SILENCE_TIMEOUT_S = 60.0
_SHOWN_MAX = 300  # characters of an error answer worth quoting

Event = dict[str, Any]


class TinyFishError(HouseCatError):
    """TinyFish could not be reached, refused a request, or answered something unreadable."""

    status_code = 502


class StreamBroke(Exception):
    """The event stream ended, or stopped answering, before its COMPLETE event."""


def either(event: Event, camel: str, snake: str) -> Any:
    """Read a key TinyFish spells in camelCase (its SDK) or snake_case (older answers)."""
    return event.get(camel, event.get(snake))


def error_text(error: object) -> str | None:
    """Say what an `error` of TinyFish's holds: an object with a message, or a string."""
    if isinstance(error, dict):
        message = error.get("message") or error.get("code")
        category = error.get("category")
        text = str(message) if message else json.dumps(error)[:_SHOWN_MAX]
        return f"{text} ({category})" if category else text
    if error in (None, ""):
        return None
    return str(error)[:_SHOWN_MAX]


class TinyFishClient:
    """Talk to TinyFish with one API key; each call opens and closes its own connection."""

    def __init__(self, api_key: str, base_url: str = DEFAULT_BASE_URL) -> None:
        self.api_key = api_key
        self.base_url = base_url.rstrip("/")

    def _http(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=self.base_url,
            headers={"X-API-Key": self.api_key},
            timeout=httpx.Timeout(SILENCE_TIMEOUT_S, connect=CONNECT_TIMEOUT_S),
        )

    async def stream(self, body: dict[str, Any]) -> AsyncIterator[Event]:
        """Start a run and yield its events; raise StreamBroke if it ends before COMPLETE."""
        try:
            async with (
                self._http() as http,
                http.stream(
                    "POST",
                    "/v1/automation/run-sse",
                    json=body,
                    headers={"Accept": "text/event-stream"},
                ) as response,
            ):
                if response.status_code >= 400:
                    await response.aread()
                    raise _refused(response, "starting a run")
                async for event in _events(response):
                    yield event
                    if event.get("type") == "COMPLETE":
                        return
        except httpx.ConnectError as exc:
            raise TinyFishError(f"cannot reach TinyFish at {self.base_url}: {exc}") from None
        except (httpx.TransportError, httpx.StreamError) as exc:
            raise StreamBroke(str(exc) or type(exc).__name__) from None
        raise StreamBroke("the stream ended before the run's COMPLETE event")

    async def run(self, run_id: str) -> Event:
        """Look a run up: its status, result, error and number of steps."""
        return await self._call("GET", f"/v1/runs/{quote(run_id, safe='')}", "looking up a run")

    async def cancel(self, run_id: str) -> None:
        """Ask TinyFish to stop a run."""
        path = f"/v1/runs/{quote(run_id, safe='')}/cancel"
        await self._call("POST", path, "cancelling a run")

    async def _call(self, method: str, path: str, doing: str) -> Event:
        try:
            async with self._http() as http:
                response = await http.request(method, path)
        except httpx.HTTPError as exc:
            raise TinyFishError(f"TinyFish did not answer {doing}: {exc}") from None
        if response.status_code >= 400:
            raise _refused(response, doing)
        try:
            answer = response.json() if response.content else {}
        except ValueError:
            raise TinyFishError(f"TinyFish's answer to {doing} is not JSON") from None
        return answer if isinstance(answer, dict) else {}


async def _events(response: httpx.Response) -> AsyncIterator[Event]:
    """Yield the JSON of each `data:` line; comments, `event:` and `id:` lines say nothing."""
    async for line in response.aiter_lines():
        if not line.startswith("data:"):
            continue
        data = line.removeprefix("data:").strip()
        if not data:
            continue
        try:
            event = json.loads(data)
        except ValueError:
            raise TinyFishError(f"TinyFish sent an event that is not JSON: {data[:80]}") from None
        if isinstance(event, dict):
            yield event


def _refused(response: httpx.Response, doing: str) -> TinyFishError:
    """Say why TinyFish refused: its own words when it gave them, else the status."""
    try:
        answer = response.json()
    except ValueError:
        answer = None
    said = None
    if isinstance(answer, dict):
        said = error_text(answer.get("error") or answer.get("message"))
    said = said or response.text[:_SHOWN_MAX] or response.reason_phrase
    hint = " (is TINYFISH_API_KEY right?)" if response.status_code in (401, 403) else ""
    return TinyFishError(f"TinyFish refused {doing}: {response.status_code} {said}{hint}")
