// The insights widget: asks the platform for suggestions for the form's text and shows them.
// A suggestion changes the form only when the person presses its "Use" button.
(function () {
  "use strict";

  function csrfToken(widget) {
    var form = widget.closest("form");
    var input = (form && form.querySelector("input[name=csrfmiddlewaretoken]")) ||
      document.querySelector("input[name=csrfmiddlewaretoken]");
    if (input) { return input.value; }
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function valueOf(id) {
    var el = id ? document.getElementById(id) : null;
    return el ? el.value : "";
  }

  function hostForm(widget) {
    return widget.closest("form") || document;
  }

  function apply(widget, button) {
    var name = button.getAttribute("data-field");
    var value = button.getAttribute("data-value");
    var scope = hostForm(widget);
    var done = false;
    scope.querySelectorAll("[name='" + name + "']").forEach(function (el) {
      if ((el.type === "checkbox" || el.type === "radio") && el.value === value) {
        el.checked = true; el.dispatchEvent(new Event("change", { bubbles: true })); done = true;
      } else if (el.tagName === "SELECT") {
        Array.prototype.forEach.call(el.options, function (option) {
          if (option.value === value) { option.selected = true; done = true; }
        });
        if (done) { el.dispatchEvent(new Event("change", { bubbles: true })); }
      }
    });
    var status = widget.querySelector("[data-insights-results]");
    if (done) { button.textContent = widget.getAttribute("data-done-text") || "✓"; }
    button.disabled = done;
    if (done && status) {
      var note = document.createElement("p");
      note.className = "visually-hidden";
      note.textContent = (widget.getAttribute("data-applied-text") || "Added to the form:") + " " + value;
      status.appendChild(note);
    }
  }

  function run(widget) {
    var results = widget.querySelector("[data-insights-results]");
    var body = new URLSearchParams();
    body.set("title", valueOf(widget.getAttribute("data-title-field")));
    body.set("description", valueOf(widget.getAttribute("data-description-field")));
    body.set("fields", widget.getAttribute("data-fields") || "");
    body.set("year", widget.getAttribute("data-year") || "");
    body.set("language", widget.getAttribute("data-language") || "en");
    (widget.getAttribute("data-exclude") || "").split(",").forEach(function (key) {
      if (key) { body.append("exclude", key); }
    });
    results.setAttribute("aria-busy", "true");
    fetch(widget.getAttribute("data-endpoint"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(widget), "Content-Type": "application/x-www-form-urlencoded" },
      body: body.toString()
    }).then(function (response) { return response.text(); })
      .then(function (html) { results.innerHTML = html; })
      .catch(function () { results.textContent = widget.getAttribute("data-error-text") || "Suggestions are not available right now."; })
      .finally(function () { results.setAttribute("aria-busy", "false"); });
  }

  document.querySelectorAll("[data-insights-assist]").forEach(function (widget) {
    widget.querySelector("[data-insights-run]").addEventListener("click", function () { run(widget); });
    widget.addEventListener("click", function (event) {
      var button = event.target.closest("[data-insights-apply]");
      if (button) { apply(widget, button); }
    });
  });
})();
