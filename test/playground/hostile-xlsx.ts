// Small .xlsx files that attack the loader, made by the tests (never checked in as binaries): a few
// cells at far corners of a sheet, a cell longer than Sheets allows, and a cell without its position.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** A workbook of one sheet "Data" holding `text` at each A1 address. */
export async function sparseXlsx(path: string, cells: readonly string[], text = 'x'): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  for (const a1 of cells) ws.getCell(a1).value = text;
  await wb.xlsx.writeFile(path);
}

/** A workbook whose sheet "Notes" holds, in B2, a text of `length` characters. */
export async function longCellXlsx(path: string, length: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Pipeline').getCell('A1').value = 'ID';
  wb.addWorksheet('Notes').getCell('B2').value = 'a'.repeat(length);
  await wb.xlsx.writeFile(path);
}

/** A workbook of sheets "Pipeline" and "Broken"; the first cell of Broken's row 1 lost its r attribute. */
export async function cellWithoutPositionXlsx(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Pipeline').getCell('A1').value = 'ID';
  wb.addWorksheet('Broken').getCell('A1').value = 'no position';
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = 'xl/worksheets/sheet2.xml';
  const xml = await zip.file(part)!.async('string');
  const stripped = xml.replace(/<c r="A1"/, '<c');
  if (stripped === xml) throw new Error(`no cell A1 in ${part}`);
  zip.file(part, stripped);
  const { writeFile } = await import('node:fs/promises');
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
