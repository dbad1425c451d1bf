/**
 * French company identifiers (Code de commerce L441-9; BR-FR-10/11/21 of the FNFE-MPE BR-FR schematrons
 * v1.2.0, https://github.com/fnfempe/France_RFE): SIREN (9 digits), SIRET (SIREN + 5 digits of the
 * establishment), intra-EU VAT number (FR + 2-digit key + SIREN), e-invoicing directory address (scheme
 * 0225, starts with the SIREN). SIREN and SIRET carry a Luhn check digit (INSEE); La Poste's
 * establishments are the documented exception (SIREN 356 000 000, SIRET digit sum multiple of 5).
 */

/** Digits and letters only: users type "123 456 789" or "123.456.789". */
export function compactIdentifier(text: string | undefined): string {
  return (text ?? "").replace(/[\s.\-]/g, "").toUpperCase();
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const LA_POSTE_SIREN = "356000000";

export function isValidSiren(text: string | undefined): boolean {
  const s = compactIdentifier(text);
  return /^\d{9}$/.test(s) && luhn(s);
}

export function isValidSiret(text: string | undefined): boolean {
  const s = compactIdentifier(text);
  if (!/^\d{14}$/.test(s)) return false;
  if (s.startsWith(LA_POSTE_SIREN) && s !== LA_POSTE_SIREN + "00048") {
    let sum = 0;
    for (const c of s) sum += c.charCodeAt(0) - 48;
    return sum % 5 === 0;
  }
  return luhn(s);
}

/** The French VAT number of a SIREN: FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97. */
export function frenchVatNumber(siren: string): string {
  const s = compactIdentifier(siren);
  const key = (12 + 3 * (Number(s) % 97)) % 97;
  return `FR${String(key).padStart(2, "0")}${s}`;
}

/**
 * A plausible intra-EU VAT number: two letters and 2–13 characters; a French one must carry the
 * right key for its SIREN (and that SIREN when one is given).
 */
export function isValidVatNumber(text: string | undefined, siren?: string): boolean {
  const v = compactIdentifier(text);
  if (!/^[A-Z]{2}[A-Z0-9]{2,13}$/.test(v)) return false;
  if (!v.startsWith("FR")) return true;
  if (!/^FR[0-9A-Z]{2}\d{9}$/.test(v)) return false;
  const own = v.slice(4);
  if (siren !== undefined && own !== compactIdentifier(siren)) return false;
  // Old-style alphabetic keys exist but are rare; only numeric keys are checked.
  return /^FR\d{2}/.test(v) ? v === frenchVatNumber(own) : true;
}

/** The directory address must start with the company's SIREN (FNFE BR-FR rules, scheme 0225). */
export function routingMatchesSiren(routing: string | undefined, siren: string | undefined): boolean {
  const r = (routing ?? "").trim();
  const s = compactIdentifier(siren);
  return r.length >= 9 && s.length === 9 && r.startsWith(s);
}

/** SIREN part of a SIRET. */
export function sirenOfSiret(siret: string | undefined): string {
  return compactIdentifier(siret).slice(0, 9);
}

/** ISO code of a country cell: "FR", "fr", "France" → "FR"; undefined when it is not a 2-letter code. */
export function countryCode(text: string | undefined): string | undefined {
  const t = (text ?? "").trim();
  if (t === "" || /^france$/i.test(t)) return "FR";
  return /^[A-Za-z]{2}$/.test(t) ? t.toUpperCase() : undefined;
}
