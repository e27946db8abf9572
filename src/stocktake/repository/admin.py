"""Read-only admin views of entries: every change goes through the services (and so through
moderation and the audit log), which the pages and the API offer; the admin is for looking."""

from django.contrib import admin

from stocktake.repository.models import Entry, EntryVersion


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class VersionInline(admin.TabularInline):
    model = EntryVersion
    fields = ["number", "state", "author", "submitted_at", "decided_by", "decided_at", "moderator_comment"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Entry)
class EntryAdmin(ReadOnlyAdmin):
    list_display = ["title", "organisation", "state", "entry_type", "year", "published_at"]
    list_filter = ["state", "entry_type", "status", "collection", "year"]
    search_fields = ["title", "external_key", "organisation__name"]
    list_select_related = ["organisation"]
    show_full_result_count = False  # counting a million rows on every page is wasteful
    inlines = [VersionInline]
    exclude = ["countries", "regions", "action_lines", "subtopics", "sdgs", "gdc_objectives"]
