import { createHash, randomBytes } from 'node:crypto';

/** A secret a participant's browser holds (participant, attempt): 192 random bits, URL-safe. */
export const newSecret = (): string => randomBytes(24).toString('base64url');

/** What the database keeps of a secret: its SHA-256, so a copy of the tables opens no attempt. */
export const secretHash = (secret: string): string => createHash('sha256').update(secret).digest('base64url');
