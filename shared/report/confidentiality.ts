import { html, type SafeHtml } from './html';

export function confidentialityNotice(): SafeHtml {
  return html`<div class="notice"><strong>CONFIDENTIAL — HR.</strong> This report names people and contains performance, potential and flight-risk
    assessments. Share it only with those who take part in the talent review; do not forward, copy or store it outside HR's systems.</div>`;
}
