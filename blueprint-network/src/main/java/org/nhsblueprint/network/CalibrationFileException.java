package org.nhsblueprint.network;

import java.nio.file.Path;

/**
 * A calibration file cannot be read or written; the message names the file and, for a bad file, the field (as a
 * dotted path such as {@code modes.car.speed_kmh}). Immutable.
 */
public final class CalibrationFileException extends RuntimeException {
    public CalibrationFileException(Path file, String problem) {
        super("calibration file " + file + ": " + problem);
    }

    public CalibrationFileException(Path file, String problem, Throwable cause) {
        super("calibration file " + file + ": " + problem, cause);
    }
}
