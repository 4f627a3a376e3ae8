import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { progressOf } from './progress.ts';
import type { ProgressStep } from './progress.ts';
import { progressSteps } from './status.ts';
import { transitions } from './transitions.ts';
import type { components } from './generated/openapi.ts';

type Status = components['schemas']['ApplicationStatus'];

const history = (...statuses: Status[]) => statuses.map((status) => ({ status }));
/** `submitted✓ verifying* in_process·`: passed ✓, current *, both ✓*, ahead ·. */
const drawn = (steps: ProgressStep[]) =>
  steps.map(({ status, done, current }) => `${status}${done ? '✓' : ''}${current ? '*' : ''}${done || current ? '' : '·'}`).join(' ');

describe('progressOf', () => {
  it('does not show a skipped stage as passed: in process straight to completed', () => {
    const steps = progressOf(history('submitted', 'verifying', 'in_process', 'completed'));
    assert.equal(drawn(steps), 'submitted✓ verifying✓ in_process✓ completed✓*');
    assert.ok(!steps.some((step) => step.status === 'awaiting_signature'));
  });

  it('shows every stage of the whole way as passed', () => {
    assert.equal(
      drawn(progressOf(history('submitted', 'verifying', 'in_process', 'awaiting_signature', 'completed'))),
      'submitted✓ verifying✓ in_process✓ awaiting_signature✓ completed✓*',
    );
  });

  it('shows the stages still ahead, from the transitions', () => {
    assert.equal(drawn(progressOf(history('submitted'))), 'submitted* verifying· in_process· awaiting_signature· completed·');
    assert.equal(
      drawn(progressOf(history('submitted', 'verifying'))),
      'submitted✓ verifying* in_process· awaiting_signature· completed·',
    );
    assert.equal(
      drawn(progressOf(history('submitted', 'verifying', 'in_process', 'awaiting_signature'))),
      'submitted✓ verifying✓ in_process✓ awaiting_signature* completed·',
    );
  });

  it('keeps the stage a revision left from as current, and starts over on resubmission', () => {
    assert.equal(
      drawn(progressOf(history('submitted', 'verifying', 'in_process', 'needs_revision'))),
      'submitted✓ verifying✓ in_process* awaiting_signature· completed·',
    );
    assert.equal(
      drawn(progressOf(history('submitted', 'verifying', 'in_process', 'needs_revision', 'submitted'))),
      'submitted* verifying· in_process· awaiting_signature· completed·',
    );
    assert.equal(
      drawn(progressOf(history('submitted', 'verifying', 'needs_revision', 'submitted', 'verifying', 'in_process', 'completed'))),
      'submitted✓ verifying✓ in_process✓ completed✓*',
    );
  });

  it('puts signing ahead again when the official sends it back', () => {
    assert.equal(
      drawn(progressOf(history('submitted', 'verifying', 'in_process', 'awaiting_signature', 'in_process'))),
      'submitted✓ verifying✓ in_process* awaiting_signature· completed·',
    );
  });

  it('shows "ready for pick-up" only when the application went through it', () => {
    assert.equal(
      drawn(progressOf(history('submitted', 'verifying', 'in_process', 'ready_for_pickup'))),
      'submitted✓ verifying✓ in_process✓ ready_for_pickup* completed·',
    );
    assert.equal(
      drawn(progressOf(history('submitted', 'verifying', 'in_process', 'awaiting_signature', 'ready_for_pickup', 'completed'))),
      'submitted✓ verifying✓ in_process✓ awaiting_signature✓ ready_for_pickup✓ completed✓*',
    );
  });

  it('draws no stages for an application that left the way, nor for no history', () => {
    assert.deepEqual(progressOf(history('submitted', 'verifying', 'rejected')), []);
    assert.deepEqual(progressOf(history('submitted', 'cancelled')), []);
    assert.deepEqual(progressOf([]), []);
  });

  it('holds for every way through the transitions of up to 12 changes', () => {
    const next = (status: Status) => [...new Set(transitions.filter((t) => t.from === status).map((t) => t.to))];
    let ways = 0;
    const walk = (statuses: Status[]) => {
      ways++;
      const steps = progressOf(history(...statuses));
      const status = statuses.at(-1)!;
      const where = statuses.join(' → ');
      if (status === 'rejected' || status === 'cancelled') assert.deepEqual(steps, [], where);
      else {
        assert.equal(steps.filter((step) => step.current).length, 1, where);
        assert.equal(new Set(steps.map((step) => step.status)).size, steps.length, `no stage twice: ${where}`);
        const current = steps.findIndex((step) => step.current);
        // Passed and current stages happened, in the order they happened.
        const happened = steps.slice(0, current + 1).map((step) => statuses.lastIndexOf(step.status));
        assert.ok(happened.every((at, i) => at >= 0 && (i === 0 || at > happened[i - 1]!)), `only what happened, in order: ${where}`);
        assert.ok(steps.slice(0, current).every((step) => step.done), where);
        assert.equal(steps[current]!.done, status === 'completed', where);
        // Ahead: stages of the happy path, in its order, none done.
        const ahead = steps.slice(current + 1);
        assert.ok(ahead.every((step) => !step.done && progressSteps.includes(step.status)), where);
        assert.deepEqual(ahead.map((step) => step.status), progressSteps.filter((s) => ahead.some((step) => step.status === s)), where);
        if (status === 'completed') assert.equal(ahead.length, 0, where);
        else assert.equal(ahead.at(-1)?.status, 'completed', `completion is always ahead: ${where}`);
      }
      if (statuses.length < 12) for (const to of next(status)) walk([...statuses, to]);
    };
    walk(['submitted']);
    assert.ok(ways > 300, `${ways} ways`);
  });
});
