"""Take secrets out of a kept Playwright trace: its actions, DOM snapshots and network log.

A trace records what was typed (a fill's value, an input's value in each snapshot, a
form's body), so a run that typed a secret would keep it in clear. Every text file of the
zip is rewritten with each secret masked, as typed, as a URL writes it and as JSON escapes
it. Images are left as they are: a password field shows only dots, and a screenshot of a
page that prints a secret is the one exception everywhere (see README).
"""

from __future__ import annotations

import json
import logging
import os
import zipfile
from collections.abc import Iterable
from pathlib import Path

from housecat.plan.variables import redact
from housecat.runs.redaction import spellings

log = logging.getLogger(__name__)
# Trace entries that are pictures, never text.
_IMAGES = (".jpeg", ".jpg", ".png", ".webp", ".gif")


def scrub_trace(path: Path, secrets: Iterable[str]) -> bool:
    """Rewrite the trace zip at `path` with every secret masked; False if it had to go."""
    forms = spellings(secrets)
    forms |= {json.dumps(form)[1:-1] for form in forms}  # as a JSON string holds it
    if not forms:
        return True
    scrubbed = path.with_name(f"{path.name}.scrubbing")
    try:
        with (
            zipfile.ZipFile(path) as source,
            zipfile.ZipFile(scrubbed, "w", zipfile.ZIP_DEFLATED) as target,
        ):
            for entry in source.infolist():
                target.writestr(entry, _masked(entry.filename, source.read(entry), forms))
        os.replace(scrubbed, path)
        return True
    except (OSError, zipfile.BadZipFile) as exc:
        # A trace that cannot be scrubbed is not kept: it may hold a secret.
        log.warning("dropping trace %s: cannot scrub it: %s", path, exc)
        scrubbed.unlink(missing_ok=True)
        path.unlink(missing_ok=True)
        return False


def _masked(name: str, data: bytes, forms: set[str]) -> bytes:
    if name.lower().endswith(_IMAGES):
        return data
    try:
        text = data.decode()
    except UnicodeDecodeError:
        return data  # not text
    return redact(text, forms).encode()
