/**
 * Azurite (blob service only) as a child process on a free loopback port, in memory, telemetry
 * off; plus the SAS helpers the fake results service and REST fake use to hand out upload (cw)
 * and download (r) URLs, signed with the emulator's published dev account key.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  SASProtocol,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';

const require = createRequire(import.meta.url);
/** Azurite's well-known development account (documented in Azurite's README). */
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  url: string;
  port: number;
  stop(): Promise<void>;
  createContainer(name: string): Promise<void>;
  /** SAS URL for one blob: `cw` to upload, `r` to download; http allowed (loopback). */
  sasUrl(container: string, blob: string, permissions: 'cw' | 'r', ttlSeconds?: number): string;
  /** Reads a blob with the shared key (for assertions). */
  read(container: string, blob: string): Promise<Buffer>;
  /** Writes a blob with the shared key (crafted artifacts). */
  write(container: string, blob: string, data: Buffer): Promise<void>;
}

export async function startAzurite(): Promise<Azurite> {
  const main = path.join(path.dirname(require.resolve('azurite/package.json')), 'dist', 'src', 'blob', 'main.js');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      main,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--inMemoryPersistence',
      '--extentMemoryLimit',
      '64',
      '--disableTelemetry',
      '--silent',
      '--skipApiVersionCheck',
    ],
    // Never let the emulator reach out: no proxy, and telemetry is off by flag.
    { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`azurite did not start: ${out}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`azurite exited (${code}): ${out}`));
    });
  });
  const url = `http://127.0.0.1:${port}/${ACCOUNT}`;
  const cred = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY);
  const service = new BlobServiceClient(url, cred);
  return {
    url,
    port,
    async stop() {
      if (child.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
    async createContainer(name) {
      await service.getContainerClient(name).createIfNotExists();
    },
    sasUrl(container, blob, permissions, ttlSeconds = 600) {
      const sas = generateBlobSASQueryParameters(
        {
          containerName: container,
          blobName: blob,
          permissions: BlobSASPermissions.parse(permissions),
          startsOn: new Date(Date.now() - 60_000),
          expiresOn: new Date(Date.now() + ttlSeconds * 1000),
          protocol: SASProtocol.HttpsAndHttp,
        },
        cred,
      ).toString();
      return `${url}/${container}/${blob.split('/').map(encodeURIComponent).join('/')}?${sas}`;
    },
    async read(container, blob) {
      return service.getContainerClient(container).getBlobClient(blob).downloadToBuffer();
    },
    async write(container, blob, data) {
      await service
        .getContainerClient(container)
        .getBlockBlobClient(blob)
        .uploadData(data, { blobHTTPHeaders: { blobContentType: 'application/zip' } });
    },
  };
}
