package org.nhsblueprint.cli;

import org.nhsblueprint.network.RoadNetwork;
import org.nhsblueprint.travel.TravelTimes;

/**
 * The travel times chosen for one run, with the road network they hold open (if any), closed at the end of the run.
 * One per command run.
 */
record RunTravelTimes(TravelTimes travelTimes, RoadNetwork network) implements AutoCloseable {
    @Override
    public void close() {
        if (network != null) {
            network.close();
        }
    }
}
