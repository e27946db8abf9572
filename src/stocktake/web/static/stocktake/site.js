// Small progressive enhancements; every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Submit the language form as soon as a language is picked with the mouse or by touch. Arrow keys
  // change a closed select's value too, so keyboard users confirm with the button instead of
  // reloading the page on every key press (WCAG 3.2.2).
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    var byKeyboard = false;
    select.addEventListener("keydown", function () { byKeyboard = true; });
    select.addEventListener("pointerdown", function () { byKeyboard = false; });
    select.addEventListener("change", function () {
      if (!byKeyboard) { select.form.submit(); }
    });
  });

  // The header menu on small screens: a disclosure button (aria-expanded) that opens the menu panel.
  var toggle = document.querySelector(".menu-toggle");
  var menu = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
  if (toggle && menu) {
    var setOpen = function (open) {
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      menu.classList.toggle("is-open", open);
    };
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });
    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
        setOpen(false);
        toggle.focus();
      }
    });
  }

  // Charts: a click on a bar opens the entries behind it. Keyboard and screen-reader users follow
  // the same links from the chart's table; the picture itself is one image to them.
  document.querySelectorAll(".chart-row[data-href]").forEach(function (row) {
    row.addEventListener("click", function () { window.location.href = row.getAttribute("data-href"); });
  });

  // Move focus to a form's error summary, so it is read out and its links lead to the fields.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) { summary.focus(); }
})();
