import type { FieldWidget } from '../renderer/field-api.ts';
import { CheckboxesInput, RadioInput, SelectInput, SwitchInput } from './ChoiceInputs.tsx';
import { LocationInput } from './LocationInput.tsx';
import { AddressInput, RegionInput } from './RegionInputs.tsx';
import { SignatureInput } from './SignatureInput.tsx';
import { TextArea, TextInput } from './TextInput.tsx';
import { UploadInput } from './UploadInput.tsx';

/** The React widget of every core input type; a vendor type without one falls back to a text box. */
export const CORE_WIDGETS: Readonly<Record<string, FieldWidget>> = {
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
