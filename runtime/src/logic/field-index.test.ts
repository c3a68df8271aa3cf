import { EXAMPLES } from '@sprout/examples';
import { coreCatalog } from '@sprout/shared/catalog';
import { describe, expect, it } from 'vitest';
import { labelForPath, pageOfNames } from './field-index.ts';

const survey = EXAMPLES['huitoukan-survey']!;

describe('field index', () => {
  it('names a row field for the error summary in both languages', () => {
    expect(labelForPath(survey, coreCatalog, 'members.1.age', 'zh-CN')).toMatch(/第 2 条 · /);
    expect(labelForPath(survey, coreCatalog, 'headName', 'en')).not.toBe('headName');
  });

  it('knows the page of each top-level name, through sections', () => {
    const pages = pageOfNames(EXAMPLES['village-daily-report']!, coreCatalog);
    expect(pages.get('feverCases')).toBe(0);
    expect(pageOfNames(survey, coreCatalog).get('satisfaction')).toBe(3);
  });
});
