// The routes and menu entries of the quarter's work, kept in one place so router.js and AppLayout.js stay small.
import TasksPage from './TasksPage.js';
import TaskPage from './TaskPage.js';
import AssessmentPage from './AssessmentPage.js';
import CyclesPage from './CyclesPage.js';
import CyclePage from './CyclePage.js';
import ResultsPage from './ResultsPage.js';
import YearPage from './YearPage.js';
import WorkbenchPage from './WorkbenchPage.js';
import DashboardPage from './DashboardPage.js';
import ConfirmationsPage from './ConfirmationsPage.js';
import TokensPage from './TokensPage.js';
import { MyAssessmentsPage, DonePage } from './MyWorkPages.js';
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
  { path: 'cycles/:id/workbench', name: 'workbench', component: WorkbenchPage, meta: { menu: 'tasks', roles: ['REVIEWER'] } },
  { path: 'cycles/:id/confirmations', name: 'confirmations', component: ConfirmationsPage, meta: { menu: 'tasks', roles: ['LEADER', 'ADMIN'] } },
  { path: 'cycles/:id/dashboard', name: 'dashboard', component: DashboardPage, meta: { menu: 'cycles', roles: ['LEADER', 'ADMIN'] } },
  { path: 'tokens', name: 'tokens', component: TokensPage },
  { path: 'my-assessments', name: 'my-assessments', component: MyAssessmentsPage, meta: { roles: ['BRANCH'] } },
  { path: 'done', name: 'done', component: DonePage },
];

/** The menu entries for a role. */
export function quarterMenu(role) {
  const entries = [
    { name: 'tasks', label: 'quarter.nav.tasks', icon: '✓' },
    { name: 'my-assessments', label: 'home.mine.title', icon: '◎', roles: ['BRANCH'] },
    { name: 'done', label: 'home.done.title', icon: '☑', roles: ['REVIEWER', 'LEADER', 'ADMIN'] },
    { name: 'cycles', label: 'quarter.nav.cycles', icon: '◷', roles: ['ADMIN', 'LEADER'] },
    { name: 'results', label: 'quarter.nav.results', icon: '★' },
    { name: 'year', label: 'reports.year.nav', icon: '▤' },
    { name: 'rectifications', label: 'rect.nav', icon: '⚑' },
  ];
  return entries.filter((e) => !e.roles || e.roles.includes(role));
}
