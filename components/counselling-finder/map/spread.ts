/**
 * Markers of centres close together would hide one another (and a hidden button cannot be found by
 * pointer or seen when it has focus): pushes markers apart until none overlaps, moving each as
 * little as possible. Pure; positions in frame pixels.
 */
import type { Pixel } from '../../../src/geo/web-mercator.ts';

/** A direction for markers on the very same spot, different for each (golden angle). */
const direction = (index: number) => ({ x: Math.cos(index * 2.39996), y: Math.sin(index * 2.39996) });

/** `positions` moved apart so that any two are at least `distance` apart (within `rounds` rounds). */
export function spreadApart(positions: readonly Pixel[], distance: number, rounds = 30): Pixel[] {
  const out = positions.map((p) => ({ ...p }));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        const apart = Math.hypot(dx, dy);
        if (apart >= distance - 0.01) continue;
        if (apart < 0.01) ({ x: dx, y: dy } = direction(j));
        const length = Math.hypot(dx, dy);
        // Each of the two gives way half of what is missing (plus a hair, so that rounding cannot undo it).
        const push = (distance - apart) / 2 + 0.01;
        a.x -= (dx / length) * push;
        a.y -= (dy / length) * push;
        b.x += (dx / length) * push;
        b.y += (dy / length) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}
