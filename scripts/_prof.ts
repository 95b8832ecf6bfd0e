import { gatherJob } from "../src/sheets/gather";
import { seedProvince } from "../tests/fixtures/workbooks";
import { createEnvironment, installGlobals } from "../tests/memory";

const env = createEnvironment({});
installGlobals(globalThis, env);
const N = Number(process.argv[2] ?? 50);
const { province } = seedProvince(env, N, { villages: 12, units: 4, years: [2026] });
env.calls.reset();
const byTime: Record<string, number> = {};
const rec = env.calls.record.bind(env.calls);
let lastName = "";
let lastT = env.clock.now();
env.calls.record = (name: string) => {
  const t = env.clock.now();
  byTime[lastName] = (byTime[lastName] ?? 0) + (t - lastT);
  lastName = name;
  lastT = t;
  rec(name);
};
const t0 = env.simulatedSeconds();
const r = gatherJob(province, 2026, { now: () => env.clock.now(), budgetMs: 1e9 });
byTime[lastName] = (byTime[lastName] ?? 0) + (env.clock.now() - lastT);
console.log(r.message, env.calls.total, (env.simulatedSeconds() - t0).toFixed(1));
console.log(
  Object.entries(byTime)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}s x${env.calls.byMethod[k]}`)
    .join("\n"),
);
