// Who is signed in. `user` is null when nobody is, undefined until first asked.
import { api } from './api.js';

const { reactive } = Vue;

export const session = reactive({
  user: undefined,
  /** Why the sign-in page is shown ('expired', 'signedOut' or null): an i18n key under signIn. */
  notice: null,
});

/** Asks the server once per page load (or again with force) who is signed in. */
export async function loadUser(force = false) {
  if (session.user === undefined || force) {
    session.user = await api.me();
  }
  return session.user;
}

export async function signIn(username, password) {
  await api.signIn(username, password);
  session.notice = null;
  return loadUser(true);
}

export async function signOut() {
  try {
    await api.signOut();
  } finally {
    session.user = null;
    session.notice = 'signedOut';
  }
}

/** The session ended on the server (a 401 on an ordinary call). */
export function sessionExpired() {
  if (session.user) {
    session.notice = 'expired';
  }
  session.user = null;
}
