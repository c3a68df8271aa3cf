import type { FileRef } from '@sprout/shared/catalog';
import { isFileRef } from '@sprout/shared/catalog';
import type { AppDefinition, AppNode } from '@sprout/shared/definition';

/** An upload field's limits, as its props set them (the manifest's defaults otherwise). */
export interface UploadFieldLimits {
  name: string;
  maxSizeMb: number;
  accept: string[];
}

/** One file a submission points at, with the field that holds it and its path in the values. */
export interface PlacedFileRef {
  path: string;
  field: UploadFieldLimits;
  ref: FileRef;
}

export function limitsOf(node: AppNode): UploadFieldLimits {
  const props = node.props ?? {};
  return {
    name: node.name ?? node.id,
    maxSizeMb: typeof props.maxSizeMb === 'number' ? props.maxSizeMb : 10,
    accept: Array.isArray(props.accept) ? (props.accept as string[]) : ['image/*', 'application/pdf'],
  };
}

function eachNode(nodes: readonly AppNode[], visit: (node: AppNode) => void): void {
  for (const node of nodes) {
    visit(node);
    if (node.children) eachNode(node.children, visit);
  }
}

/** What an app lets residents upload: its upload fields' limits, and whether it has a signature field. */
export function uploadFieldsOf(def: AppDefinition): { uploads: UploadFieldLimits[]; signatures: boolean } {
  const uploads: UploadFieldLimits[] = [];
  let signatures = false;
  for (const page of def.pages) {
    eachNode(page.nodes, (node) => {
      if (node.type === 'upload') uploads.push(limitsOf(node));
      if (node.type === 'signature') signatures = true;
    });
  }
  return { uploads, signatures };
}

/**
 * Every file reference in submitted values, found through the definition (so each
 * carries the limits of the field it sits in), repeat groups included.
 * @example placedFileRefs(def, { documents: [ref] }) // [{ path: 'documents[0]', field, ref }]
 */
export function placedFileRefs(def: AppDefinition, values: Record<string, unknown>): PlacedFileRef[] {
  const found: PlacedFileRef[] = [];
  const walk = (nodes: readonly AppNode[], scope: Record<string, unknown>, base: string) => {
    for (const node of nodes) {
      const key = node.name ? `${base}${node.name}` : base;
      if (node.type === 'upload' && node.name) {
        const list = scope[node.name];
        if (Array.isArray(list)) {
          list.forEach((ref, i) => {
            if (isFileRef(ref)) found.push({ path: `${key}[${i}]`, field: limitsOf(node), ref });
          });
        }
      } else if (node.type === 'repeat' && node.name && node.children) {
        const rows = scope[node.name];
        if (Array.isArray(rows)) {
          rows.forEach((row, i) => {
            if (row && typeof row === 'object')
              walk(node.children ?? [], row as Record<string, unknown>, `${key}[${i}].`);
          });
        }
      } else if (node.children) {
        walk(node.children, scope, base);
      }
    }
  };
  for (const page of def.pages) walk(page.nodes, values, '');
  return found;
}
