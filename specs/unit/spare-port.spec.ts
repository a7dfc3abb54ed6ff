import { expect, test } from '@playwright/test';
import { portInUse } from '../../harness/settings/port-in-use';
import { claimSparePort, ephemeralRange, sparePorts } from '../../scripts/spare-port';
import { inKernelRange, kernelPortRange } from '../support/kernel-port-range';

test.describe('spare ports for a server told its port', () => {
  test("the ephemeral range is read as Linux writes it, and is IANA's where the system does not say", () => {
    expect(ephemeralRange(() => '32768\t60999\n')).toEqual({ low: 32768, high: 60999 });
    expect(
      ephemeralRange(() => {
        throw new Error('ENOENT');
      }),
    ).toEqual({ low: 49152, high: 65535 });
    expect(() => ephemeralRange(() => 'auto')).toThrow('ip_local_port_range: not a range: "auto"');
  });

  test('spare ports are the ports from 20000 to 32000 outside the ephemeral range', () => {
    const linux = sparePorts({ low: 32768, high: 60999 });
    expect([linux.length, linux[0], linux.at(-1)]).toEqual([12001, 20000, 32000]);
    const narrowed = sparePorts({ low: 25000, high: 60999 });
    expect([narrowed.length, narrowed[0], narrowed.at(-1)]).toEqual([5000, 20000, 24999]);
    expect(sparePorts({ low: 1024, high: 65535 })).toEqual([]);
  });

  test('a port claimed and not yet served on is not given again; each is free and outside the range the kernel assigns from', async () => {
    const range = kernelPortRange();
    // One after the other: the second caller asks while the first has the port and no server listens on it yet.
    const a = await claimSparePort();
    const b = await claimSparePort();
    try {
      expect(a.port).not.toBe(b.port);
      for (const { port } of [a, b]) {
        expect(inKernelRange(port, range), `port ${port}, the kernel's range ${range.low}-${range.high}`).toBe(false);
        expect(await portInUse(port), `port ${port}`).toBe(false);
      }
    } finally {
      a.release();
      b.release();
    }
  });
});
