/** L3/L4 answers of a queued submission, encrypted with AES-GCM; `iv` and `data` are base64. */
export interface SealedBox {
  iv: string;
  data: string;
}
