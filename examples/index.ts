import type { AppDefinition } from '@sprout/shared/definition';
import elderlySubsidy from './apps/elderly-subsidy.json' with { type: 'json' };
import healthCode from './apps/health-code.json' with { type: 'json' };
import huitoukanSurvey from './apps/huitoukan-survey.json' with { type: 'json' };
import villageDailyReport from './apps/village-daily-report.json' with { type: 'json' };

/** The example apps by slug; every package's tests load them, the server seeds them. */
export const EXAMPLES: Readonly<Record<string, AppDefinition>> = {
  'health-code': healthCode as AppDefinition,
  'village-daily-report': villageDailyReport as AppDefinition,
  'elderly-subsidy': elderlySubsidy as AppDefinition,
  'huitoukan-survey': huitoukanSurvey as AppDefinition,
};

export const EXAMPLE_SLUGS = Object.keys(EXAMPLES);
