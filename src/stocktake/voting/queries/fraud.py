"""Fraud signals: patterns in the stored evidence that suggest votes were gamed. A signal never
invalidates anything by itself; it lists voters (or votes) for the secretariat to judge, with
the reason code an invalidation would carry.

Thresholds are defaults that a track can override in Track.settings["fraud_thresholds"]."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.db.models import Count, F, Max, Min, Q
from django.db.models.functions import TruncMinute
from django.utils.translation import gettext_lazy as _

from stocktake.voting.models import ReasonCode, Vote, Voter

DATA = Path(__file__).resolve().parent.parent / "data"

DEFAULT_THRESHOLDS = {
    "burst_votes_per_minute": 30,  # votes from one /24 or /48 network within one minute
    "domain_accounts": 50,  # voters sharing one (non-public) e-mail domain
    "fast_after_confirmation_s": 15,  # a vote this soon after confirming the address
    "timing_min_votes": 5,  # votes with a ballot ticket needed to judge click timing
    "timing_spread_ms": 250,  # time-on-ballot varying less than this across all of them
    "filler_min_votes": 5,  # votes needed to call "always the first card" a pattern
}
ROW_LIMIT = 200
_ONE_MINUTE = datetime.timedelta(minutes=1)


@cache
def _domain_list(name: str) -> frozenset[str]:
    lines = (DATA / name).read_text().splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def disposable_domains() -> frozenset[str]:
    return _domain_list("disposable_domains.txt")


def public_mail_domains() -> frozenset[str]:
    return _domain_list("public_mail_domains.txt")


def is_disposable(domain: str) -> bool:
    domain = domain.lower()
    return any(domain == d or domain.endswith("." + d) for d in disposable_domains())


@dataclass
class SignalRow:
    label: str
    detail: str
    voter_ids: list[int] = field(default_factory=list)
    vote_ids: list[int] = field(default_factory=list)


@dataclass
class Signal:
    key: str
    title: str
    explanation: str
    reason_code: str
    rows: list[SignalRow]


def thresholds(track) -> dict:
    return DEFAULT_THRESHOLDS | ((track.settings or {}).get("fraud_thresholds") or {})


def _votes(track):
    return Vote.objects.filter(category__track=track)


def network_bursts(track) -> Signal:
    limit = thresholds(track)["burst_votes_per_minute"]
    groups = (
        _votes(track)
        .exclude(network_hash="")
        .annotate(minute=TruncMinute("created_at"))
        .values("network_hash", "minute")
        .annotate(n=Count("id"), voters=Count("voter_id", distinct=True))
        .filter(n__gte=limit)
        .order_by("-n")[:ROW_LIMIT]
    )
    rows = []
    for g in groups:
        votes = list(
            _votes(track)
            .filter(network_hash=g["network_hash"], created_at__gte=g["minute"])
            .filter(created_at__lt=g["minute"] + _ONE_MINUTE)
            .values_list("pk", "voter_id")
        )
        rows.append(
            SignalRow(
                label=_("network %(net)s… at %(minute)s") % {"net": g["network_hash"][:10], "minute": g["minute"]},
                detail=_("%(n)d votes from %(voters)d voters in one minute") % g,
                voter_ids=sorted({v for _p, v in votes}),
                vote_ids=[p for p, _v in votes],
            )
        )
    return Signal(
        "network_bursts",
        str(_("Bursts from one network")),
        str(_("At least %(n)d votes within one minute from one /24 (IPv4) or /48 (IPv6) network.") % {"n": limit}),
        ReasonCode.NETWORK_BURST,
        rows,
    )


def email_domains(track) -> Signal:
    limit = thresholds(track)["domain_accounts"]
    public = public_mail_domains()
    voter_ids = _votes(track).values("voter_id")
    groups = (
        Voter.objects.filter(user_id__in=voter_ids)
        .values("email_domain")
        .annotate(n=Count("id"))
        .filter(n__gte=limit)
        .exclude(email_domain__in=public)
        .order_by("-n")[:ROW_LIMIT]
    )
    rows = []
    for g in groups:
        ids = list(
            Voter.objects.filter(user_id__in=voter_ids, email_domain=g["email_domain"]).values_list(
                "user_id", flat=True
            )
        )
        rows.append(SignalRow(g["email_domain"], _("%(n)d voters") % g, voter_ids=ids))
    return Signal(
        "email_domains",
        str(_("Many accounts from one e-mail domain")),
        str(
            _("At least %(n)d voters whose addresses share one domain (large public mail services left out).")
            % {"n": limit}
        ),
        ReasonCode.EMAIL_DOMAIN,
        rows,
    )


def disposable_email(track) -> Signal:
    voters = Voter.objects.filter(user_id__in=_votes(track).values("voter_id")).values_list("user_id", "email_domain")
    by_domain: dict[str, list[int]] = {}
    for user_id, domain in voters:
        if is_disposable(domain):
            by_domain.setdefault(domain, []).append(user_id)
    rows = [
        SignalRow(domain, _("%(n)d voters") % {"n": len(ids)}, voter_ids=sorted(ids))
        for domain, ids in sorted(by_domain.items(), key=lambda kv: -len(kv[1]))
    ]
    return Signal(
        "disposable_email",
        str(_("Disposable e-mail addresses")),
        str(_("Voters whose address belongs to a known throw-away mail service.")),
        ReasonCode.DISPOSABLE_EMAIL,
        rows[:ROW_LIMIT],
    )


def fast_after_confirmation(track) -> Signal:
    limit = thresholds(track)["fast_after_confirmation_s"]
    groups = (
        _votes(track)
        .filter(since_confirmation_s__lt=limit)
        .values("voter_id")
        .annotate(n=Count("id"), fastest=Min("since_confirmation_s"))
        .order_by("fastest")[:ROW_LIMIT]
    )
    rows = [
        SignalRow(
            _("voter #%(id)d") % {"id": g["voter_id"]},
            _("%(n)d votes, the first %(fastest)d s after confirming") % g,
            voter_ids=[g["voter_id"]],
        )
        for g in groups
    ]
    return Signal(
        "fast_after_confirmation",
        str(_("Votes within seconds of confirmation")),
        str(_("Votes cast less than %(n)d seconds after the voter confirmed the e-mail address.") % {"n": limit}),
        ReasonCode.FAST_AFTER_CONFIRMATION,
        rows,
    )


def identical_timing(track) -> Signal:
    t = thresholds(track)
    groups = (
        _votes(track)
        .filter(shown_ms__isnull=False)
        .values("voter_id")
        .annotate(n=Count("id"), low=Min("shown_ms"), high=Max("shown_ms"))
        .filter(n__gte=t["timing_min_votes"], high__lte=F("low") + t["timing_spread_ms"])
        .order_by("-n")[:ROW_LIMIT]
    )
    rows = [
        SignalRow(
            _("voter #%(id)d") % {"id": g["voter_id"]},
            _("%(n)d votes, each %(low)d–%(high)d ms after the ballot was shown") % g,
            voter_ids=[g["voter_id"]],
        )
        for g in groups
    ]
    scripted = (
        _votes(track)
        .filter(user_agent_family__in=["script", "headless", "bot", "none"])
        .values("voter_id", "user_agent_family")
        .annotate(n=Count("id"))
        .order_by("-n")[:ROW_LIMIT]
    )
    rows += [
        SignalRow(
            _("voter #%(id)d") % {"id": g["voter_id"]},
            _("%(n)d votes from a %(family)s client") % {"n": g["n"], "family": g["user_agent_family"]},
            voter_ids=[g["voter_id"]],
        )
        for g in scripted
    ]
    return Signal(
        "identical_timing",
        str(_("Machine-like timing or clients")),
        str(
            _(
                "Voters whose time from ballot to vote hardly varies over %(n)d or more votes, and votes sent by "
                "scripts, headless browsers or clients without a browser name."
            )
            % {"n": t["timing_min_votes"]}
        ),
        ReasonCode.SCRIPTED_TIMING,
        rows,
    )


def filler_votes(track) -> Signal:
    limit = thresholds(track)["filler_min_votes"]
    groups = (
        _votes(track)
        .filter(position__isnull=False)
        .values("voter_id")
        .annotate(n=Count("id"), first=Count("id", filter=Q(position=0)))
        .filter(n__gte=limit, first__gte=F("n") - 1)
        .order_by("-n")[:ROW_LIMIT]
    )
    rows = [
        SignalRow(
            _("voter #%(id)d") % {"id": g["voter_id"]},
            _("chose the first card in %(first)d of %(n)d categories") % g,
            voter_ids=[g["voter_id"]],
        )
        for g in groups
    ]
    return Signal(
        "filler_votes",
        str(_("Filler votes")),
        str(
            _(
                "Voters who picked the first card shown in every category but at most one (%(n)d or more votes): "
                "typical of people who vote for one project and click through the rest to complete the ballot."
            )
            % {"n": limit}
        ),
        ReasonCode.FILLER_VOTES,
        rows,
    )


def all_signals(track) -> list[Signal]:
    return [
        network_bursts(track),
        email_domains(track),
        disposable_email(track),
        fast_after_confirmation(track),
        identical_timing(track),
        filler_votes(track),
    ]
