"""The Plan a goal compiles to: typed steps that the browser executor replays."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, model_validator

from housecat.plan.variables import VARIABLE

Action = Literal[
    "goto",
    "click",
    "fill",
    "select",
    "check",
    "uncheck",
    "press",
    # Typing into whatever has the focus, which a key press before moved there (Ctrl+K).
    "type",
    "hover",
    "submit",
    "wait_for",
    "wait",
    # The browser's own: load the page again, or go back to the one before.
    "reload",
    "go_back",
    "expect_text",
    "expect_no_text",
    "expect_url",
    "expect_title",
    "expect_visible",
    "expect_hidden",
    "expect_count",
    # The items of one list are exactly those named (one name a line in `value`): no other.
    "expect_only",
    # Every item of one list (target: the kind of item, in its place) shows `value`.
    "expect_each",
    # The figure the target shows (next to a label, in a part, or an item's) compared with
    # `value` as `compare` says: above, below, at_least or at_most ("the total is over $0").
    "expect_number",
    # No script of the journey's pages threw or logged an error (console.error) so far.
    "expect_no_errors",
    # Every image the page asked for loaded.
    "expect_no_broken_images",
    # Signed out: the page offers a way to sign in, and no way to sign out.
    "expect_signed_out",
    # A control's state: ticked, chosen, holding a value, usable (see browser/states.py).
    "expect_checked",
    "expect_unchecked",
    "expect_selected",
    # A dropdown offers the choice named in `value` (chosen or not).
    "expect_option",
    "expect_value",
    "expect_enabled",
    "expect_disabled",
    # Intents: what people say without naming the elements. Each is expanded on the page,
    # where it happens, into the concrete steps above, and the plan keeps the expansion.
    "sign_in",
    "enter_credentials",
    "sign_out",
    "search",
    "add_item",
    "delete_item",
    "open",
    "pick",
    "visit",
    "fill_form",
    # A short command that is a control's name ("Publish the post"): click that one control.
    "press_named",
    # A typed e-mail address with no field named: fill the page's one e-mail field.
    "fill_email",
    # Something done to the Nth item of a list: `value` says what (click, hover, check,
    # uncheck, delete), `target.nth` which item, `target.within` the kind of item ("task").
    "act_on_item",
]
INTENTS = frozenset(
    {"sign_in", "enter_credentials", "sign_out", "search", "add_item", "delete_item"}
    | {"open", "pick", "visit", "fill_form", "press_named", "fill_email", "act_on_item"}
)
# Signing in, and typing the sign-in details without sending them: both carry a password.
CREDENTIALS = frozenset({"sign_in", "enter_credentials"})
STATE_CHECKS = frozenset(
    {"expect_checked", "expect_unchecked", "expect_selected", "expect_value"}
    | {"expect_option", "expect_enabled", "expect_disabled"}
)
# Kind words a check says of a part of the page, which is found as a region.
PART_NOUNS = frozenset(
    {"section", "panel", "drawer", "filter", "area", "card", "tile", "widget", "banner", "notice"}
)
ITEM_ACTIONS = frozenset({"click", "hover", "check", "uncheck", "delete"})
CHECKS = frozenset(
    {
        "expect_text",
        "expect_no_text",
        "expect_url",
        "expect_title",
        "expect_visible",
        "expect_hidden",
        "expect_count",
        "expect_only",
        "expect_each",
        "expect_number",
        "expect_no_errors",
        "expect_no_broken_images",
        "expect_signed_out",
    }
    | STATE_CHECKS
)

# Which fields each action cannot do without; a plan from any source is checked against it.
_NEEDS_TARGET = frozenset(
    {
        "click",
        "fill",
        "select",
        "check",
        "uncheck",
        "hover",
        "expect_visible",
        "expect_hidden",
        "expect_count",
        "expect_each",
        "expect_number",
        "expect_checked",
        "expect_unchecked",
        "expect_value",
        "expect_option",
        "expect_enabled",
        "expect_disabled",
        "delete_item",
        "open",
        "pick",
        "visit",
        "press_named",
        "act_on_item",
    }
)
_NEEDS_VALUE = frozenset(
    {
        "goto",
        "fill",
        "select",
        "press",
        "type",
        "wait_for",
        "wait",
        "expect_text",
        "expect_no_text",
        "expect_url",
        "expect_title",
        "expect_selected",
        "expect_option",
        "expect_value",
        "expect_only",
        "expect_each",
        "expect_number",
        "sign_in",
        "enter_credentials",
        "search",
        "add_item",
        "pick",
        "fill_email",
        "act_on_item",
    }
)

# How a person names each role in a sentence; a role missing here is spoken as itself.
_ROLE_NOUNS = {
    "textbox": "field",
    "searchbox": "search field",
    "combobox": "dropdown",
    "listitem": "item",
    "menuitem": "menu item",
    "img": "image",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "sidebar",
    "main": "main content",
    "progressbar": "progress bar",
    "columnheader": "column header",
    "cookiebanner": "cookie banner",
}
# Not an ARIA role: a banner asking about cookies, which pages build in many ways. Only a
# step's condition names it ("if a cookie banner appears"); see browser/conditions.py.
COOKIE_BANNER = "cookiebanner"
# What may run only when something shows: what acts on the page. Never a check (a check that
# may not happen proves nothing), never going to a page or waiting (nothing to answer there).
CONDITIONAL_ACTIONS = frozenset(
    {"click", "fill", "select", "check", "uncheck", "press", "hover", "submit"}
    | {"sign_in", "sign_out", "search", "add_item", "delete_item", "open", "pick", "fill_form"}
)
# What may run only if its own element is enabled: what acts on one element there.
USABLE_IF = frozenset({"click", "fill", "select", "check", "uncheck"})
# A message of good news: styled so by the page ("alert-success", "toast success")
SUCCESS_WORDS = frozenset({
    "success message", "success toast", "success toast message", "success notification",
    "success alert",
})  # fmt: skip
# A flash: the message a site shows once after a step ("Signed in!"), as frameworks name it
FLASH_WORDS = frozenset({"flash", "flash message", "flash notice"})
# Errors said by their kind: "no errors", "no validation errors" mean no error shown at all
ERROR_WORDS = frozenset(
    {"error", "errors", "error message", "error messages", "error state"}
    | {"validation error", "validation errors", "form error", "form errors"}
    | {"field error", "field errors", "validation message", "validation messages"}
)
# The picture of the account signed in, as a page marks it
AVATAR_WORDS = frozenset(
    {"avatar", "user avatar", "profile avatar", "account avatar", "profile picture"}
    | {"profile photo", "profile pic", "profile image"}
)
# Other words people use for a kind alone: "no error message" means no alert at all.
_KIND_WORDS = {
    "alert": {
        *ERROR_WORDS,
        *("warning", "notification", "toast"),
        "alert message",
        *SUCCESS_WORDS,
        *FLASH_WORDS,
    },
    "dialog": {"modal", "popup", "pop-up", "dialog box", "modal dialog", "overlay"},
    "progressbar": {
        *("spinner", "loader", "loading spinner", "loading indicator", "progress indicator"),
    },
    "img": {"picture", "photo", "icon", "logo", *AVATAR_WORDS},
    "listitem": {"entry", "list item", "line item"},
    "textbox": {"input", "input field", "input box", "text field", "text box", "textarea"}
    | {"text area"},
    "combobox": {"drop-down", "drop down", "select", "select box", "select menu", "picker"}
    | {"dropdown menu", "drop-down menu", "combo box", "selector"},
    "radio": {"radio button", "radio option"},
    "switch": {"toggle"},
    "heading": {"headline", "h1", "h2", "h3", "h4", "h5", "h6"},
    "checkbox": {"check box", "tickbox", "tick box", "box"},
    "link": {"hyperlink"},
    "option": {
        *("suggestion", "search suggestion", "autocomplete suggestion", "autocomplete"),
        "autocomplete list",
    },
    "navigation": {
        *("navigation bar", "nav bar", "navbar", "nav", "menu bar", "main menu"),
        *("main navigation", "main nav", "primary navigation"),
    },
    "button": {"btn"},
    "banner": {"page header", "site header"},
    "contentinfo": {"page footer", "site footer"},
    "row": {"table row"},
    "columnheader": {"column heading", "table header", "table heading", "header row"}
    | {"table header row", "heading row"},
}
# "excludes": the URL or title must not hold the value ("no longer on /login"); the last
# four compare a figure (expect_number)
Compare = Literal[
    "contains", "equals", "starts", "ends", "excludes", "above", "below", "at_least", "at_most"
]
_COMPARED = {
    "contains": "to contain",
    "equals": "to be",
    "starts": "to start with",
    "ends": "to end with",
    "excludes": "not to contain",
    "above": "to be more than",
    "below": "to be less than",
    "at_least": "to be at least",
    "at_most": "to be at most",
}
FIGURE_COMPARES = frozenset({"above", "below", "at_least", "at_most"})
# A figure as pages write one: "$1,250.00", "-3", "99.9%", "€5"
FIGURE = re.compile(r"[-−]?[$€£¥]?\s?\d[\d,]*(?:\.\d+)?\s?%?")
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


def ordinal(nth: int) -> str:
    """Say a 0-based position as a person would: 'first', 'last', '#12'."""
    if nth == -1:
        return "last"
    if 0 <= nth < len(_ORDINALS):
        return _ORDINALS[nth]
    return f"#{nth + 1}" if nth >= 0 else f"#{nth}"


# Words that read as content ("Brass Desk Lamp", "2024", "order #1042") rather than as the
# name of a part of the page ("cart", "results"): only content may be found by its text.
# "web-1", "db_primary": a system's own name, told by a digit or an underscore in it
IDENTIFIER = re.compile(r"(?=[\w.-]*[\d_])[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+")
_CONTENT = re.compile(rf"^[A-Z0-9\"'“‘$£€#]|^[a-z]+ #?\d|^{IDENTIFIER.pattern}$")


def names_content(words: str) -> bool:
    """Tell whether words in a target are content to look for, not a region's name."""
    return bool(_CONTENT.match(words))


# Things a page shows one by one, rarely as a figure: "shows 3 plans" counts the plans,
# and a sentence "Compare our 3 plans" is no count of them ("3 results" is a search's figure)
SHOWN_ONE_BY_ONE = re.compile(
    r"\b(?:plans|tiers|members|posts|articles|features|testimonials|reviews|cards|projects"
    r"|jobs|positions|openings|courses|episodes|events|lessons|chapters|speakers|talks|recipes"
    r"|components|services|incidents|integrations|modules|plugins|apps|repositories|monitors)$",
    re.I,
)
# What the items of a list are called ("3 posts", "the blog has reviews"): a count of them
# counts every item, whatever its words say
_KINDS_OF_ITEMS = re.compile(
    r"^(?:(?:item|product|result|record|document|page|order|user|post|article|file|person"
    r"|customer|ticket|issue|todo|to-do|task|card|review|plan|tier|question|answer|job"
    r"|opening|position|role|project|quote|testimonial|member|comment|message|notification"
    r"|event|thumbnail|image|photo|picture|video|course|lesson|chapter|episode|tag"
    r"|feature|step|slide|option|link|button|row|chore|note|hit|listing|offer|deal|book|release"
    r"|version|contact|invoice|payment|transaction|headline|line|element|thing"
    # what a status page, a dashboard or a catalogue of parts lists
    r"|component|service|incident|integration|app|monitor|alert|account|device|report"
    r"|module|plugin|package|recipe|location|speaker|talk|workspace|team|folder|channel)s?"
    r"|repositor(?:y|ies)"
    r"|match(?:es)?|entr(?:y|ies)|categor(?:y|ies)|stor(?:y|ies)|people)$",
    re.I,
)


# Things a page makes by a form of their own, reached by a button ("New project"): what
# "create a project called Apollo" adds, never a list it adds to ("add Milk to the list")
RECORD_KINDS = frozenset(
    {
        "project", "workspace", "team", "folder", "repository", "channel", "tag", "label",
        "category", "collection", "playlist", "document", "dashboard", "group", "space",
        "album", "campaign", "organization", "organisation", "environment", "monitor",
    }
)  # fmt: skip


def names_items(noun: str) -> bool:
    """Tell whether a noun says what a list's items are ("posts"), not what they say."""
    return bool(_KINDS_OF_ITEMS.match(noun))


class Target(BaseModel):
    """What a person would call an element: its name, its kind, which one and where."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    role: str | None = None
    nth: int | None = None
    within: str | None = None
    # A heading's level ("the main heading", "the h2"): only a heading of that level will do
    level: int | None = Field(default=None, ge=1, le=6)

    @model_validator(mode="after")
    def _level_of_a_heading(self) -> Target:
        if self.level is not None and self.role != "heading":
            raise ValueError("level belongs to a heading")
        return self

    @property
    def names_part(self) -> bool:
        """Whether a check means a part of the page ("the comments section"): a region."""
        return self.role is None and self.text.rsplit(" ", 1)[-1].lower() in PART_NOUNS

    @property
    def names_kind(self) -> bool:
        """Whether the text only names the kind ("the last link", "3 items"): match by role."""
        if not self.role:
            return False
        noun = _ROLE_NOUNS.get(self.role, self.role)
        words = {noun, self.role, *_KIND_WORDS.get(self.role, ())}
        text = self.text.lower()
        singular = text[:-3] + "y" if text.endswith("ies") else text.removesuffix("s")
        return text in words or singular in words

    def describe(self) -> str:
        """Name the element the way a person would, e.g. "the second 'Buy' button"."""
        noun = _ROLE_NOUNS.get(self.role, self.role) if self.role else None
        # "the level-1 heading"; "the first h2" says its level already
        tag = re.fullmatch(r"h[1-6]s?", self.text, re.I)
        level = f"level-{self.level} " if self.level and not tag else ""
        words = ["the"] if noun or self.nth is not None else []
        if self.nth is not None:
            words.append(ordinal(self.nth))
        if self.names_kind:  # a kind without a name: "the last link", "the header"
            words.append(level + self.text)
        else:
            words.append(f"'{self.text}'")
            if noun:
                words.append(level + noun)
        if self.within:
            words.append(f"in '{self.within}'")
        return " ".join(words)

    @property
    def names_label(self) -> bool:
        """Whether a check reads a value an item labels ("the status of Ada"): a label's
        words in a place that is content, not a part of the page."""
        return self.role is None and self.within is not None and names_content(self.within)

    def describe_shown(self) -> str:
        """Name what must be shown for a step to run: "'Cookies'", "a dialog"."""
        if self.names_kind and self.nth is None and not self.within:
            noun = _ROLE_NOUNS.get(self.role, self.role) if self.role else self.text
            kind = self.text if self.text.lower() != self.role else noun
            kind = f"level-{self.level} {kind}" if self.level and kind == noun else kind
            return ("an " if kind[:1].lower() in "aeiou" else "a ") + kind
        return self.describe()


class Step(BaseModel):
    """One thing to do or check in the browser, with the words of the goal it came from."""

    model_config = ConfigDict(extra="forbid")

    action: Action
    target: Target | None = None
    value: str | None = None
    count: int | None = Field(default=None, ge=0)
    password: str | None = None  # sign_in only; a {{variable}}, never a value, once saved
    at_least: bool = False  # expect_count only: the count is a floor, not the exact number
    at_most: bool = False  # expect_count only: the count is a ceiling ("no more than 10")
    # expect_url and expect_title: how the value must match; contained, unless said otherwise
    compare: Compare = "contains"
    # goto only: the HTTP error the address must answer ("/nope returns 404"); absent, any
    # error answer fails the step.
    status: int | None = Field(default=None, ge=400, le=599)
    phrase: str
    locator: str | None = None
    healed: bool = False
    # What must be shown for the step to run ("if a cookie banner appears"); absent, the
    # step is skipped. Plans saved before conditions existed have none.
    only_if: Target | None = None
    # With only_if the step's own target: it runs only if that element is enabled, and is
    # skipped when it is disabled or not on the page ("click Next if it is enabled").
    only_if_enabled: bool = False

    @property
    def is_check(self) -> bool:
        """Whether the step states what must be true, rather than doing something."""
        return self.action in CHECKS

    @property
    def names_no_results(self) -> bool:
        """Whether the step expects a search to have found nothing ("no results"): none in
        sight where results show, and the page saying so."""
        target = self.target
        return (
            self.action == "expect_count"
            and self.count == 0
            and target is not None
            and target.text == "results"
            and target.within is not None
        )

    @property
    def is_intent(self) -> bool:
        """Whether the step still has to be expanded on the page into concrete steps."""
        return self.action in INTENTS

    @model_validator(mode="after")
    def _complete(self) -> Step:
        """Refuse a step that lacks what its action needs, whoever wrote the plan."""
        if self.action in _NEEDS_TARGET and self.target is None:
            raise ValueError(f"{self.action} needs a target")
        if self.action in _NEEDS_VALUE and self.value is None:
            raise ValueError(f"{self.action} needs a value")
        if self.action == "type" and self.target is not None:
            raise ValueError("type goes where the focus is: fill names its field")
        if (self.action in CREDENTIALS) != (self.password is not None):
            raise ValueError("password belongs to signing in, and signing in needs one")
        if (self.action == "expect_count") != (self.count is not None):
            raise ValueError("count belongs to expect_count, and expect_count needs one")
        if (self.at_least or self.at_most) and self.action != "expect_count":
            raise ValueError("at_least and at_most belong to expect_count")
        if self.at_least and self.at_most:
            raise ValueError("a count is a floor (at_least) or a ceiling (at_most), not both")
        if (self.action == "expect_number") != (self.compare in FIGURE_COMPARES):
            raise ValueError(
                "above, below, at_least and at_most compare a figure: they belong to"
                " expect_number, and it needs one"
            )
        if self.action == "expect_number" and not FIGURE.fullmatch(self.value or ""):
            raise ValueError("expect_number needs a figure to compare with ('$100', '99.9%')")
        if self.compare != "contains" and self.action not in {
            "expect_url",
            "expect_title",
            "expect_number",
        }:
            raise ValueError("compare belongs to expect_url, expect_title and expect_number")
        if self.action == "goto" and self.value is not None and not _is_address(self.value):
            raise ValueError(
                "goto needs an absolute http(s) URL, a path starting with '/' or a {{variable}}"
            )
        if self.status is not None and (self.action != "goto" or self.target is not None):
            raise ValueError("status belongs to goto an address: what it must answer")
        if self.action == "wait" and self.value is not None and not _is_seconds(self.value):
            raise ValueError("wait needs a number of seconds")
        if self.only_if is not None and self.action not in CONDITIONAL_ACTIONS:
            kind = "a check" if self.is_check else self.action
            raise ValueError(f"only_if belongs to actions: {kind} always runs")
        if self.only_if_enabled and (
            self.only_if is None or self.only_if != self.target or self.action not in USABLE_IF
        ):
            raise ValueError(
                "only_if_enabled belongs to "
                + ", ".join(sorted(USABLE_IF))
                + ", with only_if the step's own target"
            )
        if self.action == "expect_only" and not only_names(self.value or ""):
            raise ValueError("expect_only needs the names of the items, one a line")
        if self.action == "act_on_item" and not _names_an_item(self):
            raise ValueError(
                "act_on_item needs a value among "
                + ", ".join(sorted(ITEM_ACTIONS))
                + ", and a target with nth and within (the kind of item)"
            )
        return self

    def _wrong(self) -> str:
        if self.value == "":
            return " with an empty username"
        if self.password == "":
            return " with an empty password"
        return " with a wrong password" if (self.password or "").startswith("wrong-") else ""

    def describe(self) -> str:
        """Say what the step does in a short sentence for events and logs."""
        target = self.target.describe() if self.target else ""
        value = self.value or ""
        # Logs and events must not carry secrets typed into the page; the words a message
        # by the Password field says ("Required") are none.
        said = self.action in {"expect_text", "expect_no_text", "wait_for"}
        secret = self.target and "password" in self.target.text.lower() and not said
        if secret and value and not VARIABLE.fullmatch(value):
            value = "•" * 8
        match self.action:
            case "goto" if self.status:
                text = f"Go to {value}, which must answer HTTP {self.status}"
            case "goto":
                text = f"Go to {value}"
            case "click":
                text = f"Click {target}"
            case "fill":
                text = f"Fill {target} with '{value}'"
            case "select":
                text = f"Select '{value}' in {target}"
            case "check":
                text = f"Check {target}"
            case "uncheck":
                text = f"Uncheck {target}"
            case "press":
                text = f"Press {value}" + (f" in {target}" if target else "")
            case "type":
                text = f"Type '{value}' where the focus is"
            case "hover":
                text = f"Hover over {target}"
            case "submit" if self.target is not None and self.target.role == "form":
                text = f"Submit {target}"
            case "submit":
                text = "Submit the form" + (f" with {target}" if target else "")
            case "reload":
                text = "Reload the page"
            case "go_back":
                text = "Go back to the page before"
            case "wait_for":
                text = f"Wait for '{value}'" + (f" in {target}" if target else "")
            case "wait":
                text = f"Wait {value} second" + ("" if value == "1" else "s")
            case "expect_text" | "expect_no_text":
                if self.target and self.target.names_label:  # "the status of 'Ada'"
                    target = f"the {self.target.text} of '{self.target.within}'"
                shows = "to show" if self.action == "expect_text" else "not to show"
                text = f"Expect {target or 'the page'} {shows} '{value}'"
            case "expect_url":
                text = f"Expect the URL {_COMPARED[self.compare]} '{value}'"
            case "expect_title":
                text = f"Expect the title {_COMPARED[self.compare]} '{value}'"
            case "expect_number":
                if self.target and self.target.names_label:  # "the price of 'Oak Chair'"
                    target = f"the {self.target.text} of '{self.target.within}'"
                text = f"Expect {target} {_COMPARED[self.compare]} '{value}'"
            case "expect_visible":
                text = f"Expect {target} to be visible"
            case "expect_hidden":
                text = f"Expect {target} to be hidden"
            case "expect_count" if self.names_no_results and self.target:
                where = "" if self.target.within == "results" else f" in '{self.target.within}'"
                text = f"Expect no results{where}, and the page to say nothing was found"
            case "expect_count":
                bound = "at least " if self.at_least else "at most " if self.at_most else ""
                text = f"Expect {bound}{self.count} of {target}"
            case "expect_only":
                quoted = [f"'{name}'" for name in only_names(value)]
                names = " and ".join([", ".join(quoted[:-1]), quoted[-1]] if quoted[1:] else quoted)
                text = f"Expect {target or 'the list'} to list only {names}"
            case "expect_each" if self.target is not None:
                place = f" in '{self.target.within}'" if self.target.within else ""
                if self.target.role == "columnheader":  # the cells of a table's column
                    text = f"Expect every row's '{self.target.text}'{place} to show '{value}'"
                else:
                    text = f"Expect every {self.target.text}{place} to show '{value}'"
            case "expect_no_errors":
                text = "Expect no script errors on the page"
            case "expect_no_broken_images":
                text = "Expect every image on the page to load"
            case "expect_signed_out":
                text = "Expect to be signed out (a way to sign in shown, none to sign out)"
            case "expect_checked":
                text = f"Expect {target} to be checked"
            case "expect_unchecked":
                text = f"Expect {target} not to be checked"
            case "expect_selected":
                text = _selected(self.target, value)
            case "expect_option":
                text = f"Expect {target} to offer '{value}'"
            case "expect_value":
                text = (
                    f"Expect {target} to hold '{value}'"
                    if value
                    else f"Expect {target} to be empty"
                )
            case "expect_enabled":
                text = f"Expect {target} to be enabled"
            case "expect_disabled":
                text = f"Expect {target} to be disabled"
            case "sign_in":
                text = (
                    f"Sign in as '{value}'{self._wrong()}" if value else f"Sign in{self._wrong()}"
                )
            case "enter_credentials":
                text = f"Enter the sign-in details of '{value}'{self._wrong()}" + " (not sent)"
            case "sign_out":
                text = "Sign out"
            case "search":
                text = f"Search for '{value}'" + (f" in {target}" if target else "")
            case "add_item" if self.target and self.target.text in RECORD_KINDS:
                text = f"Create the {self.target.text} '{value}'"
            case "add_item":
                text = f"Add the item '{value}'" + (f" to {target}" if target else "")
            case "delete_item":
                text = f"Delete the item {target}"
            case "open":
                text = f"Open {target}"
            case "pick":
                text = f"Pick '{value}' in {target}"
            case "visit":
                text = f"Be on the {target} page"
            case "fill_form":
                if self.value is None:
                    text = f"Fill {target} with a sample value"
                else:
                    fields = "every field" if self.value == "all" else "the required fields"
                    text = f"Fill {fields} of " + (target or "the form") + " with sample values"
            case "press_named":
                text = f"Click the control named '{self.target.text if self.target else ''}'"
            case "fill_email":
                text = f"Fill the e-mail field with '{value}'"
            case "act_on_item":
                text = _describe_item_action(self)
        if self.only_if_enabled:
            text += " if it is enabled"
        elif self.only_if is not None:
            same = self.only_if == self.target
            text += " if it is shown" if same else f" if {self.only_if.describe_shown()} is shown"
        return text[:1].upper() + text[1:]


class Plan(BaseModel):
    """A goal compiled into the steps that carry it out, and where the compilation came from."""

    model_config = ConfigDict(extra="forbid")

    goal: str
    steps: list[Step] = Field(min_length=1)
    source: Literal["grammar", "llm", "cache", "pinned"] = "grammar"
    # What a compile on the page found worth telling: a check that held before the steps
    # meant to make it true, a plan with no check at all.
    warnings: list[str] = Field(default_factory=list)
    # What a scenario's "Given" says the app's data must already be; no step makes it so.
    assumptions: list[str] = Field(default_factory=list)


def _selected(target: Target | None, value: str) -> str:
    """Say which choice must be the chosen one, and among what."""
    if target is None:
        return f"Expect '{value}' to be selected"
    if target.names_kind:  # "the Settings tab is selected": among the tabs
        return f"Expect {target.describe()} '{value}' to be selected"
    return f"Expect {target.describe()} to have '{value}' selected"


def only_names(value: str) -> list[str]:
    """The names an expect_only step lists, one a line; none if one of them is blank."""
    names = [" ".join(line.split()) for line in value.split("\n")]
    return names if all(names) else []


def _names_an_item(step: Step) -> bool:
    target = step.target
    return (
        step.value in ITEM_ACTIONS
        and target is not None
        and target.nth is not None
        and bool(target.within)
    )


def _describe_item_action(step: Step) -> str:
    """Say "Click the 'Delete' button of the second task", "Hover over the third item"."""
    assert step.target is not None and step.target.within is not None
    item = f"the {ordinal(step.target.nth if step.target.nth is not None else 0)}"
    item += f" {step.target.within}"
    verbs = {"click": "Click", "hover": "Hover over", "check": "Tick", "uncheck": "Untick"}
    if step.value == "delete":
        return f"Delete {item}"
    verb = verbs.get(step.value or "", "Click")
    if step.target.text == step.target.within:
        return f"{verb} {item}"
    control = step.target.model_copy(update={"nth": None, "within": None}).describe()
    return f"{verb} {control} of {item}"


def _is_address(value: str) -> bool:
    if value.startswith(("/", "{{")):  # a path, or a variable holding the address
        return True
    parts = urlsplit(value)
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


def _is_seconds(value: str) -> bool:
    try:
        seconds = Decimal(value)
    except InvalidOperation:
        return False
    return seconds.is_finite() and seconds >= 0
