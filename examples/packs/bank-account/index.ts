import type { PackManifest } from '@sprout/shared/catalog/pack';
import manifest from './sprout-pack.json' with { type: 'json' };

/** 银行账户: the composite example pack (no widget code), as its `sprout-pack.json` says. */
export const bankAccountPack = manifest as PackManifest;
