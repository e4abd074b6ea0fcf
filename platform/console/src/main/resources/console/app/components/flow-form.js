import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { schemaForm, fieldPaths } from './schema-form.js';
import { fieldId, selectField, textField } from './flow-fields.js';
import { operationPicker } from './operation-picker.js';
import { destinationsEditor, stepsEditor } from './flow-steps.js';

/** The flow's settings with readable titles; the bounds and defaults are those of flow.schema.json. */
const SETTINGS = {
  type: 'object',
  properties: {
    pageSize: { title: 'Page size', description: 'Records per source page (1–10,000).', type: 'integer', minimum: 1, maximum: 10000, default: 500 },
    concurrency: { title: 'Concurrency', description: 'Pages transformed at once (1–16).', type: 'integer', minimum: 1, maximum: 16, default: 1 },
    overlap: { title: 'Overlap', description: 'What a trigger does while the flow runs: skip, or queue a run.', enum: ['skip', 'queue'], default: 'skip' },
    retry: {
      title: 'Retry',
      description: 'How retryable failures are tried again inside a run.',
      type: 'object',
      properties: {
        attempts: { title: 'Attempts', description: 'Tries in all, the first included (1–10).', type: 'integer', minimum: 1, maximum: 10, default: 3 },
        backoffMillis: { title: 'Backoff (ms)', description: 'Wait before the second try.', type: 'integer', minimum: 0, default: 500 },
        multiplier: { title: 'Backoff multiplier', description: 'Each further wait is this many times the previous one.', type: 'number', minimum: 1, maximum: 10, default: 2 },
        maxBackoffMillis: { title: 'Longest backoff (ms)', type: 'integer', minimum: 0, default: 30000 },
      },
    },
  },
};

const TRIGGERS = [['manual', 'manual (run by hand)'], ['schedule', 'schedule (cron)'], ['webhook', 'webhook (POST /hooks/…)']];

/**
 * Every section of a flow definition as form fields bound to `definition`: basics, trigger, source, steps,
 * destinations, settings, alerts. `onTriggerType(type)` switches the trigger (the screen keeps what the other
 * types had); `hookUrl` is the saved webhook URL.
 */
export function flowForm(form, definition, { hookUrl, onTriggerType }) {
  const webhook = (definition.trigger || {}).type === 'webhook';
  return html`<div class="flow-form">
    <fieldset><legend>Flow</legend>
      ${textField(form, { owner: definition, key: 'name', path: 'name', label: 'Name', required: true, help: 'Unique in the workspace.' })}
      ${description(form, definition)}
      <div class="field">
        <label class="check" for="flow-enabled"><input id="flow-enabled" type="checkbox" disabled .checked=${live(Boolean(definition.enabled))}> Enabled</label>
        <p class="help">Whether its trigger is live; enable or disable it in the <a href="/console/flows">flow list</a>.</p>
        ${form.messages('enabled')}
      </div>
    </fieldset>
    ${triggerSection(form, definition, hookUrl, onTriggerType)}
    ${webhook ? form.messages('source') : sourceSection(form, definition)}
    <fieldset class="flow-steps"><legend>Steps</legend>
      <p class="help">Run in order on each record.</p>
      ${stepsEditor(form, { owner: definition, path: 'steps' })}
    </fieldset>
    <fieldset class="flow-destinations"><legend>Destinations</legend>
      ${endsWithBranch(definition) ? html`<p class="help">The last step is a branch: its routes have the destinations, so leave these empty.</p>` : nothing}
      ${destinationsEditor(form, { owner: definition, path: 'destinations' })}
    </fieldset>
    ${settingsSection(form, definition)}
    ${alertsSection(form, definition)}
  </div>`;
}

const endsWithBranch = (definition) => {
  const steps = definition.steps || [];
  return steps.length > 0 && steps[steps.length - 1].type === 'branch';
};

function description(form, definition) {
  return html`<div class="field" data-field="description">
    <label for="flow-description">Description</label>
    <textarea id="flow-description" name="description" rows="2" ?readonly=${form.readOnly}
      aria-invalid=${form.invalid('description')} .value=${live(definition.description || '')}
      @input=${(event) => form.assign(definition, 'description', event.target.value)}></textarea>
    ${form.messages('description')}
  </div>`;
}

function triggerSection(form, definition, hookUrl, onTriggerType) {
  const trigger = definition.trigger || { type: 'manual' };
  return html`<fieldset class="flow-trigger"><legend>Trigger</legend>
    ${selectField(form, { owner: trigger, key: 'type', path: 'trigger.type', label: 'Trigger type', options: TRIGGERS, set: onTriggerType })}
    ${trigger.type === 'schedule' ? textField(form, {
      owner: trigger, key: 'cron', path: 'trigger.cron', label: 'Cron', required: true, placeholder: '0 */5 * * * ?',
      help: 'A Quartz cron with seconds (6 or 7 fields) or a Unix cron (5 fields); it fires while the flow is enabled.',
    }) : nothing}
    ${trigger.type === 'webhook' ? webhookFields(form, trigger, hookUrl) : nothing}
    ${form.messages('trigger')}
  </fieldset>`;
}

function webhookFields(form, trigger, hookUrl) {
  return html`
    <p class="help">${hookUrl ? html`Calls to <code class="hook-url">${hookUrl}</code> bring its records.`
      : 'Its URL is made when the flow is saved.'}</p>
    ${trigger.connection ? nothing : textField(form, {
      owner: trigger, key: 'keyField', path: 'trigger.keyField', label: 'Record key', code: true, placeholder: 'id',
      help: 'JSONata over a received object for its key (default id; a random UUID when it gives nothing).',
    })}
    <fieldset class="nested"><legend>Listener (optional)</legend>
      <p class="help">A connector's listener operation can check each call (e.g. its signature) and turn it into records.</p>
      ${operationPicker(form, {
        owner: trigger, path: 'trigger', kind: 'listener', optional: true, label: 'Listener connection',
        onPick: (connectionId) => {
          // a listener decides the keys itself; the schema forbids keyField next to a connection
          if (connectionId) {
            delete trigger.keyField;
          }
        },
      })}
    </fieldset>`;
}

function sourceSection(form, definition) {
  const source = definition.source || (definition.source = { config: {} });
  const operation = source.connection && source.operation ? form.catalog.operation(source.connection, source.operation) : null;
  const deltaText = operation && !operation.delta ? 'delta (not offered by this operation)' : 'delta (what changed since the last run)';
  return html`<fieldset class="flow-source"><legend>Source</legend>
    ${operationPicker(form, { owner: source, path: 'source', kind: 'source' })}
    ${selectField(form, { owner: source, key: 'sync', path: 'source.sync', label: 'Sync', fallback: 'default (full)',
      options: [['full', 'full (everything each run)'], ['delta', deltaText]] })}
    ${form.messages('source')}
  </fieldset>`;
}

function settingsSection(form, definition) {
  form.shown.push('settings', ...fieldPaths(SETTINGS, 'settings'));
  return html`<fieldset class="flow-settings"><legend>Settings</legend>
    ${schemaForm({
      schema: SETTINGS, value: definition.settings || {}, path: 'settings', error: form.error, readOnly: form.readOnly,
      onChange: (value) => form.assign(definition, 'settings', value),
    })}
    ${form.messages('settings')}
  </fieldset>`;
}

function alertsSection(form, definition) {
  const subscribers = (definition.alerts && definition.alerts.subscribers) || [];
  const id = fieldId('alerts.subscribers');
  const set = (text) => {
    definition.alerts = { ...(definition.alerts || {}), subscribers: text.split(/[\s,;]+/).filter(Boolean) };
    form.changed();
  };
  const itemPaths = subscribers.map((_, index) => `alerts.subscribers[${index}]`);
  return html`<fieldset class="flow-alerts"><legend>Alerts</legend>
    <div class="field" data-field="alerts.subscribers">
      <label for=${id}>Alert subscribers</label>
      <textarea id=${id} name="alerts.subscribers" rows="2" ?readonly=${form.readOnly}
        aria-invalid=${[form.invalid('alerts.subscribers'), ...itemPaths.map((path) => form.invalid(path))].includes('true') ? 'true' : 'false'}
        .value=${live(subscribers.join('\n'))} @change=${(event) => set(event.target.value)}></textarea>
      <p class="help">E-mail addresses, one a line, that get digests of new and auto-resolved errors.</p>
      ${form.messages('alerts.subscribers')}
      ${itemPaths.map((path) => form.messages(path))}
      ${form.messages('alerts')}
    </div>
  </fieldset>`;
}
