from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.template.loader import render_to_string

from stocktake.web.dashboard import panels_for
from stocktake.web.queries import home_charts, home_figures


def home(request):
    return render(request, "web/home.html", {"figures": home_figures(), "charts": home_charts()})


@login_required
def dashboard(request):
    panels = [
        render_to_string(panel.template, {**context, "panel": panel}, request=request)
        for panel, context in panels_for(request)
    ]
    return render(request, "web/dashboard.html", {"panels": panels})


def about(request):
    return render(request, "web/about.html")
