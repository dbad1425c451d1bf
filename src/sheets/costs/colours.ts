/**
 * The cost colours, as native conditional formats (a producer who opens the workbook without the
 * add-in sees them, and they follow edits): red when the forecast passes the devis (écart > 0),
 * orange when it is within the warning share under it (data: 5 %).
 */
import { VARIANCE_WARNING_PERCENT } from "../../data/costs/costSettings";
import { COLORS, type SheetBuilder } from "../render";

/** `cells`: the first row's écart, devis and forecast cells (`$I4`), relative to the range's top-left. */
export function varianceColours(b: SheetBuilder, range: string, cells: { gap: string; quote: string; forecast: string }): void {
  const { gap, quote, forecast } = cells;
  b.conditionalFormat({ range, formula: `AND(ISNUMBER(${gap}),${gap}>0)`, style: { fill: COLORS.redFill, fontColor: COLORS.redFont }, stopIfTrue: true });
  b.conditionalFormat({
    range,
    formula: `AND(ISNUMBER(${gap}),ISNUMBER(${quote}),${quote}>0,${forecast}>=${quote}*${(100 - VARIANCE_WARNING_PERCENT) / 100})`,
    style: { fill: COLORS.orangeFill, fontColor: COLORS.orangeFont },
  });
}
