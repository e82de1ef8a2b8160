package org.nhsblueprint.capacity;

/**
 * The M/M/c queue (Erlang C) for urgent services: arrivals at random (Poisson) at {@code λ} an hour, service times
 * exponential with mean {@code AHT}, {@code c} clinicians. With offered load {@code A = λ × AHT} (erlangs):
 * <ul>
 *   <li>the probability an arrival waits, {@code C(c, A)}, computed through the Erlang B recursion
 *       {@code B(0) = 1, B(k) = A B(k-1) / (k + A B(k-1))} and {@code C = c B / (c - A (1 - B))}, which stays exact in
 *       floating point for hundreds of servers where the textbook sum of powers and factorials overflows;</li>
 *   <li>the mean wait in the queue {@code C × AHT / (c - A)};</li>
 *   <li>the service level, the share seen within {@code t}: {@code 1 - C exp(-(c - A) t / AHT)};</li>
 *   <li>occupancy {@code A / c}.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ErlangC {
    private ErlangC() {
    }

    /**
     * One queue's figures.
     *
     * @param offeredLoad      A, in erlangs
     * @param pWait            probability an arrival waits (1 when the queue is unstable)
     * @param meanWaitSeconds  mean wait in the queue, over all arrivals (infinite when unstable)
     * @param serviceLevel     share of arrivals answered within the target (NaN without a target; 0 when unstable)
     * @param occupancy        A / c (may exceed 1: unstable)
     */
    public record Result(int servers, double offeredLoad, double pWait, double meanWaitSeconds, double serviceLevel,
                         double occupancy) {
        /** False when arrivals outpace service ({@code A >= c}): the queue grows without limit. */
        public boolean stable() {
            return offeredLoad < servers;
        }
    }

    /**
     * @param arrivalsPerHour     λ
     * @param serviceMinutes      mean service (handling) time
     * @param servers             c, at least 1
     * @param targetSeconds       answer-time target for the service level, or NaN for none
     * @throws IllegalArgumentException if an input is negative, not finite, or servers is below 1
     */
    public static Result of(double arrivalsPerHour, double serviceMinutes, int servers, double targetSeconds) {
        if (!(arrivalsPerHour >= 0) || Double.isInfinite(arrivalsPerHour)) {
            throw new IllegalArgumentException("arrivals per hour must be zero or more, not " + arrivalsPerHour);
        }
        if (!(serviceMinutes > 0) || Double.isInfinite(serviceMinutes)) {
            throw new IllegalArgumentException("service minutes must be more than zero, not " + serviceMinutes);
        }
        if (servers < 1) {
            throw new IllegalArgumentException("servers must be at least 1, not " + servers);
        }
        if (!Double.isNaN(targetSeconds) && !(targetSeconds >= 0)) {
            throw new IllegalArgumentException("target seconds must be zero or more, not " + targetSeconds);
        }
        double aht = serviceMinutes * 60;
        double load = arrivalsPerHour * serviceMinutes / 60;
        double occupancy = load / servers;
        if (load >= servers) {
            return new Result(servers, load, 1, Double.POSITIVE_INFINITY, Double.isNaN(targetSeconds) ? Double.NaN : 0,
                    occupancy);
        }
        double pWait = pWait(servers, load);
        double meanWait = pWait * aht / (servers - load);
        double level = Double.isNaN(targetSeconds) ? Double.NaN
                : 1 - pWait * Math.exp(-(servers - load) * targetSeconds / aht);
        return new Result(servers, load, pWait, meanWait, level, occupancy);
    }

    /** Erlang C: the probability of waiting with {@code servers} servers and offered load {@code load < servers}. */
    static double pWait(int servers, double load) {
        if (load == 0) {
            return 0;
        }
        double b = 1;
        for (int k = 1; k <= servers; k++) {
            b = load * b / (k + load * b);
        }
        return servers * b / (servers - load * (1 - b));
    }

    /**
     * The fewest servers that meet a service level within a target and keep occupancy at or below a maximum, and
     * the rostered number once shrinkage (time not available to serve: leave, training, breaks) is allowed for:
     * {@code ceil(servers / (1 - shrinkage))}.
     *
     * @throws IllegalArgumentException if a target is outside (0, 1], shrinkage outside [0, 1), or inputs as in
     *                                  {@link #of}
     */
    public static Staffing staff(double arrivalsPerHour, double serviceMinutes, double targetSeconds,
                                 double serviceLevel, double maxOccupancy, double shrinkage) {
        if (!(serviceLevel > 0 && serviceLevel <= 1) || !(maxOccupancy > 0 && maxOccupancy <= 1)) {
            throw new IllegalArgumentException("service level and maximum occupancy must be in (0, 1]");
        }
        if (!(shrinkage >= 0 && shrinkage < 1)) {
            throw new IllegalArgumentException("shrinkage must be in [0, 1), not " + shrinkage);
        }
        double load = arrivalsPerHour * serviceMinutes / 60;
        int c = Math.max(1, (int) Math.floor(load) + 1);
        while (true) {
            Result r = of(arrivalsPerHour, serviceMinutes, c, targetSeconds);
            if (r.stable() && r.serviceLevel() >= serviceLevel && r.occupancy() <= maxOccupancy) {
                return new Staffing(r, (int) Math.ceil(c / (1 - shrinkage) - 1e-9));
            }
            c++;
        }
    }

    /** Servers needed on duty, with the queue's figures at that number, and the rostered number after shrinkage. */
    public record Staffing(Result atServers, int rostered) {
    }
}
