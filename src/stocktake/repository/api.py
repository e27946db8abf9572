"""The entries API: public search and read; create, update and submit for owners (token or session
auth, scoped to the user's organisations); streamed exports. Writes go through the services, so
errors come back as problem+json with per-field messages."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import FileResponse, Http404, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import permissions, status
from rest_framework.response import Response
from rest_framework.views import APIView

from stocktake.accounts.models import Organisation
from stocktake.accounts.rules import user_organisation_ids
from stocktake.repository import exports, serializers
from stocktake.repository.models import Entry, EntryImage
from stocktake.repository.queries import entries as q
from stocktake.repository.search.engine import search
from stocktake.repository.search.facets import FACETS
from stocktake.repository.search.params import query_from_params
from stocktake.repository.services import entries as svc
from stocktake.repository.services import images as image_svc

SEARCH_PARAMETERS = [
    OpenApiParameter("q", str, description='Full-text query: words, "phrases", prefix*, -exclusion'),
    OpenApiParameter("sort", str, enum=["relevance", "newest", "title"]),
    OpenApiParameter("page", int),
    OpenApiParameter("page_size", int, description="Up to 100"),
    *[
        OpenApiParameter(f.name, str, many=True, description=f"Filter by {f.name} (repeat or comma-separate)")
        for f in FACETS
    ],
]


def _page_url(request, page: int | None) -> str | None:
    if page is None:
        return None
    params = request.GET.copy()
    params["page"] = str(page)
    return request.build_absolute_uri(request.path + "?" + params.urlencode())


class EntryListView(APIView):
    permission_classes = [permissions.IsAuthenticatedOrReadOnly]

    @extend_schema(
        operation_id="entries_search",
        parameters=SEARCH_PARAMETERS,
        responses=OpenApiTypes.OBJECT,
        summary="Search published entries, with facet counts",
    )
    def get(self, request):
        query = query_from_params(request.GET, facets=request.GET.get("facets", "1") != "0")
        result = search(query)
        return Response(
            {
                "count": result.total,
                "page": query.page,
                "page_size": query.page_size,
                "pages": result.pages,
                "next": _page_url(request, query.page + 1 if query.page < result.pages else None),
                "previous": _page_url(request, query.page - 1 if query.page > 1 else None),
                "results": [serializers.hit(h) for h in result.hits],
                "facets": serializers.facets(result),
            }
        )

    @extend_schema(
        operation_id="entries_create",
        request=OpenApiTypes.OBJECT,
        responses={201: OpenApiTypes.OBJECT},
        summary="Create a draft entry for one of your organisations",
    )
    def post(self, request):
        data = dict(request.data)
        org_ref = str(data.pop("organisation", "") or "")
        organisation = _my_organisation(request.user, org_ref)
        entry = svc.create_entry(request.user, organisation, data)
        return Response(_owner_view(entry), status=status.HTTP_201_CREATED)


def _my_organisation(user, ref: str) -> Organisation:
    mine = Organisation.objects.filter(pk__in=user_organisation_ids(user))
    if not ref:
        orgs = list(mine[:2])
        if len(orgs) == 1:
            return orgs[0]
        raise ValidationError({"organisation": _("Say which of your organisations the entry belongs to.")})
    lookup = {"public_id": ref} if _is_uuid(ref) else {"slug": ref}
    org = Organisation.objects.filter(**lookup).first()
    if org is None:
        raise ValidationError({"organisation": _("No such organisation.")})
    return org  # the service's permission rule decides whether the user may act for it


def _is_uuid(value: str) -> bool:
    import uuid

    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _owner_view(entry: Entry) -> dict:
    entry = q.entry_detail(entry.public_id)
    return serializers.entry_for_owner(entry, svc.working_version(entry))


class EntryDetailView(APIView):
    permission_classes = [permissions.IsAuthenticatedOrReadOnly]

    def _get(self, request, public_id) -> Entry:
        try:
            entry = q.entry_detail(public_id)
        except Entry.DoesNotExist as exc:
            raise Http404 from exc
        if not request.user.has_perm("repository.view_entry", entry):
            raise Http404
        return entry

    @extend_schema(
        operation_id="entries_retrieve",
        responses=OpenApiTypes.OBJECT,
        summary="One entry (owners and moderators also see the version in progress)",
    )
    def get(self, request, public_id):
        entry = self._get(request, public_id)
        if request.user.has_perm("repository.view_entry_history", entry):
            return Response(serializers.entry_for_owner(entry, svc.working_version(entry)))
        return Response(serializers.entry_public(entry))

    @extend_schema(
        operation_id="entries_update_draft",
        request=OpenApiTypes.OBJECT,
        responses=OpenApiTypes.OBJECT,
        summary="Change the draft (or start a new version of a published entry)",
    )
    def patch(self, request, public_id):
        entry = self._get(request, public_id)
        svc.update_draft(request.user, entry, dict(request.data))
        return Response(_owner_view(entry))


class EntrySubmitView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(
        operation_id="entries_submit",
        request=None,
        responses=OpenApiTypes.OBJECT,
        summary="Send the version in progress to moderation",
    )
    def post(self, request, public_id):
        entry = Entry.objects.filter(public_id=public_id).select_related("organisation").first()
        if entry is None or not request.user.has_perm("repository.view_entry", entry):
            raise Http404
        svc.submit_entry(request.user, entry)
        return Response(_owner_view(entry))


def _visible_entry(request, public_id) -> Entry:
    entry = Entry.objects.filter(public_id=public_id).select_related("organisation").first()
    if entry is None or not request.user.has_perm("repository.view_entry", entry):
        raise Http404
    return entry


class EntryImageListView(APIView):
    """Images go into the version in progress, like any other change: a published entry's public
    images change only when a moderator approves that version."""

    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(
        operation_id="entries_images_add",
        request={
            "multipart/form-data": {
                "type": "object",
                "properties": {
                    "image": {"type": "string", "format": "binary"},
                    "alt_text": {"type": "string"},
                    "caption": {"type": "string"},
                },
                "required": ["image", "alt_text"],
            }
        },
        responses={201: OpenApiTypes.OBJECT},
        summary="Upload an image into the version in progress (JPEG, PNG, WebP or GIF; metadata removed)",
    )
    def post(self, request, public_id):
        entry = _visible_entry(request, public_id)
        upload = request.FILES.get("image")
        if upload is None:
            raise ValidationError({"image": _("Attach the image file as the multipart field 'image'.")})
        image_svc.add_image(
            request.user, entry, upload, request.data.get("alt_text", ""), request.data.get("caption", "")
        )
        return Response(_owner_view(entry), status=status.HTTP_201_CREATED)


class EntryImageDetailView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    def _get(self, request, public_id, image_id) -> Entry:
        entry = _visible_entry(request, public_id)
        if not EntryImage.objects.filter(entry=entry, public_id=image_id).exists():
            raise Http404
        return entry

    @extend_schema(
        operation_id="entries_images_update",
        request=OpenApiTypes.OBJECT,
        responses=OpenApiTypes.OBJECT,
        summary="Change an image's alt_text, caption or position (1 = first) in the version in progress",
    )
    def patch(self, request, public_id, image_id):
        entry = self._get(request, public_id, image_id)
        data = request.data
        if not {"alt_text", "caption", "position"} & set(data):
            raise ValidationError(_("Send alt_text, caption or position."))
        position = None
        if "position" in data:
            try:
                position = int(data["position"])
            except (TypeError, ValueError):
                position = 0
            if position < 1:
                raise ValidationError({"position": _("Give the position as a whole number, 1 for the first image.")})
        with transaction.atomic():  # text and position change together or not at all
            if "alt_text" in data or "caption" in data:
                image_svc.update_image(request.user, entry, image_id, data.get("alt_text"), data.get("caption"))
            if position is not None:
                image_svc.move_image(request.user, entry, image_id, position - 1)
        return Response(_owner_view(entry))

    @extend_schema(
        operation_id="entries_images_remove",
        request=None,
        responses=OpenApiTypes.OBJECT,
        summary="Remove an image from the version in progress (earlier versions keep it)",
    )
    def delete(self, request, public_id, image_id):
        entry = self._get(request, public_id, image_id)
        image_svc.remove_image(request.user, entry, image_id)
        return Response(_owner_view(entry))


class EntryExportView(APIView):
    permission_classes = [permissions.AllowAny]

    @extend_schema(
        operation_id="entries_export",
        parameters=SEARCH_PARAMETERS[:2] + SEARCH_PARAMETERS[4:],
        responses={(200, "text/csv"): OpenApiTypes.BINARY},
        summary="Export a search result as CSV, JSON or XLSX (streamed)",
    )
    def get(self, request, fmt):
        query = query_from_params(request.GET, facets=False)
        stamp = timezone.now().strftime("%Y%m%d-%H%M")
        name = f"stocktake-entries-{stamp}.{fmt}"
        if fmt == "csv":
            response = StreamingHttpResponse(exports.csv_stream(query), content_type="text/csv; charset=utf-8")
        elif fmt == "json":
            response = StreamingHttpResponse(exports.json_stream(query), content_type="application/json")
        elif fmt == "xlsx":
            return FileResponse(
                exports.xlsx_file(query),
                as_attachment=True,
                filename=name,
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        else:
            raise Http404
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
