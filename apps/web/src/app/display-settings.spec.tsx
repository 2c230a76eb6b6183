import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';
import './i18n.js';
import { renderApp, stubGraphQL } from '../testing/render-app.js';

describe('display settings', () => {
  beforeEach(() => {
    localStorage.clear();
    stubGraphQL({ data: { courses: [] } });
  });

  it('makes text larger and smaller with A+ / A- / A, within bounds, and remembers it', () => {
    renderApp();
    const root = document.documentElement;
    fireEvent.click(screen.getByRole('button', { name: 'Chữ lớn hơn' }));
    fireEvent.click(screen.getByRole('button', { name: 'Chữ lớn hơn' }));
    expect(root.style.fontSize).toBe('125%');
    expect(JSON.parse(localStorage.getItem('lantoa.display') ?? '{}')).toMatchObject({ textSize: 125 });
    for (let i = 0; i < 10; i++) fireEvent.click(screen.getByRole('button', { name: 'Chữ lớn hơn' }));
    expect(root.style.fontSize).toBe('200%');
    fireEvent.click(screen.getByRole('button', { name: 'Cỡ chữ bình thường' }));
    expect(root.style.fontSize).toBe('100%');
    fireEvent.click(screen.getByRole('button', { name: 'Chữ nhỏ hơn' }));
    expect(root.style.fontSize).toBe('87.5%');
  });

  it('turns high contrast on and restores both settings on the next visit', () => {
    const first = renderApp();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Tương phản cao' }));
    fireEvent.click(screen.getByRole('button', { name: 'Chữ lớn hơn' }));
    expect(document.documentElement.dataset.contrast).toBe('high');
    first.unmount();
    document.documentElement.removeAttribute('data-contrast');
    document.documentElement.style.fontSize = '';
    renderApp();
    expect(document.documentElement.dataset.contrast).toBe('high');
    expect(document.documentElement.style.fontSize).toBe('112.5%');
    expect((screen.getByRole('checkbox', { name: 'Tương phản cao' }) as HTMLInputElement).checked).toBe(true);
  });
});
