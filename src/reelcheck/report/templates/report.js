(function () {
  "use strict";
  // Details popover for highlights. Cards are cloned from the "All findings" section, so no
  // article text ever passes through innerHTML.
  var pop = document.getElementById("rc-pop");
  if (!pop) { return; }
  var body = pop.querySelector(".rc-pop-body");
  var closeBtn = pop.querySelector(".rc-pop-close");
  var pinned = false, anchor = null, hideTimer = null, quiet = false;

  function chain(el) {
    // The finding keys covering `el`, innermost first.
    var keys = [];
    for (var n = el; n && n !== document.body; n = n.parentElement) {
      if (n.matches && n.matches("mark.ann") && keys.indexOf(n.dataset.ann) < 0) { keys.push(n.dataset.ann); }
    }
    return keys;
  }
  function show(keys, el, pin, pt) {
    clearTimeout(hideTimer);
    while (body.firstChild) { body.removeChild(body.firstChild); }
    keys.forEach(function (k) {
      var card = document.getElementById("card-" + k);
      if (card) { var c = card.cloneNode(true); c.removeAttribute("id"); body.appendChild(c); }
    });
    if (anchor) { anchor.classList.remove("active"); }
    anchor = el; pinned = !!pin;
    if (el) { el.classList.add("active"); }
    pop.hidden = false;
    // A highlight that wraps over lines has one box per line: anchor to the box that was
    // pointed at (or the first one), not to the bounding box of all of them.
    var rects = el.getClientRects(), r = rects[0] || el.getBoundingClientRect();
    if (pt) {
      for (var i = 0; i < rects.length; i++) {
        var b = rects[i];
        if (pt.y >= b.top && pt.y <= b.bottom) { r = b; if (pt.x >= b.left && pt.x <= b.right) { break; } }
      }
    }
    var left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8));
    pop.style.left = left + "px";
    pop.style.top = (window.scrollY + r.bottom + 6) + "px";
    if (pin) { closeBtn.focus({preventScroll: true}); }
  }
  function hide(restoreFocus) {
    pop.hidden = true; pinned = false;
    if (anchor) {
      anchor.classList.remove("active");
      if (restoreFocus) { quiet = true; anchor.focus(); quiet = false; }
    }
    anchor = null;
  }
  function markOf(t) {
    if (!t.closest) { return null; }
    var b = t.closest("#rc-article .badge");  // a badge stands for its own finding
    if (b) { return document.getElementById("at-" + b.dataset.ann); }
    return t.closest("mark.ann");
  }
  function open(m, pin, pt) { show(chain(m), m, pin, pt); }
  var article = document.getElementById("rc-article");
  article.addEventListener("click", function (ev) {
    var m = markOf(ev.target); if (!m) { return; }
    ev.stopPropagation(); open(m, true, {x: ev.clientX, y: ev.clientY});
  });
  article.addEventListener("keydown", function (ev) {
    var m = markOf(ev.target); if (!m) { return; }
    if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); open(m, true); }
  });
  article.addEventListener("mouseover", function (ev) {
    var m = markOf(ev.target); if (!m || pinned) { return; }
    show(chain(m), m, false, {x: ev.clientX, y: ev.clientY});
  });
  article.addEventListener("mouseout", function (ev) {
    if (pinned) { return; }
    hideTimer = setTimeout(function () { if (!pinned) { hide(false); } }, 250);
  });
  article.addEventListener("focusin", function (ev) {
    var m = markOf(ev.target); if (!m || pinned || quiet) { return; }
    show(chain(m), m, false);
  });
  pop.addEventListener("mouseover", function () { clearTimeout(hideTimer); });
  pop.addEventListener("mouseout", function () {
    if (!pinned) { hideTimer = setTimeout(function () { if (!pinned) { hide(false); } }, 250); }
  });
  closeBtn.addEventListener("click", function () { hide(true); });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape" && !pop.hidden) { hide(true); } });
  document.addEventListener("click", function (ev) {
    if (!pop.hidden && !pop.contains(ev.target) && !markOf(ev.target)) { hide(false); }
  });
  // Summary and card links: jump to the highlight and open its details.
  document.querySelectorAll("a.rc-jump").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      var m = document.getElementById("at-" + a.dataset.ann);
      if (!m) { return; }
      ev.preventDefault(); ev.stopPropagation();
      m.scrollIntoView({block: "center"}); m.focus({preventScroll: true}); open(m, true);
    });
  });
})();
