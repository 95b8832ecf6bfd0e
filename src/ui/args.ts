// What the sidebar may send through google.script.run, as zod/mini schemas: the browser is outside
// the add-on's trust, so every argument is checked here before any job sees it. Only the job code
// (Jobs.html) carries zod; the custom functions' readers are core/cells' own few lines.

import * as z from "zod/mini";
import { parseA1 } from "../core/a1";
import { type Parsed, parseYear } from "../core/cells";
import { parseDeadline } from "../core/check/config";
import { HIERARCHIES, LEVELS, ROADMAP_CHOICES } from "../core/model/schema";
import { tidy } from "../core/text";

/** One of our own readers (core/cells, check/config) as a zod schema. */
function reader<T>(read: (value: unknown) => Parsed<T>) {
  return z.pipe(
    z.unknown(),
    z.transform((value, ctx) => {
      const r = read(value);
      if (r.ok) return r.value;
      ctx.issues.push({ code: "custom", message: r.message, input: value });
      return z.NEVER;
    }),
  );
}

/** Text of at most `max` characters once tidied, not empty, matching `pattern`. */
const text = (max: number, pattern = /./u) =>
  z.pipe(
    z.string(),
    z.pipe(z.transform(tidy), z.string().check(z.minLength(1), z.maxLength(max), z.regex(pattern))),
  );

const points = (max: number) => z.number().check(z.minimum(0), z.maximum(max));

export const Level = z.enum(LEVELS);
export const Preset = z.enum(ROADMAP_CHOICES.map((c) => c.name) as [string, ...string[]]);
export const Year = reader(parseYear);
/** An instant the server itself handed out (epoch ms), sent back to name what it was. */
export const Instant = z.int().check(z.minimum(0));
/** A finding's cell: its tab and an A1 address inside a sheet's limits. */
export const Cell = z.strictObject({
  tab: z.string().check(z.minLength(1)),
  cell: z.string().check(z.refine((a1) => (parseA1(a1)[0] ?? 0) > 0)),
});

/**
 * The settings the sidebar may change. Strict: any other key ("constructor", "__proto__"…) refuses
 * the whole object, and nothing from it is written.
 */
export const Settings = z.strictObject({
  level: z.optional(Level),
  preset: z.optional(Preset),
  amberPoints: z.optional(points(50)),
  jumpPoints: z.optional(points(100)),
  hierarchy: z.optional(z.enum(HIERARCHIES)),
  year: z.optional(Year),
  deadline: z.optional(
    reader((v): Parsed<string> => {
      const d = parseDeadline(v);
      return d ? { ok: true, value: `${d.day}/${d.month}` } : { ok: false, message: "" };
    }),
  ),
  areaName: z.optional(text(100)),
  areaCode: z.optional(text(20, /^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u)),
});

export type Settings = z.output<typeof Settings>;
