// Headless Chromium from the OS packages, driven by playwright-core, with the sidebar loaded from
// dist/Sidebar.html and its google.script.run stand-in wired to the real server code running in this
// Node process on the memory spreadsheet.

import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { callServer, standInScript } from "../../scripts/preview/rpc";
import type { RpcReply } from "../../scripts/preview/wire";
import { buildSidebar, SIDEBAR } from "../../scripts/sidebar";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

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

/** Launches the OS Chromium; says how to install it when it is missing. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} not found: install Chromium with \`apt-get install -y chromium\` (.ci/run does it)`,
    );
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
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
  /** Makes the next call fail in the transport, as a dropped connection does. */
  failNext(kind: "network" | "server"): void;
  /** Script dialogs the page opened (alert from injected HTML would land here). */
  readonly dialogs: string[];
  /** Holds every call from now on until the returned function is called (to see progress). */
  hold(): () => void;
}

/** Opens the sidebar at the sidebar's 300 px width, wired to the server functions. */
export async function openSidebar(browser: Browser, height = 900): Promise<SidebarPage> {
  const page = await browser.newPage({ viewport: { width: 300, height } });
  const calls: { name: string; args: string }[] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];
  let failure: "network" | "server" | undefined;
  let gate: Promise<void> | undefined;
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
    if (route.request().url() === url) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  await page.exposeFunction(
    "__gasTransport",
    async (name: string, args: string): Promise<RpcReply> => {
      calls.push({ name, args });
      await gate;
      const f = failure;
      failure = undefined;
      if (f === "network") throw new Error("Connection failure due to HTTP 0");
      if (f === "server") return { ok: false, error: "Exception: Service Spreadsheets timed out" };
      return callServer(name, args);
    },
  );
  await page.addInitScript({ content: await standInScript() });
  await page.goto(url);
  return {
    page,
    calls,
    errors,
    requests,
    dialogs,
    failNext: (kind) => {
      failure = kind;
    },
    hold: () => {
      let release = () => {};
      gate = new Promise((resolve) => {
        release = () => {
          gate = undefined;
          resolve();
        };
      });
      return release;
    },
  };
}
