"""Read-only admin views of votes, the ledger and published results: every change to them goes
through the voting services (the review page), never through the admin."""

from django.contrib import admin

from stocktake.voting.models import InvalidationEntry, ResultRow, Vote, Voter


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Vote)
class VoteAdmin(ReadOnlyAdmin):
    list_display = ["id", "created_at", "category", "submission", "channel", "user_agent_family", "position"]
    list_filter = ["channel", "user_agent_family", "category__track__edition"]
    list_select_related = ["category", "submission"]
    raw_id_fields = ["voter", "submission"]
    date_hierarchy = "created_at"
    show_full_result_count = False  # counting a million-row table on every page is slow


@admin.register(Voter)
class VoterAdmin(ReadOnlyAdmin):
    list_display = ["user", "email_domain", "confirmed_at", "created_at"]
    search_fields = ["email_domain", "email_hash"]
    raw_id_fields = ["user"]


@admin.register(InvalidationEntry)
class InvalidationEntryAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "track", "vote", "voter_email_hash", "reason_code", "reverses", "created_by"]
    list_filter = ["reason_code", "track"]
    raw_id_fields = ["vote", "voter", "reverses"]


@admin.register(ResultRow)
class ResultRowAdmin(ReadOnlyAdmin):
    list_display = ["category", "rank", "submission", "valid_votes", "invalidated_votes", "is_finalist"]
    list_filter = ["track", "is_finalist"]
    list_select_related = ["category", "submission"]
