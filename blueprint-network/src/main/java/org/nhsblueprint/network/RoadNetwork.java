package org.nhsblueprint.network;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.ResponsePath;
import com.graphhopper.config.Profile;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.PMap;
import com.graphhopper.util.Parameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.nhsblueprint.model.GeoPoint;

/**
 * A GraphHopper road network stored in a folder: built once from an OpenStreetMap file and reused, with the car,
 * ambulance and foot profiles of {@link NetworkMode}. Routes single journeys and hands the graph to
 * {@link TreeMatrix} for matrices. Safe for concurrent reads once open; close it when done.
 */
public final class RoadNetwork implements AutoCloseable {
    /** A point farther than this from any road of the mode is outside the network's coverage. */
    public static final double MAX_SNAP_METRES = 500;
    private static final String GRAPH = "graph";

    private final GraphHopper hopper;
    private final NetworkStamp stamp;
    private final Path dir;

    private RoadNetwork(GraphHopper hopper, NetworkStamp stamp, Path dir) {
        this.hopper = hopper;
        this.stamp = stamp;
        this.dir = dir;
    }

    /** The result of {@link #build}: the open network, and whether the OpenStreetMap file had to be imported. */
    public record Build(RoadNetwork network, boolean imported, double importSeconds) {
    }

    /**
     * Imports {@code osm} into {@code dir}, unless {@code dir} already holds a network built from the same file
     * (same SHA-256) with the same profiles, in which case that network is opened instead.
     */
    public static Build build(Path osm, Path dir) {
        if (!Files.isRegularFile(osm)) {
            throw new NetworkException("OpenStreetMap file not found: " + osm);
        }
        NetworkStamp wanted = NetworkStamp.of(osm);
        try {
            if (NetworkStamp.read(dir).filter(wanted::sameSource).isPresent()) {
                return new Build(open(dir), false, 0);
            }
        } catch (RuntimeException damaged) {
            // an unreadable stamp, or a matching stamp over a missing or damaged graph: import the file again below
        }
        deleteQuietly(dir.resolve(NetworkStamp.FILE_NAME)); // an interrupted import must not look finished
        deleteQuietly(dir.resolve(GRAPH));
        deleteQuietly(dir.resolve(MatrixCache.FOLDER));
        long started = System.nanoTime();
        GraphHopper hopper = configured(dir).setOSMFile(osm.toString());
        try {
            hopper.importOrLoad();
        } catch (RuntimeException e) {
            hopper.close();
            throw new NetworkException("cannot import " + osm + ": " + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        NetworkStamp stamp = wanted.withImportSeconds(seconds);
        stamp.write(dir);
        return new Build(new RoadNetwork(hopper, stamp, dir), true, seconds);
    }

    /** Opens a network built earlier by {@link #build}. */
    public static RoadNetwork open(Path dir) {
        NetworkStamp stamp = NetworkStamp.read(dir).orElseThrow(() -> new NetworkException(
                "no road network in " + dir + " (build one with: blueprint network build OSM.pbf --out " + dir + ")"));
        if (!stamp.profilesVersion().equals(NetworkStamp.PROFILES_VERSION)) {
            throw new NetworkException("the road network in " + dir + " was built with older profiles; rebuild it"
                    + " with: blueprint network build " + stamp.osmFile() + " --out " + dir);
        }
        GraphHopper hopper = configured(dir);
        if (!hopper.load()) {
            hopper.close();
            throw new NetworkException("the road network in " + dir + " is incomplete; rebuild it");
        }
        return new RoadNetwork(hopper, stamp, dir);
    }

    private static GraphHopper configured(Path dir) {
        GraphHopper hopper = new GraphHopper();
        hopper.setGraphHopperLocation(dir.resolve(GRAPH).toString());
        hopper.setEncodedValuesString(NetworkMode.ENCODED_VALUES);
        hopper.setProfiles(Arrays.stream(NetworkMode.values()).map(NetworkMode::profile).toList());
        return hopper;
    }

    public NetworkStamp stamp() {
        return stamp;
    }

    Path dir() {
        return dir;
    }

    GraphHopper hopper() {
        return hopper;
    }

    Weighting weighting(NetworkMode mode) {
        Profile profile = hopper.getProfile(mode.profileName());
        return hopper.createWeighting(profile, new PMap());
    }

    /** The filter GraphHopper's own router snaps with: edges the mode can use, in the main component. */
    EdgeFilter snapFilter(NetworkMode mode, Weighting weighting) {
        return new DefaultSnapFilter(weighting,
                hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(mode.profileName())));
    }

    /**
     * Whether a point lies inside the graph's bounding box. GraphHopper's router refuses points outside it, even a
     * metre beyond the extract's edge where they snap to a road; the tree matrix, which only snaps, reaches them.
     */
    boolean inBounds(GeoPoint point) {
        return hopper.getBaseGraph().getBounds().contains(point.lat(), point.lon());
    }

    /** Whether the router can start or end a journey at the point: it snaps close enough and is in bounds. */
    private boolean covers(GeoPoint point, Snap snap) {
        return snap.isValid() && snap.getQueryDistance() <= MAX_SNAP_METRES && inBounds(point);
    }

    /** Snaps a point to the nearest usable road of the mode; check {@link Snap#isValid()} and the distance. */
    Snap snap(GeoPoint point, NetworkMode mode, EdgeFilter filter) {
        return hopper.getLocationIndex().findClosest(point.lat(), point.lon(), filter);
    }

    /**
     * The quickest journey from one point to another by GraphHopper's own router.
     *
     * @throws NetworkException if an end lies outside the network's coverage or no route connects them
     */
    public Journey route(GeoPoint from, GeoPoint to, NetworkMode mode) {
        Weighting weighting = weighting(mode);
        EdgeFilter filter = snapFilter(mode, weighting);
        Snap a = covered(from, mode, filter, "start");
        Snap b = covered(to, mode, filter, "end");
        GHRequest request = new GHRequest(from.lat(), from.lon(), to.lat(), to.lon()).setProfile(mode.profileName());
        request.putHint(Parameters.Routing.INSTRUCTIONS, false); // only time and distance are used
        request.putHint(Parameters.Routing.CALC_POINTS, false);
        GHResponse response = hopper.route(request);
        if (response.hasErrors()) {
            throw new NetworkException("no " + mode.profileName() + " route from " + from.lat() + "," + from.lon()
                    + " to " + to.lat() + "," + to.lon() + ": " + response.getErrors().get(0).getMessage());
        }
        ResponsePath path = response.getBest();
        return new Journey(mode.profileName(), path.getTime() / 60_000.0, path.getDistance(), a.getQueryDistance(),
                b.getQueryDistance(), from.metresTo(to));
    }

    private Snap covered(GeoPoint point, NetworkMode mode, EdgeFilter filter, String end) {
        Snap snap = snap(point, mode, filter);
        if (!covers(point, snap)) {
            throw new NetworkException("the " + end + " point " + point.lat() + "," + point.lon() + " is outside the "
                    + "road network's coverage (" + (!inBounds(point) ? "beyond the extract's edge, "
                    + hopper.getBaseGraph().getBounds() : snap.isValid()
                    ? String.format(java.util.Locale.ROOT, "nearest %s road %.0f m away", mode.profileName(),
                    snap.getQueryDistance()) : "no road found") + "; the limit is " + (int) MAX_SNAP_METRES + " m)");
        }
        return snap;
    }

    @Override
    public void close() {
        hopper.close();
    }

    private static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + path, e);
        }
    }
}
