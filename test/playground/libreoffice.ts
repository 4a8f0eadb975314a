// LibreOffice Calc, headless (Debian's libreoffice-calc-nogui), as a second program that opens the
// playground's .xlsx files. It runs with a profile of its own in which Calc recalculates every formula
// of an .xlsx on load (Tools > Options > Calc > Formula > "Recalculation on file load": Always), so a
// cell shows what its formula computes, not the result saved beside it.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { LIBREOFFICE } from '../programs';

const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens `input` in LibreOffice Calc, recalculates it and saves it as .xlsx into `outDir` (LibreOffice
 * writes each formula with the result it computed). `profileDir` is created if need be.
 */
export async function recalculateInLibreOffice(
  input: string,
  outDir: string,
  profileDir: string,
): Promise<string> {
  mkdirSync(join(profileDir, 'user'), { recursive: true });
  writeFileSync(join(profileDir, 'user', 'registrymodifications.xcu'), RECALCULATE_ON_LOAD);
  await promisify(execFile)(
    LIBREOFFICE.path,
    [
      `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      outDir,
      input,
    ],
    { timeout: 120_000 },
  );
  const output = join(outDir, basename(input));
  if (!existsSync(output)) throw new Error(`LibreOffice did not write ${output}`);
  return output;
}
