/** An uploads row without its bytes, the same on every engine. */
export interface UploadRow {
  id: string;
  app_id: number;
  name: string;
  size: number;
  type: string;
  created_at: string;
  ip: string | null;
}
