import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CUSTOM_ENTRIES } from "../../src/entries";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("gives every custom function with its vi_VN example", () => {
    for (const f of CUSTOM_ENTRIES) {
      expect(readme).toContain(`${f.name}(`);
      expect(readme).toContain(f.example as string);
      // vi_VN syntax: ";" between arguments, never ","
      expect(f.example).not.toContain(",");
    }
  });
  it("documents TILE_CONGDONG as the community, and the names officers read", () => {
    expect(readme).toMatch(
      /\| `TILE_CONGDONG\(so_cong_nhan; tong_so\)` \| [^|]*Cộng đồng học tập/u,
    );
    for (const name of [
      "Tỷ lệ số hộ đạt GĐHT (trên tổng số hộ)",
      "Quốc gia (QĐ 387 và QĐ 677)",
      "Tự nhập trong tab Lộ trình",
      "*Tạo hoặc bổ sung mẫu*",
      "*Khôi phục bảng Lộ trình trước*",
      "Tỷ lệ tính trên",
    ])
      expect(readme).toContain(name);
    expect(readme).not.toContain("Bổ sung mẫu (thêm tab");
  });
  it("starts with the commands that work today", () => {
    const firstScreen = readme.split("\n").slice(0, 30).join("\n");
    for (const command of ["npm install", "npm test", "npm run deploy"])
      expect(firstScreen).toContain(command);
  });
});
