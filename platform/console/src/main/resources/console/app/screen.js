import { html } from 'lit-html';

/**
 * What every screen is: `load()` once when it opens, `view()` whenever something changed, `dispose()` when it
 * closes. A screen keeps its state in fields and calls `this.update()` after changing them.
 */
export class Screen {
  constructor(context) {
    this.context = context;
  }

  /** The page title, shown in the browser tab and as the heading. */
  get title() {
    return '';
  }

  async load() {}

  view() {
    return html``;
  }

  update() {
    this.context.update();
  }

  dispose() {}
}

/**
 * The state of one API call a screen shows: loading, failed (`error`, an ApiError) or done (`value`).
 * `reload()` runs the call again; the screen re-renders at each change.
 */
export class Remote {
  constructor(screen, fetch) {
    this.screen = screen;
    this.fetch = fetch;
    this.loading = true;
    this.error = null;
    this.value = undefined;
  }

  async reload({ quiet = false } = {}) {
    if (!quiet) {
      this.loading = true;
      this.screen.update();
    }
    try {
      this.value = await this.fetch();
      this.error = null;
    } catch (error) {
      this.error = error;
    } finally {
      this.loading = false;
      this.screen.update();
    }
    return this.value;
  }
}
