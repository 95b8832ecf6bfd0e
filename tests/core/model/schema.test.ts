import { describe, expect, it } from "vitest";
import {
  ASSOCIATION,
  column,
  findRoadmapChoice,
  OWN_ROADMAP,
  rateColumns,
  roadmapTitle,
  UNITS,
  VILLAGES,
} from "../../../src/core/model/schema";

const pairs = (tab: typeof VILLAGES) => rateColumns(tab).map((c) => `${c.recognized}/${c.total}`);

describe("the per-row rate columns of a data tab", () => {
  it("one per counted pair, none for one-row items or the digital-skills rates", () => {
    expect(pairs(VILLAGES)).toEqual([
      "hhRecognized/households",
      "clansRecognized/clans",
      "workersCitizen/workers",
      "adultsCitizen/adults",
    ]);
  });

  it("a pair feeding two indicators gets one column", () => {
    expect(pairs(UNITS)).toEqual(["staffCitizen/staff"]);
    expect(pairs(ASSOCIATION)).toEqual([
      "officersTrained/officers",
      "membersBriefed/members",
      "membersTrainedCitizen/members",
    ]);
  });
});

describe("a column of a tab by key", () => {
  it("is the template's column", () => {
    expect(column(VILLAGES, "households").header).toBe("Tổng số hộ");
  });

  it("an unknown key is a programming error naming the key and tab", () => {
    expect(() => column(VILLAGES, "staff")).toThrow("no column staff in villages");
  });
});

describe("the roadmap choice a configuration cell holds", () => {
  it("is found by its title, typed with another case or spacing", () => {
    expect(findRoadmapChoice("  tự nhập trong TAB lộ trình ")?.name).toBe(OWN_ROADMAP);
    expect(findRoadmapChoice("Huyện Hải Hậu (Nam Định)")?.name).toBe("HAIHAU");
  });

  it("or by the code older sheets hold", () => {
    expect(findRoadmapChoice("bacgiang")?.name).toBe("BACGIANG");
    expect(findRoadmapChoice("RIENG")?.name).toBe(OWN_ROADMAP);
  });

  it("anything else is no choice", () => {
    expect(findRoadmapChoice("Tỉnh Nam Định")).toBeUndefined();
    expect(findRoadmapChoice("")).toBeUndefined();
  });

  it("a code's title is what the cell shows; an unknown code stays as it is", () => {
    expect(roadmapTitle("QUOCGIA")).toBe("Quốc gia (QĐ 387 và QĐ 677)");
    expect(roadmapTitle("KHAC")).toBe("KHAC");
  });
});
