"""Read-only admin for campaigns (writes go through the services; the bounce action calls one)."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from stocktake.coordination.models import Campaign, Invitation
from stocktake.coordination.services.invitations import mark_bounced


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Campaign)
class CampaignAdmin(ReadOnlyAdmin):
    list_display = ["title", "country", "track", "deadline", "language", "last_reminder_at"]
    list_filter = ["country", "track__edition"]
    search_fields = ["title"]


@admin.register(Invitation)
class InvitationAdmin(ReadOnlyAdmin):
    list_display = ["organisation", "campaign", "email", "state", "sent_at", "opened_at", "accepted_at", "bounced_at"]
    list_filter = ["state", "campaign"]
    search_fields = ["organisation__name", "email", "contact_name"]
    list_select_related = ["organisation", "campaign"]
    actions = ["mark_bounced"]

    @admin.action(description=_("Mark the selected invitations as bounced"))
    def mark_bounced(self, request, queryset):
        try:
            count = mark_bounced(request.user, list(queryset.select_related("campaign__country")))
        except PermissionDenied:
            self.message_user(request, _("You do not have permission to do this."), messages.ERROR)
            return
        self.message_user(request, _("%(count)d invitations marked as bounced.") % {"count": count})
