"""Web pages of the repository: search, entry, organisation, country, region and action-line pages; owners'
entries and form; the moderation queue; the secretariat's import page. Views stay thin: reads
come from queries/ and search/, writes go through services/."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from stocktake.accounts.models import Organisation
from stocktake.accounts.rules import user_organisation_ids
from stocktake.common.forms import apply_service_errors
from stocktake.common.permissions import require
from stocktake.insights.warnings import warn_about_similar_projects
from stocktake.repository import charts
from stocktake.repository.content import plain_text
from stocktake.repository.forms import (
    DecisionForm,
    EntryForm,
    ImageForm,
    ImageMoveForm,
    ImageTextForm,
    ImportForm,
    initial_from,
)
from stocktake.repository.models import Entry, EntryImage, EntryVersion
from stocktake.repository.queries import entries as q
from stocktake.repository.queries import figures as figures_q
from stocktake.repository.search.engine import SORTS, search
from stocktake.repository.search.facets import FACETS
from stocktake.repository.search.params import params_of, query_from_params
from stocktake.repository.services import entries as svc
from stocktake.repository.services import images as image_svc
from stocktake.repository.services import imports as import_svc
from stocktake.taxonomy.models import ActionLine, Country, Region

SORT_LABELS = {"relevance": gettext_lazy("Relevance"), "newest": gettext_lazy("Newest"), "title": gettext_lazy("Title")}


def search_page(request):
    query = query_from_params(request.GET)
    result = search(query)
    facets = []
    for facet in FACETS:
        values = result.facets.get(facet.name, [])
        facets.append(
            {
                "name": facet.name,
                "label": facet.label,
                "values": [{"value": v, "toggle": params_of(query, toggle=(facet.name, v.value))} for v in values],
                "collapsed": len(values) > 12,
            }
        )
    selected = [
        {"facet": facet.label, "value": v.label, "remove": params_of(query, toggle=(facet.name, v.value))}
        for facet in FACETS
        for v in result.facets.get(facet.name, [])
        if v.selected
    ]
    pages = {
        "previous": params_of(query, page=query.page - 1) if query.page > 1 else None,
        "next": params_of(query, page=query.page + 1) if query.page < result.pages else None,
    }
    return render(
        request,
        "repository/search.html",
        {
            "query": query,
            "result": result,
            "facets": facets,
            "selected": selected,
            "sorts": [(s, SORT_LABELS[s]) for s in SORTS],
            "pages": pages,
            "export_params": params_of(query),
        },
    )


def _entry_or_404(request, public_id) -> Entry:
    try:
        entry = q.entry_detail(public_id)
    except Entry.DoesNotExist as exc:
        raise Http404 from exc
    if not request.user.has_perm("repository.view_entry", entry):
        raise Http404
    return entry


def entry_page(request, public_id):
    entry = _entry_or_404(request, public_id)
    can_history = request.user.has_perm("repository.view_entry_history", entry)
    can_edit = request.user.has_perm("repository.edit_entry", entry)
    pending = svc.working_version(entry) if (can_history or can_edit) else None
    return render(
        request,
        "repository/entry.html",
        {
            "entry": entry,
            "can_history": can_history,
            "can_edit": can_edit,
            "can_moderate": request.user.has_perm("repository.moderate_entry", entry),
            "pending": pending,
            "subtopics": entry.subtopics.all(),
            "images": q.shown_images(entry),
        },
    )


def entry_history(request, public_id):
    entry = _entry_or_404(request, public_id)
    if not request.user.has_perm("repository.view_entry_history", entry):
        raise Http404
    versions = list(q.history(entry))
    rows = []
    for i, version in enumerate(versions):
        older = versions[i + 1] if i + 1 < len(versions) else None
        images = list(version.images.all())
        rows.append(
            {
                "version": version,
                "changes": q.version_diff(older.data if older else None, version.data),
                "images": images,
                "image_changes": q.image_diff(list(older.images.all()) if older else None, images),
            }
        )
    return render(request, "repository/history.html", {"entry": entry, "rows": rows})


def organisation_page(request, slug):
    organisation = get_object_or_404(Organisation.objects.select_related("stakeholder_type", "country"), slug=slug)
    entries = (
        q.public_entries()
        .filter(organisation=organisation)
        .prefetch_related("countries", "action_lines")
        .order_by("-published_at")[:200]
    )
    return render(request, "repository/organisation.html", {"organisation": organisation, "entries": entries})


def regions_page(request):
    # Counts come from the search index's precomputed facet counts: no aggregation per request.
    counts = {v.value: v.count for v in search(query_from_params(_params({}), page_size=1)).facets["region"]}
    regions = list(Region.objects.order_by("order"))
    for region in regions:
        region.entry_count = counts.get(region.code, 0)
    return render(request, "repository/regions.html", {"regions": regions})


def region_page(request, code):
    region = get_object_or_404(Region, code=code.upper())
    filters = {"region": region.code}
    result = search(query_from_params(_params(filters), page_size=10))
    in_region = {c.code: c for c in Country.objects.filter(region=region)}
    countries = []
    for value in result.facets["country"]:  # already sorted by count
        if value.value in in_region:
            country = in_region[value.value]
            country.entry_count = value.count
            countries.append(country)
    figures = [
        charts.action_line_chart(result, filters),
        charts.country_chart([(c.code, c.name, c.entry_count) for c in countries], filters),
        charts.stakeholder_chart(result, filters),
        charts.year_chart(result, filters),
        charts.sdg_chart(result, filters),
    ]
    return render(
        request,
        "repository/region.html",
        {
            "region": region,
            "countries": countries,
            "result": result,
            "charts": figures,
            "all_entries_href": charts.search_href(filters),
        },
    )


def country_page(request, code):
    country = get_object_or_404(Country.objects.select_related("region"), code=code.upper())
    filters = {"country": country.code}
    result = search(query_from_params(_params(filters), page_size=10))
    figures = [
        charts.action_line_chart(result, filters),
        charts.stakeholder_chart(result, filters),
        charts.year_chart(result, filters),
        charts.sdg_chart(result, filters),
    ]
    return render(
        request,
        "repository/country.html",
        {"country": country, "result": result, "charts": figures, "all_entries_href": charts.search_href(filters)},
    )


def action_lines_page(request):
    result = search(query_from_params(_params({}), page_size=1))
    counts = {v.value: v.count for v in result.facets["action_line"]}
    lines = list(ActionLine.objects.filter(parent__isnull=True).prefetch_related("children"))
    for line in lines:
        line.entry_count = counts.get(line.code, 0)
        for child in line.children.all():
            child.entry_count = counts.get(child.code, 0)
    return render(
        request,
        "repository/action_lines.html",
        {"lines": lines, "chart": charts.action_line_chart(result, {})},
    )


def action_line_page(request, code):
    line = get_object_or_404(ActionLine.objects.select_related("parent"), code=code.upper())
    filters = {"action_line": line.code}
    result = search(query_from_params(_params(filters), page_size=10))
    sub_lines = list(line.children.all())
    figures = []
    if sub_lines:
        figures.append(charts.sub_line_chart(result, line.code, filters))
    figures += [
        charts.region_chart(result, filters),
        charts.year_chart(result, filters),
        charts.sdg_chart(result, filters),
        charts.stakeholder_chart(result, filters),
    ]
    return render(
        request,
        "repository/action_line.html",
        {
            "line": line,
            "sub_lines": sub_lines,
            "subtopics": figures_q.subtopic_counts(line),
            "result": result,
            "charts": figures,
            "all_entries_href": charts.search_href(filters),
        },
    )


def _params(values: dict):
    from django.http import QueryDict

    qd = QueryDict(mutable=True)
    for k, v in values.items():
        qd[k] = v
    return qd


# --- Owners ---------------------------------------------------------------------------------------


@login_required
def my_entries(request):
    entries = list(q.entries_of_user(request.user)[:500])
    return render(request, "repository/my_entries.html", {"entries": entries})


def _my_organisations(user):
    return Organisation.objects.filter(pk__in=user_organisation_ids(user)).order_by("name")


@login_required
def entry_create(request):
    organisations = list(_my_organisations(request.user))
    if not organisations:
        messages.warning(request, _("Join or register an organisation before adding an entry."))
        return redirect("web:dashboard")
    form = EntryForm(request.POST or None)
    chosen = request.POST.get("organisation") or (str(organisations[0].public_id) if len(organisations) == 1 else "")
    if request.method == "POST" and form.is_valid():
        organisation = next((o for o in organisations if str(o.public_id) == chosen), None)
        if organisation is None:
            form.add_error(None, _("Choose the organisation the entry belongs to."))
        else:
            try:
                entry = svc.create_entry(request.user, organisation, form.content())
            except ValidationError as exc:
                apply_service_errors(form, exc)
            else:
                messages.success(request, _("Draft saved. You can keep editing, then submit it for moderation."))
                return redirect("repository:entry-edit", public_id=entry.public_id)
    return render(
        request,
        "repository/entry_form.html",
        {"form": form, "organisations": organisations, "chosen": chosen, "entry": None},
    )


def _owned(request, public_id) -> Entry:
    entry = get_object_or_404(Entry.objects.select_related("organisation"), public_id=public_id)
    if not request.user.has_perm("repository.edit_entry", entry):
        raise Http404
    return entry


@login_required
def entry_edit(request, public_id):
    entry = _owned(request, public_id)
    version = svc.working_version(entry)
    base = version.data if version else (entry.current_version.data if entry.current_version else {})
    locked = version is not None and version.state == EntryVersion.State.SUBMITTED
    if request.method == "POST" and not locked:
        form = EntryForm(request.POST)
        if form.is_valid():
            try:
                svc.update_draft(request.user, entry, form.content())
                if "submit" in request.POST:
                    svc.submit_entry(request.user, entry)
                    messages.success(request, _("Submitted. A moderator will review it."))
                    _warn_similar(request, entry, form.content())
                    return redirect("repository:my-entries")
            except ValidationError as exc:
                apply_service_errors(form, exc)
            else:
                messages.success(request, _("Draft saved."))
                return redirect("repository:entry-edit", public_id=entry.public_id)
    else:
        form = EntryForm(initial=initial_from(base))
    returned = version if version is not None and version.state == EntryVersion.State.RETURNED else None
    images = q.version_images(version or entry.versions.order_by("-number").first())
    return render(
        request,
        "repository/entry_form.html",
        {
            "form": form,
            "entry": entry,
            "version": version,
            "locked": locked,
            "returned": returned,
            "image_form": ImageForm(),
            "images": images,
            "max_images": settings.REPOSITORY_MAX_IMAGES,
        },
    )


@login_required
@require_POST
def entry_autosave(request, public_id):
    """The form's script posts here every few seconds while someone types; nothing typed is lost."""
    entry = _owned(request, public_id)
    form = EntryForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"saved": False, "errors": form.errors}, status=400)
    try:
        version = svc.update_draft(request.user, entry, form.content())
    except ValidationError as exc:
        return JsonResponse({"saved": False, "errors": exc.message_dict}, status=400)
    return JsonResponse(
        {"saved": True, "version": version.number, "saved_at": timezone.localtime(version.updated_at).isoformat()}
    )


@login_required
@require_POST
def entry_submit(request, public_id):
    entry = _owned(request, public_id)
    try:
        svc.submit_entry(request.user, entry)
    except ValidationError as exc:
        for field, errors in exc.message_dict.items():
            for message in errors:
                messages.error(request, f"{q.FIELD_LABELS.get(field, '')}: {message}".lstrip(": "))
        return redirect("repository:entry-edit", public_id=entry.public_id)
    messages.success(request, _("Submitted. A moderator will review it."))
    latest = entry.versions.order_by("-number").first()
    _warn_similar(request, entry, latest.data if latest else {})
    return redirect("repository:my-entries")


def _warn_similar(request, entry, data: dict) -> None:
    warn_about_similar_projects(
        request,
        data.get("title") or "",
        plain_text(data.get("description") or ""),
        exclude=[f"entry:{entry.public_id}"],
        year=entry.year,
    )


def _back_to_images(entry, image_id=None):
    anchor = f"#image-{image_id}" if image_id else "#images"
    return redirect(reverse("repository:entry-edit", kwargs={"public_id": entry.public_id}) + anchor)


def _error_messages(request, exc: ValidationError) -> None:
    for message in exc.messages:
        messages.error(request, message)


def _image_of(entry, image_id) -> EntryImage:
    return get_object_or_404(EntryImage, entry=entry, public_id=image_id)


@login_required
@require_POST
def image_add(request, public_id):
    entry = _owned(request, public_id)
    form = ImageForm(request.POST, request.FILES)
    if not form.is_valid():
        for errors in form.errors.values():
            for m in errors:
                messages.error(request, m)
        return _back_to_images(entry)
    try:
        added = image_svc.add_image(
            request.user,
            entry,
            form.cleaned_data["image"],
            form.cleaned_data["alt_text"],
            form.cleaned_data["caption"],
        )
    except ValidationError as exc:
        _error_messages(request, exc)
        return _back_to_images(entry)
    messages.success(request, _("Image added."))
    return _back_to_images(entry, added.public_id)


@login_required
@require_POST
def image_update(request, public_id, image_id):
    entry = _owned(request, public_id)
    _image_of(entry, image_id)
    form = ImageTextForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for m in errors:
                messages.error(request, m)
        return _back_to_images(entry, image_id)
    try:
        texts = form.cleaned_data
        image_svc.update_image(request.user, entry, image_id, texts["alt_text"], texts["caption"])
    except ValidationError as exc:
        _error_messages(request, exc)
    else:
        messages.success(request, _("Image text saved."))
    return _back_to_images(entry, image_id)


@login_required
@require_POST
def image_move(request, public_id, image_id):
    entry = _owned(request, public_id)
    _image_of(entry, image_id)
    form = ImageMoveForm(request.POST)
    if form.is_valid():
        try:
            image_svc.move_image(request.user, entry, image_id, form.cleaned_data["position"])
        except ValidationError as exc:
            _error_messages(request, exc)
        else:
            messages.success(request, _("Image moved."))
    return _back_to_images(entry, image_id)


@login_required
@require_POST
def image_remove(request, public_id, image_id):
    entry = _owned(request, public_id)
    _image_of(entry, image_id)
    try:
        image_svc.remove_image(request.user, entry, image_id)
    except ValidationError as exc:
        _error_messages(request, exc)
    else:
        messages.success(request, _("Image removed."))
    return _back_to_images(entry)


# --- Moderators -----------------------------------------------------------------------------------


@login_required
def moderation_queue(request):
    if not request.user.has_perm("repository.moderate_entry"):
        raise PermissionDenied
    return render(request, "repository/moderation_queue.html", {"versions": list(q.moderation_queue()[:300])})


@login_required
def moderation_review(request, version_id):
    if not request.user.has_perm("repository.moderate_entry"):
        raise PermissionDenied
    version = get_object_or_404(
        EntryVersion.objects.select_related("entry__organisation", "author"), public_id=version_id
    )
    entry = version.entry
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        decision, comment = form.cleaned_data["decision"], form.cleaned_data["comment"]
        try:
            if decision == "publish":
                svc.publish_entry(request.user, entry, comment=comment)
                messages.success(request, _("Published."))
            elif decision == "return":
                svc.return_entry(request.user, entry, comment)
                messages.success(request, _("Returned to the owners."))
            else:
                svc.reject_entry(request.user, entry, comment)
                messages.success(request, _("Rejected."))
            return redirect("repository:moderation")
        except ValidationError as exc:
            apply_service_errors(form, exc, fields={"reason": "comment"})
    published = entry.current_version if entry.current_version_id and entry.current_version_id != version.pk else None
    changes = q.version_diff(published.data if published else None, version.data)
    images = q.version_images(version)
    return render(
        request,
        "repository/moderation_review.html",
        {
            "version": version,
            "entry": entry,
            "published": published,
            "changes": changes,
            "images": images,
            "image_changes": q.image_diff(q.version_images(published) if published else None, images),
            "form": form,
        },
    )


# --- Secretariat ----------------------------------------------------------------------------------


@login_required
def import_page(request):
    require(request.user, "repository.import_entries")
    form = ImportForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            rows = import_svc.read_rows(upload, upload.name)
        except import_svc.ImportFileError as exc:
            form.add_error("file", str(exc))
        else:
            report = import_svc.import_entries(request.user, rows, dry_run=not form.cleaned_data["apply"])
            if report.applied:
                messages.success(
                    request,
                    _("Imported: %(create)d new, %(update)d updated, %(unchanged)d unchanged.") % report.summary(),
                )
    return render(request, "repository/import.html", {"form": form, "report": report})
