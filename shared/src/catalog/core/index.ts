import type { ComponentManifest } from '../types.ts';
import { date, number, rating, switchField, text, textarea, time } from './basic.ts';
import { checkboxes, radio, select } from './choice.ts';
import { address, idNumber, phone, region, uscc } from './china.ts';
import { divider, image, markdown } from './display.ts';
import { section, repeat } from './layout.ts';
import { location, signature, upload } from './media.ts';

/** The core catalog, in palette order. */
export const CORE_MANIFESTS: readonly ComponentManifest[] = [
  text,
  textarea,
  number,
  date,
  time,
  switchField,
  rating,
  select,
  radio,
  checkboxes,
  phone,
  idNumber,
  uscc,
  region,
  address,
  upload,
  signature,
  location,
  section,
  repeat,
  markdown,
  image,
  divider,
];
