"""The personal dashboard is made of panels that each app contributes.

An app registers its panels once, in its AppConfig.ready():

    from stocktake.web.dashboard import Panel, register
    register(Panel("repository/dashboard/_my_entries.html", my_entries_context, order=20))

`context(request)` returns the panel's template context, or None to leave the panel out (for
people without the role, say). Panels show in `order`; the template gets `panel` and its context
and should start with an <h2>.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpRequest


@dataclass(frozen=True)
class Panel:
    template: str
    context: Callable[[HttpRequest], dict | None]
    order: int = 100


_PANELS: list[Panel] = []


def register(panel: Panel) -> Panel:
    if panel not in _PANELS:
        _PANELS.append(panel)
    return panel


def panels_for(request: HttpRequest) -> list[tuple[Panel, dict]]:
    shown = []
    for panel in sorted(_PANELS, key=lambda p: p.order):
        context = panel.context(request)
        if context is not None:
            shown.append((panel, context))
    return shown


def _organisations(request) -> dict:
    memberships = request.user.memberships.select_related("organisation__country", "organisation__stakeholder_type")
    return {"memberships": list(memberships)}


def _roles(request) -> dict | None:
    assignments = list(request.user.role_assignments.select_related("country").order_by("role"))
    return {"assignments": assignments} if assignments else None


def _account(request) -> dict:
    return {"account": request.user}


register(Panel("web/dashboard/_organisations.html", _organisations, order=10))
register(Panel("web/dashboard/_roles.html", _roles, order=80))
register(Panel("web/dashboard/_account.html", _account, order=90))
