/* baomi desk: the one small script. It places the finding marks on page images (from their
   data attributes: the page's CSP allows no inline styles), links marks and the findings
   list both ways, fills the hand-redaction form from a text selection or a box drawn on a
   page, and lets a file be dropped on the upload form. Nothing here sends a request. */
(function () {
  "use strict";

  function placeMarks() {
    document.querySelectorAll("a.mark").forEach(function (m) {
      m.style.left = m.dataset.left + "%";
      m.style.top = m.dataset.top + "%";
      m.style.width = m.dataset.width + "%";
      m.style.height = m.dataset.height + "%";
    });
  }

  function activate(id, scrollDocument) {
    document.querySelectorAll(".active").forEach(function (e) { e.classList.remove("active"); });
    var items = document.querySelectorAll('[data-f="' + CSS.escape(id) + '"]');
    items.forEach(function (e) { e.classList.add("active"); });
    var entry = document.getElementById("f-" + id) || document.getElementById("m-" + id);
    if (entry && !scrollDocument) entry.scrollIntoView({ block: "nearest" });
    if (scrollDocument) {
      var mark = document.querySelector('.document [data-f="' + CSS.escape(id) + '"]');
      if (mark) mark.scrollIntoView({ block: "center" });
    }
  }

  function linkFindings() {
    document.querySelectorAll(".document [data-f]").forEach(function (m) {
      m.addEventListener("click", function (event) {
        event.preventDefault();
        activate(m.dataset.f, false);
      });
    });
    document.querySelectorAll("li.finding").forEach(function (li) {
      li.addEventListener("click", function (event) {
        if (event.target.closest("form, a")) return;
        activate(li.dataset.f, true);
      });
    });
  }

  function manualForm() {
    var form = document.getElementById("manual-form");
    if (!form) return null;
    return {
      text: document.getElementById("manual-text"),
      page: document.getElementById("manual-page"),
      box: document.getElementById("manual-box"),
      where: document.getElementById("manual-where"),
    };
  }

  function textSelection(fields) {
    document.querySelectorAll(".document .text, .document table.sheet").forEach(function (area) {
      area.addEventListener("mouseup", function () {
        var chosen = window.getSelection().toString();
        if (!chosen.trim()) return;
        fields.text.value = chosen;
        fields.page.value = "";
        fields.box.value = "";
        fields.where.textContent = "";
      });
    });
  }

  function boxDrawing(fields) {
    document.querySelectorAll("figure.page").forEach(function (page) {
      var start = null, drawn = null;
      function point(event) {
        var r = page.getBoundingClientRect();
        return {
          x: Math.min(Math.max(event.clientX - r.left, 0), r.width),
          y: Math.min(Math.max(event.clientY - r.top, 0), r.height),
          w: r.width, h: r.height,
        };
      }
      page.addEventListener("mousedown", function (event) {
        if (event.button !== 0 || event.target.classList.contains("mark")) return;
        event.preventDefault();
        start = point(event);
        document.querySelectorAll(".drawn").forEach(function (d) { d.remove(); });
        drawn = document.createElement("div");
        drawn.className = "drawn";
        page.appendChild(drawn);
      });
      page.addEventListener("mousemove", function (event) {
        if (!start) return;
        var p = point(event);
        drawn.style.left = Math.min(start.x, p.x) + "px";
        drawn.style.top = Math.min(start.y, p.y) + "px";
        drawn.style.width = Math.abs(p.x - start.x) + "px";
        drawn.style.height = Math.abs(p.y - start.y) + "px";
      });
      window.addEventListener("mouseup", function (event) {
        if (!start) return;
        var p = point(event), s = start;
        start = null;
        if (Math.abs(p.x - s.x) < 3 || Math.abs(p.y - s.y) < 3) { drawn.remove(); return; }
        var kx = parseFloat(page.dataset.width) / p.w, ky = parseFloat(page.dataset.height) / p.h;
        var box = [Math.min(s.x, p.x) * kx, Math.min(s.y, p.y) * ky,
                   Math.max(s.x, p.x) * kx, Math.max(s.y, p.y) * ky].map(function (v) { return v.toFixed(1); });
        fields.text.value = "";
        fields.page.value = page.dataset.page;
        fields.box.value = box.join(",");
        fields.where.textContent = page.querySelector("figcaption").textContent + " [" + box.join(", ") + "]";
      });
    });
  }

  function dropZone() {
    var zone = document.getElementById("drop");
    var input = document.getElementById("document");
    if (!zone || !input) return;
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (e) {
      if (e.dataTransfer && e.dataTransfer.files.length) input.files = e.dataTransfer.files;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    placeMarks();
    linkFindings();
    var fields = manualForm();
    if (fields) { textSelection(fields); boxDrawing(fields); }
    dropZone();
    if (location.hash.indexOf("#f-") === 0) activate(location.hash.slice(3), true);
  });
})();
