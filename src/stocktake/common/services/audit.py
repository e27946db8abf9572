"""Writing the audit log. Every service function that changes data calls `record` inside its
transaction, so the record exists exactly when the change does."""

from __future__ import annotations

import datetime
import decimal
import uuid
from typing import Any

from django.db import models

from stocktake.common import context
from stocktake.common.models import AuditLog


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID | decimal.Decimal):
        return str(value)
    if isinstance(value, models.Model):
        return str(getattr(value, "public_id", value.pk))
    if hasattr(value, "name") and hasattr(value, "url"):  # files
        return value.name or ""
    return value


def snapshot(instance: models.Model, fields: list[str] | None = None) -> dict:
    """The concrete field values of a model instance, for before/after records."""
    data = {}
    for f in instance._meta.concrete_fields:
        if fields is not None and f.name not in fields:
            continue
        if f.name in {"password"}:
            continue
        data[f.name] = _jsonable(getattr(instance, f.attname))
    return data


def record(
    actor,
    action: str,
    obj: models.Model | None = None,
    *,
    before: dict | None = None,
    after: dict | None = None,
    **extra: Any,
) -> AuditLog:
    ctx = context.current()
    actor_obj = actor if getattr(actor, "is_authenticated", False) else None
    return AuditLog.objects.create(
        actor=actor_obj,
        actor_label=getattr(actor_obj, "email", "") or ctx.channel,
        action=action,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(getattr(obj, "public_id", None) or getattr(obj, "pk", "") or "") if obj else "",
        object_label=str(obj)[:300] if obj is not None else "",
        before=_jsonable(before) if before is not None else None,
        after=_jsonable(after) if after is not None else None,
        extra=_jsonable(extra) | {"channel": ctx.channel} if extra or ctx.channel else None,
        ip_hash=context.keyed_hash(ctx.ip, "audit-ip")[:32] if ctx.ip else "",
        request_id=ctx.request_id,
    )
