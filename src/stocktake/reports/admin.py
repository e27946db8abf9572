from django.contrib import admin

from stocktake.reports.models import ReportBuild


@admin.register(ReportBuild)
class ReportBuildAdmin(admin.ModelAdmin):
    """Read-only: builds are started from /reports/builds/ through the service, which audits them."""

    list_display = ["__str__", "language", "state", "embargoed", "size", "created_at", "finished_at", "requested_by"]
    list_filter = ["kind", "state", "year", "format", "language"]
    search_fields = ["public_id", "region"]
    readonly_fields = [f.name for f in ReportBuild._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
