// npm start: the local preview. Serves, on localhost, a sample workbook beside the real sidebar, both
// running the add-on's own code on the memory spreadsheet: no Google account needed.
// `npm start` builds first; PORT chooses the port (8080 when unset); Ctrl-C stops it.

import { existsSync } from "node:fs";
import { startPreview } from "./preview/server";
import { buildSidebar, SIDEBAR } from "./sidebar";

if (!existsSync(SIDEBAR)) await buildSidebar();
const port = process.env.PORT ? Number(process.env.PORT) : 8080;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT="${process.env.PORT}" không phải số cổng hợp lệ (0–65535).`);
  process.exit(1);
}
try {
  const preview = await startPreview({ port });
  const shown = preview.url.replace("127.0.0.1", "localhost");
  console.log(`Xem thử tiện ích: mở ${shown} trong trình duyệt.`);
  console.log("Dữ liệu mẫu: Xã Quảng Thạch (có vài lỗi nhập cố ý) và Tỉnh Mẫu với 4 xã.");
  console.log("Bấm Ctrl-C để dừng.");
  const stop = () => {
    console.log("Đã dừng bản xem thử.");
    void preview.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (e) {
  const code = (e as { code?: string }).code;
  console.error(
    code === "EADDRINUSE"
      ? `Cổng ${port} đang được dùng. Hãy chạy lại với cổng khác, ví dụ: PORT=8081 npm start`
      : `Không chạy được bản xem thử: ${e instanceof Error ? e.message : String(e)}`,
  );
  process.exit(1);
}
