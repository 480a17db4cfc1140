"""The fields a change touched, with every secret value left out."""

from __future__ import annotations

import json

from housecat.audit.models import Change

# Kept in every record but no change of the record's own: bookkeeping and run outcomes.
_NOT_CHANGES = frozenset(
    {"id", "created_at", "updated_at", "schedule_id", "last_result", "last_run_at"}
)
# Fields whose values are secret: their names (a dict's keys) may be shown, never values.
_SECRET_DICTS = frozenset({"secrets"})
_SECRET_WORDS = ("password", "token", "secret", "api_key")
HIDDEN = "••••••••"


def changed_fields(before: dict[str, str], after: dict[str, str]) -> list[Change]:
    """List the fields whose stored (hash) values differ, in a safe form for the trail."""
    changes = []
    for field in sorted((before.keys() | after.keys()) - _NOT_CHANGES):
        old, new = before.get(field, ""), after.get(field, "")
        if old == new:
            continue
        changes.append(_shown(field, old, new))
    return changes


def touches_only_secrets(changes: list[Change]) -> bool:
    """Tell whether a change touched secrets and nothing else."""
    return bool(changes) and all(is_secret(change.field) for change in changes)


def is_secret(field: str) -> bool:
    return field in _SECRET_DICTS or any(word in field.lower() for word in _SECRET_WORDS)


def _shown(field: str, old: str, new: str) -> Change:
    if field in _SECRET_DICTS:
        return Change(field=field, old=_names(old), new=_names(new, changed_from=old))
    if is_secret(field):
        return Change(field=field, old=HIDDEN if old else "", new=HIDDEN if new else "")
    return Change(field=field, old=old, new=new)


def _names(stored: str, *, changed_from: str | None = None) -> str:
    """Name the secrets a stored JSON dict holds, marking those whose value changed."""
    values = _as_dict(stored)
    earlier = _as_dict(changed_from) if changed_from is not None else values
    return ", ".join(
        f"{name} (new value)" if name in earlier and earlier[name] != value else name
        for name, value in sorted(values.items())
    )


def _as_dict(stored: str) -> dict[str, object]:
    try:
        values = json.loads(stored) if stored else {}
    except ValueError:
        return {}
    return values if isinstance(values, dict) else {}
