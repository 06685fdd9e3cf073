// The HTTP client of the SPA: same-origin fetch with the session cookie, Spring Security's CSRF token
// (cookie XSRF-TOKEN, sent back as header X-XSRF-TOKEN on every unsafe request) and RFC 9457 problem details.

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';

/** An HTTP error answered by the server, or a network failure (status 0). */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem || {};
    /** The offending entry of a 400, e.g. "findings[2].count", else null. */
    this.field = (problem && problem.field) || null;
    /** The server's own words, e.g. "Wrong username or password.", else null. */
    this.detail = (problem && problem.detail) || null;
  }
}

let unauthorizedHandler = null;

/** Called with the ApiError whenever a request (other than signing in) is answered 401: the session has expired. */
export function onUnauthorized(handler) {
  unauthorizedHandler = handler;
}

function readCookie(name) {
  const prefix = name + '=';
  for (const part of document.cookie.split(';')) {
    const trimmed = part.trim();
    if (trimmed.startsWith(prefix)) {
      return decodeURIComponent(trimmed.substring(prefix.length));
    }
  }
  return null;
}

// Any request through the security filter chain sets a fresh XSRF-TOKEN cookie; signing in and out clear it.
async function csrfToken(refresh) {
  let token = refresh ? null : readCookie(CSRF_COOKIE);
  if (!token) {
    await fetch('./', { method: 'HEAD', credentials: 'same-origin', cache: 'no-store' });
    token = readCookie(CSRF_COOKIE);
  }
  return token;
}

async function toError(response) {
  let problem = null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      problem = await response.json();
    } catch (ignored) {
      problem = null;
    }
  }
  const error = new ApiError(response.status, problem);
  // a 429 (sign-in locked) says for how long, in seconds
  error.retryAfter = response.headers.get('Retry-After');
  return error;
}

/** `?a=1&b=x` from the entries whose value is set (null, undefined and '' are left out). */
export function queryString(params) {
  const entries = Object.entries(params || {}).filter(([, v]) => v !== null && v !== undefined && v !== '' && v !== false);
  return entries.length ? '?' + new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString() : '';
}

async function send(method, path, { body, form, multipart, expectUnauthorized = false, withTotal = false } = {}, retried = false) {
  // server texts (problems, notifications, history, explanation lines) come in the page's language (docs/i18n.md)
  const headers = { Accept: 'application/json', 'Accept-Language': document.documentElement.lang || 'zh-CN' };
  const unsafe = method !== 'GET' && method !== 'HEAD';
  if (unsafe) {
    const token = await csrfToken(retried);
    if (token) {
      headers[CSRF_HEADER] = token;
    }
  }
  let payload;
  if (multipart) {
    payload = multipart; // FormData: the browser sets the multipart boundary
  } else if (form) {
    payload = new URLSearchParams(form);
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin', cache: 'no-store' });
  } catch (networkFailure) {
    throw new ApiError(0, { detail: networkFailure.message });
  }
  if (response.ok) {
    if (response.status === 204) {
      return null;
    }
    const type = response.headers.get('Content-Type') || '';
    if (withTotal) {
      // a page of a list: the items and the total the server counted (X-Total-Count)
      return { items: await response.json(), total: Number(response.headers.get('X-Total-Count') || 0) };
    }
    return type.includes('json') ? response.json() : response.text();
  }
  // a stale CSRF token (e.g. after the session changed in another tab): fetch a fresh one and retry once
  if (response.status === 403 && unsafe && !retried) {
    return send(method, path, { body, form, multipart, expectUnauthorized, withTotal }, true);
  }
  const error = await toError(response);
  if (error.status === 401 && !expectUnauthorized && unauthorizedHandler) {
    unauthorizedHandler(error);
  }
  throw error;
}

export const api = {
  get: (path, options) => send('GET', path, options),
  post: (path, body, options) => send('POST', path, { ...options, body }),
  put: (path, body, options) => send('PUT', path, { ...options, body }),

  /** The signed-in user, or null when nobody is signed in. */
  async me() {
    try {
      return await send('GET', 'api/me', { expectUnauthorized: true });
    } catch (e) {
      if (e.status === 401) {
        return null;
      }
      throw e;
    }
  },
  /** Form login; a wrong password rejects with ApiError status 401 carrying the server's detail. */
  signIn: (username, password) =>
    send('POST', 'api/login', { form: { username, password }, expectUnauthorized: true }),
  signOut: () => send('POST', 'api/logout', { expectUnauthorized: true }),
  /** Every session of the account ends on success: sign in again with the new password. */
  changePassword: (currentPassword, newPassword) =>
    send('POST', 'api/account/password', { body: { currentPassword, newPassword } }),

  standards: () => send('GET', 'api/standards'),
  standard: (code, version) =>
    send('GET', 'api/standards/' + encodeURIComponent(code) + (version ? '?version=' + version : '')),
  preview: (request) => send('POST', 'api/scoring/preview', { body: request }),

  // — the quarter's work: tasks, assessments, evidence, notifications, cycles —
  put: (path, body) => send('PUT', path, { body }),
  /** One page of the user's open tasks (an array); query: page, size, sort, cycle, taskKey, branch, overdue, returned. */
  tasks: (query) => send('GET', 'api/tasks' + queryString(query)),
  /** The same as { items, total }. */
  taskPage: (query) => send('GET', 'api/tasks' + queryString(query), { withTotal: true }),
  task: (id) => send('GET', 'api/tasks/' + encodeURIComponent(id)),
  /** [{ task, status, problem }] per task: each completed in its own transaction. */
  bulkComplete: (ids, body) => send('POST', 'api/tasks/bulk-complete', { body: { tasks: ids, body } }),
  remind: (id) => send('POST', 'api/tasks/' + encodeURIComponent(id) + '/remind'),
  dashboard: (cycleId) => send('GET', 'api/cycles/' + cycleId + '/dashboard'),
  reviewQueue: (cycleId) => send('GET', 'api/cycles/' + cycleId + '/review-queue'),
  /** The leadership group's summary, one page as { items, total }; query: page, size, sort, branch. */
  confirmations: (cycleId, query) => send('GET', 'api/cycles/' + cycleId + '/confirmations' + queryString(query), { withTotal: true }),
  /** One open confirmation's place in that order: { position, total, entry, previous, next }; query: sort, branch. */
  confirmationPlace: (cycleId, taskId, query) =>
    send('GET', 'api/cycles/' + cycleId + '/confirmations/' + encodeURIComponent(taskId) + queryString(query)),
  tokens: () => send('GET', 'api/me/tokens'),
  createToken: (name) => send('POST', 'api/me/tokens', { body: { name } }),
  revokeToken: (id) => send('DELETE', 'api/me/tokens/' + id),
  completeTask: (id, body) => send('POST', 'api/tasks/' + encodeURIComponent(id) + '/complete', { body }),
  saveDraft: (id, body) => send('PUT', 'api/tasks/' + encodeURIComponent(id) + '/draft', { body }),
  assessment: (id) => send('GET', 'api/assessments/' + id),
  evidence: (assessmentId) => send('GET', 'api/assessments/' + assessmentId + '/evidence'),
  uploadEvidence(assessmentId, file, { clause, bonusRule } = {}) {
    const data = new FormData();
    data.append('file', file);
    if (clause) data.append('clause', clause);
    if (bonusRule) data.append('bonusRule', String(bonusRule));
    return send('POST', 'api/assessments/' + assessmentId + '/evidence', { multipart: data });
  },
  evidenceUrl: (evidenceId) => 'api/evidence/' + evidenceId,
  notifications: () => send('GET', 'api/notifications'),
  markRead: (id) => send('POST', 'api/notifications/' + id + '/read'),
  markAllRead: () => send('POST', 'api/notifications/read-all'),
  cycles: () => send('GET', 'api/cycles'),
  cycle: (id) => send('GET', 'api/cycles/' + id),
  openCycle: (body) => send('POST', 'api/cycles', { body }),
  /** The whole ranking (an array), in rank order. */
  ranking: (cycleId) => send('GET', 'api/cycles/' + cycleId + '/ranking'),
  /** One page of the ranking as { items, total }; query: page, size, q (code or name), sort (rank, -totalScore, name, grade, …). */
  rankingPage: (cycleId, query) => send('GET', 'api/cycles/' + cycleId + '/ranking' + queryString(query), { withTotal: true }),
  objections: (cycleId) => send('GET', 'api/cycles/' + cycleId + '/objections'),
  raiseObjection: (assessmentId, reason) => send('POST', 'api/assessments/' + assessmentId + '/objections', { body: { reason } }),
  /** Administration (ADMIN only): organisation, users, indicator ownership, standard import (dry run, confirm). */
  admin: {
    orgUnits: () => send('GET', 'api/admin/org-units'),
    branches: () => send('GET', 'api/admin/branches'),
    createBranch: (branch) => send('POST', 'api/admin/branches', { body: branch }),
    updateBranch: (code, changes) => send('PUT', 'api/admin/branches/' + encodeURIComponent(code), { body: changes }),
    users: () => send('GET', 'api/admin/users'),
    createUser: (user) => send('POST', 'api/admin/users', { body: user }),
    updateUser: (username, changes) =>
      send('PUT', 'api/admin/users/' + encodeURIComponent(username), { body: changes }),
    signInLocks: () => send('GET', 'api/admin/sign-in-locks'),
    unlockSignIn: (kind, subject) => send('DELETE', 'api/admin/sign-in-locks' + queryString({ kind, subject })),
    indicatorOwners: () => send('GET', 'api/admin/indicator-owners'),
    saveIndicatorOwners: (assignments) => send('PUT', 'api/admin/indicator-owners', { body: assignments }),
    /** Reads a standard (xlsx, yaml or json) with dryRun=true: the parsed tree, warnings and validation; stores nothing. */
    previewStandard: (file, fields) => send('POST', 'api/standards/import?dryRun=true', { multipart: importForm(file, fields) }),
    /** The same upload imported as a version (201). */
    confirmStandard: (file, fields) => send('POST', 'api/standards/import', { multipart: importForm(file, fields) }),
  },
  standardDiff: (code, from, to) =>
    send('GET', 'api/standards/' + encodeURIComponent(code) + '/diff?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to)),
  /** Where a version downloads as an Excel table in the published layout. */
  standardXlsxUrl: (code, version) => 'api/standards/' + encodeURIComponent(code) + '/' + version + '.xlsx',
  /** Rectification items the caller may see; query: { cycle, branch, department, state } (blank parts left out). */
  rectifications: (query) => send('GET', 'api/rectifications' + queryString(query)),
  rectificationOverview: (cycle) => send('GET', 'api/rectifications/overview' + queryString({ cycle })),
  rectificationsXlsxUrl: (cycle) => 'api/rectifications.xlsx?cycle=' + encodeURIComponent(cycle),
  rescore: (cycleId, standard, version) =>
    send('GET', 'api/cycles/' + cycleId + '/rescore?standard=' + encodeURIComponent(standard || '') + '&version=' + encodeURIComponent(version || '')),
};

function importForm(file, fields) {
  const data = new FormData();
  data.append('file', file, file.name);
  for (const [key, value] of Object.entries(fields || {})) {
    if (value !== null && value !== undefined && String(value).trim() !== '') {
      data.append(key, String(value).trim());
    }
  }
  return data;
}
