import type { AppNode } from '@sprout/shared/definition';
import type { Locale } from '@sprout/shared/i18n';
import type { RowScope } from '../logic/dependencies.ts';
import type { NativeInputProps } from './native-input.ts';

/** Everything a field widget needs; widgets stay small because the shell does the rest. */
export interface FieldApi {
  node: AppNode;
  /** The react-hook-form path, e.g. `name` or `members.0.age`. */
  path: string;
  /** The DOM id of the widget's first focusable control; labels and the error summary point here. */
  id: string;
  /** The node's props with the manifest's defaults filled in. */
  props: Record<string, unknown>;
  required: boolean;
  readOnly: boolean;
  locale: Locale;
  row: RowScope | null;
  /** Ids of the help text and the error, for aria-describedby. */
  describedBy: string | undefined;
  invalid: boolean;
  /** The error message shown under the field, if any (a framed vendor widget mirrors it inside its frame). */
  error?: string;
  /** Props for a native input (uncontrolled: spread them on it); re-checks the field as it is corrected. */
  register(): NativeInputProps;
  /** The current value, for widgets that hold it in React state. */
  read(): unknown;
  /** Stores a new value from a widget and re-checks it if it was showing an error. */
  write(value: unknown): void;
  /** Checks the field now (as the resident leaves it). */
  check(): void;
}

/** The widget signature every field type implements. */
export type FieldWidget = (props: { api: FieldApi }) => React.ReactNode;
