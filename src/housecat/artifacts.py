"""Where runs' artifacts (screenshots, traces) live on disk: a directory per test."""

from __future__ import annotations

import glob
import logging
import shutil
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)


class Artifacts:
    """Name and remove the files that runs leave under the artifacts directory."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def of_test(self, test_id: str) -> Path:
        """Return the directory of one test's files, `{root}/{test_id}`."""
        if Path(test_id).name != test_id or test_id in ("", ".", ".."):
            raise ValueError(f"not a test id: {test_id!r}")
        return self.root / test_id

    def trace(self, test_id: str, run_id: str) -> Path:
        """Return where a run's trace is kept, `{root}/{test_id}/{run_id}-trace.zip`."""
        return self.of_test(test_id) / f"{run_id}-trace.zip"

    def remove_runs(self, test_id: str, run_ids: Iterable[str]) -> None:
        """Delete the files of these runs (each named `{run_id}-…`)."""
        directory = self.of_test(test_id)
        for run_id in run_ids:
            for path in directory.glob(f"{glob.escape(run_id)}-*"):
                try:
                    path.unlink(missing_ok=True)
                except OSError as exc:
                    log.warning("cannot delete %s: %s", path, exc)

    def remove_test(self, test_id: str) -> None:
        """Delete a test's directory with everything in it."""
        directory = self.of_test(test_id)
        try:
            shutil.rmtree(directory)
        except FileNotFoundError:
            pass  # its runs never failed a step
        except OSError as exc:
            log.warning("cannot delete %s: %s", directory, exc)
