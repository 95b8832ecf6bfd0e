// The preview page's own script: redraws the workbook view after every call the sidebar makes (the
// stand-in in its frame posts a message), switches workbook and tab, selects and edits a cell.
// The view's HTML comes from the server, where every sheet value was escaped.

const view = document.getElementById("workbook") as HTMLElement;
const frame = document.getElementById("sidebar") as HTMLIFrameElement;

async function post(path: string, body: unknown): Promise<void> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(await response.text());
}

let pending: Promise<void> | undefined;
let again = false;

/** Fetches the view again; calls that arrive while one is running make one more. */
function refresh(): Promise<void> {
  if (pending) {
    again = true;
    return pending;
  }
  pending = (async () => {
    try {
      do {
        again = false;
        const response = await fetch("/view");
        view.innerHTML = await response.text();
        view.querySelector("td.sel")?.scrollIntoView({ block: "nearest", inline: "nearest" });
        view.setAttribute("data-version", String(Number(view.dataset.version ?? "0") + 1));
      } while (again);
    } finally {
      pending = undefined;
    }
  })();
  return pending;
}

window.addEventListener("message", (e) => {
  if (e.origin !== window.location.origin) return;
  const data = e.data as { source?: string } | null;
  if (data?.source === "gas-stand-in") void refresh();
});

view.addEventListener("change", async (e) => {
  const target = e.target as HTMLElement;
  if (target.id !== "book") return;
  await post("/api/workbook", { id: (target as HTMLSelectElement).value });
  await refresh();
  frame.contentWindow?.location.reload();
});

view.addEventListener("click", async (e) => {
  const target = e.target as HTMLElement;
  const tab = target.closest<HTMLElement>("button[data-sheet]");
  if (tab) {
    await post("/api/sheet", { name: tab.dataset.sheet });
    await refresh();
    return;
  }
  const cell = target.closest<HTMLElement>("td[data-a1]");
  if (cell) {
    await post("/api/select", { a1: cell.dataset.a1 });
    await refresh();
    (document.getElementById("cell-input") as HTMLInputElement | null)?.focus();
  }
});

view.addEventListener("submit", async (e) => {
  const form = e.target as HTMLFormElement;
  if (form.id !== "edit") return;
  e.preventDefault();
  const input = form.querySelector("input") as HTMLInputElement;
  await post("/api/edit", { a1: form.dataset.a1, value: input.value });
  await refresh();
});
