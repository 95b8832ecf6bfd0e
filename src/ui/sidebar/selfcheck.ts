// "Tự kiểm tra tiện ích" in the sidebar: runs the server's probe, judges what came back, shows each
// line (đạt / không đạt, what it means, what to do) and the whole result as text to copy.

import { type CheckLine, judge } from "../../core/report/selfcheck";
import type { JobResult } from "../../sheets/run";
import type { SelfCheckReport } from "../../sheets/selfcheck";
import { h, replace } from "./dom";
import { call } from "./rpc";
import { SELF_CHECK as S } from "./text";

/** The lines of a report: the judged readings, or only the lock when it could not be taken. */
export function reportLines(r: SelfCheckReport): CheckLine[] {
  return r.readings ? judge(r.readings) : [{ id: "lock", ok: false }];
}

function summary(lines: readonly CheckLine[]): string {
  const bad = lines.filter((l) => !l.ok).length;
  return bad ? S.someFailed(bad, lines.length) : S.allOk(lines.length);
}

/** One line in words: name, verdict, meaning, what was seen and what to do when it failed. */
function words(l: CheckLine): { head: string; body: string } {
  const w = S.lines[l.id];
  const seen = l.seen ? ` ${S.seen}: ${l.seen}.` : "";
  return {
    head: `${w.name}: ${l.ok ? S.ok : S.failed}`,
    body: l.ok ? w.ok : `${w.failed}${seen} ${S.todo}: ${w.todo}`,
  };
}

/** The report as plain text, for the officer to send to whoever supports them. */
export function reportText(r: SelfCheckReport, when: string): string {
  const lines = reportLines(r);
  const out = [`${S.title} — ${when}`, S.workbook(r.locale, r.timeZone), summary(lines)];
  if (r.cleaned) out.push(S.cleaned);
  lines.forEach((l, i) => {
    const { head, body } = words(l);
    out.push(`${i + 1}. ${head}. ${body}`);
  });
  if (!r.readings) out.push(S.notRun);
  return out.join("\n");
}

/** Copies the text; where the frame forbids the clipboard, selects it for Ctrl+C. */
async function copy(area: HTMLTextAreaElement, note: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(area.value);
    replace(note, S.copied);
  } catch {
    area.select();
    replace(note, document.execCommand("copy") ? S.copied : S.copyByHand);
  }
}

type Run = (
  button: HTMLButtonElement,
  label: string,
  invoke: () => Promise<JobResult>,
) => Promise<unknown>;

/**
 * The self-check section: a link-like summary at the foot of the sidebar that opens it, a button
 * that runs it through the sidebar's job runner (`run`), and the result. `open` runs it at once
 * (the menu item opens the sidebar that way).
 */
export function selfCheckBox(run: Run): { box: HTMLElement; open: () => void } {
  const button = h("button", {
    type: "button",
    className: "primary",
    attrs: { "data-action": "" },
  });
  replace(button, S.run);
  const result = h("div", { className: "selfcheck-result", attrs: { "aria-live": "polite" } });
  const box = h(
    "details",
    { className: "selfcheck" },
    h("summary", {}, h("h2", {}, S.title)),
    h("p", { className: "help" }, S.intro),
    h("div", { className: "buttons" }, button),
    result,
  );
  const show = (r: SelfCheckReport) => {
    const lines = reportLines(r);
    const area = h("textarea", { attrs: { readonly: "", rows: "6", "aria-label": S.textLabel } });
    area.value = reportText(r, new Date().toLocaleString("vi-VN"));
    const note = h("p", { className: "note ok", attrs: { role: "status" } });
    replace(
      result,
      h("p", { className: lines.every((l) => l.ok) ? "note ok" : "note error" }, summary(lines)),
      h("p", { className: "facts" }, S.workbook(r.locale, r.timeZone)),
      r.cleaned ? h("p", { className: "help" }, S.cleaned) : null,
      h(
        "ul",
        { className: "plain" },
        ...lines.map((l) => {
          const { head, body } = words(l);
          return h(
            "li",
            { className: l.ok ? "check ok" : "check bad" },
            h("span", { className: l.ok ? "sev ok" : "sev error" }, head),
            h("span", { className: "msg" }, body),
          );
        }),
      ),
      r.readings ? null : h("p", { className: "help" }, S.notRun),
      h("label", {}, S.textLabel, area),
      h(
        "div",
        { className: "buttons" },
        h("button", { type: "button", onClick: () => void copy(area, note) }, S.copy),
      ),
      note,
    );
  };
  button.addEventListener("click", () => {
    void run(button, S.title, async () => {
      const r = await call("runSelfCheck");
      show(r);
      const lines = reportLines(r);
      return { ok: lines.every((l) => l.ok), message: summary(lines) };
    });
  });
  return {
    box,
    open: () => {
      box.open = true;
      box.scrollIntoView();
      button.click();
    },
  };
}
