"""What happened to each invited organisation, read from the data (nothing is reported by hand).

An organisation's stage is the furthest its submissions for the campaign's call have got:
invited → account created → draft started → submitted → nominated → finalist → champion → winner.
Outcomes that are decided by the public vote or the experts are shown only once the contest has
made them public, so the dashboard never leaks a ranking early."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from stocktake.accounts.models import Membership
from stocktake.contests.models import Phase, Submission
from stocktake.coordination.models import Campaign, Invitation

S = Submission.State

INVITED, ACCOUNT, DRAFT, SUBMITTED, NOMINATED, FINALIST, CHAMPION, WINNER = (
    "invited",
    "account",
    "draft",
    "submitted",
    "nominated",
    "finalist",
    "champion",
    "winner",
)
STAGES = [INVITED, ACCOUNT, DRAFT, SUBMITTED, NOMINATED, FINALIST, CHAMPION, WINNER]
STAGE_LABELS = {
    INVITED: _("Invited"),
    ACCOUNT: _("Account created"),
    DRAFT: _("Draft started"),
    SUBMITTED: _("Submitted"),
    NOMINATED: _("Nominated"),
    FINALIST: _("Finalist"),
    CHAMPION: _("Champion"),
    WINNER: _("Winner"),
}
# Stage reached by a submission in each state (withdrawn or returned work still shows a draft was started).
STATE_STAGE = {
    S.DRAFT: DRAFT,
    S.RETURNED: DRAFT,
    S.WITHDRAWN: DRAFT,
    S.SUBMITTED: SUBMITTED,
    S.INELIGIBLE: SUBMITTED,
    S.NOT_NOMINATED: SUBMITTED,
    S.NOMINATED: NOMINATED,
    S.FINALIST: FINALIST,
    S.CHAMPION: CHAMPION,
    S.WINNER: WINNER,
}
# The focal point's words for states that are not stages on the ladder.
STATE_LABELS = {
    S.DRAFT: _("Draft"),
    S.RETURNED: _("Returned for completion"),
    S.WITHDRAWN: _("Withdrawn"),
    S.INELIGIBLE: _("Not eligible"),
    S.NOT_NOMINATED: _("Not nominated"),
}
SUBMITTED_STATES = [s for s, stage in STATE_STAGE.items() if STAGES.index(stage) >= STAGES.index(SUBMITTED)]
NOMINATED_STATES = [S.NOMINATED, S.FINALIST, S.CHAMPION, S.WINNER]


@dataclass
class Calendar:
    """The phases of a call that decide what may be shown, and when."""

    phases: dict[str, Phase]
    results_public_flag: bool = False
    now: datetime = field(default_factory=timezone.now)

    @classmethod
    def for_track(cls, track, now=None) -> Calendar:
        phases = {p.kind: p for p in Phase.objects.filter(track=track).order_by()}
        return cls(phases, bool((track.settings or {}).get("results_public")), now or timezone.now())

    def _started(self, kind) -> bool:
        phase = self.phases.get(kind)
        return phase is not None and phase.starts_at <= self.now

    def _ended(self, kind) -> bool:
        phase = self.phases.get(kind)
        return phase is not None and phase.ends_at <= self.now

    @property
    def results_public(self) -> bool:
        return self.results_public_flag or self._started(Phase.Kind.ANNOUNCEMENT)

    @property
    def finalists_public(self) -> bool:
        return self.results_public or (self._ended(Phase.Kind.VOTING) and self._started(Phase.Kind.SELECTION))

    def end_of(self, kind):
        phase = self.phases.get(kind)
        return phase.ends_at if phase and phase.ends_at <= self.now else None

    def visible_stage(self, state: str) -> str:
        stage = STATE_STAGE.get(state, DRAFT)
        if stage in (CHAMPION, WINNER) and not self.results_public:
            stage = FINALIST
        if stage == FINALIST and not self.finalists_public:
            stage = NOMINATED
        return stage

    def voting_status(self) -> tuple[str, datetime | None]:
        """Where the public vote stands ("none", "upcoming", "open", "closed", "finalists", "public") and its
        relevant date. Never a count."""
        voting = self.phases.get(Phase.Kind.VOTING)
        if voting is None:
            return "none", None
        if self.now < voting.starts_at:
            return "upcoming", voting.starts_at
        if self.now <= voting.ends_at:
            return "open", voting.ends_at
        if not self.finalists_public:
            return "closed", voting.ends_at
        if not self.results_public:
            return "finalists", voting.ends_at
        return "public", voting.ends_at


@dataclass
class OrganisationProgress:
    invitation: Invitation
    stage: str = INVITED
    invited_at: datetime | None = None
    account_at: datetime | None = None
    draft_at: datetime | None = None
    submitted_at: datetime | None = None
    nominated_at: datetime | None = None
    finalist_at: datetime | None = None
    result_at: datetime | None = None
    submissions: int = 0
    submitted: int = 0

    @property
    def organisation(self):
        return self.invitation.organisation

    @property
    def stage_label(self):
        return STAGE_LABELS[self.stage]

    @property
    def stage_index(self) -> int:
        return STAGES.index(self.stage)

    @property
    def has_submitted(self) -> bool:
        return self.submitted > 0


def campaign_progress(campaign: Campaign, *, calendar: Calendar | None = None) -> list[OrganisationProgress]:
    """One row per invited organisation, in three queries whatever the number of organisations."""
    calendar = calendar or Calendar.for_track(campaign.track)
    invitations = list(
        campaign.invitations.select_related("organisation", "accepted_by").order_by("organisation__name")
    )
    org_ids = [i.organisation_id for i in invitations]
    joined = dict(
        Membership.objects.filter(organisation_id__in=org_ids)
        .values_list("organisation_id")
        .annotate(first=Min("created_at"))
    )
    by_org: dict[int, list[tuple]] = {}
    for row in Submission.objects.filter(track_id=campaign.track_id, organisation_id__in=org_ids).values_list(
        "organisation_id", "state", "created_at", "submitted_at"
    ):
        by_org.setdefault(row[0], []).append(row[1:])

    rows = []
    for invitation in invitations:
        progress = OrganisationProgress(invitation, invited_at=invitation.created_at)
        stage = INVITED
        if invitation.organisation_id in joined or invitation.accepted_at:
            stage = ACCOUNT
            candidates = [d for d in (joined.get(invitation.organisation_id), invitation.accepted_at) if d]
            progress.account_at = min(candidates)
        for state, created_at, submitted_at in by_org.get(invitation.organisation_id, []):
            progress.submissions += 1
            progress.draft_at = min(filter(None, [progress.draft_at, created_at]))
            sub_stage = calendar.visible_stage(state)
            if state in SUBMITTED_STATES:
                progress.submitted += 1
                if submitted_at:
                    progress.submitted_at = min(filter(None, [progress.submitted_at, submitted_at]))
            if STAGES.index(sub_stage) > STAGES.index(stage):
                stage = sub_stage
        if progress.submissions and STAGES.index(stage) < STAGES.index(DRAFT):
            stage = DRAFT
        if STAGES.index(stage) >= STAGES.index(NOMINATED):
            progress.nominated_at = calendar.end_of(Phase.Kind.NOMINATION)
        if STAGES.index(stage) >= STAGES.index(FINALIST):
            progress.finalist_at = calendar.end_of(Phase.Kind.VOTING)
        if stage in (CHAMPION, WINNER):
            progress.result_at = calendar.end_of(Phase.Kind.SELECTION)
        progress.stage = stage
        rows.append(progress)
    return rows


def stage_counts(rows: list[OrganisationProgress]) -> list[dict]:
    """How many organisations have reached at least each stage (a funnel), and are at it now."""
    total = len(rows)
    counts = []
    for index, stage in enumerate(STAGES):
        reached = sum(1 for r in rows if r.stage_index >= index)
        counts.append(
            {
                "stage": stage,
                "label": STAGE_LABELS[stage],
                "reached": reached,
                "current": sum(1 for r in rows if r.stage == stage),
                "percent": round(100 * reached / total) if total else 0,
            }
        )
    return counts


# Views of the per-organisation table: (label, test).
ROW_FILTERS = {
    "all": (_("All"), lambda row: True),
    "unanswered": (
        _("Not answered"),
        lambda row: row.invitation.state in (Invitation.State.SENT, Invitation.State.OPENED) and not row.account_at,
    ),
    "bounced": (_("Bounced"), lambda row: row.invitation.state == Invitation.State.BOUNCED),
    "not_submitted": (_("Not submitted"), lambda row: not row.has_submitted),
    "submitted": (_("Submitted"), lambda row: row.has_submitted),
}


def invitation_counts(campaign_or_rows) -> dict[str, int]:
    rows = campaign_or_rows
    counts = dict.fromkeys(Invitation.State.values, 0)
    for row in rows:
        counts[row.invitation.state] += 1
    counts["unanswered"] = sum(
        1 for r in rows if r.invitation.state in (Invitation.State.SENT, Invitation.State.OPENED) and not r.account_at
    )
    return counts


@dataclass
class SubmissionView:
    """What a focal point may see of one submission. Drafts show nothing of their content unless the
    organisation shares its drafts with the campaign."""

    organisation_name: str
    stage: str
    state_label: str
    created_at: datetime
    submitted_at: datetime | None
    content_visible: bool
    title: str = ""
    category: str = ""
    short_description: str = ""
    invited: bool = False


def country_submissions(campaign: Campaign, *, calendar: Calendar | None = None) -> list[SubmissionView]:
    """Every submission to the call from organisations of the campaign's country (invited or not)."""
    calendar = calendar or Calendar.for_track(campaign.track)
    invited = dict(campaign.invitations.order_by().values_list("organisation_id", "shares_drafts"))
    sharing = {org_id for org_id, shares in invited.items() if shares}
    queryset = (
        Submission.objects.filter(track_id=campaign.track_id, organisation__country_id=campaign.country_id)
        .select_related("organisation", "category__prize_category")
        .only(
            "organisation__name",
            "state",
            "created_at",
            "submitted_at",
            "title",
            "short_description",
            "organisation_id",
            "category__number",
            "category__names",
            "category__prize_category__names",
            "category__prize_category_id",
        )
        .order_by("organisation__name", "created_at")
    )
    rows = []
    for submission in queryset:
        is_draft = submission.state not in SUBMITTED_STATES
        visible = not is_draft or submission.organisation_id in sharing
        stage = calendar.visible_stage(submission.state)
        label = STATE_LABELS.get(submission.state) or STAGE_LABELS[stage]
        rows.append(
            SubmissionView(
                organisation_name=submission.organisation.name,
                stage=stage,
                state_label=label,
                created_at=submission.created_at,
                submitted_at=submission.submitted_at if not is_draft else None,
                content_visible=visible,
                title=submission.title if visible else "",
                category=str(submission.category) if visible else "",
                short_description=submission.short_description if visible and is_draft else "",
                invited=submission.organisation_id in invited,
            )
        )
    return rows


def country_nominees(campaign: Campaign, *, calendar: Calendar | None = None) -> list[SubmissionView]:
    return [row for row in country_submissions(campaign, calendar=calendar) if row.stage in STAGES[4:]]


def campaigns_for(user):
    """The campaigns a user may open: their country's (focal point) or all (secretariat)."""
    from stocktake.accounts.rules import is_secretariat
    from stocktake.coordination.rules import focal_countries

    queryset = Campaign.objects.select_related("country", "track__edition")
    if is_secretariat(user):
        return queryset
    return queryset.filter(country__code__in=focal_countries(user))


def non_submitters(campaign: Campaign) -> list[OrganisationProgress]:
    """Invited organisations with nothing submitted yet (whose e-mail did not bounce)."""
    return [
        row
        for row in campaign_progress(campaign)
        if not row.has_submitted and row.invitation.state != Invitation.State.BOUNCED
    ]
