"""The questionnaire as a Django form, built from the track's questions. The form only shapes the
input; every rule (completeness, words, English, duplicates, deadline) lives in the service, whose
messages are attached back to the fields."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from stocktake.contests.questionnaire import BOOL, IMAGE, TEXT, URL, questions_for, settings_for
from stocktake.repository.models import Entry
from stocktake.taxonomy.models import SDG, Country, GDCObjective


class SubmissionForm(forms.Form):
    def __init__(self, *args, track, organisations=None, submission=None, allow_individual=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.track = track
        conf = settings_for(track)
        low, high = conf.get("short_description_words", [150, 200])
        # A person may enter on their own behalf where the track allows it: the empty choice.
        self.allow_individual = allow_individual and submission is None
        if organisations is not None and submission is None and (organisations.exists() or not allow_individual):
            self.fields["organisation"] = forms.ModelChoiceField(
                queryset=organisations,
                label=_("Entrant") if allow_individual else _("Submitting organisation"),
                empty_label=_("Myself, as an individual") if allow_individual else None,
                required=not allow_individual,
            )
        individual = submission.is_individual if submission is not None else allow_individual
        if individual:
            self.fields["entrant_country"] = forms.ChoiceField(
                label=_("Your country of residence"),
                help_text=_("Asked of individual entrants; an organisation's country is on its profile."),
                choices=[("", _("Choose a country"))] + [(c.code, c.name) for c in Country.objects.all()],
                required=False,
            )
        categories = list(track.categories.select_related("prize_category"))
        if len(categories) > 1:
            self.fields["category"] = forms.TypedChoiceField(
                label=_("Category"),
                help_text=_("Exactly one category per project."),
                choices=[("", _("Choose a category"))] + [(c.number, str(c)) for c in categories],
                coerce=int,
            )
        org = submission.organisation if submission else None
        if conf.get("requires_entry"):
            entries = Entry.objects.none()
            if org is not None:
                entries = Entry.objects.filter(organisation=org)
            elif organisations is not None:
                # A new submission: offer the entries of every organisation the person may submit for
                # (the service checks that the entry belongs to the organisation chosen above).
                entries = Entry.objects.filter(organisation__in=organisations)
            entries = entries.exclude(state="rejected").select_related("organisation").order_by("-updated_at")
            several = org is None and organisations is not None and len(organisations) > 1
            self.fields["entry"] = forms.ChoiceField(
                label=_("Repository entry"),
                help_text=_("Reuse one of your organisation's entries, or leave empty to create one from this form."),
                required=False,
                choices=[("", _("Create a new entry from this submission"))]
                + [
                    (str(e.public_id), f"{e.title} ({e.organisation.name})" if several else e.title)
                    for e in entries[:200]
                ],
            )
        self.fields["title"] = forms.CharField(label=_("Project title"), max_length=250)
        self.fields["short_description"] = forms.CharField(
            label=_("Short description"),
            help_text=_("%(low)d–%(high)d words, in English. Voters read this text.") % {"low": low, "high": high},
            widget=forms.Textarea(attrs={"rows": 8, "data-words-min": low, "data-words-max": high}),
            required=False,
        )
        for q in questions_for(track):
            if q.kind == TEXT:
                field = forms.CharField(
                    label=q.label,
                    help_text=q.help,
                    required=False,
                    widget=forms.Textarea(attrs={"rows": 5, "data-words-min": q.min_words}),
                )
            elif q.kind == BOOL:
                field = forms.BooleanField(label=q.label, required=False)
            elif q.kind == URL:
                field = forms.URLField(label=q.label, help_text=q.help, required=False, assume_scheme="https")
            elif q.kind == IMAGE:
                field = forms.FileField(
                    label=q.label,
                    help_text=q.help,
                    required=False,
                    widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png"}),
                )
            else:
                continue
            self.fields[q.key] = field
        if track.kind in {"main", "healthy-ageing"}:
            self.fields["sdgs"] = forms.TypedMultipleChoiceField(
                label=_("Sustainable Development Goals"),
                choices=[(s.number, str(s)) for s in SDG.objects.all()],
                coerce=int,
                required=False,
                widget=forms.CheckboxSelectMultiple,
            )
            if conf.get("requires_gdc"):
                self.fields["gdc_objectives"] = forms.TypedMultipleChoiceField(
                    label=_("Global Digital Compact objectives"),
                    choices=[(g.number, str(g)) for g in GDCObjective.objects.all()],
                    coerce=int,
                    required=False,
                    widget=forms.CheckboxSelectMultiple,
                )
            self.fields["countries"] = forms.MultipleChoiceField(
                label=_("Countries of implementation"),
                help_text=_("Needed when a new entry is created. Hold Ctrl (or ⌘) to choose several."),
                choices=[(c.code, c.name) for c in Country.objects.all()],
                required=False,
                widget=forms.SelectMultiple(attrs={"size": 8}),
            )
            self.fields["is_international"] = forms.BooleanField(
                label=_("International (global scope)"), required=False
            )
            self.fields["website"] = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    @classmethod
    def initial_from(cls, submission) -> dict:
        answers = submission.answers or {}
        initial = dict(answers)
        initial |= {
            "title": "" if submission.title == str(_("Untitled draft")) else submission.title,
            "short_description": submission.short_description,
            "category": submission.category.number if submission.category_id else "",
            "entry": str(submission.entry.public_id) if submission.entry_id else "",
            "entrant_country": submission.entrant_country.code if submission.entrant_country_id else "",
        }
        return initial

    @property
    def enters_as_individual(self) -> bool:
        return self.allow_individual and self.cleaned_data.get("organisation") is None

    def service_data(self) -> dict:
        data = {k: v for k, v in self.cleaned_data.items() if k not in {"organisation", "image"}}
        if "category" not in self.fields:
            data["category"] = self.track.categories.first()
        return data


class WithdrawForm(forms.Form):
    confirm = forms.BooleanField(label=_("Yes, withdraw this submission"))


class ExtendDeadlineForm(forms.Form):
    ends_at = forms.DateTimeField(
        label=_("New deadline (Geneva time)"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}))
