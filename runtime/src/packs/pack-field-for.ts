import type { ComponentManifest } from '@sprout/shared/catalog';
import { CompositeInput } from '../fields/CompositeInput.tsx';
import type { FieldWidget } from '../renderer/field-api.ts';
import type { PackWidgetRef } from './pack-widget-ref.ts';
import { PackField } from './PackField.tsx';

/** The field widget of a pack component type, or undefined for a type no pack provides. */
export type PackFieldFor = (type: string, manifest: ComponentManifest) => FieldWidget | undefined;

/**
 * Picks the field of each pack component: the vendor's widget (loader, error boundary,
 * sandboxed frame) for types with one, the composite of core widgets for the rest. The
 * renderer reaches this module only through `pagePacks` (the resident page imports that
 * lazily, for apps that pin a pack) or a host that passes it, so a page without packs
 * carries none of this code.
 * @example <AppRenderer catalog={catalog} packWidgets={widgets} packField={packFieldFor(widgets)} … />
 */
export function packFieldFor(widgets: ReadonlyMap<string, PackWidgetRef>): PackFieldFor {
  return (type, manifest) => {
    if (widgets.has(type)) return PackField;
    return manifest.pack?.component.composite ? CompositeInput : undefined;
  };
}
