// The profile's day: a date picker, a slider over the months claims were dated in with their
// histogram, and play, which steps month by month. Undated claims are counted, never dropped.
import { h } from '../core/dom.ts';

export interface DateBar {
  element: HTMLElement;
  stop(): void;
}

const PLAY_STEP_MS = 900;

/**
 * A play / pause button: `start` sets the first step (false: nothing to play), then `step` runs
 * every `intervalMs` until it returns false or the button is pressed again.
 */
export function player(
  testId: string,
  intervalMs: number,
  start: () => boolean,
  step: () => boolean,
): { button: HTMLButtonElement; stop: () => void } {
  let timer: ReturnType<typeof setInterval> | undefined;
  const button = h('button', { type: 'button', 'data-testid': testId }, '▶ Play');
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    button.textContent = '▶ Play';
  };
  button.addEventListener('click', () => {
    if (timer !== undefined || !start()) return stop();
    button.textContent = '❚❚ Pause';
    timer = setInterval(() => {
      if (!step()) stop();
    }, intervalMs);
  });
  return { button, stop };
}

/** Every month from the first to the last, so the slider moves through time evenly. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

/** The last day of a month (`2023-02` → `2023-02-28`). */
export function endOfMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

export function dateBar(
  claimDates: { months: { month: string; count: number }[]; undated: number },
  asOf: string | undefined,
  change: (day: string | undefined) => void,
): DateBar {
  const counts = new Map(claimDates.months.map((m) => [m.month, m.count]));
  const first = claimDates.months[0]?.month;
  const last = claimDates.months.at(-1)?.month;
  const months = first && last ? monthsBetween(first, last) : [];
  const busiest = Math.max(1, ...counts.values());

  const picker = h('input', {
    type: 'date',
    value: asOf ?? '',
    'aria-label': 'As of day',
    'data-testid': 'profile-asof',
  });
  const slider = h('input', {
    type: 'range',
    min: 0,
    max: Math.max(0, months.length - 1),
    value: months.length - 1,
    disabled: months.length === 0,
    'aria-label': 'As of month',
    'data-testid': 'profile-slider',
  });
  const status = h('span', { class: 'meta', 'aria-live': 'polite' });
  const bars = h(
    'div',
    { class: 'histogram', 'aria-hidden': 'true' },
    ...months.map((month, index) =>
      h('span', {
        class: 'bar',
        title: `${month}: ${counts.get(month) ?? 0} claims`,
        style: `height:${Math.round(((counts.get(month) ?? 0) / busiest) * 100)}%`,
        onclick: () => pick(endOfMonth(month), index),
      }),
    ),
  );
  const say = (day: string | undefined) => {
    status.textContent = `${day ? `As of ${day}` : 'All dates'}${claimDates.undated ? ` · ${claimDates.undated} undated claims, listed apart` : ''}`;
    for (const [index, bar] of [...bars.children].entries())
      bar.classList.toggle('after', day !== undefined && months[index]! > day.slice(0, 7));
  };
  const pick = (day: string | undefined, index?: number) => {
    picker.value = day ?? '';
    if (index !== undefined) slider.value = String(index);
    else if (day) {
      const at = months.findIndex((m) => m >= day.slice(0, 7));
      slider.value = String(at < 0 ? months.length - 1 : at);
    }
    say(day);
    change(day);
  };
  let index = 0;
  const step = () => {
    const month = months[index];
    if (month === undefined) return false;
    pick(endOfMonth(month), index);
    index++;
    return true;
  };
  const { button: play, stop } = player(
    'profile-play',
    PLAY_STEP_MS,
    () => {
      index = 0;
      return step();
    },
    step,
  );
  play.disabled = months.length === 0;
  picker.addEventListener('change', () => {
    stop();
    pick(picker.value || undefined);
  });
  slider.addEventListener('input', () => {
    stop();
    const month = months[Number(slider.value)];
    if (month) pick(endOfMonth(month), Number(slider.value));
  });
  const all = h(
    'button',
    {
      type: 'button',
      onclick: () => {
        stop();
        pick(undefined, months.length - 1);
      },
    },
    'All dates',
  );
  say(asOf);
  return {
    element: h(
      'div',
      { class: 'date-bar', role: 'group', 'aria-label': 'State on a day' },
      h('label', {}, 'As of ', picker),
      h('div', { class: 'slider' }, bars, slider),
      play,
      all,
      status,
    ),
    stop,
  };
}
