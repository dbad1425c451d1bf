/**
 * Demo rushes and deliverables (`cappad new --demo`), following src/demo/story.ts (today 2026-11-27):
 *  - FLEUVE (France Télévisions, 25 ips, HD, mix 5.1, foreign sales): the last shooting week
 *    (days 8–12, 26–30/10/2026) on cameras A and B, plus a handheld camera C shot at 23,976 ips on
 *    day 10 (to transcode); day 12's B card has no second backup. Its press extract came back from
 *    the broadcaster's QC refused for loudness; the credits list has no due date.
 *  - GLACIER (Arte, 25 ips, HD, stereo mix, foreign sales): rushes received 02–06/11 (task G01), one
 *    card received twice (overlapping timecodes), and a pick-up shot received on 24/11, after the start
 *    of the picture edit (G03, 23/11). Arte asks 5.1 and UHD, and no M&E is listed: three surcharges.
 * Volumes follow the cards' durations at the codec's bitrate (ProRes 422 HQ 1080p25 ≈ 184 Mb/s, Apple
 * ProRes white paper), as PAD.VOLUME.GO computes them.
 */
import { fromIso, type DayNumber } from "../core/dates/civil";
import { clipDuration, parseFrameRate, parseTimecode, storageGigabytes, type FrameRate } from "../core/timecode";
import type { OutValue } from "../workbook/values";
import { DEMO_PRODUCTIONS } from "./story";

const d = (iso: string): { day: DayNumber } => ({ day: fromIso(iso) as DayNumber });

/** `Productions` columns of the technical settings, by production code. */
export const DEMO_PROJECT_SETTINGS: Record<keyof typeof DEMO_PRODUCTIONS, Record<string, OutValue>> = {
  FLEUVE: { "Cadence projet": "25", "Résolution projet": "1920x1080", Mix: "5.1", Diffuseur: "France Télévisions", "Ventes à l'étranger": "oui" },
  GLACIER: { "Cadence projet": "25", "Résolution projet": "1920x1080", Mix: "stéréo", Diffuseur: "Arte", "Ventes à l'étranger": "oui" },
};

interface Card {
  date: string;
  production: keyof typeof DEMO_PRODUCTIONS;
  day: number;
  media: string;
  camera: string;
  format: string;
  mbps: number;
  rate: string;
  tcIn: string;
  tcOut: string;
  backup2?: string | null;
  verified?: string | null;
  comment?: string;
}

const ALEXA = { format: "ProRes 422 HQ", mbps: 184, rate: "25" };
const FX3 = { format: "XAVC S-I", mbps: 240, rate: "23,976" };
const FX6 = { format: "XAVC-I", mbps: 222, rate: "25" };

const CARDS: Card[] = [
  { date: "2026-10-26", production: "FLEUVE", day: 8, media: "A031", camera: "A", ...ALEXA, tcIn: "08:12:00:00", tcOut: "09:18:40:12" },
  { date: "2026-10-26", production: "FLEUVE", day: 8, media: "B024", camera: "B", ...ALEXA, tcIn: "08:15:10:00", tcOut: "09:02:05:20" },
  { date: "2026-10-27", production: "FLEUVE", day: 9, media: "A032", camera: "A", ...ALEXA, tcIn: "09:18:40:12", tcOut: "10:31:22:03" },
  { date: "2026-10-27", production: "FLEUVE", day: 9, media: "B025", camera: "B", ...ALEXA, tcIn: "09:02:05:20", tcOut: "09:55:47:08" },
  { date: "2026-10-28", production: "FLEUVE", day: 10, media: "A033", camera: "A", ...ALEXA, tcIn: "10:31:22:03", tcOut: "11:40:09:17" },
  { date: "2026-10-28", production: "FLEUVE", day: 10, media: "B026", camera: "B", ...ALEXA, tcIn: "09:55:47:08", tcOut: "10:48:30:00" },
  { date: "2026-10-28", production: "FLEUVE", day: 10, media: "C001", camera: "C", ...FX3, tcIn: "14:02:00:00", tcOut: "14:40:16:09", comment: "Caméra épaule, scène du marché" },
  { date: "2026-10-29", production: "FLEUVE", day: 11, media: "A034", camera: "A", ...ALEXA, tcIn: "11:40:09:17", tcOut: "12:52:44:05" },
  { date: "2026-10-29", production: "FLEUVE", day: 11, media: "B027", camera: "B", ...ALEXA, tcIn: "10:48:30:00", tcOut: "11:37:12:21" },
  { date: "2026-10-30", production: "FLEUVE", day: 12, media: "A035", camera: "A", ...ALEXA, tcIn: "12:52:44:05", tcOut: "13:58:01:00", comment: "Dernier jour de tournage" },
  { date: "2026-10-30", production: "FLEUVE", day: 12, media: "B028", camera: "B", ...ALEXA, tcIn: "11:37:12:21", tcOut: "12:29:50:10", backup2: null, comment: "Disque RAID B en panne" },
  { date: "2026-11-02", production: "GLACIER", day: 1, media: "FX6-101", camera: "FX6", ...FX6, tcIn: "06:40:00:00", tcOut: "08:52:17:04" },
  { date: "2026-11-02", production: "GLACIER", day: 1, media: "FX6-102", camera: "FX6", ...FX6, tcIn: "08:52:17:04", tcOut: "10:31:50:18" },
  { date: "2026-11-03", production: "GLACIER", day: 2, media: "FX6-103", camera: "FX6", ...FX6, tcIn: "10:31:50:18", tcOut: "12:48:02:11" },
  { date: "2026-11-04", production: "GLACIER", day: 2, media: "FX6-103 bis", camera: "FX6", ...FX6, tcIn: "11:05:00:00", tcOut: "12:48:02:11", comment: "Copie reçue du fixeur" },
  { date: "2026-11-05", production: "GLACIER", day: 3, media: "FX6-104", camera: "FX6", ...FX6, tcIn: "12:48:02:11", tcOut: "15:02:40:00" },
  { date: "2026-11-06", production: "GLACIER", day: 4, media: "DRONE-01", camera: "Drone", format: "H.264", mbps: 100, rate: "25", tcIn: "00:00:00:00", tcOut: "00:41:12:05" },
  { date: "2026-11-24", production: "GLACIER", day: 5, media: "FX6-105", camera: "FX6", ...FX6, tcIn: "15:02:40:00", tcOut: "15:49:31:07", comment: "Tournage complémentaire (glacier vêlant)" },
];

function volumeOf(c: Card): number {
  const rate = parseFrameRate(c.rate) as FrameRate;
  const frames = clipDuration(parseTimecode(c.tcIn, rate) as number, parseTimecode(c.tcOut, rate) as number) as number;
  return Math.round(storageGigabytes(frames, rate, c.mbps) * 10) / 10;
}

export const DEMO_RUSH_ROWS: Record<string, OutValue>[] = CARDS.map((c) => ({
  Date: d(c.date),
  Production: c.production,
  "Jour de tournage": c.day,
  Support: c.media,
  Caméra: c.camera,
  Format: c.format,
  "Cadence (ips)": c.rate,
  Résolution: "1920x1080",
  "Pistes son": c.camera === "Drone" ? 0 : 4,
  "TC début": c.tcIn,
  "TC fin": c.tcOut,
  "Volume (Go)": volumeOf(c),
  "Sauvegarde 1": "RAID A",
  "Sauvegarde 2": c.backup2 === undefined ? "LTO-8 #" + c.media : c.backup2,
  Vérifié: c.verified === undefined ? "oui" : c.verified,
  Commentaire: c.comment ?? null,
}));

export const DEMO_DELIVERABLE_ROWS: Record<string, OutValue>[] = [
  { Production: "FLEUVE", Livrable: "PAD HD 5.1", Spécification: "France TV — PAD HD 5.1", Destinataire: "France Télévisions", "Date due": d("2027-01-22"), Statut: "à faire" },
  { Production: "FLEUVE", Livrable: "Sous-titres SME", Spécification: "France TV — Sous-titres SME", Destinataire: "France Télévisions", "Date due": d("2027-01-20"), Statut: "à faire" },
  { Production: "FLEUVE", Livrable: "Version internationale (M&E)", Destinataire: "Les Films du Fleuve", "Date due": d("2027-01-22"), Statut: "à faire" },
  {
    Production: "FLEUVE",
    Livrable: "Extrait presse",
    Spécification: "France TV — PAD HD",
    Destinataire: "France TV (presse)",
    "Date due": d("2026-11-20"),
    Statut: "refusé",
    "Durée mesurée": "00:02:00:00",
    "Loudness mesuré (LUFS)": -19.8,
    "True peak mesuré (dBTP)": -3.4,
  },
  { Production: "FLEUVE", Livrable: "Conducteur musical", Destinataire: "France Télévisions", "Date due": d("2027-01-22"), Statut: "en cours" },
  { Production: "FLEUVE", Livrable: "Liste des génériques", Destinataire: "France Télévisions", Statut: "à faire" },
  { Production: "GLACIER", Livrable: "PAD HD 5.1", Spécification: "Arte — PAD HD 5.1", Destinataire: "Arte", "Date due": d("2027-02-26"), Statut: "à faire" },
  { Production: "GLACIER", Livrable: "PAD UHD", Spécification: "Arte — PAD UHD", Destinataire: "Arte", "Date due": d("2027-02-26"), Statut: "à faire" },
  { Production: "GLACIER", Livrable: "Sous-titres SME", Spécification: "Arte — Sous-titres SME", Destinataire: "Arte", "Date due": d("2027-02-24"), Statut: "à faire" },
  { Production: "GLACIER", Livrable: "Audiodescription", Destinataire: "Arte", "Date due": d("2027-03-05"), Statut: "à faire" },
];
