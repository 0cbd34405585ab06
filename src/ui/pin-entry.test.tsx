// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PinEntry } from './pin-entry';

afterEach(cleanup);

function Harness({ onSubmit }: { readonly onSubmit: (pin: string) => void }) {
  const [pin, setPin] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(pin);
      }}
    >
      <PinEntry label="PIN" value={pin} onChange={setPin} />
    </form>
  );
}

describe('PIN entry', () => {
  it('is masked, takes digits only, at most six, from keys and the numpad; Enter submits', async () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    const field = screen.getByLabelText('PIN');
    expect(field).toHaveProperty('type', 'password');
    await userEvent.type(field, '12a3');
    await userEvent.click(screen.getByRole('button', { name: '9' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete last digit' }));
    await userEvent.click(screen.getByRole('button', { name: 'Double zero' }));
    await userEvent.type(field, '77{Enter}');
    expect(onSubmit).toHaveBeenCalledWith('123007');
  });
});
