/**
 * The forward estimate beats the plain rule on a generated day (issue 13): the same seeded day,
 * simulated through the real use cases once with each estimator, scored by the simulator's own
 * error Σ|estimate − wait| ÷ Σ wait. Compared, not held to a number (the figures are in bench/README.md).
 */
import { describe, expect, it } from 'vitest';
import { generateDay } from '../../bench/day-generator.js';
import { prepareScenario, simulateDay } from '../../server/sim/simulate.js';
import { queueSummary } from '../../server/sim/summary.js';
import { demoHall } from './support.js';

describe('estimate accuracy on a generated day', () => {
  it('the forward replay errs less than people ahead × average ÷ open windows', async () => {
    // Market (windows 1–4, 4 helping the livelihood queue), finance with overflow (12), three shared undifferentiated windows.
    const raw = generateDay(demoHall, { seed: 7, date: '2026-12-01', visitors: 200, windows: [1, 2, 3, 4, 12, 26, 27, 28] });
    const prepared = prepareScenario(raw, demoHall);
    if (!prepared.ok) throw new Error(prepared.problems.join('\n'));
    const forward = queueSummary((await simulateDay(prepared.scenario, demoHall, () => 0, 'forward')).rows);
    const plain = queueSummary((await simulateDay(prepared.scenario, demoHall, () => 0, 'plain')).rows);
    // The day must make people wait, or both rules are trivially right.
    expect(forward.waitMeanMin ?? 0).toBeGreaterThan(10);
    expect(forward.estimateRelativeMAE).not.toBeNull();
    expect(plain.estimateRelativeMAE).not.toBeNull();
    expect(forward.estimateRelativeMAE ?? 1).toBeLessThan(plain.estimateRelativeMAE ?? 0);
  }, 20_000);
});
