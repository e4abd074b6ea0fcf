import { html, nothing } from 'lit-html';
import { signIn, signedIn } from '../api.js';
import { Screen } from '../screen.js';
import { problemBanner } from '../components/problem.js';

export default class SignIn extends Screen {
  constructor(context) {
    super(context);
    this.bare = true;
    this.error = null;
    this.busy = false;
  }

  get title() {
    return 'Sign in';
  }

  async load() {
    if (signedIn()) {
      this.context.navigate(this.next(), { replace: true });
    }
  }

  next() {
    const next = this.context.query.get('next');
    return next && next.startsWith('/console/') && !next.startsWith('/console/sign-in') ? next : '/console/';
  }

  async submit(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    await this.act(async () => {
      await signIn(form.get('username'), form.get('password'));
      await this.context.reloadSession();
      this.context.navigate(this.next(), { replace: true });
    });
  }

  view() {
    const expired = this.context.query.get('expired');
    return html`<section class="sign-in">
      <h1><img src="/console/app/icon.svg" alt="" width="32" height="32"> Tributary</h1>
      ${expired && !this.error ? html`<p class="notice" role="status">Your session ended. Please sign in again.</p>` : nothing}
      ${problemBanner(this.error)}
      <form @submit=${(event) => this.submit(event)}>
        <label>User name <input name="username" autocomplete="username" required autofocus></label>
        <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
        <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
      <p class="muted small">The first start creates the user <code>admin</code>; its password is in
        <code>data/initial-admin-password</code> unless <code>TRIBUTARY_ADMIN_PASSWORD</code> was set.</p>
    </section>`;
  }
}
