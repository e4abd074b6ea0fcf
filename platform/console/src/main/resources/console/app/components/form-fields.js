import { html, nothing } from 'lit-html';
import { ifDefined } from 'lit-html/directives/if-defined.js';
import { fieldMessages, invalid } from './problem.js';

// Labelled inputs for forms that are read with FormData on submit. Each input's `name` is the API's field path, so
// a 422 marks it and shows its messages under it. Required fields get an asterisk but no `required` attribute: the
// API checks them and says what is wrong, the same way for the console and every other client.

const star = (required) => (required ? html`<span class="required" aria-hidden="true">*</span>` : nothing);

const helpText = (id, help) => (help ? html`<p class="help" id=${`${id}-help`}>${help}</p>` : nothing);

/** A text, email, password, date… input; `value` is only its initial value. */
export function textField({ id, label, name, value = '', type = 'text', error = null, required = false, autocomplete, help }) {
  return html`<div class="field">
    <label for=${id}>${label}${star(required)}</label>
    <input id=${id} name=${name} type=${type} .value=${value ?? ''} autocomplete=${ifDefined(autocomplete)}
      aria-required=${required ? 'true' : 'false'} aria-invalid=${invalid(error, name) ? 'true' : 'false'}
      aria-describedby=${ifDefined(help ? `${id}-help` : undefined)}>
    ${helpText(id, help)}
    ${fieldMessages(error, name)}
  </div>`;
}

/** A select of `options` (`[[value, text], …]`) with `value` chosen first. */
export function selectField({ id, label, name, options, value, error = null, required = false, help }) {
  return html`<div class="field">
    <label for=${id}>${label}${star(required)}</label>
    <select id=${id} name=${name} aria-invalid=${invalid(error, name) ? 'true' : 'false'}
      aria-describedby=${ifDefined(help ? `${id}-help` : undefined)}>
      ${options.map(([option, text]) => html`<option value=${option} ?selected=${option === value}>${text}</option>`)}
    </select>
    ${helpText(id, help)}
    ${fieldMessages(error, name)}
  </div>`;
}

/** A checkbox; FormData has its name only when it is checked. */
export function checkField({ id, label, name, checked = false, error = null, help }) {
  return html`<div class="field">
    <label class="check" for=${id}><input id=${id} name=${name} type="checkbox" ?checked=${checked}
      aria-invalid=${invalid(error, name) ? 'true' : 'false'}
      aria-describedby=${ifDefined(help ? `${id}-help` : undefined)}> ${label}</label>
    ${helpText(id, help)}
    ${fieldMessages(error, name)}
  </div>`;
}

/** A multi-line text input. */
export function textareaField({ id, label, name, value = '', rows = 3, error = null, help }) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <textarea id=${id} name=${name} rows=${rows} .value=${value ?? ''}
      aria-invalid=${invalid(error, name) ? 'true' : 'false'}
      aria-describedby=${ifDefined(help ? `${id}-help` : undefined)}></textarea>
    ${helpText(id, help)}
    ${fieldMessages(error, name)}
  </div>`;
}

/** The trimmed text of a FormData entry, or undefined when it is empty (the API then leaves it out). */
export function formText(form, name) {
  const value = (form.get(name) || '').toString().trim();
  return value === '' ? undefined : value;
}
