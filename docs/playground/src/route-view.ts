// The approval route as a picture: stages left to right joined by arrows, the parallel steps
// of a stage stacked, each step coloured by its status.
import type { Route, RouteStep, StepStatus } from '../../../src/engine/report-types';
import { el } from './dom';

const STATUS_LABEL: Record<StepStatus, string> = {
  done: '✔ done',
  current: '▶ current',
  pending: '· pending',
  'not-required': '– not required',
  returned: '↩ returned',
  rejected: '✖ rejected',
  undetermined: '? undetermined',
};

function step(s: RouteStep): HTMLElement {
  const date = s.decidedOn ? `decided ${s.decidedOn}` : s.expectedBy ? `expected by ${s.expectedBy}` : undefined;
  return el(
    'li',
    { class: `step status-${s.status}`, 'data-step-id': s.id, 'data-status': s.status },
    el('span', { class: 'step-status' }, STATUS_LABEL[s.status], s.kind === 'notify' ? ' · notify only' : undefined),
    el('strong', { class: 'step-body' }, s.body),
    el('span', { class: 'step-id' }, s.id, s.role ? ` · ${s.role}` : undefined),
    date && el('span', { class: 'step-date' }, date),
    el('span', { class: 'step-reason', title: s.reason }, s.status === 'not-required' ? `Not required: ${s.reason}` : s.reason),
  );
}

const ROUTE_STATE = { 'in-progress': 'In progress', approved: 'Approved', rejected: 'Rejected' } as const;

/** Draws the route, or says why there is none. */
export function renderRoute(container: HTMLElement, route: Route | undefined): void {
  if (!route) {
    container.replaceChildren(el('p', { class: 'none' }, 'No route: the proposal could not be judged.'));
    return;
  }
  const stages = route.stages.map((stage, i) =>
    el('li', { class: 'stage' }, el('span', { class: 'stage-number' }, `Stage ${i + 1}`), el('ol', { class: 'steps' }, ...stage.steps.map(step))),
  );
  const summary = `${ROUTE_STATE[route.state]}${route.current.length ? `; can act now: ${route.current.join(', ')}` : ''}`;
  container.replaceChildren(el('p', { class: 'route-state', 'data-state': route.state }, summary), el('ol', { class: 'stages' }, ...stages));
}
