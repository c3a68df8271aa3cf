import type { AppDefinition, OutcomeResult } from '@sprout/shared/definition';
import { maskName } from '@sprout/shared/validators';
import { pooledRandomBytes } from '../auth/pooled-random.ts';
import type { ResultCodeService } from './service.ts';

const JTI_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A revocation id: 8 URL-safe characters, 48 bits. */
export function newJti(): string {
  let jti = '';
  for (const b of pooledRandomBytes(8)) jti += JTI_ALPHABET[b & 63];
  return jti;
}

/** The issuer URL of an org: one per org, under the deployment's public base URL. */
export const issuerUrl = (baseUrl: string, divisionCode: string) => `${baseUrl.replace(/\/+$/, '')}/o/${divisionCode}`;

export interface IssueInput {
  service: ResultCodeService;
  definition: AppDefinition;
  values: Record<string, unknown>;
  outcome: OutcomeResult | null;
  /** `${publicBaseUrl}/o/${org division code}`. */
  issuer: string;
  app: string;
  version: number;
  now: Date;
}

/**
 * Signs the outcome of a submission when the app's settings issue a code; answers
 * nothing when they do not or when no outcome rule held.
 */
export async function issueResultCode(input: IssueInput): Promise<{ token: string; jti: string; exp: number } | null> {
  const settings = input.definition.settings.resultCode;
  if (!settings?.issue || !input.outcome) return null;
  const iat = Math.floor(input.now.getTime() / 1000);
  const exp = iat + (settings.validHours ?? 24) * 3600;
  const jti = newJti();
  const subjectValue = settings.subjectField ? input.values[settings.subjectField] : undefined;
  const nameValue = settings.displayNameField ? input.values[settings.displayNameField] : undefined;
  const token = await input.service.sign({
    iss: input.issuer,
    iat,
    exp,
    jti,
    rc: input.outcome.code,
    app: input.app,
    ver: input.version,
    ...(typeof subjectValue === 'string' && subjectValue ? { sub: await input.service.subject(subjectValue) } : {}),
    ...(typeof nameValue === 'string' && nameValue ? { nm: maskName(nameValue) } : {}),
  });
  return { token, jti, exp };
}
