"""Writes for national coordination. Each function checks its rule, validates, writes and audits in
one transaction. Commands and the worker act as SYSTEM: whoever can run them on the server is
already trusted with the whole database, so no rule applies, but the audit log still says "system"."""

from stocktake.common import permissions


class _System:
    is_authenticated = False
    email = ""

    def __str__(self):
        return "system"


SYSTEM = _System()


def require(actor, permission: str, obj=None) -> None:
    if actor is SYSTEM:
        return
    permissions.require(actor, permission, obj)
