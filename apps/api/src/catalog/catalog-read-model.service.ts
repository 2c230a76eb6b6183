import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { CatalogService } from './catalog.service.js';
import type { CourseModuleModel } from './models/course-module.model.js';
import type { CourseModel } from './models/course.model.js';
import type { LessonModel } from './models/lesson.model.js';

/** The channel the content triggers notify on (migration 1764910000000). */
export const CONTENT_CHANNEL = 'lantoa_content_changed';

/**
 * Answers of one content revision. `revision` is read before anything is built into `answers`, so an answer is
 * never older than the revision it is labelled with (the ETag of a content answer is this label).
 */
interface Snapshot {
  revision: Promise<string>;
  answers: LRUCache<string, Promise<unknown>>;
  /** The revision once read; until then nothing is served from `results` without asking. */
  revisionRead?: string;
  /** Whole results of content operations (ContentCachePlugin): a repeated read skips GraphQL execution too. */
  results: LRUCache<string, KeptResult>;
}

/** The result of one content operation, and once encoded, the bytes that answer it over HTTP. */
export interface KeptResult {
  result: object;
  encoded?: EncodedAnswer;
}

/** An answer as it goes on the wire: the JSON text, and compressed for the clients that ask. */
export interface EncodedAnswer {
  json: Buffer;
  br: Buffer;
  gzip: Buffer;
}

/** A place for the whole result of one content operation, in the snapshot of the revision it is labelled with. */
export interface ResultSlot {
  revision: string;
  /** The result kept from an earlier identical operation of this revision, if any. */
  result: object | undefined;
  /** Keeps a result for this revision (harmless once the content has moved on: nothing reads that snapshot). */
  keep(result: object): KeptResult;
}

/**
 * The published content as the API serves it, kept in memory per content revision. Every answer is built once by
 * CatalogService (the same queries as without the cache, so a change to how content is put together flows through)
 * and kept until the content revision in PostgreSQL moves. Any process that writes content (an import, a publish,
 * another API process) moves it; a LISTEN connection hears of it when that transaction commits. While that
 * connection is down, every read checks the revision first instead (one small query), so no process serves stale
 * content. Progress and everything personal are not here: they stay live.
 */
@Injectable()
export class CatalogReadModel implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CatalogReadModel.name);
  /** Null until the first read after start or after an invalidation. */
  private snapshot: Snapshot | null = null;
  private listener: pg.Client | null = null;
  private listening = false;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;
  /** Notified after every invalidation; tests and ops can wait on it instead of sleeping. */
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly catalog: CatalogService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
  }

  /** True while content notifications arrive; false while the revision is checked on every read instead. */
  get notified(): boolean {
    return this.listening;
  }

  /** Resolves once notifications arrive again (after a lost connection). */
  async whenNotified(): Promise<void> {
    while (!this.listening) await this.nextInvalidation();
  }

  courses(): Promise<CourseModel[]> {
    return this.read('courses', () => this.catalog.listCourses());
  }

  course(slug: string): Promise<CourseModel | null> {
    return this.read(`course\u0000${slug}`, () => this.catalog.findCourse(slug));
  }

  outline(courseId: string, provinceCode: string | null): Promise<CourseModuleModel[]> {
    return this.read(`outline\u0000${courseId}\u0000${provinceCode ?? ''}`, () => this.catalog.outline(courseId, provinceCode));
  }

  lesson(courseSlug: string, lessonSlug: string, provinceCode: string | null): Promise<LessonModel | null> {
    return this.read(`lesson\u0000${courseSlug}\u0000${lessonSlug}\u0000${provinceCode ?? ''}`, () =>
      this.catalog.findLesson(courseSlug, lessonSlug, provinceCode),
    );
  }

  /** The content revision that answers read from now on are at least as new as (the ETag of content answers). */
  async revision(): Promise<string> {
    if (!this.listening) await this.checkRevision();
    return this.current().revision;
  }

  /**
   * The kept result of a content operation (key: document, operation and variables), labelled with the revision read
   * before anything of it was built, so a result kept here is never older than its label. A null key: label only,
   * nothing kept (a request not worth keeping).
   */
  async resultSlot(key: string | null): Promise<ResultSlot> {
    if (!this.listening) await this.checkRevision();
    const snapshot = this.current();
    const revision = await snapshot.revision;
    return {
      revision,
      result: key === null ? undefined : snapshot.results.get(key)?.result,
      keep: (result) => {
        const kept: KeptResult = { result };
        if (key !== null) snapshot.results.set(key, kept);
        return kept;
      },
    };
  }

  /**
   * The encoded answer kept for a content operation in the current revision, without any I/O — or nothing, also
   * whenever notifications are not arriving (then only the GraphQL path, which checks the revision, may answer).
   */
  keptAnswer(key: string): { revision: string; encoded: EncodedAnswer } | undefined {
    const snapshot = this.listening ? this.snapshot : null;
    const encoded = snapshot?.results.get(key)?.encoded;
    if (!encoded || snapshot?.revisionRead === undefined) return undefined;
    return { revision: snapshot.revisionRead, encoded };
  }

  /** Drops every answer; the next read rebuilds from PostgreSQL. Called on NOTIFY and by the importer. */
  invalidate(): void {
    this.snapshot = null;
    for (const wake of [...this.waiters]) wake();
  }

  /** Resolves after the next invalidation (a NOTIFY from any process, or an import here). */
  nextInvalidation(): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        this.waiters.delete(wake);
        resolve();
      };
      this.waiters.add(wake);
    });
  }

  private async read<T>(key: string, build: () => Promise<T>): Promise<T> {
    if (!this.listening) await this.checkRevision();
    const snapshot = this.current();
    let answer = snapshot.answers.get(key) as Promise<T> | undefined;
    if (!answer) {
      // Kept as a promise, so 50 learners opening the same lesson at once cost one build, not 50.
      answer = snapshot.revision.then(build);
      snapshot.answers.set(key, answer);
      answer.catch(() => {
        if (snapshot.answers.get(key) === answer) snapshot.answers.delete(key);
      });
    }
    return answer;
  }

  private current(): Snapshot {
    if (this.snapshot) return this.snapshot;
    const revision = this.queryRevision();
    const snapshot: Snapshot = {
      revision,
      // Bounded: lesson slugs and province codes come from clients, and unknown ones are answered (null) too.
      answers: new LRUCache<string, Promise<unknown>>({ max: 5000 }),
      // Every lesson of every province variant, and outlines, fit; a few tens of MB at most.
      results: new LRUCache<string, KeptResult>({ max: 5000 }),
    };
    revision.then((read) => (snapshot.revisionRead = read)).catch(() => undefined);
    // A failed read (database away) is retried by the next request rather than remembered.
    revision.catch(() => {
      if (this.snapshot === snapshot) this.snapshot = null;
    });
    this.snapshot = snapshot;
    return snapshot;
  }

  private async queryRevision(): Promise<string> {
    const rows: { revision: string }[] = await this.dataSource.query(
      'SELECT revision::text AS revision FROM content_revisions WHERE id = 1',
    );
    return rows[0]?.revision ?? '0';
  }

  /** The cheap version check used while notifications are not arriving. */
  private async checkRevision(): Promise<void> {
    const snapshot = this.current();
    const [known, current] = await Promise.all([snapshot.revision.catch(() => null), this.queryRevision()]);
    if (known !== current && this.snapshot === snapshot) this.invalidate();
  }

  private async listen(): Promise<void> {
    if (this.closed) return;
    // Its own connection, outside the pool: a LISTEN lasts as long as the connection.
    const client = new pg.Client({ connectionString: (this.dataSource.options as { url?: string }).url });
    const lost = (error?: Error) => {
      if (this.listener !== client) return;
      this.listener = null;
      this.listening = false;
      // Changes may be missed from here on: start afresh, and check the revision on every read until back.
      this.invalidate();
      if (this.closed) return;
      this.logger.warn(`content notifications lost (${error?.message ?? 'connection ended'}); checking the revision on every read`);
      client.end().catch(() => undefined);
      this.retry = setTimeout(() => void this.listen(), 1000);
      this.retry.unref();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', () => this.invalidate());
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CONTENT_CHANNEL}`);
      // Anything committed while nobody was listening is picked up by starting afresh.
      this.invalidate();
      this.listening = true;
    } catch (error) {
      lost(error as Error);
    }
  }
}
