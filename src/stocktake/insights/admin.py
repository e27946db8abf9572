from django.contrib import admin

from stocktake.insights.models import EntrySuggestion


@admin.register(EntrySuggestion)
class EntrySuggestionAdmin(admin.ModelAdmin):
    """Read-only: these rows are recomputed by the models, never edited by hand."""

    list_display = ["entry", "suggested_line", "suggested_score", "chosen_lines", "chosen_rank", "disagreement"]
    list_filter = ["suggested_line", "chosen_rank"]
    search_fields = ["entry__title"]
    list_select_related = ["entry"]
    ordering = ["-disagreement"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
