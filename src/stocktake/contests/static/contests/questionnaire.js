// Live word counts and draft autosave for the prize questionnaire. The server counts words the
// same way (contests/wordcount.py): white-space separated runs holding a letter or a digit.
(function () {
  "use strict";
  var form = document.querySelector("form.questionnaire");
  if (!form) { return; }
  function countWords(text) {
    return (text.trim().match(/\S+/g) || []).filter(function (t) { return /[\p{L}\p{N}]/u.test(t); }).length;
  }
  form.querySelectorAll("textarea[data-words-min]").forEach(function (area) {
    var min = parseInt(area.dataset.wordsMin || "0", 10);
    var max = parseInt(area.dataset.wordsMax || "0", 10);
    var out = document.createElement("span");
    out.className = "word-count help";
    out.id = area.id + "-count";
    out.setAttribute("aria-live", "polite");
    area.insertAdjacentElement("afterend", out);
    area.setAttribute("aria-describedby", ((area.getAttribute("aria-describedby") || "") + " " + out.id).trim());
    function update() {
      var n = countWords(area.value);
      var ok = n >= min && (!max || n <= max);
      var limits = max ? min + "–" + max : "≥ " + min;
      out.textContent = n + " / " + limits + " " + (form.dataset.wordsLabel || "words");
      out.classList.toggle("word-count-bad", !ok && n > 0);
    }
    area.addEventListener("input", update);
    update();
  });
  var url = form.dataset.autosaveUrl;
  var status = form.querySelector(".autosave-status");
  if (!url) { return; }
  var timer = null;
  function save() {
    var data = new FormData(form);
    data.delete("image");
    fetch(url, { method: "POST", body: data, credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      .then(function (r) { return r.json(); })
      .then(function (body) {
        if (status) { status.textContent = body.saved ? "✓ " + body.saved_at : ""; }
      })
      .catch(function () { if (status) { status.textContent = ""; } });
  }
  form.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(save, 3000);
  });
})();
