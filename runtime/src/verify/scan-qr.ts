import jsQR from 'jsqr';

/** Reads a QR code's text from pixels, or undefined when there is none. */
export function decodeQr(image: ImageData): string | undefined {
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' })?.data;
}

/** Draws an image file onto a canvas and reads the QR code in it. */
export async function decodeQrFromFile(file: Blob): Promise<string | undefined> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return undefined;
  ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return decodeQr(ctx.getImageData(0, 0, canvas.width, canvas.height));
}

/**
 * Scans the camera's frames until a QR code is read or `signal` aborts. Frames are
 * sampled a few times a second to spare a cheap phone's battery.
 */
export async function scanCamera(video: HTMLVideoElement, signal: AbortSignal): Promise<string | undefined> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
  try {
    video.srcObject = stream;
    await video.play();
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    while (!signal.aborted && ctx) {
      await new Promise((r) => setTimeout(r, 250));
      if (video.videoWidth === 0) continue;
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      ctx.drawImage(video, 0, 0);
      const text = decodeQr(ctx.getImageData(0, 0, canvas.width, canvas.height));
      if (text) return text;
    }
    return undefined;
  } finally {
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  }
}
