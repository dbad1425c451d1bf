/**
 * The fingerprint of a draft: what makes two drafts the same invoice (client, dates, order, object,
 * production, nature, lines). Stored with each issued document, it lets "Émettre la facture" refuse to
 * issue the same draft twice — a second click must not make a second invoice (a number once given
 * cannot be taken back, only cancelled by a credit note). Not a security hash: an identity.
 */
import type { InvoiceDraft } from "./invoice";

/** cyrb53: a fast 53-bit string hash with good spread (public domain, bryc). */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const norm = (t: string | undefined): string => (t ?? "").trim().replace(/\s+/g, " ");

export function draftFingerprint(d: InvoiceDraft): string {
  const canonical = JSON.stringify([
    norm(d.client.name).toLowerCase(),
    norm(d.client.siren),
    d.issueDate,
    d.servicePeriod ? [d.servicePeriod.start, d.servicePeriod.end] : null,
    d.deliveryDate ?? null,
    norm(d.purchaseOrder),
    norm(d.object),
    norm(d.production),
    d.nature ?? "",
    d.lines.map((l) => [norm(l.production), norm(l.code), norm(l.label), l.quantity, norm(l.unit), l.unitPriceCents, l.vatRate]),
  ]);
  return cyrb53(canonical).toString(16).padStart(14, "0");
}
