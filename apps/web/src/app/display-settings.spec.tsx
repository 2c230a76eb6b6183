import { beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';
import './i18n.js';
import { openMenu, renderApp, stubGraphQL } from '../testing/render-app.js';

describe('display settings', () => {
  beforeEach(() => {
    localStorage.clear();
    stubGraphQL({ data: { courses: [] } });
  });

  it('makes text larger and smaller with A+ / A- / A, within bounds, and remembers it', () => {
    renderApp();
    openMenu();
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
    openMenu();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Tương phản cao' }));
    fireEvent.click(screen.getByRole('button', { name: 'Chữ lớn hơn' }));
    expect(document.documentElement.dataset.contrast).toBe('high');
    first.unmount();
    document.documentElement.removeAttribute('data-contrast');
    document.documentElement.style.fontSize = '';
    renderApp();
    expect(document.documentElement.dataset.contrast).toBe('high');
    openMenu();
    expect(document.documentElement.style.fontSize).toBe('112.5%');
    expect((screen.getByRole('checkbox', { name: 'Tương phản cao' }) as HTMLInputElement).checked).toBe(true);
  });

  it('keeps the settings in a menu that says whether it is open and closes with Escape, giving the focus back', () => {
    renderApp();
    const button = screen.getByRole('button', { name: 'Menu' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Chữ lớn hơn' })).toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const larger = screen.getByRole('button', { name: 'Chữ lớn hơn' });
    larger.focus();
    fireEvent.keyDown(larger, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
    expect(screen.queryByRole('button', { name: 'Chữ lớn hơn' })).toBeNull();
  });
});
