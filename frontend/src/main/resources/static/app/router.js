// Hash history: every deep link is served by index.html without server-side fallbacks.
import { session, loadUser } from './session.js';
import SignInPage from './pages/SignInPage.js';
import ChangePasswordPage from './pages/ChangePasswordPage.js';
import PreferencesPage from './pages/PreferencesPage.js';
import AppLayout from './pages/AppLayout.js';
import HomePage from './pages/HomePage.js';
import StandardPage from './pages/StandardPage.js';
import CalculatorPage from './pages/CalculatorPage.js';
import NotFoundPage from './pages/NotFoundPage.js';
import { quarterRoutes } from './pages/quarterRoutes.js';
import AdminPage from './pages/admin/AdminPage.js';

const { createRouter, createWebHashHistory } = VueRouter;

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/sign-in', name: 'sign-in', component: SignInPage, meta: { public: true } },
    { path: '/change-password', name: 'change-password', component: ChangePasswordPage },
    {
      path: '/',
      component: AppLayout,
      children: [
        { path: '', name: 'home', component: HomePage },
        { path: 'standard', name: 'standard', component: StandardPage },
        { path: 'calculator', name: 'calculator', component: CalculatorPage },
        { path: 'preferences', name: 'preferences', component: PreferencesPage },
        ...quarterRoutes,
        { path: 'admin', name: 'admin', component: AdminPage, meta: { roles: ['ADMIN'] } },
        { path: ':rest(.*)*', name: 'not-found', component: NotFoundPage },
      ],
    },
  ],
  scrollBehavior: () => ({ top: 0 }),
});

router.beforeEach(async (to) => {
  let user;
  try {
    user = await loadUser();
  } catch (e) {
    user = null; // server unreachable: the sign-in page shows the error when the user tries
  }
  if (!to.meta.public && !user) {
    return { name: 'sign-in', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} };
  }
  // an account an administrator set up chooses its own password before anything else
  if (user && user.mustChangePassword && to.name !== 'change-password') {
    return { name: 'change-password' };
  }
  if (to.name === 'sign-in' && user) {
    return { name: 'home' };
  }
  // the server refuses anyway (403); the SPA does not even show the page
  if (to.meta.roles && !to.meta.roles.includes(user.role)) {
    return { name: 'home' };
  }
  return true;
});

/** Sends the user back to sign-in, remembering where they were. */
export function toSignIn() {
  const current = router.currentRoute.value;
  if (current.name !== 'sign-in') {
    router.replace({ name: 'sign-in', query: current.fullPath !== '/' ? { redirect: current.fullPath } : {} });
  }
}

export { session };
