"""Web pages: the suggestion widget's endpoint, a page to try it, and the secretariat's reports."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.views.decorators.http import require_POST

from stocktake.common.permissions import require
from stocktake.insights import queries
from stocktake.insights.engine.duplicates import DUPLICATE_THRESHOLD
from stocktake.repository.models import Entry


def entry_url(public_id) -> str | None:
    """The repository's page of an entry, where the repository app provides one."""
    if not public_id:
        return None
    try:
        return reverse("repository:entry", kwargs={"public_id": public_id})
    except NoReverseMatch:
        return None


def _with_links(items):
    for item in items:
        item["url"] = entry_url(item["public_id"]) if item["kind"] == "entry" else None
    return items


FAMILIES = ("category", "action_line", "subtopic", "sdg", "gdc")


def parse_fields(spec: str) -> dict[str, str]:
    """The host form's field names for each label family, from "category=category,sdg=sdgs"."""
    out = {}
    for part in (spec or "").split(","):
        family, _, name = part.partition("=")
        if family.strip() in FAMILIES and name.strip().replace("_", "").replace("-", "").isalnum():
            out[family.strip()] = name.strip()
    return out


# In the widget, alternatives the model gives almost no chance are noise; the API keeps them (a
# ranking is useful to programs).
SHOWN_MIN_SCORE = 0.05


def for_display(suggestions: dict) -> dict:
    shown = dict(suggestions)
    for family in ("categories", "action_lines", "subtopics", "sdgs", "gdc_objectives"):
        items = suggestions[family]
        shown[family] = items[:1] + [s for s in items[1:] if s["score"] >= SHOWN_MIN_SCORE]
    return shown


@require_POST
def assist(request):
    """The widget's endpoint: suggestions and duplicate warnings for the text of a form, as an HTML
    fragment. Nothing is applied: the person accepts a suggestion with its own button."""
    title = request.POST.get("title", "")
    description = request.POST.get("description", "")
    language = request.POST.get("language") or "en"
    exclude = [k for k in request.POST.getlist("exclude") if k.startswith(("entry:", "submission:"))]
    year = request.POST.get("year")
    current_year = int(year) if year and year.isdigit() else None
    privileged = request.user.has_perm("insights.view_reports")
    context = {"fields": parse_fields(request.POST.get("fields", ""))}
    try:
        context["suggestions"] = for_display(queries.suggest(title, description, language))
        context["warnings"] = _with_links(
            queries.duplicate_warnings(
                title, description, language, exclude=exclude, current_year=current_year, privileged=privileged
            )
        )
    except ValidationError as exc:
        context["errors"] = [m for messages in exc.message_dict.values() for m in messages]
        return render(request, "insights/_assist_results.html", context, status=400)
    return render(request, "insights/_assist_results.html", context)


def try_page(request):
    """A page where anyone can see what the model suggests for a description (works without
    JavaScript too: the form posts here and the results are shown below it)."""
    context = {"title": "", "description": ""}
    if request.method == "POST":
        context["title"] = request.POST.get("title", "")
        context["description"] = request.POST.get("description", "")
        try:
            context["suggestions"] = for_display(queries.suggest(context["title"], context["description"]))
            context["warnings"] = _with_links(queries.duplicate_warnings(context["title"], context["description"]))
        except ValidationError as exc:
            context["errors"] = exc.message_dict
    return render(request, "insights/try.html", context, status=400 if context.get("errors") else 200)


@login_required
def disagreements(request):
    require(request.user, "insights.view_reports")
    page = Paginator(queries.disagreements(), 50).get_page(request.GET.get("page"))
    rows = [(s, entry_url(s.entry.public_id)) for s in page.object_list]
    return render(request, "insights/disagreements.html", {"page": page, "rows": rows})


@login_required
def duplicates(request):
    require(request.user, "insights.view_reports")
    years = sorted(
        {y for y in Entry.objects.filter(state=Entry.State.PUBLISHED).values_list("year", flat=True).distinct() if y},
        reverse=True,
    )
    from stocktake.contests.models import Edition

    years = sorted(set(years) | set(Edition.objects.values_list("year", flat=True)), reverse=True)
    year = request.GET.get("year")
    year = int(year) if year and year.isdigit() else (years[0] if years else None)
    clusters = [_with_links(c) for c in queries.duplicate_clusters(year)] if year else []
    return render(
        request,
        "insights/duplicates.html",
        {"years": years, "year": year, "clusters": clusters, "threshold": DUPLICATE_THRESHOLD},
    )
