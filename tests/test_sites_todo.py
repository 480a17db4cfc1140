"""The todo fixture site in a real Chromium: add, tick, delete, filter, in every variant."""

from __future__ import annotations

import re

import httpx
from playwright.sync_api import Locator, Page, expect

COMPLETED = re.compile(r"\bcompleted\b")


def open_todos(page: Page, variant: str, *items: str) -> Locator:
    """Open a variant's page, add items by typing and Enter, and return the list's items."""
    page.goto(f"/todo/{variant}/")
    new = page.get_by_role("textbox")
    for text in items:
        new.fill(text)
        new.press("Enter")
    todos = page.get_by_role("list", name="Todo list").get_by_role("listitem")
    expect(todos.locator("label")).to_have_text(list(items))
    return todos


def test_the_page_starts_with_an_empty_list_and_no_footer(page: Page) -> None:
    page.goto("/todo/ok/")
    expect(page).to_have_title("Todos")
    expect(page.get_by_role("heading", name="Todos")).to_be_visible()
    expect(page.get_by_placeholder("What needs to be done?")).to_be_visible()
    expect(page.get_by_role("listitem")).to_have_count(0)
    expect(page.get_by_text("items left")).to_be_hidden()
    expect(page.get_by_role("button")).to_have_count(0)


def test_enter_adds_items_and_empties_the_input(page: Page) -> None:
    open_todos(page, "ok", "Buy milk", "Walk the dog")
    expect(page.get_by_placeholder("What needs to be done?")).to_have_value("")
    expect(page.get_by_text("2 items left")).to_be_visible()
    page.get_by_role("textbox").fill("   ")
    page.get_by_role("textbox").press("Enter")
    expect(page.get_by_role("listitem").filter(has=page.get_by_role("checkbox"))).to_have_count(2)


def test_the_delete_button_shows_on_hover_and_deletes(page: Page) -> None:
    todos = open_todos(page, "ok", "Buy milk", "Walk the dog")
    milk = todos.filter(has_text="Buy milk")
    # Hidden by CSS, the button is out of the accessibility tree until the item is hovered.
    expect(milk.get_by_role("button", name="Delete")).to_have_count(0)
    delete = milk.get_by_role("button", name="Delete", include_hidden=True)
    expect(delete).to_be_hidden()
    expect(delete).to_have_css("visibility", "hidden")
    milk.hover()
    expect(delete).to_be_visible()
    expect(delete).to_have_text("×")
    delete.click()
    expect(todos.locator("label")).to_have_text(["Walk the dog"])
    expect(page.get_by_text("1 item left")).to_be_visible()


def test_ticking_completes_an_item_and_unticking_undoes_it(page: Page) -> None:
    todos = open_todos(page, "ok", "Buy milk", "Walk the dog")
    milk = todos.filter(has_text="Buy milk")
    milk.get_by_role("checkbox", name="Toggle").check()
    expect(milk).to_have_class(COMPLETED)
    expect(milk.locator("label")).to_have_css("text-decoration-line", "line-through")
    expect(page.get_by_text("1 item left")).to_be_visible()
    expect(page.get_by_role("button", name="Clear completed")).to_be_visible()
    milk.get_by_role("checkbox", name="Toggle").uncheck()
    expect(milk).not_to_have_class(COMPLETED)
    expect(page.get_by_text("2 items left")).to_be_visible()
    expect(page.get_by_role("button", name="Clear completed")).to_be_hidden()


def test_filters_show_active_or_completed_items(page: Page) -> None:
    todos = open_todos(page, "ok", "Buy milk", "Walk the dog", "Pay rent")
    todos.filter(has_text="Walk the dog").get_by_role("checkbox").check()
    page.get_by_role("link", name="Active").click()
    expect(page).to_have_url(re.compile("#/active$"))
    expect(todos.locator("label")).to_have_text(["Buy milk", "Pay rent"])
    expect(page.get_by_role("link", name="Active")).to_have_attribute("aria-current", "page")
    page.get_by_role("link", name="Completed").click()
    expect(todos.locator("label")).to_have_text(["Walk the dog"])
    page.get_by_role("link", name="All").click()
    expect(todos.locator("label")).to_have_text(["Buy milk", "Walk the dog", "Pay rent"])
    expect(page.get_by_role("link", name="All")).to_have_attribute("aria-current", "page")


def test_clear_completed_deletes_every_completed_item(page: Page) -> None:
    todos = open_todos(page, "ok", "Buy milk", "Walk the dog", "Pay rent")
    todos.filter(has_text="Buy milk").get_by_role("checkbox").check()
    todos.filter(has_text="Pay rent").get_by_role("checkbox").check()
    page.get_by_role("button", name="Clear completed").click()
    expect(todos.locator("label")).to_have_text(["Walk the dog"])
    expect(page.get_by_text("1 item left")).to_be_visible()
    expect(page.get_by_role("button", name="Clear completed")).to_be_hidden()
    todos.get_by_role("checkbox").check()
    expect(page.get_by_text("0 items left")).to_be_visible()


def test_deleting_the_last_item_hides_the_footer(page: Page) -> None:
    todos = open_todos(page, "ok", "Buy milk")
    todos.hover()
    todos.get_by_role("button", name="Delete").click()
    expect(todos).to_have_count(0)
    expect(page.get_by_text("item left")).to_be_hidden()


def test_renamed_variant_has_an_add_button_and_remove(page: Page) -> None:
    page.goto("/todo/renamed/")
    new = page.get_by_placeholder("Add a task…")
    new.fill("Buy milk")
    page.get_by_role("button", name="Add").click()
    new.fill("Walk the dog")
    new.press("Enter")
    todos = page.get_by_role("listitem").filter(has=page.get_by_role("checkbox"))
    expect(todos.locator("label")).to_have_text(["Buy milk", "Walk the dog"])
    expect(page.get_by_placeholder("What needs to be done?")).to_have_count(0)
    todos.first.hover()
    expect(todos.first.get_by_role("button", name="Delete")).to_have_count(0)
    todos.first.get_by_role("button", name="Remove").click()
    expect(todos.locator("label")).to_have_text(["Walk the dog"])
    todos.get_by_role("checkbox", name="Toggle").check()
    expect(page.get_by_text("0 items left")).to_be_visible()


def test_broken_variant_does_not_keep_a_tick(page: Page) -> None:
    todos = open_todos(page, "broken", "Buy milk", "Walk the dog")
    milk = todos.filter(has_text="Buy milk")
    milk.get_by_role("checkbox", name="Toggle").click()
    expect(milk.get_by_role("checkbox")).not_to_be_checked()
    expect(milk).not_to_have_class(COMPLETED)
    expect(milk.locator("label")).to_have_css("text-decoration-line", "none")
    expect(page.get_by_text("2 items left")).to_be_visible()
    expect(page.get_by_role("button", name="Clear completed")).to_be_hidden()
    page.get_by_role("link", name="Completed").click()
    expect(todos).to_have_count(0)
    page.get_by_role("link", name="All").click()
    todos.filter(has_text="Walk the dog").hover()
    todos.filter(has_text="Walk the dog").get_by_role("button", name="Delete").click()
    expect(todos.locator("label")).to_have_text(["Buy milk"])


def test_slow_variant_shows_an_item_only_after_saving(page: Page) -> None:
    page.goto("/todo/slow/")
    new = page.get_by_placeholder("What needs to be done?")
    new.fill("Buy milk")
    new.press("Enter")
    expect(new).to_have_value("")
    # The item waits 1.5 s, far longer than this check, which runs right after Enter.
    todos = page.get_by_role("list", name="Todo list").get_by_role("listitem")
    expect(page.get_by_role("status")).to_have_text("Saving…")
    expect(todos).to_have_count(0)
    expect(todos.locator("label")).to_have_text(["Buy milk"])
    expect(page.get_by_role("status")).to_have_text("")
    expect(page.get_by_text("1 item left")).to_be_visible()


def test_unknown_variant_is_not_found(sites: str) -> None:
    assert httpx.get(f"{sites}/todo/flaky/").status_code == 404
