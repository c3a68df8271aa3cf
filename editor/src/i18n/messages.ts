import { enCatalog, zhCatalog } from '../catalog/messages.ts';
import { enBlocks, zhBlocks } from '../blocks/block-messages.ts';
import { enComputed, zhComputed } from '../builder/panels/computed-messages.ts';
import { enLogic, zhLogic } from '../builder/logic/logic-messages.ts';
import { enOutcomes, zhOutcomes } from '../builder/outcomes/outcome-messages.ts';
import { enDeploy, zhDeploy } from '../console/deploy-messages.ts';
import { enConsole } from '../console/messages-en.ts';
import { zhConsole } from '../console/messages-zh.ts';
import { enReview, zhReview } from '../review/messages.ts';
import { enTasks, zhTasks } from '../tasks/messages.ts';
import { enTemplates, zhTemplates } from '../templates/template-messages.ts';
import { en } from './messages-en.ts';
import { enPublish } from './messages-en-publish.ts';
import { zh } from './messages-zh.ts';
import { zhPublish } from './messages-zh-publish.ts';

/** Every officials' message in Chinese, the source of the keys; features keep their own pair of tables. */
export const ZH = {
  ...zh,
  ...zhPublish,
  ...zhConsole,
  ...zhReview,
  ...zhCatalog,
  ...zhComputed,
  ...zhDeploy,
  ...zhLogic,
  ...zhOutcomes,
  ...zhTemplates,
  ...zhBlocks,
  ...zhTasks,
};
export type MessageKey = keyof typeof ZH;

/** The same keys in English: each feature's table must hold all of its keys, so this one does too. */
export const EN: Record<MessageKey, string> = {
  ...en,
  ...enPublish,
  ...enConsole,
  ...enReview,
  ...enCatalog,
  ...enComputed,
  ...enDeploy,
  ...enLogic,
  ...enOutcomes,
  ...enTemplates,
  ...enBlocks,
  ...enTasks,
};
