const UPLOAD_PATH = /^\/api\/v1\/public\/apps\/[^/]+\/uploads$/;

/** Whether a request is a resident's upload, which the 2 MB JSON limit must not cut off. */
export function isUploadPath(path: string): boolean {
  return UPLOAD_PATH.test(path);
}
