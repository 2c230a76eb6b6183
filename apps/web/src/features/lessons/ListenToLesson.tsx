import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import './listen-texts.js';

/** The parts of a lesson read aloud, in reading order: its title, objectives and body, paragraph by paragraph. */
const READABLE = 'h1, h2, h3, h4, p, li';

function speech(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined'
    ? window.speechSynthesis
    : null;
}

function subscribeVoices(listener: () => void): () => void {
  const synth = speech();
  synth?.addEventListener?.('voiceschanged', listener);
  return () => synth?.removeEventListener?.('voiceschanged', listener);
}

let lastVoice: SpeechSynthesisVoice | null = null;

/** The same object while the voice is the same, as useSyncExternalStore needs (getVoices may return new objects). */
function vietnameseVoice(): SpeechSynthesisVoice | null {
  const found =
    speech()
      ?.getVoices()
      .find((v) => v.lang.replace('_', '-').toLowerCase().startsWith('vi')) ?? null;
  if (found?.voiceURI !== lastVoice?.voiceURI) lastVoice = found;
  return lastVoice;
}

/** The phone's own Vietnamese voice, if it has one (voices arrive a moment after the page loads on Chrome). */
export function useVietnameseVoice(): SpeechSynthesisVoice | null {
  return useSyncExternalStore(subscribeVoices, vietnameseVoice, () => null);
}

type State = 'idle' | 'playing' | 'paused';

/**
 * "Nghe bài": reads the lesson aloud with the phone's Vietnamese voice (Web Speech API: the speech is made on the
 * phone, nothing is sent anywhere), one paragraph at a time, marking the paragraph being read and keeping it in
 * view. Pause and resume; stops when the learner leaves the lesson. Not shown when the phone has no Vietnamese voice.
 */
export function ListenToLesson({ articleRef }: { articleRef: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const voice = useVietnameseVoice();
  const [state, setState] = useState<State>('idle');
  const run = useRef(0);
  const current = useRef<Element | null>(null);

  const mark = useCallback((el: Element | null) => {
    current.current?.classList.remove('is-reading');
    current.current = el;
    if (el) {
      el.classList.add('is-reading');
      el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    }
  }, []);

  const stop = useCallback(() => {
    run.current++;
    speech()?.cancel();
    mark(null);
    setState('idle');
  }, [mark]);

  // Leaving the lesson (or a new lesson in its place) stops the reading.
  useEffect(() => stop, [stop]);

  function start() {
    const synth = speech();
    const article = articleRef.current;
    if (!synth || !voice || !article) return;
    synth.cancel();
    const id = ++run.current;
    const parts = [...article.querySelectorAll(READABLE)].filter(
      (el) =>
        !el.closest('.listen, .lesson-done, .lesson-nav, .module__number, .card__meta') &&
        !el.querySelector(READABLE) &&
        el.textContent?.trim(),
    );
    const speak = (i: number) => {
      if (run.current !== id) return;
      const el = parts[i];
      if (!el) {
        mark(null);
        setState('idle');
        return;
      }
      mark(el);
      const u = new SpeechSynthesisUtterance(el.textContent ?? '');
      u.lang = 'vi-VN';
      u.voice = voice;
      u.rate = 0.9; // a little slower than the default: many listeners are older
      u.onend = () => speak(i + 1);
      u.onerror = () => {
        if (run.current === id) stop();
      };
      synth.speak(u);
    };
    setState('playing');
    speak(0);
  }

  function pause() {
    speech()?.pause();
    setState('paused');
  }

  function resume() {
    speech()?.resume();
    setState('playing');
  }

  if (!voice) return null;
  return (
    <div className="listen button-row" role="group" aria-label={t('listen.label')}>
      {state === 'idle' && (
        <button type="button" className="button button--large" onClick={start}>
          <span aria-hidden="true">🔊 </span>
          {t('listen.start')}
        </button>
      )}
      {state === 'playing' && (
        <button type="button" className="button button--large" onClick={pause}>
          <span aria-hidden="true">⏸ </span>
          {t('listen.pause')}
        </button>
      )}
      {state === 'paused' && (
        <button type="button" className="button button--large" onClick={resume}>
          <span aria-hidden="true">▶ </span>
          {t('listen.resume')}
        </button>
      )}
      {state !== 'idle' && (
        <button type="button" className="button button--large" onClick={stop}>
          <span aria-hidden="true">⏹ </span>
          {t('listen.stop')}
        </button>
      )}
    </div>
  );
}
