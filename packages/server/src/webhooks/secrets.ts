// Webhook signing secrets: `whsec_` and 32 random bytes in base64 (Standard Webhooks), shown to the admin once.
// Signing needs the secret itself, so unlike passwords and tokens it cannot be kept as a hash. It is kept
// encrypted (AES-256-GCM, with the endpoint's id as associated data, so that a sealed secret copied onto another
// endpoint does not open) under a key that is not in the database: PADU_WEBHOOK_KEY, or else the file
// `webhook-secrets.key` in the data folder, made at first start, readable by the gateway's user only. A copy of
// the database alone (a backup, a leaked file) does not reveal them.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const SECRET_PREFIX = 'whsec_';
const KEY_FILE = 'webhook-secrets.key';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** The format of a sealed secret, so that another scheme can follow without rewriting every row at once. */
const SEALED_PREFIX = 'v1.';

/** A new signing secret: `whsec_` and 32 random bytes, base64 (50 characters). */
export function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/** Seals and opens secrets with the gateway's webhook key. */
export class SecretBox {
  readonly #key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== KEY_BYTES) throw new Error(`The webhook key must be ${KEY_BYTES} bytes, got ${key.length}`);
    this.#key = key;
  }

  seal(secret: string, endpointId: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    cipher.setAAD(Buffer.from(endpointId));
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return SEALED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
  }

  /** The secret; throws when it was sealed under another key or for another endpoint. */
  open(sealed: string, endpointId: string): string {
    if (!sealed.startsWith(SEALED_PREFIX)) throw new Error('Unknown format of a sealed webhook secret');
    const bytes = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.#key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(endpointId));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}

function decodeKey(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), text.includes('-') || text.includes('_') ? 'base64url' : 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`${where} must be ${KEY_BYTES} random bytes in base64 (e.g. \`openssl rand -base64 32\`)`);
  return key;
}

/**
 * The webhook key: `configured` (PADU_WEBHOOK_KEY), else `<dataDir>/webhook-secrets.key`, created with mode 0600 when
 * missing. Several gateways on one database must be given the same key.
 */
export async function loadWebhookKey(configured: string | null, dataDir: string): Promise<Buffer> {
  if (configured) return decodeKey(configured, 'PADU_WEBHOOK_KEY');
  const file = join(dataDir, KEY_FILE);
  try {
    // `wx`: a gateway starting at the same moment never overwrites the key another one wrote.
    await writeFile(file, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return decodeKey(await readFile(file, 'utf8'), file);
}
