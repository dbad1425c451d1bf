/**
 * Browser entry of the Office.js fake, for the task pane's browser tests: bundle this file (with the
 * same exceljs alias as the pane's build) and inject it before the page's scripts run, then, in the
 * page:
 *
 *   const fake = await CapPadFake.install(xlsxBytesOrUndefined, { excelApi: "1.13" });
 *   // … the pane calls Office.onReady / Excel.run as in Excel …
 *   CapPadFake.current.dump()   // what the workbook holds (sheets, cells, tables, formats)
 *
 * `install` defines `window.Office` and `window.Excel` on the fake. A page opened without it still
 * goes to file mode, as outside Office.
 */
import { base64ToBytes, FakeExcel, installFakeOffice, type FakeExcelOptions } from "./excelFake";

interface CapPadFakeGlobal {
  FakeExcel: typeof FakeExcel;
  installFakeOffice: typeof installFakeOffice;
  base64ToBytes: typeof base64ToBytes;
  current?: FakeExcel;
  install(xlsx?: Uint8Array | string, opts?: FakeExcelOptions): Promise<FakeExcel>;
}

const api: CapPadFakeGlobal = {
  FakeExcel,
  installFakeOffice,
  base64ToBytes,
  async install(xlsx, opts = {}) {
    const bytes = typeof xlsx === "string" ? base64ToBytes(xlsx) : xlsx;
    const fake = bytes ? await FakeExcel.fromXlsx(bytes, opts) : new FakeExcel(opts);
    installFakeOffice(fake);
    api.current = fake;
    return fake;
  },
};

(globalThis as unknown as { CapPadFake: CapPadFakeGlobal }).CapPadFake = api;

export default api;
