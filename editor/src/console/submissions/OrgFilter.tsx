import { useI18n } from '../../i18n/index.tsx';
import { useAsync } from '../../shell/use-async.ts';
import { orgLevels } from '../org-chain.ts';
import { useConsoleApi } from '../use-console-api.ts';

/**
 * 单位: drill from the caller's org down (county → township → village), one drop-down
 * per level; choosing 全部 at a level goes back to the org above it. Hidden for an org
 * without orgs below it.
 */
export function OrgFilter({ value, onChange }: { value: string; onChange(org: string): void }) {
  const { t } = useI18n();
  const api = useConsoleApi();
  const [orgs] = useAsync(() => api.orgs(), [api]);
  if (orgs.status !== 'ok') return null;
  const levels = orgLevels(orgs.value.items, value ? Number(value) : null);
  return (
    <>
      {levels.map((level, i) => (
        <label key={level.parent.id}>
          {i === 0 ? t('filter.org') : t('filter.orgBelow', { name: level.parent.name })}
          <select
            value={level.chosen ?? ''}
            onChange={(e) => onChange(e.target.value || (i === 0 ? '' : String(level.parent.id)))}
          >
            <option value="">{i === 0 ? t('filter.any') : t('filter.orgAll', { name: level.parent.name })}</option>
            {level.children.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      ))}
    </>
  );
}
