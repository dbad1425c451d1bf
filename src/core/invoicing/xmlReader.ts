/**
 * A small XML reader, enough to read back the e-invoices the add-in writes and check the French
 * rules on the file itself (`frenchRules.ts`) in Node and in the browser without the DOM: elements,
 * attributes, text, CDATA, comments, processing instructions and the predefined and numeric
 * entities. No DTD (refused: an e-invoice has none, and entity expansion is an attack surface).
 */

export interface XmlElement {
  /** Qualified name as written (`cbc:ID`). */
  name: string;
  /** Name without prefix (`ID`). */
  local: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Concatenated text content directly inside the element (trimmed). */
  text: string;
}

export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlSyntaxError";
  }
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return String.fromCodePoint(code);
    }
    const v = ENTITIES[e];
    if (v === undefined) throw new XmlSyntaxError(`entité inconnue ${m}`);
    return v;
  });
}

const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

export function parseXml(xml: string): XmlElement {
  const stack: { el: XmlElement; text: string[] }[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const chunk = lt < 0 ? xml.slice(i) : xml.slice(i, lt);
    if (chunk.length) {
      if (stack.length) stack[stack.length - 1].text.push(decode(chunk));
      else if (chunk.trim()) throw new XmlSyntaxError("texte hors de l'élément racine");
    }
    if (lt < 0) break;
    if (xml.startsWith("<?", lt)) {
      const end = xml.indexOf("?>", lt);
      if (end < 0) throw new XmlSyntaxError("instruction non terminée");
      i = end + 2;
    } else if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt);
      if (end < 0) throw new XmlSyntaxError("commentaire non terminé");
      i = end + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt);
      if (end < 0 || !stack.length) throw new XmlSyntaxError("CDATA invalide");
      stack[stack.length - 1].text.push(xml.slice(lt + 9, end));
      i = end + 3;
    } else if (xml.startsWith("<!", lt)) {
      throw new XmlSyntaxError("DTD refusée");
    } else if (xml[lt + 1] === "/") {
      const end = xml.indexOf(">", lt);
      if (end < 0) throw new XmlSyntaxError("balise fermante non terminée");
      const name = xml.slice(lt + 2, end).trim();
      const top = stack.pop();
      if (!top || top.el.name !== name) throw new XmlSyntaxError(`balise fermante </${name}> inattendue`);
      top.el.text = top.text.join("").trim();
      i = end + 1;
    } else {
      // Start tag: find its end, skipping quoted attribute values.
      let j = lt + 1;
      let quote = "";
      while (j < n) {
        const c = xml[j];
        if (quote) {
          if (c === quote) quote = "";
        } else if (c === '"' || c === "'") quote = c;
        else if (c === ">") break;
        j++;
      }
      if (j >= n) throw new XmlSyntaxError("balise ouvrante non terminée");
      let body = xml.slice(lt + 1, j);
      const selfClosing = body.endsWith("/");
      if (selfClosing) body = body.slice(0, -1);
      const m = /^([^\s/>]+)/.exec(body);
      if (!m) throw new XmlSyntaxError("nom d'élément manquant");
      const attributes: Record<string, string> = {};
      const attrRe = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
      let a: RegExpExecArray | null;
      const rest = body.slice(m[1].length);
      while ((a = attrRe.exec(rest))) attributes[a[1]] = decode(a[3] ?? a[4] ?? "");
      const el: XmlElement = { name: m[1], local: localName(m[1]), attributes, children: [], text: "" };
      if (stack.length) stack[stack.length - 1].el.children.push(el);
      else if (root) throw new XmlSyntaxError("plusieurs éléments racines");
      else root = el;
      if (!selfClosing) stack.push({ el, text: [] });
      i = j + 1;
    }
  }
  if (stack.length) throw new XmlSyntaxError(`élément <${stack[stack.length - 1].el.name}> non fermé`);
  if (!root) throw new XmlSyntaxError("document vide");
  return root;
}

/** Children with this local name. */
export function childrenNamed(el: XmlElement | undefined, local: string): XmlElement[] {
  return el ? el.children.filter((c) => c.local === local) : [];
}

/** The first element down a path of local names. */
export function at(el: XmlElement | undefined, ...path: string[]): XmlElement | undefined {
  let cur = el;
  for (const p of path) {
    cur = cur?.children.find((c) => c.local === p);
    if (!cur) return undefined;
  }
  return cur;
}

/** Every element down a path (the last step may match several). */
export function all(el: XmlElement | undefined, ...path: string[]): XmlElement[] {
  let level: XmlElement[] = el ? [el] : [];
  for (const p of path) level = level.flatMap((e) => childrenNamed(e, p));
  return level;
}

export function textAt(el: XmlElement | undefined, ...path: string[]): string | undefined {
  return at(el, ...path)?.text;
}
