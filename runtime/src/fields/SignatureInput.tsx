import { MAX_SIGNATURE_LENGTH } from '@sprout/shared/catalog';
import { useEffect, useRef, useState } from 'react';
import { ui } from '../i18n/ui-text.ts';
import type { FieldApi } from '../renderer/field-api.ts';

const WIDTH = 600;
const HEIGHT = 240;

function context2d(canvas: HTMLCanvasElement | null) {
  const ctx = canvas?.getContext('2d');
  if (ctx) {
    ctx.lineWidth = 4;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#111';
    ctx.fillStyle = '#111';
  }
  return ctx;
}

/** Pointer events cover mouse, pen and touch; typing a name is the keyboard and screen-reader alternative. */
export function SignatureInput({ api }: { api: FieldApi }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<{ x: number; y: number } | null>(null);
  const [signed, setSigned] = useState(() => typeof api.read() === 'string' && api.read() !== '');
  const [typed, setTyped] = useState('');

  useEffect(() => {
    const saved = api.read();
    if (typeof saved !== 'string' || !saved) return;
    const img = new Image();
    img.onload = () => context2d(canvasRef.current)?.drawImage(img, 0, 0);
    img.src = saved;
  }, []);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - r.left) / r.width) * WIDTH, y: ((e.clientY - r.top) / r.height) * HEIGHT };
  };
  const save = () => {
    const url = canvasRef.current?.toDataURL('image/png');
    if (url && url.length <= MAX_SIGNATURE_LENGTH) {
      setSigned(true);
      api.write(url);
    }
  };
  const clear = () => {
    context2d(canvasRef.current)?.clearRect(0, 0, WIDTH, HEIGHT);
    setSigned(false);
    api.write(undefined);
  };
  const signTyped = () => {
    const ctx = context2d(canvasRef.current);
    if (!ctx || !typed.trim()) return;
    ctx.clearRect(0, 0, WIDTH, HEIGHT);
    ctx.font = 'italic 72px "KaiTi", "STKaiti", serif';
    ctx.textBaseline = 'middle';
    ctx.fillText(typed.trim(), 24, HEIGHT / 2, WIDTH - 48);
    save();
  };

  return (
    <div className="sp-signature">
      <canvas
        ref={canvasRef}
        width={WIDTH}
        height={HEIGHT}
        className="sp-canvas"
        aria-label={ui(api.locale, 'signHere')}
        role="img"
        onPointerDown={(e) => {
          if (api.readOnly) return;
          e.currentTarget.setPointerCapture(e.pointerId);
          drawing.current = point(e);
        }}
        onPointerMove={(e) => {
          const from = drawing.current;
          const ctx = context2d(canvasRef.current);
          if (!from || !ctx) return;
          const to = point(e);
          ctx.beginPath();
          ctx.moveTo(from.x, from.y);
          ctx.lineTo(to.x, to.y);
          ctx.stroke();
          drawing.current = to;
        }}
        onPointerUp={() => {
          if (drawing.current) save();
          drawing.current = null;
        }}
      />
      <p className="sp-status" role="status">
        {signed ? ui(api.locale, 'signDone') : ''}
      </p>
      <button type="button" className="sp-button sp-secondary" onClick={clear} disabled={api.readOnly}>
        {ui(api.locale, 'signClear')}
      </button>
      <label htmlFor={api.id}>{ui(api.locale, 'signTyped')}</label>
      <div className="sp-inline">
        <input
          id={api.id}
          className="sp-input"
          value={typed}
          readOnly={api.readOnly}
          aria-invalid={api.invalid || undefined}
          aria-describedby={api.describedBy}
          onChange={(e) => setTyped(e.target.value)}
        />
        <button type="button" className="sp-button sp-secondary" onClick={signTyped} disabled={api.readOnly}>
          {ui(api.locale, 'signTypedButton')}
        </button>
      </div>
    </div>
  );
}
