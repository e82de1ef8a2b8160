package org.nhsblueprint.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each postcode district (the outward code: "NW1", "SE15", "EC1A") lies, placed at the mean position of the
 * located postcodes the dataset holds in it, so that a resident can type a district instead of choosing an area. A
 * district none of those postcodes falls in is not known. Immutable.
 */
public final class PostcodeDistricts {
    public static final PostcodeDistricts NONE = new PostcodeDistricts(List.of(), null);

    /** An outward code, optionally followed by the inward code (with or without the space). */
    private static final Pattern TYPED = Pattern.compile("([A-Z]{1,2}[0-9][0-9A-Z]?)(?: ?([0-9][A-Z]{2}))?");

    /**
     * One district.
     *
     * @param points the number of located postcodes (sites) the position is the mean of
     */
    public record Place(String district, GeoPoint centre, int points) {
        public Place {
            Objects.requireNonNull(district, "district");
            Objects.requireNonNull(centre, "centre");
            if (points < 1) {
                throw new IllegalArgumentException("district " + district + " is placed from no postcodes");
            }
        }
    }

    private final Map<String, Place> places = new TreeMap<>();
    private final DataSource source;

    /** @param source where the postcodes and their positions came from; null only when there are no places */
    public PostcodeDistricts(List<Place> places, DataSource source) {
        for (Place p : places) {
            if (this.places.put(p.district(), p) != null) {
                throw new IllegalArgumentException("postcode district " + p.district() + " appears twice");
            }
        }
        if (!places.isEmpty()) {
            Objects.requireNonNull(source, "source");
        }
        this.source = source;
    }

    /**
     * The district of what a person typed: a district ("nw1", "SE15") or a whole postcode ("NW1 2BU", "nw12bu");
     * empty when it is neither.
     */
    public static Optional<String> districtOf(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (t.length() >= 5 && !t.contains(" ")) {
            Matcher whole = TYPED.matcher(t.substring(0, t.length() - 3) + " " + t.substring(t.length() - 3));
            if (whole.matches()) {
                return Optional.of(whole.group(1));
            }
        }
        Matcher m = TYPED.matcher(t);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The place of a typed district or postcode, if the dataset holds a postcode in that district. */
    public Optional<Place> find(String typed) {
        return districtOf(typed).map(places::get);
    }

    public Optional<DataSource> source() {
        return Optional.ofNullable(source);
    }

    public int size() {
        return places.size();
    }
}
