"""Local servers that speak a model provider's real wire format, answering from a script.

`anthropic` speaks Anthropic's Messages API (`POST /v1/messages`, tool use); `openai`
speaks OpenAI's Chat Completions (`POST /v1/chat/completions`, tool calls). Each turn of
the script is what the model answers next: a `Say` (a plan's next steps, as a call of
pydantic-ai's output tool), `Answer` (any other structured output), `Garbage` (prose, no tool call), `Fail` (an HTTP error) or
`Stall` (no answer for a while). Every request is kept, so tests count the model's calls
and read what it was sent.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

import pytest
from pydantic_ai.models import override_allow_model_requests

from tests.threaded_server import ThreadedServer

OUTPUT_TOOL = "final_result"  # the name pydantic-ai gives its structured-output tool


@dataclass(frozen=True)
class Say:
    """Answer with these steps, and whether the goal is then covered."""

    steps: list[dict[str, Any]]
    done: bool = False


@dataclass(frozen=True)
class Answer:
    """Answer with this structured output (any schema: a heal's choice, a diagnosis)."""

    output: dict[str, Any]


@dataclass(frozen=True)
class Garbage:
    """Answer in prose, with no tool call."""

    text: str = "I am not sure what you want me to do here."


@dataclass(frozen=True)
class Fail:
    """Answer with an HTTP error."""

    status: int = 500


@dataclass(frozen=True)
class Stall:
    """Answer nothing for this many seconds."""

    seconds: float


Turn = Say | Answer | Garbage | Fail | Stall


@dataclass
class Script:
    """What the model answers, turn by turn; what it was asked, request by request."""

    turns: list[Turn] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_turn(self, body: dict[str, Any]) -> Turn:
        with self.lock:
            self.requests.append(body)
            if not self.turns:
                return Fail(500)  # the script ran out: a test asked more than it meant to
            return self.turns.pop(0)

    @property
    def calls(self) -> int:
        return len(self.requests)

    def sent(self) -> str:
        """Everything the model was sent, as one text."""
        return "\n".join(json.dumps(body) for body in self.requests)


class _ModelServer(ThreadingHTTPServer):
    daemon_threads = True
    script: Script
    wire: Literal["anthropic", "openai"]
    ids: Iterator[int]


class _Handler(BaseHTTPRequestHandler):
    server: _ModelServer

    def do_POST(self) -> None:
        path = self.path.split("?", 1)[0]
        wanted = "/v1/messages" if self.server.wire == "anthropic" else "/v1/chat/completions"
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or "{}")
        if path != wanted:
            self._send(404, {"error": {"type": "not_found_error", "message": f"no {path}"}})
            return
        turn = self.server.script.next_turn(body)
        if isinstance(turn, Stall):
            time.sleep(turn.seconds)
            turn = Garbage()
        if isinstance(turn, Fail):
            error = {"type": "api_error", "message": "Internal server error"}
            wrapped = (
                {"type": "error", "error": error}
                if self.server.wire == "anthropic"
                else {"error": {**error, "code": None, "param": None}}
            )
            self._send(turn.status, wrapped)
            return
        number = next(self.server.ids)
        if self.server.wire == "anthropic":
            self._send(200, _anthropic(turn, number, body.get("model", "claude")))
        else:
            self._send(200, _openai(turn, number, body.get("model", "local")))

    def _send(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (a stalled turn)

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: tests read the script, not access logs."""


def _output(turn: Say | Answer) -> dict[str, Any]:
    return {"steps": turn.steps, "done": turn.done} if isinstance(turn, Say) else turn.output


def _anthropic(turn: Say | Answer | Garbage, number: int, model: str) -> dict[str, Any]:
    """A Messages API answer: a tool_use block calling the output tool, or a text block."""
    if not isinstance(turn, Garbage):
        content: list[dict[str, Any]] = [
            {
                "type": "tool_use",
                "id": f"toolu_{number:04d}",
                "name": OUTPUT_TOOL,
                "input": _output(turn),
            }
        ]
        stop = "tool_use"
    else:
        content, stop = [{"type": "text", "text": turn.text}], "end_turn"
    return {
        "id": f"msg_{number:04d}",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": {"input_tokens": 120, "output_tokens": 30},
    }


def _openai(turn: Say | Answer | Garbage, number: int, model: str) -> dict[str, Any]:
    """A Chat Completions answer: a tool call of the output tool, or plain content."""
    message: dict[str, Any] = {"role": "assistant", "content": None}
    if not isinstance(turn, Garbage):
        arguments = json.dumps(_output(turn))
        message["tool_calls"] = [
            {
                "id": f"call_{number:04d}",
                "type": "function",
                "function": {"name": OUTPUT_TOOL, "arguments": arguments},
            }
        ]
        finish = "tool_calls"
    else:
        message["content"], finish = turn.text, "stop"
    return {
        "id": f"chatcmpl-{number:04d}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": {"prompt_tokens": 120, "completion_tokens": 30, "total_tokens": 150},
    }


class ModelServer(ThreadedServer[_ModelServer]):
    """A scripted model on 127.0.0.1; `base_url` is what a client of its wire format is given."""

    def __init__(self, wire: Literal["anthropic", "openai"]) -> None:
        server = _ModelServer(("127.0.0.1", 0), _Handler)
        server.script = Script()
        server.wire = wire
        server.ids = itertools.count(1)
        super().__init__(server, f"{wire}-model")
        self.script = server.script
        # The Anthropic SDK adds /v1 itself; OpenAI clients are given it.
        self.base_url = self.url if wire == "anthropic" else f"{self.url}/v1"

    def play(self, *turns: Turn) -> Script:
        """Start a new script: these answers, in order, and no request seen yet."""
        self.script.turns[:] = list(turns)
        self.script.requests.clear()
        return self.script


@pytest.fixture(scope="module")
def claude() -> Iterator[ModelServer]:
    """A scripted model speaking Anthropic's Messages API, for the tests of a module.

    Model requests are refused in tests (see conftest); these servers' modules allow them.
    """
    with ModelServer("anthropic") as server, override_allow_model_requests(True):
        yield server


@pytest.fixture(scope="module")
def local_model() -> Iterator[ModelServer]:
    """A scripted model speaking OpenAI's Chat Completions, for the tests of a module."""
    with ModelServer("openai") as server, override_allow_model_requests(True):
        yield server
