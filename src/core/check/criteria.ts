// Reading the "Bộ tiêu chí" tab into criteria sets, with a finding at the cell of every problem: a
// maximum that is not a number, maxima that miss the stated total, a threshold above the total, a
// rule naming an unknown item or group. A set still being filled in is "pending", not wrong.

import { a1 } from "../a1";
import { CRITERIA_MSG } from "../messages";
import {
  CRITERIA,
  CRITERIA_TAB,
  type CriteriaSet,
  type Form,
  findModel,
  type GroupRule,
  type Item,
  KIND,
  type Kind,
  MODELS,
  type Model,
  type ModelId,
} from "../model/criteria";
import { identityKey, tidy } from "../text";
import { type Finding, type Row, readDataTab } from "./read";

export interface CriteriaRead {
  readonly sheetName: string;
  /** The sets that can score: complete and consistent. */
  readonly sets: ReadonlyMap<ModelId, CriteriaSet>;
  /** Why a set cannot score yet (still being filled in), by model. */
  readonly pending: ReadonlyMap<ModelId, string>;
  readonly findings: Finding[];
}

interface Line {
  readonly row: Row;
  readonly kind: Kind;
  readonly form: string;
  readonly text: (key: string) => string;
  readonly points?: number;
}

// no statement at the top level reads another module: Code.js must be able to leave this one out
const msg = () => CRITERIA_MSG;

/** The lines of one form: those for every form (blank "Đối tượng") and its own. */
const applies = (form: string) => (l: Line) =>
  l.form === "" || identityKey(l.form) === identityKey(form);

/**
 * Reads the tab. `inUse` names the models that have a scoring tab: their problems are errors (and
 * an incomplete set too); other models' problems are warnings, and their blanks say nothing.
 */
export function readCriteria(
  grid: readonly (readonly unknown[])[],
  sheetName = CRITERIA_TAB,
  inUse: ReadonlySet<ModelId> = new Set(),
): CriteriaRead {
  const read = readDataTab(CRITERIA, grid, sheetName);
  const findings: Finding[] = [];
  const at = (row: Row, key: string) => a1(row.sheetRow, read.columns.get(key) ?? 1);
  const byModel = new Map<Model, Line[]>();
  const modelOfRow = new Map<number, ModelId>();
  const firstRow = new Map<ModelId, Row>();
  const broken = new Set<ModelId>();
  for (const row of read.rows) {
    const model = findModel(row.values.model);
    if (model === undefined || model === "ambiguous") {
      if (row.values.model !== undefined)
        findings.push({
          tab: sheetName,
          cell: at(row, "model"),
          severity: "error",
          message: model
            ? msg().ambiguousModel
            : msg().unknownModel(
                row.values.model,
                MODELS.map((m) => m.name),
              ),
        });
      continue;
    }
    modelOfRow.set(row.sheetRow, model.id);
    if (!firstRow.has(model.id)) firstRow.set(model.id, row);
    if (!row.clean) broken.add(model.id);
    const kind = (Object.keys(KIND) as Kind[]).find((k) => KIND[k] === row.values.kind);
    if (!kind) continue;
    const text = (key: string) => tidy(String(row.values[key] ?? ""));
    const points = row.values.points;
    const line = {
      row,
      kind,
      form: text("form"),
      text,
      // Stryker disable next-line ConditionalExpression: the tab reader keeps only numbers in points
      points: typeof points === "number" ? points : undefined,
    };
    byModel.set(model, [...(byModel.get(model) ?? []), line]);
  }
  const sets = new Map<ModelId, CriteriaSet>();
  const pending = new Map<ModelId, string>();
  for (const [model, lines] of byModel) {
    const problems: Finding[] = [];
    const push = (row: Row, key: string, message: string) =>
      problems.push({ tab: sheetName, cell: at(row, key), severity: "error", message });
    const result = readModel(model, lines, push);
    findings.push(...problems);
    // a bad cell was reported where it is; the set waits for it
    if (problems.length || broken.has(model.id)) continue;
    if (typeof result === "string") pending.set(model.id, result);
    else sets.set(model.id, result);
  }
  for (const id of inUse) {
    const why = pending.get(id);
    const model = MODELS.find((m) => m.id === id) as Model;
    const row = firstRow.get(id);
    if (why || !row)
      findings.push({
        tab: sheetName,
        cell: row ? at(row, "model") : "A1",
        severity: "error",
        message: msg().notReady(model.name, why ?? msg().noRows),
      });
  }
  // Problems of rows whose model is not scored yet warn; the tab's own problems follow the tabs.
  const severity = (f: Finding): Finding => {
    // Stryker disable next-line Regex,OptionalChaining: every finding's cell is letters then its row
    const id = modelOfRow.get(Number(/\d+$/u.exec(f.cell)?.[0]));
    const used = id ? inUse.has(id) : inUse.size > 0;
    return used ? f : { ...f, severity: "warning" };
  };
  return {
    sheetName,
    sets,
    pending,
    findings: [...read.findings, ...findings].map(severity),
  };
}

type Push = (row: Row, key: string, message: string) => void;

/** One model's lines → its set, the reason it is still pending, or problems pushed at their cells. */
function readModel(model: Model, lines: readonly Line[], push: Push): CriteriaSet | string {
  const name = model.name;
  const declared: string[] = [];
  for (const l of lines.filter((x) => x.kind === "form")) {
    if (!l.form) push(l.row, "form", msg().formName(name));
    else if (declared.some((d) => identityKey(d) === identityKey(l.form)))
      push(l.row, "form", msg().duplicateForm(name, l.form));
    else declared.push(l.form);
  }
  for (const l of lines)
    if (
      // Stryker disable next-line ConditionalExpression,StringLiteral: a form line's name is declared
      l.kind !== "form" &&
      l.form &&
      !declared.some((d) => identityKey(d) === identityKey(l.form))
    )
      push(l.row, "form", msg().unknownForm(name, l.form));
  const forms: (Form | string)[] = (declared.length ? declared : [""]).map((form) =>
    readForm(name, form, lines.filter(applies(form)), push),
  );
  const ready = forms.filter((f): f is Form => typeof f !== "string");
  const codes = (f: Form) => f.items.map((i) => i.code).join("|");
  const first = ready[0];
  const other = ready.find((f) => first && codes(f) !== codes(first));
  if (first && other) {
    const line = lines.find((l) => l.kind === "form" && l.form === other.name) ?? lines[0];
    // Stryker disable next-line ConditionalExpression: a declared form always has its line
    if (line) push(line.row, "form", msg().formsDiffer(name, other.name, first.name));
  }
  const waiting = forms.find((f): f is string => typeof f === "string");
  return waiting ?? { model, forms: ready };
}

/** The single line of a kind for a form: its own over the shared one; two of a level is an error. */
function single(lines: readonly Line[], kind: Kind, name: string, push: Push): Line | undefined {
  const all = lines.filter((l) => l.kind === kind);
  const own = all.filter((l) => l.form);
  const level = own.length ? own : all;
  for (const extra of level.slice(1))
    push(
      extra.row,
      "points",
      msg().duplicateRule(name, KIND[kind], (level[0] as Line).row.sheetRow),
    );
  return level[0];
}

function readForm(name: string, form: string, lines: readonly Line[], push: Push): Form | string {
  const missing: string[] = [];
  // an unreadable cell is reported where it is; nothing is derived from its row's set
  const sound = lines.every((l) => l.row.clean);
  const items: Item[] = [];
  const itemLines: Line[] = [];
  for (const l of lines.filter((x) => x.kind === "item")) {
    const code = l.text("code");
    const blank = !code && !l.text("text") && l.points === undefined && !l.row.invalid.length;
    if (blank) continue; // the empty structure of a preset, waiting to be filled in
    if (!code) {
      push(l.row, "code", msg().missingCode(name));
      continue;
    }
    const earlier = itemLines.find((x) => identityKey(x.text("code")) === identityKey(code));
    if (earlier) {
      push(l.row, "code", msg().duplicateCode(name, code, earlier.row.sheetRow));
      continue;
    }
    itemLines.push(l);
    if (l.points === undefined && !l.row.invalid.length) missing.push(msg().noMax(code));
    items.push({ code, group: l.text("group"), text: l.text("text") || code, max: l.points ?? 0 });
  }
  if (!items.length) missing.unshift(msg().noItems);
  const total = single(lines, "total", name, push);
  const pass = single(lines, "pass", name, push);
  if (total?.points === undefined) missing.push(msg().noTotal);
  if (pass?.points === undefined) missing.push(msg().noPass);
  const stated = total?.points;
  // Stryker disable next-line ConditionalExpression: a number is never > undefined anyway
  if (stated !== undefined && pass?.points !== undefined && pass.points > stated)
    push(pass.row, "points", msg().passAboveTotal(name, pass.points, stated));
  const sum = items.reduce((s, i) => s + Math.round(i.max * 1000), 0) / 1000;
  // Stryker disable next-line ConditionalExpression: no stated total means one is missing, tested before
  if (sound && !missing.length && stated !== undefined && total && Math.abs(sum - stated) > 1e-9)
    push(total.row, "points", msg().sumMismatch(name, stated, sum));
  const mins = items.map(() => 0);
  const groups: GroupRule[] = [];
  const groupNames = [...new Set(items.map((i) => i.group).filter(Boolean))];
  for (const l of lines) {
    if (l.kind === "itemMin" && l.points !== undefined) {
      const code = l.text("code");
      const named = items.findIndex((i) => identityKey(i.code) === identityKey(code));
      if (code && named < 0) push(l.row, "code", msg().unknownItem(name, code, items));
      for (const [i, item] of items.entries()) {
        if (code && i !== named) continue;
        if (l.points > item.max && sound && !missing.length)
          push(l.row, "points", msg().minAboveMax(name, item.code, l.points, item.max));
        mins[i] = Math.max(mins[i] ?? 0, l.points);
      }
    }
    if (l.kind === "groupMin" && l.points !== undefined) {
      const group = l.text("group");
      const known = groupNames.find((g) => identityKey(g) === identityKey(group));
      if (group && !known) push(l.row, "group", msg().unknownGroup(name, group, groupNames));
      if (l.points > 100) push(l.row, "points", msg().percentAbove100(l.points));
      // Stryker disable next-line StringLiteral: an unknown group refuses the set, so "" is never read
      for (const g of group ? [known ?? ""] : groupNames) {
        // Stryker disable next-line ConditionalExpression: g is "" only for an unknown group, see above
        if (g)
          groups.push({
            group: g,
            percent: l.points,
            items: items.flatMap((item, i) => (item.group === g ? [i] : [])),
          });
      }
    }
  }
  if (missing.length) return missing.join("; ");
  return {
    name: form,
    items,
    total: stated ?? 0,
    // Stryker disable next-line OptionalChaining,LogicalOperator: nothing missing means a pass mark
    pass: pass?.points ?? 0,
    mins,
    groups,
  };
}
