/**
 * The accessible slot picker: days as a list of buttons (with the number of free slots), then the
 * chosen day's slots as real buttons with complete names and aria-pressed, plus a shortcut to the
 * next free appointment, and paging through the booking horizon (earlier/later days). Focus moves to
 * the day's slots after choosing a day and to the list of days after paging (the element does it).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { BookingMode, Slot, SlotList } from '../../src/contract/bookings.ts';
import { dayLabel, modeLabel, slotLabel, timeLabel } from './labels.ts';

export interface SlotPickerOptions {
  slots: SlotList;
  mode: BookingMode;
  day: string | undefined;
  selected: string | undefined;
  locale: string;
  busy: boolean;
  onDay: (day: string) => void;
  onSlot: (slot: Slot) => void;
  onLater: () => void;
  /** Shown only when the list does not start at the first page (paging back). */
  onEarlier?: (() => void) | undefined;
}

/** The `from` date of the page after or before `list` (same number of days). */
export function pageFrom(list: SlotList, direction: 1 | -1): string {
  const shift = direction === 1 ? list.days.length : -list.days.length;
  const date = new Date(`${list.from}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + shift);
  return date.toISOString().slice(0, 10);
}

export function slotPicker(o: SlotPickerOptions): TemplateResult {
  const withSlots = o.slots.days.filter((d) => d.slots.length);
  const day = o.slots.days.find((d) => d.date === o.day);
  const next = o.slots.nextFree;
  const first = o.slots.days[0]?.date;
  const last = o.slots.days.at(-1)?.date;
  const paged = !!o.onEarlier;
  return html`<div class="slot-picker" part="slot-picker">
    ${next
      ? html`<p>
          <button type="button" class="button secondary next-free" ?disabled=${o.busy} @click=${() => o.onSlot(next)}>
            ${msg('Nächsten freien Termin nehmen:')} ${slotLabel(next, o.mode, o.locale)}
          </button>
        </p>`
      : paged
        ? nothing
        : html`<p class="notice">${msg('Zurzeit sind keine Termine frei. Bitte rufen Sie die Beratungsstelle an.')}</p>`}
    <h3 id="days-heading" tabindex="-1">
      ${msg('Tage mit freien Terminen')}${first && last
        ? html`<span class="range">${msg(str`${dayLabel(first, o.locale)} bis ${dayLabel(last, o.locale)}`)}</span>`
        : nothing}
    </h3>
    ${withSlots.length
      ? html`<ul class="days" aria-labelledby="days-heading">
          ${withSlots.map(
            (d) => html`<li>
              <button type="button" class="button secondary day" aria-pressed=${d.date === o.day ? 'true' : 'false'} data-day=${d.date} @click=${() => o.onDay(d.date)}>
                ${dayLabel(d.date, o.locale)} <span class="count">${msg(str`(${d.slots.length} frei)`)}</span>
              </button>
            </li>`,
          )}
        </ul>`
      : html`<p>${msg('In diesem Zeitraum ist nichts frei.')}</p>`}
    <p class="paging">
      ${o.onEarlier ? html`<button type="button" class="button link earlier" ?disabled=${o.busy} @click=${o.onEarlier}>${msg('Frühere Tage zeigen')}</button>` : nothing}
      ${next
        ? html`<button type="button" class="button link later" ?disabled=${o.busy} @click=${o.onLater}>${msg('Spätere Tage zeigen')}</button>`
        : paged
          ? html`<span>${msg('Weiter im Voraus kann man hier nicht buchen.')}</span>`
          : nothing}
    </p>
    ${day
      ? html`<h3 id="slots-heading" tabindex="-1" class="slots-heading">${msg(str`Freie Zeiten am ${dayLabel(day.date, o.locale)}`)}</h3>
          <ul class="slots" aria-labelledby="slots-heading">
            ${day.slots.map(
              (s) => html`<li>
                <button
                  type="button"
                  class="button secondary slot"
                  aria-pressed=${s.startsAt === o.selected ? 'true' : 'false'}
                  ?disabled=${o.busy}
                  @click=${() => o.onSlot(s)}
                ><span class="visually-hidden">${dayLabel(day.date, o.locale)}, </span>${msg(str`${timeLabel(s.startsAt, o.locale)} bis ${timeLabel(s.endsAt, o.locale)} Uhr`)}<span class="visually-hidden">, ${modeLabel(o.mode)}</span></button>
              </li>`,
            )}
          </ul>`
      : nothing}
  </div>`;
}
