"""The data dir: which one HouseCat uses by default, and whether it can write there."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

DIR_NAME = ".housecat"


def default_data_dir() -> Path:
    """Return the nearest `.housecat` dir from the working dir upward, else the user's own.

    Like git finding its repository: every command run anywhere inside a project
    finds the same store, and one run elsewhere finds the user's, never a new empty one.
    """
    here = Path.cwd()
    for folder in (here, *here.parents):
        if (folder / DIR_NAME).is_dir():
            return folder / DIR_NAME
    return user_data_dir()


def user_data_dir() -> Path:
    """Return the user's data dir for HouseCat (XDG_DATA_HOME, else ~/.local/share)."""
    base = os.environ.get("XDG_DATA_HOME") or ""
    if not os.path.isabs(base):  # the XDG spec says to ignore a relative path
        try:
            base = str(Path.home() / ".local" / "share")
        except RuntimeError:  # no home directory: keep the data next to the command
            return Path.cwd() / DIR_NAME
    return Path(base) / "housecat"


def unusable_reason(path: Path) -> str | None:
    """Create the dir if needed; say why HouseCat cannot keep files there (None if it can)."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        return f"{path} is not a directory"
    except OSError as exc:
        return f"cannot create {path}: {exc.strerror or exc}"
    try:
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as exc:
        return f"cannot write in {path}: {exc.strerror or exc}"
    return None
