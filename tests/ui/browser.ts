// Headless Chromium driven by playwright-core, with the sidebar loaded from dist/Sidebar.html and its
// google.script.run stand-in wired to the real server code running in this Node process on the
// memory spreadsheet. The browser is the system's when there is one (or CHROMIUM_PATH), else the
// Chromium shipped inside the npm package @sparticuz/chromium: `npm install` is all a newcomer needs.

import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import {
  callServer,
  FLAVOR_FUNCTIONS,
  type ServerFunctions,
  standInScript,
} from "../../scripts/preview/rpc";
import type { RpcReply } from "../../scripts/preview/wire";
import { buildSidebar, SIDEBAR } from "../../scripts/sidebar";

const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const READY = join(tmpdir(), "mhht-chromium.ready");
const LOCK = join(tmpdir(), "mhht-chromium.lock");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The npm package's Chromium, unpacked once into the temp folder. Test files run in parallel
 * workers and the package writes its binary in place, so one worker unpacks (under a lock folder)
 * and the others wait for the marker it writes when the binary is whole.
 */
async function packagedChromium(): Promise<string> {
  for (let waited = 0; ; waited += 200) {
    if (existsSync(READY)) return readFileSync(READY, "utf8");
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // a worker killed while unpacking leaves its lock: take it over after two minutes
      const since = statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 120_000) rmSync(LOCK, { recursive: true, force: true });
      if (waited > 300_000) throw new Error("Chromium from @sparticuz/chromium was not unpacked");
      await sleep(200);
    }
  }
  try {
    if (existsSync(READY)) return readFileSync(READY, "utf8");
    // a binary without the marker is a partial one from an interrupted run
    rmSync(join(tmpdir(), "chromium"), { force: true });
    const { default: Packaged } = await import("@sparticuz/chromium");
    const path = await Packaged.executablePath();
    writeFileSync(`${READY}.tmp`, path);
    renameSync(`${READY}.tmp`, READY);
    return path;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** CHROMIUM_PATH, else a system Chromium or Chrome, else the npm package's. */
export async function chromiumPath(): Promise<string> {
  const named = process.env.CHROMIUM_PATH;
  if (named) {
    if (!existsSync(named)) throw new Error(`CHROMIUM_PATH=${named}: no such file`);
    return named;
  }
  return SYSTEM_BROWSERS.find((p) => existsSync(p)) ?? (await packagedChromium());
}

/** Launches headless Chromium. Without system fonts, the package's own fonts are used. */
export async function launch(): Promise<Browser> {
  const executablePath = await chromiumPath();
  const env =
    existsSync("/etc/fonts/fonts.conf") || process.env.FONTCONFIG_PATH
      ? undefined
      : { ...process.env, FONTCONFIG_PATH: join(tmpdir(), "fonts") };
  return chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    env,
  });
}

/** dist/Sidebar.html, built when missing (npm test builds it first). */
export async function sidebarUrl(): Promise<string> {
  if (!existsSync(SIDEBAR)) await buildSidebar();
  return pathToFileURL(SIDEBAR.pathname).href;
}

export function sidebarSource(): string {
  return readFileSync(SIDEBAR, "utf8");
}

export interface SidebarPage {
  readonly page: Page;
  /** Every call the page made, in order: name and JSON arguments. */
  readonly calls: { name: string; args: string }[];
  /** Console errors and uncaught exceptions in the page. */
  readonly errors: string[];
  /** Requests other than the sidebar file itself (there must be none). */
  readonly requests: string[];
  /** Makes the next call (of that name, when given) fail in the transport, as a dropped
   * connection does. */
  failNext(kind: "network" | "server", name?: string): void;
  /** Script dialogs the page opened (alert from injected HTML would land here). */
  readonly dialogs: string[];
  /** Holds every call (or only those to `only`) from now on until the returned function is called. */
  hold(only?: string): () => void;
}

/**
 * Opens the sidebar at the sidebar's 300 px width, wired to a flavor's server functions (the
 * gathering flavor's, a superset, unless told); `content` replaces the page (the HTML a server
 * function showed, e.g. the menu's self-check).
 */
export async function openSidebar(
  browser: Browser,
  height = 900,
  functions: ServerFunctions = FLAVOR_FUNCTIONS.tonghop,
  content?: string,
): Promise<SidebarPage> {
  const page = await browser.newPage({ viewport: { width: 300, height } });
  const calls: { name: string; args: string }[] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];
  let failure: { kind: "network" | "server"; name?: string } | undefined;
  let gate: { promise: Promise<void>; only?: string } | undefined;
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const url = await sidebarUrl();
  await page.route("**/*", (route) => {
    if (route.request().url() === url)
      return content === undefined
        ? route.continue()
        : route.fulfill({ body: content, contentType: "text/html; charset=utf-8" });
    requests.push(route.request().url());
    return route.abort();
  });
  await page.exposeFunction(
    "__gasTransport",
    async (name: string, args: string): Promise<RpcReply> => {
      calls.push({ name, args });
      if (gate && (gate.only === undefined || gate.only === name)) await gate.promise;
      const f = failure && (failure.name ?? name) === name ? failure.kind : undefined;
      if (f) failure = undefined;
      if (f === "network") throw new Error("Connection failure due to HTTP 0");
      if (f === "server") return { ok: false, error: "Exception: Service Spreadsheets timed out" };
      return callServer(name, args, functions);
    },
  );
  await page.addInitScript({ content: await standInScript(functions) });
  await page.goto(url);
  return {
    page,
    calls,
    errors,
    requests,
    dialogs,
    failNext: (kind, name) => {
      failure = { kind, name };
    },
    hold: (only) => {
      let release = () => {};
      const promise = new Promise<void>((resolve) => {
        release = () => {
          gate = undefined;
          resolve();
        };
      });
      gate = { promise, only };
      return release;
    },
  };
}

/**
 * Saves the whole sidebar as tests/artifacts/<name>.png at its 300 px width, after checking that
 * nothing in it is wider than the frame.
 */
export async function capture(page: Page, name: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 300) throw new Error(`the sidebar is ${width} px wide, more than 300`);
  if ((page.viewportSize()?.width ?? 0) !== 300) throw new Error("the sidebar is not 300 px wide");
  mkdirSync(new URL("../artifacts/", import.meta.url), { recursive: true });
  await page.screenshot({
    path: new URL(`../artifacts/${name}.png`, import.meta.url).pathname,
    fullPage: true,
  });
}

/** True when every option of a select shows its whole text inside the closed control. */
export async function selectFits(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    const select = el as HTMLSelectElement;
    const style = getComputedStyle(select);
    const canvas = document.createElement("canvas").getContext("2d");
    if (!canvas) return false;
    canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    // the text box: the width less padding, border and the arrow (about 20 px in Chromium)
    const room =
      select.clientWidth -
      Number.parseFloat(style.paddingLeft) -
      Number.parseFloat(style.paddingRight) -
      20;
    return Array.from(select.options).every((o) => canvas.measureText(o.text).width <= room);
  });
}

/** Runs axe-core in the page; the serious and critical violations (there must be none). */
export async function axeViolations(page: Page): Promise<{ id: string; targets: string[] }[]> {
  const require = createRequire(import.meta.url);
  await page.addScriptTag({
    content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"),
  });
  return page.evaluate(async () => {
    type Violation = { id: string; impact: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run()).violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
}
