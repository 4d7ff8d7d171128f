/** Markers of centres close together are moved apart until none hides another, and only as far as needed. */
import { expect } from '@open-wc/testing';
import { spreadApart } from '../../../components/counselling-finder/map/spread.ts';

const gaps = (points: Array<{ x: number; y: number }>) =>
  points.flatMap((a, i) => points.slice(i + 1).map((b) => Math.hypot(a.x - b.x, a.y - b.y)));

describe('spreadApart', () => {
  it('leaves markers alone that do not overlap', () => {
    const points = [{ x: 10, y: 10 }, { x: 100, y: 10 }, { x: 10, y: 100 }];
    expect(spreadApart(points, 44)).to.deep.equal(points);
  });

  it('moves overlapping markers apart, also several on the very same spot', () => {
    const points = [{ x: 100, y: 100 }, { x: 100, y: 100 }, { x: 100, y: 100 }, { x: 110, y: 105 }, { x: 300, y: 300 }];
    const spread = spreadApart(points, 44);
    expect(Math.min(...gaps(spread))).to.be.at.least(43.9);
    // Far from the others: not moved.
    expect(spread[4]).to.deep.equal({ x: 300, y: 300 });
    // The cluster stays where it was, roughly.
    const cluster = spread.slice(0, 4);
    const cx = cluster.reduce((s, p) => s + p.x, 0) / 4;
    const cy = cluster.reduce((s, p) => s + p.y, 0) / 4;
    expect(Math.hypot(cx - 102.5, cy - 101.25)).to.be.lessThan(5);
  });

  it('does not change the positions it was given', () => {
    const points = [{ x: 0, y: 0 }, { x: 1, y: 0 }];
    spreadApart(points, 44);
    expect(points).to.deep.equal([{ x: 0, y: 0 }, { x: 1, y: 0 }]);
  });
});
