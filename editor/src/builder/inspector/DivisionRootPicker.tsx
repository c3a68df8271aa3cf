import { useEffect, useState } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { divisionChain, levelsUpTo } from './division-chain.ts';

interface Division {
  code: string;
  name: string;
}

// Divisions never change while the editor is open.
const children = new Map<string, Promise<Division[]>>();

function useChildren(parent: string | null, enabled: boolean): Division[] {
  const api = useApi();
  const [items, setItems] = useState<Division[]>([]);
  useEffect(() => {
    if (!enabled) return setItems([]);
    const key = parent ?? '';
    let hit = children.get(key);
    if (!hit) {
      const path = `/divisions${parent ? `?parent=${parent}` : ''}`;
      hit = api.request<{ items: Division[] }>('GET', path).then((r) => r.items);
      hit.catch(() => children.delete(key));
      children.set(key, hit);
    }
    let live = true;
    hit.then((r) => live && setItems(r)).catch(() => live && setItems([]));
    return () => {
      live = false;
    };
  }, [api, parent, enabled]);
  return items;
}

const LEVEL_KEYS = ['province', 'city', 'county', 'township', 'village'] as const;

interface RootProps {
  value: string;
  onChange(code: string): void;
  label: string;
  /** How deep residents pick (the node's 选择到): the restriction stops a level above it. */
  level: string;
}

/** 限定区域 by picking 省 → 市 → 区县 → 乡镇 → 村 from menus; the deepest pick is stored as the code. */
export function DivisionRootPicker({ value, onChange, label, level }: RootProps) {
  const { t } = useI18n();
  const chain = divisionChain(value);
  // A picker that goes down to 区县 can be limited to a province or a city, not to a county itself.
  const menus = LEVEL_KEYS.slice(0, Math.max(1, levelsUpTo(level) - 1));
  return (
    <fieldset className="division-root">
      <legend>{label}</legend>
      {menus.map((key, i) => (
        <LevelMenu
          key={key}
          label={t(`inspector.division.${key}`)}
          parent={i === 0 ? null : (chain[i - 1] ?? undefined)}
          value={chain[i] ?? ''}
          anyText={t('inspector.division.any')}
          onChange={(code) => onChange(code || (chain[i - 1] ?? ''))}
        />
      ))}
    </fieldset>
  );
}

interface LevelProps {
  label: string;
  /** The division above; undefined while nothing is picked there (the menu stays empty). */
  parent: string | null | undefined;
  value: string;
  anyText: string;
  onChange(code: string): void;
}

function LevelMenu({ label, parent, value, anyText, onChange }: LevelProps) {
  const items = useChildren(parent ?? null, parent !== undefined);
  if (parent === undefined) return null;
  return (
    <label className="field">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{anyText}</option>
        {items.map((d) => (
          <option key={d.code} value={d.code}>
            {d.name}
          </option>
        ))}
      </select>
    </label>
  );
}
