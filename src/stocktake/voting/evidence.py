"""Turning a request into the facts stored with a vote: keyed hashes instead of addresses, a
coarse browser family instead of the full user-agent string, and the time the ballot was shown
(carried in a signed ticket the ballot page hands out)."""

from __future__ import annotations

import functools
import ipaddress
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing

from stocktake.common.context import keyed_hash

TICKET_SALT = "stocktake.voting.ballot"
TICKET_MAX_AGE_S = 6 * 3600


@dataclass(frozen=True)
class Evidence:
    ip: str = ""
    user_agent: str = ""
    channel: str = "web"
    ticket: str = ""  # signed ballot ticket, see `ballot_ticket`

    @classmethod
    def from_request(cls, request, *, channel: str = "web", ticket: str = "") -> Evidence:
        return cls(
            ip=request.META.get("REMOTE_ADDR", ""),
            user_agent=request.META.get("HTTP_USER_AGENT", "")[:300],
            channel=channel,
            ticket=ticket or "",
        )


def network_of(ip: str) -> str:
    """The /24 (IPv4) or /48 (IPv6) network an address belongs to, or '' for no address."""
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    prefix = 24 if address.version == 4 else 48
    return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False))


def ip_hashes(ip: str) -> tuple[str, str]:
    if not ip:
        return "", ""
    return _ip_hashes(ip, settings.SECRET_KEY)


@functools.lru_cache(maxsize=65_536)
def _ip_hashes(ip: str, _secret: str) -> tuple[str, str]:
    # Parsing the address and two HMACs, remembered per address: a network votes many times.
    return keyed_hash(ip, "vote-ip")[:32], keyed_hash(network_of(ip), "vote-net")[:32]


# Ordered: the first matching pattern names the family (Edge and Opera also say "Chrome").
_FAMILIES = [
    ("bot", re.compile(r"bot|crawl|spider", re.I)),
    ("headless", re.compile(r"headless|phantomjs|puppeteer|playwright|selenium", re.I)),
    ("script", re.compile(r"curl|wget|python|httpx|aiohttp|go-http|java/|okhttp|node-fetch|axios|postman", re.I)),
    ("Edge", re.compile(r"Edg/|Edge/")),
    ("Opera", re.compile(r"OPR/|Opera")),
    ("Samsung", re.compile(r"SamsungBrowser")),
    ("Firefox", re.compile(r"Firefox/|FxiOS")),
    ("Chrome", re.compile(r"Chrome/|CriOS")),
    ("Safari", re.compile(r"Safari/")),
]


def user_agent_family(user_agent: str) -> str:
    if not user_agent:
        return "none"
    for family, pattern in _FAMILIES:
        if pattern.search(user_agent):
            return family
    return "other"


def ballot_ticket(category_id: int) -> str:
    """A signed note of when a ballot for this category was shown, to measure time-to-vote."""
    return signing.dumps([category_id, int(time.time() * 1000)], salt=TICKET_SALT, compress=False)


def shown_ms(ticket: str, category_id: int, now_ms: int | None = None) -> int | None:
    """Milliseconds between showing the ballot and this vote; None for a missing or foreign ticket."""
    if not ticket:
        return None
    try:
        ticket_category, shown_at = signing.loads(ticket, salt=TICKET_SALT, max_age=TICKET_MAX_AGE_S)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if ticket_category != category_id:
        return None
    now_ms = now_ms if now_ms is not None else int(time.time() * 1000)
    return min(TICKET_MAX_AGE_S * 1000, max(0, now_ms - int(shown_at)))
