"""Read checks of the page's own health: no script errors, no broken images.

These are what the journey's pages did, never words on them: "no JavaScript errors" read
as an absent alert would pass on any page, the broken one included.
"""

from __future__ import annotations

import re

from housecat.plan.models import Action

# "in the console", "in console", "in the browser's console log"
_IN_THE_CONSOLE = (
    r"(?:in|on) (?:the )?(?:browser(?:['’]s)? |javascript |js |dev ?tools )?console(?: log)?"
)
_SCRIPT_ERRORS = (
    r"(?P<errors>(?:javascript|js|script|console|browser console) errors?"
    rf"|(?:javascript |js |script )?errors? {_IN_THE_CONSOLE})"
)
_IMAGES = r"(?:images?|pictures?|img(?: tags?)?)"
_SUBJECT = (
    r"(?:(?:(?P<subject>(?:the )?[\w'’-]+(?: [\w'’-]+){0,3}?) (?P<verb>loads|loaded|has|shows"
    r"|throws|logs|should load|should have|should show|must load)(?: with)? )?"
    r"(?:there(?: (?:are|is|should be|must be|were)|['’]s) )?(?:no|zero|without(?: any)?) "
    # "the page should not have any broken images", as "… should have no …"
    r"|(?P<subject2>(?:the )?[\w'’-]+(?: [\w'’-]+){0,3}?) (?:should not|shouldn['’]t|must not"
    r"|does not|doesn['’]t|did not|didn['’]t) (?:have|show|load with|throw|log) any )"
)
PAGE_HEALTH = (
    rf"^{_SUBJECT}(?:{_SCRIPT_ERRORS}|broken {_IMAGES})"
    r"(?: (?:are |were )?(?:logged|thrown|shown|reported|appear|occur|show up))?"
    rf"(?: (?:{_IN_THE_CONSOLE}|on the page))?$"
    r"|^(?:the )?(?:browser(?:['’]s)? |javascript |js )?console (?:has|shows|logs|should"
    r" (?:have|show|log)) no (?P<logged>errors?)$"
    # "check the console for errors": look there for any, and fail on one
    r"|^(?:the )?(?:browser(?:['’]s)? |javascript |js )?console for (?P<looked>errors?)$"
    rf"|^no {_IMAGES}(?: on the page)? (?:are|is) broken$"
    rf"|^(?:all|every)(?: of)?(?: the)? {_IMAGES}(?: on the page)?"
    r" (?:(?:should|must|will) (?:have )?)?(?:loads?|loaded|are loaded|is loaded|have loaded"
    r"|has loaded)"
    r"(?: correctly| properly| fine)?$"
)
# "errors in the console", looked for: any one fails the check
CONSOLE_ERRORS = re.compile(
    rf"^(?:any )?(?:javascript |js |script )?errors? {_IN_THE_CONSOLE}$", re.I
)
# The page itself, of which "has no errors" says the whole journey's pages.
THE_PAGE = re.compile(r"^(?:the |this )?(?:page|site|web ?site|web ?app|app)$", re.I)


def health_check(match: re.Match[str]) -> Action:
    """The check a page-health statement asks for."""
    if match["errors"] or match["logged"] or match["looked"]:
        return "expect_no_errors"
    return "expect_no_broken_images"
