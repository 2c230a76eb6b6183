import { normalizePhone } from '@lantoa/domain';
import { DomainError } from '../errors/domain-error.js';
import type { MessageKey } from '../errors/messages.js';

type FieldProblem = { field: string; messageKey: MessageKey; params?: Record<string, string | number> };

/** Collects every bad field of an input, so the person sees all of them at once, then throws one error. */
export class InputCheck {
  private readonly problems: FieldProblem[] = [];

  phone(field: string, value: string): string {
    const phone = normalizePhone(value);
    if (!phone) this.problems.push({ field, messageKey: 'phone.invalid' });
    return phone ?? '';
  }

  password(field: string, value: string): string {
    if (value.length < 8) this.problems.push({ field, messageKey: 'password.tooShort' });
    else if (value.length > 128) this.problems.push({ field, messageKey: 'password.tooLong' });
    return value;
  }

  fullName(field: string, value: string): string {
    const name = cleanName(value);
    if (!name) this.problems.push({ field, messageKey: 'fullName.required' });
    else if (name.length > 100) this.problems.push({ field, messageKey: 'fullName.tooLong' });
    else if (!HAS_LETTER.test(name)) this.problems.push({ field, messageKey: 'fullName.noLetter' });
    return name;
  }

  add(field: string, messageKey: MessageKey, params?: Record<string, string | number>): void {
    this.problems.push({ field, messageKey, params });
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw DomainError.invalid(this.problems);
  }
}

/** Bidirectional controls (they can make a name display as something else) and zero-width characters. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
export const HAS_LETTER = /\p{L}/u;

/** A name as stored: NFC (so search and PDFs match), invisible controls removed, spaces collapsed. */
export function cleanName(value: string): string {
  return value.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
