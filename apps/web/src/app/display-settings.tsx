import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** Text sizes offered by A- / A / A+ (percent of the browser's default); 200% is what the pages are tested at. */
export const TEXT_SIZES = [87.5, 100, 112.5, 125, 150, 175, 200] as const;
const DEFAULT_SIZE = 100;
const KEY = 'lantoa.display';

interface DisplaySettings {
  textSize: number;
  highContrast: boolean;
}

interface DisplayContextValue extends DisplaySettings {
  smaller(): void;
  larger(): void;
  resetSize(): void;
  setHighContrast(on: boolean): void;
}

const DisplayContext = createContext<DisplayContextValue | null>(null);

function load(): DisplaySettings {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<DisplaySettings>;
    return {
      textSize: TEXT_SIZES.includes(saved.textSize as never) ? (saved.textSize as number) : DEFAULT_SIZE,
      highContrast: saved.highContrast === true,
    };
  } catch {
    return { textSize: DEFAULT_SIZE, highContrast: false };
  }
}

/** Text size and high contrast, remembered on this device (many learners are over 60). */
export function DisplaySettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<DisplaySettings>(load);

  useEffect(() => {
    localStorage.setItem(KEY, JSON.stringify(settings));
    document.documentElement.style.fontSize = `${settings.textSize}%`;
    document.documentElement.dataset.contrast = settings.highContrast ? 'high' : 'normal';
  }, [settings]);

  const step = useCallback((direction: 1 | -1) => {
    setSettings((s) => {
      const index = TEXT_SIZES.indexOf(s.textSize as (typeof TEXT_SIZES)[number]);
      const next = TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, index + direction))] ?? DEFAULT_SIZE;
      return { ...s, textSize: next };
    });
  }, []);

  const value = useMemo<DisplayContextValue>(
    () => ({
      ...settings,
      smaller: () => step(-1),
      larger: () => step(1),
      resetSize: () => setSettings((s) => ({ ...s, textSize: DEFAULT_SIZE })),
      setHighContrast: (on) => setSettings((s) => ({ ...s, highContrast: on })),
    }),
    [settings, step],
  );
  return <DisplayContext.Provider value={value}>{children}</DisplayContext.Provider>;
}

export function useDisplaySettings(): DisplayContextValue {
  const value = useContext(DisplayContext);
  if (!value) throw new Error('useDisplaySettings needs <DisplaySettingsProvider>');
  return value;
}
