import { serialFromText } from '@lantoa/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { loadKeys } from './verify-credential.js';
import { Verification } from './Verification.js';
import './certificates-texts.js';

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
declare global {
  interface Window {
    BarcodeDetector?: new (options: { formats: string[] }) => Detector;
  }
}

/**
 * /xac-minh: scan a certificate's QR code with the camera (the browser's BarcodeDetector where there is one, else
 * the jsQR library, loaded only then) or paste its code or link; the signature is checked here, in the browser.
 */
export default function ScanPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('certificates.scanTitle'));
  const [code, setCode] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [scanning, setScanning] = useState(false);
  const [cameraError, setCameraError] = useState(false);
  const video = useRef<HTMLVideoElement>(null);

  // Keep the keys for offline use from the first visit on.
  useEffect(() => {
    void loadKeys();
  }, []);

  useEffect(() => {
    if (!scanning) return;
    let stopped = false;
    let stream: MediaStream | null = null;
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
        const el = video.current!;
        el.srcObject = stream;
        await el.play();
        const read = await reader();
        while (!stopped) {
          const text = await read(el);
          if (text) {
            setCode(text);
            setScanning(false);
            return;
          }
          await new Promise((r) => setTimeout(r, 250));
        }
      } catch {
        setCameraError(true);
        setScanning(false);
      }
    })();
    return () => {
      stopped = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [scanning]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setCode(draft.trim() || null);
  }

  return (
    <section className="narrow" aria-labelledby="scan-title">
      <h1 id="scan-title">{t('certificates.scanTitle')}</h1>
      <p>{t('certificates.scanIntro')}</p>
      <p>
        <button type="button" className="button button--primary button--large" onClick={() => setScanning((s) => !s)}>
          {scanning ? t('certificates.stopCamera') : t('certificates.startCamera')}
        </button>
      </p>
      {cameraError && <p role="alert">{t('certificates.noCamera')}</p>}
      {scanning && <video ref={video} className="scan__video" muted playsInline aria-label={t('certificates.cameraLabel')} />}
      <form onSubmit={submit} className="stack">
        <label htmlFor="certificate-code">{t('certificates.pasteLabel')}</label>
        <textarea id="certificate-code" rows={4} value={draft} onChange={(e) => setDraft(e.target.value)} spellCheck={false} />
        <button type="submit" className="button">
          {t('certificates.check')}
        </button>
      </form>
      {code && <Verification key={code} serial={serialFromText(code)} code={code} />}
    </section>
  );
}

/** The browser's detector, else jsQR on a canvas frame (a small library, downloaded only when needed). */
async function reader(): Promise<(video: HTMLVideoElement) => Promise<string | null>> {
  if (window.BarcodeDetector) {
    const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  const jsQR = (await import('jsqr')).default;
  const canvas = document.createElement('canvas');
  return async (video) => {
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx || !canvas.width) return null;
    ctx.drawImage(video, 0, 0);
    const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(image.data, image.width, image.height)?.data ?? null;
  };
}
