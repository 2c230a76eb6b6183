import { useEffect, useRef } from 'react';

/**
 * The QR code of a certificate, drawn on screen so it can be scanned from the phone: the address in byte mode, the
 * packed credential (digits after #) in numeric mode, as on the PDF.
 */
export function CertificateQr({ qrUrl, label }: { qrUrl: string; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let cancelled = false;
    void import('qrcode').then((QRCode) => {
      if (cancelled || !canvas.current) return;
      const hash = qrUrl.indexOf('#');
      const segments =
        hash > 0 && /^\d+$/.test(qrUrl.slice(hash + 1))
          ? [
              { data: new TextEncoder().encode(qrUrl.slice(0, hash + 1)), mode: 'byte' as const },
              { data: qrUrl.slice(hash + 1), mode: 'numeric' as const },
            ]
          : [{ data: new TextEncoder().encode(qrUrl), mode: 'byte' as const }];
      void QRCode.toCanvas(canvas.current, segments, { errorCorrectionLevel: 'L', margin: 4, width: 320 });
    });
    return () => {
      cancelled = true;
    };
  }, [qrUrl]);
  return <canvas ref={canvas} className="certificate__qr" role="img" aria-label={label} />;
}
