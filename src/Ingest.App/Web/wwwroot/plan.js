// plan.html?id=N: one plan's record (header, references, deadlines, quotas, targets), its pages
// beside their images (zoomable), the file's history, and the archivist's header correction.
"use strict";

const LOW_CONFIDENCE = 60;

// The page image as a button: Enter, Space or a click opens it large (zoom.js). The outlines of
// low-confidence words are placed in percent of the image, so they scale with it.
function pageImage(planDocId, page, words, whole) {
  const frame = el("button", { type: "button", className: "image", ariaLabel: t("pages.zoom", { number: page.number }) });
  frame.append(el("img", { src: `/api/documents/${planDocId}/pages/${page.number}.png`, alt: t("pages.image_alt", { number: page.number }) }));
  if (whole) {
    for (const w of words.filter((w) => w.conf >= 0 && w.conf < LOW_CONFIDENCE)) {
      frame.append(el("div", { className: "box", title: `${w.text} (${Math.round(w.conf)}%)`, style: `left:${100 * w.left / whole.width}%;top:${100 * w.top / whole.height}%;width:${100 * w.width / whole.width}%;height:${100 * w.height / whole.height}%` }));
    }
    // The layout regions OCR read the page by, in the same pixels as the word boxes: numbered in
    // the order they were read; the dropped ones (seals, stamps, handwriting: not read) unnumbered.
    // Hidden until the page list's switch shows them (regionsToggle).
    let read = 0;
    for (const r of page.regions ?? []) {
      const label = r.kind === "dropped" ? word("region", r.kind) : `${++read}. ${word("region", r.kind)}`;
      frame.append(el("div", { className: `region region-${r.kind}`, dataset: { kind: r.kind }, style: `left:${100 * r.left / whole.width}%;top:${100 * r.top / whole.height}%;width:${100 * r.width / whole.width}%;height:${100 * r.height / whole.height}%` },
        el("span", { className: "region-label" }, label)));
    }
  }
  frame.addEventListener("click", () => openZoom(frame, t("zoom.title", { number: page.number })));
  return frame;
}

function pageView(planDocId, page) {
  const words = page.words.filter((w) => w.level === 5);
  const whole = page.words.find((w) => w.level === 1);
  const image = page.has_image ? pageImage(planDocId, page, words, whole) : el("div", { className: "image" });
  // The restored text keeps OCR's words in order; when the counts agree, mark the same words in it.
  const text = el("pre", { className: "text" });
  const tokens = page.text.split(/(\s+)/);
  const wordTokens = tokens.filter((x) => x.trim());
  if (words.length === wordTokens.length && words.length > 0) {
    let k = 0;
    for (const token of tokens) {
      if (!token.trim()) { text.append(token); continue; }
      const w = words[k++];
      text.append(w.conf >= 0 && w.conf < LOW_CONFIDENCE ? el("span", { className: "low", title: t("pages.low_word", { text: w.text, confidence: Math.round(w.conf) }) }, token) : token);
    }
  } else {
    text.textContent = page.text;
  }
  const source = word("source", page.source);
  const title = page.confidence == null
    ? t("pages.title", { number: page.number, source })
    : t("pages.title_conf", { number: page.number, source, confidence: Math.round(page.confidence) });
  return el("div", { className: "page" }, image, el("div", { className: "page-text" }, el("h4", {}, title), text));
}

// One switch for the page list: the layout regions drawn over every page image, and over the
// zoomed one (it copies the image's outlines). Only when some page has regions: text layers and
// pages read before regions were kept have none.
function regionsToggle(pages) {
  $("#regions-toggle")?.remove();
  if (!pages.some((x) => x.regions?.length)) return;
  const box = el("input", { type: "checkbox", checked: document.body.classList.contains("show-regions") });
  box.addEventListener("change", () => document.body.classList.toggle("show-regions", box.checked));
  $("#pages").before(el("label", { id: "regions-toggle", className: "regions-toggle" }, box, t("regions.toggle")));
}

// What a person corrects is read off the page: the plan's first page image stands beside the
// form while it is open (beside it on a screen, above it on a phone; click to zoom).
function besidePage(form, p) {
  const page = p.pages.find((x) => x.number === p.page && x.has_image);
  if (!page || form.parentElement?.classList.contains("edit-beside")) return;
  const wrap = el("div", { className: "edit-beside" });
  form.before(wrap);
  const image = el("button", { type: "button", className: "edit-image", ariaLabel: t("pages.zoom", { number: page.number }) },
    el("img", { src: `/api/documents/${p.document_id}/pages/${page.number}.png`, alt: t("pages.image_alt", { number: page.number }) }));
  image.addEventListener("click", () => openZoom(image, t("zoom.title", { number: page.number })));
  wrap.append(form, image);
}

// An archivist corrects the header on the plan page: only the fields changed are sent (PATCH);
// the person's values then win over the machine's, on every reprocess too.
function initCorrection(id, r, p) {
  const fields = ["number", "kind", "issuer", "issued_on", "title"];
  const corrected = r.corrected ?? [];
  $("#corrected").dataset.fields = corrected.join(" ");
  $("#corrected").textContent = corrected.length ? t("plan.corrected", { fields: corrected.map((f) => word("field", f)).join(", ") }) : "";
  $("#edit").onclick = () => {
    for (const f of fields) $(`#edit-${f}`).value = r[f] ?? "";
    $("#edit-reviewed").checked = !!r.reviewed;
    besidePage($("#correct-form"), p);
    $("#correct-form").hidden = false;
    $("#edit").setAttribute("aria-expanded", "true");
    $("#edit-number").focus();
  };
  $("#edit-cancel").onclick = () => {
    $("#correct-form").hidden = true;
    $("#edit").setAttribute("aria-expanded", "false");
    $("#edit").focus();
  };
  $("#correct-form").onsubmit = async (event) => {
    event.preventDefault();
    const patch = {};
    for (const f of fields) {
      const v = $(`#edit-${f}`).value.trim();
      if (v !== (r[f] ?? "")) patch[f] = v === "" ? null : v;
    }
    if ($("#edit-reviewed").checked !== !!r.reviewed) patch.reviewed = $("#edit-reviewed").checked;
    $("#correct-result").textContent = t("edit.saving");
    try {
      await json(`/api/plans/${id}`, { method: "PATCH", headers: { "Content-Type": "application/json" }, body: JSON.stringify(patch) });
      location.reload();
    } catch (e) {
      $("#correct-result").textContent = e.message;
    }
  };
}

// A quota's count: for each of its holders ("mỗi đơn vị: 01") or in all. Vietnamese documents
// write small counts with two digits ("01 đơn vị cấp xã").
function quotaCount(x) {
  const count = lang === "vi" ? String(x.count).padStart(2, "0") : String(x.count);
  return el("span", { dataset: { each: String(!!x.each), count: x.count } }, x.each ? t("quotas.each", { count }) : t("quotas.total", { count }));
}

function dueCell(x) {
  const due = formatDate(x.due);
  const text = x.start ? t("deadlines.range", { start: formatDate(x.start), due }) : due;
  return el("time", { dateTime: x.due }, text);
}

function header(p, r) {
  const fields = [
    [t("head.title"), r.title],
    [t("head.number_read"), r.number_read],
    [t("head.issuer"), r.issuer],
    [t("head.place"), r.place],
    [t("head.issued_on"), r.issued_on ? el("time", { dateTime: r.issued_on }, formatDate(r.issued_on)) : null],
    [t("head.period"), r.period ? `${r.period.from}–${r.period.to}` : null],
    [t("head.signer"), r.signer ? [r.signer.title, r.signer.name].filter(Boolean).join(" ") : null],
    [t("head.from_body"), r.from_body?.length ? r.from_body.map((f) => word("field", f)).join(", ") : null],
    [t("head.reviewed"), r.reviewed ? t("plan.reviewed_yes") : null],
    [t("head.file"), t("head.file_value", { file: p.source, page: p.page })],
  ];
  $("#plan-header").replaceChildren(...fields.filter(([, v]) => v).flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
}

// The file the plan came from: its original as uploaded, read again (OCR and all, queued; the
// page follows until it is done), or deleted with everything made from it.
function initFileActions(p) {
  const original = $("#file-original");
  original.href = `/api/documents/${p.document_id}/original`;
  original.download = p.source;
  original.textContent = t("file.original", { file: p.source });
  const result = $("#file-result");
  const fail = async (r) => { result.textContent = t("files.action.failed", { error: (await r.json().catch(() => ({}))).error ?? r.status }); };
  $("#file-reprocess").onclick = async () => {
    const r = await send(`/api/documents/${p.document_id}/reprocess?from=read`, { method: "POST" });
    if (!r.ok) { await fail(r); return; }
    result.textContent = t("file.reprocessing");
    // The plan's id changes when its file is read again: go to the file's first plan once it is done.
    const poll = async () => {
      const d = await json(`/api/documents/${p.document_id}`);
      if (d.status === "done" && d.plans?.length) { location.href = `plan.html?id=${d.plans[0].plan_id}`; return; }
      if (d.status === "failed") { result.textContent = d.error ?? word("status", "failed"); return; }
      setTimeout(poll, 1000);
    };
    setTimeout(poll, 1000);
  };
  $("#file-delete").onclick = async () => {
    if (!confirm(t("files.delete.confirm", { file: p.source }))) return;
    const r = await send(`/api/documents/${p.document_id}`, { method: "DELETE" });
    if (!r.ok) { await fail(r); return; }
    result.textContent = t("file.deleted", { file: p.source });
    location.href = "files.html";
  };
}

async function initPlan() {
  const id = new URLSearchParams(location.search).get("id");
  let p;
  try {
    p = await json(`/api/plans/${id}`);
  } catch (e) {
    $("#plan-title").textContent = e.message;
    return;
  }
  const r = p.record;
  initCorrection(id, r, p);
  document.title = `${r.number ?? r.kind} — Ingest`;
  $("#plan-title").textContent = `${r.kind} ${r.number ?? ""}`.trim();
  header(p, r);
  // A rescan of a plan the archive holds already: said at the top, linked to the first copy.
  const flag = $("#duplicate-of");
  flag.hidden = !p.possible_duplicate_of;
  flag.replaceChildren(...(p.possible_duplicate_of ? [duplicateFlag(p.possible_duplicate_of)] : []));
  const exportKinds = ["deadlines", "references", "quotas", "targets"];
  $("#plan-exports").replaceChildren(t("export.this_plan"), " ", ...exportKinds.flatMap((k, i) =>
    [i ? " · " : "", el("a", { href: `/api/export/${k}.csv?plan=${p.plan_id}`, download: `${r.number ?? "plan"}-${k}.csv`.replaceAll("/", "_"), className: `export-${k}` }, word("export", k))]));
  const cited = new Map(p.cited_plans.map((c) => [c.number, c.plan_id]));
  rows("references", r.references, (x) => [x.kind, cited.get(x.number) ? el("a", { href: `plan.html?id=${cited.get(x.number)}` }, x.number) : x.number,
    formatDate(x.date), x.issuer ?? "", el("span", { dataset: { relation: x.relation } }, word("relation", x.relation))]);
  rows("deadlines", r.deadlines, (x) => [dueCell(x), el("span", { dataset: { qualifier: x.qualifier } }, word("qualifier", x.qualifier)),
    x.action, (x.responsible ?? []).join(", "), x.section ?? ""]);
  rows("quotas", r.quotas, (x) => [[].concat(x.holder).join(", "), quotaCount(x), x.unit, x.purpose ?? ""]);
  rows("targets", r.targets, (x) => [x.indicator, el("span", { dataset: { comparator: x.comparator } }, word("comparator", x.comparator)),
    formatNumber(x.value), x.unit ?? "", formatDate(x.by)]);
  initListEditing(id, r, (form) => besidePage(form, p));
  initFileActions(p);
  $("#pages").replaceChildren(...p.pages.map((page) => pageView(p.document_id, page)));
  regionsToggle(p.pages);
  // Who uploaded, retried, corrected this file, and when.
  const file = await json(`/api/documents/${p.document_id}`);
  rows("history", file.audit ?? [], (a) => [el("time", { dateTime: a.at }, formatDateTime(a.at)), a.actor,
    el("span", { dataset: { action: a.action } }, word("action", a.action)), a.detail ?? ""]);
}

start(initPlan);
