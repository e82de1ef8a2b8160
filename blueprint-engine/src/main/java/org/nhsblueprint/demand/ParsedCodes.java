package org.nhsblueprint.demand;

import org.nhsblueprint.model.ServiceId;

/** Turns a CSV field into a {@link ServiceId}, reporting file, line, column and value on failure. Stateless. */
final class ParsedCodes {
    private ParsedCodes() {
    }

    static ServiceId service(String value, String file, int line) {
        try {
            return new ServiceId(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " line " + line + " column service: '" + value
                    + "' is not a service id (" + e.getMessage() + ")", e);
        }
    }
}
