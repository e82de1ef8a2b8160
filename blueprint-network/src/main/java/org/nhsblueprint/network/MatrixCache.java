package org.nhsblueprint.network;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.nhsblueprint.model.GeoPoint;

/**
 * Matrices kept in the network folder ({@code matrices/KEY.bin}), keyed by everything they depend on: the
 * OpenStreetMap file's SHA-256, the profiles version, the mode, the search limit and every origin and destination
 * coordinate. A new OpenStreetMap file changes the key (and a rebuild clears the folder), so a stale matrix is never
 * served. Files are written to a temporary name and moved into place. Thread-safe (no state beyond the folder).
 */
final class MatrixCache {
    static final String FOLDER = "matrices";
    /** Changes whenever the matrix algorithm or file format changes, so older matrices are never served. */
    static final String ALGORITHM = "reverse-tree-2";

    private final Path folder;
    private final NetworkStamp stamp;

    MatrixCache(Path networkDir, NetworkStamp stamp) {
        this.folder = networkDir.resolve(FOLDER);
        this.stamp = stamp;
    }

    /** The cached matrix for this key, or the computed one (then stored). */
    SiteTimes get(NetworkMode mode, List<GeoPoint> origins, List<GeoPoint> destinations, double limitMinutes,
                  Supplier<SiteTimes> compute) {
        Path file = folder.resolve(key(mode, origins, destinations, limitMinutes) + ".bin");
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                return SiteTimes.read(in);
            } catch (IOException e) {
                // an unreadable cache entry is recomputed and replaced below
            }
        }
        SiteTimes times = compute.get();
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "matrix", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                times.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new NetworkException("cannot store a matrix in " + folder + ": " + e.getMessage(), e);
        }
        return times;
    }

    String key(NetworkMode mode, List<GeoPoint> origins, List<GeoPoint> destinations, double limitMinutes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((ALGORITHM + "|" + com.graphhopper.util.Constants.VERSION + "|" + stamp.osmSha256() + "|"
                    + stamp.profilesVersion() + "|" + mode.profileName() + "|" + limitMinutes + "|"
                    + RoadNetwork.MAX_SNAP_METRES).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ByteBuffer buffer = ByteBuffer.allocate(16);
            for (List<GeoPoint> points : List.of(origins, destinations)) {
                buffer.clear().putLong(points.size()).putLong(0);
                sha.update(buffer.array());
                for (GeoPoint p : points) {
                    buffer.clear().putDouble(p.lat()).putDouble(p.lon());
                    sha.update(buffer.array());
                }
            }
            return mode.profileName() + "-" + HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
