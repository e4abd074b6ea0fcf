import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { post } from '../api.js';
import { jsonEditor } from './json-editor.js';
import { fieldMessages, invalid, problemBanner } from './problem.js';
import { badge, json } from './format.js';
import { startRun } from './flow-run.js';

/**
 * The preview of a saved flow: sample records (or the source's first ones) through every step, each step's
 * input and output side by side with its issues, and a test run. Writes nothing; the API runs the saved
 * definition, so unsaved edits are not in it.
 */
export class FlowPreview {
  constructor(screen, flowId) {
    this.screen = screen;
    this.flowId = flowId;
    this.sampleText = '';
    this.sampleError = null;
    this.sampleShape = null;
    this.limit = 10;
    this.result = null;
    this.error = null;
    this.busy = false;
    this.testRun = null;
    this.testError = null;
  }

  /** The sample as typed: undefined when empty (the preview then reads the source). */
  sample() {
    return this.sampleText.trim() ? JSON.parse(this.sampleText) : undefined;
  }

  async run() {
    this.busy = true;
    this.error = null;
    this.screen.update();
    try {
      const sample = this.sample();
      this.result = await post(`/flows/${encodeURIComponent(this.flowId)}/preview`,
        sample === undefined ? { limit: this.limit } : { sample, limit: this.limit });
    } catch (error) {
      this.error = error;
      this.result = null;
    } finally {
      this.busy = false;
      this.screen.update();
    }
  }

  async startTestRun() {
    this.testError = null;
    try {
      this.testRun = await startRun(this.flowId, 'test', this.limit);
    } catch (error) {
      this.testError = error;
    }
    this.screen.update();
  }

  setSample(text, parseError) {
    this.sampleText = text;
    this.sampleError = parseError;
    this.sampleShape = !parseError && text.trim() && !Array.isArray(JSON.parse(text))
      ? 'The sample is an array of records, e.g. [{"id": 1}].' : null;
    this.screen.update();
  }

  view({ webhook, dirty }) {
    return html`<section class="flow-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      ${dirty ? html`<p class="notice">The preview and test runs use the saved flow. Save to try your changes.</p>` : nothing}
      ${jsonEditor({
        id: 'preview-sample', label: 'Sample records (JSON array)', text: this.sampleText, rows: 6,
        parseError: this.sampleError, onText: (text, parseError) => this.setSample(text, parseError),
      })}
      <p class="help">${webhook ? 'A webhook flow has no source: give the records a call would bring.'
        : 'Leave it empty to read the first records of the source.'}</p>
      ${this.sampleShape ? html`<span class="field-error" role="alert">${this.sampleShape}</span>` : nothing}
      ${fieldMessages(this.error, 'sample')}
      <div class="field limit">
        <label for="preview-limit">Records to read</label>
        <input id="preview-limit" type="number" min="1" max="1000" .value=${live(String(this.limit))}
          aria-invalid=${invalid(this.error, 'limit') ? 'true' : 'false'}
          @input=${(event) => {
            this.limit = Number(event.target.value) || 10;
          }}>
        <p class="help">From the source when there is no sample, and the most a test run reads.</p>
        ${fieldMessages(this.error, 'limit')}
      </div>
      <div class="actions">
        <button type="button" class="primary" ?disabled=${this.busy || Boolean(this.sampleError || this.sampleShape)} @click=${() => this.run()}>
          ${this.busy ? 'Running preview…' : 'Run preview'}</button>
        <button type="button" @click=${() => this.startTestRun()}>Test run</button>
        ${this.testRun ? html`<span>Test run started: <a href=${`/console/runs/${this.testRun.id}`}>view the test run</a></span>` : nothing}
      </div>
      ${problemBanner(this.testError)}
      ${problemBanner(this.error, ['sample', 'limit'])}
      ${this.result ? traces(this.result) : nothing}
    </section>`;
  }
}

function traces(result) {
  // a place in the flow is one trace, even if the answer lists it twice
  const steps = (result.steps || []).filter((trace, index, all) => all.findIndex((other) => other.step === trace.step) === index);
  return html`<p class="muted">Records from the ${result.source === 'sample' ? 'sample' : 'source'}; nothing was written.</p>
    ${steps.length ? steps.map(trace) : html`<p class="muted">The flow has no steps or destinations to show.</p>`}`;
}

const trace = (step) => html`<article class="trace">
  <h3><code>${step.step}</code> <span class="muted small">${step.type}</span></h3>
  <div class="side-by-side">
    <div><h4>Input (${(step.input || []).length})</h4><pre>${json(step.input || [])}</pre></div>
    <div><h4>Output (${(step.output || []).length})</h4><pre>${json(step.output || [])}</pre></div>
  </div>
  ${(step.issues || []).length ? html`<h4>Issues</h4><ul class="issues">${step.issues.map((issue) => html`<li>
    ${badge(issue.outcome)} <code>${issue.key}</code> ${issue.message}</li>`)}</ul>` : nothing}
</article>`;
