import { z } from 'zod';
import type { PackManifest, ValueShape } from '../../catalog/pack/manifest.ts';
import { isVersion, parseRange } from '../../catalog/pack/semver.ts';
import { nodeSchema } from '../schema.ts';
import type { PackProblem } from './messages.ts';

/** The shape of `sprout-pack.json`, written once here; meaning is checked in check-pack.ts. */
const bilingual = z.strictObject({ 'zh-CN': z.string().min(1).max(200), en: z.string().min(1).max(200) });
const expression = z.string().min(1).max(1000);
// Custom messages are keys of messages.ts, worded in the caller's locale by validatePackManifest.
const version = z.string().refine(isVersion, 'version-format' satisfies PackProblem);
const range = z.string().refine((r) => parseRange(r) !== undefined, 'range-format' satisfies PackProblem);
const key = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'key-format' satisfies PackProblem);

const propSpec = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('text'),
    label: bilingual,
    default: z.string().max(1000).optional(),
    localized: z.boolean().optional(),
    multiline: z.boolean().optional(),
    required: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal('number'),
    label: bilingual,
    default: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
  }),
  z.strictObject({ kind: z.literal('boolean'), label: bilingual, default: z.boolean().optional() }),
  z.strictObject({
    kind: z.literal('enum'),
    label: bilingual,
    values: z
      .array(z.strictObject({ value: z.string().min(1), label: bilingual }))
      .min(1)
      .max(100),
    default: z.string().optional(),
  }),
  z.strictObject({
    kind: z.literal('options'),
    label: bilingual,
    default: z
      .array(z.strictObject({ value: z.string().min(1), label: z.string() }))
      .max(200)
      .optional(),
    minItems: z.number().int().min(0).optional(),
  }),
  z.strictObject({
    kind: z.literal('string-list'),
    label: bilingual,
    default: z.array(z.string()).max(200).optional(),
  }),
]);

const count = z.number().int().min(0).max(100000);

export const valueShapeSchema: z.ZodType<ValueShape> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('string'),
      minLength: count.optional(),
      maxLength: count.optional(),
      pattern: z.string().max(300).optional(),
      enum: z.array(z.string()).min(1).max(500).optional(),
    }),
    z.strictObject({
      type: z.enum(['number', 'integer']),
      minimum: z.number().optional(),
      maximum: z.number().optional(),
    }),
    z.strictObject({ type: z.literal('boolean') }),
    z.strictObject({
      type: z.literal('array'),
      items: valueShapeSchema,
      minItems: count.optional(),
      maxItems: count.optional(),
    }),
    z.strictObject({
      type: z.literal('object'),
      properties: z.record(key, valueShapeSchema),
      required: z.array(z.string()).optional(),
    }),
  ]),
);

const maskRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.enum(['idNumber', 'phone', 'name', 'address', 'bankAccount', 'withhold', 'none']) }),
  z.strictObject({
    kind: z.literal('keep'),
    start: z.number().int().min(0).max(20),
    end: z.number().int().min(0).max(20),
  }),
]);

// Same reasoning: "exactly one of check and when" is checked in check-pack.ts.
const rule = z.strictObject({ check: expression.optional(), when: expression.optional(), message: bilingual });

const componentBase = {
  type: z.string().regex(/^[a-z][a-z0-9]{0,30}\.[A-Za-z][A-Za-z0-9]{0,62}$/, 'type-format' satisfies PackProblem),
  title: bilingual,
  description: bilingual.optional(),
  category: z.enum(['basic', 'choice', 'china', 'media', 'layout', 'display']),
  icon: z.string().max(40).optional(),
  props: z.record(key, propSpec),
  value: valueShapeSchema,
  rules: z.array(rule).max(50).optional(),
  defaultLevel: z.enum(['L1', 'L2', 'L3', 'L4']),
  mask: maskRule,
  exportColumns: z
    .array(
      z.strictObject({
        key,
        label: bilingual,
        expr: expression,
      }),
    )
    .min(1)
    .max(20)
    .optional(),
  capabilities: z
    .array(z.enum(['camera', 'location', 'none']))
    .min(1)
    .max(3),
};

// One object with both optional (not a union) so a mistake inside a component is reported
// at its own path; "exactly one of widget and composite" is checked in check-pack.ts.
const component = z.strictObject({
  ...componentBase,
  widget: z.string().min(1).max(200).optional(),
  composite: z.strictObject({ nodes: z.array(nodeSchema).min(1).max(50) }).optional(),
});

export const packManifestSchema: z.ZodType<PackManifest> = z.strictObject({
  name: z.string().regex(/^@[a-z0-9][a-z0-9-]{0,38}\/[a-z0-9][a-z0-9._-]{0,99}$/, 'name-format' satisfies PackProblem),
  version,
  vendor: z.strictObject({
    name: z.string().min(1).max(100),
    url: z.string().max(300).optional(),
    email: z.string().max(200).optional(),
  }),
  description: bilingual.optional(),
  componentApi: range,
  host: z.record(z.string().max(100), z.string().max(50)),
  components: z.array(component).min(1).max(50),
  migrations: z
    .array(
      z.strictObject({
        component: z.string(),
        since: version,
        rename: z.record(z.string(), z.string()).optional(),
        defaults: z.record(z.string(), z.unknown()).optional(),
      }),
    )
    .max(100)
    .optional(),
}) as z.ZodType<PackManifest>;
