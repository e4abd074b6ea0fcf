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

  get session() {
    return this.context.session;
  }

  /**
   * Runs one action of the screen, e.g. a form's submit: `this[busyField]` is true while it runs (its button says so
   * and is disabled), a failure (an ApiError) is kept in `this[errorField]` for the banner and the fields, and the
   * screen is drawn before and after. `after` runs once the work is over, failed or not, before the screen is drawn
   * again: what it reloads is shown together with the outcome.
   * @returns whether the work succeeded
   */
  async act(work, { errorField = 'error', busyField = 'busy', after = null } = {}) {
    this[busyField] = true;
    this[errorField] = null;
    this.update();
    let succeeded = false;
    try {
      await work();
      succeeded = true;
    } catch (error) {
      this[errorField] = error;
    }
    this[busyField] = false;
    if (after) {
      await after();
    }
    this.update();
    return succeeded;
  }

  /**
   * Opens one of the screen's forms ('add', a row's id…) in `this.opened`, or closes it (null). One form is open at a
   * time, and what the last one was refused (`this.error`) is not shown in the next.
   */
  openForm(which) {
    this.opened = which;
    this.error = null;
    this.update();
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
