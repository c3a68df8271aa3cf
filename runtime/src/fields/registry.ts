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
