import { localize } from '@sprout/shared/i18n';
import { useState } from 'react';
import { ui } from '../i18n/ui-text.ts';
import type { FieldApi } from '../renderer/field-api.ts';
import { RegionPicker } from './RegionPicker.tsx';

export function RegionInput({ api }: { api: FieldApi }) {
  return (
    <RegionPicker
      id={api.id}
      value={api.read()}
      props={api.props}
      locale={api.locale}
      describedBy={api.describedBy}
      invalid={api.invalid}
      readOnly={api.readOnly}
      onChange={(code) => api.write(code)}
    />
  );
}

interface AddressValue {
  region: string;
  detail: string;
}

function readAddress(v: unknown): AddressValue {
  const o = v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  return { region: typeof o.region === 'string' ? o.region : '', detail: typeof o.detail === 'string' ? o.detail : '' };
}

/** An address is a region picked from the list plus the street address typed below it. */
export function AddressInput({ api }: { api: FieldApi }) {
  const [value, setValue] = useState(() => readAddress(api.read()));
  const update = (patch: Partial<AddressValue>) => {
    const next = { ...value, ...patch };
    setValue(next);
    api.write(next.region === '' && next.detail === '' ? undefined : next);
  };
  return (
    <div className="sp-address">
      <RegionPicker
        id={api.id}
        value={value.region}
        props={api.props}
        locale={api.locale}
        describedBy={api.describedBy}
        invalid={api.invalid}
        readOnly={api.readOnly}
        onChange={(region) => update({ region })}
      />
      <label htmlFor={`${api.id}-detail`}>{ui(api.locale, 'addressDetail')}</label>
      <input
        id={`${api.id}-detail`}
        className="sp-input"
        autoComplete="street-address"
        maxLength={200}
        readOnly={api.readOnly}
        placeholder={localize(api.props.placeholder as string | undefined, api.locale) || undefined}
        aria-invalid={api.invalid || undefined}
        aria-describedby={api.describedBy}
        defaultValue={value.detail}
        onChange={(e) => update({ detail: e.target.value })}
        onBlur={() => api.check()}
      />
    </div>
  );
}
