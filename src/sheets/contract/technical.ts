/** Rushes, deliverables and delivery specifications (rushes and deliverables). Fixed contract. */
import type { TableSpec } from "../spec";
import { alertColumn, computed, input, list } from "./columns";

export const RUSHES: TableSpec = {
  name: "Rushes",
  sheet: "Rushes",
  columns: [
    input("Date", "date", { required: true, width: 11 }),
    input("Production", "text", { required: true, width: 12 }),
    input("Jour de tournage", "integer", { width: 17 }),
    input("Support", "text", { width: 12 }),
    input("Caméra", "text", { width: 10 }),
    input("Format", "text", { width: 14 }),
    input("Cadence (ips)", "text", { width: 14 }),
    input("Résolution", "text", { width: 12 }),
    input("Pistes son", "integer", { width: 11 }),
    input("TC début", "timecode", { width: 12 }),
    input("TC fin", "timecode", { width: 12 }),
    input("Volume (Go)", "number", { numFmt: "0.0", width: 13 }),
    input("Sauvegarde 1", "text", { width: 15 }),
    input("Sauvegarde 2", "text", { width: 15 }),
    input("Vérifié", "text", { width: 9 }),
    input("Commentaire", "text", { width: 24, wrap: true }),
    computed("Durée", "timecode", { width: 12 }),
    alertColumn(),
  ],
};

/** `Livrables[Statut]`: the drop-down's words; "livré" and "validé" mean the deliverable has left. */
export const DELIVERABLE_STATUSES = ["à faire", "en cours", "livré", "validé", "refusé"] as const;

export const LIVRABLES: TableSpec = {
  name: "Livrables",
  sheet: "Livrables",
  key: ["Production", "Livrable"],
  columns: [
    input("Production", "text", { required: true, width: 12 }),
    input("Livrable", "text", { required: true, width: 26 }),
    input("Spécification", "text", { width: 24 }),
    input("Destinataire", "text", { width: 16 }),
    input("Date due", "date", { width: 12 }),
    list("Statut", DELIVERABLE_STATUSES, { width: 12 }),
    input("Durée mesurée", "timecode", { width: 15 }),
    input("Loudness mesuré (LUFS)", "number", { numFmt: "0.0", width: 24 }),
    input("True peak mesuré (dBTP)", "number", { numFmt: "0.0", width: 25 }),
    alertColumn(),
  ],
};

/**
 * Delivery specifications as data: one row per broadcaster × deliverable, shipped with the
 * French PAD values (`src/data/technical/specs.ts`); users add their broadcasters. `Productions[Diffuseur]`
 * names a `Diffuseur` here; `Livrables[Spécification]` names a `Spécification`.
 */
export const SPECS: TableSpec = {
  name: "Specs",
  sheet: "Specs",
  idColumn: "Spécification",
  key: ["Spécification"],
  columns: [
    input("Spécification", "text", { required: true, width: 25, note: "Nom unique, cité dans Livrables[Spécification]" }),
    input("Diffuseur", "text", { required: true, width: 17, note: "Cité dans Productions[Diffuseur]" }),
    input("Livrable", "text", { width: 15 }),
    list("Obligatoire", ["oui", "non"], { width: 12, note: "oui : toute production de ce diffuseur doit livrer ce livrable" }),
    input("Conteneur", "text", { width: 21 }),
    input("Codec vidéo", "text", { width: 28 }),
    input("Débit (Mb/s)", "number", { numFmt: "0", width: 13 }),
    input("Cadence (ips)", "text", { width: 14 }),
    input("Résolution", "text", { width: 12 }),
    list("Balayage", ["entrelacé", "progressif"], { width: 11 }),
    list("Audio", ["stéréo", "5.1", "stéréo + 5.1"], { width: 13 }),
    input("Format audio", "text", { width: 19 }),
    input("Loudness cible (LUFS)", "number", { numFmt: "0.0", width: 22 }),
    input("Tolérance loudness (LU)", "number", { numFmt: "0.0", width: 24 }),
    input("True peak max (dBTP)", "number", { numFmt: "0.0", width: 21 }),
    input("Durée case", "timecode", { width: 12, note: "Vide : la durée de la production (Productions[Durée (min)])" }),
    input("Tolérance case", "timecode", { width: 15, note: "Écart admis de part et d'autre de la durée de case" }),
    input("TC début", "timecode", { width: 12 }),
    input("Source", "text", { width: 60 }),
    input("À vérifier", "text", { width: 50 }),
  ],
};

export const TECHNICAL_TABLES = [RUSHES, LIVRABLES, SPECS];

/** The "Bilan technique" owned report: rushes totals per shooting day and per production. */
export const BILAN_RUSHES: TableSpec = {
  name: "BilanRushes",
  sheet: "Bilan technique",
  style: "TableStyleLight9",
  columns: [
    computed("Production", "text", { width: 11 }),
    computed("Jour de tournage", "text", { width: 16 }),
    computed("Cartes", "integer", { width: 9 }),
    computed("Durée", "timecode", { width: 13 }),
    computed("Volume (Go)", "number", { numFmt: "#,##0.0", width: 12 }),
    computed("Stockage (Go)", "number", { numFmt: "#,##0.0", width: 13, note: "Volume × le nombre de sauvegardes" }),
    computed("Cartes sans volume", "integer", { width: 12 }),
  ],
};

/** The "Bilan technique" owned report: the surcharges the checks suggest, priced at `Tarifs`. */
export const SURCOUTS_TECHNIQUES: TableSpec = {
  name: "SurcoutsTechniques",
  sheet: "Bilan technique",
  style: "TableStyleLight9",
  // Quantities and amounts first, under the rushes table's figures (the two tables share columns).
  columns: [
    computed("Production", "text", { width: 11 }),
    computed("Code", "text", { width: 16 }),
    computed("Quantité", "number", { numFmt: "0.##", width: 9 }),
    computed("Unité", "text", { width: 10 }),
    computed("Prix HT", "money", { width: 12 }),
    computed("Montant HT", "money", { width: 13 }),
    computed("Désignation", "text", { width: 32, wrap: true }),
    computed("Motif", "text", { width: 36, wrap: true }),
  ],
};

export const TECHNICAL_REPORT_TABLES = [BILAN_RUSHES, SURCOUTS_TECHNIQUES];
