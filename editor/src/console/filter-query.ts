/** What the official chose above the submissions table; the same choice drives the list and the exports. */
export interface SubmissionFilters {
  status: string;
  from: string;
  to: string;
  q: string;
  /** Exact answers per choice field: `{ contact: '是' }`. */
  fields: Record<string, string>;
  order: 'desc' | 'asc';
  /** An org id (as text) whose rows, and its descendants', are kept; '' for every org. */
  org: string;
  /** An outcome code such as `green`; '' for every outcome. */
  outcome: string;
}

export const NO_FILTERS: SubmissionFilters = {
  status: '',
  from: '',
  to: '',
  q: '',
  fields: {},
  order: 'desc',
  org: '',
  outcome: '',
};

/**
 * The API query for filters (docs/api.md: status, from, to, q, fields, order, org, outcome), empty parts left out.
 * @example filterQuery({ ...NO_FILTERS, status: 'pending' }) // 'status=pending'
 */
export function filterQuery(f: SubmissionFilters, page: { cursor?: string | null; limit?: number } = {}): string {
  const params = new URLSearchParams();
  if (f.status) params.set('status', f.status);
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  const q = f.q.trim();
  if (q) params.set('q', q);
  const fields = Object.fromEntries(Object.entries(f.fields).filter(([, v]) => v !== ''));
  if (Object.keys(fields).length > 0) params.set('fields', JSON.stringify(fields));
  if (f.order === 'asc') params.set('order', 'asc');
  if (f.org) params.set('org', f.org);
  if (f.outcome) params.set('outcome', f.outcome);
  if (page.cursor) params.set('cursor', page.cursor);
  if (page.limit) params.set('limit', String(page.limit));
  return params.toString();
}

/** Reads filters back from a page address, so a filtered view can be bookmarked or shared. */
export function parseFilters(search: string): SubmissionFilters {
  const p = new URLSearchParams(search);
  let fields: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(p.get('fields') ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      fields = Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as Record<
        string,
        string
      >;
    }
  } catch {
    // A hand-edited address: ignore the broken part rather than fail the page.
  }
  return {
    status: p.get('status') ?? '',
    from: p.get('from') ?? '',
    to: p.get('to') ?? '',
    q: p.get('q') ?? '',
    fields,
    order: p.get('order') === 'asc' ? 'asc' : 'desc',
    org: /^\d+$/.test(p.get('org') ?? '') ? (p.get('org') as string) : '',
    outcome: p.get('outcome') ?? '',
  };
}

/** Whether anything narrows the list: an empty result then says "no match" rather than "nothing yet". */
export function isFiltered(f: SubmissionFilters): boolean {
  return Boolean(
    f.status || f.from || f.to || f.q.trim() || f.org || f.outcome || Object.values(f.fields).some((v) => v),
  );
}
