"""Read-only views of the prizes for the secretariat. Changes go through the pages and services
(rules, frozen settings, audit log), so the admin does not edit these records."""

from django.contrib import admin

from stocktake.contests.models import Edition, Phase, Pledge, Submission, TechWomanProfile, Track


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class PhaseInline(admin.TabularInline):
    model = Phase
    fields = ["kind", "starts_at", "ends_at", "original_ends_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Edition)
class EditionAdmin(ReadOnlyAdmin):
    list_display = ["year", "name", "time_zone", "is_published", "conflict_same_country"]


@admin.register(Track)
class TrackAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "kind", "nominees_per_category", "finalists_per_category", "winners_per_category"]
    list_filter = ["edition", "kind"]
    inlines = [PhaseInline]


@admin.register(Submission)
class SubmissionAdmin(ReadOnlyAdmin):
    list_display = ["title", "track", "category", "organisation", "entrant", "state", "submitted_at"]
    list_filter = ["track__edition", "track__kind", "state", ("entrant", admin.EmptyFieldListFilter)]
    search_fields = ["title", "organisation__name", "entrant__name", "entrant__email", "public_id"]
    list_select_related = ["track__edition", "category__prize_category", "organisation", "entrant"]
    date_hierarchy = "submitted_at"


@admin.register(TechWomanProfile)
class TechWomanProfileAdmin(ReadOnlyAdmin):
    list_display = ["name", "organisation", "country", "state", "consent_to_publish"]
    list_filter = ["state", "consent_to_publish"]
    search_fields = ["name", "organisation"]


@admin.register(Pledge)
class PledgeAdmin(ReadOnlyAdmin):
    list_display = ["profile", "year", "state"]
    list_filter = ["state", "year"]
