import { html, nothing } from 'lit-html';
import { get, post, query } from '../api.js';
import { Remote, Screen } from '../screen.js';
import { show } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { badge, json, number, when } from '../components/format.js';
import { jsonEditor } from '../components/json-editor.js';
import { confirmAction } from '../components/dialog.js';

/**
 * One record that failed: where and why, and for an open error a retry (of the record as it is or as edited) and
 * a resolve. Every member may do both.
 */
export default class ErrorDetail extends Screen {
  constructor(context) {
    super(context);
    this.id = context.params.id;
    this.recordError = new Remote(this, async () => this.take(await get(`/errors/${encodeURIComponent(this.id)}`)));
    this.flowName = null;
    this.text = '';
    this.parseError = null;
    this.busy = false;
    this.outcome = null;
    this.failure = null;
  }

  get title() {
    const error = this.recordError.value;
    return error ? `Error of record ${error.recordKey ?? '(no key)'}` : 'Error';
  }

  async load() {
    const error = await this.recordError.reload();
    if (error) {
      // the name only makes the flow link readable; without it the id is shown
      this.flowName = await get(`/flows/${encodeURIComponent(error.flowId)}`).then((flow) => flow.name, () => null);
      this.update();
    }
  }

  /** Shows an error as the API has it now, with its record in the editor again. */
  take(error) {
    this.text = json(error.record);
    this.parseError = null;
    return error;
  }

  get edited() {
    try {
      return JSON.stringify(JSON.parse(this.text)) !== JSON.stringify(this.recordError.value.record);
    } catch {
      return true;
    }
  }

  editText(text, failure) {
    this.text = text;
    this.parseError = failure;
    if (!failure) {
      const value = JSON.parse(text);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        this.parseError = 'the record must be an object, in braces';
      }
    }
    this.update();
  }

  async retry() {
    const body = this.edited ? { record: JSON.parse(this.text) } : {};
    await this.actAndShow(async () => {
      const error = await post(`/errors/${encodeURIComponent(this.id)}/retry`, body);
      return error.status === 'open'
        ? `The retry failed again (attempt ${error.attempts}): ${error.message}`
        : 'The retry succeeded: the record went through and the error is resolved.';
    });
  }

  async resolve() {
    if (!(await confirmAction('Resolve this error without retrying? The record is not sent again.', { confirm: 'Resolve' }))) {
      return;
    }
    await this.actAndShow(async () => {
      await post(`/errors/${encodeURIComponent(this.id)}/resolve`);
      return 'Resolved.';
    });
  }

  /** Runs a retry or resolve; `work` gives the sentence that says how it went. */
  async actAndShow(work) {
    this.outcome = null;
    await this.act(async () => {
      this.outcome = await work();
    }, {
      errorField: 'failure',
      // the answer or a 409 (someone else resolved it): show the error as it is now
      after: () => this.recordError.reload({ quiet: true }),
    });
  }

  view() {
    return show(this.recordError, (error) => html`
      <p><a href=${`/console/errors${query({ flow: error.flowId })}`}>All errors of this flow</a></p>
      ${this.facts(error)}
      ${this.outcome ? html`<p class="notice" role="status" data-outcome=${error.status}>${this.outcome}</p>` : nothing}
      ${problemBanner(this.failure)}
      ${error.status === 'open' ? this.retryForm(error) : html`<h2>Record</h2><pre class="ops-record">${json(error.record)}</pre>`}`);
  }

  facts(error) {
    return html`<dl class="facts">
      <dt>Status</dt><dd>${badge(error.status)}</dd>
      <dt>Record key</dt><dd><code>${error.recordKey ?? '(no key)'}</code></dd>
      <dt>Flow</dt><dd><a href=${`/console/flows/${encodeURIComponent(error.flowId)}`}>${this.flowName || error.flowId}</a></dd>
      <dt>Run</dt><dd><a href=${`/console/runs/${encodeURIComponent(error.runId)}`}><code>${error.runId}</code></a></dd>
      <dt>Step</dt><dd><code>${error.step}</code></dd>
      <dt>Message</dt><dd class="ops-message">${error.message}</dd>
      <dt>Retryable</dt><dd>${error.retryable ? 'yes' : 'no'}</dd>
      <dt>Attempts</dt><dd>${number(error.attempts)}</dd>
      <dt>Created</dt><dd>${when(error.createdAt)}</dd>
      ${error.status === 'open' ? nothing : html`
        <dt>Resolved by</dt><dd>${resolver(error.resolvedBy)}</dd>
        <dt>Resolved</dt><dd>${when(error.resolvedAt)}</dd>`}
    </dl>`;
  }

  retryForm(error) {
    const edited = this.edited;
    return html`<div class="side-by-side">
      <section aria-labelledby="error-record">
        <h2 id="error-record">Record as it failed</h2>
        <pre class="ops-record">${json(error.record)}</pre>
      </section>
      <section aria-labelledby="error-retry">
        <h2 id="error-retry">Retry</h2>
        ${jsonEditor({ id: 'error-record-edit', label: 'Record to send', text: this.text, rows: 14,
          parseError: this.parseError, onText: (text, failure) => this.editText(text, failure) })}
        <p class="help">${edited ? 'Retry sends the edited record and keeps it as this error’s record.'
          : error.retryable ? 'Retry sends the record as it is; edit it first to fix what the destination refused.'
            : 'Edit the record to fix what the destination refused, then retry.'}</p>
        <div class="actions">
          <button type="button" class="primary" ?disabled=${this.busy || Boolean(this.parseError)}
            @click=${() => this.retry()}>Retry</button>
          ${edited ? html`<button type="button" ?disabled=${this.busy} @click=${() => { this.take(error); this.update(); }}>Undo edits</button>` : nothing}
          <button type="button" ?disabled=${this.busy} @click=${() => this.resolve()}>Resolve</button>
          ${this.busy ? html`<span class="muted" role="status">Working…</span>` : nothing}
        </div>
      </section>
    </div>`;
  }
}

/** A user name, or the run whose success resolved it by itself (`run:<id>`). */
function resolver(resolvedBy) {
  if (!resolvedBy) {
    return html`<span class="muted">—</span>`;
  }
  if (resolvedBy.startsWith('run:')) {
    const runId = resolvedBy.slice(4);
    return html`run <a href=${`/console/runs/${encodeURIComponent(runId)}`}><code>${runId}</code></a>`;
  }
  return resolvedBy;
}
