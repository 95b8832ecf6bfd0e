// A tiny element builder. Text always goes in as text nodes, never as HTML, so a value from a sheet
// (a village called `<img onerror=…>`) is shown exactly as typed and runs nothing.

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  readonly className?: string;
  readonly id?: string;
  readonly type?: string;
  readonly hidden?: boolean;
  /** Attributes set with setAttribute (aria-*, role, for, data-*, min, max, …). */
  readonly attrs?: Readonly<Record<string, string>>;
  readonly onClick?: () => void;
}

/** Creates `<tag>` with props and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.className) el.className = props.className;
  if (props.id) el.id = props.id;
  if (props.type) el.setAttribute("type", props.type);
  if (props.hidden) el.hidden = true;
  for (const [name, value] of Object.entries(props.attrs ?? {})) el.setAttribute(name, value);
  if (props.onClick) el.addEventListener("click", props.onClick);
  append(el, ...children);
  return el;
}

/** Appends children; strings and numbers as text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
  }
}

/** Replaces every child of `parent`. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

let counter = 0;
/** A fresh id for label/for and aria references. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A labelled <select> whose options are [value, text] pairs. */
export function select(
  label: string,
  options: readonly (readonly [string, string])[],
  value: string,
  help?: string,
): { row: HTMLElement; control: HTMLSelectElement } {
  const id = uid("f");
  const control = h("select", { id });
  for (const [v, text] of options) {
    const o = h("option", {}, text);
    o.value = v;
    control.appendChild(o);
  }
  control.value = value;
  const helpId = help ? uid("h") : undefined;
  if (helpId) control.setAttribute("aria-describedby", helpId);
  const row = h(
    "div",
    { className: "field" },
    h("label", { attrs: { for: id } }, label),
    control,
    help && helpId ? h("p", { className: "help", id: helpId }, help) : null,
  );
  return { row, control };
}
