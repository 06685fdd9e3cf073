// The routes and menu entries of the quarter's work, kept in one place so router.js and AppLayout.js stay small.
import TasksPage from './TasksPage.js';
import TaskPage from './TaskPage.js';
import AssessmentPage from './AssessmentPage.js';

export const quarterRoutes = [
  { path: 'tasks', name: 'tasks', component: TasksPage },
  { path: 'tasks/:id', name: 'task', component: TaskPage, meta: { menu: 'tasks' } },
  { path: 'assessments/:id', name: 'assessment', component: AssessmentPage, meta: { menu: 'results' } },
];

/** The menu entries for a role (everyone works on tasks). */
export function quarterMenu(role) {
  const entries = [{ name: 'tasks', label: 'quarter.nav.tasks', icon: '✓' }];
  return entries.filter((e) => !e.roles || e.roles.includes(role));
}
