/**
 * The refusal beep: a short low tone through Web Audio, so a cashier looking at the customer hears
 * that a scan did not go in. Sound is a courtesy: where the browser has no Web Audio, or refuses
 * to play before the page was touched, the till carries on silently.
 */
let context: AudioContext | undefined;

export function beepRefusal(): void {
  try {
    const Context = globalThis.AudioContext as typeof AudioContext | undefined;
    if (Context === undefined) return;
    context ??= new Context();
    const audio = context;
    if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
    const now = audio.currentTime;
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.type = 'square';
    // Two falling notes: unmistakably "no", unlike a scanner's own high beep.
    tone.frequency.setValueAtTime(440, now);
    tone.frequency.setValueAtTime(220, now + 0.12);
    volume.gain.setValueAtTime(0.0001, now);
    volume.gain.exponentialRampToValueAtTime(0.2, now + 0.01);
    volume.gain.setValueAtTime(0.2, now + 0.26);
    volume.gain.exponentialRampToValueAtTime(0.0001, now + 0.3);
    tone.connect(volume).connect(audio.destination);
    tone.start(now);
    tone.stop(now + 0.31);
  } catch {
    // No sound is better than a crashed till.
  }
}
