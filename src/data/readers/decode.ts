/**
 * Turns a file's bytes into text without knowing its encoding in advance. Exports are UTF-8 (with
 * or without a byte order mark), UTF-16 from Excel's "Unicode text", or Windows-1252 from older
 * Excel. Bytes that are not valid UTF-8 in a file that was plain ASCII up to then mean Windows-1252.
 */
import { diagnostic } from '../../diagnostics.js';
import type { ReportFinding } from './types.js';

export class StreamingDecoder {
  private decoder: TextDecoder | undefined;
  private sawNonAscii = false;
  private byteOffset = 0;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'utf-8 with errors' = 'utf-8';

  constructor(
    private readonly file: string,
    private readonly report: ReportFinding,
  ) {}

  decode(bytes: Uint8Array, final = false): string {
    if (!this.decoder) this.decoder = this.pickDecoder(bytes);
    let text: string;
    try {
      text = this.decoder.decode(bytes, { stream: !final });
    } catch {
      text = this.recover(bytes, final);
    }
    // Every non-ASCII character costs UTF-8 at least two bytes, so fewer characters than bytes means one was seen.
    if (!this.sawNonAscii && text.length !== bytes.length) this.sawNonAscii = true;
    this.byteOffset += bytes.length;
    return text;
  }

  private pickDecoder(bytes: Uint8Array): TextDecoder {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      this.encoding = 'utf-16le';
      return new TextDecoder('utf-16le');
    }
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      this.encoding = 'utf-16be';
      return new TextDecoder('utf-16be');
    }
    return new TextDecoder('utf-8', { fatal: true });
  }

  private recover(bytes: Uint8Array, final: boolean): string {
    if (!this.sawNonAscii && !hasValidMultibyteUtf8(bytes)) {
      this.encoding = 'windows-1252';
      this.decoder = new TextDecoder('windows-1252');
      this.report(
        diagnostic(
          'data-encoding',
          `${this.file} is not UTF-8; it was read as Windows-1252, the encoding older versions of Excel save CSV in. Check that characters such as £ and accented letters look right, or save it as "CSV UTF-8".`,
          { kind: 'data', file: this.file, record: -1 },
          { severity: 'info' },
        ),
      );
      return this.decoder.decode(bytes, { stream: !final });
    }
    this.encoding = 'utf-8 with errors';
    this.decoder = new TextDecoder('utf-8');
    this.report(
      diagnostic(
        'data-encoding',
        `${this.file} has bytes that are not valid UTF-8 after byte ${this.byteOffset}, in a file that is otherwise UTF-8: some characters were replaced by �. Save the file again as "CSV UTF-8".`,
        { kind: 'data', file: this.file, record: -1 },
        { severity: 'warning' },
      ),
    );
    return this.decoder.decode(bytes, { stream: !final });
  }
}

/** Whether the bytes hold a well-formed UTF-8 sequence of two or more bytes: then the file is UTF-8 with errors, not Windows-1252. */
function hasValidMultibyteUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0xc2 || b > 0xf4) continue;
    const length = b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
    let ok = i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
}
