/**
 * The sheet names of an .xlsx workbook by worksheet part number (sheet3.xml → "contacts").
 *
 * exceljs's streaming reader names sheets from xl/workbook.xml, but when that part comes after the
 * worksheets in the zip (as in files exceljs itself writes with several sheets) it fails or calls
 * them Sheet1, Sheet2…. Reading the two small parts from the zip's central directory first makes
 * the names right whatever the order.
 */
import { open } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

export async function xlsxSheetNames(path: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, 65557);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === END_OF_DIRECTORY) {
        end = i;
        break;
      }
    }
    if (end < 0) return names;
    const entries = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    const parts = new Map<string, { method: number; compressed: number; offset: number }>();
    let at = 0;
    for (let e = 0; e < entries && at + 46 <= directory.length; e++) {
      if (directory.readUInt32LE(at) !== DIRECTORY_ENTRY) break;
      const method = directory.readUInt16LE(at + 10);
      const compressed = directory.readUInt32LE(at + 20);
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      const offset = directory.readUInt32LE(at + 42);
      parts.set(directory.toString('utf8', at + 46, at + 46 + nameLength), { method, compressed, offset });
      at += 46 + nameLength + extraLength + commentLength;
    }
    const readPart = async (name: string): Promise<string | undefined> => {
      const part = parts.get(name);
      if (!part) return undefined;
      const header = Buffer.alloc(30);
      await handle.read(header, 0, 30, part.offset);
      const dataStart = part.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
      const data = Buffer.alloc(part.compressed);
      await handle.read(data, 0, part.compressed, dataStart);
      return (part.method === 8 ? inflateRawSync(data) : data).toString('utf8');
    };
    const workbook = await readPart('xl/workbook.xml');
    const rels = await readPart('xl/_rels/workbook.xml.rels');
    if (!workbook || !rels) return names;
    const targets = new Map<string, string>();
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
      const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
      const sheetNo = target && /worksheets\/sheet(\d+)\.xml$/.exec(target)?.[1];
      if (id && sheetNo) targets.set(id, sheetNo);
    }
    for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
      const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
      const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
      const sheetNo = id && targets.get(id);
      if (name !== undefined && sheetNo) names.set(sheetNo, unescapeXml(name));
    }
  } catch {
    // not a zip we can read: exceljs will say so
  } finally {
    await handle.close();
  }
  return names;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
