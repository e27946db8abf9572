"""Loads the demo data set. Each domain app that has demo data exposes `demo.load(ctx)`; they run
in dependency order. Every loader is idempotent (keyed on stable keys) and deterministic."""

import datetime
import importlib
from dataclasses import dataclass, field

from django.db import transaction

# Order matters: later loaders use what earlier ones made.
LOADERS = ["accounts", "repository", "contests", "judging", "voting", "coordination", "insights", "reports"]

DEMO_PASSWORD = "stocktake-demo-2026"  # noqa: S105 - documented demo password


@dataclass
class DemoContext:
    entries: int = 2400
    seed: int = 2026
    log: callable = print
    # The live edition's stage (see stocktake.demo.timeline) and the moment its dates are placed around.
    # None keeps the stage a loaded demo is at (a new demo starts at timeline.DEFAULT_STAGE).
    stage: str | None = None
    now: datetime.datetime | None = None
    # Shared between loaders: e.g. users by role, organisations by key.
    users: dict = field(default_factory=dict)
    organisations: dict = field(default_factory=dict)


def run(ctx: DemoContext) -> None:
    for app in LOADERS:
        try:
            module = importlib.import_module(f"stocktake.{app}.demo")
        except ModuleNotFoundError as exc:
            if exc.name != f"stocktake.{app}.demo":
                raise
            continue
        with transaction.atomic():
            module.load(ctx)
