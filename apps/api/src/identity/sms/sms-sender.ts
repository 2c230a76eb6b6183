import { Logger, type Provider } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';

/**
 * Sending a text message, kept pluggable for later: nothing is wired to a provider yet. A provider's driver
 * implements this interface and is bound to SMS_SENDER instead of the ones below.
 */
export interface SmsSender {
  /** False when no message can be sent (the helper then reads the code out or writes it down). */
  readonly available: boolean;
  send(phone: string, text: string): Promise<void>;
}

export const SMS_SENDER = Symbol('SMS_SENDER');

/** Development driver: prints the message to the API's log instead of sending it. */
export class ConsoleSmsSender implements SmsSender {
  readonly available = true;
  private readonly logger = new Logger('SMS');

  async send(phone: string, text: string): Promise<void> {
    this.logger.log(`to ${phone}: ${text}`);
  }
}

/** Production until a provider is chosen: nothing is sent (printing a reset code to a production log would leak it). */
export class NoSmsSender implements SmsSender {
  readonly available = false;

  async send(): Promise<void> {
    throw new Error('No SMS provider is configured');
  }
}

export const smsSenderProvider: Provider = {
  provide: SMS_SENDER,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): SmsSender => (config.NODE_ENV === 'production' ? new NoSmsSender() : new ConsoleSmsSender()),
};
