import type { AppDefinition, AppNode } from '../definition/types.ts';

/** A template in the 模板中心: an app an org shared with its subtree. */
export interface TemplateSummaryView {
  id: number;
  orgId: number;
  orgName: string;
  title: string;
  description: string;
  publishedAt: string;
  /** How many apps were created from it: only the publishing org is told. */
  useCount?: number;
}

export interface TemplateView extends TemplateSummaryView {
  definition: AppDefinition;
}

/** `POST /apps/:id/template` */
export interface ShareTemplateBody {
  title?: string;
  description?: string;
}

/** `POST /templates/:id/use` */
export interface UseTemplateBody {
  title?: string;
}

/** A block (区块) in the library: the latest version's nodes. */
export interface BlockView {
  id: number;
  orgId: number;
  orgName: string;
  name: string;
  version: number;
  nodes: AppNode[];
  createdAt: string;
  /** How many times it was inserted: only the owning org is told. */
  useCount?: number;
}

/** `GET /blocks/:id/versions/:version`: one version's nodes. */
export interface BlockVersionView {
  version: number;
  nodes: AppNode[];
}

/** `POST /blocks/:id/versions`: the version just added. */
export interface BlockVersionAdded {
  version: number;
}
