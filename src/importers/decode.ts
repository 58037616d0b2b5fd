// Bytes to text: UTF-8 (with or without BOM) or Windows-1252, decided from the first bytes.
import { Transform, type TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'windows-1252';

const SNIFF_BYTES = 1 << 20;

/** Whether `bytes` is valid UTF-8, allowing a sequence cut at the end. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

export function detectEncoding(head: Uint8Array): TextEncoding {
  return isUtf8(head.subarray(0, SNIFF_BYTES)) ? 'utf-8' : 'windows-1252';
}

export class DecodeError extends Error {
  constructor(
    readonly byteOffset: number,
    readonly kind: 'invalid-utf8' | 'binary' = 'invalid-utf8',
  ) {
    super(
      kind === 'binary'
        ? 'the file is binary, not text (it holds NUL bytes)'
        : `the file is not valid UTF-8 after byte ${byteOffset}`,
    );
  }
}

/**
 * A stream that holds back the first megabyte to choose the encoding, then decodes everything
 * with it. Strips a UTF-8 BOM. Memory stays bounded by the sniff window.
 */
export class DecodingStream extends Transform {
  encoding: TextEncoding | null = null;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private bytesSeen = 0;
  private utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  private cp1252 = iconv.getDecoder('windows-1252');

  constructor() {
    super({ readableObjectMode: false, decodeStrings: true });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.encoding === null) {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      if (this.pendingBytes < SNIFF_BYTES) return done();
      this.choose();
    } else {
      this.decode(chunk);
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    try {
      if (this.encoding === null) this.choose();
      const rest = this.encoding === 'utf-8' ? this.utf8.decode() : this.cp1252.end();
      if (rest) this.push(rest, 'utf8');
      done();
    } catch {
      done(new DecodeError(this.bytesSeen));
    }
  }

  private choose(): void {
    const head = Buffer.concat(this.pending);
    this.pending = [];
    if (head.includes(0)) {
      this.destroy(new DecodeError(head.indexOf(0), 'binary'));
      return;
    }
    this.encoding = detectEncoding(head);
    this.decode(head);
  }

  private decode(chunk: Buffer): void {
    if (this.encoding === 'utf-8') {
      try {
        this.push(this.utf8.decode(chunk, { stream: true }), 'utf8');
      } catch {
        this.destroy(new DecodeError(this.bytesSeen));
        return;
      }
    } else {
      this.push(this.cp1252.write(chunk), 'utf8');
    }
    this.bytesSeen += chunk.length;
  }
}
