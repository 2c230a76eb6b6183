import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CourseImportService } from './catalog/course-import.service.js';
import { defaultPaths } from './config/paths.js';
import { createTestApp, type TestApp } from './testing/test-app.js';

describe('the API against PostgreSQL', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(CourseImportService).importDirectory(defaultPaths.coursesDir);
  });
  afterAll(() => t.close());

  it('reports liveness and database readiness on /health', async () => {
    const res = await fetch(`${t.baseUrl}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; info: { database: { status: string } } };
    expect(body.status).toBe('ok');
    expect(body.info.database.status).toBe('up');
  });

  it('lists the imported course with its modules and lessons', async () => {
    const res = await t.gql<{ courses: { slug: string; title: { vi: string }; moduleCount: number; lessonCount: number }[] }>(
      '{ courses { slug title { vi } moduleCount lessonCount } }',
    );
    expect(res.errors).toBeUndefined();
    const course = res.data?.courses.find((c) => c.slug === 'pho-cap-ky-nang-so-cong-dong');
    expect(course?.title.vi).toBe('Phổ cập kỹ năng số cộng đồng');
    expect(course?.moduleCount).toBe(6);
    expect(course?.lessonCount).toBeGreaterThanOrEqual(24);
  });

  it('answers a bad query with a GraphQL error and no stack trace', async () => {
    const res = await t.gql('{ courses { nope } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.js/);
  });

  it('echoes a request id, or makes one', async () => {
    const given = await fetch(`${t.baseUrl}/health/live`, { headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const made = await fetch(`${t.baseUrl}/health/live`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves a GraphQL explorer page at GET /graphql that loads nothing from another host', async () => {
    const res = await fetch(`${t.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Lan Tỏa GraphQL');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=["']?https?:|https?:\/\/(?!localhost)[a-z]/i);
  });
});
