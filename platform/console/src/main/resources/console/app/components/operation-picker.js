import { html, nothing } from 'lit-html';
import { all, get, query } from '../api.js';
import { schemaForm, fieldPaths } from './schema-form.js';
import { fieldId, textField } from './flow-fields.js';

/**
 * The connections of a workspace with their connectors' descriptors, to offer the operations a flow can use.
 * A descriptor that cannot be read (e.g. its connector was uninstalled) is null: the picker then takes the
 * operation's name and config as typed.
 */
export async function loadCatalog(workspaceId) {
  const connections = await all(`/connections${query({ workspace: workspaceId, limit: 200 })}`);
  const descriptors = new Map();
  const refs = [...new Set(connections.map((connection) => connectorKey(connection.connector)))];
  await Promise.all(refs.map(async (ref) => {
    const [id, version] = ref.split('@');
    try {
      descriptors.set(ref, await get(`/connectors/${encodeURIComponent(id)}/${encodeURIComponent(version)}`));
    } catch {
      descriptors.set(ref, null);
    }
  }));
  return new Catalog(connections, descriptors);
}

const connectorKey = (connector) => `${connector.id}@${connector.version}`;

export class Catalog {
  constructor(connections = [], descriptors = new Map()) {
    this.connections = connections;
    this.descriptors = descriptors;
  }

  connection(id) {
    return this.connections.find((connection) => connection.id === id) || null;
  }

  descriptor(connectionId) {
    const connection = this.connection(connectionId);
    return connection ? this.descriptors.get(connectorKey(connection.connector)) || null : null;
  }

  /** The operations of a kind (source, destination, listener) the connection's connector has; null when unknown. */
  operations(connectionId, kind) {
    const descriptor = this.descriptor(connectionId);
    return descriptor ? (descriptor.operations || []).filter((operation) => operation.kind === kind) : null;
  }

  operation(connectionId, name) {
    const descriptor = this.descriptor(connectionId);
    return descriptor ? (descriptor.operations || []).find((operation) => operation.name === name) || null : null;
  }
}

/**
 * Connection, operation (of `kind`), connector version range and the operation's config, bound to `owner` (a
 * source, lookup step, destination or webhook trigger) at field path `path`. `optional` offers "none", which
 * removes the four fields; `label` names the connection select.
 */
export function operationPicker(form, { owner, path, kind, optional = false, onPick = null, label = 'Connection' }) {
  const operations = owner.connection ? form.catalog.operations(owner.connection, kind) : [];
  const operation = owner.connection && owner.operation ? form.catalog.operation(owner.connection, owner.operation) : null;
  return html`<div class="operation-picker">
    <div class="picker-row">
      ${connectionSelect(form, { owner, path, kind, optional, onPick, label })}
      ${owner.connection ? operationSelect(form, owner, path, operations) : nothing}
    </div>
    ${owner.connection ? configFields(form, owner, path, operation) : nothing}
    ${owner.connection ? textField(form, {
      owner, key: 'version', path: `${path}.version`, label: 'Connector version range',
      placeholder: 'default: this version up to the next major one', help: 'An OSGi range such as [1.0,2.0).',
    }) : nothing}
  </div>`;
}

function connectionSelect(form, { owner, path, kind, optional, onPick, label }) {
  const id = fieldId(`${path}.connection`);
  const known = !owner.connection || form.catalog.connection(owner.connection);
  const choose = (connectionId) => {
    const before = form.catalog.connection(owner.connection);
    const after = form.catalog.connection(connectionId);
    if (!connectionId) {
      ['connection', 'operation', 'version', 'config'].forEach((key) => delete owner[key]);
    } else {
      owner.connection = connectionId;
      // another connector has other operations and versions; keep them only for the same connector
      if (!before || !after || before.connector.id !== after.connector.id) {
        delete owner.operation;
        delete owner.version;
        owner.config = {};
        const offered = form.catalog.operations(connectionId, kind) || [];
        if (offered.length === 1) {
          owner.operation = offered[0].name;
        }
      }
    }
    if (onPick) {
      onPick(connectionId);
    }
    form.changed();
  };
  return html`<div class="field" data-field=${`${path}.connection`}>
    <label for=${id}>${label}</label>
    <select id=${id} name=${`${path}.connection`} ?disabled=${form.readOnly} aria-invalid=${form.invalid(`${path}.connection`)}
      @change=${(event) => choose(event.target.value)}>
      <option value="" ?selected=${!owner.connection}>${optional ? 'None' : 'Choose a connection'}</option>
      ${known ? nothing : html`<option value=${owner.connection} selected>${owner.connection} (not in this workspace)</option>`}
      ${form.catalog.connections.map((connection) => html`<option value=${connection.id} ?selected=${connection.id === owner.connection}>
        ${connection.name} (${connection.connector.id} ${connection.connector.version})</option>`)}
    </select>
    ${form.messages(`${path}.connection`)}
  </div>`;
}

function operationSelect(form, owner, path, operations) {
  const field = `${path}.operation`;
  const id = fieldId(field);
  if (operations === null) {
    return textField(form, { owner, key: 'operation', path: field, label: 'Operation', help: 'The connector\'s descriptor cannot be read; type the operation\'s name.' });
  }
  const choose = (name) => {
    if (name !== owner.operation) {
      owner.operation = name || undefined;
      owner.config = {};
      const chosen = operations.find((operation) => operation.name === name);
      if (chosen && chosen.modes && owner.mode && !chosen.modes.includes(owner.mode)) {
        owner.mode = chosen.modes[0];
      }
    }
    form.changed();
  };
  const known = !owner.operation || operations.some((operation) => operation.name === owner.operation);
  return html`<div class="field" data-field=${field}>
    <label for=${id}>Operation</label>
    <select id=${id} name=${field} ?disabled=${form.readOnly} aria-invalid=${form.invalid(field)}
      @change=${(event) => choose(event.target.value)}>
      <option value="" ?selected=${!owner.operation}>${operations.length ? 'Choose an operation' : 'This connector has none of this kind'}</option>
      ${known ? nothing : html`<option value=${owner.operation} selected>${owner.operation} (not offered)</option>`}
      ${operations.map((operation) => html`<option value=${operation.name} ?selected=${operation.name === owner.operation}>
        ${operation.title || operation.name} (${operation.name})</option>`)}
    </select>
    ${operationHelp(operations.find((operation) => operation.name === owner.operation))}
    ${form.messages(field)}
  </div>`;
}

const operationHelp = (operation) => (operation && operation.description ? html`<p class="help">${operation.description}</p>` : nothing);

/** The operation's config as a form of its schema; without a known schema, as JSON. */
function configFields(form, owner, path, operation) {
  const field = `${path}.config`;
  const schema = operation && operation.config ? operation.config : { type: 'object', title: 'Config' };
  form.shown.push(field, ...fieldPaths(schema, field));
  return html`<fieldset class="nested config" data-field=${field}>
    <legend>Operation config</legend>
    ${operation || !owner.operation ? nothing : html`<p class="help">The operation's schema is unknown: edit its config as JSON.</p>`}
    ${owner.operation ? schemaForm({
      schema, value: owner.config || {}, path: field, error: form.error, readOnly: form.readOnly,
      onChange: (value) => {
        owner.config = value;
        form.changed();
      },
    }) : html`<p class="help">Choose an operation to configure it.</p>`}
    ${form.messages(field)}
  </fieldset>`;
}
