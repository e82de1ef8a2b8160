package org.nhsblueprint.network;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * A sparse origin-by-destination table of road journeys found within a search limit, with which points the network
 * covers. Stored compactly (parallel primitive arrays, origin-major) and serialisable for the matrix cache.
 * Immutable once built.
 */
final class SiteTimes {
    private static final int MAGIC = 0x42504D32; // "BPM2"

    final boolean[] originCovered;
    final boolean[] destinationCovered;
    /** Metres from each point to the road it snapped to (NaN where no road was found). */
    final double[] originSnapMetres;
    final double[] destinationSnapMetres;
    /** Candidates of origin o are at [offsets[o], offsets[o + 1]). */
    final int[] offsets;
    final int[] destination;
    final double[] minutes;
    final double[] metres;
    final double limitMinutes;

    SiteTimes(boolean[] originCovered, boolean[] destinationCovered, double[] originSnapMetres,
              double[] destinationSnapMetres, int[] offsets, int[] destination, double[] minutes, double[] metres,
              double limitMinutes) {
        this.originCovered = originCovered;
        this.destinationCovered = destinationCovered;
        this.originSnapMetres = originSnapMetres;
        this.destinationSnapMetres = destinationSnapMetres;
        this.offsets = offsets;
        this.destination = destination;
        this.minutes = minutes;
        this.metres = metres;
        this.limitMinutes = limitMinutes;
    }

    int origins() {
        return originCovered.length;
    }

    int pairs() {
        return destination.length;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeDouble(limitMinutes);
        writeFlags(out, originCovered);
        writeFlags(out, destinationCovered);
        writeNumbers(out, originSnapMetres);
        writeNumbers(out, destinationSnapMetres);
        out.writeInt(destination.length);
        for (int o : offsets) {
            out.writeInt(o);
        }
        for (int i = 0; i < destination.length; i++) {
            out.writeInt(destination[i]);
            out.writeDouble(minutes[i]);
            out.writeDouble(metres[i]);
        }
    }

    static SiteTimes read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Blueprint matrix file");
        }
        double limit = in.readDouble();
        boolean[] origins = readFlags(in);
        boolean[] destinations = readFlags(in);
        double[] originSnaps = readNumbers(in);
        double[] destinationSnaps = readNumbers(in);
        int n = in.readInt();
        int[] offsets = new int[origins.length + 1];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = in.readInt();
        }
        int[] dest = new int[n];
        double[] minutes = new double[n];
        double[] metres = new double[n];
        for (int i = 0; i < n; i++) {
            dest[i] = in.readInt();
            minutes[i] = in.readDouble();
            metres[i] = in.readDouble();
        }
        return new SiteTimes(origins, destinations, originSnaps, destinationSnaps, offsets, dest, minutes, metres, limit);
    }

    private static void writeNumbers(DataOutputStream out, double[] numbers) throws IOException {
        out.writeInt(numbers.length);
        for (double d : numbers) {
            out.writeDouble(d);
        }
    }

    private static double[] readNumbers(DataInputStream in) throws IOException {
        double[] numbers = new double[in.readInt()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = in.readDouble();
        }
        return numbers;
    }

    private static void writeFlags(DataOutputStream out, boolean[] flags) throws IOException {
        out.writeInt(flags.length);
        for (boolean f : flags) {
            out.writeBoolean(f);
        }
    }

    private static boolean[] readFlags(DataInputStream in) throws IOException {
        boolean[] flags = new boolean[in.readInt()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = in.readBoolean();
        }
        return flags;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SiteTimes t && Arrays.equals(originCovered, t.originCovered)
                && Arrays.equals(destinationCovered, t.destinationCovered) && Arrays.equals(offsets, t.offsets)
                && Arrays.equals(originSnapMetres, t.originSnapMetres)
                && Arrays.equals(destinationSnapMetres, t.destinationSnapMetres)
                && Arrays.equals(destination, t.destination) && Arrays.equals(minutes, t.minutes)
                && Arrays.equals(metres, t.metres) && limitMinutes == t.limitMinutes;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(destination);
    }
}
