/**
 * Road-network travel times from OpenStreetMap, built on GraphHopper: importing a network with car, blue-light
 * ambulance and foot profiles, routing one journey, and {@link org.nhsblueprint.network.NetworkTravelTimes}, a
 * {@link org.nhsblueprint.travel.TravelTimes} that answers area-to-site matrices with one shortest-path tree per site.
 *
 * <p>An adapter module: it depends on the domain model and the travel abstraction, and keeps GraphHopper out of the
 * core. It reads and writes its own network folder (the graph, a stamp of the OpenStreetMap file, cached matrices).
 */
package org.nhsblueprint.network;
