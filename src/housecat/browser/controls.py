"""What a page offers to act on, read once from the page: its controls and the forms they sit in.

Intents ("sign in", "search for X") are expanded from this picture of the page. Each
control is marked with a number while the picture is in use, so a locator written for
it can be checked to find that very element.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from playwright.async_api import Page

MARK = "data-housecat-control"

# Reads every control (hidden ones too: a menu's items, a delete button shown on hover).
_SCRIPT = (Path(__file__).parent / "controls.js").read_text()
_READ = "\n".join(line for line in _SCRIPT.splitlines() if not line.startswith("//"))


@dataclass(frozen=True)
class Control:
    """One control as the page offers it."""

    id: int
    tag: str
    type: str
    role: str
    name: str
    text: str
    placeholder: str
    html_id: str
    html_name: str
    autocomplete: str
    form: int
    shown: bool
    dialog: bool  # in a dialog, which a page opens in front of the rest
    near: str
    popup: str
    expanded: str
    value: str
    required: bool
    options: tuple[str, ...]

    @property
    def selector(self) -> str:
        """A CSS selector for this control while the page keeps its marks."""
        return f"[{MARK}='{self.id}']"

    @property
    def typable(self) -> bool:
        """Whether text is typed into it (not a password, a box or a button)."""
        return self.role in {"textbox", "searchbox", "combobox"} and self.type not in {
            "password",
            "checkbox",
            "radio",
        }

    def label(self) -> str:
        """How to name it to a person."""
        name = self.name or self.placeholder or self.near or self.html_name or self.tag
        return f"{self.role} '{name}'"


@dataclass(frozen=True)
class Form:
    index: int
    heading: str
    text: str


@dataclass(frozen=True)
class Controls:
    """Every control of a page, and its forms, read at one moment."""

    controls: tuple[Control, ...]
    forms: tuple[Form, ...]

    def shown(self) -> list[Control]:
        return [control for control in self.controls if control.shown]


async def read_controls(page: Page) -> Controls:
    """Read and mark every control on the page."""
    raw = await page.evaluate(_READ, MARK)
    return Controls(
        controls=tuple(
            Control(**{**item, "options": tuple(item["options"])}) for item in raw["controls"]
        ),
        forms=tuple(Form(**item) for item in raw["forms"]),
    )
