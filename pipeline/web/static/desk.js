/* baomi desk: the one small script. It places the finding marks on page images (from their
   data attributes: the page's CSP allows no inline styles), links marks and the findings
   list both ways, fills the hand-redaction form from a text selection or a box drawn on a
   page, and lets a file be dropped on the upload form. Nothing here sends a request. */
(function () {
  "use strict";

  // Parts of a large case the server sent as templates (parsed, not laid out): the findings
  // after the first, added a chunk at a time once the page has opened, and the marks of
  // later pages, added as their page comes near the screen. Anything that needs them all
  // (a finding asked for by its id) adds them at once.
  function inflate(template) {
    var parent = template.parentNode;
    if (!parent) return;
    var added = template.content;
    template.replaceWith(added);
    if (parent.matches && parent.matches("figure.page")) placeMarks(parent);
  }

  function inflateAll() {
    document.querySelectorAll("template.later").forEach(inflate);
  }

  function inflateLater() {
    var chunks = Array.prototype.slice.call(document.querySelectorAll("#finding-list > template.later"));
    var idle = window.requestIdleCallback || function (f) { return setTimeout(f, 16); };
    function next() {
      var chunk = chunks.shift();
      if (!chunk) return;
      inflate(chunk);
      idle(next);
    }
    idle(next);
    var pages = document.querySelectorAll("figure.page > template.later");
    if (!pages.length) return;
    if (!("IntersectionObserver" in window)) { pages.forEach(inflate); return; }
    var watch = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        watch.unobserve(entry.target);
        var template = entry.target.querySelector(":scope > template.later");
        if (template) inflate(template);
      });
    }, { root: document.getElementById("document"), rootMargin: "1500px 0px" });
    pages.forEach(function (t) { watch.observe(t.parentNode); });
  }

  function placeMarks(within) {
    (within || document).querySelectorAll("a.mark").forEach(function (m) {
      m.style.left = m.dataset.left + "%";
      m.style.top = m.dataset.top + "%";
      m.style.width = m.dataset.width + "%";
      m.style.height = m.dataset.height + "%";
    });
  }

  function activate(id, scrollDocument) {
    if (!document.getElementById("f-" + id) && !document.getElementById("m-" + id)) inflateAll();
    if (scrollDocument && !document.querySelector('.document [data-f="' + CSS.escape(id) + '"]')) inflateAll();
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

  // One listener for the document and one for the list (not one per mark and finding: a
  // case may hold hundreds).
  function linkFindings() {
    var doc = document.getElementById("document");
    if (doc) {
      doc.addEventListener("click", function (event) {
        var m = event.target.closest("[data-f]");
        if (!m || !doc.contains(m)) return;
        event.preventDefault();
        activate(m.dataset.f, false);
      });
    }
    var list = document.getElementById("findings");
    if (list) {
      list.addEventListener("click", function (event) {
        var li = event.target.closest("li.finding");
        if (!li) return;
        if (event.target.closest(".open-decide")) { openDecision(li); return; }
        if (event.target.closest("form, a, button, input")) return;
        activate(li.dataset.f, true);
      });
    }
  }

  // The one decision form, moved into the finding it is opened on.
  function openDecision(li) {
    var form = document.getElementById("decide-form");
    if (!form || !li.dataset.decide) return;
    document.getElementById("decide-finding").value = li.dataset.f;
    form.querySelector("button.refer").hidden = !li.dataset.refer;
    if (form.parentNode !== li) {
      form.querySelector(".reason").value = "";
      li.appendChild(form);
    }
    form.hidden = false;
    form.querySelector(".reason").focus();
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
    inflateLater();
    if (location.hash.indexOf("#f-") === 0 || location.hash.indexOf("#m-") === 0) {
      activate(location.hash.slice(3), true);
    }
  });
})();
