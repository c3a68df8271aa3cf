import type { ApiSession } from './review-helpers.ts';

/** Creates an app from a definition and publishes it, as a builder would; answers its id and slug. */
export async function publishNewApp(
  builder: ApiSession,
  title: string,
  definition: object,
): Promise<{ id: number; slug: string }> {
  const res = await builder.fetch('/apps', { method: 'POST', json: { title, definition } });
  if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
  const app = (await res.json()) as { id: number; slug: string };
  const published = await builder.fetch(`/apps/${app.id}/publish`, { method: 'POST' });
  if (published.status !== 201) throw new Error(`publish: ${published.status} ${await published.text()}`);
  return app;
}

/** Saves a new draft of an app and publishes it as the next version. */
export async function publishAgain(builder: ApiSession, app: { id: number }, definition: object): Promise<void> {
  const { revision } = (await (await builder.fetch(`/apps/${app.id}`)).json()) as { revision: number };
  const saved = await builder.fetch(`/apps/${app.id}/draft`, { method: 'PUT', json: { definition, revision } });
  if (saved.status !== 200) throw new Error(`save: ${saved.status} ${await saved.text()}`);
  const published = await builder.fetch(`/apps/${app.id}/publish`, { method: 'POST' });
  if (published.status !== 201) throw new Error(`publish: ${published.status} ${await published.text()}`);
}
