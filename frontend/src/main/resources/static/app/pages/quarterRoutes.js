// The routes and menu entries of the quarter's work, kept in one place so router.js and AppLayout.js stay small.
import TasksPage from './TasksPage.js';
import TaskPage from './TaskPage.js';
import AssessmentPage from './AssessmentPage.js';
import CyclesPage from './CyclesPage.js';
import CyclePage from './CyclePage.js';
import ResultsPage from './ResultsPage.js';
import YearPage from './YearPage.js';
import RectificationPage from './RectificationPage.js';

export const quarterRoutes = [
  { path: 'tasks', name: 'tasks', component: TasksPage },
  { path: 'tasks/:id', name: 'task', component: TaskPage, meta: { menu: 'tasks' } },
  { path: 'cycles', name: 'cycles', component: CyclesPage },
  { path: 'cycles/:id', name: 'cycle', component: CyclePage, meta: { menu: 'cycles' } },
  { path: 'results', name: 'results', component: ResultsPage },
  { path: 'years', name: 'year', component: YearPage },
  { path: 'rectifications', name: 'rectifications', component: RectificationPage },
  { path: 'assessments/:id', name: 'assessment', component: AssessmentPage, meta: { menu: 'results' } },
];

/** The menu entries for a role. */
export function quarterMenu(role) {
  const entries = [
    { name: 'tasks', label: 'quarter.nav.tasks', icon: '✓' },
    { name: 'cycles', label: 'quarter.nav.cycles', icon: '◷', roles: ['ADMIN', 'LEADER'] },
    { name: 'results', label: 'quarter.nav.results', icon: '★' },
    { name: 'year', label: 'reports.year.nav', icon: '▤' },
    { name: 'rectifications', label: 'rect.nav', icon: '⚑' },
  ];
  return entries.filter((e) => !e.roles || e.roles.includes(role));
}
