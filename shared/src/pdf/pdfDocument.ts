/**
 * A PDF file assembled from numbered objects: header, bodies, the cross-reference table with
 * each object's byte offset, and the trailer. Bodies are PDF syntax in ASCII; streams may carry
 * any bytes. Nothing here reads a clock, so the same objects give the same file.
 */
export type PdfBody =
  | string
  | {
      /** The stream dictionary's entries but /Length, without `<< >>`. */ entries: string;
      stream: Uint8Array | string;
    };

/** ASCII (or 8-bit) text as bytes; anything wider is a bug in the caller, not something to mangle. */
function latin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0xff) throw new Error(`PDF syntax holds U+${code.toString(16)}, which is not a byte`);
    bytes[index] = code;
  }
  return bytes;
}

/** The header, with the comment of four high bytes that tells transfer tools the file is binary. */
const HEADER = latin1("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");

export class PdfDocument {
  private readonly bodies: (PdfBody | undefined)[] = [];

  /** A number for an object whose body comes later (a parent that its children point back to). */
  reserve(): number {
    this.bodies.push(undefined);
    return this.bodies.length;
  }

  set(objectNumber: number, body: PdfBody): void {
    this.bodies[objectNumber - 1] = body;
  }

  add(body: PdfBody): number {
    const objectNumber = this.reserve();
    this.set(objectNumber, body);
    return objectNumber;
  }

  /** The whole file. `root` is the catalog's object number, `info` the document information's. */
  toBytes(root: number, info: number): Uint8Array<ArrayBuffer> {
    const chunks: Uint8Array[] = [HEADER];
    let length = HEADER.length;
    const push = (chunk: Uint8Array): void => {
      chunks.push(chunk);
      length += chunk.length;
    };
    const offsets: number[] = [];
    this.bodies.forEach((body, index) => {
      if (body === undefined) throw new Error(`PDF object ${index + 1} was reserved and never written`);
      offsets.push(length);
      push(latin1(`${index + 1} 0 obj\n`));
      if (typeof body === "string") push(latin1(body));
      else {
        const data = typeof body.stream === "string" ? latin1(body.stream) : body.stream;
        const entries = body.entries === "" ? "" : ` ${body.entries}`;
        push(latin1(`<< /Length ${data.length}${entries} >>\nstream\n`));
        push(data);
        push(latin1("\nendstream"));
      }
      push(latin1("\nendobj\n"));
    });
    const xref = length;
    // Every entry is exactly 20 bytes: ten-digit offset, five-digit generation, type, space, LF.
    const entries = offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
    push(
      latin1(
        `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${entries}` +
          `trailer\n<< /Size ${offsets.length + 1} /Root ${root} 0 R /Info ${info} 0 R >>\n` +
          `startxref\n${xref}\n%%EOF\n`,
      ),
    );
    const file = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      file.set(chunk, at);
      at += chunk.length;
    }
    return file;
  }
}
