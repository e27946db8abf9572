from django import forms
from django.utils.translation import gettext_lazy as _

from stocktake.voting.models import ReasonCode


class InvalidateForm(forms.Form):
    reason_code = forms.ChoiceField(label=_("Reason"), choices=ReasonCode.choices)
    reason = forms.CharField(
        label=_("Written reason (kept in the ledger)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        min_length=10,
    )
    voter_ids = forms.CharField(widget=forms.HiddenInput, required=False)
    vote_ids = forms.CharField(widget=forms.HiddenInput, required=False)

    @staticmethod
    def _ids(text: str) -> list[int]:
        return [int(x) for x in (text or "").split(",") if x.strip().isdigit()]

    def clean(self):
        data = super().clean()
        data["voter_id_list"] = self._ids(data.get("voter_ids", ""))
        data["vote_id_list"] = self._ids(data.get("vote_ids", ""))
        if not data["voter_id_list"] and not data["vote_id_list"]:
            raise forms.ValidationError(_("Nothing to invalidate was selected."))
        return data


class ReverseForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is this invalidation reversed?"), widget=forms.Textarea(attrs={"rows": 2}), min_length=10
    )
