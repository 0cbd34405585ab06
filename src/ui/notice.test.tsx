// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Notice } from './notice';

afterEach(cleanup);

describe('a notice', () => {
  it.each([
    ['done', 'status'],
    ['problem', 'alert'],
    ['quiet', 'status'],
  ] as const)('a %s notice is announced as a %s', (tone, role) => {
    render(<Notice tone={tone}>Saved as version 3.</Notice>);
    expect(screen.getByRole(role).textContent).toBe('Saved as version 3.');
  });

  it('lists the problems behind a refusal under it, by its own name', () => {
    render(
      <Notice tone="problem" issues={[{ path: '$.offers[0].price', message: 'price must be positive' }]} issuesLabel="Import problems">Not saved.</Notice>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Not saved.');
    expect(screen.getByRole('list', { name: 'Import problems' }).textContent).toBe('$.offers[0].priceprice must be positive');
  });

  it('shows no empty problem list', () => {
    render(
      <Notice tone="problem" issues={[]}>Not saved.</Notice>,
    );
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('takes a name where a screen has more than one', () => {
    render(
      <Notice tone="done" label="Enrolment">Enrolled.</Notice>,
    );
    expect(screen.getByRole('status', { name: 'Enrolment' }).textContent).toBe('Enrolled.');
  });
});
