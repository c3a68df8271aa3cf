import { createBlankDefinition } from '@sprout/shared/definition';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submissionRow } from './submission-row.fixture.ts';
import { yuhangTree } from './org-tree.fixture.ts';
import type { NewSubmission, Org, Storage } from './types.ts';

const AT = '2026-03-02T02:00:00.000Z';
const DUE = '2026-03-05T16:00:00.000Z';

/**
 * The review queue, resubmissions, revocations and the trust list: behaviour every
 * Storage implementation must show, beside `runStorageContract`.
 */
export function runReviewContract(name: string, open: () => Promise<{ storage: Storage; dispose(): Promise<void> }>) {
  describe(`review storage contract: ${name}`, () => {
    let storage: Storage;
    let dispose: () => Promise<void>;
    let town: Org;
    let village: Org;
    let other: Org;
    let n = 0;

    beforeEach(async () => {
      ({ storage, dispose } = await open());
      ({ town, village, otherTown: other } = await yuhangTree(storage));
    });
    afterEach(() => dispose());

    const pending = async (orgId: number, over: Partial<NewSubmission> = {}) => {
      const app = await storage.apps.create({
        orgId,
        slug: `app-${++n}`,
        title: `应用 ${n}`,
        draft: createBlankDefinition('x'),
        createdBy: null,
        now: AT,
      });
      const r = await storage.submissions.insert(
        submissionRow(app.id, orgId, {
          receiptCode: `RC${n}`,
          status: 'pending',
          values: { name: '张三' },
          submittedAt: AT,
          reviewDueAt: DUE,
          ...over,
        }),
      );
      if (r.kind !== 'created') throw new Error('insert failed');
      return r.submission;
    };
    const step = (id: number, from: 'pending' | 'claimed' | 'returned', to: 'claimed' | 'approved' | 'returned') => ({
      submissionId: id,
      from,
      to,
      actorUserId: null,
      comment: to === 'returned' ? '请补充' : null,
      at: AT,
      claimedBy: null,
    });

    it('lists the queue and the overdue items of a subtree, oldest first', async () => {
      const later = await pending(village.id, { submittedAt: '2026-03-02T03:00:00.000Z' });
      const earlier = await pending(village.id);
      const elsewhere = await pending(other.id);
      const queue = await storage.review.queue({ orgId: town.id }, { statuses: ['pending'] });
      expect(queue.map((i) => i.id)).toEqual([earlier.id, later.id]);
      expect(queue[0]).toMatchObject({ orgName: '径山村', reviewDueAt: DUE, revision: 1, claimedBy: null });
      expect(await storage.review.overdue({ orgId: town.id }, '2026-03-05T15:59:59.999Z', 10)).toEqual([]);
      const late = await storage.review.overdue({ orgId: town.id }, DUE, 10);
      expect(late.map((i) => i.id)).toEqual([earlier.id, later.id]);
      expect((await storage.review.overdue({ orgId: other.id }, DUE, 10)).map((i) => i.id)).toEqual([elsewhere.id]);
      expect(await storage.review.summary({ orgId: town.id }, 0, DUE)).toEqual({
        waiting: 2,
        claimedByMe: 0,
        overdue: 2,
      });
    });

    it('moves a status only from the one it expects, and records each move once', async () => {
      const s = await pending(village.id);
      expect(await storage.review.transition(step(s.id, 'pending', 'approved'))).toBe(true);
      expect(await storage.review.transition(step(s.id, 'pending', 'returned'))).toBe(false);
      expect((await storage.review.item(s.appId, s.id))?.status).toBe('approved');
      expect((await storage.submissions.history(s.id)).map((e) => [e.fromStatus, e.toStatus])).toEqual([
        ['pending', 'approved'],
      ]);
    });

    it('issues a code with an approval and revokes it with a return, each in the same step', async () => {
      const s = await pending(village.id);
      const approve = { ...step(s.id, 'pending', 'approved'), issue: { token: 'a.b.c', jti: 'J1' } };
      expect(await storage.review.transition({ ...approve, from: 'claimed' })).toBe(false);
      expect((await storage.submissions.get(s.appId, s.id))?.resultCode).toBeNull();
      expect(await storage.review.transition(approve)).toBe(true);
      expect((await storage.submissions.get(s.appId, s.id))?.resultCode).toBe('a.b.c');

      const other = await pending(village.id, { resultCode: 'x.y.z', resultCodeId: 'J2' });
      const revoke = { iss: 'https://a/o/330110109222', jti: 'J2', expiresAt: DUE };
      expect(await storage.review.transition({ ...step(other.id, 'pending', 'returned'), revoke })).toBe(true);
      expect((await storage.submissions.get(other.appId, other.id))?.resultCode).toBeNull();
      expect((await storage.trust.revocations(AT)).map((r) => [r.jti, r.submissionId])).toEqual([['J2', other.id]]);
    });

    it('lets only the claimer decide a claimed item', async () => {
      const reviewer = (name: string) =>
        storage.users.create(
          { username: name, displayName: name, orgId: village.id, roles: ['reviewer'], passwordHash: 'x' },
          AT,
        );
      const [a, b] = [await reviewer(`rv-a-${n}`), await reviewer(`rv-b-${n}`)];
      const s = await pending(village.id);
      expect(await storage.review.transition({ ...step(s.id, 'pending', 'claimed'), claimedBy: a.id })).toBe(true);
      const decide = (by: number) =>
        storage.review.transition({ ...step(s.id, 'claimed', 'approved'), actorUserId: by, expectClaimedBy: by });
      expect(await decide(b.id)).toBe(false);
      expect((await storage.review.item(s.appId, s.id))?.status).toBe('claimed');
      expect(await decide(a.id)).toBe(true);
      expect((await storage.review.item(s.appId, s.id))?.status).toBe('approved');
    });

    it('gives a claimed item to one reviewer only when many claim it at the same moment', async () => {
      const reviewers = await Promise.all(
        [1, 2, 3, 4, 5, 6].map((i) =>
          storage.users.create(
            {
              username: `rv-${i}-${n}`,
              displayName: `rv${i}`,
              orgId: village.id,
              roles: ['reviewer'],
              passwordHash: 'x',
            },
            AT,
          ),
        ),
      );
      const s = await pending(village.id);
      const won = await Promise.all(
        reviewers.map((r) =>
          storage.review.transition({ ...step(s.id, 'pending', 'claimed'), actorUserId: r.id, claimedBy: r.id }),
        ),
      );
      expect(won.filter(Boolean)).toHaveLength(1);
      const winner = reviewers[won.indexOf(true)]!;
      expect((await storage.review.item(s.appId, s.id))?.claimedBy?.id).toBe(winner.id);
      expect((await storage.submissions.history(s.id)).map((e) => e.toStatus)).toEqual(['claimed']);
      const again = { submissionId: s.id, version: 1, values: {}, computed: {}, outcome: null, at: AT };
      const resubmit = { ...again, reviewDueAt: null, resultCode: null, resultCodeId: null };
      await storage.review.transition({ ...step(s.id, 'claimed', 'returned'), expectClaimedBy: winner.id });
      const taken = await Promise.all([storage.review.resubmit(resubmit), storage.review.resubmit(resubmit)]);
      expect(taken.filter(Boolean)).toHaveLength(1);
      expect(await storage.review.revisions(s.id)).toHaveLength(1);
    });

    it('takes a resubmission only of a returned submission, keeping the old revision', async () => {
      const s = await pending(village.id);
      const again = {
        submissionId: s.id,
        version: 1,
        values: { name: '张三丰' },
        computed: {},
        outcome: null,
        at: '2026-03-03T02:00:00.000Z',
        reviewDueAt: '2026-03-06T16:00:00.000Z',
        resultCode: null,
        resultCodeId: null,
      };
      expect(await storage.review.resubmit(again)).toBe(false);
      await storage.review.transition(step(s.id, 'pending', 'returned'));
      expect((await storage.review.item(s.appId, s.id))?.reviewComment).toBe('请补充');
      expect(await storage.review.resubmit(again)).toBe(true);
      expect(await storage.review.item(s.appId, s.id)).toMatchObject({
        status: 'pending',
        revision: 2,
        values: { name: '张三丰' },
        reviewDueAt: '2026-03-06T16:00:00.000Z',
        reviewComment: null,
      });
      expect(await storage.review.revisions(s.id)).toEqual([
        { revision: 1, values: { name: '张三' }, submittedAt: AT },
      ]);
    });

    it('keeps revocations until their codes expire, and the trust list until removed', async () => {
      const base = { submissionId: null, revokedAt: AT, revokedBy: null };
      expect(await storage.trust.revoke({ ...base, iss: 'https://a/o/1', jti: 'j1', expiresAt: DUE })).toBe(true);
      expect(await storage.trust.revoke({ ...base, iss: 'https://a/o/1', jti: 'j1', expiresAt: DUE })).toBe(false);
      expect((await storage.trust.revocations(AT)).map((r) => r.jti)).toEqual(['j1']);
      expect(await storage.trust.revocations(DUE)).toEqual([]);
      const added = await storage.trust.add({
        name: 'B 区',
        issuerPrefix: 'https://b.example/o/',
        jwks: [{ kty: 'EC', kid: 'k' }],
        sourceUrl: null,
        addedAt: AT,
        addedBy: null,
      });
      expect(await storage.trust.list()).toEqual([added]);
      expect((await storage.trust.remove(added.id))?.name).toBe('B 区');
      expect(await storage.trust.remove(added.id)).toBeUndefined();
      expect(await storage.trust.list()).toEqual([]);
    });

    it('names the apps that issue result codes and their orgs, for verifiers', async () => {
      const issuing = createBlankDefinition('健康申报');
      issuing.settings.resultCode = { issue: true };
      const make = async (orgId: number, slug: string, def = createBlankDefinition('x')) => {
        const app = await storage.apps.create({ orgId, slug, title: slug, draft: def, createdBy: null, now: AT });
        return app.id;
      };
      const health = await make(village.id, 'health');
      await storage.apps.publish(health, issuing, null, AT);
      await storage.apps.publish(health, createBlankDefinition('不再签发'), null, AT);
      await storage.apps.publish(await make(other.id, 'plain'), createBlankDefinition('x'), null, AT);
      await make(town.id, 'draft-only', issuing);
      expect(await storage.trust.issuingNames()).toEqual({
        orgs: [{ code: '330110109222', name: '径山村' }],
        apps: [{ slug: 'health', title: 'health' }],
      });
    });
  });
}
