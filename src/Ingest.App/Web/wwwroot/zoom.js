// A page image opened large in a modal <dialog>: fitted to the window first, then zoomed in or
// out (buttons, or the + and − keys) or shown at its natural size, and scrolled; Escape or the
// close button closes it and gives focus back to the image that opened it.
"use strict";

const ZOOM_STEP = 1.5;
const ZOOM_MAX = 8;
const ZOOM_MIN = 0.25;

let zoomOpener = null;
let zoomScale = 1;

function zoomTo(scale) {
  zoomScale = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, scale));
  $("#zoom-frame").style.width = `${zoomScale * 100}%`;
  $("#zoom").dataset.scale = zoomScale.toFixed(2);
}

// The natural size, as a share of the view's width.
function zoomNatural() {
  const img = $("#zoom-frame img");
  const view = $("#zoom-view");
  if (img?.naturalWidth && view.clientWidth) zoomTo(img.naturalWidth / view.clientWidth);
}

function openZoom(opener, title) {
  const dialog = $("#zoom");
  zoomOpener = opener;
  $("#zoom-title").textContent = title;
  // The same image and outlines as the page shows, larger.
  const frame = el("div", { id: "zoom-frame", className: "zoom-frame" }, ...[...opener.children].map((c) => c.cloneNode(true)));
  $("#zoom-view").replaceChildren(frame);
  zoomTo(1);
  dialog.showModal();
  $("#zoom-in").focus();
}

function initZoom() {
  const dialog = $("#zoom");
  if (!dialog) return;
  $("#zoom-in").addEventListener("click", () => zoomTo(zoomScale * ZOOM_STEP));
  $("#zoom-out").addEventListener("click", () => zoomTo(zoomScale / ZOOM_STEP));
  $("#zoom-fit").addEventListener("click", () => zoomTo(1));
  $("#zoom-natural").addEventListener("click", zoomNatural);
  $("#zoom-close").addEventListener("click", () => dialog.close());
  dialog.addEventListener("keydown", (e) => {
    if (e.key === "+" || e.key === "=") { zoomTo(zoomScale * ZOOM_STEP); e.preventDefault(); }
    if (e.key === "-" || e.key === "−") { zoomTo(zoomScale / ZOOM_STEP); e.preventDefault(); }
    if (e.key === "0") { zoomTo(1); e.preventDefault(); }
  });
  dialog.addEventListener("close", () => {
    $("#zoom-view").replaceChildren();
    zoomOpener?.focus();
    zoomOpener = null;
  });
}

initZoom();
