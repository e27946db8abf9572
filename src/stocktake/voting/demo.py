"""Demo voting for the past (2025) and the live (2026) edition: several hundred voters, a few gamed
groups the secretariat caught (with ledger entries, one of them reversed), the published count and
the expert group's winners. The demo voter has voted in every category of a closed vote ("voting
complete").

If an edition's voting phase is still open when the demo is loaded, only the votes cast up to now
are added (in proportion to the time elapsed) and nothing is published, so a new user can vote.
Unless every category of an edition has nominees (the contests and judging demos make them) this
does nothing for it. Idempotent: an edition is skipped once it has votes.

Votes are bulk-inserted for speed, with evidence computed by the same helpers the service uses;
every decision about them (invalidation, reversal, results, winners) goes through the services."""

from __future__ import annotations

import datetime
import random

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password

from stocktake.accounts.models import User
from stocktake.common.context import keyed_hash
from stocktake.contests.models import Submission, Track
from stocktake.demo import timeline
from stocktake.voting import evidence as ev
from stocktake.voting import queries
from stocktake.voting.models import Vote, Voter
from stocktake.voting.services import ledger, results
from stocktake.voting.services.votes import ensure_voter

YEARS = (timeline.PAST_YEAR, timeline.LIVE_YEAR)
ORDINARY_VOTERS = 320
PUBLIC_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "mail.ru", "qq.com"]
ORG_DOMAINS = ["univ-lome.example.tg", "telecom.example.id", "ngo-digital.example.ke", "ict.example.gov.ph"]
BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
]


def _voters(prefix: str, emails: list[str], joined: list[datetime.datetime], confirmed: list[datetime.datetime]):
    unusable = make_password(None)
    users = User.objects.bulk_create(
        [
            User(email=email, name=f"{prefix} {i + 1}", password=unusable, date_joined=joined[i])
            for i, email in enumerate(emails)
        ],
        batch_size=500,
    )
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users], batch_size=500
    )
    Voter.objects.bulk_create(
        [
            Voter(
                user=u,
                email_hash=keyed_hash(u.email, "voter-email"),
                email_domain=u.email.rsplit("@", 1)[1],
                confirmed_at=confirmed[i],
            )
            for i, u in enumerate(users)
        ],
        batch_size=500,
    )
    return users


class _Ballot:
    def __init__(self, track):
        nominees: dict[int, list] = {}
        for s in Submission.objects.filter(track=track, state=Submission.State.NOMINATED).order_by("pk"):
            nominees.setdefault(s.category_id, []).append(s)
        # Only categories with nominees are on the ballot.
        self.categories = [c for c in queries.categories(track) if c.pk in nominees]
        self.nominees = nominees
        self.ids = {cid: frozenset(s.pk for s in subs) for cid, subs in self.nominees.items()}

    def vote(self, user, submission, at, *, ip, agent, confirmed_at, shown_ms, channel="web") -> Vote:
        ip_hash, network_hash = ev.ip_hashes(ip)
        return Vote(
            voter=user,
            category_id=submission.category_id,
            submission=submission,
            created_at=at,
            channel=channel,
            ip_hash=ip_hash,
            network_hash=network_hash,
            user_agent_family=ev.user_agent_family(agent),
            account_age_s=max(0, int((at - user.date_joined).total_seconds())),
            since_confirmation_s=max(0, int((at - confirmed_at).total_seconds())),
            position=queries.position_in_order(
                user.pk, submission.category_id, submission.pk, self.ids[submission.category_id]
            ),
            shown_ms=shown_ms,
        )

    def first_card(self, user, category):
        return queries.in_voter_order(user.pk, category.pk, self.nominees[category.pk])[0]


def voter_emails(year: int, seed: int) -> list[str]:
    """Every address the demo makes voters with for `year` (the same for every run, so the demo
    timeline can remove exactly these accounts when it rebuilds an edition)."""
    rng = random.Random(seed + year)
    ordinary = [
        f"voter{i + 1}.{year}@{rng.choice(PUBLIC_DOMAINS if rng.random() < 0.8 else ORG_DOMAINS)}"
        for i in range(ORDINARY_VOTERS)
    ]
    burst = [f"staff{i + 1}.{year}@office.example.net" for i in range(40)]
    throwaway = [f"x{i + 1}.{year}@{rng.choice(['mailinator.com', 'yopmail.com'])}" for i in range(12)]
    scripted = [f"bot{i + 1}.{year}@fastmail.example.org" for i in range(10)]
    return ordinary + burst + throwaway + scripted


def load(ctx) -> None:
    for year in YEARS:
        _load_year(ctx, year)


def _load_year(ctx, year: int) -> None:
    track = Track.objects.filter(edition__year=year, kind=Track.Kind.MAIN).select_related("edition").first()
    phase = queries.voting_phase(track) if track else None
    if track is None or phase is None:
        ctx.log(f"voting: no {year} prize track with a voting phase; nothing to do")
        return
    nominated = set(
        Submission.objects.filter(track=track, state=Submission.State.NOMINATED).values_list("category_id", flat=True)
    )
    if not nominated or any(c.pk not in nominated for c in queries.categories(track)):
        # Without nominees in every category nobody could complete a ballot (the contests and judging
        # demos nominate in all 18); a partial set-up made by a later loader is left alone.
        ctx.log(f"voting: the {year} track has no nominees in some category; nothing to do")
        return
    if Vote.objects.filter(category__track=track).exists():
        ctx.log(f"voting: {year} votes already there")
        return
    if "vote_validity" not in (track.settings or {}):
        # The rule the ITU has used: a voter's votes count once the ballot is complete.
        Track.objects.filter(pk=track.pk).update(settings={**(track.settings or {}), "vote_validity": "all_categories"})
        track.refresh_from_db()

    rng = random.Random(ctx.seed + 5 + year)
    state = queries.phase_state(phase)
    start = phase.starts_at
    end = phase.ends_at if state == "closed" else min(phase.ends_at, max(start, datetime.datetime.now(datetime.UTC)))
    span = max(60.0, (end - start).total_seconds() - 3600)
    ballot = _Ballot(track)
    emails = voter_emails(year, ctx.seed)
    # Campaigns make a few projects popular: a stable weight per nominee.
    weight = {s.pk: 1 + (s.pk * 7919 % 13) ** 2 for subs in ballot.nominees.values() for s in subs}
    votes: list[Vote] = []

    # Ordinary voters: most complete the ballot over a day or two, some vote in a few categories.
    # While the vote is open, only as many have come yet as the time elapsed suggests.
    n_ordinary = ORDINARY_VOTERS
    if state != "closed":
        elapsed = (end - start) / (phase.ends_at - start)
        n_ordinary = max(40, int(ORDINARY_VOTERS * elapsed))
    joined = [start + datetime.timedelta(seconds=rng.uniform(0, span * 0.8)) for _ in range(n_ordinary)]
    confirmed = [j + datetime.timedelta(seconds=rng.uniform(120, 86_400)) for j in joined]
    ordinary = _voters("Demo voter", emails[:n_ordinary], joined, confirmed)
    emails = emails[ORDINARY_VOTERS:]
    for i, user in enumerate(ordinary):
        cats = (
            ballot.categories
            if rng.random() < 0.85
            else rng.sample(ballot.categories, rng.randint(1, min(9, len(ballot.categories))))
        )
        at = confirmed[i] + datetime.timedelta(seconds=rng.uniform(300, 7200))
        ip = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        agent = rng.choice(BROWSERS)
        for category in cats:
            subs = ballot.nominees[category.pk]
            choice = rng.choices(subs, weights=[weight[s.pk] for s in subs])[0]
            at += datetime.timedelta(seconds=rng.uniform(20, 240))
            shown = int(rng.uniform(8_000, 120_000))
            votes.append(
                ballot.vote(user, choice, min(at, end), ip=ip, agent=agent, confirmed_at=confirmed[i], shown_ms=shown)
            )

    # A vote drive from one office network: 40 accounts within a minute, one favourite project,
    # the first card everywhere else.
    burst_at = start + datetime.timedelta(seconds=span * 0.4)
    burst_users = _voters(
        "Office voter",
        emails[:40],
        [burst_at - datetime.timedelta(minutes=10)] * 40,
        [burst_at - datetime.timedelta(minutes=5)] * 40,
    )
    favourite = ballot.nominees[ballot.categories[min(6, len(ballot.categories) - 1)].pk][-1]
    burst_votes = []
    for i, user in enumerate(burst_users):
        for category in ballot.categories:
            choice = favourite if category.pk == favourite.category_id else ballot.first_card(user, category)
            at = burst_at + datetime.timedelta(seconds=i + 0.2 * category.number)
            vote = ballot.vote(
                user,
                choice,
                at,
                ip=f"203.0.113.{10 + i}",
                agent=BROWSERS[0],
                confirmed_at=burst_at - datetime.timedelta(minutes=5),
                shown_ms=1500,
            )
            burst_votes.append(vote)
    votes += burst_votes

    # Throw-away addresses and a script voting seconds after confirmation, with identical timing.
    throwaway_at = start + datetime.timedelta(seconds=span * 0.6)
    throwaway = _voters(
        "Throwaway",
        emails[40:52],
        [throwaway_at - datetime.timedelta(minutes=1)] * 12,
        [throwaway_at] * 12,
    )
    scripted_at = start + datetime.timedelta(seconds=span * 0.7)
    scripted = _voters("Script", emails[52:62], [scripted_at] * 10, [scripted_at] * 10)
    target = ballot.nominees[ballot.categories[min(2, len(ballot.categories) - 1)].pk][0]
    groups = ((throwaway, throwaway_at, BROWSERS[2], None), (scripted, scripted_at, "python-requests/2.32.3", 900))
    for group, confirmed_at, agent, shown in groups:
        for j, user in enumerate(group):
            for category in ballot.categories:
                choice = target if category.pk == target.category_id else ballot.first_card(user, category)
                at = confirmed_at + datetime.timedelta(seconds=3 + j * 30 + category.number)
                vote = ballot.vote(
                    user, choice, at, ip=f"192.0.2.{j + 1}", agent=agent, confirmed_at=confirmed_at, shown_ms=shown
                )
                vote.channel = "api"
                votes.append(vote)

    # The documented demo voter voted in every category.
    demo_voter = ctx.users.get("voter") or User.objects.filter(email="voter@demo.stocktake.example").first()
    if demo_voter is not None and state == "closed":
        ensure_voter(demo_voter)
        at = start + datetime.timedelta(seconds=span * 0.1)
        confirmed_at = at - datetime.timedelta(days=3)
        for category in ballot.categories:
            at += datetime.timedelta(seconds=rng.uniform(30, 120))
            choice = rng.choice(ballot.nominees[category.pk])
            votes.append(
                ballot.vote(
                    demo_voter,
                    choice,
                    at,
                    ip="10.9.8.7",
                    agent=BROWSERS[1],
                    confirmed_at=confirmed_at,
                    shown_ms=40_000,
                )
            )
    Vote.objects.bulk_create(votes, batch_size=1000)

    secretariat = (
        ctx.users.get("secretariat") or User.objects.filter(email="secretariat@demo.stocktake.example").first()
    )
    entries = 0
    if secretariat is not None:
        stored_burst = list(
            Vote.objects.filter(category__track=track, voter__in=burst_users, category=favourite.category)
        )
        entries += len(
            ledger.invalidate_votes(
                secretariat,
                stored_burst,
                "network_burst",
                "Forty accounts created in ten minutes on one office network voted for one project within a minute.",
            )
        )
        for user in throwaway:
            entry = ledger.invalidate_voter(
                secretariat, track, user, "disposable_email", "The address belongs to a throw-away mail service."
            )
            entries += 1
        ledger.reverse_entry(
            secretariat,
            entry,
            "The voter wrote to the secretariat from a permanent address and confirmed the vote was theirs.",
        )
        for user in scripted:
            ledger.invalidate_voter(
                secretariat,
                track,
                user,
                "scripted_timing",
                "Votes sent by a script three seconds after confirmation, 0.9 s on every ballot.",
            )
            entries += 1
    published = ""
    if state == "closed" and secretariat is not None:
        totals = results.publish_results(secretariat, track)
        expert = ctx.users.get("expert") or User.objects.filter(email="expert@demo.stocktake.example").first()
        if expert is not None:
            for index, category in enumerate(ballot.categories):
                finalists = list(
                    Submission.objects.filter(
                        voting_result__category=category, voting_result__is_finalist=True
                    ).order_by("voting_result__rank")
                )
                if not finalists:
                    continue
                # In one category the experts could not separate two projects (as happened in 2025).
                chosen = (
                    finalists[:2]
                    if index == min(9, len(ballot.categories) - 1) and len(finalists) > 1
                    else [finalists[rng.randrange(len(finalists))]]
                )
                results.select_winners(expert, category, chosen)
            published = f"; published {totals['valid']} valid, {totals['invalidated']} invalidated"
    ctx.log(f"voting: {len(votes)} votes for {year}, {entries} ledger entries{published}")
