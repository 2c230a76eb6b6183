// jsdom has neither TextEncoder nor WebCrypto; browsers (and jose, which verifies certificates in the page) use both.
// Imported before jose by the specs that need it.
import { webcrypto } from 'node:crypto';
import { TextDecoder, TextEncoder } from 'node:util';
import { structuredClone as clone } from './node-structured-clone.js';

Object.assign(globalThis, { TextEncoder, TextDecoder });
if (typeof globalThis.structuredClone !== 'function') Object.assign(globalThis, { structuredClone: clone });
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
