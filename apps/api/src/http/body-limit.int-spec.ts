import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { makeUser, type TestUser } from '../testing/factories.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { MAX_BODY_BYTES } from './body-limit.js';

const SYNC = `mutation ($i: SyncProgressInput!) { syncProgress(input: $i) { clientEventId status } }`;

/** The largest quiz answer a device can queue: 30 questions, every one of 6 options chosen, long slugs and ids. */
const bigQuizEvent = () => ({
  kind: 'QUIZ_SUBMITTED',
  clientEventId: `${randomUUID()}-${'x'.repeat(60)}`.slice(0, 100),
  quizId: randomUUID(),
  occurredAt: '2026-11-30T08:00:00Z',
  answers: Array.from({ length: 30 }, (_, q) => ({
    questionSlug: `cau-hoi-tinh-huong-so-${q}-${'a'.repeat(40)}`,
    optionIds: Array.from({ length: 6 }, (_, o) => `lua-chon-${o}-${'b'.repeat(20)}`),
  })),
});

describe('request body limit', () => {
  let t: TestApp;
  let learner: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    learner = await makeUser(t);
  });
  afterAll(() => t.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers a 10 MB body with a GraphQL error, its code and a Vietnamese message', async () => {
    const res = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(10 * 1024 * 1024) } }));
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string; messages: { en: string } } }[] };
    expect(body.errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors[0]!.message).toMatch(/Dữ liệu gửi lên quá lớn/);
    expect(body.errors[0]!.extensions.messages.en).toMatch(/too large/);
    // The server is fine afterwards.
    expect((await t.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('answers a body that is not JSON with a GraphQL error, not an HTML page', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('always takes a full offline queue: 100 events with the largest quiz answers', async () => {
    const events = Array.from({ length: 100 }, bigQuizEvent);
    const body = JSON.stringify({ query: SYNC, variables: { i: { events } } });
    expect(body.length).toBeGreaterThan(100 * 1024);
    expect(body.length).toBeLessThan(MAX_BODY_BYTES / 2);
    const res = await post(body, learner.headers);
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { data: { syncProgress: { status: string }[] } };
    expect(answer.data.syncProgress).toHaveLength(100);
  });

  it('keeps the message for 101 events as it is', async () => {
    const events = Array.from({ length: 101 }, () => ({
      kind: 'LESSON_COMPLETED',
      clientEventId: randomUUID(),
      lessonId: randomUUID(),
      occurredAt: '2026-11-30T08:00:00Z',
    }));
    const res = await t.gql(SYNC, { i: { events } }, learner.headers);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0]?.extensions?.fields)).toContain('Mỗi lần gửi tối đa 100 sự kiện.');
  });
});
