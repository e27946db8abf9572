"""apply_service_errors: a service's refusal lands on the form field it names, or above the form."""

import pytest
from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.utils import translation

from stocktake.common.forms import apply_service_errors


class ContactForm(forms.Form):
    name = forms.CharField(required=False)
    email = forms.EmailField(required=False)
    comment = forms.CharField(required=False)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def bound_form(**data) -> ContactForm:
    form = ContactForm(data={"name": "Ada", "email": "ada@example.org", "comment": ""} | data)
    assert form.is_valid()
    return form


def test_message_for_a_field_goes_on_that_field():
    form = bound_form()
    apply_service_errors(
        form,
        ValidationError(
            {
                "email": ValidationError("%(address)s is taken.", code="taken", params={"address": "ada@example.org"}),
                "name": ["Too short.", "Not in English."],
            }
        ),
    )
    assert form.errors["email"] == ["ada@example.org is taken."]
    assert form.errors["name"] == ["Too short.", "Not in English."]
    assert form.has_error("email", code="taken")  # the code survives, not just the text
    assert NON_FIELD_ERRORS not in form.errors
    assert "email" not in form.cleaned_data and "name" not in form.cleaned_data
    assert form.cleaned_data["comment"] == ""  # untouched field keeps its value


def test_plain_message_and_all_key_go_above_the_form():
    form = bound_form()
    apply_service_errors(form, ValidationError(["The deadline has passed.", "Try next year."]))
    assert form.non_field_errors() == ["The deadline has passed.", "Try next year."]

    form = bound_form()
    apply_service_errors(form, ValidationError({NON_FIELD_ERRORS: "Voting is closed.", "email": "Unknown address."}))
    assert form.non_field_errors() == ["Voting is closed."]
    assert form.errors["email"] == ["Unknown address."]


def test_key_the_form_has_no_field_for_goes_above_the_form():
    form = bound_form()
    apply_service_errors(form, ValidationError({"organisation": "Choose an organisation.", "name": "Too short."}))
    assert form.non_field_errors() == ["Choose an organisation."]
    assert form.errors["name"] == ["Too short."]
    assert "organisation" not in form.errors


def test_renamed_key_goes_on_the_field_it_is_renamed_to():
    form = bound_form()
    apply_service_errors(
        form,
        ValidationError({"reason": "Give the reason.", "status": "Not submitted."}),
        fields={"reason": "comment"},
    )
    assert form.errors["comment"] == ["Give the reason."]
    assert form.non_field_errors() == ["Not submitted."]


def test_permission_denied_goes_above_the_form():
    form = bound_form()
    apply_service_errors(form, PermissionDenied("Only members of the organisation can do this."))
    assert form.non_field_errors() == ["Only members of the organisation can do this."]
    assert set(form.errors) == {NON_FIELD_ERRORS}

    # A bare PermissionDenied still tells the user something.
    form = bound_form()
    apply_service_errors(form, PermissionDenied())
    assert form.non_field_errors() == ["You do not have permission to do this."]
