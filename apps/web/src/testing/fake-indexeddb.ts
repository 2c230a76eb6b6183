/**
 * IndexedDB for unit tests (jsdom has none): fake-indexeddb, an in-memory implementation, put where a browser has
 * it (what its "auto" entry does; that entry has no types). It copies values with structuredClone, which jest's
 * jsdom environment does not expose; Node's serializer does the same for plain data.
 * Import this first in a test file that needs IndexedDB; `new IDBFactory()` in place of `indexedDB` is a fresh profile.
 */
import { deserialize, serialize } from 'node:v8';

globalThis.structuredClone ??= <T>(value: T): T => deserialize(serialize(value)) as T;
const fake = await import('fake-indexeddb');
Object.assign(globalThis, {
  indexedDB: fake.indexedDB,
  IDBCursor: fake.IDBCursor,
  IDBCursorWithValue: fake.IDBCursorWithValue,
  IDBDatabase: fake.IDBDatabase,
  IDBFactory: fake.IDBFactory,
  IDBIndex: fake.IDBIndex,
  IDBKeyRange: fake.IDBKeyRange,
  IDBObjectStore: fake.IDBObjectStore,
  IDBOpenDBRequest: fake.IDBOpenDBRequest,
  IDBRequest: fake.IDBRequest,
  IDBTransaction: fake.IDBTransaction,
  IDBVersionChangeEvent: fake.IDBVersionChangeEvent,
});
