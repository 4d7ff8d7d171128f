/** Download links for generated text files: data: URLs, so nothing is sent and nothing must be revoked. */
import { html, type TemplateResult } from 'lit';

export function downloadLink(fileName: string, mime: string, content: string, label: string, id?: string): TemplateResult {
  const href = `data:${mime};charset=utf-8,${encodeURIComponent(content)}`;
  return html`<a class="button secondary" id=${id ?? `download-${fileName}`} href=${href} download=${fileName}>${label}</a>`;
}
