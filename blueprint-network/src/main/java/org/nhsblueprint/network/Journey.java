package org.nhsblueprint.network;

/**
 * One journey on the road network.
 *
 * @param fromSnapMetres distance from the start point to the road it was snapped to (not included in the journey)
 * @param toSnapMetres   the same for the end point
 */
public record Journey(String mode, double minutes, double metres, double fromSnapMetres, double toSnapMetres,
                      double straightLineMetres) {
}
