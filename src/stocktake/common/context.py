"""The request that a service call runs under, so audit records can say where a write came from."""

import contextvars
import hashlib
import hmac
import uuid
from dataclasses import dataclass, field

from django.conf import settings


@dataclass(frozen=True)
class RequestContext:
    ip: str = ""
    user_agent: str = ""
    request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    channel: str = "system"  # web, api, cli, admin, system


_current = contextvars.ContextVar("stocktake_request_context", default=None)


def current() -> RequestContext:
    return _current.get() or RequestContext()


def bind(ctx: RequestContext):
    return _current.set(ctx)


def reset(token) -> None:
    _current.reset(token)


def keyed_hash(value: str, purpose: str) -> str:
    """A keyed hash, so logs can link repeated values without storing them."""
    key = f"{settings.SECRET_KEY}:{purpose}".encode()
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()
