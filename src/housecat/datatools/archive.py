"""The backup file: a tar.gz of a manifest, the Valkey snapshot and the artifact files.

housecat-backup.json   what it is (format, version, counts, where the files were)
valkey/dump.rdb        the store at one instant, as Valkey writes it (BGSAVE)
artifacts/{test}/...   the screenshots and traces runs left
"""

from __future__ import annotations

import io
import json
import os
import tarfile
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ValidationError

from housecat.errors import HouseCatError

FORMAT = "housecat-backup"
FORMAT_VERSION = 1
MANIFEST = "housecat-backup.json"
SNAPSHOT = "valkey/dump.rdb"
ARTIFACTS = "artifacts"


class BadBackup(HouseCatError):
    """A file that is not a HouseCat backup this version can restore."""

    status_code = 422


class Manifest(BaseModel):
    """What a backup holds, and where its artifact files were when it was made."""

    format: Literal["housecat-backup"] = "housecat-backup"
    version: int = FORMAT_VERSION
    created_at: str
    housecat_version: str
    # Runs name their screenshots and traces by path under this dir; a restore elsewhere
    # rewrites those paths to the new data dir's.
    artifacts_dir: str
    tests: int
    runs: int
    keys: int
    files: int


def write_archive(file: Path, manifest: Manifest, snapshot: Path, artifacts_dir: Path) -> None:
    """Write the archive beside `file`, then move it into place: never a half-written backup."""
    partial = file.with_name(f".{file.name}.partial")
    try:
        with tarfile.open(partial, "w:gz") as archive:
            _add_bytes(archive, MANIFEST, manifest.model_dump_json(indent=2).encode())
            archive.add(snapshot, arcname=SNAPSHOT)
            for path in _files_under(artifacts_dir):
                try:
                    archive.add(path, arcname=f"{ARTIFACTS}/{path.relative_to(artifacts_dir)}")
                except FileNotFoundError:
                    continue  # retention removed it since the snapshot: no run needs it
        os.replace(partial, file)
    finally:
        partial.unlink(missing_ok=True)


def read_manifest(file: Path) -> Manifest:
    """Check that `file` is a backup this version restores, and return its manifest."""
    try:
        with tarfile.open(file, "r:gz") as archive:
            # Written first, so it is read without unpacking the rest.
            first = archive.next()
            member = archive.extractfile(first) if first and first.name == MANIFEST else None
            if member is None:
                raise BadBackup(f"{file} is not a HouseCat backup (it starts with no {MANIFEST})")
            raw = member.read()
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise BadBackup(f"{file} is not a HouseCat backup: {_reason(exc)}") from None
    try:
        fields = json.loads(raw)
        if fields.get("format") != FORMAT:
            raise ValueError("unknown format")
    except (ValueError, AttributeError):
        raise BadBackup(f"{file} is not a HouseCat backup (its {MANIFEST} is unreadable)") from None
    if fields.get("version") != FORMAT_VERSION:
        raise BadBackup(
            f"{file} is a backup of format version {fields.get('version')}; "
            f"this HouseCat restores version {FORMAT_VERSION}"
        )
    try:
        return Manifest.model_validate(fields)
    except ValidationError:
        raise BadBackup(f"{file} is not a HouseCat backup (its {MANIFEST} is unreadable)") from None


def extract(file: Path, into: Path) -> tuple[Path, Path]:
    """Unpack the snapshot and the artifacts into `into`; return where each went."""
    try:
        with tarfile.open(file, "r:gz") as archive:
            wanted = [
                member
                for member in archive.getmembers()
                if member.name == SNAPSHOT or member.name.startswith(f"{ARTIFACTS}/")
            ]
            # The "data" filter refuses absolute paths, '..', links out and devices.
            archive.extractall(into, members=wanted, filter="data")
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise BadBackup(f"{file} cannot be unpacked: {_reason(exc)}") from None
    if not (into / SNAPSHOT).is_file():
        raise BadBackup(f"{file} is not a whole HouseCat backup (it has no {SNAPSHOT})")
    return into / SNAPSHOT, into / ARTIFACTS


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    archive.addfile(info, io.BytesIO(data))


def _files_under(directory: Path) -> list[Path]:
    """Every regular file under `directory`, in a stable order."""
    found = []
    for folder, _, names in os.walk(directory):
        found += [Path(folder) / name for name in names if (Path(folder) / name).is_file()]
    return sorted(found)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__
