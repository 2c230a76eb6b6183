import { describe, expect, it } from '@jest/globals';
import { foldVietnamese } from './fold-vietnamese.js';

describe('foldVietnamese', () => {
  it('makes "Hà Nội", "ha noi" and "HA NOI" the same', () => {
    expect(foldVietnamese('Hà Nội')).toBe('ha noi');
    expect(foldVietnamese('ha noi')).toBe('ha noi');
    expect(foldVietnamese('HA NOI')).toBe('ha noi');
  });

  it('folds đ and every tone mark, precomposed or decomposed', () => {
    expect(foldVietnamese('Đồng Nai')).toBe('dong nai');
    expect(foldVietnamese('Phường Ngọc Hà'.normalize('NFD'))).toBe('phuong ngoc ha');
    expect(foldVietnamese('  Xã   Phố Bảng ')).toBe('xa pho bang');
    expect(foldVietnamese('Thừa Thiên Huế')).toBe('thua thien hue');
  });
});
