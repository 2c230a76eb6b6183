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
    const name = value.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (!name) this.problems.push({ field, messageKey: 'fullName.required' });
    else if (name.length > 100) this.problems.push({ field, messageKey: 'fullName.tooLong' });
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
