import { useMemo, useState, type FormEvent } from 'react';
import type { PriceBook } from '../../pricing';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { IssueList } from '../../ui/issue-list';
import { TextField } from '../../ui/text-field';
import { hasProblems } from '../forms/draft-fields';
import { productToDraft, validateProductDraft, type ProductDraft } from '../forms/product-draft';

export interface ProductFormProps {
  readonly book: PriceBook;
  readonly index: number;
  readonly fractionDigits: number;
  readonly onSave: (draft: ProductDraft) => Promise<void>;
  readonly onClose: () => void;
}

/** Edits one product: name, price, unit, barcodes (check digits checked by the engine) and category. */
export function ProductForm({ book, index, fractionDigits, onSave, onClose }: ProductFormProps) {
  const product = book.products[index];
  const [draft, setDraft] = useState<ProductDraft>(() => productToDraft(product ?? { sku: '', name: '', price: 0 as never, unit: 'each' }, fractionDigits));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [tried, setTried] = useState(false);
  const problems = useMemo(() => validateProductDraft(book, index, draft, fractionDigits), [book, index, draft, fractionDigits]);
  const error = (field: string) => (tried || touched.has(field) ? problems.fields[field] : undefined);
  const leave = (field: string) => () => setTouched((t) => new Set(t).add(field));
  const set = (patch: Partial<ProductDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!hasProblems(problems)) await onSave(draft);
  };

  return (
    <Dialog title={`Edit ${product?.name ?? 'product'}`} onClose={onClose} closeLabel="Close without saving">
      <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
        <p className="text-ink-600">
          SKU <code className="rounded bg-ink-100 px-1.5 font-mono">{draft.sku}</code> stays: offers and recorded sales refer to it.
        </p>
        <TextField label="Name" value={draft.name} onChange={(e) => set({ name: e.target.value })} onBlur={leave('name')} error={error('name')} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Price"
            inputMode="decimal"
            value={draft.price}
            onChange={(e) => set({ price: e.target.value })}
            onBlur={leave('price')}
            error={error('price')}
            suffix={<span className="shrink-0 text-ink-600">{draft.unit === 'kg' ? 'per kg' : 'each'}</span>}
          />
          <label className="flex flex-col gap-1">
            <span className="text-sm font-semibold text-ink-800">Sold</span>
            <select value={draft.unit} onChange={(e) => set({ unit: e.target.value as 'each' | 'kg' })} className="min-h-12 rounded-xl bg-white px-3 ring-1 ring-inset ring-ink-300">
              <option value="each">by the unit</option>
              <option value="kg">by weight (kg)</option>
            </select>
          </label>
        </div>
        <TextField label="Barcodes" hint="EAN-13, EAN-8 or UPC-A, separated by spaces or commas" value={draft.barcodes} onChange={(e) => set({ barcodes: e.target.value })} onBlur={leave('barcodes')} error={error('barcodes')} autoComplete="off" />
        <TextField label="Category" value={draft.category} onChange={(e) => set({ category: e.target.value })} onBlur={leave('category')} error={error('category')} />
        {tried && problems.general.length > 0 && (
          <div role="alert" className="flex flex-col gap-2">
            <p className="font-medium text-danger-700">This change would break other parts of the book:</p>
            <IssueList issues={problems.general} />
          </div>
        )}
        <div className="flex justify-end gap-3 border-t border-ink-200 pt-4">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary">
            Save product
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
