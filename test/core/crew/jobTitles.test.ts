/** Job titles typed in the feminine match the grids' masculine lines; other titles stay apart. */
import { gridLineOn, jobKey } from "../../../src/core/crew";
import { config, d } from "./fixtures";

describe("jobKey", () => {
  test.each([
    ["Chef monteuse", "Chef monteur"],
    ["Étalonneuse", "Étalonneur"],
    ["Assistante monteuse spécialisée", "Assistant monteur spécialisé"],
    ["Chargée de post-production", "Chargé de post-production"],
    ["Directrice de post-production", "Directeur de post-production"],
    ["Cheffe monteuse", "Chef monteur"],
    ["Conformatrice", "Conformateur"],
    ["Opératrice d'effets en temps réel", "Opérateur d'effets en temps réel"],
    ["1re assistante monteuse", "1er assistant monteur"],
    ["Assistante monteuse adjointe", "Assistant monteur adjoint"],
    ["  CHEF   monteuse ", "chef monteur"],
  ])("« %s » is « %s »", (typed, grid) => expect(jobKey(typed)).toBe(jobKey(grid)));

  test("different jobs keep different keys", () => {
    const keys = ["Chef monteur", "Monteur son", "Mixeur (post-production)", "Mixeur (conditions du direct)", "Truquiste", "Bruiteur", "Assistant de post-production"].map(jobKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("the grid line of a feminine title is the masculine line, most recent first", () => {
    const line = gridLineOn(config, "IDCC 2642", "Chef monteuse", d("2026-11-02"));
    expect(line?.role).toBe("Chef monteur");
    expect(line?.effective).toBe(d("2024-07-01"));
    expect(gridLineOn(config, "IDCC 2642", "Monteuse son", d("2026-11-02"))).toBeUndefined();
  });
});
