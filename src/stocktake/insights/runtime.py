"""The fitted models of this process: loaded from DATA_DIR/insights/, kept fresh from the database.

`stocktake insights rebuild` fits both models and writes them atomically to DATA_DIR/insights/.
Each app process loads them on first use. Between rebuilds, entries published (or withdrawn)
anywhere, by any process, reach this process's duplicate index within REFRESH_SECONDS: before a
query, rows changed since the last look are read back (one indexed query), so several gunicorn
workers agree without talking to each other. Rows deleted outright leave no trace to read back, so
whoever deletes indexed rows stores the corrected index (`save`); every save writes a new token
into the manifest, and a process whose models came from an older save (or an older rebuild)
loads the stored ones at its next look. Without fitted files (a fresh install), the suggester is
fitted from the taxonomy alone in under a second and the index from the database.
"""

from __future__ import annotations

import datetime
import json
import os
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import joblib
from django.conf import settings
from django.utils import timezone

from stocktake.insights.engine.duplicates import CosineDuplicateIndex
from stocktake.insights.engine.lexical import LexicalSuggester

REFRESH_SECONDS = 5.0
SUGGESTER_FILE = "suggester.joblib"
INDEX_FILE = "duplicates.joblib"
MANIFEST_FILE = "manifest.json"


def artefact_dir() -> Path:
    return Path(settings.DATA_DIR) / "insights"


@dataclass
class Models:
    suggester: LexicalSuggester
    index: CosineDuplicateIndex
    # Rows changed up to this moment are in the index.
    watermark: datetime.datetime
    manifest: dict = field(default_factory=dict)
    checked_at: float = 0.0
    # The token of the stored save these models match (None: never stored, e.g. fitted in memory).
    saved_as: str | None = None


_lock = threading.RLock()
_models: Models | None = None


def get() -> Models:
    """This process's models, loading or fitting them on first use."""
    global _models
    with _lock:
        if _models is None:
            _models = _load() or _fit_fresh()
        return _models


def available() -> Models | None:
    """The models if this process has them or they are stored; never fits (used on writes, where
    fitting from scratch would read everything anyway, including the change being made)."""
    global _models
    with _lock:
        if _models is None:
            _models = _load()
        return _models


def refreshed() -> Models:
    """The models, with changes other processes made since the last look folded in: a newer save
    of the stored models is loaded, then rows changed since its watermark are read back."""
    global _models
    models = get()
    with _lock:
        if time.monotonic() - models.checked_at >= REFRESH_SECONDS:
            from stocktake.insights.services import indexing

            stored = _stored_token()
            if stored is not None and stored != models.saved_as:
                models = _models = _load() or models
            indexing.catch_up(models)
            models.checked_at = time.monotonic()
    return models


def replace(models: Models | None) -> None:
    """Swap in new models (after a rebuild), or forget them (tests) so the next use reloads."""
    global _models
    with _lock:
        _models = models


def save(models: Models) -> None:
    """Store the models with a manifest naming this save, which other processes compare with the
    save they loaded (see `refreshed`)."""
    folder = artefact_dir()
    folder.mkdir(parents=True, exist_ok=True)
    _atomic_dump(models.suggester, folder / SUGGESTER_FILE)
    _atomic_dump(models.index, folder / INDEX_FILE)
    token = uuid.uuid4().hex
    models.manifest = models.manifest | {"documents": len(models.index), "saved": token}
    manifest = models.manifest | {"watermark": models.watermark.isoformat()}
    _atomic_write(folder / MANIFEST_FILE, json.dumps(manifest, indent=2, sort_keys=True).encode())
    models.saved_as = token


def _stored_token() -> str | None:
    try:
        return json.loads((artefact_dir() / MANIFEST_FILE).read_text()).get("saved")
    except (FileNotFoundError, ValueError):
        return None


def _load() -> Models | None:
    folder = artefact_dir()
    try:
        manifest = json.loads((folder / MANIFEST_FILE).read_text())
        # Only files this platform wrote into its own data directory are ever loaded.
        suggester = joblib.load(folder / SUGGESTER_FILE)
        index = joblib.load(folder / INDEX_FILE)
    except (FileNotFoundError, ValueError, EOFError):
        return None
    if manifest.get("suggester") != LexicalSuggester.name or manifest.get("index") != CosineDuplicateIndex.name:
        return None  # written by another model version: refit
    watermark = datetime.datetime.fromisoformat(manifest["watermark"])
    return Models(suggester, index, watermark, manifest, saved_as=manifest.get("saved"))


def _fit_fresh() -> Models:
    from stocktake.insights.services import indexing

    return indexing.fit_models()


def _atomic_dump(obj, path: Path) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    os.close(fd)
    try:
        joblib.dump(obj, tmp, compress=3)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def now() -> datetime.datetime:
    return timezone.now()
