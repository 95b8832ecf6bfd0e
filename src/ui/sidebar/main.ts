// The sidebar: what the open spreadsheet is, the jobs that fit it, the findings of the last check
// (click one to land on its cell), and the settings. Plain DOM; every value from a sheet is text.

import type { Finding } from "../../core/check/read";
import type { JobResult } from "../../sheets/run";
import type { SidebarStatus } from "../server";
import { append, type Child, h, replace, select, uid } from "./dom";
import {
  closingOf,
  defaultYear,
  type FindingGroup,
  groupFindings,
  isSelectable,
  type JobId,
  jobEnabled,
  jobsFor,
  levelChoices,
  presetTitle,
  readDeadline,
  settingsChanges,
  yearOptions,
} from "./model";
import { call } from "./rpc";
import { selfCheckBox } from "./selfcheck";
import { T } from "./text";

/** How many findings of one tab are listed before "Xem thêm". */
const PAGE = 50;
/** How often the sidebar asks how far a gathering run has got. */
const POLL_MS = 2500;

let status: SidebarStatus | undefined;
let year: number | undefined;
let reportYear: number | undefined;
let busy = false;
let jobsShape = "";

const app = h("main", { className: "app" });
const head = h("header", { className: "head" });
/** The chosen year's closing state, under the facts (a commune's). */
const closingLine = h("p", { className: "closing", hidden: true });
/** Said when the status could not be read again after a job: the job's own result stays. */
const staleBox = h("div", { className: "stale", attrs: { role: "status" }, hidden: true });
const jobs = h("section", { className: "jobs", attrs: { "aria-labelledby": "jobs-h" } });
const live = h("div", {
  id: "message",
  className: "message",
  attrs: { role: "status", "aria-live": "polite" },
});
const openBox = h("div", { className: "open" });
const findingsBox = h("section", {
  className: "findings",
  attrs: { "aria-labelledby": "findings-h" },
});
const generatedBox = h("div", { className: "generated" });
const settingsBox = h("details", { className: "settings", hidden: true });

type Kind = "info" | "ok" | "error" | "warn";

/** Shows a message in the live region: "info" while running, then "ok" or "error". */
function say(text: string, kind: Kind = "info"): void {
  live.className = `message ${kind}`;
  if (!text) {
    replace(live);
    return;
  }
  replace(
    live,
    kind === "info" ? null : h("span", { className: "icon", attrs: { "aria-hidden": "true" } }),
    h("span", {}, text),
  );
}

/** What the transport said, for whoever opens the browser console; officers read T.transport. */
function logFailure(e: unknown): void {
  console.warn(e instanceof Error ? e.message : String(e));
}

/** Every action button; disabled together while a job runs or a question waits. */
function actions(): HTMLButtonElement[] {
  return Array.from(document.querySelectorAll<HTMLButtonElement>("button[data-action]"));
}

function setBusy(on: boolean): void {
  busy = on;
  applyEnabled();
  for (const s of Array.from(document.querySelectorAll<HTMLSelectElement>("select[data-action]")))
    s.disabled = on;
}

/** Buttons follow what makes sense now: none while busy; "Chốt" only for an open year, "Mở lại"
 * only for a closed one. */
function applyEnabled(): void {
  for (const b of actions()) {
    const id = b.getAttribute("data-job") as JobId | null;
    b.disabled = busy || (id !== null && status !== undefined && !jobEnabled(id, status, year));
  }
}

/** Runs a job from a button: progress on the button and in the live region, then the result. */
async function runJob(
  button: HTMLButtonElement,
  label: string,
  invoke: () => Promise<JobResult>,
  isCheck = false,
  note?: HTMLElement,
): Promise<JobResult | undefined> {
  if (busy) return undefined;
  const content = Array.from(button.childNodes);
  setBusy(true);
  button.setAttribute("aria-busy", "true");
  replace(
    button,
    h("span", { className: "spinner", attrs: { "aria-hidden": "true" } }),
    h("span", {}, T.running),
  );
  say(T.runningLong(label));
  if (note) show(note, "", "info");
  replace(openBox);
  let result: JobResult | undefined;
  try {
    result = await invoke();
    const kind = showResult(label, result, isCheck);
    if (note) show(note, result.message || T.done, kind);
  } catch (e) {
    logFailure(e);
    say(T.transport(label), "error");
    if (note) show(note, T.transport(label), "error");
  } finally {
    replace(button, ...content);
    button.removeAttribute("aria-busy");
    setBusy(false);
  }
  await refresh(false);
  // focus stays on the button; if a redraw replaced it (a new template), on the first job
  if (!document.activeElement || document.activeElement === document.body)
    (button.isConnected
      ? button
      : document.querySelector<HTMLButtonElement>("button[data-job]")
    )?.focus();
  return result;
}

/** A job's result: its message, its findings in the list, a button to open the tab it made. A check
 * always replaces the list (an empty one says the data is clean); other jobs only when they found
 * something, so a failure for another reason never reads as "no errors". */
function showResult(label: string, result: JobResult, isCheck: boolean): Kind {
  const message = result.message || T.done;
  // a failure is an error even when it lists findings; a success with warnings (or one the job
  // says needs a look, such as a gather with problems) is amber
  const kind: Kind = !result.ok
    ? "error"
    : result.warning || result.findings?.some((f) => f.severity !== "error")
      ? "warn"
      : "ok";
  say(message, kind);
  if (result.findings && (isCheck || result.findings.length > 0))
    showFindings(label, result.findings);
  if (result.sheet) replace(openBox, openTabButton(result.sheet));
  return kind;
}

/** A result repeated beside the control that asked for it (the live region may be out of view);
 * not itself live, so screen readers hear it once. */
function show(note: HTMLElement, text: string, kind: Kind): void {
  note.className = `note ${kind}`;
  replace(note, text);
}

function openTabButton(sheet: string): HTMLButtonElement {
  return h(
    "button",
    {
      type: "button",
      className: "link",
      onClick: () => {
        void openCell(sheet, "A1", T.opened(sheet));
      },
    },
    T.openTab(sheet),
  );
}

/** Selects a cell in the spreadsheet (a finding's, or A1 of a tab); the error when it cannot. */
async function openCell(tab: string, cell: string, done: string): Promise<string | undefined> {
  try {
    const r = await call("selectCell", tab, cell);
    if (r.ok) say(done, "ok");
    else say(r.message, "error");
    return r.ok ? undefined : r.message;
  } catch (e) {
    logFailure(e);
    say(T.selectFailed, "error");
    return T.selectFailed;
  }
}

/** Asks a yes/no question inside the sidebar, under `anchor`; resolves true on "Đồng ý". */
function confirmInline(anchor: HTMLElement, question: string): Promise<boolean> {
  return new Promise((resolve) => {
    const textId = uid("q");
    const finish = (answer: boolean) => {
      box.remove();
      setBusy(false);
      anchor.focus();
      resolve(answer);
    };
    const yes = h("button", { type: "button", className: "primary", onClick: () => finish(true) });
    const no = h("button", { type: "button", onClick: () => finish(false) });
    append(yes, T.yes);
    append(no, T.no);
    const box = h(
      "div",
      {
        className: "confirm",
        attrs: { role: "alertdialog", "aria-labelledby": textId, "aria-modal": "false" },
      },
      h("p", { id: textId }, question),
      h("div", { className: "row" }, yes, no),
    );
    box.addEventListener("keydown", (e) => {
      if (e.key === "Escape") finish(false);
    });
    setBusy(true);
    anchor.insertAdjacentElement("afterend", box);
    no.focus();
  });
}

// ---- Header ----

function renderHead(s: SidebarStatus): void {
  const facts = [T.level(s.level), T.reportYear(s.year)].join(" · ");
  replace(
    head,
    h("h1", {}, s.areaName || T.noArea),
    s.areaName || !s.ready ? null : h("p", { className: "help" }, T.noAreaHint),
    h("p", { className: "facts" }, facts),
    h(
      "p",
      { className: "facts" },
      h("span", { className: "muted" }, `${T.roadmap}: `),
      presetTitle(s, s.preset),
    ),
    closingLine,
    s.ready
      ? h("p", { className: s.errors ? "state bad" : "state" }, T.dataState(s.errors, s.warnings))
      : null,
    s.changedAfterClosing.length
      ? h("p", { className: "state bad" }, T.changedAfterClosing(s.changedAfterClosing))
      : null,
    staleBox,
  );
}

/** The closing state of the year the jobs act on; the buttons follow it. */
function renderClosing(): void {
  const s = status;
  closingLine.hidden = !s?.ready || s.level !== "Xã" || year === undefined;
  if (s && year !== undefined && !closingLine.hidden) {
    const c = closingOf(s, year);
    closingLine.className = c?.closed ? "closing closed" : "closing";
    replace(
      closingLine,
      !c
        ? T.openState(year)
        : c.closed
          ? T.closedState(year, c.at, c.by)
          : T.reopenedState(year, c.at, c.by),
    );
  }
  applyEnabled();
}

// ---- Jobs ----

const JOB_LABEL: Record<JobId, (y: string) => string> = {
  check: () => T.check,
  gather: T.gather,
  summary: T.summary,
  report: T.report,
  highlight: () => T.highlight,
  close: T.close,
  reopen: T.reopen,
  complete: () => T.template,
  create: () => T.template,
  scoring: () => T.scoring,
  rollup: T.rollup,
  recognition: T.recognition,
};

const yearText = () => (year ? String(year) : "…");

/** The server call behind each job button; `agreed` once the officer said yes to its question. */
function invokeJob(id: JobId, s: SidebarStatus, agreed = false): () => Promise<JobResult> {
  const y = year ?? "";
  switch (id) {
    case "scoring":
      return () => call("createScoringTabs");
    case "rollup":
      return () => call("rollupScores", y, agreed);
    case "recognition":
      return () => call("buildRecognitionList", y);
    case "check":
      return () => call("runCheck");
    case "gather":
      return () => watched(call("gatherYear", y));
    case "summary":
      return () => call("buildSummary", y);
    case "report":
      return () => call("buildReport", y);
    case "highlight":
      return () => call("refreshHighlighting");
    case "close":
      return () => call("closeYear", y);
    case "reopen":
      return () => call("reopenYear", y);
    case "complete":
      return () => call("createTemplate", s.level, "");
    case "create":
      return () => {
        const level = document.querySelector<HTMLSelectElement>("#new-level")?.value ?? "Xã";
        const preset = document.querySelector<HTMLSelectElement>("#new-preset")?.value ?? "";
        return call("createTemplate", level, preset);
      };
  }
}

/** Gathering can take minutes: while it runs, the live region says how many sources are done. */
async function watched(job: Promise<JobResult>): Promise<JobResult> {
  let on = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async () => {
    try {
      const p = await call("getGatherProgress");
      if (on && p.running && p.total > 0) say(T.gatherProgress(p.done, p.total));
    } catch {
      // the job's own result says what went wrong
    }
    if (on) timer = setTimeout(tick, POLL_MS);
  };
  timer = setTimeout(tick, POLL_MS);
  try {
    return await job;
  } finally {
    on = false;
    clearTimeout(timer);
  }
}

function jobButton(id: JobId): HTMLButtonElement {
  const primary = id === "check" || id === "create";
  const button = h("button", {
    type: "button",
    className: primary ? "primary" : id === "complete" ? "quiet" : "",
    attrs: { "data-action": "", "data-job": id },
  });
  append(button, JOB_LABEL[id](yearText()));
  button.addEventListener("click", async () => {
    const s = status;
    if (!s || busy) return;
    const label = JOB_LABEL[id](yearText());
    if (id === "reopen" && !(await confirmInline(button, T.reopenConfirm(yearText())))) {
      say(T.cancelled, "info");
      return;
    }
    const result = await runJob(button, label, invokeJob(id, s), id === "check");
    // a job that would replace what the officer typed asks first, then runs again if agreed
    if (result?.confirm && (await confirmInline(button, result.confirm)))
      await runJob(button, label, invokeJob(id, s, true));
  });
  return button;
}

function renderJobs(s: SidebarStatus): void {
  const years = yearOptions(s);
  // the jobs follow the report year when it changes; otherwise the officer's choice stays
  if (year === undefined || !years.includes(year) || s.year !== reportYear)
    year = defaultYear(s, new Date().getFullYear());
  reportYear = s.year;
  const shape = JSON.stringify([s.ready, s.level, s.scoring, years]);
  if (shape !== jobsShape) {
    jobsShape = shape;
    const ids = jobsFor(s);
    const body: Child[] = [h("h2", { id: "jobs-h" }, T.jobsHeading)];
    if (s.ready && !s.levels.includes(s.level)) body.push(h("p", {}, T.otherFlavor(s.level)));
    if (!s.ready) {
      body.push(h("p", {}, T.notReady));
      const level = select(
        T.templateLevel,
        s.levels.map((l) => [l, l]),
        s.level,
      );
      level.control.id = "new-level";
      level.row.querySelector("label")?.setAttribute("for", "new-level");
      const preset = select(
        T.templatePreset,
        s.presets.map((p) => [p.name, p.title]),
        s.preset,
      );
      preset.control.id = "new-preset";
      preset.row.querySelector("label")?.setAttribute("for", "new-preset");
      body.push(level.row, preset.row);
    } else {
      const choice = select(
        T.yearLabel,
        years.length ? years.map((y) => [String(y), String(y)]) : [["", T.yearNone]],
        year ? String(year) : "",
      );
      choice.control.id = "year";
      choice.row.querySelector("label")?.setAttribute("for", "year");
      choice.control.setAttribute("data-action", "");
      choice.control.addEventListener("change", () => {
        year = choice.control.value ? Number(choice.control.value) : undefined;
        relabelJobs();
        renderClosing();
      });
      body.push(choice.row);
    }
    const buttons = h("div", { className: "buttons" }, ...ids.map(jobButton));
    const help = s.ready ? h("p", { className: "help" }, T.templateHelp) : null;
    body.push(buttons, help, live, openBox, generatedBox);
    replace(jobs, ...body);
  } else {
    const sel = document.querySelector<HTMLSelectElement>("#year");
    if (sel && year) sel.value = String(year);
    relabelJobs();
  }
  renderGenerated(s);
}

/** Job labels carry the chosen year. */
function relabelJobs(): void {
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>("button[data-job]"))) {
    if (b.getAttribute("aria-busy")) continue;
    const id = b.getAttribute("data-job") as JobId;
    replace(b, JOB_LABEL[id](yearText()));
  }
}

function renderGenerated(s: SidebarStatus): void {
  if (!s.generated.length) {
    replace(generatedBox);
    return;
  }
  const list = h(
    "ul",
    { className: "plain" },
    ...s.generated.map((name) => h("li", {}, openTabButton(name))),
  );
  const wasOpen = generatedBox.querySelector("details")?.open ?? false;
  const details = h("details", {}, h("summary", {}, T.generatedHeading(s.generated.length)), list);
  details.open = wasOpen;
  replace(generatedBox, details);
}

// ---- Findings ----

let current: HTMLElement | undefined;

function showFindings(from: string, findings: readonly Finding[]): void {
  const groups = groupFindings(findings);
  const body: Child[] = [
    h("h2", { id: "findings-h" }, T.findingsHeading),
    h("p", { className: "muted" }, T.findingsFrom(from)),
  ];
  if (groups.length === 0) body.push(h("p", { className: "clean" }, T.findingsClean));
  else {
    body.push(h("p", { className: "help" }, T.findingHint));
    for (const g of groups) body.push(groupView(g));
  }
  current = undefined;
  replace(findingsBox, ...body);
}

function groupView(g: FindingGroup): HTMLElement {
  const list = h("ul", { className: "plain" });
  const more = (from: number) => {
    for (const f of g.findings.slice(from, from + PAGE)) list.appendChild(findingItem(f));
    const rest = g.findings.length - from - PAGE;
    if (rest > 0) {
      const li = h("li");
      const button = h(
        "button",
        {
          type: "button",
          className: "link",
          onClick: () => {
            li.remove();
            more(from + PAGE);
            (list.children[from + PAGE] as HTMLElement | undefined)
              ?.querySelector("button")
              ?.focus();
          },
        },
        T.more(rest),
      );
      li.appendChild(button);
      list.appendChild(li);
    }
  };
  more(0);
  const details = h(
    "details",
    { className: "group" },
    h(
      "summary",
      {},
      h("span", { className: "tab" }, g.tab || T.noTab),
      " ",
      h("span", { className: "counts" }, `(${T.counts(g.errors, g.warnings)})`),
    ),
    list,
  );
  details.open = true;
  return details;
}

function findingItem(f: Finding): HTMLLIElement {
  const error = f.severity === "error";
  const parts: Child[] = [
    h("span", { className: error ? "sev error" : "sev warning" }, error ? T.error : T.warning),
    " ",
    h("span", { className: "cell" }, T.cellLabel(f.cell)),
    h("span", { className: "msg" }, f.message),
  ];
  if (!isSelectable(f)) return h("li", {}, h("div", { className: "finding" }, ...parts));
  const button = h(
    "button",
    { type: "button", className: `finding ${error ? "error" : "warning"}` },
    ...parts,
  );
  const note = h("p", { className: "note", hidden: true });
  button.addEventListener("click", async () => {
    const problem = await openCell(f.tab, f.cell, T.selected(f.tab, f.cell));
    note.hidden = problem === undefined;
    if (problem) show(note, problem, "error");
    else {
      current?.removeAttribute("aria-current");
      button.setAttribute("aria-current", "true");
      current = button;
    }
  });
  return h("li", {}, button, note);
}

// ---- Settings ----

interface SettingsControls {
  areaName: HTMLInputElement;
  areaCode: HTMLInputElement;
  level: HTMLSelectElement;
  preset: HTMLSelectElement;
  restoreRow: HTMLElement;
  restoreHelp: HTMLElement;
  amber: HTMLInputElement;
  jump: HTMLInputElement;
  deadline: HTMLInputElement;
  hierarchy: HTMLSelectElement;
  hierarchyRow: HTMLElement;
  year: HTMLInputElement;
  save: HTMLButtonElement;
  note: HTMLElement;
}

let settings: SettingsControls | undefined;

function textField(
  label: string,
  attrs: Record<string, string>,
  help?: string,
): { row: HTMLElement; control: HTMLInputElement } {
  const id = uid("f");
  const helpId = help ? uid("h") : undefined;
  // Text, not type=number: an officer in vi_VN types "7,5", which a number input may refuse.
  const control = h("input", {
    id,
    type: "text",
    attrs: { autocomplete: "off", ...attrs, ...(helpId ? { "aria-describedby": helpId } : {}) },
  });
  const row = h(
    "div",
    { className: "field" },
    h("label", { attrs: { for: id } }, label),
    control,
    help && helpId ? h("p", { className: "help", id: helpId }, help) : null,
  );
  return { row, control };
}

function buildSettings(s: SidebarStatus): SettingsControls {
  const areaName = textField(T.settingsAreaName, { maxlength: "100" });
  const areaCode = textField(T.settingsAreaCode, { maxlength: "20" }, T.settingsAreaCodeHelp);
  const level = select(
    T.settingsLevel,
    levelChoices(s).map((l) => [l, l]),
    s.level,
  );
  const preset = select(
    T.settingsPreset,
    s.presets.map((p) => [p.name, p.title]),
    s.preset,
    T.settingsPresetHelp,
  );
  const restore = h("button", { type: "button", attrs: { "data-action": "" } }, T.restore);
  const restoreHelp = h("p", { className: "help" });
  const restoreRow = h("div", { className: "field buttons" }, restoreHelp, restore);
  restore.addEventListener("click", () => void restoreRoadmap(restore));
  const amber = textField(T.settingsAmber, { inputmode: "decimal" }, T.settingsAmberHelp);
  const jump = textField(T.settingsJump, { inputmode: "decimal" }, T.settingsJumpHelp);
  const deadline = textField(T.settingsDeadline, { maxlength: "5" }, T.settingsDeadlineHelp);
  const hierarchy = select(
    T.settingsHierarchy,
    s.hierarchies.map((x) => [x, x]),
    s.hierarchy,
  );
  const yearField = textField(T.settingsYear, { inputmode: "numeric", maxlength: "4" });
  const save = h("button", {
    type: "submit",
    className: "primary",
    attrs: { "data-action": "" },
  });
  append(save, T.save);
  const note = h("p", { className: "note" });
  const form = h(
    "form",
    {},
    areaName.row,
    areaCode.row,
    level.row,
    preset.row,
    restoreRow,
    amber.row,
    jump.row,
    deadline.row,
    hierarchy.row,
    yearField.row,
    h("div", { className: "buttons" }, save),
    note,
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void saveSettingsFromForm();
  });
  // once a value is edited, an error about it no longer applies
  const edited = (e: Event) => {
    (e.target as HTMLElement).removeAttribute("aria-invalid");
    if (note.classList.contains("error")) show(note, "", "info");
  };
  form.addEventListener("input", edited);
  form.addEventListener("change", edited);
  replace(settingsBox, h("summary", {}, h("h2", {}, T.settingsHeading)), form);
  return {
    areaName: areaName.control,
    areaCode: areaCode.control,
    level: level.control,
    preset: preset.control,
    restoreRow,
    restoreHelp,
    amber: amber.control,
    jump: jump.control,
    deadline: deadline.control,
    hierarchy: hierarchy.control,
    hierarchyRow: hierarchy.row,
    year: yearField.control,
    save,
    note,
  };
}

const decimal = (n: number) => String(n).replace(".", ",");

function fillSettings(s: SidebarStatus): void {
  settingsBox.hidden = !s.ready;
  if (!s.ready) return;
  settings ??= buildSettings(s);
  settings.areaName.value = s.areaName;
  settings.areaCode.value = s.areaCode;
  settings.level.value = s.level;
  settings.preset.value = s.preset;
  settings.restoreRow.hidden = !s.roadmapBackup;
  replace(settings.restoreHelp, s.roadmapBackup ? T.restoreHelp(s.roadmapBackup) : "");
  settings.amber.value = decimal(s.amberPoints);
  settings.jump.value = decimal(s.jumpPoints);
  settings.deadline.value = s.deadline;
  settings.hierarchy.value = s.hierarchy;
  settings.hierarchyRow.hidden = s.level === "Xã";
  settings.year.value = s.year ? String(s.year) : "";
}

/** Says what is wrong with a field beside the form and in the live region, and goes to it. */
function refuse(c: SettingsControls, control: HTMLElement, message: string): void {
  say(message, "error");
  show(c.note, message, "error");
  control.setAttribute("aria-invalid", "true");
  control.focus();
}

/** A number of percentage points from 0 to `max`, typed with a comma or a point. */
function readPoints(text: string, max: number): number | undefined {
  const n = Number(text.trim().replace(",", "."));
  return text.trim() !== "" && Number.isFinite(n) && n >= 0 && n <= max ? n : undefined;
}

async function saveSettingsFromForm(): Promise<void> {
  const s = status;
  const c = settings;
  if (!s || !c || busy) return;
  // name and code are checked when changed: an empty one may wait while other settings change
  const areaName = c.areaName.value.trim().replace(/\s+/gu, " ");
  if (areaName !== s.areaName && !/\p{L}/u.test(areaName))
    return refuse(c, c.areaName, T.badAreaName);
  const areaCode = c.areaCode.value.trim();
  if (areaCode !== s.areaCode && !/^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u.test(areaCode))
    return refuse(c, c.areaCode, T.badAreaCode);
  const amber = readPoints(c.amber.value, 50);
  if (amber === undefined) return refuse(c, c.amber, T.badAmber);
  const jump = readPoints(c.jump.value, 100);
  if (jump === undefined) return refuse(c, c.jump, T.badJump);
  const deadline = readDeadline(c.deadline.value);
  if (!deadline) return refuse(c, c.deadline, T.badDeadline);
  const yearText = c.year.value.trim();
  const y = yearText === "" ? undefined : Number(yearText);
  if (y !== undefined && !(Number.isInteger(y) && y >= 2000 && y <= 2100))
    return refuse(c, c.year, T.badYear);
  const changes = settingsChanges(
    { ...s, deadline: readDeadline(s.deadline) ?? s.deadline },
    {
      areaName,
      areaCode,
      level: c.level.value,
      preset: c.preset.value,
      amberPoints: amber,
      jumpPoints: jump,
      deadline,
      hierarchy: c.hierarchy.value,
      year: y,
    },
  );
  const refill = changes.refill;
  const hasSave = Object.keys(changes.save).length > 0;
  if (!refill && !hasSave) {
    say(T.nothingChanged, "info");
    show(c.note, T.nothingChanged, "info");
    return;
  }
  const levelChanged = changes.save.level !== undefined;
  // each question cancelled puts its control back: the form shows what is saved
  const cancel = (control: HTMLSelectElement, saved: string) => {
    control.value = saved;
    say(T.cancelled, "info");
    show(c.note, T.cancelled, "info");
  };
  if (levelChanged && !(await confirmInline(c.save, T.levelConfirm(s.level, c.level.value))))
    return cancel(c.level, s.level);
  if (refill && !(await confirmInline(c.save, T.refillConfirm(presetTitle(s, refill)))))
    return cancel(c.preset, s.preset);
  await runJob(
    c.save,
    T.save,
    async () => {
      const messages: string[] = [];
      if (refill) {
        const r = await call("refillRoadmapFromPreset", refill);
        if (!r.ok || !hasSave) return r;
        messages.push(r.message);
      }
      const r = await call("saveSettings", { ...changes.save });
      if (r.ok && levelChanged) messages.push(r.message, T.levelChanged);
      else messages.push(r.message);
      return { ...r, message: messages.join(" ") };
    },
    false,
    c.note,
  );
}

/** "Khôi phục bảng Lộ trình trước", after the officer confirms. */
async function restoreRoadmap(button: HTMLButtonElement): Promise<void> {
  const s = status;
  const c = settings;
  if (!s?.roadmapBackup || s.roadmapBackupAt === undefined || !c || busy) return;
  if (!(await confirmInline(button, T.restoreConfirm(s.roadmapBackup)))) {
    say(T.cancelled, "info");
    return;
  }
  const keptAt = s.roadmapBackupAt;
  await runJob(button, T.restore, () => call("restoreRoadmapBackup", keptAt), false, c.note);
}

// ---- Status ----

/** Reads the status and redraws; `announce` says "loading" in the live region on first load.
 * A failure after a job leaves the job's result alone and says so in the header instead. */
async function refresh(announce: boolean): Promise<void> {
  if (announce) say(T.loading);
  try {
    const s = await call("getStatus");
    status = s;
    if (!settings && s.ready) settingsBox.open = false;
    staleBox.hidden = true;
    renderHead(s);
    renderJobs(s);
    renderClosing();
    fillSettings(s);
    if (announce) say("", "info");
  } catch (e) {
    logFailure(e);
    if (status) {
      const retry = h("button", { type: "button", onClick: () => void refresh(false) }, T.retry);
      replace(staleBox, h("p", {}, T.staleStatus), retry);
      staleBox.hidden = false;
      return;
    }
    replace(jobs, live);
    const retry = h("button", { type: "button", onClick: () => void refresh(true) }, T.retry);
    replace(openBox, retry);
    jobs.appendChild(openBox);
    say(T.loadFailed, "error");
  }
}

function start(): void {
  replace(
    findingsBox,
    h("h2", { id: "findings-h" }, T.findingsHeading),
    h("p", { className: "muted" }, T.findingsNone),
  );
  jobs.appendChild(live);
  const selfCheck = selfCheckBox((button, label, invoke) => runJob(button, label, invoke));
  append(app, head, jobs, findingsBox, settingsBox, selfCheck.box);
  document.body.appendChild(app);
  void refresh(true);
  // the menu's "Tự kiểm tra tiện ích" opens the sidebar with this view
  if (document.body.dataset.view === "self-check") selfCheck.open();
}

start();
