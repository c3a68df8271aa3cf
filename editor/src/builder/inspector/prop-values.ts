import { type LocalizedText, localize, type PropSpec } from '@sprout/shared';

/** Form values are plain strings/numbers/booleans; localized text edits the Chinese text. */
export type FormValue = string | number | boolean | Array<{ value: string; label: string }>;

export function toFormValue(spec: PropSpec, value: unknown): FormValue {
  switch (spec.kind) {
    case 'text':
      return localize(value as LocalizedText | undefined);
    case 'number':
      return typeof value === 'number' ? value : '';
    case 'boolean':
      return value === true;
    case 'enum':
      return typeof value === 'string' ? value : (spec.default ?? '');
    case 'options':
      return Array.isArray(value)
        ? value.map((o) => ({ value: String(o?.value ?? ''), label: localize(o?.label as LocalizedText) }))
        : [];
    case 'string-list':
      return Array.isArray(value) ? value.join('\n') : '';
  }
}

/** Back to a prop value; `undefined` removes the prop. A bilingual text keeps its English. */
export function fromFormValue(spec: PropSpec, form: FormValue, previous: unknown): unknown {
  switch (spec.kind) {
    case 'text': {
      const text = String(form);
      if (previous && typeof previous === 'object') return { ...(previous as object), 'zh-CN': text };
      return text === '' && spec.default === undefined ? undefined : text;
    }
    case 'number': {
      if (form === '' || form === null) return undefined;
      const n = Number(form);
      return Number.isFinite(n) ? n : undefined;
    }
    case 'boolean':
      return form === true;
    case 'enum':
      return form === '' ? undefined : form;
    case 'options':
      return form;
    case 'string-list':
      return String(form)
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
  }
}
