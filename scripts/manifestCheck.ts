/**
 * Offline checks of manifest.xml. `office-addin-manifest validate` posts the manifest to a Microsoft web
 * service (Office-Addin-Scripts, packages/office-addin-manifest/src/validate.ts) and fails without
 * internet; it also ignores a missing `resid` (Office-Addin-Scripts #892). These checks run in the tests:
 * well-formed XML, every `resid` resolves, https URLs only (no localhost in production), GUID Id,
 * version format, custom-functions namespace, known requirement sets, and the element order Microsoft
 * documents (learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering).
 */
import * as fs from "fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

/** Documented child order (TaskPaneApp), only the elements an Excel add-in uses. */
const ORDER: Record<string, string[]> = {
  OfficeApp: ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "Dictionary", "VersionOverrides", "ExtendedOverrides"],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "EquivalentAddins", "WebApplicationInfo"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  Resources: ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
  ExtensionPoint: ["Script", "Page", "Metadata", "Namespace", "OfficeTab", "CustomTab", "OfficeMenu"],
  Control: ["Label", "Supertip", "Icon", "Action"],
};

const KNOWN_SETS = new Set(["ExcelApi", "SharedRuntime", "CustomFunctionsRuntime", "DialogApi", "RibbonApi", "AddinCommands", "IdentityAPI", "ImageCoercion", "DialogOrigin"]);

export interface ManifestCheck {
  errors: string[];
  namespace?: string;
  sets: Record<string, string>;
  urls: string[];
}

export function checkManifest(xml: string, opts: { production?: boolean } = {}): ManifestCheck {
  const errors: string[] = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { errors: [`XML mal formé : ${valid.err.msg} (ligne ${valid.err.line})`], sets: {}, urls: [] };
  const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", commentPropName: "#comment" }).parse(xml) as OrderedNode[];
  const root = ordered.find((n) => "OfficeApp" in n);
  if (!root) return { errors: ["élément racine OfficeApp absent"], sets: {}, urls: [] };
  if (root[":@"]?.["xsi:type"] !== "TaskPaneApp") errors.push("OfficeApp doit avoir xsi:type=\"TaskPaneApp\"");

  // Element order, recursively.
  const walk = (name: string, children: OrderedNode[], path: string): void => {
    const order = ORDER[name];
    const names = children.map(tagOf).filter((t): t is string => Boolean(t));
    if (order) {
      let last = -1;
      for (const child of names) {
        const i = order.indexOf(child);
        if (i < 0) continue;
        if (i < last) errors.push(`${path} : <${child}> n'est pas à sa place (ordre attendu : ${order.join(", ")})`);
        last = Math.max(last, i);
      }
    }
    for (const c of children) {
      const t = tagOf(c);
      if (t && Array.isArray(c[t])) walk(t, c[t] as OrderedNode[], `${path}/${t}`);
    }
  };
  walk("OfficeApp", root.OfficeApp as OrderedNode[], "OfficeApp");

  // Flat view for value checks.
  const flat = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: () => false }).parse(xml) as { OfficeApp: Record<string, unknown> };
  const app = flat.OfficeApp;
  const id = String(textOf(app.Id) ?? "");
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) errors.push(`<Id> n'est pas un GUID : ${id}`);
  const version = String(textOf(app.Version) ?? "");
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) errors.push(`<Version> invalide (n.n.n.n attendu) : ${version}`);
  if (String(textOf(app.Permissions)) !== "ReadWriteDocument") errors.push(`<Permissions> doit être ReadWriteDocument (moindre privilège utile), trouvé ${String(textOf(app.Permissions))}`);

  // Resource ids: every resid must be declared once in Resources.
  const declared = new Map<string, string>();
  for (const m of xml.matchAll(/<bt:(Image|Url|String)\s+id="([^"]+)"\s+DefaultValue="([^"]*)"/g)) {
    if (declared.has(m[2])) errors.push(`ressource déclarée deux fois : ${m[2]}`);
    declared.set(m[2], m[3]);
  }
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) if (!declared.has(m[1])) errors.push(`resid introuvable dans Resources : ${m[1]}`);

  // URLs.
  const urls = [...xml.matchAll(/(?:DefaultValue|<AppDomain>)="?(https?:\/\/[^"<\s]+)/g)].map((m) => m[1]);
  for (const m of xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)) urls.push(m[1]);
  for (const u of urls) {
    if (!u.startsWith("https://")) errors.push(`URL non https : ${u}`);
    if (opts.production && /localhost|127\.0\.0\.1/.test(u)) errors.push(`URL locale dans un manifeste de production : ${u}`);
  }

  // Custom functions namespace.
  const nsRes = /<Namespace\s+resid="([^"]+)"/.exec(xml)?.[1];
  const namespace = nsRes ? declared.get(nsRes) : undefined;
  if (!namespace) errors.push("espace de noms des fonctions personnalisées absent");
  else if (!/^[A-Z][A-Z0-9]*$/.test(namespace)) errors.push(`espace de noms invalide (majuscules attendues) : ${namespace}`);

  // Requirement sets.
  const sets: Record<string, string> = {};
  for (const m of xml.matchAll(/<Set\s+Name="([^"]+)"(?:\s+MinVersion="([^"]+)")?/g)) {
    sets[m[1]] = m[2] ?? "1.1";
    if (!KNOWN_SETS.has(m[1])) errors.push(`ensemble de conditions inconnu : ${m[1]}`);
    if (m[2] && !/^\d+\.\d+$/.test(m[2])) errors.push(`MinVersion invalide pour ${m[1]} : ${m[2]}`);
  }
  if (!/<Runtime\s+resid="[^"]+"\s+lifetime="long"/.test(xml)) errors.push("runtime partagé (lifetime=\"long\") absent");
  return { errors, namespace, sets, urls };
}

function tagOf(node: OrderedNode): string | undefined {
  return Object.keys(node).find((k) => k !== ":@" && k !== "#text" && k !== "#comment");
}

function textOf(v: unknown): unknown {
  return typeof v === "object" && v !== null ? (v as { "#text"?: unknown })["#text"] : v;
}

if (require.main === module) {
  const files = process.argv.slice(2);
  let failed = false;
  for (const f of files.length ? files : ["manifest.xml"]) {
    const r = checkManifest(fs.readFileSync(f, "utf8"), { production: f.includes("dist") });
    if (r.errors.length) {
      failed = true;
      console.error(`${f} :\n  ${r.errors.join("\n  ")}`);
    } else console.log(`${f} : conforme (espace de noms ${r.namespace}, ${Object.entries(r.sets).map(([k, v]) => `${k} ${v}`).join(", ")})`);
  }
  process.exit(failed ? 1 : 0);
}
