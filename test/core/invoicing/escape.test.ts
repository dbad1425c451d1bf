import fc from "fast-check";
import { escapeXmlAttribute, escapeXmlText, stripInvalidXmlChars } from "../../../src/core/invoicing/escape";
import { looksLikeFormula, neutralizeFormula } from "../../../src/core/format/csv";
import { all, at, parseXml, textAt, XmlSyntaxError } from "../../../src/core/invoicing/xmlReader";
import {
  compactIdentifier,
  countryCode,
  frenchVatNumber,
  isValidSiren,
  isValidSiret,
  isValidVatNumber,
  routingMatchesSiren,
} from "../../../src/core/invoicing/identifiers";

describe("formula injection in exports", () => {
  test.each(["=1+1", "+33 1 23", "-2", "@SUM(A1)", "\tx", "\rx", "＝HYPERLINK()"])("%j is neutralised", (text) => {
    expect(looksLikeFormula(text)).toBe(true);
    expect(neutralizeFormula(text)).toBe("'" + text);
  });

  test("ordinary texts are untouched", () => {
    for (const t of ["Les Films du Canal", "FA-2026-0001", "", " =pas au début", "Étalonnage"]) expect(neutralizeFormula(t)).toBe(t);
  });
});

describe("XML escaping and reading back", () => {
  test("special characters and forbidden control characters", () => {
    expect(escapeXmlText(`a < b & c > d "e" 'f'`)).toBe(`a &lt; b &amp; c &gt; d "e" 'f'`);
    expect(escapeXmlAttribute(`"x'\n`)).toBe("&quot;x&apos;&#10;");
    expect(stripInvalidXmlChars("a\u0000b\u0007c\u001Fd\tе\n🎬\uFFFE")).toBe("abcd\tе\n🎬");
    expect(stripInvalidXmlChars("x\uD800y")).toBe("xy"); // lone surrogate
  });

  test("any text survives escape → parse", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const xml = `<r a="${escapeXmlAttribute(s)}">${escapeXmlText(s)}</r>`;
        const el = parseXml(xml);
        const clean = stripInvalidXmlChars(s);
        expect(el.attributes.a).toBe(clean);
        expect(el.text).toBe(clean.trim());
      }),
      { numRuns: 200 },
    );
  });

  test("the reader: namespaces, CDATA, comments, entities; refuses DTDs and bad nesting", () => {
    const el = parseXml(`<?xml version="1.0"?><!-- c --><x:a xmlns:x="u"><x:b k='v'>1 &amp; &#233;&#x41;</x:b><x:b><![CDATA[<raw>]]></x:b><c/></x:a>`);
    expect(el.local).toBe("a");
    expect(all(el, "b").map((b) => b.text)).toEqual(["1 & éA", "<raw>"]);
    expect(at(el, "b")!.attributes.k).toBe("v");
    expect(textAt(el, "c")).toBe("");
    expect(() => parseXml("<a><b></a>")).toThrow(XmlSyntaxError);
    expect(() => parseXml('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')).toThrow(XmlSyntaxError);
    expect(() => parseXml("<a>&unknown;</a>")).toThrow(XmlSyntaxError);
    expect(() => parseXml("<a/><b/>")).toThrow(XmlSyntaxError);
  });
});

describe("French identifiers", () => {
  test("SIREN and SIRET keys (Luhn), La Poste's exception", () => {
    expect(isValidSiren("842 317 547")).toBe(true);
    expect(isValidSiren("842317548")).toBe(false);
    expect(isValidSiren("84231754")).toBe(false);
    expect(isValidSiret("842 317 547 00011")).toBe(true);
    expect(isValidSiret("84231754700012")).toBe(false);
    expect(isValidSiret("35600000012346")).toBe(true); // La Poste: digit sum multiple of 5 (30)
    expect(isValidSiret("35600000012345")).toBe(false);
  });

  test("VAT numbers: the French key of a SIREN", () => {
    expect(frenchVatNumber("842317547")).toBe("FR27842317547");
    expect(frenchVatNumber("512345679")).toBe("FR75512345679");
    expect(isValidVatNumber("FR 27 842317547", "842317547")).toBe(true);
    expect(isValidVatNumber("FR27842317547", "512345679")).toBe(false);
    expect(isValidVatNumber("FR28842317547")).toBe(false);
    expect(isValidVatNumber("BE0123456749")).toBe(true);
    expect(isValidVatNumber("123")).toBe(false);
  });

  test("routing address, countries", () => {
    expect(routingMatchesSiren("512345679_FACTURES", "512 345 679")).toBe(true);
    expect(routingMatchesSiren("842317547", "512345679")).toBe(false);
    expect(compactIdentifier(" fr 27.842-317 547 ")).toBe("FR27842317547");
    expect(countryCode("France")).toBe("FR");
    expect(countryCode("")).toBe("FR");
    expect(countryCode("be")).toBe("BE");
    expect(countryCode("Belgique")).toBeUndefined();
  });
});
