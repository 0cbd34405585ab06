import type { ComponentProps } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';
export type ButtonSize = 'md' | 'lg' | 'xl';

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-brand-700 text-white enabled:hover:bg-brand-800 disabled:bg-ink-300 disabled:text-ink-600',
  secondary: 'bg-white text-ink-900 ring-1 ring-inset ring-ink-300 enabled:hover:bg-ink-100 disabled:text-ink-400',
  danger: 'bg-white text-danger-700 ring-1 ring-inset ring-danger-300 enabled:hover:bg-danger-50 disabled:text-ink-400 disabled:ring-ink-200',
  quiet: 'bg-transparent text-ink-700 enabled:hover:bg-ink-100 disabled:text-ink-400',
};

// Every size keeps a 48 px touch target at least.
const sizes: Record<ButtonSize, string> = {
  md: 'min-h-12 min-w-12 px-4 text-base',
  lg: 'min-h-14 min-w-14 px-5 text-lg',
  xl: 'min-h-16 min-w-16 px-6 text-xl',
};

export interface ButtonProps extends ComponentProps<'button'> {
  readonly variant?: ButtonVariant;
  readonly size?: ButtonSize;
}

/**
 * The till's button: a large touch target, a visible focus ring, no hover-only meaning and no press
 * animation (a till is pressed thousands of times a day; movement there is noise).
 */
export function Button({ variant = 'secondary', size = 'md', className = '', type = 'button', ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={`inline-flex touch-manipulation select-none items-center justify-center gap-2 rounded-xl font-semibold disabled:cursor-not-allowed ${variants[variant]} ${sizes[size]} ${className}`}
      {...props}
    />
  );
}
