import { IntrinsicException } from '@nestjs/common';
import { message, type LocalizedMessage, type MessageKey } from './messages.js';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'INVALID_CREDENTIALS'
  | 'TOO_MANY_ATTEMPTS'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE';

export interface FieldError {
  field: string;
  messageKey: MessageKey;
  message: LocalizedMessage;
}

/**
 * An expected failure with a stable code and an i18n message; mapped once to a GraphQL error (format-error.ts).
 * An IntrinsicException, so Nest does not log it as a fault with a stack: format-error.ts logs refusals at info.
 */
export class DomainError extends IntrinsicException {
  readonly messages: LocalizedMessage;

  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    const text = message(messageKey, params);
    super(text.vi);
    this.messages = text;
  }

  static forbidden(): DomainError {
    return new DomainError('FORBIDDEN', 'auth.forbidden');
  }

  static unauthenticated(): DomainError {
    return new DomainError('UNAUTHENTICATED', 'auth.required');
  }

  static notFound(key: MessageKey): DomainError {
    return new DomainError('NOT_FOUND', key);
  }

  /** Bad input, one message per field. */
  static invalid(fields: { field: string; messageKey: MessageKey; params?: Record<string, string | number> }[]): DomainError {
    return new DomainError(
      'BAD_USER_INPUT',
      'input.invalid',
      {},
      fields.map((f) => ({ field: f.field, messageKey: f.messageKey, message: message(f.messageKey, f.params) })),
    );
  }
}
