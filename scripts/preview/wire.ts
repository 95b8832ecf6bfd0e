// What google.script.run lets across, shared by the browser stand-in and the Node side: primitives,
// arrays and plain objects of them. A Date, a function, a DOM node or a cycle fails the call, as the
// real transport fails ("Failed due to illegal value in property: …").

/** The path of the first value the transport would refuse, with what it is; undefined when fine. */
export function illegalValue(
  value: unknown,
  path = "",
  seen = new Set<object>(),
): string | undefined {
  const at = path || "(giá trị)";
  if (value === null || value === undefined) return undefined;
  switch (typeof value) {
    case "string":
    case "number":
    case "boolean":
      return undefined;
    case "object":
      break;
    default:
      return `${at} (${typeof value})`;
  }
  const o = value as Record<string, unknown>;
  const tag = Object.prototype.toString.call(o);
  if (tag === "[object Date]") return `${at} (Date)`;
  if (typeof o.nodeType === "number" && typeof o.nodeName === "string") return `${at} (DOM node)`;
  if (seen.has(o)) return `${at} (circular reference)`;
  if (!Array.isArray(o) && tag !== "[object Object]") return `${at} (${tag.slice(8, -1)})`;
  seen.add(o);
  try {
    for (const [key, v] of Object.entries(o)) {
      const bad = illegalValue(v, path ? `${path}.${key}` : key, seen);
      if (bad) return bad;
    }
  } finally {
    seen.delete(o);
  }
  return undefined;
}

/** What the Node side answers for one call: the result as JSON, or the error the page gets. */
export type RpcReply = { ok: true; value?: string } | { ok: false; error: string };

/** The preview server's endpoint for calls from the sidebar's stand-in. */
export const RPC_PATH = "/rpc";
