import { describe, expect, it } from 'vitest';
import { reportDocument } from '../../../shared/report/report-document';
import { html } from '../../../shared/report/html';
import { warmUpDocument } from './font-warm-up';

describe('the font warm-up of a report', () => {
  const body = html`<h1>${'Zoë Łukasiewicz & 王芳'}</h1><p class="x">अनन्या ${"O'Brien"}</p>`;
  const doc = reportDocument('Plan', body, '@font-face{font-family:x}');

  it('keeps the head (fonts, styles, policy) and holds each character of the text in every weight', () => {
    const split = warmUpDocument(doc)!;
    expect(split.warmUp).toContain('@font-face{font-family:x}');
    expect(split.warmUp).toContain('Content-Security-Policy');
    for (const weight of [400, 600, 700]) {
      const line = split.warmUp.match(new RegExp(`<div style="font-weight:${weight}">([^<]*)</div>`))![1];
      for (const char of 'ZoëŁukasiewicz王芳अनन्याOBrien\'') expect(line).toContain(char);
      expect(line).toContain('&amp;');
      expect(line).not.toMatch(/#39|class|h1|<p/);
    }
  });

  it('gives back the body exactly, to replace the warm-up once the fonts are in', () => {
    const split = warmUpDocument(doc)!;
    expect(split.body.trim()).toBe(body.markup);
    expect(doc.indexOf(split.body)).toBeGreaterThan(0);
  });

  it('leaves a document without one body alone', () => {
    expect(warmUpDocument('<p>no body</p>')).toBeNull();
  });
});
