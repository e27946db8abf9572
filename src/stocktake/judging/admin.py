"""Read-only views of expert review for the secretariat (changes go through the console)."""

from django.contrib import admin

from stocktake.contests.admin import ReadOnlyAdmin
from stocktake.judging.models import Assignment, Conflict, Decision, Reviewer


@admin.register(Reviewer)
class ReviewerAdmin(ReadOnlyAdmin):
    list_display = ["user", "edition", "state", "country", "max_assignments"]
    list_filter = ["edition", "state"]
    search_fields = ["user__email", "user__name"]


@admin.register(Conflict)
class ConflictAdmin(ReadOnlyAdmin):
    list_display = ["reviewer", "submission", "source", "created_at"]
    list_filter = ["source"]


@admin.register(Assignment)
class AssignmentAdmin(ReadOnlyAdmin):
    list_display = ["reviewer", "submission", "submitted_at"]
    list_select_related = ["reviewer__user", "reviewer__edition", "submission"]


@admin.register(Decision)
class DecisionAdmin(ReadOnlyAdmin):
    list_display = ["submission", "outcome", "staged_at", "applied_at"]
    list_filter = ["outcome"]
