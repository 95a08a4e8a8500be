// Newsgraph pages: a little behaviour on top of server-rendered HTML. Everything works without it; it only
// highlights a person's links in the network pictures on hover or focus. No inline handlers (the pages' Content
// Security Policy forbids them); no HTML is ever built from strings.
(function () {
  "use strict";

  function highlightNetwork(svg) {
    var edges = svg.querySelectorAll(".nw-edge");
    var nodes = svg.querySelectorAll(".nw-node");
    var byId = {};
    nodes.forEach(function (n) { byId[n.getAttribute("data-node")] = n; });

    function on(id) {
      svg.classList.add("hovering");
      byId[id].classList.add("hl");
      edges.forEach(function (e) {
        var a = e.getAttribute("data-a"), b = e.getAttribute("data-b");
        if (a === id || b === id) {
          e.classList.add("hl");
          if (byId[a]) { byId[a].classList.add("hl"); }
          if (byId[b]) { byId[b].classList.add("hl"); }
        }
      });
    }

    function off() {
      svg.classList.remove("hovering");
      svg.querySelectorAll(".hl").forEach(function (e) { e.classList.remove("hl"); });
    }

    nodes.forEach(function (n) {
      var id = n.getAttribute("data-node");
      n.addEventListener("mouseenter", function () { on(id); });
      n.addEventListener("focus", function () { on(id); });
      n.addEventListener("mouseleave", off);
      n.addEventListener("blur", off);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("svg.network").forEach(highlightNetwork);
  });
})();
