import type { AggregateGroup, StatsField } from './types.ts';

/** Cells counting fewer people than this are withheld for personal (L3/L4) fields. */
export const MIN_CELL = 5;

const isPersonal = (f: StatsField) => f.level === 'L3' || f.level === 'L4';

/**
 * Withholds figures that could single a person out: for L3/L4 fields, choice counts
 * from 1 to 4 become `null`, and a group of fewer than 5 rows shows no summary of
 * them at all (listed in `suppressed`). Other fields pass unchanged.
 * @example suppressSmallCells(groups, fields)[0].choices.diagnosis // { 流感: null, 无: 12 }
 */
export function suppressSmallCells(groups: AggregateGroup[], fields: readonly StatsField[]): AggregateGroup[] {
  const personal = fields.filter(isPersonal).map((f) => f.name);
  if (personal.length === 0) return groups;
  return groups.map((g) => {
    const out: AggregateGroup = {
      ...g,
      numbers: { ...g.numbers },
      choices: { ...g.choices },
      dates: { ...g.dates },
    };
    const withheld: string[] = [];
    for (const name of personal) {
      if (g.count < MIN_CELL && (name in g.numbers || name in g.dates || name in g.choices)) {
        delete out.numbers[name];
        delete out.dates[name];
        delete out.choices[name];
        withheld.push(name);
        continue;
      }
      const counts = g.choices[name];
      if (counts) {
        out.choices[name] = Object.fromEntries(
          Object.entries(counts).map(([value, n]) => [value, n !== null && n < MIN_CELL ? null : n]),
        );
      }
    }
    if (withheld.length > 0) out.suppressed = [...(g.suppressed ?? []), ...withheld];
    return out;
  });
}
