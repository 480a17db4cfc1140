"""Orders: a server-side searchable, filterable data table with a page per order.

Served at `/orders/{variant}/`; `{variant}` is `ok`, `slow`, `renamed` or `broken`.

The list page (title "Orders — Backoffice", heading h1 "Orders"), everything in plain GET forms:
- A search form (`<form role="search">`): `<input type=search name=q aria-label="Search orders"
  placeholder="Search orders">` and a `<button>` "Search". The query matches, case-insensitively,
  part of an order number (with or without "#": "1004", "#1004") or of a customer's name
  ("smith", "Anna").
- Filters, in a second form: `<fieldset>` with legend "Status" holding labelled checkboxes
  (name `status`) "Pending", "Shipped", "Delivered", "Cancelled" (none ticked = any status), a
  labelled `<select name=region>` "Region" with "All regions" (value ""), "Europe", "Americas",
  "Asia", and a `<button>` "Apply filters". Each form carries the other's current values, so a
  search keeps the filters and the reverse.
- `<table>` with `<caption>` "Orders" and header cells "Order", "Customer", "Status", "Region",
  "Total"; one row per matching order, its first cell a link "#1004" to
  `/orders/{variant}/orders/1004`.
- `<p role="status">` "Showing N of 12 orders"; with no match the table body is empty and
  `<p>` "No orders match" follows it.

The 12 orders (number, customer, status, region, total):
#1001 Maria Garcia, Shipped, Europe, $249.90 · #1002 James Smith, Pending, Americas, $89.50 ·
#1003 Wei Chen, Delivered, Asia, $1,420.00 · #1004 Anna Smith, Shipped, Europe, $1,250.00 ·
#1005 Lars Jensen, Cancelled, Europe, $35.00 · #1006 Priya Patel, Pending, Asia, $612.40 ·
#1007 Carlos Garcia, Delivered, Americas, $74.99 · #1008 Yuki Tanaka, Shipped, Asia, $2,310.00 ·
#1009 Olivia Brown, Delivered, Americas, $158.00 · #1010 Sofia Rossi, Pending, Europe, $47.25 ·
#1011 Noah Wilson, Cancelled, Americas, $980.00 · #1012 Hana Kim, Delivered, Asia, $305.60.
(Garcia and Smith are each shared by two customers.)

An order's page `/orders/{variant}/orders/{number}` (title "Order #1004 — Backoffice"): heading
h1 "Order #1004", a `<dl>` with "Customer", "Status", "Region", "Total", a heading h2 "Items"
over a `<ul>` of line items ("2 × Rug — $150.00 each") and a link "Back to orders". An unknown
number answers 404.

Variants:
- `ok`: as above.
- `slow`: the list answers after 1.5 s whenever a search or a filter is in the URL (`q`,
  `status` or `region` present); the plain list and the order pages answer at once.
- `renamed`: the search input's placeholder and aria-label are "Find an order", its button is
  "Go", and "Apply filters" is "Update results". Results are the same.
- `broken`: the search ignores the query (all 12 rows, "Showing 12 of 12 orders", the box still
  shows the query) and the status checkboxes filter nothing; the region filter still works.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.sites.common import answer_late, condition_of, render

PREFIX = "/orders"
STATUSES = ("Pending", "Shipped", "Delivered", "Cancelled")
REGIONS = ("Europe", "Americas", "Asia")


@dataclass(frozen=True)
class Order:
    number: int
    customer: str
    status: str
    region: str
    # (item, quantity, unit price in cents)
    items: tuple[tuple[str, int, int], ...]

    @property
    def total(self) -> str:
        return money(sum(quantity * cents for _, quantity, cents in self.items))


def money(cents: int) -> str:
    """Format cents as dollars, e.g. 125000 → "$1,250.00"."""
    return f"${cents // 100:,}.{cents % 100:02d}"


ORDERS = (
    Order(1001, "Maria Garcia", "Shipped", "Europe", (("Desk lamp", 2, 4995), ("Shelf", 1, 15000))),
    Order(1002, "James Smith", "Pending", "Americas", (("Notebook", 5, 1790),)),
    Order(1003, "Wei Chen", "Delivered", "Asia", (("Standing desk", 2, 71000),)),
    Order(1004, "Anna Smith", "Shipped", "Europe", (("Armchair", 1, 95000), ("Rug", 2, 15000))),
    Order(1005, "Lars Jensen", "Cancelled", "Europe", (("Mug", 4, 875),)),
    Order(
        1006, "Priya Patel", "Pending", "Asia", (("Monitor arm", 2, 18620), ("Cable tray", 4, 6000))
    ),
    Order(1007, "Carlos Garcia", "Delivered", "Americas", (("Desk mat", 1, 7499),)),
    Order(1008, "Yuki Tanaka", "Shipped", "Asia", (("Sofa", 1, 231000),)),
    Order(1009, "Olivia Brown", "Delivered", "Americas", (("Plant stand", 2, 7900),)),
    Order(1010, "Sofia Rossi", "Pending", "Europe", (("Coasters", 3, 1575),)),
    Order(1011, "Noah Wilson", "Cancelled", "Americas", (("Bookcase", 2, 49000),)),
    Order(
        1012, "Hana Kim", "Delivered", "Asia", (("Side table", 1, 24560), ("Lamp shade", 2, 3000))
    ),
)


@dataclass(frozen=True)
class Wording:
    search: str = "Search orders"
    search_button: str = "Search"
    apply_button: str = "Apply filters"


RENAMED = Wording(search="Find an order", search_button="Go", apply_button="Update results")


def matches(order: Order, query: str) -> bool:
    """Tell whether a query names part of the order's number or of its customer."""
    query = query.strip().lower().lstrip("#")
    return query in str(order.number) or query in order.customer.lower()


def select(query: str, statuses: list[str], region: str, broken: bool) -> list[Order]:
    """Return the orders a search and filters select (the broken variant ignores two of them)."""
    chosen = list(ORDERS)
    if query and not broken:
        chosen = [order for order in chosen if matches(order, query)]
    if statuses and not broken:
        chosen = [order for order in chosen if order.status in statuses]
    if region:
        chosen = [order for order in chosen if order.region == region]
    return chosen


async def listing(request: Request) -> Response:
    """Show the orders that the URL's search and filters select."""
    variant = condition_of(request)
    params = request.query_params
    if {"q", "status", "region"} & set(params):
        await answer_late(variant)
    query = params.get("q", "")
    statuses = [status for status in params.getlist("status") if status in STATUSES]
    region = params.get("region", "")
    if region not in REGIONS:
        region = ""
    return render(
        request,
        "orders/list.html",
        base=f"{PREFIX}/{variant}",
        words=RENAMED if variant == "renamed" else Wording(),
        orders=select(query, statuses, region, broken=variant == "broken"),
        total=len(ORDERS),
        query=query,
        statuses=statuses,
        region=region,
        all_statuses=STATUSES,
        regions=REGIONS,
    )


async def detail(request: Request) -> Response:
    variant = condition_of(request)
    number: int = request.path_params["number"]
    order = next((order for order in ORDERS if order.number == number), None)
    if order is None:
        raise HTTPException(404)
    return render(
        request, "orders/order.html", base=f"{PREFIX}/{variant}", order=order, money=money
    )


def create_app() -> Starlette:
    """Build the orders site, to mount at PREFIX."""
    return Starlette(
        routes=[
            Route("/{variant}/", listing),
            Route("/{variant}/orders/{number:int}", detail),
        ]
    )
