"""The trail as a file: CSV for spreadsheets, JSON lines for scripts."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from housecat.audit.models import AuditEntry

COLUMNS = ("id", "at", "actor", "action", "kind", "entity_id", "name", "changes", "detail")
# A cell a spreadsheet would take for a formula: shown as text instead (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_csv(entries: Sequence[AuditEntry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for entry in entries:
        changes = "; ".join(
            f"{change.field}: {change.old!s} -> {change.new!s}" for change in entry.changes
        )
        row = [*(str(getattr(entry, column)) for column in COLUMNS[:7]), changes, entry.detail]
        writer.writerow([_text(cell) for cell in row])
    return out.getvalue()


def as_jsonl(entries: Sequence[AuditEntry]) -> str:
    return "".join(entry.model_dump_json() + "\n" for entry in entries)


def _text(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell
