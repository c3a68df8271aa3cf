import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

/**
 * Checks real answers against the OpenAPI document the server serves: every route test
 * that goes through `request` (harness.ts) proves the documented schema of what it got.
 */
interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, object> };
}

const DOC_ID = 'sprout:openapi';

interface Checker {
  check(method: string, path: string, status: number, contentType: string, body: unknown): void;
  checkProblem(where: string, body: unknown): void;
}

function failures(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`)
    .join('\n  ');
}

/** `/api/v1/apps/{id}` → a matcher; literal segments win over parameters (`/tasks/todo` before `/tasks/{id}`). */
function templates(doc: Document) {
  return Object.keys(doc.paths)
    .map((template) => ({
      template,
      params: (template.match(/\{/g) ?? []).length,
      re: new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
    }))
    .sort((a, b) => a.params - b.params);
}

function createChecker(doc: Document): Checker {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: DOC_ID, components: doc.components ?? {} });
  const paths = templates(doc);
  const problem = ajv.compile({ $ref: `${DOC_ID}#/components/schemas/Problem` });
  const compiled = new Map<string, ValidateFunction | null>();
  const validatorFor = (template: string, method: string, status: number, mediaType: string) => {
    const key = `${method} ${template} ${status} ${mediaType}`;
    if (!compiled.has(key)) {
      const schema = doc.paths[template]?.[method]?.responses[String(status)]?.content?.[mediaType]?.schema;
      const absolute =
        schema && JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${DOC_ID}#/components/`));
      compiled.set(key, absolute ? ajv.compile(absolute) : null);
    }
    return compiled.get(key) ?? null;
  };
  return {
    check(method, path, status, contentType, body) {
      const m = method.toLowerCase();
      const found = paths.find((p) => p.re.test(path) && doc.paths[p.template]?.[m]);
      if (!found) return;
      const mediaType = contentType.split(';')[0]!.trim();
      const documented = doc.paths[found.template]![m]!.responses[String(status)];
      const where = `${method.toUpperCase()} ${found.template} ${status}`;
      if (!documented) throw new Error(`${where}: this status is not in the OpenAPI document`);
      const validate = validatorFor(found.template, m, status, mediaType);
      if (!validate) throw new Error(`${where}: answered ${mediaType}, which the OpenAPI document does not describe`);
      if (!validate(body))
        throw new Error(`${where}: the answer does not match its documented schema:\n  ${failures(validate)}`);
    },
    checkProblem(where, body) {
      if (!problem(body)) throw new Error(`${where}: the problem does not match ProblemBody:\n  ${failures(problem)}`);
    },
  };
}

const checkers = new Map<string, Promise<Checker>>();

/** The checker of the server at `base`, built from the document it serves (fetched once per server). */
export function answerChecker(base: string): Promise<Checker> {
  let found = checkers.get(base);
  if (!found) {
    found = fetch(`${base}/api/v1/openapi.json`).then(async (r) => createChecker((await r.json()) as Document));
    checkers.set(base, found);
  }
  return found;
}

/**
 * Throws, naming the route, when a 2xx JSON answer does not match the schema its route
 * documents, or an error is not the problem+json shared's `ProblemBody` describes.
 */
export async function checkAnswer(base: string, method: string, apiPath: string, res: Response): Promise<void> {
  const contentType = res.headers.get('content-type') ?? '';
  const path = `/api/v1${apiPath.split('?')[0]}`;
  if (res.status >= 400 && contentType.startsWith('application/problem+json')) {
    (await answerChecker(base)).checkProblem(`${method.toUpperCase()} ${path} ${res.status}`, await res.clone().json());
  }
  if (res.status < 200 || res.status >= 300 || !contentType.startsWith('application/json')) return;
  const body = await res.clone().json();
  (await answerChecker(base)).check(method, path, res.status, contentType, body);
}
