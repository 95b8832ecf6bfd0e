import { writeFileSync } from "node:fs";
import { extractText, getDocumentProxy } from "unpdf";
import { startPreview } from "./scripts/preview/server";
import { launch } from "./tests/ui/browser";
const preview = await startPreview({ port: 0 });
const b = await launch();
for (const [label, id] of [["xa", preview.workbooks.commune.getId()], ["tinh", preview.workbooks.province.getId()]]) {
  await fetch(new URL("/api/workbook", preview.url), { method: "POST", body: JSON.stringify({ id }) });
  const p = await b.newPage();
  await p.goto(new URL(`/print?sheet=${encodeURIComponent("Biểu báo cáo năm 2026")}`, preview.url).href);
  await p.screenshot({ path: `/tmp/f/${label}.png`, fullPage: true });
  const pdf = await p.pdf({ preferCSSPageSize: true });
  writeFileSync(`/tmp/f/${label}.pdf`, pdf);
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(doc, { mergePages: false });
  console.log(label, totalPages, JSON.stringify(text.slice(1)));
  const h = await p.evaluate("document.querySelector('table').offsetHeight");
  console.log("height", h);
}
await b.close();
await preview.close();
