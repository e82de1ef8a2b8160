package org.nhsblueprint.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a network folder was built from: the OpenStreetMap file's name, size and SHA-256, and the version of
 * Blueprint's profiles. A build whose stamp matches is reused; any difference means a fresh import. Immutable.
 *
 * @param profilesVersion changes whenever {@link NetworkMode}'s custom models change
 */
public record NetworkStamp(String osmFile, long osmBytes, String osmSha256, String profilesVersion,
                           double importSeconds) {
    static final String FILE_NAME = "blueprint-network.json";
    /** Bump when a custom model in {@link NetworkMode} changes, so that old networks are rebuilt. */
    static final String PROFILES_VERSION = "1";

    /** The stamp a build of this file would have (import time not yet known). */
    static NetworkStamp of(Path osm) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(osm), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            String sha = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            return new NetworkStamp(osm.getFileName().toString(), Files.size(osm), sha, PROFILES_VERSION, 0);
        } catch (IOException e) {
            throw new NetworkException("cannot read the OpenStreetMap file " + osm + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** True if a network built with {@code other}'s stamp can serve this one. */
    boolean sameSource(NetworkStamp other) {
        return osmSha256.equals(other.osmSha256) && profilesVersion.equals(other.profilesVersion);
    }

    NetworkStamp withImportSeconds(double seconds) {
        return new NetworkStamp(osmFile, osmBytes, osmSha256, profilesVersion, seconds);
    }

    static Optional<NetworkStamp> read(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = new ObjectMapper().readTree(file.toFile());
            return Optional.of(new NetworkStamp(n.path("osm_file").asText(), n.path("osm_bytes").asLong(),
                    n.path("osm_sha256").asText(), n.path("profiles_version").asText(),
                    n.path("import_seconds").asDouble()));
        } catch (IOException e) {
            throw new NetworkException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    void write(Path dir) {
        ObjectNode n = new ObjectMapper().createObjectNode();
        n.put("osm_file", osmFile);
        n.put("osm_bytes", osmBytes);
        n.put("osm_sha256", osmSha256);
        n.put("profiles_version", profilesVersion);
        n.put("import_seconds", importSeconds);
        n.put("attribution", "© OpenStreetMap contributors, ODbL 1.0");
        try {
            Files.writeString(dir.resolve(FILE_NAME), n.toPrettyString() + "\n");
        } catch (IOException e) {
            throw new NetworkException("cannot write " + dir.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
    }
}
