/**
 * Holiday zones of a production (`Productions[Zone]`).
 *
 * France has one list of public holidays for mainland France, two more days in Alsace-Moselle
 * (Moselle 57, Bas-Rhin 67, Haut-Rhin 68: Vendredi saint and 26 décembre, Code du travail L3134-13)
 * and one or two more in each overseas département (abolition of slavery, Vendredi saint in the
 * Antilles). A zone is stored as a canonical string so that it can be written back into a cell and
 * used as a cache key:
 *   "Métropole", "Alsace-Moselle", or the INSEE code of an overseas département / collectivité
 *   ("971" Guadeloupe, "972" Martinique, "973" Guyane, "974" La Réunion, "976" Mayotte,
 *   "977" Saint-Barthélemy, "978" Saint-Martin).
 */

export type Zone = string;

export const METROPOLE: Zone = "Métropole";
export const ALSACE_MOSELLE: Zone = "Alsace-Moselle";

interface ZoneInfo {
  zone: Zone;
  label: string;
  /** State code in date-holidays' FR data (undefined = the national list only). */
  dateHolidaysState?: string;
  /** Texts (normalised: lower case, no accents, no spaces/dashes/apostrophes) that mean this zone. */
  aliases: string[];
}

const ZONE_INFO: readonly ZoneInfo[] = [
  {
    zone: METROPOLE,
    label: "Métropole",
    aliases: ["metropole", "france", "francemetropolitaine", "fr", "hexagone", "metro"],
  },
  {
    zone: ALSACE_MOSELLE,
    label: "Alsace-Moselle",
    // Any of the three départements: they share the same local law on holidays.
    dateHolidaysState: "57",
    aliases: ["alsacemoselle", "alsace", "moselle", "basrhin", "hautrhin", "57", "67", "68"],
  },
  { zone: "971", label: "Guadeloupe (971)", dateHolidaysState: "GP", aliases: ["971", "gp", "guadeloupe"] },
  { zone: "972", label: "Martinique (972)", dateHolidaysState: "MQ", aliases: ["972", "mq", "martinique"] },
  { zone: "973", label: "Guyane (973)", dateHolidaysState: "GF", aliases: ["973", "gf", "guyane", "guyanefrancaise"] },
  { zone: "974", label: "La Réunion (974)", dateHolidaysState: "RE", aliases: ["974", "re", "reunion", "lareunion"] },
  { zone: "976", label: "Mayotte (976)", dateHolidaysState: "YT", aliases: ["976", "yt", "mayotte"] },
  {
    zone: "977",
    label: "Saint-Barthélemy (977)",
    dateHolidaysState: "BL",
    aliases: ["977", "bl", "saintbarthelemy", "stbarthelemy", "stbarth", "saintbarth"],
  },
  {
    zone: "978",
    label: "Saint-Martin (978)",
    dateHolidaysState: "MF",
    aliases: ["978", "mf", "saintmartin", "stmartin"],
  },
];

/** Every zone, in display order (for validation lists in the templates). */
export const ZONES: readonly Zone[] = ZONE_INFO.map((z) => z.zone);

const BY_ZONE = new Map<Zone, ZoneInfo>(ZONE_INFO.map((z) => [z.zone, z]));
const BY_ALIAS = new Map<string, Zone>();
for (const info of ZONE_INFO) for (const a of info.aliases) BY_ALIAS.set(a, info.zone);

/** Lower case, accents removed, separators removed: "La Réunion" → "lareunion". */
export function normalizeKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\-_'’.()]/g, "");
}

/**
 * Reads a `Zone` cell. Blank means mainland France (the template's default); unknown text gives
 * undefined so that the caller can raise an alert on the cell instead of guessing.
 */
export function parseZone(text: string | undefined | null): Zone | undefined {
  if (text === undefined || text === null) return METROPOLE;
  const raw = String(text).trim();
  if (raw === "") return METROPOLE;
  const key = normalizeKey(raw);
  const direct = BY_ALIAS.get(key);
  if (direct !== undefined) return direct;
  // "FR-57", "FR-GP": ISO 3166-2 style, as date-holidays and some tools write it.
  const iso = /^fr(.+)$/.exec(key);
  if (iso && BY_ALIAS.has(iso[1])) return BY_ALIAS.get(iso[1]);
  // "Guadeloupe (971)", the way zoneLabel writes it.
  const withCode = /\((\d{3})\)$/.exec(raw);
  if (withCode && BY_ZONE.has(withCode[1])) return withCode[1];
  return undefined;
}

export function isZone(value: string): value is Zone {
  return BY_ZONE.has(value);
}

/** French label of a zone ("La Réunion (974)"); the text itself for an unknown zone. */
export function zoneLabel(zone: Zone): string {
  return BY_ZONE.get(zone)?.label ?? zone;
}

/** date-holidays' state code for a zone (only the generator script and tests need it). */
export function dateHolidaysState(zone: Zone): string | undefined {
  return BY_ZONE.get(zone)?.dateHolidaysState;
}
