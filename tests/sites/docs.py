"""Acme SDK docs: a three-page documentation site with a search box that runs in the page.

Served at `/docs/{variant}/`; `{variant}` is `ok`, `slow`, `renamed` or `broken`.

Pages (title "PAGE — Acme SDK docs"; each with an h1, h2 sections, paragraphs, `<pre><code>`
examples and code identifiers in `<code>`):
- `/docs/{variant}/` "Getting started": Install (`npm install @acme/sdk`), "Create a client"
  (`createClient()`, `ACME_API_KEY`), "List your widgets" (`client.listWidgets()`), Next steps.
- `/docs/{variant}/configuration` "Configuration": "Environment variables" (`ACME_API_KEY`,
  `ACME_REGION`, `ACME_TIMEOUT`), "Client options" (`timeout`, `retries`, `baseUrl`),
  "Command-line flags" (`acme deploy --dry-run`, `--verbose`).
- `/docs/{variant}/api` "API reference": `createClient(options)`, `client.listWidgets()`,
  `client.createWidget(data)`, `client.deleteWidget(id)`, Errors (`AcmeError`,
  `RateLimitError`).
An unknown page answers 404.

Every page has a sidebar `<nav aria-label="Docs">` with links "Getting started",
"Configuration", "API reference" (the current one has `aria-current="page"`) and, in the header,
`<input type=search placeholder="Search docs" aria-label="Search docs">` (no form, no button).
Typing filters an index of the three pages embedded in the page as JSON (the plain text of each
page, built from the same templates), case-insensitively by substring of the trimmed query in a
page's title or text. Matches are listed in `<ul aria-label="Search results">`, one `<li>` per
page: a link named by the page title, then `<p>` a snippet of the text around the first match
(the match in `<mark>`). `<p role="status">` says "1 result" / "N results", or
"No results for 'QUERY'" when nothing matches; an empty box clears both.

Variants:
- `ok`: as above; results follow each keystroke.
- `slow`: results (and the status) appear 1.5 s after the last keystroke.
- `renamed`: the search box's placeholder and aria-label are "Search the docs…", and the
  sidebar link "API reference" reads "API" (the page's own title and heading stay
  "API reference").
- `broken`: the search never finds anything: always "No results for 'QUERY'".
"""

from __future__ import annotations

import html
import re

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.sites.common import SLOW_SECONDS, condition_of, render, templates

PREFIX = "/docs"
# slug (the path after the variant): (title, template of the page's content)
PAGES = {
    "": ("Getting started", "docs/pages/getting_started.html"),
    "configuration": ("Configuration", "docs/pages/configuration.html"),
    "api": ("API reference", "docs/pages/api.html"),
}


def plain_text(markup: str) -> str:
    """Return the words of an HTML fragment, as one line."""
    # Inline tags go without a trace ("`eu`." stays "eu."); any other tag separates words.
    inline_gone = re.sub(r"</?(?:a|code|em|strong)\b[^>]*>", "", markup)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", inline_gone)).split())


def search_index(base: str) -> list[dict[str, str]]:
    """Return what the search box searches: each page's title, address and plain text."""
    return [
        {
            "title": title,
            "url": f"{base}/{slug}",
            "text": plain_text(templates.get_template(template).render(base=base)),
        }
        for slug, (title, template) in PAGES.items()
    ]


async def page(request: Request) -> Response:
    variant = condition_of(request)
    slug: str = request.path_params.get("page", "")
    if slug not in PAGES:
        raise HTTPException(404)
    base = f"{PREFIX}/{variant}"
    renamed = variant == "renamed"
    title, template = PAGES[slug]
    sidebar = [
        (f"{base}/{each}", "API" if renamed and each == "api" else name, each == slug)
        for each, (name, _) in PAGES.items()
    ]
    search = {
        "index": search_index(base),
        "delayMs": int(SLOW_SECONDS * 1000) if variant == "slow" else 0,
        "finds": variant != "broken",
    }
    return render(
        request,
        "docs/page.html",
        base=base,
        title=title,
        content=template,
        sidebar=sidebar,
        search=search,
        search_label="Search the docs…" if renamed else "Search docs",
    )


def create_app() -> Starlette:
    """Build the docs site, to mount at PREFIX."""
    return Starlette(routes=[Route("/{variant}/", page), Route("/{variant}/{page}", page)])
