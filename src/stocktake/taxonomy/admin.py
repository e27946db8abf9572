"""Reference lists are data loaded by migrations: admin shows them read-only."""

from django.contrib import admin

from stocktake.taxonomy import models


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(models.ActionLine)
class ActionLineAdmin(ReadOnlyAdmin):
    list_display = ["code", "name", "parent"]


@admin.register(models.PrizeCategory)
class PrizeCategoryAdmin(ReadOnlyAdmin):
    list_display = ["number", "name", "action_line"]


@admin.register(models.SDG)
class SDGAdmin(ReadOnlyAdmin):
    list_display = ["number", "name"]


@admin.register(models.GDCObjective)
class GDCObjectiveAdmin(ReadOnlyAdmin):
    list_display = ["number", "name"]


@admin.register(models.StakeholderType)
class StakeholderTypeAdmin(ReadOnlyAdmin):
    list_display = ["code", "name"]


@admin.register(models.Region)
class RegionAdmin(ReadOnlyAdmin):
    list_display = ["code", "name", "is_itu_region"]


@admin.register(models.Country)
class CountryAdmin(ReadOnlyAdmin):
    list_display = ["code", "name", "region", "un_status"]
    list_filter = ["region", "un_status"]
    search_fields = ["code", "iso3", "names"]
