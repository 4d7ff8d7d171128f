/** Imprint, privacy notice and accessibility statement belong to the municipality: we link to them. */
import { html, render } from 'lit';
import { msg } from '@lit/localize';
import type { ResolvedTenant } from '../tenant/schema.ts';

type LegalLink = 'imprint' | 'privacy' | 'accessibility';

export function renderLegalPage(kind: LegalLink, tenant: ResolvedTenant | undefined): HTMLElement {
  const container = document.createElement('div');
  const labels: Record<LegalLink, () => string> = {
    imprint: () => msg('Zum Impressum der Kommune'),
    privacy: () => msg('Zur Datenschutzerklärung der Kommune'),
    accessibility: () => msg('Zur Erklärung zur Barrierefreiheit der Kommune'),
  };
  render(
    html`<p>${msg('Dieser Text wird von Ihrer Kommune veröffentlicht.')}</p>
      ${tenant ? html`<p><a href=${tenant.links[kind]}>${labels[kind]()}</a></p>` : ''}`,
    container,
  );
  return container;
}
