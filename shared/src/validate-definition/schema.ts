import { z } from 'zod';
import type { AppDefinition, AppNode } from '../definition/types.ts';
import { MAX_RESULT_CODE_VALID_HOURS } from '../result-code/types.ts';

/** zod is the one place the definition's shape is written; the JSON Schema is generated from it. */
const localizedText = z.union([
  z.string(),
  z.strictObject({ 'zh-CN': z.string().optional(), en: z.string().optional() }),
]);

const expression = z.string().max(1000);
const level = z.enum(['L1', 'L2', 'L3', 'L4']);
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'id must be 1–64 letters, digits, _ or -');

const validationRule = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.enum(['min', 'max', 'minLength', 'maxLength']),
    value: z.number(),
    message: localizedText.optional(),
  }),
  z.strictObject({ kind: z.literal('pattern'), value: z.string().max(200), message: localizedText.optional() }),
  z.strictObject({ kind: z.literal('expr'), expr: expression, message: localizedText }),
]);

export const nodeSchema: z.ZodType<AppNode> = z.lazy(() =>
  z.strictObject({
    id,
    type: z.string().min(1).max(64),
    name: z.string().optional(),
    props: z.record(z.string(), z.unknown()).optional(),
    level: level.optional(),
    required: z.boolean().optional(),
    visibleWhen: expression.optional(),
    requiredWhen: expression.optional(),
    readOnlyWhen: expression.optional(),
    validations: z.array(validationRule).max(20).optional(),
    children: z.array(nodeSchema).max(500).optional(),
    block: z
      .strictObject({
        id: z.number().int().positive(),
        version: z.number().int().positive(),
        name: z.string().max(100),
      })
      .optional(),
  }),
);

const page = z.strictObject({
  id,
  title: localizedText.optional(),
  visibleWhen: expression.optional(),
  nodes: z.array(nodeSchema).max(1000),
});

const computed = z.strictObject({ name: z.string(), expr: expression, label: localizedText.optional() });

const outcome = z.strictObject({
  when: expression.optional(),
  result: z.strictObject({
    code: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'code must be 1–32 letters, digits, _ or -'),
    label: localizedText,
    color: z.enum(['green', 'yellow', 'red', 'blue', 'gray']).optional(),
    description: localizedText.optional(),
    message: localizedText.optional(),
  }),
});

const settings = z.strictObject({
  submitters: z.enum(['anyone', 'signed-in']),
  submitterOrgs: z
    .array(z.string().regex(/^\d{2,12}$/, 'an org division code (2–12 digits)'))
    .max(500)
    .optional(),
  anonymous: z.boolean(),
  oncePer: z.enum(['none', 'device', 'account', 'field']),
  onceField: z.string().optional(),
  review: z.strictObject({
    required: z.boolean(),
    timeLimitDays: z.number().int().min(1).max(365).optional(),
    displayFields: z.array(z.string()).max(12).optional(),
  }),
  resultCode: z.strictObject({
    issue: z.boolean(),
    validHours: z.number().int().min(1).max(MAX_RESULT_CODE_VALID_HOURS).optional(),
    subjectField: z.string().optional(),
    displayNameField: z.string().optional(),
  }),
  retentionDays: z.number().int().min(1).max(36500),
  retentionAction: z.enum(['delete', 'anonymize']).optional(),
  consentText: localizedText.optional(),
});

export const appDefinitionSchema: z.ZodType<AppDefinition> = z.strictObject({
  schemaVersion: z.number().int().min(1),
  meta: z.strictObject({
    title: localizedText,
    description: localizedText.optional(),
    icon: z.string().max(200).optional(),
  }),
  pages: z.array(page).min(1).max(50),
  computed: z.array(computed).max(100).optional(),
  outcomes: z.array(outcome).max(50).optional(),
  settings,
});
