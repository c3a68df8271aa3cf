/** Where one assigned org stands in a period. */
export type FillState = 'submitted' | 'late' | 'missing' | 'open';

export interface OrgFill {
  orgId: number;
  submittedAt: string | null;
}

/**
 * 已报 on time, 已报 late, 未报 after the deadline, or still open (待填报) before it.
 * @example fillState('2026-11-10T00:00:00Z', null, new Date('2026-11-11T00:00:00Z')) // 'missing'
 */
export function fillState(deadline: string, submittedAt: string | null, now: Date): FillState {
  if (submittedAt) return submittedAt <= deadline ? 'submitted' : 'late';
  return now.toISOString() > deadline ? 'missing' : 'open';
}

export interface ProgressNode {
  orgId: number;
  name: string;
  /** Assigned orgs at or below this node. */
  assigned: number;
  /** Of those, how many have reported (on time or late). */
  reported: number;
  late: number;
  missing: number;
  /** reported ÷ assigned, 0–100, one decimal; 0 when nothing is assigned. */
  percent: number;
  /** Only for an assigned org: its own state. */
  state?: FillState;
  children: ProgressNode[];
}

export interface TreeOrg {
  id: number;
  parentId: number | null;
  name: string;
}

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/**
 * The progress tree (county → township → village) under `rootId`: each node counts
 * the assigned orgs beneath it; branches without any assignee are left out.
 */
export function progressTree(orgs: readonly TreeOrg[], states: ReadonlyMap<number, FillState>, rootId: number) {
  const kids = new Map<number, TreeOrg[]>();
  for (const o of orgs) if (o.parentId !== null) kids.set(o.parentId, [...(kids.get(o.parentId) ?? []), o]);
  const build = (org: TreeOrg): ProgressNode | undefined => {
    const children = (kids.get(org.id) ?? []).flatMap((k) => build(k) ?? []);
    const state = states.get(org.id);
    const own = state ? 1 : 0;
    const sum = (f: (n: ProgressNode) => number) => children.reduce((t, n) => t + f(n), 0);
    const assigned = own + sum((n) => n.assigned);
    if (assigned === 0) return undefined;
    const reported = (state === 'submitted' || state === 'late' ? 1 : 0) + sum((n) => n.reported);
    return {
      orgId: org.id,
      name: org.name,
      assigned,
      reported,
      late: (state === 'late' ? 1 : 0) + sum((n) => n.late),
      missing: (state === 'missing' ? 1 : 0) + sum((n) => n.missing),
      percent: pct(reported, assigned),
      ...(state ? { state } : {}),
      children,
    };
  };
  const root = orgs.find((o) => o.id === rootId);
  return root ? build(root) : undefined;
}
