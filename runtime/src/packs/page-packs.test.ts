import { readFileSync } from 'node:fs';
import type { PackManifest, RuntimePack } from '@sprout/shared/catalog/pack';
import { describe, expect, it } from 'vitest';
import { pagePacks } from './page-packs.ts';

const plate = JSON.parse(
  readFileSync(new URL('../../../examples/packs/plate-number/sprout-pack.json', import.meta.url), 'utf8'),
) as PackManifest;

const pinned = (over: Partial<RuntimePack> = {}): RuntimePack => ({
  name: plate.name,
  version: plate.version,
  sha256: 'a'.repeat(64),
  trusted: true,
  blocked: false,
  components: plate.components.map((c) => ({ ...c, widgetUrl: `/packs/${'a'.repeat(64)}/widgets/${c.type}.js` })),
  ...over,
});

describe('pagePacks', () => {
  it('adds the pinned components to the catalog with their declarative validation', () => {
    const { catalog } = pagePacks([pinned()]);
    const manifest = catalog.get('examples.plateNumber');
    expect(manifest?.validate?.('浙A12345', {})).toBeNull();
    expect(manifest?.validate?.('浙A1234', {})).not.toBeNull();
    expect(catalog.get('text')).toBeDefined();
  });

  it('names each widget by its pack and carries trust and blocks', () => {
    expect(pagePacks([pinned()]).widgets.get('examples.plateNumber')).toEqual({
      type: 'examples.plateNumber',
      title: { 'zh-CN': '车牌号', en: 'Licence plate' },
      pack: '@sprout-examples/plate-number@1.2.0',
      url: `/packs/${'a'.repeat(64)}/widgets/examples.plateNumber.js`,
      isolated: false,
      blocked: false,
    });
    expect(pagePacks([pinned({ trusted: false, blocked: true })]).widgets.get('examples.plateNumber')).toMatchObject({
      isolated: true,
      blocked: true,
    });
  });
});
