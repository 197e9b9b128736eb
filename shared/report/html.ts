/**
 * HTML built as strings, escaped by default: every value interpolated into `html`…``
 * is escaped unless it is itself a `SafeHtml` (another `html` fragment, or trusted markup
 * wrapped with `trustedMarkup`). Names come from the plan, which the user typed or imported,
 * so nothing from it may reach a report unescaped.
 */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

type Interpolated = SafeHtml | string | number | null | undefined | false | readonly Interpolated[];

function render(value: Interpolated): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolated[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** For markup produced by our own code that escapes its own text (the SVG picture builders). */
export function trustedMarkup(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

