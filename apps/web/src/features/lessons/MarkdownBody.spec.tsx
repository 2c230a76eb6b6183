import { describe, expect, it } from '@jest/globals';
import { render } from '@testing-library/react';
import { MarkdownBody } from './MarkdownBody.js';

describe('MarkdownBody', () => {
  it('renders headings, numbered steps, emphasis and images with their alt text', () => {
    const { container } = render(
      <MarkdownBody
        markdown={'## Các bước\n\n1. **Bước 1:** Mở ứng dụng\n2. Bấm *Đăng nhập*\n\n![Sơ đồ hai cấp](/assets/course/k/a.svg)'}
      />,
    );
    expect(container.querySelector('h2')?.textContent).toBe('Các bước');
    expect(container.querySelectorAll('ol li')).toHaveLength(2);
    expect(container.querySelector('strong')?.textContent).toBe('Bước 1:');
    const img = container.querySelector('img');
    expect(img?.getAttribute('alt')).toBe('Sơ đồ hai cấp');
    expect(img?.getAttribute('src')).toBe('/assets/course/k/a.svg');
    expect(img?.getAttribute('loading')).toBe('lazy');
  });

  it('never injects raw HTML and drops javascript: links', () => {
    const { container } = render(
      <MarkdownBody
        markdown={
          'Chữ <img src=x onerror="alert(1)"> và <script>alert(2)</script>\n\n[bấm](javascript:alert(3)) [web](https://dichvucong.gov.vn)'
        }
      />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    const links = [...container.querySelectorAll('a')];
    expect(links[0]?.getAttribute('href') ?? '').not.toContain('javascript');
    expect(links[1]?.getAttribute('href')).toBe('https://dichvucong.gov.vn');
    expect(links[1]?.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
