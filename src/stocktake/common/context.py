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


def purpose_key(purpose: str) -> bytes:
    """The HMAC key of `keyed_hash` for one purpose, for callers that hash many values at once."""
    return f"{settings.SECRET_KEY}:{purpose}".encode()


def keyed_hash(value: str, purpose: str) -> str:
    """A keyed hash, so logs can link repeated values without storing them."""
    key = purpose_key(purpose)
    # hmac.digest is OpenSSL's one-shot HMAC: the same value as hmac.new(...).hexdigest(), without
    # building two hash objects in Python (votes compute about twenty of these each).
    return hmac.digest(key, value.encode(), hashlib.sha256).hex()
