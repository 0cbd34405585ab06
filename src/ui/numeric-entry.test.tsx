// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NumericEntry } from './numeric-entry';
import type { EntryFormat } from './numeric-entry-rules';

afterEach(cleanup);

function Harness({ format, onSubmit }: { readonly format: EntryFormat; readonly onSubmit: (text: string) => void }) {
  const [text, setText] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(text);
      }}
    >
      <NumericEntry label="Amount" value={text} onChange={setText} format={format} />
    </form>
  );
}

describe('numeric entry', () => {
  it('takes money from keys and the pad alike, at most two decimals; Enter submits', async () => {
    const onSubmit = vi.fn();
    render(<Harness format={{ decimals: 2, maxLength: 8 }} onSubmit={onSubmit} />);
    const field = screen.getByLabelText('Amount');
    expect(field).toHaveProperty('type', 'text');
    await userEvent.type(field, '£4,');
    await userEvent.click(screen.getByRole('button', { name: '5' }));
    await userEvent.click(screen.getByRole('button', { name: 'Decimal point' }));
    await userEvent.type(field, '07{Enter}');
    expect(onSubmit).toHaveBeenCalledWith('4.50');
  });

  it('masks an entry whose format says so, and offers "00" for whole numbers', async () => {
    const onSubmit = vi.fn();
    render(<Harness format={{ decimals: 0, maxLength: 4, masked: true }} onSubmit={onSubmit} />);
    const field = screen.getByLabelText('Amount');
    expect(field).toHaveProperty('type', 'password');
    await userEvent.click(screen.getByRole('button', { name: '1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Double zero' }));
    await userEvent.type(field, '99{Enter}');
    expect(onSubmit).toHaveBeenCalledWith('1009');
  });
});
