// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testBook } from '../forms/test-book';
import { emptyDraft, offerToDraft } from '../forms/offer-draft';
import { OfferForm } from './offer-form';

afterEach(cleanup);
const book = testBook();
const format = (minor: number) => `£${(minor / 100).toFixed(2)}`;

describe('the offer form', () => {
  it('shows the engine’s message beside a field once it is left, and saves only a valid offer', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(() => Promise.resolve());
    render(<OfferForm book={book} editing={null} initial={emptyDraft('percent-off')} isNew fractionDigits={2} format={format} today="2024-06-15" onSave={onSave} onClose={() => {}} />);

    await user.type(screen.getByLabelText('Offer id'), 'apples10');
    await user.type(screen.getByLabelText('Percent off each unit'), '150');
    await user.tab();
    expect(screen.getByLabelText('Percent off each unit').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('percent must be at most 100')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Save offer' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('an offer must target products or categories');

    await user.clear(screen.getByLabelText('Percent off each unit'));
    await user.type(screen.getByLabelText('Percent off each unit'), '10');
    await user.type(screen.getByLabelText('Products (SKUs)'), 'APL');
    await user.click(screen.getByRole('button', { name: 'Save offer' }));
    expect(onSave).toHaveBeenCalledWith({ id: 'apples10', kind: 'percent-off', products: ['APL'], percent: 10 }, false);
  });

  it('warns about a valid offer that can never save', () => {
    const pricey = { ...offerToDraft(book.offers[0]!, 2), quantity: '2', price: '1.20' };
    render(<OfferForm book={book} editing={0} initial={pricey} isNew={false} fractionDigits={2} format={format} today="2024-06-15" onSave={() => Promise.resolve()} onClose={() => {}} />);
    expect(screen.getByRole('list', { name: 'Warnings' }).textContent).toBe('Never saves: 2 of the dearest product cost £1.20, not more than £1.20');
  });
});
