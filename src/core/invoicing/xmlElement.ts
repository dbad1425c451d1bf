/**
 * The one element builder of the e-invoice writers (UBL and CII): `el("cbc:ID", "x", { schemeID: "0002" })`.
 * Every text and attribute goes through `escapeXmlText` / `escapeXmlAttribute`; an undefined text
 * writes nothing and empty children are dropped, so an absent business term is simply left out;
 * children are indented one tab (line breaks inside a text are written as character references, so
 * the indentation never changes a value).
 */
import { escapeXmlAttribute, escapeXmlText } from "./escape";

export type XmlNode = string;

export function el(name: string, content: string | XmlNode[] | undefined, attrs?: Record<string, string>): XmlNode {
  const a = attrs ? Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeXmlAttribute(v)}"`).join("") : "";
  if (Array.isArray(content)) {
    const inner = content.filter((c) => c !== "");
    if (inner.length === 0) return `<${name}${a}/>`;
    return `<${name}${a}>\n${inner.map((c) => "\t" + c.replace(/\n/g, "\n\t")).join("\n")}\n</${name}>`;
  }
  if (content === undefined) return "";
  return `<${name}${a}>${escapeXmlText(content).replace(/\n/g, "&#10;").replace(/\r/g, "&#13;")}</${name}>`;
}

/** `node()` when `value` is present, else nothing; `node` receives the value, narrowed. */
export function opt<T>(value: T | undefined | null | false | "" | 0, node: (v: T) => XmlNode): XmlNode {
  return value ? node(value as T) : "";
}

/** An identifier with its scheme (`<cbc:ID schemeID="0002">…`), or nothing when it is absent. */
export function schemeId(name: string, id: { id: string; scheme: string } | undefined): XmlNode {
  return opt(id, (i) => el(name, i.id, { schemeID: i.scheme }));
}
