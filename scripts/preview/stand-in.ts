// A google.script.run for a page outside Google (the browser tests and the local preview). Like the
// real one it is asynchronous; withSuccessHandler, withFailureHandler and withUserObject each return a
// new runner; the server functions are the runner's own enumerable keys; arguments and results are
// checked (a Date anywhere fails the call through the failure handler) and JSON-cloned across. Calls
// go to window.__gasTransport when the page has one (Playwright's exposeFunction), else to POST /rpc.

import { illegalValue, RPC_PATH, type RpcReply } from "./wire";

declare const __GAS_FUNCTIONS__: readonly string[];

type Transport = (name: string, args: string) => Promise<RpcReply>;
type Handler = (value: unknown, userObject: unknown) => void;

interface Handlers {
  readonly success?: Handler;
  readonly failure?: Handler;
  readonly userObject?: unknown;
}

const w = window as unknown as {
  __gasTransport?: Transport;
  google?: unknown;
};

async function httpTransport(name: string, args: string): Promise<RpcReply> {
  const response = await fetch(RPC_PATH, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, args }),
  });
  if (!response.ok) throw new Error(`Connection failure due to HTTP ${response.status}`);
  return (await response.json()) as RpcReply;
}

/** Tells the page around the frame (the preview) that a call ended, so it can redraw. */
function notify(name: string, ok: boolean): void {
  if (window.parent === window) return;
  try {
    window.parent.postMessage({ source: "gas-stand-in", name, ok }, window.location.origin);
  } catch {
    // a parent of another origin: nothing to tell
  }
}

function invoke(name: string, args: unknown[], h: Handlers): void {
  const fail = (message: string) => {
    setTimeout(() => {
      notify(name, false);
      const error = new Error(message);
      if (h.failure) h.failure(error, h.userObject);
      else console.error(`Uncaught ${error.name}: ${error.message}`);
    }, 0);
  };
  const bad = illegalValue(args);
  if (bad) {
    fail(`Failed due to illegal value in property: ${bad}`);
    return;
  }
  const body = JSON.stringify(args.map((a) => (a === undefined ? null : a)));
  const transport = typeof w.__gasTransport === "function" ? w.__gasTransport : httpTransport;
  transport(name, body).then(
    (reply) => {
      if (!reply.ok) {
        fail(reply.error);
        return;
      }
      const value = reply.value === undefined ? undefined : JSON.parse(reply.value);
      setTimeout(() => {
        notify(name, true);
        h.success?.(value, h.userObject);
      }, 0);
    },
    (e: unknown) => fail(`NetworkError: ${e instanceof Error ? e.message : String(e)}`),
  );
}

function runner(h: Handlers): Record<string, unknown> {
  const run: Record<string, unknown> = {};
  const hidden = (key: string, value: unknown) =>
    Object.defineProperty(run, key, { value, enumerable: false });
  hidden("withSuccessHandler", (fn: Handler) => runner({ ...h, success: fn }));
  hidden("withFailureHandler", (fn: Handler) => runner({ ...h, failure: fn }));
  hidden("withUserObject", (o: unknown) => runner({ ...h, userObject: o }));
  for (const name of __GAS_FUNCTIONS__)
    run[name] = (...args: unknown[]) => {
      invoke(name, args, h);
    };
  return run;
}

w.google = {
  script: {
    run: runner({}),
    host: {
      origin: window.location.origin,
      close() {},
      setHeight() {},
      setWidth() {},
      editor: { focus() {} },
    },
    url: {
      getLocation(callback: (l: unknown) => void) {
        callback({ hash: "", parameter: {}, parameters: {} });
      },
    },
  },
};
