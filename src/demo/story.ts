/**
 * The demo workbook's story, shared by every demo table so that they agree (`cappad new --demo`).
 *
 * "Today" in the demo is 2026-11-27. Two productions are in post-production at the facility
 * "Studio Cap Nord":
 *  - FLEUVE, "Le Fleuve", a 52' TV fiction for a producer, shooting wrapped 2026-10-30, PAD due 2027-01-22;
 *  - GLACIER, "Glacier, la mémoire blanche", a 90' documentary, rushes received in November, PAD due 2027-02-26.
 * Léa Martin edits both: her picture-editing tasks overlap (the cross-production conflict the check must
 * catch). The Christmas closure (24/12–01/01) and the public holidays of 25/12 and 01/01 fall in the span.
 * FLEUVE's picture edit runs late against its baseline (the slip the overrun report explains).
 *
 * The employer, the agreement and the contracts: Studio Cap Nord is a technical facility (prestataire
 * technique) billing the two producers; its crew is paid under the facility agreement, IDCC 3252 since
 * 1 April 2025 (`Societe[Convention de l'employeur]`), on the facility grid (src/demo/contracts.ts gives
 * the grid's job titles). The productions are the producers' programmes: their `Convention` is blank,
 * since a facility's payroll does not use the producer's agreement. Working time is counted per
 * employee across both productions: Hugo's 44 h week of 2 November and Léa's 47,5 h week of
 * 23 November carry overtime shared between FLEUVE and GLACIER. What the payroll checks say, on purpose:
 *  - the facility agreement caps a day at 10 h, 12 h by exception: Hugo's 11,5 h on 10/11 and Léa's
 *    11 h on 24/11 and 10,5 h on 26/11 are to justify (PAIE_JOURNEE_EXCEPTION); her 13,25 h on 19/11 is
 *    beyond even the exception (PAIE_JOURNEE_12H);
 *  - the 11 November worked has no known premium in the facility agreement (PAIE_MAJORATION_A_VERIFIER);
 *  - Cap PAD ships no versement mobilité rate for Lille: 0 % until the coordinator types the
 *    commune's (PAIE_VERSEMENT_MOBILITE_INCONNU);
 *  - Hugo's GLACIER payslip from the provider was computed per production (src/demo/bulletins.ts).
 *
 * The accounts at the end of November: the facility invoiced each producer in October, apart from the
 * post-production quote (src/demo/invoicing.ts): GLACIER's FA-2026-0001 is paid, FLEUVE's FA-2026-0002 is
 * half paid and late since 22/11 (the reminder to send); of the supplier invoices (src/demo/costs.ts) one is
 * paid, one paid in part, one late and one due this week. November's work waits on the `Facture` draft, so
 * each production's margin to date is still negative: issuing it shows what FLEUVE earns.
 *
 * Task IDs, production codes and resource names below are the contract between the demo tables
 * (Taches, Seances, Contrats, Budget, LignesFacture, Rushes, Livrables): change them everywhere or nowhere.
 */
export const DEMO_TODAY_ISO = "2026-11-27";

export const DEMO_PRODUCTIONS = {
  FLEUVE: { code: "FLEUVE", title: "Le Fleuve", genre: "Fiction TV", minutes: 52, client: "Les Films du Fleuve", pad: "2027-01-22", objectNumber: "OBJ-2026-104517" },
  GLACIER: { code: "GLACIER", title: "Glacier, la mémoire blanche", genre: "Documentaire", minutes: 90, client: "Nord Sud Documentaires", pad: "2027-02-26", objectNumber: "OBJ-2026-118902" },
} as const;

/** Tasks of the demo plan: ID → production, stage, name, resources. Durations and links live in src/demo/planning.ts. */
export const DEMO_TASKS = {
  F01: ["FLEUVE", "Rushes", "Réception et sauvegarde des rushes", "Hugo Bernard"],
  F02: ["FLEUVE", "Montage", "Dérushage et synchronisation", "Hugo Bernard"],
  F03: ["FLEUVE", "Montage", "Montage image", "Léa Martin; Salle montage 2"],
  F04: ["FLEUVE", "Montage", "Visionnage chaîne et retours", ""],
  F05: ["FLEUVE", "Montage", "Montage validé (PAD image)", ""],
  F06: ["FLEUVE", "Image", "Conformation et effets", "Hugo Bernard"],
  F07: ["FLEUVE", "Image", "Étalonnage", "Chloé Dubois"],
  F08: ["FLEUVE", "Son", "Montage son", "Nadia Haddad"],
  F09: ["FLEUVE", "Son", "Bruitage", "Studio Bruitage"],
  F10: ["FLEUVE", "Son", "Mixage 5.1 et stéréo", "Marc Lefèvre; Auditorium A"],
  F11: ["FLEUVE", "Finitions", "Génériques et cartons", "Hugo Bernard"],
  F12: ["FLEUVE", "Finitions", "Sous-titrage SME", ""],
  F13: ["FLEUVE", "Livraison", "Livraison du PAD", ""],
  G01: ["GLACIER", "Rushes", "Réception et sauvegarde des rushes", "Hugo Bernard"],
  G02: ["GLACIER", "Montage", "Dérushage et transcriptions", "Hugo Bernard"],
  G03: ["GLACIER", "Montage", "Montage image", "Léa Martin; Salle montage 2"],
  G04: ["GLACIER", "Montage", "Visionnage et retours", ""],
  G05: ["GLACIER", "Montage", "Montage validé (PAD image)", ""],
  G06: ["GLACIER", "Image", "Étalonnage", "Chloé Dubois"],
  G07: ["GLACIER", "Son", "Montage son", "Nadia Haddad"],
  G08: ["GLACIER", "Son", "Mixage", "Marc Lefèvre; Auditorium A"],
  G09: ["GLACIER", "Finitions", "Génériques, sous-titrage et audiodescription", "Hugo Bernard"],
  G10: ["GLACIER", "Livraison", "Livraison du PAD", ""],
} as const;

export type DemoTaskId = keyof typeof DEMO_TASKS;

/**
 * Hugo Bernard's day off (`Indisponibilites`), on which a séance is nevertheless logged in `Seances`
 * (the error the payroll check PAIE_INDISPONIBLE must catch). His tasks that month are done by then.
 */
export const DEMO_DAY_OFF = { resource: "Hugo Bernard", iso: "2026-11-12", reason: "Congé (convenance personnelle)" } as const;
