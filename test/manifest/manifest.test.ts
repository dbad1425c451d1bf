import * as fs from "fs";
import * as path from "path";
import { checkManifest } from "../../scripts/manifestCheck";

const root = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest } = require(path.join(root, "webpack.config.js"));

describe("manifest.xml, checked offline", () => {
  test("the development manifest passes every check", () => {
    const r = checkManifest(xml);
    expect(r.errors).toEqual([]);
    expect(r.namespace).toBe("PAD");
    expect(r.sets).toEqual({ SharedRuntime: "1.1", ExcelApi: "1.8" });
  });

  test.each([
    ["element order", xml.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, "$2$1"), /ProviderName|Version/],
    ["missing resid", xml.replace('<bt:Url id="Taskpane.Url"', '<bt:Url id="Autre.Url"'), /resid introuvable.*Taskpane\.Url/],
    ["http URL", xml.replace("https://localhost:3000/functions.js", "http://localhost:3000/functions.js"), /non https/],
    ["Id not a GUID", xml.replace(/<Id>[^<]*<\/Id>/, "<Id>cap-pad</Id>"), /GUID/],
    ["bad version", xml.replace(/<Version>[^<]*<\/Version>/, "<Version>v1</Version>"), /Version/],
    ["unknown requirement set", xml.replace('Name="ExcelApi"', 'Name="ExcelAPI"'), /inconnu/],
    ["broader permission", xml.replace("ReadWriteDocument", "ReadWriteMailbox"), /Permissions/],
    ["malformed XML", xml.replace("</Hosts>", ""), /mal formé/],
    ["lower-case namespace", xml.replace('DefaultValue="PAD"', 'DefaultValue="pad"'), /espace de noms/],
  ])("refuses a manifest with %s", (_label, broken, expected) => {
    const r = checkManifest(broken);
    expect(r.errors.join("\n")).toMatch(expected);
  });

  test("the production rewrite replaces every localhost URL, including the AppDomain", () => {
    const prod = rewriteManifest(xml, "https://cap-pad.example.fr/addin/");
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toContain("https://cap-pad.example.fr/addin/taskpane.html");
    expect(prod).toContain("<AppDomain>https://cap-pad.example.fr</AppDomain>");
    const occurrences = (xml.match(/https:\/\/localhost:3000\//g) ?? []).length;
    expect((prod.match(/https:\/\/cap-pad\.example\.fr\/addin\//g) ?? []).length).toBe(occurrences);
    expect(checkManifest(prod, { production: true }).errors).toEqual([]);
    expect(checkManifest(xml, { production: true }).errors.join("\n")).toMatch(/URL locale/);
  });
});
