// plan.html: the archivist edits a plan's lists — references, deadlines, quotas, targets — row by
// row (change a cell, remove a row, add one) and saves the whole list with one PATCH in the
// record's own JSON names. Fields the form does not show (a deadline's precision…) are kept as
// the row had them; the server checks every value and refuses what does not fit the record.
"use strict";

// Each list's columns: the record's field, how it is edited, and its choices where it has them.
const LIST_FIELDS = {
  references: [
    { name: "kind", type: "text", required: true, label: () => t("lists.references.kind") },
    { name: "number", type: "text", required: true, label: () => t("lists.references.number") },
    { name: "date", type: "date", label: () => t("lists.references.date") },
    { name: "issuer", type: "text", label: () => t("lists.references.issuer") },
    { name: "relation", type: "select", choices: ["basis", "issued_by", "mention"], words: (c) => word("relation", c), required: true, label: () => t("lists.references.relation") },
  ],
  deadlines: [
    { name: "due", type: "date", required: true, label: () => t("lists.deadlines.due") },
    { name: "qualifier", type: "select", choices: ["before", "in", "on", "from_to"], words: (c) => word("qualifier", c), required: true, label: () => t("lists.deadlines.qualifier") },
    { name: "start", type: "date", label: () => t("lists.deadlines.start") },
    { name: "action", type: "text", required: true, wide: true, label: () => t("lists.deadlines.action") },
    { name: "responsible", type: "list", label: () => t("lists.deadlines.responsible") },
    { name: "section", type: "text", label: () => t("lists.deadlines.section") },
  ],
  quotas: [
    { name: "holder", type: "list", required: true, wide: true, label: () => t("lists.quotas.holder") },
    { name: "each", type: "bool", label: () => t("lists.quotas.each") },
    { name: "count", type: "integer", required: true, label: () => t("lists.quotas.count") },
    { name: "unit", type: "text", required: true, label: () => t("lists.quotas.unit") },
    { name: "purpose", type: "text", label: () => t("lists.quotas.purpose") },
  ],
  targets: [
    { name: "indicator", type: "text", required: true, wide: true, label: () => t("lists.targets.indicator") },
    { name: "comparator", type: "select", choices: ["<", "<=", "=", ">=", ">", "x"], words: (c) => word("comparator", c), required: true, label: () => t("lists.targets.comparator") },
    { name: "value", type: "number", required: true, label: () => t("lists.targets.value") },
    { name: "unit", type: "text", label: () => t("lists.targets.unit") },
    { name: "by", type: "text", label: () => t("lists.targets.by") },
  ],
};

function fieldInput(f, value, rowIndex) {
  const label = f.label();
  const common = { name: f.name, ariaLabel: t("lists.cell", { field: label, row: rowIndex + 1 }), required: !!f.required };
  if (f.type === "select") {
    const s = el("select", common, ...f.choices.map((c) => el("option", { value: c }, f.words(c))));
    s.value = value ?? f.choices[0];
    return s;
  }
  if (f.type === "bool") return el("input", { ...common, type: "checkbox", checked: !!value, required: false });
  if (f.type === "list") return el("input", { ...common, value: [].concat(value ?? []).join("; "), className: f.wide ? "wide" : "" });
  if (f.type === "integer" || f.type === "number") {
    return el("input", { ...common, type: "number", step: f.type === "integer" ? "1" : "any", value: value ?? "" });
  }
  // Dates stay ISO in the form, as partial as the document gives them ("2024", "2024-06", "2024-06-30").
  return el("input", { ...common, value: value ?? "", className: f.wide ? "wide" : "", ...(f.type === "date" ? { pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?", placeholder: "yyyy-mm-dd" } : {}) });
}

function readInput(f, input) {
  if (f.type === "bool") return input.checked;
  const v = input.value.trim();
  if (f.type === "list") return v === "" ? [] : v.split(";").map((x) => x.trim()).filter(Boolean);
  if (f.type === "integer" || f.type === "number") return v === "" ? null : Number(v);
  return v === "" ? null : v;
}

function editorRow(list, item, index) {
  const fields = LIST_FIELDS[list];
  const row = el("tr", { className: "edit-row" });
  row.item = item; // the row as the record has it: fields not shown are kept
  for (const f of fields) row.append(el("td", {}, fieldInput(f, item[f.name], index)));
  row.append(el("td", {}, el("button", { type: "button", className: "remove-row", ariaLabel: t("lists.remove.label", { row: index + 1 }),
    onclick: () => { const next = row.nextElementSibling ?? row.previousElementSibling; row.remove(); (next?.querySelector("input, select") ?? row.closest("form").querySelector(".add-row")).focus(); } }, t("lists.remove"))));
  return row;
}

function openListEditor(planId, list, items, beside) {
  const section = $(`#${list}`).closest(".scroll");
  const fields = LIST_FIELDS[list];
  const body = el("tbody", {}, ...items.map((x, i) => editorRow(list, x, i)));
  const result = el("span", { role: "status", className: "list-result" });
  const form = el("form", { className: "list-editor", id: `edit-${list}-form` },
    el("div", { className: "scroll" }, el("table", {}, el("thead", {}, el("tr", {}, ...fields.map((f) => el("th", {}, f.label())), el("th"))), body)),
    el("button", { type: "button", className: "add-row", onclick: () => { const r = editorRow(list, {}, body.rows.length); body.append(r); r.querySelector("input, select").focus(); } }, t("lists.add")),
    " ", el("button", { type: "submit" }, t("edit.save")),
    " ", el("button", { type: "button", className: "cancel", onclick: () => { (form.closest(".edit-beside") ?? form).remove(); section.hidden = false; $(`#edit-${list}`).focus(); } }, t("edit.cancel")),
    " ", result);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const value = [...body.rows].map((row) => {
      const item = { ...row.item };
      fields.forEach((f, i) => {
        const input = row.cells[i].firstChild;
        const v = readInput(f, input);
        if (v === null) delete item[f.name]; else item[f.name] = v;
      });
      return item;
    });
    result.textContent = t("edit.saving");
    try {
      await json(`/api/plans/${planId}`, { method: "PATCH", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ [list]: value }) });
      location.reload();
    } catch (e) {
      result.textContent = e.message;
    }
  });
  section.hidden = true;
  section.after(form);
  beside?.(form);
  (form.querySelector("tbody input, tbody select") ?? form.querySelector(".add-row")).focus();
}

// An "edit" button after each list's heading, for archivists; beside(form) sets the page image by the open editor.
function initListEditing(planId, record, beside) {
  for (const list of Object.keys(LIST_FIELDS)) {
    const heading = $(`#${list}`).closest(".scroll").previousElementSibling;
    heading.classList.add("with-edit");
    const button = el("button", { type: "button", id: `edit-${list}`, className: "edit-list", dataset: { role: "archivist" }, hidden: session.role === "reader",
      ariaLabel: t("lists.edit.label", { list: heading.textContent }),
      onclick: () => { if (!document.getElementById(`edit-${list}-form`)) openListEditor(planId, list, record[list] ?? [], beside); } }, t("lists.edit"));
    // Beside the heading, not in it: the heading stays the list's name for readers and tests.
    heading.after(button);
  }
}
