// The S3 side of archivos (contract §5): keys `uuidhex + ext` at the bucket root. Unlike prod, storage_path holds
// that key, so downloads and deletes find the object (the intended behaviour).
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import {
  DeleteObjectCommand, DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client,
} from '@aws-sdk/client-s3';
import type { TwinSettings } from '../../config/twin.ts';

export class ObjectStore {
  readonly client: S3Client;
  readonly bucket: string;

  constructor(settings: TwinSettings) {
    this.bucket = settings.s3.bucket;
    this.client = new S3Client({
      region: settings.s3.region,
      endpoint: settings.s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: settings.s3.accessKeyId, secretAccessKey: settings.s3.secretAccessKey },
    });
  }

  /** `3f2a…9c.pdf`: uuid4 hex plus the original extension, lower-cased (empty if none). */
  static newKey(originalName: string): string {
    return randomUUID().replaceAll('-', '') + path.extname(originalName).toLowerCase();
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }));
  }

  /** The object's bytes, or undefined when the key does not exist. */
  async get(key: string): Promise<Buffer | undefined> {
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return Buffer.from(await res.Body!.transformToByteArray());
    } catch (err) {
      const name = (err as { name?: string }).name;
      if (name === 'NoSuchKey' || name === 'NotFound') return undefined;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async listKeys(): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const res = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, ContinuationToken: token }));
      for (const o of res.Contents ?? []) if (o.Key) keys.push(o.Key);
      token = res.IsTruncated ? res.NextContinuationToken : undefined;
    } while (token);
    return keys;
  }

  async empty(): Promise<void> {
    const keys = await this.listKeys();
    for (let i = 0; i < keys.length; i += 1000) {
      const batch = keys.slice(i, i + 1000);
      await this.client.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: batch.map((Key) => ({ Key })) } }));
    }
  }
}
