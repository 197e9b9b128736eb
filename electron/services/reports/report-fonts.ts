import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { facesFor, fontFaceRule, type FontFace } from '../../../shared/report/font-faces';

interface FontManifest {
  faces: FontFace[];
}

/**
 * The bundled report fonts (resources/fonts), embedded as data: URLs so the printed page
 * needs no file access and no network. Files are read once and kept.
 */
export function bundledReportFonts(fontsDir: string): (text: string) => string {
  const manifest = JSON.parse(readFileSync(join(fontsDir, 'fonts.json'), 'utf8')) as FontManifest;
  const encoded = new Map<string, string>();
  const dataUrl = (file: string): string => {
    let url = encoded.get(file);
    if (!url) {
      url = `data:font/woff2;base64,${readFileSync(join(fontsDir, file)).toString('base64')}`;
      encoded.set(file, url);
    }
    return url;
  };
  return (text) => facesFor(text, manifest.faces).map((face) => fontFaceRule(face, dataUrl(face.file))).join('\n');
}
