import { describe, expect, it } from '@jest/globals';
import { formatPhone, normalizePhone } from './phone.js';

describe('normalizePhone', () => {
  it.each([
    ['0912345678', '+84912345678'],
    ['+84912345678', '+84912345678'],
    ['84912345678', '+84912345678'],
    [' 0912 345 678 ', '+84912345678'],
    ['091-234-5678', '+84912345678'],
    ['+84 (0)912345678'.replace('(0)', ''), '+84912345678'],
    ['0387654321', '+84387654321'],
  ])('accepts %s as %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(['', 'abc', '091234567', '09123456789', '0212345678', '+1 415 555 0100', '+840912345678'])('rejects %s', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});

describe('formatPhone', () => {
  it('shows a stored number the Vietnamese way', () => {
    expect(formatPhone('+84912345678')).toBe('0912 345 678');
  });
});
