/**
 * Capacity: queues for urgent services ({@link org.nhsblueprint.capacity.ErlangC}, the M/M/c model, checked against
 * independently published reference values) and beds at a target occupancy. An engine: depends on nothing but the
 * JDK. Stateless and thread-safe.
 */
package org.nhsblueprint.capacity;
