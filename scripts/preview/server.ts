// The local preview's HTTP server (Node's http module only): the page with the workbook view beside
// the real sidebar (dist/Sidebar.html in a frame, its google.script.run stand-in posting to /rpc),
// running the add-on's server code on a memory spreadsheet seeded with sample workbooks.

import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";
import { projectEnvironment } from "../../tests/fixtures/project";
import { type Env, installGlobals } from "../../tests/memory";
import { SIDEBAR } from "../sidebar";
import { renderPrint } from "./print";
import { callServer, standInScript } from "./rpc";
import { type PreviewWorkbooks, seedPreview } from "./seed";
import { esc, renderView } from "./view";
import { RPC_PATH } from "./wire";

export interface Preview {
  readonly url: string;
  readonly env: Env;
  readonly workbooks: PreviewWorkbooks;
  close(): Promise<void>;
}

const MAX_BODY = 1_000_000;

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, "Nội dung quá lớn");
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "Không đọc được JSON");
  }
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    "content-type": `${type}; charset=utf-8`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(body);
}

const str = (v: unknown, what: string): string => {
  if (typeof v !== "string") throw new HttpError(400, `Thiếu ${what}`);
  return v;
};

async function bundleClient(): Promise<string> {
  const out = await build({
    entryPoints: [new URL("client.ts", import.meta.url).pathname],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2019",
    charset: "utf8",
    logLevel: "warning",
  });
  return out.outputFiles.map((f) => f.text).join("");
}

/** The sidebar page with the stand-in installed before its own script runs. */
function sidebarPage(standIn: string): string {
  const html = readFileSync(SIDEBAR, "utf8");
  if (/<\/script/iu.test(standIn)) throw new Error("stand-in contains </script");
  return html.replace("<head>", () => `<head>\n<script>${standIn}</script>`);
}

const PAGE_CSS = `
*{box-sizing:border-box}
body{margin:0;font:13px/1.4 Roboto,Arial,sans-serif;color:#202124;display:flex;height:100vh;overflow:hidden}
#workbook-pane{flex:1;min-width:0;display:flex;flex-direction:column;border-right:1px solid #dadce0}
header.top{padding:6px 12px;background:#f1f3f4;border-bottom:1px solid #dadce0;display:flex;gap:12px;align-items:baseline;flex-wrap:wrap}
header.top h1{font-size:15px;margin:0}
header.top p{margin:0;color:#5f6368}
#workbook{flex:1;min-height:0;display:flex;flex-direction:column}
.bar{padding:6px 12px;display:flex;gap:8px;align-items:center}
.bar select{font:inherit;padding:3px}
.formula{display:flex;gap:6px;align-items:center;padding:4px 12px;border-top:1px solid #dadce0;border-bottom:1px solid #dadce0}
.formula .addr{min-width:56px;font-weight:600;color:#3c4043}
.formula input{flex:1;font:inherit;padding:3px 6px;border:1px solid #bdc1c6;border-radius:3px}
.formula button,.tabs button{font:inherit;cursor:pointer}
.grid-wrap{flex:1 1 60%;min-height:160px;overflow:auto}
.charts{flex:0 1 auto;max-height:40%;overflow:auto;border-top:1px solid #dadce0}
table.grid{border-collapse:collapse;table-layout:fixed;width:max-content}
.grid col.rowhead{width:40px}
.grid th{background:#f8f9fa;color:#5f6368;font-weight:400;border:1px solid #dadce0;position:sticky;top:0;z-index:1}
.grid tbody th{position:sticky;left:0;top:auto;z-index:1;text-align:center}
.grid th.corner{left:0;z-index:2}
.grid td{border:1px solid #e2e3e5;padding:2px 4px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:280px;cursor:cell}
.grid td.num{text-align:right}
.grid td.sel{outline:2px solid #1a73e8;outline-offset:-2px}
.grid tr.frozen td{border-bottom-color:#9aa0a6}
.note{margin:4px 12px;color:#5f6368}
.chart{margin:8px 12px}
.chart figcaption{font-weight:600;margin-bottom:4px}
.chart svg{font:11px Roboto,Arial,sans-serif;max-width:100%;height:auto}
.chart text.v{fill:#3c4043}
.tabs{display:flex;gap:2px;overflow-x:auto;padding:4px 8px;background:#f1f3f4;border-top:1px solid #dadce0}
.tabs button{border:0;border-bottom:3px solid transparent;background:none;padding:4px 10px;white-space:nowrap;color:#3c4043}
.tabs button.current{background:#fff;color:#1a73e8;font-weight:600;border-bottom-color:#1a73e8}
#sidebar-pane{width:300px;flex:none;display:flex;flex-direction:column}
#sidebar-pane h2{font-size:13px;margin:0;padding:8px 12px;background:#f1f3f4;border-bottom:1px solid #dadce0}
#sidebar{border:0;width:300px;flex:1}
:focus-visible{outline:3px solid #e37400;outline-offset:1px}
`;

function page(env: Env, client: string): string {
  if (/<\/script/iu.test(client)) throw new Error("preview script contains </script");
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Xem thử — Mô hình học tập</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<main id="workbook-pane">
<header class="top"><h1>Xem thử tiện ích Mô hình học tập</h1><p>Dữ liệu mẫu trong bộ nhớ — không cần tài khoản Google. Bấm một ô để sửa, chọn bảng tính khác ở danh sách.</p></header>
<div id="workbook" data-version="0">${renderView(env)}</div>
</main>
<aside id="sidebar-pane" aria-label="Thanh bên">
<h2>${esc("Tiện ích mở rộng › Mô hình học tập")}</h2>
<iframe id="sidebar" title="Thanh bên Mô hình học tập" src="/sidebar"></iframe>
</aside>
<script>${client}</script>
</body>
</html>`;
}

/** Starts the preview on `port` (0: any free port) of `host` (localhost only by default). */
export async function startPreview(
  options: { port?: number; host?: string } = {},
): Promise<Preview> {
  const env = projectEnvironment({ latency: "none" });
  const uninstall = installGlobals(globalThis, env);
  const workbooks = seedPreview(env);
  env.setActive(workbooks.commune);
  const [standIn, client] = await Promise.all([standInScript(), bundleClient()]);

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>> = {
    "GET /": async (_req, res) => send(res, 200, "text/html", page(env, client)),
    "GET /favicon.ico": async (_req, res) => {
      res.writeHead(204).end();
    },
    "GET /sidebar": async (_req, res) => send(res, 200, "text/html", sidebarPage(standIn)),
    "GET /view": async (_req, res) => send(res, 200, "text/html", renderView(env)),
    "GET /print": async (req, res) => {
      const name = new URL(req.url ?? "/", "http://localhost").searchParams.get("sheet");
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const sheet = name ? ss.getSheetByName(name) : ss.getActiveSheet();
      if (!sheet) throw new HttpError(404, "Không có tab này");
      send(res, 200, "text/html", renderPrint(env, sheet));
    },
    [`POST ${RPC_PATH}`]: async (req, res) => {
      const body = (await readBody(req)) as { name?: unknown; args?: unknown };
      const reply = callServer(str(body?.name, "tên hàm"), str(body?.args, "đối số"));
      send(res, 200, "application/json", JSON.stringify(reply));
    },
    "POST /api/workbook": async (req, res) => {
      const { id } = (await readBody(req)) as { id?: unknown };
      const ss = env.spreadsheets().find((s) => s.getId() === id);
      if (!ss) throw new HttpError(404, "Không có bảng tính này");
      env.setActive(ss);
      send(res, 200, "application/json", "{}");
    },
    "POST /api/sheet": async (req, res) => {
      const { name } = (await readBody(req)) as { name?: unknown };
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(str(name, "tên tab"));
      if (!sheet) throw new HttpError(404, "Không có tab này");
      sheet.activate();
      send(res, 200, "application/json", "{}");
    },
    "POST /api/select": async (req, res) => {
      const { a1 } = (await readBody(req)) as { a1?: unknown };
      const cell = str(a1, "ô");
      if (!/^[A-Z]{1,3}[1-9]\d{0,6}$/u.test(cell)) throw new HttpError(400, "Ô không hợp lệ");
      SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange(cell).activate();
      send(res, 200, "application/json", "{}");
    },
    "POST /api/edit": async (req, res) => {
      const { a1, value } = (await readBody(req)) as { a1?: unknown; value?: unknown };
      const cell = str(a1, "ô");
      if (!/^[A-Z]{1,3}[1-9]\d{0,6}$/u.test(cell)) throw new HttpError(400, "Ô không hợp lệ");
      const range = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange(cell);
      range.setValue(str(value, "giá trị"));
      range.activate();
      send(res, 200, "application/json", "{}");
    },
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const route = routes[`${req.method} ${path}`];
    if (!route) {
      send(res, 404, "text/plain", "Không có trang này");
      return;
    }
    route(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      send(res, status, "text/plain", e instanceof Error ? e.message : String(e));
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8080, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    env,
    workbooks,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          uninstall();
          resolve();
        });
      }),
  };
}
