/**
 * Is the pane inside Excel? Office.js comes from Microsoft's CDN: outside Office it reports no host
 * (about 50 ms), and when the CDN cannot be reached (offline) `Office` is not even defined — in both
 * cases the page works on local files. Inside Excel, the requirement sets are checked once here.
 */

/** Office.onReady never resolves when office.js half-loaded: past this, the page works on files. */
export const OFFICE_TIMEOUT_MS = 3000;

/** Data validation (ExcelApi 1.8) is the newest API Cap PAD uses unconditionally (the manifest's minimum). */
export const MINIMUM_EXCEL_API = "1.8";

export type Where = "excel" | "browser";

/**
 * Where the page runs. An Excel that answers after the timeout (a slow machine, a slow network) is
 * not lost: `lateExcel` is called when it finally does, and the pane moves into Excel.
 */
export async function detectOffice(timeoutMs = OFFICE_TIMEOUT_MS, lateExcel?: () => void): Promise<Where> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return "browser";
  const ready = office
    .onReady()
    .then((info) => info.host === office.HostType.Excel)
    .catch(() => false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const inExcel = await Promise.race([ready, new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)))]);
  clearTimeout(timer);
  if (!inExcel) void ready.then((excel) => excel && lateExcel?.());
  return inExcel ? "excel" : "browser";
}

function supports(version: string): boolean {
  const requirements = (globalThis as { Office?: typeof Office }).Office?.context?.requirements;
  return Boolean(requirements?.isSetSupported("ExcelApi", version));
}

/** Why this Excel cannot run Cap PAD at all, or undefined. */
export function excelBlocker(): string | undefined {
  return supports(MINIMUM_EXCEL_API)
    ? undefined
    : "Cette version d'Excel est trop ancienne pour Cap PAD (il faut Excel 2019, Microsoft 365 ou Excel sur le web). Vous pouvez aussi ouvrir le classeur .xlsx dans Cap PAD depuis un navigateur.";
}

/** What this Excel lacks among the newer API sets Cap PAD uses when present, with the fallback, in French. */
export function excelNotices(): string[] {
  const notes: string[] = [];
  if (!supports("1.11"))
    notes.push("Cette version d'Excel ne fait pas attendre Cap PAD pendant une saisie : validez votre cellule (Entrée) avant de lancer une action.");
  if (!supports("1.13"))
    notes.push("Cette version d'Excel n'insère pas de feuilles toutes faites : les modèles sont construits cellule par cellule (un peu plus lent, même résultat).");
  return notes;
}

interface OfficeLogger {
  OSF?: { Logger?: { ulsEndpoint?: { proxyFrame?: unknown } } };
}

/**
 * Outside Office, office.js (its browser fallback script) loads a hidden telemetry frame from
 * Microsoft three seconds after the page opens. The page promises no request but Office's CDN (the
 * CSP would block the frame, with an error in the console): the frame is marked as already there, so
 * office.js never creates it. Nothing else of office.js is touched, and never inside Office.
 */
export function silenceOfficeTelemetryOutsideOffice(): void {
  const endpoint = (globalThis as OfficeLogger).OSF?.Logger?.ulsEndpoint;
  if (endpoint && endpoint.proxyFrame == null) endpoint.proxyFrame = { contentWindow: { postMessage: (): void => undefined } };
}
