/** Every failure an action can meet becomes a French message saying what to do, and whether anything was written. */
import { UnusableWorkbookError } from "../../src/commands/check";
import { SheetNotFoundError } from "../../src/hosts/excel/run";
import { UnusableFileError } from "../../src/hosts/xlsx/workbook";
import { PatchRefusedError, RowsChangedError } from "../../src/workbook/patch";
import { describeFailure } from "../../src/taskpane/failures";
import { FakeOfficeError } from "../fakes/excelFake";
import { EInvoiceError } from "../../src/core/invoicing/en16931";
import { XmlSyntaxError } from "../../src/core/invoicing/xmlReader";
import { UsageError } from "../../src/cli/args";
import { UnwritableError } from "../../src/cli/errors";

describe("describeFailure", () => {
  test("every Cap PAD error carries its name written out (the minified pane matches names, not classes)", () => {
    const errors: [Error, string][] = [
      [new RowsChangedError("Taches"), "RowsChangedError"],
      [new PatchRefusedError("x"), "PatchRefusedError"],
      [new UnusableFileError("x"), "UnusableFileError"],
      [new UnusableWorkbookError("x"), "UnusableWorkbookError"],
      [new SheetNotFoundError("Planning"), "SheetNotFoundError"],
      [new EInvoiceError("x", []), "EInvoiceError"],
      [new XmlSyntaxError("x"), "XmlSyntaxError"],
      [new UsageError("x"), "UsageError"],
      [new UnwritableError("x"), "UnwritableError"],
    ];
    for (const [e, name] of errors) expect([name, e.name]).toEqual([name, name]);
  });

  test.each([
    [new RowsChangedError("Taches"), /a changé pendant le calcul/, /Relancez simplement/, true],
    [new PatchRefusedError("colonne saisie Taches[Début]"), /refusé d'écrire/, /signalez/, true],
    [new UnusableFileError("x.xlsx est protégé par un mot de passe"), /ne peut pas être utilisé/, /\.xlsx/, true],
    [new UnusableWorkbookError("Ce classeur ne contient aucune table Cap PAD"), /pas encore de tables/, /Modèles/, true],
    [new SheetNotFoundError("Planning"), /n'existe plus/, /Vérifier et recalculer/, true],
    [new FakeOfficeError("ApiNotFound", "insertWorksheetsFromBase64"), /version d'Excel/, /Mettez Excel à jour/, true],
    [new FakeOfficeError("InvalidOperationInCellEditMode", "edit"), /en cours de saisie/, /Entrée ou Échap/, true],
    [new FakeOfficeError("AccessDenied", "protected"), /protégée/, /Ôtez la protection/, false],
    [new FakeOfficeError("RequestPayloadSizeLimitExceeded", "5 MB"), /trop volumineux/, /une seule production/, false],
    [Object.assign(new Error("Loading chunk 42 failed."), { name: "ChunkLoadError" }), /n'a pas pu être chargée/, /rouvrez le volet/, true],
    [new TypeError("Failed to fetch dynamically imported module: x.js"), /n'a pas pu être chargée/, /rouvrez le volet/, true],
  ])("%s", (error, title, todo, nothingWritten) => {
    const f = describeFailure(error);
    expect(f.title).toMatch(title);
    expect(f.todo).toMatch(todo);
    expect(f.nothingWritten).toBe(nothingWritten);
    expect(f.detail).toBe((error as Error).message);
  });

  test("anything else is still said in French, without claiming that nothing was written", () => {
    const f = describeFailure("boom");
    expect(f).toEqual({ title: "L'action s'est arrêtée sur une erreur inattendue.", detail: "boom", todo: expect.stringMatching(/Relancez/), nothingWritten: false });
  });
});
