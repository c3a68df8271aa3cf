import type { RuntimePack } from '../catalog/pack/pinned.ts';
import type { AppDefinition, OutcomeColor } from '../definition/types.ts';

/** What residents' pages read and send under `/api/v1/public/…`. */

/** Body of `POST /public/apps/:slug/submissions` (header `Idempotency-Key`). */
export interface SubmitBody {
  version: number;
  values: Record<string, unknown>;
  deviceId?: string | undefined;
  /**
   * The app version whose consent text the resident agreed to ("我已阅读并同意"); required
   * (and equal to `version`) when the app has consent text.
   */
  consentVersion?: number | undefined;
}

/** Body of `PUT /public/receipts/:code` (header `X-Edit-Token`): a corrected, returned submission. */
export interface ResubmitBody {
  version: number;
  values: Record<string, unknown>;
}

/** An outcome as shown to people: its label already in the caller's language. */
export interface OutcomeView {
  code: string;
  label: string;
  color: OutcomeColor | null;
  /** The app's word to the resident about this result (what it means, where to go next). */
  message?: string;
}

/** What the submit answers and `GET /public/receipts/:code` shows. */
export interface Receipt {
  receiptCode: string;
  status: string;
  outcome: OutcomeView | null;
  submittedAt: string;
  appTitle: string;
  resultCode?: string;
  /** When the signed code stops being valid (ISO instant). */
  resultCodeExpiresAt?: string;
  reviewComment?: string;
  /** Only in the answer to the submit itself: lets this device correct a returned submission. */
  editToken?: string;
}

/** `GET /public/apps/:slug`: the published definition residents fill. */
export interface PublishedAppBody {
  app: { slug: string; title: string; status: string };
  version: number;
  definition: AppDefinition;
  /** The packs the version pins, with their widget URLs (absent or empty: core components only). */
  packs?: RuntimePack[];
  /**
   * The first level of each region picker in the form, by parent code (`''` for the
   * provinces; see `regionPickerRoots`), so a picker opens without a round trip.
   */
  divisions?: Record<string, DivisionItem[]>;
}

/** One administrative division as `GET /divisions` lists it. */
export interface DivisionItem {
  code: string;
  name: string;
  /** `province`, `city`, `county`, `township` or `village`. */
  level: string;
}

/** `GET /divisions?parent=`: the children of a division (no parent: the provinces). */
export interface DivisionList {
  parent: string | null;
  items: DivisionItem[];
}

/** `GET /public/receipts/:code/answers` (header `X-Edit-Token`). */
export interface ReceiptAnswers {
  receiptCode: string;
  status: string;
  reviewComment: string | null;
  slug: string | null;
  version: number;
  revision: number;
  values: Record<string, unknown>;
  /** The definition of `version`: a returned submission is corrected against the version it was sent on. */
  definition: AppDefinition;
  /** The packs that version pins (absent or empty: core components only). */
  packs?: RuntimePack[];
}

/** `POST /public/apps/:slug/uploads`: the stored file a submission then points at. */
export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  /** The type the server found from the file's first bytes (not the browser's guess); the submission must repeat it. */
  type: string;
}
