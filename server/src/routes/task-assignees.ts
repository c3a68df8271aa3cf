import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { ChangeAssigneesResponse } from '@sprout/shared/api';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import { defineRoute } from '../http/define-route.ts';
import { invalid } from '../http/problem.ts';
import { changeAssignees } from '../tasks/change-assignees.ts';
import { assignTarget } from '../http/assign-target.ts';
import { managedTask } from '../http/task-lookup.ts';

const changeBody = z.object({
  add: assignTarget.optional(),
  remove: z.array(z.number().int().positive()).max(10_000).optional(),
});

/** Changing who reports after a task was sent (增减填报单位). */
export function taskAssigneeRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  defineRoute(
    app,
    {
      method: 'post',
      path: '/tasks/:id/assignees',
      summary: 'Add orgs to a sent task (like sending) or remove some; removed orgs’ reports are kept (audited)',
      tag: 'tasks',
      auth: ['builder'],
      body: changeBody,
      responses: {
        200: { description: 'who was added and removed, and the assignees now', answer: 'ChangeAssigneesResponse' },
        404: 'not managed from the caller’s subtree',
        422: 'an org outside the sender’s subtree (`add…`), a removal that is not assigned (`remove[i]`), or none left',
      },
    },
    async (c, { body }) => {
      const task = await managedTask(c);
      const { storage, clock } = c.get('deps');
      // The sender lies inside the caller's subtree (managedTask): its subtree is the caller's to assign.
      const subtree = await storage.orgs.subtree({ orgId: task.orgId });
      const change = changeAssignees(subtree, task.orgId, task.assignees, body);
      if (!change.ok) throw invalid(change.issues);
      const { next, added, removed } = change.value;
      await storage.tasks.update(task.id, { assignees: next }, clock.now().toISOString());
      await audit(c, 'task.assignees', { type: 'task', id: task.id }, { added, removed });
      const names = new Map(subtree.map((o) => [o.id, o.name]));
      const res: ChangeAssigneesResponse = {
        added,
        removed,
        assignees: next.map((orgId) => ({ orgId, name: names.get(orgId) ?? '' })),
      };
      return c.json(res);
    },
  );
  return app;
}
