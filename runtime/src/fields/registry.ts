import { lazy } from 'react';
import type { FieldWidget } from '../renderer/field-api.ts';
import { CheckboxesInput, RadioInput, SelectInput, SwitchInput } from './ChoiceInputs.tsx';
import { AddressInput, RegionInput } from './RegionInputs.tsx';
import { TextArea, TextInput } from './TextInput.tsx';

// Media widgets are rare and heavier: they load only when a definition uses them, so a
// plain form's page stays small on a resident's phone. The renderer wraps them in Suspense.
const UploadInput = lazy(() => import('./UploadInput.tsx').then((m) => ({ default: m.UploadInput })));
const SignatureInput = lazy(() => import('./SignatureInput.tsx').then((m) => ({ default: m.SignatureInput })));
const LocationInput = lazy(() => import('./LocationInput.tsx').then((m) => ({ default: m.LocationInput })));

/** The React widget of every core input type; a vendor type without one falls back to a text box. */
export const CORE_WIDGETS: Readonly<Record<string, FieldWidget | React.LazyExoticComponent<FieldWidget>>> = {
  text: TextInput,
  textarea: TextArea,
  number: TextInput,
  date: TextInput,
  time: TextInput,
  phone: TextInput,
  idNumber: TextInput,
  uscc: TextInput,
  switch: SwitchInput,
  rating: RadioInput,
  select: SelectInput,
  radio: RadioInput,
  checkboxes: CheckboxesInput,
  region: RegionInput,
  address: AddressInput,
  upload: UploadInput,
  signature: SignatureInput,
  location: LocationInput,
};

const LAZY = Symbol.for('react.lazy');

/**
 * Core widgets bundled with the page: they never suspend, so the renderer gives them no
 * Suspense boundary of their own (two fewer fibers per field in a thousand-field form).
 */
export const EAGER_WIDGETS: ReadonlySet<unknown> = new Set(
  Object.values(CORE_WIDGETS).filter((w) => (w as { $$typeof?: symbol }).$$typeof !== LAZY),
);

/**
 * Core widgets that call no hooks and hold no state: the renderer calls them as plain functions
 * inside the field, so a field costs one fiber less (a thousand of them mount at once). A widget
 * listed here must never call a hook; plain-widgets.test.ts calls each outside React, where a
 * hook throws.
 */
export const PLAIN_WIDGETS: ReadonlySet<unknown> = new Set<FieldWidget>([
  TextInput,
  TextArea,
  SelectInput,
  RadioInput,
  CheckboxesInput,
  SwitchInput,
]);
