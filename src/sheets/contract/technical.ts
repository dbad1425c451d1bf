/** Rushes, deliverables and delivery specifications (issue: rushes and deliverables). Fixed contract. */
import type { TableSpec } from "../spec";
import { alertColumn, computed, input } from "./columns";

export const RUSHES: TableSpec = {
  name: "Rushes",
  sheet: "Rushes",
  columns: [
    input("Date", "date", { required: true, width: 11 }),
    input("Production", "text", { required: true, width: 10 }),
    input("Jour de tournage", "integer", { width: 9 }),
    input("Support", "text", { width: 12 }),
    input("Caméra", "text", { width: 10 }),
    input("Format", "text", { width: 14 }),
    input("Cadence (ips)", "text", { width: 9 }),
    input("Résolution", "text", { width: 11 }),
    input("Pistes son", "integer", { width: 8 }),
    input("TC début", "timecode", { width: 12 }),
    input("TC fin", "timecode", { width: 12 }),
    input("Volume (Go)", "number", { numFmt: "0.0", width: 9 }),
    input("Sauvegarde 1", "text", { width: 12 }),
    input("Sauvegarde 2", "text", { width: 12 }),
    input("Vérifié", "text", { width: 8 }),
    input("Commentaire", "text", { width: 24 }),
    computed("Durée", "timecode", { width: 12 }),
    alertColumn(),
  ],
};

export const LIVRABLES: TableSpec = {
  name: "Livrables",
  sheet: "Livrables",
  key: ["Production", "Livrable"],
  columns: [
    input("Production", "text", { required: true, width: 10 }),
    input("Livrable", "text", { required: true, width: 26 }),
    input("Spécification", "text", { width: 20 }),
    input("Destinataire", "text", { width: 16 }),
    input("Date due", "date", { width: 11 }),
    input("Statut", "text", { width: 12 }),
    input("Durée mesurée", "timecode", { width: 12 }),
    input("Loudness mesuré (LUFS)", "number", { numFmt: "0.0", width: 10 }),
    input("True peak mesuré (dBTP)", "number", { numFmt: "0.0", width: 10 }),
    alertColumn(),
  ],
};

export const TECHNICAL_TABLES = [RUSHES, LIVRABLES];
