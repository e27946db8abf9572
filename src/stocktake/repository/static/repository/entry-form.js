// Draft autosave: a few seconds after the last change, post the whole form to the draft endpoint,
// so nothing typed is lost if the browser closes. The form still saves without JavaScript.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave-url]");
  if (!form) { return; }
  var status = form.querySelector(".autosave-status");
  var timer = null;
  var dirty = false;
  function say(text) { if (status) { status.textContent = text; } }
  function save() {
    if (!dirty) { return; }
    dirty = false;
    say(form.dataset.savingText || "Saving…");
    fetch(form.dataset.autosaveUrl, {
      method: "POST",
      body: new FormData(form),
      headers: { "X-Requested-With": "fetch" },
      credentials: "same-origin"
    }).then(function (response) {
      return response.json().then(function (body) {
        if (response.ok && body.saved) {
          say((form.dataset.savedText || "Draft saved at") + " " + new Date(body.saved_at).toLocaleTimeString());
        } else {
          say(form.dataset.errorText || "Not saved yet: check the highlighted fields.");
        }
      });
    }).catch(function () {
      dirty = true;
      say(form.dataset.offlineText || "Offline: will retry.");
    });
  }
  function changed() {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(save, 3000);
  }
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  window.addEventListener("beforeunload", function () {
    if (dirty && navigator.sendBeacon) { navigator.sendBeacon(form.dataset.autosaveUrl, new FormData(form)); }
  });
})();
