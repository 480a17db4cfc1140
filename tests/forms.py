"""Sending the UI's forms and reading the errors they show, as a browser would."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def posted(
    client: TestClient, path: str, form: dict[str, object], headers: dict[str, str] | None = None
) -> str:
    """Send a form that must succeed; return where it went."""
    answer = client.post(path, data=form, headers=headers, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    location: str = answer.headers["location"]
    return location


def error_of(page: str, field_id: str) -> str:
    """Return the error shown next to a field, checking the field points at it."""
    field = re.search(rf'<(?:input|textarea|select)[^>]*id="{field_id}"[^>]*>', page, re.S)
    assert field, f"no field {field_id}"
    assert 'aria-invalid="true"' in field.group(0), f"{field_id} is not marked"
    assert f"{field_id}-error" in field.group(0), f"{field_id} does not point at its error"
    found = re.search(rf'<p class="field-error" id="{field_id}-error">(.*?)</p>', page, re.S)
    assert found, f"no error next to {field_id}"
    return found.group(1)
