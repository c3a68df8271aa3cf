// Prints the byte size of a realistic result code and the QR version it needs, for docs/result-codes.md.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toQrPayload } from '@sprout/shared/result-code';
import { openKeyRing } from './key-ring.ts';
import { signResultCode } from './sign-result-code.ts';
import { pseudonymousSubject } from './subject.ts';

const ring = await openKeyRing({ dir: mkdtempSync(join(tmpdir(), 'k-')), keepSeconds: 86400 });
const now = Math.floor(Date.now() / 1000);
const token = await signResultCode(
  {
    iss: 'https://sprout.yuhang.gov.cn/o/330110',
    iat: now,
    exp: now + 86400,
    jti: 'Yq3v8ZpL',
    rc: 'green',
    app: 'health-code',
    ver: 3,
    sub: pseudonymousSubject('11010519491231002X', 'secret'),
    nm: '张*三',
  },
  ring,
);
console.log(JSON.stringify({ token, bytes: Buffer.byteLength(token), numeric: toQrPayload(token) }));
