/**
 * "Modèles": insert templates into the current workbook (never overwriting: a taken sheet name gets a
 * suffix; a template whose table already exists is skipped and said), or build a new workbook.
 */
import { findSheet, findTable } from "../workbook/snapshot";
import type { SheetModel } from "../workbook/model";
import { findTemplate, TEMPLATES } from "../sheets/templates";
import { DEMO_FILLING } from "../demo/filling";
import { DEMO_ISSUED_DRAFTS } from "../demo/invoicing";
import { FACTURES } from "../sheets/contract/costs";
import { issueDemoInvoices } from "./demoInvoices";
import { CommandContext } from "./context";
import type { Command, CommandInput, CommandResult } from "./types";

export const insertTemplatesCommand: Command = {
  name: "template",
  label: "Insérer des modèles",
  async run(input: CommandInput): Promise<CommandResult> {
    const ctx = new CommandContext("template", input);
    const ids = String(input.options.template ?? "all");
    const wanted = ids === "all" ? TEMPLATES : ids.split(",").map((id) => findTemplate(id.trim()));
    const built: SheetModel[] = [];
    for (const template of wanted) {
      if (!template) ctx.summary.push(`Modèle inconnu : ${ids}.`);
      else built.push(...template.build({ filling: input.options.demo ? DEMO_FILLING : undefined, today: input.today }));
    }
    // The demo's earlier invoices, issued by « Émettre la facture » into its own register (not when the
    // workbook has a register already: the demo's would not be inserted, its invoice sheets would).
    let candidates = built;
    if (input.options.demo && ids === "all" && !findTable(input.snapshot, FACTURES.name)) {
      const issued = await issueDemoInvoices(built, DEMO_ISSUED_DRAFTS);
      candidates = issued.sheets;
      ctx.ops.push(...issued.settings);
    }
    const sheets: SheetModel[] = [];
    for (const sheet of candidates) {
      const taken = (sheet.tables ?? []).filter((t) => findTable(input.snapshot, t.name));
      if (taken.length) {
        ctx.summary.push(`« ${sheet.name} » non inséré : la table ${taken.map((t) => t.name).join(", ")} existe déjà dans le classeur.`);
        continue;
      }
      // Cap PAD's own sheets without a table (Feries, Gantt) are rewritten by the check: a second copy
      // under a suffixed name would only pile up, once per insertion.
      if (sheet.owned && findSheet(input.snapshot, sheet.name)) {
        ctx.summary.push(`« ${sheet.name} » non inséré : la feuille existe déjà dans le classeur.`);
        continue;
      }
      sheets.push(sheet);
    }
    if (sheets.length) ctx.ops.push({ kind: "template", sheets });
    ctx.summary.push(`${sheets.length} feuille(s) insérée(s) : ${sheets.map((s) => s.name).join(", ") || "aucune"}.`);
    return ctx.finish();
  },
};
