import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { zipSync } from "fflate";

/** A .docx as Word writes it (the docx package), one paragraph per string. */
export async function docxOf(paragraphs: string[], table?: string[][]): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = paragraphs.map(
    (p) => new Paragraph({ children: [new TextRun(p)] }),
  );
  if (table)
    children.push(
      new Table({
        rows: table.map(
          (row) =>
            new TableRow({ children: row.map((c) => new TableCell({ children: [new Paragraph(c)] })) }),
        ),
      }),
    );
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** 1×1 transparent PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** A scanned narrative: the pages are pictures, no text at all. */
export async function imageOnlyDocx(): Promise<Uint8Array> {
  const image = new ImageRun({ type: "png", data: PNG, transformation: { width: 600, height: 800 } });
  const doc = new Document({ sections: [{ children: [new Paragraph({ children: [image] })] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** An OLE compound file (the container of .doc and of password-protected .docx) naming one stream. */
export function ole(stream?: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  if (stream) bytes.set(new Uint8Array(Buffer.from(stream, "utf16le")), 1024);
  return bytes;
}

/** A zip whose one entry inflates to `mb` MB of zeros beside a real document part. */
export function bombDocx(mb: number): Uint8Array {
  return zipSync({
    "word/document.xml": new TextEncoder().encode(
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        "<w:body><w:p><w:r><w:t>情况说明</w:t></w:r></w:p></w:body></w:document>",
    ),
    "word/media/pad.bin": [new Uint8Array(mb * 1024 * 1024), { level: 1 }],
  });
}
