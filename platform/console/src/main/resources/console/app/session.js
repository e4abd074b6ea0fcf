import { all, get } from './api.js';

const WORKSPACE_KEY = 'tributary.workspace';

/**
 * Who is signed in and where they work: `/me`, the workspaces they can see, and the chosen one. The role checks
 * only decide which controls to show; the API decides what is allowed.
 */
export class Session {
  constructor() {
    this.me = null;
    this.workspaces = [];
    this.workspaceId = localStorage.getItem(WORKSPACE_KEY);
  }

  async load() {
    this.me = await get('/me');
    this.workspaces = await all('/workspaces?limit=200');
    if (!this.workspaces.some((workspace) => workspace.id === this.workspaceId)) {
      this.workspaceId = this.workspaces.length ? this.workspaces[0].id : null;
    }
  }

  choose(workspaceId) {
    this.workspaceId = workspaceId;
    localStorage.setItem(WORKSPACE_KEY, workspaceId);
  }

  get workspace() {
    return this.workspaces.find((workspace) => workspace.id === this.workspaceId) || null;
  }

  get tenantAdmin() {
    return ['owner', 'admin'].includes(this.me?.user?.tenantRole);
  }

  get operator() {
    return Boolean(this.me?.user?.operator);
  }

  /** The caller's role in a workspace: manage, monitor, or null; tenant admins manage every workspace. */
  role(workspaceId) {
    if (this.tenantAdmin) {
      return 'manage';
    }
    const membership = (this.me?.memberships || []).find((item) => item.workspaceId === workspaceId);
    return membership ? membership.role : null;
  }

  canManage(workspaceId) {
    return this.role(workspaceId) === 'manage';
  }
}
