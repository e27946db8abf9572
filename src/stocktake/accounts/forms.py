from django import forms
from django.utils.translation import gettext_lazy as _

from stocktake.accounts.models import Membership, Organisation
from stocktake.taxonomy.models import Country, StakeholderType


class CountryChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class OrganisationForm(forms.Form):
    name = forms.CharField(label=_("Name of the organisation"), max_length=250)
    stakeholder_type = forms.ModelChoiceField(
        label=_("Stakeholder type"), queryset=StakeholderType.objects.all(), empty_label=_("Choose…")
    )
    country = CountryChoiceField(
        label=_("Country"),
        queryset=Country.objects.all(),
        required=False,
        empty_label=_("International (no single country)"),
        help_text=_("Where the organisation is based."),
    )
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Sorted by the localised name, which the database cannot do on a JSON column.
        countries = sorted(Country.objects.all(), key=lambda c: c.name)
        self.fields["country"].choices = [("", self.fields["country"].empty_label)] + [
            (c.pk, c.name) for c in countries
        ]

    @classmethod
    def initial_for(cls, organisation: Organisation) -> dict:
        return {
            "name": organisation.name,
            "stakeholder_type": organisation.stakeholder_type_id,
            "country": organisation.country_id,
            "website": organisation.website,
        }


class AddMemberForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address of a registered person"))
    role = forms.ChoiceField(label=_("Role"), choices=Membership.OrgRole.choices, initial=Membership.OrgRole.MEMBER)
