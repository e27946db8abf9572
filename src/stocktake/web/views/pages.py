from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from stocktake.web.queries import home_figures


def home(request):
    return render(request, "web/home.html", {"figures": home_figures()})


@login_required
def dashboard(request):
    memberships = request.user.memberships.select_related("organisation__country", "organisation__stakeholder_type")
    return render(request, "web/dashboard.html", {"memberships": memberships})


def about(request):
    return render(request, "web/about.html")
