/**
 * A ratio as the bench report prints it: three decimals, cut rather than rounded, so a
 * figure just under a target never reads as the target (0.696 printed "0.7×" beside
 * "missed"). The tiny nudge keeps a float such as 1.39 × 1000 = 1389.9999… at 1.390.
 */
export function ratioText(ratio: number): string {
  return `${(Math.floor(ratio * 1000 + 1e-9) / 1000).toFixed(3)}×`;
}
