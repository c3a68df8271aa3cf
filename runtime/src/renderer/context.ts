import type { DivisionItem } from '@sprout/shared/api';
import type { Catalog, FileRef } from '@sprout/shared/catalog';
import type { AppDefinition, ComputedValue } from '@sprout/shared/definition';
import type { Clock } from '@sprout/shared/expr';
import type { Issue } from '@sprout/shared/result';
import type { Locale } from '@sprout/shared/i18n';
import { createContext, useContext } from 'react';
import type { DependencyBus } from '../state/dependency-bus.ts';
import type { FormStore } from './create-form-store.ts';
import type { PackFieldFor } from '../packs/pack-field-for.ts';
import type { PackWidgetRef } from '../packs/pack-widget-ref.ts';
import type { FieldWidget } from './field-api.ts';

export type FormValues = Record<string, unknown>;

/** One administrative division as `/api/v1/divisions?parent=` answers it. */
export type Division = DivisionItem;

/** What the renderer needs from the outside world; the resident page passes HTTP ones, tests pass fakes. */
export interface RendererServices {
  /** Children of a division (no parent: the provinces). Called once per level the resident opens. */
  loadDivisions(parent: string | undefined): Promise<Division[]>;
  /** Children already at hand (the levels the page carries): the picker's first render shows them, also on the server. */
  knownDivisions?(parent: string | undefined): Division[] | undefined;
  /** Uploads one file and answers the reference the submission stores. */
  uploadFile(file: File, options?: UploadOptions): Promise<FileRef>;
}

export interface UploadOptions {
  /** The upload field's name: the server holds the file to that field's size and types. */
  field?: string;
  /** Share of the file sent so far, 0–1, as the upload goes. */
  onProgress?: (fraction: number) => void;
}

export interface RendererContextValue {
  form: FormStore<FormValues>;
  definition: AppDefinition;
  catalog: Catalog;
  locale: Locale;
  /** Large-text, high-contrast mode (a framed vendor widget is told, since the page's CSS cannot reach into its frame). */
  largeText: boolean;
  clock?: Clock;
  computed: ReadonlyMap<string, ComputedValue>;
  bus: DependencyBus;
  services: RendererServices;
  /** Widgets for vendor component types (and overrides of core ones), by type. */
  widgets: Readonly<Record<string, FieldWidget>>;
  /** Widgets of pack component types, loaded from their pinned URLs when a field needs one. */
  packWidgets: ReadonlyMap<string, PackWidgetRef>;
  /** The field of a pack component type (given with the packs, so pages without any load none of it). */
  packField: PackFieldFor | undefined;
  /** Reads a value by its react-hook-form path without copying the form. */
  read(path: string): unknown;
  /** Writes a value held by a widget (not a native input) and tells its readers. */
  write(path: string, value: unknown): void;
  /** A value at this path changed (typed, picked, or rows added/removed/moved): tells its readers. */
  changed(path: string | undefined): void;
}

export const RendererContext = createContext<RendererContextValue | null>(null);

export function useRenderer(): RendererContextValue {
  const ctx = useContext(RendererContext);
  if (!ctx) throw new Error('Sprout fields must be rendered inside <AppRenderer>');
  return ctx;
}

/** Errors shown beside fields: replaced as a whole on each submit or page change (a new epoch). */
/** What `onSubmit` may answer, e.g. the server's 422 field errors, to show beside the fields. */
export interface SubmitFeedback {
  issues?: Issue[];
}

export interface ErrorsState {
  epoch: number;
  errors: ReadonlyMap<string, string>;
}

export const ErrorsContext = createContext<ErrorsState>({ epoch: 0, errors: new Map() });
