import { useState } from 'react';
import { ui } from '../i18n/ui-text.ts';
import type { FieldApi } from '../renderer/field-api.ts';

interface LocationValue {
  lat?: number;
  lng?: number;
  accuracy?: number;
  text?: string;
}

/** The browser's position when the resident allows it; a typed place when it does not. */
export function LocationInput({ api }: { api: FieldApi }) {
  const [value, setValue] = useState<LocationValue>(() => {
    const v = api.read();
    return v && typeof v === 'object' ? (v as LocationValue) : {};
  });
  const [status, setStatus] = useState('');
  const update = (next: LocationValue) => {
    setValue(next);
    api.write(next.lat === undefined && !next.text ? undefined : next);
  };
  const locate = () => {
    if (!('geolocation' in navigator)) return setStatus(ui(api.locale, 'locateFailed'));
    setStatus(ui(api.locale, 'locating'));
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const { latitude, longitude, accuracy } = pos.coords;
        update({ lat: latitude, lng: longitude, accuracy: Math.round(accuracy), text: value.text });
        setStatus('');
      },
      () => setStatus(ui(api.locale, 'locateFailed')),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  const located = value.lat !== undefined && value.lng !== undefined;
  return (
    <div className="sp-location">
      <button type="button" className="sp-button sp-secondary" onClick={locate} disabled={api.readOnly}>
        {ui(api.locale, 'locate')}
      </button>
      <p className="sp-status" role="status">
        {located
          ? ui(api.locale, 'located', {
              lat: value.lat?.toFixed(5) ?? '',
              lng: value.lng?.toFixed(5) ?? '',
              acc: value.accuracy ?? '?',
            })
          : status}
      </p>
      <label htmlFor={api.id}>{ui(api.locale, 'locationManual')}</label>
      <input
        id={api.id}
        className="sp-input"
        maxLength={200}
        readOnly={api.readOnly}
        aria-invalid={api.invalid || undefined}
        aria-describedby={api.describedBy}
        defaultValue={value.text ?? ''}
        onChange={(e) => update({ ...value, text: e.target.value })}
        onBlur={() => api.check()}
      />
    </div>
  );
}
