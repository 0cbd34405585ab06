// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dialog } from './dialog';
import { Numpad } from './numpad';

afterEach(cleanup);

describe('numpad keys', () => {
  it('are buttons named by what they type', async () => {
    const onKey = vi.fn();
    render(<Numpad label="Numpad" extraKey="." onKey={onKey} />);
    await userEvent.click(screen.getByRole('button', { name: '7' }));
    await userEvent.click(screen.getByRole('button', { name: 'Decimal point' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete last digit' }));
    expect(onKey.mock.calls).toEqual([['7'], ['.'], ['backspace']]);
  });
});

describe('the dialog', () => {
  it('opens labelled by its title, focuses its data-autofocus element, and closes on Escape', async () => {
    const onClose = vi.fn();
    render(
      <Dialog title="Weigh Cheddar" onClose={onClose} closeLabel="Cancel weighing">
        <input aria-label="Weight in grams" data-autofocus />
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Weigh Cheddar' });
    expect(document.activeElement).toBe(screen.getByLabelText('Weight in grams'));
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel weighing' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
