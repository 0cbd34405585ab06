/** The shortest PIN accepted, in digits. */
export const PIN_MIN_DIGITS = 4;
/** The longest PIN accepted, in digits. */
export const PIN_MAX_DIGITS = 6;

/**
 * What is wrong with a PIN as typed, or undefined when it is 4 to 6 digits (0–9 only, so a numpad
 * can enter every PIN).
 */
export function pinProblem(pin: string): string | undefined {
  if (pin === '') return 'Enter a PIN.';
  if (!/^[0-9]+$/.test(pin)) return 'A PIN is digits only.';
  if (pin.length < PIN_MIN_DIGITS || pin.length > PIN_MAX_DIGITS) return `A PIN is ${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits.`;
  return undefined;
}

/** What is wrong with a new PIN and its repetition, or undefined when both agree and are valid. */
export function newPinProblem(pin: string, again: string): string | undefined {
  return pinProblem(pin) ?? (pin === again ? undefined : 'The two PINs differ.');
}
