"""The Playwright trace viewer's files, as the Playwright package ships them (no internet)."""

from __future__ import annotations

from pathlib import Path

import playwright

VIEWER_DIR = Path(playwright.__file__).parent / "driver/package/lib/vite/traceViewer"


def viewer_file(path: str, directory: Path = VIEWER_DIR) -> Path | None:
    """Return one of the viewer's files (its page for ""), or None for anything else."""
    root = directory.resolve()
    found = (root / (path or "index.html")).resolve()
    return found if found.is_relative_to(root) and found.is_file() else None
