/**
 * The XML parts of an .xlsx as written, read without exceljs (a zip's central directory and inflate):
 * what Excel and LibreOffice will read back — page setup, margins, manual breaks, print areas.
 */
import * as zlib from "zlib";

/** Every part of the zip, by path. */
export function zipParts(bytes: Uint8Array): Map<string, string> {
  const buf = Buffer.from(bytes);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("pas une archive zip");
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const parts = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const skip = nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLength);
    const local = buf.readUInt32LE(p + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    parts.set(name, (method === 8 ? zlib.inflateRawSync(data) : data).toString("utf8"));
    p += 46 + skip;
  }
  return parts;
}

export interface SheetPrintXml {
  /** `<pageSetup>`'s attributes. */
  pageSetup: Record<string, string>;
  /** `<pageMargins>`'s attributes. */
  margins: Record<string, string>;
  fitToPage: boolean;
  /** `<rowBreaks>`: the 1-based row each manual break follows (= the 0-based row that starts a page). */
  rowBreaks: number[];
  /** `_xlnm.Print_Area` and `_xlnm.Print_Titles` of the sheet, as written. */
  printArea?: string;
  printTitles?: string;
}

function attributes(tag: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of (tag ?? "").matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

const unescape = (s: string): string => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The print settings of every sheet of an .xlsx, by sheet name, from the written XML. */
export function printXml(bytes: Uint8Array): Map<string, SheetPrintXml> {
  const parts = zipParts(bytes);
  const workbook = parts.get("xl/workbook.xml") ?? "";
  const rels = parts.get("xl/_rels/workbook.xml.rels") ?? "";
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attributes(m[0]).Id, attributes(m[0]).Target]));
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => attributes(m[0]));
  const defined = [...workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map((m) => ({ attrs: attributes(m[1]), text: unescape(m[2]) }));
  const out = new Map<string, SheetPrintXml>();
  sheets.forEach((s, index) => {
    const target = targets.get(s["r:id"]) ?? "";
    const xml = parts.get(`xl/${target.replace(/^\/?xl\//, "")}`) ?? "";
    const local = (name: string): string | undefined => defined.find((d) => d.attrs.name === name && Number(d.attrs.localSheetId) === index)?.text;
    out.set(unescape(s.name), {
      pageSetup: attributes(/<pageSetup\b[^>]*>/.exec(xml)?.[0]),
      margins: attributes(/<pageMargins\b[^>]*>/.exec(xml)?.[0]),
      fitToPage: /<pageSetUpPr\b[^>]*fitToPage="1"/.test(xml),
      rowBreaks: [...(/<rowBreaks\b[\s\S]*?<\/rowBreaks>/.exec(xml)?.[0] ?? "").matchAll(/<brk\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1])),
      printArea: local("_xlnm.Print_Area"),
      printTitles: local("_xlnm.Print_Titles"),
    });
  });
  return out;
}
