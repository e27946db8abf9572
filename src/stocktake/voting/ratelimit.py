"""A fixed-window counter in the cache for vote casting. With Redis (STOCKTAKE_REDIS_URL) the
count is shared by every app process and exact (INCR is atomic); the per-process memory cache of
an embedded install limits per process."""

from __future__ import annotations

import functools
import time

from django.conf import settings
from django.core.cache import cache

from stocktake.common.context import keyed_hash

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@functools.lru_cache(maxsize=32)
def parse(spec: str) -> tuple[tuple[int, int, str], ...]:
    """'20/m/user,300/m/ip' -> [(20, 60, 'user'), (300, 60, 'ip')]; '' disables."""
    limits: list[tuple[int, int, str]] = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        amount, period, kind = part.split("/")
        unit = period[-1]
        multiple = int(period[:-1] or 1)
        limits.append((int(amount), multiple * _UNITS[unit], kind))
    return tuple(limits)


def allow(action: str, *, user_id: int | None, ip: str) -> bool:
    """Count one attempt; False when any limit for `action` is exceeded in its current window."""
    limits = parse(settings.VOTING_RATE_LIMITS.get(action, ""))
    now = int(time.time())
    for amount, period, kind in limits:
        if kind == "user":
            if user_id is None:
                continue
            ident = str(user_id)
        elif kind == "ip":
            if not ip:
                continue
            ident = keyed_hash(ip, "ratelimit")[:24]
        else:
            continue
        key = f"rl:{action}:{kind}:{ident}:{period}:{now // period}"
        # incr() is atomic in Redis and locked in the memory cache; one round trip per limit in
        # the common case, add() only when a window starts.
        try:
            count = cache.incr(key)
        except ValueError:
            count = 1 if cache.add(key, 1, timeout=period + 1) else cache.incr(key)
        if count > amount:
            return False
    return True
