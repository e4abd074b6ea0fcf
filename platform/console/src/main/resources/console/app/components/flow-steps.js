import { html, nothing } from 'lit-html';
import { checkField, freshName, itemActions, selectField, textField } from './flow-fields.js';
import { operationPicker } from './operation-picker.js';

const NAME_HELP = 'Letters, digits, . _ -; names the step in run records and errors.';

/**
 * The ordered steps of a flow or of a route (`owner.steps`, at field path `path`): each step's own fields, a
 * branch with its routes (each with its own steps and destinations, recursively), and buttons to add steps.
 */
export function stepsEditor(form, { owner, path }) {
  const steps = owner.steps || [];
  const endsWithBranch = steps.length > 0 && steps[steps.length - 1].type === 'branch';
  const add = (type) => {
    const list = owner.steps || [];
    const step = newStep(type, freshName(list, type));
    // a branch stays the last step: what comes after it belongs in its routes
    list.splice(endsWithBranch ? list.length - 1 : list.length, 0, step);
    owner.steps = list;
    form.changed();
  };
  return html`
    ${form.messages(path)}
    ${steps.length ? html`<ol class="flow-items">${steps.map((step, index) => html`<li>${stepFields(form, steps, index, `${path}[${index}]`)}</li>`)}</ol>`
      : html`<p class="muted small">No steps: records go to the destinations as read.</p>`}
    ${form.readOnly ? nothing : html`<div class="actions">
      ${['map', 'filter', 'lookup'].map((type) => html`<button type="button" class="small" @click=${() => add(type)}>Add ${type} step</button>`)}
      ${endsWithBranch ? nothing : html`<button type="button" class="small" @click=${() => add('branch')}>Add branch step</button>`}
    </div>`}`;
}

function newStep(type, name) {
  switch (type) {
    case 'branch':
      return { type, name, mode: 'first', routes: [{ name: 'route-1', steps: [], destinations: [] }] };
    case 'lookup':
      return { type, name, per: 'record', config: {} };
    default:
      return { type, name };
  }
}

function stepFields(form, steps, index, path) {
  const step = steps[index];
  return html`<fieldset class="flow-item step step-${step.type}" data-path=${path}>
    <legend>Step ${index + 1}: ${step.type}${step.name ? ` ${step.name}` : ''}</legend>
    ${itemActions(form, steps, index, 'step')}
    ${textField(form, { owner: step, key: 'name', path: `${path}.name`, label: 'Name', help: NAME_HELP })}
    ${typeFields(form, step, path)}
    ${form.messages(path)}
    ${form.messages(`${path}.type`)}
  </fieldset>`;
}

function typeFields(form, step, path) {
  switch (step.type) {
    case 'map':
      return html`
        ${textField(form, { owner: step, key: 'expression', path: `${path}.expression`, label: 'Expression', code: true, required: true,
          help: 'JSONata over the record; its result (an object) becomes the record.', placeholder: '{ "id": id, "total": qty * price }' })}
        ${textField(form, { owner: step, key: 'key', path: `${path}.key`, label: 'Record key', code: true,
          help: 'JSONata over the new record for its key; empty keeps the key.' })}`;
    case 'filter':
      return textField(form, { owner: step, key: 'condition', path: `${path}.condition`, label: 'Condition', code: true, required: true,
        help: 'JSONata; records for which it is not true are ignored.', placeholder: 'total > 100' });
    case 'lookup':
      return lookupFields(form, step, path);
    case 'branch':
      return branchFields(form, step, path);
    default:
      return html`<p class="muted">A ${step.type} step: edit it in the JSON tab.</p>`;
  }
}

function lookupFields(form, step, path) {
  const perPage = step.per === 'page';
  const setPer = (per) => {
    step.per = per;
    // the schema allows match only per page, and needs it there
    if (per === 'page') {
      step.match = step.match || {};
    } else {
      delete step.match;
    }
    form.changed();
  };
  if (perPage && !step.match) {
    step.match = {};
  }
  const match = step.match || {};
  return html`
    ${operationPicker(form, { owner: step, path, kind: 'source' })}
    ${textField(form, { owner: step, key: 'params', path: `${path}.params`, label: 'Params', code: true,
      help: 'JSONata giving an object merged into the config: per record over the record, per page over { records: [...] }.' })}
    <div class="picker-row">
      ${selectField(form, { owner: step, key: 'per', path: `${path}.per`, label: 'Read per', set: setPer,
        options: [['record', 'record (one read per record)'], ['page', 'page (one read per page)']] })}
      ${textField(form, { owner: step, key: 'as', path: `${path}.as`, label: 'As', required: true, help: 'The field that receives the results.' })}
    </div>
    ${checkField(form, { owner: step, key: 'single', path: `${path}.single`, label: 'Single result', help: 'The first match (or null) instead of an array.' })}
    ${perPage ? html`<div class="picker-row">
      ${textField(form, { owner: match, key: 'record', path: `${path}.match.record`, label: 'Match record', code: true, help: 'JSONata over the record.' })}
      ${textField(form, { owner: match, key: 'lookup', path: `${path}.match.lookup`, label: 'Match lookup', code: true, help: 'JSONata over a result; equal values match.' })}
    </div>${form.messages(`${path}.match`)}` : nothing}`;
}

function branchFields(form, step, path) {
  const routes = step.routes || [];
  const add = () => {
    step.routes = [...routes, { name: freshName(routes, 'route'), steps: [], destinations: [] }];
    form.changed();
  };
  return html`
    ${selectField(form, { owner: step, key: 'mode', path: `${path}.mode`, label: 'Mode',
      options: [['first', 'first (the first matching route)'], ['all', 'all (every matching route)']] })}
    <p class="help">A branch is the last step; its routes' destinations replace the flow's.</p>
    ${form.messages(`${path}.routes`)}
    <ol class="flow-items">${routes.map((route, index) => html`<li>${routeFields(form, routes, index, `${path}.routes[${index}]`)}</li>`)}</ol>
    ${form.readOnly ? nothing : html`<div class="actions"><button type="button" class="small" @click=${add}>Add route</button></div>`}`;
}

function routeFields(form, routes, index, path) {
  const route = routes[index];
  return html`<fieldset class="flow-item route" data-path=${path}>
    <legend>Route ${index + 1}${route.name ? `: ${route.name}` : ''}</legend>
    ${itemActions(form, routes, index, 'route')}
    ${textField(form, { owner: route, key: 'name', path: `${path}.name`, label: 'Name' })}
    ${textField(form, { owner: route, key: 'condition', path: `${path}.condition`, label: 'Condition', code: true,
      help: 'JSONata; empty takes every record.' })}
    <h4>Steps of this route</h4>
    ${stepsEditor(form, { owner: route, path: `${path}.steps` })}
    <h4>Destinations of this route</h4>
    ${destinationsEditor(form, { owner: route, path: `${path}.destinations` })}
    ${form.messages(path)}
  </fieldset>`;
}

/** The destinations of a flow or route (`owner.destinations` at `path`). */
export function destinationsEditor(form, { owner, path }) {
  const destinations = owner.destinations || [];
  const add = () => {
    owner.destinations = [...destinations, { name: freshName(destinations, 'destination'), mode: 'upsert', config: {} }];
    form.changed();
  };
  return html`
    ${form.messages(path)}
    ${destinations.length ? html`<ol class="flow-items">${destinations.map((destination, index) => html`<li>
      ${destinationFields(form, destinations, index, `${path}[${index}]`)}</li>`)}</ol>` : nothing}
    ${form.readOnly ? nothing : html`<div class="actions"><button type="button" class="small" @click=${add}>Add destination</button></div>`}`;
}

function destinationFields(form, destinations, index, path) {
  const destination = destinations[index];
  const operation = destination.connection && destination.operation
    ? form.catalog.operation(destination.connection, destination.operation) : null;
  const modes = operation && operation.modes ? operation.modes : ['insert', 'update', 'upsert'];
  return html`<fieldset class="flow-item destination" data-path=${path}>
    <legend>Destination ${index + 1}${destination.name ? `: ${destination.name}` : ''}</legend>
    ${itemActions(form, destinations, index, 'destination')}
    ${textField(form, { owner: destination, key: 'name', path: `${path}.name`, label: 'Name', help: NAME_HELP })}
    ${operationPicker(form, { owner: destination, path, kind: 'destination' })}
    ${selectField(form, { owner: destination, key: 'mode', path: `${path}.mode`, label: 'Write mode',
      fallback: modes.includes('upsert') ? 'default (upsert)' : null,
      options: modes.map((mode) => [mode, mode]),
      help: operation && operation.modes ? `The operation allows ${operation.modes.join(', ')}.` : '' })}
    ${form.messages(path)}
  </fieldset>`;
}
