/** The sign-in form: user name and password with the autocomplete hints password managers need, or the organisation's sign-in. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { AuthOptions } from '../../src/contract/advisor.ts';
import { errorSummary, type FieldError } from '../ui/error-summary.ts';

export interface SignInState {
  username: string;
  password: string;
  errors: FieldError[];
  notice: string;
  busy: boolean;
}

export function signInForm(
  state: SignInState,
  options: AuthOptions,
  host: { shadowRoot: ShadowRoot | null },
  on: { submit: () => void; input: () => void; oidcUrl: string },
): TemplateResult {
  const error = (id: string) => state.errors.find((e) => e.fieldId === id)?.message;
  const field = (id: string, name: string, label: string, type: string, autocomplete: string) => html`<div class="field ${error(id) ? 'has-error' : ''}">
    <label for=${id}>${label}</label>
    ${error(id) ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Fehler:')}</span> ${error(id)}</p>` : nothing}
    <input id=${id} name=${name} type=${type} autocomplete=${autocomplete} required
      aria-invalid=${error(id) ? 'true' : 'false'} aria-describedby=${error(id) ? `${id}-error` : nothing}
      .value=${id === 'username' ? state.username : state.password}
      @input=${(e: Event) => {
        const value = (e.target as HTMLInputElement).value;
        if (id === 'username') state.username = value;
        else state.password = value;
        on.input();
      }} />
  </div>`;
  return html`<section class="sign-in" aria-labelledby="view-heading">
    <h2 id="view-heading" tabindex="-1">${msg('Anmeldung für Beratungsstellen')}</h2>
    ${state.notice ? html`<p class="notice" role="status">${state.notice}</p>` : nothing}
    ${options.localLogin
      ? html`${errorSummary(state.errors, host)}
          <form method="post" novalidate @submit=${(e: Event) => {
            e.preventDefault();
            on.submit();
          }}>
            ${field('username', 'username', msg('Benutzername'), 'text', 'username')}
            ${field('password', 'password', msg('Passwort'), 'password', 'current-password')}
            <button class="button" type="submit" ?disabled=${state.busy}>${msg('Anmelden')}</button>
          </form>`
      : nothing}
    ${options.oidc ? html`<p><a class="button ${options.localLogin ? 'secondary' : ''}" href=${on.oidcUrl}>${msg('Mit dem Konto Ihrer Organisation anmelden')}</a></p>` : nothing}
    <p class="hint">${msg('Auf gemeinsam genutzten Rechnern: Melden Sie sich nach der Arbeit ab. Nach Untätigkeit melden wir Sie automatisch ab.')}</p>
  </section>`;
}
