// The one way the sidebar talks to the server: a promise over google.script.run, typed against the
// server functions (the gathering flavor's, a superset of the commune flavor's) so the compiler
// checks each name and argument count, and refuses a Date (or any other value the transport
// rejects) as an argument.

import type { GATHERING_FUNCTIONS } from "../gathering";

type Server = typeof GATHERING_FUNCTIONS;

/** Functions the sidebar may call (the menu opener and the time trigger are not for it). */
export type ServerName = Exclude<keyof Server, "showSidebar" | "continueGather">;

/** What google.script.run carries: primitives, arrays and plain objects of them; no Date. */
export type Wire =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly Wire[]
  | { readonly [key: string]: Wire };

/** The server's parameters (typed `unknown`, checked there) narrowed to what may travel. */
type WireArgs<A extends readonly unknown[]> = { [I in keyof A]: A[I] & Wire };

export type Reply<K extends ServerName> = ReturnType<Server[K]>;

type Handler = (value: unknown, userObject?: unknown) => void;

/** The part of google.script.run the wrapper uses. */
interface Runner {
  withSuccessHandler(handler: Handler): Runner;
  withFailureHandler(handler: (error: unknown, userObject?: unknown) => void): Runner;
  readonly [name: string]: unknown;
}

declare global {
  interface Window {
    google?: { script?: { run?: Runner } };
  }
}

/** Why a call failed before or inside the transport (not a job's own "ok: false"). */
export class TransportError extends Error {
  override readonly name = "TransportError";
}

/** Calls a server function; resolves with its result, rejects with a TransportError. */
export function call<K extends ServerName>(
  name: K,
  ...args: WireArgs<Parameters<Server[K]>>
): Promise<Reply<K>> {
  return new Promise((resolve, reject) => {
    const run = window.google?.script?.run;
    if (!run) {
      reject(new TransportError("google.script.run không có trong trang này"));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as Reply<K>))
      .withFailureHandler((error) => reject(toTransportError(error)));
    const fn = runner[name];
    if (typeof fn !== "function") {
      reject(new TransportError(`máy chủ không có hàm ${name}`));
      return;
    }
    try {
      (fn as (...a: unknown[]) => void).apply(runner, args);
    } catch (e) {
      reject(toTransportError(e));
    }
  });
}

function toTransportError(error: unknown): TransportError {
  const message =
    error instanceof Error
      ? error.message
      : typeof error === "string"
        ? error
        : error && typeof (error as { message?: unknown }).message === "string"
          ? (error as { message: string }).message
          : "";
  return new TransportError(message);
}
