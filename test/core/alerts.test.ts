/**
 * Alerts placed on a row: core hands back the place the workbook layer gave it, with a domain field,
 * and names no sheet itself.
 */
import { placedAlert, type RowPlace } from "../../src/core/alerts";

const place: RowPlace<"name" | "salaryCents"> = { sheet: "Equipe", row: 4, id: "Léa", cells: { name: "Equipe!A4", salaryCents: "Equipe!F4" } };

describe("placedAlert", () => {
  test("a field whose cell the place knows: the row and the cell lead the message", () => {
    const a = placedAlert(place, "PAIE_X", "error", "salaire sous le minimum.", "salaryCents", "FLEUVE");
    expect(a).toEqual({ code: "PAIE_X", severity: "error", sheet: "Equipe", row: 4, id: "Léa", cell: "Equipe!F4", production: "FLEUVE", message: "Equipe, ligne 4 (Equipe!F4) : salaire sous le minimum." });
  });

  test("no field: the row only", () => {
    expect(placedAlert(place, "PAIE_X", "info", "note.").message).toBe("Equipe, ligne 4 : note.");
  });

  test("a table as a whole (row 0): its sheet leads the message", () => {
    const a = placedAlert({ sheet: "Societe", row: 0 }, "PAIE_X", "warning", "code postal manquant.", "value");
    expect([a.sheet, a.row, a.cell, a.message]).toEqual(["Societe", 0, "", "Societe : code postal manquant."]);
  });

  test("no place (an engine called outside a workbook): no location, the message as is", () => {
    const a = placedAlert(undefined, "PAIE_X", "warning", "Léa : salaire non renseigné.", "salaryCents");
    expect([a.sheet, a.row, a.id, a.cell, a.message]).toEqual(["", 0, "", "", "Léa : salaire non renseigné."]);
  });
});
