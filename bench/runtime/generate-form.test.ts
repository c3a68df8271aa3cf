import type { AppNode } from '@sprout/shared/definition';
import { validateDefinition } from '@sprout/shared/validate-definition';
import { describe, expect, it } from 'vitest';
import { toRjsfForm } from './adapters/to-rjsf.ts';
import { toSproutDefinition } from './adapters/to-sprout.ts';
import { toSurveyJson } from './adapters/to-surveyjs.ts';
import { FORM_SIZES, generateForm } from './generate-form.ts';

/** What every adapter must preserve, counted from each one's own output. */
interface Shape {
  fields: number;
  required: number;
  conditional: number;
  summed: number;
}

function specShape(size: number): Shape {
  const spec = generateForm(size);
  return {
    fields: spec.fields.length,
    required: spec.fields.filter((f) => f.required).length,
    conditional: spec.fields.filter((f) => f.visibleIfFilled).length,
    summed: spec.total.of.length,
  };
}

function sproutShape(size: number): Shape {
  const def = toSproutDefinition(generateForm(size));
  const nodes: AppNode[] = def.pages.flatMap((p) => p.nodes);
  return {
    fields: nodes.filter((n) => n.name).length,
    required: nodes.filter((n) => n.required).length,
    conditional: nodes.filter((n) => n.visibleWhen).length,
    summed: (def.computed?.[0]?.expr.match(/f\d+/g) ?? []).length,
  };
}

function surveyShape(size: number): Shape {
  const json = toSurveyJson(generateForm(size));
  const questions = json.elements.filter((e) => e.type !== 'expression');
  const total = json.elements.find((e) => e.type === 'expression');
  return {
    fields: questions.length,
    required: questions.filter((e) => e.isRequired).length,
    conditional: questions.filter((e) => e.visibleIf).length,
    summed: (total?.expression?.match(/\{f\d+\}/g) ?? []).length,
  };
}

function rjsfShape(size: number): Shape {
  const { schema } = toRjsfForm(generateForm(size));
  const branches = Object.values(schema.dependencies ?? {}) as Array<{ properties: object; required?: string[] }>;
  const plain = Object.keys(schema.properties ?? {}).filter((k) => k !== 'total');
  return {
    fields: plain.length + branches.reduce((n, b) => n + Object.keys(b.properties).length, 0),
    required: (schema.required ?? []).length + branches.reduce((n, b) => n + (b.required?.length ?? 0), 0),
    conditional: branches.length,
    summed: specShape(size).summed, // RJSF sums in code (sumOf) over spec.total.of
  };
}

describe('the generated benchmark form', () => {
  it.each(FORM_SIZES)('has %i fields, every 10th required, every 5th conditional', (size) => {
    expect(specShape(size)).toMatchObject({ fields: size, required: size / 10, conditional: size / 5 });
  });

  it.each(FORM_SIZES)('is the same form in every adapter at %i fields', (size) => {
    const expected = specShape(size);
    expect(sproutShape(size)).toEqual(expected);
    expect(surveyShape(size)).toEqual(expected);
    expect(rjsfShape(size)).toEqual(expected);
  });

  it.each(FORM_SIZES)('is a valid Sprout definition at %i fields', (size) => {
    const result = validateDefinition(toSproutDefinition(generateForm(size)), { locale: 'en' });
    expect(result.ok ? [] : result.issues.slice(0, 5)).toEqual([]);
  });

  it('probes a text field controlling a conditional one, and a text field controlling nothing', () => {
    const spec = generateForm(1000);
    const byKey = new Map(spec.fields.map((f) => [f.key, f]));
    const { keystrokeKey, toggleController, toggleDependent } = spec.probes;
    expect(byKey.get(toggleDependent)?.visibleIfFilled).toBe(toggleController);
    expect(byKey.get(toggleController)?.type).toBe('text');
    expect(byKey.get(keystrokeKey)?.type).toBe('text');
    expect(byKey.get(keystrokeKey)?.visibleIfFilled).toBeUndefined();
    expect(spec.fields.some((f) => f.visibleIfFilled === keystrokeKey)).toBe(false);
  });
});
