import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';

/**
 * A JSON text editor: `onChange` gets the parsed value, or is not called while the text does not parse (the
 * parse error is shown under it instead). Keep the text in the screen (`state.text`) so a half-typed edit stays.
 */
export function jsonEditor({ id, label, text, onText, onChange, rows = 12, parseError = null, readOnly = false }) {
  return html`<div class="field json-editor">
    <label for=${id}>${label}</label>
    <textarea id=${id} class="code" rows=${rows} spellcheck="false" ?readonly=${readOnly}
      aria-invalid=${parseError ? 'true' : 'false'} .value=${live(text)}
      @input=${(event) => {
        const value = event.target.value;
        let parsed;
        let failure = null;
        try {
          parsed = JSON.parse(value);
        } catch (error) {
          failure = error.message;
        }
        onText(value, failure);
        if (!failure && onChange) {
          onChange(parsed);
        }
      }}></textarea>
    ${parseError ? html`<span class="field-error" role="alert">Not valid JSON: ${parseError}</span>` : nothing}
  </div>`;
}
