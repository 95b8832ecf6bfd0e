// Learning citizens per group (registered, recognised) for a year, from the citizen scoring tab: the
// yearly report's table by group. Apart from the roll-up, so the report does not pull scoring's code
// into Code.js.

import type { ScoringRead } from "../check/scoring";

/** Learning citizens of one group (form) in a year: registered and recognised. */
export interface GroupCounts {
  readonly group: string;
  readonly registered: number;
  readonly recognized: number;
}

/**
 * Learning citizens per group for `year`, in the criteria set's group order (for the yearly report:
 * "per group (registered, recognised)"). Empty when the commune has no citizen scored that year:
 * the report then says it has no scoring figures, rather than printing zeros.
 */
export function citizenGroups(scoring: ScoringRead | undefined, year: number): GroupCounts[] {
  if (!scoring?.set || !scoring.rows.some((s) => s.year === year)) return [];
  return scoring.set.forms.map((form) => {
    const rows = scoring.rows.filter((s) => s.year === year && s.form === form);
    return {
      group: form.name,
      registered: rows.filter((s) => s.registered).length,
      recognized: rows.filter((s) => s.passed).length,
    };
  });
}
