// Progressive enhancement: ticking a filter applies it at once (the "Apply filters" button does
// the same without JavaScript).
(function () {
  "use strict";
  document.querySelectorAll("input[data-autosubmit-filter]").forEach(function (box) {
    box.addEventListener("change", function () { box.form.submit(); });
  });
})();
