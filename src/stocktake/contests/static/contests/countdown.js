// Counts down to each [data-countdown] time; the server-rendered date stays for no-JS readers.
(function () {
  "use strict";
  var nodes = document.querySelectorAll("[data-countdown]");
  if (!nodes.length) { return; }
  function tick() {
    var now = Date.now();
    nodes.forEach(function (node) {
      var left = Math.max(0, Date.parse(node.dataset.countdown) - now);
      var d = Math.floor(left / 86400000), h = Math.floor(left / 3600000) % 24;
      var m = Math.floor(left / 60000) % 60, s = Math.floor(left / 1000) % 60;
      var time = node.querySelector("time");
      if (time) { time.textContent = d + " d " + h + " h " + m + " min " + s + " s"; }
    });
  }
  tick();
  setInterval(tick, 1000);
})();
