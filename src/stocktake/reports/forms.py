from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from stocktake.reports.builder import itu_regions
from stocktake.reports.models import ReportBuild
from stocktake.reports.queries import available_years


class BuildForm(forms.Form):
    kind = forms.ChoiceField(label=_("Report"), choices=ReportBuild.Kind.choices)
    year = forms.TypedChoiceField(label=_("Year"), coerce=int, choices=())
    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        help_text=_("Only for a regional report."),
        choices=(),
    )
    format = forms.ChoiceField(label=_("Format"), choices=ReportBuild.Format.choices, initial="pdf")
    language = forms.ChoiceField(label=_("Language"), choices=())
    include_champions = forms.BooleanField(
        label=_("Include the champions"), required=False, help_text=_("Only for the Success Stories book.")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        years = sorted(set(available_years()), reverse=True)
        self.fields["year"].choices = [(y, str(y)) for y in years]
        self.fields["region"].choices = [("", _("None (global)")), *[(r.code, r.name) for r in itu_regions()]]
        self.fields["language"].choices = [(code, name) for code, name in settings.LANGUAGES]
        self.fields["language"].initial = get_language()

    def add_error(self, field, error):
        super().add_error(field, error)
        # Tie each error message (and help text) to its control for screen readers.
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                described = [f"id_{name}-error"] + ([f"id_{name}-help"] if self.fields[name].help_text else [])
                widget.attrs.update({"aria-invalid": "true", "aria-describedby": " ".join(described)})
