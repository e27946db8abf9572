from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from stocktake.common.models import AuditLog, OutboxMessage
from stocktake.common.services import outbox


@admin.register(AuditLog)
class AuditLogAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor_label", "action", "object_type", "object_label"]
    list_filter = ["action", "object_type"]
    search_fields = ["actor_label", "object_label", "object_id", "action"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(OutboxMessage)
class OutboxAdmin(admin.ModelAdmin):
    """The secretariat reviews held mail here and releases or cancels it (through the services)."""

    list_display = ["created_at", "kind", "to_email", "subject", "state", "sent_at"]
    list_filter = ["state", "kind"]
    search_fields = ["to_email", "subject"]
    readonly_fields = [f.name for f in OutboxMessage._meta.fields]
    actions = ["release_messages", "cancel_messages"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Release selected messages for sending"))
    def release_messages(self, request, queryset):
        count = outbox.release(request.user, list(queryset))
        self.message_user(request, _("%(count)d messages released.") % {"count": count})

    @admin.action(description=_("Cancel selected messages"))
    def cancel_messages(self, request, queryset):
        count = outbox.cancel(request.user, list(queryset))
        self.message_user(request, _("%(count)d messages cancelled.") % {"count": count})
