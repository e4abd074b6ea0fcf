import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { fieldMessages, invalid } from './problem.js';

/** What the API sends back instead of a stored secret; sending it back keeps the secret. */
export const MASK = '********';

let formNumber = 0;

/**
 * A form made from a JSON Schema (a connector's connection or operation config, an integration's settings).
 * Every input is named by its field path (`config.auth.token`), the path the API's 422 answers use, so the API's
 * messages appear under the fields they name. `writeOnly` fields are password inputs: a stored secret shows as
 * kept and is sent back masked unless the user types a new one. An empty optional field is left out, so the
 * schema's default applies.
 *
 * @param options.schema the object schema
 * @param options.value the current value (an object)
 * @param options.onChange called with the whole new value
 * @param options.path the field path of the value in the request body, e.g. `config` or `settings`
 * @param options.error the last ApiError, for field messages
 * @param options.readOnly show the values without inputs that change them
 */
export function schemaForm({ schema, value, onChange, path = '', error = null, readOnly = false }) {
  const id = `sf${++formNumber}`;
  return html`<div class="schema-form">${objectFields(schema || {}, value || {}, (next) => onChange(next), path, error, readOnly, id)}</div>`;
}

function objectFields(schema, value, change, path, error, readOnly, id) {
  const properties = schema.properties || {};
  const required = new Set(schema.required || []);
  const names = Object.keys(properties);
  if (!names.length) {
    return jsonField({ title: 'Value', ...schema }, value, change, path, error, readOnly, id, false);
  }
  return names.map((name) => {
    const child = properties[name] || {};
    const childPath = path ? `${path}.${name}` : name;
    const set = (next) => {
      const copy = { ...(value || {}) };
      if (next === undefined) {
        delete copy[name];
      } else {
        copy[name] = next;
      }
      change(copy);
    };
    return field(child, value ? value[name] : undefined, set, childPath, error, readOnly, `${id}-${name}`, required.has(name), name);
  });
}

function field(schema, value, set, path, error, readOnly, id, required, name) {
  const type = typeOf(schema);
  if (type === 'object' && schema.properties) {
    return html`<fieldset class="nested" data-field=${path}>
      <legend>${schema.title || name}${required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}</legend>
      ${schema.description ? html`<p class="help">${schema.description}</p>` : nothing}
      ${objectFields(schema, value || {}, (next) => set(Object.keys(next).length ? next : undefined), path, error, readOnly, id)}
      ${fieldMessages(error, path)}
    </fieldset>`;
  }
  if (type === 'object' && schema.additionalProperties && typeof schema.additionalProperties === 'object'
      && typeOf(schema.additionalProperties) === 'string') {
    return mapField(schema, value, set, path, error, readOnly, id, required, name);
  }
  if (type === 'object' || type === 'array' || type === null) {
    return jsonField(schema, value, set, path, error, readOnly, id, required, name);
  }
  return html`<div class="field" data-field=${path}>
    ${type === 'boolean'
      ? html`<label class="check" for=${id}><input id=${id} name=${path} type="checkbox" ?disabled=${readOnly}
          .checked=${live(value === undefined ? Boolean(schema.default) : Boolean(value))}
          @change=${(event) => set(event.target.checked)}> ${schema.title || name}</label>`
      : html`<label for=${id}>${schema.title || name}${required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}</label>
        ${input(schema, type, value, set, path, error, readOnly, id, required)}`}
    ${schema.description ? html`<p class="help" id=${`${id}-help`}>${schema.description}</p>` : nothing}
    ${fieldMessages(error, path)}
  </div>`;
}

function input(schema, type, value, set, path, error, readOnly, id, required) {
  const common = { id, name: path, invalid: invalid(error, path) ? 'true' : 'false' };
  if (Array.isArray(schema.enum)) {
    return html`<select id=${common.id} name=${common.name} aria-invalid=${common.invalid} ?disabled=${readOnly}
        aria-describedby=${`${id}-help`}
        @change=${(event) => set(event.target.value === '' ? undefined : parseEnum(schema.enum, event.target.value))}>
      ${required && value !== undefined ? nothing : html`<option value="" ?selected=${value === undefined}>${schema.default !== undefined ? `default (${schema.default})` : '—'}</option>`}
      ${schema.enum.map((option) => html`<option value=${String(option)} ?selected=${String(value) === String(option)}>${String(option)}</option>`)}
    </select>`;
  }
  if (schema.writeOnly) {
    const stored = value === MASK;
    return html`<input id=${common.id} name=${common.name} type="password" autocomplete="new-password"
        aria-invalid=${common.invalid} ?disabled=${readOnly} aria-describedby=${`${id}-help`}
        placeholder=${stored ? 'stored — type to replace' : ''} .value=${live(stored ? '' : value || '')}
        @input=${(event) => set(event.target.value === '' ? (stored ? MASK : undefined) : event.target.value)}>
      ${stored ? html`<span class="kept">A secret is stored and kept unless you type a new one.</span>` : nothing}`;
  }
  if (type === 'integer' || type === 'number') {
    return html`<input id=${common.id} name=${common.name} type="number" step=${type === 'integer' ? '1' : 'any'}
        aria-invalid=${common.invalid} ?disabled=${readOnly} aria-describedby=${`${id}-help`}
        placeholder=${schema.default !== undefined ? String(schema.default) : ''}
        .value=${live(value === undefined || value === null ? '' : String(value))}
        @input=${(event) => set(event.target.value === '' ? undefined : Number(event.target.value))}>`;
  }
  const long = schema.format === 'jsonata' || (schema.maxLength || 0) > 500
    || (typeof value === 'string' && (value.length > 80 || value.includes('\n')))
    || (typeof schema.default === 'string' && schema.default.length > 80);
  const placeholder = schema.default !== undefined ? String(schema.default) : '';
  return long
    ? html`<textarea id=${common.id} name=${common.name} rows="4" spellcheck="false" aria-invalid=${common.invalid}
        ?disabled=${readOnly} aria-describedby=${`${id}-help`} placeholder=${placeholder}
        .value=${live(value ?? '')} @input=${(event) => set(event.target.value === '' ? undefined : event.target.value)}></textarea>`
    : html`<input id=${common.id} name=${common.name} type=${schema.format === 'email' ? 'email' : 'text'}
        aria-invalid=${common.invalid} ?disabled=${readOnly} aria-describedby=${`${id}-help`} placeholder=${placeholder}
        .value=${live(value ?? '')} @input=${(event) => set(event.target.value === '' ? undefined : event.target.value)}>`;
}

/** An object of string values (headers, query parameters): one row per entry. */
function mapField(schema, value, set, path, error, readOnly, id, required, name) {
  const entries = Object.entries(value || {});
  const write = (next) => set(next.length ? Object.fromEntries(next) : undefined);
  return html`<fieldset class="nested map" data-field=${path}>
    <legend>${schema.title || name}${required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}</legend>
    ${schema.description ? html`<p class="help">${schema.description}</p>` : nothing}
    ${entries.map(([key, entry], index) => html`<div class="map-row">
      <label>Name <input .value=${live(key)} ?disabled=${readOnly}
        @change=${(event) => write(entries.map((pair, at) => (at === index ? [event.target.value, pair[1]] : pair)))}></label>
      <label>Value <input .value=${live(entry)} ?disabled=${readOnly} name=${`${path}.${key}`}
        @input=${(event) => write(entries.map((pair, at) => (at === index ? [pair[0], event.target.value] : pair)))}></label>
      ${readOnly ? nothing : html`<button type="button" class="small" @click=${() => write(entries.filter((_, at) => at !== index))}>Remove</button>`}
    </div>`)}
    ${readOnly ? nothing : html`<button type="button" class="small" @click=${() => write([...entries, [`name${entries.length + 1}`, '']])}>Add ${schema.title ? schema.title.toLowerCase() : 'entry'}</button>`}
    ${fieldMessages(error, path)}
  </fieldset>`;
}

/** Anything the form has no inputs for (arrays, free objects) as JSON text, checked as it is typed. */
function jsonField(schema, value, set, path, error, readOnly, id, required, name) {
  const text = value === undefined ? '' : JSON.stringify(value, null, 2);
  return html`<div class="field" data-field=${path}>
    <label for=${id}>${schema.title || name || 'Value'} <span class="muted">(JSON)</span>${required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}</label>
    <textarea id=${id} name=${path} class="code" rows="4" spellcheck="false" ?disabled=${readOnly}
      aria-invalid=${invalid(error, path) ? 'true' : 'false'} .value=${live(text)}
      placeholder=${schema.default !== undefined ? JSON.stringify(schema.default) : ''}
      @change=${(event) => {
        const raw = event.target.value.trim();
        if (raw === '') {
          event.target.setCustomValidity('');
          set(undefined);
          return;
        }
        try {
          const parsed = JSON.parse(raw);
          event.target.setCustomValidity('');
          set(parsed);
        } catch (failure) {
          event.target.setCustomValidity(`Not JSON: ${failure.message}`);
          event.target.reportValidity();
        }
      }}></textarea>
    ${schema.description ? html`<p class="help">${schema.description}</p>` : nothing}
    ${fieldMessages(error, path)}
  </div>`;
}

function typeOf(schema) {
  if (Array.isArray(schema.type)) {
    return schema.type.find((type) => type !== 'null') || null;
  }
  if (schema.type) {
    return schema.type;
  }
  if (Array.isArray(schema.enum)) {
    return 'string';
  }
  if (schema.properties) {
    return 'object';
  }
  return null;
}

function parseEnum(options, text) {
  return options.find((option) => String(option) === text) ?? text;
}

/** The paths of every field the form shows, so a problem banner lists only the other messages. */
export function fieldPaths(schema, path = '') {
  const paths = [];
  for (const [name, child] of Object.entries((schema && schema.properties) || {})) {
    const childPath = path ? `${path}.${name}` : name;
    paths.push(childPath);
    if (child && child.properties) {
      paths.push(...fieldPaths(child, childPath));
    }
  }
  return paths;
}
