import { z } from 'zod';

const LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;

/** Which orgs a task goes to, at sending and when orgs are added later (`AssignTarget`). */
export const assignTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('level'), level: z.enum(LEVELS) }),
  z.object({ kind: z.literal('children'), orgId: z.number().int().positive() }),
  z.object({ kind: z.literal('list'), orgIds: z.array(z.number().int().positive()).min(1).max(10_000) }),
]);
