import { deserialize, serialize } from 'node:v8';

/** Node's structured clone (the v8 serializer), for jsdom, which lacks the global. */
export function structuredClone<T>(value: T): T {
  return deserialize(serialize(value)) as T;
}
