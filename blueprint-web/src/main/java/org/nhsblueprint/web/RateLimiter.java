package org.nhsblueprint.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code perMinute} requests a minute on average, with bursts of up to that many. Thread-
 * safe; buckets idle for ten minutes are dropped so the map cannot grow without bound.
 */
final class RateLimiter {
    private final double perNano;
    private final double burst;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, double[]> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, LongSupplier nanoClock) {
        this.perNano = perMinute / 60e9;
        this.burst = perMinute;
        this.clock = nanoClock;
    }

    /** Takes one token for the client; false when it has none left. */
    boolean allow(String client) {
        long now = clock.getAsLong();
        if (buckets.size() > 100_000) {
            buckets.entrySet().removeIf(e -> now - (long) e.getValue()[1] > 600e9);
        }
        double[] bucket = buckets.computeIfAbsent(client, k -> new double[] {burst, now});
        synchronized (bucket) {
            bucket[0] = Math.min(burst, bucket[0] + (now - (long) bucket[1]) * perNano);
            bucket[1] = now;
            if (bucket[0] >= 1) {
                bucket[0] -= 1;
                return true;
            }
            return false;
        }
    }
}
