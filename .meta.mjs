import { build } from "esbuild";
const f = process.argv[2];
const r = await build({ entryPoints: [`src/main/${f}.ts`], bundle: true, format: "iife", globalName: "AddOn", target: "es2020", charset: "utf8", minify: true, legalComments: "none", write: false, metafile: true, outfile: "x.js" });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k, v]) => [v.bytesInOutput, k]).sort((a, b) => b[0] - a[0]);
for (const [b, k] of rows) console.log(b, k);
console.log("total", out.bytes);
