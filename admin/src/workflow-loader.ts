import { html, type TemplateResult } from 'lit';
import type { ContentState, Transition, WorkflowAction } from '@pbgdpl/contract';
import type { SectionContext } from './context.ts';
import { lazyChunk } from './lazy-chunk.ts';

/** The review workflow's bar and "Việc của tôi": one chunk, loaded when either is first shown. */
export const loadWorkflow = lazyChunk(() => import('./workflow/workflow-pages.ts'));

/** What an item's form gives its workflow bar. */
export interface WorkflowBarProps {
  ctx: SectionContext;
  itemId: number;
  state: ContentState;
  /** The item's moves, oldest first. */
  history: (id: number) => Promise<Transition[]>;
  /** Makes a move with the version the form loaded, and shows the moved item. */
  move: (action: WorkflowAction, comment: string | null) => Promise<void>;
  /** The form holds changes not saved yet: a move would leave them behind. */
  unsaved: boolean;
}

export function workflowBar(props: WorkflowBarProps): TemplateResult {
  loadWorkflow(props.ctx);
  return html`<pbgdpl-admin-workflow-bar
    .ctx=${props.ctx}
    .itemId=${props.itemId}
    .state=${props.state}
    .history=${props.history}
    .move=${props.move}
    ?unsaved=${props.unsaved}
  ></pbgdpl-admin-workflow-bar>`;
}
