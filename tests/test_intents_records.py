"""Creating a named thing ("create a project called Apollo") by the page's own form: opened
by its one "New project" control, never another form that merely names the kind."""

from __future__ import annotations

from housecat.browser.pool import BrowserPool
from housecat.plan.read import read_goal
from tests.pages import Pages
from tests.test_intents import run

# A project app: the current project's settings ("Project name", saved), a search of the
# projects, and a "New project" button whose dialog makes one. `{create}` is what the
# dialog's Create button does: adds the project, or (broken) only closes the dialog.
APP = """<h1>Projects</h1>
<label>Search projects <input id=q></label>
<form onsubmit="event.preventDefault(); current.textContent = this.n.value">
  <h2>Project settings</h2><label>Project name <input name=n value=Zeus></label>
  <button>Save</button></form>
<p>Current project: <b id=current>Zeus</b></p>
<ul id=list><li>Hermes <button>Delete</button></li></ul>
<button onclick="made.showModal()">New project</button>
<dialog id=made><form method=dialog>
  <label>Name <input id=named></label><label>Description <input id=about></label>
  <button value=cancel>Cancel</button><button id=go onclick="{create}">Create project</button>
</form></dialog>
<script>
document.getElementById('list').addEventListener('click', (e) => {
  if (e.target.tagName === 'BUTTON') e.target.closest('li').remove(); });
</script>"""
ADDS = (
    "const li = document.createElement('li'); li.innerHTML = named.value + ' <button>Delete</button>';"
    " list.appendChild(li)"
)


async def test_a_project_is_made_in_the_dialog_its_button_opens(
    pool: BrowserPool, pages: Pages
) -> None:
    url = pages.add(APP.replace("{create}", ADDS))
    plan = read_goal("create a project called Apollo")
    result, _, as_run = await run(pool, url, *plan.steps)
    assert result.passed, result.error
    done = [(s.action, s.target.text if s.target else None, s.value) for s in as_run.steps[1:]]
    # opened by its button, named in the dialog's Name field (never the settings' "Project
    # name", nor the search), made by its Create button, then seen on the page
    assert done == [
        ("click", "New project", None),
        ("fill", "Name", "Apollo"),
        ("click", "Create project", None),
        ("expect_hidden", "Name", None),
        ("expect_text", None, "Apollo"),
    ]
    again, _, _ = await run(pool, url, *as_run.steps[1:])
    assert again.passed, again.error


async def test_a_project_made_then_deleted_is_gone(pool: BrowserPool, pages: Pages) -> None:
    url = pages.add(APP.replace("{create}", ADDS))
    goal = "Create a new project named Apollo, then delete it; it should no longer be listed"
    result, _, _ = await run(pool, url, *read_goal(goal).steps)
    assert result.passed, result.error


async def test_a_create_button_that_makes_nothing_fails(pool: BrowserPool, pages: Pages) -> None:
    url = pages.add(APP.replace("{create}", ""))
    result, _, _ = await run(pool, url, *read_goal("create a project called Apollo").steps)
    assert not result.passed
    assert "Apollo" in (result.error or "")


async def test_a_dialog_that_refuses_the_name_fails(pool: BrowserPool, pages: Pages) -> None:
    """It says the name, and stays open: the project was not made."""
    refuses = (
        "event.preventDefault();"
        " said.textContent = 'A project named ' + named.value + ' already exists'"
    )
    url = pages.add(
        APP.replace("{create}", refuses).replace(
            "</form></dialog>", "<p id=said></p></form></dialog>"
        )
    )
    result, _, _ = await run(pool, url, *read_goal("create a project called Apollo").steps)
    assert not result.passed
    assert "Name" in (result.error or ""), result.error


async def test_no_other_form_names_the_new_project(pool: BrowserPool, pages: Pages) -> None:
    """Without a "New project" control, the settings' "Project name" is never renamed."""
    url = pages.add(APP.replace("New project</button>", "Help</button>"))
    result, _, _ = await run(pool, url, *read_goal("create a project called Apollo").steps)
    assert not result.passed
    assert "no field to name the new project" in (result.error or "")


async def test_a_project_is_made_on_the_page_its_link_opens(
    pool: BrowserPool, pages: Pages
) -> None:
    made = pages.add(
        "<nav><a href='#'>New project</a></nav><main><h1>Create a project</h1>"
        '<form onsubmit="event.preventDefault(); this.hidden = true;'
        " done.textContent = 'Created ' + this.n.value\">"
        "<label>Name <input name=n></label><button>Create</button></form></main><p id=done></p>"
    )
    url = pages.add(f"<h1>Projects</h1><a href='{made}'>New project</a>")
    result, _, as_run = await run(pool, url, *read_goal("create a project called Apollo").steps)
    assert result.passed, result.error
    assert [s.action for s in as_run.steps[1:]] == ["click", "fill", "click", "expect_text"]
