// The template's long texts (core/model/guidance.ts), read from the project file Guidance.html that
// the build writes beside Code.js. HtmlService hands back a project file's text as it is (the
// "include" pattern of Google's HTML service best practices) and asks for no scope.

import type { Guidance } from "../core/model/guidance";

export const GUIDANCE_FILE = "Guidance";

export function readGuidance(): Guidance {
  const text = HtmlService.createHtmlOutputFromFile(GUIDANCE_FILE).getContent();
  return JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1)) as Guidance;
}
