// Storage checks for uploaded files: where the object lives and whether it exists, through the harness's own S3
// client (the same calls against AWS and the twin's s3rver).
import { HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type mysql from 'mysql2/promise';
import type { S3Access } from '../../fixtures/index.ts';

/**
 * The object key of an archivo from the database. Keys are `uuidhex + ext` at the bucket root (contract §5);
 * `storage_path` holds either that key (intended) or, in the real app, the full object URL ending in it.
 */
export async function objectKeyFromDb(db: mysql.Pool, archivoId: number): Promise<string> {
  const [rows] = await db.query<mysql.RowDataPacket[]>('SELECT storage_path FROM archivos WHERE archivo_id = ?', [archivoId]);
  const storagePath = rows[0]?.storage_path as string | undefined;
  if (!storagePath) throw new Error(`archivos row ${archivoId} has no storage_path`);
  return storagePath.split('/').pop()!;
}

/** Without a database: the keys of objects of exactly `size` bytes written since `since` (the run's file). */
export async function objectKeysBySize(s3: S3Access, size: number, since: Date): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await s3.client.send(new ListObjectsV2Command({ Bucket: s3.bucket, ContinuationToken: token }));
    for (const o of page.Contents ?? []) {
      if (o.Key && o.Size === size && (!o.LastModified || o.LastModified.getTime() >= since.getTime() - 60_000)) keys.push(o.Key);
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys;
}

/** The object's size in bytes, or null when it does not exist. */
export async function objectSize(s3: S3Access, key: string): Promise<number | null> {
  try {
    const head = await s3.client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: key }));
    return head.ContentLength ?? null;
  } catch (err) {
    if ((err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
    throw err;
  }
}
