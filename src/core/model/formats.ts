// Number formats the add-on writes (Sheets format codes, the same in every locale).

export const FORMAT = {
  text: "@",
  count: "#,##0",
  rate: "0.0%",
  points: "0.0",
  general: "General",
} as const;
