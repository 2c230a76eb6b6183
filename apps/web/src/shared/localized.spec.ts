import { describe, expect, it } from '@jest/globals';
import { pickText } from './localized.js';

describe('pickText', () => {
  it('uses English only when asked and present, Vietnamese otherwise', () => {
    expect(pickText({ vi: 'Bài học', en: 'Lesson' }, 'en')).toBe('Lesson');
    expect(pickText({ vi: 'Bài học', en: null }, 'en')).toBe('Bài học');
    expect(pickText({ vi: 'Bài học', en: 'Lesson' }, 'vi')).toBe('Bài học');
  });
});
