/** Technical workbooks for the tests: productions, a small plan, rushes, deliverables, Specs, Tarifs. */
import { DEFAULT_RATE_CARD } from "../../../src/data/costs/rateCard";
import { saveWorkbook } from "../../../src/hosts/xlsx/workbook";
import type { SheetModel } from "../../../src/workbook/model";
import { tarifsSheet } from "../../../src/sheets/templates/costs";
import { planningSheet, productionsSheet } from "../../../src/sheets/templates/planning";
import { livrablesSheet, rushesSheet, specsSheet } from "../../../src/sheets/templates/technical";
import type { OutValue } from "../../../src/workbook/values";
import { workbookOf } from "../../helpers/workbooks";
import { day } from "../planning/fixtures";
import { rateCardCells } from "../../../src/sheets/costs/rateCard";

type Rows = Record<string, OutValue>[];

export const PRODUCTION: Record<string, OutValue> = {
  Code: "FLEUVE",
  Titre: "Le Fleuve",
  "Durée (min)": 52,
  "PAD contractuel": day("2027-01-22"),
  "Cadence projet": "25",
  "Résolution projet": "1920x1080",
  Mix: "5.1",
  Diffuseur: "France Télévisions",
  "Ventes à l'étranger": "non",
};

/** The picture edit starts on 2026-11-05 (its actual start), the PAD milestone follows. */
export const TASKS: Rows = [
  { ID: "F01", Production: "FLEUVE", Étape: "Rushes", Tâche: "Réception et sauvegarde des rushes", "Durée (j)": 3, "Pas avant": day("2026-11-02") },
  { ID: "F03", Production: "FLEUVE", Étape: "Montage", Tâche: "Montage image", "Durée (j)": 20, "Pas avant": day("2026-11-05"), "Début réel": day("2026-11-05") },
  { ID: "F13", Production: "FLEUVE", Étape: "Livraison", Tâche: "Livraison du PAD", "Durée (j)": 0, Prédécesseurs: "F03" },
];

/** A clean card: both backups, verified, at the project's rate and size. */
export function card(extra: Record<string, OutValue> = {}): Record<string, OutValue> {
  return {
    Date: day("2026-10-26"),
    Production: "FLEUVE",
    "Jour de tournage": 8,
    Support: "A031",
    Caméra: "A",
    Format: "ProRes 422 HQ",
    "Cadence (ips)": "25",
    Résolution: "1920x1080",
    "Pistes son": 4,
    "TC début": "08:12:00:00",
    "TC fin": "09:18:40:12",
    "Volume (Go)": 92,
    "Sauvegarde 1": "RAID A",
    "Sauvegarde 2": "LTO-8 #12",
    Vérifié: "oui",
    ...extra,
  };
}

/** A clean PAD and its SME subtitles (France Télévisions requires both). */
export function deliverable(extra: Record<string, OutValue> = {}): Record<string, OutValue> {
  return {
    Production: "FLEUVE",
    Livrable: "PAD HD 5.1",
    Spécification: "France TV — PAD HD 5.1",
    Destinataire: "France Télévisions",
    "Date due": day("2027-01-22"),
    Statut: "à faire",
    "Durée mesurée": "00:52:08:00",
    "Loudness mesuré (LUFS)": -23.3,
    "True peak mesuré (dBTP)": -3.6,
    ...extra,
  };
}

export const SME: Record<string, OutValue> = { Production: "FLEUVE", Livrable: "Sous-titres SME", Destinataire: "France Télévisions", "Date due": day("2027-01-20"), Statut: "à faire" };

export interface TechnicalRows {
  production?: Record<string, OutValue>;
  rushes?: Rows;
  deliverables?: Rows;
  tasks?: Rows;
}

export function technicalSheets(rows: TechnicalRows = {}): SheetModel[] {
  return [
    productionsSheet([rows.production ?? PRODUCTION]),
    planningSheet(rows.tasks ?? TASKS),
    rushesSheet(rows.rushes ?? [card()]),
    livrablesSheet(rows.deliverables ?? [deliverable(), SME]),
    specsSheet(),
    tarifsSheet(rateCardCells(DEFAULT_RATE_CARD)),
  ];
}

export async function technicalBytes(rows: TechnicalRows = {}): Promise<Uint8Array> {
  return saveWorkbook(await workbookOf(...technicalSheets(rows)));
}
