// Builds Sidebar.html: src/ui/sidebar's TypeScript and CSS bundled by esbuild and inlined into one
// self-contained page (HtmlService serves one file; nothing may come from a CDN). The same page
// goes into each flavor's folder: it offers the jobs getStatus says the flavor has.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { FLAVOR_NAMES, FLAVORS } from "./flavors";

const SRC = new URL("../src/ui/sidebar/", import.meta.url);
/** The gathering flavor's copy, which the preview and the browser tests load. */
export const SIDEBAR = new URL("Sidebar.html", FLAVORS.tonghop.dist);

async function bundle(entry: string, loader: "ts" | "css"): Promise<string> {
  const out = await build({
    entryPoints: [new URL(entry, SRC).pathname],
    bundle: true,
    write: false,
    minify: true,
    format: loader === "ts" ? "iife" : undefined,
    target: loader === "ts" ? "es2019" : "chrome80",
    charset: "utf8",
    legalComments: "none",
    logLevel: "warning",
  });
  return out.outputFiles.map((f) => f.text).join("");
}

/** The page, checked: inlined code cannot close its own tag, and nothing points off the page. */
export function inline(template: string, css: string, js: string): string {
  if (/<\/style/iu.test(css)) throw new Error("Sidebar CSS contains </style");
  if (/<\/script|<!--/iu.test(js)) throw new Error("Sidebar script contains </script or <!--");
  const html = template
    .replace("/*STYLE*/", () => css.trim())
    .replace("/*SCRIPT*/", () => js.trim());
  if (/\b(?:src|href)\s*=|@import|url\(\s*["']?(?:https?:)?\/\//iu.test(html))
    throw new Error("Sidebar.html refers to something outside the page");
  return html;
}

/** Writes dist/<flavor>/Sidebar.html (atomically, so a test reading it never sees half a file). */
export async function buildSidebar(): Promise<{ bytes: number }> {
  const [js, css] = await Promise.all([bundle("main.ts", "ts"), bundle("sidebar.css", "css")]);
  const html = inline(readFileSync(new URL("sidebar.html", SRC), "utf8"), css, js);
  for (const flavor of FLAVOR_NAMES) {
    const file = new URL("Sidebar.html", FLAVORS[flavor].dist);
    mkdirSync(FLAVORS[flavor].dist, { recursive: true });
    const tmp = `${file.pathname}.${process.pid}.tmp`;
    writeFileSync(tmp, html);
    renameSync(tmp, file.pathname);
  }
  return { bytes: Buffer.byteLength(html) };
}
