import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { fieldMessages, invalid } from './problem.js';

/** An input's id from its field path: `steps[1].routes[0].name` becomes `flow-steps-1-routes-0-name`. */
export const fieldId = (path) => `flow-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;

/**
 * What every part of the flow form shares: the connections (`catalog`), the last ApiError, whether it is
 * read-only, and `changed()` to call after an edit. Each field the form renders is recorded in `shown`, so the
 * problem banner lists only the API's messages that no field shows.
 */
export class FlowForm {
  constructor({ catalog, error, readOnly, changed }) {
    this.catalog = catalog;
    this.error = error;
    this.readOnly = readOnly;
    this.changed = changed;
    this.shown = [];
  }

  /** Records that the form shows this path and gives its messages. */
  messages(path) {
    this.shown.push(path);
    return fieldMessages(this.error, path);
  }

  invalid(path) {
    return invalid(this.error, path) ? 'true' : 'false';
  }

  /** Sets `owner[key]`; an empty value removes the key, so the engine's default applies. */
  assign(owner, key, value) {
    if (value === undefined || value === '') {
      delete owner[key];
    } else {
      owner[key] = value;
    }
    this.changed();
  }
}

/** A text input (or a code textarea for expressions) bound to `owner[key]`. */
export function textField(form, { owner, key, path, label, help = '', code = false, required = false, placeholder = '' }) {
  const id = fieldId(path);
  const value = owner[key] ?? '';
  const change = (event) => form.assign(owner, key, event.target.value);
  return html`<div class="field" data-field=${path}>
    <label for=${id}>${label}${required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}</label>
    ${code
      ? html`<textarea id=${id} name=${path} class="code expression" rows="2" spellcheck="false" ?readonly=${form.readOnly}
          placeholder=${placeholder} aria-invalid=${form.invalid(path)} .value=${live(value)} @input=${change}></textarea>`
      : html`<input id=${id} name=${path} ?readonly=${form.readOnly} placeholder=${placeholder}
          aria-invalid=${form.invalid(path)} .value=${live(value)} @input=${change}>`}
    ${help ? html`<p class="help">${help}</p>` : nothing}
    ${form.messages(path)}
  </div>`;
}

/**
 * A select bound to `owner[key]`; `options` are `[value, text]` pairs. With `fallback` an empty choice stands
 * for "leave it out" (the engine's default). `set` replaces the plain assignment when a choice changes more.
 */
export function selectField(form, { owner, key, path, label, options, fallback = null, help = '', set = null }) {
  const id = fieldId(path);
  const value = owner[key] ?? '';
  const known = options.some(([option]) => option === value);
  return html`<div class="field" data-field=${path}>
    <label for=${id}>${label}</label>
    <select id=${id} name=${path} ?disabled=${form.readOnly} aria-invalid=${form.invalid(path)}
      @change=${(event) => (set ? set(event.target.value) : form.assign(owner, key, event.target.value))}>
      ${fallback !== null ? html`<option value="" ?selected=${value === ''}>${fallback}</option>` : nothing}
      ${!known && value !== '' ? html`<option value=${value} selected>${value}</option>` : nothing}
      ${options.map(([option, text]) => html`<option value=${option} ?selected=${option === value}>${text}</option>`)}
    </select>
    ${help ? html`<p class="help">${help}</p>` : nothing}
    ${form.messages(path)}
  </div>`;
}

export function checkField(form, { owner, key, path, label, help = '' }) {
  const id = fieldId(path);
  return html`<div class="field" data-field=${path}>
    <label class="check" for=${id}><input id=${id} name=${path} type="checkbox" ?disabled=${form.readOnly}
      .checked=${live(Boolean(owner[key]))} @change=${(event) => form.assign(owner, key, event.target.checked || undefined)}>
      ${label}</label>
    ${help ? html`<p class="help">${help}</p>` : nothing}
    ${form.messages(path)}
  </div>`;
}

/** "Move up", "Move down" and "Remove" for one item of an ordered list (steps, routes, destinations). */
export function itemActions(form, list, index, noun) {
  if (form.readOnly) {
    return nothing;
  }
  const move = (delta) => {
    const [item] = list.splice(index, 1);
    list.splice(index + delta, 0, item);
    form.changed();
  };
  return html`<div class="item-actions">
    <button type="button" class="small" ?disabled=${index === 0} @click=${() => move(-1)}>Move up</button>
    <button type="button" class="small" ?disabled=${index === list.length - 1} @click=${() => move(1)}>Move down</button>
    <button type="button" class="small danger" @click=${() => {
      list.splice(index, 1);
      form.changed();
    }}>Remove ${noun}</button>
  </div>`;
}

/** `type-n` with the first n no sibling has, as the engine names unnamed items. */
export function freshName(list, type) {
  const names = new Set(list.map((item) => item.name));
  let number = 1;
  while (names.has(`${type}-${number}`)) {
    number++;
  }
  return `${type}-${number}`;
}
